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
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSizePolicy, QSlider, QSpinBox, QToolButton, QVBoxLayout, QWidget)

import resources
from engine.datasets import shown_class_name
from engine import data as engine_data
from engine.formatting import count, number

from . import theme
from . import csv_dialog
from .csv_dialog import CsvImportDialog
from .appearance import describe, mute, set_colors
from .language import Retranslating

# Qt's lookup by the name lupdate knows: translate(context, text, disambiguation, n).
translate = QCoreApplication.translate

log = logging.getLogger(__name__)

THUMBNAIL_SIZE = 52          # logical pixels of each picture
THUMBNAIL_COLUMNS = 4        # four fit the ~320 px left column
DEBOUNCE_MS = 150            # a dragged slider regenerates once it rests this long
MIN_POINTS, MAX_POINTS, DEFAULT_POINTS = 50, 5000, 500
MAX_SEED = 999_999
SHOWN_CLASSES = 6            # class names listed in the summary before "and N more"
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


def dataset_title(name):
    """A built-in set's title and its one-line description, in the reader's language."""
    info = engine_data.builtin_info(name)
    # Marked for translation where the engine defines them (context "datasets").
    title = info["shown_title"]
    return title, info["shown_description"]


def _listing(names, limit=SHOWN_CLASSES):
    if len(names) <= limit:
        return ", ".join(names)
    return translate("data_panel", "{names} and {more} more").format(
        names=", ".join(names[:limit - 1]), more=count(len(names) - limit + 1))


class DataCounts(QObject):
    """The counted words of the summary, here because lupdate finds the plural forms of tr() in a class."""

    def points(self, n):
        return self.tr("%Ln point(s)", "", n)

    def rows(self, n):
        return self.tr("%Ln row(s)", "", n)

    def inputs(self, n):
        return self.tr("%Ln input(s)", "", n)


def describe_data(session):
    """One line on the loaded data: name, size, split and what is predicted."""
    dataset, prepared = session.dataset, session.prepared
    builtin = session.setup.data.get("kind") == "builtin"
    n = dataset.n_samples
    size = DataCounts().points(n) if builtin else DataCounts().rows(n)
    train, test = count(len(prepared.train_index)), count(len(prepared.test_index))
    if len(prepared.val_index):
        split = translate("data_panel", "{train} train / {validation} validation / {test} test").format(
            train=train, validation=count(len(prepared.val_index)), test=test)
    else:
        split = translate("data_panel", "{train} train / {test} test").format(train=train, test=test)
    if dataset.task == engine_data.CLASSIFICATION:
        classes = _listing([shown_class_name(n) for n in dataset.class_names])
        if builtin:
            target = translate("data_panel", "classification ({classes})").format(classes=classes)
        else:
            target = translate("data_panel", "classification of '{target}' ({classes})").format(
                target=dataset.target_name, classes=classes)
    else:
        y = np.asarray(dataset.y, dtype=float)
        low, high = number(y.min(), 3), number(y.max(), 3)
        if builtin:
            target = translate("data_panel", "regression ({low} to {high})").format(low=low, high=high)
        else:
            target = translate("data_panel", "regression of '{target}' ({low} to {high})").format(
                target=dataset.target_name, low=low, high=high)
    parts = [dataset.name, size]
    if not builtin:
        parts.append(DataCounts().inputs(len(dataset.feature_names)))
    return " · ".join(parts + [split, target])


