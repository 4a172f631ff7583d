"""Read-outs: where training is and how wrong the network is, in numbers."""

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget
from PySide6.QtGui import QFont

from engine.formatting import count, fixed, number, percent

from .appearance import make_bold
from .language import Retranslating
from .target_units import is_standardized, loss_in_units, standardized_note
from .live_text import LiveText

# Key, title (English; translated where shown), and the widest value expected
# (the value's room is fixed, see LiveText; the speed's grows with its words).
ROWS = [("epoch", QT_TRANSLATE_NOOP("Readouts", "Epoch"), "000,000"),
        ("step", QT_TRANSLATE_NOOP("Readouts", "Step"), "00,000,000"),
        ("train_loss", QT_TRANSLATE_NOOP("Readouts", "Train loss"), "000.0000"),
        ("test_loss", QT_TRANSLATE_NOOP("Readouts", "Test loss"), "000.0000"),
        ("train_metric", QT_TRANSLATE_NOOP("Readouts", "Train accuracy"), "100.0%"),
        ("test_metric", QT_TRANSLATE_NOOP("Readouts", "Test accuracy"), "100.0%"),
        ("speed", QT_TRANSLATE_NOOP("Readouts", "Speed"), "0,000 epochs/s")]


def _fmt(value, digits=4):
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else fixed(value, digits)


def _shorter(value):
    """Shorter forms of a loss for a narrow column (presentation mode's big text): "0.0008977" -> "0.0009"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ()
    return number(value, 3), number(value, 2)


class Readouts(Retranslating, QWidget):
    """Epoch, step, train and test loss, accuracy or R², and epochs per second."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("readouts")
        self.session = session
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.labels, self.values = {}, {}
        for row, (key, title, widest) in enumerate(ROWS):
            name = QLabel()
            value = LiveText(widest)
            value.setText("–")
            value.setObjectName(f"readout_{key}")
            make_bold(value, QFont.DemiBold)
            layout.addWidget(name, row // 4 * 2, row % 4)
            layout.addWidget(value, row // 4 * 2 + 1, row % 4)
            self.labels[key], self.values[key] = name, value
        session.snapshot_changed.connect(self.refresh)
        session.data_changed.connect(self.refresh)
        session.running_changed.connect(self.refresh)
        session.snapshot_changed.connect(self._show_target_units)
        session.data_changed.connect(self._show_target_units)
        self.retranslate()

    def retranslate(self):
        for key, title, _ in ROWS:
            self.values[key].setAccessibleName(self.tr(title))
            self.values[key].setToolTip(self.tr(title))
            if key in ("epoch", "step", "speed"):  # the others change with the data (refresh)
                self.labels[key].setText(self.tr(title))
        self.values["speed"].set_template(self.tr("{speed} epochs/s").format(speed="0,000"))
        self.values["train_loss"].setToolTip(self.tr(
            "Loss on the training points: how wrong the network is there; 0 would be perfect."))
        self.values["test_loss"].setToolTip(self.tr(
            "Loss on points the network never trains on: how well it generalises."))
        self._loss_tips = {key: self.values[key].toolTip() for key in ("train_loss", "test_loss")}
        self.refresh()
        self._show_target_units()

    def refresh(self):
        s = self.session
        snap = s.snapshot
        r2 = snap.metric == "r2"
        self.labels["train_metric"].setText(self.tr("Train R²") if r2 else self.tr("Train accuracy"))
        self.labels["test_metric"].setText(self.tr("Test R²") if r2 else self.tr("Test accuracy"))
        self.values["epoch"].setText(count(snap.epoch))
        self.values["step"].setText(count(snap.step))
        for key in ("train_loss", "test_loss"):
            value = s.history.column(key)[-1] if len(s.history) else None
            self.values[key].setText(_fmt(value), shorter=_shorter(value))
        for key in ("train_metric", "test_metric"):
            value = s.history.column(key)[-1] if len(s.history) else None
            if value is None or math.isnan(value):
                self.values[key].setText("–")
            else:
                self.values[key].setText(fixed(value, 3) if r2 else percent(value))
        self.values["speed"].setText(self.tr("{speed} epochs/s").format(speed=count(round(s.epochs_per_second)))
                                     if s.is_running else self.tr("paused"))

    def _show_target_units(self):
        """Standardized regression losses say so, and their tooltips give them in the target's units."""
        s = self.session
        prepared = s.prepared
        standardized = is_standardized(prepared)
        for key, title in (("train_loss", self.tr("Train loss")), ("test_loss", self.tr("Test loss"))):
            title = self.tr("{loss} (standardized)").format(loss=title) if standardized else title
            if self.labels[key].text() != title:
                self.labels[key].setText(title)
            tip = self._loss_tips[key]
            if standardized and len(s.history):
                in_units = loss_in_units(prepared, s.snapshot.loss, s.history.column(key)[-1])
                tip += f"\n{standardized_note(prepared)} {in_units}"
            self.values[key].setToolTip(tip)
