"""The output view: what the network says about the data, and what each point costs.

It adapts to the data:

- two inputs: the network's output as a heat map over the input plane, with the
  decision boundary, and every point on top;
- one input: the points, the fitted curve, and for regression each point's
  miss drawn as a real square, so its area is the squared error ("a miss of 2
  visibly costs 4"); the view keeps a 1:1 aspect ratio so squares stay square;
- more inputs: predicted against actual values (regression) or a confusion
  matrix (classification).

In the first two, a point's dot grows with its own loss, and hovering it says
what the network predicts there and what that costs. ``LossHistogram`` shows
how the loss is spread over the training points.

Items are made on ``data_changed``/``network_changed``; a new snapshot only
runs one forward pass over the points and calls ``setData``/``setImage``.
"""

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainterPath, QPen
from PySide6.QtWidgets import (QAbstractItemView, QSizePolicy, QApplication, QButtonGroup, QCheckBox, QGraphicsItem,
                               QGraphicsPathItem, QHBoxLayout,
                               QHeaderView, QLabel, QRadioButton, QStackedWidget, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from engine import activations, losses
from engine.formatting import fixed, number, percent

from . import theme
from .appearance import make_bold, mute
from .target_units import is_standardized
from .derived import MAX_POINTS, sample_rows  # noqa: F401 (MAX_POINTS: how many rows are shown at most)

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


# ------------------------------------------------------------------ helpers


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


def contour_segments(values, xs, ys, level):
    """Line segments where ``values`` crosses ``level`` (vectorized marching squares).

    ``values[j, i]`` is the value at ``(xs[i], ys[j])``. Returns ``(x, y)``
    arrays in which each pair of consecutive points is one segment, for a
    curve drawn with ``connect="pairs"``.
    """
    v = np.nan_to_num(np.asarray(values, dtype=float) - level)
    above = v >= 0
    a, b, c, d = v[:-1, :-1], v[:-1, 1:], v[1:, 1:], v[1:, :-1]   # corners: (x0,y0) (x1,y0) (x1,y1) (x0,y1)
    sa, sb, sc, sd = above[:-1, :-1], above[:-1, 1:], above[1:, 1:], above[1:, :-1]
    edges = [sa != sb, sb != sc, sd != sc, sa != sd]                       # bottom, right, top, left
    # If neither of the first three edges is crossed, all four corners agree.
    cells = np.nonzero(edges[0] | edges[1] | edges[2])
    if len(cells[0]) == 0:
        return np.empty(0), np.empty(0)
    crosses = np.stack([edge[cells] for edge in edges], axis=1)
    j, i = cells
    x0, x1, y0, y1 = xs[i], xs[i + 1], ys[j], ys[j + 1]
    a, b, c, d = a[cells], b[cells], c[cells], d[cells]
    with np.errstate(divide="ignore", invalid="ignore"):
        points = np.stack([
            np.stack([x0 + a / (a - b) * (x1 - x0), y0], axis=-1),
            np.stack([x1, y0 + b / (b - c) * (y1 - y0)], axis=-1),
            np.stack([x0 + d / (d - c) * (x1 - x0), y1], axis=-1),
            np.stack([x0, y0 + a / (a - d) * (y1 - y0)], axis=-1),
        ], axis=1)                                                       # (cells, 4 edges, 2)
    n_cross = crosses.sum(axis=1)
    rows = np.arange(len(n_cross))
    two = n_cross == 2
    first = np.argmax(crosses, axis=1)
    last = 3 - np.argmax(crosses[:, ::-1], axis=1)
    segments = [np.stack([points[rows[two], first[two]], points[rows[two], last[two]]], axis=1)]
    saddle = rows[n_cross == 4]
    if len(saddle):
        # The centre decides which opposite corners are joined.
        centre_like_a = ((a + b + c + d)[saddle] >= 0) == (a[saddle] >= 0)
        pairs = np.where(centre_like_a[:, None], [[0, 1, 2, 3]], [[0, 3, 1, 2]])
        for k in (0, 2):
            segments.append(np.stack([points[saddle, pairs[:, k]], points[saddle, pairs[:, k + 1]]], axis=1))
    segments = np.concatenate(segments).reshape(-1, 2)
    return segments[:, 0], segments[:, 1]


OUTPUT_PICTURE = "output view: heat map"


def output_picture(out, classes, grid_x, grid_y, centre, limit, target_scale, target_mean):
    """The heat map of the network's output ``out`` (r, r, n_outputs) over the plane, and the boundary.

    Returns ``(rgb, boundary)``: the image rows as drawn (row 0 at the bottom),
    and the decision boundary's ``(x, y)`` segments, or None for regression.
    Pure numpy: the worker computes it with each snapshot.
    """
    boundary = None
    if classes and out.shape[-1] == 1:
        p = out[..., 0]
        rgb = theme.diverging_rgb(1.0 - 2.0 * p)
        boundary = contour_segments(p, grid_x, grid_y, 0.5)
    elif classes:
        p = np.nan_to_num(out)
        rgb = theme.class_rgb(p)
        # Where the most likely class changes: for each class, where it ties with the best other.
        xs, ys = [], []
        for c in range(p.shape[-1]):
            others = np.delete(p, c, axis=-1).max(axis=-1)
            x, y = contour_segments(p[..., c] - others, grid_x, grid_y, 0.0)
            xs.append(x)
            ys.append(y)
        boundary = (np.concatenate(xs), np.concatenate(ys))
    else:
        rgb = theme.diverging_rgb(out[..., 0] * target_scale + target_mean - centre, limit)
    # Row 0 of the grid is the top (largest x2); the image's row 0 is drawn at the bottom.
    return _soften(rgb)[::-1], boundary


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
    to the next, so only the changed ones are looked up.
    """
    data = scatter.data
    if len(data) != len(sizes):
        scatter.setSize(sizes)
        return
    changed = data["size"] != sizes
    if changed.any():
        data["size"][changed] = sizes[changed]
        data["sourceRect"][changed] = 0    # "not in the atlas yet": updateSpots looks these up
        scatter.updateSpots(data)


def _cache_axes(plot_item):
    """Axes repaint with every new heat map or histogram; a cached picture of them is only copied."""
    for side in ("left", "bottom"):
        plot_item.getAxis(side).setCacheMode(QGraphicsItem.DeviceCoordinateCache)


# ---------------------------------------------------------------- histogram


HISTOGRAM_INTERVAL = 0.15   # seconds between refreshes while training
DOT_SIZE_INTERVAL = 0.15    # seconds between resizing the dots while training


class LossHistogram(QWidget):
    """How the loss is spread over the training points: one bar per loss range, and the mean.

    Listens to the session by itself. ``counts`` and ``edges`` hold what is drawn.
    """

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("loss_histogram")
        self.session = session
        self.counts = np.zeros(HISTOGRAM_BINS, dtype=int)
        self.edges = np.linspace(0, 1, HISTOGRAM_BINS + 1)
        self.mean = math.nan
        self._build()
        # A new experiment sends its snapshot before data_changed: refresh notices and rebuilds.
        session.data_changed.connect(self.refresh)
        session.network_changed.connect(self.refresh)
        session.snapshot_changed.connect(self._on_snapshot)
        session.running_changed.connect(self.refresh)
        self._last_refresh = 0.0
        self._rebuild()

    def _on_snapshot(self):
        # While training, a few refreshes a second tell the story; every
        # frame would cost a quarter of the window's drawing time.
        if self.session.is_running and (time.perf_counter() - self._last_refresh < HISTOGRAM_INTERVAL
                                        or not self.session.may_refresh_extra()):
            return
        self.refresh()

    def _build(self):
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("loss_histogram_plot")
        self.plot.setAccessibleName("histogram of the loss of each training point")
        self.plot.setToolTip("How many training points have each loss: bars near 0 are points the network "
                             "gets right; bars far right are the points it gets most wrong.")
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        _cache_axes(item)
        item.getViewBox().disableAutoRange()  # _fit_range moves it, rarely
        item.setLabel("bottom", "loss of one sample")
        item.setLabel("left", "points")
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.enableAutoSIPrefix(False)
            axis.setTextPen(TEXT_GREY)
            axis.setPen(TEXT_GREY)
        fill = QColor(theme.TRAIN)
        fill.setAlpha(120)
        self.bars = pg.PlotDataItem(stepMode="center", fillLevel=0, fillBrush=fill, pen=_pen(theme.TRAIN, 1.2))
        item.addItem(self.bars)
        # Mid grey: readable on the light and on the dark theme's background.
        self.mean_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#7a7f87", width=1.5, style=Qt.DashLine),
                                         label="mean = {value:.3g}",
                                         labelOpts={"position": 0.85, "color": "#7a7f87", "anchors": [(0, 0.5), (0, 0.5)]})
        item.addItem(self.mean_line, ignoreBounds=True)

        self.title = QLabel()
        self.title.setObjectName("loss_histogram_title")
        self.title.setAccessibleName("loss histogram title")
        mute(self.title)
        self.title.setWordWrap(True)
        self.title.setToolTip("The mean of these losses is the training loss.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.set_zoom(1.0)

    def set_zoom(self, zoom):
        """Presentation zoom: the mean's label, and the room for the bars, grow with the window's text."""
        font = QFont(self.font())
        font.setPointSizeF(8 * zoom)
        self.mean_line.label.setFont(font)
        self.plot.setMinimumHeight(round(100 * zoom))
        # The title may wrap to two lines; the widgets' fonts follow the application's a moment later.
        title_lines = 2 * QFontMetrics(QApplication.font()).lineSpacing()
        self.setMaximumHeight(round(125 * zoom) + title_lines)

    def _rebuild(self):
        self._key = _ShapeKey(self.session)
        self.refresh()

    def refresh(self):
        self._last_refresh = time.perf_counter()
        session = self.session
        if not self._key.matches(session):
            # A new experiment announces its snapshot before its data.
            self._rebuild()
            return
        # The training rows' losses, computed with the snapshot (gui.derived), in
        # the target's units so a person can place them.
        sample_losses = session.derived().points()[1][:session.view_inputs().n_train]
        sample_losses = session.prepared.in_target_units(session.loss_name, sample_losses)
        self.set_losses(sample_losses, len(session.prepared.train_index))

    def _fit_range(self, high, tallest):
        """Set the view only when the bars outgrow it or shrink well inside it.

        pyqtgraph's auto-range would move it on every refresh, and a moving
        range costs new axis ticks and a second paint each time.
        """
        view = self.plot.getPlotItem().getViewBox()
        (_, x1), (_, y1) = view.viewRange()
        if not (high > x1 or high < 0.6 * x1 or tallest > y1 or tallest < 0.6 * y1):
            return
        # A little room left of 0 so the first bar doesn't hide the 0 tick.
        view.setRange(xRange=(-0.03 * high, 1.1 * high), yRange=(0.0, 1.15 * max(tallest, 1)), padding=0)

    def set_losses(self, sample_losses, total=None):
        """Draw the histogram of ``sample_losses`` (of ``total`` training points, when sampled)."""
        finite = sample_losses[np.isfinite(sample_losses)]
        high = float(finite.max()) if finite.size else 1.0
        high = high if high > 1e-12 else 1e-12
        self.counts, self.edges = np.histogram(finite, bins=HISTOGRAM_BINS, range=(0.0, high))
        self.mean = float(finite.mean()) if finite.size else math.nan
        self.bars.setData(self.edges, self.counts)
        self._fit_range(high, int(self.counts.max()) if self.counts.size else 1)
        if math.isfinite(self.mean):
            self.mean_line.setValue(self.mean)
        self.mean_line.setVisible(math.isfinite(self.mean))
        total = total or len(sample_losses)
        name = losses.get(self.session.loss_name).label
        name = name[0].upper() + name[1:]
        shown = (f"the {len(sample_losses):,} training points" if total == len(sample_losses)
                 else f"a sample of {len(sample_losses):,} of the {total:,} training points")
        title = f"{name} of each of {shown} · mean = training loss"
        units = self.session.prepared.target_units(self.session.loss_name)
        if is_standardized(self.session.prepared) and units:
            title += f", in {units} (the network works on standardized targets)"
        self.title.setText(title)


# -------------------------------------------------------------- output view


class OutputView(QWidget):
    """The network's output on the data, each point's loss, and the loss histogram.

    Public: ``show_neuron(target)`` swaps the heat map (or, for 1-D data, adds a
    curve) for one neuron's activation; ``None`` goes back to the output.
    ``histogram`` is the embedded ``LossHistogram``.
    """

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("output_view")
        self.session = session
        self.mode = None
        self.neuron = None              # (layer, unit) shown instead of the output, or None
        self.square_areas = np.empty(0)
        self.confusion = None           # counts, rows = actual class, columns = predicted
        self.sizes = np.empty(0)        # dot size of each shown row (train rows first)
        self.sample_losses = np.empty(0)
        self.update_seconds = 0.0       # how long the latest snapshot update took
        self._dot_scale = 1.0
        self._dot_reference = 1.0
        self._grid = (None, None)
        self._build()
        # A new experiment sends its snapshot before data_changed: refresh notices and rebuilds.
        session.data_changed.connect(self.refresh)
        session.network_changed.connect(self.refresh)
        self._sizes_set_at = 0.0
        session.snapshot_changed.connect(self.refresh)
        session.running_changed.connect(self._on_running_changed)  # full detail again once paused
        self.rebuild()
        self._description_timer = QTimer(self, singleShot=True, interval=DESCRIPTION_INTERVAL_MS)
        self._description_timer.timeout.connect(self._update_description)
        session.snapshot_changed.connect(self._describe_soon)
        self._update_description()

    # ------------------------------------------------------------- building

    def _build(self):
        self.caption = QLabel()
        self.caption.setObjectName("output_caption")
        self.caption.setAccessibleName("what the output view shows")
        self.caption.setWordWrap(True)
        make_bold(self.caption, QFont.DemiBold)

        self.test_box = QCheckBox("show test points")
        self.test_box.setObjectName("show_test_points")
        self.test_box.setAccessibleName("show test points")
        self.test_box.setToolTip("Also draw the test points, which the network never trains on "
                                 "(dark rim; training points have a white rim).")
        self.test_box.setChecked(True)
        self.test_box.toggled.connect(self._apply_visibility)

        self.squares_box = QCheckBox("show squared errors")
        self.squares_box.setObjectName("show_squared_errors")
        self.squares_box.setAccessibleName("show squared errors")
        self.squares_box.setToolTip("Draw each training point's miss as a square: its side is the distance "
                                    "from the point to the curve, so its area is the squared error. "
                                    "A miss of 2 covers 4 squares of 1.")
        self.squares_box.setChecked(True)
        self.squares_box.toggled.connect(self._apply_visibility)
        for box in (self.test_box, self.squares_box):
            # Never narrower than their words: a squeezed box cuts them off.
            box.setSizePolicy(QSizePolicy.Minimum, QSizePolicy.Fixed)

        self.split_test = QRadioButton("test points")
        self.split_test.setObjectName("confusion_test")
        self.split_test.setAccessibleName("count test points")
        self.split_test.setToolTip("Count the points the network never trained on.")
        self.split_test.setChecked(True)
        self.split_train = QRadioButton("training points")
        self.split_train.setObjectName("confusion_train")
        self.split_train.setAccessibleName("count training points")
        self.split_train.setToolTip("Count the points the network trains on.")
        self._split_group = QButtonGroup(self)
        self._split_group.addButton(self.split_test)
        self._split_group.addButton(self.split_train)
        self.split_test.toggled.connect(lambda _: self.refresh())

        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        bar.setSpacing(10)
        bar.addWidget(self.test_box)
        bar.addWidget(self.squares_box)
        bar.addWidget(self.split_test)
        bar.addWidget(self.split_train)
        bar.addStretch(1)

        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("output_plot")
        self.plot.setAccessibleName("network output")
        self.plot.setMinimumSize(200, 200)
        item = self.plot_item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        _cache_axes(item)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.enableAutoSIPrefix(False)
            axis.setTextPen(TEXT_GREY)
            axis.setPen(TEXT_GREY)
        self.view_box = item.getViewBox()

        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setZValue(0)
        self.boundary = pg.PlotCurveItem(connect="pairs", pen=_pen(BOUNDARY, 1.6))
        self.boundary.setZValue(2)
        self.diagonal = pg.PlotCurveItem(pen=pg.mkPen(TEXT_GREY, width=1.2, style=Qt.DashLine))
        self.diagonal.setZValue(1)
        self.squares = QGraphicsPathItem()
        self.squares.setBrush(QBrush(SQUARE_FILL))
        self.squares.setPen(_pen(SQUARE_EDGE, 1.0))
        self.squares.setZValue(3)
        self.curve = pg.PlotCurveItem(pen=_pen("#202124", 2.5))
        self.curve.setZValue(4)
        self.neuron_curve = pg.PlotCurveItem(pen=pg.mkPen("#7b3fb0", width=2, style=Qt.DashLine))
        self.neuron_curve.setZValue(4)
        self.test_points = pg.ScatterPlotItem(hoverable=True, tip=None, hoverPen=_pen("#000000", 2.0))
        self.test_points.setZValue(5)
        self.train_points = pg.ScatterPlotItem(hoverable=True, tip=None, hoverPen=_pen("#000000", 2.0))
        self.train_points.setZValue(6)
        for scatter in (self.train_points, self.test_points):
            scatter.sigHovered.connect(self._on_hovered)
        for graphic in (self.image, self.boundary, self.diagonal, self.curve, self.neuron_curve,
                        self.test_points, self.train_points):
            item.addItem(graphic)
        item.addItem(self.squares)

        self.table = QTableWidget()
        self.table.setObjectName("confusion_matrix")
        self.table.setAccessibleName("confusion matrix")
        self.table.setToolTip("Rows: the actual class. Columns: the class the network predicts. "
                              "The diagonal (green) counts the points it gets right.")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.setFocusPolicy(Qt.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Stretch)
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(4, 0, 4, 0)
        self.table_heading = QLabel("rows: actual class  ·  columns: predicted class")
        mute(self.table_heading)
        table_layout.addWidget(self.table_heading)
        table_layout.addWidget(self.table, 1)

        self.pages = QStackedWidget()
        self.plot_frame = _SquareFrame(self.plot)
        self.plot_frame.setMinimumSize(200, 200)
        self.pages.addWidget(self.plot_frame)
        self.pages.addWidget(table_page)

        self.note = QLabel()
        self.note.setObjectName("output_note")
        self.note.setAccessibleName("how to read the output view")
        self.note.setWordWrap(True)
        mute(self.note)

        self.histogram = LossHistogram(self.session)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.histogram)

    # ------------------------------------------------------------ rebuilding

    def rebuild(self):
        """New data or a new network: choose the mode and set what stays put (positions, colors)."""
        session = self.session
        dataset, prepared = session.dataset, session.prepared
        n_raw = dataset.X.shape[1]
        self.classes = dataset.task == "classification"
        self.class_names = list(dataset.class_names)
        self.neuron = None
        self._grid = (None, None)
        self._key = _ShapeKey(session)
        if n_raw == 2:
            self.mode = PLANE
        elif n_raw == 1 and (not self.classes or prepared.n_outputs == 1):
            self.mode = CURVE
        else:
            self.mode = CONFUSION if self.classes else FIT

        shown = session.view_inputs()
        self._n_train = shown.n_train
        self._rows = shown.rows
        self._X = np.asarray(dataset.X, dtype=float)[self._rows]
        self._y = np.asarray(dataset.y)[self._rows]
        self._targets = shown.point_targets
        self._totals = (len(prepared.train_index), len(prepared.test_index))
        self._reference = {}            # loss name -> loss of a blind guess
        if not self.classes:
            y_train = np.asarray(prepared.y_train, dtype=float)
            # Built-in targets are signed (blue positive, orange negative); a table's are
            # colored above and below their mean.
            builtin = dataset.source.get("kind") == "builtin" if isinstance(dataset.source, dict) else False
            self._centre = 0.0 if builtin or not len(y_train) else float(y_train.mean())
            spread = float(np.max(np.abs(y_train - self._centre))) if len(y_train) else 0.0
            self._limit = spread if spread > 0 else 1.0

        plotting = self.mode != CONFUSION
        self.pages.setCurrentIndex(0 if plotting else 1)
        self.test_box.setVisible(plotting)
        regression_curve = self.mode == CURVE and not self.classes
        self.squares_box.setVisible(regression_curve)
        self.split_test.setVisible(not plotting)
        self.split_train.setVisible(not plotting)
        self.image.setVisible(self.mode == PLANE)
        self.boundary.setVisible(self.mode == PLANE and self.classes)
        self.diagonal.setVisible(self.mode == FIT)
        self.curve.setVisible(self.mode == CURVE)
        self.neuron_curve.hide()
        self.square_areas = np.empty(0)
        self.squares.setPath(QPainterPath())

        if plotting:
            self._place_points()
            self._set_axes()
        else:
            self._build_table()
        self._apply_visibility()
        self.refresh()

    def _point_positions(self):
        if self.mode == PLANE:
            return self._X[:, 0], self._X[:, 1]
        if self.mode == CURVE:
            y = self._y.astype(float)
            return self._X[:, 0], y
        return self._y.astype(float), self._y.astype(float)   # FIT: moved on every snapshot

    def _point_brushes(self):
        if self.classes:
            palette = np.array([_brush(c) for c in (theme.CLASS_COLORS * 4)[:max(len(self.class_names), 1)]],
                               dtype=object)
            return palette[self._y.astype(int)]
        if self.mode == PLANE:
            rgb = theme.diverging_rgb(self._y.astype(float) - self._centre, self._limit)
            return [QBrush(QColor(*map(int, c))) for c in rgb]
        return [_brush(theme.BLUE)] * len(self._y)

    def _place_points(self):
        x, y = self._point_positions()
        brushes = self._point_brushes()
        n = self._n_train
        size = FIT_DOT if self.mode == FIT else DOT_MIN + DOT_GROWTH
        index = np.arange(len(x))
        self.train_points.setData(x=x[:n], y=y[:n], brush=list(brushes[:n]), pen=_pen(TRAIN_RIM, 1.0),
                                  size=size, data=index[:n])
        self.test_points.setData(x=x[n:], y=y[n:], brush=list(brushes[n:]), pen=_pen(TEST_RIM, 1.6),
                                 size=size, data=index[n:])
        self._show_live_sample(self.session.is_running)

    def _set_axes(self):
        session = self.session
        names = [_pretty(n) for n in session.dataset.feature_names]
        target = session.dataset.target_name or "y"
        item = self.plot_item
        x0, x1, y0, y1 = session.input_extent()
        if self.mode == PLANE:
            item.setLabel("bottom", names[0])
            item.setLabel("left", names[1])
            square = _similar_spans(x1 - x0, y1 - y0)
            self.view_box.setAspectLocked(square, ratio=1.0)
            self.plot_frame.set_square(square)
            self.view_box.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
            self._grid_x = np.linspace(x0, x1, RESOLUTION)
            self._grid_y = np.linspace(y0, y1, RESOLUTION)
            # Grid values sit at pixel centres: the image spans half a pixel more on every side.
            dx, dy = (x1 - x0) / (RESOLUTION - 1), (y1 - y0) / (RESOLUTION - 1)
            self._image_rect = QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy)
            self._register_picture()
        elif self.mode == CURVE:
            item.setLabel("bottom", names[0])
            item.setLabel("left", "P(" + self.class_names[1] + ")" if self.classes else target)
            self._curve_x = np.linspace(x0, x1, CURVE_POINTS)
            self._curve_inputs = session.prepared.transform(self._curve_x[:, None])
            y = self._y.astype(float)
            if self.classes:
                low, high = -0.1, 1.1
            else:
                low, high = float(y.min()), float(y.max())
            pad = 0.08 * max(high - low, 1e-9)
            low, high = low - pad, high + pad
            # Squares are square only with equal units on both axes.
            self.view_box.setAspectLocked(not self.classes and _similar_spans(x1 - x0, high - low), ratio=1.0)
            self.plot_frame.set_square(False)
            self.view_box.setRange(xRange=(x0, x1), yRange=(low, high), padding=0)
        else:
            item.setLabel("bottom", f"actual {target}")
            item.setLabel("left", f"predicted {target}")
            y = self._y.astype(float)
            low, high = float(y.min()), float(y.max())
            pad = 0.08 * max(high - low, 1e-9)
            low, high = low - pad, high + pad
            self._fit_range = (low, high)
            self.diagonal.setData([low, high], [low, high])
            self.view_box.setAspectLocked(True, ratio=1.0)
            self.plot_frame.set_square(True)
            self.view_box.setRange(xRange=(low, high), yRange=(low, high), padding=0)

    def _build_table(self):
        names = self.class_names
        k = len(names)
        self.table.clear()
        self.table.setRowCount(k)
        self.table.setColumnCount(k)
        self.table.setHorizontalHeaderLabels([f"→ {n}" for n in names])
        self.table.setVerticalHeaderLabels(names)
        bold = QFont(self.font())
        bold.setBold(True)
        for r in range(k):
            for c in range(k):
                cell = QTableWidgetItem("0")
                cell.setTextAlignment(Qt.AlignCenter)
                if r == c:
                    cell.setFont(bold)
                cell.setToolTip(f"actual {names[r]}, predicted {names[c]}")
                self.table.setItem(r, c, cell)

    # -------------------------------------------------------------- updating

    def refresh(self):
        """A new snapshot: one forward pass over the points (and the grid), then setData."""
        start = time.perf_counter()
        session = self.session
        if not self._key.matches(session):
            # A new experiment announces its snapshot before its data.
            self.rebuild()
            return
        loss = losses.get(session.loss_name)
        # Outputs and losses at the shown points come with the snapshot (gui.derived).
        self._outputs, self.sample_losses = session.derived().points()
        with np.errstate(all="ignore"):
            self._predictions = session.prepared.decode(self._outputs)
        if self.mode == CONFUSION:
            self._update_table()
        else:
            if self.mode != FIT:
                reference = self._reference.get(loss.name)
                if reference is None:
                    prepared = session.prepared
                    reference = self._reference[loss.name] = blind_guess_loss(
                        loss, self._targets[:self._n_train], prepared.n_outputs, prepared.output_activation)
                self._dot_reference = reference
                # Resizing hundreds of dots is the costliest part of a frame;
                # while training a few times a second is enough to follow.
                if not session.is_running or (time.perf_counter() - self._sizes_set_at > DOT_SIZE_INTERVAL
                                              and session.may_refresh_extra()):
                    self._set_dot_sizes()
            if self.mode == PLANE:
                self._update_plane()
            elif self.mode == CURVE:
                self._update_curve()
            else:
                self._update_fit()
        self._update_texts(loss)
        self.update_seconds = time.perf_counter() - start

    def _on_running_changed(self, running):
        self._show_live_sample(running)
        self.refresh()

    def _show_live_sample(self, running):
        """While training, a bounded sample of the dots follows the network; paused, all of them."""
        for scatter in (self.train_points, self.test_points):
            n = len(scatter.data)
            if n > LIVE_POINTS or not scatter.data["visible"].all():
                visible = np.ones(n, dtype=bool)
                if running and n > LIVE_POINTS:
                    visible[:] = False
                    visible[sample_rows(np.arange(n), LIVE_POINTS)] = True
                scatter.setPointsVisible(visible)

    def _set_dot_sizes(self):
        self._sizes_set_at = time.perf_counter()
        self._dot_scale = self._wanted_dot_scale()
        self.sizes = dot_sizes(self.sample_losses, self._dot_reference, self._dot_scale)
        n = self._n_train
        _resize_changed_dots(self.train_points, self.sizes[:n])
        _resize_changed_dots(self.test_points, self.sizes[n:])

    def _wanted_dot_scale(self):
        """Smaller dots in a small plot, so a crowded set stays readable."""
        side = min(self.plot.width(), self.plot.height())
        return float(np.clip(round(side / DOT_PLOT_SIDE, 1), 0.6, 1.0))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.mode in (PLANE, CURVE) and self.sample_losses.size and self._wanted_dot_scale() != self._dot_scale:
            self._set_dot_sizes()

    def _grid_layers(self):
        serial = self.session.snapshot_serial
        if self._grid[0] != serial:
            self._grid = (serial, self.session.grid_outputs(RESOLUTION))
        return self._grid[1]

    def _update_plane(self):
        if self.neuron is not None:
            inputs, layers = self._grid_layers()
            layer, unit = self.neuron
            values = inputs[..., unit] if layer == 0 else layers[layer - 1][..., unit]
            rgb = _soften(self._neuron_rgb(layer, values))[::-1]
            self.boundary.hide()
        else:
            # Colored (and the boundary found) with the snapshot, off the GUI thread (gui.derived).
            if OUTPUT_PICTURE not in self.session.view_inputs().extras:
                self._register_picture()
            rgb, boundary = self.session.derived().extra(OUTPUT_PICTURE)
            if boundary is not None:
                self.boundary.setData(*boundary)
            self.boundary.setVisible(self.classes)
        self.image.setImage(rgb, autoLevels=False, levels=(0, 255), rect=self._image_rect)

    def _register_picture(self):
        """Tell the worker how to color the output over the plane, with every snapshot."""
        classes = self.classes
        prepared = self.session.prepared
        grid_x, grid_y = self._grid_x, self._grid_y[::-1]
        centre, limit = (getattr(self, "_centre", 0.0), getattr(self, "_limit", 1.0))
        scale, mean = prepared.target_scale, prepared.target_mean

        def picture(derived):
            return output_picture(derived.grid(RESOLUTION)[1][-1], classes, grid_x, grid_y, centre, limit, scale, mean)
        self.session.view_inputs().extras[OUTPUT_PICTURE] = picture

    def _neuron_rgb(self, layer, values):
        network = self.session.network
        if layer == 0:
            limit = theme.robust_limit(values)
        else:
            bounds = network.activations[layer - 1].output_range
            if bounds is not None:
                low, high = bounds   # onto -1..1, the middle of the range pale
                values, limit = (2.0 * values - low - high) / (high - low), 1.0
            else:
                limit = theme.robust_limit(values)
        return theme.diverging_rgb(values, limit)

    def _update_curve(self):
        session = self.session
        with np.errstate(all="ignore"):
            layers = [a for _, a in session.network.forward_layers(self._curve_inputs)]
        out = layers[-1]
        fitted = out[:, 0] if self.classes else session.prepared.decode(out)
        self.curve.setData(self._curve_x, fitted)
        if self.neuron is not None:
            layer, unit = self.neuron
            values = self._curve_inputs[:, unit] if layer == 0 else layers[layer - 1][:, unit]
            self.neuron_curve.setData(self._curve_x, values)
            self.neuron_curve.show()
        else:
            self.neuron_curve.hide()
        if self.classes:
            return
        n = self._n_train
        x, y = self._X[:n, 0], self._y[:n].astype(float)
        y_fit = self._predictions[:n]
        # Each square goes to the side where the curve leaves it, so the curve does not cut through it.
        slope = np.interp(x, self._curve_x, np.gradient(fitted, self._curve_x))
        direction = np.where((y - y_fit) * slope > 0, -1.0, 1.0)
        path, self.square_areas = squares_path(x, y, y_fit, direction)
        self.squares.setPath(path)

    def _update_fit(self):
        n = self._n_train
        actual = self._y.astype(float)
        predicted = np.nan_to_num(self._predictions)
        self.train_points.setData(x=actual[:n], y=predicted[:n], data=np.arange(n),
                                  brush=_brush(theme.TRAIN), pen=_pen(TRAIN_RIM, 1.0), size=FIT_DOT)
        self.test_points.setData(x=actual[n:], y=predicted[n:], data=np.arange(n, len(actual)),
                                 brush=_brush("#ffffff"), pen=_pen(theme.TEST, 1.6), size=FIT_DOT)

    def _update_table(self):
        n = self._n_train
        part = slice(n, None) if self.split_test.isChecked() else slice(0, n)
        actual = self._y[part].astype(int)
        predicted = self._predictions[part]
        k = len(self.class_names)
        counts = np.zeros((k, k), dtype=int)
        np.add.at(counts, (actual, np.clip(predicted, 0, k - 1)), 1)
        self.confusion = counts
        top = max(int(counts.max()), 1)
        for r in range(k):
            for c in range(k):
                cell = self.table.item(r, c)
                value = int(counts[r, c])
                cell.setText(str(value))
                strength = value / top
                if r == c:
                    color = QColor(46, 160, 67, int(40 + 120 * strength))
                elif value:
                    color = QColor(214, 39, 40, int(30 + 130 * strength))
                else:
                    color = QColor(0, 0, 0, 0)
                cell.setBackground(color)

    def _update_texts(self, loss):
        loss_name = loss.label
        sampled = self._n_train < self._totals[0] or len(self._rows) - self._n_train < self._totals[1]
        sample_note = f" Showing a sample of {len(self._rows):,} of {sum(self._totals):,} points." if sampled else ""
        dots = "Bigger dot = bigger loss"
        guess = self._reference.get(loss.name)
        if guess is not None:
            dots += f" (medium: {_num(guess)}, the {loss_name} of a blind guess)"
        rims = "Dark rim: test point"
        if self.mode == PLANE:
            if self.neuron is not None:
                caption = self._neuron_caption()
                note = f"Blue: the neuron's value is positive, orange: negative, pale: near 0. {dots}."
            elif self.classes and self.session.prepared.n_outputs == 1:
                names = self.class_names
                caption = f"Network output: P({names[1]}) over the input plane, line at P = 0.5"
                note = f"Orange: it says “{names[1]}”, blue: “{names[0]}”. {dots}. {rims}."
            elif self.classes:
                caption = "Network output: the most likely class (paler where unsure)"
                note = f"Lines: where the most likely class changes. {dots}. {rims}."
            else:
                caption = "Network output: the predicted value over the input plane"
                if self._centre == 0:
                    colors = "Blue: positive, orange: negative"
                else:
                    colors = f"Blue: above {_num(self._centre, 2)} (the mean target), orange: below"
                note = f"{colors} (dots: their targets). {dots}. {rims}."
        elif self.mode == CURVE:
            if self.classes:
                caption = f"Network output: P({self.class_names[1]}) along {_pretty(self.session.dataset.feature_names[0])}"
                note = f"{dots}. {rims}."
            else:
                n, sse = len(self.square_areas), float(self.square_areas.sum())
                caption = "Network output: the fitted curve; red squares: the squared errors"
                note = f"Side = the miss, area = the miss squared: a miss of 2 costs 4. The {n:,} squares add up to {_num(sse)}"
                prepared = self.session.prepared
                if loss.is_squared_error and prepared.target_scale == 1.0 and prepared.target_mean == 0.0 and n:
                    note += f" = {n:,} × the training {loss.label} {_num(sse / n)}"
                elif loss.is_squared_error and is_standardized(prepared) and n:
                    note += (f" = {n:,} × the training {loss.label} in {prepared.target_name} units, {_num(sse / n)} "
                             f"{prepared.target_units(loss)} (the network works on standardized targets)")
                note += f". {dots}."
            if self.neuron is not None:
                caption = self._neuron_caption() + " (dashed), over the network output"
        elif self.mode == FIT:
            n = self._n_train
            caption = "Predicted against actual: on the dashed line the network is exactly right"
            note = (f"R² on test points = {_num(_r2(self._y[n:], self._predictions[n:]), 2)}, on training points = "
                    f"{_num(_r2(self._y[:n], self._predictions[:n]), 2)} (1 is a perfect fit, 0 no better than "
                    f"guessing the mean). Filled: training point, hollow: test point.")
        else:
            which = "test" if self.split_test.isChecked() else "training"
            right = int(np.trace(self.confusion))
            total = int(self.confusion.sum())
            caption = f"Confusion matrix of the {which} points"
            share = f"{100 * right / total:.1f}%" if total else "–"
            note = f"The network gets {right:,} of {total:,} {which} points right ({share})."
        self.caption.setText(caption)
        self.note.setText(note + sample_note)

    def _describe_soon(self):
        # The first snapshot in a while starts the timer, later ones ride on it,
        # so the description follows within DESCRIPTION_INTERVAL_MS of the last.
        if not self._description_timer.isActive():
            self._description_timer.start()

    def _update_description(self):
        """What the view shows, for screen readers: "decision boundary: 96% of test points on the right side"."""
        n = self._n_train
        which, rows = ("test", slice(n, None)) if len(self._y) > n else ("training", slice(0, n))
        actual, predicted = self._y[rows], self._predictions[rows]
        if self.classes:
            share = float(np.mean(predicted == actual.astype(int))) if len(actual) else None
            where = "in the right class" if self.mode == CONFUSION else "on the right side"
            what = "confusion matrix" if self.mode == CONFUSION else "decision boundary"
            text = f"{what}: {percent(share, 0)} of {which} points {where}"
        else:
            what = {PLANE: "predicted value", CURVE: "fitted curve"}.get(self.mode, "predicted against actual")
            text = f"{what}: R² {number(_r2(actual, predicted), 2)} on {which} points (1 is a perfect fit)"
        self.plot.setAccessibleDescription(text)
        self.table.setAccessibleDescription(text)

    def _neuron_caption(self):
        layer, unit = self.neuron
        network = self.session.network
        if layer == 0:
            name = _pretty(self.session.prepared.input_names[unit])
            return f"Input {name} (standardised), as the network sees it"
        activation = network.activation_names[layer - 1]
        if layer == len(network.weights):
            return f"Output neuron {unit + 1} ({activation})"
        return f"Neuron {unit + 1} of hidden layer {layer} ({activation})"

    def _apply_visibility(self):
        show_test = self.test_box.isChecked() or self.mode == CONFUSION
        self.test_points.setVisible(show_test)
        self.squares.setVisible(self.mode == CURVE and not self.classes and self.squares_box.isChecked())

    # ---------------------------------------------------------------- neurons

    def show_neuron(self, target):
        """Show one neuron's activation instead of the output; ``None`` shows the output again.

        ``target`` is ``(layer, unit)``: layer 0 is the network's inputs,
        1, 2, ... its layers (the last is the output).
        """
        if target is not None:
            try:
                layer, unit = int(target[0]), int(target[1])
            except (TypeError, ValueError, IndexError):
                layer = unit = -1
            sizes = self.session.network.sizes
            target = (layer, unit) if 0 <= layer < len(sizes) and 0 <= unit < sizes[layer] else None
        if target == self.neuron or self.mode not in (PLANE, CURVE):
            return
        self.neuron = target
        if self.mode == PLANE:
            self._update_plane()
        else:
            self._update_curve()
        self._update_texts(losses.get(self.session.loss_name))

    # ---------------------------------------------------------------- hovering

    def _on_hovered(self, *_):
        """One tooltip for the points under the mouse, training points first, topmost first."""
        shown = []
        for scatter in (self.train_points, self.test_points):
            if scatter.isVisible() and len(scatter.data):
                shown.extend(int(i) for i in scatter.data["data"][scatter.data["hovered"]][::-1])
        text = "\n\n".join(self.point_text(i) for i in shown[:HOVER_POINTS])
        if len(shown) > HOVER_POINTS:
            text += f"\n\n(and {len(shown) - HOVER_POINTS} more points here)"
        self.view_box.setToolTip(text)

    def point_text(self, i):
        """What hovering shown point ``i`` says: where it is, its target, the prediction and its loss."""
        session = self.session
        prepared = session.prepared
        loss = losses.get(session.loss_name)
        loss_name = loss.label
        names = [_pretty(n) for n in session.dataset.feature_names]
        place = ", ".join(f"{name} = {_coordinate(v)}" for name, v in zip(names[:4], self._X[i]))
        if len(names) > 4:
            place += ", …"
        kind = "training point" if i < self._n_train else "test point"
        out = self._outputs[i]
        lines = [f"{kind}: {place}"]
        if self.classes:
            target = int(self._y[i])
            names = self.class_names
            lines.append(f"target: {names[target]}")
            if prepared.n_outputs == 1:
                p1 = float(out[0])
                lines.append(f"prediction: P({names[1]}) = {_num(p1)}")
            else:
                probability = {c: float(out[c]) for c in range(len(out))}
                best = int(np.argmax(out))
                lines.append(f"prediction: P({names[target]}) = {_num(probability[target])}, "
                             f"most likely {names[best]} ({_num(probability[best])})")
            lines.append(f"loss ({loss_name}): {loss.filled_term(self._targets[i], out)}")
        else:
            target, predicted = float(self._y[i]), float(self._predictions[i])
            lines.append(f"target: {_num(target)}")
            lines.append(f"prediction: {_num(predicted)}")
            squared = (target - predicted) ** 2
            line = f"squared error: ({_num(target)} − {_num(predicted)})² = {_num(squared)}"
            standardised = prepared.target_scale != 1.0 or prepared.target_mean != 0.0
            if standardised or not loss.is_squared_error:
                where = ", on the standardised target" if standardised else ""
                line += f"\nloss ({loss_name}{where}): {loss.filled_term(self._targets[i], out)}"
            lines.append(line)
        return "\n".join(lines).replace("− -", "+ ").replace("(-", "(−")

    def shown_rows(self):
        """Data set row of each shown point, training points first."""
        return self._rows


def _r2(actual, predicted):
    actual, predicted = np.asarray(actual, dtype=float), np.asarray(predicted, dtype=float)
    if len(actual) == 0:
        return math.nan
    total = float(np.sum((actual - actual.mean()) ** 2))
    if total <= 0:
        return math.nan
    return 1.0 - float(np.sum((actual - predicted) ** 2)) / total


if __name__ == "__main__":
    # python -m gui.output_view [built-in data set name]
    import sys

    from PySide6.QtWidgets import QApplication

    from gui.session import Session

    app = QApplication(sys.argv)
    session = Session()
    session.load_builtin(sys.argv[1] if len(sys.argv) > 1 else "circle")
    view = OutputView(session)
    view.resize(520, 760)
    view.show()
    sys.exit(app.exec())