class DataPanel(Retranslating, QWidget):
    """Built-in sets as pictures, their generation settings, the split, and CSV import."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("data_panel")
        self.session = session
        self.csv_dialog = None
        self._csv_dataset = None   # the last CSV data loaded, so the selector can go back to it
        self._updating = False
        # Pending debounced changes, by control: (timer, what to do when it fires).
        self._timers = {}

        self.selector = QComboBox()
        self.selector.setObjectName("dataset_selector")
        self.selector.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.selector.setMinimumContentsLength(8)
        for name in engine_data.builtin_names():
            self.selector.addItem(name, name)
        # Any change of the current item, by the user or by code, picks that data;
        # changes the panel makes itself to follow the session are ignored.
        self.selector.currentIndexChanged.connect(self._on_selector_changed)
        self.open_csv_button = QPushButton()
        self.open_csv_button.setObjectName("open_csv_button")
        self.open_csv_button.clicked.connect(self.open_csv_dialog)

        self.thumbnails = QWidget()
        self.thumbnails.setObjectName("dataset_thumbnails")
        self.thumbnail_group = QButtonGroup(self)
        self.thumbnail_group.setExclusive(True)
        self.thumbnail_buttons = {}
        self.task_headings = {}
        thumbnail_layout = QVBoxLayout(self.thumbnails)
        thumbnail_layout.setContentsMargins(0, 0, 0, 0)
        thumbnail_layout.setSpacing(2)
        for task in (engine_data.CLASSIFICATION, engine_data.REGRESSION):
            names = [n for n in engine_data.builtin_names() if engine_data.builtin_info(n)["task"] == task]
            label = QLabel()   # its text is set in retranslate
            mute(label)
            self.task_headings[task] = label
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
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)  # it names the file, whatever the file is called
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setObjectName("data_error")
        self.error_label.setTextFormat(Qt.PlainText)  # a message may quote a cell; never render it as HTML
        self.error_label.setWordWrap(True)
        set_colors(self.error_label, "#b00020")
        self.error_label.hide()

        self.noise_label = QLabel()
        self.noise_slider = QSlider(Qt.Horizontal)
        self.noise_slider.setObjectName("noise_slider")
        self.noise_slider.setRange(0, 50)
        self.noise_slider.setPageStep(10)
        self.noise_slider.valueChanged.connect(self._on_noise_moved)

        self.share_label = QLabel()
        self.share_slider = QSlider(Qt.Horizontal)
        self.share_slider.setObjectName("train_share_slider")
        self.share_slider.setRange(1, 9)
        self.share_slider.setPageStep(1)
        self.share_slider.valueChanged.connect(self._on_share_moved)

        self.points_spin = QSpinBox()
        self.points_spin.setObjectName("points_spin")
        self.points_spin.setRange(MIN_POINTS, MAX_POINTS)
        self.points_spin.setSingleStep(50)
        self.points_spin.setValue(DEFAULT_POINTS)
        self.points_spin.setKeyboardTracking(False)
        self.points_spin.valueChanged.connect(self._on_points_changed)

        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("data_seed_spin")
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.valueChanged.connect(self._on_seed_changed)
        self.regenerate_button = QPushButton()
        self.regenerate_button.setObjectName("regenerate_button")
        self.regenerate_button.clicked.connect(self.regenerate)
        self._tips = {}   # the built-in-only controls' own tips, before "only for built-in sets" is added

        top = QHBoxLayout()
        top.addWidget(self.selector, 1)
        top.addWidget(self.open_csv_button)
        self.seed_label = seed_label = QLabel()
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
        self.points_label = points_label = QLabel()
        points_label.setBuddy(self.points_spin)
        form.addRow(points_label, self.points_spin)
        form.addRow(seed_row)  # across both columns, so the panel stays narrow

        self.box = box = QGroupBox()
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
        self.retranslate()

    def retranslate(self):
        """The panel's fixed texts in the current language, then what it shows of the data."""
        self.setAccessibleName(self.tr("data"))
        _describe(self.selector, "dataset_selector", self.tr("data set"),
                  self.tr("The data the network learns from: a built-in set, or your CSV file."))
        for index in range(self.selector.count()):
            name = self.selector.itemData(index)
            if name in self.thumbnail_buttons:
                self.selector.setItemData(index, self.tr("{title}: {description}").format(
                    title=dataset_title(name)[0], description=dataset_title(name)[1]), Qt.ToolTipRole)
        self.open_csv_button.setText(self.tr("Open CSV…"))
        _describe(self.open_csv_button, "open_csv_button", self.tr("open CSV file"),
                  self.tr("Load your own table from a CSV file (Ctrl+O): numeric input columns and one target column."))
        self.thumbnails.setAccessibleName(self.tr("built-in data sets"))
        self.task_headings[engine_data.CLASSIFICATION].setText(self.tr("Classification"))
        self.task_headings[engine_data.REGRESSION].setText(self.tr("Regression"))
        for name, button in self.thumbnail_buttons.items():
            title, description = dataset_title(name)
            _describe(button, f"thumbnail_{name}", self.tr("data set {title}").format(title=title),
                      self.tr("{title}: {description}").format(title=title, description=description))
        self.summary.setAccessibleName(self.tr("data summary"))
        self.error_label.setAccessibleName(self.tr("data error"))
        _describe(self.noise_slider, "noise_slider", self.tr("noise"), self.tr(
            "Noise, 0% to 50%: how much the points stray from the clean pattern (TF Playground's noise)."))
        _describe(self.points_spin, "points_spin", self.tr("number of points"), self.tr(
            "How many points to generate, {low} to {high}.").format(low=count(MIN_POINTS), high=count(MAX_POINTS)))
        _describe(self.seed_spin, "data_seed_spin", self.tr("data seed"), self.tr(
            "The random seed the points are drawn with: the same seed gives the same points."))
        _describe(self.regenerate_button, "regenerate_button", self.tr("regenerate data"),
                  self.tr("Draw fresh points with the next seed."))
        self._tips = {widget: widget.toolTip() for widget in (self.noise_slider, self.points_spin, self.seed_spin,
                                                                 self.regenerate_button)}
        _describe(self.share_slider, "train_share_slider", self.tr("training data share"), self.tr(
            "Share of the rows used for training, 10% to 90%; the rest test how well the network does on data it "
            "has not seen."))
        self.regenerate_button.setText(self.tr("Regenerate"))
        self.seed_label.setText(self.tr("Data seed"))
        self.points_label.setText(self.tr("Points"))
        self.box.setTitle(self.tr("Data"))
        for spin in (self.points_spin, self.seed_spin):
            spin.setLocale(QLocale())
        self._on_data_changed()

    def set_compact(self, compact):
        """Presentation mode: only the data sets and the summary; noise, split, points and seed hide."""
        self.details.setVisible(not compact)

    def _thumbnail_button(self, name):
        button = QToolButton()
        button.setObjectName(f"thumbnail_{name}")
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
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open CSV data"), str(folder),
                                              self.tr("CSV data (*.csv *.tsv *.txt);;All files (*)"))
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
        self.noise_label.setText(self.tr("Noise {percent}").format(percent=_percent(value / 100)))
        if not self._updating and self._is_builtin():
            self._later("noise", lambda: self._reload(noise=value / 100))

    def _on_share_moved(self, value):
        self.share_label.setText(self.tr("Training data {percent}").format(percent=_percent(value / 10)))
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
                self.noise_label.setText(self.tr("Noise {percent}").format(percent=_percent(noise)))
                n = int(source.get("n_samples", DEFAULT_POINTS))
                self.points_spin.setRange(min(MIN_POINTS, n), max(MAX_POINTS, n))
                self.points_spin.setValue(n)
                self.seed_spin.setValue(int(source.get("seed", 0)))
            else:
                self.noise_label.setText(self.tr("Noise {percent}").format(
                    percent=_percent(self.noise_slider.value() / 100)))
            share = 1.0 - float(session.setup.test_fraction)
            self.share_slider.setValue(min(9, max(1, round(share * 10))))
            self.share_label.setText(self.tr("Training data {percent}").format(percent=_percent(share)))
        finally:
            self._updating = False
        for widget in (self.noise_slider, self.noise_label, self.points_spin, self.seed_spin, self.regenerate_button):
            widget.setEnabled(builtin)
            if widget in self._tips:
                widget.setToolTip(self._tips[widget] if builtin else self.tr(
                    "{tip} Only for built-in sets: a CSV file's rows are what they are.").format(tip=self._tips[widget]))
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
            self.selector.setItemData(index, self.tr("Your CSV file: {name}").format(name=csv.name), Qt.ToolTipRole)
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
