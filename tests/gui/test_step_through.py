import numpy as np
from PySide6.QtCore import Qt

from gui.network import NetworkView
from gui.step_through import StepThroughPanel
from gui.view_state import ViewState


def make(qtbot, session):
    view_state = ViewState()
    view = NetworkView(session, view_state)
    panel = StepThroughPanel(session, view_state)
    qtbot.addWidget(view)
    qtbot.addWidget(panel)
    panel.show()
    return view, panel


def test_numbers_equal_the_engines_forward_values_and_gradients(qtbot, session):
    for _ in range(5):
        session.step(unit="epoch")
    view, panel = make(qtbot, session)
    panel.sample.setValue(7)
    x, y = session.prepared.X_train[6], session.prepared.Y_train[6]
    layers = session.network.forward_layers(x[None, :])
    for k, (z, a) in enumerate(layers):
        np.testing.assert_array_equal(panel.walk.z[k], z[0])
        np.testing.assert_array_equal(panel.walk.a[k + 1], a[0])
    value, grad_w, grad_b = session.network.copy().gradients(x[None, :], y[None, :], session.loss_name)
    assert panel.walk.loss == value
    for shown, real in zip(panel.walk.grad_w, grad_w):
        np.testing.assert_array_equal(shown, real)


def test_next_previous_and_arrow_keys_walk_the_stages_on_the_canvas(qtbot, session):
    view, panel = make(qtbot, session)
    panel.set_active(True)
    assert panel.stage.kind == "input"
    qtbot.mouseClick(panel.next_button, Qt.LeftButton)
    total = len(panel.walk.stages)
    assert total == 2 + 2 * 3 + 1  # input, 3 forward, loss, 3 backward, update
    assert panel.stage.kind == "forward" and panel.position.text() == f"2 / {total}"
    assert view._annotations == panel.stage.node_text and (1, 0) in view._annotations
    panel.next_button.setFocus()
    for _ in range(3):
        qtbot.keyClick(panel.next_button, Qt.Key_Right)
    assert panel.stage.kind == "loss" and "0 would be perfect" in panel.text.text()
    qtbot.keyClick(panel.next_button, Qt.Key_Right)
    assert panel.stage.kind == "backward" and view._edge_highlight == panel.stage.edge_grad
    qtbot.keyClick(panel.next_button, Qt.Key_Left)
    assert panel.stage.kind == "loss"
    panel.set_active(False)
    assert view._annotations == {} and view._edge_highlight is None


def test_apply_update_makes_the_shown_step_real(qtbot, session):
    view, panel = make(qtbot, session)
    panel.go_to(len(panel.walk.stages) - 1)
    assert panel.stage.kind == "update" and "w ← w − η·∂L/∂w" in panel.text.text()
    expected = [w.copy() for w in panel.walk.new_weights]
    qtbot.mouseClick(panel.apply_button, Qt.LeftButton)
    for W, new in zip(session.network.weights, expected):
        np.testing.assert_array_equal(W, new)
