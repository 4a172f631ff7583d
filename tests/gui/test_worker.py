"""The training loop's frame budget and pacing: how long it trains between two snapshots, and what it hands over.

The pacing of a loop in a thread is driven here with a fake clock; the
window's runs (a training process by default) are driven for real.
"""

import time

import numpy as np
import pytest
from PySide6.QtCore import Qt

from engine.experiment import Experiment, Setup
from gui import training_loop
from gui.training_loop import FRAME_PERIOD, OVERLAP_ABOVE, UPDATE_INTERVAL, overlaps, training_slice
from gui.worker import CommandQueue, TrainingWorker


@pytest.mark.parametrize("snapshot_cost", [0.0, 0.002, 0.005, 0.008])
def test_a_cheap_snapshot_leaves_a_frame_every_frame_period(snapshot_cost):
    slice_seconds = training_slice(snapshot_cost)
    assert slice_seconds + snapshot_cost == pytest.approx(FRAME_PERIOD)
    assert 1.0 / (slice_seconds + snapshot_cost) >= 25


@pytest.mark.parametrize("snapshot_cost", [0.012, 0.020, 0.050, 0.2])
def test_the_slice_never_drops_below_the_shortest(snapshot_cost):
    assert training_slice(snapshot_cost) == UPDATE_INTERVAL


def test_a_frame_the_worker_waits_for_still_comes_every_frame_period():
    assert training_slice(0.002, 0.009) + 0.002 + 0.009 == pytest.approx(FRAME_PERIOD)
    assert 1.0 / (training_slice(0.002, 0.009) + 0.002 + 0.009) >= 25


@pytest.mark.parametrize("snapshot_cost, drawing_seconds, overlapped", [
    (0.002, None, False),              # not measured yet: the first frame is waited for
    (0.002, 0.009, False),             # fits beside the shortest slice: the window has Python to itself
    (0.002, OVERLAP_ABOVE, True),      # costlier: drawn while the next slice trains
    (0.009, 0.025, True)])
def test_only_a_costly_frame_is_drawn_while_the_worker_trains_on(snapshot_cost, drawing_seconds, overlapped):
    assert overlaps(snapshot_cost, drawing_seconds) == overlapped


class FakeClock:
    """The training loop's ``time``: sleeping moves the clock on at once."""

    def __init__(self):
        self.now = 1000.0

    def perf_counter(self):
        return self.now

    def sleep(self, seconds):
        self.now += max(seconds, 0.0)


def run_slow_motion(monkeypatch, steps_per_second, frames, drawing_seconds):
    """(clock, step) of each snapshot a slow-motion worker sends, drawn by a window that takes ``drawing_seconds``."""
    clock = FakeClock()
    monkeypatch.setattr(training_loop, "time", clock)
    trainer = Experiment(Setup(data={"kind": "builtin", "name": "circle", "n_samples": 200, "noise": 0.0,
                                     "seed": 0})).trainer
    worker = TrainingWorker(1, trainer, CommandQueue(), steps_per_second=steps_per_second)
    seen, problems = [], []

    def draw(run_id, snapshot):
        seen.append((clock.now, snapshot.step))
        clock.now += drawing_seconds
        if len(seen) >= frames:
            worker.request_stop()
        worker.acknowledge()

    worker.progressed.connect(draw, Qt.DirectConnection)
    worker.failed.connect(lambda run_id, error: problems.append(error), Qt.DirectConnection)
    worker.run()   # in this thread (no training process): the clock is the test's
    assert not problems
    return seen[:frames]


@pytest.mark.parametrize("drawing_seconds", [0.0, 0.03])
def test_at_10_steps_a_second_each_step_is_shown_a_tenth_of_a_second_after_the_last(monkeypatch, drawing_seconds):
    """The classroom's slow motion: drawing a step comes out of the interval instead of adding to it."""
    seen = run_slow_motion(monkeypatch, 10, 12, drawing_seconds)
    times, steps = zip(*seen)
    assert list(steps) == list(range(1, 13))
    assert np.allclose(np.diff(times), 0.1)


def test_at_100_steps_a_second_a_snapshot_comes_every_update_interval(monkeypatch):
    seen = run_slow_motion(monkeypatch, 100, 10, 0.005)
    times, steps = zip(*seen)
    assert np.allclose(np.diff(steps), 3)            # 24 ms at 10 ms a step: the third step sends
    assert np.allclose(np.diff(times), 0.03)


