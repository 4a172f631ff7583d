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

The view's parts: ``plane`` (heat map and curve), ``fit_and_confusion`` (more
inputs), ``captions`` (texts and hover), ``histogram`` and ``helpers``.

Preview: ``python -m gui.output.view [built-in data set name]``.
"""

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QGraphicsPathItem, QHBoxLayout, QHeaderView,
                               QLabel, QRadioButton, QSizePolicy, QStackedWidget, QTableWidget, QVBoxLayout, QWidget)

from engine import losses

from .. import theme
from ..appearance import keep_whole, make_bold, mute
from ..derived import sample_rows
from .captions import Captions
from .fit_and_confusion import FitAndConfusion
from .helpers import (BOUNDARY, CONFUSION, CURVE, CURVE_POINTS, DESCRIPTION_INTERVAL_MS, DOT_GROWTH, DOT_MIN,
                      DOT_PLOT_SIDE, DOT_SIZE_INTERVAL, FIT, FIT_DOT, LIVE_POINTS, PLANE, RESOLUTION, SQUARE_EDGE,
                      SQUARE_FILL, TEST_RIM, TEXT_GREY, TRAIN_RIM, _ShapeKey, _SquareFrame, blind_guess_loss, _brush,
                      _cache_axes, dot_sizes, _pen, _pretty, _resize_changed_dots, _similar_spans)
from .histogram import LossHistogram
from .plane import PlaneAndCurve
from .prediction_overlay import PredictionOverlay

# While training the view follows every other frame or so (~14 a second,
# smooth to the eye): its heat map, dots and texts cost ~3 ms a frame, and
# the loss curve and the network, which follow every frame, come first.
LIVE_REFRESH_SECONDS = 0.05


class OutputView(PlaneAndCurve, FitAndConfusion, Captions, QWidget):
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
        self._refreshed_at = 0.0        # perf_counter of the latest one
        self._dot_scale = 1.0
        self._dot_reference = 1.0
        self._grid = (None, None)
        self._shown_picture = None      # the heat map's picture on screen (the same one may come again)
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
        # The boundary a student predicts, drawn over the plane of classes.
        self.prediction_overlay = PredictionOverlay(self.session.boundary_sketch, self.plot,
                                                    lambda: self.mode == PLANE and self.classes, self)

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
        # The plot gives way when the window is short of room; the words under it do not.
        self.plot_frame.setMinimumSize(200, 120)
        self.pages.addWidget(self.plot_frame)
        self.pages.addWidget(table_page)

        self.note = QLabel()
        self.note.setObjectName("output_note")
        self.note.setAccessibleName("how to read the output view")
        self.note.setWordWrap(True)
        mute(self.note)
        keep_whole(self.note)

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
        self._shown_picture = None
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
        self.prediction_overlay.refresh()
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


    # -------------------------------------------------------------- updating

    def refresh(self):
        """A new snapshot: one forward pass over the points (and the grid), then setData."""
        start = time.perf_counter()
        session = self.session
        if not self._key.matches(session):
            # A new experiment announces its snapshot before its data.
            self.rebuild()
            return
        if session.is_running and start - self._refreshed_at < LIVE_REFRESH_SECONDS:
            return   # the next snapshot (or the one sent when training stops) shows the latest
        self._refreshed_at = start
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


    def _apply_visibility(self):
        show_test = self.test_box.isChecked() or self.mode == CONFUSION
        self.test_points.setVisible(show_test)
        self.squares.setVisible(self.mode == CURVE and not self.classes and self.squares_box.isChecked())


    def shown_rows(self):
        """Data set row of each shown point, training points first."""
        return self._rows


if __name__ == "__main__":
    # python -m gui.output.view [built-in data set name]
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
