"""Predict, then run: a student commits to what training will do, and the run says whether it did.

A ``Prediction`` is made before training on: the band the training loss will
be in at a given epoch, and whether the test loss will rise on the way there
(the sign of overfitting). ``judge(prediction, history)`` compares it with
the run once the run has reached that epoch.
"""

import math
from dataclasses import asdict, dataclass, field

import numpy as np

from . import losses as _losses

from .formatting import number

# The bands a student picks the final training loss from.
LOSS_BANDS = ((0.0, 0.1), (0.1, 0.3), (0.3, 0.6), (0.6, math.inf))
# The test loss "rose" when it ended this much above its lowest point.
RISE = 1.05


def band_text(band):
    low, high = LOSS_BANDS[band]
    if low == 0:
        return f"below {number(high)}"
    if math.isinf(high):
        return f"above {number(low)}"
    return f"{number(low)} to {number(high)}"


def band_of(loss):
    for index, (low, high) in enumerate(LOSS_BANDS):
        if low <= loss < high:
            return index
    return len(LOSS_BANDS) - 1


@dataclass
class Prediction:
    """What a student expects, written down before the run.

    ``band`` indexes LOSS_BANDS (the training loss at ``at_epoch``), and
    ``test_rises`` is whether the test loss will rise before then; either
    may be None (not predicted). ``from_epoch`` is where the run stood.
    """

    at_epoch: int
    band: int = None
    test_rises: bool = None
    from_epoch: int = 0
    outcome: dict = field(default_factory=dict)   # filled in by ``judge``

    def text(self):
        parts = []
        if self.band is not None:
            parts.append(f"training loss {band_text(self.band)} at epoch {self.at_epoch}")
        if self.test_rises is not None:
            parts.append("the test loss will rise" if self.test_rises else "the test loss will keep falling")
        return "; ".join(parts)

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, values):
        return cls(**{k: values[k] for k in ("at_epoch", "band", "test_rises", "from_epoch", "outcome") if k in values})


def judge(prediction, epochs, train_loss, test_loss):
    """Compare ``prediction`` with the run's per-epoch losses; None until the run reaches ``at_epoch``.

    Returns (and keeps in ``prediction.outcome``) a dict with ``train_loss``,
    ``band``, ``band_right``, ``test_rose``, ``test_right`` and ``text``.
    """
    epochs = np.asarray(epochs, dtype=float)
    reached = np.flatnonzero((epochs > prediction.from_epoch) & (epochs <= prediction.at_epoch))
    if not len(epochs) or epochs[-1] < prediction.at_epoch or not len(reached):
        return None
    last = reached[-1]
    loss = float(np.asarray(train_loss)[last])
    tests = np.asarray(test_loss, dtype=float)[reached]
    tests = tests[np.isfinite(tests)]
    rose = bool(len(tests) > 1 and tests[-1] > RISE * tests.min())
    band = band_of(loss)
    outcome = {"train_loss": loss, "band": band, "test_rose": rose,
               "band_right": None if prediction.band is None else band == prediction.band,
               "test_right": None if prediction.test_rises is None else rose == prediction.test_rises}
    parts = []
    if prediction.band is not None:
        mark = "✓" if outcome["band_right"] else "✗"
        parts.append(f"{mark} training loss {number(loss)} at epoch {prediction.at_epoch}, {band_text(band)} "
                     f"(you said {band_text(prediction.band)})")
    if prediction.test_rises is not None:
        mark = "✓" if outcome["test_right"] else "✗"
        lowest = number(float(tests.min())) if len(tests) else "–"
        parts.append(f"{mark} the test loss {'rose' if rose else 'did not rise'} (lowest {lowest}, last "
                     f"{number(float(tests[-1])) if len(tests) else '–'}; you said it would "
                     f"{'rise' if prediction.test_rises else 'keep falling'})")
    outcome["text"] = "; ".join(parts)
    prediction.outcome = outcome
    return outcome


def race_choices(loss_names):
    """What a student may predict in Compare: a run (by its loss), a tie, or neither, as text."""
    choices = {name: f"the {_losses.get(name).label} run" for name in loss_names}
    choices.update(tie="all at the same epoch" if len(choices) > 2 else "both at the same epoch",
                   neither="none of them, by then" if len(choices) > 2 else "neither, by then")
    return choices


def race_winner(runs, threshold=0.9, by_epoch=50):
    """Which run first reached ``threshold`` (test accuracy, say), if that is settled yet.

    ``runs`` maps a name to (epochs, values). Returns the name, "tie",
    "neither" (no run got there by ``by_epoch``), or None while a run that is
    behind could still get there first.
    """
    reached, current = {}, {}
    for name, (epochs, values) in runs.items():
        epochs, values = np.asarray(epochs, dtype=float), np.asarray(values, dtype=float)
        current[name] = float(epochs[-1]) if len(epochs) else 0.0
        hits = np.flatnonzero((values >= threshold) & (epochs <= by_epoch))
        reached[name] = float(epochs[hits[0]]) if len(hits) else None
    first = min([e for e in reached.values() if e is not None], default=float(by_epoch))
    if any(now < first for now in current.values()):
        return None
    winners = [name for name, e in reached.items() if e == first]
    if not winners:
        return "neither"
    return winners[0] if len(winners) == 1 else "tie"
