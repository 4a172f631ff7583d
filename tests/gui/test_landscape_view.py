import numpy as np
import pytest
from PySide6.QtCore import Qt

from gui.landscape_view import LandscapeDialog


def test_landscape_is_computed_in_the_background_with_the_path(qtbot, session):
    for _ in range(30):
        session.step(unit="epoch")
    dialog = LandscapeDialog(session)
    qtbot.addWidget(dialog)
    dialog.resolution.setValue(21)
    with qtbot.waitSignal(dialog.image.sigImageChanged, timeout=10000):
        qtbot.mouseClick(dialog.compute_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_computing, timeout=5000)
    assert dialog.result.loss.shape == (21, 21)
    assert dialog.result.loss[10, 10] == pytest.approx(dialog.result.center_loss)
    assert dialog.progress.value() == 100
    assert "Loss here" in dialog.status.text()
    x, y = dialog.path_curve.getData()
    assert len(x) == len(session.weight_path) and abs(x[-1]) < 1e-9 and abs(y[-1]) < 1e-9
    assert len(dialog.contours) > 0


def test_cancel_stops_the_computation(qtbot, session):
    dialog = LandscapeDialog(session)
    qtbot.addWidget(dialog)
    dialog.resolution.setValue(81)
    dialog.compute()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.is_computing, timeout=5000)
    assert dialog.result is None and dialog.status.text() == "Cancelled."
