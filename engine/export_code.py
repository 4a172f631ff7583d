"""The run as code: one readable Python script that repeats a Loss Explorer run.

``plan(experiment)`` gathers what defines a run: the network's inputs and
targets, its starting weights, the loss, the optimizer, the minibatch
shuffling seed and the number of epochs. ``numpy_script(plan)`` writes it as
a script that needs only numpy and repeats the engine's arithmetic operation
for operation, so its training loss equals the app's to the last few digits;
``pytorch_script(plan)`` writes the same run with PyTorch's layers, losses and
optimizers, which agree to about 1e-6.

The scripts are written for students: each step of a training step is a
function named as the course names it (forward propagation, loss,
backpropagation, update), and each formula stands beside the line that
computes it.

The code of each part (an activation, a loss, an optimizer) is in the tables
below; a part without an entry cannot be exported yet and says so.
"""

import math
import os
import sys
from dataclasses import dataclass, field

import numpy as np

from . import losses as _losses
from . import formatting
from .formatting import count, number
from .translation import in_english, translate
from .network import Network

DEFAULT_EPOCHS = 200
KINDS = ("numpy", "pytorch")


class ExportError(ValueError):
    """The run cannot be written as a script; the message says why and what to do."""


@dataclass
class RunPlan:
    """Everything a script needs to repeat a run, as plain numbers and names."""

    network: str                 # "Network(2 -> 4 tanh -> 1 sigmoid)"
    sizes: list
    activations: list            # activation names, one per layer
    weights: list                # starting weights, arrays (n_in, n_out)
    biases: list
    X_train: np.ndarray
    Y_train: np.ndarray
    X_test: np.ndarray
    Y_test: np.ndarray
    data_text: str               # what the data is, for the script's comments
    inputs_text: str
    targets_text: str
    loss: object                 # an engine.losses.Loss
    optimizer: object            # an engine.optimizers.Optimizer (for its settings)
    learning_rate: float
    batch_size: object           # int or None (the whole training set)
    regularization: str
    regularization_rate: float
    seed: int                    # seeds the minibatch shuffling
    epochs: int
    recorded_train_loss: float = math.nan   # what the app recorded after ``epochs``, if it did
    warnings: list = field(default_factory=list)
    source_name: str = None


def plan(experiment, epochs=None, source_name=None):
    """What defines ``experiment``'s run, ready to be written as a script.

    Parameters
    ----------
    experiment : engine.experiment.Experiment
        As built from a file or shown in the window. Before any training its
        current weights are the starting weights (they may have been edited);
        after training, the starting weights are drawn again from the
        network's seed, as a reset would.
    epochs : int, optional
        How many epochs the script trains; default the experiment's own
        epoch count, or ``DEFAULT_EPOCHS`` if it has not trained yet.
    """
    trainer = experiment.trainer
    network = trainer.network
    prepared = experiment.prepared
    warnings = []
    if trainer.step_count == 0 and trainer.epoch == 0:
        start = network
    else:
        start = Network(network.sizes, network.activation_names, seed=network.seed)
    if epochs is None:
        epochs = trainer.epoch or DEFAULT_EPOCHS
    epochs = int(epochs)
    if epochs < 1:
        raise ExportError(translate("export_code", "A script needs at least 1 epoch to train; got {epochs}.").format(
            epochs=epochs))
    history = trainer.history
    recorded = math.nan
    epoch_column = history.column("epoch")
    matches = np.flatnonzero(epoch_column == epochs)
    if len(matches):
        recorded = float(history.column("train_loss")[matches[-1]])
    if history.events:
        changes = "; ".join(str(event) for event in history.events[:3])
        warnings.append(translate(
            "export_code", "This run changed its settings while it trained ({changes}). The script trains with "
            "today's settings from the first epoch, so its loss will differ from the app's.").format(changes=changes))
    if type(trainer.loss) not in _LOSSES:
        raise ExportError(translate("export_code", "The loss '{loss}' cannot be written as a script yet. "
                                    "Pick another loss to export this run.").format(loss=trainer.loss.shown_label()))
    for name, table in (("activation", _ACTIVATIONS), ("optimizer", _OPTIMIZERS)):
        wanted = network.activation_names if name == "activation" else [trainer.optimizer.name]
        for key in wanted:
            if key not in table:
                if name == "activation":
                    message = translate("export_code", "The activation '{name}' cannot be written as a script yet. "
                                        "Pick another activation to export this run.")
                else:
                    message = translate("export_code", "The optimizer '{name}' cannot be written as a script yet. "
                                        "Pick another optimizer to export this run.")
                raise ExportError(message.format(name=key))
    return RunPlan(
        network=repr(network), sizes=list(network.sizes), activations=network.activation_names,
        weights=[W.copy() for W in start.weights], biases=[b.copy() for b in start.biases],
        X_train=prepared.X_train, Y_train=prepared.Y_train, X_test=prepared.X_test, Y_test=prepared.Y_test,
        data_text=_data_text(experiment), inputs_text=_inputs_text(prepared),
        targets_text=_targets_text(experiment), loss=trainer.loss, optimizer=trainer.optimizer,
        learning_rate=trainer.learning_rate, batch_size=trainer.batch_size,
        regularization=trainer.regularization, regularization_rate=trainer.regularization_rate,
        seed=int(trainer.seed), epochs=epochs, recorded_train_loss=recorded, warnings=warnings,
        source_name=source_name)


