"""Loss functions: how wrong the network is, where 0 would be perfect.

Each loss is an object that carries everything about itself: its name, title
and short label, the formula as the course writes it, one term with numbers
filled in, a teaching note, its per-sample value, the gradient training
uses, and which tasks and output layers it fits. ``LOSSES`` is the only list
of them: menus, panels, the trainer and the command line all ask it.

``mse``, ``cross_entropy``, ``mae`` and ``huber`` take targets and predictions and return a float.
For training, ``output_delta`` gives the gradient with respect to the output
layer's weighted sums, fused with the output activation where that is both
cheaper and more accurate.
"""

import numpy as np

from . import activations
from .formatting import fixed, list_separator
from .translation import QT_TRANSLATE_NOOP, translate

# Probabilities are kept this far from 0 and 1 before taking a log, as
# scikit-learn's log_loss does; log(0) would make the loss infinite.
_EPS = np.finfo(np.float64).eps

REGRESSION = "regression"
CLASSIFICATION = "classification"
TASKS = (REGRESSION, CLASSIFICATION)
_TASK_WORDS = {REGRESSION: QT_TRANSLATE_NOOP("losses", "a number (regression)"),
               CLASSIFICATION: QT_TRANSLATE_NOOP("losses", "a class (classification)")}
_TASK_NAMES = {REGRESSION: QT_TRANSLATE_NOOP("losses", "regression"),
               CLASSIFICATION: QT_TRANSLATE_NOOP("losses", "classification")}


def _as_2d(y):
    y = np.asarray(y, dtype=np.float64)
    return y.reshape(-1, 1) if y.ndim == 1 else y


def _row(y):
    return np.atleast_1d(np.asarray(y, dtype=np.float64)).ravel()


def _english(context, text):
    return text


def _num(value):
    """A number inside a formula term: three decimals while that stays short."""
    return fixed(value, 3)


class LossMismatchError(ValueError):
    """The loss cannot be used with this task or output layer.

    ``fitting_output`` names the output activation that would fit, or is
    None when no output layer helps (the task itself does not fit).
    """

    def __init__(self, message, fitting_output):
        super().__init__(message)
        self.fitting_output = fitting_output


