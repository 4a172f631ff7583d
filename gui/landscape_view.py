"""The loss landscape: a 2-D slice of the loss surface around the current weights.

Computed on request in a background thread, with progress and Cancel; drawn
as a heatmap with contour lines and the training path projected onto it.
"""

import logging
import threading

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (QDialog, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton,
                               QSpinBox, QVBoxLayout)

from engine import landscape
from engine.formatting import number

from . import worker as worker_module

log = logging.getLogger(__name__)


class _Cancelled(Exception):
    pass


class LandscapeWorker(QObject):
    progressed = Signal(float)     # share done, 0..1
    computed = Signal(object)      # the engine.landscape.Landscape
    failed = Signal(str)           # what went wrong
    finished = Signal()

    def __init__(self, network, X, Y, loss, resolution, span, seed):
        super().__init__()
        self.args = (network, X, Y, loss)
        self.resolution, self.span, self.seed = resolution, span, seed
        self._cancel = threading.Event()

    def cancel(self):
        self._cancel.set()

    def _progress(self, fraction):
        if self._cancel.is_set():
            raise _Cancelled
        self.progressed.emit(fraction)

    @Slot()
    def run(self):
        try:
            result = landscape.compute(*self.args, resolution=self.resolution, span=self.span, seed=self.seed,
                                       progress=self._progress)
            self.computed.emit(result)
        except _Cancelled:
            pass
        except Exception as e:
            log.exception("Loss landscape failed")
            self.failed.emit(f"{type(e).__name__}: {e}")
        finally:
            self.finished.emit()


class LandscapeDialog(QDialog):
    """Heatmap and contours of the loss around the current weights, with the path training took."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("landscape_dialog")
        self.setWindowTitle("Loss landscape")
        self.session = session
        self.result = None
        self._worker = self._thread = None

        self.resolution = QSpinBox()
        self.resolution.setRange(11, 81)
        self.resolution.setSingleStep(10)
        self.resolution.setValue(41)
        self.resolution.setToolTip("Grid points along each direction: more is finer and slower.")
        self.resolution.setAccessibleName("resolution")
        self.span = QDoubleSpinBox()
        self.span.setRange(0.1, 5.0)
        self.span.setSingleStep(0.25)
        self.span.setValue(1.0)
        self.span.setToolTip("How far to look along each direction, in units of the weights' own size.")
        self.span.setAccessibleName("span")
        self.seed = QSpinBox()
        self.seed.setRange(0, 9999)
        self.seed.setToolTip("Seeds the two random directions.")
        self.seed.setAccessibleName("direction seed")
        self.compute_button = QPushButton("Compute")
        self.compute_button.setObjectName("landscape_compute")
        self.compute_button.setToolTip("Compute the slice at the current weights.")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("landscape_cancel")
        self.cancel_button.setToolTip("Stop computing.")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("landscape_progress")
        self.progress.setAccessibleName("progress")
        self.status = QLabel("Press Compute to map the loss around the current weights.")
        self.status.setObjectName("landscape_status")
        self.status.setWordWrap(True)

        self.plot = pg.PlotWidget()
        self.plot.setObjectName("landscape_plot")
        self.plot.setLabel("bottom", "α  (random direction 1)")
        self.plot.setLabel("left", "β  (random direction 2)")
        self.plot.setAspectLocked(True)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.colorbar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), label="log₁₀ loss", interactive=False)
        self.colorbar.setImageItem(self.image, insert_in=self.plot.getPlotItem())
        self.contours = []
        self.path_curve = pg.PlotDataItem(pen=pg.mkPen("w", width=2), symbol="o", symbolSize=4,
                                          symbolBrush="w", name="training path")
        self.here = pg.ScatterPlotItem(size=14, symbol="star", brush=pg.mkBrush("#f59322"), pen=pg.mkPen("k"))
        self.plot.addItem(self.path_curve)
        self.plot.addItem(self.here)

        form = QFormLayout()
        form.addRow("Resolution", self.resolution)
        form.addRow("Span", self.span)
        form.addRow("Direction seed", self.seed)
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

    @property
    def is_computing(self):
        return self._worker is not None

    def compute(self):
        if self.is_computing:
            return
        session = self.session
        data = session.prepared
        self.center = session.network.params.copy()
        self._worker = LandscapeWorker(session.network.copy(), data.X_train, data.Y_train, session.loss_name,
                                       self.resolution.value(), self.span.value(), self.seed.value())
        self._worker.progressed.connect(self._on_progress)
        self._worker.computed.connect(self._on_computed)
        self._worker.failed.connect(self._on_failed)
        self._worker.finished.connect(self._on_finished)
        self.progress.setValue(0)
        self.status.setText(f"Computing {self.resolution.value() ** 2:,} losses…")
        self.compute_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._thread = worker_module.start_in_thread(self._worker)

    def cancel(self, wait=False):
        if self._worker is not None:
            self._worker.cancel()
            if wait:
                self._thread.wait(2000)
                self._on_finished()

    @Slot(float)
    def _on_progress(self, fraction):
        self.progress.setValue(int(100 * fraction))

    @Slot(object)
    def _on_computed(self, result):
        self.result = result
        self._draw(result)

    @Slot(str)
    def _on_failed(self, message):
        self.status.setText(f"Could not compute the landscape: {message}")

    @Slot()
    def _on_finished(self):
        if self._worker is None:
            return
        if self.result is None or self.progress.value() < 100:
            if not self.status.text().startswith("Could not"):
                self.status.setText("Cancelled.")
        self._worker = self._thread = None
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
        self.status.setText(
            f"Loss here: {number(result.center_loss)}. Lowest on this slice: {number(np.nanmin(result.loss))}, highest: "
            f"{number(np.nanmax(result.loss))}. The star marks the current weights; the white line is the path training "
            f"took, projected onto this plane.")

    def closeEvent(self, event):
        self.cancel(wait=True)
        super().closeEvent(event)
