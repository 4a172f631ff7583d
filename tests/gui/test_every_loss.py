"""Every registered loss in the window: the selector, the formula, the step-through, the points and the landscape.

Nothing here names a loss: a loss added to ``engine.losses`` is checked by these tests as it is.
"""

import pytest
from PySide6.QtCore import Qt

from engine import losses
from gui.controls import TrainingControls
from gui.formula_panel import FormulaPanel
from gui.landscape_view import LandscapeDialog
from gui.network import NetworkView
from gui.output import OutputView
from gui.step_through import StepThroughPanel
from gui.view_state import ViewState

DATA = {"regression": "sine", "classification": "circle"}

pytestmark = pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, showing a tooltip


def uses():
    return [(loss.name, task) for loss in losses.LOSSES.values() for task in losses.TASKS if loss.fits_task(task)]


@pytest.mark.parametrize("task", losses.TASKS)
def test_the_selector_offers_the_losses_that_fit_the_data(qtbot, session, task):
    controls = TrainingControls(session)
    qtbot.addWidget(controls)
    session.load_builtin(DATA[task], n_samples=60)
    selector = controls.loss_selector
    offered = [selector.itemData(i) for i in range(selector.count())]
    assert offered == [loss.name for loss in losses.for_task(task)]
    assert selector.currentData() == losses.default_for(task).name
    assert controls.loss_formula.text() == losses.default_for(task).formula(session.network.n_outputs)


@pytest.mark.parametrize("loss_name,task", uses())
def test_picking_a_loss_trains_with_it_and_every_view_shows_it(qtbot, session, loss_name, task):
    loss = losses.get(loss_name)
    controls = TrainingControls(session)
    formula = FormulaPanel(session)
    view_state = ViewState()
    network_view = NetworkView(session, view_state)
    step_through = StepThroughPanel(session, view_state)
    output = OutputView(session, view_state)
    for widget in (controls, formula, network_view, step_through, output):
        qtbot.addWidget(widget)
    session.load_builtin(DATA[task], n_samples=60)
    selector = controls.loss_selector
    selector.setCurrentIndex(selector.findData(loss_name))
    selector.activated.emit(selector.currentIndex())
    assert session.loss_name == loss_name and selector.currentText() == loss.heading
    for _ in range(3):
        session.step(unit="epoch")
    formula.show()
    step_through.show()
    output.show()
    n_out = session.network.n_outputs

    assert controls.loss_formula.text() == loss.formula(n_out)
    formula.refresh()
    assert loss.formula(n_out) in formula.label.text().replace("&gt;", ">").replace("&lt;", "<")
    assert formula.mean == pytest.approx(session.history.column("train_loss")[-1], rel=1e-6)

    step_through.sample.setValue(2)
    text = next(stage.text for stage in step_through.walk.stages if stage.kind == "loss")
    assert loss.formula(n_out) in text

    prepared = session.prepared
    own = loss.per_sample(prepared.Y_train, session.network.forward(prepared.X_train))
    assert sorted(output.sample_losses[:len(own)]) == pytest.approx(sorted(own))
    hover = output.point_text(0)
    # The squared error is MSE's own term; every other loss is written out by name.
    assert f"loss ({loss.label}" in hover or (loss.is_squared_error and "squared error: (" in hover), hover


@pytest.mark.parametrize("loss_name", [loss.name for loss in losses.for_task("regression")])
def test_the_landscape_maps_any_loss_for_numbers(qtbot, session, loss_name):
    session.load_builtin("sine", n_samples=60)
    session.set_loss(loss_name)
    dialog = LandscapeDialog(session)
    qtbot.addWidget(dialog)
    dialog.resolution.setValue(11)
    with qtbot.waitSignal(dialog.image.sigImageChanged, timeout=10000):
        qtbot.mouseClick(dialog.compute_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_computing, timeout=5000)
    assert dialog.result.center_loss == pytest.approx(
        losses.get(loss_name).exact(session.network, session.prepared.X_train, session.prepared.Y_train))
