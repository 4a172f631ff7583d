"""The data panel: pick a built-in set from its picture, or open a CSV file.

Each built-in set is shown as a small scatter of its own points, as in TF
Playground. Under the pictures, one line says what is loaded and how it is
split; below that, noise, number of points, seed and the train/test share.
Every change goes through the session, and the panel follows
``session.data_changed`` back, so a loaded experiment shows here too.
"""

import logging
import os

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSizePolicy, QSlider, QSpinBox, QToolButton, QVBoxLayout, QWidget)

import resources
from engine import data as engine_data

from . import theme
from . import csv_dialog
from .csv_dialog import CsvImportDialog
from .appearance import describe, mute, set_colors

log = logging.getLogger(__name__)

THUMBNAIL_SIZE = 52          # logical pixels of each picture
THUMBNAIL_COLUMNS = 4        # four fit the ~320 px left column
DEBOUNCE_MS = 150            # a dragged slider regenerates once it rests this long
MIN_POINTS, MAX_POINTS, DEFAULT_POINTS = 50, 5000, 500
MAX_SEED = 999_999
SHOWN_CLASSES = 6            # class names listed in the summary before "and N more"
CSV_FILTER = "CSV data (*.csv *.tsv *.txt);;All files (*)"
BUILTIN_ONLY = " Only for built-in sets: a CSV file's rows are what they are."
_CSV = "csv"                 # the selector's item data for the loaded CSV file


def _describe(widget, name, accessible, tip):
    return describe(widget, name, tip, accessible)


def render_thumbnail(name, size=THUMBNAIL_SIZE, scale=2.0):
    """A ``size`` x ``size`` picture of built-in set ``name``, drawn from its own points.

    Two-input classification sets are dots in the class colors, two-input
    regression sets dots colored by the target (orange negative, blue
    positive), one-input sets a scatter of (x, y).
    """
    dataset = engine_data.make_builtin(name, n_samples=200, noise=0.1, seed=0)
    pixmap = QPixmap(int(size * scale), int(size * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    frame = QRectF(0.5, 0.5, size - 1, size - 1)
    painter.setPen(QPen(QColor("#c8ccd0"), 1))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(frame, 3, 3)
    painter.setClipRect(frame.adjusted(1, 1, -1, -1))
    margin = 3.0
    span = size - 2 * margin

    if dataset.X.shape[1] == 2:
        x_lo, x_hi, y_lo, y_hi = -6.0, 6.0, -6.0, 6.0
        xs, ys = dataset.X[:, 0], dataset.X[:, 1]
        if dataset.task == engine_data.CLASSIFICATION:
            colors = [QColor(theme.CLASS_COLORS[c % len(theme.CLASS_COLORS)]) for c in dataset.y]
        else:
            colors = [QColor(*rgb) for rgb in theme.diverging_rgb(dataset.y, limit=0.6)]
        outline = QPen(QColor(0, 0, 0, 45), 0.5)
    else:
        xs, ys = dataset.X[:, 0], dataset.y
        x_lo, x_hi = float(xs.min()), float(xs.max())
        pad = 0.15 * max(float(ys.max() - ys.min()), 1e-9)
        y_lo, y_hi = float(ys.min()) - pad, float(ys.max()) + pad
        colors = [QColor(theme.BLUE)] * len(xs)
        outline = Qt.NoPen
        if y_lo < 0 < y_hi:  # the x axis, faintly
            zero = margin + span * (y_hi - 0.0) / (y_hi - y_lo)
            painter.setPen(QPen(QColor("#d0d4d8"), 1))
            painter.drawLine(QPointF(margin, zero), QPointF(size - margin, zero))

    px = margin + span * (xs - x_lo) / (x_hi - x_lo)
    py = margin + span * (y_hi - ys) / (y_hi - y_lo)
    painter.setPen(outline)
    radius = 1.7
    for x, y, color in zip(px, py, colors):
        painter.setBrush(color)
        painter.drawEllipse(QPointF(float(x), float(y)), radius, radius)
    painter.end()
    return pixmap


def _percent(fraction):
    return f"{100 * fraction:.0f}%"


def _listing(names, limit=SHOWN_CLASSES):
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit - 1])} and {len(names) - limit + 1} more"


