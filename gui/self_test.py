"""``--self-test``: prove a packaged build works on this machine, in one line.

Offscreen, it opens the main window, trains the default preset for a
moment in a training process (the packaged executable started again as
one), checks the loss fell, saves the experiment
in a temporary folder, reopens it, checks the weights came back identical,
and renders the window. It prints one line and returns 0 only if all held.
"""

import os
import sys
import tempfile
import time

import numpy as np


def _say(line):
    # A windowed Windows build has no console: stdout is None there.
    if sys.stdout is not None:
        print(line, flush=True)
    import logging
    logging.getLogger("loss_explorer").info(line)


def self_test(train_seconds=1.5):
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from . import training_process
    from .main_window import MainWindow

    started = time.perf_counter()
    checks = []
    window = None
    try:
        window = MainWindow()
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        session = window.session
        first_loss = session.experiment.trainer.evaluate()["train_loss"]

        session.set_speed(None)
        session.start()
        loop = QEventLoop()
        QTimer.singleShot(int(train_seconds * 1000), loop.quit)
        loop.exec()
        in_process = session.trains_in_process
        session.stop_and_wait()
        epochs = session.snapshot.epoch
        last_loss = session.experiment.trainer.evaluate()["train_loss"]
        checks.append(("loss fell", last_loss < first_loss and epochs > 0))
        if training_process.enabled():
            checks.append(("trained in a training process", in_process))

        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "self-test.json")
            saved_ok = window.save_experiment(path)
            weights = session.network.params.copy()
            session.reset()
            reopened = window.open_experiment(path)
            same = reopened and np.array_equal(session.network.params, weights)
            checks.append(("saved and reopened identical weights", bool(saved_ok and same)))

        image = window.grab().toImage()
        checks.append(("window rendered", not image.isNull() and image.width() > 0))
        checks.append(("fonts found", len(QFontDatabase.families()) > 0))
        window.setWindowModified(False)
        window.close()

        failed = [name for name, ok in checks if not ok]
        elapsed = time.perf_counter() - started
        if failed:
            _say(f"self-test FAILED: {', '.join(failed)} (epochs {epochs}, loss {first_loss:.4f} -> {last_loss:.4f})")
            return 1
        where = "a training process" if training_process.enabled() else "a thread"
        _say(f"self-test ok: {epochs} epochs in {train_seconds:g} s in {where}, loss {first_loss:.4f} -> {last_loss:.4f}, "
             f"saved and reopened identical weights, window rendered, {len(QFontDatabase.families())} font families, "
             f"{elapsed:.1f} s in all")
        return 0
    except Exception as e:  # the one line must come out whatever broke
        import logging
        logging.getLogger("loss_explorer").exception("self-test crashed")
        _say(f"self-test FAILED: {type(e).__name__}: {e}")
        return 1
    finally:
        if window is not None:
            window.session.shutdown()
