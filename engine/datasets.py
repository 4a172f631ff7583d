"""The Dataset record and the built-in toy data sets.

The 2-D generators follow TensorFlow Playground's ``dataset.ts`` so that a
student who has played there recognises the pictures: coordinates in
[-6, 6], a circle of radius 5, XOR with a gap around the axes, two gaussians,
two interleaved spirals, and the two regression surfaces. Playground labels
its binary classes +1 (blue) and -1 (orange); here they are class 0 (blue)
and class 1 (orange), so the pictures keep their colours.

``noise`` runs from 0 to 1. Playground's slider goes from 0% to 50%, which
is 0 to 0.5 here, and the same number means the same thing in both. What
noise does differs by set, as it does in Playground:

- circle, xor, plane, multi-gaussian: the point stays where it is but its
  label is computed at a displaced point (displacement uniform in
  +-radius * noise on each axis), so labels near a boundary get mixed up;
- gaussian, blobs: the clusters widen (variance 0.5 at noise 0, 4 at 0.5);
- spiral, spiral-3: each point moves by up to ``noise`` on each axis;
- sine, line: gaussian noise with standard deviation ``noise`` is added to y.

Every random draw is made whatever the noise, so moving the noise slider with
a fixed seed keeps the points in place and only perturbs them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.data_errors import DataError, Messages
from engine.formatting import count
from engine.translation import QT_TRANSLATE_NOOP, translate

CLASSIFICATION = "classification"
REGRESSION = "regression"

# Matplotlib's tab10 order, which also starts with Playground's blue and orange.
COLOUR_NAMES = [QT_TRANSLATE_NOOP("datasets", "blue"), QT_TRANSLATE_NOOP("datasets", "orange"),
                QT_TRANSLATE_NOOP("datasets", "green"), QT_TRANSLATE_NOOP("datasets", "red")]


def shown_class_name(name):
    """A class's name for people: the built-in sets' colours in the reader's language, a CSV's own names as they are.

    The data keeps the English colour, so files and scripts read the same in every language.
    """
    return translate("datasets", name) if name in COLOUR_NAMES else str(name)

MIN_SAMPLES = 4
MAX_SAMPLES = 1_000_000


@dataclass(repr=False, eq=False)
class Dataset:
    """A table of inputs and targets, in the units it was given in.

    Attributes
    ----------
    name : str
        "circle" for a built-in set, the file name for a CSV file.
    task : str
        "classification" or "regression".
    X : numpy.ndarray
        (n, d) float64 inputs in raw units, which is what gets plotted.
    y : numpy.ndarray
        (n,) targets: int64 class indices for classification, float64 values
        for regression.
    feature_names : list of str
        The d input names: ["x1", "x2"] for built-in 2-D sets, ["x"] for 1-D
        sets, the column names for CSV files.
    target_name : str
        Name of the target column.
    class_names : list of str
        Name of each class index; empty for regression.
    source : dict
        JSON-able recipe to rebuild the data set (see ``engine.data.from_source``).
    csv_text : str or None
        For CSV data, the decoded file text, so an experiment file can embed it.
    """

    name: str
    task: str
    X: np.ndarray
    y: np.ndarray
    feature_names: list[str]
    target_name: str
    class_names: list[str]
    source: dict
    csv_text: str | None = None

    @property
    def n_classes(self) -> int:
        """Number of classes; 0 for regression."""
        return len(self.class_names) if self.task == CLASSIFICATION else 0

    @property
    def n_samples(self) -> int:
        return self.X.shape[0]

    def __repr__(self):
        inputs = ", ".join(self.feature_names)
        if self.task == CLASSIFICATION:
            target = f"{self.target_name} ({self.n_classes} classes)"
        else:
            target = self.target_name
        return f"Dataset({self.name!r}: {self.n_samples} rows, {inputs} -> {target}, {self.task})"


# --------------------------------------------------------------------------
# Generators. Each takes (n, noise, rng) and returns (X, y) with rows in
# generation order; make_builtin shuffles them so no class is drawn on top.


def _circle(n, noise, rng):
    radius = 5.0
    n_inner = n // 2
    r = np.concatenate([
        rng.uniform(0.0, radius * 0.5, n_inner),
        rng.uniform(radius * 0.7, radius, n - n_inner),
    ])
    angle = rng.uniform(0.0, 2 * math.pi, n)
    X = np.column_stack([r * np.sin(angle), r * np.cos(angle)])
    shift = rng.uniform(-radius, radius, (n, 2)) * noise
    inside = np.hypot(*(X + shift).T) < radius * 0.5
    return X, np.where(inside, 0, 1)


def _xor(n, noise, rng):
    padding = 0.3
    X = rng.uniform(-5.0, 5.0, (n, 2))
    # Playground pushes points away from the axes so the quadrants have a gap.
    X += np.where(X > 0, padding, -padding)
    shift = rng.uniform(-5.0, 5.0, (n, 2)) * noise
    moved = X + shift
    same_sign = moved[:, 0] * moved[:, 1] >= 0
    return X, np.where(same_sign, 0, 1)


def _gaussian_variance(noise):
    # Playground maps noise 0..0.5 linearly to variance 0.5..4.
    return 0.5 + 7.0 * noise


def _gaussian(n, noise, rng):
    std = math.sqrt(_gaussian_variance(noise))
    n_blue = n // 2
    centres = np.array([[2.0, 2.0]] * n_blue + [[-2.0, -2.0]] * (n - n_blue))
    X = centres + rng.normal(0.0, 1.0, (n, 2)) * std
    return X, np.repeat([0, 1], [n_blue, n - n_blue])


def _spiral_arms(n, noise, rng, n_arms, turns):
    counts = [n // n_arms + (1 if arm < n % n_arms else 0) for arm in range(n_arms)]
    parts = []
    for arm, count in enumerate(counts):
        i = np.arange(count)
        r = i / count * 5.0
        t = turns * i / count * 2 * math.pi + arm * 2 * math.pi / n_arms
        parts.append(np.column_stack([r * np.sin(t), r * np.cos(t)]))
    X = np.concatenate(parts)
    X += rng.uniform(-1.0, 1.0, (n, 2)) * noise
    return X, np.repeat(np.arange(n_arms), counts)


def _spiral(n, noise, rng):
    return _spiral_arms(n, noise, rng, n_arms=2, turns=1.75)


def _spiral_3(n, noise, rng):
    # Fewer turns than the 2-arm spiral: three arms at 1.75 turns lie so close
    # together that a small network cannot separate them.
    return _spiral_arms(n, noise, rng, n_arms=3, turns=1.25)


BLOB_CENTRES = np.array([[-3.0, 3.0], [3.0, 3.0], [3.0, -3.0], [-3.0, -3.0]])


def _blobs(n, noise, rng):
    k = len(BLOB_CENTRES)
    counts = [n // k + (1 if c < n % k else 0) for c in range(k)]
    labels = np.repeat(np.arange(k), counts)
    std = math.sqrt(_gaussian_variance(noise))
    X = BLOB_CENTRES[labels] + rng.normal(0.0, 1.0, (n, 2)) * std
    return X, labels


def _plane(n, noise, rng):
    radius = 6.0
    X = rng.uniform(-radius, radius, (n, 2))
    shift = rng.uniform(-radius, radius, (n, 2)) * noise
    moved = X + shift
    # Playground maps x1 + x2 from [-10, 10] onto [-1, 1].
    return X, (moved[:, 0] + moved[:, 1]) / 10.0


# (centre x1, centre x2, sign) of Playground's six bumps.
BUMPS = np.array([
    [-4.0, 2.5, 1.0], [0.0, 2.5, -1.0], [4.0, 2.5, 1.0],
    [-4.0, -2.5, -1.0], [0.0, -2.5, 1.0], [4.0, -2.5, -1.0],
])


def _multi_gaussian(n, noise, rng):
    radius = 6.0
    X = rng.uniform(-radius, radius, (n, 2))
    shift = rng.uniform(-radius, radius, (n, 2)) * noise
    moved = X + shift
    distance = np.hypot(moved[:, None, 0] - BUMPS[None, :, 0], moved[:, None, 1] - BUMPS[None, :, 1])
    # Each bump falls linearly from 1 at its centre to 0 at distance 2; the
    # label is the signed bump that is largest in absolute value.
    height = np.clip(1.0 - distance / 2.0, 0.0, 1.0)
    strongest = np.argmax(height, axis=1)
    rows = np.arange(n)
    return X, BUMPS[strongest, 2] * height[rows, strongest]


def _sine(n, noise, rng):
    x = rng.uniform(-3.0, 3.0, n)
    y = np.sin(x) + rng.normal(0.0, 1.0, n) * noise
    return x[:, None], y


def _line(n, noise, rng):
    x = rng.uniform(-3.0, 3.0, n)
    y = 0.5 * x + 1.0 + rng.normal(0.0, 1.0, n) * noise
    return x[:, None], y


# A tenth of the points of "line-outliers", all at the right, lie this far below the line.
OUTLIER_SHARE = 0.1
OUTLIER_DROP = 6.0


def _line_outliers(n, noise, rng):
    # The line of "line", with a few points far below it at the right: a
    # loss that squares the misses tilts its fit towards them, MAE hardly.
    x = rng.uniform(-3.0, 3.0, n)
    y = 0.5 * x + 1.0 + rng.normal(0.0, 1.0, n) * noise
    n_out = max(1, int(round(OUTLIER_SHARE * n)))
    x[:n_out] = rng.uniform(1.5, 3.0, n_out)
    y[:n_out] = 0.5 * x[:n_out] + 1.0 - OUTLIER_DROP + rng.normal(0.0, 0.3, n_out)
    return x[:, None], y


@dataclass(frozen=True)
class _Builtin:
    title: str
    task: str
    n_inputs: int
    class_names: tuple[str, ...]
    description: str
    generate: object


_BUILTINS = {
    "circle": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Circle"), CLASSIFICATION, 2, ("blue", "orange"),
        QT_TRANSLATE_NOOP("datasets", "A blue disc inside an orange ring: no straight line separates them."), _circle),
    "xor": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Exclusive or"), CLASSIFICATION, 2, ("blue", "orange"),
        QT_TRANSLATE_NOOP("datasets", "Four quadrants, blue where x1 and x2 have the same sign (XOR)."), _xor),
    "gaussian": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Two gaussians"), CLASSIFICATION, 2, ("blue", "orange"),
        QT_TRANSLATE_NOOP("datasets", "Two round clouds; a straight line separates them unless the noise is high."), _gaussian),
    "spiral": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Spiral"), CLASSIFICATION, 2, ("blue", "orange"),
        QT_TRANSLATE_NOOP("datasets", "Two interleaved spiral arms: the hardest of the two-class sets."), _spiral),
    "spiral-3": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Spiral, 3 arms"), CLASSIFICATION, 2, tuple(COLOUR_NAMES[:3]),
        QT_TRANSLATE_NOOP("datasets", "Three interleaved spiral arms, one class each (softmax output)."), _spiral_3),
    "blobs": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Four blobs"), CLASSIFICATION, 2, tuple(COLOUR_NAMES[:4]),
        QT_TRANSLATE_NOOP("datasets", "Four round clouds, one class each (softmax output)."), _blobs),
    "plane": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Plane"), REGRESSION, 2, (),
        QT_TRANSLATE_NOOP("datasets", "Regression: y = (x1 + x2) / 10, a tilted plane from about -1.2 to 1.2."), _plane),
    "multi-gaussian": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Multi gaussian"), REGRESSION, 2, (),
        QT_TRANSLATE_NOOP("datasets", "Regression: six bumps, up or down, in a 3 by 2 grid; zero in between."), _multi_gaussian),
    "sine": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Sine"), REGRESSION, 1, (),
        QT_TRANSLATE_NOOP("datasets", "Regression in one input: y = sin(x) for x from -3 to 3."), _sine),
    "line": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Line"), REGRESSION, 1, (),
        QT_TRANSLATE_NOOP("datasets", "Regression in one input: y = 0.5 x + 1 for x from -3 to 3."), _line),
    "line-outliers": _Builtin(
        QT_TRANSLATE_NOOP("datasets", "Line with outliers"), REGRESSION, 1, (),
        QT_TRANSLATE_NOOP("datasets", "Regression in one input: y = 0.5 x + 1, with a tenth of the points far below "
                          "the line at the right."),
        _line_outliers),
}


def builtin_names() -> list[str]:
    """Names of the built-in data sets, in display order.

    Returns
    -------
    list of str
        Two-class sets first (as in TF Playground), then multi-class, then
        regression in two inputs, then regression in one input.
    """
    return list(_BUILTINS)


def _lookup(name):
    try:
        return _BUILTINS[name]
    except (KeyError, TypeError):
        valid = ", ".join(_BUILTINS)
        raise DataError(Messages.UNKNOWN_BUILTIN.format(name=name, valid=valid)) from None


def builtin_info(name) -> dict:
    """Describe a built-in data set without generating it.

    Parameters
    ----------
    name : str
        One of ``builtin_names()``.

    Returns
    -------
    dict
        ``task`` ("classification" or "regression"), ``n_inputs`` (1 or 2),
        ``n_classes`` (0 for regression), ``description`` (one line for a
        tooltip) and ``title`` (a display name such as "Spiral, 3 arms"),
        in English; ``shown_title`` and ``shown_description`` are the same
        in the reader's language, for the window.

    Raises
    ------
    DataError
        If there is no built-in set of that name.
    """
    spec = _lookup(name)
    return {
        "task": spec.task,
        "n_inputs": spec.n_inputs,
        "n_classes": len(spec.class_names),
        "description": spec.description,
        "title": spec.title,
        "shown_description": translate("datasets", spec.description),
        "shown_title": translate("datasets", spec.title),
    }


def _is_whole_number(value):
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def make_builtin(name, n_samples=500, noise=0.0, seed=0) -> Dataset:
    """Generate a built-in data set.

    Parameters
    ----------
    name : str
        One of ``builtin_names()``.
    n_samples : int
        Number of rows, from 4 to 1,000,000.
    noise : float
        From 0 to 1; TF Playground's 0% to 50% is 0 to 0.5 here. See the
        module docstring for what it does to each set.
    seed : int
        Same seed, same data (for the same name, size and noise).

    Returns
    -------
    Dataset
        Rows in random order, so no class is systematically drawn on top.

    Raises
    ------
    DataError
        For an unknown name (the message lists the valid ones) or a bad
        argument.
    """
    spec = _lookup(name)
    if not _is_whole_number(n_samples) or not MIN_SAMPLES <= n_samples <= MAX_SAMPLES:
        raise DataError(Messages.BAD_N_SAMPLES.format(low=MIN_SAMPLES, high=count(MAX_SAMPLES), value=n_samples))
    if (isinstance(noise, bool) or not isinstance(noise, (int, float, np.integer, np.floating))
            or not 0.0 <= noise <= 1.0):
        raise DataError(Messages.BAD_NOISE.format(value=noise))
    if not _is_whole_number(seed) or seed < 0:
        raise DataError(Messages.BAD_SEED.format(value=seed))
    n_samples, noise, seed = int(n_samples), float(noise), int(seed)

    rng = np.random.default_rng(seed)
    X, y = spec.generate(n_samples, noise, rng)
    order = rng.permutation(n_samples)
    X = np.ascontiguousarray(X[order], dtype=np.float64)
    if spec.task == CLASSIFICATION:
        y = np.ascontiguousarray(y[order], dtype=np.int64)
        target_name = "label"
    else:
        y = np.ascontiguousarray(y[order], dtype=np.float64)
        target_name = "y"
    return Dataset(
        name=name,
        task=spec.task,
        X=X,
        y=y,
        feature_names=["x1", "x2"] if spec.n_inputs == 2 else ["x"],
        target_name=target_name,
        class_names=list(spec.class_names),
        source={"kind": "builtin", "name": name, "n_samples": n_samples, "noise": noise, "seed": seed},
    )
