"""What an experiment file may contain, checked whole before anything is built.

Experiment files travel by mail and USB stick, and some are edited by hand.
``check_document`` reads the parsed JSON and either returns it cleaned (every
number a real int or float, every shape exact) or raises one
``ExperimentFileError`` that names the field and says what is wrong. Nothing
is allocated from a file's numbers until they have passed: sizes are within
the app's limits, weight matrices have exactly the rows and columns the
network needs, numbers are finite, counters are whole numbers in range.

Each setting of ``Setup`` has one rule in ``SETUP_RULES``; a new setting
needs one line there.
"""

import math
from dataclasses import MISSING, dataclass, fields

from . import activations as _activations
from . import csv_reader as _csv_reader
from . import datasets as _datasets
from . import losses as _losses
from . import optimizers as _optimizers
from .events import Event
from .experiment import MAX_HIDDEN_LAYERS, MAX_UNITS, Setup
from .formatting import count, number
# The lesson's checks and the rules have modules of their own; their names are
# imported here as well, so every one is still offered by experiment_schema.
from .lesson_schema import (CHALLENGE_GOAL_RULES, LANGUAGE_CODE, MAX_LESSON_TEXT_CHARS,  # noqa: F401
                            MAX_LESSON_TITLE_CHARS, MAX_LESSON_TRANSLATIONS, _FieldsRule, _two_losses, check_lesson,
                            check_lesson_translations)
from .schema_rules import (BOOL, EDITED, MAX_ABS_RECORD, MAX_EPOCH, Refusal, Rule, _bool_test,  # noqa: F401
                           _is_number, _ListRule, _object, _Said, _Wrong, choice_rule, label_rule, list_rule,
                           number_rule, shown, text_rule, whole_rule)
from .trainer import REGULARIZATIONS, History
from .translation import QT_TRANSLATE_NOOP, translate

FORMAT = "loss-explorer-experiment"
VERSION = 1

# -- limits, in the README's "Experiment files" section --------------------
MAX_FILE_BYTES = _csv_reader.MAX_BYTES + 64 * 2**20     # an embedded CSV may be as big as a CSV file
MAX_CSV_TEXT_CHARS = _csv_reader.MAX_BYTES
# The lesson's limits are in lesson_schema; MAX_EPOCH and MAX_ABS_RECORD in schema_rules.
MAX_EVENTS = 10_000
MAX_EVENT_TEXT_CHARS = 500
MAX_HISTORY_RECORDS = 10_000_000
MAX_STEP = 10**15
MAX_SEED = 2**63 - 1
MAX_INPUTS = _csv_reader.MAX_COLUMNS
MAX_OUTPUTS = _csv_reader.MAX_CLASSES
# Beyond this a weight is a damaged file, not training: even through eight
# linear layers the squared error of such weights stays finite.
MAX_ABS_PARAMETER = 1e15
MAX_LEARNING_RATE = 100.0
MAX_REGULARIZATION_RATE = 100.0


class ExperimentFileError(ValueError):
    """An experiment file could not be read or written; the message says why and what to do."""


# --------------------------------------------------------------------------
# Settings: one rule each


HIDDEN_ACTIVATIONS = [n for n in _activations.NAMES if n != "softmax"]
SEED = whole_rule(0, MAX_SEED)


def _data_source_test(value):
    # Checked by check_source (it needs field paths of its own); this only refuses non-objects.
    if not isinstance(value, dict):
        raise _Wrong()
    return value


