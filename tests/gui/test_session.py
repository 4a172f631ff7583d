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


def test_paused_holds_a_live_run_still_and_lets_it_go_on(qtbot, session):
    session.start()
    qtbot.waitUntil(lambda: session.snapshot.epoch > 0, timeout=5000)
    with session.paused() as was_running:
        assert was_running and not session.is_running
        weights = session.network.params.copy()
        qtbot.wait(50)
        assert np.array_equal(session.network.params, weights)   # nothing trains inside the block
    assert session.is_running
    session.stop_and_wait()


def test_paused_lets_the_run_go_on_even_if_the_block_fails(qtbot, session):
    session.start()
    with pytest.raises(OSError):
        with session.paused():
            raise OSError("disk full")
    assert session.is_running
    session.stop_and_wait()


def test_paused_leaves_a_paused_session_paused(session):
    with session.paused() as was_running:
        assert not was_running
    assert not session.is_running
