"""Loss Explorer's engine: a small numpy neural network with exact backprop.

Plain numpy and the standard library only; it never imports Qt, so it can be
scripted, tested and benchmarked without a display.
"""

from . import activations, losses, optimizers
from .network import Network
from .trainer import History, Snapshot, Trainer, TrainingDiverged

__all__ = ["Network", "Trainer", "TrainingDiverged", "Snapshot", "History", "losses", "activations", "optimizers"]
