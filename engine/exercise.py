"""One training step as an exercise: the blanks a student fills in by hand, and their checking.

``Exercise(network, x, y, loss, learning_rate)`` lists the numbers of one
gradient step on one sample, in the order a student works them out: each
neuron's weighted sum z and activation a (forward propagation), the loss,
each neuron's error signal δ = ∂L/∂z from the output back (backpropagation),
the gradient of one chosen weight and that weight after the update. Every
value is the engine's own, from ``engine.walkthrough``.

``check(blank, typed)`` accepts a value within 2% or 0.01 of the engine's,
as fits a calculation by hand with rounded numbers; for a wrong value it
names the likely mistake (the activation applied already, the bias left
out, the gradient's sign, the learning rate forgotten, another loss...).
The worksheet prints the same blanks; check-my-calculation asks for them.
"""

import math
from dataclasses import dataclass, field

import numpy as np

from . import activations as _activations
from . import losses as _losses
from . import walkthrough
from .formatting import list_separator, number
from .translation import QT_TRANSLATE_NOOP, translate

STEPS = ("forward", "loss", "backward", "update")
STEP_TITLES = {"forward": QT_TRANSLATE_NOOP("exercise", "Forward propagation"), "loss": QT_TRANSLATE_NOOP("exercise", "Loss"),
               "backward": QT_TRANSLATE_NOOP("exercise", "Backpropagation"), "update": QT_TRANSLATE_NOOP("exercise", "Update")}


def step_title(step):
    """The title of ``step`` (one of STEPS) in the reader's language: "Forward propagation"."""
    return translate("exercise", STEP_TITLES[step])

RELATIVE_TOLERANCE = 0.02
ABSOLUTE_TOLERANCE = 0.01


def close_enough(typed, value):
    """Whether a value worked out by hand matches: within 2% or within 0.01."""
    if not (math.isfinite(typed) and math.isfinite(value)):
        return False
    return abs(typed - value) <= max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * abs(value))


def hand_number(value):
    """A value to the precision a student writes it: 4 significant digits."""
    return number(value, 4)


@dataclass
class Blank:
    """One number to work out.

    ``target`` says where it belongs: ``("node", layer, unit)`` with layer 0
    the inputs, ``("edge", k, i, j)`` for the weight from unit i of layer k to
    unit j of layer k+1, or ``("loss",)``.
    """

    key: str              # "z:1:0", "loss", "grad:0:1:2", ...
    step: str             # one of STEPS
    symbol: str           # "z", "a", "L", "δ", "∂L/∂w", "w′"
    label: str            # "z of h1.1"
    formula: str          # what to compute, in symbols
    value: float          # the engine's number
    target: tuple


@dataclass
class Verdict:
    """What checking one typed value found."""

    right: bool
    message: str = ""     # for a wrong value: which step, and what to look at
    mistake: str = ""     # a short name of the mistake found, "" if none was recognised


