"""The training run: a worker on its own thread, from its start until its thread has wound down.

The ``Session`` owns one ``TrainingRun`` and decides what to train and when;
the run holds the worker and its thread, queues changes for the worker to
apply between two steps, and tells it when the window has drawn each
snapshot (``AfterFrame``): only then may it send the next (and, after a
cheap frame, go on training). Training keeps its own paced loop, but its
threads are held, like every background thread, by the one keeper
(``gui.tasks.keeper``) until they have really finished. Whatever an older run
still sends is dropped here, so the session hears from the current run only.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot

from . import training_process
from .tasks import keeper
from .worker import CommandQueue, TrainingWorker, start_in_thread


class AfterFrame(QObject):
    """Calls back once the GUI thread has done the work already queued, and what that queues.

    A snapshot's slots queue more work than they do: paints, layout
    requests, scene updates. The worker must not resume before that is done,
    or every Python call in it has to win the GIL back from the training loop
    (up to 5 ms each, the switch interval) and one frame stretches over the
    whole training slice. Qt posts paints at low priority, so a low-priority
    event posted now runs after the paints already asked for. Each hop
    re-posts it once more, behind whatever the previous pass posted: a
    formula's new text asks its panel for a layout, which asks the scroll
    area for one, which repaints. Four hops cover the longest such chain in
    the window (measured with a test that counts paints after the resume);
    an idle hop costs microseconds.
    """

    HOPS = 4
    _event_type = QEvent.Type(QEvent.registerEventType())

    def __init__(self, parent=None):
        super().__init__(parent)
        self._callback = None
        self._hops_left = 0

    def call(self, callback):
        self._callback = callback
        self._hops_left = self.HOPS
        self._post()

    def _post(self):
        QCoreApplication.postEvent(self, QEvent(self._event_type), Qt.LowEventPriority.value)

    def event(self, event):
        if event.type() != self._event_type:
            return super().event(event)
        self._hops_left -= 1
        if self._hops_left > 0:
            self._post()
        elif self._callback is not None:
            callback, self._callback = self._callback, None
            callback()
        return True


class TrainingRun(QObject):
    """The live training worker and its thread, one run at a time."""

    progressed = Signal(object)   # the current run's Snapshot (copies)
    diverged = Signal(str)        # the engine's message: the current run blew up
    failed = Signal(str)          # what went wrong in the current run (a bug, logged with its traceback)
    process_ended = Signal(object)  # the exit code of the training process that died in the current run
    finished = Signal(str)        # why the current run stopped (a worker StopReason)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._commands = CommandQueue()
        self._worker = None
        self._thread = None
        self._run_id = 0
        self._after_frame = AfterFrame(self)

    @property
    def is_live(self):
        """Whether a worker is training now (it may already have been asked to stop)."""
        return self._worker is not None

    @property
    def in_process(self):
        """Whether a training process trains the live run (False for a run in a thread, or none)."""
        return self._worker is not None and self._worker.in_process

    @property
    def retiring(self):
        """run id -> (thread, worker) of every run whose thread the keeper still holds."""
        return {worker.run_id: (thread, worker) for thread, worker in keeper().held(owner=self)}

    def start(self, trainer, **worker_options):
        """Train ``trainer`` in a new worker thread; ``worker_options`` go to ``TrainingWorker``.

        The worker has a training process train it (``gui.training_process``)
        unless LOSS_EXPLORER_TRAINING=thread says to train in its thread.
        """
        self._run_id += 1
        processes = training_process.pool() if training_process.enabled() else None
        self._worker = TrainingWorker(self._run_id, trainer, self._commands, processes=processes, **worker_options)
        self._worker.progressed.connect(self._on_progressed)
        self._worker.diverged.connect(self._on_diverged)
        self._worker.failed.connect(self._on_failed)
        self._worker.process_ended.connect(self._on_process_ended)
        self._worker.finished.connect(self._on_finished)
        self._thread = start_in_thread(self._worker)
        keeper().hold(self._thread, self._worker, self._worker.request_stop, owner=self)

    def request_stop(self):
        """Ask the worker to stop after the step it is on; ``finished`` follows."""
        if self._worker is not None:
            self._worker.request_stop()

    def queue(self, command):
        """Run ``command(loop)`` on the training loop between two steps (only while live); it must pickle."""
        self._commands.put(command)
        if self._worker is not None:
            self._worker.commands_queued()

    def take_commands(self):
        """Commands queued after the worker's last look at the queue."""
        return self._commands.take_all()

    def resume_after_frame(self):
        """Let the worker go on once the window has drawn what the latest snapshot asked for."""
        if self._worker is not None:
            self._after_frame.call(self._worker.acknowledge)

    def ended(self):
        """The current run is over for the session: forget its worker (its thread may still be winding down)."""
        self._worker = self._thread = None

    def shutdown(self, timeout_ms=1000):
        """Stop a live run and wait for every training thread to end; True if they all did in time."""
        if self._worker is not None:
            self._worker.request_stop()
            self._run_id += 1  # whatever it still sends is stale
        finished = keeper().shutdown(timeout_ms, owner=self)
        self.ended()
        return finished

    @Slot(int, object)
    def _on_progressed(self, run_id, snapshot):
        if run_id == self._run_id:
            self.progressed.emit(snapshot)

    @Slot(int, str)
    def _on_diverged(self, run_id, message):
        if run_id == self._run_id:
            self.diverged.emit(message)

    @Slot(int, str)
    def _on_failed(self, run_id, error):
        if run_id == self._run_id:
            self.failed.emit(error)

    @Slot(int, object)
    def _on_process_ended(self, run_id, exit_code):
        if run_id == self._run_id:
            self.process_ended.emit(exit_code)

    @Slot(int, str)
    def _on_finished(self, run_id, reason):
        if run_id == self._run_id:
            self.finished.emit(reason)
