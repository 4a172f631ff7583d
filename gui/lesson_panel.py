"""Lessons: a setup plus an explanation, from resources/lessons or a teacher's own file."""

import html
import os

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument, QTextOption
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget)

from engine import experiment_file
from engine.experiment_schema import MAX_LESSON_TEXT_CHARS, MAX_LESSON_TITLE_CHARS
from engine.formatting import count
from engine.lesson_markup import in_language, lesson_html, with_text_in
from engine.safe_files import FileWriteError

from .appearance import ElidedComboBox
from .builtin_lessons import builtin_lessons, shown_title
from .language import Retranslating, current_language
from .messages import plain
from .opening import read_experiment_file
from .predict_panel import PredictPanel

def markup_help():
    """How lesson text is written, for the tooltip of the text a teacher types."""
    return QCoreApplication.translate(
        "lesson_panel", "A blank line starts a new paragraph. **bold**, *italic*, `code`, [link](https://…); "
        "lines starting with - or 1. make lists, # makes a heading, four spaces indent a centred formula. "
        "Other text, HTML included, shows as it is typed.")


def _blank_image():
    image = QImage(1, 1, QImage.Format_ARGB32)
    image.fill(0)
    return image


_BLANK_IMAGE = _blank_image()


class LessonBrowser(QTextBrowser):
    """Shows a lesson and can reach nothing else: no file, image or page is ever loaded.

    The HTML it is given comes from ``lesson_markup``, which makes no
    reference to any resource; should one slip through anyway, there is no
    search path and ``loadResource`` hands back a blank image or empty bytes
    (never nothing: given nothing, Qt opens a local file itself).
    Links open only when clicked, and only http(s) ones, in the web browser.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        # Long words wrap anywhere instead of widening the page.
        self.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind, url):
        if kind == QTextDocument.ImageResource:
            # A blank image, not nothing: for a missing one Qt's image handler reads the file itself.
            return _BLANK_IMAGE
        return QByteArray()

    def show_lesson_html(self, html):
        self.setHtml(html)

    def _on_anchor_clicked(self, url):
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)


class SaveLessonDialog(QDialog):
    """Asks for a lesson's title and text (in the language the window speaks, as the lesson was shown)."""

    def __init__(self, title="", text="", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as lesson"))
        self.title = QLineEdit(title)
        self.title.setMaxLength(MAX_LESSON_TITLE_CHARS)
        self.title.setObjectName("lesson_title_edit")
        self.title.setAccessibleName(self.tr("lesson title"))
        self.title.setToolTip(self.tr("The lesson's title, shown in the lesson list."))
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("lesson_text_edit")
        self.text.setAccessibleName(self.tr("lesson text"))
        self.text.setToolTip(self.tr("What students should look at and try.") + " " + markup_help())
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 420)

    def _on_accepted(self):
        length = len(self.text.toPlainText().strip())
        if length > MAX_LESSON_TEXT_CHARS:
            QMessageBox.warning(self, self.tr("Lesson too long"), plain(
                self.tr("The text has {length} characters; a lesson may have {limit}. Shorten it, or split it into "
                        "two lessons.").format(length=count(length), limit=count(MAX_LESSON_TEXT_CHARS))))
            return
        self.accept()

    def lesson(self):
        return {"title": self.title.text().strip() or self.tr("Untitled lesson"),
                "text": self.text.toPlainText().strip()}


