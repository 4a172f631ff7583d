"""Loss functions: how wrong the network is, where 0 would be perfect.

``mse`` and ``cross_entropy`` take targets and predictions and return a float.
The loss objects also give the loss of each sample (the GUI draws it point by
point) and, for training, the gradient with respect to the output layer's
weighted sums, fused with the output activation where that is both cheaper
and more accurate.
"""

import numpy as np

from . import activations

# Probabilities are kept this far from 0 and 1 before taking a log, as
# scikit-learn's log_loss does; log(0) would make the loss infinite.
_EPS = np.finfo(np.float64).eps


def _as_2d(y):
    y = np.asarray(y, dtype=np.float64)
    return y.reshape(-1, 1) if y.ndim == 1 else y


class LossMismatchError(ValueError):
    """The loss cannot be used with this output layer."""

    def __init__(self, message, fitting_output):
        super().__init__(message)
        self.fitting_output = fitting_output


class Loss:
    name = "?"
    title = "?"
    # How the loss scales with the targets' unit: an error of e units costs
    # e² for a squared error (units²), e for an absolute one; 0 means the
    # loss has no unit (cross-entropy compares probabilities).
    unit_power = 0

    def __call__(self, y_true, y_pred):
        return float(np.mean(self.per_sample(y_true, y_pred)))

    def per_sample(self, y_true, y_pred):
        """Loss of each sample, shape ``(n_samples,)``; its mean is the loss."""
        raise NotImplementedError

    def check_output(self, activation, n_out):
        """Raise ``LossMismatchError`` if this loss can't follow the output layer."""

    def output_delta(self, y_true, z, a, activation, out):
        """Loss of a batch, and dL/dz of the output layer written into ``out``.

        ``z`` are the output layer's weighted sums and ``a`` its activations.
        """
        raise NotImplementedError

    def __repr__(self):
        return self.name


class MeanSquaredError(Loss):
    """MSE = (1/n) Σ (y − ŷ)², the mean over samples and outputs."""

    name = "mse"
    title = "Mean squared error"
    unit_power = 2

    def __call__(self, y_true, y_pred):
        diff = _as_2d(y_pred) - _as_2d(y_true)
        return float(np.vdot(diff, diff) / diff.size)

    def per_sample(self, y_true, y_pred):
        diff = _as_2d(y_pred) - _as_2d(y_true)
        return np.mean(diff * diff, axis=1)

    def gradient(self, y_true, y_pred):
        """dL/dŷ for the mean over every element."""
        diff = _as_2d(y_pred) - _as_2d(y_true)
        return diff * (2.0 / diff.size)

    def output_delta(self, y_true, z, a, activation, out):
        np.subtract(a, y_true, out=out)
        value = float(np.vdot(out, out)) / out.size
        np.multiply(out, 2.0 / out.size, out=out)
        if activation.name == "softmax":
            # Softmax mixes its outputs, so dL/dz = J^T dL/da with
            # J = diag(a) - a a^T, which is a * (g - Σ g·a) row by row.
            row_dot = activations.row_sums(out * a)[:, None]
            np.subtract(out, row_dot, out=out)
            np.multiply(out, a, out=out)
        elif activation.name != "linear":
            out *= activation.slope(a, np.empty_like(a))
        return value