class Loss:
    """A loss: its value, its gradient, and what a reader is told about it."""

    name = "?"            # how files, the command line and code refer to it
    title = "?"           # "Mean squared error"
    title_in_text = "?"   # the title inside a sentence: "mean squared error"
    label = "?"           # short, as running text says it: "MSE", "cross-entropy"
    purpose = "?"         # what it measures, completing "MSE ...": "measures how far ..."
    tasks = TASKS         # the tasks it fits
    default_for = ()      # the tasks for which the course picks it
    is_squared_error = False  # its per-sample value is the squared miss (y − ŷ)²
    # How the loss scales with the targets' unit: an error of e units costs
    # e² for a squared error (units²), e for an absolute one; 0 means the
    # loss has no unit (cross-entropy compares probabilities).
    unit_power = 0

    def __reduce__(self):
        # One object per loss: what is unpickled (a trainer back from the
        # training process) is the same object, so ``is`` comparisons hold.
        return (get, (self.name,))

    def __call__(self, y_true, y_pred):
        return float(np.mean(self.per_sample(y_true, y_pred)))

    @property
    def heading(self):
        """The short label as a menu item or a sentence starts it: "Cross-entropy", "MSE"."""
        return self.label[:1].upper() + self.label[1:]

    # The same words in the reader's language, for whatever a person reads;
    # the English attributes above stay as they are for scripts and files.

    def shown_title(self):
        """``title`` in the reader's language: "Mean squared error"."""
        return translate("losses", self.title)

    def shown_title_in_text(self):
        """The title as a sentence says it, in the reader's language: "mean squared error"."""
        return translate("losses", self.title_in_text)

    def shown_label(self):
        """``label`` in the reader's language: "MSE", "cross-entropy"."""
        return translate("losses", self.label)

    def shown_heading(self):
        """``heading`` in the reader's language: "Cross-entropy", "MSE"."""
        label = self.shown_label()
        return label[:1].upper() + label[1:]

    def shown_formula(self, n_out=1):
        """``formula`` with its words in the reader's language; the symbols stay."""
        return translate("losses", self.formula(n_out))

    def shown_note(self, n_out=1):
        """``note`` in the reader's language."""
        return translate("losses", self.note(n_out))

    def shown_term(self, y, y_hat):
        """``term`` with its words in the reader's language."""
        return self._term(y, y_hat, translate)

    def shown_filled_term(self, y, y_hat):
        """``filled_term`` with its words in the reader's language."""
        return self._filled_term(y, y_hat, translate)

    # ------------------------------------------------------------ values

    def per_sample(self, y_true, y_pred):
        """Loss of each sample, shape ``(n_samples,)``; its mean is the loss."""
        raise NotImplementedError

    def gradient(self, y_true, y_pred):
        """dL/dŷ of the mean loss, shaped like ``y_pred``."""
        raise NotImplementedError

    def output_delta(self, y_true, z, a, activation, out):
        """Loss of a batch, and dL/dz of the output layer written into ``out``.

        ``z`` are the output layer's weighted sums and ``a`` its activations.
        """
        raise NotImplementedError

    def exact(self, network, X, Y, outputs=None):
        """The loss of ``network`` on ``(X, Y)`` exactly as training computes it.

        ``outputs`` may hand in ``network.forward(X)`` when it is at hand.
        """
        return self(Y, network.forward(X) if outputs is None else outputs)

    # ------------------------------------------------------------- fits

    def fits_task(self, task):
        return task in self.tasks

    def check(self, task=None, activation=None, n_out=None):
        """Raise ``LossMismatchError`` saying why if this loss can't train that network on that task.

        Any of the three may be None: it is then not checked.
        """
        if task is not None and not self.fits_task(task):
            other = default_for(task)
            raise LossMismatchError(translate(
                "losses", "{loss} {purpose}, but this data set's target is {target}. Use {other} for {task}.").format(
                loss=self.shown_heading(), purpose=translate("losses", self.purpose),
                target=translate("losses", _TASK_WORDS[task]), other=other.shown_label(),
                task=translate("losses", _TASK_NAMES[task])), fitting_output=None)
        if activation is not None and n_out is not None:
            self.check_output(activation, n_out)

    def fits(self, task, activation=None, n_out=None):
        """Whether this loss can train an output ``activation`` of ``n_out`` units on ``task``."""
        try:
            self.check(task, activation, n_out)
        except LossMismatchError:
            return False
        return True

    def check_output(self, activation, n_out):
        """Raise ``LossMismatchError`` if this loss can't follow the output layer."""

    # ------------------------------------------------------------- words

    def formula(self, n_out=1):
        """The loss as the course writes it, for ``n_out`` outputs."""
        raise NotImplementedError

    def term(self, y, y_hat):
        """One sample's term of the sum with its numbers filled in, e.g. "(0.800 − 1.000)²"."""
        return self._term(y, y_hat, _english)

    def _term(self, y, y_hat, say):
        # ``say(context, text)`` gives the words: English, or the reader's language.
        raise NotImplementedError

    def filled_term(self, y, y_hat):
        """One sample's term and its value: "(0.800 − 1.000)² = 0.040"."""
        return self._filled_term(y, y_hat, _english)

    def _filled_term(self, y, y_hat, say):
        value = float(self.per_sample(_row(y)[None, :], _row(y_hat)[None, :])[0])
        return f"{self._term(y, y_hat, say)} = {_num(value)}"

    def note(self, n_out=1):
        """One line that teaches what the formula does."""
        raise NotImplementedError

    def __repr__(self):
        return self.name


class _ElementwiseLoss(Loss):
    """A loss of each miss ŷ − y, averaged over samples and outputs.

    Subclasses give the cost of a miss (``_cost``), its slope (``_slope``)
    and how one miss is written (``_miss_term``).
    """

    def _cost(self, diff):
        raise NotImplementedError

    def _slope(self, diff):
        raise NotImplementedError

    def _miss_term(self, y, y_hat):
        raise NotImplementedError

    def __call__(self, y_true, y_pred):
        diff = _as_2d(y_pred) - _as_2d(y_true)
        return float(np.mean(self._cost(diff)))

    def per_sample(self, y_true, y_pred):
        return np.mean(self._cost(_as_2d(y_pred) - _as_2d(y_true)), axis=1)

    def gradient(self, y_true, y_pred):
        """dL/dŷ for the mean over every element."""
        diff = _as_2d(y_pred) - _as_2d(y_true)
        return self._slope(diff) / diff.size

    def output_delta(self, y_true, z, a, activation, out):
        np.subtract(a, y_true, out=out)
        value = float(np.mean(self._cost(out)))
        out[...] = self._slope(out)
        np.multiply(out, 1.0 / out.size, out=out)
        activation.chain(out, a)
        return value

    def _term(self, y, y_hat, say):
        y, y_hat = _row(y), _row(y_hat)
        misses = [self._miss_term(t, p) for t, p in zip(y, y_hat)]
        if len(misses) == 1:
            return misses[0]
        return say("losses", QT_TRANSLATE_NOOP("losses", "mean of ({misses})")).format(misses=list_separator().join(misses))


