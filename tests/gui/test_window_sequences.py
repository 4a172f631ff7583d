"""The window through random chains of ordinary actions, with its promises checked after every step.

Each test elsewhere starts from a fresh window and does one thing; the bugs
users met lived between steps (a loss picked while training, a reset after
a blow-up, a file opened after a lesson). Here hypothesis drives the real
window through sequences of user actions and, after each, checks that every
control shows the session's setting, that the numbers shown are the
engine's for the current weights, that the plot is the current run's, that
no text is clipped or a wall of digits, and that no thread is left running.

Set LOSS_EXPLORER_SEQUENCES=200 (say) to walk more sequences than CI does.
"""

import math
import os
import tempfile

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from engine import data as engine_data
from engine import losses, optimizers
from gui.main_window import MainWindow
from gui.visible_text import clipped_texts, long_numbers

BUILTIN_SETS = engine_data.builtin_names()
EXAMPLES = int(os.environ.get("LOSS_EXPLORER_SEQUENCES", "6"))


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

    # --------------------------------------------------------------- helpers

    def _pause(self):
        if self.session.is_running:
            self.window.controls.train_button.click()
        for _ in range(200):
            if not self.session.is_running and all(t.isFinished() for t, _ in self.session._retiring.values()):
                break
            _wait(10)
        settle()

    def _pick_loss(self, name):
        selector = self.window.controls.loss_selector
        index = selector.findData(name)
        selector.setCurrentIndex(index)
        selector.activated.emit(index)
        settle()

    # --------------------------------------------------------------- actions

    @rule(ms=st.sampled_from([50, 150, 400]))
    def train_a_while(self, ms):
        self.window.controls.train_button.click()
        _wait(ms)
        self._pause()

    @rule(loss=st.sampled_from(losses.NAMES), ms=st.sampled_from([30, 120]))
    def pick_a_loss_while_training(self, loss, ms):
        self.window.controls.train_button.click()
        _wait(ms)
        self._pick_loss(loss)
        _wait(ms)
        self._pause()

    @rule(loss=st.sampled_from(losses.NAMES))
    def pick_a_loss(self, loss):
        self._pick_loss(loss)

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

    @rule(presses=st.integers(1, 4))
    def walk_through_a_step(self, presses):
        self.window.show_tab(self.window.step_through)
        for _ in range(presses):
            self.window.step_through.next_button.click()
        settle()

    @rule()
    def look_at_the_formula(self):
        self.window.show_tab(self.window.formula_panel)
        settle()

    # ------------------------------------------------------------ invariants

    @invariant()
    def no_training_thread_is_left_running(self):
        assert not self.session.is_running
        assert all(thread.isFinished() for thread, _ in self.session._retiring.values())

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
        head = "MSE" if loss.name == "mse" else "CE"
        assert panel.label.text().startswith(f"<b>{head} ="), panel.label.text()[:40]

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
    def the_plot_is_set_by_the_current_run(self):
        plot, history = self.window.loss_plot, self.session.history
        assert len(plot.ghosts) <= 3
        if not len(history) or not plot.following:
            return
        (x0, x1), (y0, y1) = plot.view.viewRange()
        epochs = history.column("epoch")
        values = np.concatenate([history.column("train_loss"), history.column("test_loss")])
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
        clipped = clipped_texts(self.window)
        assert not clipped, "; ".join(str(t) for t in clipped)

    @invariant()
    def the_lesson_picker_names_the_lesson_shown(self):
        panel = self.window.lesson_panel
        if panel.lesson is None:
            assert panel.selector.currentIndex() == -1, panel.selector.currentText()


def test_random_sequences_of_user_actions_keep_every_promise(qtbot, monkeypatch, tmp_path):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    # A modal dialog would wait for a click nobody makes: answer as a user would.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Ok)
    run_state_machine_as_test(WindowSequences, settings=settings(
        max_examples=EXAMPLES, stateful_step_count=10, deadline=None, derandomize=True,
        # Steps take real time (training runs); a failure is reported as found, not shrunk.
        phases=[Phase.explicit, Phase.reuse, Phase.generate], suppress_health_check=list(HealthCheck)))
