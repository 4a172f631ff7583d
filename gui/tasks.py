"""One way to run background work: a plain function in a thread of its own, and one keeper of live threads.

Modelled on Orange3's ``Orange/widgets/utils/concurrent.py``. The function is
handed a ``TaskState``: it checks the cancel flag between chunks of work (or
lets ``set_progress`` do it), reports progress, which the state throttles at
the source, and may share partial results. ``run_task`` starts it in a
``QThread`` and returns a ``Task``, the GUI thread's view of it, whose signals
arrive in the GUI thread. A cancelled task says ``cancelled`` and nothing
else: a result that was on its way when Cancel was pressed is dropped.

Every thread, the training run's too, is held by the one ``ThreadKeeper``
until it has really finished: Python owns the worker and its thread (see
``worker.start_in_thread``), and dropping them while the thread runs kills
it. ``keeper().shutdown()`` asks every task to stop and waits for them, for
closing the window.
"""

import logging
import threading
import time

from PySide6.QtCore import QObject, Signal, Slot

from . import worker as worker_module

log = logging.getLogger(__name__)

# At most one progress update per this many seconds (and only when the percent
# shown changes): a bar need not move more often, and every signal costs the
# task time.
PROGRESS_INTERVAL = 0.03


class TaskCancelled(Exception):
    """Raised inside a task whose cancel flag is set; the task ends as cancelled."""


class TaskState:
    """What a running task and the window share: a cancel flag, progress and partial results.

    Made by ``run_task``; the task function gets it as its first argument.
    Every method is safe from any thread.
    """

    def __init__(self, interval=PROGRESS_INTERVAL, clock=time.perf_counter):
        self._interrupted = threading.Event()
        self._interval = interval
        self._clock = clock
        self._percent = None
        self._sent_at = None
        # Set by the worker that runs the task: where progress and partial results go.
        self._on_progress = lambda fraction: None
        self._on_partial = lambda value: None

    def request_interruption(self):
        """Ask the task to stop at its next look at the flag."""
        self._interrupted.set()

    def is_interruption_requested(self):
        return self._interrupted.is_set()

    def check_interruption(self):
        """Raise ``TaskCancelled`` if the task was asked to stop; call it between chunks of work."""
        if self._interrupted.is_set():
            raise TaskCancelled()

    def set_progress(self, fraction):
        """The share done, 0..1; also where a cancel takes effect.

        Sent only when the whole percent changes and not sooner than the
        interval after the last update; the end (1.0) is always sent.
        """
        self.check_interruption()
        percent = int(100 * fraction)
        if percent == self._percent:
            return
        now = self._clock()
        if percent < 100 and self._sent_at is not None and now - self._sent_at < self._interval:
            return
        self._percent, self._sent_at = percent, now
        self._on_progress(fraction)

    def set_partial_result(self, value):
        """Share something the window may show before the task is done."""
        self.check_interruption()
        self._on_partial(value)


class TaskWorker(QObject):
    """Runs ``function(state, *args, **kwargs)`` once, in the thread it was moved to."""

    progressed = Signal(float)   # share done, 0..1 (throttled by the state)
    partial = Signal(object)     # a partial result the function shared
    returned = Signal(object)    # what the function returned
    raised = Signal(str)         # "TypeName: message" of what it raised (logged with its traceback)
    interrupted = Signal()       # it stopped because it was asked to
    finished = Signal()          # after one of returned, raised, interrupted; wired to the thread's quit

    def __init__(self, state, function, args, kwargs):
        super().__init__()
        self.state = state
        self.function, self.args, self.kwargs = function, args, kwargs
        state._on_progress = self.progressed.emit
        state._on_partial = self.partial.emit

    @Slot()
    def run(self):
        try:
            self.state.check_interruption()
            result = self.function(self.state, *self.args, **self.kwargs)
        except TaskCancelled:
            self.interrupted.emit()
        except Exception as error:  # a bug in the task: keep the window alive and say so
            log.exception("Background task %s failed", getattr(self.function, "__name__", self.function))
            self.raised.emit(f"{type(error).__name__}: {error}")
        else:
            self.returned.emit(result)
        finally:
            self.finished.emit()