class MeanSquaredError(_ElementwiseLoss):
    """MSE = (1/n) Σ (y − ŷ)², the mean over samples and outputs."""

    name = "mse"
    title = QT_TRANSLATE_NOOP("losses", "Mean squared error")
    title_in_text = QT_TRANSLATE_NOOP("losses", "mean squared error")
    label = QT_TRANSLATE_NOOP("losses", "MSE")
    purpose = QT_TRANSLATE_NOOP("losses", "measures how far predicted numbers are off")
    default_for = (REGRESSION,)
    is_squared_error = True
    unit_power = 2

    def _cost(self, diff):
        return diff * diff

    def _slope(self, diff):
        return 2.0 * diff

    def __call__(self, y_true, y_pred):
        diff = _as_2d(y_pred) - _as_2d(y_true)
        return float(np.vdot(diff, diff) / diff.size)

    def output_delta(self, y_true, z, a, activation, out):
        # The general version, with the squares and the slope 2·diff done in
        # place: MSE is the loss most runs train with.
        np.subtract(a, y_true, out=out)
        value = float(np.vdot(out, out)) / out.size
        np.multiply(out, 2.0 / out.size, out=out)
        activation.chain(out, a)
        return value

    def formula(self, n_out=1):
        return QT_TRANSLATE_NOOP("losses", "MSE = (1/n) Σ (y − ŷ)²")

    def _miss_term(self, y, y_hat):
        return f"({_num(y)} − {_num(y_hat)})²"

    def note(self, n_out=1):
        return QT_TRANSLATE_NOOP("losses", "Each miss y − ŷ is squared: it counts as positive, and a miss of 2 costs 4.")


