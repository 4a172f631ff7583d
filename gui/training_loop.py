"""The paced training loop of one run, without Qt.

It runs in one of two places. Normally in a training process of its own
(``gui.training_process``): Python runs one thread at a time, so a loop in a
thread of the window's process gets only what the window's drawing leaves
it, 9-18 ms of every 36 ms frame. In a process it has a core to itself and
trains while the window draws. Where no process can be started it runs in
the worker's thread (``gui.worker``) and shares Python with the window.

A ``link`` is the loop's only way out: it hands over snapshots, says when
the window has drawn the last one, brings the window's commands and its
request to stop. ``ThreadLink`` is the one for a thread; the process has its
own (``gui.training_process.PipeLink``). Commands are callables run here
between two steps, ``command(loop)``, so a change reaches the trainer
between steps, never during one; for a process they must pickle.
"""

import threading
import time
import traceback

from engine import TrainingDiverged

# At most ~40 snapshots a second: more would cost training speed and no eye
# could follow them. This is the shortest training slice between two frames.
UPDATE_INTERVAL = 0.024
# The frame budget at full speed: a snapshot every FRAME_PERIOD (~28 a
# second, so jitter still leaves >= 25). In a thread, a frame that fits the
# period beside the shortest slice (snapshot and drawing within
# OVERLAP_ABOVE) is waited for: the window then has Python to itself, and
# its timers stay on time. A costlier one (8 layers of 16, a busy machine)
# is drawn while the next slice trains: the worker sends a snapshot (an
# immutable copy) and trains on, so the frame rate holds and only taking the
# snapshot (the copies and the views' numbers, gui.derived) is lost to
# training. Every PROBE_EVERY-th frame is waited for, to see whether frames
# have become cheap again. A process never waits: it trains on until the
# window has drawn the last snapshot and the period is over.
FRAME_PERIOD = 0.036
OVERLAP_ABOVE = 0.014
PROBE_EVERY = 25
# One snapshot is in flight at a time: before sending the next, the loop
# waits until the window has drawn the last one, so snapshots never pile up
# and a slow frame slows the frames, not the window. The cap keeps training
# going if nobody is drawing.
MAX_WAIT_FOR_GUI = 0.5
# In a thread, while the window draws, the loop leaves it the GIL this long
# after each chunk of steps (or until the frame is done, if sooner). Without
# it each Python call of the frame (a paint, a slot) waits for the training
# thread to give the GIL up, up to the switch interval (5 ms), and a frame
# stretches over the whole slice.
YIELD_WHILE_DRAWING = 0.002
# A process whose last snapshot is not drawn yet when the frame is due looks
# again this much later, not a whole period later, so a frame is not skipped.
LOOK_AGAIN = 0.002
# Steps taken between two looks at the clock at full speed (~0.2 ms of work).
FULL_SPEED_CHUNK = 8
# At this many steps a second or fewer, snapshots also carry the training loss
# in the middle of an epoch, so a slow-motion run's curve moves every step.
PARTIAL_EPOCHS_UP_TO = 10


def training_slice(snapshot_cost, drawing_waited=0.0):
    """Seconds to train before the next snapshot, given what taking one costs and how long the loop waited
    for the window to draw it (0 while drawing overlaps training; see FRAME_PERIOD)."""
    return max(UPDATE_INTERVAL, FRAME_PERIOD - snapshot_cost - drawing_waited)


def overlaps(snapshot_cost, drawing_seconds):
    """Whether the window should draw the next snapshot while a thread's loop trains on (see FRAME_PERIOD)."""
    return drawing_seconds is not None and snapshot_cost + drawing_seconds > OVERLAP_ABOVE


class StopReason:
    PAUSED = "paused"
    EPOCHS = "epoch limit reached"
    LOSS = "loss threshold reached"
    EARLY_STOPPED = "validation loss stopped improving"
    DIVERGED = "diverged"
    FAILED = "failed"


