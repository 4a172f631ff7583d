"""The network canvas: inputs on the left, hidden layers, the output on the right.

Every edge is drawn with a width and opacity that grow with its weight, blue
for positive and orange for negative. With 2-D data every node shows what it
computes over the input plane as a small heat map; with 1-D data a small curve.
The canvas is also where the network is edited: buttons above the columns add
and remove layers and neurons, a picker below each hidden column sets its
activation, clicking an input switches that feature, clicking an edge or a
bias marker types in a new value.

Items are made on ``network_changed``/``data_changed``; a new snapshot only
changes pens, pixmaps and curves.

The canvas's parts: ``items`` (graphics items), ``layout`` (placing them),
``painting`` (per-frame updates), ``tooltips`` and ``keyboard`` (with the value editor).

Preview: ``python -m gui.network.view``.
"""

import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGraphicsItem, QGraphicsPathItem, QGraphicsPixmapItem,
                               QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QHBoxLayout,
                               QLabel, QToolButton, QWidget)

from engine.datasets import shown_class_name
from engine import activations as engine_activations
from engine.experiment import MAX_HIDDEN_LAYERS, MAX_UNITS

from .. import messages
from ..language import Retranslating
from ..view_state import ViewState
from .items import BiasItem, EdgeItem, EdgeLayers, MoreInputsItem, NodeItem
from .keyboard import KeyboardAndEditor, _ValueEditor
from .layout import CanvasLayout
from .painting import LivePainting
from .style import (BOTTOM_BAND, _BUTTON_STYLE, CURVE_POINTS, LABEL_FONT_PX, MAX_INPUT_ROWS, MIN_FRAME_SECONDS, NODE,
                    _SMALL_TEXT_STYLE, THUMB_RESOLUTION, TOP_BAND, canvas_colors)
from .tooltips import HoverAndTooltips, pretty_feature

translate = QCoreApplication.translate


