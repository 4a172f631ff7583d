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
"""

import math
import time

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (QBrush, QColor, QCursor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPalette,
                           QPainterPathStroker, QPen, QPixmap, QPolygonF)
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGraphicsItem, QGraphicsPathItem, QGraphicsPixmapItem,
                               QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView,
                               QHBoxLayout, QLabel, QLineEdit, QToolButton, QToolTip, QWidget)

from engine import activations as engine_activations
from engine import data as engine_data
from engine.experiment import MAX_HIDDEN_LAYERS, MAX_UNITS
from engine.formatting import fixed

from . import messages, theme

# Scene units: every node is a NODE-sized square, one per ROW vertically.
NODE = 40.0
ROW = 56.0
THUMB_RESOLUTION = 24
CURVE_POINTS = 48
HISTOGRAM_BINS = 12
MIN_ROWS = 5                      # so a tiny network does not blow up to fill the view
TOP_BAND = 62                     # pixels above the diagram: layer header, neuron buttons
BOTTOM_BAND = 32                  # pixels below: activation pickers
MIN_FRAME_SECONDS = 0.03          # while training, redraw at most ~30 times a second, as snapshots come
HOVER_WIDTH = 9.0                 # how far from a thin edge the mouse may be and still hover it
HAIRLINE_PX = 1.5                 # edges thinner than this on screen are drawn as hairlines (see EdgeLayer)
LABEL_FONT_PX = 13
# A wide table's inputs (30 measurements, 64 pixels) would shrink every label
# to a few pixels; past this many rows, the input column shows a window of
# INPUT_WINDOW inputs between a "▲ n more" and a "▼ n more" row, and scrolls
# (mouse wheel over it, or a click on a marker).
MAX_INPUT_ROWS = 16
INPUT_WINDOW = MAX_INPUT_ROWS - 2
INPUT_SCROLL_STEP = 3
GREY = QColor("#5f6368")
BORDER = QColor("#b8bec4")


def canvas_colors(palette):
    """The canvas's colors from the window's theme: its background, text, faded text, buttons and borders.

    The canvas follows the theme like every widget: white with near-black
    text in the light theme, the dark theme's base with light text, pure
    black on white in high contrast.
    """
    background, text = palette.color(QPalette.Base), palette.color(QPalette.Text)

    def towards_background(share):
        return QColor.fromRgbF(*(t + share * (b - t) for t, b in zip(text.getRgbF()[:3], background.getRgbF()[:3])))
    return {"background": background, "text": text, "muted": towards_background(0.38),
            "faint": towards_background(0.7), "button": palette.color(QPalette.Button),
            "border": palette.color(QPalette.Mid)}


_BUTTON_STYLE = (
    "QToolButton { border: 1px solid {border}; border-radius: {radius}px; background: {button}; color: {text};"
    " font-weight: bold; font-size: {font}px; padding: 0px; }"
    "QToolButton:hover { border-color: {text}; }"
    "QToolButton:pressed { background: {border}; }"
    "QToolButton:disabled { color: {faint}; border-color: {faint}; }")
_SMALL_TEXT_STYLE = "color: {muted}; font-size: {font}px; font-weight: bold; letter-spacing: 0.5px;"


def pretty_feature(name):
    """How a feature is written for people: x1^2 -> x1², x1*x2 -> x1·x2."""
    return str(name).replace("^2", "²").replace("*", "·")


def _format_gradient(value):
    return fixed(value, 4)


def _gradient_hint(gradient, what):
    if not np.isfinite(gradient) or abs(gradient) < 1e-9:
        return f"The loss barely changes with this {what} right now."
    direction = "up" if gradient < 0 else "down"
    bigger = "larger" if gradient < 0 else "smaller"
    return f"A {bigger} {what} would lower the loss, so training pushes it {direction}."


def _rgb_image(rgb):
    """(h, w, 3) uint8 -> QPixmap (the pixmap holds its own copy)."""
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    return QPixmap.fromImage(QImage(rgb.data, w, h, 3 * w, QImage.Format_RGB888))


# theme.diverging_rgb sampled once: indexing a table is several times faster per frame.
_DIVERGING_TABLE = theme.diverging_rgb(np.linspace(-1.0, 1.0, 256))


def _diverging(values, limit):
    """theme.diverging_rgb to within one step in 256, for the per-frame pictures."""
    t = np.nan_to_num(values, nan=0.0, posinf=limit, neginf=-limit) * (127.5 / limit) + 127.5
    return _DIVERGING_TABLE[np.clip(t, 0, 255).astype(np.uint8)]


PICTURES = "network view: neuron pictures"


def layer_pictures(values, activation, is_output, classes, output_limit, class_colors):
    """(r, r, units) activations of one layer -> (units, r, r, 3) uint8 pictures.

    ``activation`` is the layer's Activation: a bounded one maps its range
    onto the color scale, the middle pale. Pure numpy (the worker computes
    them with each snapshot); ``output_limit``
    is the largest |target| for a regression output (None: from the values),
    ``class_colors`` an (n, 3) array of RGB.
    """
    classes = is_output and classes
    if classes and values.shape[-1] > 1:
        # One output per class: fade from white to the class's color as its probability grows.
        p = np.clip(np.nan_to_num(values), 0, 1)[..., None]
        rgb = 255.0 + (class_colors[:values.shape[-1]] - 255.0) * p
        return np.moveaxis(rgb.astype(np.uint8), 2, 0)
    if classes:
        # One output for two classes aims at 1 for class 1 (orange), 0 for class 0 (blue).
        values, limit = 1.0 - 2.0 * values, 1.0
    elif activation.output_range is not None:
        low, high = activation.output_range
        values, limit = (2.0 * values - low - high) / (high - low), 1.0
    elif is_output and output_limit is not None:
        limit = output_limit
    else:
        limit = theme.robust_limit(values)
    return np.moveaxis(_diverging(values, limit), 2, 0)


# ---------------------------------------------------------------- items

_HIT_AREA_PEN = QPen(Qt.black, HOVER_WIDTH + 8)

class EdgeItem(QGraphicsPathItem):
    """One weight: a gentle curve from unit ``i`` of layer ``k`` to unit ``j`` of layer ``k + 1``.

    The view's ``EdgeLayer`` draws every edge at rest; this item draws itself
    only while hovered (or reached with the keyboard), over the layer. It is
    what the mouse and the keyboard find, and ``pen()`` is how it looks.
    """

    def __init__(self, view, k, i, j):
        super().__init__()
        self.view, self.k, self.i, self.j = view, k, i, j
        self.hovered = False
        self.pen_key = None
        self._shape = QPainterPath()
        self.setAcceptHoverEvents(True)
        self.setZValue(2.5)
        self.setCursor(Qt.PointingHandCursor)
        self.setFlag(QGraphicsItem.ItemHasNoContents)
        # Never drawn with: it makes Qt's own bounding box cover the hover
        # area, so painting the scene calls no Python per edge.
        self.setPen(_HIT_AREA_PEN)

    def set_ends(self, start, end):
        path = QPainterPath(start)
        mid = (start.x() + end.x()) / 2
        path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)
        stroker = QPainterPathStroker()
        stroker.setWidth(HOVER_WIDTH)
        self._shape = stroker.createStroke(path)
        self.setPath(path)

    def pen(self):
        """The pen the edge is drawn with (by the layer, or by itself while hovered)."""
        return self.view._pen(*self.pen_key) if self.pen_key is not None else QPen(Qt.NoPen)

    def set_pen_key(self, key):
        self.pen_key = key
        self.setFlag(QGraphicsItem.ItemHasNoContents, not key[2])
        self.update()

    def shape(self):
        return self._shape

    def paint(self, painter, option, widget=None):
        painter.setPen(self.pen())
        painter.drawPath(self.path())

    def hoverEnterEvent(self, event):
        self.view._edge_hovered(self, True)

    def hoverLeaveEvent(self, event):
        self.view._edge_hovered(self, False)

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton:
            event.accept()
            self.view._edit_weight(self, event.scenePos())
        else:
            event.ignore()


class EdgeLayer(QGraphicsItem):
    """Every edge at rest, drawn by one item, faint ones first.

    At 8 hidden layers of 16 there are ~1,840 edges. As separate items,
    antialiased, they took most of each frame. One item saves the scene's
    per-item work, and the many edges thinner than ``HAIRLINE_PX`` on screen
    are drawn as 1-pixel hairlines, colored as light as their width would make
    them: Qt draws those on a fast path, where a wide antialiased curve is
    outlined and filled. Joining edges into one path per pen was tried: it is
    slower (a path of hundreds of crossing curves is costly to fill).
    """

    def __init__(self, view):
        super().__init__()
        self.view = view
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.NoButton)
        self._bounds = QRectF()
        self._group_of = {}        # edge -> (positive, level) while the layer draws it
        self._groups = {}          # (positive, level) -> edges, in the order they came
        self._screen_pens = {}     # (positive, level, scale) -> the pen used on screen

    def boundingRect(self):
        return self._bounds

    def set_bounds(self, rect):
        self.prepareGeometryChange()
        self._bounds = QRectF(rect)

    def place(self, edge, key):
        """Draw ``edge`` with the pen of ``key`` (positive, level, hovered); a hovered edge draws itself."""
        group = None if key is None or key[2] else key[:2]
        old = self._group_of.get(edge)
        if old == group:
            return
        if old is not None:
            self._groups[old].remove(edge)
            del self._group_of[edge]
        if group is not None:
            self._groups.setdefault(group, []).append(edge)
            self._group_of[edge] = group
        self.update()

    def screen_pen(self, group, scale):
        """The view's pen for ``group``, or a hairline as light as its width at this ``scale``."""
        pen = self.view._pen(group[0], group[1], False)
        background = self.view.backgroundBrush().color()
        key = (*group, round(scale, 3))
        cached = self._screen_pens.get(key)
        # Kept with the pen it came from: a new theme makes new pens and a new background.
        if cached is not None and cached[0] is pen and cached[1] == background:
            return cached[2]
        screen = QPen(pen)
        width = pen.widthF() * scale
        if width <= HAIRLINE_PX:
            share = min(width, 1.0)
            color = pen.color()
            screen.setColor(QColor.fromRgbF(*(b + share * (c - b) for c, b in
                                              zip(color.getRgbF()[:3], background.getRgbF()[:3]))))
            screen.setWidthF(0.0)           # a cosmetic hairline: one pixel wide at any scale
        self._screen_pens[key] = (pen, background, screen)
        return screen

    def paint(self, painter, option, widget=None):
        scale = painter.transform().m11()
        if len(self._screen_pens) > 4096:
            self._screen_pens.clear()
        for group in sorted(self._groups, key=lambda g: (g[1], g[0])):
            edges = self._groups[group]
            if edges:
                painter.setPen(self.screen_pen(group, scale))
                for edge in edges:
                    painter.drawPath(edge.path())


