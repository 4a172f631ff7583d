"""With the window speaking German: the engine's messages are German, the files it writes are not."""

import csv
import json
import math
import subprocess
import sys

import numpy as np
import pytest

from engine import Network, Trainer, TrainingDiverged, formatting, losses
from engine.csv_reader import read_csv_text
from engine.data_errors import DataError
from engine.experiment_schema import ExperimentFileError, check_document
from gui import language, teaching_files
from gui.loss_plot import LossPlot


@pytest.fixture
def german():
    assert language.use_language("de") == "de"
    yield
    language.use_language(language.DEFAULT)


def test_a_csv_error_is_german_with_its_line_and_column(german):
    with pytest.raises(DataError) as caught:
        read_csv_text("x1,x2,label\n1,2,a\n3,4,b\n5,abc,a\n7,8,b\n9,10,a\n")
    assert str(caught.value) == ("Zeile 4, Spalte 'x2': 'abc' ist keine Zahl. Korrigieren Sie die Zelle, "
                                 "oder entfernen Sie die Spalte.")
    language.use_language("en")
    with pytest.raises(DataError) as caught:
        read_csv_text("x1,x2,label\n1,2,a\n3,4,b\n5,abc,a\n7,8,b\n9,10,a\n")
    assert str(caught.value).startswith("Line 4, column 'x2': 'abc' is not a number.")


def test_a_validation_error_is_german_with_its_field(german):
    document = {"format": "loss-explorer-experiment", "version": 1, "setup": {"hidden_sizes": [4, 99]}}
    with pytest.raises(ExperimentFileError) as caught:
        check_document(document, "stunde.json")
    assert str(caught.value).startswith("'stunde.json' kann nicht geöffnet werden: setup.hidden_sizes[1] ist 99; "
                                        "erforderlich ist eine ganze Zahl von 1 bis 16.")


def test_the_blow_up_message_is_german(german):
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(10, 2)), 100 * rng.normal(size=(10, 1))
    trainer = Trainer(Network([2, 8, 1], ["relu", "linear"], seed=0), "mse", "sgd", learning_rate=10.0)
    with pytest.raises(TrainingDiverged) as caught:
        for _ in range(200):
            trainer.step(X, Y)
    message = str(caught.value)
    assert message.startswith(f"Bei Schritt {caught.value.step} (Epoche 0) ")
    assert "Senken Sie die Lernrate (jetzt 10), etwa auf 1, und trainieren Sie erneut." in message
    assert losses.get("cross_entropy").shown_heading() == "Kreuzentropie"


def test_loss_curve_csv_keeps_python_numbers_in_german(german, shown, session, tmp_path):
    assert formatting.number(0.5) == "0,5"
    plot = shown(LossPlot(session), 900, 350)
    for _ in range(5):
        session.step(unit="epoch")
    path = tmp_path / "curve.csv"
    plot.export_csv(str(path))
    with open(path, newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:3] == ["epoch", "train_loss", "test_loss"]
    for i, name in enumerate(rows[0]):
        written = [float(row[i]) if row[i] else math.nan for row in rows[1:]]
        np.testing.assert_array_equal(written, session.history.column(name))


def test_the_python_export_runs_in_german(german, window, tmp_path):
    session = window.session
    for _ in range(3):
        session.step(unit="epoch")
    folder = tmp_path / "empty"
    folder.mkdir()
    path = teaching_files.export_python(window, session, str(folder), kind="numpy", path=str(folder / "run.py"))
    text = (folder / "run.py").read_text(encoding="utf-8")
    compile(text, path, "exec")
    assert "Verlust" not in text
    result = subprocess.run([sys.executable, "-I", "run.py"], cwd=str(folder), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)
    assert results["epochs"] == 3
    assert abs(results["train_loss"] - float(session.history.column("train_loss")[-1])) <= 1e-9
