"""View → Language: the window speaks English, German or Spanish, switched live and remembered."""

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QWidget

from engine import formatting, translation
from gui import language


def test_german_uses_its_catalog_and_its_decimal_comma(qtbot):
    language.use_language("de")
    assert language.current_language() == "de"
    assert formatting.number(float("nan")) == "keine Zahl"
    assert formatting.number(1234.5) == "1.234" and formatting.number(0.052) == "0,052"
    with formatting.for_files():
        assert formatting.number(0.052) == "0.052"  # files keep the point
    language.use_language("es")
    assert formatting.number(float("nan")) == "no es un número" and formatting.fixed(0.5, 2) == "0,50"
    language.use_language("en")
    assert formatting.number(float("nan")) == "not a number" and formatting.number(0.052) == "0.052"


def test_without_the_window_engine_texts_stay_english(qtbot):
    language.use_language("de")
    translation.use_translator(None)  # the command line never installs one
    try:
        assert translation.translate("engine", "%n point(s)", 1) == "1 point"
        assert translation.translate("formatting", "not a number") == "not a number"
    finally:
        language.use_language("en")
    assert QLocale().name().startswith("en")


def test_the_first_start_follows_the_system_and_then_the_choice(qtbot, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert language.preferred_language() == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("tr_TR")))
    assert language.preferred_language() == "en"  # not one the app speaks
    QSettings().setValue(language.SETTING, "de")
    assert language.preferred_language() == "de"
    QSettings().setValue(language.SETTING, "xx")
    assert language.preferred_language() == "en"


def test_the_view_menu_switches_the_language_and_remembers_it(window):
    actions = {action.objectName(): action for action in window.language_menu.actions()}
    assert set(actions) == {f"language_{code}_action" for code in language.LANGUAGES}
    assert [action.text() for action in window.language_menu.actions()] == ["English", "Deutsch", "Español"]
    assert actions["language_en_action"].isChecked()
    actions["language_de_action"].trigger()
    assert language.current_language() == "de" and QSettings().value(language.SETTING) == "de"
    assert actions["language_de_action"].isChecked() and not actions["language_en_action"].isChecked()


# ------------------------------------------------------------------ the main window in each language

# The contexts of the main window's own texts (menus, controls, read-outs, bookmarks, messages);
# the panels, the canvas, the plots and the lessons have tests of their own.
WINDOW_CONTEXTS = ("MainWindow", "MessageBanner", "TrainingControls", "EarlyStoppingControls", "Readouts",
                   "BookmarksPanel", "appearance", "bookmarks", "early_stopping", "earlier_runs", "messages",
                   "opening", "target_units", "teaching_files", "file_output")


def _english_sources(code):
    """English texts of the window's contexts whose ``code`` translation says something else."""
    import xml.etree.ElementTree as ElementTree
    english = set()
    for context in ElementTree.parse(language.catalog_path(code)[:-3] + ".ts").iter("context"):
        if context.findtext("name") not in WINDOW_CONTEXTS:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            forms = [form.text for form in translation.findall("numerusform")] or [translation.text]
            if source not in forms and "{" not in source and "%n" not in source:
                english.add(source)
    return english


def _settle_layout():
    from PySide6.QtCore import QCoreApplication, QEvent
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)


def _own_texts(window):
    """Every text and tip of the window's own widgets, shown now or not (a hidden tab's buttons too)."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel
    texts = []
    for root in (window.controls, window.readouts, window.bookmarks, window.banner):
        for widget in [root] + root.findChildren(QWidget):
            text = widget.title() if isinstance(widget, QGroupBox) else \
                widget.text() if isinstance(widget, (QAbstractButton, QLabel)) or hasattr(widget, "shown_text") else \
                "|".join(widget.itemText(i) for i in range(widget.count())) if isinstance(widget, QComboBox) else ""
            texts.append((widget.objectName(), text, widget.toolTip(), widget.accessibleName()))
    return texts


def _everything_readable(window):
    """What a person can read in the window: visible texts, the menus, every action's text and tip, the tabs."""
    from gui.visible_text import visible_texts
    texts = [f"{type(t.widget).__name__} {t.widget.objectName()}: {t.text}" for t in visible_texts(window)]
    texts += [f"menu: {menu.title()}" for menu in window.menuBar().findChildren(type(window.file_menu))]
    texts += [f"action {a.objectName()}: {a.text()} | {a.toolTip()} | {a.statusTip()}" for a in window.actions()]
    texts += [f"tab: {window.tabs.tabText(i)} | {window.tabs.tabToolTip(i)}" for i in range(window.tabs.count())]
    texts += [f"tip {w.objectName()}: {w.toolTip()}" for w in window.controls.findChildren(QWidget)]
    texts.append(f"title: {window.windowTitle()}")
    return texts + [" | ".join(own) for own in _own_texts(window)]