class NodeItem(QGraphicsRectItem):
    """A neuron or an input: a square with a picture (or curve), a bias marker and a label.

    ``layer`` 0 is the inputs; ``unit`` is the unit's index in its layer of the
    network, or None for a switched-off input.
    """

    def __init__(self, view, layer, unit, feature=None, enabled=True):
        super().__init__(0, 0, NODE, NODE)
        self.view, self.layer, self.unit, self.feature, self.enabled = view, layer, unit, feature, enabled
        self.thumbnail = None
        self.curve = None
        self.bias = None
        self.annotation = None
        self.setAcceptHoverEvents(True)
        self.setZValue(3)
        self.setBrush(QBrush(Qt.white))
        self.setPen(QPen(BORDER, 1.2))
        if layer == 0:
            self.setCursor(Qt.PointingHandCursor)
        if not enabled:
            self.setOpacity(0.35)
            pen = QPen(BORDER, 1.2, Qt.DashLine)
            self.setPen(pen)

    @property
    def address(self):
        return (self.layer, self.unit)

    def hoverEnterEvent(self, event):
        self.view._node_hovered(self, True)

    def hoverLeaveEvent(self, event):
        self.view._node_hovered(self, False)

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton and self.layer == 0:
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.LeftButton and self.layer == 0 and self.contains(event.pos()):
            # The toggle rebuilds the scene, this item included: not from inside its own handler.
            view, feature = self.view, self.feature
            QTimer.singleShot(0, view, lambda: view.toggle_feature(feature))