class CrossEntropy(Loss):
    """Cross-entropy: −(1/n) Σ y·log p.

    With one sigmoid output this is binary cross-entropy,
    −(1/n) Σ [y log p + (1 − y) log(1 − p)]; with a softmax output it is
    categorical cross-entropy over one-hot targets.
    """

    name = "cross_entropy"
    title = QT_TRANSLATE_NOOP("losses", "Cross-entropy")
    title_in_text = QT_TRANSLATE_NOOP("losses", "cross-entropy")
    label = QT_TRANSLATE_NOOP("losses", "cross-entropy")
    purpose = QT_TRANSLATE_NOOP("losses", "compares predicted probabilities with classes")
    tasks = (CLASSIFICATION,)
    default_for = (CLASSIFICATION,)

    def per_sample(self, y_true, y_prob):
        y_true, y_prob = _as_2d(y_true), _as_2d(y_prob)
        p = np.clip(y_prob, _EPS, 1.0 - _EPS)
        if p.shape[1] == 1:
            return -(y_true * np.log(p) + (1.0 - y_true) * np.log1p(-p))[:, 0]
        return -np.sum(y_true * np.log(p), axis=1)

    def gradient(self, y_true, y_prob):
        y_true, y_prob = _as_2d(y_true), _as_2d(y_prob)
        p = np.clip(y_prob, _EPS, 1.0 - _EPS)
        n = len(p)
        if p.shape[1] == 1:
            return (p - y_true) / (p * (1.0 - p)) / n
        return -y_true / p / n

    def check_output(self, activation, n_out):
        # Probabilities that add up to 1 (softmax) need one output per class;
        # with a single output that one is always 1.
        if activation.gives_probabilities and not (activation.shares_probabilities and n_out == 1):
            return
        fitting = activations.for_probabilities(n_out)
        if activation.gives_probabilities:
            message = translate(
                "losses", "Cross-entropy with a {activation} output needs one output per class, "
                "and this network has a single output. Use a {fitting} output for two classes.").format(
                activation=activation.name, fitting=fitting.name)
        else:
            if n_out == 1:
                kind = translate("losses", "one {fitting} output (two classes)").format(fitting=fitting.name)
            else:
                kind = translate("losses", "a {fitting} output over {n_classes} classes").format(
                    fitting=fitting.name, n_classes=n_out)
            message = translate(
                "losses", "Cross-entropy compares probabilities, but this network's output layer is "
                "{activation}, which does not give probabilities. Use {kind}, or pick {other}.").format(
                activation=activation.name, kind=kind, other=default_for(REGRESSION).shown_label())
        raise LossMismatchError(message, fitting.name)

    def _fused_value(self, y_true, z, activation):
        n = len(z)
        if not activation.shares_probabilities:
            # Binary cross-entropy from the logits z, without ever forming
            # log(p): max(z, 0) − z·y + log(1 + e^−|z|). Exact for any z.
            per_element = np.abs(z)
            np.negative(per_element, out=per_element)
            np.exp(per_element, out=per_element)
            np.log1p(per_element, out=per_element)
            per_element += np.maximum(z, 0.0)
            return (float(per_element.sum()) - float(np.vdot(z, y_true))) / n
        # Categorical cross-entropy as log-sum-exp(z) − Σ y·z, which is
        # −Σ y·log softmax(z) for targets that sum to 1.
        shift = activations.stable_shift(z)
        shifted = z - shift
        np.exp(shifted, out=shifted)
        log_sum = np.log(activations.row_sums(shifted))
        log_sum += shift if np.ndim(shift) == 0 else shift[:, 0]
        return (float(np.dot(log_sum, activations.row_sums(y_true))) - float(np.vdot(z, y_true))) / n

    def output_delta(self, y_true, z, a, activation, out):
        value = self._fused_value(y_true, z, activation)
        # Fusing the loss with sigmoid/softmax cancels the 1/p terms: the
        # gradient is just (p − y)/n, with no division by a tiny probability.
        np.subtract(a, y_true, out=out)
        np.multiply(out, 1.0 / len(z), out=out)
        return value

    def exact(self, network, X, Y, outputs=None):
        # From the logits, exactly as training computes it, so the recorded
        # loss is never capped by clipping probabilities.
        z, _ = network.forward_layers(X)[-1]
        return self._fused_value(_as_2d(Y), z, network.activations[-1])

    def formula(self, n_out=1):
        if n_out == 1:
            return QT_TRANSLATE_NOOP("losses", "CE = −(1/n) Σ [y·log p + (1 − y)·log(1 − p)]")
        return QT_TRANSLATE_NOOP("losses", "CE = −(1/n) Σ log p(true class)")

    def _term(self, y, y_hat, say):
        y, p = _row(y), _row(y_hat)
        if len(p) == 1:
            return f"−log {_num(p[0])}" if y[0] > 0.5 else f"−log(1 − {_num(p[0])})"
        return f"−log {_num(p[int(np.argmax(y))])}"

    def note(self, n_out=1):
        if n_out == 1:
            return QT_TRANSLATE_NOOP("losses", "p is the network's probability for class 1; being sure and wrong costs the most.")
        return QT_TRANSLATE_NOOP("losses", "p(true class) is the probability the network gives the right answer.")


class MeanAbsoluteError(_ElementwiseLoss):
    """MAE = (1/n) Σ |y − ŷ|, the mean over samples and outputs."""

    name = "mae"
    title = QT_TRANSLATE_NOOP("losses", "Mean absolute error")
    title_in_text = QT_TRANSLATE_NOOP("losses", "mean absolute error")
    label = QT_TRANSLATE_NOOP("losses", "MAE")
    purpose = QT_TRANSLATE_NOOP("losses", "measures how far predicted numbers are off")
    tasks = (REGRESSION,)
    unit_power = 1

    def _cost(self, diff):
        return np.abs(diff)

    def _slope(self, diff):
        # |d| has no slope at d = 0; 0 there, as PyTorch's L1Loss uses.
        return np.sign(diff)

    def formula(self, n_out=1):
        return QT_TRANSLATE_NOOP("losses", "MAE = (1/n) Σ |y − ŷ|")

    def _miss_term(self, y, y_hat):
        return f"|{_num(y)} − {_num(y_hat)}|"

    def note(self, n_out=1):
        return QT_TRANSLATE_NOOP(
            "losses", "Each miss counts by its size, not squared: a miss of 2 costs 2, "
                "so a few far-off points pull the fit less than with MSE.")


