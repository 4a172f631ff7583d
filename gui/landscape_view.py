"""The loss landscape: a 2-D slice of the loss surface around the current weights.

Computed on request in a background thread, with progress and Cancel; drawn
as a heatmap with contour lines and the training path projected onto it.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (QDialog, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QSpinBox, QVBoxLayout)

from engine import landscape
from engine.formatting import count, number

from .language import Retranslating
from .plot_axes import follow_reader_separators, reader_axes, redraw
from .tasks import run_task


def compute_landscape(state, network, X, Y, loss, resolution, span, seed):
    """The landscape task: ``engine.landscape.compute`` with its progress (and Cancel) through ``state``."""
    return landscape.compute(network, X, Y, loss, resolution=resolution, span=span, seed=seed,
                             progress=state.set_progress)


class LandscapeDialog(Retranslating, QDialog):
    """Heatmap and contours of the loss around the current weights, with the path training took."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("landscape_dialog")
        self.session = session
        self.result = None
        self._task = None

        self.resolution = QSpinBox()
        self.resolution.setRange(11, 81)
        self.resolution.setSingleStep(10)
        self.resolution.setValue(41)
        self.span = QDoubleSpinBox()
        self.span.setRange(0.1, 5.0)
        self.span.setSingleStep(0.25)
        self.span.setValue(1.0)
        self.seed = QSpinBox()
        self.seed.setRange(0, 9999)
        self.compute_button = QPushButton()
        self.compute_button.setObjectName("landscape_compute")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("landscape_cancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("landscape_progress")
        self.status = QLabel()
        self._status = lambda: self.tr("Press Compute to map the loss around the current weights.")
        self.status.setObjectName("landscape_status")
        self.status.setWordWrap(True)

        self.plot = pg.PlotWidget(axisItems=reader_axes())
        self.plot.setObjectName("landscape_plot")
        self.plot.setAspectLocked(True)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False)
        self.colorbar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        for side in ("left", "right"):  # the bar's ticks stand on its right
            follow_reader_separators(self.colorbar.getAxis(side))
        self.contours = []
        self.path_curve = pg.PlotDataItem(pen=pg.mkPen("w", width=2), symbol="o", symbolSize=4,
                                          symbolBrush="w")
        self.here = pg.ScatterPlotItem(size=14, symbol="star", brush=pg.mkBrush("#f59322"), pen=pg.mkPen("k"))
        self.plot.addItem(self.path_curve)
        self.plot.addItem(self.here)

        form = QFormLayout()
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.form_labels, (self.resolution, self.span, self.seed)):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compute_button)
        buttons.addWidget(self.cancel_button)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(self.status)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.plot, 1)
        self.resize(900, 560)

        self.compute_button.clicked.connect(self.compute)
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate()

    def retranslate(self):
        """The dialog's texts in the current language; its spin boxes read and show the language's numbers."""
        self.setWindowTitle(self.tr("Loss landscape"))
        self.resolution.setToolTip(self.tr("Grid points along each direction: more is finer and slower."))
        self.resolution.setAccessibleName(self.tr("resolution"))
        self.span.setToolTip(self.tr("How far to look along each direction, in units of the weights' own size."))
        self.span.setAccessibleName(self.tr("span"))
        self.seed.setToolTip(self.tr("Seeds the two random directions."))
        self.seed.setAccessibleName(self.tr("direction seed"))
        for spin in (self.resolution, self.span, self.seed):
            spin.setLocale(QLocale())
        for label, text in zip(self.form_labels, (self.tr("Resolution"), self.tr("Span"), self.tr("Direction seed"))):
            label.setText(text)
        self.compute_button.setText(self.tr("Compute"))
        self.compute_button.setToolTip(self.tr("Compute the slice at the current weights."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop computing."))
        self.progress.setAccessibleName(self.tr("progress"))
        self.plot.setLabel("bottom", self.tr("α  (random direction 1)"))
        self.plot.setLabel("left", self.tr("β  (random direction 2)"))
        self.colorbar.getAxis("left").setLabel(self.tr("log₁₀ loss"))  # a vertical bar: its label is on the left
        for side in ("left", "right"):
            redraw(self.colorbar.getAxis(side))
        self.path_curve.opts["name"] = self.tr("training path")
        self.status.setText(self._status())

    def _say(self, make_text):
        """Show ``make_text()`` as the status, made again in a new language."""
        self._status = make_text
        self.status.setText(make_text())

    @property
    def is_computing(self):
        return self._task is not None

    def compute(self):
        if self.is_computing:
            return
        session = self.session
        data = session.prepared
        self.center = session.network.params.copy()
        self.progress.setValue(0)
        n = self.resolution.value() ** 2
        self._say(lambda: self.tr("Computing {count} losses…").format(count=count(n)))
        self.compute_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._task = run_task(compute_landscape, session.network.copy(), data.X_train, data.Y_train,
                              session.loss_name, self.resolution.value(), self.span.value(), self.seed.value())
        self._task.progressed.connect(self._on_progress)
        self._task.done.connect(self._on_computed)
        self._task.failed.connect(self._on_failed)
        self._task.cancelled.connect(self._on_cancelled)
        self._task.finished.connect(self._on_finished)

    def cancel(self, wait=False):
        """Stop computing; with ``wait``, wait (up to 2 s) until it has."""
        if self._task is not None:
            self._task.cancel(wait_ms=2000 if wait else 0)

    @Slot(float)
    def _on_progress(self, fraction):
        self.progress.setValue(int(100 * fraction))

    @Slot(object)
    def _on_computed(self, result):
        self.result = result
        self._draw(result)

    @Slot(str)
    def _on_failed(self, message):
        self._say(lambda: self.tr("Could not compute the landscape: {message}").format(message=message))

    @Slot()
    def _on_cancelled(self):
        self._say(lambda: self.tr("Cancelled."))

    @Slot()
    def _on_finished(self):
        self._task = None
        self.compute_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _draw(self, result):
        values = np.log10(np.maximum(result.loss, 1e-12))
        finite = np.isfinite(values)
        if not finite.all():
            values = np.where(finite, values, np.nanmax(np.where(finite, values, np.nan)))
        a0, a1, b0, b1 = result.alphas[0], result.alphas[-1], result.betas[0], result.betas[-1]
        # ImageItem takes [x, y] indexing: transpose the [β, α] grid.
        self.image.setImage(values.T, autoLevels=True)
        self.image.setRect(pg.QtCore.QRectF(a0, b0, a1 - a0, b1 - b0))
        self.colorbar.setLevels((float(values.min()), float(values.max())))
        for item in self.contours:
            self.plot.removeItem(item)
        self.contours = []
        for level in np.linspace(values.min(), values.max(), 9)[1:-1]:
            curve = pg.IsocurveItem(data=values.T, level=float(level), pen=pg.mkPen((255, 255, 255, 140), width=1))
            curve.setParentItem(self.image)
            self.contours.append(curve)
        path = landscape.project_path(result, self.center, np.array(self.session.weight_path))
        inside = (np.abs(path) <= max(abs(a0), abs(a1)) * 1.5).all(axis=1)
        self.path_curve.setData(path[inside, 0], path[inside, 1])
        self.here.setData([0.0], [0.0])
        here, low, high = result.center_loss, np.nanmin(result.loss), np.nanmax(result.loss)
        self._say(lambda: self.tr(
            "Loss here: {here}. Lowest on this slice: {low}, highest: {high}. The star marks the current weights; the "
            "white line is the path training took, projected onto this plane.").format(
            here=number(here), low=number(low), high=number(high)))

    def closeEvent(self, event):
        self.cancel(wait=True)
        super().closeEvent(event)
