"""An experiment: data, network and training settings in one place.

``Setup`` is plain, JSON-able data: what the command line parses, what the
window edits and what an experiment file stores. ``Experiment`` is a setup
made real: the data set, its prepared split, the network and its trainer.
"""

from dataclasses import asdict, dataclass, field, fields

from . import data as _data
from . import losses as _losses
from .network import Network
from .trainer import Trainer
from .translation import QT_TRANSLATE_NOOP, translate

MAX_HIDDEN_LAYERS = 8
MAX_UNITS = 16

NEEDS_VALIDATION = QT_TRANSLATE_NOOP(
    "experiment", "Early stopping watches the validation loss, so it needs validation rows: "
    "set the validation fraction above 0 (0.1 is usual).")


# What scikit-learn's MLPClassifier and MLPRegressor do by default, and what
# a table from a CSV file gets here: batch_size="auto" is min(200, n) rows,
# max_iter is 200 epochs. A small table is then trained full batch, a large
# one in batches of 200, so the steps per epoch grow with the table while
# the epochs stay put. Built-in sets keep the settings they had.
TABLE_MAX_BATCH = 200
TABLE_EPOCHS = 200


def table_defaults(n_train):
    """(batch size, epochs) for a table with ``n_train`` training rows, as scikit-learn's MLP picks them."""
    return max(1, min(TABLE_MAX_BATCH, int(n_train))), TABLE_EPOCHS


def default_loss(task):
    """The name of the loss the course teaches for ``task``: cross-entropy for classes, MSE for numbers."""
    return _losses.default_for(task).name


@dataclass
class Setup:
    """Every choice that defines an experiment.

    ``data`` is a data set's recipe (``Dataset.source``): a built-in set's
    name, size, noise and seed, or a CSV file's path, target and task.
    ``output_activation`` and ``loss`` left as None follow the data: sigmoid,
    softmax or linear output; cross-entropy for classes, MSE for numbers.
    ``validation_fraction`` is the share of the training rows set aside to
    watch for overfitting; ``early_stopping`` is the patience in epochs (None
    for no early stopping), which needs validation rows.
    """

    data: dict = field(default_factory=lambda: {"kind": "builtin", "name": "circle", "n_samples": 500,
                                                "noise": 0.0, "seed": 0})
    test_fraction: float = 0.5
    features: list = None
    hidden_sizes: list = field(default_factory=lambda: [4, 2])
    hidden_activations: list = field(default_factory=lambda: ["tanh", "tanh"])
    output_activation: str = None
    loss: str = None
    optimizer: str = "sgd"
    learning_rate: float = 0.03
    batch_size: int = 10
    regularization: str = "none"
    regularization_rate: float = 0.0
    seed: int = 0
    validation_fraction: float = 0.0
    early_stopping: int = None

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, values):
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise ValueError(translate("experiment", "Unknown setting(s): {names}.").format(names=", ".join(sorted(unknown))))
        return cls(**values)

    def check(self):
        """Raise ValueError with a plain sentence if a setting is out of range."""
        if len(self.hidden_sizes) > MAX_HIDDEN_LAYERS:
            raise ValueError(translate("experiment", "At most {limit} hidden layers; got {count}.").format(
                limit=MAX_HIDDEN_LAYERS, count=len(self.hidden_sizes)))
        if len(self.hidden_activations) != len(self.hidden_sizes):
            raise ValueError(translate("experiment", "Each hidden layer needs an activation."))
        for size in self.hidden_sizes:
            if not 1 <= int(size) <= MAX_UNITS:
                raise ValueError(translate("experiment", "A hidden layer has between 1 and {limit} neurons; got {size}.").format(
                    limit=MAX_UNITS, size=size))
        if not 0.0 < float(self.test_fraction) < 1.0:
            raise ValueError(translate("experiment", "The test fraction must be between 0 and 1; got {value}.").format(
                value=self.test_fraction))
        if not 0.0 <= float(self.validation_fraction) < 1.0:
            raise ValueError(translate("experiment", "The validation fraction must be from 0 up to 1 (not 1 itself); "
                                       "got {value}.").format(value=self.validation_fraction))
        if self.early_stopping is not None:
            if isinstance(self.early_stopping, bool) or int(self.early_stopping) != self.early_stopping \
                    or self.early_stopping < 1:
                raise ValueError(translate(
                    "experiment", "The early-stopping patience must be a whole number of epochs, at least 1; "
                    "got {patience}.").format(patience=self.early_stopping))
            if float(self.validation_fraction) == 0.0:
                raise ValueError(translate("experiment", NEEDS_VALIDATION))


class Experiment:
    """A setup made real: ``dataset``, ``prepared``, ``network`` and ``trainer``."""

    def __init__(self, setup, dataset=None):
        setup.check()
        self.setup = setup
        self.dataset = dataset if dataset is not None else _data.from_source(setup.data)
        self.setup.data = dict(self.dataset.source)
        self.prepared = _data.prepare(self.dataset, features=setup.features, test_fraction=setup.test_fraction,
                                      seed=setup.seed, validation_fraction=setup.validation_fraction)
        self.trainer = self._make_trainer()

    @property
    def network(self):
        return self.trainer.network

    @property
    def task(self):
        return self.dataset.task

    def output_activation(self):
        return self.setup.output_activation or self.prepared.output_activation

    def loss_name(self):
        return self.setup.loss or default_loss(self.dataset.task)

    def _make_trainer(self):
        s = self.setup
        sizes = [len(self.prepared.input_names)] + [int(n) for n in s.hidden_sizes] + [self.prepared.n_outputs]
        network = Network(sizes, list(s.hidden_activations) + [self.output_activation()], seed=s.seed)
        check_loss_fits(self.loss_name(), self.dataset.task, network)
        return Trainer(network, loss=self.loss_name(), optimizer=s.optimizer, learning_rate=s.learning_rate,
                       batch_size=s.batch_size, regularization=s.regularization,
                       regularization_rate=s.regularization_rate, seed=s.seed, data=self.prepared,
                       early_stopping=s.early_stopping)


def check_loss_fits(loss, task, network):
    """Raise LossMismatchError if ``loss`` can't train ``network`` on this task."""
    _losses.get(loss).check(task, network.activations[-1], network.n_outputs)
