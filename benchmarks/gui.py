"""The window's speed while training, offscreen, next to the engine alone on the same data.

    python benchmarks/gui.py [--seconds 5] [--turns 3] [--repeats 1] [--rows 50000] [--only NAME ...]
                             [--training process|thread]
    python benchmarks/gui.py --size 1600x1000 [--preset spiral] [--hidden 8,8] [--presentation] [--csv FILE]

Without setup options it measures every setup a class may reach (the
default task, the deepest network, 5,000 points, presentation mode on a
projector, a 30-input table, a long CSV of ``--rows`` rows). For each it
trains in the window at full speed for ``--seconds`` (in a training process,
as the app does, or with ``--training thread`` in a thread of the window's
process, its fallback) and the same experiment headless (no Qt, the same
trainer and data) for as long, in the benchmark's process,
taking ``--turns`` turns each (window, engine, window, engine, ...), so the
ratio ``window ÷ engine`` is measured side by side and a busy moment of a
shared machine lands on both. It prints epochs per second,
that ratio, how often the loss plot and the network canvas were really
repainted (paint events), how late a 10 ms timer in the GUI thread fired
(99th percentile), how long a frame took the GUI thread (from a snapshot's
arrival until the next may be sent) and the GUI thread's CPU time per frame
(what it took from the one core the training shares with it).

Goals: >= 25 repaints/s for the loss plot and the network, timer p99 <= 25 ms,
window >= 0.75 x the engine's epochs/s.
"""

import os

# One BLAS thread on both sides, as the app runs (see main.py).
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse  # noqa: E402
import copy  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)

import numpy as np  # noqa: E402

GOAL_REPAINTS = 25
GOAL_TIMER_P99 = 25
GOAL_RATIO = 0.75


