"""Activation functions.

Each activation works in place on a preallocated array, and gives its slope
from its *output* rather than its input. That lets the network overwrite the
weighted sums with the activations during a training step and still do the
backward pass: for every activation here the output alone decides the slope.
"""

import numpy as np


class Activation:
    name = "?"

    def forward(self, z, out):
        """Write f(z) into ``out`` (which may be ``z`` itself) and return it."""
        raise NotImplementedError

    def slope(self, a, out):
        """Write f'(z) into ``out``, computed from the output ``a = f(z)``."""
        raise NotImplementedError

    def __call__(self, z):
        return self.forward(z, np.empty_like(z))

    def __repr__(self):
        return self.name


class Linear(Activation):
    name = "linear"

    def forward(self, z, out):
        if out is not z:
            np.copyto(out, z)
        return out

    def slope(self, a, out):
        out.fill(1.0)
        return out


class Tanh(Activation):
    name = "tanh"

    def forward(self, z, out):
        return np.tanh(z, out=out)

    def slope(self, a, out):
        np.multiply(a, a, out=out)
        return np.subtract(1.0, out, out=out)


class Sigmoid(Activation):
    name = "sigmoid"

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

    def forward(self, z, out):
        return np.maximum(z, 0.0, out=out)

    def slope(self, a, out):
        return np.greater(a, 0.0, out=out, casting="unsafe")


class LeakyReLU(Activation):
    name = "leaky_relu"
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

    def forward(self, z, out):
        shift = stable_shift(z)
        np.subtract(z, shift, out=out)
        np.exp(out, out=out)
        return np.divide(out, row_sums(out)[:, None], out=out)

    def slope(self, a, out):
        raise TypeError("softmax has a Jacobian, not an element-wise slope")


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


ACTIVATIONS = {a.name: a for a in (Linear(), Tanh(), Sigmoid(), ReLU(), LeakyReLU(), Softmax())}

# Spellings people type; all map onto the canonical names above.
_ALIASES = {"leaky relu": "leaky_relu", "leakyrelu": "leaky_relu", "leaky-relu": "leaky_relu",
            "identity": "linear", "none": "linear", "logistic": "sigmoid"}

NAMES = list(ACTIVATIONS)


def get(name):
    """Return the activation called ``name`` (e.g. ``"tanh"``, ``"leaky relu"``)."""
    if isinstance(name, Activation):
        return name
    key = str(name).strip().lower()
    key = _ALIASES.get(key, key)
    if key not in ACTIVATIONS:
        raise ValueError(f"Unknown activation {name!r}; choose one of {', '.join(NAMES)}.")
    return ACTIVATIONS[key]
