"""What the loss plot says: its fixed texts, the latest losses, the title, the axes, the screen reader's description.

``PlotTexts`` is a mixin of ``LossPlot``; every text is in the reader's
language and set again on a language change (``retranslate``).
"""

import math

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QFontMetrics, QPalette

from engine import losses
from engine.formatting import count, fixed, number, percent

from ..language import Retranslating
from .series import _num

translate = QCoreApplication.translate

EMPTY_HINT = QT_TRANSLATE_NOOP("LossPlot", "Train or step an epoch to draw the loss curve.")
TITLE = QT_TRANSLATE_NOOP("LossPlot", "Loss per epoch: how wrong the network is (0 would be perfect)")
SHORT_TITLE = QT_TRANSLATE_NOOP("LossPlot", "Loss per epoch (0 would be perfect)")   # when too narrow for TITLE


class PlotTexts(Retranslating):
    """The texts of a ``LossPlot``."""

    def retranslate(self):
        self.latest_label.setAccessibleName(translate("LossPlot", "latest loss"))
        self.latest_label.setToolTip(translate("LossPlot", "The loss after the latest epoch, on the training points "
                                                           "and on the test points."))
        self.log_check.setText(translate("LossPlot", "log scale"))
        self.log_check.setAccessibleName(translate("LossPlot", "log scale"))
        self.log_check.setToolTip(translate("LossPlot", "Logarithmic loss axis: each factor of 10 gets the same "
                                                        "height, so progress late in training, near 0, stays visible."))
        self.smoothing_title.setText(translate("LossPlot", "smoothing"))
        self.smoothing_slider.setAccessibleName(translate("LossPlot", "smoothing"))
        self.smoothing_slider.setToolTip(translate(
            "LossPlot", "Smooth the curves with a moving average: at 0.9 each drawn point is 0.9 × the previous "
                        "drawn point + 0.1 × the new loss. The raw curves stay faintly behind. 0 draws the raw "
                        "losses."))
        self.smoothing_value.setText(self._smoothing_text(self._smoothing))
        self.fit_button.setText(translate("LossPlot", "fit"))
        self.fit_button.setAccessibleName(translate("LossPlot", "fit the view"))
        self.fit_button.setToolTip(translate("LossPlot", "Zoom out to show every point. The view then follows new "
                                                         "epochs again. (Zoom with the mouse wheel, pan by dragging.)"))
        self.plot.setAccessibleName(translate("LossPlot", "loss curve"))
        self.zero_line.setToolTip(translate("LossPlot", "Loss 0: a network that is never wrong"))
        self.empty_hint.setText(translate("LossPlot", EMPTY_HINT))
        for curve, name in ((self.train_curve, translate("LossPlot", "train loss")),
                            (self.test_curve, translate("LossPlot", "test loss"))):
            curve.opts["name"] = name
            label = self.legend.getLabel(curve)
            if label is not None:
                label.setText(name)
        # Lay the legend out now: a layout request left pending would reach the legend while the
        # window is being destroyed, after its plot, and pyqtgraph's anchor would ask the dead plot.
        self.legend.layout.activate()
        if self._markers:
            self._draw_markers()   # their labels say what happened, in the new language
        if self._ghosts:
            self._show_earlier_runs()  # and the earlier runs' say what differs
        self._apply_palette()      # the axis labels and the title, in the plot's colors
        self._update_latest()
        self._update_description()

    def _smoothing_text(self, weight):
        return translate("LossPlot", "off") if weight == 0 else fixed(weight, 2)

    def _epoch_label(self):
        return translate("LossPlot", "epoch")

    def _update_title(self):
        # The title does not wrap; too long, it would widen the plot past its window.
        font = QFont(self.font())
        font.setPointSizeF(10 * self._zoom)
        title = translate("LossPlot", TITLE)
        if QFontMetrics(font).horizontalAdvance(title) + 100 >= self.plot.width():
            title = translate("LossPlot", SHORT_TITLE)
        if title != self._shown_title:
            self._shown_title = title
            self.plot_item.setTitle(title, size=self._pt(10), color=self.palette().color(QPalette.Text).name())

    def _update_latest(self):
        history = self.session.history
        trace = self.session.partial_trace
        if trace:
            epoch, loss = trace[-1]
            train = translate("LossPlot", "train {loss}").format(loss=_num(loss))
            done = translate("LossPlot", "epoch {epoch} {share} done").format(
                epoch=count(int(epoch) + 1), share=percent(epoch % 1, 0))
            self.latest_label.setText(f"{done} · {train}", shorter=(train,))
            return
        if not len(history):
            self.latest_label.setText(translate("LossPlot", "no epochs yet"), shorter=("–",))
            return
        i = len(history) - 1
        epoch = translate("LossPlot", "epoch {epoch}").format(epoch=count(history.column("epoch")[i]))
        train = translate("LossPlot", "train {loss}").format(loss=_num(history.column("train_loss")[i]))
        test = translate("LossPlot", "test {loss}").format(loss=_num(history.column("test_loss")[i]))
        # In a narrow plot the line gives way part by part, never mid-number.
        self.latest_label.setText(f"{epoch} · {train} · {test}", shorter=(f"{train} · {test}", train))

    def _update_description(self):
        """What the curve shows, for screen readers: "train loss 0.052, falling; test loss 0.061, rising; epoch 420"."""
        history = self.session.history
        n = len(history)
        if not n:
            self.plot.setAccessibleDescription(translate("LossPlot", "No epochs yet. {hint}").format(
                hint=translate("LossPlot", EMPTY_HINT)))
            return
        back = min(max(n // 10, 1), 50)  # the trend over the last tenth of the run, 1 to 50 epochs
        parts = []
        for name, column in (("train", "train_loss"), ("test", "test_loss")):
            values = history.column(column)
            now, then = values[-1], values[-1 - back] if n > back else math.nan
            if not math.isfinite(now) and name == "test":
                continue  # no test points
            if name == "train":
                part = translate("LossPlot", "train loss {loss}").format(loss=number(now, 2))
            else:
                part = translate("LossPlot", "test loss {loss}").format(loss=number(now, 2))
            if math.isfinite(now) and math.isfinite(then):
                trend = (translate("LossPlot", "falling") if now < 0.99 * then
                         else translate("LossPlot", "rising") if now > 1.01 * then else translate("LossPlot", "flat"))
                part += ", " + trend
            parts.append(part)
        self.plot.setAccessibleDescription(translate("LossPlot", "{losses}; epoch {epoch}").format(
            losses="; ".join(parts), epoch=count(history.column("epoch")[-1])))

    def _update_loss_label(self):
        # Where the loss was switched, the curve's marker says so; the axis
        # names the loss now, short enough never to be clipped.
        text = translate("LossPlot", "loss ({loss})").format(
            loss=losses.get(self.session.loss_name).shown_label())
        if text != self._shown_loss_label:
            self._shown_loss_label = text
            color = self.palette().color(QPalette.Text).name()
            self.plot_item.setLabel("left", text, color=color, **{"font-size": self._pt(10)})
