"""The changes a live run takes between two steps, as callables that pickle.

While a run is live, the window's changes (a new learning rate, a weight
typed in, a reset) are queued and the training loop applies them between
two steps (``gui.training_loop``). The loop usually runs in a training
process, so a change travels there by pickle: each is a module-level
function with its values bound by ``functools.partial`` (or an
``operator.methodcaller``), never a closure.
"""

import functools
import operator


def on_trainer(change):
    """A loop command that applies ``change(trainer)`` to the loop's trainer."""
    return functools.partial(_apply_to_trainer, change)


def attributes(**values):
    """A change that sets these attributes, in this order (on a trainer, or on the loop itself)."""
    return functools.partial(_set_attributes, **values)


def calling(method):
    """A change that calls the trainer's ``method()``: ``reset``, ``restore_best``."""
    return operator.methodcaller(method)


def weight(layer, i, j, value):
    return functools.partial(_set_weight, layer, i, j, value)


def bias(layer, j, value):
    return functools.partial(_set_bias, layer, j, value)


def parameters(weights, biases):
    """Every weight and bias at once (copies are bound, so later edits of the arrays do not travel)."""
    return functools.partial(_set_parameters, [w.copy() for w in weights], [b.copy() for b in biases])


def _apply_to_trainer(change, loop):
    change(loop.trainer)


def _set_attributes(target, **values):
    for name, value in values.items():
        setattr(target, name, value)


def _set_weight(layer, i, j, value, trainer):
    trainer.network.weights[layer][i, j] = value
    trainer.checkpoint()


def _set_bias(layer, j, value, trainer):
    trainer.network.biases[layer][j] = value
    trainer.checkpoint()


def _set_parameters(weights, biases, trainer):
    for W, new in zip(trainer.network.weights, weights):
        W[:] = new
    for b, new in zip(trainer.network.biases, biases):
        b[:] = new
    trainer.checkpoint()
