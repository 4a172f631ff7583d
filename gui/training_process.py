"""Training in a process of its own, so the window's drawing never takes the training's core.

Python runs one thread at a time. A training thread in the window's process
got only what the window's drawing left it: the GUI thread needs 9-18 ms of
every 36 ms frame, and the window trained at 0.3-0.65 of the engine alone.
A process has its own interpreter; on two cores the training and the window
run side by side.

The window's side (``TrainingProcess``) sends a run's trainer, without its
data when the process has that data already; the process (``serve``) runs
the same paced loop as a thread would (``gui.training_loop``) and sends
snapshots back, one in flight at a time, then the trainer's final state.
The window's worker thread adopts that state into its own trainer
(``Trainer.adopt``), so when a run has ended the window's trainer is the trained
one, as after a run in a thread. Messages carry their run's id: whatever
arrives for a run that has ended is dropped on both sides.

Processes are kept in a ``ProcessPool`` and reused run after run: starting
one (a new interpreter and numpy) takes a few tenths of a second.

Nothing here imports Qt: the process imports this module and
``gui.training_loop``, and neither needs a window.
"""

import atexit
import logging
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
import time
import weakref

log = logging.getLogger(__name__)

# LOSS_EXPLORER_TRAINING=thread trains in a thread of the window's process
# instead (for comparing the two, or where starting processes is forbidden).
MODE_VARIABLE = "LOSS_EXPLORER_TRAINING"
# The packaged app starts itself with this argument to be a training process (see main.py).
PROCESS_ARGUMENT = "--training-process"
# Processes kept ready after their run: two, so comparing two runs side by
# side starts no new one each time.
KEEP_IDLE = 2
# How often a training process looks at the window's messages while training.
LOOK_EVERY = 0.001
_LENGTH = struct.Struct("<Q")


def enabled():
    """Whether runs train in a process (the default) rather than in a thread of the window's process."""
    return os.environ.get(MODE_VARIABLE, "process").strip().lower() != "thread"


class ProcessGone(Exception):
    """The training process ended or could not be reached."""


# Messages are pickles, each after its length, over the process's standard
# input and output: pipes every system has, which need no socket, no port
# and nothing a school's firewall would ask about.

def write_message(stream, message):
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def read_message(stream):
    """The next message on ``stream``; EOFError when the other side has gone."""
    (length,) = _LENGTH.unpack(_read_exactly(stream, _LENGTH.size))
    return pickle.loads(_read_exactly(stream, length))


def _read_exactly(stream, n):
    parts = []
    while n:
        part = stream.read(n)
        if not part:
            raise EOFError("the other side has gone")
        parts.append(part)
        n -= len(part)
    return b"".join(parts)


# ------------------------------------------------------- the process's side

class PipeLink:
    """A training loop's link to the window from a training process (see ``gui.training_loop``)."""

    shares_python = False

    def __init__(self, inbox, outbox, run_id):
        self.inbox, self.outbox = inbox, outbox   # a queue of the window's messages; a stream to it
        self.run_id = run_id
        self.commands_applied = 0
        self._stop = False
        self._delivered = True
        self._commands = []
        self._next_look = 0.0

    def _read(self, timeout=0.0):
        """Take in what the window has sent, waiting up to ``timeout`` for the first message."""
        try:
            while True:
                message = self.inbox.get(timeout=timeout) if timeout > 0 else self.inbox.get_nowait()
                timeout = 0.0
                if message[0] == "quit":   # or the window has gone
                    self._stop = True
                elif message[1] != self.run_id:   # for a run that has ended
                    continue
                elif message[0] == "ack":
                    self._delivered = True
                elif message[0] == "stop":
                    self._stop = True
                elif message[0] == "command":
                    self._commands.append(message[2])
        except queue.Empty:
            pass

    def stop_requested(self):
        now = time.perf_counter()
        if now >= self._next_look:
            self._read()
            self._next_look = now + LOOK_EVERY
        return self._stop

    def take_commands(self):
        self._read()
        commands, self._commands = self._commands, []
        self.commands_applied += len(commands)
        return commands

    def delivered(self):
        self._read()
        return self._delivered

    def wait_delivered(self, timeout):
        end = time.perf_counter() + timeout
        while not self._delivered and not self._stop:
            left = end - time.perf_counter()
            if left <= 0:
                break
            self._read(left)
        return self._delivered

    def send(self, snapshot):
        self._delivered = False
        write_message(self.outbox, ("snapshot", self.run_id, snapshot))

    def sleep(self, seconds):
        end = time.perf_counter() + seconds
        while not self._stop:
            left = end - time.perf_counter()
            if left <= 0:
                return
            self._read(left)


