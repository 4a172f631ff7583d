"""The window's model: one experiment, its training run, and what it has shown.

Widgets are handed the ``Session`` and listen to its signals; they change it
only through its methods. The session owns the engine objects. While a run is
live the worker owns the trainer, so every change is queued to the worker and
takes effect between two steps; while paused, changes apply at once.
"""

import contextlib
import copy
import logging
import time

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from engine import History, Network, Trainer, TrainingDiverged, losses
from engine.events import Event
from engine.formatting import number
from engine.trainer import overshooting
from engine import data as engine_data
from engine.experiment import MAX_HIDDEN_LAYERS, MAX_UNITS, Experiment, Setup, check_loss_fits

from . import derived, messages, trainer_changes
from .boundary_sketch import BoundarySketch
from .earlier_runs import MAX_EARLIER_RUNS, EarlierRun, earlier_run, setup_changes  # noqa: F401 (their old home)
from .log_file import log_path
from .training_run import TrainingRun
from .training_loop import StopReason

log = logging.getLogger(__name__)

# The share of the training rows set aside when early stopping is switched on without any.
DEFAULT_VALIDATION_FRACTION = 0.1

# Speeds offered, in steps per second; None is as fast as the machine goes.
SPEEDS = [1, 3, 10, 30, 100, 300, 1000, None]
# Where a new window starts: fast enough to see the loss fall within seconds,
# slow enough for a class to follow (full speed solves circle in 4 s).
DEFAULT_SPEED = 100
# What ``setting_changed`` may name.
SETTINGS = ("loss", "learning_rate", "batch_size", "optimizer", "regularization", "speed", "stop_condition",
            "early_stopping")


