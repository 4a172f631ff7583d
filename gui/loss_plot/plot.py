"""The loss curve: train and test loss per epoch, live, with markers where a setting changed.

The curves read the session's ``History`` arrays directly (each ``column`` is
a view). Each curve keeps the min and max of its values over bins of 2, 4,
8, ... epochs, extended only by the new epochs, and hands pyqtgraph at most two
points per pixel column for the epochs in view: an update costs about the same
at a million epochs as at a thousand (benchmarks/loss_plot.py measures it).
Smoothing is an exponential moving average kept in a buffer that doubles when
full, also extended only over the new epochs.

Preview: ``python -m gui.loss_plot.plot``.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QSlider, QToolButton, QVBoxLayout,
                               QWidget)

from engine.formatting import localized

from .. import theme
from ..live_text import LiveText
from ..plot_axes import ReaderAxis
from ..validation_curve import ValidationCurve
from . import exports
from .following import FollowingView
from .overlays import PlotOverlays
from .series import _Buffer, _joins, _loss_switches, _Pyramid, ema
from .texts import EMPTY_HINT, SHORT_TITLE, TITLE, PlotTexts  # noqa: F401 (the titles: gui.loss_plot's)

SMOOTHING_MAX = 0.99
RAW_ALPHA = 90          # the raw curve (1 px) behind a smoothed one
LINE_WIDTH = 2
# Above this many points a solid curve's segments get square caps instead of
# round ones: at that density they look the same, and Qt draws them ~3x
# faster (1,400 antialiased 2 px segments: 0.9 ms instead of 3 ms).
DENSE_POINTS = 300
# A screen reader hears what the curve shows at most this often while training.
DESCRIPTION_INTERVAL_MS = 300


class _EpochAxis(ReaderAxis):
    """Whole epochs only, with thousands separators: 1,200,000 rather than 1.2e+06."""

    def tickSpacing(self, minVal, maxVal, size):
        levels = [(spacing, offset) for spacing, offset in super().tickSpacing(minVal, maxVal, size) if spacing >= 1]
        return levels or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):
        return [localized(f"{value * scale:,.0f}") for value in values]


class LossPlot(PlotTexts, PlotOverlays, FollowingView, QWidget):
    """Train and test loss against epochs, with smoothing, log scale, markers and exports."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("loss_plot_panel")
        self.session = session
        self._smoothing = 0.0
        self._drawn = 0                  # history records the curves show
        self._drawn_first = None         # (epoch, train loss) of record 0, to notice a rewritten history
        self._raw = {"train_loss": _Pyramid(), "test_loss": _Pyramid()}
        self._smoothed = {"train_loss": _Buffer(), "test_loss": _Buffer()}
        self._smooth = {"train_loss": _Pyramid(), "test_loss": _Pyramid()}
        self._drawn_events = []
        self._markers = []
        self._ghosts = []                # Ghost(label, curves)
        self._extras = {}                # name -> item
        self._shown_loss_label = None
        self._line_scale = None          # None: the screen's device pixel ratio
        self._zoom = 1.0                 # presentation zoom: text and lines grow together
        self._shown_title = None
        self._legend_corner = None
        self._build()
        self._assign_pyramids()
        self._apply_palette()
        self.validation = ValidationCurve(session, self)
        self.layout().addWidget(self.validation.explanation)

        session.history_changed.connect(self._on_history_changed)
        session.snapshot_changed.connect(self._update_loss_label)
        session.setting_changed.connect(self._on_setting_changed)
        session.earlier_runs_changed.connect(self._show_earlier_runs)
        self._description_timer = QTimer(self, singleShot=True, interval=DESCRIPTION_INTERVAL_MS)
        self._description_timer.timeout.connect(self._update_description)
        session.history_changed.connect(self._describe_soon)
        self._on_history_changed()
        self._show_earlier_runs()
        self.retranslate()

    # ------------------------------------------------------------- building

    def _build(self):
        self.latest_label = LiveText("epoch 00,000 · train 0.0000 · test 0.0000")
        self.latest_label.setObjectName("loss_latest")
        # Long numbers must not widen the window: the label gives way (and is cut) first.
        self.latest_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.latest_label.setMinimumWidth(60)

        self.log_check = QCheckBox()
        self.log_check.setObjectName("loss_log_scale")
        self.log_check.toggled.connect(self.set_log_scale)

        smoothing_title = self.smoothing_title = QLabel()
        self.smoothing_slider = QSlider(Qt.Horizontal)
        self.smoothing_slider.setObjectName("loss_smoothing")
        self.smoothing_slider.setRange(0, round(100 * SMOOTHING_MAX))
        self.smoothing_slider.setPageStep(10)
        self.smoothing_slider.setMinimumWidth(60)
        self.smoothing_slider.setMaximumWidth(110)
        self.smoothing_slider.valueChanged.connect(lambda v: self.set_smoothing(v / 100))
        smoothing_title.setBuddy(self.smoothing_slider)
        self.smoothing_value = QLabel()
        self.smoothing_value.setObjectName("loss_smoothing_value")
        self.smoothing_value.setMinimumWidth(self.smoothing_value.fontMetrics().horizontalAdvance("0.00") + 4)

        self.fit_button = QToolButton()
        self.fit_button.setObjectName("loss_fit")
        self.fit_button.setSizePolicy(QSizePolicy.Minimum, QSizePolicy.Fixed)   # never narrower than its word
        self.fit_button.clicked.connect(self.fit)

        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 0)
        bar.setSpacing(8)
        bar.addWidget(self.latest_label, 1)
        bar.addWidget(self.log_check)
        bar.addSpacing(4)
        bar.addWidget(smoothing_title)
        bar.addWidget(self.smoothing_slider)
        bar.addWidget(self.smoothing_value)
        bar.addWidget(self.fit_button)

        self.plot = pg.PlotWidget(axisItems={"bottom": _EpochAxis("bottom"), "left": ReaderAxis("left")})
        self.plot.setObjectName("loss_plot")
        # No tooltip: hovering shows the crosshair read-out instead. The
        # accessible description says what the curve shows (_update_description).
        self.plot.setMinimumHeight(160)
        item = self.plot_item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        # Every curve added later inherits these (PlotItem.addItem applies them).
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        for side in ("left", "bottom"):
            item.getAxis(side).enableAutoSIPrefix(False)
            # Labelled ticks and one level between; the finest adds some 80 more.
            item.getAxis(side).setStyle(maxTickLevel=1)
        self.view = item.getViewBox()
        # The view's invisible border is still painted as a closed path, which
        # pyqtgraph's SVG exporter cannot parse (pyqtgraph issue #3495).
        self.view.border = None
        self.view.setMouseEnabled(x=True, y=True)

        self.legend = item.addLegend(offset=(-8, 8), labelTextSize="9pt")

        # Earlier runs lie behind; the raw curves behind the smoothed ones.
        self.train_raw = self._curve("train_raw", theme.TRAIN, alpha=RAW_ALPHA, width=1, z=1)
        self.test_raw = self._curve("test_raw", theme.TEST, alpha=RAW_ALPHA, width=1, z=1)
        self.train_curve = self._curve("train_curve", theme.TRAIN, name="train loss", z=3)
        self.test_curve = self._curve("test_curve", theme.TEST, name="test loss", z=3)
        # Slow motion: the training loss step by step within the epoch under way.
        self.partial_curve = self._curve("train_partial", theme.TRAIN, width=1.5, style=Qt.DotLine, z=3)
        # A lone point of the epoch under way (no whole epoch yet to join) shows as a dot.
        self.partial_curve.setSymbolSize(6)
        self.train_raw.hide()
        self.test_raw.hide()

        # Our own grid, one line item per tick level: the axes' grid option
        # replays some 20 lines through a QPicture at about 3 ms a repaint.
        self.grid_lines = [pg.PlotCurveItem(connect="pairs", antialias=False) for _ in range(2)]
        for grid in self.grid_lines:
            grid.setZValue(-10)
            self.view.addItem(grid, ignoreBounds=True)
        self.view.sigRangeChanged.connect(self._update_grid)
        self.view.sigResized.connect(self._update_grid)
        # The plot follows new epochs itself, in steps, rather than through
        # pyqtgraph's auto-range: a range that changes every frame costs new
        # axis ticks and a re-sampled curve every frame (~5 ms while training).
        self.view.disableAutoRange()
        self.following = True
        self._moving = False
        # Connected before _redraw, which must already know whether to follow.
        self.session.running_changed.connect(self._on_running_changed)
        self.view.sigXRangeChanged.connect(self._on_range_changed)
        self.view.sigYRangeChanged.connect(self._on_range_changed)

        self.zero_line = pg.InfiniteLine(pos=0, angle=0, movable=False)
        self.zero_line.setZValue(0)
        item.addItem(self.zero_line)

        self.empty_hint = pg.TextItem("", anchor=(0.5, 0.5))
        item.addItem(self.empty_hint, ignoreBounds=True)
        self.empty_hint.setPos(50, 0.5)

        self.cursor_line = pg.InfiniteLine(angle=90, movable=False)
        self.cursor_line.setZValue(20)
        self.cursor_dots = pg.PlotDataItem(pen=None, symbol="o", symbolSize=7)
        self.cursor_dots.setZValue(21)
        self.cursor_text = pg.TextItem(anchor=(0, 0))
        self.cursor_text.setObjectName("loss_crosshair_text")
        self.cursor_text.setZValue(22)
        for cursor_item in (self.cursor_line, self.cursor_dots, self.cursor_text):
            item.addItem(cursor_item, ignoreBounds=True)
            cursor_item.hide()
        self.view.sigXRangeChanged.connect(self._redraw)
        self.view.sigResized.connect(self._redraw)
        # Mouse moves come from the viewport itself: the scene's sigMouseMoved
        # drops moves closer than 10 ms apart, and the last one may be lost.
        self.plot.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.plot, 1)

    def _curve(self, object_name, color, name=None, alpha=255, width=LINE_WIDTH, style=Qt.SolidLine, z=2):
        # Curves get at most two points per pixel column from their _Pyramid;
        # pyqtgraph's auto downsampling (on for the whole plot) then has
        # nothing left to do at a factor of 2.
        curve = pg.PlotDataItem(name=name, antialias=True, autoDownsampleFactor=2.0)
        curve.setObjectName(object_name)
        if style == Qt.SolidLine and alpha == 255:
            # Separate segments: Qt strokes one long zig-zag path of a wide
            # pen in about quadratic time. (Dashes and see-through lines
            # need the single path, and are thin.)
            curve.curve.setSegmentedLineMode("on")
        curve.setZValue(z)
        curve.base_color = QColor(color)
        curve.style = (alpha, width, style)
        curve.pyramid = _Pyramid()
        curve.drawn_key = None
        curve.dense = False
        self.plot_item.addItem(curve)
        self._style_curve(curve)
        return curve

    def _style_curve(self, curve):
        alpha, width, style = curve.style
        # Curve pens are cosmetic, so their width is in device pixels: scale
        # it to stay 2 px on a high-DPI screen and in a 2x export.
        width *= (self._line_scale or self.devicePixelRatioF()) * self._zoom
        color = QColor(curve.base_color)
        if self._is_dark():
            color = color.lighter(150)
        color.setAlpha(alpha)
        pen = QPen(color, width, style)
        pen.setCosmetic(True)
        if style != Qt.SolidLine:
            pen.setCapStyle(Qt.FlatCap)
        else:
            pen.setCapStyle(Qt.SquareCap if curve.dense else Qt.RoundCap)
        curve.setPen(pen)

    # --------------------------------------------------------------- colors

    def _is_dark(self):
        return self.palette().color(QPalette.Base).lightness() < 128

    def _pt(self, size):
        return f"{size * self._zoom:g}pt"

    def set_zoom(self, zoom):
        """Presentation zoom: the plot's text and lines grow by ``zoom`` with the window's."""
        self._zoom = zoom
        self._apply_palette()

    def _apply_palette(self):
        """Background, text and lines from the widget's palette: readable in light and dark themes."""
        palette = self.palette()
        background, foreground = palette.color(QPalette.Base), palette.color(QPalette.Text)
        self.plot.setBackground(background)
        muted = QColor(foreground)
        muted.setAlpha(170)
        for side in ("left", "bottom"):
            axis = self.plot_item.getAxis(side)
            axis.setPen(muted)
            axis.setTextPen(foreground)
            axis.setTickFont(QFont(self.font().family(), round(9 * self._zoom)))
        self.plot_item.setLabel("bottom", self._epoch_label(), color=foreground.name(), **{"font-size": self._pt(10)})
        self._shown_loss_label = None
        self._update_loss_label()
        self._shown_title = None
        self._update_title()
        legend_background = QColor(background)
        legend_background.setAlpha(215)
        frame = QColor(foreground)
        frame.setAlpha(60)
        self.legend.setBrush(legend_background)
        self.legend.setPen(frame)
        self.legend.setLabelTextColor(foreground)
        for _, label in self.legend.items:
            label.setText(label.text, color=foreground.name(), size=self._pt(9))
        for curve in self._all_curves():
            self._style_curve(curve)
        for grid, alpha in zip(self.grid_lines, (60, 25)):
            color = QColor(foreground)
            color.setAlpha(alpha)
            grid.setPen(pg.mkPen(color, width=1))
        zero = QColor(foreground)
        zero.setAlpha(90)
        self.zero_line.setPen(pg.mkPen(zero, width=1))
        hint = QColor(foreground)
        hint.setAlpha(150)
        self.empty_hint.setColor(hint)
        cursor = QColor(foreground)
        cursor.setAlpha(120)
        self.cursor_line.setPen(pg.mkPen(cursor, width=1, style=Qt.DotLine))
        self.cursor_text.setColor(foreground)
        self.cursor_text.fill = pg.mkBrush(legend_background)
        self.cursor_text.border = pg.mkPen(frame)
        self.cursor_dots.setSymbolPen(pg.mkPen(background, width=1.5))
        for marker in self._markers:
            self._style_marker(marker)

    def _all_curves(self):
        curves = [self.train_raw, self.test_raw, self.train_curve, self.test_curve, self.partial_curve]
        for ghost in self._ghosts:
            curves.extend(ghost.curves)
        curves.extend(self._extras.values())
        return curves

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._update_title()

    def changeEvent(self, event):
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self._apply_palette()
        super().changeEvent(event)

    def event(self, event):
        if event.type() in (QEvent.DevicePixelRatioChange, QEvent.Show):
            self._restyle_curves()
        return super().event(event)

    def _restyle_curves(self):
        for curve in self._all_curves():
            self._style_curve(curve)

    # ------------------------------------------------------------- updating

    def _on_history_changed(self):
        history = self.session.history
        n = len(history)
        epochs = history.column("epoch")
        rewritten = n < self._drawn or (n and self._drawn and self._drawn_first != self._first_record())
        if rewritten or n == 0:
            self._restart()
        start = self._drawn
        for column in ("train_loss", "test_loss"):
            self._raw[column].set(epochs, history.column(column), start)
            if self._smoothing > 0.0:
                self._extend_smoothed(column, start)
        self._drawn = n
        self._drawn_first = self._first_record()
        self._redraw()
        if history.events != self._drawn_events:
            self._draw_markers()
        self._update_latest()
        self._place_legend()
        self._show_partial_epoch()
        self.empty_hint.setVisible(n == 0 and not self.session.partial_trace)
        self.zero_line.setVisible(n > 0 and not self.log_check.isChecked())
        if self.following and (n or self.session.partial_trace):
            # Room ahead while training; snug around the points when paused.
            self._follow(snug=not self.session.is_running)
        self._settle_view()

    def _show_partial_epoch(self):
        """Join the last whole epoch to the steps of the one under way (only in slow motion)."""
        trace = self.session.partial_trace
        history = self.session.history
        if trace:
            last = history.column("epoch")[-1] if len(history) else None
            # After a loss switch the last epoch is in the other loss's units: no line joins them.
            switched = last is not None and any(event.epoch >= last for event in history.events)
            joined = last is not None and not switched
            points = ([(last, history.column("train_loss")[-1])] if joined else []) + trace
            xs, ys = (np.array(v, dtype=float) for v in zip(*points))
        else:
            xs = ys = np.empty(0)
        if len(xs) or len(self.partial_curve.pyramid):
            self.partial_curve.pyramid.set(xs, ys)
            self.partial_curve.setSymbol("o" if len(xs) == 1 else None)
            self._redraw()

    def _settle_view(self):
        """Do now what pyqtgraph would do in the next paint, so there is only one.

        Left to the paint, the new range and transform would change the
        curves mid-paint and make pyqtgraph paint the whole plot a second
        time: every other frame wasted while training.
        """
        self.view.updateMatrix()

    def _extend_smoothed(self, column, start):
        """Average the records from ``start`` on, carrying on from the average before them.

        The average starts afresh after a loss switch: MSE and cross-entropy
        are different quantities, and a blend of the two would mean nothing.
        """
        history = self.session.history
        epochs, values = history.column("epoch"), history.column(column)
        buffer = self._smoothed[column]
        buffer.truncate(start)
        restarts = {int(np.searchsorted(epochs, epoch, side="right"))
                    for epoch in _loss_switches(history)}
        bounds = sorted({start, len(values)} | {i for i in restarts if start < i < len(values)})
        for a, b in zip(bounds, bounds[1:]):
            carry = buffer.values[-1] if buffer.size and a not in restarts else None
            buffer.extend(ema(values[a:b], self._smoothing, carry))
        self._smooth[column].set(epochs, buffer.values, start)

    def _first_record(self):
        history = self.session.history
        return (history.column("epoch")[0], history.column("train_loss")[0]) if len(history) else None

    def _restart(self):
        self._drawn = 0
        self._drawn_first = None
        for buffer in self._smoothed.values():
            buffer.clear()
        self.hide_crosshair()
        # An empty plot shows the first 100 epochs of a loss between 0 and 1;
        # the view follows the data from the first epoch on.
        self._set_range(xRange=(0, 100), yRange=(0, 1), padding=0.02)
        self.following = True

    def _assign_pyramids(self):
        smoothing = self._smoothing > 0.0
        for column, main, raw in (("train_loss", self.train_curve, self.train_raw),
                                  ("test_loss", self.test_curve, self.test_raw)):
            main.pyramid = self._smooth[column] if smoothing else self._raw[column]
            raw.pyramid = self._raw[column] if smoothing else _Pyramid()

    def _update_grid(self, *_):
        """Lines at the axes' ticks: labelled ones stronger, the level between fainter."""
        (x0, x1), (y0, y1) = self.view.viewRange()
        bottom, left = self.plot_item.getAxis("bottom"), self.plot_item.getAxis("left")
        columns = bottom.tickValues(x0, x1, max(self.view.width(), 1))
        rows = left.tickValues(y0, y1, max(self.view.height(), 1))
        for level, grid in enumerate(self.grid_lines):
            xs = np.asarray(columns[level][1] if level < len(columns) else [], dtype=float)
            ys = np.asarray(rows[level][1] if level < len(rows) else [], dtype=float)
            # Each line is a pair of points: verticals at xs, then horizontals at ys.
            x = np.concatenate([np.repeat(xs, 2), np.tile([x0, x1], len(ys))])
            y = np.concatenate([np.tile([y0, y1], len(xs)), np.repeat(ys, 2)])
            grid.setData(x, y, connect="pairs")

    def _redraw(self, *_):
        """Hand every curve the points its pyramid gives for the visible epochs and the plot's width."""
        x_range = None if self.following else self.view.viewRange()[0]
        width = self.view.width() or 600
        # MSE and cross-entropy are different quantities: the run's curves
        # break where the loss was switched instead of joining them.
        switches = tuple(_loss_switches(self.session.history))
        own = {self.train_raw, self.test_raw, self.train_curve, self.test_curve}
        for curve in self._all_curves():
            pyramid = curve.pyramid
            i0, i1, level = pyramid.window(x_range, width)
            breaks = switches if curve in own else getattr(curve, "breaks", ())
            key = (id(pyramid), pyramid.version, i0, i1, level, breaks)
            if key == curve.drawn_key:
                continue
            curve.drawn_key = key
            xs, ys = pyramid.points(i0, i1, level)
            if (len(xs) > DENSE_POINTS) != curve.dense:
                curve.dense = not curve.dense
                self._style_curve(curve)
            finite = pyramid.finite
            joins = _joins(xs, ys, breaks, finite)
            if joins is None:
                curve.setData(xs, ys, connect="all" if finite else "finite", skipFiniteCheck=finite)
            else:
                curve.setData(xs, ys, connect=joins, skipFiniteCheck=False)

    def _place_legend(self):
        """Top right, unless the latest losses are up there (a run that barely learns): then bottom right."""
        history = self.session.history
        latest = [v for v in (history.column("train_loss")[-1:], history.column("test_loss")[-1:]) if len(v)]
        latest = [float(v[0]) for v in latest if math.isfinite(v[0]) and v[0] > 0]
        corner = "top"
        if latest:
            high = max(latest)
            if self.log_check.isChecked():
                high = math.log10(high)
            (_, _), (y0, y1) = self.view.viewRange()
            if high > (y0 + y1) / 2:
                corner = "bottom"
        if corner != self._legend_corner:
            self._legend_corner = corner
            if corner == "top":
                self.legend.anchor(itemPos=(1, 0), parentPos=(1, 0), offset=(-8, 8))
            else:
                self.legend.anchor(itemPos=(1, 1), parentPos=(1, 1), offset=(-8, -8))
            if self._markers:
                self._draw_markers()

    def _describe_soon(self):
        # The first change in a while starts the timer, later ones ride on it,
        # so the description follows within DESCRIPTION_INTERVAL_MS of the last.
        if not self._description_timer.isActive():
            self._description_timer.start()

    # ------------------------------------------------------------- controls

    @property
    def smoothing(self):
        return self._smoothing

    def set_smoothing(self, weight):
        """EMA weight from 0 (raw) to 0.99; recomputes the smoothed curves from the start."""
        weight = min(max(float(weight), 0.0), SMOOTHING_MAX)
        if self.smoothing_slider.value() != round(100 * weight):
            self.smoothing_slider.setValue(round(100 * weight))  # comes back here
            return
        self._smoothing = weight
        self.smoothing_value.setText(self._smoothing_text(weight))
        for column, buffer in self._smoothed.items():
            buffer.clear()
            if weight > 0.0:
                self._extend_smoothed(column, 0)
            else:
                self._smooth[column].clear()
        for raw in (self.train_raw, self.test_raw):
            raw.setVisible(weight > 0.0)
        self._assign_pyramids()
        self._redraw()

    def set_log_scale(self, on):
        if self.log_check.isChecked() != bool(on):
            self.log_check.setChecked(bool(on))  # comes back here
            return
        self.plot_item.setLogMode(x=False, y=bool(on))
        self.zero_line.setVisible(len(self.session.history) > 0 and not on)
        self.hide_crosshair()
        if self.following:
            self._follow(snug=True)
        self._place_legend()

    def fit(self):
        """Show every point, and follow new epochs again."""
        self.following = True
        self._follow(snug=True)

    # ------------------------------------------------------ setting changes

    def _on_setting_changed(self, name):
        if name == "loss":
            self._update_loss_label()

    def curve_data(self, which="train"):
        """``(epochs, values)`` a curve stands for, every point of it, before it is thinned for drawing.

        ``which`` is "train" or "test" (smoothed while smoothing is on),
        "train_raw" or "test_raw", or the name of an extra curve. pyqtgraph's
        ``getData()`` gives only the points drawn: at most about two per pixel.
        """
        curves = {"train": self.train_curve, "test": self.test_curve, "train_raw": self._raw["train_loss"],
                  "test_raw": self._raw["test_loss"], **self._extras}
        pyramid = curves[which] if isinstance(curves[which], _Pyramid) else curves[which].pyramid
        return pyramid.x, pyramid.y

    # -------------------------------------------------------------- exports

    def export_png(self, path, width=None):
        """Write the plot as a PNG ``width`` pixels wide (default: twice its width on screen).

        The plot is drawn again at that resolution, text and legend included,
        rather than scaled up from the screen.
        """
        exports.export_png(self, path, width)

    def export_svg(self, path):
        """Write the plot as an SVG drawing, at its on-screen size, on its background color."""
        exports.export_svg(self, path)

    def export_csv(self, path):
        """Every recorded epoch: epoch, train and test loss, train and test metric; empty cells for NaN."""
        exports.export_csv(self, path)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from gui.session import Session

    app = QApplication(sys.argv)
    session = Session()
    for _ in range(150):
        session.step(unit="epoch")
    plot = LossPlot(session)
    plot.resize(900, 350)
    plot.show()
    sys.exit(app.exec())