class Task(QObject):
    """A function running in a thread of its own, as the GUI thread sees it.

    After ``cancel()`` the only signals left to come are ``cancelled`` and
    ``finished``, whatever the function still manages to send.
    """

    progressed = Signal(float)   # share done, 0..1, throttled
    partial = Signal(object)     # a partial result
    done = Signal(object)        # what the function returned
    failed = Signal(str)         # what went wrong: "TypeName: message"
    cancelled = Signal()         # it stopped because cancel() was asked
    finished = Signal()          # the task is over (after done, failed or cancelled)

    def __init__(self, function, args=(), kwargs=None, parent=None):
        super().__init__(parent)
        self.state = TaskState()
        self._over = False
        worker = TaskWorker(self.state, function, args, kwargs or {})
        worker.progressed.connect(self._on_progressed)
        worker.partial.connect(self._on_partial)
        worker.returned.connect(self._on_returned)
        worker.raised.connect(self._on_raised)
        worker.interrupted.connect(self._on_interrupted)
        # The keeper holds the worker; this task holds only the thread, to wait for it.
        self._thread = worker_module.start_in_thread(worker)
        keeper().hold(self._thread, worker, self.state.request_interruption, owner=self)

    @property
    def is_running(self):
        """Whether the task has not told the GUI thread yet that it is over."""
        return not self._over

    def cancel(self, wait_ms=0):
        """Ask the task to stop; with ``wait_ms``, wait that long for its thread. True if it has ended.

        Waiting from the GUI thread is safe: the worker's finished is wired
        straight to the thread's quit, not queued behind the GUI's events.
        """
        self.state.request_interruption()
        ended = self._thread.isFinished()
        if wait_ms and not ended:
            ended = self._thread.wait(wait_ms)
        if ended and not self._over:
            # Its own signals are still queued; say it now, they are ignored.
            self._end(self.cancelled)
        return ended

    def _wanted(self):
        return not self._over and not self.state.is_interruption_requested()

    @Slot(float)
    def _on_progressed(self, fraction):
        if self._wanted():
            self.progressed.emit(fraction)

    @Slot(object)
    def _on_partial(self, value):
        if self._wanted():
            self.partial.emit(value)

    @Slot(object)
    def _on_returned(self, result):
        if self._wanted():
            self._end(self.done, result)
        else:
            self._on_interrupted()

    @Slot(str)
    def _on_raised(self, message):
        if self._wanted():
            self._end(self.failed, message)
        else:
            self._on_interrupted()

    @Slot()
    def _on_interrupted(self):
        if not self._over:
            self._end(self.cancelled)

    def _end(self, signal, *args):
        self._over = True
        signal.emit(*args)
        self.finished.emit()


class ThreadKeeper(QObject):
    """Holds every background thread and its worker until the thread has really finished.

    Python owns both, and a dialog (or a training run) may be gone before its
    thread ends, so they are held here and dropped in the GUI thread once the
    thread is over.
    """

    def __init__(self):
        super().__init__()
        self._held = []   # (thread, worker, stop, owner)

    def hold(self, thread, worker, stop, owner=None):
        """Keep ``thread`` and ``worker`` until the thread finishes; ``stop()`` asks it to end (any thread)."""
        self._held.append((thread, worker, stop, owner))
        thread.finished.connect(self._on_thread_finished)

    def held(self, owner=None):
        """(thread, worker) of every thread still held, only ``owner``'s if given."""
        return [(thread, worker) for thread, worker, _, held_by in self._held
                if owner is None or held_by is owner]

    def running(self, owner=None):
        """The threads held that have not finished, only ``owner``'s if given."""
        return [thread for thread, _ in self.held(owner) if not thread.isFinished()]

    def shutdown(self, timeout_ms=1000, owner=None):
        """Ask every held thread (or ``owner``'s) to stop and wait for each; True if all ended in time."""
        entries = [entry for entry in self._held if owner is None or entry[3] is owner]
        for thread, _, stop, _ in entries:
            if not thread.isFinished():
                stop()
        ended = all(thread.wait(timeout_ms) for thread, _, _, _ in entries)
        self.release_finished()
        return ended

    @Slot()
    def _on_thread_finished(self):
        thread = self.sender()
        if thread is not None:
            thread.wait(1000)  # it has sent finished; this only lets it return
        self.release_finished()

    def release_finished(self):
        self._held = [entry for entry in self._held if not entry[0].isFinished()]


_keeper = None


def keeper():
    """The one keeper of background threads, made in the GUI thread on first use."""
    global _keeper
    if _keeper is None:
        _keeper = ThreadKeeper()
    return _keeper


def run_task(function, *args, parent=None, **kwargs):
    """Run ``function(state, *args, **kwargs)`` in a new thread; returns its ``Task``.

    Connect to the task's signals right away: they are queued, so none is
    missed before the GUI thread's next turn.
    """
    return Task(function, args, kwargs, parent)