def describe_data(session):
    """One line on the loaded data: name, size, split and what is predicted."""
    dataset, prepared = session.dataset, session.prepared
    builtin = session.setup.data.get("kind") == "builtin"
    n = dataset.n_samples
    size = f"{n:,} point{'s' if n != 1 else ''}" if builtin else f"{n:,} row{'s' if n != 1 else ''}"
    split = f"{len(prepared.train_index):,} train / {len(prepared.test_index):,} test"
    if len(prepared.val_index):
        split = split.replace(" train / ", f" train / {len(prepared.val_index):,} validation / ")
    of = "" if builtin else f" of '{dataset.target_name}'"
    if dataset.task == engine_data.CLASSIFICATION:
        target = f"classification{of} ({_listing(dataset.class_names)})"
    else:
        y = np.asarray(dataset.y, dtype=float)
        target = f"regression{of} ({y.min():.3g} to {y.max():.3g})"
    parts = [dataset.name, size]
    if not builtin:
        n_inputs = len(dataset.feature_names)
        parts.append(f"{n_inputs} input{'s' if n_inputs != 1 else ''}")
    return " · ".join(parts + [split, target])


class DataPanel(QWidget):
    """Built-in sets as pictures, their generation settings, the split, and CSV import."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("data_panel")
        self.setAccessibleName("data")
        self.session = session
        self.csv_dialog = None
        self._csv_dataset = None   # the last CSV data loaded, so the selector can go back to it
        self._updating = False
        # Pending debounced changes, by control: (timer, what to do when it fires).
        self._timers = {}

        self.selector = _describe(QComboBox(), "dataset_selector", "data set",
                                  "The data the network learns from: a built-in set, or your CSV file.")
        self.selector.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.selector.setMinimumContentsLength(8)
        for name in engine_data.builtin_names():
            info = engine_data.builtin_info(name)
            self.selector.addItem(name, name)
            self.selector.setItemData(self.selector.count() - 1, f"{info['title']}: {info['description']}",
                                      Qt.ToolTipRole)
        # Any change of the current item, by the user or by code, picks that data;
        # changes the panel makes itself to follow the session are ignored.
        self.selector.currentIndexChanged.connect(self._on_selector_changed)
        self.open_csv_button = _describe(QPushButton("Open CSV…"), "open_csv_button", "open CSV file",
                                         "Load your own table from a CSV file (Ctrl+O): numeric input columns "
                                         "and one target column.")
        self.open_csv_button.clicked.connect(self.open_csv_dialog)

        self.thumbnails = QWidget()
        self.thumbnails.setObjectName("dataset_thumbnails")
        self.thumbnails.setAccessibleName("built-in data sets")
        self.thumbnail_group = QButtonGroup(self)
        self.thumbnail_group.setExclusive(True)
        self.thumbnail_buttons = {}
        thumbnail_layout = QVBoxLayout(self.thumbnails)
        thumbnail_layout.setContentsMargins(0, 0, 0, 0)
        thumbnail_layout.setSpacing(2)
        for heading, task in (("Classification", engine_data.CLASSIFICATION),
                              ("Regression", engine_data.REGRESSION)):
            names = [n for n in engine_data.builtin_names() if engine_data.builtin_info(n)["task"] == task]
            label = QLabel(heading)
            mute(label)
            thumbnail_layout.addWidget(label)
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 4)
            grid.setHorizontalSpacing(4)
            grid.setVerticalSpacing(4)
            for i, name in enumerate(names):
                button = self._thumbnail_button(name)
                grid.addWidget(button, i // THUMBNAIL_COLUMNS, i % THUMBNAIL_COLUMNS)
            grid.setColumnStretch(THUMBNAIL_COLUMNS, 1)
            thumbnail_layout.addLayout(grid)

        self.summary = QLabel()
        self.summary.setObjectName("data_summary")
        self.summary.setAccessibleName("data summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)  # it names the file, whatever the file is called
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setObjectName("data_error")
        self.error_label.setTextFormat(Qt.PlainText)  # a message may quote a cell; never render it as HTML
        self.error_label.setAccessibleName("data error")
        self.error_label.setWordWrap(True)
        set_colors(self.error_label, "#b00020")
        self.error_label.hide()

        self.noise_label = QLabel()
        self.noise_slider = _describe(QSlider(Qt.Horizontal), "noise_slider", "noise",
                                      "Noise, 0% to 50%: how much the points stray from the clean pattern "
                                      "(TF Playground's noise).")
        self.noise_slider.setRange(0, 50)
        self.noise_slider.setPageStep(10)
        self.noise_slider.valueChanged.connect(self._on_noise_moved)

        self.share_label = QLabel()
        self.share_slider = _describe(QSlider(Qt.Horizontal), "train_share_slider", "training data share",
                                      "Share of the rows used for training, 10% to 90%; the rest test how well "
                                      "the network does on data it has not seen.")
        self.share_slider.setRange(1, 9)
        self.share_slider.setPageStep(1)
        self.share_slider.valueChanged.connect(self._on_share_moved)

        self.points_spin = _describe(QSpinBox(), "points_spin", "number of points",
                                     f"How many points to generate, {MIN_POINTS} to {MAX_POINTS:,}.")
        self.points_spin.setRange(MIN_POINTS, MAX_POINTS)
        self.points_spin.setSingleStep(50)
        self.points_spin.setValue(DEFAULT_POINTS)
        self.points_spin.setKeyboardTracking(False)
        self.points_spin.valueChanged.connect(self._on_points_changed)

        self.seed_spin = _describe(QSpinBox(), "data_seed_spin", "data seed",
                                   "The random seed the points are drawn with: the same seed gives the same points.")
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.valueChanged.connect(self._on_seed_changed)
        self.regenerate_button = _describe(QPushButton("Regenerate"), "regenerate_button", "regenerate data",
                                           "Draw fresh points with the next seed.")
        self.regenerate_button.clicked.connect(self.regenerate)

        self._tips = {w: w.toolTip() for w in (self.noise_slider, self.points_spin, self.seed_spin,
                                                self.regenerate_button)}

        top = QHBoxLayout()
        top.addWidget(self.selector, 1)
        top.addWidget(self.open_csv_button)
        seed_label = QLabel("Data seed")
        seed_label.setBuddy(self.seed_spin)
        seed_row = QHBoxLayout()
        seed_row.addWidget(seed_label)
        seed_row.addWidget(self.seed_spin, 1)
        seed_row.addWidget(self.regenerate_button)
        form = QFormLayout()
        form.setContentsMargins(0, 4, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.addRow(self.noise_label, self.noise_slider)
        form.addRow(self.share_label, self.share_slider)
        points_label = QLabel("Points")
        points_label.setBuddy(self.points_spin)
        form.addRow(points_label, self.points_spin)
        form.addRow(seed_row)  # across both columns, so the panel stays narrow

        box = QGroupBox("Data")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.thumbnails)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_label)
        self.details = QWidget()
        self.details.setObjectName("data_details")
        self.details.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        outer.addStretch(1)

        session.data_changed.connect(self._on_data_changed)
        self._on_data_changed()

    def set_compact(self, compact):
        """Presentation mode: only the data sets and the summary; noise, split, points and seed hide."""
        self.details.setVisible(not compact)

    def _thumbnail_button(self, name):
        info = engine_data.builtin_info(name)
        button = _describe(QToolButton(), f"thumbnail_{name}", f"data set {info['title']}",
                           f"{info['title']}: {info['description']}")
        button.setCheckable(True)
        button.setAutoRaise(False)
        button.setIcon(QIcon(render_thumbnail(name)))
        button.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        button.setFixedSize(THUMBNAIL_SIZE + 8, THUMBNAIL_SIZE + 8)
        button.setStyleSheet(
            "QToolButton { border: 2px solid transparent; border-radius: 5px; padding: 0px; }"
            "QToolButton:hover { border-color: #c8ccd0; }"
            f"QToolButton:checked {{ border-color: {theme.BLUE}; background: #dcecf7; }}")
        button.clicked.connect(lambda checked=False, n=name: self.pick(n))
        self.thumbnail_group.addButton(button)
        self.thumbnail_buttons[name] = button
        return button

    # ------------------------------------------------------------ actions

    def pick(self, name):
        """Load built-in set ``name`` with the panel's noise, number of points and seed."""
        self._cancel_pending()
        self._run(lambda: self.session.load_builtin(name, n_samples=self.points_spin.value(),
                                                    noise=self.noise_slider.value() / 100,
                                                    seed=self.seed_spin.value()))

    def regenerate(self):
        """Fresh points for the current built-in set: the next seed, as in TF Playground."""
        if not self._is_builtin():
            return
        seed = (self.seed_spin.value() + 1) % (MAX_SEED + 1)
        self._set_quietly(self.seed_spin, seed)
        self._cancel_pending()
        self._run(lambda: self._reload(seed=seed))

    def open_csv_dialog(self):
        """Ask for a CSV file, then show the import dialog for it (File → Open CSV…)."""
        folder = csv_dialog.settings().value("last_folder") or resources.path("data")
        path, _ = QFileDialog.getOpenFileName(self, "Open CSV data", str(folder), CSV_FILTER)
        if path:
            self.open_csv(path)

    def open_csv(self, path):
        """Show the import dialog for ``path``; it loads in the background, OK uses the data."""
        old = self.csv_dialog
        if old is not None:
            old.close()
            if not old.is_loading():
                old.deleteLater()
        self.csv_dialog = CsvImportDialog(self.session, path, self)
        self.csv_dialog.open()
        return self.csv_dialog

    # ------------------------------------------------------------ controls

    def _on_selector_changed(self, index):
        if self._updating or index < 0:
            return
        key = self.selector.itemData(index)
        if key == _CSV:
            dataset = self._csv_dataset
            if dataset is not None and self._is_builtin():
                self._run(lambda: self.session.set_dataset(dataset))
        elif key != self._builtin_name() or not self._is_builtin():
            self.pick(key)

    def _on_noise_moved(self, value):
        self.noise_label.setText(f"Noise {value}%")
        if not self._updating and self._is_builtin():
            self._later("noise", lambda: self._reload(noise=value / 100))

    def _on_share_moved(self, value):
        self.share_label.setText(f"Training data {value * 10}%")
        if not self._updating:
            self._later("share", lambda: self.session.set_test_fraction(round(1.0 - value / 10, 2)))

    def _on_points_changed(self, value):
        if not self._updating and self._is_builtin():
            self._later("points", lambda: self._reload(n_samples=value))

    def _on_seed_changed(self, value):
        if not self._updating and self._is_builtin():
            self._later("seed", lambda: self._reload(seed=value))

    def _reload(self, **changes):
        """The current built-in set again, with some of its settings changed."""
        if self._is_builtin():  # a CSV file may have been loaded while a change waited
            self.session.load_builtin(self._builtin_name(), **changes)

    def _later(self, key, change):
        """Apply ``change`` once the control has rested for DEBOUNCE_MS."""
        if key not in self._timers:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(DEBOUNCE_MS)
            timer.timeout.connect(lambda k=key: self._fire(k))
            self._timers[key] = [timer, None]
        self._timers[key][1] = change
        self._timers[key][0].start()

    def _fire(self, key):
        change, self._timers[key][1] = self._timers[key][1], None
        if change is not None:
            self._run(change)

    def _cancel_pending(self):
        for entry in self._timers.values():
            entry[0].stop()
            entry[1] = None

    def _run(self, change):
        """Make a change through the session; a refusal is shown here instead of a traceback."""
        try:
            change()
        except (engine_data.DataError, ValueError) as error:
            log.info("Data change refused: %s", error)
            self.error_label.setText(str(error))
            self.error_label.show()
            self._on_data_changed()  # the controls go back to what is loaded
            return False
        self.error_label.hide()
        return True

    # ------------------------------------------------------------ following the session

    def _is_builtin(self):
        return self.session.setup.data.get("kind") == "builtin"

    def _builtin_name(self):
        return self.session.setup.data.get("name") if self._is_builtin() else None

    def _on_data_changed(self):
        session = self.session
        source = session.setup.data
        builtin = self._is_builtin()
        if not builtin:
            self._csv_dataset = session.dataset
        self._updating = True
        try:
            self._sync_selector(builtin)
            self._sync_thumbnails(source.get("name") if builtin else None)
            if builtin:
                noise = float(source.get("noise", 0.0))
                self.noise_slider.setValue(round(100 * noise))
                self.noise_label.setText(f"Noise {_percent(noise)}")
                n = int(source.get("n_samples", DEFAULT_POINTS))
                self.points_spin.setRange(min(MIN_POINTS, n), max(MAX_POINTS, n))
                self.points_spin.setValue(n)
                self.seed_spin.setValue(int(source.get("seed", 0)))
            else:
                self.noise_label.setText(f"Noise {self.noise_slider.value()}%")
            share = 1.0 - float(session.setup.test_fraction)
            self.share_slider.setValue(min(9, max(1, round(share * 10))))
            self.share_label.setText(f"Training data {_percent(share)}")
        finally:
            self._updating = False
        for widget in (self.noise_slider, self.noise_label, self.points_spin, self.seed_spin, self.regenerate_button):
            widget.setEnabled(builtin)
            if widget in self._tips:
                widget.setToolTip(self._tips[widget] + ("" if builtin else BUILTIN_ONLY))
        self.summary.setText(describe_data(session))

    def _sync_selector(self, builtin):
        csv = self._csv_dataset
        index = self.selector.findData(_CSV)
        if csv is not None:
            if index < 0:
                self.selector.insertSeparator(self.selector.count())
                self.selector.addItem(csv.name, _CSV)
                index = self.selector.count() - 1
            self.selector.setItemText(index, csv.name)
            self.selector.setItemData(index, f"Your CSV file: {csv.name}", Qt.ToolTipRole)
        if builtin:
            self.selector.setCurrentIndex(self.selector.findData(self.session.setup.data.get("name")))
        else:
            self.selector.setCurrentIndex(self.selector.findData(_CSV))

    def _sync_thumbnails(self, name):
        button = self.thumbnail_buttons.get(name)
        if button is not None:
            button.setChecked(True)
            return
        # A CSV file: no picture is the current one.
        self.thumbnail_group.setExclusive(False)
        for other in self.thumbnail_buttons.values():
            other.setChecked(False)
        self.thumbnail_group.setExclusive(True)

    @staticmethod
    def _set_quietly(widget, value):
        blocked = widget.blockSignals(True)
        widget.setValue(value)
        widget.blockSignals(blocked)


def _preview():
    import sys

    from PySide6.QtWidgets import QApplication

    from .session import Session

    app = QApplication.instance() or QApplication(sys.argv)
    session = Session()
    panel = DataPanel(session)
    panel.resize(320, 560)
    panel.show()
    for path in sys.argv[1:2]:
        panel.open_csv(os.path.abspath(path))
    app.exec()
    session.shutdown()


if __name__ == "__main__":
    _preview()
