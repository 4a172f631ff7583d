import subprocess
import sys

import numpy as np
import pytest

from engine import Network, losses


def test_repr_reads_like_the_architecture():
    net = Network([2, 8, 8, 1], activations=["tanh", "tanh", "sigmoid"], seed=0)
    assert repr(net) == "Network(2 -> 8 tanh -> 8 tanh -> 1 sigmoid)"


def test_same_seed_same_weights_other_seed_other_weights():
    a, b, c = (Network([2, 8, 1], ["tanh", "linear"], seed=s) for s in (0, 0, 1))
    np.testing.assert_array_equal(a.params, b.params)
    assert not np.array_equal(a.params, c.params)


def test_initialisation_suits_the_activation():
    relu = Network([400, 400, 1], ["relu", "linear"], seed=0)
    tanh = Network([400, 400, 1], ["tanh", "linear"], seed=0)
    assert relu.weights[0].std() == pytest.approx(np.sqrt(2 / 400), rel=0.02)       # He
    assert tanh.weights[0].std() == pytest.approx(np.sqrt(2 / 800), rel=0.02)       # Xavier
    assert all(np.all(b == 0) for b in relu.biases)


def test_weights_and_biases_are_live_views():
    net = Network([2, 3, 1], ["tanh", "linear"])
    assert [W.shape for W in net.weights] == [(2, 3), (3, 1)]
    assert [b.shape for b in net.biases] == [(3,), (1,)]
    X = np.array([[1.0, 2.0]])
    net.weights[1][:] = 0.0
    net.biases[1][:] = 5.0
    np.testing.assert_allclose(net.forward(X), [[5.0]])


def test_forward_matches_a_plain_computation():
    net = Network([2, 3, 2], ["relu", "softmax"], seed=5)
    X = np.random.default_rng(0).normal(size=(4, 2))
    hidden = np.maximum(X @ net.weights[0] + net.biases[0], 0)
    z = hidden @ net.weights[1] + net.biases[1]
    expected = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(net.forward(X), expected)


def test_softmax_is_only_for_the_output_and_shapes_are_checked():
    with pytest.raises(ValueError, match="output layer only"):
        Network([2, 3, 2], ["softmax", "softmax"])
    with pytest.raises(ValueError, match="2 input"):
        Network([2, 1]).forward(np.zeros((3, 5)))
    with pytest.raises(ValueError, match="activations"):
        Network([2, 3, 1], ["tanh"] * 3)


def test_copy_and_dict_round_trip():
    net = Network([2, 4, 3], ["leaky_relu", "softmax"], seed=9)
    twin = Network.from_dict(net.to_dict())
    np.testing.assert_array_equal(twin.params, net.params)
    assert repr(twin) == repr(net)
    clone = net.copy()
    clone.weights[0][:] = 0
    assert not np.all(net.weights[0] == 0)


def test_engine_never_loads_qt():
    code = "import sys, pkgutil, importlib, engine; " \
           "[importlib.import_module('engine.' + m.name) for m in pkgutil.iter_modules(engine.__path__)]; " \
           "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]; " \
           "print(bad); sys.exit(1 if bad else 0)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert result.returncode == 0, result.stdout + result.stderr


def test_softmax_survives_rows_far_below_the_largest_logit():
    from engine import activations
    z = np.array([[1000.0, 0.0], [-1000.0, -1001.0], [3.0, 3.0]])
    p = activations.get("softmax")(z)
    np.testing.assert_allclose(p, [[1.0, 0.0], [1 / (1 + np.exp(-1)), 1 - 1 / (1 + np.exp(-1))], [0.5, 0.5]])
    from engine import losses
    net = Network([1, 2], ["softmax"])
    net.weights[0][:] = [[-1000.0, -1001.0]]
    value, _, _ = net.gradients([[1.0]], [[0.0, 1.0]], "cross_entropy")
    assert value == pytest.approx(1 + np.log1p(np.exp(-1)))
    assert losses.cross_entropy([[0.0, 1.0]], net.forward([[1.0]])) == pytest.approx(value)


def test_a_pickled_network_trains_as_the_original():
    """A network travels to the training process and back: its weights must stay views of its parameters."""
    import pickle
    network = Network([2, 5, 3, 1], ["tanh", "relu", "linear"], seed=4)
    twin = pickle.loads(pickle.dumps(network))
    assert all(np.shares_memory(W, twin.params) for W in twin.weights)
    assert all(np.shares_memory(b, twin.params) for b in twin.biases)
    assert twin.activations[0] is network.activations[0]
    X, Y = np.random.default_rng(0).normal(size=(8, 2)), np.ones((8, 1))
    for net in (network, twin):
        net.backprop(X, Y, losses.get("mse"))
        net.params -= 0.1 * net.grads
    assert np.array_equal(network.params, twin.params)
    assert np.array_equal(network.forward(X), twin.forward(X))
