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

The view's parts: ``displays`` (one class per kind of picture, chosen per
experiment), ``plane`` (heat map and curve), ``fit_and_confusion`` (more
inputs), ``captions`` (texts and hover), ``histogram`` and ``helpers``.

Preview: ``python -m gui.output.view [built-in data set name]``.
"""

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QFont, QPainterPath
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QGraphicsPathItem, QHBoxLayout, QHeaderView,
                               QLabel, QRadioButton, QSizePolicy, QStackedWidget, QTableWidget, QVBoxLayout, QWidget)

from engine import losses

from ..appearance import keep_whole, make_bold, mute
from ..language import Retranslating
from ..plot_axes import reader_axes
from ..derived import sample_rows
from ..view_state import ViewState
from .captions import Captions
from .displays import display_for
from .fit_and_confusion import FitAndConfusion
from .helpers import (BOUNDARY, DESCRIPTION_INTERVAL_MS, DOT_PLOT_SIDE, DOT_SIZE_INTERVAL, LIVE_POINTS, SQUARE_EDGE,
                      SQUARE_FILL, TEST_RIM, TEXT_GREY, TRAIN_RIM, _ShapeKey, _SquareFrame, blind_guess_loss,
                      _cache_axes, dot_sizes, _pen, _resize_changed_dots)
from .histogram import LossHistogram
from .plane import PlaneAndCurve
from .prediction_overlay import PredictionOverlay

# While training the view follows every other frame or so (~14 a second,
# smooth to the eye): its heat map, dots and texts cost ~3 ms a frame, and
# the loss curve and the network, which follow every frame, come first.
LIVE_REFRESH_SECONDS = 0.05


class OutputView(Retranslating, PlaneAndCurve, FitAndConfusion, Captions, QWidget):
    """The network's output on the data, each point's loss, and the loss histogram.

    It shows the neuron that ``view_state`` says is hovered: its activation
    instead of the heat map (or, for 1-D data, as a second curve).
    ``show_neuron(target)`` does the same by hand; ``None`` goes back to the
    output. ``display`` is what it draws for this experiment (``displays``),
    ``mode`` that display's name. ``histogram`` is the embedded ``LossHistogram``.
    """

    def __init__(self, session, view_state=None, parent=None):
        super().__init__(parent)
        self.setObjectName("output_view")
        self.session = session
        self.view_state = view_state if view_state is not None else ViewState(self)
        self.display = None
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
        self.retranslate()
        # A new experiment sends its snapshot before data_changed: refresh notices and rebuilds.
        session.data_changed.connect(self.refresh)
        session.network_changed.connect(self.refresh)
        self._sizes_set_at = 0.0
        session.snapshot_changed.connect(self.refresh)
        session.running_changed.connect(self._on_running_changed)  # full detail again once paused
        self.view_state.hovered_changed.connect(self.show_neuron)
        self.rebuild()
        self._description_timer = QTimer(self, singleShot=True, interval=DESCRIPTION_INTERVAL_MS)
        self._description_timer.timeout.connect(self._update_description)
        session.snapshot_changed.connect(self._describe_soon)
        self._update_description()

    def retranslate(self):
        self.caption.setAccessibleName(self.tr("what the output view shows"))
        self.test_box.setText(self.tr("show test points"))
        self.test_box.setAccessibleName(self.tr("show test points"))
        self.test_box.setToolTip(self.tr("Also draw the test points, which the network never trains on "
                                         "(dark rim; training points have a white rim)."))
        self.squares_box.setText(self.tr("show squared errors"))
        self.squares_box.setAccessibleName(self.tr("show squared errors"))
        self.squares_box.setToolTip(self.tr("Draw each training point's miss as a square: its side is the distance "
                                            "from the point to the curve, so its area is the squared error. "
                                            "A miss of 2 covers 4 squares of 1."))
        self.split_test.setText(self.tr("test points"))
        self.split_test.setAccessibleName(self.tr("count test points"))
        self.split_test.setToolTip(self.tr("Count the points the network never trained on."))
        self.split_train.setText(self.tr("training points"))
        self.split_train.setAccessibleName(self.tr("count training points"))
        self.split_train.setToolTip(self.tr("Count the points the network trains on."))
        self.plot.setAccessibleName(self.tr("network output"))
        self.table.setAccessibleName(self.tr("confusion matrix"))
        self.table.setToolTip(self.tr("Rows: the actual class. Columns: the class the network predicts. "
                                      "The diagonal (green) counts the points it gets right."))
        self.table_heading.setText(self.tr("rows: actual class  ·  columns: predicted class"))
        self.note.setAccessibleName(self.tr("how to read the output view"))
        if self.display is None:
            return   # still being built: the texts that follow the data come with the first rebuild
        if self.display.plotting:
            self.display.set_axes()     # axis labels ("actual y")
        else:
            self._build_table()         # cell tooltips ("actual a, predicted b")
        self.refresh()
        self._update_description()

    def more_points_text(self, n):
        """The end of a tooltip over more points than it describes."""
        return self.tr("(and %n more point(s) here)", "", n)

    # ------------------------------------------------------------- building

    def _build(self):
        self.caption = QLabel()
        self.caption.setObjectName("output_caption")
        self.caption.setWordWrap(True)
        make_bold(self.caption, QFont.DemiBold)

        self.test_box = QCheckBox()
        self.test_box.setObjectName("show_test_points")
        self.test_box.setChecked(True)
        self.test_box.toggled.connect(self._apply_visibility)

        self.squares_box = QCheckBox()
        self.squares_box.setObjectName("show_squared_errors")
        self.squares_box.setChecked(True)
        self.squares_box.toggled.connect(self._apply_visibility)
        for box in (self.test_box, self.squares_box):
            # Never narrower than their words: a squeezed box cuts them off.
            box.setSizePolicy(QSizePolicy.Minimum, QSizePolicy.Fixed)

        self.split_test = QRadioButton()
        self.split_test.setObjectName("confusion_test")
        self.split_test.setChecked(True)
        self.split_train = QRadioButton()
        self.split_train.setObjectName("confusion_train")
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

        self.plot = pg.PlotWidget(background="w", axisItems=reader_axes())
        self.plot.setObjectName("output_plot")
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
                                                    lambda: self.mode == "plane" and self.classes, self)

        self.table = QTableWidget()
        self.table.setObjectName("confusion_matrix")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.setFocusPolicy(Qt.NoFocus)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Stretch)
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(4, 0, 4, 0)
        self.table_heading = QLabel()
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
        self.display = display = display_for(self, n_raw, self.classes, prepared.n_outputs)

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

        plotting = display.plotting
        self.pages.setCurrentIndex(0 if plotting else 1)
        self.test_box.setVisible(plotting)
        self.squares_box.setVisible(display.shows_squares())
        self.split_test.setVisible(not plotting)
        self.split_train.setVisible(not plotting)
        for name, visible in display.shows().items():
            getattr(self, name).setVisible(visible)
        self.neuron_curve.hide()
        self.square_areas = np.empty(0)
        self.squares.setPath(QPainterPath())

        if plotting:
            self._place_points()
            display.set_axes()
        else:
            self._build_table()
        self._apply_visibility()
        self.prediction_overlay.refresh()
        self.refresh()
        # The hovered neuron outlives a new experiment only if the new network has it.
        self.show_neuron(self.view_state.hovered)

    @property
    def mode(self):
        """The name of what the view draws now: "plane", "curve", "fit" or "confusion"."""
        return self.display.name if self.display is not None else None

    def _place_points(self):
        x, y = self.display.point_positions()
        brushes = self.display.point_brushes()
        n = self._n_train
        size = self.display.dot_size()
        index = np.arange(len(x))
        self.train_points.setData(x=x[:n], y=y[:n], brush=list(brushes[:n]), pen=_pen(TRAIN_RIM, 1.0),
                                  size=size, data=index[:n])
        self.test_points.setData(x=x[n:], y=y[n:], brush=list(brushes[n:]), pen=_pen(TEST_RIM, 1.6),
                                 size=size, data=index[n:])
        self._show_live_sample(self.session.is_running)

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
        display = self.display
        if display.sizes_dots:
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
        display.update()
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
        if self.display.sizes_dots and self.sample_losses.size and self._wanted_dot_scale() != self._dot_scale:
            self._set_dot_sizes()


    def _apply_visibility(self):
        show_test = self.test_box.isChecked() or not self.display.plotting
        self.test_points.setVisible(show_test)
        self.squares.setVisible(self.display.shows_squares() and self.squares_box.isChecked())


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