SETUP_RULES = {
    "data": Rule(_Said(QT_TRANSLATE_NOOP("experiment_schema", "an object describing the data")), _data_source_test),
    "test_fraction": number_rule(0.0, 1.0, low_open=True, high_open=True),
    "features": list_rule(label_rule(200), MAX_INPUTS, min_items=1).or_null(),
    "hidden_sizes": list_rule(whole_rule(1, MAX_UNITS), MAX_HIDDEN_LAYERS),
    "hidden_activations": list_rule(choice_rule(HIDDEN_ACTIVATIONS), MAX_HIDDEN_LAYERS),
    "output_activation": choice_rule(_activations.NAMES).or_null(),
    "loss": choice_rule(_losses.NAMES).or_null(),
    "optimizer": choice_rule(_optimizers.NAMES),
    "learning_rate": number_rule(0.0, MAX_LEARNING_RATE, low_open=True),
    "batch_size": whole_rule(1, _datasets.MAX_SAMPLES).or_null(),
    "regularization": choice_rule(REGULARIZATIONS),
    "regularization_rate": number_rule(0.0, MAX_REGULARIZATION_RATE),
    "seed": SEED,
    "validation_fraction": number_rule(0.0, 1.0, high_open=True),
    "early_stopping": whole_rule(1, MAX_EPOCH).or_null(),
}


def _rule_from_default(setup_field):
    """A rule for a setting without its own line in SETUP_RULES, from its default's type."""
    default = setup_field.default
    if default is MISSING and setup_field.default_factory is not MISSING:
        default = setup_field.default_factory()
    if isinstance(default, bool):
        return BOOL
    if isinstance(default, int):
        return whole_rule(0, MAX_STEP)
    if isinstance(default, float):
        return number_rule(-MAX_ABS_RECORD, MAX_ABS_RECORD)
    if isinstance(default, str):
        return text_rule(200)
    return Rule(_Said(QT_TRANSLATE_NOOP("experiment_schema", "a value")), lambda v: v, optional=True)


def setup_rules():
    """{setting: Rule} for every field of Setup."""
    return {f.name: SETUP_RULES.get(f.name) or _rule_from_default(f) for f in fields(Setup)}


# --------------------------------------------------------------------------
# Sections


def check_setup(values, where="setup"):
    """The settings in ``values`` (a dict) cleaned, or Refusal; every setting must be known."""
    rules = setup_rules()
    if not isinstance(values, dict):
        raise Refusal(where, translate("experiment_schema", "is {value}; it must be an object ({{...}}) of settings.")
                      .format(value=shown(values)))
    unknown = sorted(k for k in values if k not in rules)
    if unknown:
        raise Refusal(where, translate("experiment_schema", "has unknown setting(s): {names}. Remove them.").format(
            names=", ".join(map(str, unknown))))
    cleaned = {key: rules[key].check(value, f"{where}.{key}") for key, value in values.items()}
    if "data" in cleaned:
        cleaned["data"] = check_source(cleaned["data"], f"{where}.data")
    sizes = cleaned.get("hidden_sizes", Setup.__dataclass_fields__["hidden_sizes"].default_factory())
    acts = cleaned.get("hidden_activations", Setup.__dataclass_fields__["hidden_activations"].default_factory())
    if len(sizes) != len(acts):
        raise Refusal(f"{where}.hidden_activations",
                      translate("experiment_schema", "has {n_activations} activation(s) for {n_layers} hidden "
                                "layer(s); each layer needs one.").format(n_activations=len(acts), n_layers=len(sizes)))
    return cleaned


def check_source(source, where):
    """A data recipe (built-in or CSV) cleaned, or Refusal."""
    _object(source, where)
    kind = source.get("kind")
    if kind == "builtin":
        for key in ("name", "n_samples", "noise", "seed"):
            if key not in source:
                raise Refusal(f"{where}.{key}", translate("experiment_schema", "is missing."))
        return {
            "kind": "builtin",
            "name": choice_rule(_datasets.builtin_names()).check(source["name"], f"{where}.name"),
            "n_samples": whole_rule(_datasets.MIN_SAMPLES, _datasets.MAX_SAMPLES).check(
                source["n_samples"], f"{where}.n_samples"),
            "noise": number_rule(0.0, 1.0).check(source["noise"], f"{where}.noise"),
            "seed": SEED.check(source["seed"], f"{where}.seed"),
        }
    if kind == "csv":
        cleaned = {"kind": "csv"}
        for key, rule in (("path", label_rule(4096).or_null()), ("name", label_rule(255).or_null()),
                          ("target", label_rule(1000).or_null()),
                          ("task", choice_rule([_datasets.CLASSIFICATION, _datasets.REGRESSION]).or_null())):
            cleaned[key] = rule.check(source.get(key), f"{where}.{key}")
        return cleaned
    raise Refusal(f"{where}.kind", translate("experiment_schema", "is {value}; it must be \"builtin\" or \"csv\".").format(
        value=shown(kind)))


