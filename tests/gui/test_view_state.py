"""The shared view state: the canvas writes the hovered neuron, the output view and the canvas show what it holds."""

import pytest
from PySide6.QtCore import QPoint

from gui.network import NetworkView
from gui.output import OutputView
from gui.step_through import StepThroughPanel
from gui.view_state import ViewState

from .network.test_network_view import hover, viewport_point


def test_each_part_signals_only_when_it_changes(qtbot):
    state = ViewState()
    seen = []
    state.hovered_changed.connect(lambda a: seen.append(("hovered", a)))
    state.annotations_changed.connect(lambda a: seen.append(("notes", a)))
    state.edge_highlight_changed.connect(lambda a: seen.append(("edges", a)))
    state.set_hovered((1, 2))
    state.set_hovered((1, 2))
    state.set_annotations({(1, 0): "z=1"})
    state.set_annotations({(1, 0): "z=1"})
    state.set_edge_highlight({(0, 0, 0): 0.5})
    state.clear_marks()
    state.clear_marks()
    state.set_hovered(None)
    assert seen == [("hovered", (1, 2)), ("notes", {(1, 0): "z=1"}), ("edges", {(0, 0, 0): 0.5}),
                    ("notes", {}), ("edges", None), ("hovered", None)]


def test_fits_says_whether_the_addresses_name_parts_of_a_network():
    state = ViewState()
    state.set_annotations({(0, 1): "x=2", (2, 0): "ŷ"})
    state.set_edge_highlight({(1, 3, 0): 0.1})
    assert state.fits([2, 4, 1])
    assert not state.fits([2, 3, 1])        # edge (1, 3, 0) starts at a neuron a 3-wide layer lacks
    assert not state.fits([2, 4])           # no layer 2


@pytest.mark.qt_log_ignore("does not support raise")
def test_hovering_a_neuron_on_the_canvas_shows_it_in_the_output_view(qtbot, shown, session):
    state = ViewState()
    canvas = shown(NetworkView(session, state), 1000, 600)
    output = OutputView(session, state)   # not shown: a window on top would take the mouse
    qtbot.addWidget(output)
    hover(canvas, viewport_point(canvas, canvas.node_at(1, 2).sceneBoundingRect().center()))
    assert state.hovered == (1, 2) and output.neuron == (1, 2)
    assert "Neuron 3 of hidden layer 1" in output.caption.text()
    hover(canvas, QPoint(2, 2))
    assert state.hovered is None and output.neuron is None


def test_the_step_through_writes_its_stage_to_the_state_the_canvas_draws(qtbot, session):
    state = ViewState()
    canvas = NetworkView(session, state)
    panel = StepThroughPanel(session, state)
    for widget in (canvas, panel):
        qtbot.addWidget(widget)
    panel.show()
    panel.set_active(True)
    panel.move(1)
    assert state.annotations == panel.stage.node_text == canvas._annotations
    assert canvas.annotation_text(1, 0) == panel.stage.node_text[(1, 0)]
    panel.set_active(False)
    assert state.annotations == {} and state.edge_highlight is None and canvas.annotation_text(1, 0) is None