def _data_text(experiment):
    source, prepared = experiment.dataset.source, experiment.prepared
    rows = f"{count(len(prepared.X_train))} training and {count(len(prepared.X_test))} test points"
    if source.get("kind") == "builtin":
        return (f"{rows} of the built-in set '{source['name']}' ({count(source['n_samples'])} points, "
                f"noise {number(source['noise'])}, seed {source['seed']})")
    return f"{rows} of the CSV file '{experiment.dataset.name}'"


def _inputs_text(prepared):
    names = ", ".join(prepared.input_names)
    scaled = not (np.all(prepared.input_mean == 0) and np.all(prepared.input_scale == 1))
    if scaled:
        return (f"The network's inputs {names}, standardised as the app does it: minus the training rows' "
                f"mean, divided by their standard deviation.")
    return f"The network's inputs {names}."


def _targets_text(experiment):
    prepared = experiment.prepared
    if prepared.task == "classification":
        names = prepared.class_names
        if prepared.n_outputs == 1:
            return f"Its targets: 1 for class '{names[1]}', 0 for class '{names[0]}'."
        return ("Its targets, one column per class (" + ", ".join(f"'{n}'" for n in names) +
                "): 1 in the sample's class, 0 elsewhere.")
    target = experiment.dataset.target_name
    if prepared.target_scale == 1 and prepared.target_mean == 0:
        return f"Its targets: '{target}' in its own units."
    return (f"Its targets: '{target}' standardised, (y − {number(prepared.target_mean)}) / "
            f"{number(prepared.target_scale)}.")


# ------------------------------------------------------------ writing numbers

def _float(value):
    # repr() is the shortest text that reads back as exactly the same float.
    value = float(value)
    return repr(value) if math.isfinite(value) else f"float('{value}')"


def _vector(values):
    return "[" + ", ".join(_float(v) for v in values) + "]"


def _matrix_lines(name, M, indent=""):
    rows = [f"{indent}    {_vector(row)}," for row in np.asarray(M)]
    return [f"{indent}{name}(["] + rows + [f"{indent}])"]


def _array_block(variable, M, constructor):
    M = np.asarray(M)
    if M.shape[1] == 1:
        # One column (a 0/1 class or a number per point): a wrapped list reads better than a row each.
        import textwrap
        values = ", ".join(_float(v) for v in M[:, 0])
        body = textwrap.wrap(values, 74, break_on_hyphens=False)
        return ([f"{variable} = {constructor}(["] + [f"    {line}" for line in body] +
                ["]).reshape(-1, 1)" if constructor == "np.array" else "]).reshape(-1, 1)"])
    lines = _matrix_lines(constructor, M)
    lines[0] = f"{variable} = {lines[0]}"
    return lines


