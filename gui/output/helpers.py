"""What the output view's parts share: sizes and colors, the view's modes, dot sizes, squares, small Qt helpers."""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QWidget

from engine import activations
from engine.formatting import fixed


RESOLUTION = 90               # heat map pixels per side
CURVE_POINTS = 200            # points on the fitted curve of 1-D data
HISTOGRAM_BINS = 30
DOT_MIN = 4.0                 # px: a point the network gets exactly right
DOT_GROWTH = 9.0              # px added at the loss of a blind guess; sqrt in between
DOT_MAX = DOT_MIN + 2 * DOT_GROWTH
DOT_PLOT_SIDE = 420           # px: in a smaller plot every dot shrinks in proportion (down to 60%)
HOVER_POINTS = 3              # points described at most in one tooltip
LIVE_POINTS = 1500            # dots drawn per split while training, a fixed sample; all of them once paused
FIT_DOT = 7.0                 # px: dots in the predicted-against-actual plot
HEATMAP_STRENGTH = 0.8        # heat map colors are this far from white to their full color
TRAIN_RIM = QColor("white")
TEST_RIM = QColor("#202124")
SQUARE_FILL = QColor(214, 39, 40, 60)
SQUARE_EDGE = QColor(214, 39, 40, 200)
BOUNDARY = QColor(32, 33, 36, 170)
TEXT_GREY = "#5f6368"
DESCRIPTION_INTERVAL_MS = 300  # a screen reader hears what the view shows at most this often

# The view's modes.
PLANE, CURVE, FIT, CONFUSION = "plane", "curve", "fit", "confusion"


DOT_SIZE_INTERVAL = 0.15    # seconds between resizing the dots while training


def blind_guess_loss(loss, Y_true, n_outputs, output_activation):
    """Mean loss of a network that knows nothing: equal probabilities, or the mean target."""
    Y_true = np.asarray(Y_true, dtype=float)
    if len(Y_true) == 0:
        return 1.0
    output = activations.get(output_activation)
    if output.gives_probabilities:
        guess = np.full_like(Y_true, 1.0 / n_outputs if output.shares_probabilities else 0.5)
    else:
        guess = np.broadcast_to(Y_true.mean(axis=0), Y_true.shape)
    value = float(np.mean(loss.per_sample(Y_true, guess)))
    return value if math.isfinite(value) and value > 1e-12 else 1.0


def dot_sizes(sample_losses, reference, scale=1.0):
    """Dot diameter in pixels: grows with the square root of the loss, capped at DOT_MAX.

    A loss of 0 is DOT_MIN, the loss of a blind guess (``reference``) is
    DOT_MIN + DOT_GROWTH, four times that or more is DOT_MAX; all times
    ``scale``. Sizes are rounded to half pixels so pyqtgraph can reuse its
    drawn symbols.
    """
    ratio = np.clip(np.nan_to_num(np.asarray(sample_losses, dtype=float), nan=4.0, posinf=4.0) / reference, 0, 4)
    return np.round((DOT_MIN + DOT_GROWTH * np.sqrt(ratio)) * scale * 2) / 2


def squares_path(x, y, y_fit, direction):
    """One QPainterPath holding a square per point: one side from (x, y) to (x, y_fit).

    ``direction`` is +1 (square to the right of the point) or -1 (left).
    Returns the path and each square's area.
    """
    side = np.abs(y - y_fit)
    x_far = x + direction * side
    xs = np.column_stack([x, x_far, x_far, x, x]).ravel()
    ys = np.column_stack([y, y, y_fit, y_fit, y]).ravel()
    connect = np.ones(len(xs), dtype=np.int32)
    connect[4::5] = 0          # each square's last corner does not lead to the next square
    path = pg.arrayToQPath(xs, ys, connect=connect, finiteCheck=False) if len(xs) else QPainterPath()
    path.setFillRule(Qt.WindingFill)
    return path, side * side


def _soften(rgb):
    """Heat map colors a little paler than the points' own, so the dots stand out."""
    return (255.0 + (rgb.astype(float) - 255.0) * HEATMAP_STRENGTH).astype(np.uint8)


def _num(value, digits=3):
    return fixed(value, digits)


def _coordinate(value):
    return fixed(value, 2)


def _pretty(name):
    return str(name).replace("^2", "²").replace("*", "·")


class _SquareFrame(QWidget):
    """Holds the plot, as a centred square when ``square`` is set, so a square plane is not padded out."""

    def __init__(self, child, parent=None):
        super().__init__(parent)
        self.child = child
        child.setParent(self)
        self.square = False

    def set_square(self, square):
        self.square = square
        self._place()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._place()

    def _place(self):
        w, h = self.width(), self.height()
        if self.square:
            side = min(w, h)
            self.child.setGeometry((w - side) // 2, (h - side) // 2, side, side)
        else:
            self.child.setGeometry(0, 0, w, h)


def _similar_spans(a, b):
    return a > 0 and b > 0 and 0.2 <= a / b <= 5.0


def _brush(color):
    return QBrush(QColor(color))


class _ShapeKey:
    """What cached inputs depend on: the prepared data (the object itself) and the network's shape."""

    def __init__(self, session):
        network = session.network
        self.prepared = session.prepared
        self.shape = (tuple(network.sizes), tuple(network.activation_names))

    def matches(self, session):
        network = session.network
        return (session.prepared is self.prepared
                and self.shape == (tuple(network.sizes), tuple(network.activation_names)))


def _pen(color, width=1.0):
    pen = QPen(QColor(color), width)
    pen.setCosmetic(True)
    return pen


def _resize_changed_dots(scatter, sizes):
    """Give ``scatter``'s dots ``sizes``, touching only those whose size changed.

    pyqtgraph's setSize looks every dot up in its symbol atlas again (~57 ms
    for 10,000 dots); most dots keep their half-pixel size from one refresh
    to the next, so only the changed ones are looked up. Hidden dots (while
    training only a sample is shown) keep their old size until they show.
    """
    data = scatter.data
    if len(data) != len(sizes):
        scatter.setSize(sizes)
        return
    changed = (data["size"] != sizes) & data["visible"]
    if changed.any():
        data["size"][changed] = sizes[changed]
        data["sourceRect"][changed] = 0    # "not in the atlas yet": updateSpots looks these up
        scatter.updateSpots(data)


def _cache_axes(plot_item):
    """Axes repaint with every new heat map or histogram; a cached picture of them is only copied."""
    for side in ("left", "bottom"):
        plot_item.getAxis(side).setCacheMode(QGraphicsItem.DeviceCoordinateCache)


def _r2(actual, predicted):
    actual, predicted = np.asarray(actual, dtype=float), np.asarray(predicted, dtype=float)
    if len(actual) == 0:
        return math.nan
    total = float(np.sum((actual - actual.mean()) ** 2))
    if total <= 0:
        return math.nan
    return 1.0 - float(np.sum((actual - predicted) ** 2)) / total
