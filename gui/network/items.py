"""The canvas's graphics items: edges (drawn together by one layer), nodes, bias markers, input scrolling."""

import time

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from engine.formatting import count

from .style import BORDER, GREY, HAIRLINE_PX, HOVER_WIDTH, INPUT_WINDOW, NODE


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
        self.curve_path = QPainterPath()   # our own copy of path(): the layer draws it without a copy per frame
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
        self.curve_path = path

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


class EdgeLayer(QGraphicsRectItem):
    """The edges at rest between two neighbouring columns, drawn by one item, faint ones first.

    At 8 hidden layers of 16 there are ~1,840 edges. As separate items,
    antialiased, they took most of each frame. One item saves the scene's
    per-item work, and the many edges thinner than ``HAIRLINE_PX`` on screen
    are drawn as 1-pixel hairlines, colored as light as their width would make
    them: Qt draws those on a fast path, where a wide antialiased curve is
    outlined and filled. Joining edges into one path per pen was tried: it is
    slower (a path of hundreds of crossing curves is costly to fill).

    The layer keeps its picture in a pixmap (Qt's device-coordinate cache):
    the canvas repaints every frame for the neurons' pictures, and the edges
    are only copied then. When a picture is drawn anew is ``EdgeLayers``'s
    to decide.
    """

    def __init__(self, view, layers):
        super().__init__()
        self.view = view
        self.layers = layers
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.NoButton)
        # A rect item only for its bounding box: Qt's own, so painting the
        # scene calls no Python for this item unless its picture is drawn anew.
        self.setPen(QPen(Qt.NoPen))
        self._group_of = {}        # edge -> (positive, level) while the layer draws it
        self._groups = {}          # (positive, level) -> edges, in the order they came
        self._screen_pens = {}     # (positive, level, scale) -> the pen used on screen
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.stale = False         # an edge changed group since the picture was drawn
        self.cost = 0.0            # seconds the last picture took to draw

    def set_bounds(self, rect):
        self.setRect(QRectF(rect))
        self.update()   # the edges moved: a new picture, throttled or not

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
        self.stale = True

    def screen_pen(self, group, scale, background=None):
        """The view's pen for ``group``, or a hairline as light as its width at this ``scale``."""
        pen = self.view._pen(group[0], group[1], False)
        if background is None:
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
        # Called only to draw the cached picture anew.
        start = time.perf_counter()
        scale = painter.transform().m11()
        if len(self._screen_pens) > 4096:
            self._screen_pens.clear()
        draw_path = painter.drawPath
        background = self.view.backgroundBrush().color()
        for group in sorted(self._groups, key=lambda g: (g[1], g[0])):
            edges = self._groups[group]
            if edges:
                painter.setPen(self.screen_pen(group, scale, background))
                for edge in edges:
                    draw_path(edge.curve_path)
        end = time.perf_counter()
        self.stale = False
        self.cost = end - start
        self.layers.painted(self, end)


class EdgeLayers:
    """Every edge at rest: an ``EdgeLayer`` between each two neighbouring columns, drawn anew in turns.

    Paused, every change shows at once. While training (``throttled``),
    if the whole picture took more than ``CHEAP_SECONDS``, the layers are
    drawn anew one at a time, at most every ``REFRESH_SECONDS`` shared among the
    layers, or less often if that would take more than ``MAX_SHARE`` of the
    time. At 8 layers of 16 the whole picture costs ~13 ms: drawn at once it
    made one frame in seven that much later (a 10 ms timer's p99 went past
    25 ms); a ninth of it each frame is ~1.5 ms, and each layer's widths
    still change about three times a second, which the eye takes for smooth.
    """

    CHEAP_SECONDS = 0.002
    REFRESH_SECONDS = 0.1
    MAX_SHARE = 0.05

    def __init__(self, view, n_layers):
        self.layers = [EdgeLayer(view, self) for _ in range(max(n_layers, 1))]
        self.throttled = False     # the view sets it while training
        self._turn = 0             # the layer to draw anew next, while throttled
        self._next_refresh = 0.0   # while throttled, no new picture before this (perf_counter)

    def add_to(self, scene):
        for layer in self.layers:
            scene.addItem(layer)

    def set_bounds(self, column_x, height):
        """Each layer spans the gap between its two columns; the widest pen reaches 3 px beyond."""
        for k, layer in enumerate(self.layers):
            right = column_x[min(k + 1, len(column_x) - 1)] + NODE
            layer.set_bounds(QRectF(column_x[k], 0, right - column_x[k], height).adjusted(-4, -4, 4, 4))

    def update(self):
        for layer in self.layers:
            layer.update()

    def place(self, edge, key):
        """Draw ``edge`` (between columns ``edge.k`` and ``edge.k + 1``) with the pen of ``key``."""
        self.layers[edge.k].place(edge, key)
        self.refresh()

    def refresh(self):
        """Draw anew the pictures an edge changed in, as the throttle allows (see the class)."""
        stale = [layer for layer in self.layers if layer.stale]
        if not stale:
            return
        if not self.throttled or sum(layer.cost for layer in self.layers) <= self.CHEAP_SECONDS:
            for layer in stale:
                layer.stale = False
                layer.update()
            return
        now = time.perf_counter()
        if now < self._next_refresh:
            return
        n = len(self.layers)
        layer = next(self.layers[(self._turn + i) % n] for i in range(n) if self.layers[(self._turn + i) % n].stale)
        self._turn = (self.layers.index(layer) + 1) % n
        layer.stale = False
        layer.update()
        # Held back from now, not from the paint: more edges change before this frame is painted.
        self._hold_after(layer, now)

    def painted(self, layer, end):
        if sum(layer.cost for layer in self.layers) > self.CHEAP_SECONDS:
            self._hold_after(layer, end)

    def _hold_after(self, layer, moment):
        share = self.REFRESH_SECONDS / len(self.layers)
        self._next_refresh = max(self._next_refresh, moment + max(share, layer.cost / self.MAX_SHARE))


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
        translate = QCoreApplication.translate
        if self.direction < 0:
            self.setText(translate("NetworkView", "▲ {count} more").format(count=count(hidden)))
            self.setToolTip(translate("NetworkView", "{hidden} of the {total} inputs are above, with their edges. "
                                      "Scroll over the input column, or click here, to see them.").format(
                hidden=count(hidden), total=count(total)))
        else:
            self.setText(translate("NetworkView", "▼ {count} more").format(count=count(hidden)))
            self.setToolTip(translate("NetworkView", "{hidden} of the {total} inputs are below, with their edges. "
                                      "Scroll over the input column, or click here, to see them.").format(
                hidden=count(hidden), total=count(total)))
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
