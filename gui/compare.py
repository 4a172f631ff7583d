"""Compare losses: the same network trained side by side, once per loss, for two or three losses that fit the data.

Every copy starts from identical weights, data, split, optimizer and
shuffling; only the loss differs. On classes: behind a sigmoid, MSE's
gradient carries the sigmoid's slope p(1 − p), which vanishes when the
network is confidently wrong, so the MSE copy learns more slowly there; by
default the copies start confidently wrong, so the difference shows from the
first epoch. On numbers: MSE squares each miss, so a few far-off points pull
its fit towards them, while MAE and Huber count big misses by their size.

Preview: ``python -m gui.compare``.
"""

import copy

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from engine import activations, losses
from engine.formatting import count, number, percent

from . import theme
from .output import OutputView
from .predict_panel import CompareChallenge, RacePrediction
from .session import Session
from .appearance import make_bold, set_colors
from .language import Retranslating
from .plot_axes import reader_axes

# Qt's lookup by the name lupdate knows: translate(context, text, disambiguation, n).
translate = QCoreApplication.translate

# One per compared loss, in the registry's order (Okabe-Ito after the first two).
COLORS = (theme.ORANGE, theme.BLUE, "#009e73", "#cc79a7", "#56b4e9")
MAX_SHOWN = 3   # losses compared at a time
# An output bias of 6 makes the network say its first class (or, with one
# sigmoid output, class 1) for every point with probability ~0.998: sure of
# itself, and wrong for every point of the other classes.
CONFIDENT_BIAS = 6.0


def confidently_wrong(network):
    """Weights and biases of ``network`` with the output pushed to one class, sure of it, for every input."""
    weights = [W.copy() for W in network.weights]
    biases = [b.copy() for b in network.biases]
    biases[-1][:] = 0.0
    biases[-1][0] = CONFIDENT_BIAS
    return weights, biases


def loss_label(loss):
    """A loss's short label in the reader's language ("MSE", "cross-entropy"), marked in the engine's "losses"."""
    return loss.shown_label()


def loss_heading(loss):
    """The short label as a sentence or a check box starts it: "Cross-entropy", "MSE"."""
    label = loss_label(loss)
    return label[:1].upper() + label[1:]


def comparable(session):
    """None if at least two losses fit ``session``'s data, else why not."""
    if len(compared_losses(session)) < 2:
        fitting = losses.for_task(session.task)
        if session.task == "classification":
            text = translate("compare", "Comparing losses needs two that fit this data, and only "
                                              "{loss} fits a classification task. Load other data to compare losses.")
        else:
            text = translate("compare", "Comparing losses needs two that fit this data, and only "
                                              "{loss} fits a regression task. Load other data to compare losses.")
        return text.format(loss=loss_label(fitting[0]) if fitting else translate("compare", "none"))
    return None


def compared_losses(session):
    """The losses that fit ``session``'s data and its natural output layer, at most one per color."""
    prepared = session.prepared
    output = activations.get(prepared.output_activation)
    fitting = [loss for loss in losses.for_task(session.task) if loss.fits(session.task, output, prepared.n_outputs)]
    return fitting[:len(COLORS)]


def make_twins(session):
    """One new session per compared loss, each from ``session``'s setup with only the loss changed.

    All draw their weights from the same seed, so they start identical (and
    identical to ``session``'s own starting weights); Reset brings them back.
    """
    twins = {}
    output = session.prepared.output_activation  # the data's own output layer: every compared loss fits it
    for loss in compared_losses(session):
        setup = copy.deepcopy(session.setup)
        setup.loss, setup.output_activation = loss.name, output
        twins[loss.name] = Session(setup, dataset=session.dataset)
    return twins


def explanation(session, compared):
    """What to watch for, for this task."""
    same = translate(
        "compare", "Same network, same starting weights, same data and optimizer; only the loss differs.")
    if session.task == "classification":
        return same + " " + translate(
            "compare", "Behind a sigmoid, MSE's gradient is multiplied by the sigmoid's slope p(1 − p), which is almost "
            "0 when the network is confidently wrong, so MSE learns slowly exactly where it is most wrong. "
            "Cross-entropy's gradient is simply p − y. Started confidently wrong, the cross-entropy run recovers "
            "within a few epochs while the MSE run barely moves.")
    return same + " " + " ".join(f"{loss_heading(loss)}: {loss.note()}" for loss in compared)