def check_data(data, setup_source, where="data"):
    """(source, csv_text): the data section, or the setup's recipe if there is none."""
    if data is None:
        data = {}
    _object(data, where)
    source = data.get("source")
    source = setup_source if source is None else check_source(source, f"{where}.source")
    csv_text = text_rule(MAX_CSV_TEXT_CHARS).or_null().check(data.get("csv_text"), f"{where}.csv_text")
    if source.get("kind") == "csv" and csv_text is None and not source.get("path"):
        raise Refusal(f"{where}.csv_text", translate(
            "experiment_schema", "is missing, and the data has no path either, so there is no data."))
    return source, csv_text


def check_network(network, setup, where="network"):
    """A saved network (Network.to_dict()) whose sizes are in range and whose arrays have exactly its shapes."""
    _object(network, where, known={"sizes", "activations", "seed", "weights", "biases"},
            required=("sizes", "activations", "weights", "biases"))
    sizes = list_rule(whole_rule(1, max(MAX_INPUTS, MAX_UNITS, MAX_OUTPUTS)), MAX_HIDDEN_LAYERS + 2,
                      min_items=2).check(network["sizes"], f"{where}.sizes")
    whole_rule(1, MAX_INPUTS).check(sizes[0], f"{where}.sizes[0]")
    for k in range(1, len(sizes) - 1):
        whole_rule(1, MAX_UNITS).check(sizes[k], f"{where}.sizes[{k}]")
    whole_rule(1, MAX_OUTPUTS).check(sizes[-1], f"{where}.sizes[{len(sizes) - 1}]")
    n_layers = len(sizes) - 1
    acts = list_rule(choice_rule(_activations.NAMES), n_layers, min_items=n_layers).check(
        network["activations"], f"{where}.activations")
    for k, name in enumerate(acts[:-1]):
        if name == "softmax":
            raise Refusal(f"{where}.activations[{k}]", translate(
                "experiment_schema", "is \"softmax\", which belongs on the output layer only."))
    if sizes[1:-1] != setup.get("hidden_sizes", sizes[1:-1]):
        raise Refusal(f"{where}.sizes", translate(
            "experiment_schema", "has hidden layers {sizes}, but setup.hidden_sizes says {setup_sizes}.").format(
            sizes=sizes[1:-1], setup_sizes=setup['hidden_sizes']))
    if acts[:-1] != setup.get("hidden_activations", acts[:-1]):
        raise Refusal(f"{where}.activations", translate(
            "experiment_schema", "starts {activations}, but setup.hidden_activations says {setup_activations}.").format(
            activations=acts[:-1], setup_activations=setup['hidden_activations']))
    if setup.get("output_activation") not in (None, acts[-1]):
        raise Refusal(f"{where}.activations[{n_layers - 1}]",
                      translate("experiment_schema", "is \"{activation}\", but setup.output_activation says "
                                "\"{setup_activation}\".").format(activation=acts[-1],
                                                                  setup_activation=setup['output_activation']))
    seed = SEED.check(network.get("seed", 0), f"{where}.seed")
    weights = _layers(network["weights"], f"{where}.weights", sizes, matrix=True)
    biases = _layers(network["biases"], f"{where}.biases", sizes, matrix=False)
    return {"sizes": sizes, "activations": acts, "seed": seed, "weights": weights, "biases": biases}


