"""How the loss is spread over the training points."""

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from engine import losses
from engine.formatting import count, number

from .. import theme
from ..appearance import mute
from ..language import Retranslating
from ..plot_axes import reader_axes
from ..target_units import is_standardized
from .helpers import HISTOGRAM_BINS, TEXT_GREY, _ShapeKey, _cache_axes, _pen


HISTOGRAM_INTERVAL = 0.15   # seconds between refreshes while training


class LossHistogram(Retranslating, QWidget):
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
        self.plot = pg.PlotWidget(background="w", axisItems=reader_axes())
        self.plot.setObjectName("loss_histogram_plot")
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        _cache_axes(item)
        item.getViewBox().disableAutoRange()  # _fit_range moves it, rarely
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
                                         label="",
                                         labelOpts={"position": 0.85, "color": "#7a7f87", "anchors": [(0, 0.5), (0, 0.5)]})
        item.addItem(self.mean_line, ignoreBounds=True)

        self.title = QLabel()
        self.title.setObjectName("loss_histogram_title")
        mute(self.title)
        self.title.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.set_zoom(1.0)
        self.retranslate()

    def retranslate(self):
        self.plot.setAccessibleName(self.tr("histogram of the loss of each training point"))
        self.plot.setToolTip(self.tr("How many training points have each loss: bars near 0 are points the network "
                                     "gets right; bars far right are the points it gets most wrong."))
        item = self.plot.getPlotItem()
        item.setLabel("bottom", self.tr("loss of one sample"))
        item.setLabel("left", self.tr("points"))
        self.title.setAccessibleName(self.tr("loss histogram title"))
        self.title.setToolTip(self.tr("The mean of these losses is the training loss."))
        if getattr(self, "_key", None) is not None:
            self.refresh()

    def set_zoom(self, zoom):
        """Presentation zoom: the mean's label, and the room for the bars, grow with the window's text."""
        font = QFont(self.font())
        font.setPointSizeF(8 * zoom)
        self.mean_line.label.setFont(font)
        self.plot.setMinimumHeight(round(100 * zoom))
        # The title may wrap to two lines; the widgets' fonts follow the application's a moment later.
        title_lines = 2 * QFontMetrics(QApplication.font()).lineSpacing()
        self.setMaximumHeight(round(125 * zoom) + title_lines)

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self):
        # A word-wrapped label's minimum height is one line's: squeezed (a
        # short window with a lesson open) the layout gave the plot its
        # minimum and cut the title's second line. Its height at its width is
        # its minimum instead.
        width = self.title.width() or self.width()
        if width > 0:
            self.title.setMinimumHeight(self.title.heightForWidth(width))

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
            # The label is written out here, in the language's decimals; pyqtgraph would fill in "{value}" itself.
            self.mean_line.label.setFormat(self.tr("mean = {value}").format(value=number(self.mean, 3))
                                           .replace("{", "{{").replace("}", "}}"))
            self.mean_line.setValue(self.mean)
        self.mean_line.setVisible(math.isfinite(self.mean))
        total = total or len(sample_losses)
        name = losses.get(self.session.loss_name).shown_label()
        name = name[0].upper() + name[1:]
        if total == len(sample_losses):
            title = self.tr("{loss} of each of the {n} training points · mean = training loss").format(
                loss=name, n=count(len(sample_losses)))
        else:
            title = self.tr("{loss} of each of a sample of {n} of the {total} training points · mean = training loss"
                            ).format(loss=name, n=count(len(sample_losses)), total=count(total))
        units = self.session.prepared.target_units(self.session.loss_name)
        if is_standardized(self.session.prepared) and units:
            title += self.tr(", in {units} (the network works on standardized targets)").format(units=units)
        self.title.setText(title)
        self._fit_title()
