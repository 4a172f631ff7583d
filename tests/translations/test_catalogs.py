"""resources/translations: every text of the code is in the catalogs, translated, and compiled."""

import importlib.util
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Loaded from its path: "packaging" is also the name of a PyPI library.
_spec = importlib.util.spec_from_file_location("build_translations", ROOT / "packaging" / "build_translations.py")
build_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_translations)

# What a translation must carry over unchanged: {fields}, %n, HTML tags and entities.
_KEPT = re.compile(r"\{[a-z_0-9]*(?:[:!][^}]*)?\}|%L?n|</?[a-z]+[^>]*>|&[a-z]+;")


def _translations(code):
    return build_translations.messages(build_translations.ts_path(code))


def _texts(translation):
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_the_catalogs_hold_every_text_in_the_code_and_no_other():
    problems = build_translations.check()
    assert not problems, ("run `python packaging/build_translations.py`, then translate the new texts:\n"
                          + "\n".join(problems[:40]))


@pytest.mark.parametrize("code", build_translations.TRANSLATED)
def test_every_text_is_translated_and_keeps_its_fields(code):
    untranslated, changed = [], []
    for (context, source), translation in _translations(code).items():
        texts = _texts(translation)
        if translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
            untranslated.append(f"{context}: {source!r}")
            continue
        for text in texts:
            if sorted(_KEPT.findall(text)) != sorted(_KEPT.findall(source)) and "%n" not in source:
                changed.append(f"{context}: {source!r} -> {text!r}")
            elif "%n" in source and set(_KEPT.findall(text)) - {"%n", "%Ln"} != set(_KEPT.findall(source)) - {"%n", "%Ln"}:
                changed.append(f"{context}: {source!r} -> {text!r}")
    assert not untranslated, f"{len(untranslated)} texts have no {code} translation:\n" + "\n".join(untranslated[:40])
    assert not changed, "these translations lose or add a {field}, %n or tag:\n" + "\n".join(changed[:40])


def test_english_has_both_plural_forms_of_every_count():
    for (context, source), translation in _translations("en").items():
        singular, plural = _texts(translation)
        assert "(s)" not in singular + plural, (context, source)


@pytest.mark.parametrize("code", ("en", *build_translations.TRANSLATED))
def test_the_compiled_catalogs_are_up_to_date(tmp_path, code):
    fresh = tmp_path / f"{code}.qm"
    subprocess.run([build_translations.tool("pyside6-lrelease"), "-silent", build_translations.ts_path(code),
                    "-qm", str(fresh)], check=True)
    shipped = Path(build_translations.ts_path(code)[:-3] + ".qm")
    assert shipped.read_bytes() == fresh.read_bytes(), "run `python packaging/build_translations.py`"


def test_every_count_has_plural_forms():
    """A %n text collected without plural forms would read "1 Punkte": lupdate only sees self.tr(text, "", n)."""
    import xml.etree.ElementTree as ElementTree
    single = [f"{context.findtext('name')}: {message.findtext('source')!r}"
              for context in ElementTree.parse(build_translations.ts_path("de")).iter("context")
              for message in context.iter("message")
              if "%n" in message.findtext("source") and message.get("numerus") != "yes"]
    assert not single, "write these with self.tr(text, \"\", n) in a class:\n" + "\n".join(single)