class Session(QObject):
    data_changed = Signal()          # a new data set, split or feature choice (the network is new too)
    network_changed = Signal()       # new layers, activations or inputs; the weights are fresh
    snapshot_changed = Signal()      # new weights and numbers in ``snapshot``
    history_changed = Signal()       # ``history`` grew, or was cut back by a reset
    settings_changed = Signal()      # any training setting; ``setting_changed`` names which
    setting_changed = Signal(str)    # the one setting that changed: a name from ``SETTINGS``
    running_changed = Signal(bool)   # training started (True) or stopped (False)
    problem = Signal(str, str)       # title, message: something the user must read (divergence, ...)
    stopped = Signal(str)            # why a run stopped: a worker StopReason
    history_discarded = Signal(dict)  # column -> array of a curve about to be cleared (a reset, new data)
    earlier_runs_changed = Signal()  # ``earlier_runs`` gained or lost a run

    def __init__(self, setup=None, dataset=None, parent=None):
        super().__init__(parent)
        self.setup = setup or Setup(data={"kind": "builtin", "name": "circle", "n_samples": 500, "noise": 0.0, "seed": 0})
        self.experiment = Experiment(self.setup, dataset=dataset)
        self.history = History()
        self.speed = DEFAULT_SPEED        # steps per second; None is full speed
        self.stop_epochs = None
        self.stop_loss = None
        self.epochs_per_second = 0.0
        # The worker and its thread while training; threads still winding down.
        self._run = TrainingRun(self)
        self._run.progressed.connect(self._on_progressed)
        self._run.diverged.connect(self._on_diverged)
        self._run.failed.connect(self._on_failed)
        self._run.process_ended.connect(self._on_process_ended)
        self._run.finished.connect(self._on_finished)
        self._rate_mark = None
        self.snapshot = self.experiment.trainer.snapshot()
        self._snapshot_serial = 0
        self._extra_granted_at = -1
        # Earlier runs on this data, newest last: context for the current
        # one (what changed, and what it did), never the subject.
        self.earlier_runs = []
        self._run_setup = None     # the setup the current curve started with
        # (epoch + share done, training loss) of the epoch under way, in slow motion.
        self.partial_trace = []
        self._overshoot_checked_at = 0   # history length at the last look for an overshooting rate
        self._overshoot_said = False     # said once per learning rate and curve
        self._rate_changed_at = 0        # epoch of the last learning-rate change
        # Where the weights have been, one entry per snapshot, thinned out
        # when long: the loss landscape draws the training path from it.
        self.weight_path = [self.snapshot.network.params.copy()]
        # The boundary a student draws before a run: the output view and the predict panel share it.
        self.boundary_sketch = BoundarySketch(self)

    # ------------------------------------------------------------ reading

    @property
    def dataset(self):
        return self.experiment.dataset

    @property
    def prepared(self):
        return self.experiment.prepared

    @property
    def network(self):
        """The latest weights the GUI may read: a copy, never the live one."""
        return self.snapshot.network

    @property
    def task(self):
        return self.experiment.dataset.task

    @property
    def loss_name(self):
        """The loss being trained: the user's choice, not the last snapshot's.

        A snapshot may lag a switch by a frame; every control and view shows
        this instead.
        """
        return self.experiment.loss_name()

    @property
    def is_running(self):
        return self._run.is_live

    @property
    def trains_in_process(self):
        """Whether the live run trains in a training process of its own (``gui.training_process``)."""
        return self._run.in_process

    @property
    def _retiring(self):
        """run id -> (thread, worker) of training threads not finished yet (the training run keeps them)."""
        return self._run.retiring

    def may_refresh_extra(self):
        """Whether a costly view that need not follow every frame may refresh now.

        While training, one such refresh (histogram, dot sizes, formula) is
        granted per frame, so they take turns instead of piling onto one
        frame and making it late.
        """
        if not self.is_running:
            return True
        if self._extra_granted_at == self._snapshot_serial:
            return False
        self._extra_granted_at = self._snapshot_serial
        return True

    @property
    def snapshot_serial(self):
        """Grows with every new snapshot: a cheap key for caching derived views."""
        return self._snapshot_serial

    def hidden_sizes(self):
        return list(self.setup.hidden_sizes)

    # ---------------------------------------------------------- training

    def start(self):
        if self.is_running:
            return
        derive = self.view_inputs().live_derive()
        self._rate_mark = (time.perf_counter(), self.snapshot.epoch)
        self._run.start(self.experiment.trainer, history_sent=len(self.history), steps_per_second=self.speed,
                        stop_epochs=self.stop_epochs, stop_loss=self.stop_loss, derive=derive)
        self.running_changed.emit(True)

    def pause(self):
        self._run.request_stop()

    def toggle(self):
        self.pause() if self.is_running else self.start()

    def step(self, unit="batch"):
        """One minibatch step (or the rest of the epoch), right here; only while paused."""
        if self.is_running:
            return
        trainer = self.experiment.trainer
        try:
            if unit == "epoch":
                trainer.run_epoch()
            else:
                trainer.advance(1)
        except Exception as e:
            self._publish()
            self._report_training_error(e)
            return
        self._publish()

    def reset(self):
        """Fresh weights from the seed and an empty curve; a live run goes on from there."""
        self._apply(trainer_changes.calling("reset"))

    def shutdown(self, timeout_ms=1000):
        """Stop a live run and wait for every training thread to end; for closing the window.

        Threads of runs that already stopped may still be winding down; they
        are waited for too, so none outlives the session.
        """
        return self._run.shutdown(timeout_ms)

    def _apply(self, change):
        """Run ``change(trainer)`` between two steps of a live run, or now; ``change`` must pickle (see
        ``gui.trainer_changes``): the run may train in another process."""
        if self.is_running:
            self._run.queue(trainer_changes.on_trainer(change))
        else:
            change(self.experiment.trainer)
            self._publish()

    def _publish(self):
        trainer = self.experiment.trainer
        start = min(len(self.history), len(trainer.history))
        snapshot = trainer.snapshot(history_from=start)
        # Paused mid-epoch (a Step of one batch, a slow run stopped): the
        # curve shows where the epoch under way has got to.
        with np.errstate(all="ignore"):
            snapshot.partial = trainer.partial_epoch()
        self._accept(snapshot)

    def _discard_history(self, keep=0, same_data=True):
        if len(self.history) > keep + 1:
            curve = self.history.copy_from(0)
            self.history_discarded.emit(curve)
            if same_data:
                self._keep_earlier_run(curve)
        if not same_data:
            self.clear_earlier_runs()
        self.history.size = keep
        self.history.events.clear()
        self._run_setup = None
        self._overshoot_checked_at, self._overshoot_said, self._rate_changed_at = keep, False, 0

    def _look_for_overshooting(self):
        """Say once when the loss bounces or settles high without blowing up: the rate is too high."""
        n = len(self.history)
        if self._overshoot_said or n - self._overshoot_checked_at < 10:
            return
        self._overshoot_checked_at = n
        epochs = self.history.column("epoch")
        # Only the stretch since the last loss switch or rate change compares.
        since = max([event.epoch for event in self.history.events] + [self._rate_changed_at], default=0)
        start = int(np.searchsorted(epochs, since, side="right"))
        train_loss = self.history.column("train_loss")[start:]
        if len(train_loss) and overshooting(train_loss):
            self._overshoot_said = True
            rate = self.setup.learning_rate
            self.problem.emit(messages.say(messages.OVERSHOOTING_TITLE), messages.say(
                messages.OVERSHOOTING, loss=number(train_loss[-1]), best=number(np.nanmin(train_loss)),
                learning_rate=number(rate), lower=number(rate / 10)))

    def _keep_earlier_run(self, curve):
        """Keep a cleared curve as context, labelled with what is different now.

        Only while the data stays the same (a reset, new layers, another
        learning rate), and only if some setting differs (``earlier_run``).
        """
        if self._run_setup is None:
            return
        run = earlier_run(self._run_setup, self.setup, curve, self.history.events, self.task)
        if run is None:
            return
        self.earlier_runs.append(run)
        del self.earlier_runs[:-MAX_EARLIER_RUNS]
        self.earlier_runs_changed.emit()

    def clear_earlier_runs(self):
        if self.earlier_runs:
            self.earlier_runs = []
            self.earlier_runs_changed.emit()

    def _accept(self, snapshot, announce=True):
        if snapshot.history_start < len(self.history) or snapshot.step < self.snapshot.step:
            self._discard_history(keep=snapshot.history_start)
            self.weight_path.clear()
        self.weight_path.append(snapshot.network.params.copy())
        if len(self.weight_path) > 4000:
            self.weight_path[:] = self.weight_path[::2]
        self.history.append_columns(snapshot.history)
        if self._run_setup is None and len(self.history):
            self._run_setup = copy.deepcopy(self.setup)
        self.history.events[:] = snapshot.events
        # Slow motion: where the epoch under way has got to, since the last whole one.
        if snapshot.partial is None or (self.partial_trace and snapshot.partial[0] < self.partial_trace[-1][0]):
            self.partial_trace = [] if snapshot.partial is None else [snapshot.partial]
        else:
            self.partial_trace.append(snapshot.partial)
        self.snapshot = snapshot
        self._snapshot_serial += 1
        self._look_for_overshooting()
        if announce:
            self.snapshot_changed.emit()
            self.history_changed.emit()

    @Slot(object)
    def _on_progressed(self, snapshot):
        self._accept(snapshot)
        now = time.perf_counter()
        then, epoch_then = self._rate_mark or (now, snapshot.epoch)
        if now - then >= 0.5:
            self.epochs_per_second = (snapshot.epoch - epoch_then) / (now - then)
            self._rate_mark = (now, snapshot.epoch)
        self._run.resume_after_frame()

    @Slot(str)
    def _on_diverged(self, message):
        self._say_diverged(message)

    @Slot(str)
    def _on_failed(self, error):
        self.problem.emit(messages.say(messages.UNEXPECTED_ERROR_TITLE),
                          messages.say(messages.TRAINING_FAILED, error=error, log_path=log_path()))

    @Slot(object)
    def _on_process_ended(self, exit_code):
        self.problem.emit(messages.say(messages.TRAINING_PROCESS_ENDED_TITLE),
                          messages.say(messages.TRAINING_PROCESS_ENDED, code=exit_code))

    @Slot(str)
    def _on_finished(self, reason):
        self._after_run(reason)

    def stop_and_wait(self, timeout_ms=2000):
        """Stop a live run now, not just ask, so the trainer can be read or replaced.

        Returns True if a run was live.
        """
        if not self.is_running:
            return False
        self.shutdown(timeout_ms)
        self._after_run(StopReason.PAUSED)
        return True

    @contextlib.contextmanager
    def paused(self):
        """Hold a live run still for the block, then let it go on, even if the block raised.

        For a consistent copy of the weights and history, or for swapping what
        the run trains. Yields whether a run was live.
        """
        was_running = self.stop_and_wait()
        try:
            yield was_running
        finally:
            if was_running:
                self.start()

    def _after_run(self, reason):
        self._run.ended()
        self.epochs_per_second = 0.0
        # Changes queued after the worker's last look at the queue.
        for command in self._run.take_commands():
            command(_TrainerHolder(self.experiment.trainer))
        self._publish()
        self.running_changed.emit(False)
        self.stopped.emit(reason)

    def _report_training_error(self, error):
        if isinstance(error, TrainingDiverged):
            self._say_diverged(error)
        else:
            log.exception("Step failed")
            self.problem.emit(messages.say(messages.UNEXPECTED_ERROR_TITLE), str(error))

    def _say_diverged(self, message):
        # The engine's sentence (in the reader's language already), then the window's hint.
        self.problem.emit(messages.say(messages.DIVERGED_TITLE), f"{message}\n\n{messages.say(messages.DIVERGED_HINT)}")

    # ---------------------------------------------------------- settings

    def _changed(self, name):
        self.setting_changed.emit(name)
        self.settings_changed.emit()

    def set_learning_rate(self, value):
        value = float(value)
        self.setup.learning_rate = value
        # A new rate gets a fresh look for overshooting, from the epoch it starts.
        self._overshoot_said = False
        self._rate_changed_at = self.snapshot.epoch
        self._apply(trainer_changes.attributes(learning_rate=value))
        self._changed("learning_rate")

    def set_batch_size(self, value):
        value = int(value)
        self.setup.batch_size = value
        self._apply(trainer_changes.attributes(batch_size=value))
        self._changed("batch_size")

    def set_optimizer(self, name):
        self.setup.optimizer = name
        self._apply(trainer_changes.attributes(optimizer=name))
        self._changed("optimizer")

    def set_regularization(self, kind, rate):
        rate = float(rate)
        self.setup.regularization, self.setup.regularization_rate = kind, rate
        self._apply(trainer_changes.attributes(regularization=kind, regularization_rate=rate))
        self._changed("regularization")

    def check_loss(self, name):
        """None if ``name`` can train this network, else the LossMismatchError."""
        try:
            check_loss_fits(name, self.task, self.snapshot.network)
        except losses.LossMismatchError as e:
            return e
        return None

    def set_loss(self, name):
        """Switch the loss, keeping the weights; the caller checks ``check_loss`` first."""
        name = losses.get(name).name
        if self.check_loss(name) is not None:
            raise self.check_loss(name)
        self.setup.loss = name
        self._apply(trainer_changes.attributes(loss=name))
        self._changed("loss")

    def set_output_and_loss(self, activation, loss):
        """Swap the output layer's activation and the loss together, keeping every weight."""
        with self.paused():
            self._swap_output_and_loss(activation, loss)

    def _swap_output_and_loss(self, activation, loss):
        old = self.experiment.trainer
        self.setup.output_activation, self.setup.loss = activation, losses.get(loss).name
        network = Network(old.network.sizes, old.network.activation_names[:-1] + [activation], seed=old.network.seed)
        network.params[:] = old.network.params
        new = self.experiment.trainer = Trainer(
            network, loss=self.setup.loss, optimizer=self.setup.optimizer, learning_rate=self.setup.learning_rate,
            batch_size=self.setup.batch_size, regularization=self.setup.regularization,
            regularization_rate=self.setup.regularization_rate, seed=self.setup.seed, data=self.prepared,
            early_stopping=self.setup.early_stopping)
        # The curve and the counters carry on across the switch.
        new.history, new.step_count, new.epoch = old.history, old.step_count, old.epoch
        if old.loss is not new.loss:
            new.history.events.append(Event(old.epoch, "loss", old.loss.name, new.loss.name))
        new.checkpoint()
        self.network_changed.emit()
        self._changed("loss")
        self._publish()

    def set_speed(self, steps_per_second):
        self.speed = steps_per_second
        if self.is_running:
            self._run.queue(trainer_changes.attributes(steps_per_second=steps_per_second))
        self._changed("speed")

    def set_stop_condition(self, epochs=None, loss=None):
        self.stop_epochs, self.stop_loss = epochs, loss
        if self.is_running:
            self._run.queue(trainer_changes.attributes(stop_epochs=epochs, stop_loss=loss))
        self._changed("stop_condition")

    # ------------------------------------------- validation and early stopping

    def set_early_stopping(self, patience):
        """Stop once the validation loss has not improved for ``patience`` epochs (None: never).

        Early stopping needs validation rows: without any, a tenth of the
        training rows is set aside first, which makes a new split (and fresh
        weights), as changing the test share does.
        """
        patience = None if patience is None else int(patience)
        if patience is not None and not self.setup.validation_fraction:
            self._rebuild(self._new_setup(early_stopping=patience, validation_fraction=DEFAULT_VALIDATION_FRACTION),
                          data_changed=True)
            return
        self.setup.early_stopping = patience
        self._apply(trainer_changes.attributes(early_stopping=patience))
        self._changed("early_stopping")

    def set_validation_fraction(self, fraction):
        """Set aside this share of the training rows for validation (0: none, which ends early stopping)."""
        fraction = float(fraction)
        changes = {"validation_fraction": fraction}
        if fraction == 0.0:
            changes["early_stopping"] = None
        self._rebuild(self._new_setup(**changes), data_changed=True)

    def go_to_best_epoch(self):
        """Put back the weights of the epoch with the lowest validation loss; the curve stays.

        Returns that epoch, or None when there is none yet (no validation
        rows, or no epoch has ended).
        """
        best = self.snapshot.best_epoch
        if best is None:
            return None
        self._apply(trainer_changes.calling("restore_best"))
        return best

    def set_weight(self, layer, i, j, value):
        self._apply(trainer_changes.weight(layer, i, j, value))

    def set_parameters(self, weights, biases):
        """Replace every weight and bias at once (a step-through update, a bookmark)."""
        self._apply(trainer_changes.parameters(weights, biases))

    def set_bias(self, layer, j, value):
        self._apply(trainer_changes.bias(layer, j, value))

    # ------------------------------------------------- structure and data

    def _rebuild(self, setup, dataset=None, data_changed=False):
        """Make a new experiment from ``setup``; on error keep the old one and re-raise."""
        if dataset is None and not data_changed:
            dataset = self.experiment.dataset
        self.install(Experiment(setup, dataset=dataset), data_changed=data_changed)

    def install(self, experiment, data_changed=True):
        """Show ``experiment`` (built, or read from a file) instead of the current one.

        A live run stops first and goes on with the new experiment.
        """
        with self.paused():
            self._show_experiment(experiment, data_changed)

    def _show_experiment(self, experiment, data_changed):
        self.setup, self.experiment = experiment.setup, experiment
        self._discard_history(same_data=not data_changed)
        self.weight_path = []
        # Views rebuild on data/network changes before they see new numbers.
        self._accept(experiment.trainer.snapshot(), announce=False)
        if data_changed:
            self.data_changed.emit()
        self.network_changed.emit()
        self.settings_changed.emit()
        self.snapshot_changed.emit()
        self.history_changed.emit()

    def _new_setup(self, **changes):
        setup = copy.deepcopy(self.setup)
        for key, value in changes.items():
            setattr(setup, key, value)
        return setup

    def set_dataset(self, dataset):
        """Use a loaded data set (a CSV file, say); the loss follows its task."""
        setup = self._new_setup(data=dict(dataset.source), features=None, output_activation=None,
                                loss=_keep_loss_if_fits(self.setup.loss, dataset.task))
        self._rebuild(setup, dataset=dataset, data_changed=True)

    def load_builtin(self, name, n_samples=None, noise=None, seed=None):
        source = dict(self.setup.data) if self.setup.data.get("kind") == "builtin" else {}
        source.update(kind="builtin", name=name, n_samples=n_samples or source.get("n_samples", 500),
                      noise=source.get("noise", 0.0) if noise is None else noise,
                      seed=source.get("seed", 0) if seed is None else seed)
        dataset = engine_data.from_source(source)
        same_inputs = self.setup.data.get("kind") == "builtin" and \
            engine_data.builtin_info(self.setup.data["name"])["n_inputs"] == engine_data.builtin_info(name)["n_inputs"]
        setup = self._new_setup(data=source, features=self.setup.features if same_inputs else None,
                                output_activation=None, loss=_keep_loss_if_fits(self.setup.loss, dataset.task))
        self._rebuild(setup, dataset=dataset, data_changed=True)

    def set_test_fraction(self, fraction):
        self._rebuild(self._new_setup(test_fraction=float(fraction)), data_changed=True)

    def set_features(self, features):
        if not features:
            raise ValueError(messages.say(messages.NO_INPUTS))
        self._rebuild(self._new_setup(features=list(features)), data_changed=True)

    def available_features(self):
        """Input features the user may switch on: TF Playground's for x1/x2 data, else the data's columns."""
        names = list(self.dataset.feature_names)
        return list(engine_data.FEATURE_NAMES) if names == ["x1", "x2"] else names

    def set_hidden_layers(self, sizes, activations):
        if len(sizes) > MAX_HIDDEN_LAYERS:
            raise ValueError(messages.say(messages.LAYER_LIMIT, limit=MAX_HIDDEN_LAYERS))
        if any(not 1 <= s <= MAX_UNITS for s in sizes):
            raise ValueError(messages.say(messages.UNIT_LIMIT, limit=MAX_UNITS))
        self._rebuild(self._new_setup(hidden_sizes=list(sizes), hidden_activations=list(activations)))

    def add_layer(self):
        sizes, acts = self.hidden_sizes(), list(self.setup.hidden_activations)
        self.set_hidden_layers(sizes + [sizes[-1] if sizes else 2], acts + [acts[-1] if acts else "tanh"])

    def remove_layer(self):
        if self.setup.hidden_sizes:
            self.set_hidden_layers(self.hidden_sizes()[:-1], list(self.setup.hidden_activations)[:-1])

    def change_units(self, layer, delta):
        sizes = self.hidden_sizes()
        sizes[layer] += delta
        self.set_hidden_layers(sizes, list(self.setup.hidden_activations))

    def set_activation(self, layer, name):
        acts = list(self.setup.hidden_activations)
        acts[layer] = name
        self.set_hidden_layers(self.hidden_sizes(), acts)

    def set_seed(self, seed):
        self._rebuild(self._new_setup(seed=int(seed)))

    # ------------------------------------------------------ derived views

    def current_gradients(self):
        """(loss, grad_w, grad_b) over the training set at the latest weights.

        Computed here in the GUI thread on the snapshot's copy of the network,
        so it never races the worker; cached until the next snapshot.
        """
        cached = getattr(self, "_gradient_cache", None)
        if cached and cached[0] == self._snapshot_serial:
            return cached[1]
        data = self.prepared
        with np.errstate(over="ignore", invalid="ignore"):
            result = self.snapshot.network.copy().gradients(data.X_train, data.Y_train, self.loss_name)
        self._gradient_cache = (self._snapshot_serial, result)
        return result

    def input_extent(self):
        """(x_min, x_max, y_min, y_max) of the raw input plane, padded a little."""
        return self.view_inputs().extent

    def view_inputs(self):
        """The rows and grids the views evaluate the network on (``gui.derived``), kept per data set."""
        inputs = getattr(self, "_view_inputs", None)
        if inputs is None or inputs.prepared is not self.prepared:
            inputs = self._view_inputs = derived.ViewInputs(self.prepared, self.dataset,
                                                            inputs.grid_inputs if inputs is not None else ())
        return inputs

    def derived(self):
        """The latest snapshot's numbers for the views: computed by the worker while training, else here."""
        result = getattr(self.snapshot, "derived", None)
        if result is None or result.inputs is not self.view_inputs():
            cached = getattr(self, "_derived_cache", None)
            if cached and cached[0] == self._snapshot_serial:
                return cached[1]
            result = derived.Derived(self.view_inputs(), self.snapshot.network, self.snapshot.loss)
            self._derived_cache = (self._snapshot_serial, result)
        return result

    def grid_outputs(self, resolution):
        """Every layer's activations over a resolution² grid of the input plane.

        Returns ``(inputs, layers)``: the network's input columns on the grid,
        shape (resolution, resolution, n_inputs), and for each layer an array
        (resolution, resolution, units); row index is y, column index x. Only
        for 2-D data. Once asked for, a resolution is computed by the worker
        with every snapshot.
        """
        return self.derived().grid(resolution)


class _TrainerHolder:
    """Lets a queued worker command run on the trainer once the worker is gone."""

    def __init__(self, trainer):
        self.trainer = trainer
        self.steps_per_second = self.stop_epochs = self.stop_loss = None


def _keep_loss_if_fits(loss, task):
    """Keep the user's loss on new data only where it still makes sense."""
    if loss is None or not losses.get(loss).fits_task(task) or losses.get(loss) is losses.default_for(task):
        return None
    return loss
