"""Training: optimizers, regularization, minibatches, divergence, snapshots."""

import math
from types import SimpleNamespace

import numpy as np
import pytest

from engine import Network, Trainer, TrainingDiverged, losses
from engine.events import Event


def toy_data(n_train=40, n_test=20, seed=0, classification=True):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n_train + n_test, 2))
    if classification:
        Y = (X[:, :1] * X[:, 1:] > 0).astype(float)
        out = "sigmoid"
    else:
        Y = 0.5 * X[:, :1] - X[:, 1:] + 0.1
        out = "linear"
    return SimpleNamespace(X_train=X[:n_train], Y_train=Y[:n_train], X_test=X[n_train:], Y_test=Y[n_train:],
                           output_activation=out)


def reference_update(name, params, grads, lr, state, t):
    """The optimizers' textbook formulas, written plainly (PyTorch's conventions)."""
    if name == "sgd":
        return params - lr * grads
    if name == "momentum":
        state["v"] = 0.9 * state.get("v", 0) + grads
        return params - lr * state["v"]
    m = state["m"] = 0.9 * state.get("m", 0) + 0.1 * grads
    v = state["v"] = 0.999 * state.get("v", 0) + 0.001 * grads ** 2
    m_hat, v_hat = m / (1 - 0.9 ** t), v / (1 - 0.999 ** t)
    return params - lr * m_hat / (np.sqrt(v_hat) + 1e-8)


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_optimizer_steps_follow_the_textbook_formula(optimizer):
    data = toy_data()
    net = Network([2, 5, 1], ["tanh", "sigmoid"], seed=4)
    oracle = net.copy()
    trainer = Trainer(net, loss="cross_entropy", optimizer=optimizer, learning_rate=0.05)
    state = {}
    for t in range(1, 6):
        _, grad_w, grad_b = oracle.gradients(data.X_train, data.Y_train, "cross_entropy")
        grads = np.concatenate([g.ravel() for g in grad_w] + [g.ravel() for g in grad_b])
        oracle.params[:] = reference_update(optimizer, oracle.params, grads, 0.05, state, t)
        trainer.step(data.X_train, data.Y_train)
    np.testing.assert_allclose(net.params, oracle.params, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("kind", ["l1", "l2"])
def test_regularization_adds_its_gradient_to_weights_only(kind):
    data = toy_data()
    net = Network([2, 3, 1], ["tanh", "sigmoid"], seed=2)
    plain = net.copy()
    Trainer(plain, "cross_entropy", "sgd", 0.1).step(data.X_train, data.Y_train)
    Trainer(net, "cross_entropy", "sgd", 0.1, regularization=kind, regularization_rate=0.5).step(data.X_train, data.Y_train)
    start = Network([2, 3, 1], ["tanh", "sigmoid"], seed=2)
    penalty_grad = start.params[:start.n_weights] if kind == "l2" else np.sign(start.params[:start.n_weights])
    np.testing.assert_allclose(net.params[:net.n_weights], plain.params[:net.n_weights] - 0.1 * 0.5 * penalty_grad)
    np.testing.assert_allclose(net.params[net.n_weights:], plain.params[net.n_weights:])


def test_training_lowers_the_loss_on_both_tasks():
    for classification, loss, out in ((True, "cross_entropy", "sigmoid"), (False, "mse", "linear")):
        data = toy_data(n_train=200, n_test=100, classification=classification)
        trainer = Trainer(Network([2, 8, 8, 1], ["tanh", "tanh", out], seed=0), loss=loss, optimizer="adam",
                          learning_rate=0.02, batch_size=10, data=data)
        for _ in range(30):
            trainer.run_epoch()
        train_loss = trainer.history.column("train_loss")
        assert len(train_loss) == 30 and trainer.epoch == 30
        assert train_loss[-1] < 0.5 * train_loss[0]
        metric = trainer.history.column("test_metric")[-1]
        assert metric > (0.9 if classification else 0.95)


def test_minibatches_cover_each_sample_once_per_epoch_and_shuffle_by_seed():
    data = toy_data(n_train=23)
    trainer = Trainer(Network([2, 2, 1], ["tanh", "sigmoid"]), "cross_entropy", batch_size=5, data=data)
    assert trainer.steps_per_epoch() == 5
    assert trainer.advance(5) == 1 and trainer.step_count == 5 and trainer.epoch == 1
    assert trainer.advance(3) == 0 and trainer.epoch == 1

    def weights_after(seed):
        t = Trainer(Network([2, 2, 1], ["tanh", "sigmoid"], seed=0), "cross_entropy", batch_size=5, seed=seed, data=data)
        t.advance(12)
        return t.network.params.copy()

    np.testing.assert_array_equal(weights_after(1), weights_after(1))
    assert not np.array_equal(weights_after(1), weights_after(2))


def test_full_batch_when_batch_size_is_none_or_too_big():
    data = toy_data(n_train=30)
    for size in (None, 1000):
        trainer = Trainer(Network([2, 2, 1], ["tanh", "sigmoid"]), "cross_entropy", batch_size=size, data=data)
        assert trainer.steps_per_epoch() == 1
        trainer.advance(1)
        assert trainer.epoch == 1


def test_loss_optimizer_and_learning_rate_change_mid_run_keeping_weights():
    data = toy_data()
    trainer = Trainer(Network([2, 4, 1], ["tanh", "sigmoid"], seed=1), "mse", "sgd", 0.1, data=data)
    trainer.run_epoch()
    before = trainer.network.params.copy()
    trainer.loss = "cross_entropy"
    trainer.optimizer = "adam"
    trainer.learning_rate = 0.001
    np.testing.assert_array_equal(trainer.network.params, before)
    assert trainer.history.events == [Event(1, "loss", "mse", "cross_entropy"), Event(1, "optimizer", "sgd", "adam")]
    assert [str(event) for event in trainer.history.events] == ["loss: MSE → cross-entropy", "optimizer: SGD → Adam"]
    trainer.run_epoch()
    assert trainer.loss.name == "cross_entropy" and trainer.epoch == 2


def test_switching_to_cross_entropy_on_a_linear_output_is_refused():
    trainer = Trainer(Network([2, 4, 1], ["tanh", "linear"]), "mse")
    with pytest.raises(losses.LossMismatchError, match="sigmoid"):
        trainer.loss = "cross_entropy"
    assert trainer.loss.name == "mse"


def diverging_run():
    """A regression trained at learning rate 10 on targets 100× too big: (trainer, its TrainingDiverged)."""
    data = toy_data(classification=False)
    data.Y_train = data.Y_train * 100
    trainer = Trainer(Network([2, 8, 1], ["relu", "linear"], seed=0), "mse", "sgd", learning_rate=10.0,
                      batch_size=10, data=data)
    with pytest.raises(TrainingDiverged) as caught:
        for _ in range(1000):
            trainer.advance(1)
    return trainer, caught


def test_divergence_stops_with_a_message_and_keeps_finite_weights():
    trainer, caught = diverging_run()
    message = str(caught.value)
    assert f"step {caught.value.step:,}" in message
    assert "Lower the learning rate" in message and "now 10" in message
    assert np.all(np.isfinite(trainer.network.params))
    assert "are back" in message
    # Training can go on from there at a sane rate.
    trainer.learning_rate = 1e-4
    assert math.isfinite(trainer.advance(2) + trainer.last_batch_loss)


def test_bad_settings_are_refused_with_a_reason():
    trainer = Trainer(Network([2, 1]), "mse")
    for name, value in (("learning_rate", 0), ("learning_rate", float("nan")), ("batch_size", 0),
                        ("regularization_rate", -1), ("regularization", "l3"), ("optimizer", "rmsprop")):
        with pytest.raises(ValueError):
            setattr(trainer, name, value)


def test_snapshot_is_an_independent_copy_with_history_from_an_index():
    data = toy_data()
    trainer = Trainer(Network([2, 4, 1], ["tanh", "sigmoid"], seed=1), "cross_entropy", "adam", 0.01, data=data)
    for _ in range(3):
        trainer.run_epoch()
    snap = trainer.snapshot(history_from=1)
    assert snap.epoch == 3 and snap.step == trainer.step_count and snap.metric == "accuracy"
    assert list(snap.history["epoch"]) == [2, 3]
    assert snap.latest("train_loss") == trainer.history.column("train_loss")[-1]
    before = snap.network.params.copy()
    trainer.run_epoch()
    np.testing.assert_array_equal(snap.network.params, before)
    assert not np.array_equal(trainer.network.params, before)


def test_reset_restores_the_seeded_start():
    data = toy_data()
    net = Network([2, 4, 1], ["tanh", "sigmoid"], seed=7)
    start = net.params.copy()
    trainer = Trainer(net, "cross_entropy", "adam", 0.01, data=data)
    trainer.run_epoch()
    trainer.reset()
    np.testing.assert_array_equal(net.params, start)
    assert trainer.epoch == 0 and len(trainer.history) == 0


def test_history_grows_past_its_first_capacity():
    data = toy_data(n_train=4, n_test=2)
    trainer = Trainer(Network([2, 1], ["sigmoid"]), "cross_entropy", batch_size=None, data=data)
    trainer.history = type(trainer.history)(capacity=2)
    for _ in range(9):
        trainer.run_epoch()
    assert list(trainer.history.column("epoch")) == list(range(1, 10))


def test_a_blow_up_is_caught_long_before_overflow_and_the_best_weights_come_back():
    # Sine at learning rate 10 used to "restore" weights whose loss was 1.9e264.
    from engine.experiment import Experiment, Setup
    setup = Setup(data={"kind": "builtin", "name": "sine", "n_samples": 500, "noise": 0.0, "seed": 0},
                  learning_rate=10)
    trainer = Experiment(setup).trainer
    with pytest.raises(TrainingDiverged) as caught:
        for _ in range(300):
            trainer.run_epoch()
    restored = trainer.evaluate()["train_loss"]
    assert restored == pytest.approx(caught.value.restored_loss)
    assert restored < 10
    assert "e+" not in str(caught.value).split("are back")[1]


def test_loss_far_past_its_best_counts_as_diverged():
    data = toy_data(classification=False)
    trainer = Trainer(Network([2, 8, 1], ["tanh", "linear"], seed=0), "mse", "sgd", learning_rate=0.05, data=data)
    for _ in range(20):
        trainer.run_epoch()
    best_epoch, best_loss = trainer.best
    assert best_loss == pytest.approx(trainer.history.column("train_loss").min())
    trainer.learning_rate = 200.0
    with pytest.raises(TrainingDiverged) as caught:
        for _ in range(50):
            trainer.run_epoch()
    assert caught.value.restored_epoch == best_epoch
    assert trainer.evaluate()["train_loss"] == pytest.approx(best_loss)


def test_overshooting_is_named_for_a_bouncing_loss_not_for_a_falling_one():
    from engine.trainer import overshooting
    falling = 1.0 / np.arange(1, 60)
    bouncing = np.tile([0.7, 3.0, 1.2, 8.0], 15)
    assert not overshooting(falling)
    assert overshooting(bouncing)
    assert not overshooting(bouncing[:10])  # too few epochs to tell


def test_a_blow_up_sent_to_another_process_is_said_again_in_its_language():
    """The training process speaks English; the window re-says the message when it unpickles it."""
    import pickle

    from engine.translation import use_translator

    def marked(context, text, n=-1):
        return "»" + text

    _, caught = diverging_run()
    english = str(caught.value)
    sent = pickle.dumps(caught.value)
    use_translator(marked)
    try:
        received = pickle.loads(sent)
        said_here = str(diverging_run()[1].value)
    finally:
        use_translator(None)
    assert str(received) == said_here != english and said_here.startswith("»")
    assert (received.step, received.epoch, received.restored_epoch) == (caught.value.step, caught.value.epoch,
                                                                        caught.value.restored_epoch)
    assert str(pickle.loads(sent)) == english


def test_a_trainer_rebuilt_from_its_state_mid_epoch_trains_on_exactly_alike():
    """The training process gets a trainer's state without its data, and the window takes it back the same way."""
    import pickle
    data = toy_data(classification=True)
    trainer = Trainer(Network([2, 6, 1], ["tanh", "sigmoid"], seed=3), "cross_entropy", "adam", learning_rate=0.05,
                      batch_size=7, data=data)
    trainer.advance(5)   # mid-epoch: the rest of it must come in the same order
    state = pickle.loads(pickle.dumps(trainer.state()))
    assert "_data" not in state and "_X_shuffled" not in state
    twin = Trainer.from_state(state, data)
    for t in (trainer, twin):
        t.advance(60)
    assert np.array_equal(trainer.network.params, twin.network.params)
    assert np.array_equal(trainer.history.column("train_loss"), twin.history.column("train_loss"))
    back = Trainer(Network([2, 6, 1], ["tanh", "sigmoid"], seed=0), "cross_entropy", data=data)
    back.adopt(pickle.loads(pickle.dumps(twin.state())))
    assert back.data is data and back.step_count == twin.step_count
    back.advance(9)
    twin.advance(9)
    assert np.array_equal(back.network.params, twin.network.params)
