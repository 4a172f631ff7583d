"""Training: forward propagation → loss → backpropagation → update, repeated."""

import math
from dataclasses import dataclass, field

import numpy as np

from . import losses as _losses
from . import optimizers as _optimizers
from .events import Event
from .formatting import count, number
from .translation import QT_TRANSLATE_NOOP, translate

REGULARIZATIONS = ("none", "l1", "l2")

# A run has blown up once its loss over the training set is this many times
# its best and worse than where it started: nothing useful comes after that,
# and waiting for an overflow leaves weights near 1e150 that cannot recover.
BLOWUP_FACTOR = 100.0
# A single batch this many times the run's starting loss (or 1) is a blow-up
# under way; it is caught before the epoch ends.
BATCH_BLOWUP_FACTOR = 1e6


class TrainingDiverged(ArithmeticError):
    """The loss blew up (grew far past its best, or stopped being finite).

    ``restored_epoch`` and ``restored_loss`` say which weights are back: the
    best epoch's of this run, or the starting ones (``restored_loss`` NaN if
    no epoch had finished). ``what`` is the English source of what blew up
    and ``what_values`` its numbers, so the message can be said again in
    another language: an exception sent from the training process to the
    window is unpickled as one said in the window's language.
    """

    def __init__(self, message, step, epoch, learning_rate, restored_epoch=0, restored_loss=math.nan,
                 what=None, what_values=None):
        super().__init__(message)
        self.step, self.epoch, self.learning_rate = step, epoch, learning_rate
        self.restored_epoch, self.restored_loss = restored_epoch, restored_loss
        self.what, self.what_values = what, dict(what_values or {})

    def __reduce__(self):
        if self.what is None:
            return super().__reduce__()
        return (_divergence, (self.what, self.what_values, self.step, self.epoch, self.learning_rate,
                            self.restored_epoch, self.restored_loss))


def _divergence(what, what_values, step, epoch, learning_rate, restored_epoch, restored_loss):
    """A ``TrainingDiverged`` said in the reader's language, from its English ``what`` and its numbers."""
    said = translate("trainer", what).format(**{
        name: number(value) if isinstance(value, float) else value for name, value in what_values.items()})
    message = _diverged_message(said, step, epoch, restored_epoch, restored_loss, learning_rate)
    return TrainingDiverged(message, step, epoch, learning_rate, restored_epoch=restored_epoch,
                            restored_loss=restored_loss, what=what, what_values=what_values)


def _diverged_message(what, step, epoch, restored_epoch, restored_loss, learning_rate):
    if restored_epoch:
        which = translate("trainer", "the weights from epoch {epoch}").format(epoch=count(restored_epoch))
    else:
        which = translate("trainer", "the starting weights")
    if math.isfinite(restored_loss):
        kept = translate("trainer", "{which}, where the training loss was {loss}, are back").format(
            which=which, loss=number(restored_loss))
    else:
        kept = translate("trainer", "{which} are back").format(which=which)
    return translate(
        "trainer", "The {what} at step {step} (epoch {epoch}): the steps overshoot instead of going downhill. "
        "Training stopped, and {kept}. "
        "Lower the learning rate (now {rate}), to {lower_rate} say, and train again.").format(
        what=what, step=count(step), epoch=count(epoch), kept=kept, rate=number(learning_rate),
        lower_rate=number(learning_rate / 10))


def overshooting(train_loss, start_loss=math.nan, window=30):
    """Whether the training loss shows a learning rate too high, short of a blow-up.

    Two signs, over the last ``window`` epochs: the loss jumps up and down
    instead of falling (a third of the epochs rose by more than 10%, and it
    is no lower than ``window`` epochs ago), or it has settled at more than
    twice both where it started and its best (the steps threw the network
    into saturation, where it no longer learns). ``start_loss`` is the loss
    before the first epoch, if known; else the first epoch's stands in.
    """
    losses = np.asarray(train_loss, dtype=float)
    recent = losses[-(window + 1):]
    if len(recent) <= window or not np.all(np.isfinite(recent)):
        return False
    change = np.diff(recent)
    big_rises = np.count_nonzero(change > 0.1 * np.abs(recent[:-1]))
    if big_rises >= window / 3 and np.median(recent[-10:]) >= 0.9 * np.median(recent[:10]):
        return True
    settled = np.median(recent[-10:])
    start = losses[0] if start_loss != start_loss else start_loss
    return bool(settled > 2 * start and settled > 2 * np.nanmin(losses))


