"""The rules an experiment file is checked by, and the words its refusals are said in.

A ``Rule`` checks one value and returns it cleaned (a real int or float, an
exact list) or raises ``Refusal``, naming the field and saying what it must
be. ``engine.experiment_schema`` checks whole documents with these rules, and
``engine.lesson_schema`` the lesson in them. Their texts keep the translation
context "experiment_schema", which their translations are filed under.
"""

import math
from dataclasses import dataclass

from . import csv_reader as _csv_reader
from .formatting import count, number
from .translation import QT_TRANSLATE_NOOP, translate

# Limits that the setup, the training and the lesson's challenge all use;
# the others are in experiment_schema and lesson_schema.
MAX_EPOCH = 10**9
MAX_ABS_RECORD = 1e15           # losses and metrics in the history

EDITED = QT_TRANSLATE_NOOP(
    "experiment_schema", "The file was probably edited by hand or damaged; use another copy, or save the experiment again.")


class Refusal(Exception):
    """One thing wrong with a document: ``where`` (a field path) and ``sentence``."""

    def __init__(self, where, sentence, hint=EDITED):
        super().__init__(f"{where} {sentence}")
        self.where, self.sentence, self.hint = where, sentence, hint


# --------------------------------------------------------------------------
# Saying what was found


class _Said:
    """Words of a rule, said in the reader's language whenever they are read.

    Rules are built when the module is imported, before the window installs a
    translator, so their descriptions are translated when a message uses them.
    """

    def __init__(self, template, **fields):
        self.template, self.fields = template, fields

    def __str__(self):
        fields = {key: value() if callable(value) else value for key, value in self.fields.items()}
        return translate("experiment_schema", self.template).format(**fields)

    def __format__(self, spec):
        return format(str(self), spec)


def shown(value):
    """A short description of a JSON value, for messages: 'null', 'the text \"abc\"', 'a list of 3 items'."""
    if value is None:
        return translate("experiment_schema", "empty (null)")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if abs(value) > 1e15:
            return translate("experiment_schema", "a number with {digits} digits").format(digits=count(len(str(abs(value)))))
        return number(value, 6)
    if isinstance(value, float):
        # 1.0 where a whole number belongs reads "1.0", not "1".
        text = number(value, 6)
        return text + ".0" if value.is_integer() and "e" not in text else text
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "…"
        return translate("experiment_schema", "the text {text!r}").format(text=text)
    if isinstance(value, list):
        if len(value) == 1:
            return translate("experiment_schema", "a list of 1 item")
        return translate("experiment_schema", "a list of {count} items").format(count=count(len(value)))
    if isinstance(value, dict):
        return translate("experiment_schema", "an object")
    return type(value).__name__


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --------------------------------------------------------------------------
# Rules: each checks one value and returns it cleaned, or raises Refusal


@dataclass(frozen=True)
class Rule:
    description: object     # "a number from 0 to 1": a str, or _Said words
    test: object            # value -> cleaned value; raises ValueError(sentence) to refuse
    optional: bool = False  # null allowed

    def check(self, value, where):
        if value is None:
            if self.optional:
                return None
            raise Refusal(where, translate("experiment_schema", "is empty (null); it must be {description}.").format(
                description=self.description))
        try:
            return self.test(value)
        except _Wrong as wrong:
            raise Refusal(where, wrong.sentence or translate(
                "experiment_schema", "is {value}; it must be {description}.").format(
                value=shown(value), description=self.description)) from None

    def or_null(self):
        return Rule(_Said(QT_TRANSLATE_NOOP("experiment_schema", "{description}, or null"), description=self.description),
                    self.test, optional=True)


class _Wrong(Exception):
    def __init__(self, sentence=""):
        super().__init__(sentence)
        self.sentence = sentence


def number_rule(low, high, low_open=False, high_open=False):
    bounds = {"low": lambda: number(low), "high": lambda: number(high)}
    if low_open and high_open:
        description = _Said(QT_TRANSLATE_NOOP(
            "experiment_schema", "a number between {low} and {high}, not {low} or {high} itself"), **bounds)
    elif low_open:
        description = _Said(QT_TRANSLATE_NOOP("experiment_schema", "a number more than {low} and at most {high}"), **bounds)
    elif high_open:
        description = _Said(QT_TRANSLATE_NOOP("experiment_schema", "a number at least {low} and less than {high}"), **bounds)
    else:
        description = _Said(QT_TRANSLATE_NOOP("experiment_schema", "a number from {low} to {high}"), **bounds)

    def test(value):
        if not _is_number(value):
            raise _Wrong()
        value = float(value) if not isinstance(value, int) or abs(value) < 2**53 else math.inf
        if not math.isfinite(value):
            raise _Wrong(translate("experiment_schema", "is {value}, not a finite number; it must be {description}.")
                         .format(value=number(value), description=description))
        if value < low or value > high or (low_open and value == low) or (high_open and value == high):
            raise _Wrong()
        return value
    return Rule(description, test)


