"""The window and damaged or hostile files: refusals change nothing, lessons reach no resource, windows are freed."""

import gc
import json
import math
import os
import weakref

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from engine import experiment_file, safe_files
from engine.lesson_markup import lesson_html
from gui.lesson_panel import LessonBrowser, LessonPanel, builtin_lessons
from gui.main_window import MainWindow


@pytest.fixture
def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    return shown


@pytest.fixture
def window(warnings_shown, window):
    """The conftest's window, with every warning it shows recorded."""
    return window


def with_change(document, path, value):
    document = json.loads(json.dumps(document))
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


def the_work(window):
    """Everything a refusal must leave as it was."""
    s = window.session
    return (window.windowTitle(), window.current_path, window.isWindowModified(), s.network.params.tobytes(),
            s.history.column("train_loss").tobytes(), s.snapshot.epoch, s.setup, s.dataset.name,
            window.lesson_panel.lesson, window.lesson_panel.text.toPlainText())


@pytest.fixture
def opened(window, tmp_path):
    """The window with first.json open (a lesson in it), trained a little further; and its document."""
    s = window.session
    s.set_optimizer("adam")
    for _ in range(2):
        s.step(unit="epoch")
    path = tmp_path / "first.json"
    window.lesson_panel.show_lesson({"title": "First", "text": "The **first** lesson."})
    assert window.save_experiment(str(path))
    assert window.open_experiment(str(path))
    s.step(unit="epoch")
    return window, json.loads(path.read_text())


HOSTILE = [
    (["lesson"], "just a string", "lesson is the text 'just a string'"),
    (["lesson"], [1, 2], "lesson is a list"),
    (["setup", "features"], 3, "setup.features is 3"),
    (["setup", "learning_rate"], "0.1", "setup.learning_rate is the text '0.1'"),
    (["setup", "batch_size"], "ten", "setup.batch_size is the text 'ten'"),
    (["setup", "regularization_rate"], [], "setup.regularization_rate is a list"),
    (["training", "history"], [1], "training.history is a list"),
    (["training", "events"], "x", "training.events is the text 'x'"),
    (["training", "optimizer_state"], 1, "training.optimizer_state is 1"),
    (["training", "step"], 1e400, "training.step is ∞"),
    (["training", "optimizer_state", "t"], -1, "training.optimizer_state.t is -1"),
    (["network", "sizes"], [2, 10**9, 8, 1], "network.sizes[1] is 1e+9"),
    (["network", "weights", 0, 0, 0], math.nan, "network.weights[0][0][0] is not a number"),
    (["network", "biases", 1, 0], math.inf, "network.biases[1][0] is ∞"),
    (["training", "history", "epoch", 0], 1e308, "training.history.epoch[0] is 1e+308"),
    (["training", "history", "train_loss", 0], math.inf, "training.history.train_loss[0] is ∞"),
    (["version"], True, "version is true"),
]


@pytest.mark.parametrize("path,value,fragment", HOSTILE)
def test_a_refused_file_leaves_the_work_title_and_save_target_as_they_were(opened, tmp_path, warnings_shown,
                                                                           path, value, fragment):
    window, document = opened
    before = the_work(window)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(with_change(document, path, value), allow_nan=True))
    assert not window.open_experiment(str(bad))
    assert fragment in warnings_shown[-1] and "bad.json" in warnings_shown[-1]
    assert "unchanged" in warnings_shown[-1]
    assert the_work(window) == before
    assert "first.json" in window.windowTitle()
    # Ctrl+S writes the current work to the file that was open, never the refused file's content.
    window.save()
    again = experiment_file.load(str(tmp_path / "first.json")).build()
    np.testing.assert_array_equal(again.network.params, window.session.network.params)
    assert again.trainer.epoch == window.session.snapshot.epoch == 3


def special_files(tmp_path):
    files = [("folder", str(tmp_path))]
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "x.json")
        files.append(("named pipe (FIFO)", str(tmp_path / "x.json")))
    if os.path.exists("/dev/zero"):
        (tmp_path / "zero.json").symlink_to("/dev/zero")
        files.append(("device", str(tmp_path / "zero.json")))
    return files


def test_fifos_devices_and_folders_are_refused_at_once(opened, tmp_path, warnings_shown):
    window, _ = opened
    before = the_work(window)
    for fragment, path in special_files(tmp_path):
        assert not window.open_experiment(path)
        assert fragment in warnings_shown[-1] and "unchanged" in warnings_shown[-1]
        assert the_work(window) == before


