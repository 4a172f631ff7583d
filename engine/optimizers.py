"""Optimizers: how the weights move once backprop has given the gradient.

Each works on the network's flat parameter and gradient vectors, so one
update is a handful of numpy calls however many layers there are. The
gradient array may be overwritten.
"""

import numpy as np

from .translation import QT_TRANSLATE_NOOP, translate


class Optimizer:
    name = "?"
    title = "?"

    def __init__(self, n_params):
        self.n_params = n_params

    def update(self, params, grads, learning_rate):
        raise NotImplementedError

    def reset(self):
        """Forget accumulated state (velocity, moments)."""

    @classmethod
    def shown_title(cls):
        """``title`` in the reader's language, for menus and labels."""
        return translate("optimizers", cls.title)

    def __repr__(self):
        return self.name


class SGD(Optimizer):
    """w ← w − η·∂L/∂w."""

    name = "sgd"
    title = QT_TRANSLATE_NOOP("optimizers", "SGD")

    def update(self, params, grads, learning_rate):
        np.multiply(grads, learning_rate, out=grads)
        np.subtract(params, grads, out=params)


class Momentum(Optimizer):
    """SGD with momentum: v ← μ·v + ∂L/∂w, w ← w − η·v (PyTorch's form)."""

    name = "momentum"
    title = QT_TRANSLATE_NOOP("optimizers", "SGD + momentum")

    def __init__(self, n_params, momentum=0.9):
        super().__init__(n_params)
        self.momentum = momentum
        self.velocity = np.zeros(n_params)

    def reset(self):
        self.velocity.fill(0.0)

    def update(self, params, grads, learning_rate):
        np.multiply(self.velocity, self.momentum, out=self.velocity)
        np.add(self.velocity, grads, out=self.velocity)
        np.multiply(self.velocity, learning_rate, out=grads)
        np.subtract(params, grads, out=params)


class Adam(Optimizer):
    """Adam (Kingma & Ba, 2015), with PyTorch's placement of ε."""

    name = "adam"
    title = QT_TRANSLATE_NOOP("optimizers", "Adam")

    def __init__(self, n_params, beta1=0.9, beta2=0.999, eps=1e-8):
        super().__init__(n_params)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self.m = np.zeros(n_params)
        self.v = np.zeros(n_params)
        self._scratch = np.zeros(n_params)
        self.t = 0

    def reset(self):
        self.m.fill(0.0)
        self.v.fill(0.0)
        self.t = 0

    def update(self, params, grads, learning_rate):
        self.t += 1
        b1, b2, scratch = self.beta1, self.beta2, self._scratch
        bias1 = 1.0 - b1 ** self.t
        bias2_sqrt = (1.0 - b2 ** self.t) ** 0.5
        # m ← β1 m + (1 − β1) g, kept in the form m += (1 − β1)(g − m)
        np.subtract(grads, self.m, out=scratch)
        np.multiply(scratch, 1.0 - b1, out=scratch)
        np.add(self.m, scratch, out=self.m)
        # v ← β2 v + (1 − β2) g²
        np.multiply(grads, grads, out=grads)
        np.subtract(grads, self.v, out=grads)
        np.multiply(grads, 1.0 - b2, out=grads)
        np.add(self.v, grads, out=self.v)
        # w ← w − η m̂ / (√v̂ + ε)
        np.sqrt(self.v, out=scratch)
        np.multiply(scratch, 1.0 / bias2_sqrt, out=scratch)
        np.add(scratch, self.eps, out=scratch)
        np.divide(self.m, scratch, out=scratch)
        np.multiply(scratch, learning_rate / bias1, out=scratch)
        np.subtract(params, scratch, out=params)


OPTIMIZERS = {cls.name: cls for cls in (SGD, Momentum, Adam)}
NAMES = list(OPTIMIZERS)


def make(name, n_params):
    """A fresh optimizer called ``name`` ("sgd", "momentum" or "adam")."""
    key = str(name).strip().lower()
    key = {"sgd+momentum": "momentum", "sgd_momentum": "momentum"}.get(key, key)
    if key not in OPTIMIZERS:
        raise ValueError(translate("optimizers", "Unknown optimizer {name!r}; choose sgd, momentum or adam.").format(name=name))
    return OPTIMIZERS[key](n_params)