@dataclass
class Exercise:
    """The blanks of one training step of ``network`` on the sample (x, y)."""

    network: object
    x: np.ndarray
    y: np.ndarray
    loss: object
    learning_rate: float
    input_names: list = None
    steps: tuple = STEPS
    walk: object = field(init=False)
    blanks: list = field(init=False)
    edge: tuple = field(init=False)     # (k, i, j) of the chosen weight

    def __post_init__(self):
        # A copy: the exercise keeps the weights it was made with while training goes on.
        self.network = self.network.copy()
        self.loss = _losses.get(self.loss)
        self.x = np.asarray(self.x, dtype=float).reshape(-1)
        self.y = np.asarray(self.y, dtype=float).reshape(-1)
        if not self.input_names:
            self.input_names = [f"x{i + 1}" for i in range(self.network.n_inputs)]
        with np.errstate(over="ignore", invalid="ignore"):
            self.walk = walkthrough.walk(self.network, self.x, self.y, self.loss, self.learning_rate,
                                         input_names=self.input_names)
        # The weight whose gradient is asked for: in the first layer, so that
        # working it out takes backpropagation all the way back.
        g = self.walk.grad_w[0]
        i, j = np.unravel_index(np.argmax(np.abs(g)), g.shape)
        self.edge = (0, int(i), int(j))
        self.blanks = [b for b in self._all_blanks() if b.step in self.steps]

    # --------------------------------------------------------------- names

    @property
    def n_layers(self):
        return len(self.network.weights)

    def unit_name(self, layer, unit):
        """x1 for an input, h1.2 for hidden layer 1's second neuron, ŷ (or ŷ2) for an output."""
        if layer == 0:
            return self.input_names[unit]
        if layer == self.n_layers:
            return "ŷ" if self.network.n_outputs == 1 else f"ŷ{unit + 1}"
        return f"h{layer}.{unit + 1}"

    def edge_name(self, k, i, j):
        return f"w({self.unit_name(k, i)} → {self.unit_name(k + 1, j)})"

    def _all_blanks(self):
        w, net = self.walk, self.network
        blanks = []
        for k in range(self.n_layers):
            act = net.activations[k].name
            for u in range(net.sizes[k + 1]):
                name = self.unit_name(k + 1, u)
                blanks.append(Blank(f"z:{k + 1}:{u}", "forward", "z", translate("exercise", "z of {unit}").format(unit=name), "z = Σ w·a + b",
                                    float(w.z[k][u]), ("node", k + 1, u)))
                blanks.append(Blank(f"a:{k + 1}:{u}", "forward", "a", translate("exercise", "a of {unit}").format(unit=name), f"a = {act}(z)",
                                    float(w.a[k + 1][u]), ("node", k + 1, u)))
        blanks.append(Blank("loss", "loss", "L", translate("exercise", "the loss of this sample"),
                            self.loss.shown_formula(len(self.y)),
                            float(w.loss), ("loss",)))
        for k in range(self.n_layers - 1, -1, -1):
            for u in range(net.sizes[k + 1]):
                name = self.unit_name(k + 1, u)
                formula = "δ = ∂L/∂ŷ · f′(z)" if k == self.n_layers - 1 else "δ = (Σ w·δ_next) · f′(z)"
                blanks.append(Blank(f"delta:{k + 1}:{u}", "backward", "δ", translate("exercise", "δ = ∂L/∂z of {unit}").format(unit=name), formula,
                                    float(w.grad_b[k][u]), ("node", k + 1, u)))
        k, i, j = self.edge
        edge = self.edge_name(k, i, j)
        blanks.append(Blank(f"grad:{k}:{i}:{j}", "backward", "∂L/∂w", translate("exercise", "∂L/∂w for {weight}").format(weight=edge), "∂L/∂w = a · δ",
                            float(w.grad_w[k][i, j]), ("edge", k, i, j)))
        blanks.append(Blank(f"new:{k}:{i}:{j}", "update", "w′", translate("exercise", "{weight} after the update").format(weight=edge),
                            "w′ = w − η·∂L/∂w",
                            float(w.new_weights[k][i, j]), ("edge", k, i, j)))
        return blanks

    def blank(self, key):
        for b in self.blanks:
            if b.key == key:
                return b
        raise KeyError(key)

    # ------------------------------------------------------------ checking

    def check(self, blank, typed):
        """A Verdict on ``typed`` for ``blank`` (a Blank or its key)."""
        blank = self.blank(blank) if isinstance(blank, str) else blank
        if close_enough(typed, blank.value):
            return Verdict(True)
        where = f"{step_title(blank.step)}, {blank.label}"
        for mistake, candidate, advice in self._mistakes(blank):
            if candidate is not None and math.isfinite(candidate) and close_enough(typed, candidate) \
                    and not close_enough(candidate, blank.value):
                return Verdict(False, f"{where}: {advice}", mistake)
        return Verdict(False, translate(
            "exercise", "{where}: not quite. Check it against {formula}; the hints show the numbers to use.").format(
            where=where, formula=blank.formula))

    def check_all(self, answers):
        """Check ``answers`` (key -> typed value) in the order of the blanks, up to the first wrong one.

        Returns (verdicts by key for the values checked, the first wrong Blank or None).
        Blanks without an answer are skipped.
        """
        verdicts = {}
        for blank in self.blanks:
            if answers.get(blank.key) is None:
                continue
            verdict = self.check(blank, answers[blank.key])
            verdicts[blank.key] = verdict
            if not verdict.right:
                return verdicts, blank
        return verdicts, None

    # ------------------------------------------------------------ mistakes

    def _mistakes(self, blank):
        kind = blank.key.split(":")[0]
        return getattr(self, f"_{kind}_mistakes")(blank)

    def _z_mistakes(self, blank):
        _, layer, unit = blank.target
        k, w, net = layer - 1, self.walk, self.network
        act = net.activations[k]
        z = w.z[k][unit]
        bias = net.biases[k][unit]
        yield ("activation applied", float(_apply(act, w.z[k])[unit]),
               translate("exercise", "z is the weighted sum before {activation}; you applied {activation} already. "
                         "Stop at Σ w·a + b.").format(activation=act.name))
        yield ("bias forgotten", float(z - bias), translate(
            "exercise", "you left out the bias b = {bias}: z = Σ w·a + b.").format(bias=hand_number(bias)))
        if k > 0:
            from_z = float(w.z[k - 1] @ net.weights[k][:, unit] + bias)
            yield ("used z, not a", from_z, translate(
                "exercise", "the inputs of this layer are the previous layer's activations a, not its weighted sums z."))
        yield ("sign", float(-z), translate("exercise", "the sign is wrong: check each product w·a for its sign."))

    def _a_mistakes(self, blank):
        _, layer, unit = blank.target
        k, w, net = layer - 1, self.walk, self.network
        act = net.activations[k]
        z = w.z[k][unit]
        yield ("activation missing", float(z), translate(
            "exercise", "that is z itself; a = {activation}(z), so apply {activation} to it.").format(activation=act.name))
        for other in _activations.ACTIVATIONS.values():
            if other.name in (act.name, "linear") or (other.name == "softmax") != (act.name == "softmax"):
                continue
            yield (f"used {other.name}", float(_apply(other, w.z[k])[unit]),
                   translate("exercise", "that is {other}(z); this layer uses {activation}.").format(
                       other=other.name, activation=act.name))
        if act.name == "softmax":
            yield ("softmax not divided", float(np.exp(z)),
                   translate("exercise", "that is e^z; softmax divides it by the sum of e^z over all the outputs."))

    def _loss_mistakes(self, blank):
        w, y = self.walk, self.y
        y_pred, value = w.a[-1], w.loss
        diff = y_pred - y
        if self.loss.is_squared_error:
            # Forgetting to square is the mistake the course warns of; that it
            # happens to equal another loss (MAE) is the second thing to say.
            yield ("not squared", float(np.mean(np.abs(diff))),
                   translate("exercise", "that is the mean of |ŷ − y|, the differences not squared; this loss is {loss}.")
                   .format(loss=self.loss.shown_title_in_text()))
        for other in _losses.LOSSES.values():
            if other.name == self.loss.name:
                continue
            try:
                candidate = float(other(y[None, :], y_pred[None, :]))
            except (ValueError, TypeError, ArithmeticError):
                continue
            yield (f"used {other.name}", candidate,
                   translate("exercise", "that is the {other}; this run's loss is {loss}.").format(
                       other=other.shown_title_in_text(), loss=self.loss.shown_title_in_text()))
        yield ("not squared", float(np.mean(np.abs(diff))),
               translate("exercise", "that is the mean of |ŷ − y|, the differences not squared; this loss is {loss}.")
                   .format(loss=self.loss.shown_title_in_text()))
        yield ("not squared", float(np.mean(diff)),
               translate("exercise", "that is the mean of ŷ − y, the differences not squared; this loss is {loss}.")
               .format(loss=self.loss.shown_title_in_text()))
        yield ("sign", float(-value), translate("exercise", "the sign is wrong: a loss is never negative."))
        yield ("halved", float(value / 2), translate("exercise", "that is half the loss; this course's loss has no ½ in front."))
        if len(y) > 1:
            yield ("summed", float(value * len(y)), translate(
                "exercise", "that is the sum over the {count} outputs; take their mean.").format(count=len(y)))
        yield ("log base 10", float(value / math.log(10)),
               translate("exercise", "that looks like log base 10; the loss uses the natural log, ln."))

    def _delta_mistakes(self, blank):
        _, layer, unit = blank.target
        k, w, net = layer - 1, self.walk, self.network
        act = net.activations[k]
        delta = w.grad_b[k][unit]
        a = w.a[k + 1]
        yield ("sign", float(-delta), translate("exercise", "the sign is wrong: the error signal starts from ŷ − y, not y − ŷ.")
               if k == self.n_layers - 1 else translate("exercise", "the sign is wrong: follow each w·δ's sign."))
        if k == self.n_layers - 1:
            gradient = getattr(self.loss, "gradient", None)
            if gradient is not None and act.name != "softmax":
                d_pred = float(gradient(self.y[None, :], a[None, :])[0, unit])
                slope = float(_slope(act, a)[unit])
                yield ("slope forgotten", d_pred,
                       translate("exercise", "that is ∂L/∂ŷ; multiply by the slope of {activation} too: "
                                 "δ = ∂L/∂ŷ · f′(z), with f′(z) = {slope} here.").format(
                           activation=act.name, slope=hand_number(slope)))
                yield ("slope twice", float(delta * slope),
                       translate("exercise", "the slope of {activation} is already part of this δ; with this loss it "
                                 "cancels against ∂L/∂ŷ. Don't multiply by f′(z) again.").format(activation=act.name))
            yield ("factor 2", float(delta / 2), translate("exercise", "that is half of it: the slope of (ŷ − y)² is 2·(ŷ − y)."))
            yield ("plain difference", float(a[unit] - self.y[unit]),
                   translate("exercise", "that is ŷ − y alone; with this loss and output δ = ∂L/∂ŷ · f′(z) is more than that."))
            for other in _losses.LOSSES.values():
                if other.name == self.loss.name:
                    continue
                out = np.empty((1, len(a)))
                try:
                    with np.errstate(all="ignore"):
                        other.output_delta(self.y[None, :], w.z[-1][None, :].copy(), a[None, :], act, out)
                except (ValueError, TypeError, ArithmeticError):
                    continue
                yield (f"used {other.name}", float(out[0, unit]),
                       translate("exercise", "that is δ for the {other}; this run's loss is {loss}.").format(
                           other=other.shown_title_in_text(), loss=self.loss.shown_title_in_text()))
            return
        back = float(net.weights[k + 1][unit] @ w.grad_b[k + 1])
        slope = _slope(act, a)
        yield ("slope forgotten", back, translate(
            "exercise", "that is Σ w·δ_next; multiply by this neuron's slope f′(z) = {slope} too.").format(
            slope=hand_number(slope[unit])))
        yield ("times a", float(back * a[unit]), translate(
            "exercise", "you multiplied by a; multiply by the slope f′(z) of {activation} instead.").format(
            activation=act.name))
        if act.name != "softmax":
            at_z = float(_slope(act, w.z[k])[unit])
            yield ("slope at z", back * at_z, translate(
                "exercise", "the slope is f′(z) written with a = {activation}(z), not with z itself.").format(
                activation=act.name))

    def _grad_mistakes(self, blank):
        _, k, i, j = blank.target
        w, net = self.walk, self.network
        delta, a_in = w.grad_b[k][j], w.a[k][i]
        grad = w.grad_w[k][i, j]
        yield ("sign", float(-grad), translate("exercise", "the sign is wrong: ∂L/∂w = a · δ, with the sign of each."))
        yield ("input forgotten", float(delta), translate(
            "exercise", "that is δ alone; multiply it by the input a = {input} coming along this weight.").format(
            input=hand_number(a_in)))
        yield ("weight, not input", float(delta * net.weights[k][i, j]),
               translate("exercise", "you multiplied δ by the weight; multiply by the input a that the weight multiplies."))
        if k > 0:
            yield ("used z, not a", float(delta * w.z[k - 1][i]),
                   translate("exercise", "you used the previous neuron's z; use its activation a."))

    def _new_mistakes(self, blank):
        _, k, i, j = blank.target
        weight = self.network.weights[k][i, j]
        grad, rate = self.walk.grad_w[k][i, j], self.learning_rate
        yield ("sign", float(weight + rate * grad), translate(
            "exercise", "you moved the weight up its gradient; go against it: w′ = w − η·∂L/∂w."))
        yield ("learning rate forgotten", float(weight - grad),
               translate("exercise", "you forgot the learning rate: w′ = w − η·∂L/∂w with η = {rate}.").format(
                   rate=hand_number(rate)))
        yield ("step only", float(-rate * grad), translate(
            "exercise", "that is the step −η·∂L/∂w alone; add it to the weight w."))
        yield ("step only", float(rate * grad), translate("exercise", "that is η·∂L/∂w alone; subtract it from the weight w."))
        yield ("weight unchanged", float(weight), translate("exercise", "that is the old weight; subtract η·∂L/∂w from it."))

    # --------------------------------------------------------------- hints

    def hints(self, blank):
        """Hints for ``blank``, from general to the numbers plugged in; show them one at a time."""
        blank = self.blank(blank) if isinstance(blank, str) else blank
        kind = blank.key.split(":")[0]
        w, net, n = self.walk, self.network, hand_number
        if kind in ("z", "a", "delta"):
            _, layer, unit = blank.target
            k = layer - 1
            act = net.activations[k]
        if kind == "z":
            inputs = [self.unit_name(k, i) if k == 0 else f"a({self.unit_name(k, i)})" for i in range(net.sizes[k])]
            terms = " + ".join(f"w{i + 1}·{name}" for i, name in enumerate(inputs))
            numbers = " + ".join(f"{n(net.weights[k][i, unit])}·{_paren(n(w.a[k][i]))}" for i in range(net.sizes[k]))
            return [translate("exercise", "Forward propagation: z is each input times its weight, added up, plus the "
                              "bias. No activation yet."),
                    f"z = {terms} + b",
                    f"z = {numbers} + {_paren(n(net.biases[k][unit]))}"]
        if kind == "a":
            return [translate("exercise", "The activation of this layer is {activation}; apply it to the z you found.")
                    .format(activation=act.name),
                    f"a = {act.name}(z) = {act.name}({n(w.z[k][unit])})"]
        if kind == "loss":
            stage = next(s for s in w.stages if s.kind == "loss")
            return [translate("exercise", "The loss compares the output ŷ with the target y; this run uses {loss}.")
                    .format(loss=self.loss.shown_title_in_text()),
                    f"ŷ = {list_separator().join(n(v) for v in w.a[-1])}; y = {list_separator().join(n(v) for v in self.y)}.",
                    stage.text.split("? ", 1)[-1]]
        if kind == "delta":
            if k == self.n_layers - 1:
                hints = [translate("exercise", "Backpropagation starts at the output: δ = ∂L/∂z, how much the loss "
                                   "changes with this neuron's z.")]
                gradient = getattr(self.loss, "gradient", None)
                if gradient is not None and act.name != "softmax":
                    d_pred = gradient(self.y[None, :], w.a[-1][None, :])[0, unit]
                    hints.append(translate("exercise", "δ = ∂L/∂ŷ · f′(z), with ∂L/∂ŷ = {gradient} and f′(z) = {slope} "
                                           "for {activation}.").format(
                        gradient=n(d_pred), slope=n(_slope(act, w.a[-1])[unit]), activation=act.name))
                else:
                    hints.append(translate("exercise", "Softmax mixes its outputs: δ_j = Σ_k ∂L/∂ŷ_k · ∂ŷ_k/∂z_j. "
                                           "Here ŷ − y = {differences}.").format(
                        differences=list_separator().join(n(v) for v in w.a[-1] - self.y)))
                return hints
            nxt = [self.unit_name(k + 2, u) for u in range(net.sizes[k + 2])]
            numbers = " + ".join(f"{n(net.weights[k + 1][unit, u])}·{_paren(n(w.grad_b[k + 1][u]))}"
                                 for u in range(net.sizes[k + 2]))
            return [translate("exercise", "Backpropagation: a hidden neuron's δ gathers the δ of the neurons it "
                              "feeds, each times the weight between, then times its own slope."),
                    translate("exercise", "δ = (Σ w·δ over {units}) · f′(z), with f′(z) = {slope} for {activation}.")
                    .format(units=", ".join(nxt), slope=_slope_formula(act), activation=act.name),
                    f"δ = ({numbers}) · {_paren(n(_slope(act, w.a[k + 1])[unit]))}"]
        if kind == "grad":
            _, k, i, j = blank.target
            return [translate("exercise", "A weight's gradient is the input it multiplies times the δ of the neuron it "
                              "feeds."),
                    f"∂L/∂w = a({self.unit_name(k, i)}) · δ({self.unit_name(k + 1, j)}) = "
                    f"{n(w.a[k][i])} · {_paren(n(w.grad_b[k][j]))}"]
        _, k, i, j = blank.target
        return [translate("exercise", "The update moves the weight a little against its gradient."),
                f"w′ = w − η·∂L/∂w = {n(net.weights[k][i, j])} − {n(self.learning_rate)}·"
                f"{_paren(n(w.grad_w[k][i, j]))}"]

    def worked(self, blank):
        """The blank worked out, as "Show me" writes it: its last hint, then its value."""
        blank = self.blank(blank) if isinstance(blank, str) else blank
        last = self.hints(blank)[-1]
        return f"{last} = {hand_number(blank.value)}" if not last.endswith(".") else \
            f"{last} {blank.symbol} = {hand_number(blank.value)}."