class RunOutcome:
    """How a run ended: its ``StopReason``, and if any the ``TrainingDiverged`` or the failure (a bug).

    ``failure`` is ``(summary, traceback)``, text that travels between processes.
    """

    def __init__(self, reason, diverged=None, failure=None):
        self.reason, self.diverged, self.failure = reason, diverged, failure


def described_failure(error):
    """``(summary, traceback)`` of an unexpected exception, for a ``RunOutcome``."""
    return f"{type(error).__name__}: {error}", "".join(traceback.format_exception(error))


class ThreadLink:
    """The link of a loop in a thread of the window's process; ``deliver(snapshot)`` hands a snapshot over.

    ``request_stop`` and ``acknowledge`` are safe from any thread.
    """

    shares_python = True

    def __init__(self, commands, deliver):
        self.commands = commands
        self.deliver = deliver
        self._stop = threading.Event()
        self._delivered = threading.Event()
        self._delivered.set()

    def request_stop(self):
        self._stop.set()
        self._delivered.set()

    def acknowledge(self):
        self._delivered.set()

    def stop_requested(self):
        return self._stop.is_set()

    def take_commands(self):
        return self.commands.take_all()

    def delivered(self):
        return self._delivered.is_set()

    def wait_delivered(self, timeout):
        return self._delivered.wait(timeout)

    def send(self, snapshot):
        self._delivered.clear()
        self.deliver(snapshot)

    def sleep(self, seconds):
        # Slow motion sleeps in small slices so Pause still answers at once.
        end = time.perf_counter() + seconds
        while not self._stop.is_set():
            left = end - time.perf_counter()
            if left <= 0:
                return
            time.sleep(min(left, 0.01))