def serve():
    """A training process's life: run after run, as the window asks, until it quits or goes away.

    Messages come in on standard input, which a thread reads into a queue
    so the loop can look at them without waiting; they go out on standard
    output, which nothing else may write to: ``print`` goes to standard error.
    """
    from engine.trainer import Trainer

    from .training_loop import TrainingLoop

    # Ctrl+C in the terminal that started the window reaches every process
    # of its group; the window decides when training stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    outbox = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    inbox = queue.Queue()
    threading.Thread(target=_read_into, args=(os.fdopen(0, "rb", buffering=0), inbox), daemon=True).start()
    data = None
    while True:
        message = inbox.get()
        if message[0] == "quit":
            return
        if message[0] != "run":   # an ack, a stop or a command for a run that has ended
            continue
        _, run_id, state, new_data, options = message
        if new_data is not None:
            data = new_data
        trainer = Trainer.from_state(state, data)
        link = PipeLink(inbox, outbox, run_id)
        try:
            outcome = TrainingLoop(trainer, link, **options).run()
            write_message(outbox, ("ended", run_id, outcome.reason, outcome.diverged, outcome.failure,
                                   link.commands_applied, trainer.state()))
        except OSError:   # the window has gone
            return


def _read_into(stream, inbox):
    try:
        while True:
            inbox.put(read_message(stream))
    except (EOFError, OSError):
        inbox.put(("quit",))


# --------------------------------------------------------- the window's side

class TrainingProcess:
    """One training process and the pipes to it, seen from the window.

    It is started as a program of its own (this Python running ``serve``,
    or the packaged app with PROCESS_ARGUMENT), not with multiprocessing:
    multiprocessing runs the main script again in the new process, and a
    user's script that opens the window without ``if __name__ ==
    "__main__"`` would open it again there.
    """

    def __init__(self):
        if getattr(sys, "frozen", False):
            command = [sys.executable, PROCESS_ARGUMENT]
        else:
            command = [sys.executable, "-c", "from gui.training_process import serve; serve()"]
        environment = dict(os.environ)
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [root, environment.get("PYTHONPATH")]))
        self._process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=environment,
                                         creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        self._send_lock = threading.Lock()
        # The prepared data the process holds, weakly: a process kept for
        # later runs must not keep a data set the window has let go of alive.
        self._data = lambda: None

    @property
    def alive(self):
        return self._process.poll() is None

    @property
    def exit_code(self):
        return self._process.poll()

    def send(self, message):
        """Send ``message``; safe from any thread. Raises ProcessGone if the process cannot be reached."""
        try:
            with self._send_lock:
                write_message(self._process.stdin, message)
        except (OSError, ValueError) as e:
            raise ProcessGone(str(e)) from e

    def receive(self):
        """The next message from the process, waiting for it; raises ProcessGone if the process has ended."""
        try:
            return read_message(self._process.stdout)
        except (EOFError, OSError, ValueError) as e:
            raise ProcessGone(str(e)) from e

    def start_run(self, run_id, trainer, options):
        """Have the process train a copy of ``trainer``; ``options`` go to ``TrainingLoop``."""
        data = trainer.data
        self.send(("run", run_id, trainer.state(), None if data is self._data() else data, options))
        self._data = weakref.ref(data) if data is not None else (lambda: None)

    def close(self):
        try:
            self.send(("quit",))
        except ProcessGone:
            pass
        try:
            self._process.stdin.close()
        except OSError:   # gone already, with what was left to write
            pass
        try:
            self._process.wait(0.5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process.stdout.close()


class ProcessPool:
    """Training processes ready for a run; safe from any thread."""

    def __init__(self):
        self._idle = []
        self._lock = threading.Lock()

    def take(self):
        """A running training process for one run: an idle one, else a new one (OSError if none can start)."""
        with self._lock:
            while self._idle:
                process = self._idle.pop()
                if process.alive:
                    return process
                process.close()
        return TrainingProcess()

    def give_back(self, process):
        """Keep ``process`` for a later run, or end it if enough are ready."""
        with self._lock:
            if process.alive and len(self._idle) < KEEP_IDLE:
                self._idle.append(process)
                return
        process.close()

    def prepare(self):
        """Start a process now if none is ready, so the first run does not wait for one to start."""
        with self._lock:
            if self._idle:
                return
        try:
            process = TrainingProcess()
        except OSError:
            log.exception("No training process could be started; runs will train in a thread")
            return
        self.give_back(process)

    def close(self):
        """End every idle process (for quitting)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for process in idle:
            process.close()


_pool = None


def pool():
    """The application's one ``ProcessPool``; its processes end when the application does."""
    global _pool
    if _pool is None:
        _pool = ProcessPool()
        atexit.register(_pool.close)
    return _pool
