"""The data, CSV, predict, compare, landscape and check-calculation panels and the worksheet in German and back.

In German each shows no English left of its own texts (none equal to its
English source while the catalog has a German one, no sentence with English
words, gui.visible_text.english_words), nothing clipped at its normal size on the 1366×768 test screen,
and English comes back when the language is switched back. Words the engine
supplies (a goal, a band, a blank's label) are the engine's to translate, so
they are taken out before looking for English words.
"""

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QWidget

from engine import prediction
from engine.exercise import STEP_TITLES
from gui import language
from gui.visible_text import clipped_texts, english_words, visible_texts

ROOT = Path(__file__).resolve().parents[2]
IRIS = ROOT / "resources" / "data" / "iris.csv"
# The contexts of these panels' texts in the catalogs.
CONTEXTS = {"CheckCalculationPanel", "CompareChallenge", "CompareWindow", "CsvCounts", "CsvImportDialog",
            "DataCounts", "DataPanel", "LandscapeDialog", "PredictPanel", "RacePrediction", "ValidationCurve",
            "compare", "csv_dialog", "data_panel", "worksheet"}


def _catalog(code):
    """{English source: translation} of the fixed (not counted) texts in these panels' contexts."""
    tree = ElementTree.parse(ROOT / "resources" / "translations" / f"loss_explorer_{code}.ts")
    found = {}
    for context in tree.iter("context"):
        if context.findtext("name") not in CONTEXTS:
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation").text
            if message.get("numerus") != "yes" and translation and translation != source:
                found[source] = translation
    return found


GERMAN = _catalog("de")


@pytest.fixture(autouse=True)
def private_files(private_local_files):
    yield


def _foreign(widget, root):
    """True inside an output view: another part's widget, with its own language tests."""
    from gui.output import OutputView
    while widget is not None and widget is not root:
        if isinstance(widget, OutputView):
            return True
        widget = widget.parentWidget()
    return False


def _shown_texts(root):
    return [t.text for t in visible_texts(root) if not _foreign(t.widget, root)]


def _all_texts(root):
    """What a person reads in ``root``: visible texts, every item of its lists, tooltips and accessible names."""
    texts = _shown_texts(root)
    for widget in [root] + root.findChildren(QWidget):
        if (not widget.isVisibleTo(root) and widget is not root) or _foreign(widget, root):
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.windowTitle() if widget.isWindow() else ""]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def english_left(root, engine_words=()):
    """Texts in ``root`` still in English: equal to a source German translates, or with English words in it."""
    left, shown = [], _shown_texts(root)
    for text in _all_texts(root):
        if text in GERMAN:
            left.append(text)
            continue
        if text not in shown:
            continue  # tips and names: checked against the catalog only
        rest = text
        for words in sorted(engine_words, key=len, reverse=True):
            rest = rest.replace(words, " ")
        if english_words(rest):
            left.append(text)
    return left


def german_left_after_english(root):
    """Texts in ``root`` still in German once English is back."""
    german = set(GERMAN.values())
    return [text for text in _all_texts(root) if text in german]


def _switch(code):
    language.use_language(code)
    for _ in range(3):   # Qt posts the language change to every widget, then their layouts follow the new texts
        QCoreApplication.processEvents()
    assert language.current_language() == code


def _check_both_ways(root, engine_words=(), resize=None):
    """German: no English left, nothing clipped; English again: no German left."""
    _switch("de")
    assert QLocale().name().startswith("de")
    assert not english_left(root, engine_words), english_left(root, engine_words)
    clipped = [str(t) for t in clipped_texts(root) if not _foreign(t.widget, root)]
    assert not clipped, clipped
    _switch("en")
    assert not german_left_after_english(root), german_left_after_english(root)


# ------------------------------------------------------------------ panels in the window