# ------------------------------------------------------------ the parts, as code

@dataclass(frozen=True)
class _ActivationCode:
    numpy_forward: str     # body of f(z), returning the activation
    numpy_slope: str       # body of f'(z) from a = f(z); "" where there is none
    comment: str
    torch_forward: str     # an expression of z


_ACTIVATIONS = {
    "linear": _ActivationCode("return z", "return np.ones_like(a)", "f(z) = z", "z"),
    "tanh": _ActivationCode("return np.tanh(z)", "return 1.0 - a * a", "f(z) = tanh z, f'(z) = 1 − a²",
                            "torch.tanh(z)"),
    "sigmoid": _ActivationCode(
        "# 1 / (1 + e^−z), written with tanh so that it never overflows.\n"
        "return (np.tanh(z * 0.5) + 1.0) * 0.5",
        "return (1.0 - a) * a", "f(z) = 1 / (1 + e^−z), f'(z) = a·(1 − a)", "torch.sigmoid(z)"),
    "relu": _ActivationCode("return np.maximum(z, 0.0)", "return (a > 0.0).astype(float)",
                            "f(z) = max(z, 0), f'(z) = 1 where z > 0, else 0", "torch.relu(z)"),
    "leaky_relu": _ActivationCode(
        "return np.maximum(z, z * 0.01)",
        "# 1 where z > 0, else 0.01 (a has the sign of z).\n"
        "return (a > 0.0).astype(float) * (1.0 - 0.01) + 0.01",
        "f(z) = max(z, 0.01·z)", "torch.nn.functional.leaky_relu(z, 0.01)"),
    "softmax": _ActivationCode(
        "# e^z / Σ e^z, row by row. Shifting z by a constant leaves the result\n"
        "# alone and keeps e^z from overflowing.\n"
        "shift = z.max()\n"
        "if (z @ np.ones(z.shape[1]) / z.shape[1]).min() < shift - 460.0:\n"
        "    shift = z.max(axis=1, keepdims=True)  # one row far below the rest: shift each row\n"
        "e = np.exp(z - shift)\n"
        "return e / (e @ np.ones(e.shape[1]))[:, None]",
        "", "f(z)_j = e^z_j / Σ_k e^z_k", "torch.softmax(z, dim=1)"),
}

_SOFTMAX_SHIFT = (
    "shift = z.max()\n"
    "if (z @ np.ones(z.shape[1]) / z.shape[1]).min() < shift - 460.0:\n"
    "    shift = z.max(axis=1, keepdims=True)  # one row far below the rest: shift each row\n")


def _mse_numpy(output):
    lines = [
        "# Mean squared error: L = (1/n) Σ (ŷ − y)², the mean over samples and outputs.",
        "diff = y_pred - Y",
        "loss = np.vdot(diff, diff) / diff.size",
        "# ∂L/∂ŷ = 2·(ŷ − y) / n ...",
        "grad = diff * (2.0 / diff.size)",
    ]
    if output == "linear":
        lines += ["# ... and with a linear output ∂L/∂z = ∂L/∂ŷ.", "delta = grad"]
    elif output == "softmax":
        lines += ["# ... then back through softmax, which mixes its outputs:",
                  "# ∂L/∂z = a·(∂L/∂ŷ − Σ ∂L/∂ŷ·a), row by row.",
                  "delta = (grad - ((grad * y_pred) @ np.ones(y_pred.shape[1]))[:, None]) * y_pred"]
    else:
        lines += ["# ... then back through the output activation: ∂L/∂z = ∂L/∂ŷ · f'(z).",
                  f"delta = grad * {output}_slope(y_pred)"]
    return lines


