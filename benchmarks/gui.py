"""The window's speed while training, offscreen.

    python benchmarks/gui.py [--seconds 5] [--size 1600x1000] [--preset spiral]
                             [--hidden 8,8,8,8,8,8] [--presentation]

On the default task (circle, 2-4-2-1 tanh, batch 10) at full speed it prints:
epochs per second, how often the loss curve, the network's edges and the
output heatmap were redrawn, how late a 10 ms timer in the GUI thread fired
(50th/99th percentile and worst), and how long the window takes to appear
after launch (a fresh process). The options measure other setups a class
might use: another data set, a deeper network, presentation mode (full
screen, bigger text) at a projector's size.
"""

import argparse
import os
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)

import numpy as np  # noqa: E402


def count_calls(obj, name, counter):
    original = getattr(obj, name)

    def counted(*args, **kwargs):
        counter[name] = counter.get(name, 0) + 1
        return original(*args, **kwargs)

    setattr(obj, name, counted)


def measure_training(seconds, size=(1600, 1000), preset=None, hidden=None, presentation=False):
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gui.main_window import MainWindow

    window = MainWindow()
    window.resize(*size)
    window.show()
    if preset:
        window.load_preset(preset)
    if hidden:
        window.session.set_hidden_layers(hidden, ["tanh"] * len(hidden))
    if presentation:
        window.toggle_presentation(True)
        # Offscreen "full screen" is the virtual screen's size; a projector's is asked for.
        window.showNormal()
        window.resize(*size)
    app.processEvents()
    session = window.session
    paints = {}
    # What the eye sees: each view's redraw of new numbers.
    count_calls(window.loss_plot.train_curve, "setData", paints)
    count_calls(window.output_view.image, "setImage", paints)
    count_calls(window.network_view, "_update", paints)

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
    timer.start()
    session.set_speed(None)
    session.start()
    started = time.perf_counter()
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    session.stop_and_wait()
    elapsed = time.perf_counter() - started
    timer.stop()
    epochs = session.snapshot.epoch
    late = np.array(lateness[5:]) if len(lateness) > 10 else np.array(lateness)
    window_size = f"{window.width()}x{window.height()}"
    window.setWindowModified(False)
    window.close()
    return {
        "window_size": window_size,
        "epochs_per_second": epochs / elapsed,
        "snapshots_per_second": paints.get("setData", 0) / elapsed,
        "edge_updates_per_second": paints.get("_update", 0) / elapsed,
        "heatmap_updates_per_second": paints.get("setImage", 0) / elapsed,
        "timer_late_p50": float(np.percentile(late, 50)),
        "timer_late_p99": float(np.percentile(late, 99)),
        "timer_late_max": float(late.max()),
    }


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--size", default="1600x1000", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--preset", help="a built-in data set or lesson instead of the default circle")
    parser.add_argument("--hidden", help="hidden layer sizes instead of 4,2, e.g. 8,8,8,8,8,8 (tanh)")
    parser.add_argument("--presentation", action="store_true", help="in presentation mode")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.lower().split("x"))
    hidden = [int(n) for n in args.hidden.split(",")] if args.hidden else None
    r = measure_training(args.seconds, size, args.preset, hidden, args.presentation)
    task = ", ".join(filter(None, [args.preset or "default task", args.hidden and f"hidden {args.hidden}",
                                   args.presentation and "presentation mode"]))
    print(f"{task}, full speed, {args.seconds:g} s, window {r['window_size']}, {os.environ['QT_QPA_PLATFORM']}")
    print(f"  training:          {r['epochs_per_second']:8.0f} epochs/s   (goal >= 600; TF Playground: 60)")
    print(f"  loss curve:        {r['snapshots_per_second']:8.1f} updates/s  (goal >= 25)")
    print(f"  network edges:     {r['edge_updates_per_second']:8.1f} updates/s")
    print(f"  output heatmap:    {r['heatmap_updates_per_second']:8.1f} updates/s")
    print(f"  10 ms timer late:  p50 {r['timer_late_p50']:.1f} ms, p99 {r['timer_late_p99']:.1f} ms, "
          f"worst {r['timer_late_max']:.1f} ms  (goal p99 <= 25)")
    if args.no_startup:
        return
    best, median = measure_startup()
    print(f"  window appears:    {best:.2f} s best, {median:.2f} s median after launch (goal <= 1.5)")


if __name__ == "__main__":
    main()
