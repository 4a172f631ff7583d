"""Challenges: a lesson with a goal that is checked as the run goes, and a local table of attempts.

A challenge is a lesson file whose ``lesson`` has a ``challenge`` entry::

    "challenge": {"goal": {"test_loss_below": 0.1, "max_neurons": 4}}

Goal conditions (all that are given must hold at once):

- ``test_loss_below``, ``train_loss_below``: the latest epoch's loss;
- ``test_accuracy_above``: the latest test accuracy (classification);
- ``max_neurons``: hidden neurons in all, at most;
- ``by_epoch``: met no later than this epoch;
- ``loss``: with this loss (a name of ``engine.losses``);
- ``beats``: ``{"loss": "cross_entropy", "other": "mse", "metric": "test_accuracy",
  "by_epoch": 50}``: checked on the Compare window's runs (the same network
  from identical weights, one run per loss): at ``by_epoch`` the run with
  ``loss`` is ahead of the run with ``other`` in ``metric``. Any other
  conditions hold for the run with ``loss`` then.

``ScoreTable`` keeps every attempt in one JSON file on this computer: no
network, no accounts.
"""

import json
import math
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from . import losses as _losses
from .formatting import number, percent
from .translation import QT_TRANSLATE_NOOP, translate

CONDITIONS = ("test_loss_below", "train_loss_below", "test_accuracy_above", "max_neurons", "by_epoch", "loss",
              "beats")
# What a ``beats`` goal may compare two runs on: the history column, and its words. Higher is better.
COMPARED_METRICS = {"test_accuracy": ("test_metric", QT_TRANSLATE_NOOP("challenge", "test accuracy"))}


@dataclass
class State:
    """Where a run stands, as a goal reads it."""

    epoch: int
    train_loss: float
    test_loss: float
    test_metric: float
    neurons: int
    loss: str


@dataclass
class Status:
    met: bool
    parts: list = field(default_factory=list)    # (text, holds) per condition
    settled: bool = True                         # False while a compared run may still change the answer

    def text(self):
        return "; ".join(("✓ " if holds else "· ") + text for text, holds in self.parts)