class NetworkView(Retranslating, CanvasLayout, LivePainting, HoverAndTooltips, KeyboardAndEditor, QGraphicsView):
    """The network as a diagram that trains live and can be edited in place.

    It writes the neuron under the mouse to ``view_state`` and draws the notes
    and edge highlights that ``view_state`` holds.
    """

    def __init__(self, session, view_state=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.view_state = view_state if view_state is not None else ViewState(self)
        self.setObjectName("network_view")
        self.setScene(QGraphicsScene(self))
        self.scene().setItemIndexMethod(QGraphicsScene.NoIndex)
        self.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform | QPainter.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.NoFrame)
        self._colors = canvas_colors(QApplication.palette())
        self._paint_background()
        self._ui = 1.0             # the controls grow on a big screen, a projector say
        self._zoom = 1.0           # and with the window's presentation zoom
        self.setMinimumSize(360, 260)

        self.nodes = []            # every NodeItem, column by column
        self.columns = []          # per column (inputs, hidden..., output) its NodeItems
        self.edges = []            # EdgeItem in the order of the flattened weights
        self.last_message = ""
        self._structure = None
        self._mode = "plain"       # "map" (2-D), "curve" (1-D) or "plain"
        self._hovered_edge = None
        self._hovered_node = None
        self._annotations = self.view_state.annotations          # what is drawn: the view state's, as of its
        self._edge_highlight = self.view_state.edge_highlight    # latest signal
        self._pens = {}
        self._column_x = []
        self._scene_box = QRectF()
        self._curve_x = None
        self._label_font = QFont()
        self._label_font.setPixelSize(LABEL_FONT_PX)

        self._last_update = 0.0

        self._build_controls()
        self.editor = _ValueEditor(self)
        self.editor.setObjectName("weight_editor")
        self.editor.setFixedWidth(96)
        self.editor.hide()
        self._apply_ui_scale(1.0)
        self.editor.returnPressed.connect(self._commit_editor)
        self.message_bubble = QLabel(self)
        self.message_bubble.setObjectName("network_message")
        self.message_bubble.setWordWrap(True)
        self.message_bubble.setStyleSheet("QLabel { background: #fff4e5; color: #3a2a00; border: 1px solid #f59322;"
                                          " border-radius: 4px; padding: 5px 8px; font-size: 12px; }")
        self.message_bubble.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message_bubble.hide)
        self._editing = None
        # The keyboard's place on the canvas: a node, or an edge reached from
        # ``_key_anchor`` (a node) going right (its outputs) or left (its inputs).
        self._key_item = None
        self._key_anchor = None
        self._key_direction = 1
        self.setFocusPolicy(Qt.StrongFocus)

        session.data_changed.connect(self._on_structure_changed)
        session.network_changed.connect(self._on_structure_changed)
        session.snapshot_changed.connect(self._on_snapshot_changed)
        self.view_state.annotations_changed.connect(self._on_annotations_changed)
        self.view_state.edge_highlight_changed.connect(self._on_edge_highlight_changed)
        self._on_structure_changed()
        self.retranslate()

    def retranslate(self):
        self.setAccessibleName(self.tr("network diagram"))
        self._description = self.tr(
            "Inputs on the left, hidden layers in the middle, the output on the right. Edge width shows the size "
            "of each weight; blue is positive, orange negative. Click an input to switch it, click an edge to "
            "type a new weight. With the keyboard: arrows move, Enter switches an input or edits a value.")
        self.setAccessibleDescription(self._description)
        self.editor.setLocale(QLocale())
        if self._editing is None:
            self.editor.setAccessibleName(self.tr("new value"))
            self.editor.setToolTip(self.tr("Type a number and press Enter; Escape cancels."))
        self.message_bubble.setAccessibleName(self.tr("message"))
        self.remove_layer_button.setAccessibleName(self.tr("remove a hidden layer"))
        self.add_layer_button.setAccessibleName(self.tr("add a hidden layer"))
        self.inputs_title.setText(self.tr("FEATURES"))
        self.inputs_title.setToolTip(self.tr("Click a feature to switch it on or off as an input of the network."))
        self.outputs_title.setText(self.tr("OUTPUT"))
        self.outputs_title.setToolTip(self.tr("What the network predicts."))
        for h, (box, minus, count, plus, picker) in enumerate(self.layer_controls):
            minus.setAccessibleName(self.tr("remove a neuron from hidden layer {layer}").format(layer=h + 1))
            plus.setAccessibleName(self.tr("add a neuron to hidden layer {layer}").format(layer=h + 1))
            picker.setAccessibleName(self.tr("activation of hidden layer {layer}").format(layer=h + 1))
            picker.setToolTip(self.tr("Activation of hidden layer {layer}").format(layer=h + 1))
            for index, activation in enumerate(engine_activations.HIDDEN):
                picker.setItemText(index, activation.shown_title())
                picker.setItemData(index, activation.shown_tip(), Qt.ToolTipRole)
            picker.setProperty("narrow", None)   # placed again for the new words
        if self.nodes:
            # The labels drawn in the scene ("P(class 1)") and every tooltip, in the new language.
            self._rebuild()

    # ------------------------------------------------------- controls

    def _tool_button(self, text, name):
        # Its accessible name is set in ``retranslate``, its tooltip with the layer it acts on (``_sync_controls``).
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setCursor(Qt.PointingHandCursor)
        return button

    def _build_controls(self):
        self.header = QWidget(self)
        self.header.setObjectName("layer_header")
        layout = QHBoxLayout(self.header)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.remove_layer_button = self._tool_button("−", "remove_layer_button")
        self.add_layer_button = self._tool_button("+", "add_layer_button")
        self.remove_layer_button.clicked.connect(self._remove_layer)
        self.add_layer_button.clicked.connect(self._add_layer)
        self.layer_count_label = QLabel()
        self.layer_count_label.setObjectName("layer_count_label")
        layout.addWidget(self.remove_layer_button)
        layout.addWidget(self.add_layer_button)
        layout.addSpacing(6)
        layout.addWidget(self.layer_count_label)

        self.inputs_title = QLabel(self)
        self.outputs_title = QLabel(self)
        self.output_activation_label = QLabel(self)
        self.output_activation_label.setObjectName("output_activation_label")
        for label in (self.inputs_title, self.outputs_title, self.output_activation_label):
            label.setAlignment(Qt.AlignCenter)

        # One set per possible hidden layer, made once and shown as needed, so a
        # click never deletes the button it came from.
        self.layer_controls = []
        for h in range(MAX_HIDDEN_LAYERS):
            box = QWidget(self)
            box.setObjectName(f"layer_controls_{h}")
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(3)
            minus = self._tool_button("−", f"remove_unit_button_{h}")
            plus = self._tool_button("+", f"add_unit_button_{h}")
            count = QLabel()
            count.setObjectName(f"unit_count_label_{h}")
            count.setAlignment(Qt.AlignCenter)
            minus.clicked.connect(lambda _=False, h=h: self._change_units(h, -1))
            plus.clicked.connect(lambda _=False, h=h: self._change_units(h, +1))
            row.addWidget(minus)
            row.addWidget(count)
            row.addWidget(plus)
            picker = QComboBox(self)
            picker.setObjectName(f"activation_picker_{h}")
            for activation in engine_activations.HIDDEN:
                picker.addItem(activation.title, activation.name)   # titles and tips: ``retranslate``
            picker.activated.connect(lambda index, h=h: self._pick_activation(h, index))
            box.hide()
            picker.hide()
            self.layer_controls.append((box, minus, count, plus, picker))

    def _paint_background(self):
        self.setBackgroundBrush(QBrush(self._colors["background"]))

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        # The theme's palette, not this widget's: its own style sheets change that.
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            colors = canvas_colors(QApplication.palette())
            if {k: c.name() for k, c in colors.items()} != {k: c.name() for k, c in self._colors.items()}:
                self._colors = colors
                self._paint_background()
                self._apply_ui_scale(self._ui)
                if self.nodes:  # items drawn in the old colors are made again
                    self._rebuild()
                    self._update()
        super().changeEvent(event)

    def _style(self, template, **values):
        for name, color in self._colors.items():
            template = template.replace("{" + name + "}", color.name())
        for name, value in values.items():
            template = template.replace("{" + name + "}", str(value))
        return template

    def _apply_ui_scale(self, scale):
        self._ui = scale

        def px(n):
            return int(round(n * scale))
        self.setViewportMargins(0, px(TOP_BAND), 0, px(BOTTOM_BAND))
        button_style = self._style(_BUTTON_STYLE, radius=px(22) // 2, font=px(14))
        buttons = [self.add_layer_button, self.remove_layer_button] + \
            [b for c in self.layer_controls for b in (c[1], c[3])]
        for button in buttons:
            button.setFixedSize(px(22), px(22))
            button.setStyleSheet(button_style)
        self.layer_count_label.setStyleSheet(self._style("color: {text}; font-size: {font}px; font-weight: bold;"
                                                         " letter-spacing: 0.5px;", font=px(13)))
        for label in (self.inputs_title, self.outputs_title, self.output_activation_label):
            label.setStyleSheet(self._style(_SMALL_TEXT_STYLE, font=px(11)))
        for box, minus, count, plus, picker in self.layer_controls:
            count.setStyleSheet(self._style("color: {text}; font-size: {font}px;", font=px(12)))
            picker.setProperty("narrow", None)  # restyled at the next placement, in the new size

    def _sync_controls(self):
        hidden = self.session.hidden_sizes()
        n = len(hidden)
        self.layer_count_label.setText(self.tr("%n hidden layer(s)", "", n).upper())
        self.layer_count_label.setToolTip(self.tr("The network has %n hidden layer(s).", "", n))
        self.add_layer_button.setEnabled(n < MAX_HIDDEN_LAYERS)
        self.add_layer_button.setToolTip(self.tr("Add a hidden layer after the last one") if n < MAX_HIDDEN_LAYERS
                                         else messages.LAYER_LIMIT.format(limit=MAX_HIDDEN_LAYERS))
        self.remove_layer_button.setEnabled(n > 0)
        self.remove_layer_button.setToolTip(self.tr("Remove the last hidden layer") if n > 0
                                            else self.tr("There are no hidden layers to remove."))
        activations = list(self.session.setup.hidden_activations)
        for h, (box, minus, count, plus, picker) in enumerate(self.layer_controls):
            if h >= n:
                box.hide()
                picker.hide()
                continue
            units = hidden[h]
            count.setText(str(units))
            count.setToolTip(self.tr("Hidden layer {layer} has %n neuron(s).", "", units).format(layer=h + 1))
            minus.setEnabled(units > 1)
            minus.setToolTip(self.tr("Remove a neuron from hidden layer {layer}").format(layer=h + 1) if units > 1
                             else self.tr("A layer keeps at least one neuron; remove the whole layer with − above "
                                          "instead."))
            plus.setEnabled(units < MAX_UNITS)
            plus.setToolTip(self.tr("Add a neuron to hidden layer {layer}").format(layer=h + 1) if units < MAX_UNITS
                            else messages.UNIT_LIMIT.format(limit=MAX_UNITS))
            picker.blockSignals(True)
            index = picker.findData(activations[h] if h < len(activations) else "tanh")
            picker.setCurrentIndex(max(index, 0))
            picker.blockSignals(False)
            box.show()
            picker.show()
        output = self.session.network.activations[-1]
        self.output_activation_label.setText(output.shown_title())
        self.output_activation_label.setToolTip(self.tr("The output layer's activation: {tip}").format(
            tip=output.shown_tip()))
        self._place_controls()

    def _place_controls(self):
        """Put the buttons and pickers above and below their columns."""
        if not self._column_x or len(self._column_x) != len(self.columns):
            return  # the items are being rebuilt; _layout places the controls when done

        def px(n):
            return int(round(n * self._ui))
        offset = self.viewport().geometry().topLeft()
        centers = [offset.x() + self.mapFromScene(QPointF(x + NODE / 2, 0)).x() for x in self._column_x]
        pitch = centers[1] - centers[0] if len(centers) > 1 else px(120)
        width = int(max(px(56), min(pitch - 6, px(118))))
        bottom = self.viewport().geometry().bottom() + px(5)
        n_hidden = len(centers) - 2
        for h, (box, minus, count, plus, picker) in enumerate(self.layer_controls):
            if h >= n_hidden:
                continue
            x = centers[h + 1]
            units = len(self.columns[h + 1])
            # "4 neurons" where the column has room for the words (German needs more), else just "4".
            words = self.tr("%n neuron(s)", "", units)
            count.ensurePolished()
            wide_width = px(22 * 2 + 6) + max(px(66), count.fontMetrics().horizontalAdvance(words) + px(4))
            wide = width >= px(112) and wide_width <= pitch - 4
            count.setText(words if wide else str(units))
            box_width = wide_width if wide else px(22 * 2 + 6 + 18)
            # Too narrow for the number: the column itself shows how many neurons there are.
            count.setVisible(box_width <= pitch - 4)
            if not count.isVisible():
                box_width = px(22 * 2 + 3)
            box.setGeometry(int(x - box_width / 2), px(34), box_width, px(22))
            picker.setGeometry(int(x - width / 2), bottom, width, px(22))
            narrow = width < px(66)  # too narrow for the arrow: the name matters more
            if picker.property("narrow") != narrow:
                picker.setProperty("narrow", narrow)
                if narrow:
                    picker.setStyleSheet(self._style(
                        "QComboBox { font-size: {font}px; padding: 1px 2px; border: 1px solid {border};"
                        " border-radius: 3px; background: {background}; color: {text}; }"
                        "QComboBox::drop-down { width: 0px; border: none; } QComboBox::down-arrow { image: none; }",
                        font=px(12)))
                else:
                    picker.setStyleSheet(f"QComboBox {{ font-size: {px(12)}px; padding: 1px 4px; }}")
        for label, x, y in ((self.inputs_title, centers[0], px(36)), (self.outputs_title, centers[-1], px(36)),
                            (self.output_activation_label, centers[-1], bottom + px(3))):
            label.setGeometry(int(min(max(x - px(60), 0), self.width() - px(120))), y, px(120), px(18))
        # Column titles only where they do not run into the neighbouring column's buttons.
        title_room = pitch / 2 - (px(25) if n_hidden else 0)
        for label in (self.inputs_title, self.outputs_title):
            label.ensurePolished()
            label.setVisible(label.fontMetrics().horizontalAdvance(label.text()) / 2 + 4 <= title_room)
        if n_hidden:
            middle = (centers[1] + centers[-2]) / 2
        else:
            middle = (centers[0] + centers[-1]) / 2
        self.header.adjustSize()
        self.header.move(int(middle - self.header.width() / 2), px(5))
        for widget in [self.header] + [w for c in self.layer_controls for w in (c[0], c[4])]:
            widget.raise_()

    # ------------------------------------------------------- session edits

    def _call(self, action, *args):
        """Run a session edit; show its ValueError instead of letting it escape a slot."""
        try:
            action(*args)
        except ValueError as e:
            self.show_message(str(e))
            return False
        return True

    def _add_layer(self):
        self._call(self.session.add_layer)

    def _remove_layer(self):
        self._call(self.session.remove_layer)

    def _change_units(self, layer, delta):
        self._call(self.session.change_units, layer, delta)

    def _pick_activation(self, layer, index):
        name = self.layer_controls[layer][4].itemData(index)
        if name and name != self.session.setup.hidden_activations[layer]:
            self._call(self.session.set_activation, layer, name)

    def toggle_feature(self, feature):
        """Switch one input feature on or off, refusing to switch off the last one."""
        enabled = list(self.session.prepared.input_names)
        available = self._available_features()
        if feature in enabled and len(enabled) == 1:
            self.show_message(messages.NO_INPUTS)
            return
        wanted = [f for f in available if (f in enabled) != (f == feature)]
        self._call(self.session.set_features, wanted)

    def _available_features(self):
        # For a CSV the session offers only the columns switched on; every column
        # of the data set stays on the canvas so a switched-off one can come back.
        available = self.session.available_features()
        columns = list(self.session.dataset.feature_names)
        return columns if set(available) <= set(columns) else available

    def show_message(self, text, global_pos=None):
        """Tell the user something briefly, next to the mouse (or ``global_pos``)."""
        self.last_message = text
        bubble = self.message_bubble
        bubble.setText(text)
        bubble.setMaximumWidth(max(200, min(360, self.width() - 8)))
        bubble.adjustSize()
        point = self.mapFromGlobal(global_pos or QCursor.pos())
        x = min(max(point.x() + 12, 4), self.width() - bubble.width() - 4)
        y = min(max(point.y() + 16, 4), self.height() - bubble.height() - 4)
        bubble.move(x, y)
        bubble.show()
        bubble.raise_()
        self._message_timer.start(4000 + 40 * len(text))

    # ------------------------------------------------------- structure

    def _structure_key(self):
        network = self.session.network
        return (tuple(self._available_features()), tuple(self.session.prepared.input_names),
                tuple(network.sizes), tuple(network.activation_names), id(self.session.dataset))

    def _on_structure_changed(self):
        if self._structure_key() != self._structure:
            self._rebuild()
        else:
            self._sync_controls()
            self._update()

    def _on_snapshot_changed(self):
        if self._structure_key() != self._structure:
            self._rebuild()
            return
        if self.session.is_running:
            # No Python paintEvent: the canvas is painted by Qt alone (the
            # edges' picture is cached, gui.network.items.EdgeLayers), which
            # leaves Python's GIL to the training meanwhile.
            if time.perf_counter() < self._last_update + MIN_FRAME_SECONDS:
                # Skip this frame; the next snapshot (or the one sent when
                # training stops) draws the latest weights. A timer here would
                # paint while the worker trains, fighting it for the GIL.
                return
        self._update()

    def _rebuild(self):
        session = self.session
        if self._hovered_node is not None:
            self.view_state.set_hovered(None)
        self._hovered_edge = self._hovered_node = None
        kept = self._key_item if isinstance(self._key_item, NodeItem) else None
        self._key_item = self._key_anchor = None
        self.editor.hide()
        self.message_bubble.hide()
        self._editing = None
        self.scene().clear()
        self.nodes, self.columns, self.edges, self._column_x = [], [], [], []
        self._structure = self._structure_key()
        network = session.network
        dataset = session.dataset
        n_raw = dataset.X.shape[1]
        self._mode = "map" if n_raw == 2 else "curve" if n_raw == 1 else "plain"

        enabled = list(session.prepared.input_names)
        available = self._available_features()
        inputs = []
        for feature in available:
            unit = enabled.index(feature) if feature in enabled else None
            node = NodeItem(self, 0, unit, feature=feature, enabled=unit is not None)
            inputs.append(node)
        self.columns.append(inputs)
        for layer, units in enumerate(network.sizes[1:], start=1):
            self.columns.append([NodeItem(self, layer, u) for u in range(units)])
        by_unit = {node.unit: node for node in inputs if node.unit is not None}
        sources = [by_unit[u] for u in range(len(enabled))]
        for column in self.columns:
            for node in column:
                self.scene().addItem(node)
                self.nodes.append(node)
                if node.layer > 0:
                    node.bias = BiasItem(self, node)
                if self._mode == "map":
                    node.thumbnail = QGraphicsPixmapItem(node)
                    node.thumbnail.setTransformationMode(Qt.SmoothTransformation)
                    node.thumbnail.setScale(NODE / THUMB_RESOLUTION)
                    node.thumbnail.setAcceptedMouseButtons(Qt.NoButton)
                    # The node's own border (dark while hovered) is drawn over its picture.
                    node.thumbnail.setFlag(QGraphicsItem.ItemStacksBehindParent)
                    node.setBrush(Qt.NoBrush)
                elif node.unit is not None:
                    node.curve = QGraphicsPathItem(node)
                    node.curve.setPen(QPen(self._colors["text"], 1.6 if self._mode == "curve" else 1.0))
                    if self._mode == "plain":
                        node.curve.setBrush(QBrush(self._colors["faint"]))
                    node.curve.setAcceptedMouseButtons(Qt.NoButton)

        for k in range(len(network.weights)):
            previous = sources if k == 0 else self.columns[k]
            for i in range(len(previous)):
                for j in range(network.sizes[k + 1]):
                    edge = EdgeItem(self, k, i, j)
                    self.scene().addItem(edge)
                    self.edges.append(edge)
        self._edge_nodes = [(sources[e.i] if e.k == 0 else self.columns[e.k][e.i], self.columns[e.k + 1][e.j])
                            for e in self.edges]
        self.edge_layer = EdgeLayers(self, len(network.weights))
        self.edge_layer.add_to(self.scene())

        if getattr(self, "_input_window_for", None) != available:
            self._input_offset = 0
        self._input_window_for = available
        wide = len(inputs) > MAX_INPUT_ROWS
        self._more_inputs = [MoreInputsItem(self, -1), MoreInputsItem(self, 1)] if wide else []
        for marker in self._more_inputs:
            marker.setFont(self._label_font)
            self.scene().addItem(marker)
        self._labels = []
        for node in inputs:
            self._labels.append((node, self._text(pretty_feature(node.feature), node.enabled), "left"))
        for node, title in zip(self.columns[-1], self._output_titles()):
            self._labels.append((node, self._text(title, True), "right"))
        if self._mode == "map":
            self._draw_input_maps(inputs)
            self._register_pictures()
        elif self._mode == "curve":
            x0, x1, _, _ = session.input_extent()
            self._curve_x = np.linspace(x0, x1, CURVE_POINTS)
        self._pens.clear()
        self._sync_controls()
        self._layout()
        self._apply_annotations()
        self._update()
        if kept is not None and self.hasFocus():
            # Switching an input with the keyboard rebuilds the scene: stay on that input.
            # (The old item is gone from the scene; its Python attributes remain.)
            same = (lambda n: n.feature == kept.feature) if kept.layer == 0 else (lambda n: n.unit == kept.unit)
            node = next((n for n in self.nodes if n.layer == kept.layer and same(n)), None)
            if node is not None:
                self._key_move_to(node)

    def _text(self, text, enabled):
        item = QGraphicsSimpleTextItem(text)
        item.setFont(self._label_font)
        item.setBrush(QBrush(self._colors["text"] if enabled else self._colors["muted"]))
        item.setZValue(4)
        self.scene().addItem(item)
        return item

    def _output_titles(self):
        prepared, dataset = self.session.prepared, self.session.dataset
        names = [shown_class_name(n) for n in prepared.class_names]
        n_out = self.session.network.n_outputs
        if prepared.task == "classification":
            def name(u):
                return names[u] if u < len(names) else self.tr("class {number}").format(number=u)
            return [f"P({name(1)})"] if n_out == 1 else [f"P({name(u)})" for u in range(n_out)]
        target = getattr(dataset, "target_name", None) or "y"
        return [str(target)] * n_out

    # ------------------------------------------------------- notes and highlights (the view state's)

    def _on_annotations_changed(self, values):
        self._annotations = dict(values or {})
        self._apply_annotations()

    def _on_edge_highlight_changed(self, values):
        self._edge_highlight = None if values is None else dict(values)
        for edge in self.edges:
            edge.pen_key = None
        self._edge_keys_drawn = None
        if self.edges:
            self._update_edges(self.session.network)

    def _apply_annotations(self):
        for node in self.nodes:
            text = self._annotations.get(node.address) if node.unit is not None else None
            if text is None:
                if node.annotation is not None:
                    self.scene().removeItem(node.annotation)
                    node.annotation = None
                continue
            if node.annotation is None:
                node.annotation = QGraphicsSimpleTextItem()
                node.annotation.setBrush(QBrush(self._colors["text"]))
                node.annotation.setZValue(5)
                backdrop = QGraphicsRectItem(node.annotation)
                backdrop.setBrush(QBrush(QColor(255, 255, 255, 215)))
                backdrop.setPen(QPen(Qt.NoPen))
                backdrop.setFlag(QGraphicsItem.ItemStacksBehindParent)
                self.scene().addItem(node.annotation)
            node.annotation.setText(str(text))
            backdrop = node.annotation.childItems()[0]
            backdrop.setRect(node.annotation.boundingRect().adjusted(-2, -1, 2, 1))
        self._place_annotations()

    def _place_annotations(self):
        font = QFont(self._label_font)
        font.setPixelSize(max(11, round(0.85 * self._label_font.pixelSize())))
        for node in self.nodes:
            if node.annotation is not None:
                if node.annotation.font().pixelSize() != font.pixelSize():
                    node.annotation.setFont(font)
                    node.annotation.childItems()[0].setRect(node.annotation.boundingRect().adjusted(-2, -1, 2, 1))
                box = node.annotation.boundingRect()
                # Beside the neuron; under the label for the output, whose right side is taken.
                gap = 8 if node.layer == len(self.columns) - 1 else 3
                node.annotation.setPos(node.pos().x() + NODE + gap, node.pos().y() + NODE - box.height() / 2 + 2)

    def annotation_text(self, layer, unit):
        """The annotation drawn beside a neuron, or None."""
        for node in self.nodes:
            if node.address == (layer, unit) and node.annotation is not None:
                return node.annotation.text()
        return None

    # ------------------------------------------------------- reading the view

    def node_at(self, layer, unit):
        """The item drawn for unit ``unit`` of layer ``layer`` (0 = inputs, network input index)."""
        for node in self.columns[layer]:
            if node.unit == unit:
                return node
        raise KeyError((layer, unit))

    def input_node(self, feature):
        return next(node for node in self.columns[0] if node.feature == feature)

    def edge(self, k, i, j):
        for edge in self.edges:
            if (edge.k, edge.i, edge.j) == (k, i, j):
                return edge
        raise KeyError((k, i, j))

    def neuron_counts(self):
        """Units drawn per column, inputs (switched on) first."""
        return [sum(node.unit is not None for node in column) for column in self.columns]

    def thumbnail_items(self):
        return [node.thumbnail for node in self.nodes if node.thumbnail is not None]


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from ..session import Session

    app = QApplication(sys.argv)
    preview_session = Session()
    view = NetworkView(preview_session)
    view.view_state.hovered_changed.connect(lambda address: print("hovered", address))
    view.resize(1000, 600)
    view.show()
    timer = QTimer()
    timer.timeout.connect(lambda: preview_session.step(unit="epoch"))
    timer.start(50)
    exit_code = app.exec()
    timer.stop()
    preview_session.shutdown()
    sys.exit(exit_code)