def _cross_entropy_numpy(output):
    if output == "sigmoid":
        lines = [
            "# Binary cross-entropy: L = −(1/n) Σ [y·log p + (1 − y)·log(1 − p)],",
            "# computed from z as max(z, 0) − z·y + log(1 + e^−|z|), which never takes log(0).",
            "loss = ((np.log1p(np.exp(-np.abs(z))) + np.maximum(z, 0.0)).sum() - np.vdot(z, Y)) / n",
        ]
    else:
        lines = [
            "# Cross-entropy: L = −(1/n) Σ log p(true class), computed from z as",
            "# log Σ e^z − Σ y·z, which never takes log(0).",
        ] + _SOFTMAX_SHIFT.splitlines() + [
            "log_sum = np.log(np.exp(z - shift) @ np.ones(z.shape[1]))",
            "log_sum += shift if np.ndim(shift) == 0 else shift[:, 0]",
            "loss = (np.dot(log_sum, Y @ np.ones(Y.shape[1])) - np.vdot(z, Y)) / n",
        ]
    return lines + [
        f"# With a {output} output the 1/p terms cancel: ∂L/∂z = (p − y) / n.",
        "delta = (y_pred - Y) * (1.0 / n)",
    ]


@dataclass(frozen=True)
class _LossCode:
    numpy_body: object     # output activation name -> lines of the loss function's body
    torch_value: object    # output activation name -> an expression of z, y_pred and Y
    title: str


# Keyed by the loss's class: the registry names losses, this table only
# knows how to write two of them out.
_LOSSES = {
    _losses.MeanSquaredError: _LossCode(_mse_numpy, lambda output: "torch.nn.functional.mse_loss(y_pred, Y)", "mean squared error"),
    _losses.CrossEntropy: _LossCode(
        _cross_entropy_numpy,
        lambda output: ("torch.nn.functional.binary_cross_entropy_with_logits(z, Y)" if output == "sigmoid"
                        else "torch.nn.functional.cross_entropy(z, Y)"),
        "cross-entropy"),
}


def _sgd_numpy(optimizer):
    return [
        "def update(grad_W, grad_b):",
        '    """Gradient descent: w ← w − η·∂L/∂w for every weight and bias."""',
        "    for p, g in zip(W + b, grad_W + grad_b):",
        "        p -= g * learning_rate",
    ], "update(grad_W, grad_b)"


def _momentum_numpy(optimizer):
    return [
        f"momentum = {_float(optimizer.momentum)}",
        "velocity = [np.zeros_like(p) for p in W + b]",
        "",
        "",
        "def update(grad_W, grad_b):",
        '    """Gradient descent with momentum: v ← μ·v + ∂L/∂w, then w ← w − η·v."""',
        "    for p, g, v in zip(W + b, grad_W + grad_b, velocity):",
        "        v *= momentum",
        "        v += g",
        "        p -= v * learning_rate",
    ], "update(grad_W, grad_b)"


def _adam_numpy(optimizer):
    return [
        f"beta1, beta2, eps = {_float(optimizer.beta1)}, {_float(optimizer.beta2)}, {_float(optimizer.eps)}",
        "m = [np.zeros_like(p) for p in W + b]   # running mean of each gradient",
        "v = [np.zeros_like(p) for p in W + b]   # running mean of each squared gradient",
        "",
        "",
        "def update(grad_W, grad_b, t):",
        '    """Adam, update number t: each weight takes a step of about η in the direction',
        "    its recent gradients agree on, smaller where they disagree.",
        '    """',
        "    bias1 = 1.0 - beta1 ** t               # m and v start at 0; these undo that early bias",
        "    bias2_sqrt = (1.0 - beta2 ** t) ** 0.5",
        "    for p, g, m_p, v_p in zip(W + b, grad_W + grad_b, m, v):",
        "        m_p += (g - m_p) * (1.0 - beta1)           # m ← β1·m + (1 − β1)·g",
        "        v_p += (g * g - v_p) * (1.0 - beta2)       # v ← β2·v + (1 − β2)·g²",
        "        p -= m_p / (np.sqrt(v_p) * (1.0 / bias2_sqrt) + eps) * (learning_rate / bias1)",
    ], "update(grad_W, grad_b, step)"


@dataclass(frozen=True)
class _OptimizerCode:
    numpy: object          # optimizer -> (lines, the call in the training loop)
    torch: object          # optimizer -> the torch.optim constructor expression


