"""The window through random chains of ordinary actions, with its promises checked after every step.

Each test elsewhere starts from a fresh window and does one thing; the bugs
users met lived between steps (a loss picked while training, a reset after
a blow-up, a file opened after a lesson). Here hypothesis drives the real
window through sequences of user actions and, after each, checks that every
control shows the session's setting, that the numbers shown are the
engine's for the current weights, that the plot is the current run's, that
no text is clipped or a wall of digits, and that no thread is left running.

The later features have their rules and promises here too: validation rows
and early stopping (Go to best epoch gives the best validation loss; the
validation curve is there exactly when there are validation rows), compare
losses (opened, trained, closed: nothing left running, the window's session
untouched), Check my calculation, predictions and challenges, damaged
experiment files (refused, and nothing of the current work changes),
exports (they change nothing), and regression data with its losses. View →
Language switches among English, German and Spanish at any step: the
language checked is the one spoken, nothing a user made changes, and every
promise above holds in each language (numbers are compared as numbers, words
in the language spoken). Runs train in a training process, which may be
killed mid-run: after any step, paused, the window's trainer holds the
weights, step and curve shown.

Set LOSS_EXPLORER_SEQUENCES=200 (say) to walk more sequences than CI does,
LOSS_EXPLORER_SEQUENCE_STEPS=25 for longer ones, and
LOSS_EXPLORER_SEQUENCES_SEED=N for another walk than CI's fixed one.
"""

import copy
import json
import math
import os
import shutil
import tempfile

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

import gui.predict_panel as predict_panel
from engine import data as engine_data
from engine import experiment_file, losses, optimizers
from engine.exercise import STEP_TITLES, hand_number
from engine.formatting import count
from gui import appearance, language, teaching_files
from gui.builtin_lessons import shown_title
from gui.main_window import MainWindow
from gui.validation_curve import CURVE_NAME as VALIDATION_CURVE
from gui.visible_text import clipped_texts, long_numbers
from gui.training_loop import StopReason

BUILTIN_SETS = engine_data.builtin_names()
REGRESSION_SETS = [name for name in BUILTIN_SETS if engine_data.builtin_info(name)["task"] == "regression"]
DAMAGED_FILES = ("truncated", "wrong_weight_shape", "fifo", "lesson_is_a_string")
# Where the next save dialog "chooses" to write: (path, filter); the test answers every dialog with it.
SAVE_DIALOG_ANSWER = {}
EXAMPLES = int(os.environ.get("LOSS_EXPLORER_SEQUENCES", "10"))
# Steps per sequence; the bugs of rarer pairs of actions show in longer ones.
STEPS = int(os.environ.get("LOSS_EXPLORER_SEQUENCE_STEPS", "12"))
# Another walk than CI's fixed one: LOSS_EXPLORER_SEQUENCES_SEED=1, 2, ...
SEED = os.environ.get("LOSS_EXPLORER_SEQUENCES_SEED")


def _pick(data, n, label):
    """One of ``n`` choices, drawn the same way whatever ``n`` is.

    Timing decides some of the state (how far a run got, whether it blew
    up), so a replay may offer another number of choices; a draw whose shape
    followed it would make hypothesis report its own inconsistency instead
    of the failure.
    """
    return data.draw(st.integers(0, 9999), label=label) % max(n, 1)


def settle():
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()


