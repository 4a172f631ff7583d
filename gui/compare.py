"""Compare losses: the same network trained twice side by side, once with MSE and once with cross-entropy.

Both copies start from identical weights, data, split, optimizer and
shuffling; only the loss differs. Behind a sigmoid, MSE's gradient carries
the sigmoid's slope p(1 − p), which vanishes when the network is confidently
wrong, so the MSE copy learns more slowly there. By default both copies start
confidently wrong, so the difference shows from the first epoch.
"""

import copy

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from . import theme
from .output_view import OutputView
from .predict_panel import RacePrediction
from .session import Session
from .appearance import make_bold, set_colors

RUNS = (("mse", "MSE", theme.ORANGE), ("cross_entropy", "Cross-entropy", theme.BLUE))
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


def comparable(session):
    """None if ``session``'s data can be trained with both losses, else why not."""
    if session.task != "classification":
        return ("Comparing MSE with cross-entropy needs classification data (classes, not numbers): "
                "cross-entropy compares predicted probabilities with classes. Pick circle, xor, gaussian or spiral.")
    return None


def make_twins(session):
    """Two new sessions from ``session``'s setup, one MSE and one cross-entropy.

    Both draw their weights from the same seed, so they start identical (and
    identical to ``session``'s own starting weights); Reset brings both back.
    """
    twins = {}
    output = session.prepared.output_activation  # sigmoid or softmax: both losses can follow it
    for loss, _, _ in RUNS:
        setup = copy.deepcopy(session.setup)
        setup.loss, setup.output_activation = loss, output
        twins[loss] = Session(setup, dataset=session.dataset)
    return twins


class CompareWindow(QDialog):
    """Two copies of the network, one per loss, with their curves on one plot and both decision maps."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("compare_window")
        self.setWindowTitle("Compare losses: MSE vs cross-entropy")
        self.twins = make_twins(session)

        self.train_button = QPushButton("Train both")
        self.train_button.setObjectName("compare_train")
        self.train_button.setToolTip("Start or pause both copies together.")
        self.train_button.setCheckable(True)
        self.reset_button = QPushButton("Reset both")
        self.reset_button.setObjectName("compare_reset")
        self.reset_button.setToolTip("Both copies back to the same starting weights.")
        self.wrong_start = QCheckBox("Start confidently wrong")
        self.wrong_start.setObjectName("compare_wrong_start")
        self.wrong_start.setAccessibleName("start confidently wrong")
        self.wrong_start.setToolTip(
            "Both copies start out saying one class for every point, 99.8% sure (the output bias set to 6): "
            "confidently wrong about every point of the other class. Switching starts both runs over.")
        self.wrong_start.setChecked(True)
        self.explanation = QLabel(
            "Same network, same starting weights, same data and optimizer; only the loss differs. "
            "Behind a sigmoid, MSE's gradient is multiplied by the sigmoid's slope p(1 − p), which is almost 0 when "
            "the network is confidently wrong, so MSE learns slowly exactly where it is most wrong. Cross-entropy's "
            "gradient is simply p − y. Started confidently wrong, the cross-entropy run recovers within a few "
            "epochs while the MSE run barely moves.")
        self.explanation.setWordWrap(True)

        self.loss_plot = pg.PlotWidget()
        self.loss_plot.setObjectName("compare_loss_plot")
        self.loss_plot.setLabel("bottom", "epoch")
        self.loss_plot.setLabel("left", "training loss (each run's own loss)")
        self.loss_plot.addLegend(offset=(-10, 10))
        self.loss_plot.showGrid(x=True, y=True, alpha=0.2)
        # Losses are plain numbers; "×0.001" scaling would only confuse.
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        self.accuracy_plot = pg.PlotWidget()
        self.accuracy_plot.setObjectName("compare_accuracy_plot")
        self.accuracy_plot.setLabel("bottom", "epoch")
        self.accuracy_plot.setLabel("left", "test accuracy")
        self.accuracy_plot.setYRange(0, 1)
        self.accuracy_plot.addLegend(offset=(-10, -10))
        self.accuracy_plot.showGrid(x=True, y=True, alpha=0.2)
        self.curves, self.accuracy_curves, self.maps, self.captions = {}, {}, {}, {}
        maps = QGridLayout()
        for column, (loss, title, color) in enumerate(RUNS):
            self.curves[loss] = self.loss_plot.plot([], [], pen=pg.mkPen(color, width=2), name=f"{title} run: {title} loss")
            self.accuracy_curves[loss] = self.accuracy_plot.plot([], [], pen=pg.mkPen(color, width=2), name=f"{title} run")
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
        buttons.addStretch(1)
        plots = QHBoxLayout()
        plots.addWidget(self.loss_plot, 3)
        plots.addWidget(self.accuracy_plot, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.explanation)
        self.prediction = RacePrediction(self.twins)
        layout.addWidget(self.prediction)
        layout.addLayout(plots, 2)
        layout.addLayout(maps, 3)
        self.resize(1300, 900)

        self.train_button.toggled.connect(self._on_train_toggled)
        self.reset_button.clicked.connect(self.reset)
        self.wrong_start.toggled.connect(self.reset)
        self.reset()

    def _on_train_toggled(self, on):
        for twin in self.twins.values():
            twin.start() if on else twin.pause()
        self.train_button.setText("Pause both" if on else "Train both")

    def reset(self):
        """Both copies back to the same starting weights (confidently wrong if asked); a live run goes on."""
        running = self.train_button.isChecked()
        for twin in self.twins.values():
            twin.stop_and_wait()
            twin.reset()
            if self.wrong_start.isChecked():
                twin.set_parameters(*confidently_wrong(twin.network))
            if running:
                twin.start()
        self._refresh()

    def _refresh(self):
        for loss, title, _ in RUNS:
            history = self.twins[loss].history
            epochs = history.column("epoch")
            self.curves[loss].setData(epochs, history.column("train_loss"))
            self.accuracy_curves[loss].setData(epochs, history.column("test_metric"))
            accuracy = history.column("test_metric")
            shown = f"{100 * accuracy[-1]:.1f}% test accuracy" if len(accuracy) else "not trained yet"
            self.captions[loss].setText(f"{title} · epoch {self.twins[loss].snapshot.epoch:,} · {shown}")

    def closeEvent(self, event):
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self):
        for twin in self.twins.values():
            twin.shutdown()

    def start_weights_equal(self):
        """True if both copies hold identical weights (they do at the start and after Reset)."""
        a, b = (self.twins[loss].experiment.trainer.network.params for loss, _, _ in RUNS)
        return np.array_equal(a, b)
