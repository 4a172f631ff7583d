"""Loss values against hand-computed numbers and the reference definitions."""

import math

import numpy as np
import pytest

from engine import Network, losses


def test_mse_is_the_course_formula():
    y_true = [3.0, -0.5, 2.0, 7.0]
    y_pred = [2.5, 0.0, 2.0, 8.0]
    # (0.25 + 0.25 + 0 + 1) / 4, scikit-learn's own doc example
    assert losses.mse(y_true, y_pred) == pytest.approx(0.375)


def test_a_miss_of_two_costs_four():
    assert losses.mse([0.0], [2.0]) == pytest.approx(4.0)
    assert losses.mse([0.0], [1.0]) == pytest.approx(1.0)


def test_mse_averages_over_samples_and_outputs_like_torch_mseloss():
    y_true = np.array([[0.5, 1.0], [-1.0, 1.0], [7.0, -6.0]])
    y_pred = np.array([[0.0, 2.0], [-1.0, 2.0], [8.0, -5.0]])
    # sklearn multioutput='uniform_average' and torch MSELoss(reduction='mean') both give 0.7083...
    assert losses.mse(y_true, y_pred) == pytest.approx((0.25 + 1 + 0 + 1 + 1 + 1) / 6)


def test_binary_cross_entropy_equals_log_loss():
    y_true = [0, 0, 1, 1]
    y_prob = [0.1, 0.2, 0.7, 0.99]
    expected = -(math.log(0.9) + math.log(0.8) + math.log(0.7) + math.log(0.99)) / 4
    assert losses.cross_entropy(y_true, y_prob) == pytest.approx(expected)
    # scikit-learn's log_loss doc example gives 0.1738...
    assert losses.cross_entropy(y_true, y_prob) == pytest.approx(0.17380, abs=1e-5)


def test_categorical_cross_entropy_is_mean_of_minus_log_p_of_true_class():
    y_true = np.eye(3)[[0, 2]]
    y_prob = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]])
    assert losses.cross_entropy(y_true, y_prob) == pytest.approx(-(math.log(0.7) + math.log(0.6)) / 2)


def test_cross_entropy_never_takes_log_of_zero():
    value = losses.cross_entropy([1.0, 0.0], [0.0, 1.0])
    assert math.isfinite(value) and value > 30


def test_per_sample_losses_average_to_the_loss():
    rng = np.random.default_rng(0)
    y_true, y_pred = rng.normal(size=(9, 2)), rng.normal(size=(9, 2))
    per_sample = losses.get("mse").per_sample(y_true, y_pred)
    assert per_sample.shape == (9,)
    assert per_sample.mean() == pytest.approx(losses.mse(y_true, y_pred))
    y_bin, p = rng.integers(0, 2, 9), rng.uniform(0.01, 0.99, 9)
    per_sample = losses.get("cross_entropy").per_sample(y_bin, p)
    assert per_sample.shape == (9,) and np.all(per_sample > 0)
    assert per_sample.mean() == pytest.approx(losses.cross_entropy(y_bin, p))


@pytest.mark.parametrize("output,n_out", [("sigmoid", 1), ("softmax", 3)])
def test_fused_training_loss_equals_the_plain_formula(output, n_out):
    rng = np.random.default_rng(3)
    net = Network([2, 4, n_out], ["tanh", output], seed=3)
    X = rng.normal(size=(6, 2))
    Y = np.eye(n_out)[rng.integers(0, n_out, 6)] if n_out > 1 else rng.integers(0, 2, (6, 1)).astype(float)
    fused, _, _ = net.gradients(X, Y, "cross_entropy")
    assert fused == pytest.approx(losses.cross_entropy(Y, net.forward(X)), rel=1e-12)


def test_fused_cross_entropy_stays_exact_when_confidently_wrong():
    net = Network([1, 1], ["sigmoid"])
    net.weights[0][:] = 100.0  # z = 100 for x = 1: p(class 1) = 1 - 4e-44
    value, _, _ = net.gradients([[1.0]], [[0.0]], "cross_entropy")
    assert value == pytest.approx(100.0)


def test_unknown_loss_is_a_clear_error():
    with pytest.raises(ValueError, match="mse or cross_entropy"):
        losses.get("hinge")
