"""The training run: its thread ends on shutdown, and the worker resumes only once the window has drawn."""

from gui.training_run import AfterFrame


def test_shutdown_mid_training_stops_the_thread_within_a_second(qtbot, session):
    session.start()
    qtbot.waitUntil(lambda: session.snapshot.epoch >= 2, timeout=10000)
    assert session.shutdown(timeout_ms=1000)
    assert not session.is_running


def test_after_frame_waits_for_the_paint_and_for_what_the_paint_posts(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    order = []

    class Canvas(QWidget):
        def paintEvent(self, event):  # noqa: N802
            order.append("paint")
            QTimer.singleShot(0, lambda: order.append("posted by the paint"))

    canvas = Canvas()
    qtbot.addWidget(canvas)
    canvas.show()
    qtbot.waitExposed(canvas)
    qtbot.wait(20)
    order.clear()
    after_frame = AfterFrame()

    def snapshot_handler():
        canvas.update()
        after_frame.call(lambda: order.append("worker resumes"))

    QTimer.singleShot(0, snapshot_handler)
    qtbot.waitUntil(lambda: "worker resumes" in order, timeout=2000)
    assert order == ["paint", "posted by the paint", "worker resumes"]


def test_the_worker_resumes_only_after_the_window_has_drawn_each_snapshot(qtbot, monkeypatch):
    """Work left for after the resume would have to win the GIL from training, call by call."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from gui import worker as worker_module
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    order = []

    class Paints(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() in (QEvent.Paint, QEvent.LayoutRequest):
                order.append("paint")
            return False

    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    real_accept = window.session._accept
    monkeypatch.setattr(window.session, "_accept",
                        lambda snapshot, announce=True: (order.append("snapshot"), real_accept(snapshot, announce)))
    real_acknowledge = worker_module.TrainingWorker.acknowledge
    monkeypatch.setattr(worker_module.TrainingWorker, "acknowledge",
                        lambda worker: (order.append("resume"), real_acknowledge(worker)))
    try:
        window.session.start()
        qtbot.waitUntil(lambda: order.count("resume") >= 40, timeout=10000)
        window.session.stop_and_wait()
    finally:
        QApplication.instance().removeEventFilter(paints)
    window.setWindowModified(False)
    resumes = [i for i, what in enumerate(order) if what == "resume"]
    late = [order[i:order.index("snapshot", i)].count("paint") for i in resumes[:-1]]
    assert sum(late) == 0, f"paints after the worker resumed: {late}"