class History:
    """Per-epoch loss and metric records in arrays that double when full.

    The validation columns come last and are NaN when there are no
    validation rows, so records of five values (from older files) still fit.
    """

    COLUMNS = ("epoch", "train_loss", "test_loss", "train_metric", "test_metric", "val_loss", "val_metric")

    def __init__(self, capacity=1024):
        self._data = np.full((len(self.COLUMNS), capacity), np.nan)
        self.size = 0
        self.events = []  # Events: a loss switch, a new optimizer...

    def append(self, *values):
        if self.size == self._data.shape[1]:
            grown = np.full((len(self.COLUMNS), 2 * self.size), np.nan)
            grown[:, :self.size] = self._data
            self._data = grown
        if len(values) > len(self.COLUMNS):
            raise ValueError(f"A history record has at most {len(self.COLUMNS)} values; got {len(values)}.")
        self._data[:len(values), self.size] = values
        self._data[len(values):, self.size] = np.nan
        self.size += 1

    def column(self, name, start=0):
        return self._data[self.COLUMNS.index(name), start:self.size]

    def copy_from(self, start=0):
        """Copies of every column from record ``start`` on."""
        return {name: self.column(name, start).copy() for name in self.COLUMNS}

    def append_columns(self, columns):
        """Append the records of ``columns`` (column -> array, as ``copy_from`` and a snapshot give them)."""
        for row in zip(*(columns[name] for name in self.COLUMNS)):
            self.append(*row)

    def clear(self):
        self.size = 0
        self.events.clear()

    def __len__(self):
        return self.size


@dataclass
class Snapshot:
    """A consistent copy of the training state, safe to read in another thread."""

    network: object
    step: int
    epoch: int
    loss: str
    optimizer: str
    learning_rate: float
    metric: str                 # "accuracy" or "r2"
    batch_loss: float
    history_start: int          # index of the first record in ``history``
    history: dict               # column -> array, from history_start on
    events: list = field(default_factory=list)   # Events
    # (epoch + share of the current epoch done, training loss now) while an
    # epoch is under way and someone asked for it (slow motion), else None.
    partial: tuple = None
    best_epoch: int = None      # the epoch with the lowest validation loss, if there are validation rows
    stopped_epoch: int = None   # the epoch at which early stopping last ended a run

    def latest(self, column):
        values = self.history[column]
        return float(values[-1]) if len(values) else math.nan