_OPTIMIZERS = {
    "sgd": _OptimizerCode(_sgd_numpy, lambda o: "torch.optim.SGD(parameters, lr=learning_rate)"),
    "momentum": _OptimizerCode(
        _momentum_numpy, lambda o: f"torch.optim.SGD(parameters, lr=learning_rate, momentum={_float(o.momentum)})"),
    "adam": _OptimizerCode(
        _adam_numpy, lambda o: (f"torch.optim.Adam(parameters, lr=learning_rate, "
                                f"betas=({_float(o.beta1)}, {_float(o.beta2)}), eps={_float(o.eps)})")),
}


# ------------------------------------------------------------ the scripts

def _docstring(p, kind):
    batch = "the whole training set per step" if p.batch_size is None else f"minibatches of {p.batch_size}"
    regularization = "" if p.regularization == "none" or not p.regularization_rate else \
        f", {p.regularization.upper()} regularization {number(p.regularization_rate)}"
    needs = "It needs only numpy" if kind == "numpy" else "It needs numpy and PyTorch"
    where = f"Exported from {p.source_name} by Loss Explorer." if p.source_name else "Exported by Loss Explorer."
    recorded = "" if not math.isfinite(p.recorded_train_loss) else \
        f" Loss Explorer recorded a training loss of {number(p.recorded_train_loss, 6)} after epoch {p.epochs}."
    match = "the app's to about 1e-9" if kind == "numpy" else "the app's to about 1e-6"
    text = (f"A Loss Explorer run as a {'numpy' if kind == 'numpy' else 'PyTorch'} script.\n\n"
            f"{p.network}, {_LOSSES[type(p.loss)].title} loss, {p.optimizer.title} with learning rate "
            f"{number(p.learning_rate)}{regularization}, {batch}, {p.epochs} epochs, on {p.data_text}.\n\n"
            f"{where} {needs}:\n\n    python {'run.py' if kind == 'numpy' else 'run_pytorch.py'}\n\n"
            f"It trains from the same starting weights, on the same minibatches in the same order, "
            f"with the same update rule as the app, and ends by printing one line of JSON with the "
            f"training and test loss, which match {match}.{recorded}")
    for warning in p.warnings:
        text += f"\n\nNote: {warning}"
    return '"""' + _wrap(text) + '\n"""'


def _wrap(text, width=78):
    import textwrap
    paragraphs = text.split("\n\n")
    out = []
    for paragraph in paragraphs:
        if paragraph.startswith("    "):
            out.append(paragraph)
        else:
            out.append(textwrap.fill(paragraph, width))
    return "\n\n".join(out)


def _comment(text, width=78):
    import textwrap
    return ["# " + line for line in textwrap.wrap(text, width - 2)]


def _section(title):
    return ["", "", f"# {'-' * 10} {title} {'-' * max(4, 62 - len(title))}"]


def _data_lines(p, constructor):
    lines = _section("data")
    lines += _comment(f"{p.data_text[0].upper()}{p.data_text[1:]}. {p.inputs_text} {p.targets_text} "
                      f"One row per point.")
    for name in ("X_train", "Y_train", "X_test", "Y_test"):
        lines += _array_block(name, getattr(p, name), constructor)
    return lines


def _settings_lines(p):
    batch = "None  # None: the whole training set per step" if p.batch_size is None else str(p.batch_size)
    lines = [
        f"learning_rate = {_float(p.learning_rate)}",
        f"batch_size = {batch}",
        f"epochs = {p.epochs}",
        f"shuffle_seed = {p.seed}   # seeds the order the training points are visited in",
    ]
    if p.regularization != "none" and p.regularization_rate:
        lines.append(f"regularization_rate = {_float(p.regularization_rate)}   # {p.regularization.upper()}")
    return lines