def _layers(layers, where, sizes, matrix):
    n_layers = len(sizes) - 1
    if not isinstance(layers, list):
        raise Refusal(where, translate(
            "experiment_schema", "is {value}; it must be a list with one entry per layer ({n_layers}).").format(
            value=shown(layers), n_layers=n_layers))
    if len(layers) != n_layers:
        raise Refusal(where, translate(
            "experiment_schema", "has {found} layer(s); the network (sizes {sizes}) has {n_layers}.").format(
            found=len(layers), sizes=", ".join(map(str, sizes)), n_layers=n_layers))
    checked = []
    for k, layer in enumerate(layers):
        n_in, n_out = sizes[k], sizes[k + 1]
        if matrix:
            if not isinstance(layer, list):
                raise Refusal(f"{where}[{k}]", translate(
                    "experiment_schema", "is {value}; it must be {rows} rows of {columns} numbers.").format(
                    value=shown(layer), rows=n_in, columns=n_out))
            if len(layer) != n_in:
                raise Refusal(f"{where}[{k}]", translate(
                    "experiment_schema", "has {found} row(s); the network needs {rows}.").format(found=len(layer), rows=n_in))
            checked.append([_numbers(row, f"{where}[{k}][{i}]", n_out, MAX_ABS_PARAMETER) for i, row in enumerate(layer)])
        else:
            checked.append(_numbers(layer, f"{where}[{k}]", n_out, MAX_ABS_PARAMETER))
    return checked


def _numbers(values, where, length, max_abs, minimum=None, allow_null=False):
    """A list of exactly ``length`` finite numbers within ±max_abs (None kept where allowed)."""
    if not isinstance(values, list):
        raise Refusal(where, translate("experiment_schema", "is {value}; it must be a list of {count} numbers.").format(
            value=shown(values), count=count(length) if length is not None else length))
    if length is not None and len(values) != length:
        raise Refusal(where, translate("experiment_schema", "has {found} number(s); the network needs {count}.").format(
            found=count(len(values)), count=count(length)))
    low = -max_abs if minimum is None else minimum
    for i, value in enumerate(values):
        kind = type(value)
        if kind is float:
            if low <= value <= max_abs:
                continue
        elif kind is int:
            if low <= value <= max_abs:
                values[i] = float(value)
                continue
        elif value is None and allow_null:
            continue
        if _is_number(value) and not (isinstance(value, float) and not math.isfinite(value)):
            raise Refusal(f"{where}[{i}]", translate("experiment_schema", "is {value}; it must be from {low} to {high}.")
                          .format(value=shown(value), low=number(low), high=number(max_abs)))
        if _is_number(value):
            raise Refusal(f"{where}[{i}]", translate("experiment_schema", "is {value}, not a finite number.").format(
                value=number(value)))
        raise Refusal(f"{where}[{i}]", translate("experiment_schema", "is {value}; it must be a number.").format(
            value=shown(value)))
    return values


def n_params(sizes):
    return sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:]))


OPTIMIZER_ARRAYS = {"sgd": (), "momentum": ("velocity",), "adam": ("m", "v")}


def check_optimizer_state(state, setup, n_parameters, where="training.optimizer_state"):
    """The optimizer's saved state; arrays must fit ``n_parameters`` (None: checked when built)."""
    if state is None:
        return None
    _object(state, where, known={"name", "velocity", "m", "v", "t"}, required=("name",))
    name = choice_rule(_optimizers.NAMES).check(state["name"], f"{where}.name")
    cleaned = {"name": name}
    for key in ("velocity", "m", "v"):
        if key not in state:
            continue
        if key not in OPTIMIZER_ARRAYS[name]:
            raise Refusal(f"{where}.{key}", translate(
                "experiment_schema", "does not belong to the {name} optimizer. Remove it.").format(name=name))
        cleaned[key] = _numbers(state[key], f"{where}.{key}", n_parameters if name == setup.get("optimizer") else None,
                                1e300, minimum=0.0 if key == "v" else None)
    if "t" in state:
        if name != "adam":
            raise Refusal(f"{where}.t", translate(
                "experiment_schema", "does not belong to the {name} optimizer. Remove it.").format(name=name))
        cleaned["t"] = whole_rule(0, MAX_STEP).check(state["t"], f"{where}.t")
    return cleaned


