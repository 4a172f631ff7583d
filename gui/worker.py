"""The training run's worker: a QObject in its own QThread for one run.

Pause is stop; resume starts a new run from the current weights. While it
runs it owns the trainer: the GUI thread changes settings only through the
command queue, which reach the trainer between two steps, and it sees the
training only through ``progressed`` snapshots, which are copies. The worker
never touches a widget.

The training itself runs in a training process (``gui.training_process``)
while the worker's thread passes its snapshots on; where no process can be
had, the worker's thread trains itself. Both run the same loop
(``gui.training_loop``), so pacing, commands and stops behave alike.
"""

import logging
import threading

import numpy as np
from PySide6.QtCore import QObject, QThread, Qt, Signal, Slot

from engine import History

from . import training_process
from .training_loop import RunOutcome, StopReason, ThreadLink, TrainingLoop, described_failure

log = logging.getLogger(__name__)


class CommandQueue:
    """Callables to run on the training loop between steps (``command(loop)``); safe from any thread."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pending = []

    def put(self, command):
        with self._lock:
            self._pending.append(command)

    def put_back(self, commands):
        """Return commands a run did not get to, ahead of any queued since."""
        with self._lock:
            self._pending[:0] = commands

    def take_all(self):
        with self._lock:
            pending, self._pending = self._pending, []
        return pending


class TrainingWorker(QObject):
    progressed = Signal(int, object)   # run id, Snapshot (weights and new history rows, all copies)
    diverged = Signal(int, str)        # run id, the engine's message
    failed = Signal(int, str)          # run id, what went wrong (a bug, logged with its traceback)
    process_ended = Signal(int, object)  # run id, exit code: the training process died mid-run (killed, say)
    finished = Signal(int, str)        # run id, why it stopped (a StopReason)

    def __init__(self, run_id, trainer, commands, history_sent=0, steps_per_second=None,
                 stop_epochs=None, stop_loss=None, derive=None, processes=None):
        super().__init__()
        # Called with each snapshot before it is sent; what it returns travels
        # with it as ``snapshot.derived`` (the views' numbers, gui.derived).
        self.derive = derive
        self.run_id = run_id
        self.trainer = trainer
        self.commands = commands
        self.loop_options = dict(history_sent=history_sent, steps_per_second=steps_per_second,
                                 stop_epochs=stop_epochs, stop_loss=stop_loss)
        # Where training processes come from (a ProcessPool), or None to train in this worker's thread.
        self.processes = processes
        self.link = ThreadLink(commands, self._deliver)
        self._stop_requested = False
        self._lock = threading.Lock()   # guards _process and _sent against the GUI thread
        self._process = None    # the training process while it trains this run
        self._sent = []         # commands sent to the process, in order
        # While a process trains: set once the window has drawn the last snapshot handed to it.
        self._drawn = threading.Event()
        self._drawn.set()

    @property
    def in_process(self):
        """Whether a training process is training this run now."""
        return self._process is not None

    def request_stop(self):
        """Ask the loop to stop after the current step; safe from any thread."""
        self._stop_requested = True
        self.link.request_stop()
        self._drawn.set()
        self._tell_process(("stop", self.run_id))

    def acknowledge(self):
        """The GUI has drawn the last snapshot; training goes on. Safe from any thread."""
        self.link.acknowledge()
        self._drawn.set()

    def commands_queued(self):
        """The GUI thread has queued commands: a training process gets them now (a thread takes them itself)."""
        with self._lock:
            if self._process is not None:
                self._send_commands()

    def _send_commands(self):
        # Holding _lock. A command that cannot be sent (the process has just
        # gone) stays with the ones put back when the run ends.
        for command in self.commands.take_all():
            self._sent.append(command)
            try:
                self._process.send(("command", self.run_id, command))
            except training_process.ProcessGone:
                pass

    def _tell_process(self, message):
        with self._lock:
            if self._process is not None:
                try:
                    self._process.send(message)
                except training_process.ProcessGone:
                    pass   # the worker's thread hears of it and ends the run

    @Slot()
    def run(self):
        outcome = None
        try:
            if self.processes is not None:
                outcome = self._train_in_process()
            if outcome is None:
                outcome = TrainingLoop(self.trainer, self.link, **self.loop_options).run()
        except Exception as e:  # a bug of the worker itself
            outcome = RunOutcome(StopReason.FAILED, failure=described_failure(e))
        if outcome.diverged is not None:
            self.diverged.emit(self.run_id, str(outcome.diverged))
        if outcome.failure is not None:
            error, details = outcome.failure
            log.error("Training stopped by an unexpected error\n%s", details)
            self.failed.emit(self.run_id, error)
        self.finished.emit(self.run_id, outcome.reason)

    def _train_in_process(self):
        """Relay a run trained in a training process; None if no process could be had (train here instead)."""
        try:
            process = self.processes.take()
            process.start_run(self.run_id, self.trainer, self.loop_options)
        except (OSError, training_process.ProcessGone):
            log.exception("No training process; training in the window's process")
            return None
        with self._lock:
            self._process = process
            self._send_commands()
            if self._stop_requested:
                process.send(("stop", self.run_id))
        seen = _SeenHistory(self.trainer)
        try:
            while True:
                message = process.receive()
                if message[1] != self.run_id:
                    continue
                if message[0] == "snapshot":
                    seen.add(message[2])
                    self._hand_over(message[2])
                elif message[0] == "ended":
                    break
        except training_process.ProcessGone:
            with self._lock:
                self._process = None
                unapplied, self._sent = self._sent, []
            # What was drawn is kept: the weights and the curve of the last
            # snapshot. Commands the process may not have applied go again.
            seen.restore(self.trainer)
            self.commands.put_back(unapplied)
            process.close()
            log.error("The training process ended mid-run, exit code %s", process.exit_code)
            self.process_ended.emit(self.run_id, process.exit_code)
            return RunOutcome(StopReason.FAILED)
        _, _, reason, diverged, failure, applied, state = message
        with self._lock:
            self._process = None
            unapplied, self._sent = self._sent[applied:], []
        self.trainer.adopt(state)
        self.commands.put_back(unapplied)
        self.processes.give_back(process)
        return RunOutcome(reason, diverged, failure)

    def _deliver(self, snapshot):
        self._derive(snapshot)
        self.progressed.emit(self.run_id, snapshot)

    def _hand_over(self, snapshot):
        """A snapshot from the process: its views' numbers are computed while the window draws the last one,
        then it waits for the window, as in a thread one snapshot is with the window at a time, and the process
        may send the next."""
        self._derive(snapshot)
        # No cap on the wait, unlike a thread's: the process trains on meanwhile.
        while not self._drawn.wait(0.1) and not self._stop_requested:
            pass
        self._drawn.clear()
        self.progressed.emit(self.run_id, snapshot)
        self._tell_process(("ack", self.run_id))

    def _derive(self, snapshot):
        if self.derive is not None:
            try:
                snapshot.derived = self.derive(snapshot)
            except Exception:  # the views compute it themselves, and say what is wrong
                log.exception("Computing the views' numbers failed")


class _SeenHistory:
    """The curve and weights a training process has sent, to keep if it ends without its final state."""

    def __init__(self, trainer):
        self.history = History()
        self.history.append_columns(trainer.history.copy_from(0))
        self.history.events[:] = trainer.history.events
        self.last = None

    def add(self, snapshot):
        self.history.size = min(self.history.size, snapshot.history_start)
        self.history.append_columns(snapshot.history)
        self.history.events[:] = snapshot.events
        self.last = snapshot

    def restore(self, trainer):
        if self.last is None:
            return
        np.copyto(trainer.network.params, self.last.network.params)
        trainer.history = self.history
        trainer.step_count, trainer.epoch = self.last.step, self.last.epoch
        # Adam's or momentum's state from before the run does not belong to these weights.
        trainer.optimizer.reset()
        trainer.checkpoint()


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
