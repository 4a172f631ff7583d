"""Time per update of the live loss curve as it grows to a million epochs.

    QT_QPA_PLATFORM=offscreen python benchmarks/loss_plot.py [--points 1000000] [--batch 1000]
                                                            [--smoothing 0.9] [--log] [--no-antialias]

Records are appended to a Session's history in batches, as a training run
sends them; each update is the widget's ``history_changed`` handler (one
``setData`` per curve) plus a forced repaint with ``grab()``. Prints the mean
and 99th percentile over all updates and over the last tenth, where the
curves hold 900,000 points or more.
"""

import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.loss_plot import LossPlot  # noqa: E402
from gui.session import Session  # noqa: E402


def synthetic_run(n, noise=0.03, seed=0):
    """Loss-like curves: a fast fall, a slow tail, and relative noise; test above train, noisier."""
    rng = np.random.default_rng(seed)
    epochs = np.arange(1, n + 1, dtype=float)
    trend = 0.05 + 0.6 * np.exp(-epochs / (n / 20)) + 0.1 / np.sqrt(epochs)
    train = trend * np.exp(noise * rng.standard_normal(n))
    test = 1.15 * trend * np.exp(2 * noise * rng.standard_normal(n))
    metric = 1.0 - train
    return epochs, train, test, metric, metric - 0.05


def run(points, batch, smoothing, log_scale, antialias, noise=0.03, size=(900, 350)):
    app = QApplication.instance() or QApplication(sys.argv)
    session = Session()
    plot = LossPlot(session)
    plot.resize(*size)
    plot.show()
    if not antialias:
        for curve in (plot.train_curve, plot.test_curve, plot.train_raw, plot.test_raw):
            curve.opts["antialias"] = False
            curve.updateItems()
    plot.set_smoothing(smoothing)
    plot.set_log_scale(log_scale)
    app.processEvents()

    columns = synthetic_run(points, noise)
    history = session.history
    times, sizes = [], []
    for start in range(0, points, batch):
        for row in zip(*(c[start:start + batch] for c in columns)):
            history.append(*row)
        t0 = time.perf_counter()
        session.history_changed.emit()
        plot.plot.grab()
        times.append(time.perf_counter() - t0)
        sizes.append(len(history))
    times, sizes = 1e3 * np.array(times), np.array(sizes)
    assert len(plot.train_curve.pyramid) == points
    plot.close()
    return times, sizes


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=1000, help="records per update")
    parser.add_argument("--smoothing", type=float, default=0.0)
    parser.add_argument("--log", action="store_true", help="log-scale loss axis")
    parser.add_argument("--noise", type=float, default=0.03,
                        help="relative noise of the train loss (the test loss has twice as much)")
    parser.add_argument("--no-antialias", action="store_true")
    args = parser.parse_args()
    times, sizes = run(args.points, args.batch, args.smoothing, args.log, not args.no_antialias, args.noise)
    tail = sizes >= 0.9 * args.points
    print(f"{len(times)} updates of {args.batch:,} records to {args.points:,} points; noise {args.noise}, "
          f"smoothing {args.smoothing}, "
          f"log scale {'on' if args.log else 'off'}, antialias {'off' if args.no_antialias else 'on'}")
    print(f"  all updates:               mean {times.mean():6.2f} ms   p99 {np.percentile(times, 99):6.2f} ms   "
          f"max {times.max():6.2f} ms")
    print(f"  at >= {0.9 * args.points:,.0f} points: mean {times[tail].mean():6.2f} ms   "
          f"p99 {np.percentile(times[tail], 99):6.2f} ms")


if __name__ == "__main__":
    main()
