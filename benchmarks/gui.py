"""The window's speed while training, offscreen.

    python benchmarks/gui.py [--seconds 5]

On the default task (circle, 2-4-2-1 tanh, batch 10) at full speed it prints:
epochs per second, how often the loss curve, the network's edges and the
output heatmap were redrawn, how late a 10 ms timer in the GUI thread fired
(50th/99th percentile and worst), and how long the window takes to appear
after launch (a fresh process).
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


def measure_training(seconds, size=(1600, 1000)):
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gui.main_window import MainWindow

    window = MainWindow()
    window.resize(*size)
    window.show()
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
    window.setWindowModified(False)
    window.close()
    return {
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
    args = parser.parse_args()
    r = measure_training(args.seconds)
    print(f"default task, full speed, {args.seconds:g} s, window 1600x1000 offscreen")
    print(f"  training:          {r['epochs_per_second']:8.0f} epochs/s   (goal >= 600; TF Playground: 60)")
    print(f"  loss curve:        {r['snapshots_per_second']:8.1f} updates/s  (goal >= 25)")
    print(f"  network edges:     {r['edge_updates_per_second']:8.1f} updates/s")
    print(f"  output heatmap:    {r['heatmap_updates_per_second']:8.1f} updates/s")
    print(f"  10 ms timer late:  p50 {r['timer_late_p50']:.1f} ms, p99 {r['timer_late_p99']:.1f} ms, "
          f"worst {r['timer_late_max']:.1f} ms  (goal p99 <= 25)")
    best, median = measure_startup()
    print(f"  window appears:    {best:.2f} s best, {median:.2f} s median after launch (goal <= 1.5)")


if __name__ == "__main__":
    main()
