"""The main window: data on the left, the network in the middle, results on the right."""

import logging
import os
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QFrame, QMainWindow, QMessageBox, QScrollArea, QSplitter, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)

from engine import data as engine_data
from engine import experiment_file
from engine.experiment_file import ExperimentFileError
from engine.formatting import percent
from engine.safe_files import FileWriteError

from . import appearance, language, tasks, teaching_files
from .banner import MessageBanner
from .bookmarks import BookmarksPanel
from .controls import TrainingControls
from .data_panel import DataPanel
from .file_output import save_image, write_weights_json, write_weights_npz
from .formula_panel import FormulaPanel
from .language import Retranslating
from .lesson_panel import LessonPanel
from .messages import plain
from .loss_plot import LossPlot
from .network import NetworkView
from .opening import read_experiment_file
from .output import OutputView
from .readouts import Readouts
from .session import Session
from .step_through import StepThroughPanel
from .view_state import ViewState
from .visible_text import clipped_texts

ZOOM_STEPS = [0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5]
PRESENTATION_ZOOM = 1.5
LEFT_PANEL_WIDTH = 330
TITLE_BAR = 32    # pixels a window manager's title bar takes, beside the screen's own panels

log = logging.getLogger(__name__)


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, session=None):
        super().__init__()
        language.ensure_language()
        self.setObjectName("main_window")
        self.session = session or Session()
        self.settings = QSettings()
        self.current_path = None
        self._loading = False
        self.theme = self.settings.value("view/theme", "light")
        if self.theme not in appearance.THEMES:
            self.theme = "light"
        self.zoom = float(self.settings.value("view/zoom", 1.0))
        self.presenting = False
        self.shown_zoom = 1.0     # the zoom applied now: ``zoom``, or the presentation's
        self._windows = []          # compare and landscape windows kept alive while open

        self.banner = MessageBanner()
        self.data_panel = DataPanel(self.session)
        self.controls = TrainingControls(self.session)
        # What the canvas, the output view and the step-through show together: each listens to it.
        self.view_state = ViewState(self)
        self.network_view = NetworkView(self.session, self.view_state)
        self.loss_plot = LossPlot(self.session)
        self.output_view = OutputView(self.session, self.view_state)
        self.readouts = Readouts(self.session)
        self.formula_panel = FormulaPanel(self.session)
        self.step_through = StepThroughPanel(self.session, self.view_state)
        self.lesson_panel = LessonPanel(self.session)
        self.bookmarks = BookmarksPanel(self.session)
        self._build_layout()
        self._build_menus()
        self.retranslate()

        self.session.problem.connect(self._on_problem)
        # New data, layers or loss change what the views hold and say; the zoom that fit may not.
        for signal in (self.session.data_changed, self.session.network_changed, self.session.setting_changed):
            signal.connect(self._refit_zoom_later)
        self.session.data_changed.connect(self.banner.hide)
        for signal in (self.session.data_changed, self.session.network_changed, self.session.settings_changed,
                       self.session.history_changed):
            signal.connect(self._mark_modified)
        self.lesson_panel.lesson_started.connect(self._on_lesson_started)
        available = self.available_geometry()
        # The first size comes from the screen: 1500×920 where there is room,
        # less on a 1366×768 laptop, leaving room for the title bar and panel.
        self.resize(min(1500, int(available.width() * 0.96)), min(920, int(available.height() * 0.92)))
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            if not available.contains(self.frameGeometry()):  # saved on a bigger screen
                self.resize(min(self.width(), available.width()), min(self.height(), available.height()))
        appearance.apply_theme(self.theme, self)
        if self.zoom != 1.0:
            self.set_zoom(self.zoom)
        self._update_title()

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
        left_scroll.setMinimumWidth(LEFT_PANEL_WIDTH)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.left_panel = left_scroll

        center = QSplitter(Qt.Vertical)
        center.addWidget(_network_widget(self.network_view))
        center.addWidget(self.loss_plot)
        center.setStretchFactor(0, 3)
        center.setStretchFactor(1, 2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("side_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        for page in (self.formula_panel, self.step_through, self.lesson_panel, self.bookmarks):
            self.tabs.addTab(_scrollable(page), "")  # titled in retranslate
        # Small screens (a 1366x768 laptop) squeeze these instead of growing the window.
        self.tabs.setMinimumSize(260, 140)
        self.output_view.setMinimumSize(260, 240)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        right = QSplitter(Qt.Vertical)
        right.addWidget(self.output_view)
        right.addWidget(self.readouts)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 0)
        right.setStretchFactor(2, 2)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left_scroll)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([LEFT_PANEL_WIDTH, 700, 460])
        self.splitter = splitter

        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(root)

    def _action(self, menu, slot, shortcut=None, name=None):
        """An action in ``menu``; its text and tip are set in ``retranslate``, found by ``name``."""
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        # Added to the window too, so shortcuts work with the menus hidden.
        self.addAction(action)
        return action

    def _build_menus(self):
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu("")
        self._action(file_menu, self.open_dialog, QKeySequence.Open, "open_action")
        self.recent_menu = file_menu.addMenu("")
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._action(file_menu, self.data_panel.open_csv_dialog, "Ctrl+Shift+O", "open_csv_action")
        file_menu.addSeparator()
        self._action(file_menu, self.save, QKeySequence.Save, "save_action")
        self._action(file_menu, self.save_as, QKeySequence.SaveAs, "save_as_action")
        file_menu.addSeparator()
        self.export_menu = export = file_menu.addMenu("")
        self._action(export, _weakly(self._export, "png", self.loss_plot.export_png), name="export_curve_png")
        self._action(export, _weakly(self._export, "svg", self.loss_plot.export_svg), name="export_curve_svg")
        self._action(export, _weakly(self._export, "csv", self.loss_plot.export_csv), name="export_curve_csv")
        self._action(export, _weakly(self._export, "png", "export_window_png"), name="export_window_png")
        export.addSeparator()
        self._action(export, _weakly(self._export, "json", "export_weights_json"), name="export_weights_json")
        self._action(export, _weakly(self._export, "npz", "export_weights_npz"), name="export_weights_npz")
        self._action(file_menu, _weakly(self.export_python), None, "export_python_action")
        self._action(file_menu, _weakly(self.print_worksheet), None, "print_worksheet_action")
        file_menu.addSeparator()
        self._action(file_menu, self.close, QKeySequence.Quit, "quit_action")

        self.train_menu = train_menu = bar.addMenu("")
        self.train_action = self._action(train_menu, self.controls.train_button.click, "Space", "train_action")
        self._action(train_menu, self.controls.step_button.click, "Ctrl+Right", "step_action")
        self._action(train_menu, self.controls.reset_button.click, "Ctrl+R", "reset_action")
        train_menu.addSeparator()
        self._action(train_menu, self.open_compare, "Ctrl+K", "compare_action")
        self._action(train_menu, self.open_landscape, "Ctrl+L", "landscape_action")
        self._action(train_menu, self.bookmarks.add, "Ctrl+B", "bookmark_action")
        self._action(train_menu, self.session.clear_earlier_runs, None, "clear_ghosts_action")

        self.view_menu = bar.addMenu("")
        self.presentation_action = self._action(self.view_menu, self.toggle_presentation, "F11", "presentation_action")
        self.presentation_action.setCheckable(True)
        self._action(self.view_menu, _weakly(self.step_zoom, 1), QKeySequence.ZoomIn, "zoom_in_action")
        self.addAction(_shortcut_only(self, "Ctrl+=", _weakly(self.step_zoom, 1)))
        self._action(self.view_menu, _weakly(self.step_zoom, -1), QKeySequence.ZoomOut, "zoom_out_action")
        self._action(self.view_menu, _weakly(self.set_zoom, 1.0), "Ctrl+0", "zoom_reset_action")
        self.view_menu.addSeparator()
        themes = QActionGroup(self)
        for name in appearance.THEME_TITLES:
            action = self._action(self.view_menu, _weakly(self.set_theme, name), None, f"theme_{name}_action")
            action.setCheckable(True)
            action.setChecked(name == self.theme)
            themes.addAction(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("language_menu")
        languages = QActionGroup(self)
        # Each language by its own name: a reader who cannot read the current one still finds theirs.
        for code, name in language.LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setObjectName(f"language_{code}_action")
            action.setCheckable(True)
            action.setChecked(code == language.current_language())
            action.triggered.connect(_weakly(self.set_language, code))
            languages.addAction(action)
        self.help_menu = bar.addMenu("")
        self._action(self.help_menu, self._about, None, "about_action")

    def retranslate(self):
        """Every menu, action, tab and tip in the language spoken now."""
        # Another language's words may not fit at this zoom (German runs long): fit it again.
        self._refit_zoom_later()
        for menu, title in ((self.file_menu, self.tr("&File")), (self.recent_menu, self.tr("Open recent")),
                            (self.export_menu, self.tr("Export")), (self.train_menu, self.tr("&Train")),
                            (self.view_menu, self.tr("&View")), (self.language_menu, self.tr("Language")),
                            (self.help_menu, self.tr("&Help"))):
            menu.setTitle(title)
        texts = {
            "open_action": (self.tr("Open…"), self.tr("Open an experiment (.json) or a CSV data file")),
            "open_csv_action": (self.tr("Import CSV data…"), self.tr("Load your own data from a CSV file")),
            "save_action": (self.tr("Save"), self.tr("Save the experiment")),
            "save_as_action": (self.tr("Save as…"), self.tr("Save the experiment under a new name")),
            "export_curve_png": (self.tr("Loss curve as PNG…"), None),
            "export_curve_svg": (self.tr("Loss curve as SVG…"), None),
            "export_curve_csv": (self.tr("Loss curve as CSV…"), None),
            "export_window_png": (self.tr("Window as PNG…"), None),
            "export_weights_json": (self.tr("Weights as JSON…"), None),
            "export_weights_npz": (self.tr("Weights as NPZ…"), None),
            "export_python_action": (self.tr("Export as Python…"), self.tr(
                "Write this run as one Python script that repeats it (numpy or PyTorch)")),
            "print_worksheet_action": (self.tr("Print worksheet…"), self.tr(
                "A PDF of one training step to work out by hand, with its answer key")),
            "quit_action": (self.tr("Quit"), None),
            "train_action": (self.tr("Train / Pause"), self.tr("Start or pause training")),
            "step_action": (self.tr("Step"), self.tr("One training step")),
            "reset_action": (self.tr("Reset"), self.tr("Fresh weights from the seed; clears the curve")),
            "compare_action": (self.tr("Compare losses…"), self.tr(
                "Train copies side by side from the same weights, one per loss")),
            "landscape_action": (self.tr("Loss landscape…"), self.tr(
                "A 2-D slice of the loss surface around the current weights")),
            "bookmark_action": (self.tr("Bookmark this moment"), self.tr(
                "Remember the weights, curve and settings to come back to")),
            "clear_ghosts_action": (self.tr("Clear earlier runs' curves"), self.tr(
                "Remove the faded curves of earlier runs")),
            "presentation_action": (self.tr("Presentation mode"), self.tr(
                "Full screen, big text and lines, fewer controls: for a projector")),
            "zoom_in_action": (self.tr("Zoom in"), self.tr("Bigger text and lines")),
            "zoom_out_action": (self.tr("Zoom out"), self.tr("Smaller text and lines")),
            "zoom_reset_action": (self.tr("Actual size"), self.tr("Text and lines at normal size")),
            "about_action": (self.tr("About Loss Explorer"), None),
        }
        for name in appearance.THEME_TITLES:
            texts[f"theme_{name}_action"] = appearance.theme_title(name)
        for action in self.actions():
            if action.objectName() in texts:
                text, tip = texts[action.objectName()]
                action.setText(text)
                action.setStatusTip(tip or "")
                action.setToolTip(tip or text)
        for index, (title, tip) in enumerate((
                (self.tr("Formula"), self.tr("The loss formula with this moment's numbers")),
                (self.tr("Step through"), self.tr("Follow one point through forward, loss, backward and update")),
                (self.tr("Lesson"), self.tr("Built-in lessons, and saving your own")),
                (self.tr("Bookmarks"), self.tr("Moments of training to go back to")))):
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, tip)
        # A narrow screen scrolls the tabs; Qt's arrows have no tip of their own.
        for button, tip in (("ScrollLeftButton", self.tr("Tabs to the left")),
                            ("ScrollRightButton", self.tr("Tabs to the right"))):
            found = self.tabs.tabBar().findChild(QToolButton, button)
            if found is not None:
                found.setToolTip(tip)
        self._update_title()

    # ------------------------------------------------------------- actions

    def _on_problem(self, title, text):
        self.banner.show_message(title, text)

    def _on_tab_changed(self, index):
        # Step-through writes on the canvas only while its tab is open.
        self.step_through.set_active(self.tabs.widget(index).widget() is self.step_through)

    def show_tab(self, page):
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).widget() is page:
                self.tabs.setCurrentIndex(index)

    # ------------------------------------------------------------- windows

    def open_compare(self):
        from .compare import CompareWindow, comparable
        reason = comparable(self.session)
        if reason:
            QMessageBox.information(self, self.tr("Compare losses"), reason)
            return None
        window = CompareWindow(self.session, self)
        self._keep_window(window)
        return window

    def open_landscape(self):
        from .landscape_view import LandscapeDialog
        dialog = LandscapeDialog(self.session, self)
        self._keep_window(dialog)
        dialog.compute()
        return dialog

    def _forget_window(self, window):
        if window in self._windows:
            self._windows.remove(window)

    def _keep_window(self, window):
        self._windows.append(window)
        window.finished.connect(_weakly(self._forget_window, window))
        appearance.apply_theme(self.theme, window)
        window.show()

    # -------------------------------------------------------------- view

    def set_language(self, code):
        """Speak ``code`` at once (every widget retranslates itself) and remember it."""
        language.use_language(code, remember=True)

    def set_theme(self, name):
        self.theme = name
        appearance.apply_theme(name, self)
        self.settings.setValue("view/theme", name)

    def available_geometry(self):
        """The screen's room for windows (without panels and docks)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _zoom_fits(self):
        # The window's smallest size at this zoom must fit the screen, title
        # bar included; else the window manager makes it wider than the
        # screen and the right column is cut off.
        available = self.available_geometry()
        least = self.minimumSizeHint()
        if least.width() > available.width() or least.height() > available.height() - TITLE_BAR:
            return False
        if not self.isVisible():
            return True
        # Laid out now, not at the next event: a zoom that fits the screen may
        # still squeeze a text out of its box at this window's size.
        QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        return not clipped_texts(self)

    def _settle_fonts(self):
        # A new application font reaches the widgets as posted events; the
        # sizes they ask for are only known once those are delivered.
        for kind in (QEvent.ApplicationFontChange, QEvent.FontChange, QEvent.LayoutRequest):
            QCoreApplication.sendPostedEvents(None, kind)

    def set_zoom(self, zoom):
        """Zoom text and lines to ``zoom``, or to the largest step below it that fits the screen.

        In presentation mode this zooms the presentation; the window's own
        zoom (``zoom``, remembered) comes back when it ends.
        """
        zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        fitted = self._fit_zoom(zoom)
        if not self.presenting:
            self.zoom = fitted
            self.settings.setValue("view/zoom", self.zoom)
        if fitted < zoom - 1e-6:
            available = self.available_geometry()
            self.statusBar().showMessage(self.tr(
                "Zoom {zoom} does not fit this screen ({width}×{height}); {fitted} is the largest that does.").format(
                zoom=percent(zoom, 0), width=available.width(), height=available.height(), fitted=percent(fitted, 0)),
                6000)
        return fitted

    def _fit_zoom(self, zoom):
        """Apply the largest zoom step up to ``zoom`` that fits the screen; returns it."""
        full_screen = self.isFullScreen()
        for step in [zoom] + [z for z in reversed(ZOOM_STEPS) if z < zoom - 1e-6]:
            self._apply_zoom(step)
            self._settle_fonts()
            if self._zoom_fits() or step <= ZOOM_STEPS[0]:
                break
        # A step tried and given up may have stretched the window past the
        # screen, and out of full screen.
        self._settle_fonts()
        available, least = self.available_geometry(), self.minimumSizeHint()
        if full_screen:
            screen = (self.screen() or QGuiApplication.primaryScreen()).geometry()
            if self.width() > screen.width() or self.height() > screen.height():
                self.showNormal()
                self.setGeometry(screen)
            if not self.isFullScreen():
                self.showFullScreen()
        else:
            self.resize(max(min(self.width(), available.width()), least.width()),
                        max(min(self.height(), available.height() - TITLE_BAR), least.height()))
        return step

    def _refit_zoom_later(self, setting=None):
        # Of the settings only the loss changes texts' lengths: captions spell its name ("Huber of each…").
        if setting in (None, "loss") and (self.zoom != 1.0 or self.presenting):
            QTimer.singleShot(0, self._refit_zoom)

    def _refit_zoom(self):
        wanted = max(self.zoom, PRESENTATION_ZOOM) if self.presenting else self.zoom
        fitted = self._fit_zoom(wanted)
        if not self.presenting:
            self.zoom = fitted

    def _apply_zoom(self, zoom):
        self.shown_zoom = zoom
        appearance.apply_zoom(zoom, self)
        self.left_panel.setMinimumWidth(int(LEFT_PANEL_WIDTH * zoom))

    def step_zoom(self, direction):
        shown = self.shown_zoom
        larger = [z for z in ZOOM_STEPS if z > shown + 1e-6]
        smaller = [z for z in ZOOM_STEPS if z < shown - 1e-6]
        if direction > 0 and larger:
            self.set_zoom(larger[0])
        elif direction < 0 and smaller:
            self.set_zoom(smaller[-1])

    def toggle_presentation(self, on=None):
        """Full screen, high contrast, big text; advanced controls hidden. F11 again goes back."""
        on = not self.presenting if on is None or not isinstance(on, bool) else on
        self.presenting = on
        self.presentation_action.setChecked(on)
        for widget in (self.controls.advanced, self.bookmarks):
            widget.setVisible(not on)
        if hasattr(self.data_panel, "set_compact"):
            self.data_panel.set_compact(on)
        if on:
            self._before_presenting = (self.theme, self.zoom, self.isMaximized())
            appearance.apply_theme("high_contrast" if self.theme == "light" else self.theme, self)
            self.showFullScreen()
            self._fit_zoom(max(self.zoom, PRESENTATION_ZOOM))
        else:
            theme, zoom, maximized = getattr(self, "_before_presenting", (self.theme, 1.0, False))
            appearance.apply_theme(theme, self)
            self._fit_zoom(zoom)
            self.showMaximized() if maximized else self.showNormal()

    def _export(self, extension, writer):
        if isinstance(writer, str):  # one of the window's own methods, by name: the menu's slot must not hold it
            writer = getattr(self, writer)
        folder = self.settings.value("last_folder", os.path.expanduser("~"))
        kind = self.tr("{kind} files").format(kind=extension.upper())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"),
                                              os.path.join(folder, f"loss-explorer.{extension}"),
                                              f"{kind} (*.{extension})")
        if not path:
            return
        try:
            writer(path)
        except OSError as e:
            QMessageBox.warning(self, self.tr("Export failed"), plain(str(e) if isinstance(e, FileWriteError) else
                                self.tr("Could not write {path}: {reason}. Choose another folder or file name.").format(
                                    path=path, reason=e.strerror or e)))
            return
        self.settings.setValue("last_folder", os.path.dirname(path))
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)

    def export_python(self):
        """Ask where, then write the run as a numpy or PyTorch script."""
        return teaching_files.export_python(self, self.session, self._folder())

    def print_worksheet(self):
        """Ask where, then write a worksheet PDF of one training step with its answer key."""
        return teaching_files.print_worksheet(self, self.session, self._folder())

    def export_weights_json(self, path):
        write_weights_json(path, self.session.network, self.session.prepared.input_names, self.session.snapshot.epoch)

    def export_weights_npz(self, path):
        write_weights_npz(path, self.session.network)

    def export_window_png(self, path):
        save_image(self.grab(), path)

    def _about(self):
        QMessageBox.about(self, self.tr("About Loss Explorer"), self.tr(
            "<b>Loss Explorer</b><p>Draw a network, pick a loss, and watch backpropagation lower it."
            "<p>Loss measures how wrong the network is; 0 would be perfect.</p>"))

    # --------------------------------------------------------------- files

    def _folder(self):
        return self.settings.value("last_folder", os.path.expanduser("~"))

    def _remember(self, path):
        self.settings.setValue("last_folder", os.path.dirname(os.path.abspath(path)))
        recent = [p for p in (self.settings.value("recent_files") or []) if p != os.path.abspath(path)]
        self.settings.setValue("recent_files", [os.path.abspath(path)] + recent[:7])

    def _fill_recent_menu(self):
        self.recent_menu.clear()
        recent = [p for p in (self.settings.value("recent_files") or []) if os.path.exists(p)]
        for path in recent:
            action = self.recent_menu.addAction(os.path.basename(path))
            action.setToolTip(path)
            action.triggered.connect(_weakly(self.open_path, path))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def open_dialog(self):
        if not self._may_discard_changes():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open"), self._folder(),
            self.tr("Experiments and data (*.json *.csv *.tsv *.txt);;Experiments (*.json);;"
                    "CSV data (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.open_path(path)

    def open_path(self, path):
        """Open an experiment file, or a CSV file (through the import dialog)."""
        if not path.lower().endswith(".json"):
            self.data_panel.open_csv(path)
            return True
        return self.open_experiment(path)

    def open_experiment(self, path):
        """Read an experiment file; on any problem say so and keep the current work.

        The file is read, checked and built completely before anything of the
        current work, the title and the path Ctrl+S writes to included, changes.
        """
        opened = read_experiment_file(
            self, path, self.tr("Could not open this experiment"),
            self.tr("'{name}' could not be opened because of an unexpected error (written to the log).").format(
                name=os.path.basename(path)))
        if opened is None:
            return False
        saved, experiment, _ = opened
        self._loading = True
        try:
            self.session.install(experiment)
        finally:
            self._loading = False
        self.lesson_panel.show_lesson(saved.lesson)
        self.current_path = path
        self._remember(path)
        self._set_modified(False)
        return True

    def _on_lesson_started(self, title):
        # The lesson replaced the work: Ctrl+S must not write it over the file that was open before.
        self.current_path = None
        self._set_modified(False)

    def save(self):
        if self.current_path is None:
            return self.save_as()
        return self.save_experiment(self.current_path)

    def save_as(self):
        suggested = self.current_path or os.path.join(self._folder(), f"{self.session.dataset.name.rsplit('.', 1)[0]}.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save experiment"), suggested,
                                              self.tr("Experiments (*.json)"))
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        return self.save_experiment(path)

    def save_experiment(self, path):
        """Write the experiment as it is now (paused or running) to ``path``."""
        try:
            # A consistent picture of the weights needs the worker to stand still.
            with self.session.paused():
                experiment_file.save(path, self.session.experiment, lesson=self.lesson_panel.lesson)
        except (OSError, ValueError) as e:
            QMessageBox.warning(self, self.tr("Could not save"), plain(
                str(e) if isinstance(e, (FileWriteError, ExperimentFileError))
                else self.tr("Could not write {path}: {reason}. "
                             "Your previous file, if any, is unchanged. Choose another folder or name.").format(
                                 path=path, reason=getattr(e, 'strerror', None) or e)))
            return False
        self.current_path = path
        self._remember(path)
        self._set_modified(False)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        return True

    def _mark_modified(self):
        if not self._loading:
            self._set_modified(True)

    def _set_modified(self, modified):
        self.setWindowModified(modified)
        self._update_title()

    def _update_title(self):
        name = os.path.basename(self.current_path) if self.current_path else self.tr("untitled")
        self.setWindowTitle(f"{name}[*] — Loss Explorer")

    def _may_discard_changes(self):
        if not self.isWindowModified():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This experiment has changes that are not saved. Save them first?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def load_preset(self, name):
        """Show a built-in data set or lesson by name (used by --screenshot --preset)."""
        if name in engine_data.builtin_names():
            self.session.load_builtin(name)
            return
        for title, path in self.lesson_panel.lessons:
            slug = os.path.splitext(os.path.basename(path))[0]
            if name in (title, slug) or slug.split("-", 1)[-1] == name:
                self.lesson_panel.start(path)
                self.show_tab(self.lesson_panel)
                return
        lessons = ", ".join(os.path.splitext(os.path.basename(p))[0].split("-", 1)[-1] for _, p in self.lesson_panel.lessons)
        raise ValueError(f"Unknown preset '{name}'. Built-in sets: {', '.join(engine_data.builtin_names())}. "
                         f"Lessons: {lessons}.")

    def closeEvent(self, event):
        if not self._may_discard_changes():
            event.ignore()
            return
        if not self.session.shutdown(timeout_ms=1000):
            log.warning("The training thread did not stop within a second")
        for window in list(self._windows):
            window.close()
        # Whatever else still runs in the background (a landscape, a CSV read) ends with the window.
        if not tasks.keeper().shutdown(timeout_ms=1000):
            log.warning("A background task did not stop within a second")
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


def _scrollable(page):
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    return area


def _weakly(method, *args):
    """A slot calling ``method(*args)`` that holds its object only weakly.

    A lambda over ``self`` connected to a signal of one of the window's own
    actions is kept by that connection, which keeps the window: a closed
    window would never be freed. PySide holds bound methods weakly already.
    """
    owner, function = weakref.ref(method.__self__), method.__func__

    def slot(*_):
        target = owner()
        if target is not None:
            function(target, *args)
    return slot


def _shortcut_only(parent, keys, slot):
    action = QAction(parent)
    action.setShortcut(QKeySequence(keys))
    action.triggered.connect(slot)
    return action


def _network_widget(view):
    # The canvas may come wrapped in a panel with its own buttons.
    panel = getattr(view, "panel", None)
    return panel if panel is not None else view