class MoreInputsItem(QGraphicsSimpleTextItem):
    """"▲ 5 more" above a scrolled input column, "▼ 43 more" below it; a click scrolls a page that way."""

    def __init__(self, view, direction):
        super().__init__()
        self.view, self.direction = view, direction
        self.setZValue(4)
        self.setCursor(Qt.PointingHandCursor)
        self.setBrush(QBrush(GREY))

    def set_count(self, hidden, total):
        arrow = "▲" if self.direction < 0 else "▼"
        self.setText(f"{arrow} {hidden:,} more")
        self.setToolTip(f"{hidden:,} of the {total:,} inputs are {'above' if self.direction < 0 else 'below'}, "
                        f"with their edges. Scroll over the input column, or click here, to see them.")
        self.setVisible(hidden > 0)

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton:
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.LeftButton and self.contains(event.pos()):
            self.view.scroll_inputs(self.direction * (INPUT_WINDOW - 1))


class BiasItem(QGraphicsRectItem):
    """The small square at a neuron's lower left: its bias, colored by sign."""

    SIZE = 10.0

    def __init__(self, view, node):
        super().__init__(-self.SIZE * 0.6, NODE - self.SIZE * 0.4, self.SIZE, self.SIZE, node)
        self.view, self.node = view, node
        self.pen_key = None
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.PointingHandCursor)
        self.setZValue(2)

    def hoverEnterEvent(self, event):
        self.setToolTip(self.view._bias_tooltip(self.node))

    def mousePressEvent(self, event):
        if event.button() == Qt.LeftButton:
            event.accept()
            self.view._edit_bias(self.node, event.scenePos())
        else:
            event.ignore()


class _ValueEditor(QLineEdit):
    """A small box typed into right on the canvas; Escape or clicking away cancels."""

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape:
            self.hide()
            self.parentWidget().setFocus()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            # QLineEdit passes Enter on to its parent, where it would open the editor again.
            event.accept()

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.hide()


# ----------------------------------------------------------------- view

