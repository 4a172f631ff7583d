"""Background tasks: cancel, throttled progress, partial results, and the one keeper of threads."""

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from gui import tasks
from gui.tasks import TaskCancelled, TaskState, keeper, run_task


def until_cancelled(state, started):
    """A task that works in small chunks until it is asked to stop."""
    started.set()
    while True:
        state.check_interruption()
        threading.Event().wait(0.001)


def record(task):
    heard = []
    task.progressed.connect(lambda fraction: heard.append(("progressed", fraction)))
    task.partial.connect(lambda value: heard.append(("partial", value)))
    task.done.connect(lambda result: heard.append(("done", result)))
    task.failed.connect(lambda message: heard.append(("failed", message)))
    task.cancelled.connect(lambda: heard.append(("cancelled",)))
    task.finished.connect(lambda: heard.append(("finished",)))
    return heard


def test_a_task_returns_its_result_after_its_partial_results(qtbot):
    def count_to(state, n):
        for i in range(n):
            state.set_partial_result(i)
        return "counted"

    task = run_task(count_to, 3)
    heard = record(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert heard == [("partial", 0), ("partial", 1), ("partial", 2), ("done", "counted"), ("finished",)]
    assert not task.is_running


def test_a_cancelled_task_stops_and_says_so(qtbot):
    started = threading.Event()
    task = run_task(until_cancelled, started)
    heard = record(task)
    assert started.wait(5)
    assert task.is_running and keeper().running(owner=task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
    assert heard == [("cancelled",), ("finished",)]
    qtbot.waitUntil(lambda: not keeper().running(owner=task), timeout=2000)


def test_a_result_on_its_way_when_cancel_is_pressed_is_dropped(qtbot):
    release = threading.Event()

    def answer(state):
        release.wait(5)
        return 42

    task = run_task(answer)
    heard = record(task)
    task.cancel()
    release.set()
    assert task.cancel(wait_ms=5000)
    qtbot.wait(50)  # let the answer it sent arrive
    assert heard == [("cancelled",), ("finished",)]


def test_a_failing_task_reports_what_went_wrong(qtbot):
    def broken(state):
        raise ValueError("no data")

    task = run_task(broken)
    heard = record(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert heard == [("failed", "ValueError: no data"), ("finished",)]


def test_progress_is_sent_once_per_whole_percent_at_most(qtbot):
    def many_steps(state, n):
        for i in range(n + 1):
            state.set_progress(i / n)

    task = run_task(many_steps, 20_000)
    heard = record(task)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    fractions = [entry[1] for entry in heard if entry[0] == "progressed"]
    assert 1 <= len(fractions) <= 101
    assert fractions[-1] == 1.0
    assert fractions == sorted(fractions)


def test_progress_waits_out_the_interval_but_the_end_always_shows():
    now = [0.0]
    state = TaskState(interval=0.03, clock=lambda: now[0])
    sent = []
    state._on_progress = sent.append
    for i in range(50):
        state.set_progress(i / 100)   # all within one interval
    state.set_progress(1.0)
    assert sent == [0.0, 1.0]
    now[0] = 1.0
    state.set_progress(0.5)
    state.set_progress(0.5)           # the same percent again: nothing new to show
    assert sent == [0.0, 1.0, 0.5]


def test_setting_progress_is_where_a_cancel_takes_effect():
    state = TaskState()
    state.request_interruption()
    with pytest.raises(TaskCancelled):
        state.set_progress(0.5)


def test_the_keepers_shutdown_leaves_no_thread_running(qtbot, session):
    started = [threading.Event(), threading.Event()]
    running = [run_task(until_cancelled, event) for event in started]
    heard = [record(task) for task in running]
    session.start()
    assert all(event.wait(5) for event in started)
    assert len(keeper().running()) == 3   # two tasks and the training run
    assert keeper().shutdown(timeout_ms=5000)
    assert keeper().running() == [] and keeper().held() == []
    qtbot.waitUntil(lambda: all(("finished",) in h for h in heard), timeout=2000)
    assert all(h == [("cancelled",), ("finished",)] for h in heard)
    qtbot.waitUntil(lambda: not session.is_running, timeout=2000)


def test_the_training_run_registers_its_threads_with_the_keeper(qtbot, session):
    session.start()
    assert len(keeper().running(owner=session._run)) == 1
    session.stop_and_wait()
    assert keeper().running() == []


def test_closing_the_window_stops_every_background_task(qtbot, monkeypatch):
    from gui.main_window import MainWindow
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    started = threading.Event()
    task = run_task(until_cancelled, started)
    heard = record(task)
    window.session.start()
    dialog = window.open_landscape()
    assert started.wait(5)
    window.setWindowModified(False)
    window.close()
    assert keeper().running() == []
    assert not dialog.is_computing
    assert dialog.result is not None or dialog.status.text() == "Cancelled."
    qtbot.waitUntil(lambda: ("finished",) in heard, timeout=2000)
    assert heard == [("cancelled",), ("finished",)]


def test_the_module_has_one_keeper():
    assert keeper() is keeper() is tasks._keeper