def test_the_training_goes_on_while_the_window_draws(qtbot, session):
    """A frame that takes long (a slow machine, a big window) does not hold the training up."""
    steps = []       # the step of each snapshot
    long_frames = []  # indices into ``steps`` of the snapshots drawn slowly

    def frame():
        steps.append(session.snapshot.step)
        if len(steps) % 4 == 0:
            long_frames.append(len(steps) - 1)
            time.sleep(0.3)   # Qt's painting leaves Python's GIL free, as this does

    session.snapshot_changed.connect(frame)
    session.start()
    qtbot.waitUntil(lambda: len(long_frames) >= 3 and len(steps) > long_frames[2] + 2, timeout=20000)
    session.snapshot_changed.disconnect(frame)
    session.stop_and_wait()
    gaps = np.diff(steps)
    # The two snapshots after a long frame: a process has the next one ready
    # (taken while the long one was drawn), the one after shows the rest.
    after_long = [gaps[i] + gaps[i + 1] for i in long_frames[:3]]
    short = [gaps[i] for i in range(1, long_frames[2]) if not {i - 1, i} & set(long_frames)]
    # 0.3 s of training during the long frame is many short frames' worth.
    assert min(after_long) > 4 * np.median(short), (after_long, short)


@pytest.mark.parametrize("training", ["process", "thread"])
def test_no_snapshot_is_handed_to_the_window_before_it_has_drawn_the_last(qtbot, session, monkeypatch, training):
    monkeypatch.setenv("LOSS_EXPLORER_TRAINING", training)
    handed = []
    handed_while_drawing = []

    def long_frame():
        before = len(handed)
        time.sleep(0.2)
        # The one being drawn may be counted a moment after the window got it.
        handed_while_drawing.append(len([step for step in handed[before:] if step != session.snapshot.step]))

    session.snapshot_changed.connect(long_frame)
    session.start()
    qtbot.waitUntil(lambda: session.trains_in_process == (training == "process"), timeout=5000)
    # Recorded in the worker's thread, the moment a snapshot is handed over.
    session._run._worker.progressed.connect(lambda run_id, snapshot: handed.append(snapshot.step), Qt.DirectConnection)
    qtbot.waitUntil(lambda: len(handed_while_drawing) >= 4, timeout=10000)
    session.snapshot_changed.disconnect(long_frame)
    session.stop_and_wait()
    assert len(handed) >= 4
    assert handed_while_drawing[:4] == [0, 0, 0, 0]


def test_a_snapshot_handed_to_the_window_is_never_changed_by_the_worker_afterwards(qtbot, session):
    from gui.network import NetworkView
    from gui.output import OutputView
    OutputView(session)
    NetworkView(session)   # the views ask for grids and pictures: the worker computes them too
    received = []

    def copy_of(snapshot):
        derived = snapshot.derived
        grids = {r: [a.copy() for a in derived.grid(r)[1]] for r in tuple(derived.inputs.grid_inputs)}
        return (snapshot.step, snapshot.epoch, snapshot.network.params.copy(),
                {column: values.copy() for column, values in snapshot.history.items()},
                [a.copy() for a in derived.points()], grids)

    def on_snapshot():
        snapshot = session.snapshot
        if session.is_running and getattr(snapshot, "derived", None) is not None:
            assert snapshot.network is not session.experiment.trainer.network
            received.append((snapshot, copy_of(snapshot)))

    session.snapshot_changed.connect(on_snapshot)
    session.start()
    qtbot.waitUntil(lambda: len(received) >= 8, timeout=10000)
    session.stop_and_wait()
    assert session.snapshot.step > received[0][0].step
    for snapshot, (step, epoch, params, history, points, grids) in received:
        later = copy_of(snapshot)
        assert (snapshot.step, snapshot.epoch) == (step, epoch)
        assert np.array_equal(snapshot.network.params, params)
        assert all(np.array_equal(history[c], later[3][c], equal_nan=True) for c in history)
        assert all(np.array_equal(a, b, equal_nan=True) for a, b in zip(points, later[4]))
        assert all(np.array_equal(a, b) for r in grids for a, b in zip(grids[r], later[5][r]))
