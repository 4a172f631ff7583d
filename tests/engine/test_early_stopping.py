"""Validation curves and early stopping in the trainer, as Keras and scikit-learn do it."""

import math
from types import SimpleNamespace

import numpy as np
import pytest

from engine import Network, Trainer


def overfitting_data(seed=0):
    """Validation targets that disagree with the training targets.

    The better the network fits the training rows, the worse it does on the
    validation rows, so the validation loss is lowest early and then climbs.
    """
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(60, 2))
    Y = X[:, :1] - 0.5 * X[:, 1:]
    return SimpleNamespace(X_train=X[:40], Y_train=Y[:40], X_val=X[40:50], Y_val=-Y[40:50],
                           X_test=X[50:], Y_test=Y[50:], output_activation="linear")


def make_trainer(data, patience=None):
    network = Network([2, 6, 1], ["tanh", "linear"], seed=0)
    return Trainer(network, loss="mse", optimizer="adam", learning_rate=0.05, batch_size=10, data=data,
                   early_stopping=patience)


def test_history_has_a_validation_column_beside_train_and_test():
    trainer = make_trainer(overfitting_data())
    for _ in range(3):
        trainer.run_epoch()
    history = trainer.history
    assert history.COLUMNS[:5] == ("epoch", "train_loss", "test_loss", "train_metric", "test_metric")
    assert np.all(np.isfinite(history.column("val_loss"))) and len(history.column("val_metric")) == 3
    assert history.column("val_loss")[-1] == pytest.approx(trainer.evaluate()["val_loss"])


def test_without_validation_rows_the_validation_columns_are_nan_and_nothing_stops():
    data = overfitting_data()
    del data.X_val, data.Y_val
    trainer = make_trainer(data, patience=2)
    assert trainer.advance(trainer.steps_per_epoch() * 10) == 10
    assert np.all(np.isnan(trainer.history.column("val_loss")))
    assert trainer.best_epoch is None and trainer.stopped_epoch is None and not trainer.early_stopped


def test_early_stopping_stops_after_patience_epochs_and_restores_the_best_weights():
    patience = 5
    trainer = make_trainer(overfitting_data(), patience=patience)
    requested = 100
    epochs_done = trainer.advance(trainer.steps_per_epoch() * requested)
    val_loss = trainer.history.column("val_loss")
    best = int(np.argmin(val_loss)) + 1
    assert trainer.early_stopped and epochs_done < requested
    assert trainer.best_epoch == best
    assert trainer.stopped_epoch == trainer.epoch == best + patience == len(val_loss)
    # The weights are the best epoch's: the validation loss is its record again.
    assert trainer.evaluate()["val_loss"] == pytest.approx(val_loss[best - 1], rel=1e-12)
    assert trainer.snapshot().best_epoch == best and trainer.snapshot().stopped_epoch == best + patience


def test_the_restored_weights_equal_a_run_stopped_by_hand_at_the_best_epoch():
    stopped = make_trainer(overfitting_data(), patience=4)
    stopped.advance(10_000)
    by_hand = make_trainer(overfitting_data())
    for _ in range(stopped.best_epoch):
        by_hand.run_epoch()
    np.testing.assert_array_equal(stopped.network.params, by_hand.network.params)


def test_training_on_after_an_early_stop_gives_the_patience_again():
    trainer = make_trainer(overfitting_data(), patience=3)
    trainer.advance(10_000)
    stopped_at = trainer.epoch
    trainer.advance(1)
    assert not trainer.early_stopped
    trainer.advance(10_000)
    assert trainer.early_stopped and trainer.epoch == stopped_at + 3


def test_best_epoch_is_tracked_without_early_stopping_and_restore_best_goes_back():
    trainer = make_trainer(overfitting_data())
    assert trainer.restore_best() is None
    for _ in range(30):
        trainer.run_epoch()
    assert not trainer.early_stopped and trainer.stopped_epoch is None
    val_loss = trainer.history.column("val_loss")
    assert trainer.best_epoch == int(np.argmin(val_loss)) + 1 < 30
    assert trainer.evaluate()["val_loss"] > val_loss.min()
    assert trainer.restore_best() == trainer.best_epoch
    assert trainer.evaluate()["val_loss"] == pytest.approx(val_loss.min(), rel=1e-12)


def test_reset_forgets_the_best_and_stopped_epochs():
    trainer = make_trainer(overfitting_data(), patience=3)
    trainer.advance(10_000)
    trainer.reset()
    assert (trainer.best_epoch, trainer.stopped_epoch) == (None, None) and math.isnan(trainer.best_val_loss)
    trainer.run_epoch()
    assert trainer.best_epoch == 1


@pytest.mark.parametrize("patience", [0, -3, 2.5, True])
def test_bad_patience_is_refused_with_a_sentence(patience):
    with pytest.raises(ValueError, match="patience must be a whole number of epochs"):
        make_trainer(overfitting_data(), patience=patience)


def test_old_five_value_history_records_still_fit():
    trainer = make_trainer(overfitting_data())
    trainer.history.append(1, 0.5, 0.6, 0.7, 0.8)
    assert math.isnan(trainer.history.column("val_loss")[0]) and trainer.history.column("test_metric")[0] == 0.8