def test_a_lesson_is_refused_before_the_work_is_replaced(qtbot, tmp_path, warnings_shown):
    from gui.session import Session
    session = Session()
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    lesson_path = builtin_lessons()[0][1]
    from pathlib import Path
    document = json.loads(Path(lesson_path).read_text(encoding="utf-8"))
    bad = tmp_path / "lesson.json"
    bad.write_text(json.dumps(with_change(document, ["lesson"], "just a string")))
    before = (session.setup, session.dataset.name, panel.text.toPlainText())
    assert not panel.start(str(bad))
    assert "lesson is the text" in warnings_shown[-1]
    assert (session.setup, session.dataset.name, panel.text.toPlainText()) == before
    session.shutdown()


def test_starting_a_lesson_makes_the_work_untitled_so_ctrl_s_cannot_overwrite_the_open_file(opened):
    window, _ = opened
    assert window.lesson_panel.start(window.lesson_panel.lessons[0][1])
    assert window.current_path is None and window.windowTitle().startswith("untitled")


# -- saving from the window -------------------------------------------------------------

def test_a_full_disk_names_the_file_and_keeps_the_title(opened, tmp_path, warnings_shown, monkeypatch):
    window, _ = opened
    title = window.windowTitle()

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_files.os, "fsync", full)
    target = tmp_path / "second.json"
    assert not window.save_experiment(str(target))
    assert f"Could not save '{target}': the disk is full" in warnings_shown[-1]
    assert "Errno" not in warnings_shown[-1] and ".tmp" not in warnings_shown[-1]
    assert window.windowTitle() == title and window.isWindowModified()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != "") == ["first.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_resaving_keeps_a_shared_files_mode_and_exports_get_the_umasks(opened, tmp_path):
    window, _ = opened
    path = tmp_path / "first.json"
    path.chmod(0o644)
    assert window.save()
    assert (os.stat(path).st_mode & 0o777) == 0o644
    old = os.umask(0o022)
    try:
        for name, writer in (("w.json", window.export_weights_json), ("w.npz", window.export_weights_npz),
                             ("w.png", window.export_window_png), ("c.csv", window.loss_plot.export_csv),
                             ("c.svg", window.loss_plot.export_svg), ("c.png", window.loss_plot.export_png)):
            writer(str(tmp_path / name))
            assert (os.stat(tmp_path / name).st_mode & 0o777) == 0o644, name
    finally:
        os.umask(old)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_export_to_a_read_only_folder_names_the_target(opened, tmp_path, warnings_shown, monkeypatch):
    window, _ = opened

    def refuse(name, flags, *args):
        raise PermissionError(13, "Permission denied", name)

    monkeypatch.setattr(safe_files.os, "open", refuse)
    target = str(tmp_path / "weights.json")
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target, ""))
    window._export("json", "export_weights_json")
    assert f"Could not save '{target}': you may not write in the folder" in warnings_shown[-1]


# -- lessons are safe rich text ------------------------------------------------------------

@pytest.fixture
def browser(qtbot):
    view = LessonBrowser()
    qtbot.addWidget(view)
    view.resize(360, 500)
    view.show()
    return view


def images_in(document):
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                found.append(fragment.charFormat().toImageFormat().name())
            iterator += 1
        block = block.next()
    return found


@pytest.fixture
def picture(tmp_path):
    from PySide6.QtGui import QImage
    image = QImage(8, 8, QImage.Format_RGB32)
    image.fill(0xFF0000)
    path = tmp_path / "secret.png"
    image.save(str(path))
    return path


@pytest.mark.parametrize("text", [
    '<img src="file:///etc/passwd">',
    '<img src="file:///dev/zero">',
    "<img src='{picture}'> and <IMG SRC=\"{url}\">",
    "![a picture]({url})",
    '<p style="background-image: url({url})">styled</p>',
    '<a href="{url}">a local link</a> <link rel="stylesheet" href="{url}">',
])
def test_nothing_in_a_lesson_can_load_a_resource(browser, picture, monkeypatch, text):
    asked = []
    real = LessonBrowser.loadResource
    monkeypatch.setattr(LessonBrowser, "loadResource", lambda self, kind, url: (asked.append(url), real(self, kind, url))[1])
    text = text.format(picture=picture, url=QUrl.fromLocalFile(str(picture)).toString())
    browser.show_lesson_html(lesson_html("<b>Title</b>", text))
    QCoreApplication.processEvents()
    assert images_in(browser.document()) == []
    assert asked == []
    shown = browser.toPlainText()
    assert "<b>Title</b>" in shown  # the title is plain text, shown as typed
    if "img" in text.lower() or "![" in text:
        assert "src=" in shown or "![a picture]" in shown  # shown as the characters typed
    rendered = browser.toHtml()
    for tag in ("<img", "<link", "background-image", 'href="file'):
        assert tag not in rendered


