"""The loss formula as the course writes it, with this moment's numbers filled in."""

import html
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engine import losses
from engine.formatting import fixed, number

from .language import Retranslating
from .target_units import is_standardized, loss_in_units, standardized_note

# How many points are written out term by term; the rest are summed as "…".
N_TERMS = 3
REFRESH_INTERVAL = 0.15  # seconds between refreshes while training


def _num(value):
    return fixed(value, 3)


def describe(loss_name, Y, Y_pred, labels=None, n_terms=N_TERMS):
    """The formula, a few substituted terms and the mean, as rich text.

    ``Y`` and ``Y_pred`` are the targets and outputs as the network sees them
    (n, k); ``labels`` optionally names each sample's target for a reader.
    """
    n = len(Y)
    loss = losses.get(loss_name)
    per_sample = loss.per_sample(Y, Y_pred)
    mean = float(per_sample.mean()) if n else float("nan")
    shown = min(n_terms, n)
    head = loss.shown_formula(Y.shape[1])   # the engine's words, in the reader's language
    terms = [loss.term(Y[i], Y_pred[i]) for i in range(shown)]
    costs = [f"{_num(per_sample[i])}" for i in range(shown)]
    note = loss.shown_note(Y.shape[1])
    more = " + …" if n > shown else ""
    substituted = f"(1/{n:,}) · [ {' + '.join(terms)}{more} ]"
    valued = f"(1/{n:,}) · [ {' + '.join(costs)}{more} ]"
    perfect = QCoreApplication.translate("formula_panel", "(0 would be perfect)")
    lines = [f"<b>{html.escape(head)}</b>", html.escape(f"= {substituted}"), html.escape(f"= {valued}"),
             f"= <b>{_num(mean)}</b> &nbsp; <span style='color:gray'>{html.escape(perfect)}</span>",
             f"<span style='color:gray'>{html.escape(note)}</span>"]
    if labels is not None:
        first = QCoreApplication.translate("formula_panel", "first points: {labels}").format(
            labels=", ".join(str(labels[i]) for i in range(shown)))
        lines.insert(1, f"<span style='color:gray'>{html.escape(first)}</span>")
    return "<br>".join(lines), mean


def _units_line(prepared, loss, mean):
    """For standardized targets: the same mean in the target's units and the first targets as the data has them."""
    if not is_standardized(prepared):
        return ""
    shown = ", ".join(number(v) for v in prepared.y_train[:N_TERMS])
    text = QCoreApplication.translate(
        "formula_panel", "{note} This loss is {in_units}; the first targets are {shown}, written above as "
                         "(y − {mean}) / {scale}.").format(
        note=standardized_note(prepared), in_units=loss_in_units(prepared, loss, mean), shown=shown,
        mean=number(prepared.target_mean), scale=number(prepared.target_scale))
    return f"<br><span style='color:gray'>{html.escape(text)}</span>"


class FormulaPanel(Retranslating, QWidget):
    """The current loss formula with a few training points' numbers substituted.

    The mean it shows is the loss over the whole training set at the latest
    weights, the same number as the train-loss read-out.
    """

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("formula_panel")
        self.session = session
        self.label = QLabel()
        self.label.setObjectName("formula_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.RichText)
        self.label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.mean = float("nan")
        self._shown_serial = None
        self._last_refresh = 0.0
        session.snapshot_changed.connect(self.refresh)
        session.data_changed.connect(self.refresh)
        session.running_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self):
        self.label.setAccessibleName(self.tr("loss formula with numbers"))
        self.label.setToolTip(self.tr("The loss being minimised, with the numbers of the first training points "
                                      "plugged in."))
        if self._shown_serial is not None:
            self._shown_serial, self._last_refresh = -1, 0.0   # stale: made again now, or once shown
        self.refresh()

    def refresh(self):
        if not self.isVisible() and self._shown_serial is not None:
            return  # nobody looks; catch up in showEvent
        if self.session.is_running and (time.perf_counter() - self._last_refresh < REFRESH_INTERVAL
                                        or not self.session.may_refresh_extra()):
            return  # numbers a reader can follow, not a blur; the last one comes when the run stops
        self._last_refresh = time.perf_counter()
        session = self.session
        data = session.prepared
        with np.errstate(over="ignore", invalid="ignore"):
            outputs = session.network.forward(data.X_train)
        text, self.mean = describe(session.loss_name, data.Y_train, outputs)
        self.label.setText(text + _units_line(data, session.loss_name, self.mean))
        self._shown_serial = session.snapshot_serial

    def showEvent(self, event):
        if self._shown_serial != self.session.snapshot_serial:
            self.refresh()
        super().showEvent(event)
