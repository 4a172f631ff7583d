"""Importing a CSV file: read it in the background, preview it, pick the target, then use it.

The engine does the reading (``engine.data.read_csv``) in a worker thread, so a
big file never freezes the window; its ``progress`` callback drives the
progress bar and is where a cancel takes effect. Whatever goes wrong is shown
inside the dialog, and the data loaded before stays loaded until the user
presses "Use this data" on a file that was read.
"""

import csv
import io
import logging
import os
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from engine import data as engine_data
from engine.csv_reader import decode_bytes
from engine.formatting import count, number

from . import messages
from .appearance import make_bold, mute, set_colors
from .language import Retranslating
from .tasks import TaskCancelled, run_task

# Qt's lookup by the name lupdate knows: translate(context, text, disambiguation, n).
translate = QCoreApplication.translate

log = logging.getLogger(__name__)

PREVIEW_ROWS = 20
# The preview reads only the start of the text, and the start of a file that failed.
PREVIEW_CHARS = 256 * 1024
SNIFF_RECORDS = 50
SEPARATORS = (",", ";", "\t")
MAX_LISTED_CLASSES = 8
TARGET_BACKGROUND = QColor("#fff1d6")
PROBLEM_BACKGROUND = QColor("#f8c9c4")
TASKS = (None, engine_data.CLASSIFICATION, engine_data.REGRESSION)   # the task selector's choices


def settings():
    """Where the last folder is remembered; one place, so tests can point it elsewhere."""
    return QSettings()


def unexpected_read_error(error):
    return translate(
        "csv_dialog", "Loss Explorer could not read this file because of an unexpected problem ({error}).").format(
        error=error)


class CsvCounts(QObject):
    """The counted words of the detection line, here because lupdate finds the plural forms of tr() in a class."""

    def rows(self, n):
        return self.tr("%Ln row(s)", "", n)

    def feature_columns(self, n):
        return self.tr("%Ln feature column(s)", "", n)

    def classes(self, n):
        # Classes come two or more: English needs no singular here.
        return self.tr("Classification with %Ln classes: {names}", "", n)


def describe_detection(dataset):
    """'Classification with 3 classes: setosa, versicolor, virginica · 150 rows · 4 feature columns'."""
    counts = CsvCounts()
    rows = counts.rows(dataset.n_samples)
    features = counts.feature_columns(len(dataset.feature_names))
    if dataset.task == engine_data.CLASSIFICATION:
        names = dataset.class_names
        shown = ", ".join(names[:MAX_LISTED_CLASSES])
        if len(names) > MAX_LISTED_CLASSES:
            shown = translate("csv_dialog", "{names} and {more} more").format(
                names=shown, more=count(len(names) - MAX_LISTED_CLASSES))
        what = counts.classes(len(names)).format(names=shown)
    else:
        what = translate("csv_dialog", "Regression of '{target}' (from {low} to {high})").format(
            target=dataset.target_name, low=number(dataset.y.min()), high=number(dataset.y.max()))
    return f"{what} · {rows} · {features}"


@dataclass
class PreviewTable:
    header: list     # column names, as the engine names them ("column 3" when blank)
    rows: list       # the first rows' cells, each as wide as the header
    lines: list      # the file line each row starts on, as the engine's messages count them


def preview_table(text, n_rows=PREVIEW_ROWS):
    """A PreviewTable of the start of CSV text, or None if it does not split into columns.

    Only for showing the file: the separator is chosen the way the engine
    chooses it (the one that splits the first lines into equal rows), but the
    engine's reading is what counts.
    """
    head = text[:PREVIEW_CHARS]
    if len(text) > PREVIEW_CHARS and "\n" in head:
        head = head[:head.rfind("\n") + 1]
    first_line = head.split("\n", 1)[0].strip()
    separators, skipped = SEPARATORS, 0
    if first_line.lower().startswith("sep=") and len(first_line) == 5:
        separators, skipped = (first_line[4],), 1
        head = head.split("\n", 1)[1] if "\n" in head else ""
    best, best_score = None, -1.0
    for separator in separators:
        try:
            reader = csv.reader(io.StringIO(head, newline=""), delimiter=separator, skipinitialspace=True)
            records, start = [], 1 + skipped
            for cells in reader:
                if any(cell.strip() for cell in cells):
                    records.append((start, cells))
                start = skipped + reader.line_num + 1
                if len(records) > max(SNIFF_RECORDS, n_rows) + 1:
                    break
        except csv.Error:
            continue
        if not records or (len(records[0][1]) < 2 and len(separators) > 1):
            continue
        widths = [len(cells) for _, cells in records[1:SNIFF_RECORDS + 1]]
        score = sum(w == len(records[0][1]) for w in widths) / len(widths) if widths else 1.0
        if score > best_score:
            best, best_score = records, score
    if not best:
        return None
    header = [name.strip() or f"column {i + 1}" for i, name in enumerate(best[0][1])]
    rows = [(cells + [""] * len(header))[:len(header)] for _, cells in best[1:n_rows + 1]]
    return PreviewTable(header, rows, [line for line, _ in best[1:n_rows + 1]])