class LessonPanel(Retranslating, QWidget):
    """Pick a lesson, read it, start it; or save the current setup as a lesson.

    The lesson is shown in the window's language when its file has that
    language (``translations``), else in its own; a language change shows it
    again at once. ``self.lesson`` is the whole lesson as its file has it.
    """

    lesson_started = Signal(str)   # the lesson's own title (the same in every language)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("lesson_panel")
        self.session = session
        self.lesson = None
        self._opened_without_lesson = False   # an experiment without lesson text is open
        self.lessons = builtin_lessons()

        # Long titles end in "…" rather than widen the side panel past a laptop's screen.
        self.selector = ElidedComboBox()
        self.selector.setObjectName("lesson_selector")
        for title, path in self.lessons:
            self.selector.addItem(title, path)
        # No lesson is shown until one is started: the picker says so
        # instead of naming a lesson the window is not in.
        self.selector.setCurrentIndex(-1)
        self.start_button = QPushButton()
        self.start_button.setObjectName("lesson_start")
        self.save_button = QPushButton()
        self.save_button.setObjectName("lesson_save")
        self.text = LessonBrowser()
        self.text.setObjectName("lesson_text")

        row = QHBoxLayout()
        row.addWidget(self.selector, 1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.save_button)
        # Predict, then run, and challenges: kept with the lesson they are about.
        self.predict_panel = PredictPanel(session, self.start, lambda: (self.lesson or {}).get("title"))
        layout.addWidget(self.predict_panel)
        self.lesson_started.connect(lambda _title: self.predict_panel.show_past())
        self.start_button.clicked.connect(lambda: self.start(self.selector.currentData()))
        self.selector.currentIndexChanged.connect(lambda i: self.start_button.setEnabled(i >= 0))
        self.start_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_dialog)
        self.retranslate()

    def retranslate(self):
        self.selector.setAccessibleName(self.tr("lesson"))
        self.selector.setToolTip(self.tr("Built-in lessons, each with its own data, network and loss."))
        for index, (_, path) in enumerate(self.lessons):
            self.selector.setItemText(index, shown_title(path))
        self.selector.setPlaceholderText(self.tr("Pick a lesson…"))
        self.start_button.setText(self.tr("Start lesson"))
        self.start_button.setAccessibleName(self.tr("start lesson"))
        self.start_button.setToolTip(self.tr("Set up the data, network and loss of this lesson "
                                             "(your current work is replaced)."))
        self.save_button.setText(self.tr("Save as lesson…"))
        self.save_button.setAccessibleName(self.tr("save as lesson"))
        self.save_button.setToolTip(self.tr("Save the current data, network and settings with your own text "
                                            "as a lesson file."))
        self.text.setAccessibleName(self.tr("lesson text"))
        self._show_text()

    def _show_text(self):
        """The lesson in the window's language, or what to do when there is none."""
        if self.lesson:
            self.text.show_lesson_html(lesson_html(*in_language(self.lesson, current_language())))
        elif self._opened_without_lesson:
            self.text.setHtml("<p>" + html.escape(self.tr("No lesson text with this experiment.")) + "</p>")
        else:
            button = "<b>" + html.escape(self.tr("Start lesson")) + "</b>"
            self.text.setHtml("<p>" + html.escape(self.tr("Pick a lesson and press {button}.")).format(button=button)
                              + "</p>")

    def start(self, path):
        """Load the lesson at ``path`` into the session and show its text."""
        opened = read_experiment_file(
            self, path, self.tr("Could not open this lesson"),
            self.tr("The lesson could not be opened because of an unexpected error (written to the log)."),
            prepare=lambda saved: lesson_html(*in_language(saved.lesson, current_language())))
        if opened is None:
            return False
        saved, experiment, page = opened
        self.session.install(experiment)
        index = self.selector.findData(path)
        if index >= 0:
            self.selector.setCurrentIndex(index)
        self.lesson = saved.lesson
        self._opened_without_lesson = False
        self.predict_panel.follow_lesson(self.lesson)
        self.text.show_lesson_html(page)
        self.lesson_started.emit((saved.lesson or {}).get("title", ""))
        return True

    def show_lesson(self, lesson):
        """Show ``lesson`` (as checked by the file reader: title, text, translations) or none."""
        self.lesson = lesson
        self.predict_panel.follow_lesson(lesson)
        if not lesson:
            self.selector.setCurrentIndex(-1)
            self._opened_without_lesson = True
        self._show_text()

    def save_dialog(self):
        code = current_language()
        dialog = SaveLessonDialog(*in_language(self.lesson, code), parent=self)
        if dialog.exec() != QDialog.Accepted:
            return False
        settings = QSettings()
        folder = settings.value("last_folder", os.path.expanduser("~"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save lesson"), os.path.join(folder, "lesson.json"),
                                              self.tr("Lessons (*.json)"))
        if not path:
            return False
        edited = dialog.lesson()
        return self.save(path, with_text_in(self.lesson, code, edited["title"], edited["text"]))

    def save(self, path, lesson):
        """Write the current setup (without weights or history) with ``lesson`` to ``path``."""
        try:
            experiment_file.save(path, self.session.experiment, lesson=lesson, include_training=False)
        except (OSError, ValueError) as e:
            QMessageBox.warning(self, self.tr("Could not save the lesson"), plain(
                str(e) if isinstance(e, (FileWriteError, experiment_file.ExperimentFileError)) else
                self.tr("Could not write {path}: {reason}. Choose another folder or name.").format(
                    path=path, reason=getattr(e, "strerror", None) or e)))
            return False
        QSettings().setValue("last_folder", os.path.dirname(os.path.abspath(path)))
        self.show_lesson(lesson)
        return True