def loss_formula(loss, n_out=1):
    """The loss's formula as the course writes it, for one sample: the loss object says it."""
    return loss.formula(n_out)


def pick_sample(n_train, seed):
    """A training point's index picked by ``seed``: one seed per student gives each their own sheet."""
    return int(np.random.default_rng(seed).integers(n_train))


def from_experiment(experiment, sample=None, seed=0, steps=STEPS):
    """The exercise on one training point of ``experiment`` at its current weights.

    ``sample`` is the point's number (1 is the first training point); without
    it ``seed`` picks one. The returned Exercise also has ``sample_number``
    and ``target_text`` (the class name, or the target in the network's units).
    """
    prepared, trainer = experiment.prepared, experiment.trainer
    n_train = len(prepared.X_train)
    if sample is None:
        index = pick_sample(n_train, seed)
    else:
        if not 1 <= int(sample) <= n_train:
            raise ValueError(translate(
                "exercise", "There are {count} training points; pick a sample from 1 to {count}, not {sample}.").format(
                count=n_train, sample=sample))
        index = int(sample) - 1
    bad = [step for step in steps if step not in STEPS]
    if bad or not steps:
        raise ValueError(translate("exercise", "Steps are {steps}; got {wrong}.").format(
            steps=", ".join(STEPS), wrong=", ".join(bad) or translate("exercise", "none")))
    exercise = Exercise(trainer.network, prepared.X_train[index], prepared.Y_train[index], trainer.loss,
                        trainer.learning_rate, input_names=list(prepared.input_names), steps=tuple(steps))
    exercise.sample_number = index + 1
    y = prepared.Y_train[index]
    if prepared.task == "classification":
        label = prepared.class_names[int(prepared.y_train[index])]
        exercise.target_text = translate("exercise", "y = {values} (class '{label}')").format(
            values=list_separator().join(hand_number(v) for v in y), label=label)
    else:
        exercise.target_text = f"y = {hand_number(y[0])}"
    return exercise


def _apply(activation, z):
    z = np.asarray(z, dtype=float).reshape(1, -1)
    with np.errstate(over="ignore", invalid="ignore"):
        return activation.forward(z, np.empty_like(z))[0]


def _slope(activation, a):
    a = np.asarray(a, dtype=float).reshape(1, -1)
    if activation.name == "softmax":
        return np.full(a.shape[1], np.nan)
    return activation.slope(a, np.empty_like(a))[0]


def _slope_formula(activation):
    return {"tanh": "1 − a²", "sigmoid": "a·(1 − a)", "relu": translate("exercise", "1 if z > 0, else 0"),
            "leaky_relu": translate("exercise", "1 if z > 0, else {slope}").format(slope=number(0.01)),
            "linear": "1"}.get(activation.name, "f′(z)")


def _paren(text):
    return f"({text})" if text.startswith("−") else text