def test_in_german_the_menus_controls_and_about_box_speak_german(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from gui.visible_text import visible_texts
    language.use_language("de")
    _settle_layout()
    assert window.file_menu.title() == "&Datei" and window.view_menu.title() == "&Ansicht"
    assert window.language_menu.title() == "Sprache"
    assert [a.text() for a in window.language_menu.actions()] == ["English", "Deutsch", "Español"]
    actions = {a.objectName(): a for a in window.actions()}
    assert actions["open_action"].text() == "Öffnen…" and actions["train_action"].text() == "Trainieren / Pause"
    assert actions["theme_dark_action"].text() == "Dunkles Design"
    controls = window.controls
    assert controls.train_button.text() == "Trainieren" and controls.reset_button.text() == "Zurücksetzen"
    assert controls.learning_rate_label.text() == "Lernrate" and controls.advanced.title() == "Weitere Einstellungen"
    assert controls.learning_rate.locale().decimalPoint() == ","
    assert "," in controls.learning_rate.text(), controls.learning_rate.text()   # 0,03
    assert window.readouts.labels["epoch"].text() == "Epoche" and window.readouts.values["speed"].text() == "pausiert"
    assert window.tabs.tabText(0) == "Formel"
    english = _english_sources("de")
    shown = [t for t in visible_texts(window) if t.text in english]
    assert not shown, [str(t) for t in shown]
    left = [a.objectName() for a in window.actions() if a.text() in english or a.toolTip() in english]
    assert not left, left
    own = [texts for texts in _own_texts(window) if any(text in english for text in texts[1:])]
    assert not own, own

    shown_about = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown_about.append((title, text)))
    actions["about_action"].trigger()
    (title, text), = shown_about
    assert title == "Über Loss Explorer" and "Rückpropagierung" in text and "backpropagation" not in text


def test_german_then_spanish_then_english_brings_back_every_english_text(window):
    _settle_layout()
    english = _everything_readable(window)
    language.use_language("de")
    _settle_layout()
    german = _everything_readable(window)
    language.use_language("es")
    _settle_layout()
    spanish = _everything_readable(window)
    assert german != english and spanish != german
    assert window.controls.train_button.text() == "Entrenar" and window.file_menu.title() == "&Archivo"
    language.use_language("en")
    _settle_layout()
    assert _everything_readable(window) == english


def test_the_language_chosen_is_the_one_a_new_window_speaks(window, qtbot):
    from gui.main_window import MainWindow
    next(a for a in window.language_menu.actions() if a.objectName() == "language_es_action").trigger()
    window.close()
    language.use_language("en")   # as a restart begins
    language.use_language(language.preferred_language())   # as gui.app.run does
    again = MainWindow()
    qtbot.addWidget(again)
    try:
        checked = [a.objectName() for a in again.language_menu.actions() if a.isChecked()]
        assert checked == ["language_es_action"]
        assert again.controls.train_button.text() == "Entrenar" and again.help_menu.title() == "Ay&uda"
    finally:
        again.session.shutdown()