def test_the_data_panel_in_german_and_back(window):
    panel = window.data_panel
    _check_both_ways(panel)
    _switch("de")
    assert panel.open_csv_button.text() == "CSV öffnen…" and panel.box.title() == "Daten"
    assert "500 Punkte" in panel.summary.text() and "Training" in panel.summary.text()
    assert panel.noise_label.text().startswith("Rauschen ")
    assert panel.points_spin.locale().name().startswith("de")
    _switch("en")
    assert panel.open_csv_button.text() == "Open CSV…" and "500 points" in panel.summary.text()


def test_the_csv_dialog_in_german_and_back(window, qtbot):
    _switch("de")
    dialog = window.data_panel.open_csv(str(IRIS))
    qtbot.waitUntil(dialog.is_loaded, timeout=10000)
    qtbot.waitExposed(dialog)
    assert dialog.detection.text().startswith("Klassifikation mit 3 Klassen") and "150 Zeilen" in dialog.detection.text()
    assert dialog.windowTitle() == "CSV-Daten importieren: iris.csv"
    assert dialog.table.horizontalHeaderItem(dialog.table.columnCount() - 1).text().endswith("(Ziel)")
    _check_both_ways(dialog)
    assert dialog.ok_button.text() == "Use this data" and "150 rows" in dialog.detection.text()
    dialog.reject()


def test_the_predict_panel_in_german_and_back(window):
    panel = window.lesson_panel.predict_panel
    window.show_tab(window.lesson_panel)
    engine_words = [prediction.band_text(i) for i in range(len(prediction.LOSS_BANDS))]
    for title, _, goal in panel.challenge_list:
        engine_words += [title, goal.describe()]
    _check_both_ways(panel, engine_words)
    _switch("de")
    assert panel.commit_button.text() == "Vorhersage festlegen" and panel.predict_box.title() == "Vorhersagen, dann trainieren"
    assert panel.prediction_text.text() == "Erst vorhersagen, dann trainieren."
    assert panel.score_table.horizontalHeaderItem(1).text() == "Ziel erreicht"
    _switch("en")
    assert panel.prediction_text.text() == "Predict first, then train."


def test_a_committed_prediction_says_so_again_in_the_new_language(window):
    panel = window.lesson_panel.predict_panel
    panel.commit()
    assert panel.prediction_text.text().startswith("Your prediction:")
    _switch("es")
    assert panel.prediction_text.text().startswith("Su predicción:")
    assert not panel.commit_button.isEnabled()   # still locked: switching the language changes only the words


def test_the_check_calculation_panel_in_german_and_back(window):
    window.show_tab(window.step_through)
    window.step_through.check_mode.setChecked(True)
    panel = window.step_through.check_panel
    assert panel.isVisible()
    exercise = panel.exercise
    engine_words = list(STEP_TITLES.values()) + [exercise.target_text]
    for blank in exercise.blanks:
        engine_words += [blank.label, blank.formula, blank.symbol]
    _check_both_ways(panel, engine_words)
    _switch("de")
    assert panel.check_button.text() == "Prüfen" and panel.message.text().startswith("Rechnen Sie jede Zahl")
    assert "<b>Eingaben</b>" in panel.given.text()
    _switch("en")
    assert panel.check_button.text() == "Check" and panel.message.text().startswith("Work out each number")


def test_a_checked_answer_keeps_its_mark_and_its_message_through_a_switch(window):
    window.show_tab(window.step_through)
    window.step_through.check_mode.setChecked(True)
    panel = window.step_through.check_panel
    panel.show_me()
    first = panel.exercise.blanks[0]
    panel.check()
    assert panel.verdict_of(first.key) == "right"
    _switch("de")
    assert panel.verdict_of(first.key) == "right" and panel.fields[first.key].text()
    assert "richtig" in panel.message.text()


def test_a_german_decimal_comma_is_read_as_a_number():
    from gui.check_calculation import parse_number
    _switch("de")
    assert parse_number("-0,25") == -0.25 and parse_number("1.234,5") == 1234.5 and parse_number("1.5e-3") == 0.0015