class CompareWindow(Retranslating, QDialog):
    """Copies of the network, one per loss, with their curves on one plot and each one's output view.

    Two or three of the losses that fit the data are compared at a time; the
    check boxes choose which.
    """

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("compare_window")
        self.session = session
        self.compared = compared = compared_losses(session)
        self.classes = session.task == "classification"
        self.twins = make_twins(session)
        self.runs = [(loss.name, loss, color) for loss, color in zip(compared, COLORS)]

        self.train_button = QPushButton()
        self.train_button.setObjectName("compare_train")
        self.train_button.setCheckable(True)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("compare_reset")
        self.wrong_start = QCheckBox()
        self.wrong_start.setObjectName("compare_wrong_start")
        self.wrong_start.setChecked(self.classes)
        self.wrong_start.setVisible(self.classes)
        self.chosen = {}
        for index, (loss, _, color) in enumerate(self.runs):
            box = QCheckBox()
            box.setObjectName(f"compare_use_{loss}")
            box.setChecked(index < MAX_SHOWN)
            set_colors(box, color)
            self.chosen[loss] = box
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        self.loss_plot = pg.PlotWidget(axisItems=reader_axes())
        self.loss_plot.setObjectName("compare_loss_plot")
        self.loss_plot.addLegend(offset=(-10, 10))
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        # Losses are plain numbers; "×0.001" scaling would only confuse.
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        self.metric_plot = self.accuracy_plot = pg.PlotWidget(axisItems=reader_axes())
        self.metric_plot.setObjectName("compare_accuracy_plot")
        self.metric_plot.getAxis("left").enableAutoSIPrefix(False)
        if self.classes:
            self.metric_plot.setYRange(0, 1)
        self.metric_plot.addLegend(offset=(-10, -10))
        self.metric_plot.showGrid(x=True, y=True, alpha=0.2)
        self.curves, self.accuracy_curves, self.maps, self.captions = {}, {}, {}, {}
        maps = QGridLayout()
        for column, (loss, _, color) in enumerate(self.runs):
            # Named in retranslate; a name now gives each curve its row in the legend.
            self.curves[loss] = self.loss_plot.plot([], [], pen=pg.mkPen(color, width=2), name=loss)
            self.accuracy_curves[loss] = self.metric_plot.plot([], [], pen=pg.mkPen(color, width=2), name=loss)
            caption = QLabel()
            caption.setObjectName(f"compare_caption_{loss}")
            caption.setAlignment(Qt.AlignCenter)
            set_colors(caption, color)
            make_bold(caption)
            self.captions[loss] = caption
            self.maps[loss] = OutputView(self.twins[loss])
            maps.addWidget(caption, 0, column)
            maps.addWidget(self.maps[loss], 1, column)
            self.twins[loss].history_changed.connect(self._refresh)

        buttons = QHBoxLayout()
        buttons.addWidget(self.train_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.wrong_start)
        buttons.addSpacing(12)
        for box in self.chosen.values():
            buttons.addWidget(box)
        buttons.addStretch(1)
        plots = QHBoxLayout()
        plots.addWidget(self.loss_plot, 3)
        plots.addWidget(self.metric_plot, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.explanation)
        self.prediction = RacePrediction(self.twins)
        layout.addWidget(self.prediction)
        # A challenge checked on these runs (cross-entropy ahead of MSE by an epoch, say), if one fits.
        self.challenge = CompareChallenge(self.twins, lambda: not (self.classes and self.wrong_start.isChecked()))
        layout.addWidget(self.challenge)
        layout.addLayout(plots, 2)
        layout.addLayout(maps, 3)
        self.resize(1300, 900)

        self.train_button.toggled.connect(self._on_train_toggled)
        self.reset_button.clicked.connect(self.reset)
        self.wrong_start.toggled.connect(self.reset)
        for loss, box in self.chosen.items():
            box.toggled.connect(lambda on, loss=loss: self._on_chosen(loss, on))
        self._show_chosen()
        self.retranslate()
        self.reset()

    def retranslate(self):
        """The window's texts in the current language, the captions and the legends with them."""
        self.setWindowTitle(self.tr("Compare losses"))
        self.train_button.setToolTip(self.tr("Start or pause the chosen copies together."))
        self._on_running_text()
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Every copy back to the same starting weights."))
        self.wrong_start.setText(self.tr("Start confidently wrong"))
        self.wrong_start.setAccessibleName(self.tr("start confidently wrong"))
        self.wrong_start.setToolTip(self.tr(
            "Every copy starts out saying one class for every point, 99.8% sure (the output bias set to 6): "
            "confidently wrong about every point of the other class. Switching starts the runs over."))
        for name, loss, _ in self.runs:
            title = loss_heading(loss)
            box = self.chosen[name]
            box.setText(title)
            box.setAccessibleName(self.tr("compare {loss}").format(loss=title))
            box.setToolTip(self.tr("Train and show the copy that minimises {loss}.").format(loss=title))
            # The legend names the runs in running text: "cross-entropy run", not "Cross-entropy run".
            label = loss_label(loss)
            self._name_curve(self.loss_plot, self.curves[name],
                             self.tr("{loss} run: {loss} loss").format(loss=label))
            self._name_curve(self.metric_plot, self.accuracy_curves[name], self.tr("{loss} run").format(loss=label))
        self.explanation.setText(explanation(self.session, self.compared))
        for plot in (self.loss_plot, self.metric_plot):
            plot.setLabel("bottom", self.tr("epoch"))
        self.loss_plot.setLabel("left", self.tr("training loss (each run's own loss)"))
        self.metric_plot.setLabel("left", self.tr("test accuracy") if self.classes else self.tr("test R²"))
        self._refresh()

    @staticmethod
    def _name_curve(plot, curve, name):
        curve.opts["name"] = name
        legend = plot.getPlotItem().legend
        for sample, label in legend.items:
            if sample.item is curve:
                label.setText(name)
        legend.updateSize()

    def _on_running_text(self):
        self.train_button.setText(self.tr("Pause") if self.train_button.isChecked() else self.tr("Train"))

    @property
    def shown_losses(self):
        """Names of the losses being compared now, in the registry's order."""
        return [loss for loss, box in self.chosen.items() if box.isChecked()]

    def _on_train_toggled(self, on):
        for loss in self.shown_losses:
            twin = self.twins[loss]
            twin.start() if on else twin.pause()
        self._on_running_text()

    def _on_chosen(self, loss, on):
        twin = self.twins[loss]
        if not on:
            twin.pause()
        elif self.train_button.isChecked():
            twin.start()
        self._show_chosen()

    def _show_chosen(self):
        shown = self.shown_losses
        for loss, box in self.chosen.items():
            on = loss in shown
            # Two at least, so there is something to compare; three at most, so each map stays readable.
            box.setEnabled(len(shown) > 2 if on else len(shown) < MAX_SHOWN)
            for item in (self.curves[loss], self.accuracy_curves[loss], self.captions[loss], self.maps[loss]):
                item.setVisible(on)

    def reset(self):
        """Every copy back to the same starting weights (confidently wrong if asked); a live run goes on."""
        running = self.train_button.isChecked()
        for loss, twin in self.twins.items():
            twin.stop_and_wait()
            twin.reset()
            if self.classes and self.wrong_start.isChecked():
                twin.set_parameters(*confidently_wrong(twin.network))
            if running and loss in self.shown_losses:
                twin.start()
        self._refresh()

    def _refresh(self):
        for loss, run_loss, _ in self.runs:
            history = self.twins[loss].history
            epochs = history.column("epoch")
            self.curves[loss].setData(epochs, history.column("train_loss"))
            metric = history.column("test_metric")
            self.accuracy_curves[loss].setData(epochs, metric)
            if not len(metric):
                shown = self.tr("not trained yet")
            elif self.classes:
                shown = self.tr("{accuracy} test accuracy").format(accuracy=percent(metric[-1]))
            else:
                shown = self.tr("test R² {r2}").format(r2=number(metric[-1], 3))
            self.captions[loss].setText(self.tr("{loss} · epoch {epoch} · {shown}").format(
                loss=loss_heading(run_loss), epoch=count(self.twins[loss].snapshot.epoch), shown=shown))

    def closeEvent(self, event):
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self):
        for twin in self.twins.values():
            twin.shutdown()

    def start_weights_equal(self):
        """True if every copy holds identical weights (they do at the start and after Reset)."""
        first, *others = (twin.network.params for twin in self.twins.values())
        return all(np.array_equal(first, other) for other in others)


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    from engine.experiment import Setup

    app = QApplication([])
    data = {"kind": "builtin", "name": "line-outliers", "n_samples": 60, "noise": 0.2, "seed": 0}
    window = CompareWindow(Session(Setup(data=data, hidden_sizes=[], hidden_activations=[])))
    window.show()
    app.exec()
    window.shutdown()
