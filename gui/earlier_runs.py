"""Earlier runs: curves a reset or a new setting cleared, kept on the loss plot for comparison.

Each is labelled with what differs now ("earlier run: lr 0.3 · Adam"), said
again in the language spoken whenever it is read.
"""

from PySide6.QtCore import QCoreApplication

from engine import activations, losses
from engine.formatting import count, number

# Qt's translation of a text outside a widget class; lupdate finds translate("context", "text") by its name.
translate = QCoreApplication.translate

# Earlier runs kept on the loss plot: enough to compare, few enough to read.
MAX_EARLIER_RUNS = 3


class EarlierRun:
    """A cleared curve kept for comparison.

    ``label`` says what differs now, ``curve`` maps column -> array, and
    ``loss_switches`` are the epochs where that run's loss was switched (its
    curve breaks there, as the current run's does).
    """

    def __init__(self, label, curve, loss_switches=(), say=None):
        self._label, self._say = label, say
        self.curve, self.loss_switches = curve, tuple(loss_switches)

    @property
    def label(self):
        """What differs now, in the language spoken now (``say`` makes it), else as it was given."""
        return self._say() if self._say is not None else self._label

    def __repr__(self):
        return f"EarlierRun({self.label!r}, {len(self.curve['epoch'])} epochs)"


def setup_changes(before, after, default_loss=None):
    """What differs between two setups, as short phrases naming the earlier values: ["lr 0.3", "adam"].

    ``default_loss`` is the loss a setup without one trains (the task's),
    so "the default" and that loss by name count as the same.
    """
    parts = []
    if before.data != after.data or before.features != after.features or before.test_fraction != after.test_fraction:
        parts.append(translate("earlier_runs", "other data"))
    before_loss, after_loss = before.loss or default_loss, after.loss or default_loss
    if before_loss != after_loss:
        parts.append(translate("earlier_runs", "{loss} loss").format(
            loss=losses.get(before_loss).shown_label()) if before_loss
            else translate("earlier_runs", "default loss"))
    if before.learning_rate != after.learning_rate:
        parts.append(translate("earlier_runs", "lr {rate}").format(rate=number(before.learning_rate)))
    if before.optimizer != after.optimizer:
        parts.append(before.optimizer)
    if before.batch_size != after.batch_size:
        parts.append(translate("earlier_runs", "batch {size}").format(size=count(before.batch_size)))
    if (before.regularization, before.regularization_rate) != (after.regularization, after.regularization_rate):
        parts.append(translate("earlier_runs", "no regularization") if before.regularization == "none" else
                     f"{before.regularization.upper()} {number(before.regularization_rate)}")
    if before.hidden_sizes != after.hidden_sizes or before.hidden_activations != after.hidden_activations:
        parts.append(translate("earlier_runs", "layers {sizes}").format(
            sizes="-".join(str(n) for n in before.hidden_sizes)) if before.hidden_sizes
            else translate("earlier_runs", "no hidden layers"))
    if before.output_activation != after.output_activation:
        parts.append(translate("earlier_runs", "{activation} output").format(
            activation=activations.get(before.output_activation).shown_title() if before.output_activation
            else translate("earlier_runs", "default")))
    if before.seed != after.seed:
        parts.append(translate("earlier_runs", "seed {seed}").format(seed=before.seed))
    return parts


def earlier_run(run_setup, setup, curve, events, task):
    """The run of ``curve`` (column -> array) and its ``events``, labelled with what differs in ``setup`` now.

    None if nothing does.

    A run with exactly today's settings would only draw the same curve
    again, so it is not kept.
    """
    changes = setup_changes(run_setup, setup, default_loss=losses.default_for(task).name)
    if not changes:
        return None
    switches = [event.epoch for event in events if event.setting == "loss"]

    def say():
        changes = setup_changes(run_setup, setup, default_loss=losses.default_for(task).name)
        return translate("earlier_runs", "earlier run: {changes}").format(changes=" · ".join(changes))
    return EarlierRun(say(), curve, switches, say)
