"""Backprop against central finite differences, for every activation × loss."""

import itertools
import zlib

import numpy as np
import pytest

from engine import Network, activations, losses

HIDDEN = ["linear", "tanh", "relu", "leaky_relu", "sigmoid"]
OUTPUTS = ["linear", "tanh", "relu", "leaky_relu", "sigmoid", "softmax"]


def numerical_gradient(net, X, Y, loss, h=1e-6):
    grad = np.zeros_like(net.params)
    for i in range(net.n_params):
        saved = net.params[i]
        net.params[i] = saved + h
        plus = loss.exact(net, X, Y)
        net.params[i] = saved - h
        minus = loss.exact(net, X, Y)
        net.params[i] = saved
        grad[i] = (plus - minus) / (2 * h)
    return grad


def task_of(loss):
    """Regression where the loss takes numbers, else classification."""
    return "regression" if loss.fits_task("regression") else "classification"


def n_outputs(loss, output):
    return 3 if output == "softmax" else 2 if task_of(loss) == "regression" else 1


def random_targets(rng, n, n_out, loss, output):
    if task_of(loss) == "regression":
        return rng.normal(size=(n, n_out))
    if activations.get(output).shares_probabilities:
        return np.eye(n_out)[rng.integers(0, n_out, n)]
    return rng.integers(0, 2, (n, n_out)).astype(float)


def valid_pairs():
    """Every hidden × output activation × registered loss that fits together."""
    for hidden, output, loss_name in itertools.product(HIDDEN, OUTPUTS, losses.NAMES):
        loss = losses.get(loss_name)
        if loss.fits(task_of(loss), activations.get(output), n_outputs(loss, output)):
            yield hidden, output, loss_name


def test_every_registered_loss_is_checked():
    assert {loss_name for _, _, loss_name in valid_pairs()} == set(losses.NAMES)


@pytest.mark.parametrize("hidden,output,loss_name", list(valid_pairs()))
def test_backprop_matches_finite_differences(hidden, output, loss_name):
    rng = np.random.default_rng(zlib.crc32(f"{hidden}-{output}-{loss_name}".encode()))
    loss = losses.get(loss_name)
    n_out = n_outputs(loss, output)
    net = Network([3, 5, 4, n_out], activations=[hidden, hidden, output], seed=int(rng.integers(1000)))
    # Biases away from 0 so ReLU kinks are not sat on by chance.
    net.params[net.n_weights:] = rng.normal(0, 0.5, net.n_params - net.n_weights)
    X = rng.normal(size=(7, 3))
    Y = random_targets(rng, 7, n_out, loss, output)

    value, grad_w, grad_b = net.gradients(X, Y, loss)
    analytic = np.concatenate([g.ravel() for g in grad_w] + [g.ravel() for g in grad_b])
    numeric = numerical_gradient(net, X, Y, loss)

    assert value == pytest.approx(loss(Y, net.forward(X)), rel=1e-9, abs=1e-12)
    np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-7)


def test_gradient_of_the_outputs_matches_finite_differences():
    """``loss.gradient`` (dL/dŷ) for every loss, on outputs it fits."""
    rng = np.random.default_rng(5)
    for loss in losses.LOSSES.values():
        if task_of(loss) == "regression":
            Y, P = rng.normal(size=(6, 2)), rng.normal(size=(6, 2))
        else:
            Y, P = rng.integers(0, 2, (6, 1)).astype(float), rng.uniform(0.05, 0.95, (6, 1))
        numeric = np.zeros_like(P)
        for index in np.ndindex(P.shape):
            up, down = P.copy(), P.copy()
            up[index] += 1e-6
            down[index] -= 1e-6
            numeric[index] = (loss(Y, up) - loss(Y, down)) / 2e-6
        np.testing.assert_allclose(loss.gradient(Y, P), numeric, rtol=1e-5, atol=1e-8, err_msg=loss.name)


def test_gradients_are_copies_and_shapes_match_weights():
    net = Network([2, 3, 1], ["tanh", "linear"], seed=1)
    X, Y = np.ones((4, 2)), np.zeros((4, 1))
    _, grad_w, grad_b = net.gradients(X, Y, "mse")
    assert [g.shape for g in grad_w] == [W.shape for W in net.weights]
    assert [g.shape for g in grad_b] == [b.shape for b in net.biases]
    grad_w[0][:] = 123.0
    assert not np.any(net.grad_w[0] == 123.0)


def test_cross_entropy_after_linear_output_names_the_fitting_output():
    net = Network([2, 3, 1], ["tanh", "linear"])
    with pytest.raises(losses.LossMismatchError, match="sigmoid") as caught:
        net.gradients(np.zeros((2, 2)), np.zeros((2, 1)), "cross_entropy")
    assert caught.value.fitting_output == "sigmoid"
    net3 = Network([2, 3, 3], ["tanh", "relu"])
    with pytest.raises(losses.LossMismatchError, match="softmax"):
        net3.gradients(np.zeros((2, 2)), np.eye(3)[:2], "cross_entropy")