class Huber(_ElementwiseLoss):
    """Huber loss with δ = 1: ½(y − ŷ)² for misses up to 1, |y − ŷ| − ½ beyond.

    Squared near the target like MSE, growing like MAE far from it; the two
    pieces meet with the same value and slope at |y − ŷ| = 1. Averaged over
    samples and outputs, as PyTorch's ``HuberLoss(delta=1.0)``.
    """

    name = "huber"
    title = QT_TRANSLATE_NOOP("losses", "Huber loss (δ = 1)")
    title_in_text = QT_TRANSLATE_NOOP("losses", "huber loss (δ = 1)")
    label = QT_TRANSLATE_NOOP("losses", "Huber")
    purpose = QT_TRANSLATE_NOOP("losses", "measures how far predicted numbers are off")
    tasks = (REGRESSION,)
    delta = 1.0
    # Scaling every miss and δ by s scales the loss by s²: in the target's
    # units it is the Huber loss with δ = one target spread, in units².
    unit_power = 2

    def _cost(self, diff):
        size = np.abs(diff)
        return np.where(size <= self.delta, 0.5 * diff * diff, self.delta * (size - 0.5 * self.delta))

    def _slope(self, diff):
        return np.clip(diff, -self.delta, self.delta)

    def formula(self, n_out=1):
        return QT_TRANSLATE_NOOP("losses", "Huber = (1/n) Σ [½(y − ŷ)² where |y − ŷ| ≤ 1, else |y − ŷ| − ½]")

    def _miss_term(self, y, y_hat):
        if abs(y - y_hat) <= self.delta:
            return f"½({_num(y)} − {_num(y_hat)})²"
        return f"|{_num(y)} − {_num(y_hat)}| − ½"

    def note(self, n_out=1):
        return QT_TRANSLATE_NOOP(
            "losses", "Misses up to 1 are squared, as in MSE; bigger ones count by their size, as in MAE, "
                "so outliers pull the fit less.")


_REGISTERED = (MeanSquaredError(), CrossEntropy(), MeanAbsoluteError(), Huber())
LOSSES = {loss.name: loss for loss in _REGISTERED}
NAMES = list(LOSSES)
MSE = LOSSES["mse"]  # the default where no task is known: it fits every output

_ALIASES = {"mean_squared_error": "mse", "squared": "mse", "l2": "mse",
            "ce": "cross_entropy", "cross-entropy": "cross_entropy", "crossentropy": "cross_entropy",
            "log_loss": "cross_entropy", "bce": "cross_entropy",
            "mean_absolute_error": "mae", "l1": "mae", "absolute": "mae",
            "huber_loss": "huber", "smooth_l1": "huber"}


def get(name):
    """Return the loss called ``name`` (one of ``NAMES``, or a common spelling of one)."""
    if isinstance(name, Loss):
        return name
    key = str(name).strip().lower().replace(" ", "_")
    key = _ALIASES.get(key, key)
    if key not in LOSSES:
        raise ValueError(translate("losses", "Unknown loss {name!r}; choose one of {names}.").format(
            name=name, names=", ".join(NAMES)))
    return LOSSES[key]


def for_task(task):
    """The losses that fit ``task`` ("classification" or "regression"), in menu order."""
    return [loss for loss in LOSSES.values() if loss.fits_task(task)]


def default_for(task):
    """The loss the course uses for ``task``: cross-entropy for classes, MSE for numbers."""
    return next(loss for loss in LOSSES.values() if task in loss.default_for)


def mse(y_true, y_pred):
    """Mean squared error, (1/n) Σ (y − ŷ)², averaged over samples and outputs.

    Equals scikit-learn's ``mean_squared_error`` and PyTorch's ``MSELoss``.
    """
    return LOSSES["mse"](y_true, y_pred)


def cross_entropy(y_true, y_prob):
    """Cross-entropy of predicted probabilities.

    ``y_prob`` with one column (or 1-D) is the probability of class 1 and the
    binary cross-entropy is returned, equal to scikit-learn's ``log_loss``;
    with k columns, the categorical cross-entropy against one-hot ``y_true``.
    """
    return LOSSES["cross_entropy"](y_true, y_prob)


def mae(y_true, y_pred):
    """Mean absolute error, (1/n) Σ |y − ŷ|, averaged over samples and outputs.

    Equals scikit-learn's ``mean_absolute_error`` and PyTorch's ``L1Loss``.
    """
    return LOSSES["mae"](y_true, y_pred)


def huber(y_true, y_pred):
    """Huber loss with δ = 1, averaged over samples and outputs.

    Equals PyTorch's ``HuberLoss(delta=1.0)`` (and ``SmoothL1Loss(beta=1.0)``).
    """
    return LOSSES["huber"](y_true, y_pred)