# ------------------------------------------------------------------ windows of their own

def test_the_compare_window_in_german_and_back(window, qtbot):
    _switch("de")
    compare = window.open_compare()
    qtbot.addWidget(compare)
    qtbot.waitExposed(compare)
    engine_words = list(compare.prediction.choices.values())
    if compare.challenge.challenge is not None:
        title, goal = compare.challenge.challenge
        engine_words += [title, goal.describe(), compare.challenge.status.text().split(" (")[0]]
    assert compare.windowTitle() == "Verlustfunktionen vergleichen" and compare.train_button.text() == "Trainieren"
    assert all("Epoche 0" in caption.text() for caption in compare.captions.values())
    _check_both_ways(compare, engine_words)
    assert compare.train_button.text() == "Train" and compare.windowTitle() == "Compare losses"
    legend = [label.text for _, label in compare.loss_plot.getPlotItem().legend.items]
    assert all(text.endswith("loss") for text in legend), legend
    compare.close()


def test_the_landscape_dialog_in_german_and_back(window, qtbot, shown):
    from gui.landscape_view import LandscapeDialog
    dialog = LandscapeDialog(window.session)
    shown(dialog, dialog.width(), dialog.height())
    _check_both_ways(dialog)
    _switch("de")
    assert dialog.compute_button.text() == "Berechnen" and dialog.form_labels[0].text() == "Auflösung"
    assert dialog.span.locale().name().startswith("de") and "," in dialog.span.text()
    with qtbot.waitSignal(dialog.image.sigImageChanged, timeout=10000):
        dialog.resolution.setValue(11)
        dialog.compute()
    qtbot.waitUntil(lambda: not dialog.is_computing, timeout=5000)
    assert dialog.status.text().startswith("Verlust hier: ")
    _switch("en")
    assert dialog.status.text().startswith("Loss here: ")


def test_the_validation_note_follows_the_language(window):
    note = window.loss_plot.validation.explanation
    _switch("de")
    assert note.text().startswith("Training wird auf den gelernten Zeilen gemessen")
    _switch("en")
    assert note.text().startswith("Train is measured")


# ------------------------------------------------------------------ the printed worksheet

def test_the_worksheet_in_german_has_german_headings_and_decimal_commas(qapp, tmp_path):
    from engine import experiment_file
    from engine.exercise import from_experiment
    from gui.worksheet import render
    experiment = experiment_file.load(str(ROOT / "resources" / "lessons" / "01-what-is-loss.json")).build()
    exercise = from_experiment(experiment, seed=3)
    _switch("de")
    german = render(str(tmp_path / "blatt.pdf"), exercise, sheet=3).texts
    for heading in ("Loss Explorer · Ein Trainingsschritt von Hand", "Loss Explorer · Lösungsschlüssel", "Blatt 3",
                    "Berechnen", "Wie", "Antwort"):
        assert heading in german, heading
    assert not [text for text in german if text in GERMAN], "English left on the German worksheet"
    assert any(re.search(r"\d,\d", text) for text in german), "numbers keep the decimal point"
    _switch("en")
    english = render(str(tmp_path / "sheet.pdf"), exercise, sheet=3).texts
    assert "Loss Explorer · Answer key" in english and not any(re.search(r"\d,\d{2}\b", t) for t in english if "=" in t)


def test_the_csv_preview_finds_the_cell_a_message_points_at_in_each_language():
    from gui.csv_dialog import _problem_cell
    assert _problem_cell("Line 14, column 'age': 'abc' is not a number.") == (14, "age")
    assert _problem_cell("Zeile 14, Spalte „age“: „abc“ ist keine Zahl.") == (14, "age")
    assert _problem_cell("Línea 14, columna «age»: «abc» no es un número.") == (14, "age")
    assert _problem_cell("Zeile 3 hat 2 Spalten, die Kopfzeile hat 3.") == (3, None)
