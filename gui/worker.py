"""The background training loop.

A ``TrainingWorker`` lives in its own ``QThread`` for one run (pause is stop;
resume starts a new run from the current weights). While it runs it owns the
trainer: the GUI thread changes settings only through the command queue,
which the worker drains between steps, and it sees the training only through
``progressed`` snapshots, which are copies. The worker never touches a widget.
"""

import logging
import threading
import time

from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot

from engine import TrainingDiverged

log = logging.getLogger(__name__)

# At most ~40 snapshots a second: more would cost training speed and no eye
# could follow them. This is the shortest training slice between two frames.
UPDATE_INTERVAL = 0.024
# The frame budget at full speed: a snapshot every FRAME_PERIOD (~28 a
# second, so jitter still leaves >= 25). A frame that fits the period beside
# the shortest slice (snapshot and drawing within OVERLAP_ABOVE) is waited
# for: the window then has Python to itself, and its timers stay on time.
# A costlier one (8 layers of 16, a busy machine) is drawn while the next
# slice trains: the worker sends a snapshot (an immutable copy) and trains
# on, so the frame rate holds and only taking the snapshot (the copies and
# the views' numbers, gui.derived) is lost to training. Every PROBE_EVERY-th
# frame is waited for, to see whether frames have become cheap again.
FRAME_PERIOD = 0.036
OVERLAP_ABOVE = 0.014
PROBE_EVERY = 25
# One snapshot is in flight at a time: before sending the next, the worker
# waits (without holding the GIL) until the GUI has drawn the last one, so
# signals never pile up and a slow frame slows the frames, not the window.
# The cap keeps training going if nobody is drawing.
MAX_WAIT_FOR_GUI = 0.5
# While the GUI draws, the worker leaves it the GIL this long after each
# chunk of steps (or until the frame is done, if sooner). Python runs one
# thread at a time: without it each Python call of the frame (a paint, a
# slot) waits for the training thread to give the GIL up, up to the switch
# interval (5 ms), and a frame stretches over the whole slice.
YIELD_WHILE_DRAWING = 0.002
# Steps taken between two looks at the clock at full speed (~0.2 ms of work).
FULL_SPEED_CHUNK = 8
# At this many steps a second or fewer, snapshots also carry the training loss
# in the middle of an epoch, so a slow-motion run's curve moves every step.
PARTIAL_EPOCHS_UP_TO = 10


def training_slice(snapshot_cost, drawing_waited=0.0):
    """Seconds to train before the next snapshot, given what taking one costs and how long the worker waited
    for the window to draw it (0 while drawing overlaps training; see FRAME_PERIOD)."""
    return max(UPDATE_INTERVAL, FRAME_PERIOD - snapshot_cost - drawing_waited)


def overlaps(snapshot_cost, drawing_seconds):
    """Whether the window should draw the next snapshot while the worker trains on (see FRAME_PERIOD)."""
    return drawing_seconds is not None and snapshot_cost + drawing_seconds > OVERLAP_ABOVE