def whole_rule(low, high):
    description = _Said(QT_TRANSLATE_NOOP("experiment_schema", "a whole number from {low} to {high}"),
                        low=lambda: count(low), high=lambda: count(high))

    def test(value):
        if not _is_number(value):
            raise _Wrong()
        if isinstance(value, float):
            if not math.isfinite(value):
                raise _Wrong(translate("experiment_schema", "is {value}, not a finite number; it must be {description}.")
                             .format(value=number(value), description=description))
            if not value.is_integer():
                raise _Wrong(translate("experiment_schema", "is {value}, not a whole number; it must be {description}.")
                             .format(value=shown(value), description=description))
            value = int(value)
        if not low <= value <= high:
            raise _Wrong()
        return value
    return Rule(description, test)


def choice_rule(names):
    names = list(names)
    description = _Said(QT_TRANSLATE_NOOP("experiment_schema", "one of {names}"), names=", ".join(f'"{n}"' for n in names))

    def test(value):
        if not isinstance(value, str) or value not in names:
            raise _Wrong()
        return value
    return Rule(description, test)


def text_rule(max_chars):
    description = _Said(QT_TRANSLATE_NOOP("experiment_schema", "text of at most {count} characters"),
                        count=lambda: count(max_chars))

    def test(value):
        if not isinstance(value, str):
            raise _Wrong()
        if len(value) > max_chars:
            raise _Wrong(translate("experiment_schema", "has {count} characters; at most {limit} are allowed. Shorten it.")
                         .format(count=count(len(value)), limit=count(max_chars)))
        return value
    return Rule(description, test)


def label_rule(max_chars):
    """Text shown as a label in the window: within ``max_chars``, and with nothing that reads as an HTML tag."""
    text = text_rule(max_chars)
    description = _Said(QT_TRANSLATE_NOOP("experiment_schema", "text of at most {count} characters, without HTML tags"),
                        count=lambda: count(max_chars))

    def test(value):
        value = text.test(value)
        if _csv_reader.looks_like_markup(value):
            raise _Wrong(translate(
                "experiment_schema", "is {value}, which looks like an HTML tag; names are shown as labels, so they "
                "may not hold tags.").format(value=shown(value)))
        return value
    return Rule(description, test)


def list_rule(item, max_items, min_items=0):
    description = _Said(QT_TRANSLATE_NOOP("experiment_schema", "a list of {low} to {high} items, each {item}"),
                        low=lambda: count(min_items), high=lambda: count(max_items), item=item.description)

    def test(value):
        if not isinstance(value, list):
            raise _Wrong()
        if not min_items <= len(value) <= max_items:
            raise _Wrong(translate("experiment_schema", "has {count} items; it must have {low} to {high}.").format(
                count=count(len(value)), low=count(min_items), high=count(max_items)))
        return value
    rule = Rule(description, test)
    return _ListRule(description, rule.test, item=item)


@dataclass(frozen=True)
class _ListRule(Rule):
    item: Rule = None

    def check(self, value, where):
        value = super().check(value, where)
        if value is None:
            return None
        return [self.item.check(v, f"{where}[{i}]") for i, v in enumerate(value)]

    def or_null(self):
        return _ListRule(_Said(QT_TRANSLATE_NOOP("experiment_schema", "{description}, or null"),
                               description=self.description), self.test, optional=True, item=self.item)


def _bool_test(value):
    if not isinstance(value, bool):
        raise _Wrong()
    return value


BOOL = Rule(_Said(QT_TRANSLATE_NOOP("experiment_schema", "true or false")), _bool_test)


def _object(value, where, known=None, required=()):
    """``value`` if it is an object with only ``known`` keys (None: any) and every ``required`` one; or Refusal."""
    if not isinstance(value, dict):
        raise Refusal(where, translate("experiment_schema", "is {value}; it must be an object ({{...}}).").format(
            value=shown(value)))
    if known is not None:
        for key in value:
            if key not in known:
                raise Refusal(f"{where}.{key}", translate("experiment_schema", "is not part of an experiment file. Remove it."))
    for key in required:
        if key not in value:
            raise Refusal(f"{where}.{key}", translate("experiment_schema", "is missing."))
    return value