class Trainer:
    """Trains a network by minibatch gradient descent.

    Parameters
    ----------
    network : Network
    loss : Loss or str
        A loss of ``losses.LOSSES`` or its name; MSE by default.
    optimizer : str
        A name of ``optimizers.OPTIMIZERS``.
    learning_rate : float
    batch_size : int or None
        Samples per step; None (or more than the training set) is full batch.
    regularization : "none", "l1" or "l2"
    regularization_rate : float
    seed : int
        Seeds the shuffling of the minibatches.
    data : object, optional
        Anything with ``X_train, Y_train, X_test, Y_test`` (an
        ``engine.data.Prepared``): needed by ``advance``, ``run_epoch`` and
        ``evaluate``; ``step`` works on arrays you hand it. ``X_val, Y_val``,
        if it has validation rows, are evaluated after every epoch too.
    early_stopping : int or None
        The patience: stop once the validation loss has not improved for this
        many epochs and go back to the best epoch's weights, as Keras's
        ``EarlyStopping(restore_best_weights=True)`` and scikit-learn's
        ``early_stopping=True`` do. None trains on.
    """

    def __init__(self, network, loss=_losses.MSE, optimizer="sgd", learning_rate=0.01, batch_size=10,
                 regularization="none", regularization_rate=0.0, seed=0, data=None, early_stopping=None):
        self.network = network
        self._loss = None
        self.loss = loss
        self._optimizer = None
        self.optimizer = optimizer
        self.learning_rate = learning_rate
        self.batch_size = batch_size
        self.regularization = regularization
        self.regularization_rate = regularization_rate
        self.seed = seed
        self.history = History()
        self.step_count = 0
        self.epoch = 0
        self.last_batch_loss = math.nan
        self._checkpoint = network.params.copy()
        self._checkpoint_epoch = 0
        self._checkpoint_loss = math.nan   # the training loss at the checkpoint, if known
        self._start_loss = math.nan        # the first epoch's loss since the last checkpoint()
        self._rng = np.random.default_rng(seed)
        self._cursor = 0
        self._shuffled = None
        self.early_stopping = early_stopping
        self._best_val_params = network.params.copy()
        self._forget_best_validation()
        self.stopped_epoch = None
        self.data = data

    # ----------------------------------------------------------- settings

    @property
    def loss(self):
        """The loss object; assign a name to switch, keeping the weights."""
        return self._loss

    @loss.setter
    def loss(self, name):
        new = _losses.get(name)
        new.check_output(self.network.activations[-1], self.network.n_outputs)
        switched = self._loss is not None and new is not self._loss
        if switched:
            self.history.events.append(Event(self.epoch, "loss", self._loss.name, new.name))
        self._loss = new
        if switched:
            # Losses in another unit cannot be compared with the old best.
            self.checkpoint()
            self._forget_best_validation()

    @property
    def optimizer(self):
        return self._optimizer

    @optimizer.setter
    def optimizer(self, name):
        if self._optimizer is not None and self._optimizer.name == str(name).lower():
            return
        new = _optimizers.make(name, self.network.n_params)
        if self._optimizer is not None:
            self.history.events.append(Event(self.epoch, "optimizer", self._optimizer.name, new.name))
        self._optimizer = new

    @property
    def learning_rate(self):
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value):
        value = float(value)
        if not (value > 0.0 and math.isfinite(value)):
            raise ValueError(translate("trainer", "The learning rate must be a positive number; got {value}.").format(value=value))
        self._learning_rate = value

    @property
    def regularization(self):
        return self._regularization

    @regularization.setter
    def regularization(self, name):
        name = "none" if name in (None, "") else str(name).lower()
        if name not in REGULARIZATIONS:
            raise ValueError(translate("trainer", "Unknown regularization {name!r}; choose none, l1 or l2.").format(name=name))
        self._regularization = name

    @property
    def regularization_rate(self):
        return self._regularization_rate

    @regularization_rate.setter
    def regularization_rate(self, value):
        value = float(value)
        if not (value >= 0.0 and math.isfinite(value)):
            raise ValueError(translate("trainer", "The regularization rate must be 0 or more; got {value}.").format(value=value))
        self._regularization_rate = value

    @property
    def batch_size(self):
        return self._batch_size

    @batch_size.setter
    def batch_size(self, value):
        if value is not None and int(value) < 1:
            raise ValueError(translate("trainer", "The batch size must be at least 1; got {value}.").format(value=value))
        self._batch_size = None if value is None else int(value)

    @property
    def early_stopping(self):
        """The patience in epochs, or None for no early stopping."""
        return self._patience

    @early_stopping.setter
    def early_stopping(self, patience):
        if patience is not None and (isinstance(patience, bool) or int(patience) != patience or patience < 1):
            raise ValueError(translate(
                "trainer", "The early-stopping patience must be a whole number of epochs, at least 1; got {patience}.")
                .format(patience=patience))
        self._patience = None if patience is None else int(patience)

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        self._data = data
        self._cursor = 0
        self._shuffled = None
        self._forget_best_validation()  # another validation set
        if data is not None:
            if data.X_train.shape[1] != self.network.n_inputs or data.Y_train.shape[1] != self.network.n_outputs:
                raise ValueError(translate(
                    "trainer", "The data has {n_inputs} inputs and {n_outputs} outputs; the network {network} does not "
                    "fit it.").format(n_inputs=data.X_train.shape[1], n_outputs=data.Y_train.shape[1],
                                      network=self.network))
            self._X_shuffled = np.empty_like(data.X_train)
            self._Y_shuffled = np.empty_like(data.Y_train)

    @property
    def metric(self):
        """"accuracy" when the data is classification, else "r2"."""
        data = self._data
        if data is not None and getattr(data, "output_activation", "linear") == "linear":
            return "r2"
        return "accuracy" if data is not None else "r2"

    # ----------------------------------------------------------- training

    def step(self, X_batch, Y_batch):
        """One forward pass, backward pass and update; returns the batch loss.

        Raises ``TrainingDiverged`` (with the weights left as they were before
        this step) if the loss or any weight stops being finite.
        """
        net = self.network
        X_batch = np.ascontiguousarray(X_batch, dtype=np.float64)
        Y_batch = np.ascontiguousarray(Y_batch, dtype=np.float64)
        if Y_batch.ndim == 1:
            Y_batch = Y_batch.reshape(-1, 1)
        if X_batch.ndim != 2 or X_batch.shape[1] != net.n_inputs or Y_batch.shape != (len(X_batch), net.n_outputs):
            raise ValueError(f"A batch for {net} needs X of shape (n, {net.n_inputs}) and Y of shape "
                             f"(n, {net.n_outputs}); got {X_batch.shape} and {Y_batch.shape}.")
        with _blow_ups_checked_explicitly():
            return self._step(X_batch, Y_batch)

    def _step(self, X_batch, Y_batch):
        net = self.network
        value = net.backprop(X_batch, Y_batch, self._loss)
        self.step_count += 1
        if not math.isfinite(value):
            self._diverged(QT_TRANSLATE_NOOP("trainer", "loss became NaN (not a number)") if math.isnan(value)
                           else QT_TRANSLATE_NOOP("trainer", "loss became infinite"))
        reference = self._start_loss
        if reference == reference and value > BATCH_BLOWUP_FACTOR * max(reference, 1.0):
            self._diverged(QT_TRANSLATE_NOOP("trainer", "loss of a batch grew to {loss}"), loss=float(value))
        rate = self._regularization_rate
        if rate and self._regularization != "none":
            w, grad_w = net.params[:net.n_weights], net.grads[:net.n_weights]
            if self._regularization == "l2":
                grad_w += rate * w
            else:
                grad_w += rate * np.sign(w)
        self._optimizer.update(net.params, net.grads, self._learning_rate)
        if not math.isfinite(float(np.add.reduce(net.params))):
            self._diverged(QT_TRANSLATE_NOOP("trainer", "weights grew past what a computer can store"))
        self.last_batch_loss = value
        return value

    def _diverged(self, what, **what_values):
        # ``what``: the English source (QT_TRANSLATE_NOOP), said with its values in _divergence.
        # Go back to the run's best epoch: the weights just before a blow-up
        # may be finite but huge, and nothing learns from there. Adam's
        # moments from the exploding gradients would poison a restart too.
        np.copyto(self.network.params, self._checkpoint)
        self._optimizer.reset()
        self.last_batch_loss = self._checkpoint_loss
        raise _divergence(what, what_values, self.step_count, self.epoch, self._learning_rate,
                        self._checkpoint_epoch, self._checkpoint_loss)

    def checkpoint(self):
        """Start measuring blow-ups from the current weights, and return here if one comes.

        Called after anything that moves the weights other than training (a
        reset, an edited weight, a loaded file) or changes what the loss
        means. Each epoch with a new best training loss then moves the
        checkpoint there.
        """
        np.copyto(self._checkpoint, self.network.params)
        self._checkpoint_epoch = self.epoch
        self._checkpoint_loss = math.nan
        self._start_loss = math.nan

    def _measure_start(self, data):
        # Where this stretch of training starts: what a blow-up is measured
        # against, and the loss restored if one comes before any epoch ends.
        loss = self._loss.exact(self.network, data.X_train, data.Y_train)
        if math.isfinite(loss):
            self._start_loss = loss
            if self._checkpoint_loss != self._checkpoint_loss:
                self._checkpoint_loss = loss

    def overshooting(self):
        """Whether this run's loss says the learning rate is too high; see ``overshooting``."""
        return overshooting(self.history.column("train_loss"), self._start_loss)

    @property
    def best(self):
        """(epoch, training loss) the run would return to if it blew up now."""
        return self._checkpoint_epoch, self._checkpoint_loss

    def advance(self, n_steps):
        """Take up to ``n_steps`` minibatch steps through the training data.

        Epochs continue where the last call left off; at the end of each
        epoch the train, test and validation loss are recorded in ``history``.
        Returns the number of epochs completed during this call, which ends
        early if early stopping stops the run (see ``early_stopped``).
        """
        data = self._require_data()
        n_train = len(data.X_train)
        epochs_done = 0
        if self._stop_pending:
            # Training on after an early stop: the patience starts again.
            self._stop_pending = False
            self._epochs_without_improvement = 0
        with _blow_ups_checked_explicitly():
            for _ in range(n_steps):
                epochs_done += self._advance_one(data, n_train)
                if self._stop_pending:
                    break
        return epochs_done

    def _advance_one(self, data, n_train):
        if self._start_loss != self._start_loss:
            self._measure_start(data)
        if self._shuffled is None:
            order = self._rng.permutation(n_train)
            np.take(data.X_train, order, axis=0, out=self._X_shuffled)
            np.take(data.Y_train, order, axis=0, out=self._Y_shuffled)
            self._shuffled = order
        size = n_train if self._batch_size is None else self._batch_size
        start, stop = self._cursor, min(self._cursor + size, n_train)
        self._step(self._X_shuffled[start:stop], self._Y_shuffled[start:stop])
        self._cursor = stop
        if stop < n_train:
            return 0
        self._cursor = 0
        self._shuffled = None
        self.epoch += 1
        self.record_epoch()
        return 1

    @property
    def epoch_progress(self):
        """How much of the current epoch is done, 0 to 1 (0 between epochs)."""
        data = self._data
        return self._cursor / len(data.X_train) if data is not None and len(data.X_train) else 0.0

    def partial_epoch(self):
        """(epoch + progress, training loss at the current weights), or None between epochs.

        For plotting a slow run between its epoch records: at one step a
        second an epoch can take half a minute.
        """
        progress = self.epoch_progress
        if progress <= 0:
            return None
        data = self._require_data()
        with _blow_ups_checked_explicitly():
            loss = self._loss.exact(self.network, data.X_train, data.Y_train)
        return self.epoch + progress, loss

    def steps_per_epoch(self):
        n_train = len(self._require_data().X_train)
        size = n_train if self._batch_size is None else min(self._batch_size, n_train)
        return -(-n_train // size)

    def run_epoch(self):
        """Finish the current epoch (a whole one if none is under way)."""
        data = self._require_data()
        size = len(data.X_train) if self._batch_size is None else self._batch_size
        remaining = -(-(len(data.X_train) - self._cursor) // size)
        self.advance(remaining)
        return self.history.column("train_loss")[-1]

    def _require_data(self):
        if self._data is None:
            raise RuntimeError("This trainer has no data; pass data=... (an engine.data.Prepared).")
        return self._data

    # --------------------------------------------------------- evaluation

    def evaluate(self):
        """Loss and metric on the train, test and validation sets with the current weights.

        Keys ``train_loss``, ``test_loss``, ``val_loss`` and the same with
        ``_metric``; NaN for a split with no rows.
        """
        data = self._require_data()
        with _blow_ups_checked_explicitly():
            return self._evaluate(data)

    def _evaluate(self, data):
        results = {}
        splits = (("train", data.X_train, data.Y_train), ("test", data.X_test, data.Y_test),
                  ("val", getattr(data, "X_val", None), getattr(data, "Y_val", None)))
        for split, X, Y in splits:
            if X is None or len(X) == 0:
                results[f"{split}_loss"] = results[f"{split}_metric"] = math.nan
                continue
            outputs = self.network.forward(X)
            results[f"{split}_loss"] = self._loss.exact(self.network, X, Y, outputs)
            results[f"{split}_metric"] = score(Y, outputs, self.metric)
        return results

    def record_epoch(self):
        r = self.evaluate()
        loss = r["train_loss"]
        if not math.isfinite(loss):
            self._diverged(QT_TRANSLATE_NOOP("trainer", "loss over the training set became NaN") if math.isnan(loss)
                           else QT_TRANSLATE_NOOP("trainer", "loss over the training set became infinite"))
        best = self._checkpoint_loss
        if best == best and loss > max(BLOWUP_FACTOR * best, self._start_loss):
            self._diverged(QT_TRANSLATE_NOOP("trainer", "loss grew to {loss}, more than {factor} times its best ({best})"),
                           loss=float(loss), factor=f"{BLOWUP_FACTOR:.0f}", best=float(best))
        self.history.append(self.epoch, loss, r["test_loss"], r["train_metric"], r["test_metric"],
                            r["val_loss"], r["val_metric"])
        if self._start_loss != self._start_loss:
            self._start_loss = loss
        if not loss > best:  # also when there is no best yet (NaN)
            np.copyto(self._checkpoint, self.network.params)
            self._checkpoint_epoch, self._checkpoint_loss = self.epoch, loss
        self._watch_validation(r["val_loss"])

    # ----------------------------------------------------- early stopping

    def _forget_best_validation(self):
        self.best_epoch = None
        self.best_val_loss = math.nan
        self._epochs_without_improvement = 0
        self._stop_pending = False

    def _watch_validation(self, val_loss):
        if not math.isfinite(val_loss):
            return
        if not val_loss >= self.best_val_loss:  # strictly better, or the first
            np.copyto(self._best_val_params, self.network.params)
            self.best_epoch, self.best_val_loss = self.epoch, val_loss
            self._epochs_without_improvement = 0
            return
        self._epochs_without_improvement += 1
        if self._patience is not None and self._epochs_without_improvement >= self._patience:
            np.copyto(self.network.params, self._best_val_params)
            self.stopped_epoch = self.epoch
            self._stop_pending = True

    @property
    def early_stopped(self):
        """Whether the last ``advance`` ended because early stopping stopped the run.

        The weights are then the best epoch's (``best_epoch``); the history
        runs to ``stopped_epoch``. Training on clears it and gives the
        validation loss another ``early_stopping`` epochs to improve.
        """
        return self._stop_pending

    def restore_best(self):
        """Put back the weights of the epoch with the lowest validation loss; returns that epoch.

        Returns None, changing nothing, if no epoch has been validated yet
        (there are no validation rows, or no epoch has ended).
        """
        if self.best_epoch is None:
            return None
        np.copyto(self.network.params, self._best_val_params)
        return self.best_epoch

    # ---------------------------------------- state, to train in another process

    def state(self):
        """Everything this trainer is but its data, for ``adopt`` (in another process, say).

        The shuffled copies of the data are left out too: they are made
        again from the epoch's order, which the state holds.
        """
        state = dict(self.__dict__)
        for name in ("_data", "_X_shuffled", "_Y_shuffled"):
            state.pop(name, None)
        return state

    def adopt(self, state, data=None):
        """Become the trainer ``state`` describes (``state()`` of another), on ``data`` or the data it has."""
        data = self.__dict__.get("_data") if data is None else data
        self.__dict__.update(state)
        self.__dict__["_data"] = data
        if data is not None:
            self._X_shuffled = np.empty_like(data.X_train)
            self._Y_shuffled = np.empty_like(data.Y_train)
            if self._shuffled is not None:   # mid-epoch: the rest of it in the same order
                np.take(data.X_train, self._shuffled, axis=0, out=self._X_shuffled)
                np.take(data.Y_train, self._shuffled, axis=0, out=self._Y_shuffled)

    @classmethod
    def from_state(cls, state, data):
        trainer = cls.__new__(cls)
        trainer.adopt(state, data)
        return trainer

    def snapshot(self, history_from=0):
        """A copy of the weights, the history from record ``history_from`` on, and the settings."""
        return Snapshot(network=self.network.copy(), step=self.step_count, epoch=self.epoch,
                        loss=self._loss.name, optimizer=self._optimizer.name,
                        learning_rate=self._learning_rate, metric=self.metric,
                        batch_loss=self.last_batch_loss, history_start=history_from,
                        history=self.history.copy_from(history_from), events=list(self.history.events),
                        best_epoch=self.best_epoch, stopped_epoch=self.stopped_epoch)

    def reset(self, seed=None):
        """Fresh weights from the seed, an empty history, a new shuffle."""
        self.network.initialize(seed)
        self._optimizer.reset()
        self.history.clear()
        self.step_count = self.epoch = 0
        self.last_batch_loss = math.nan
        self._rng = np.random.default_rng(self.seed)
        self._cursor = 0
        self._shuffled = None
        self.checkpoint()
        self._forget_best_validation()
        self.stopped_epoch = None


def _blow_ups_checked_explicitly():
    # A diverging run overflows on purpose; the trainer notices non-finite
    # losses and weights itself and says so, so numpy's warnings are noise.
    return np.errstate(over="ignore", invalid="ignore", divide="ignore")


def score(Y, outputs, metric):
    """Accuracy (share of samples whose predicted class is right) or R².

    ``Y`` are the network's targets (0/1 column or one-hot, or regression
    values); R² is unchanged by the target scaling, so it is also the R² in
    the data's own units.
    """
    if len(Y) == 0:
        return math.nan
    if metric == "accuracy":
        if Y.shape[1] == 1:
            return float(np.mean((outputs[:, 0] > 0.5) == (Y[:, 0] > 0.5)))
        return float(np.mean(outputs.argmax(axis=1) == Y.argmax(axis=1)))
    residual = float(np.sum((Y - outputs) ** 2))
    total = float(np.sum((Y - Y.mean(axis=0)) ** 2))
    return 1.0 - residual / total if total > 0 else math.nan