def numpy_script(p):
    """The run ``p`` (a RunPlan) as a numpy script; returns its text."""
    output = p.activations[-1]
    lines = [_docstring(p, "numpy"), "", "import json", "import sys", "", "import numpy as np"]
    lines += _data_lines(p, "np.array")

    lines += _section("network")
    lines += _comment("W[k][i, j] is the weight from unit i of one layer to unit j of the next, b[k][j] the "
                      "bias of unit j. These are the weights the run started from.")
    lines.append("W = [")
    for W in p.weights:
        lines += [line + ("," if line.endswith("])") else "") for line in _matrix_lines("np.array", W, "    ")]
    lines.append("]")
    lines.append("b = [")
    lines += [f"    np.array({_vector(bias)})," for bias in p.biases]
    lines.append("]")
    lines.append("")
    lines += _settings_lines(p)

    lines += _section("activations")
    lines += _comment("Each slope is computed from the activation's output a = f(z), which is what the "
                      "forward pass keeps.")
    used = list(dict.fromkeys(p.activations))
    for name in used:
        code = _ACTIVATIONS[name]
        lines += ["", "", f"def {name}(z):", f'    """{code.comment}"""']
        lines += ["    " + line for line in code.numpy_forward.splitlines()]
        needs_slope = name in p.activations[:-1] or (name == output and p.loss.is_squared_error
                                                     and name not in ("linear", "softmax"))
        if needs_slope and code.numpy_slope:
            lines += ["", "", f"def {name}_slope(a):", f'    """f\'(z), from a = {name}(z)."""']
            lines += ["    " + line for line in code.numpy_slope.splitlines()]
    lines += ["", "", f"ACTIVATIONS = [{', '.join(p.activations)}]"]
    hidden_slopes = ", ".join(f"{name}_slope" for name in p.activations[:-1])
    lines.append(f"SLOPES = [{hidden_slopes}]   # of the hidden layers; the output's is part of the loss gradient")

    lines += _section("one training step, in four parts")
    lines += [
        "",
        "",
        "def forward_propagation(X):",
        '    """1. Forward propagation: each layer computes z = a·W + b, then a = f(z).',
        "",
        "    Returns every layer's activations (the inputs first) and the output layer's z.",
        '    """',
        "    a = [X]",
        "    for k in range(len(W)):",
        "        z = a[k] @ W[k] + b[k]",
        "        a.append(ACTIVATIONS[k](z))",
        "    return a, z",
        "",
        "",
        "def loss_and_output_error(Y, z, y_pred):",
        '    """2. Loss: how wrong the outputs y_pred are, and ∂L/∂z of the output layer."""',
        "    n = len(z)",
    ]
    lines += ["    " + line for line in _LOSSES[type(p.loss)].numpy_body(output)]
    lines += [
        "    return float(loss), delta",
        "",
        "",
        "def backpropagation(a, delta):",
        '    """3. Backpropagation: ∂L/∂W and ∂L/∂b of every layer, from the output back."""',
        "    grad_W, grad_b = [None] * len(W), [None] * len(W)",
        "    for k in reversed(range(len(W))):",
        "        grad_W[k] = a[k].T @ delta               # ∂L/∂w_ij = a_i · δ_j, summed over the batch",
        "        grad_b[k] = np.ones(len(delta)) @ delta  # ∂L/∂b_j = δ_j, summed over the batch",
        "        if k > 0:",
        "            # The layer before gets its error back along the weights, times its slope.",
        "            delta = (delta @ W[k].T) * SLOPES[k - 1](a[k])",
        "    return grad_W, grad_b",
    ]
    if p.regularization != "none" and p.regularization_rate:
        penalty = "λ·w, the slope of (λ/2)·Σ w²" if p.regularization == "l2" else "λ·sign(w), the slope of λ·Σ |w|"
        term = "regularization_rate * W[k]" if p.regularization == "l2" else "regularization_rate * np.sign(W[k])"
        lines += ["", "", "def regularize(grad_W):",
                  f'    """Regularization: each weight\'s gradient gets {penalty}; biases are left alone."""',
                  "    for k in range(len(W)):",
                  f"        grad_W[k] += {term}"]
    update_lines, update_call = _OPTIMIZERS[p.optimizer.name].numpy(p.optimizer)
    lines += ["", ""] + update_lines
    lines += [
        "",
        "",
        "def evaluate(X, Y):",
        '    """The loss over a whole set of points, with the weights as they are now."""',
        "    a, z = forward_propagation(X)",
        "    return loss_and_output_error(Y, z, a[-1])[0]",
    ]

    lines += _section("training")
    lines += [
        "rng = np.random.default_rng(shuffle_seed)",
        "n_train = len(X_train)",
        "size = n_train if batch_size is None else batch_size",
        "step = 0",
        "for epoch in range(1, epochs + 1):",
        "    # Each epoch visits every training point once, in a new random order.",
        "    order = rng.permutation(n_train)",
        "    X_shuffled, Y_shuffled = X_train[order], Y_train[order]",
        "    for start in range(0, n_train, size):",
        "        X_batch, Y_batch = X_shuffled[start:start + size], Y_shuffled[start:start + size]",
        "        step += 1",
        "        a, z = forward_propagation(X_batch)                      # 1. forward propagation",
        "        loss, delta = loss_and_output_error(Y_batch, z, a[-1])   # 2. loss",
        "        grad_W, grad_b = backpropagation(a, delta)               # 3. backpropagation",
    ]
    if p.regularization != "none" and p.regularization_rate:
        lines.append("        regularize(grad_W)")
    lines.append(f"        {update_call:<57}# 4. update")
    lines += _progress_and_result_lines()
    return "\n".join(lines) + "\n"


