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
from .formatting import list_separator, number
from .translation import translate


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

    inputs = list_separator().join(f"{n} = {_n(v)}" for n, v in zip(names, a[0]))
    stages.append(Stage("input", 0, translate("walkthrough", "Forward propagation starts: the inputs"),
                        translate("walkthrough", "The sample enters the network: {inputs}.").format(inputs=inputs),
                        node_text={(0, i): _n(v) for i, v in enumerate(a[0])}))

    for k in range(n_layers):
        W, b, act = network.weights[k], network.biases[k], network.activations[k].name
        j = 0
        terms = " + ".join(f"{_n(W[i, j])}·{_n(a[k][i])}" for i in range(min(W.shape[0], max_terms)))
        if W.shape[0] > max_terms:
            terms += " + …"
        # Each sentence twice, for the output layer and for a hidden one, so
        # that a translation can decline "layer" as its sentence needs.
        if k == n_layers - 1:
            title = translate("walkthrough", "Forward: the output layer")
            text = translate(
                "walkthrough", "Each neuron of the output layer adds up its inputs times their weights, plus its bias, "
                "then applies {activation}. Neuron 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.")
        else:
            title = translate("walkthrough", "Forward: hidden layer {layer}")
            text = translate(
                "walkthrough", "Each neuron of hidden layer {layer} adds up its inputs times their weights, plus its "
                "bias, then applies {activation}. Neuron 1: z = {terms} + {bias} = {z}, a = {activation}({z}) = {a}.")
        title = title.format(layer=k + 1)
        text = text.format(layer=k + 1, activation=act, terms=terms, bias=_n(b[j]), z=_n(z[k][j]), a=_n(a[k + 1][j]))
        stages.append(Stage("forward", k + 1, title, text,
                            node_text={(k + 1, u): f"z={_n(z[k][u])}\na={_n(a[k + 1][u])}" for u in range(len(z[k]))}))

    y_pred = a[-1]
    text = translate(
        "walkthrough", "How wrong is the network on this sample? {formula}; for this sample {term} = {value}. "
        "{note} 0 would be perfect.").format(
        formula=loss.shown_formula(len(y_pred)), term=loss.shown_term(y[0], y_pred), value=_n(value),
        note=loss.shown_note(len(y_pred)))
    stages.append(Stage("loss", n_layers, translate("walkthrough", "The loss of this sample"), text,
                        node_text={(n_layers, u): f"ŷ={_n(v)}\ny={_n(t)}" for u, (v, t) in enumerate(zip(y_pred, y[0]))}))

    for k in range(n_layers - 1, -1, -1):
        delta = grad_b[k]  # for one sample, ∂L/∂b = ∂L/∂z
        edge_grad = {(k, i, j): float(grad_w[k][i, j]) for i in range(grad_w[k].shape[0]) for j in range(grad_w[k].shape[1])}
        i_big, j_big = np.unravel_index(np.argmax(np.abs(grad_w[k])), grad_w[k].shape)
        if k == n_layers - 1:
            title = translate("walkthrough", "Backward: the output layer")
            text = translate(
                "walkthrough", "Backpropagation through the output layer: each neuron's error signal ∂L/∂z is passed "
                "back along its weights. For the weight from unit {unit} to neuron {neuron}: ∂L/∂w = ∂L/∂z · a = "
                "{delta} · {a} = {grad}. The edges are now drawn by their gradient: the bolder, the bigger.")
        else:
            title = translate("walkthrough", "Backward: hidden layer {layer}")
            text = translate(
                "walkthrough", "Backpropagation through hidden layer {layer}: each neuron's error signal ∂L/∂z is "
                "passed back along its weights. For the weight from unit {unit} to neuron {neuron}: ∂L/∂w = ∂L/∂z · a = "
                "{delta} · {a} = {grad}. The edges are now drawn by their gradient: the bolder, the bigger.")
        title = title.format(layer=k + 1)
        text = text.format(layer=k + 1, unit=i_big + 1, neuron=j_big + 1, delta=_n(delta[j_big]), a=_n(a[k][i_big]),
                           grad=_n(grad_w[k][i_big, j_big]))
        stages.append(Stage("backward", k + 1, title, text,
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
    text = translate(
        "walkthrough", "Every weight moves against its gradient: w ← w − η·∂L/∂w. The weight that moves most: "
        "{weight} − {rate}·{grad} = {new_weight}. Biases too: b ← b − η·∂L/∂b. "
        "With the new weights this sample's loss is lower.").format(
        weight=_n(network.weights[k][i, j]), rate=_n(learning_rate), grad=_n(grad_w[k][i, j]),
        new_weight=_n(new_weights[k][i, j]))
    edge_grad = {(layer, i2, j2): float(g[i2, j2]) for layer, g in enumerate(grad_w)
                 for i2 in range(g.shape[0]) for j2 in range(g.shape[1])}
    stages.append(Stage("update", 0, translate("walkthrough", "Update: weights and biases adjusted to lower the loss"),
                        text,
                        edge_grad=edge_grad,
                        edge_text={(layer, i2, j2): f"{_n(network.weights[layer][i2, j2])} → {_n(new_weights[layer][i2, j2])}"
                                   for (layer, i2, j2) in edge_grad}))
    return Walk(stages=stages, z=z, a=a, loss=value, grad_w=grad_w, grad_b=grad_b,
                new_weights=new_weights, new_biases=new_biases)
