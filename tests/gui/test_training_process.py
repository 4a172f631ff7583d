"""Training in a process of its own: the window's trainer is the trained one afterwards, whatever happened.

A run trains a copy of the trainer in another process and sends snapshots
back; these tests hold the promises that make that invisible: the trained
state comes back exactly, every change made while it trains reaches it, a
blow-up is said in the window's language, a process that dies loses none of
what was drawn, and a script that opens the window without ``if __name__ ==
"__main__"`` still opens one window.
"""

import os
import pickle
import queue
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from engine.experiment import Experiment
from gui import language, training_process
from gui.training_loop import StopReason
from gui.training_process import PipeLink

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def wait_until_stopped(qtbot, session, timeout=20000):
    qtbot.waitUntil(lambda: not session.is_running, timeout=timeout)


def live_process(session):
    worker = session._run._worker
    return worker._process if worker is not None else None


def test_a_run_in_a_process_leaves_the_windows_trainer_exactly_as_the_engine_trains_it(qtbot, session, monkeypatch):
    started = []
    real_start = training_process.TrainingProcess.start_run
    monkeypatch.setattr(training_process.TrainingProcess, "start_run",
                        lambda process, *args: (started.append(1), real_start(process, *args)))
    stops = []
    session.stopped.connect(stops.append)
    session.set_stop_condition(epochs=25)
    session.start()
    wait_until_stopped(qtbot, session)
    assert started and stops == [StopReason.EPOCHS]
    alone = Experiment(session.setup, dataset=session.dataset).trainer
    alone.advance(25 * alone.steps_per_epoch())
    trainer = session.experiment.trainer
    assert (trainer.epoch, trainer.step_count) == (alone.epoch, alone.step_count) == (25, session.snapshot.step)
    assert np.array_equal(trainer.network.params, alone.network.params)
    assert np.array_equal(session.network.params, alone.network.params)
    assert np.array_equal(trainer.history.column("train_loss"), alone.history.column("train_loss"))
    assert np.array_equal(session.history.column("train_loss"), alone.history.column("train_loss"))
    # The trainer works on in the window's process as if it had never left.
    assert trainer.data is session.prepared
    assert np.all(np.isfinite(trainer.network.weights[0])) and trainer.network.weights[0].base is not None
    trainer.advance(5)
    alone.advance(5)
    assert np.array_equal(trainer.network.params, alone.network.params)


def test_every_change_made_while_training_reaches_the_process(qtbot, session):
    problems = []
    session.problem.connect(lambda title, message: problems.append(message))
    session.start()
    qtbot.waitUntil(lambda: session.snapshot.epoch >= 3, timeout=10000)
    assert session.trains_in_process
    session.set_learning_rate(0.05)
    session.set_batch_size(20)
    session.set_optimizer("adam")
    session.set_regularization("l2", 0.001)
    network = session.network
    session.set_weight(0, 0, 0, 0.5)
    session.set_bias(0, 0, -0.25)
    session.set_parameters(network.weights, network.biases)
    session.set_speed(1000)
    session.set_stop_condition(epochs=10 ** 6)
    session.reset()
    epoch_at_reset = session.snapshot.epoch
    qtbot.waitUntil(lambda: session.snapshot.epoch >= 2 and session.snapshot.step > 0, timeout=10000)
    session.stop_and_wait()
    assert not problems
    trainer = session.experiment.trainer
    assert (trainer.learning_rate, trainer.batch_size, trainer.optimizer.name) == (0.05, 20, "adam")
    assert (trainer.regularization, trainer.regularization_rate) == ("l2", 0.001)
    assert trainer.epoch < epoch_at_reset + 1000   # the reset reached it: counting started again
    assert np.array_equal(trainer.network.params, session.network.params)


def test_a_change_made_as_the_run_ends_is_not_lost(qtbot, session):
    """A command that reaches the process after its run has ended is applied in the window's process."""
    session.set_stop_condition(epochs=1)
    for rate in (0.2, 0.3, 0.4):
        session.start()
        session.set_learning_rate(rate)
        wait_until_stopped(qtbot, session)
        assert session.experiment.trainer.learning_rate == rate


