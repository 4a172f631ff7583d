"""One training step on one sample, taken apart for a student to follow.

``walk(network, x, y, loss, learning_rate)`` returns the stages of the step
in order: the inputs, each layer's forward pass, the loss, each layer's
backward pass from the output back, and the update of every weight. Every
number comes from the engine's own forward pass and backprop, so what the
step-through shows is exactly what training computes.
"""

from dataclasses import dataclass, field

import numpy as np

from . import losses as _losses
from .formatting import number


@dataclass
class Stage:
    """One moment of the walk.

    ``node_text`` maps (layer, unit) to a short label for that neuron, with
    layer 0 the inputs; ``edge_grad`` maps (k, i, j) — the weight from unit i
    of layer k to unit j of layer k+1 — to ∂L/∂w; ``edge_text`` to a label.
    """

    kind: str            # "input", "forward", "loss", "backward" or "update"
    layer: int           # the layer the stage is about (0 = inputs)
    title: str
    text: str
    node_text: dict = field(default_factory=dict)
    edge_grad: dict = field(default_factory=dict)
    edge_text: dict = field(default_factory=dict)


@dataclass
class Walk:
    stages: list
    z: list              # weighted sums per layer, each (n_units,)
    a: list              # activations per layer, a[0] = the inputs
    loss: float
    grad_w: list
    grad_b: list
    new_weights: list
    new_biases: list


def _n(value):
    return number(value, 3)


def walk(network, x, y, loss=_losses.MSE, learning_rate=0.03, input_names=None, max_terms=4):
    """Take apart one gradient step of ``network`` on the sample ``(x, y)``.

    Parameters
    ----------
    network : Network
    x : array (n_inputs,)
        The network's inputs for this sample (already transformed).
    y : array (n_outputs,)
        Its target as the network sees it (0/1, one-hot, or a number).
    loss : Loss or str
        A loss of ``losses.LOSSES`` or its name.
    learning_rate : float
        η in w ← w − η·∂L/∂w.

    Returns
    -------
    Walk
    """
    loss = _losses.get(loss)
    x = np.asarray(x, dtype=float).reshape(1, -1)
    y = np.asarray(y, dtype=float).reshape(1, -1)
    layers = network.forward_layers(x)
    value, grad_w, grad_b = network.gradients(x, y, loss)
    z = [zl[0] for zl, _ in layers]
    a = [x[0]] + [al[0] for _, al in layers]
    names = list(input_names) if input_names else [f"x{i + 1}" for i in range(network.n_inputs)]
    n_layers = len(network.weights)
    stages = []

    stages.append(Stage("input", 0, "Forward propagation starts: the inputs",
                        "The sample enters the network: " + ", ".join(f"{n} = {_n(v)}" for n, v in zip(names, a[0])) + ".",
                        node_text={(0, i): _n(v) for i, v in enumerate(a[0])}))

    for k in range(n_layers):
        W, b, act = network.weights[k], network.biases[k], network.activations[k].name
        where = "the output layer" if k == n_layers - 1 else f"hidden layer {k + 1}"
        j = 0
        terms = " + ".join(f"{_n(W[i, j])}·{_n(a[k][i])}" for i in range(min(W.shape[0], max_terms)))
        if W.shape[0] > max_terms:
            terms += " + …"
        text = (f"Each neuron of {where} adds up its inputs times their weights, plus its bias, "
                f"then applies {act}. Neuron 1: z = {terms} + {_n(b[j])} = {_n(z[k][j])}, "
                f"a = {act}({_n(z[k][j])}) = {_n(a[k + 1][j])}.")
        stages.append(Stage("forward", k + 1, f"Forward: {where}", text,
                            node_text={(k + 1, u): f"z={_n(z[k][u])}\na={_n(a[k + 1][u])}" for u in range(len(z[k]))}))

    y_pred = a[-1]
    text = (f"How wrong is the network on this sample? {loss.formula(len(y_pred))}; for this sample "
            f"{loss.term(y[0], y_pred)} = {_n(value)}. {loss.note(len(y_pred))} 0 would be perfect.")
    stages.append(Stage("loss", n_layers, "The loss of this sample", text,
                        node_text={(n_layers, u): f"ŷ={_n(v)}\ny={_n(t)}" for u, (v, t) in enumerate(zip(y_pred, y[0]))}))

    for k in range(n_layers - 1, -1, -1):
        where = "the output layer" if k == n_layers - 1 else f"hidden layer {k + 1}"
        delta = grad_b[k]  # for one sample, ∂L/∂b = ∂L/∂z
        edge_grad = {(k, i, j): float(grad_w[k][i, j]) for i in range(grad_w[k].shape[0]) for j in range(grad_w[k].shape[1])}
        i_big, j_big = np.unravel_index(np.argmax(np.abs(grad_w[k])), grad_w[k].shape)
        text = (f"Backpropagation through {where}: each neuron's error signal ∂L/∂z is passed back along its "
                f"weights. For the weight from unit {i_big + 1} to neuron {j_big + 1}: ∂L/∂w = ∂L/∂z · a = "
                f"{_n(delta[j_big])} · {_n(a[k][i_big])} = {_n(grad_w[k][i_big, j_big])}. The edges are now "
                f"drawn by their gradient: the bolder, the bigger.")
        stages.append(Stage("backward", k + 1, f"Backward: {where}", text,
                            node_text={(k + 1, u): f"∂L/∂z={_n(d)}" for u, d in enumerate(delta)},
                            edge_grad=edge_grad,
                            edge_text={key: f"∂L/∂w={_n(g)}" for key, g in edge_grad.items()}))

    new_weights = [W - learning_rate * g for W, g in zip(network.weights, grad_w)]
    new_biases = [b - learning_rate * g for b, g in zip(network.biases, grad_b)]
    k, (i, j) = 0, (0, 0)
    for layer, g in enumerate(grad_w):
        index = np.unravel_index(np.argmax(np.abs(g)), g.shape)
        if abs(g[index]) >= abs(grad_w[k][i, j]):
            k, (i, j) = layer, index
    text = (f"Every weight moves against its gradient: w ← w − η·∂L/∂w. The weight that moves most: "
            f"{_n(network.weights[k][i, j])} − {_n(learning_rate)}·{_n(grad_w[k][i, j])} = {_n(new_weights[k][i, j])}. "
            f"Biases too: b ← b − η·∂L/∂b. With the new weights this sample's loss is lower.")
    edge_grad = {(layer, i2, j2): float(g[i2, j2]) for layer, g in enumerate(grad_w)
                 for i2 in range(g.shape[0]) for j2 in range(g.shape[1])}
    stages.append(Stage("update", 0, "Update: weights and biases adjusted to lower the loss", text,
                        edge_grad=edge_grad,
                        edge_text={(layer, i2, j2): f"{_n(network.weights[layer][i2, j2])} → {_n(new_weights[layer][i2, j2])}"
                                   for (layer, i2, j2) in edge_grad}))
    return Walk(stages=stages, z=z, a=a, loss=value, grad_w=grad_w, grad_b=grad_b,
                new_weights=new_weights, new_biases=new_biases)