def write_table_csv(path, n_rows, n_inputs, seed=0):
    """A classification table: ``n_inputs`` numeric columns and a 0/1 label a network can learn."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_rows, n_inputs))
    if n_inputs == 2:
        label = (np.hypot(X[:, 0], X[:, 1]) < 1.2).astype(int)   # a disc, like the circle
    else:
        label = (X @ rng.normal(size=n_inputs) + 0.5 * np.tanh(X[:, 0] * X[:, 1]) > 0).astype(int)
    header = ",".join([f"x{i + 1}" for i in range(n_inputs)] + ["label"])
    with open(path, "w", encoding="utf-8") as file:
        file.write(header + "\n")
        for row, y in zip(X, label):
            file.write(",".join(f"{v:.5f}" for v in row) + f",{y}\n")
    return path


def setups(rows, folder):
    """name -> (description, size, how to set the window up)."""
    def builtin(name, n):
        return lambda window: window.session.load_builtin(name, n_samples=n)

    def hidden(sizes):
        return lambda window: window.session.set_hidden_layers(sizes, ["tanh"] * len(sizes))

    def table(n_rows, n_inputs):
        def apply(window):
            from engine.data import read_csv
            path = write_table_csv(os.path.join(folder, f"table-{n_rows}x{n_inputs}.csv"), n_rows, n_inputs)
            window.session.set_dataset(read_csv(path))
        return apply

    return {
        "default": ("default task, 1600x1000", (1600, 1000), None, False),
        "deep": ("8 hidden layers of 16", (1600, 1000), hidden([16] * 8), False),
        "points": ("circle with 5,000 points", (1600, 1000), builtin("circle", 5000), False),
        "presentation": ("presentation mode, 1920x1080", (1920, 1080), None, True),
        "wide": ("a 30-input table (569 rows)", (1600, 1000), table(569, 30), False),
        "long": (f"a {rows:,}-row CSV (2 inputs)", (1600, 1000), table(rows, 2), False),
    }


class PaintCounter:
    """Counts paint events of the widgets it watches (what the eye really gets)."""

    def __init__(self):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def __init__(self, counts, name):
                super().__init__()
                self.counts, self.name = counts, name

            def eventFilter(self, obj, event):
                if event.type() == QEvent.Paint:
                    self.counts[self.name] = self.counts.get(self.name, 0) + 1
                return False

        self._filter_type = Filter
        self.counts = {}
        self._filters = []

    def watch(self, widget, name):
        f = self._filter_type(self.counts, name)
        widget.installEventFilter(f)
        self._filters.append(f)


class FrameClock:
    """GUI-thread cost of each frame: from a snapshot's arrival to the worker's go-ahead."""

    def __init__(self, session):
        from gui import worker as worker_module
        self.costs = []
        self._arrived = None
        run = session._run   # the training run hands each snapshot of the current run on
        original_progressed = run._on_progressed
        original_acknowledge = worker_module.TrainingWorker.acknowledge
        clock = self

        def on_progressed(run_id, snapshot):
            clock._arrived = time.perf_counter()
            original_progressed(run_id, snapshot)

        def acknowledge(worker):
            if clock._arrived is not None:
                clock.costs.append(time.perf_counter() - clock._arrived)
                clock._arrived = None
            original_acknowledge(worker)

        run._on_progressed = on_progressed   # connected when a run starts
        self._restore = lambda: setattr(worker_module.TrainingWorker, "acknowledge", original_acknowledge)
        worker_module.TrainingWorker.acknowledge = acknowledge

    def close(self):
        self._restore()


def measure_window(seconds, size, prepare=None, presentation=False, turns=1):
    """Train in the window for ``seconds`` in all and the engine alone as long, in ``turns`` turns each.

    Window and engine take turns (window, engine, window, engine, ...), so a
    moment when other programs take the cores lands on both sides.
    """
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from engine.experiment import Experiment
    from gui.main_window import MainWindow
    from gui.training_loop import FULL_SPEED_CHUNK

    window = MainWindow()
    window.resize(*size)
    window.show()
    if prepare:
        prepare(window)
    if presentation:
        window.toggle_presentation(True)
        # Offscreen "full screen" is the virtual screen's size; a projector's is asked for.
        window.showNormal()
        window.resize(*size)
    for _ in range(3):
        app.processEvents()
    session = window.session
    # The same experiment, trained headless as the worker steps it.
    engine_trainer = Experiment(copy.deepcopy(session.setup), dataset=session.dataset).trainer
    paints = PaintCounter()
    paints.watch(window.loss_plot.plot.viewport(), "loss plot")
    paints.watch(window.network_view.viewport(), "network")
    frames = FrameClock(session)

    lateness = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(10)
    last = [None]

    def tick():
        now = clock.nsecsElapsed() / 1e6
        if last[0] is not None:
            lateness.append(now - last[0] - 10.0)
        last[0] = now

    timer.timeout.connect(tick)
    clock.start()
    session.set_speed(None)
    paints.counts.clear()
    window_steps = window_elapsed = engine_elapsed = gui_cpu = 0.0
    engine_steps_before = engine_trainer.step_count
    piece = seconds / turns
    for _ in range(turns):
        steps_before = session.snapshot.step
        last[0] = None
        turn_start = len(lateness)
        timer.start()
        session.start()
        started = time.perf_counter()
        gui_cpu_started = time.thread_time()
        loop = QEventLoop()
        QTimer.singleShot(int(piece * 1000), loop.quit)
        loop.exec()
        # Up to the stop: what stopping costs (the paused window's full detail) is no part of training.
        window_elapsed += time.perf_counter() - started
        gui_cpu += time.thread_time() - gui_cpu_started
        timer.stop()
        session.stop_and_wait()
        # The first ticks of a turn wait for the window to get going.
        del lateness[turn_start:turn_start + 5]
        window_steps += session.snapshot.step - steps_before
        start = time.perf_counter()
        while time.perf_counter() - start < piece:
            engine_trainer.advance(FULL_SPEED_CHUNK)
        engine_elapsed += time.perf_counter() - start
    frames.close()
    steps_per_epoch = session.experiment.trainer.steps_per_epoch()
    late = np.array(lateness) if len(lateness) > 10 else np.array(lateness or [0.0])
    costs = np.array(frames.costs or [0.0]) * 1000
    result = {
        "window_size": f"{window.width()}x{window.height()}",
        "epochs_per_second": window_steps / steps_per_epoch / window_elapsed,
        "engine_epochs_per_second": (engine_trainer.step_count - engine_steps_before)
                                    / engine_trainer.steps_per_epoch() / engine_elapsed,
        "loss_plot_paints": paints.counts.get("loss plot", 0) / window_elapsed,
        "network_paints": paints.counts.get("network", 0) / window_elapsed,
        "frames_per_second": len(frames.costs) / window_elapsed,
        "frame_cost_p50": float(np.percentile(costs, 50)),
        "frame_cost_p90": float(np.percentile(costs, 90)),
        "gui_cpu_per_frame": gui_cpu / max(len(frames.costs), 1) * 1000,
        "timer_late_p50": float(np.percentile(late, 50)),
        "timer_late_p99": float(np.percentile(late, 99)),
        "timer_late_max": float(late.max()),
        "setup": copy.deepcopy(session.setup),
        "dataset": session.dataset,
    }
    window.setWindowModified(False)
    window.close()
    window.deleteLater()
    app.processEvents()
    return result


def measure_engine(seconds, setup, dataset):
    """Epochs/s of the same experiment trained headless, as the worker steps it."""
    from engine.experiment import Experiment
    from gui.training_loop import FULL_SPEED_CHUNK
    trainer = Experiment(copy.deepcopy(setup), dataset=dataset).trainer
    steps_per_epoch = trainer.steps_per_epoch()
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        trainer.advance(FULL_SPEED_CHUNK)
    return trainer.step_count / steps_per_epoch / (time.perf_counter() - start)


def measure_startup(repeats=3):
    """Seconds from launching a fresh process to the window's first frame."""
    code = ("import time, sys; t0 = time.perf_counter(); sys.path.insert(0, %r);"
            "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from gui.main_window import MainWindow; w = MainWindow(); w.show(); app.processEvents();"
            "w.grab(); print(time.perf_counter() - t0)") % ROOT
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        total = time.perf_counter() - start
        if out.returncode != 0:
            raise RuntimeError(out.stderr)
        times.append(total)
    return min(times), float(np.median(times))