# How the engine's messages name a line and a column, in each language the window speaks.
_LINE = re.compile(r"\b(?:[Ll]ine|Zeile|[Ll]ínea|[Ff]ila) (\d+)")
_COLUMN = re.compile(r"(?:[Cc]olumn|Spalte|[Cc]olumna) ['‘„“«]([^'’“”»]*)['’“”»]")


def _problem_cell(message):
    """(line, column name) an engine message points at, or None: the preview marks that cell."""
    line = _LINE.search(message)
    column = _COLUMN.search(message)
    return (int(line.group(1)), column.group(1) if column else None) if line else None


@dataclass
class ReadOutcome:
    dataset: object = None      # a Dataset when the read worked
    error: str = ""             # what to show when it did not
    table: PreviewTable = None  # the start of the text, when there is text to show


def read_csv_task(state, path, text=None, target=None, task=None):
    """Read one CSV file (or re-read its text with another target) as a background task; a ReadOutcome.

    ``state`` takes the reader's progress, and is where a cancel takes effect.
    """
    try:
        return _read(state, path, text, target, task)
    except TaskCancelled:
        raise
    except engine_data.DataError as error:
        return ReadOutcome(error=str(error), table=_table_anyway(path, text))
    except Exception as error:  # a bug: log it, say something plain, keep the window
        log.exception("Reading %s failed unexpectedly", path)
        return ReadOutcome(error=unexpected_read_error(f"{type(error).__name__}: {error}"))


def _read(state, path, text, target, task):
    if text is None:
        dataset = engine_data.read_csv(path, target=target, task=task, progress=state.set_progress)
    else:
        dataset = engine_data.read_csv_text(text, name=os.path.basename(path), target=target, task=task,
                                            progress=state.set_progress)
        # Read from the text, but it is still that file.
        dataset.source = {**dataset.source, "path": path}
    return ReadOutcome(dataset=dataset, table=preview_table(dataset.csv_text))


def _table_anyway(path, text):
    """The start of the file, to show beside the error; None if it is not text."""
    try:
        if text is None:
            with open(path, "rb") as file:
                text = decode_bytes(file.read(PREVIEW_CHARS))
        return preview_table(text)
    except Exception:  # unreadable or not text: the error says so already
        return None