def test_raw_html_with_an_image_still_loads_nothing(browser, picture):
    # Should HTML with an image ever reach the view, it gets an empty resource, not the file.
    url = QUrl.fromLocalFile(str(picture))
    browser.setHtml(f'<img src="{url.toString()}">')
    QCoreApplication.processEvents()
    resource = browser.document().resource(QTextDocument.ImageResource, url)
    assert resource.size().width() == 1  # the blank stand-in, not the 8x8 picture
    assert browser.searchPaths() == [] and not browser.openLinks()


def test_a_long_word_wraps_inside_the_view(browser):
    browser.show_lesson_html(lesson_html("Long", "x" * 100_000))
    QCoreApplication.processEvents()
    assert browser.horizontalScrollBar().maximum() == 0
    assert browser.toPlainText().replace("\u200b", "").count("x") == 100_000


def test_the_markup_renders_bold_italic_lists_and_headings(browser):
    browser.show_lesson_html(lesson_html("T", "# Heading\n\nSome **bold** and *italic* and `code`.\n\n- one\n- two\n\n1. first"))
    html = browser.toHtml()
    assert "font-weight:700" in html and "font-style:italic" in html
    assert browser.document().toPlainText().count("\n") >= 5
    assert "**" not in browser.toPlainText() and "# " not in browser.toPlainText()


def test_every_builtin_lesson_renders_with_formatting_and_no_markup_left(qtbot):
    from gui.session import Session
    session = Session()
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    for title, path in panel.lessons:
        assert panel.start(path)
        text = panel.text.toPlainText()
        assert text.startswith(title)
        for leftover in ("**", "<p>", "<b>", "</", "&lt;", "&amp;"):
            assert leftover not in text, (title, leftover)
        assert "font-weight:700" in panel.text.toHtml(), title
    session.shutdown()


def test_a_teachers_older_html_lesson_still_reads_as_formatted_text(browser):
    browser.show_lesson_html(lesson_html("Old", "<p>Press <b>Train</b>.</p><ul><li>one</li><li>two</li></ul>"
                                                "<p><img src='file:///etc/passwd'></p>"))
    text = browser.toPlainText()
    assert "Press Train." in text and "<b>" not in text
    assert "<img src='file:///etc/passwd'>" in text and images_in(browser.document()) == []
    assert "font-weight:700" in browser.toHtml()


# -- closed windows are freed --------------------------------------------------------------

def test_closed_windows_are_garbage_collected(qtbot, warnings_shown, tmp_path):
    refs = []
    for i in range(4):
        window = MainWindow()
        window.show()
        window.session.step(unit="epoch")
        assert window.save_experiment(str(tmp_path / f"w{i}.json"))
        window._fill_recent_menu()  # its actions' slots must not hold the window either
        window.setWindowModified(False)
        assert window.close()
        window.session.shutdown()
        refs.append(weakref.ref(window))
        del window
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        QCoreApplication.processEvents()
        gc.collect()
    alive = sum(ref() is not None for ref in refs)
    assert alive == 0, f"{alive} of 4 closed windows are still alive"


def test_a_message_quoting_html_from_a_file_shows_it_as_text(opened, tmp_path, warnings_shown):
    window, document = opened
    bad = tmp_path / "quote.json"
    bad.write_text(json.dumps(with_change(document, ["lesson"], "<img src='file:///dev/zero'>")))
    assert not window.open_experiment(str(bad))
    message = warnings_shown[-1]
    assert "&lt;img src='file:///dev/zero'&gt;" in message and "<img" not in message
    from PySide6.QtGui import QTextDocumentFragment
    assert "<img src='file:///dev/zero'>" in QTextDocumentFragment.fromHtml(message).toPlainText()
    from PySide6.QtCore import Qt
    for label in (window.banner.text, window.data_panel.error_label):
        assert label.textFormat() == Qt.PlainText
