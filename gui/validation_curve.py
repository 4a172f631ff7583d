"""The validation loss on the loss plot, the best and stopped epochs marked, and why the curves differ.

``ValidationCurve`` is handed the session and the ``LossPlot`` it draws on.
It shows the history's ``val_loss`` column as one of the plot's extra curves
(legend, crosshair and exports come with that), draws a line at the epoch
with the lowest validation loss and one where early stopping ended the run,
and keeps a one-line caption under the plot saying what each curve measures.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from engine.formatting import count

from .appearance import keep_whole

VALIDATION = "#2ca02c"     # the validation curve: neither the train blue nor the test red
CURVE_NAME = "validation loss"

# The English sources; shown through tr() in the reader's language.
WHY_TWO = QT_TRANSLATE_NOOP("ValidationCurve", "Train is measured on the rows the weights are fitted to, test on "
                            "unseen rows: test rising while train falls means memorizing.")
WHY_THREE = QT_TRANSLATE_NOOP("ValidationCurve", "Train falls because the weights fit those rows; validation and "
                              "test are unseen rows, so when they rise while train falls, the network is memorizing.")



class ValidationCurve(QObject):
    """Draws the validation curve and the best/stopped markers on ``plot`` from ``session``."""

    def __init__(self, session, plot):
        super().__init__(plot)
        self.session = session
        self.plot = plot
        self.explanation = QLabel()
        self.explanation.setObjectName("loss_curves_explained")
        self.explanation.setWordWrap(True)
        self.explanation.setContentsMargins(8, 0, 8, 2)
        keep_whole(self.explanation)  # its wrapped lines get their height; the plot above gives way
        self.best_line = self._marker("best")
        self.stopped_line = self._marker("stopped")
        self._shown = False
        session.history_changed.connect(self._on_history_changed)
        session.data_changed.connect(self._on_history_changed)
        # Not a widget, so Qt's language change reaches it through its label.
        self.explanation.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if watched is self.explanation and event.type() == QEvent.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self):
        self.explanation.setToolTip(self.tr(
            "Why the curves differ. Validation rows are set aside from the training rows (More settings → Validation "
            "rows); early stopping watches them, so the test rows stay a fair final check."))
        self.best_line.label.setFormat(self.tr("best"))
        self.stopped_line.label.setFormat(self.tr("stopped"))
        for line in (self.best_line, self.stopped_line):
            line.epoch = None   # their tips are said again
        self._on_history_changed()

    def _marker(self, label):
        line = pg.InfiniteLine(angle=90, movable=False)
        line.setObjectName(f"{label}_epoch_marker")
        line.label = pg.InfLineLabel(line, "", position=0.5, anchors=[(0, 0.5), (1, 0.5)])
        line.epoch = None   # the epoch its tip names
        line.setZValue(4)
        line.hide()
        self.plot.plot_item.addItem(line, ignoreBounds=True)
        return line

    def _style(self, line, dash):
        color = QColor(VALIDATION)
        line.setPen(pg.mkPen(color, width=1.5, style=Qt.DashLine if dash else Qt.SolidLine))
        line.label.setColor(self.plot.palette().color(QPalette.Text))

    def _on_history_changed(self):
        history = self.session.history
        values = history.column("val_loss")
        has_validation = bool(self.session.prepared.val_index.size)
        if has_validation and len(values) and np.isfinite(values).any():
            self.plot.set_extra_curve(CURVE_NAME, history.column("epoch"), values, VALIDATION)
            self._shown = True
        elif self._shown:
            self.plot.remove_extra_curve(CURVE_NAME)
            self._shown = False
        text = self.tr(WHY_THREE if has_validation else WHY_TWO)
        if self.explanation.text() != text:
            self.explanation.setText(text)
        snapshot = self.session.snapshot
        self._place(self.best_line, snapshot.best_epoch if len(values) else None, dash=False,
                    tip=self.tr("The epoch with the lowest validation loss: “Go to best epoch” puts its weights back."))
        self._place(self.stopped_line, snapshot.stopped_epoch if len(values) else None, dash=True,
                    tip=self.tr("Early stopping ended the run here and went back to the best epoch's weights."))

    def _place(self, line, epoch, dash, tip):
        if epoch is None:
            line.hide()
            return
        if line.value() != epoch or not line.isVisible() or line.epoch != epoch:
            self._style(line, dash)
            line.setPos(epoch)
            line.epoch = epoch
            line.setToolTip(self.tr("Epoch {epoch}. {tip}").format(epoch=count(epoch), tip=tip))
            line.show()

    @property
    def markers(self):
        """``{"best": epoch, "stopped": epoch}`` for the lines shown now."""
        return {name: int(line.value()) for name, line in (("best", self.best_line), ("stopped", self.stopped_line))
                if line.isVisible()}