class CrossEntropy(Loss):
    """Cross-entropy: −(1/n) Σ y·log p.

    With one sigmoid output this is binary cross-entropy,
    −(1/n) Σ [y log p + (1 − y) log(1 − p)]; with a softmax output it is
    categorical cross-entropy over one-hot targets.
    """

    name = "cross_entropy"
    title = "Cross-entropy"

    def per_sample(self, y_true, y_prob):
        y_true, y_prob = _as_2d(y_true), _as_2d(y_prob)
        p = np.clip(y_prob, _EPS, 1.0 - _EPS)
        if p.shape[1] == 1:
            return -(y_true * np.log(p) + (1.0 - y_true) * np.log1p(-p))[:, 0]
        return -np.sum(y_true * np.log(p), axis=1)

    def gradient(self, y_true, y_prob):
        y_true, y_prob = _as_2d(y_true), _as_2d(y_prob)
        p = np.clip(y_prob, _EPS, 1.0 - _EPS)
        n = len(p)
        if p.shape[1] == 1:
            return (p - y_true) / (p * (1.0 - p)) / n
        return -y_true / p / n

    def check_output(self, activation, n_out):
        fitting = "sigmoid" if n_out == 1 else "softmax"
        name = activation.name
        if name == "sigmoid" or (name == "softmax" and n_out >= 2):
            return
        if name == "softmax":
            message = ("Cross-entropy with a softmax output needs one output per class, "
                       "and this network has a single output. Use a sigmoid output for two classes.")
            fitting = "sigmoid"
        else:
            kind = "one sigmoid output (two classes)" if n_out == 1 else f"a softmax output over {n_out} classes"
            message = (f"Cross-entropy compares probabilities, but this network's output layer is "
                       f"{name}, which does not give probabilities. Use {kind}, or pick MSE.")
        raise LossMismatchError(message, fitting)

    def output_delta(self, y_true, z, a, activation, out):
        n = len(z)
        if activation.name == "sigmoid":
            # Binary cross-entropy from the logits z, without ever forming
            # log(p): max(z, 0) − z·y + log(1 + e^−|z|). Exact for any z.
            per_element = np.abs(z)
            np.negative(per_element, out=per_element)
            np.exp(per_element, out=per_element)
            np.log1p(per_element, out=per_element)
            per_element += np.maximum(z, 0.0)
            value = (float(per_element.sum()) - float(np.vdot(z, y_true))) / n
        else:
            # Categorical cross-entropy as log-sum-exp(z) − Σ y·z, which is
            # −Σ y·log softmax(z) for targets that sum to 1.
            shift = activations.stable_shift(z)
            shifted = z - shift
            np.exp(shifted, out=shifted)
            log_sum = np.log(activations.row_sums(shifted))
            log_sum += shift if np.ndim(shift) == 0 else shift[:, 0]
            value = (float(np.dot(log_sum, activations.row_sums(y_true))) - float(np.vdot(z, y_true))) / n
        # Fusing the loss with sigmoid/softmax cancels the 1/p terms: the
        # gradient is just (p − y)/n, with no division by a tiny probability.
        np.subtract(a, y_true, out=out)
        np.multiply(out, 1.0 / n, out=out)
        return value


LOSSES = {loss.name: loss for loss in (MeanSquaredError(), CrossEntropy())}
NAMES = list(LOSSES)

_ALIASES = {"mean_squared_error": "mse", "squared": "mse", "l2": "mse",
            "ce": "cross_entropy", "cross-entropy": "cross_entropy", "crossentropy": "cross_entropy",
            "log_loss": "cross_entropy", "bce": "cross_entropy"}


def get(name):
    """Return the loss called ``name``: ``"mse"`` or ``"cross_entropy"``."""
    if isinstance(name, Loss):
        return name
    key = str(name).strip().lower().replace(" ", "_")
    key = _ALIASES.get(key, key)
    if key not in LOSSES:
        raise ValueError(f"Unknown loss {name!r}; choose mse or cross_entropy.")
    return LOSSES[key]


def mse(y_true, y_pred):
    """Mean squared error, (1/n) Σ (y − ŷ)², averaged over samples and outputs.

    Equals scikit-learn's ``mean_squared_error`` and PyTorch's ``MSELoss``.
    """
    return LOSSES["mse"](y_true, y_pred)


def cross_entropy(y_true, y_prob):
    """Cross-entropy of predicted probabilities.

    ``y_prob`` with one column (or 1-D) is the probability of class 1 and the
    binary cross-entropy is returned, equal to scikit-learn's ``log_loss``;
    with k columns, the categorical cross-entropy against one-hot ``y_true``.
    """
    return LOSSES["cross_entropy"](y_true, y_prob)
