"""The network canvas: what it draws, and editing the network on it as a user would."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QGraphicsSimpleTextItem, QLabel, QToolTip
from PySide6.QtTest import QTest

from gui import messages, theme
from gui.network import NetworkView, NodeItem


@pytest.fixture
def view(shown, session):
    return shown(NetworkView(session), 1000, 600)


def viewport_point(view, scene_point):
    return view.mapFromScene(scene_point)


def point_on(view, item):
    """A viewport point where ``item`` is the topmost thing under the mouse."""
    if hasattr(item, "path") and not item.path().isEmpty():
        candidates = [item.mapToScene(item.path().pointAtPercent(t)) for t in np.linspace(0.15, 0.85, 29)]
    else:
        candidates = [item.sceneBoundingRect().center()]
    for scene_point in candidates:
        point = viewport_point(view, scene_point)
        hit = view.itemAt(point)
        while hit is not None and hit is not item:  # a node's picture is part of the node
            hit = hit.parentItem()
        if hit is item:
            return point
    raise AssertionError("item is hidden under others")


def click_item(qtbot, view, item):
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=point_on(view, item))


def hover(view, point):
    QTest.mouseMove(view.viewport(), point)
    QApplication.processEvents()


def shown_tooltip(view, point):
    """Ask for the tooltip the way Qt does after the mouse rests, and read what it shows."""
    event = QHelpEvent(QEvent.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


def neuron_items(view):
    return [item for item in view.scene().items() if isinstance(item, NodeItem) and item.layer > 0]


def label_texts(view):
    return {item.text() for item in view.scene().items() if isinstance(item, QGraphicsSimpleTextItem)}


def button(view, name):
    found = view.findChild(QAbstractButton, name)
    assert found is not None, name
    return found


def is_blue(color):
    return color.blue() > color.red()


# ------------------------------------------------------------------ structure

def test_neuron_items_follow_the_network(view, session):
    assert view.objectName() == "network_view"
    assert view.neuron_counts() == [2, 4, 2, 1]
    assert len(neuron_items(view)) == 7
    session.add_layer()
    assert view.neuron_counts() == [2, 4, 2, 2, 1]
    session.change_units(0, +3)
    assert view.neuron_counts() == [2, 7, 2, 2, 1]
    assert len(neuron_items(view)) == 7 + 2 + 2 + 1
    # every weight has its edge: 2*7 + 7*2 + 2*2 + 2*1
    assert len(view.edges) == 34


def test_layer_buttons_add_and_remove_hidden_layers(qtbot, view, session):
    add, remove = button(view, "add_layer_button"), button(view, "remove_layer_button")
    assert view.findChild(QAbstractButton, "add_layer_button").accessibleName()
    qtbot.mouseClick(add, Qt.LeftButton)
    assert session.setup.hidden_sizes == [4, 2, 2]
    assert view.layer_count_label.text() == "3 HIDDEN LAYERS"
    assert view.neuron_counts() == [2, 4, 2, 2, 1]
    qtbot.mouseClick(remove, Qt.LeftButton)
    qtbot.mouseClick(remove, Qt.LeftButton)
    assert session.setup.hidden_sizes == [4]
    assert view.layer_count_label.text() == "1 HIDDEN LAYER"
    qtbot.mouseClick(remove, Qt.LeftButton)
    assert session.setup.hidden_sizes == []
    assert not remove.isEnabled()
    assert view.neuron_counts() == [2, 1]
    assert len(view.edges) == 2


def test_add_layer_is_disabled_at_eight_layers(qtbot, view, session):
    session.set_hidden_layers([2] * 7, ["tanh"] * 7)
    add = button(view, "add_layer_button")
    assert add.isEnabled()
    qtbot.mouseClick(add, Qt.LeftButton)
    assert len(session.setup.hidden_sizes) == 8
    assert not add.isEnabled()
    assert add.toolTip() == messages.LAYER_LIMIT.format(limit=8)
    qtbot.mouseClick(add, Qt.LeftButton)
    assert len(session.setup.hidden_sizes) == 8
    assert view.neuron_counts() == [2] + [2] * 8 + [1]


def test_neuron_buttons_change_one_layer_within_limits(qtbot, view, session):
    plus, minus = button(view, "add_unit_button_1"), button(view, "remove_unit_button_1")
    assert view.findChild(QLabel, "unit_count_label_1").text() == "2 neurons"
    qtbot.mouseClick(plus, Qt.LeftButton)
    assert session.setup.hidden_sizes == [4, 3]
    assert view.findChild(QLabel, "unit_count_label_1").text() == "3 neurons"
    assert view.neuron_counts() == [2, 4, 3, 1]
    assert view.findChild(QAbstractButton, "add_unit_button_1") is plus  # the same button, still alive
    qtbot.mouseClick(minus, Qt.LeftButton)
    qtbot.mouseClick(minus, Qt.LeftButton)
    assert session.setup.hidden_sizes == [4, 1]
    assert not minus.isEnabled()
    session.change_units(0, 12)
    assert session.setup.hidden_sizes == [16, 1]
    assert not button(view, "add_unit_button_0").isEnabled()
    assert button(view, "add_unit_button_0").toolTip() == messages.UNIT_LIMIT.format(limit=16)
    # controls of layers that do not exist are hidden
    assert not button(view, "add_unit_button_2").isVisible()


def test_activation_picker_sets_the_layers_activation(qtbot, view, session):
    picker = view.findChild(QComboBox, "activation_picker_1")
    assert picker.isVisible() and picker.currentData() == "tanh"
    picker.setFocus()
    QTest.keyClick(picker, Qt.Key_Down)
    assert session.setup.hidden_activations == ["tanh", "relu"]
    assert session.network.activation_names[:2] == ["tanh", "relu"]
    assert picker.currentData() == "relu"


def test_session_errors_are_shown_not_raised(qtbot, view, session, monkeypatch):
    def refuse():
        raise ValueError("No room for another layer.")
    monkeypatch.setattr(session, "add_layer", refuse)
    qtbot.mouseClick(button(view, "add_layer_button"), Qt.LeftButton)
    assert view.last_message == "No room for another layer."
    assert session.setup.hidden_sizes == [4, 2]


# ------------------------------------------------------------------ inputs

def test_clicking_an_input_switches_the_feature(qtbot, view, session):
    square = view.input_node("x1^2")
    assert not square.enabled and square.opacity() < 1
    click_item(qtbot, view, square)
    qtbot.waitUntil(lambda: "x1^2" in session.prepared.input_names)
    assert session.setup.features == ["x1", "x2", "x1^2"]
    assert view.neuron_counts()[0] == 3
    assert view.input_node("x1^2").enabled
    click_item(qtbot, view, view.input_node("x1"))
    qtbot.waitUntil(lambda: "x1" not in session.prepared.input_names)
    assert session.setup.features == ["x2", "x1^2"]
    assert not view.input_node("x1").enabled
    assert len(view.edges) == 2 * 4 + 4 * 2 + 2


def test_the_last_input_cannot_be_switched_off(qtbot, view, session):
    session.set_features(["x2"])
    click_item(qtbot, view, view.input_node("x2"))
    qtbot.waitUntil(lambda: view.last_message != "")
    assert view.last_message == messages.NO_INPUTS
    assert session.prepared.input_names == ["x2"]
    assert view.input_node("x2").enabled


def test_labels_name_inputs_and_what_the_output_predicts(view, session):
    assert {"x1", "x2", "x1²", "x1·x2", "sin(x1)", "P(orange)"} <= label_texts(view)
    session.load_builtin("spiral-3")
    assert {"P(blue)", "P(orange)", "P(green)"} <= label_texts(view)
    assert view.output_activation_label.text() == "softmax"
    session.load_builtin("sine")
    assert label_texts(view) == {"x", "y"}


# ------------------------------------------------------------------ weights

def pen_state(view):
    return [(edge.pen().widthF(), edge.pen().color().name()) for edge in view.edges]


def test_edge_pens_follow_the_weights_as_training_goes(view, session):
    before = pen_state(view)
    for _ in range(40):
        session.step(unit="epoch")
    after = pen_state(view)
    assert after != before
    weights = np.concatenate([W.ravel() for W in session.network.weights])
    for edge, w in zip(view.edges, weights):
        assert is_blue(edge.pen().color()) == (w >= 0)
    widths = np.array([width for width, _ in after])
    strongest, weakest = np.argmax(np.abs(weights)), np.argmin(np.abs(weights))
    assert widths[strongest] > widths[weakest] + 1


def test_biases_are_drawn_by_sign(view, session):
    session.set_bias(0, 0, 0.8)
    session.set_bias(0, 1, -0.8)
    assert is_blue(view.node_at(1, 0).bias.brush().color())
    assert not is_blue(view.node_at(1, 1).bias.brush().color())


def pixel(view, point):
    return view.viewport().grab().toImage().pixelColor(point)


def test_every_edge_is_drawn_in_its_color_and_a_hovered_one_stands_out(view, session):
    session.set_weight(1, 2, 1, 3.0)
    session.set_weight(0, 0, 0, -3.0)
    strong, negative = view.edge(1, 2, 1), view.edge(0, 0, 0)
    point = point_on(view, strong)
    at_rest = pixel(view, point)
    assert is_blue(at_rest) and at_rest != QColor("white")
    assert not is_blue(pixel(view, point_on(view, negative)))
    hover(view, point)
    hovered = pixel(view, point)
    assert is_blue(hovered) and hovered.lightness() < at_rest.lightness()
    hover(view, QPoint(2, 2))
    assert pixel(view, point) == at_rest


def test_faint_edges_are_drawn_lighter_than_strong_ones(view, session):
    session.set_weight(1, 2, 1, 3.0)
    session.set_weight(1, 0, 0, 0.05)
    strong, faint = view.edge(1, 2, 1), view.edge(1, 0, 0)
    assert pixel(view, point_on(view, faint)).lightness() > pixel(view, point_on(view, strong)).lightness()


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, showing the tooltip
def test_hovering_an_edge_shows_weight_and_gradient(qtbot, view, session):
    edge = view.edge(1, 2, 1)
    point = point_on(view, edge)
    width = edge.pen().widthF()
    hover(view, point)
    assert edge.pen().widthF() > width  # highlighted
    w = session.network.weights[1][2, 1]
    _, grad_w, _ = session.current_gradients()
    text = shown_tooltip(view, point)
    assert f"Weight from neuron 3 of layer 1 to neuron 2 of layer 2: {w:.3f}" in text
    assert f"∂L/∂w = {grad_w[1][2, 1]:.4f}" in text
    hover(view, QPoint(2, 2))
    assert edge.pen().widthF() == pytest.approx(width)


@pytest.mark.qt_log_ignore("does not support raise")
def test_hovering_a_neuron_tells_its_bias_and_who_it_is(qtbot, view, session):
    node = view.node_at(2, 1)
    point = viewport_point(view, node.sceneBoundingRect().center())
    with qtbot.waitSignal(view.view_state.hovered_changed) as hovered:
        hover(view, point)
    assert hovered.args == [(2, 1)]
    text = shown_tooltip(view, point)
    assert "Neuron 2 of layer 2 (tanh)" in text and "∂L/∂b" in text
    with qtbot.waitSignal(view.view_state.hovered_changed) as left:
        hover(view, QPoint(2, 2))
    assert left.args == [None]


def test_clicking_an_edge_edits_its_weight(qtbot, view, session):
    edge = view.edge(0, 1, 3)
    click_item(qtbot, view, edge)
    assert view.editor.isVisible()
    assert view.editor.text() == f"{session.network.weights[0][1, 3]:.3f}"
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "0.75")
    qtbot.keyClick(view.editor, Qt.Key_Return)
    assert session.network.weights[0][1, 3] == 0.75
    assert not view.editor.isVisible()
    assert is_blue(edge.pen().color())


def focus(qtbot, view):
    view.activateWindow()
    qtbot.waitActive(view)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)


def test_the_keyboard_walks_the_diagram_and_edits_a_weight(qtbot, view, session):
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key_Down)            # the first key lands on the first input
    assert view._key_item is view.input_node("x1")
    assert "x1" in view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key_Down)
    assert view._key_item is view.input_node("x2")
    qtbot.keyClick(view, Qt.Key_Right)           # x2's first outgoing edge
    assert view._key_item is view.edge(0, 1, 0)
    qtbot.keyClick(view, Qt.Key_Down)
    qtbot.keyClick(view, Qt.Key_Down)
    qtbot.keyClick(view, Qt.Key_Down)
    edge = view.edge(0, 1, 3)
    assert view._key_item is edge and edge.hovered
    assert "weight" in view.accessibleDescription().lower()
    qtbot.keyClick(view, Qt.Key_Return)
    assert view.editor.isVisible() and view.editor.hasFocus()
    assert view.editor.text() == f"{session.network.weights[0][1, 3]:.3f}"
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "-0.5")
    qtbot.keyClick(view.editor, Qt.Key_Return)
    assert session.network.weights[0][1, 3] == -0.5
    assert view.hasFocus() and view._key_item is edge
    qtbot.keyClick(view, Qt.Key_Right)           # along the edge to the neuron it feeds
    assert view._key_item is view.node_at(1, 3)
    qtbot.keyClick(view, Qt.Key_Escape)
    assert view._key_item is None and not edge.hovered


def test_the_keyboard_switches_an_input_and_stays_on_it(qtbot, view, session):
    focus(qtbot, view)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key_Down)       # x1, x2, x1²
    assert view._key_item is view.input_node("x1^2")
    qtbot.keyClick(view, Qt.Key_Space)
    qtbot.waitUntil(lambda: "x1^2" in session.prepared.input_names)
    assert view._key_item is view.input_node("x1^2") and view.input_node("x1^2").enabled


def test_typing_no_number_shows_the_message_and_keeps_the_weight(qtbot, view, session):
    before = session.network.weights[1][0, 0]
    click_item(qtbot, view, view.edge(1, 0, 0))
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "abc")
    qtbot.keyClick(view.editor, Qt.Key_Return)
    assert view.last_message == messages.BAD_WEIGHT.format(text="abc")
    assert session.network.weights[1][0, 0] == before
    assert view.editor.isVisible()
    qtbot.keyClick(view.editor, Qt.Key_Escape)
    assert not view.editor.isVisible()


def test_clicking_a_bias_marker_edits_the_bias(qtbot, view, session):
    click_item(qtbot, view, view.node_at(3, 0).bias)
    view.editor.selectAll()
    qtbot.keyClicks(view.editor, "-1.5")
    qtbot.keyClick(view.editor, Qt.Key_Return)
    assert session.network.biases[2][0] == -1.5


# ------------------------------------------------------------------ pictures

def test_thumbnails_for_two_inputs_and_none_for_one(view, session):
    thumbs = view.thumbnail_items()
    assert len(thumbs) == 7 + 4 + 2 + 1  # every feature and every neuron
    assert all(not t.pixmap().isNull() and t.pixmap().width() == 24 for t in thumbs)
    output = view.node_at(3, 0).thumbnail.pixmap().toImage()
    for _ in range(5):
        session.step(unit="epoch")
    assert view.node_at(3, 0).thumbnail.pixmap().toImage() != output
    session.load_builtin("sine")
    assert view.thumbnail_items() == []
    assert all(node.curve is not None and not node.curve.path().isEmpty() for node in view.nodes)


def test_output_map_shows_orange_where_it_predicts_orange(view, session):
    # Circle: blue disc (class 0) inside an orange ring (class 1). After training, the
    # output's corner (ring) is orange and its centre blue.
    session.set_learning_rate(0.3)
    for _ in range(60):
        session.step(unit="epoch")
    image = view.node_at(3, 0).thumbnail.pixmap().toImage()
    corner, centre = QColor(image.pixel(1, 1)), QColor(image.pixel(12, 12))
    assert not is_blue(corner) and is_blue(centre)


# ------------------------------------------------------------------ notes and highlights from the view state

def test_annotations_are_drawn_beside_neurons(view, session):
    view.view_state.set_annotations({(1, 0): "z=0.41\na=0.39", (0, 1): "x=2"})
    assert view.annotation_text(1, 0) == "z=0.41\na=0.39"
    assert view.annotation_text(0, 1) == "x=2"
    assert view.annotation_text(2, 0) is None
    view.view_state.set_annotations({(1, 0): "z=1.00"})
    assert view.annotation_text(1, 0) == "z=1.00" and view.annotation_text(0, 1) is None
    view.view_state.set_annotations(None)
    assert view.annotation_text(1, 0) is None


def test_edge_highlight_colors_edges_by_given_values(view, session):
    weights_look = pen_state(view)
    view.view_state.set_edge_highlight({(1, 0, 0): -0.02, (1, 1, 0): 0.01})
    strong, half, other = view.edge(1, 0, 0), view.edge(1, 1, 0), view.edge(0, 0, 0)
    assert not is_blue(strong.pen().color()) and is_blue(half.pen().color())
    assert strong.pen().widthF() > half.pen().widthF() > other.pen().widthF()
    view.view_state.set_edge_highlight(None)
    assert pen_state(view) == weights_look


# ------------------------------------------------------------------ live and sizes

def test_a_live_run_redraws_and_ends_on_the_final_weights(qtbot, view, session):
    before = pen_state(view)
    with qtbot.waitSignal(session.running_changed):
        session.start()
    qtbot.waitUntil(lambda: session.snapshot.epoch >= 20, timeout=10000)
    qtbot.waitUntil(lambda: pen_state(view) != before, timeout=3000)
    with qtbot.waitSignal(session.stopped, timeout=3000):
        session.pause()
    qtbot.wait(120)  # any frame held back by the redraw limit
    weights = np.concatenate([W.ravel() for W in session.network.weights])
    assert [is_blue(edge.pen().color()) for edge in view.edges] == [bool(w >= 0) for w in weights]


@pytest.mark.parametrize("size", [(900, 500), (600, 360), (1920, 1080)])
def test_controls_stay_apart_and_inside_at_any_size(qtbot, view, session, size):
    session.set_hidden_layers([3] * 8, ["tanh"] * 8)
    view.resize(*size)
    QApplication.processEvents()
    boxes = [view.findChild(QAbstractButton, f"add_unit_button_{h}").parentWidget().geometry() for h in range(8)]
    pickers = [view.findChild(QComboBox, f"activation_picker_{h}").geometry() for h in range(8)]
    for row in (boxes, pickers):
        for left, right in zip(row, row[1:]):
            assert left.right() < right.left()
        assert all(view.rect().contains(rect) for rect in row)
    # the diagram fills the space between the bands: nodes are inside the viewport
    area = view.viewport().rect()
    for node in view.nodes:
        assert area.contains(view.mapFromScene(node.sceneBoundingRect().center()))


def test_while_training_a_costly_edge_picture_is_drawn_again_only_now_and_then(qtbot, view, session, monkeypatch):
    from gui.network.items import EdgeLayers
    monkeypatch.setattr(EdgeLayers, "CHEAP_SECONDS", -1.0)      # every picture counts as costly
    monkeypatch.setattr(EdgeLayers, "REFRESH_SECONDS", 1000.0)  # and the next is due much later
    layer = view.edge_layer
    edge = view.edges[0]
    layer.throttled = True
    layer.update()
    before = view.grab().toImage()
    positive, level, hovered = edge.pen_key
    key = (not positive, 32, hovered)                          # the other sign, as strong as it gets
    edge.set_pen_key(key)
    layer.place(edge, key)
    layer.refresh()
    assert view.grab().toImage() == before                     # held back while training
    layer.throttled = False                                    # paused: every change shows at once
    layer.refresh()
    assert view.grab().toImage() != before
