"""The engine's sentences in the reader's language; its files and English without a translator unchanged.

The translator here reads the German catalog the window ships
(resources/translations/loss_explorer_de.ts) with the standard library, so
these tests check the real German texts without importing Qt.
"""

import json
import math
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import numpy as np
import pytest

from engine import activations, datasets, formatting, losses, optimizers, translation
from engine import experiment_file
from engine.csv_reader import read_csv_text
from engine.data_errors import DataError
from engine.events import Event
from engine.experiment_schema import ExperimentFileError, check_document
from engine.export_code import script

from .test_export_code import SMALL_CIRCLE, engine_run, run_script
from .test_trainer import diverging_run

CATALOGS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _catalog(code):
    found = {}
    for context in ElementTree.parse(CATALOGS / f"loss_explorer_{code}.ts").iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished" and translation.text:
                found[(name, message.findtext("source"))] = translation.text
    return found


@pytest.fixture
def german():
    """The engine speaking German with German separators, as the window sets it; English again afterwards."""
    catalog = _catalog("de")
    translation.use_translator(lambda context, text, n=-1: catalog.get((context, text), text))
    formatting.use_separators(",", ".")
    yield catalog
    translation.use_translator(None)
    formatting.use_separators()


CSV_WITH_TEXT = "x1,x2,label\n1,2,a\n3,4,b\n5,abc,a\n7,8,b\n9,10,a\n"
CSV_RAGGED = "x1,x2,label\n1,2,a\n3,4,b\n5,6\n7,8,b\n9,10,a\n"


def _data_error(text):
    with pytest.raises(DataError) as caught:
        read_csv_text(text)
    return str(caught.value)


def test_csv_errors_speak_german_with_their_line_and_column(german):
    assert _data_error(CSV_WITH_TEXT) == ("Zeile 4, Spalte 'x2': 'abc' ist keine Zahl. Korrigieren Sie die Zelle, "
                                          "oder entfernen Sie die Spalte.")
    ragged = _data_error(CSV_RAGGED)
    assert ragged.startswith("Zeile 4 hat 2 Zellen, aber die Kopfzeile hat 3 Spalten.")
    assert "(',')" in ragged


def test_csv_errors_are_english_without_a_translator():
    assert _data_error(CSV_WITH_TEXT) == ("Line 4, column 'x2': 'abc' is not a number. "
                                          "Fix the cell or remove the column.")
    assert _data_error(CSV_RAGGED).startswith("Line 4 has 2 cells but the header has 3 columns.")


def _refusal(setup):
    document = {"format": "loss-explorer-experiment", "version": 1, "setup": setup}
    with pytest.raises(ExperimentFileError) as caught:
        check_document(document, "lesson.json")
    return str(caught.value)


def test_experiment_file_refusals_speak_german_with_their_field(german):
    message = _refusal({"learning_rate": 0})
    assert message.startswith("'lesson.json' kann nicht geöffnet werden: setup.learning_rate ist 0; "
                              "erforderlich ist eine Zahl größer als 0 und höchstens 100.")
    assert message.endswith("oder speichern Sie das Experiment erneut.")
    # A rule built at import time still says its description in German, with German decimals.
    assert "eine Zahl zwischen 0 und 1, nicht 0 oder 1 selbst" in _refusal({"test_fraction": 1.5})
    assert "ist 1,5;" in _refusal({"test_fraction": 1.5})


def test_experiment_file_refusals_are_english_without_a_translator():
    assert _refusal({"learning_rate": 0}).startswith(
        "'lesson.json' cannot be opened: setup.learning_rate is 0; it must be a number more than 0 and at most 100.")


def _blow_up():
    return diverging_run()[1].value


def test_the_blow_up_message_speaks_german_with_its_step_and_rates(german):
    diverged = _blow_up()
    message = str(diverged)
    assert message.startswith(f"Bei Schritt {formatting.count(diverged.step)} (Epoche {diverged.epoch}) ")
    assert "Das Training wurde angehalten" in message and "wiederhergestellt" in message
    assert "Senken Sie die Lernrate (jetzt 10), etwa auf 1, und trainieren Sie erneut." in message


def test_the_blow_up_message_is_english_without_a_translator():
    message = str(_blow_up())
    assert message.startswith("The loss") and "Lower the learning rate (now 10), to 1 say, and train again." in message