class NetworkView(QGraphicsView):
    """The network as a diagram that trains live and can be edited in place."""

    neuron_hovered = Signal(object)  # (layer, unit) under the mouse, layer 0 = inputs; None when it leaves

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("network_view")
        self.setAccessibleName("network diagram")
        self._description = (
            "Inputs on the left, hidden layers in the middle, the output on the right. Edge width shows the size "
            "of each weight; blue is positive, orange negative. Click an input to switch it, click an edge to "
            "type a new weight. With the keyboard: arrows move, Enter switches an input or edits a value.")
        self.setAccessibleDescription(self._description)
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
        self._annotations = {}
        self._edge_highlight = None
        self._pens = {}
        self._column_x = []
        self._scene_box = QRectF()
        self._curve_x = None
        self._label_font = QFont()
        self._label_font.setPixelSize(LABEL_FONT_PX)

        self._last_update = 0.0
        self._paint_seconds = 0.0

        self._build_controls()
        self.editor = _ValueEditor(self)
        self.editor.setObjectName("weight_editor")
        self.editor.setAccessibleName("new value")
        self.editor.setToolTip("Type a number and press Enter; Escape cancels.")
        self.editor.setFixedWidth(96)
        self.editor.hide()
        self._apply_ui_scale(1.0)
        self.editor.returnPressed.connect(self._commit_editor)
        self.message_bubble = QLabel(self)
        self.message_bubble.setObjectName("network_message")
        self.message_bubble.setAccessibleName("message")
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
        self._on_structure_changed()

    # ------------------------------------------------------- controls

    def _tool_button(self, text, name, accessible, tip):
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        button.setCursor(Qt.PointingHandCursor)
        return button

    def _build_controls(self):
        self.header = QWidget(self)
        self.header.setObjectName("layer_header")
        layout = QHBoxLayout(self.header)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.remove_layer_button = self._tool_button("−", "remove_layer_button", "remove a hidden layer",
                                                     "Remove the last hidden layer")
        self.add_layer_button = self._tool_button("+", "add_layer_button", "add a hidden layer",
                                                  "Add a hidden layer after the last one")
        self.remove_layer_button.clicked.connect(self._remove_layer)
        self.add_layer_button.clicked.connect(self._add_layer)
        self.layer_count_label = QLabel()
        self.layer_count_label.setObjectName("layer_count_label")
        layout.addWidget(self.remove_layer_button)
        layout.addWidget(self.add_layer_button)
        layout.addSpacing(6)
        layout.addWidget(self.layer_count_label)

        self.inputs_title = QLabel("FEATURES", self)
        self.inputs_title.setToolTip("Click a feature to switch it on or off as an input of the network.")
        self.outputs_title = QLabel("OUTPUT", self)
        self.outputs_title.setToolTip("What the network predicts.")
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
            minus = self._tool_button("−", f"remove_unit_button_{h}", f"remove a neuron from hidden layer {h + 1}",
                                      f"Remove a neuron from hidden layer {h + 1}")
            plus = self._tool_button("+", f"add_unit_button_{h}", f"add a neuron to hidden layer {h + 1}",
                                     f"Add a neuron to hidden layer {h + 1}")
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
            picker.setAccessibleName(f"activation of hidden layer {h + 1}")
            picker.setToolTip(f"Activation of hidden layer {h + 1}")
            for activation in engine_activations.HIDDEN:
                picker.addItem(activation.title, activation.name)
                picker.setItemData(picker.count() - 1, activation.tip, Qt.ToolTipRole)
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
        self.layer_count_label.setText(f"{n} HIDDEN LAYER{'' if n == 1 else 'S'}")
        self.layer_count_label.setToolTip(f"The network has {n} hidden layer{'' if n == 1 else 's'}.")
        self.add_layer_button.setEnabled(n < MAX_HIDDEN_LAYERS)
        self.add_layer_button.setToolTip("Add a hidden layer after the last one" if n < MAX_HIDDEN_LAYERS
                                         else messages.LAYER_LIMIT.format(limit=MAX_HIDDEN_LAYERS))
        self.remove_layer_button.setEnabled(n > 0)
        self.remove_layer_button.setToolTip("Remove the last hidden layer" if n > 0
                                            else "There are no hidden layers to remove.")
        activations = list(self.session.setup.hidden_activations)
        for h, (box, minus, count, plus, picker) in enumerate(self.layer_controls):
            if h >= n:
                box.hide()
                picker.hide()
                continue
            units = hidden[h]
            count.setText(str(units))
            count.setToolTip(f"Hidden layer {h + 1} has {units} neuron{'' if units == 1 else 's'}.")
            minus.setEnabled(units > 1)
            minus.setToolTip(f"Remove a neuron from hidden layer {h + 1}" if units > 1
                             else "A layer keeps at least one neuron; remove the whole layer with − above instead.")
            plus.setEnabled(units < MAX_UNITS)
            plus.setToolTip(f"Add a neuron to hidden layer {h + 1}" if units < MAX_UNITS
                            else messages.UNIT_LIMIT.format(limit=MAX_UNITS))
            picker.blockSignals(True)
            index = picker.findData(activations[h] if h < len(activations) else "tanh")
            picker.setCurrentIndex(max(index, 0))
            picker.blockSignals(False)
            box.show()
            picker.show()
        output = self.session.network.activations[-1]
        self.output_activation_label.setText(output.name)
        self.output_activation_label.setToolTip(f"The output layer's activation: {output.tip}")
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
            wide = width >= px(112)
            count.setText(f"{units} neuron{'' if units == 1 else 's'}" if wide else str(units))
            box_width = px(22 * 2 + 6 + (66 if wide else 18))
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
            # A big network takes long to paint: then redraw less often, so the window stays responsive.
            interval = max(MIN_FRAME_SECONDS, 3 * self._paint_seconds)
            if time.perf_counter() < self._last_update + interval:
                # Skip this frame; the next snapshot (or the one sent when
                # training stops) draws the latest weights. A timer here would
                # paint while the worker trains, fighting it for the GIL.
                return
        self._update()

    def _rebuild(self):
        session = self.session
        if self._hovered_node is not None:
            self.neuron_hovered.emit(None)
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
        self.edge_layer = EdgeLayer(self)
        self.scene().addItem(self.edge_layer)

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
        names = list(prepared.class_names)
        n_out = self.session.network.n_outputs
        if prepared.task == "classification":
            if n_out == 1:
                return [f"P({names[1] if len(names) > 1 else 'class 1'})"]
            return [f"P({names[u] if u < len(names) else f'class {u}'})" for u in range(n_out)]
        target = getattr(dataset, "target_name", None) or "y"
        return [str(target)] * n_out

    def _layout(self):
        """Place columns so the diagram has the viewport's shape, then fit it in."""
        if not self.columns:
            return
        viewport = self.viewport()
        aspect = max(viewport.width(), 50) / max(viewport.height(), 50)
        rows = max(MIN_ROWS, self._input_rows(), *(len(c) for c in self.columns[1:]))
        height = rows * ROW
        # Labels keep a readable size on screen when the diagram is shrunk to fit a small view.
        font_px = int(min(max(LABEL_FONT_PX, 11.5 * height / max(viewport.height(), 50)) * self._zoom, 26 * self._zoom))
        if font_px != self._label_font.pixelSize():
            self._label_font.setPixelSize(font_px)
            for node, item, side in self._labels:
                item.setFont(self._label_font)
            for marker in self._more_inputs:
                marker.setFont(self._label_font)
        metrics = QFontMetricsF(self._label_font)
        left = max((metrics.horizontalAdvance(item.text()) for node, item, side in self._labels if side == "left"),
                   default=0) + 14
        right = max((metrics.horizontalAdvance(item.text()) for node, item, side in self._labels if side == "right"),
                    default=0) + 14
        n_columns = len(self.columns)
        span = height * aspect - left - right - NODE
        pitch = min(max(span / max(n_columns - 1, 1), NODE * 2.2), NODE * 7)
        self._column_x = [c * pitch for c in range(n_columns)]
        for x, column in zip(self._column_x, self.columns):
            if column is self.columns[0] and len(column) > MAX_INPUT_ROWS:
                self._place_input_window(x, rows)
                continue
            top = (rows - len(column)) * ROW / 2 + (ROW - NODE) / 2
            for r, node in enumerate(column):
                node.setPos(x, top + r * ROW)
        for edge, (a, b) in zip(self.edges, self._edge_nodes):
            edge.set_ends(a.pos() + QPointF(NODE, NODE / 2), b.pos() + QPointF(0, NODE / 2))
        # Edges run between the columns; the widest pen reaches 3 px beyond.
        self.edge_layer.set_bounds(QRectF(self._column_x[0], 0, self._column_x[-1] + NODE, height).adjusted(-4, -4, 4, 4))
        for node, item, side in self._labels:
            box = item.boundingRect()
            y = node.pos().y() + (NODE - box.height()) / 2
            x = node.pos().x() - box.width() - 8 if side == "left" else node.pos().x() + NODE + 8
            item.setPos(x, y)
        self._show_input_window()
        self._place_annotations()
        width = self._column_x[-1] + NODE + left + right
        self._scene_box = QRectF(-left, 0, width, height)
        self.scene().setSceneRect(self._scene_box)
        self.fitInView(self._scene_box, Qt.KeepAspectRatio)
        self._place_controls()

    # ------------------------------------------- a wide table's input column

    def _input_rows(self):
        """Rows the input column takes: all its inputs, or a window of them and the two marker rows."""
        n = len(self.columns[0]) if self.columns else 0
        return min(n, MAX_INPUT_ROWS)

    def _place_input_window(self, x, rows):
        inputs = self.columns[0]
        self._input_offset = min(max(self._input_offset, 0), len(inputs) - INPUT_WINDOW)
        # Row 0 of the column holds "▲ n more", rows 1 to INPUT_WINDOW the inputs, the last "▼ n more".
        top = (rows - MAX_INPUT_ROWS) * ROW / 2 + (ROW - NODE) / 2
        for r, node in enumerate(inputs):
            # Out-of-view inputs wait on the marker rows, so their (hidden)
            # edges stay short and the view keeps its size.
            shown_row = 1 + min(max(r - self._input_offset, -1), INPUT_WINDOW)
            node.setPos(x, top + shown_row * ROW)
        for marker, row in zip(self._more_inputs, (0, MAX_INPUT_ROWS - 1)):
            box = marker.boundingRect()
            marker.setPos(x + NODE - box.width(), top + row * ROW + (NODE - box.height()) / 2)

    def _show_input_window(self):
        """Show the inputs in the window, with their labels and edges; hide the rest."""
        inputs = self.columns[0] if self.columns else []
        windowed = len(inputs) > MAX_INPUT_ROWS
        first, last = (self._input_offset, self._input_offset + INPUT_WINDOW) if windowed else (0, len(inputs))
        shown = {id(node) for node in inputs[first:last]}
        for node in inputs:
            node.setVisible(id(node) in shown)
        for node, item, side in self._labels:
            if node.layer == 0:
                item.setVisible(id(node) in shown)
        for edge, (source, _) in zip(self.edges, self._edge_nodes):
            if edge.k == 0:
                edge.setVisible(id(source) in shown)
        if windowed:
            above, below = self._more_inputs
            above.set_count(first, len(inputs))
            below.set_count(len(inputs) - last, len(inputs))

    def scroll_inputs(self, rows):
        """Move a wide table's input column by ``rows`` (down for positive); returns whether it moved."""
        inputs = self.columns[0] if self.columns else []
        if len(inputs) <= MAX_INPUT_ROWS:
            return False
        offset = min(max(self._input_offset + rows, 0), len(inputs) - INPUT_WINDOW)
        if offset == self._input_offset:
            return False
        self._input_offset = offset
        self._layout()
        return True

    def shown_inputs(self):
        """The features of the inputs drawn now, top to bottom."""
        return [node.feature for node in self.columns[0] if node.isVisible()] if self.columns else []

    def _reveal_input(self, item):
        # The keyboard may walk to an input (or its edge) scrolled out of view.
        node = item if isinstance(item, NodeItem) else self._edge_nodes[self.edges.index(item)][0] \
            if isinstance(item, EdgeItem) and item.k == 0 else None
        if node is None or node.layer != 0 or len(self.columns[0]) <= MAX_INPUT_ROWS:
            return
        row = self.columns[0].index(node)
        if row < self._input_offset:
            self.scroll_inputs(row - self._input_offset)
        elif row >= self._input_offset + INPUT_WINDOW:
            self.scroll_inputs(row - self._input_offset - INPUT_WINDOW + 1)

    def wheelEvent(self, event):
        if self.columns and len(self.columns[0]) > MAX_INPUT_ROWS and self._column_x:
            x = self.mapToScene(event.position().toPoint()).x()
            if x < self._column_x[0] + NODE + (self._column_x[1] - self._column_x[0]) / 3 \
                    if len(self._column_x) > 1 else True:
                steps = -INPUT_SCROLL_STEP if event.angleDelta().y() > 0 else INPUT_SCROLL_STEP
                self.scroll_inputs(steps)
                event.accept()
                return
        super().wheelEvent(event)

    def paintEvent(self, event):
        start = time.perf_counter()
        super().paintEvent(event)
        self._paint_seconds = 0.8 * self._paint_seconds + 0.2 * (time.perf_counter() - start)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._rescale()
        self.editor.hide()
        self._layout()

    def _rescale(self):
        scale = round(min(max(min(self.width() / 1100, self.height() / 650), 0.8), 1.7) * self._zoom, 1)
        if scale != self._ui:
            self._apply_ui_scale(scale)

    def set_zoom(self, zoom):
        """Presentation zoom: labels and on-canvas controls grow by ``zoom``."""
        self._zoom = zoom
        self._rescale()
        self._layout()

    def showEvent(self, event):
        super().showEvent(event)
        self._layout()

    # ------------------------------------------------------- live update

    def _update(self):
        self._last_update = time.perf_counter()
        if not self.edges and not self.nodes:
            return
        network = self.session.network
        if tuple(network.sizes) != self._structure[2]:
            return
        self._update_edges(network)
        self._update_biases(network)
        if self._mode == "map":
            self._update_maps(network)
        elif self._mode == "curve":
            self._update_curves(network)
        else:
            self._update_histograms(network)
        if self._hovered_edge is not None:
            self._hovered_edge.setToolTip(self._edge_tooltip(self._hovered_edge))
        if self._hovered_node is not None:
            self._hovered_node.setToolTip(self._node_tooltip(self._hovered_node))

    def _pen(self, positive, level, hovered):
        """Pens are shared: one per sign, quantised strength and hover state."""
        key = (positive, level, hovered)
        pen = self._pens.get(key)
        if pen is None:
            t = level / 32
            color = QColor(theme.BLUE if positive else theme.ORANGE)
            if hovered:
                color = color.darker(125)
                width = 1.5 + 4.5 * t + 2.0
            else:
                # Faded towards the white background rather than drawn translucent:
                # blending hundreds of antialiased curves costs twice the paint time.
                fade = 0.22 + 0.78 * t
                color = QColor.fromRgbF(*(1.0 - fade * (1.0 - c) for c in color.getRgbF()[:3]))
                width = 0.6 + 4.4 * t
            pen = QPen(color, width)
            pen.setCapStyle(Qt.RoundCap)
            self._pens[key] = pen
        return pen

    def _edge_values(self, network):
        if self._edge_highlight is not None:
            values = np.array([self._edge_highlight.get((e.k, e.i, e.j), 0.0) for e in self.edges], dtype=float)
            reference = float(np.max(np.abs(values))) if values.size else 0.0
            return values, reference if reference > 0 else 1.0
        values = np.concatenate([W.ravel() for W in network.weights]) if network.weights else np.zeros(0)
        finite = np.abs(values[np.isfinite(values)])
        # Up to 1 the scale is absolute (small weights look thin); beyond, relative to the largest.
        return values, max(1.0, float(finite.max()) if finite.size else 1.0)

    def _update_edges(self, network):
        values, reference = self._edge_values(network)
        levels = np.rint(np.clip(np.nan_to_num(np.abs(values)) / reference, 0, 1) * 32).astype(int).tolist()
        signs = (values >= 0).tolist()
        layer = self.edge_layer
        for edge, level, positive in zip(self.edges, levels, signs):
            key = (positive, level, edge.hovered)
            if key != edge.pen_key:
                edge.set_pen_key(key)
                layer.place(edge, key)

    def _update_biases(self, network):
        for column in self.columns[1:]:
            for node in column:
                b = float(network.biases[node.layer - 1][node.unit])
                t = min(abs(b) / 1.0, 1.0) if np.isfinite(b) else 1.0
                key = (b >= 0, int(round(t * 8)))
                if key != node.bias.pen_key:
                    node.bias.pen_key = key
                    color = QColor(theme.BLUE if b >= 0 else theme.ORANGE)
                    color.setAlphaF(0.35 + 0.65 * key[1] / 8)
                    node.bias.setBrush(QBrush(color))
                    node.bias.setPen(QPen(color.darker(115), 0.8))

    def _draw_input_maps(self, inputs):
        """Inputs never change while training: their pictures are drawn once per data set."""
        session = self.session
        grid = self._raw_grid(THUMB_RESOLUTION)
        features = [node.feature for node in inputs]
        try:
            prepared = engine_data.prepare(session.dataset, features=features, test_fraction=session.setup.test_fraction,
                                           seed=session.setup.seed,
                                           validation_fraction=session.setup.validation_fraction)
            values = prepared.transform(grid).reshape(THUMB_RESOLUTION, THUMB_RESOLUTION, -1)
        except Exception:  # an odd CSV: fall back on the network's own inputs only
            values = None
        for f, node in enumerate(inputs):
            if values is not None:
                plane = values[:, :, f]
            elif node.unit is not None:
                plane = session.grid_outputs(THUMB_RESOLUTION)[0][:, :, node.unit]
            else:
                continue
            limit = float(np.max(np.abs(plane))) or 1.0
            node.thumbnail.setPixmap(_rgb_image(theme.diverging_rgb(plane, limit)))

    def _raw_grid(self, resolution):
        x0, x1, y0, y1 = self.session.input_extent()
        gx, gy = np.meshgrid(np.linspace(x0, x1, resolution), np.linspace(y1, y0, resolution))
        return np.column_stack([gx.ravel(), gy.ravel()])

    def _update_maps(self, network):
        inputs = self.session.view_inputs()
        if PICTURES not in inputs.extras:
            self._register_pictures()
        # Colored with the snapshot, off the GUI thread (gui.derived); only the pixmaps are made here.
        for column, images in zip(self.columns[1:], self.session.derived().extra(PICTURES)):
            for node, rgb in zip(column, images):
                node.thumbnail.setPixmap(_rgb_image(rgb))

    def _register_pictures(self):
        """Tell the worker how to color every neuron's picture, with every snapshot."""
        session = self.session
        layer_activations = list(session.network.activations)
        classes = session.task == "classification"
        targets = np.abs(session.prepared.Y_train)
        output_limit = float(targets.max()) if targets.size and targets.max() > 0 else None
        class_colors = np.array([QColor(c).getRgb()[:3] for c in theme.CLASS_COLORS * 2], dtype=float)

        def pictures(derived):
            layers = derived.grid(THUMB_RESOLUTION)[1]
            return [layer_pictures(values, layer_activations[k], k == len(layers) - 1, classes, output_limit,
                                   class_colors)
                    for k, values in enumerate(layers)]
        session.view_inputs().extras[PICTURES] = pictures

    def _update_curves(self, network):
        session = self.session
        raw = self._curve_x.reshape(-1, 1)
        try:
            inputs = session.prepared.transform(raw)
            with np.errstate(over="ignore", invalid="ignore"):
                layers = [a for _, a in network.forward_layers(inputs)]
        except ValueError:
            return
        xs = np.linspace(3, NODE - 3, len(raw))
        self._set_curves(self.columns[0], inputs, None, xs)
        for k, values in enumerate(layers):
            self._set_curves(self.columns[k + 1], values, network.activations[k].output_range, xs)

    def _set_curves(self, column, values, fixed, xs):
        values = np.nan_to_num(values)
        if fixed is None:
            low, high = float(values.min()), float(values.max())
            if high - low < 1e-9:
                low, high = low - 1, high + 1
        else:
            low, high = fixed
        ys = NODE - 4 - (values - low) / (high - low) * (NODE - 8)
        for node in column:
            if node.unit is None:
                continue
            polygon = QPolygonF([QPointF(x, y) for x, y in zip(xs, ys[:, node.unit].tolist())])
            path = QPainterPath()
            path.addPolygon(polygon)
            node.curve.setPath(path)

    def _update_histograms(self, network):
        """With more than two inputs: how each unit's values spread over the training rows."""
        X = self.session.prepared.X_train
        if len(X) == 0:
            return
        with np.errstate(over="ignore", invalid="ignore"):
            layers = [X] + [a for _, a in network.forward_layers(X)]
        ranges = [None] + [activation.output_range for activation in network.activations]
        for column, values, bounds in zip(self.columns, layers, ranges):
            values = np.nan_to_num(values)
            low, high = bounds or (float(values.min()), float(values.max()))
            if high - low < 1e-9:
                low, high = low - 1, high + 1
            edges = np.linspace(low, high, HISTOGRAM_BINS + 1)
            xs = np.linspace(3, NODE - 3, HISTOGRAM_BINS + 1)
            for node in column:
                if node.unit is None:
                    continue
                counts, _ = np.histogram(values[:, node.unit], bins=edges)
                heights = (NODE - 6) * counts / max(counts.max(), 1)
                points = [QPointF(xs[0], NODE - 3)]
                for b, h in enumerate(heights.tolist()):
                    points += [QPointF(xs[b], NODE - 3 - h), QPointF(xs[b + 1], NODE - 3 - h)]
                points.append(QPointF(xs[-1], NODE - 3))
                path = QPainterPath()
                path.addPolygon(QPolygonF(points))
                path.closeSubpath()
                node.curve.setPath(path)

    # ------------------------------------------------------- hover and tooltips

    def _describe_unit(self, layer, unit):
        n_layers = len(self.columns) - 1
        if layer == 0:
            return pretty_feature(self.session.prepared.input_names[unit])
        if layer == n_layers:
            if len(self.columns[-1]) == 1:
                return "the output"
            return f"output {unit + 1} ({self._output_titles()[unit]})"
        return f"neuron {unit + 1} of layer {layer}"

    def _gradient(self, kind, k, *index):
        """∂L/∂w or ∂L/∂b at the latest weights; NaN if the session cannot say (shown as nan, never raised)."""
        try:
            _, grad_w, grad_b = self.session.current_gradients()
            return float((grad_w if kind == "w" else grad_b)[k][index])
        except (ValueError, IndexError):
            return float("nan")

    def _edge_tooltip(self, edge):
        network = self.session.network
        w = float(network.weights[edge.k][edge.i, edge.j])
        g = self._gradient("w", edge.k, edge.i, edge.j)
        lines = [f"Weight from {self._describe_unit(edge.k, edge.i)} to {self._describe_unit(edge.k + 1, edge.j)}: "
                 f"{fixed(w, 3)}  ∂L/∂w = {_format_gradient(g)}",
                 _gradient_hint(g, "weight")]
        if self._edge_highlight is not None and (edge.k, edge.i, edge.j) in self._edge_highlight:
            lines.append(f"Highlighted value: {self._edge_highlight[(edge.k, edge.i, edge.j)]:.4g}")
        lines.append("Click to type a new weight.")
        return "\n".join(lines)

    def _bias_tooltip(self, node):
        b = float(self.session.network.biases[node.layer - 1][node.unit])
        g = self._gradient("b", node.layer - 1, node.unit)
        return (f"Bias of {self._describe_unit(node.layer, node.unit)}: {fixed(b, 3)}  ∂L/∂b = {_format_gradient(g)}\n"
                f"{_gradient_hint(g, 'bias')}\nClick to type a new bias.")

    def _node_tooltip(self, node):
        if node.layer == 0:
            name = pretty_feature(node.feature)
            if not node.enabled:
                return f"Input {name} is switched off. Click to feed it to the network."
            picture = {"map": " Its picture shows its value over the input plane.",
                       "plain": " Its bars show how its values spread over the training rows."}.get(self._mode, "")
            return f"Input {name}.{picture} Click to switch it off."
        activation = self.session.network.activation_names[node.layer - 1]
        b = float(self.session.network.biases[node.layer - 1][node.unit])
        g = self._gradient("b", node.layer - 1, node.unit)
        title = self._describe_unit(node.layer, node.unit)
        title = title[0].upper() + title[1:]
        lines = [f"{title} ({activation})", f"bias b = {fixed(b, 3)}  ∂L/∂b = {_format_gradient(g)}"]
        if self._mode == "map":
            lines.append("Its picture shows its output over the input plane: blue positive, orange negative."
                         if node.layer < len(self.columns) - 1
                         or not self.session.network.activations[-1].shares_probabilities
                         else "Its picture shows where it predicts this class.")
        elif self._mode == "curve":
            lines.append("Its curve shows its output as the input goes from left to right.")
        else:
            lines.append("Its bars show how its outputs spread over the training rows.")
        return "\n".join(lines)

    def _edge_hovered(self, edge, inside):
        edge.hovered = inside
        if inside:
            self._hovered_edge = edge
            edge.setToolTip(self._edge_tooltip(edge))
        elif self._hovered_edge is edge:
            self._hovered_edge = None
        key = (edge.pen_key[0], edge.pen_key[1], inside) if edge.pen_key else None
        if key is not None:
            edge.set_pen_key(key)
            self.edge_layer.place(edge, key)

    def _node_hovered(self, node, inside):
        if inside:
            self._hovered_node = node
            node.setPen(QPen(self._colors["text"], 2.0, node.pen().style()))
            node.setToolTip(self._node_tooltip(node))
            if node.unit is not None:
                self.neuron_hovered.emit((node.layer, node.unit))
        else:
            node.setPen(QPen(BORDER, 1.2, node.pen().style()))
            if self._hovered_node is node:
                self._hovered_node = None
                self.neuron_hovered.emit(None)

    # ------------------------------------------------------- keyboard

    def keyPressEvent(self, event):
        """Arrows walk the diagram, Enter or Space acts, Escape leaves; the mouse's hover text follows.

        Up and Down go through a column's nodes, or through the edges of the
        node they start from; Right from a node goes to its outgoing edges,
        Left to its incoming ones; along an edge, Right and Left go to its
        ends. Enter on an input switches it; on a neuron it edits the bias,
        on an edge the weight.
        """
        key = event.key()
        if key in (Qt.Key_Up, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right):
            self._key_step(key)
        elif key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and self._key_item is not None:
            self._key_activate()
        elif key == Qt.Key_Escape and self._key_item is not None:
            self._key_move_to(None)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        if event.reason() != Qt.PopupFocusReason and not self.editor.isVisible():
            self._key_move_to(None)

    def _key_step(self, key):
        item = self._key_item
        if item is None:
            first = next((n for n in self.columns[0] if n.enabled), None) if self.columns else None
            self._key_move_to(first)
            return
        if isinstance(item, NodeItem):
            column = self.columns[item.layer]
            row = column.index(item)
            if key in (Qt.Key_Up, Qt.Key_Down):
                row = (row + (1 if key == Qt.Key_Down else -1)) % len(column)
                self._key_move_to(column[row])
            else:
                direction = 1 if key == Qt.Key_Right else -1
                edges = self._node_edges(item, direction)
                if edges:
                    self._key_anchor, self._key_direction = item, direction
                    self._key_move_to(edges[0])
            return
        source, target = self._edge_nodes[self.edges.index(item)]
        if key in (Qt.Key_Left, Qt.Key_Right):
            self._key_move_to(target if key == Qt.Key_Right else source)
            return
        edges = self._node_edges(self._key_anchor, self._key_direction)
        row = (edges.index(item) + (1 if key == Qt.Key_Down else -1)) % len(edges)
        self._key_move_to(edges[row])

    def _node_edges(self, node, direction):
        """The edges leaving ``node`` (direction 1) or arriving at it (-1), top to bottom."""
        end = 0 if direction == 1 else 1
        return [edge for edge, ends in zip(self.edges, self._edge_nodes) if ends[end] is node]

    def _key_move_to(self, item):
        self._reveal_input(item)
        old = self._key_item
        if old is not None and old.scene() is not None:
            (self._node_hovered if isinstance(old, NodeItem) else self._edge_hovered)(old, False)
        self._key_item = item
        if item is None:
            self.setAccessibleDescription(self._description)
            QToolTip.hideText()
            return
        if isinstance(item, NodeItem):
            self._node_hovered(item, True)
        else:
            self._edge_hovered(item, True)
        self.ensureVisible(item.sceneBoundingRect().center().x() - 1, item.sceneBoundingRect().center().y() - 1, 2, 2)
        text = item.toolTip()  # set by the hover handlers above
        # Read out by a screen reader, and shown where a mouse would show it.
        self.setAccessibleDescription(text)
        where = self._key_point(item)
        QToolTip.showText(self.viewport().mapToGlobal(where), text, self.viewport())

    def _key_point(self, item):
        if isinstance(item, NodeItem):
            scene_point = item.sceneBoundingRect().bottomRight()
        else:
            scene_point = item.path().pointAtPercent(0.5)
        return self.mapFromScene(scene_point)

    def _key_activate(self):
        item = self._key_item
        if isinstance(item, EdgeItem):
            self._edit_weight(item, item.path().pointAtPercent(0.5))
        elif item.layer == 0:
            self.toggle_feature(item.feature)
        else:
            self._edit_bias(item, item.sceneBoundingRect().center())

    # ------------------------------------------------------- editing values

    def _edit_weight(self, edge, scene_pos):
        value = float(self.session.network.weights[edge.k][edge.i, edge.j])
        self._open_editor(("weight", edge.k, edge.i, edge.j), value, scene_pos)

    def _edit_bias(self, node, scene_pos):
        value = float(self.session.network.biases[node.layer - 1][node.unit])
        self._open_editor(("bias", node.layer - 1, node.unit), value, scene_pos)

    def _open_editor(self, target, value, scene_pos):
        self._editing = target
        what = "weight" if target[0] == "weight" else "bias"
        self.editor.setAccessibleName(f"new {what}")
        self.editor.setToolTip(f"Type a new {what} and press Enter; Escape cancels.")
        # Typed back in: no thousands separators, and never a wall of digits.
        self.editor.setText(f"{value:.3f}" if abs(value) < 1e6 else f"{value:.6g}")
        point = self.mapFromScene(scene_pos) + self.viewport().geometry().topLeft()
        x = min(max(point.x() - self.editor.width() // 2, 0), self.width() - self.editor.width())
        y = min(max(point.y() - 30, 0), self.height() - self.editor.height())
        self.editor.move(x, y)
        self.editor.show()
        self.editor.raise_()
        self.editor.setFocus()
        self.editor.selectAll()

    def edit_value(self, text):
        """Apply typed text to the weight or bias being edited; False (with a message) if it is no number."""
        if self._editing is None:
            return False
        try:
            value = float(text.strip().replace(",", "."))
        except ValueError:
            value = float("nan")
        if not math.isfinite(value):
            self.show_message(messages.BAD_WEIGHT.format(text=text.strip()),
                              self.editor.mapToGlobal(self.editor.rect().bottomLeft()))
            return False
        target, self._editing = self._editing, None
        if target[0] == "weight":
            done = self._call(self.session.set_weight, *target[1:], value)
        else:
            done = self._call(self.session.set_bias, *target[1:], value)
        return done

    def _commit_editor(self):
        if self.edit_value(self.editor.text()):
            self.editor.hide()
            self.setFocus()  # back to the canvas, where the keyboard (or mouse) was

    # ------------------------------------------------------- step-through hooks

    def set_annotations(self, values):
        """Small text beside neurons: ``{(layer, unit): "z=0.41\\na=0.39"}``, layer 0 = inputs; None clears."""
        self._annotations = dict(values or {})
        self._apply_annotations()

    def set_edge_highlight(self, values):
        """Color edges by ``{(k, i, j): value}`` (gradients, say) instead of the weights; None restores them."""
        self._edge_highlight = None if values is None else dict(values)
        for edge in self.edges:
            edge.pen_key = None
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

    from .session import Session

    app = QApplication(sys.argv)
    preview_session = Session()
    view = NetworkView(preview_session)
    view.neuron_hovered.connect(lambda address: print("hovered", address))
    view.resize(1000, 600)
    view.show()
    timer = QTimer()
    timer.timeout.connect(lambda: preview_session.step(unit="epoch"))
    timer.start(50)
    exit_code = app.exec()
    timer.stop()
    preview_session.shutdown()
    sys.exit(exit_code)
