"""The main window: data on the left, the network in the middle, results on the right."""

import logging
import os

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QScrollArea,
                               QSplitter, QToolButton, QVBoxLayout, QWidget)

from engine import data as engine_data

from .controls import TrainingControls
from .data_panel import DataPanel
from .loss_plot import LossPlot
from .network_view import NetworkView
from .output_view import OutputView
from .readouts import Readouts
from .session import Session

log = logging.getLogger(__name__)


class MessageBanner(QFrame):
    """A dismissable strip across the top for things the user must read."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("message_banner")
        self.setAccessibleName("message")
        self.setStyleSheet("#message_banner { background: #fff4e5; border: 1px solid #f59322; border-radius: 4px; }"
                           "#message_banner QLabel { color: #3a2a00; }")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.text = QLabel()
        self.text.setObjectName("message_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setObjectName("message_close")
        close.setAccessibleName("dismiss message")
        close.setToolTip("Dismiss this message")
        close.clicked.connect(self.hide)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 1)
        layout.addWidget(close, 0, Qt.AlignTop)
        self.hide()

    def show_message(self, title, text):
        self.title.setText(title)
        self.text.setText(text)
        self.show()


class MainWindow(QMainWindow):
    def __init__(self, session=None):
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle("Loss Explorer")
        self.session = session or Session()
        self.settings = QSettings()

        self.banner = MessageBanner()
        self.data_panel = DataPanel(self.session)
        self.controls = TrainingControls(self.session)
        self.network_view = NetworkView(self.session)
        self.loss_plot = LossPlot(self.session)
        self.output_view = OutputView(self.session)
        self.readouts = Readouts(self.session)
        self._build_layout()
        self._build_menus()

        self.session.problem.connect(self._on_problem)
        self.session.data_changed.connect(self.banner.hide)
        if hasattr(self.network_view, "neuron_hovered"):
            self.network_view.neuron_hovered.connect(self.output_view.show_neuron)
        self.resize(1500, 920)

    # -------------------------------------------------------------- layout

    def _build_layout(self):
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.data_panel)
        left_layout.addWidget(self.controls)
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.NoFrame)
        left_scroll.setMinimumWidth(300)
        self.left_panel = left_scroll

        center = QSplitter(Qt.Vertical)
        center.addWidget(_network_widget(self.network_view))
        center.addWidget(self.loss_plot)
        center.setStretchFactor(0, 3)
        center.setStretchFactor(1, 2)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.output_view, 1)
        right_layout.addWidget(self.readouts)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left_scroll)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([320, 700, 480])
        self.splitter = splitter

        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(root)

    def _action(self, menu, text, slot, shortcut=None, tip=None, name=None):
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        # Added to the window too, so shortcuts work with the menus hidden.
        self.addAction(action)
        return action

    def _build_menus(self):
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "Open CSV…", self.data_panel.open_csv_dialog, "Ctrl+O",
                     "Load your own data from a CSV file", "open_csv_action")
        file_menu.addSeparator()
        export = file_menu.addMenu("Export")
        self._action(export, "Loss curve as PNG…", lambda: self._export("png", self.loss_plot.export_png), name="export_curve_png")
        self._action(export, "Loss curve as SVG…", lambda: self._export("svg", self.loss_plot.export_svg), name="export_curve_svg")
        self._action(export, "Loss curve as CSV…", lambda: self._export("csv", self.loss_plot.export_csv), name="export_curve_csv")
        self._action(export, "Window as PNG…", lambda: self._export("png", self.export_window_png), name="export_window_png")
        file_menu.addSeparator()
        self._action(file_menu, "Quit", self.close, QKeySequence.Quit)

        train_menu = bar.addMenu("&Train")
        self.train_action = self._action(train_menu, "Train / Pause", self.controls.train_button.click, "Space",
                                         "Start or pause training", "train_action")
        self._action(train_menu, "Step", self.controls.step_button.click, "Ctrl+Right", "One training step", "step_action")
        self._action(train_menu, "Reset", self.controls.reset_button.click, "Ctrl+R",
                     "Fresh weights from the seed; clears the curve", "reset_action")

        self.view_menu = bar.addMenu("&View")
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "About Loss Explorer", self._about)

    # ------------------------------------------------------------- actions

    def _on_problem(self, title, text):
        self.banner.show_message(title, text)

    def _export(self, extension, writer):
        folder = self.settings.value("last_folder", os.path.expanduser("~"))
        path, _ = QFileDialog.getSaveFileName(self, "Export", os.path.join(folder, f"loss-explorer.{extension}"),
                                              f"{extension.upper()} files (*.{extension})")
        if not path:
            return
        try:
            writer(path)
        except OSError as e:
            QMessageBox.warning(self, "Export failed", f"Could not write {path}: {e.strerror or e}. "
                                "Choose another folder or file name.")
            return
        self.settings.setValue("last_folder", os.path.dirname(path))
        self.statusBar().showMessage(f"Saved {path}", 5000)

    def export_window_png(self, path):
        if not self.grab().save(path):
            raise OSError(0, "the image could not be written", path)

    def _about(self):
        QMessageBox.about(self, "About Loss Explorer",
                          "<b>Loss Explorer</b><p>Draw a network, pick a loss, and watch backpropagation lower it."
                          "<p>Loss measures how wrong the network is; 0 would be perfect.</p>")

    def open_path(self, path):
        """Open a CSV file (or, later, an experiment) given on the command line."""
        self.data_panel.open_csv(path)

    def load_preset(self, name):
        """Show a built-in data set by name (used by --screenshot --preset)."""
        if name in engine_data.builtin_names():
            self.session.load_builtin(name)
            return
        raise ValueError(f"Unknown preset '{name}'. Built-in sets: {', '.join(engine_data.builtin_names())}.")

    def closeEvent(self, event):
        if not self.session.shutdown(timeout_ms=1000):
            log.warning("The training thread did not stop within a second")
        super().closeEvent(event)


def _network_widget(view):
    # The canvas may come wrapped in a panel with its own buttons.
    panel = getattr(view, "panel", None)
    return panel if panel is not None else view