class TrainingLoop:
    """Trains ``trainer`` until a stop, sending snapshots through ``link`` at a pace the window can draw.

    ``steps_per_second`` None is full speed. ``stop_epochs``, ``stop_loss``
    and ``steps_per_second`` may change between steps (commands set them).
    """

    def __init__(self, trainer, link, history_sent=0, steps_per_second=None, stop_epochs=None, stop_loss=None):
        self.trainer = trainer
        self.link = link
        self.steps_per_second = steps_per_second
        self.stop_epochs = stop_epochs
        self.stop_loss = stop_loss
        self._history_sent = history_sent
        self.frame_cost = None      # seconds a snapshot keeps the loop from training, smoothed
        self.drawing_seconds = None  # seconds the window takes to draw a snapshot the loop waits for, smoothed
        self.slice_seconds = UPDATE_INTERVAL
        self._frames = 0

    def run(self):
        """Train until a stop; the last snapshot is always sent. Returns a ``RunOutcome``."""
        try:
            outcome = RunOutcome(self._loop())
        except TrainingDiverged as e:
            outcome = RunOutcome(StopReason.DIVERGED, diverged=e)
        except Exception as e:  # a bug: the caller keeps the window alive and says so
            outcome = RunOutcome(StopReason.FAILED, failure=described_failure(e))
        finally:
            self._send_snapshot()
        return outcome

    def _loop(self):
        trainer, link = self.trainer, self.link
        last_sent = time.perf_counter()
        next_step = None   # when the next slow-motion step is due
        while not link.stop_requested():
            for command in link.take_commands():
                command(self)
            if self.steps_per_second is None:
                reason = self._full_speed_slice() if link.shares_python else self._full_speed_in_own_process()
                if reason:
                    return reason
                next_step = None
                continue
            # Steps on a schedule, so the time spent drawing each one comes
            # out of the interval instead of adding to it: "100 steps/s" is
            # 100 steps a second. A late step does not bring a burst.
            now = time.perf_counter()
            next_step = now if next_step is None else max(next_step, now - 0.1)
            trainer.advance(1)
            reason = self._stop_condition()
            if reason:
                return reason
            next_step += 1.0 / self.steps_per_second
            link.sleep(next_step - time.perf_counter())
            now = time.perf_counter()
            # Slow enough, every step is shown; faster, a frame every UPDATE_INTERVAL.
            every_step = self.steps_per_second is not None and self.steps_per_second * UPDATE_INTERVAL <= 1
            if every_step or now - last_sent >= UPDATE_INTERVAL:
                self._send_snapshot()
                link.wait_delivered(MAX_WAIT_FOR_GUI)
                last_sent = time.perf_counter()
                self.frame_cost = _smoothed(self.frame_cost, last_sent - now)
                self.slice_seconds = training_slice(self.frame_cost)
        return StopReason.PAUSED

    def _train_until(self, deadline, while_drawing=None):
        """Steps until ``deadline``, in chunks so the clock and the flags are read rarely; a StopReason or None.

        A stop condition needs every step looked at. ``while_drawing(link)``
        runs after each chunk while the window draws the last snapshot.
        """
        trainer, link = self.trainer, self.link
        chunk = 1 if self.stop_epochs is not None or self.stop_loss is not None else FULL_SPEED_CHUNK
        while time.perf_counter() < deadline and not link.stop_requested():
            trainer.advance(chunk)
            reason = self._stop_condition()
            if reason:
                return reason
            if while_drawing is not None and not link.delivered():
                while_drawing(link)
        return None

    def _full_speed_slice(self):
        """A slice and its snapshot in a thread, which shares Python with the window (see FRAME_PERIOD)."""
        link = self.link
        reason = self._train_until(time.perf_counter() + self.slice_seconds,
                                   lambda link: link.wait_delivered(YIELD_WHILE_DRAWING))
        if reason:
            return reason
        # The window has drawn the last snapshot while this slice trained; if
        # it has not finished yet, the next one waits for it.
        link.wait_delivered(MAX_WAIT_FOR_GUI)
        if link.stop_requested():
            return None
        started = time.perf_counter()
        self._send_snapshot()
        sent = time.perf_counter()
        self.frame_cost = _smoothed(self.frame_cost, sent - started)
        self._frames += 1
        waited = 0.0
        if not overlaps(self.frame_cost, self.drawing_seconds) or self._frames % PROBE_EVERY == 0:
            link.wait_delivered(MAX_WAIT_FOR_GUI)
            waited = time.perf_counter() - sent
            self.drawing_seconds = _smoothed(self.drawing_seconds, waited)
        self.slice_seconds = training_slice(self.frame_cost, waited)
        return None

    def _full_speed_in_own_process(self):
        """Train a frame period, then send a snapshot if the window has drawn the last one, else look again soon."""
        reason = self._train_until(time.perf_counter() + self.slice_seconds)
        if reason:
            return reason
        if not self.link.delivered():
            self.slice_seconds = LOOK_AGAIN
            return None
        started = time.perf_counter()
        self._send_snapshot()
        self.frame_cost = _smoothed(self.frame_cost, time.perf_counter() - started)
        self._frames += 1
        self.slice_seconds = max(LOOK_AGAIN, FRAME_PERIOD - self.frame_cost)
        return None

    def _stop_condition(self):
        trainer = self.trainer
        if trainer.early_stopped:
            return StopReason.EARLY_STOPPED
        if self.stop_epochs is not None and trainer.epoch >= self.stop_epochs:
            return StopReason.EPOCHS
        if self.stop_loss is not None and len(trainer.history) and trainer.history.column("train_loss")[-1] <= self.stop_loss:
            return StopReason.LOSS
        return None

    def _send_snapshot(self):
        history = self.trainer.history
        # A reset empties the history; start the copies again from there.
        self._history_sent = min(self._history_sent, len(history))
        snapshot = self.trainer.snapshot(history_from=self._history_sent)
        if self.steps_per_second is not None and self.steps_per_second <= PARTIAL_EPOCHS_UP_TO:
            snapshot.partial = self.trainer.partial_epoch()
        self._history_sent = len(history)
        self.link.send(snapshot)


def _smoothed(average, value):
    return value if average is None else 0.7 * average + 0.3 * value
