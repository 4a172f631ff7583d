"""The window's model: training in a worker thread, driven through its methods."""

import numpy as np
import pytest

from engine import losses


def wait_for_epochs(qtbot, session, epochs, timeout=10000):
    qtbot.waitUntil(lambda: session.snapshot.epoch >= epochs, timeout=timeout)


def test_training_runs_in_the_background_and_the_curve_falls(qtbot, session):
    with qtbot.waitSignal(session.running_changed):
        session.start()
    wait_for_epochs(qtbot, session, 50)
    with qtbot.waitSignal(session.stopped, timeout=3000) as stopped:
        session.pause()
    assert stopped.args == ["paused"]
    assert not session.is_running
    train_loss = session.history.column("train_loss")
    assert len(train_loss) == session.snapshot.epoch >= 50
    assert train_loss[-1] < train_loss[0]


def test_settings_reach_a_live_run_and_the_weights_stay(qtbot, session):
    session.start()
    wait_for_epochs(qtbot, session, 5)
    session.set_learning_rate(0.3)
    session.set_loss("mse")
    qtbot.waitUntil(lambda: session.snapshot.loss == "mse" and session.snapshot.learning_rate == 0.3, timeout=3000)
    with qtbot.waitSignal(session.stopped, timeout=3000):
        session.pause()
    assert any((event.setting, event.old, event.new) == ("loss", "cross_entropy", "mse")
               for event in session.history.events)


def test_step_adds_exactly_one_step_and_reset_clears(qtbot, session):
    start = session.network.params.copy()
    session.step()
    assert session.snapshot.step == 1
    session.step(unit="epoch")
    assert session.snapshot.epoch == 1 and len(session.history) == 1
    session.reset()
    assert session.snapshot.step == 0 and len(session.history) == 0
    session.step()
    session.reset()
    np.testing.assert_array_equal(session.network.params, start)


def test_divergence_pauses_with_a_message_and_keeps_finite_weights(qtbot, session):
    session.load_builtin("sine")
    session.set_learning_rate(10.0)
    with qtbot.waitSignal(session.problem, timeout=10000) as problem:
        session.start()
    qtbot.waitUntil(lambda: not session.is_running, timeout=3000)
    title, text = problem.args
    assert "blew up" in title and "Lower the learning rate" in text
    assert np.all(np.isfinite(session.network.params))


def test_a_loss_that_does_not_fit_is_reported_before_switching(session):
    session.load_builtin("plane")
    problem = session.check_loss("cross_entropy")
    assert isinstance(problem, losses.LossMismatchError) and "MSE" in str(problem)
    with pytest.raises(losses.LossMismatchError):
        session.set_loss("cross_entropy")
    assert session.loss_name == "mse"


def test_output_and_loss_switch_keeps_every_weight(session):
    session.set_loss("mse")
    session.step(unit="epoch")
    before = session.network.params.copy()
    session.set_output_and_loss("linear", "mse")
    assert session.network.activation_names[-1] == "linear"
    np.testing.assert_array_equal(session.network.params, before)
    assert session.snapshot.epoch == 1


def test_shutdown_mid_training_stops_the_thread_within_a_second(qtbot, session):
    session.start()
    wait_for_epochs(qtbot, session, 2)
    assert session.shutdown(timeout_ms=1000)
    assert not session.is_running


def test_csv_columns_can_be_switched_off_and_back_on(session, tmp_path):
    from engine.data import read_csv
    path = tmp_path / "t.csv"
    path.write_text("a,b,c,label\n" + "".join(f"{i},{i % 5},{i % 3},{'p' if i % 2 else 'q'}\n" for i in range(40)))
    session.set_dataset(read_csv(str(path)))
    session.set_features(["a", "c"])
    assert session.prepared.input_names == ["a", "c"]
    assert session.available_features() == ["a", "b", "c"]
    session.set_features(["a", "b", "c"])
    assert session.network.n_inputs == 3


def test_after_frame_waits_for_the_paint_and_for_what_the_paint_posts(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from gui.session import AfterFrame

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
