"""Read-outs: where training is and how wrong the network is, in numbers."""

import math

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget
from PySide6.QtGui import QFont

from engine.formatting import fixed, number, percent

from .appearance import make_bold
from .target_units import is_standardized, loss_in_units, standardized_note
from .live_text import LiveText

# Key, title, and the widest value expected (the value's room is fixed, see LiveText).
ROWS = [("epoch", "Epoch", "000,000"), ("step", "Step", "00,000,000"), ("train_loss", "Train loss", "000.0000"),
        ("test_loss", "Test loss", "000.0000"), ("train_metric", "Train accuracy", "100.0%"),
        ("test_metric", "Test accuracy", "100.0%"), ("speed", "Speed", "0,000 epochs/s")]


def _fmt(value, digits=4):
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else fixed(value, digits)


def _shorter(value):
    """Shorter forms of a loss for a narrow column (presentation mode's big text): "0.0008977" -> "0.0009"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ()
    return number(value, 3), number(value, 2)


class Readouts(QWidget):
    """Epoch, step, train and test loss, accuracy or R², and epochs per second."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("readouts")
        self.session = session
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.labels, self.values = {}, {}
        for row, (key, title, widest) in enumerate(ROWS):
            name = QLabel(title)
            value = LiveText(widest)
            value.setText("–")
            value.setObjectName(f"readout_{key}")
            value.setAccessibleName(title)
            value.setToolTip(title)
            make_bold(value, QFont.DemiBold)
            layout.addWidget(name, row // 4 * 2, row % 4)
            layout.addWidget(value, row // 4 * 2 + 1, row % 4)
            self.labels[key], self.values[key] = name, value
        self.values["train_loss"].setToolTip("Loss on the training points: how wrong the network is there; 0 would be perfect.")
        self.values["test_loss"].setToolTip("Loss on points the network never trains on: how well it generalises.")
        session.snapshot_changed.connect(self.refresh)
        session.data_changed.connect(self.refresh)
        session.running_changed.connect(self.refresh)
        self.refresh()
        self._loss_tips = {key: self.values[key].toolTip() for key in ("train_loss", "test_loss")}
        session.snapshot_changed.connect(self._show_target_units)
        session.data_changed.connect(self._show_target_units)
        self._show_target_units()

    def refresh(self):
        s = self.session
        snap = s.snapshot
        r2 = snap.metric == "r2"
        self.labels["train_metric"].setText("Train R²" if r2 else "Train accuracy")
        self.labels["test_metric"].setText("Test R²" if r2 else "Test accuracy")
        self.values["epoch"].setText(f"{snap.epoch:,}")
        self.values["step"].setText(f"{snap.step:,}")
        for key in ("train_loss", "test_loss"):
            value = s.history.column(key)[-1] if len(s.history) else None
            self.values[key].setText(_fmt(value), shorter=_shorter(value))
        for key in ("train_metric", "test_metric"):
            value = s.history.column(key)[-1] if len(s.history) else None
            if value is None or math.isnan(value):
                self.values[key].setText("–")
            else:
                self.values[key].setText(fixed(value, 3) if r2 else percent(value))
        self.values["speed"].setText(f"{s.epochs_per_second:,.0f} epochs/s" if s.is_running else "paused")

    def _show_target_units(self):
        """Standardized regression losses say so, and their tooltips give them in the target's units."""
        s = self.session
        prepared = s.prepared
        standardized = is_standardized(prepared)
        for key, title in (("train_loss", "Train loss"), ("test_loss", "Test loss")):
            title = f"{title} (standardized)" if standardized else title
            if self.labels[key].text() != title:
                self.labels[key].setText(title)
            tip = self._loss_tips[key]
            if standardized and len(s.history):
                in_units = loss_in_units(prepared, s.snapshot.loss, s.history.column(key)[-1])
                tip += f"\n{standardized_note(prepared)} {in_units}"
            self.values[key].setToolTip(tip)
