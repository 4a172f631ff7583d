"""Data for the network: built-in toy sets, CSV files, and getting either ready to train.

``prepare`` is the one step between a Dataset (raw units, what gets plotted)
and what the network sees: a seeded train/test split (and, if asked, a
validation split carved from the training rows), optional input features
such as x1^2 or sin(x1), standardisation fitted on the training rows only,
and targets encoded for the output layer (0/1 for a sigmoid, one-hot for a
softmax, plain numbers for a linear output). The returned ``Prepared`` keeps
what it fitted, so ``transform`` can map any raw points (a plot's grid, say)
the same way and ``decode`` can turn outputs back into classes or data units.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from engine import losses as _losses
from engine.csv_reader import read_csv, read_csv_text
from engine.data_errors import DataError, Messages, count
from engine.translation import translate
from engine.datasets import (
    CLASSIFICATION,
    REGRESSION,
    Dataset,
    builtin_info,
    builtin_names,
    make_builtin,
)

__all__ = [
    "DataError", "Dataset", "builtin_names", "builtin_info", "make_builtin",
    "read_csv", "read_csv_text", "from_source", "FEATURE_NAMES", "Prepared", "prepare",
    "CLASSIFICATION", "REGRESSION",
]

# TF Playground's input features. Each is a recipe on the raw columns
# (x1 is column 0, x2 column 1) so a Prepared stays plain data.
_FEATURE_RECIPES = {
    "x1": ("column", 0),
    "x2": ("column", 1),
    "x1^2": ("square", 0),
    "x2^2": ("square", 1),
    "x1*x2": ("product", 0, 1),
    "sin(x1)": ("sin", 0),
    "sin(x2)": ("sin", 1),
}
FEATURE_NAMES = list(_FEATURE_RECIPES)

# A regression target already near unit scale is left alone, so the loss
# stays in the data's own units ("a miss of 2 costs 4"); outside these bounds
# the network would learn slowly or blow up, so it gets standardised.
# Built-in sets always keep their units.
TARGET_STD_RANGE = (0.2, 5.0)
TARGET_MAX_ABS_MEAN = 5.0


def _compute(recipe, X):
    kind, *columns = recipe
    if kind == "column":
        return X[:, columns[0]]
    if kind == "square":
        return X[:, columns[0]] ** 2
    if kind == "product":
        return X[:, columns[0]] * X[:, columns[1]]
    if kind == "sin":
        return np.sin(X[:, columns[0]])
    raise AssertionError(f"unknown feature recipe {recipe!r}")


@dataclass(repr=False, eq=False)
class Prepared:
    """A data set split, transformed and encoded for one network.

    Arrays are float64 and C-contiguous, except the raw targets ``y_train``,
    ``y_val``, ``y_test`` (int64 for classes) and the int64 row indices.

    Attributes
    ----------
    X_train, X_val, X_test : numpy.ndarray
        (m, len(input_names)) network inputs. The validation rows are taken
        from the training split and not trained on; there are none (m = 0)
        unless a validation fraction was asked for.
    Y_train, Y_val, Y_test : numpy.ndarray
        (m, n_outputs) network targets.
    y_train, y_val, y_test : numpy.ndarray
        (m,) raw targets: class indices, or values in data units.
    train_index, val_index, test_index : numpy.ndarray
        Row indices into ``dataset.X``, sorted; the three never overlap.
    input_names : list of str
        Name of each network input, e.g. ["x1", "x2", "x1^2"].
    n_outputs : int
        1 for regression and two classes, k for k > 2 classes.
    output_activation : str
        "linear", "sigmoid" or "softmax".
    task : str
        "classification" or "regression".
    class_names : list of str
        As in the Dataset; empty for regression.
    input_mean, input_scale : numpy.ndarray
        What ``transform`` subtracts from and divides each input by (fitted on
        the training rows; 0 and 1 when not standardising).
    target_mean, target_scale : float
        Regression targets are encoded as (y - target_mean) / target_scale;
        0 and 1 when the target is left in its own units.
    target_name : str
        The target column's name: the unit regression losses are reported in
        (see ``in_target_units``).
    """

    X_train: np.ndarray
    Y_train: np.ndarray
    X_test: np.ndarray
    Y_test: np.ndarray
    y_train: np.ndarray
    y_test: np.ndarray
    train_index: np.ndarray
    test_index: np.ndarray
    input_names: list[str]
    n_outputs: int
    output_activation: str
    task: str
    class_names: list[str]
    input_mean: np.ndarray
    input_scale: np.ndarray
    target_mean: float = 0.0
    target_scale: float = 1.0
    target_name: str = ""
    X_val: np.ndarray = None
    Y_val: np.ndarray = None
    y_val: np.ndarray = None
    val_index: np.ndarray = None
    _recipes: list = field(default_factory=list)
    _n_raw: int = 0

    def transform(self, X_raw) -> np.ndarray:
        """Map raw inputs (m, d), in the data set's units, to network inputs.

        Parameters
        ----------
        X_raw : array_like
            (m, d) with d the data set's number of columns; (m,) is accepted
            for one-column data.

        Returns
        -------
        numpy.ndarray
            (m, len(input_names)) float64: features computed, then
            standardised with the training rows' mean and scale.
        """
        X = np.asarray(X_raw, dtype=np.float64)
        if X.ndim == 1 and self._n_raw == 1:
            X = X[:, None]
        if X.ndim != 2 or X.shape[1] != self._n_raw:
            raise DataError(Messages.BAD_RAW_SHAPE.format(expected=self._n_raw, shape=X.shape))
        out = np.empty((X.shape[0], len(self._recipes)), dtype=np.float64)
        for j, recipe in enumerate(self._recipes):
            out[:, j] = _compute(recipe, X)
        out -= self.input_mean
        out /= self.input_scale
        return out

    def encode(self, y) -> np.ndarray:
        """Raw targets (m,) to network targets (m, n_outputs).

        Class 0/1 become 0./1. for a sigmoid, k > 2 classes become one-hot
        rows, and regression values become (y - target_mean) / target_scale.
        """
        y = np.asarray(y)
        if self.task == CLASSIFICATION:
            classes = y.astype(np.int64, copy=False).reshape(-1)
            if self.n_outputs == 1:
                return classes.astype(np.float64).reshape(-1, 1)
            return np.eye(self.n_outputs, dtype=np.float64)[classes]
        values = y.astype(np.float64, copy=False).reshape(-1)
        return ((values - self.target_mean) / self.target_scale).reshape(-1, 1)

    def decode(self, Y_pred) -> np.ndarray:
        """Network outputs (m, n_outputs) to class indices or data units (m,).

        A sigmoid output of 0.5 or more is class 1; a softmax output's class is
        its largest column; a linear output is scaled back to data units.
        """
        Y = np.asarray(Y_pred, dtype=np.float64)
        if Y.ndim == 1:
            Y = Y[:, None]
        if self.task == CLASSIFICATION:
            if self.n_outputs == 1:
                return (Y[:, 0] >= 0.5).astype(np.int64)
            return np.argmax(Y, axis=1).astype(np.int64)
        return Y[:, 0] * self.target_scale + self.target_mean

    @property
    def target_standardized(self):
        """Whether the network sees regression targets shifted and scaled, not in their own units."""
        return self.task == REGRESSION and (self.target_scale != 1.0 or self.target_mean != 0.0)

    def in_target_units(self, loss, values):
        """A loss, or per-sample losses, on standardized targets converted to the target's units.

        The network learns (y - target_mean) / target_scale, so an error of e
        there is an error of e · target_scale in the data: a loss that grows
        with the error to the power p (``loss.unit_power``: 2 for MSE, in
        units², 1 for an absolute error) is multiplied by target_scale ** p.
        Classification losses have no unit and come back unchanged.

        Parameters
        ----------
        loss : engine.losses.Loss or str
        values : float or array_like
            A loss value, or per-sample losses, as the network computes them.

        Returns
        -------
        float or numpy.ndarray
            Like ``values``, in the target's units (``target_name``).
        """
        power = _losses.get(loss).unit_power
        factor = self.target_scale ** power if self.task == REGRESSION else 1.0
        if np.ndim(values) == 0:
            return float(values) * factor
        return np.asarray(values, dtype=np.float64) * factor

    def target_units(self, loss):
        """How values from ``in_target_units`` read: "progression²", "progression", or "" (no unit)."""
        power = _losses.get(loss).unit_power if self.task == REGRESSION else 0
        if power == 0 or not self.target_name:
            return ""
        return self.target_name + {1: "", 2: "²", 3: "³"}.get(power, f"^{power}")

    def __repr__(self):
        val = f" + {len(self.val_index)} validation" if len(self.val_index) else ""
        return (
            f"Prepared({len(self.train_index)} train{val} + {len(self.test_index)} test rows, "
            f"inputs {', '.join(self.input_names)} -> {self.n_outputs} {self.output_activation})"
        )


def _resolve_features(dataset, features):
    """Return (input names, recipes) for the requested features."""
    if isinstance(features, str):
        features = [features]
    playground = list(dataset.feature_names) == ["x1", "x2"]
    if features is None:
        names = list(dataset.feature_names)
    else:
        names = list(features)
        if not names:
            raise DataError(Messages.NO_FEATURES.format())
    valid = FEATURE_NAMES if playground else list(dataset.feature_names)
    recipes = []
    for i, name in enumerate(names):
        if name not in valid:
            shown = ", ".join(repr(v) for v in valid)
            raise DataError(Messages.UNKNOWN_FEATURE.format(name=name, valid=shown))
        if name in names[:i]:
            raise DataError(Messages.DUPLICATE_FEATURE.format(name=name))
        recipes.append(_FEATURE_RECIPES[name] if playground else ("column", valid.index(name)))
    return names, recipes


def _check_fraction(test_fraction):
    ok = (
        isinstance(test_fraction, (int, float, np.integer, np.floating))
        and not isinstance(test_fraction, bool)
        and 0.0 < float(test_fraction) < 1.0
    )
    if not ok:
        raise DataError(Messages.BAD_TEST_FRACTION.format(value=test_fraction))
    return float(test_fraction)


def _check_validation_fraction(validation_fraction):
    ok = (
        isinstance(validation_fraction, (int, float, np.integer, np.floating))
        and not isinstance(validation_fraction, bool)
        and 0.0 <= float(validation_fraction) < 1.0
    )
    if not ok:
        raise DataError(Messages.BAD_VALIDATION_FRACTION.format(value=validation_fraction))
    return float(validation_fraction)


def _round_half_up(x):
    return int(math.floor(x + 0.5))


def _split(y, task, test_fraction, rng):
    """Seeded (train, test) row indices, stratified by class for classification."""
    n = len(y)
    if task == CLASSIFICATION:
        test_parts = []
        for c in np.unique(y):
            members = np.flatnonzero(y == c)
            rng.shuffle(members)
            # Every class with two or more rows gets at least one on each side.
            k = _round_half_up(len(members) * test_fraction)
            k = min(max(k, 1), len(members) - 1) if len(members) >= 2 else 0
            test_parts.append(members[:k])
        test = np.concatenate(test_parts)
        if 0 < len(test) < n:
            return np.setdiff1d(np.arange(n), test), np.sort(test)
    n_test = min(max(_round_half_up(n * test_fraction), 1), n - 1)
    test = rng.permutation(n)[:n_test]
    return np.setdiff1d(np.arange(n), test), np.sort(test)


def prepare(dataset, features=None, test_fraction=0.5, seed=0, standardize=True,
            validation_fraction=0.0) -> Prepared:
    """Split, transform and encode a data set for training.

    Parameters
    ----------
    dataset : Dataset
    features : list of str, optional
        For data whose inputs are ["x1", "x2"] (the 2-D built-in sets): names
        from FEATURE_NAMES, default ["x1", "x2"]. For other data: a subset of
        ``dataset.feature_names``, default all of them.
    test_fraction : float
        Share of rows held out for testing, strictly between 0 and 1.
    seed : int
        Same seed, same split.
    standardize : bool
        Shift and scale each network input to mean 0 and standard deviation 1
        on the training rows. A constant input is only centred.
    validation_fraction : float
        Share of the training rows set aside for validation, from 0 (none) up
        to but not including 1; stratified by class like the test split. The
        test split is the same whatever this is, and the inputs and targets
        are standardised on the rows left for training.

    Returns
    -------
    Prepared

    Raises
    ------
    DataError
        For an unknown or repeated feature, a bad test or validation fraction
        or seed, or too few rows to split.
    """
    input_names, recipes = _resolve_features(dataset, features)
    test_fraction = _check_fraction(test_fraction)
    validation_fraction = _check_validation_fraction(validation_fraction)
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise DataError(Messages.BAD_SEED.format(value=seed))
    X_raw = np.asarray(dataset.X, dtype=np.float64)
    n = X_raw.shape[0]
    if n < 2:
        raise DataError(Messages.TOO_SMALL_TO_SPLIT.format(n_rows=count(n, "row")))

    rng = np.random.default_rng(int(seed))
    y_all = np.asarray(dataset.y)
    train_index, test_index = _split(y_all, dataset.task, test_fraction, rng)
    # Drawn after the test split from the same generator, so the test rows
    # do not depend on the validation fraction.
    val_index = np.empty(0, dtype=np.int64)
    if validation_fraction > 0:
        if len(train_index) < 2:
            raise DataError(Messages.TOO_SMALL_TO_VALIDATE.format(n_rows=count(len(train_index), "row")))
        kept, held = _split(y_all[train_index], dataset.task, validation_fraction, rng)
        train_index, val_index = train_index[kept], train_index[held]

    n_inputs = len(recipes)
    input_mean = np.zeros(n_inputs)
    input_scale = np.ones(n_inputs)
    if standardize:
        train_inputs = np.column_stack([_compute(recipe, X_raw[train_index]) for recipe in recipes])
        input_mean = train_inputs.mean(axis=0)
        std = train_inputs.std(axis=0)
        # A constant column would divide by zero; centring it is enough.
        constant = std <= 1e-12 * np.maximum(1.0, np.abs(input_mean))
        input_scale = np.where(constant, 1.0, std)

    if dataset.task == CLASSIFICATION:
        k = max(dataset.n_classes, 2)
        n_outputs = 1 if k == 2 else k
        output_activation = "sigmoid" if k == 2 else "softmax"
        target_mean, target_scale = 0.0, 1.0
    else:
        n_outputs, output_activation = 1, "linear"
        y_train = np.asarray(dataset.y, dtype=np.float64)[train_index]
        mean, std = float(y_train.mean()), float(y_train.std())
        low, high = TARGET_STD_RANGE
        # Built-in sets are made at unit scale; judged on a small training
        # split (multi-gaussian is mostly zeros) they could look too flat.
        builtin = isinstance(dataset.source, dict) and dataset.source.get("kind") == "builtin"
        if builtin or (low <= std <= high and abs(mean) <= TARGET_MAX_ABS_MEAN):
            target_mean, target_scale = 0.0, 1.0
        else:
            target_mean, target_scale = mean, (std if std > 0 else 1.0)

    # The arrays are filled in below by the Prepared's own transform and
    # encode, so the training data and every later call share one code path.
    prepared = Prepared(
        X_train=None, Y_train=None, X_test=None, Y_test=None,
        y_train=np.asarray(dataset.y)[train_index].copy(),
        y_test=np.asarray(dataset.y)[test_index].copy(),
        train_index=train_index.astype(np.int64), test_index=test_index.astype(np.int64),
        input_names=input_names, n_outputs=n_outputs, output_activation=output_activation,
        task=dataset.task, class_names=list(dataset.class_names),
        input_mean=input_mean, input_scale=input_scale,
        target_mean=target_mean, target_scale=target_scale, target_name=dataset.target_name,
        y_val=y_all[val_index].copy(), val_index=val_index.astype(np.int64),
        _recipes=recipes, _n_raw=X_raw.shape[1],
    )
    prepared.X_train = prepared.transform(X_raw[train_index])
    prepared.X_val = prepared.transform(X_raw[val_index])
    prepared.X_test = prepared.transform(X_raw[test_index])
    prepared.Y_train = prepared.encode(prepared.y_train)
    prepared.Y_val = prepared.encode(prepared.y_val)
    prepared.Y_test = prepared.encode(prepared.y_test)
    return prepared


def from_source(source, csv_text=None) -> Dataset:
    """Rebuild a Dataset from its ``source`` recipe (as saved in an experiment file).

    Parameters
    ----------
    source : dict
        ``Dataset.source``: {"kind": "builtin", "name", "n_samples", "noise",
        "seed"} or {"kind": "csv", "path", "target", "task", ...}.
    csv_text : str, optional
        For CSV sources, the embedded file text; read instead of the file at
        ``path``, which may have moved or changed.

    Returns
    -------
    Dataset

    Raises
    ------
    DataError
        If the recipe is incomplete, or the data it names cannot be read.
    """
    if not isinstance(source, dict):
        raise DataError(Messages.BAD_SOURCE.format(source=source, why=translate("data", "it is not a dictionary")))
    kind = source.get("kind")
    try:
        if kind == "builtin":
            return make_builtin(source["name"], source["n_samples"], source["noise"], source["seed"])
        if kind == "csv":
            target, task = source.get("target"), source.get("task")
            if csv_text is not None:
                name = source.get("name") or "data.csv"
                return read_csv_text(csv_text, name=name, target=target, task=task)
            if not source.get("path"):
                raise DataError(Messages.BAD_SOURCE.format(source=source, why=translate("data", "it has neither a path nor the file's text")))
            return read_csv(source["path"], target=target, task=task)
    except KeyError as missing:
        raise DataError(Messages.BAD_SOURCE.format(source=source, why=translate("data", "{key} is missing").format(key=missing))) from None
    raise DataError(Messages.BAD_SOURCE.format(source=source, why=translate("data", "unknown kind {kind!r}").format(kind=kind)))
