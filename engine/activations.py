"""Activation functions.

Each activation works in place on a preallocated array, and gives its slope
from its *output* rather than its input. That lets the network overwrite the
weighted sums with the activations during a training step and still do the
backward pass: for every activation here the output alone decides the slope.
"""

import numpy as np

from .translation import QT_TRANSLATE_NOOP, translate


class Activation:
    name = "?"
    title = "?"                # as menus write it: "ReLU", "leaky ReLU"
    tip = ""                   # one sentence on what it does to its input
    output_range = None        # (low, high) its outputs stay within, or None if unbounded
    gives_probabilities = False    # its outputs lie in 0..1 and read as probabilities
    shares_probabilities = False   # ... that add up to 1 over the layer (one per class)
    output_only = False        # allowed on the output layer only
    zero_for_negatives = False     # (nearly) flat for z < 0, so it starts with He's larger weights

    def __reduce__(self):
        # One object per activation, also after a trip to the training process.
        return (get, (self.name,))

    def forward(self, z, out):
        """Write f(z) into ``out`` (which may be ``z`` itself) and return it."""
        raise NotImplementedError

    def slope(self, a, out):
        """Write f'(z) into ``out``, computed from the output ``a = f(z)``."""
        raise NotImplementedError

    def chain(self, grad, a):
        """Turn dL/da into dL/dz in place, from the output ``a``: multiply by the slope."""
        grad *= self.slope(a, np.empty_like(a))
        return grad

    def __call__(self, z):
        return self.forward(z, np.empty_like(z))

    def shown_title(self):
        """``title`` in the reader's language, for menus and labels."""
        return translate("activations", self.title)

    def shown_tip(self):
        """``tip`` in the reader's language, for tooltips."""
        return translate("activations", self.tip) if self.tip else self.tip

    def __repr__(self):
        return self.name


class Linear(Activation):
    name = "linear"
    title = QT_TRANSLATE_NOOP("activations", "linear")
    tip = QT_TRANSLATE_NOOP("activations", "linear passes its input on unchanged.")

    def chain(self, grad, a):
        return grad

    def forward(self, z, out):
        if out is not z:
            np.copyto(out, z)
        return out

    def slope(self, a, out):
        out.fill(1.0)
        return out


class Tanh(Activation):
    name = "tanh"
    title = QT_TRANSLATE_NOOP("activations", "tanh")
    tip = QT_TRANSLATE_NOOP("activations", "tanh squashes its input into -1..1.")
    output_range = (-1.0, 1.0)

    def forward(self, z, out):
        return np.tanh(z, out=out)

    def slope(self, a, out):
        np.multiply(a, a, out=out)
        return np.subtract(1.0, out, out=out)


class Sigmoid(Activation):
    name = "sigmoid"
    title = QT_TRANSLATE_NOOP("activations", "sigmoid")
    tip = QT_TRANSLATE_NOOP("activations", "sigmoid squashes its input into 0..1.")
    output_range = (0.0, 1.0)
    gives_probabilities = True

    def forward(self, z, out):
        # 1/(1+e^-z) overflows for very negative z; this form never does.
        np.multiply(z, 0.5, out=out)
        np.tanh(out, out=out)
        np.add(out, 1.0, out=out)
        return np.multiply(out, 0.5, out=out)

    def slope(self, a, out):
        np.subtract(1.0, a, out=out)
        return np.multiply(out, a, out=out)


class ReLU(Activation):
    name = "relu"
    title = QT_TRANSLATE_NOOP("activations", "ReLU")
    tip = QT_TRANSLATE_NOOP("activations", "ReLU passes positive inputs and turns negative ones into 0.")
    zero_for_negatives = True

    def forward(self, z, out):
        return np.maximum(z, 0.0, out=out)

    def slope(self, a, out):
        return np.greater(a, 0.0, out=out, casting="unsafe")