@pytest.mark.parametrize("code", ("de", "es"))
def test_no_text_of_the_main_window_is_clipped_in_a_longer_language(window, code):
    from gui.visible_text import clipped_texts
    assert (window.available_geometry().width(), window.available_geometry().height())[0] <= 1366
    language.use_language(code)
    _settle_layout()
    clipped = clipped_texts(window)
    # The settings below the fold too: scrolled into view, as a user scrolls to them.
    window.left_panel.verticalScrollBar().setValue(window.left_panel.verticalScrollBar().maximum())
    _settle_layout()
    assert window.controls.early_stopping.stop_early.visibleRegion().isEmpty() is False
    clipped += clipped_texts(window)
    assert not clipped, [str(t) for t in clipped]


def test_in_german_a_rate_typed_with_a_comma_or_a_point_is_the_same_rate(window, qtbot):
    from PySide6.QtCore import Qt
    language.use_language("de")
    _settle_layout()
    box = window.controls.learning_rate
    for typed, rate in (("0,3", 0.3), ("0.1", 0.1)):
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), typed)
        qtbot.keyClick(box.lineEdit(), Qt.Key_Return)
        assert window.session.setup.learning_rate == pytest.approx(rate), typed
        assert box.text() == f"{rate:g}".replace(".", ",")


def test_in_spanish_an_earlier_run_says_what_changed_in_spanish(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton
    language.use_language("es")
    s = window.session
    for _ in range(5):
        s.step(unit="epoch")
    s.set_learning_rate(0.3)
    qtbot.mouseClick(window.findChild(QAbstractButton, "reset_button"), Qt.LeftButton)
    assert window.loss_plot.ghost_labels == ["ejecución anterior: tasa 0,03"]


def _run_window_script(tmp_path, *lines):
    """Run ``lines`` after a QApplication and a shown MainWindow, in a fresh offscreen Python; the result."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    script = tmp_path / "window.py"
    script.write_text("\n".join([
        "from PySide6.QtWidgets import QApplication",
        "app = QApplication([])",
        "from gui import language",
        "from gui.main_window import MainWindow",
        "window = MainWindow(); window.show(); app.processEvents()",
        *lines,
        "window.session.shutdown(); window.setWindowModified(False)"]) + "\n")
    root = Path(__file__).resolve().parents[2]
    return subprocess.run([sys.executable, str(script)], cwd=root, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)})


def test_quitting_after_a_language_switch_prints_no_error(tmp_path):
    """A language change once left a layout request that reached the loss plot's legend after its plot died."""
    result = _run_window_script(tmp_path, "language.use_language('de'); app.processEvents()")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-2000:]


def test_a_script_that_builds_the_window_itself_gets_english_plurals(tmp_path):
    """Benchmarks, screenshots and users' scripts make a MainWindow without main(): no "4 neuron(s)"."""
    result = _run_window_script(tmp_path, "from gui.visible_text import visible_texts",
                                "print([t.text for t in visible_texts(window) if '(s)' in t.text])")
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stdout + result.stderr[-2000:]


def test_an_earlier_run_kept_in_english_is_labelled_anew_in_spanish(window, qtbot):
    s = window.session
    for _ in range(3):
        s.step(unit="epoch")
    s.set_learning_rate(0.3)
    s.reset()
    assert window.loss_plot.ghost_labels == ["earlier run: lr 0.03"]
    language.use_language("es")
    qtbot.waitUntil(lambda: window.loss_plot.ghost_labels == ["ejecución anterior: tasa 0,03"], timeout=3000)
    legend = [label.text for _, label in window.loss_plot.legend.items]
    assert "ejecución anterior: tasa 0,03" in legend and "earlier run: lr 0.03" not in legend


def test_a_bookmark_made_in_english_reads_in_german_after_a_switch(window, qtbot):
    window.session.step(unit="epoch")
    bookmark = window.bookmarks.add()
    english = window.bookmarks.list.item(0).text()
    assert english.startswith("epoch 1 · train loss") and english == bookmark.label
    language.use_language("de")
    qtbot.waitUntil(lambda: window.bookmarks.list.item(0).text() != english, timeout=3000)
    german = window.bookmarks.list.item(0).text()
    assert german.startswith("Epoche 1") and german == bookmark.label, german
    assert english.rsplit(" · ", 1)[1] == german.rsplit(" · ", 1)[1]  # the same moment: its time of day kept