def check_training(training, setup, n_parameters, where="training"):
    if training is None:
        training = {}
    _object(training, where, known={"step", "epoch", "history", "events", "optimizer_state"})
    cleaned = {
        "step": whole_rule(0, MAX_STEP).check(training.get("step", 0), f"{where}.step"),
        "epoch": whole_rule(0, MAX_EPOCH).check(training.get("epoch", 0), f"{where}.epoch"),
        "history": check_history(training.get("history"), f"{where}.history"),
        "events": check_events(training.get("events"), f"{where}.events"),
        "optimizer_state": check_optimizer_state(training.get("optimizer_state"), setup, n_parameters,
                                                 f"{where}.optimizer_state"),
    }
    return cleaned


def check_history(history, where):
    """{column: list} with every column of History, equally long; losses and metrics finite or null."""
    if history is None:
        return None
    _object(history, where, known=set(History.COLUMNS))
    lengths = {}
    for column, values in history.items():
        if not isinstance(values, list):
            raise Refusal(f"{where}.{column}", translate("experiment_schema", "is {value}; it must be a list of numbers.")
                          .format(value=shown(values)))
        if len(values) > MAX_HISTORY_RECORDS:
            raise Refusal(f"{where}.{column}", translate(
                "experiment_schema", "has {count} records; at most {limit} are allowed.").format(
                count=count(len(values)), limit=count(MAX_HISTORY_RECORDS)))
        lengths[column] = len(values)
    if len(set(lengths.values())) > 1:
        longest = max(lengths, key=lengths.get)
        shortest = min(lengths, key=lengths.get)
        raise Refusal(f"{where}.{shortest}", translate(
            "experiment_schema", "has {count} records, but {other} has {other_count}; every column needs one per epoch.")
            .format(count=count(lengths[shortest]), other=f"{where}.{longest}", other_count=count(lengths[longest])))
    n = next(iter(lengths.values()), 0)
    cleaned = {}
    for column in History.COLUMNS:
        values = history.get(column)
        if values is None:
            if column == "epoch" and n:
                raise Refusal(f"{where}.epoch", translate("experiment_schema", "is missing; the other columns need it."))
            cleaned[column] = [None] * n
        elif column == "epoch":
            rule = whole_rule(0, MAX_EPOCH)
            cleaned[column] = [v if type(v) is int and 0 <= v <= MAX_EPOCH else rule.check(v, f"{where}.epoch[{i}]")
                               for i, v in enumerate(values)]
        else:
            cleaned[column] = _numbers(values, f"{where}.{column}", None, MAX_ABS_RECORD, allow_null=True)
    return cleaned


