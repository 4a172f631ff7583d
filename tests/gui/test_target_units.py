"""Regression losses in the target's units in the window: read-outs, formula, squares, histogram."""

import numpy as np
import pytest

from engine.data import read_csv
from engine.datasets import Dataset
from engine.formatting import number
from gui.formula_panel import FormulaPanel
from gui.output import OutputView
from gui.readouts import Readouts
from resources import path as resource_path

NOTE = "The network works on standardized targets; here in progression units."


@pytest.fixture
def diabetes(session):
    session.set_dataset(read_csv(resource_path("data", "diabetes.csv")))
    session.set_optimizer("adam")
    session.set_learning_rate(0.01)
    for _ in range(5):
        session.step(unit="epoch")
    return session


def data_unit_mse(session, rows):
    prepared = session.prepared
    predicted = prepared.decode(session.network.forward(prepared.transform(session.dataset.X[rows])))
    return float(np.mean((predicted - session.dataset.y[rows]) ** 2))


def test_readouts_say_standardized_and_give_the_loss_in_progression_squared(qtbot, diabetes):
    readouts = Readouts(diabetes)
    qtbot.addWidget(readouts)
    assert readouts.labels["train_loss"].text() == "Train loss (standardized)"
    tip = readouts.values["test_loss"].toolTip()
    expected = data_unit_mse(diabetes, diabetes.prepared.test_index)
    assert NOTE in tip and f"{number(expected)} progression²" in tip


def test_formula_shows_the_mean_in_target_units_and_the_raw_targets(qtbot, diabetes):
    panel = FormulaPanel(diabetes)
    qtbot.addWidget(panel)
    panel.show()
    text = panel.label.text()
    expected = data_unit_mse(diabetes, diabetes.prepared.train_index)
    assert NOTE in text and f"{number(expected)} progression²" in text
    first = diabetes.dataset.y[diabetes.prepared.train_index[:3]]
    assert "the first targets are " + ", ".join(number(v) for v in first) in text


def test_histogram_of_point_losses_is_in_progression_squared(qtbot, diabetes):
    view = OutputView(diabetes)
    qtbot.addWidget(view)
    view.show()
    histogram = view.histogram
    histogram.refresh()
    assert histogram.mean == pytest.approx(data_unit_mse(diabetes, diabetes.prepared.train_index), rel=1e-9)
    assert "in progression²" in histogram.title.text()


def test_squares_add_up_to_n_times_the_mse_in_target_units(qtbot, session):
    x = np.linspace(0, 6, 80)
    y = 150 + 60 * np.sin(x)
    dataset = Dataset("wave.csv", "regression", x[:, None], y, ["x"], "height", [],
                      {"kind": "csv", "path": "wave.csv", "target": "height", "task": "regression"})
    session.set_dataset(dataset)
    view = OutputView(session)
    qtbot.addWidget(view)
    view.resize(480, 760)
    view.show()
    qtbot.waitExposed(view)
    session.step(unit="epoch")
    view.refresh()
    mse = data_unit_mse(session, session.prepared.train_index)
    assert view.square_areas.sum() == pytest.approx(len(session.prepared.train_index) * mse, rel=1e-9)
    assert "training MSE in height units" in view.note.text() and "height²" in view.note.text()


def test_builtin_sets_keep_their_units_and_say_nothing(qtbot, session):
    session.load_builtin("plane")
    readouts = Readouts(session)
    qtbot.addWidget(readouts)
    assert readouts.labels["train_loss"].text() == "Train loss"
    assert "standardized" not in readouts.values["train_loss"].toolTip()
