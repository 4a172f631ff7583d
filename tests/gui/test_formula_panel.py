import numpy as np
import pytest

from engine import losses
from gui.formula_panel import FormulaPanel, describe


def test_mse_formula_substitutes_real_numbers_and_its_mean_is_the_loss():
    Y = np.array([[1.0], [0.0], [2.0], [3.0]])
    Y_pred = np.array([[0.5], [2.0], [2.0], [3.0]])
    text, mean = describe("mse", Y, Y_pred)
    assert "MSE = (1/n) Σ (y − ŷ)²" in text
    assert "(0.000 − 2.000)²" in text and "4.000" in text   # a miss of 2 costs 4
    assert mean == pytest.approx(losses.mse(Y, Y_pred))


def test_binary_cross_entropy_terms():
    Y = np.array([[1.0], [0.0]])
    P = np.array([[0.8], [0.3]])
    text, mean = describe("cross_entropy", Y, P)
    assert "−log 0.800" in text and "−log(1 − 0.300)" in text
    assert mean == pytest.approx(losses.cross_entropy(Y, P))


def test_panel_follows_training_and_the_loss_switch(qtbot, session):
    panel = FormulaPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    before = panel.mean
    for _ in range(20):
        session.step(unit="epoch")
    assert panel.mean < before
    assert panel.mean == pytest.approx(session.history.column("train_loss")[-1], rel=1e-6)
    assert "CE = " in panel.label.text()
    session.set_loss("mse")
    assert "MSE = " in panel.label.text()