class CommandQueue:
    """Callables to run on the worker between steps; safe from any thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pending = []

    def put(self, command):
        with self._lock:
            self._pending.append(command)

    def take_all(self):
        with self._lock:
            pending, self._pending = self._pending, []
        return pending


class StopReason:
    PAUSED = "paused"
    EPOCHS = "epoch limit reached"
    LOSS = "loss threshold reached"
    EARLY_STOPPED = "validation loss stopped improving"
    DIVERGED = "diverged"
    FAILED = "failed"


class TrainingWorker(QObject):
    progressed = Signal(int, object)   # run id, Snapshot (weights and new history rows, all copies)
    diverged = Signal(int, str)        # run id, the engine's message
    failed = Signal(int, str)          # run id, what went wrong (a bug, logged with its traceback)
    finished = Signal(int, str)        # run id, why it stopped (a StopReason)

    def __init__(self, run_id, trainer, commands, history_sent=0, steps_per_second=None,
                 stop_epochs=None, stop_loss=None, derive=None):
        super().__init__()
        # Called with each snapshot before it is sent; what it returns travels
        # with it as ``snapshot.derived`` (the views' numbers, gui.derived).
        self.derive = derive
        self.run_id = run_id
        self.trainer = trainer
        self.commands = commands
        self.steps_per_second = steps_per_second   # None: full speed
        self.stop_epochs = stop_epochs
        self.stop_loss = stop_loss
        self._history_sent = history_sent
        self._stop_requested = threading.Event()
        self._delivered = threading.Event()
        self._delivered.set()
        self.frame_cost = None      # seconds a snapshot keeps the worker from training, smoothed
        self.drawing_seconds = None  # seconds the window takes to draw a snapshot the worker waits for, smoothed
        self.slice_seconds = UPDATE_INTERVAL
        self._frames = 0

    def request_stop(self):
        """Ask the loop to stop after the current step; safe from any thread."""
        self._stop_requested.set()
        self._delivered.set()

    def acknowledge(self):
        """The GUI has drawn the last snapshot; training goes on. Safe from any thread."""
        self._delivered.set()

    @Slot()
    def run(self):
        reason = StopReason.PAUSED
        try:
            reason = self._loop()
        except TrainingDiverged as e:
            reason = StopReason.DIVERGED
            self.diverged.emit(self.run_id, str(e))
        except Exception as e:  # a bug: keep the window alive and say so
            log.exception("Training stopped by an unexpected error")
            reason = StopReason.FAILED
            self.failed.emit(self.run_id, f"{type(e).__name__}: {e}")
        finally:
            self._send_snapshot()
            self.finished.emit(self.run_id, reason)

    def _loop(self):
        trainer = self.trainer
        last_sent = time.perf_counter()
        next_step = None   # when the next slow-motion step is due
        while not self._stop_requested.is_set():
            for command in self.commands.take_all():
                command(self)
            if self.steps_per_second is None:
                # Full speed: steps until it is time to show the next frame,
                # in chunks so the clock and the flags are read rarely. A stop
                # condition needs every step looked at.
                chunk = 1 if self.stop_epochs is not None or self.stop_loss is not None else FULL_SPEED_CHUNK
                deadline = time.perf_counter() + self.slice_seconds
                while time.perf_counter() < deadline and not self._stop_requested.is_set():
                    trainer.advance(chunk)
                    reason = self._stop_condition()
                    if reason:
                        return reason
                    if not self._delivered.is_set():
                        self._delivered.wait(YIELD_WHILE_DRAWING)   # the GUI is drawing: let it have the GIL
                next_step = None
                # The GUI has drawn the last snapshot while this slice trained;
                # if it has not finished yet, the next one waits for it.
                self._delivered.wait(MAX_WAIT_FOR_GUI)
                if self._stop_requested.is_set():
                    break
                started = time.perf_counter()
                self._send_snapshot()
                sent = time.perf_counter()
                self.frame_cost = _smoothed(self.frame_cost, sent - started)
                self._frames += 1
                waited = 0.0
                if not overlaps(self.frame_cost, self.drawing_seconds) or self._frames % PROBE_EVERY == 0:
                    self._delivered.wait(MAX_WAIT_FOR_GUI)
                    waited = time.perf_counter() - sent
                    self.drawing_seconds = _smoothed(self.drawing_seconds, waited)
                self.slice_seconds = training_slice(self.frame_cost, waited)
                continue
            else:
                # Steps on a schedule, so the time spent drawing each one comes
                # out of the interval instead of adding to it: "100 steps/s"
                # is 100 steps a second. A late step does not bring a burst.
                now = time.perf_counter()
                next_step = now if next_step is None else max(next_step, now - 0.1)
                trainer.advance(1)
                reason = self._stop_condition()
                if reason:
                    return reason
                next_step += 1.0 / self.steps_per_second
                self._wait(next_step - time.perf_counter())
            now = time.perf_counter()
            # Slow enough, every step is shown; faster, a frame every UPDATE_INTERVAL.
            every_step = self.steps_per_second is not None and self.steps_per_second * UPDATE_INTERVAL <= 1
            if every_step or now - last_sent >= UPDATE_INTERVAL:
                self._send_snapshot()
                self._delivered.wait(MAX_WAIT_FOR_GUI)
                last_sent = time.perf_counter()
                cost = last_sent - now
                self.frame_cost = cost if self.frame_cost is None else 0.7 * self.frame_cost + 0.3 * cost
                self.slice_seconds = training_slice(self.frame_cost)
        return StopReason.PAUSED

    def _stop_condition(self):
        trainer = self.trainer
        if trainer.early_stopped:
            return StopReason.EARLY_STOPPED
        if self.stop_epochs is not None and trainer.epoch >= self.stop_epochs:
            return StopReason.EPOCHS
        if self.stop_loss is not None and len(trainer.history) and trainer.history.column("train_loss")[-1] <= self.stop_loss:
            return StopReason.LOSS
        return None

    def _wait(self, seconds):
        # Slow motion sleeps in small slices so Pause still answers at once.
        end = time.perf_counter() + seconds
        while not self._stop_requested.is_set():
            left = end - time.perf_counter()
            if left <= 0:
                return
            time.sleep(min(left, 0.01))

    def _send_snapshot(self):
        history = self.trainer.history
        # A reset empties the history; start the copies again from there.
        self._history_sent = min(self._history_sent, len(history))
        snapshot = self.trainer.snapshot(history_from=self._history_sent)
        if self.steps_per_second is not None and self.steps_per_second <= PARTIAL_EPOCHS_UP_TO:
            snapshot.partial = self.trainer.partial_epoch()
        self._history_sent = len(history)
        if self.derive is not None:
            try:
                snapshot.derived = self.derive(snapshot)
            except Exception:  # the views compute it themselves, and say what is wrong
                log.exception("Computing the views' numbers failed")
        self._delivered.clear()
        self.progressed.emit(self.run_id, snapshot)


def _smoothed(average, value):
    return value if average is None else 0.7 * average + 0.3 * value


def start_in_thread(worker):
    """Run ``worker`` in a new QThread; the thread quits when the worker finishes.

    ``finished → quit`` is a direct connection: quit() is thread-safe, and a
    queued one would wait for the GUI's event loop, which deadlocks anyone who
    then waits for the thread from the GUI thread.

    There is deliberately no ``deleteLater``: both objects are created in
    Python, so Python owns them. A ``deleteLater`` runs in the finishing worker
    thread and destroys the Python wrapper there, racing the GUI thread (a
    segfault seen in a core dump). The caller keeps both references until the
    thread has finished and then drops them in the GUI thread.
    """
    thread = QThread()  # no parent, or moveToThread silently fails
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit, Qt.DirectConnection)
    thread.start()
    return thread