def check_events(events, where):
    """What happened when (a loss switch, a new optimizer...), as ``Event`` objects.

    Files keep ``{"epoch", "setting", "old", "new"}``; older ones kept
    ``[epoch, "loss: mse → cross_entropy"]`` pairs, which are read too.
    """
    if events is None:
        return []
    if not isinstance(events, list):
        raise Refusal(where, translate("experiment_schema", "is {value}; it must be a list of events.").format(
            value=shown(events)))
    if len(events) > MAX_EVENTS:
        raise Refusal(where, translate("experiment_schema", "has {count} events; at most {limit} are allowed.").format(
            count=count(len(events)), limit=count(MAX_EVENTS)))
    epoch_rule, text = whole_rule(0, MAX_EPOCH), label_rule(MAX_EVENT_TEXT_CHARS)
    cleaned = []
    for i, event in enumerate(events):
        at = f"{where}[{i}]"
        if isinstance(event, dict):
            _object(event, at, known={"epoch", "setting", "old", "new"})
            if "epoch" not in event or "setting" not in event:
                raise Refusal(at, translate("experiment_schema", "needs an epoch and a setting."))
            values = {"epoch": epoch_rule.check(event["epoch"], f"{at}.epoch"),
                      "setting": text.check(event["setting"], f"{at}.setting")}
            for key in ("old", "new"):
                value = event.get(key)
                if isinstance(value, str):
                    value = text.check(value, f"{at}.{key}")
                elif value is not None and (type(value) not in (int, float) or not math.isfinite(value)):
                    raise Refusal(f"{at}.{key}", translate(
                        "experiment_schema", "is {value}; it must be a name, a number or null.").format(value=shown(value)))
                values[key] = value
            cleaned.append(Event(values["epoch"], values["setting"], values.get("old"), values.get("new")))
        elif isinstance(event, list) and len(event) == 2:
            cleaned.append(Event.from_saved((epoch_rule.check(event[0], f"{at}[0]"), text.check(event[1], f"{at}[1]"))))
        else:
            raise Refusal(at, translate(
                "experiment_schema", "is {value}; it must be an event: {{\"epoch\", \"setting\", \"old\", \"new\"}}.")
                .format(value=shown(event)))
    return cleaned


# --------------------------------------------------------------------------
# The whole document


@dataclass
class CheckedDocument:
    """A document that passed every check: plain values, exact shapes."""

    setup: dict
    source: dict
    csv_text: str
    network: dict
    training: dict
    lesson: dict


def check_document(document, name="the file"):
    """Check a parsed experiment document completely.

    Parameters
    ----------
    document : object
        What ``json.loads`` returned.
    name : str
        The file's name, for the message.

    Returns
    -------
    CheckedDocument

    Raises
    ------
    ExperimentFileError
        Naming the first wrong field, what is wrong with it, and what to do.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExperimentFileError(translate(
            "experiment_schema", "'{name}' is not a Loss Explorer experiment (it is JSON, but of another kind). "
            "Open a file saved with File → Save.").format(name=name))
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ExperimentFileError(translate(
            "experiment_schema", "'{name}' has no valid format version (version is {value}; it must be "
            "a whole number such as {version}), so it cannot be read safely.").format(
            name=name, value=shown(version), version=VERSION))
    if version > VERSION:
        raise ExperimentFileError(translate(
            "experiment_schema", "'{name}' was saved by a newer Loss Explorer (format version {version}); "
            "this one reads up to version {newest}. Update Loss Explorer to open it.").format(
            name=name, version=count(version), newest=VERSION))
    try:
        if "setup" not in document:
            raise Refusal("setup", translate("experiment_schema", "is missing; every experiment file has its settings there."))
        text_rule(100).or_null().check(document.get("saved_at"), "saved_at")
        setup = check_setup(document["setup"])
        setup_source = setup.get("data")
        if setup_source is None:
            setup_source = Setup().data
        source, csv_text = check_data(document.get("data"), setup_source)
        network = document.get("network")
        if network is not None:
            network = check_network(network, setup)
        training = check_training(document.get("training"), setup,
                                  n_params(network["sizes"]) if network is not None else None)
        lesson = check_lesson(document.get("lesson"))
    except Refusal as refusal:
        raise ExperimentFileError(translate("experiment_schema", "'{name}' cannot be opened: {where} {sentence} {hint}")
                                  .format(name=name, where=refusal.where, sentence=refusal.sentence,
                                          hint=translate("experiment_schema", refusal.hint))) from None
    return CheckedDocument(setup=setup, source=source, csv_text=csv_text, network=network,
                           training=training, lesson=lesson)