@dataclass
class Goal:
    conditions: dict

    @classmethod
    def from_lesson(cls, lesson):
        """The goal of a lesson dict, or None if the lesson is no challenge."""
        challenge = (lesson or {}).get("challenge")
        if not challenge:
            return None
        goal = dict(challenge.get("goal") or {})
        unknown = set(goal) - set(CONDITIONS)
        if unknown or not goal:
            raise ValueError(translate("challenge", "A challenge's goal takes {conditions}; got {found}.").format(
                conditions=", ".join(CONDITIONS), found=", ".join(sorted(unknown)) or translate("challenge", "nothing")))
        if "loss" in goal:
            goal["loss"] = _losses.get(goal["loss"]).name
        if "beats" in goal:
            beats = dict(goal["beats"])
            if set(beats) != {"loss", "other", "metric", "by_epoch"} or beats["metric"] not in COMPARED_METRICS:
                raise ValueError(translate(
                    "challenge", 'A challenge\'s "beats" takes a loss, the other loss, a metric ({metrics}) and by_epoch.')
                    .format(metrics=", ".join(COMPARED_METRICS)))
            beats["loss"], beats["other"] = _losses.get(beats["loss"]).name, _losses.get(beats["other"]).name
            goal["beats"] = beats
        return cls(goal)

    @property
    def compared(self):
        """True if the goal is checked on the Compare window's runs, one per loss."""
        return "beats" in self.conditions

    def describe(self):
        """The goal in words: "test loss under 0.1 with at most 4 neurons"."""
        c, parts = self.conditions, []
        if "test_loss_below" in c:
            parts.append(translate("challenge", "test loss under {loss}").format(loss=number(c['test_loss_below'])))
        if "train_loss_below" in c:
            parts.append(translate("challenge", "training loss under {loss}").format(loss=number(c['train_loss_below'])))
        if "test_accuracy_above" in c:
            parts.append(translate("challenge", "test accuracy above {accuracy}").format(
                accuracy=percent(c['test_accuracy_above'])))
        if "max_neurons" in c:
            parts.append(translate("challenge", "at most {count} hidden neurons").format(count=c['max_neurons']))
        if "loss" in c:
            parts.append(translate("challenge", "with {loss}").format(loss=_losses.get(c['loss']).shown_title_in_text()))
        if "by_epoch" in c:
            parts.append(translate("challenge", "by epoch {epoch}").format(epoch=c['by_epoch']))
        if "beats" in c:
            b = c["beats"]
            parts.insert(0, translate("challenge", "{loss} ahead of {other} in {metric} at epoch {epoch}, in Compare").format(
                loss=_losses.get(b['loss']).shown_title_in_text(), other=_losses.get(b['other']).shown_title_in_text(),
                metric=translate("challenge", COMPARED_METRICS[b['metric']][1]), epoch=b['by_epoch']))
        return ", ".join(parts)

    def check(self, state):
        """A Status: which conditions hold for ``state``, and whether all do."""
        c, parts = self.conditions, []

        def below(value, limit):
            return value == value and value < limit

        if "test_loss_below" in c:
            parts.append((translate("challenge", "test loss {loss} (goal: under {goal})").format(
                loss=number(state.test_loss), goal=number(c['test_loss_below'])),
                below(state.test_loss, c["test_loss_below"])))
        if "train_loss_below" in c:
            parts.append((translate("challenge", "training loss {loss} (goal: under {goal})").format(
                loss=number(state.train_loss), goal=number(c['train_loss_below'])),
                below(state.train_loss, c["train_loss_below"])))
        if "test_accuracy_above" in c:
            parts.append((translate("challenge", "test accuracy {accuracy} (goal: above {goal})").format(
                accuracy=percent(state.test_metric), goal=percent(c['test_accuracy_above'])),
                state.test_metric == state.test_metric and state.test_metric > c["test_accuracy_above"]))
        if "max_neurons" in c:
            parts.append((translate("challenge", "{count} hidden neurons (goal: at most {goal})").format(
                count=state.neurons, goal=c['max_neurons']), state.neurons <= c["max_neurons"]))
        if "loss" in c:
            parts.append((translate("challenge", "loss {loss} (goal: {goal})").format(loss=state.loss, goal=c['loss']),
                          state.loss == c["loss"]))
        if "by_epoch" in c:
            parts.append((translate("challenge", "epoch {epoch} (goal: by {goal})").format(
                epoch=state.epoch, goal=c['by_epoch']), 0 < state.epoch <= c["by_epoch"]))
        if "beats" in c:
            parts.append((translate("challenge", "two runs side by side: open Train → Compare losses…"), False))
        met = state.epoch > 0 and all(holds for _, holds in parts)
        return Status(met, parts)

    def check_compared(self, runs, neurons, usual_start=True):
        """A Status of a ``beats`` goal on Compare's runs; ``settled`` once both reached its epoch.

        ``runs`` maps a loss name to its history's columns (``epoch``,
        ``train_loss``, ``test_loss``, ``test_metric``: arrays, one entry per
        epoch); ``neurons`` counts the network's hidden neurons. A start
        that is not the usual one (Compare's confidently wrong start hands
        cross-entropy the win) does not count.
        """
        beats = self.conditions["beats"]
        mine, theirs = beats["loss"], beats["other"]
        column, words = COMPARED_METRICS[beats["metric"]]
        if mine not in runs or theirs not in runs:
            missing = [_losses.get(name).shown_label() for name in (mine, theirs) if name not in runs]
            if len(missing) == 1:
                text = translate("challenge", "Compare has no {loss} run for this data.").format(loss=missing[0])
            else:
                text = translate("challenge", "Compare has no {loss} or {other} run for this data.").format(
                    loss=missing[0], other=missing[1])
            return Status(False, [(text, False)], settled=True)
        at = {}
        for name in (mine, theirs):
            epochs = np.asarray(runs[name]["epoch"], dtype=float)
            done = np.flatnonzero(epochs <= beats["by_epoch"])
            at[name] = done[-1] if len(done) else None
        if at[mine] is None or at[theirs] is None:
            return Status(False, [(translate("challenge", "train both runs to epoch {epoch}").format(
                epoch=beats['by_epoch']), False)], settled=False)
        epoch = int(min(runs[mine]["epoch"][at[mine]], runs[theirs]["epoch"][at[theirs]]))
        value = {name: float(np.asarray(runs[name][column])[np.flatnonzero(np.asarray(runs[name]["epoch"]) <= epoch)[-1]])
                 for name in (mine, theirs)}
        ahead = value[mine] == value[mine] and (value[theirs] != value[theirs] or value[mine] > value[theirs])
        label_mine, label_theirs = _losses.get(mine).shown_label(), _losses.get(theirs).shown_label()
        parts = [(translate("challenge", "epoch {epoch}: {loss} run {value} {metric}, {other} run {other_value} "
                            "(goal: {loss} ahead at epoch {goal})").format(
            epoch=epoch, loss=label_mine, value=percent(value[mine]), metric=translate("challenge", words),
            other=label_theirs, other_value=percent(value[theirs]), goal=beats['by_epoch']), ahead)]
        rest = {key: value for key, value in self.conditions.items() if key != "beats"}
        if rest:
            history = runs[mine]
            row = int(np.flatnonzero(np.asarray(history["epoch"]) <= epoch)[-1])
            state = State(epoch=epoch, train_loss=float(history["train_loss"][row]),
                          test_loss=float(history["test_loss"][row]), test_metric=float(history["test_metric"][row]),
                          neurons=neurons, loss=mine)
            parts += Goal(rest).check(state).parts
        if not usual_start:
            parts.append((translate("challenge", "from the usual starting weights (untick Start confidently wrong, "
                                    "then Reset)"), False))
        settled = epoch >= beats["by_epoch"]
        return Status(settled and all(holds for _, holds in parts), parts, settled=settled)


class ScoreTable:
    """Every attempt at a challenge, in one JSON file; written atomically."""

    def __init__(self, path):
        self.path = path
        self.rows = self._read()

    def _read(self):
        try:
            with open(self.path, encoding="utf-8") as stream:
                rows = json.load(stream)
        except (OSError, ValueError):
            return []
        return [row for row in rows if isinstance(row, dict)] if isinstance(rows, list) else []

    def record(self, challenge, met, epoch, neurons, test_loss, when=None):
        """Add an attempt and write the table; returns the new row."""
        row = {"challenge": str(challenge), "met": bool(met), "epoch": int(epoch), "neurons": int(neurons),
               "test_loss": None if not math.isfinite(test_loss) else float(test_loss),
               "when": (when or datetime.now()).isoformat(timespec="seconds")}
        self.rows.append(row)
        folder = os.path.dirname(os.path.abspath(self.path))
        os.makedirs(folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".scores-", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(self.rows, stream, indent=1)
        os.replace(temporary, self.path)
        return row

    def attempts(self, challenge):
        """Rows for ``challenge``, best first: met before not, then fewest epochs, then lowest test loss."""
        rows = [r for r in self.rows if r.get("challenge") == challenge]
        return sorted(rows, key=lambda r: (not r.get("met"), r.get("epoch", 0),
                                           r.get("test_loss") if r.get("test_loss") is not None else math.inf))