def _mark(ok):
    return " " if ok else "*"


def print_row(name, r, engine_rate):
    ratio = r["epochs_per_second"] / engine_rate if engine_rate > 0 else float("nan")
    repaints_ok = min(r["loss_plot_paints"], r["network_paints"]) >= GOAL_REPAINTS
    print(f"{name:32} {r['epochs_per_second']:9.1f} {engine_rate:9.1f} {ratio:5.2f}{_mark(ratio >= GOAL_RATIO)} "
          f"{r['loss_plot_paints']:5.1f} /{r['network_paints']:5.1f}{_mark(repaints_ok)} "
          f"{r['timer_late_p99']:6.1f}{_mark(r['timer_late_p99'] <= GOAL_TIMER_P99)} "
          f"{r['frames_per_second']:5.1f} {r['frame_cost_p50']:5.1f} /{r['frame_cost_p90']:5.1f} "
          f"{r['gui_cpu_per_frame']:5.1f}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds of training on each side")
    parser.add_argument("--repeats", type=int, default=1, help="window/engine pairs per setup")
    parser.add_argument("--turns", type=int, default=3, help="turns each side takes in a pair (window, engine, "
                                                             "window, ...), so a busy moment lands on both")
    parser.add_argument("--rows", type=int, default=50_000, help="rows of the generated long CSV")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="some setups: default deep points presentation "
                                                                  "wide long")
    parser.add_argument("--size", help="one custom setup: window size, WIDTHxHEIGHT")
    parser.add_argument("--preset", help="custom: a built-in data set or lesson instead of the default circle")
    parser.add_argument("--hidden", help="custom: hidden layer sizes, e.g. 16,16,16 (tanh)")
    parser.add_argument("--presentation", action="store_true", help="custom: in presentation mode")
    parser.add_argument("--csv", help="custom: a CSV file to train on")
    parser.add_argument("--startup", action="store_true", help="also time the window's appearance after launch")
    parser.add_argument("--training", choices=["process", "thread"], default="process",
                        help="where the window trains: in a training process (the app's way) or in a thread of "
                             "the window's process (its fallback)")
    args = parser.parse_args()
    from gui import training_process
    os.environ[training_process.MODE_VARIABLE] = args.training

    with tempfile.TemporaryDirectory() as folder:
        if args.size or args.preset or args.hidden or args.presentation or args.csv:
            size = tuple(int(n) for n in (args.size or "1600x1000").lower().split("x"))
            hidden = [int(n) for n in args.hidden.split(",")] if args.hidden else None

            def prepare(window):
                if args.preset:
                    window.load_preset(args.preset)
                if args.csv:
                    from engine.data import read_csv
                    window.session.set_dataset(read_csv(args.csv))
                if hidden:
                    window.session.set_hidden_layers(hidden, ["tanh"] * len(hidden))
            name = ", ".join(filter(None, [args.preset or (args.csv and os.path.basename(args.csv)) or "default task",
                                           args.hidden and f"hidden {args.hidden}",
                                           args.presentation and "presentation"]))
            chosen = {name: (name, size, prepare, args.presentation)}
        else:
            chosen = setups(args.rows, folder)
            if args.only:
                chosen = {k: v for k, v in chosen.items() if k in args.only}

        print(f"training in a {args.training}; {args.seconds:g} s a side, offscreen; * marks a missed goal (ratio >= {GOAL_RATIO}, "
              f"repaints >= {GOAL_REPAINTS}/s, timer p99 <= {GOAL_TIMER_P99} ms)")
        print(f"{'setup':32} {'window':>9} {'engine':>9} {'ratio':>6} {'plot / network':>14} {'p99 ms':>7} "
              f"{'fps':>5} {'frame ms p50/p90':>16} {'GUI CPU':>7}")
        print(f"{'':32} {'epochs/s':>9} {'epochs/s':>9} {'':6} {'repaints/s':>14} {'':7} {'':5} {'':16} "
              f"{'ms/frame':>8}")
        for name, (description, size, prepare, presentation) in chosen.items():
            for _ in range(args.repeats):
                r = measure_window(args.seconds, size, prepare, presentation, turns=args.turns)
                print_row(description, r, r["engine_epochs_per_second"])
    if args.startup:
        best, median = measure_startup()
        print(f"window appears {best:.2f} s best, {median:.2f} s median after launch (goal <= 1.5)")


if __name__ == "__main__":
    main()