def _wait(ms):
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class WindowSequences(RuleBasedStateMachine):
    """A teacher clicking through the window in whatever order."""

    def __init__(self):
        super().__init__()
        # Each sequence starts as a first start does: no zoom, size or theme saved by the one before,
        # so the steps printed for a failure are all it takes to repeat it.
        QSettings().clear()
        self.folder = tempfile.mkdtemp(prefix="loss-explorer-sequences-")
        self.window = MainWindow()
        self.window.resize(1366, 740)
        self.window.show()
        self.session = self.window.session
        self.saved_path = None
        settle()

    def teardown(self):
        self.session.shutdown()
        self.window.setWindowModified(False)
        self.window.close()
        self.window.deleteLater()
        settle()
        appearance.apply_zoom(1.0)
        language.use_language(language.DEFAULT)   # the next sequence, and the next test, start in English
        shutil.rmtree(self.folder, ignore_errors=True)

    # --------------------------------------------------------------- helpers

    def _pause(self):
        if self.session.is_running:
            self.window.controls.train_button.click()
        for _ in range(200):
            if not self.session.is_running and all(t.isFinished() for t, _ in self.session._retiring.values()):
                break
            _wait(10)
        settle()

    def _picture(self):
        """Everything a user could lose: the title, the file, the setup, the weights and the curve."""
        s, window = self.session, self.window
        history = s.history
        return {
            "title": window.windowTitle(), "path": window.current_path, "modified": window.isWindowModified(),
            "setup": copy.deepcopy(s.setup), "loss": s.loss_name, "data": s.dataset.name,
            "rows": (len(s.prepared.X_train), len(s.prepared.val_index), len(s.prepared.X_test)),
            "params": s.network.params.copy(), "trainer_params": s.experiment.trainer.network.params.copy(),
            "epoch": s.snapshot.epoch, "step": s.experiment.trainer.step_count,
            "history": {c: history.column(c).copy() for c in history.COLUMNS},
            "events": [(e.epoch, e.setting, e.old, e.new) for e in history.events], "earlier_runs": len(s.earlier_runs),
            "lesson": copy.deepcopy(window.lesson_panel.lesson), "running": s.is_running,
        }

    def _assert_unchanged(self, before, what):
        after = self._picture()
        for key, old in before.items():
            new = after[key]
            if key == "history":
                same = all(np.array_equal(old[c], new[c], equal_nan=True) for c in old)
            elif isinstance(old, np.ndarray):
                same = np.array_equal(old, new, equal_nan=True)
            else:
                same = old == new
            assert same, f"{what} changed the {key}: {old!r} -> {new!r}"[:400]

    def _validation_loss(self):
        s = self.session
        data = s.prepared
        with np.errstate(all="ignore"):
            return losses.get(s.loss_name).exact(s.network, data.X_val, data.Y_val)

    def _write_damaged(self, kind):
        """A document the window must refuse, written from a good save of the current experiment."""
        good = os.path.join(self.folder, "good.json")
        experiment_file.save(good, self.session.experiment)
        with open(good, encoding="utf-8") as stream:
            text = stream.read()
        path = os.path.join(self.folder, f"damaged-{kind}.json")
        if os.path.lexists(path):
            os.remove(path)
        if kind == "fifo":
            os.mkfifo(path)
            return path
        if kind == "truncated":
            text = text[:len(text) // 2]
        else:
            document = json.loads(text)
            if kind == "wrong_weight_shape":
                document["network"]["weights"][0] = [row + [0.5] for row in document["network"]["weights"][0]]
            elif kind == "lesson_is_a_string":
                document["lesson"] = "Read chapter 3 first."
            text = json.dumps(document)
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(text)
        return path

    def _pick_loss(self, data):
        # Only what the drop-down offers: the losses that fit this data's task.
        selector = self.window.controls.loss_selector
        index = _pick(data, selector.count(), "loss")
        selector.setCurrentIndex(index)
        selector.activated.emit(index)
        settle()

    # --------------------------------------------------------------- actions

    @rule(ms=st.sampled_from([50, 150, 400]))
    def train_a_while(self, ms):
        self.window.controls.train_button.click()
        _wait(ms)
        self._pause()

    @rule(data=st.data(), ms=st.sampled_from([30, 120]))
    def pick_a_loss_while_training(self, data, ms):
        self.window.controls.train_button.click()
        _wait(ms)
        self._pick_loss(data)
        _wait(ms)
        self._pause()

    @rule(data=st.data())
    def pick_a_loss(self, data):
        self._pick_loss(data)

    @rule(ms=st.sampled_from([60, 200]))
    def the_training_process_dies(self, ms):
        """Killed mid-run (out of memory, say): the window says so and keeps what it had drawn."""
        self.window.controls.train_button.click()
        _wait(ms)
        worker = self.session._run._worker
        process = worker._process if worker is not None else None
        if process is not None:
            process._process.kill()
        for _ in range(300):
            if not self.session.is_running:
                break
            _wait(10)
        self._pause()

    @rule(unit=st.sampled_from(["batch", "epoch"]))
    def step(self, unit):
        controls = self.window.controls
        controls.step_unit.setCurrentIndex(controls.step_unit.findData(unit))
        controls.step_button.click()
        settle()

    @rule()
    def reset(self):
        self.window.controls.reset_button.click()
        settle()

    @rule(name=st.sampled_from(BUILTIN_SETS))
    def pick_a_data_set(self, name):
        self.session.load_builtin(name, n_samples=200)
        settle()

    @rule(rate=st.sampled_from([0.003, 0.03, 0.3, 3.0, 10.0]))
    def set_the_learning_rate(self, rate):
        self.window.controls.learning_rate.setValue(rate)
        settle()

    @rule(name=st.sampled_from(optimizers.NAMES))
    def pick_an_optimizer(self, name):
        box = self.window.controls.optimizer
        index = box.findData(name)
        box.setCurrentIndex(index)
        box.activated.emit(index)
        settle()

    @rule()
    def add_a_layer(self):
        if len(self.session.setup.hidden_sizes) < 4:
            self.session.add_layer()
            settle()

    @rule()
    def remove_a_layer(self):
        self.session.remove_layer()
        settle()

    @rule(data=st.data())
    def start_a_lesson(self, data):
        lessons = self.window.lesson_panel.lessons
        _, path = data.draw(st.sampled_from(lessons))
        self.window.lesson_panel.start(path)
        settle()

    @rule()
    def save_and_open_again(self):
        path = os.path.join(self.folder, "experiment.json")
        assert self.window.save_experiment(path)
        self.saved_path = path
        assert self.window.open_path(path) is True
        settle()

    @rule()
    def bookmark_and_restore(self):
        bookmark = self.window.bookmarks.add()
        self.window.bookmarks.restore(bookmark)
        settle()

    @rule(direction=st.sampled_from([1, -1]))
    def zoom(self, direction):
        self.window.step_zoom(direction)
        settle()

    @rule()
    def toggle_presentation(self):
        self.window.toggle_presentation(not self.window.presenting)
        if not self.window.presenting:
            self.window.resize(1366, 740)
        settle()

    @rule(code=st.sampled_from(sorted(language.LANGUAGES)))
    def switch_language(self, code):
        """View → Language: every text changes at once, and nothing a user made does."""
        before = self._picture()
        action = next(a for a in self.window.language_menu.actions() if a.objectName() == f"language_{code}_action")
        action.trigger()
        settle()
        assert language.current_language() == code
        before["title"] = self.window.windowTitle()   # "untitled" is a word of the language
        self._assert_unchanged(before, f"switching the language to {code}")

    @rule(presses=st.integers(1, 4))
    def walk_through_a_step(self, presses):
        self.window.show_tab(self.window.step_through)
        # Shown on the network or not, from the same draw (a new one would reshuffle every sequence).
        self.window.step_through.enabled_box.setChecked(presses % 2 == 1)
        for _ in range(presses):
            self.window.step_through.next_button.click()
        settle()

    @rule()
    def look_at_the_formula(self):
        self.window.show_tab(self.window.formula_panel)
        settle()

    @rule(fraction=st.sampled_from([0.0, 0.1, 0.2]))
    def set_validation_rows(self, fraction):
        # Typed into "Validation rows" (More settings), as a user does.
        box = self.window.controls.early_stopping.validation_fraction
        box.setValue(fraction)
        settle()
        assert self.session.setup.validation_fraction == pytest.approx(fraction)
        assert (len(self.session.prepared.val_index) > 0) == (fraction > 0)

    @rule(on=st.booleans(), patience=st.sampled_from([1, 3, 20]))
    def switch_early_stopping(self, on, patience):
        controls = self.window.controls.early_stopping
        controls.patience.setValue(patience)
        controls.stop_early.setChecked(on)
        settle()
        assert self.session.setup.early_stopping == (patience if on else None)
        if on:
            assert len(self.session.prepared.val_index), "early stopping is on without validation rows"

    @rule()
    def go_to_best_epoch(self):
        button = self.window.controls.early_stopping.best_button
        if not button.isEnabled():
            return
        button.click()
        settle()
        # The best is looked for since the loss last changed: losses of two kinds do not compare.
        history = self.session.history
        since = max([e.epoch for e in history.events if e.setting == "loss"], default=-1)
        values = history.column("val_loss")[history.column("epoch") > since]
        best = np.nanmin(values)
        assert self._validation_loss() == pytest.approx(best, rel=1e-9, abs=1e-12), \
            f"after Go to best epoch the validation loss is {self._validation_loss()!r}, the curve's best {best!r}"

    @rule(ms=st.sampled_from([60, 200]))
    def compare_losses(self, ms):
        before = self._picture()
        window = self.window.open_compare()
        if window is None:   # only one loss fits this data: the window says so instead
            return
        try:
            settle()
            assert window.start_weights_equal()
            window.train_button.click()
            _wait(ms)
            window.train_button.click()
            for _ in range(200):
                if not any(twin.is_running for twin in window.twins.values()):
                    break
                _wait(10)
        finally:
            window.close()
            settle()
        for twin in window.twins.values():
            assert not twin.is_running
            assert all(thread.isFinished() for thread, _ in twin._retiring.values()), "a compared run was left running"
        assert window not in self.window._windows, "the closed compare window is still kept"
        self._assert_unchanged(before, "comparing losses")

    @rule(data=st.data(), leave_on=st.booleans())
    def check_my_calculation(self, data, leave_on):
        step_through = self.window.step_through
        self.window.show_tab(step_through)
        settle()
        words = step_through.text.text()
        was_on = step_through.check_mode.isChecked()
        step_through.check_mode.setChecked(True)
        settle()
        panel = step_through.check_panel
        assert panel.isVisible() and not step_through.text.isVisible()
        exercise = panel.exercise
        blanks = exercise.blanks
        right_index = _pick(data, len(blanks) - 1, "right blank")
        wrong_index = right_index + 1 + _pick(data, len(blanks) - right_index - 1, "wrong blank")
        right, wrong = blanks[right_index], blanks[wrong_index]
        panel.clear_button.click()
        panel.findChild(QLineEdit, f"answer_{right.key}").setText(hand_number(right.value))
        panel.findChild(QLineEdit, f"answer_{wrong.key}").setText(f"{wrong.value + 7.0 + 3 * abs(wrong.value):.4f}")
        panel.check_button.click()
        settle()
        assert panel.verdict_of(right.key) == "right", (right.label, panel.message.text())
        assert panel.verdict_of(wrong.key) == "wrong", (wrong.label, panel.message.text())
        if language.current_language() == language.DEFAULT:   # the step's title in the words spoken
            assert panel.message.text().startswith(f"{STEP_TITLES[wrong.step]}, {wrong.label}"), panel.message.text()
        else:
            assert panel.message.text(), "a wrong answer without a message"
        if not leave_on:
            step_through.check_mode.setChecked(False)
            settle()
            assert step_through.text.isVisible() and not panel.isVisible()
            if not was_on:
                assert step_through.text.text() == words, "leaving Check my calculation changed the step-through text"

    @rule(data=st.data(), epochs=st.integers(1, 3))
    def commit_a_prediction(self, data, epochs):
        panel = self.window.lesson_panel.predict_panel
        self.window.show_tab(self.window.lesson_panel)
        band, test = 1 + _pick(data, panel.band.count() - 1, "band"), _pick(data, panel.test.count(), "test")
        if not panel.commit_button.isEnabled():
            return
        panel.epochs.setValue(epochs)
        panel.band.setCurrentIndex(band)
        panel.test.setCurrentIndex(test)
        panel.commit_button.click()
        settle()
        assert panel.prediction is not None
        if language.current_language() == language.DEFAULT:
            assert f"Now train to epoch {count(panel.prediction.at_epoch)}" in panel.prediction_text.text()
        else:   # the words differ; the epoch is the same number, written the language's way
            assert count(panel.prediction.at_epoch) in panel.prediction_text.text()

    @rule(data=st.data())
    def start_a_challenge(self, data):
        panel = self.window.lesson_panel.predict_panel
        self.window.show_tab(self.window.lesson_panel)
        panel.challenge_selector.setCurrentIndex(_pick(data, panel.challenge_selector.count(), "challenge"))
        panel.challenge_button.click()
        settle()
        assert panel.challenge is not None

    @rule(kind=st.sampled_from(DAMAGED_FILES))
    def open_a_damaged_file(self, kind):
        path = self._write_damaged(kind)
        before = self._picture()
        assert self.window.open_path(path) is False, f"the window opened a {kind} file"
        settle()
        self._assert_unchanged(before, f"refusing a {kind} file")

    @rule(kind=st.sampled_from(["numpy", "pytorch", "worksheet", "curve_csv", "weights_json"]),
          while_training=st.booleans())
    def export(self, kind, while_training):
        window = self.window
        if while_training:
            window.controls.train_button.click()
            _wait(30)
        before = self._picture()
        reasons = []

        def on_stopped(reason):
            reasons.append(reason)
        self.session.stopped.connect(on_stopped)
        if kind in ("numpy", "pytorch"):
            SAVE_DIALOG_ANSWER["answer"] = (os.path.join(self.folder, "run.py"), next(
                text for text, script in teaching_files.PYTHON_FILTERS.items() if script == kind))
            window.findChild(QAction, "export_python_action").trigger()
        elif kind == "worksheet":
            teaching_files.print_worksheet(window, self.session, self.folder, seed=7,
                                           path=os.path.join(self.folder, "sheet.pdf"))
        else:
            extension = "csv" if kind == "curve_csv" else "json"
            SAVE_DIALOG_ANSWER["answer"] = (os.path.join(self.folder, f"export.{extension}"), "")
            window.findChild(QAction, f"export_{kind}").trigger()
        settle()
        self.session.stopped.disconnect(on_stopped)
        if while_training and before["running"]:
            # A run may end on its own meanwhile (early stopping, a blow-up); an export must not end it.
            assert self.session.is_running or set(reasons) - {StopReason.PAUSED}, \
                f"an export stopped the run ({reasons})"
            self._pause()
            # Training went on: only the settings, data and file must be as they were.
            for key in ("params", "trainer_params", "epoch", "step", "history", "running", "modified", "title"):
                before.pop(key)
        self._assert_unchanged(before, f"exporting ({kind})")

    @rule(data=st.data(), name=st.sampled_from(REGRESSION_SETS))
    def fit_numbers_with_a_regression_loss(self, data, name):
        self.session.load_builtin(name, n_samples=120)
        settle()
        selector = self.window.controls.loss_selector
        offered = [selector.itemData(i) for i in range(selector.count())]
        assert offered == [loss.name for loss in losses.for_task("regression")]
        self._pick_loss(data)
        assert self.session.loss_name == selector.currentData()

    # ------------------------------------------------------------ invariants

    @invariant()
    def no_training_thread_is_left_running(self):
        assert not self.session.is_running
        assert all(thread.isFinished() for thread, _ in self.session._retiring.values())

    @invariant()
    def the_trainer_is_the_one_shown(self):
        """Paused, the window's trainer holds the weights, step and curve shown, wherever it trained."""
        s = self.session
        trainer = s.experiment.trainer
        assert np.array_equal(trainer.network.params, s.network.params, equal_nan=True)
        assert trainer.step_count == s.snapshot.step
        assert len(trainer.history) == len(s.history)

    @invariant()
    def every_control_shows_the_sessions_setting(self):
        controls, s = self.window.controls, self.session
        assert controls.loss_selector.currentData() == s.loss_name
        assert s.experiment.trainer.loss.name == s.loss_name, "the trainer trains another loss than the one shown"
        assert math.isclose(controls.learning_rate.value(), s.setup.learning_rate, rel_tol=1e-6)
        assert s.experiment.trainer.learning_rate == pytest.approx(s.setup.learning_rate)
        assert controls.optimizer.currentData() == s.setup.optimizer == s.experiment.trainer.optimizer.name
        assert controls.batch_size.value() == min(s.setup.batch_size, controls.batch_size.maximum())

    @invariant()
    def the_formula_shows_the_current_loss_with_the_engines_numbers(self):
        panel = self.window.formula_panel
        if not panel.isVisible():
            return
        s = self.session
        loss = losses.get(s.loss_name)
        data = s.prepared
        with np.errstate(all="ignore"):
            expected = loss(data.Y_train, s.network.forward(data.X_train))
        assert panel.mean == pytest.approx(expected, rel=1e-9, nan_ok=True)
        # The formula's words in the language spoken (its symbols are the same in all).
        heads = {formula.split(" =")[0] for formula in (loss.formula(s.network.n_outputs),
                 QCoreApplication.translate("losses", loss.formula(s.network.n_outputs)))}
        assert any(panel.label.text().startswith(f"<b>{head} =") for head in heads), panel.label.text()[:40]

    @invariant()
    def step_through_shows_the_current_network(self):
        panel = self.window.step_through
        if not panel.isVisible():
            return
        assert panel.is_current()
        s = self.session
        index = panel.sample.value() - 1
        x, y = s.prepared.X_train[index:index + 1], s.prepared.Y_train[index:index + 1]
        with np.errstate(all="ignore"):
            expected = float(losses.get(s.loss_name).per_sample(y, s.network.forward(x))[0])
        assert panel.walk.loss == pytest.approx(expected, rel=1e-6, abs=1e-9, nan_ok=True)

    @invariant()
    def the_canvas_and_the_output_view_show_the_view_state(self):
        state, canvas, output = self.window.view_state, self.window.network_view, self.window.output_view
        assert canvas._annotations == state.annotations and canvas._edge_highlight == state.edge_highlight
        node = canvas._hovered_node
        assert (node.address if node is not None and node.unit is not None else None) == state.hovered
        assert output.neuron == (state.hovered if output.display.shows_neurons else None)
        assert state.fits(self.session.network.sizes), "a note or highlight names a neuron the network lacks"
        panel = self.window.step_through
        if panel.active:
            assert panel.is_current() and state.annotations == panel.stage.node_text, \
                "the canvas shows the step-through of another network, loss or point"

    @invariant()
    def the_plot_is_set_by_the_current_run(self):
        plot, history = self.window.loss_plot, self.session.history
        assert len(plot.ghosts) <= 3
        if not len(history) or not plot.following:
            return
        (x0, x1), (y0, y1) = plot.view.viewRange()
        epochs = history.column("epoch")
        partial = [loss for _, loss in self.session.partial_trace]
        # The validation curve is the current run's too.
        values = np.concatenate([history.column("train_loss"), history.column("test_loss"),
                                 history.column("val_loss"), partial])
        values = values[np.isfinite(values)]
        span = max(epochs[-1] - epochs[0], 10)
        assert x1 <= epochs[0] + 1.6 * span + 1, f"the epoch axis runs to {x1:,.0f}, past the run's {epochs[-1]:,.0f}"
        if len(values) and not plot.log_check.isChecked():
            top = values.max()
            assert y1 <= top + 0.2 * max(top - min(values.min(), 0), 1e-9) + 1e-9, \
                f"the loss axis runs to {y1:.3g}, past the run's {top:.3g}"
            assert y0 >= -1e-9, "the loss axis goes below 0"

    @invariant()
    def no_text_is_a_wall_of_digits(self):
        walls = long_numbers(self.window)
        assert not walls, "; ".join(str(t) for t in walls)

    @invariant()
    def no_visible_text_is_clipped(self):
        # A text set by a timer in the last pass of the event loop has its new
        # height asked for but not yet laid out; Qt lays out before it paints,
        # so the user never sees that moment. Lay out first, then look.
        for _ in range(3):   # a layout asks its parent's for one in turn
            QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        clipped = clipped_texts(self.window)
        assert not clipped, "; ".join(str(t) for t in clipped) + \
            f" (window {self.window.width()}×{self.window.height()}, zoom {self.window.shown_zoom:g})"

    @invariant()
    def the_lesson_picker_names_the_lesson_shown(self):
        panel = self.window.lesson_panel
        if panel.lesson is None:
            assert panel.selector.currentIndex() == -1, panel.selector.currentText()


    @invariant()
    def the_validation_curve_is_there_iff_there_are_validation_rows(self):
        s, plot = self.session, self.window.loss_plot
        has_rows = len(s.prepared.val_index) > 0
        values = s.history.column("val_loss")
        shown = VALIDATION_CURVE in plot._extras
        assert shown == (has_rows and bool(np.isfinite(values).any())), \
            f"validation curve shown: {shown}, validation rows: {len(s.prepared.val_index)}"
        if not has_rows:
            assert not np.isfinite(values).any(), "a validation loss without validation rows"
        controls = self.window.controls.early_stopping
        assert controls.stop_early.isChecked() == (s.setup.early_stopping is not None)
        assert controls.validation_fraction.value() == pytest.approx(s.setup.validation_fraction, abs=0.005)
        if s.setup.early_stopping is not None:
            assert controls.patience.value() == s.setup.early_stopping
            assert has_rows, "early stopping is on without validation rows"
        assert controls.best_button.isEnabled() == (s.snapshot.best_epoch is not None)

    @invariant()
    def no_compare_window_is_left_open(self):
        assert not self.window._windows

    @invariant()
    def check_my_calculation_asks_for_the_current_numbers(self):
        step_through = self.window.step_through
        panel = step_through.check_panel
        if not step_through.check_mode.isChecked():
            assert not panel.isVisible()
            return
        if not panel.isVisible():
            return
        assert not step_through.text.isVisible()
        assert panel._same_numbers(), "Check my calculation asks for the numbers of other weights or settings"
        s = self.session
        x = s.prepared.X_train[panel.sample.value() - 1]
        assert np.array_equal(panel.exercise.x, x), "the exercise's point is not the training point shown"

    @invariant()
    def a_prediction_waits_for_its_own_run(self):
        panel = self.window.lesson_panel.predict_panel
        pending = panel.prediction
        for widget in (panel.epochs, panel.band, panel.test, panel.commit_button):
            assert widget.isEnabled() == (pending is None)
        if pending is not None:
            assert pending.from_epoch <= self.session.snapshot.epoch, \
                f"a prediction made at epoch {pending.from_epoch} waits on a run now at epoch {self.session.snapshot.epoch}"

    @invariant()
    def a_challenge_belongs_to_the_lesson_shown(self):
        panel = self.window.lesson_panel.predict_panel
        if panel.challenge is None:
            return
        title, goal = panel.challenge
        lesson = self.window.lesson_panel.lesson or {}
        assert lesson.get("title") == title, f"the challenge '{title}' is checked on '{lesson.get('title')}'"
        # The picker shows the challenge by its title in the language spoken; the English one names it.
        path = next(path for english, path, _ in panel.challenge_list if english == title)
        assert panel.challenge_selector.currentData() == path
        assert panel.challenge_selector.currentText() == shown_title(path)

    @invariant()
    def the_language_checked_is_the_one_spoken(self):
        checked = [a.objectName() for a in self.window.language_menu.actions() if a.isChecked()]
        assert checked == [f"language_{language.current_language()}_action"]
        assert self.window.controls.train_button.text() == QCoreApplication.translate("TrainingControls", "Train")

    @invariant()
    def the_loss_drop_down_offers_only_what_fits(self):
        selector = self.window.controls.loss_selector
        offered = [selector.itemData(i) for i in range(selector.count())]
        assert offered == [loss.name for loss in losses.for_task(self.session.task)]

def test_random_sequences_of_user_actions_keep_every_promise(qtbot, monkeypatch, tmp_path):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    # A modal dialog would wait for a click nobody makes: answer as a user would.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Ok)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: SAVE_DIALOG_ANSWER["answer"])
    # Predictions and challenge scores go to files of this test, not the user's.
    monkeypatch.setattr(predict_panel, "local_file", lambda name: str(tmp_path / name))
    def machine():
        return WindowSequences()
    if SEED is not None:
        machine._hypothesis_internal_use_seed = int(SEED)   # what @hypothesis.seed sets
    run_state_machine_as_test(machine, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, derandomize=SEED is None, database=None,
        # Steps take real time (training runs); a failure is reported as found, not shrunk.
        phases=[Phase.explicit, Phase.reuse, Phase.generate], suppress_health_check=list(HealthCheck)))