class LeakyReLU(Activation):
    name = "leaky_relu"
    title = QT_TRANSLATE_NOOP("activations", "leaky ReLU")
    tip = QT_TRANSLATE_NOOP("activations", "Leaky ReLU passes positive inputs and shrinks negative ones to 1%.")
    zero_for_negatives = True
    negative_slope = 0.01

    def forward(self, z, out):
        # max(z, 0.01 z) is z for z > 0 and 0.01 z otherwise.
        scaled = z * self.negative_slope
        return np.maximum(z, scaled, out=out)

    def slope(self, a, out):
        # Leaky ReLU keeps the sign of z, so a > 0 exactly when z > 0.
        np.greater(a, 0.0, out=out, casting="unsafe")
        np.multiply(out, 1.0 - self.negative_slope, out=out)
        return np.add(out, self.negative_slope, out=out)


class Softmax(Activation):
    """Row-wise softmax; only allowed on the output layer."""

    name = "softmax"
    title = QT_TRANSLATE_NOOP("activations", "softmax")
    tip = QT_TRANSLATE_NOOP("activations", "softmax turns the outputs into probabilities that add up to 1.")
    output_range = (0.0, 1.0)
    gives_probabilities = True
    shares_probabilities = True
    output_only = True

    def forward(self, z, out):
        shift = stable_shift(z)
        np.subtract(z, shift, out=out)
        np.exp(out, out=out)
        return np.divide(out, row_sums(out)[:, None], out=out)

    def slope(self, a, out):
        raise TypeError("softmax has a Jacobian, not an element-wise slope")

    def chain(self, grad, a):
        # Softmax mixes its outputs, so dL/dz = J^T dL/da with
        # J = diag(a) - a a^T, which is a * (g - Σ g·a) row by row.
        row_dot = row_sums(grad * a)[:, None]
        np.subtract(grad, row_dot, out=grad)
        np.multiply(grad, a, out=grad)
        return grad


_ONES = {}


def ones(n):
    """A cached read-only vector of n ones."""
    vector = _ONES.get(n)
    if vector is None:
        vector = _ONES[n] = np.ones(n)
        vector.flags.writeable = False
    return vector


def row_sums(M):
    """Σ over each row of a 2-D array.

    A matrix-vector product with ones: for the narrow arrays of small
    networks numpy's ``sum(axis=1)`` is several times slower than BLAS.
    """
    return M @ ones(M.shape[1])


def stable_shift(z):
    """What to subtract from z before exp() so that nothing overflows.

    The largest value of the whole array usually does, and it is cheap. But a
    row whose values all lie ~460 below it would underflow to zeros; every
    row's maximum is at least its mean, so when even the lowest row mean is
    that far down, each row is shifted by its own maximum instead.
    """
    largest = z.max()
    if z.shape[1] > 1 and (row_sums(z) / z.shape[1]).min() < largest - 460.0:
        return z.max(axis=1, keepdims=True)
    return largest


# In menu order.
ACTIVATIONS = {a.name: a for a in (Tanh(), ReLU(), LeakyReLU(), Sigmoid(), Linear(), Softmax())}

# Spellings people type; all map onto the canonical names above.
_ALIASES = {"leaky relu": "leaky_relu", "leakyrelu": "leaky_relu", "leaky-relu": "leaky_relu",
            "identity": "linear", "none": "linear", "logistic": "sigmoid"}

NAMES = list(ACTIVATIONS)
HIDDEN = [a for a in ACTIVATIONS.values() if not a.output_only]   # the choices for a hidden layer


def get(name):
    """Return the activation called ``name`` (e.g. ``"tanh"``, ``"leaky relu"``)."""
    if isinstance(name, Activation):
        return name
    key = str(name).strip().lower()
    key = _ALIASES.get(key, key)
    if key not in ACTIVATIONS:
        raise ValueError(translate("activations", "Unknown activation {name!r}; choose one of {names}.").format(
            name=name, names=", ".join(NAMES)))
    return ACTIVATIONS[key]


def for_probabilities(n_out):
    """The output activation that turns ``n_out`` outputs into class probabilities.

    One output: a sigmoid, the probability of class 1. Several: a softmax, one
    probability per class, adding up to 1.
    """
    return next(a for a in ACTIVATIONS.values() if a.gives_probabilities and a.shares_probabilities == (n_out > 1))
