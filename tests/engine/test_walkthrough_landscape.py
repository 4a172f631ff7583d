"""The step-through's numbers and the loss landscape, against the engine itself."""

import numpy as np
import pytest

from engine import Network, Trainer, landscape, losses, walkthrough


@pytest.mark.parametrize("loss,output,n_out", [("mse", "linear", 1), ("cross_entropy", "sigmoid", 1),
                                                ("cross_entropy", "softmax", 3), ("mse", "tanh", 2)])
def test_walk_numbers_equal_the_engines_forward_values_gradients_and_update(loss, output, n_out):
    rng = np.random.default_rng(1)
    net = Network([2, 4, 3, n_out], ["tanh", "relu", output], seed=2)
    x = rng.normal(size=2)
    y = np.eye(n_out)[1] if output == "softmax" else (np.array([1.0]) if n_out == 1 else rng.normal(size=n_out))
    walk = walkthrough.walk(net, x, y, loss, learning_rate=0.1)

    layers = net.forward_layers(x[None, :])
    for k, (z, a) in enumerate(layers):
        np.testing.assert_array_equal(walk.z[k], z[0])
        np.testing.assert_array_equal(walk.a[k + 1], a[0])
    value, grad_w, grad_b = net.gradients(x[None, :], y[None, :], loss)
    assert walk.loss == value
    assert walk.loss == pytest.approx(losses.get(loss)(y[None, :], layers[-1][1]))
    for mine, theirs in zip(walk.grad_w + walk.grad_b, grad_w + grad_b):
        np.testing.assert_array_equal(mine, theirs)

    # The update shown is exactly what one SGD step on this sample does.
    stepped = net.copy()
    Trainer(stepped, loss=loss, optimizer="sgd", learning_rate=0.1).step(x[None, :], y[None, :])
    for shown, real in zip(walk.new_weights + walk.new_biases, stepped.weights + stepped.biases):
        np.testing.assert_allclose(shown, real, rtol=1e-14, atol=1e-15)


def test_walk_goes_forward_loss_backward_update_with_numbers_on_the_canvas():
    net = Network([2, 3, 1], ["tanh", "sigmoid"], seed=0)
    walk = walkthrough.walk(net, [0.5, -1.0], [1.0], "cross_entropy", 0.03, input_names=["x1", "x2"])
    kinds = [s.kind for s in walk.stages]
    assert kinds == ["input", "forward", "forward", "loss", "backward", "backward", "update"]
    forward = walk.stages[1]
    assert forward.node_text[(1, 0)] == f"z={walk.z[0][0]:.3g}\na={walk.a[1][0]:.3g}"
    backward = walk.stages[4]
    assert backward.edge_grad[(1, 2, 0)] == walk.grad_w[1][2, 0]
    assert "w ← w − η·∂L/∂w" in walk.stages[-1].text
    assert f"{walk.loss:.3g}" in walk.stages[3].text


def test_filter_normalized_directions_match_each_neurons_weight_norm():
    net = Network([3, 5, 2], ["tanh", "linear"], seed=3)
    d = landscape.filter_normalized_direction(net, np.random.default_rng(0))
    for dv, W in zip(net._views(d), net.weights):
        np.testing.assert_allclose(np.linalg.norm(dv, axis=0), np.linalg.norm(W, axis=0))
    assert np.all(d[net.n_weights:] == 0)  # biases stay put


def test_landscape_centre_is_the_current_loss_and_paths_project_back():
    rng = np.random.default_rng(0)
    X, Y = rng.normal(size=(40, 2)), rng.integers(0, 2, (40, 1)).astype(float)
    net = Network([2, 4, 1], ["tanh", "sigmoid"], seed=1)
    seen = []
    scape = landscape.compute(net, X, Y, "cross_entropy", resolution=11, progress=seen.append)
    assert scape.loss.shape == (11, 11) and seen[-1] == 1.0
    assert scape.loss[5, 5] == pytest.approx(scape.center_loss)
    assert scape.center_loss == pytest.approx(net.gradients(X, Y, "cross_entropy")[0])
    d1, d2 = scape.directions
    path = np.array([net.params, net.params + 0.3 * d1 - 0.2 * d2])
    np.testing.assert_allclose(landscape.project_path(scape, net.params, path), [[0, 0], [0.3, -0.2]], atol=1e-10)
    # The slice really varies: the centre is not the whole picture.
    assert scape.loss.max() > scape.loss.min()