def test_a_blow_up_in_the_process_is_said_in_the_windows_language(qtbot, session):
    assert language.use_language("de") == "de"
    try:
        messages = []
        session.problem.connect(lambda title, message: messages.append((title, message)))
        session.load_builtin("sine")
        session.set_learning_rate(10.0)
        session.start()
        wait_until_stopped(qtbot, session)
        title, message = messages[-1]
        assert "Lernrate" in message and "learning rate" not in message, message
        # The weights of before the blow-up are back in the window's trainer, and shown.
        assert np.all(np.isfinite(session.experiment.trainer.network.params))
        assert np.array_equal(session.experiment.trainer.network.params, session.network.params)
    finally:
        language.use_language(language.DEFAULT)


def test_a_process_that_dies_keeps_what_was_drawn_and_the_next_run_trains(qtbot, session):
    problems = []
    session.problem.connect(lambda title, message: problems.append(message))
    session.start()
    qtbot.waitUntil(lambda: session.snapshot.epoch >= 5, timeout=10000)
    live_process(session)._process.kill()
    wait_until_stopped(qtbot, session)
    assert problems and "ended unexpectedly (exit code -9)" in problems[-1] and "are kept" in problems[-1]
    drawn_epochs = len(session.history)
    assert drawn_epochs >= 5
    trainer = session.experiment.trainer
    assert np.array_equal(trainer.network.params, session.network.params)
    assert len(trainer.history) == drawn_epochs and trainer.epoch == session.snapshot.epoch
    session.start()
    qtbot.waitUntil(lambda: session.snapshot.epoch >= drawn_epochs + 5, timeout=10000)
    session.stop_and_wait()
    assert np.array_equal(session.history.column("epoch"), np.arange(1, len(session.history) + 1))


def test_without_a_process_the_worker_trains_in_its_thread(qtbot, session, monkeypatch):
    def no_process(*args, **kwargs):
        raise OSError("processes are not allowed here")
    monkeypatch.setattr(training_process, "TrainingProcess", no_process)
    monkeypatch.setattr(training_process, "_pool", None)
    session.start()
    qtbot.waitUntil(lambda: session.snapshot.epoch >= 3, timeout=10000)
    assert session.is_running and not session.trains_in_process
    session.stop_and_wait()
    assert session.experiment.trainer.epoch == session.snapshot.epoch >= 3


def test_a_process_ignores_what_was_meant_for_a_run_that_ended():
    inbox = queue.Queue()
    link = PipeLink(inbox, None, run_id=7)
    link._delivered = False
    for message in [("ack", 6), ("stop", 6), ("command", 6, print), ("command", 7, abs), ("ack", 7)]:
        inbox.put(message)
    assert link.take_commands() == [abs]
    assert link.delivered() and not link.stop_requested()
    inbox.put(("stop", 7))
    link._next_look = 0.0
    assert link.stop_requested()


def test_every_change_the_session_queues_pickles(qtbot, session, monkeypatch):
    queued = []
    monkeypatch.setattr(session._run, "queue", queued.append)
    monkeypatch.setattr(type(session), "is_running", property(lambda self: True))
    network = session.network
    session.set_learning_rate(0.1)
    session.set_batch_size(5)
    session.set_optimizer("momentum")
    session.set_regularization("l1", 0.01)
    session.set_loss("cross_entropy")
    session.set_weight(0, 0, 0, 1.0)
    session.set_bias(0, 0, 1.0)
    session.set_parameters(network.weights, network.biases)
    session.set_speed(10)
    session.set_stop_condition(epochs=5, loss=0.1)
    session.set_early_stopping(None)
    session.go_to_best_epoch()
    session.reset()
    assert len(queued) >= 12
    for command in queued:
        assert pickle.loads(pickle.dumps(command)) is not None


def test_a_script_that_opens_the_window_without_a_main_guard_opens_one(tmp_path):
    """Users' scripts say ``MainWindow().session``; the training process must not run them again."""
    script = tmp_path / "lesson_script.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {ROOT!r})
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from gui.main_window import MainWindow
        print("window opened", flush=True)
        window = MainWindow()
        session = window.session
        session.set_speed(None)
        session.start()
        loop = QEventLoop()
        QTimer.singleShot(1500, loop.quit)
        loop.exec()
        session.stop_and_wait()
        print("epochs", session.snapshot.epoch, flush=True)
        window.setWindowModified(False)
    """))
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines.count("window opened") == 1, result.stdout
    assert int(lines[-1].split()[1]) > 0, result.stdout