class CsvImportDialog(Retranslating, QDialog):
    """Read ``path`` in the background, preview it, and on OK hand it to the session.

    Usable without a modal ``exec()``: show it, wait for ``loaded`` (or
    ``is_loaded()``), then press "Use this data".
    """

    loaded = Signal()        # a preview is ready and the data can be used
    failed = Signal(str)     # the file, or this choice of target, cannot be used: the message shown

    def __init__(self, session, path, parent=None):
        super().__init__(parent)
        self.setObjectName("csv_dialog")
        self.session = session
        self.path = os.path.abspath(os.fspath(path))
        self.dataset = None          # the Dataset shown, once read
        self.task = None             # the read in progress (a gui.tasks.Task)
        self._text = None            # the file's text once read, for re-reading with another target
        self._stopping = []          # reads cancelled but not over yet
        self._shown_choice = (None, None)   # (target, task) of what the preview shows
        self._detection = "reading"         # which sentence the summary says: see _detection_text
        self._caption = None                # which sentence is under the table: see _caption_text
        self._table_shown = (None, None, None)   # (table, target, problem) the preview shows
        self._build()
        self.resize(760, 560)
        self.retranslate()
        self._start_read(target=None, task=None)

    def retranslate(self):
        """The dialog's texts in the current language; the file's contents stay as they are."""
        self.setWindowTitle(self.tr("Import CSV data: {name}").format(name=os.path.basename(self.path)))
        self.setAccessibleName(self.tr("import CSV data"))
        self.file_label.setAccessibleName(self.tr("file"))
        self.progress.setAccessibleName(self.tr("reading progress"))
        self.progress.setToolTip(self.tr("How much of the file has been read"))
        self.progress.setFormat(self.tr("Reading… %p%"))
        self.cancel_loading_button.setText(self.tr("Cancel"))
        self.cancel_loading_button.setAccessibleName(self.tr("cancel reading"))
        self.cancel_loading_button.setToolTip(self.tr("Stop reading the file"))
        self.error_label.setAccessibleName(self.tr("problem with the file"))
        self.target_selector.setAccessibleName(self.tr("target column"))
        self.target_selector.setToolTip(self.tr("The column the network learns to predict; every other column is "
                                                "an input and must hold numbers."))
        self.task_selector.setAccessibleName(self.tr("task"))
        self.task_selector.setToolTip(self.tr("Classification predicts a class (text, or a few whole numbers); "
                                              "regression predicts a number. Auto-detect decides from the target "
                                              "column."))
        for index, title in enumerate((self.tr("Auto-detect"), self.tr("Classification"), self.tr("Regression"))):
            self.task_selector.setItemText(index, title)
        self.detection.setAccessibleName(self.tr("what was found"))
        self.table.setAccessibleName(self.tr("preview of the first rows"))
        self.table.setToolTip(self.tr("The first {rows} rows of the file, numbered by their line in the file; the "
                                      "target column is highlighted.").format(rows=PREVIEW_ROWS))
        self.target_label.setText(self.tr("Target column"))
        self.task_label.setText(self.tr("Task"))
        self.ok_button.setText(self.tr("Use this data"))
        self.ok_button.setAccessibleName(self.tr("use this data"))
        self.ok_button.setToolTip(self.tr("Train on this file instead of the data loaded now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("cancel"))
        self.cancel_button.setToolTip(self.tr("Close without changing the data"))
        self._say(self._detection)
        self._caption_for(self._caption)
        if self._table_shown[0] is not None:
            self._show_table(*self._table_shown)

    def _say(self, detection):
        """Set the summary above the preview: "reading", "rereading", "failed", "choice failed" or "found"."""
        self._detection = detection
        texts = {"reading": self.tr("Reading the file…"),
                 "rereading": self.tr("Reading the file again with this choice…"),
                 "failed": self.tr("This file cannot be used as it is."),
                 "choice failed": self.tr("This choice of target and task does not work for this file.")}
        self.detection.setText(texts[detection] if detection in texts else
                               describe_detection(self.dataset) if self.dataset is not None else "")

    def _caption_for(self, caption):
        """Set the caption under the preview: None, "problem" or "found"."""
        self._caption = caption
        if caption == "problem":
            self.caption.setText(self.tr("The start of the file, numbered by line; the cell the message points at "
                                         "is marked in red."))
        elif caption == "found" and self.dataset is not None:
            n = self.dataset.n_samples
            self.caption.setText(self.tr("The first {shown} of %Ln row(s). Every column but the target is an input "
                                         "and must hold numbers; the target (highlighted) may be text.", "", n)
                                 .format(shown=count(min(PREVIEW_ROWS, n))))
        else:
            self.caption.setText("")

    # ------------------------------------------------------------ layout

    def _build(self):
        self.file_label = QLabel()
        self.file_label.setObjectName("csv_file")
        self.file_label.setToolTip(self.path)
        self.file_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.file_label.setText(f"<b>{_escape(os.path.basename(self.path))}</b>"
                                f"&nbsp;&nbsp;<span style='color:#5f6368'>{_escape(os.path.dirname(self.path))}"
                                f"</span>")

        self.progress = QProgressBar()
        self.progress.setObjectName("csv_progress")
        self.progress.setRange(0, 100)
        self.cancel_loading_button = QPushButton()
        self.cancel_loading_button.setObjectName("cancel_loading_button")
        self.cancel_loading_button.clicked.connect(self.cancel_loading)

        self.error_label = QLabel()
        self.error_label.setObjectName("csv_error")
        self.error_label.setTextFormat(Qt.PlainText)  # a message may quote a cell; never render it as HTML
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        set_colors(self.error_label, "#8a1c1c", background="#fdecea", frame=True)
        self.error_label.setMargin(6)
        self.error_label.hide()

        self.target_selector = QComboBox()
        self.target_selector.setObjectName("target_selector")
        self.target_selector.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.target_selector.activated.connect(self._on_choice_changed)
        self.task_selector = QComboBox()
        self.task_selector.setObjectName("task_selector")
        for task in TASKS:
            self.task_selector.addItem("", task)   # titled in retranslate
        self.task_selector.activated.connect(self._on_choice_changed)

        self.detection = QLabel()
        self.detection.setObjectName("csv_summary")
        self.detection.setWordWrap(True)
        make_bold(self.detection)

        self.table = QTableWidget()
        self.table.setObjectName("csv_preview")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.caption = QLabel()
        self.caption.setObjectName("csv_caption")
        mute(self.caption)
        self.caption.setWordWrap(True)

        # Buttons of our own: a box's standard buttons take back Qt's own words ("OK") on a language change.
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.AcceptRole)
        self.ok_button.setObjectName("use_data_button")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.RejectRole)
        self.cancel_button.setObjectName("csv_cancel_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_loading_button)
        self.target_label = target_label = QLabel()
        target_label.setBuddy(self.target_selector)
        self.task_label = task_label = QLabel()
        task_label.setBuddy(self.task_selector)
        choices = QHBoxLayout()
        choices.addWidget(target_label)
        choices.addWidget(self.target_selector)
        choices.addSpacing(16)
        choices.addWidget(task_label)
        choices.addWidget(self.task_selector)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(progress_row)
        layout.addWidget(self.error_label)
        layout.addLayout(choices)
        layout.addWidget(self.detection)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ state

    def is_loading(self):
        return self.task is not None

    def is_loaded(self):
        """A preview is shown and "Use this data" would use it."""
        return self.dataset is not None and not self.is_loading()

    def error_text(self):
        return self.error_label.text() if not self.error_label.isHidden() else ""

    # ------------------------------------------------------------ reading

    def _start_read(self, target, task):
        self._stop_reading(wait_ms=0)  # a newer choice replaces the read in progress
        self.task = run_task(read_csv_task, self.path, text=self._text, target=target, task=task)
        self.task.progressed.connect(self._on_progressed)
        self.task.done.connect(self._on_done)
        self.progress.setValue(0)
        self.error_label.hide()
        self._set_busy(True)

    def _set_busy(self, busy):
        self.progress.setVisible(busy)
        self.cancel_loading_button.setVisible(busy)
        self.target_selector.setEnabled(not busy and self.target_selector.count() > 0)
        self.task_selector.setEnabled(not busy and self.target_selector.count() > 0)
        self.ok_button.setEnabled(not busy and self.dataset is not None)
        self.table.setEnabled(not busy)
        if busy and self.dataset is not None:
            self._say("rereading")

    @Slot(float)
    def _on_progressed(self, fraction):
        self.progress.setValue(int(100 * fraction))

    @Slot(object)
    def _on_done(self, outcome):
        # Only the read in progress says done: a cancelled one says cancelled.
        self.task = None
        target, task = self._requested_choice()
        if outcome.dataset is not None:
            self._show_dataset(outcome.dataset, outcome.table)
            self._shown_choice = (outcome.dataset.target_name, task)
            self._set_busy(False)
            self.loaded.emit()
        else:
            self.dataset = None
            self._show_table(outcome.table, target, problem=_problem_cell(outcome.error))
            if outcome.table:
                self._caption_for("problem")
            if self.target_selector.count() == 0 and outcome.table:
                self._fill_targets(outcome.table.header, outcome.table.header[-1])
            message = _failed(outcome.error)
            self._show_error(message)
            self._say("failed" if target is None and task is None else "choice failed")
            self._shown_choice = (target, task)
            self._set_busy(False)
            self.failed.emit(message)

    def _requested_choice(self):
        target = self.target_selector.currentText() if self.target_selector.count() else None
        return target, self.task_selector.currentData()

    def _on_choice_changed(self, _index=None):
        if self.is_loading():
            return
        target, task = self._requested_choice()
        if (target, task) != self._shown_choice:
            self._start_read(target, task)

    def cancel_loading(self):
        """Stop the read in progress; if nothing was read yet, close the dialog."""
        if not self.is_loading():
            return
        self._stop_reading(wait_ms=0)
        if self._text is None and self.dataset is None:
            self.reject()
            return
        # Back to what the preview shows.
        target, task = self._shown_choice
        if target is not None:
            self.target_selector.setCurrentText(target)
        self.task_selector.setCurrentIndex(max(0, self.task_selector.findData(task)))
        self._set_busy(False)
        if self.dataset is not None:
            self._say("found")

    def _stop_reading(self, wait_ms):
        """Cancel every read still going; with ``wait_ms``, wait that long for their threads."""
        if self.task is not None:
            self._stopping.append(self.task)
            self.task = None
        for task in self._stopping:
            if not task.cancel(wait_ms) and wait_ms:
                log.warning("A CSV read did not stop within %d ms; it will finish in the background", wait_ms)
        self._stopping = [task for task in self._stopping if task.is_running]

    # ------------------------------------------------------------ showing

    def _show_dataset(self, dataset, table):
        self.dataset = dataset
        self._text = dataset.csv_text
        self.error_label.hide()
        columns = dataset.feature_names + [dataset.target_name]
        if table and set(columns) <= set(table.header):
            columns = [name for name in table.header if name in columns]
        self._fill_targets(columns, dataset.target_name)
        self._show_table(table, dataset.target_name)
        self._say("found")
        self._caption_for("found")

    def _fill_targets(self, names, current):
        blocked = self.target_selector.blockSignals(True)
        self.target_selector.clear()
        self.target_selector.addItems(list(names))
        index = self.target_selector.findText(current)
        self.target_selector.setCurrentIndex(index if index >= 0 else self.target_selector.count() - 1)
        self.target_selector.blockSignals(blocked)

    def _show_table(self, table, target, problem=None):
        self._table_shown = (table, target, problem)
        self.table.clear()
        if not table:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self._caption_for(None)
            return
        header, rows = table.header, table.rows
        if target is None:
            target = header[-1]
        self.table.setColumnCount(len(header))
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for j, name in enumerate(header):
            item = QTableWidgetItem(self.tr("{name} (target)").format(name=name) if name == target else name)
            if name == target:
                item.setFont(bold)
                item.setToolTip(self.tr("'{name}' is the target: what the network learns to predict").format(name=name))
            self.table.setHorizontalHeaderItem(j, item)
        self.table.setVerticalHeaderLabels([str(line) for line in table.lines])
        problem_line, problem_column = problem or (None, None)
        for i, cells in enumerate(rows):
            for j, cell in enumerate(cells):
                item = QTableWidgetItem(cell.strip())
                if header[j] == target:
                    item.setBackground(TARGET_BACKGROUND)
                    item.setFont(bold)
                if table.lines[i] == problem_line and (problem_column is None or header[j] == problem_column):
                    item.setBackground(PROBLEM_BACKGROUND)
                    item.setToolTip(self.tr("The problem is here"))
                self.table.setItem(i, j, item)
        if problem_line in table.lines:
            column = header.index(problem_column) if problem_column in header else 0
            self.table.scrollTo(self.table.model().index(table.lines.index(problem_line), column))
        elif target in header and rows:
            self.table.scrollTo(self.table.model().index(0, header.index(target)))

    def _show_error(self, message):
        self.error_label.setText(message)
        self.error_label.show()

    # ------------------------------------------------------------ closing

    def accept(self):
        """Use the data: the session switches to it and the dialog closes."""
        if not self.is_loaded():
            return
        try:
            self.session.set_dataset(self.dataset)
        except (engine_data.DataError, ValueError) as error:
            self._show_error(_failed(error))
            return
        settings().setValue("last_folder", os.path.dirname(self.path))
        super().accept()

    def done(self, result):
        # Closing, Esc, Cancel and OK all end here: no read outlives the dialog.
        self._stop_reading(wait_ms=2000)
        super().done(result)


def _failed(error):
    # The window's message for a file that cannot be used, marked for translation in gui.messages.
    return translate("messages", messages.CSV_FAILED).format(error=error)


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


if __name__ == "__main__":
    import sys

    import resources
    from PySide6.QtWidgets import QApplication

    from .session import Session

    app = QApplication.instance() or QApplication(sys.argv)
    preview_session = Session()
    dialog = CsvImportDialog(preview_session, sys.argv[1] if len(sys.argv) > 1 else resources.path("data", "iris.csv"))
    dialog.finished.connect(app.quit)
    dialog.show()
    app.exec()
    preview_session.shutdown()
