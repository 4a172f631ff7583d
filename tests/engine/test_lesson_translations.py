"""Lessons in other languages: every built-in lesson in German and Spanish, and a checked translations block."""

import copy
import json
import re
from collections import Counter

import pytest

import resources
from engine import experiment_file
from engine.experiment_schema import MAX_LESSON_TRANSLATIONS
from engine.lesson_markup import in_language, to_html, with_text_in

from .experiment_documents import make_document

LANGUAGES = ("de", "es")
BUILTIN = sorted(resources.path("lessons", name) for name in resources.listdir("lessons") if name.endswith(".json"))


def structure(text):
    """How a lesson text is built: its paragraphs, formulas, lists and items, headings, bold and italic spans, links."""
    return Counter(re.findall(r'<(p align="center"|p|ol|ul|li|h\d|b|i|a|code)[ >]', to_html(text)))


@pytest.mark.parametrize("path", BUILTIN, ids=lambda p: p.rsplit("/", 1)[-1])
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_builtin_lesson_is_in_german_and_spanish_with_the_same_markup(path, code):
    lesson = experiment_file.load(path).lesson
    translation = lesson["translations"][code]
    assert translation["title"].strip() and translation["text"].strip()
    assert translation["title"] != lesson["title"]
    assert structure(translation["text"]) == structure(lesson["text"]), "a list item, bold span or paragraph differs"
    # Not English left in: no sentence of the English text is in the translation.
    english = [s for s in re.split(r"(?<=[.:?!])\s+", re.sub(r"[*`]", "", lesson["text"])) if len(s) > 25]
    assert english and not [s for s in english if s in translation["text"]]
    # Numbers a person types read as the window shows them: 0,03 in German and Spanish.
    assert not re.search(r"\b0\.\d", translation["text"]), "a decimal point where the language writes a comma"


def test_menu_and_button_names_in_lessons_are_the_translated_windows():
    texts = {code: " ".join(experiment_file.load(p).lesson["translations"][code]["text"] for p in BUILTIN)
             for code in LANGUAGES}
    for name in ("**Schritt**", "**Trainieren**", "Zurücksetzen", "**Trainieren → Verlustfunktionen vergleichen…**"):
        assert name in texts["de"], name
    for name in ("**Paso**", "**Entrenar**", "Reiniciar", "**Entrenar → Comparar pérdidas…**"):
        assert name in texts["es"], name
    assert "Train →" not in texts["de"] + texts["es"]


def test_a_lesson_reads_in_the_language_it_has_and_in_its_own_otherwise():
    lesson = {"title": "Loss", "text": "Watch.", "translations": {"de": {"title": "Verlust", "text": "Schauen."},
                                                                  "es": {"text": "Mire."}}}
    assert in_language(lesson, "de") == ("Verlust", "Schauen.")
    assert in_language(lesson, "de-AT") == ("Verlust", "Schauen.")
    assert in_language(lesson, "es") == ("Loss", "Mire.")      # a missing title is the lesson's own
    assert in_language(lesson, "fr") == ("Loss", "Watch.")
    assert in_language(lesson, "en") == ("Loss", "Watch.")
    assert in_language({"title": "Old", "text": "No translations."}, "de") == ("Old", "No translations.")
    assert in_language(None, "de") == ("", "")


def test_editing_a_lesson_changes_the_language_shown_and_keeps_the_others():
    lesson = {"title": "Loss", "text": "Watch.", "translations": {"de": {"title": "Verlust", "text": "Schauen."}},
              "challenge": {"goal": {"max_neurons": 4}}}
    german = with_text_in(lesson, "de", "Verlust!", "Genau schauen.")
    assert german["translations"]["de"] == {"title": "Verlust!", "text": "Genau schauen."}
    assert german["title"] == "Loss" and german["challenge"] == lesson["challenge"]
    spanish = with_text_in(lesson, "es", "Pérdida", "Mire.")   # no Spanish: what was shown, the lesson's own
    assert (spanish["title"], spanish["text"]) == ("Pérdida", "Mire.") and spanish["translations"] == lesson["translations"]
    assert lesson["translations"]["de"]["title"] == "Verlust"  # the lesson given is not changed
    assert with_text_in(None, "en", "New", "Text.") == {"title": "New", "text": "Text."}


def _document(translations):
    document = make_document(epochs=0, include_training=False)
    document["lesson"] = {"title": "Loss", "text": "Watch.", "translations": translations}
    return document


@pytest.mark.parametrize("translations, where, says", [
    (["de", "es"], "lesson.translations", "must be an object that maps a language code"),
    ("Verlust", "lesson.translations", "must be an object that maps a language code"),
    ({"German": {"title": "Verlust", "text": "Schauen."}}, "lesson.translations", 'such as "de" (German)'),
    ({"": {"title": "Verlust"}}, "lesson.translations", "Rename it"),
    ({"en": {"title": "Loss", "text": "Watch."}}, "lesson.translations.en", "Put the English text there"),
    ({"de": "Schauen."}, "lesson.translations.de", 'an object with the lesson\'s title and text in this language'),
    ({"de": {}}, "lesson.translations.de", "has neither a title nor a text"),
    ({"de": {"title": "", "text": ""}}, "lesson.translations.de", "has neither a title nor a text"),
    ({"de": {"titel": "Verlust", "text": "Schauen."}}, "lesson.translations.de.titel", "Remove it"),
    ({"de": {"title": ["Verlust"], "text": "Schauen."}}, "lesson.translations.de.title", "must be text"),
    ({"de": {"title": "Verlust", "text": 3}}, "lesson.translations.de.text", "must be text"),
    ({"de": {"title": "V" * 201, "text": "Schauen."}}, "lesson.translations.de.title", "at most 200 are allowed"),
    ({f"x{i:02d}": {"text": "."} for i in range(MAX_LESSON_TRANSLATIONS + 1)}, "lesson.translations",
     f"a lesson may have {MAX_LESSON_TRANSLATIONS}"),
])
def test_a_broken_translations_block_is_refused_saying_where_and_what_to_do(tmp_path, translations, where, says):
    path = tmp_path / "lesson.json"
    path.write_text(json.dumps(_document(translations)), encoding="utf-8")
    with pytest.raises(experiment_file.ExperimentFileError) as refused:
        experiment_file.load(str(path))
    message = str(refused.value)
    assert f"cannot be opened: {where} " in message and says in message
    assert "edited by hand" in message    # and what to do: use another copy or save again


def test_saving_and_reopening_keeps_the_translations(tmp_path):
    lesson = experiment_file.load(BUILTIN[0]).lesson
    saved = experiment_file.load(BUILTIN[0])
    path = tmp_path / "again.json"
    experiment_file.save(str(path), saved.build(), lesson=copy.deepcopy(lesson), include_training=False)
    assert experiment_file.load(str(path)).lesson == lesson


def test_a_lesson_without_translations_opens_as_before(tmp_path):
    document = make_document(epochs=0, include_training=False)
    document["lesson"] = {"title": "Old lesson", "text": "Written before translations."}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert experiment_file.load(str(path)).lesson == {"title": "Old lesson", "text": "Written before translations."}