def _progress_and_result_lines():
    return [
        "    if epoch % max(1, epochs // 10) == 0:",
        '        print(f"epoch {epoch}: training loss {evaluate(X_train, Y_train):.6g}", file=sys.stderr)',
        "",
        'print(json.dumps({"epochs": epochs, "train_loss": evaluate(X_train, Y_train),',
        '                  "test_loss": evaluate(X_test, Y_test)}))',
    ]


def pytorch_script(p):
    """The run ``p`` (a RunPlan) as a PyTorch script; returns its text."""
    output = p.activations[-1]
    loss_code = _LOSSES[type(p.loss)]
    lines = [_docstring(p, "pytorch"), "", "import json", "import sys", "", "import numpy as np", "import torch",
             "", "torch.set_default_dtype(torch.float64)   # the app computes in 64-bit floats"]
    lines += _data_lines(p, "torch.tensor")

    lines += _section("network")
    lines += _comment("One torch.nn.Linear per layer. Its weight matrix is stored the other way round: "
                      "weight[j, i] is the weight from unit i to unit j. These are the weights the run "
                      "started from.")
    lines.append("layers = [")
    lines += [f"    torch.nn.Linear({n_in}, {n_out})," for n_in, n_out in zip(p.sizes[:-1], p.sizes[1:])]
    lines.append("]")
    lines.append("with torch.no_grad():")
    for k, (W, bias) in enumerate(zip(p.weights, p.biases)):
        block = _matrix_lines("torch.tensor", W, "    ")
        block[0] = f"    layers[{k}].weight.copy_({block[0].strip()}"
        block[-1] = block[-1] + ".T)"
        lines += block
        lines.append(f"    layers[{k}].bias.copy_(torch.tensor({_vector(bias)}))")
    lines.append("parameters = [p for layer in layers for p in layer.parameters()]")
    lines.append("")
    lines += _settings_lines(p)
    lines.append(f"optimizer = {_OPTIMIZERS[p.optimizer.name].torch(p.optimizer)}")

    lines += _section("one training step")
    activations = ", ".join(f"lambda z: {_ACTIVATIONS[name].torch_forward}" for name in p.activations)
    lines += [
        f"ACTIVATIONS = [{activations}]",
        "",
        "",
        "def forward_propagation(X):",
        '    """Forward propagation: each layer computes z = a·W + b, then a = f(z)."""',
        "    a = X",
        "    for layer, f in zip(layers, ACTIVATIONS):",
        "        z = layer(a)",
        "        a = f(z)",
        "    return z, a",
        "",
        "",
        "def loss_of(z, y_pred, Y):",
        f'    """The loss, {loss_code.title}; PyTorch\'s own, from the outputs or straight from z."""',
        f"    return {loss_code.torch_value(output)}",
    ]
    if p.regularization != "none" and p.regularization_rate:
        term = "regularization_rate * layer.weight" if p.regularization == "l2" else \
            "regularization_rate * torch.sign(layer.weight)"
        lines += ["", "", "def regularize():",
                  '    """Regularization on the weights\' gradients (not the biases\'), as the app does it."""',
                  "    with torch.no_grad():",
                  "        for layer in layers:",
                  f"            layer.weight.grad += {term}"]
    lines += [
        "",
        "",
        "def evaluate(X, Y):",
        "    with torch.no_grad():",
        "        z, y_pred = forward_propagation(X)",
        "        return float(loss_of(z, y_pred, Y))",
    ]
    lines += _section("training")
    lines += [
        "rng = np.random.default_rng(shuffle_seed)   # the same shuffling as the app",
        "n_train = len(X_train)",
        "size = n_train if batch_size is None else batch_size",
        "for epoch in range(1, epochs + 1):",
        "    order = torch.from_numpy(rng.permutation(n_train))",
        "    X_shuffled, Y_shuffled = X_train[order], Y_train[order]",
        "    for start in range(0, n_train, size):",
        "        X_batch, Y_batch = X_shuffled[start:start + size], Y_shuffled[start:start + size]",
        "        z, y_pred = forward_propagation(X_batch)   # 1. forward propagation",
        "        loss = loss_of(z, y_pred, Y_batch)         # 2. loss",
        "        optimizer.zero_grad()",
        "        loss.backward()                            # 3. backpropagation",
    ]
    if p.regularization != "none" and p.regularization_rate:
        lines.append("        regularize()")
    lines.append("        optimizer.step()                           # 4. update")
    lines += _progress_and_result_lines()
    return "\n".join(lines) + "\n"


