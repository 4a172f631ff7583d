"""What a file's lesson may contain: its title and text, their translations, a challenge's goal."""

import re
from dataclasses import dataclass

from . import challenge as _challenge
from . import losses as _losses
from .experiment import MAX_HIDDEN_LAYERS, MAX_UNITS
from .formatting import count
from .schema_rules import (MAX_ABS_RECORD, MAX_EPOCH, Refusal, Rule, _object, _Said, _Wrong, choice_rule, number_rule,
                           shown, text_rule, whole_rule)
from .translation import QT_TRANSLATE_NOOP, translate

# -- limits, in the README's "Experiment files" section --------------------
MAX_LESSON_TITLE_CHARS = 200
MAX_LESSON_TEXT_CHARS = 100_000
MAX_LESSON_TRANSLATIONS = 50
# A lesson's translation is named by its language: "de", "es", "pt-BR".
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?")


@dataclass(frozen=True)
class _FieldsRule(Rule):
    """An object whose every field has its own rule, all of them required."""

    fields: tuple = ()           # (key, Rule) pairs

    def check(self, value, where):
        if value is None and self.optional:
            return None
        _object(value, where, known={key for key, _ in self.fields}, required=[key for key, _ in self.fields])
        checked = {key: rule.check(value[key], f"{where}.{key}") for key, rule in self.fields}
        if self.test is not None:
            try:
                self.test(checked)
            except _Wrong as wrong:
                raise Refusal(where, wrong.sentence) from None
        return checked


def _two_losses(checked):
    if checked["loss"] == checked["other"]:
        raise _Wrong(translate(
            "experiment_schema", 'compares "{loss}" with itself; "loss" and "other" must be two different losses.')
            .format(loss=checked["loss"]))


# A challenge's goal: each condition's rule (engine/challenge.py says what they mean).
CHALLENGE_GOAL_RULES = {
    "test_loss_below": number_rule(0.0, MAX_ABS_RECORD, low_open=True),
    "train_loss_below": number_rule(0.0, MAX_ABS_RECORD, low_open=True),
    "test_accuracy_above": number_rule(0.0, 1.0, high_open=True),
    "max_neurons": whole_rule(1, MAX_HIDDEN_LAYERS * MAX_UNITS),
    "by_epoch": whole_rule(1, MAX_EPOCH),
    "loss": choice_rule(_losses.NAMES),
    "beats": _FieldsRule(_Said(QT_TRANSLATE_NOOP(
        "experiment_schema", "an object with a loss, the other loss, a metric and an epoch")), _two_losses, fields=(
        ("loss", choice_rule(_losses.NAMES)), ("other", choice_rule(_losses.NAMES)),
        ("metric", choice_rule(_challenge.COMPARED_METRICS)), ("by_epoch", whole_rule(1, MAX_EPOCH)))),
}


def check_lesson(lesson, where="lesson"):
    """{"title", "text"} within their lengths, their translations, and a challenge's goal if there is one; or None.

    ``translations`` maps a language code to that language's title and text:
    ``{"de": {"title": "...", "text": "..."}, "es": {...}}``. The lesson's own
    title and text are shown in every language it has no translation for.
    """
    if lesson is None:
        return None
    _object(lesson, where, known={"title", "text", "translations", "challenge"})
    checked = {"title": text_rule(MAX_LESSON_TITLE_CHARS).check(lesson.get("title", ""), f"{where}.title"),
               "text": text_rule(MAX_LESSON_TEXT_CHARS).check(lesson.get("text", ""), f"{where}.text")}
    if lesson.get("translations") is not None:
        checked["translations"] = check_lesson_translations(lesson["translations"], f"{where}.translations")
    if lesson.get("challenge") is not None:
        challenge = lesson["challenge"]
        _object(challenge, f"{where}.challenge", known={"goal"})
        goal = challenge.get("goal")
        _object(goal, f"{where}.challenge.goal", known=set(CHALLENGE_GOAL_RULES))
        if not goal:
            raise Refusal(f"{where}.challenge.goal", f"is empty; give one of {', '.join(CHALLENGE_GOAL_RULES)}.")
        checked["challenge"] = {"goal": {key: CHALLENGE_GOAL_RULES[key].check(value, f"{where}.challenge.goal.{key}")
                                         for key, value in goal.items()}}
    return checked


def check_lesson_translations(translations, where="lesson.translations"):
    """{language code: {"title", "text"}}, each code like "de" or "pt-BR", each text within its length."""
    if not isinstance(translations, dict):
        raise Refusal(where, translate("experiment_schema", 'is {found}; it must be an object that maps a language '
                                       'code to that language\'s title and text, such as {{"de": {{"title": "…", '
                                       '"text": "…"}}}}.').format(found=shown(translations)))
    if len(translations) > MAX_LESSON_TRANSLATIONS:
        raise Refusal(where, translate("experiment_schema", "has {count} languages; a lesson may have {limit}. "
                                       "Remove some.").format(count=count(len(translations)),
                                                              limit=count(MAX_LESSON_TRANSLATIONS)))
    checked = {}
    for code, translation in translations.items():
        if not (isinstance(code, str) and LANGUAGE_CODE.fullmatch(code)):
            raise Refusal(where, translate("experiment_schema", 'has the language {code}; a language is named by '
                                           'its code, such as "de" (German) or "es" (Spanish). Rename it.')
                          .format(code=shown(code)))
        if code == "en":
            raise Refusal(f"{where}.en", translate("experiment_schema", "is English, which the lesson's own title "
                                                   "and text are. Put the English text there and remove this one."))
        here = f"{where}.{code}"
        if not isinstance(translation, dict):
            raise Refusal(here, translate("experiment_schema", 'is {found}; it must be an object with the lesson\'s '
                                          'title and text in this language: {{"title": "…", "text": "…"}}.')
                          .format(found=shown(translation)))
        _object(translation, here, known={"title", "text"})
        if not translation.get("title") and not translation.get("text"):
            raise Refusal(here, translate("experiment_schema", 'has neither a title nor a text; give "title" and '
                                          '"text" in this language, or remove it.'))
        checked[code] = {key: text_rule(MAX_LESSON_TITLE_CHARS if key == "title" else MAX_LESSON_TEXT_CHARS)
                         .check(translation[key], f"{here}.{key}") for key in ("title", "text") if key in translation}
    return checked
