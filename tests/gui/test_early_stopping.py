"""Validation rows and early stopping in the window: the stop condition, the curve, the markers, the best epoch."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine.data import read_csv
from gui.controls import TrainingControls
from gui.loss_plot import LossPlot
from gui.validation_curve import CURVE_NAME, WHY_THREE, WHY_TWO
from gui.worker import StopReason
from resources import path as resource_path


@pytest.fixture
def diabetes(session):
    session.set_dataset(read_csv(resource_path("data", "diabetes.csv")))
    session.set_optimizer("adam")
    session.set_learning_rate(0.01)
    session.set_batch_size(200)
    return session


@pytest.fixture
def controls(qtbot, diabetes):
    widget = TrainingControls(diabetes)
    qtbot.addWidget(widget)
    widget.show()
    return widget.early_stopping


@pytest.fixture
def plot(shown, diabetes):
    return shown(LossPlot(diabetes), 800, 320)


def test_ticking_stop_early_sets_aside_validation_rows_and_the_patience(controls, diabetes, qtbot):
    assert not controls.stop_early.isChecked() and diabetes.prepared.val_index.size == 0
    qtbot.mouseClick(controls.stop_early, Qt.LeftButton)
    assert diabetes.setup.early_stopping == 20 and diabetes.setup.validation_fraction == 0.1
    assert diabetes.prepared.val_index.size == round(0.1 * (442 - 221))
    assert diabetes.experiment.trainer.early_stopping == 20
    assert controls.validation_fraction.value() == pytest.approx(0.1) and controls.stop_early.isChecked()
    controls.patience.setValue(7)
    assert diabetes.setup.early_stopping == 7 == diabetes.experiment.trainer.early_stopping


def test_no_validation_rows_switches_early_stopping_off(controls, diabetes, qtbot):
    qtbot.mouseClick(controls.stop_early, Qt.LeftButton)
    controls.validation_fraction.setValue(0.0)
    assert diabetes.setup.early_stopping is None and diabetes.prepared.val_index.size == 0
    assert not controls.stop_early.isChecked()


def test_a_run_stops_early_and_the_plot_marks_best_and_stopped_epochs(controls, plot, diabetes, qtbot):
    assert plot.validation.explanation.text() == WHY_TWO
    controls.patience.setValue(5)
    qtbot.mouseClick(controls.stop_early, Qt.LeftButton)
    assert plot.validation.explanation.text() == WHY_THREE
    with qtbot.waitSignal(diabetes.stopped, timeout=20000) as stopped:
        diabetes.start()
    assert stopped.args == [StopReason.EARLY_STOPPED]
    snapshot = diabetes.snapshot
    assert snapshot.stopped_epoch == snapshot.best_epoch + 5 == snapshot.epoch
    epochs, values = plot.curve_data(CURVE_NAME)
    np.testing.assert_array_equal(values, diabetes.history.column("val_loss"))
    assert int(np.argmin(values)) + 1 == snapshot.best_epoch
    assert plot.validation.markers == {"best": snapshot.best_epoch, "stopped": snapshot.stopped_epoch}
    assert CURVE_NAME in [label.text for _, label in plot.legend.items]
    assert f"epoch {snapshot.best_epoch:,}" in controls.summary.text() and "Stopped at epoch" in controls.summary.text()
    assert not diabetes.is_running and controls.best_button.isEnabled()


def test_go_to_best_epoch_puts_back_the_lowest_validation_loss(controls, diabetes, qtbot):
    qtbot.mouseClick(controls.stop_early, Qt.LeftButton)
    diabetes.set_early_stopping(None)   # train on past the best, with validation rows kept
    for _ in range(60):
        diabetes.step(unit="epoch")
    trainer = diabetes.experiment.trainer
    val_loss = diabetes.history.column("val_loss")
    assert trainer.best_epoch < 60 and trainer.evaluate()["val_loss"] > val_loss.min()
    qtbot.mouseClick(controls.best_button, Qt.LeftButton)
    assert trainer.evaluate()["val_loss"] == pytest.approx(val_loss.min(), rel=1e-12)
    # The window's copy of the weights follows.
    outputs = diabetes.network.forward(diabetes.prepared.X_val)
    np.testing.assert_allclose(outputs, trainer.network.forward(diabetes.prepared.X_val))
    assert len(diabetes.history) == 60


def test_without_validation_rows_there_is_no_validation_curve_and_no_best_epoch(controls, plot, diabetes):
    for _ in range(3):
        diabetes.step(unit="epoch")
    assert CURVE_NAME not in [label.text for _, label in plot.legend.items]
    assert plot.validation.markers == {} and not controls.best_button.isEnabled()


def test_the_data_line_counts_the_validation_rows(controls, diabetes, qtbot):
    from gui.data_panel import describe_data
    assert "validation" not in describe_data(diabetes)
    qtbot.mouseClick(controls.stop_early, Qt.LeftButton)
    prepared = diabetes.prepared
    assert (f"{len(prepared.train_index):,} train / {len(prepared.val_index):,} validation / "
            f"{len(prepared.test_index):,} test") in describe_data(diabetes)