SCRIPTS = {"numpy": numpy_script, "pytorch": pytorch_script}


def script(experiment, kind="numpy", epochs=None, source_name=None):
    """The text of a ``kind`` ("numpy" or "pytorch") script for ``experiment``, and its warnings.

    The warnings and any ``ExportError`` are in the reader's language; the
    script is Python with English words and numbers written for Python,
    whatever language the window speaks.
    """
    if kind not in SCRIPTS:
        raise ExportError(translate("export_code", "Unknown script kind {kind!r}; choose numpy or pytorch.").format(
            kind=kind))
    shown = plan(experiment, epochs=epochs, source_name=source_name)
    with in_english(), formatting.for_files():
        run = plan(experiment, epochs=epochs, source_name=source_name)
        return SCRIPTS[kind](run), shown.warnings


# ------------------------------------------------------------ command line

def build_parser():
    from .cli import _Parser
    parser = _Parser(prog="python main.py export",
                     description="Write an experiment's run as one Python script that repeats it.")
    parser.add_argument("file", metavar="FILE.json", help="an experiment or lesson file")
    parser.add_argument("--as", dest="kind", choices=KINDS, default="numpy",
                        help="numpy (needs only numpy; matches the app to 1e-9) or pytorch")
    parser.add_argument("--out", metavar="FILE.py", help="where to write the script (default: print it)")
    parser.add_argument("--epochs", type=int, metavar="N",
                        help=f"epochs to train (default: the file's, or {DEFAULT_EPOCHS} for an untrained one)")
    return parser


def main(argv):
    """``python main.py export ...``; returns the exit code."""
    from . import data as _data
    from . import experiment_file
    from .cli import EXIT_BAD_INPUT, UsageError, _one_line
    try:
        args = build_parser().parse_args(argv)
        saved = experiment_file.load(args.file)
        experiment = saved.build()
        text, warnings = script(experiment, args.kind, epochs=args.epochs,
                                source_name=os.path.basename(args.file))
        if args.out:
            with open(args.out, "w", encoding="utf-8") as stream:
                stream.write(text)
            print(f"Wrote {args.out}: run it with  python {args.out}", file=sys.stderr)
        else:
            sys.stdout.write(text)
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        return 0
    except (UsageError, _data.DataError, ValueError, OSError) as e:
        print(f"error: {_one_line(e)}", file=sys.stderr)
        return EXIT_BAD_INPUT