def test_shown_words_follow_the_language_while_the_english_attributes_stay(german):
    mse, ce = losses.get("mse"), losses.get("cross_entropy")
    assert (mse.title, ce.label, ce.heading) == ("Mean squared error", "cross-entropy", "Cross-entropy")
    assert (mse.shown_title(), ce.shown_label(), ce.shown_heading()) == (
        "Mittlerer quadratischer Fehler", "Kreuzentropie", "Kreuzentropie")
    assert ce.formula(3) == "CE = −(1/n) Σ log p(true class)"
    assert ce.shown_formula(3) == "CE = −(1/n) Σ log p(wahre Klasse)"
    # Several outputs: German decimal commas, so the terms are split by semicolons.
    assert mse.shown_term([1.0, 0.5], [0.8, 0.25]) == "Mittelwert von ((1,000 − 0,800)²; (0,500 − 0,250)²)"
    assert activations.get("sigmoid").shown_tip() == "Sigmoid staucht seine Eingabe auf 0..1."
    assert optimizers.OPTIMIZERS["momentum"].shown_title() == "SGD + Momentum"
    assert datasets.builtin_info("xor")["shown_title"] == "Exklusives Oder"
    assert datasets.builtin_info("xor")["title"] == "Exclusive or"
    assert str(Event(3, "loss", "mse", "cross_entropy")) == "Verlustfunktion: MSE → Kreuzentropie"
    with pytest.raises(losses.LossMismatchError, match="^MAE misst, wie weit"):
        losses.get("mae").check("classification")


def test_without_a_translator_every_shown_word_is_the_english_one():
    y, y_hat = np.array([1.0, 0.0]), np.array([0.8, 0.3])
    for loss in losses.LOSSES.values():
        assert (loss.shown_title(), loss.shown_label(), loss.shown_heading()) == (loss.title, loss.label, loss.heading)
        assert loss.shown_title_in_text() == loss.title.lower()
        for n_out in (1, 2):
            assert loss.shown_formula(n_out) == loss.formula(n_out) and loss.shown_note(n_out) == loss.note(n_out)
        assert loss.shown_term(y, y_hat) == loss.term(y, y_hat)
        assert loss.shown_filled_term(y[:1], y_hat[:1]) == loss.filled_term(y[:1], y_hat[:1])
    for activation in activations.ACTIVATIONS.values():
        assert (activation.shown_title(), activation.shown_tip()) == (activation.title, activation.tip)
    for optimizer in optimizers.OPTIMIZERS.values():
        assert optimizer.shown_title() == optimizer.title
    for name in datasets.builtin_names():
        info = datasets.builtin_info(name)
        assert (info["shown_title"], info["shown_description"]) == (info["title"], info["description"])


def test_every_loss_has_its_title_in_a_sentence():
    for loss in losses.LOSSES.values():
        assert loss.title_in_text == loss.title.lower()


def test_the_exported_script_is_the_same_python_in_german(german, tmp_path):
    epochs = 3
    trained = engine_run(dict(data=SMALL_CIRCLE), epochs)
    trained.trainer.loss = "mse"  # a change of settings, so the script carries a note
    text, warnings = script(trained, "numpy", epochs=epochs)
    # What the window shows is German; the script is what English gives, and runs.
    assert warnings and warnings[0].startswith("Dieser Lauf hat seine Einstellungen")
    translation.use_translator(None)
    formatting.use_separators()
    english, english_warnings = script(trained, "numpy", epochs=epochs)
    assert text == english and english_warnings[0].startswith("This run changed its settings")
    compile(text, "run.py", "exec")
    results, _ = run_script(text, tmp_path)
    assert math.isfinite(results["train_loss"]) and results["epochs"] == epochs


def test_an_experiment_file_saved_in_german_is_the_english_file(german, tmp_path):
    experiment = engine_run(dict(data=SMALL_CIRCLE), 2)
    experiment.trainer.loss = "mse"
    experiment_file.save(str(tmp_path / "de.json"), experiment)
    translation.use_translator(None)
    formatting.use_separators()
    experiment_file.save(str(tmp_path / "en.json"), experiment)
    saved = [json.loads((tmp_path / name).read_text(encoding="utf-8")) for name in ("de.json", "en.json")]
    for document in saved:
        document.pop("saved_at", None)
    assert saved[0] == saved[1]
    events = experiment_file.load(str(tmp_path / "de.json")).build().trainer.history.events
    assert [(event.setting, event.old, event.new) for event in events] == [("loss", "cross_entropy", "mse")]
