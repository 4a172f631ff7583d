"""View → Language: the window speaks English, German or Spanish, switched live and remembered."""

from PySide6.QtCore import QLocale, QSettings

from engine import formatting, translation
from gui import language


def test_german_uses_its_catalog_and_its_decimal_comma(qtbot):
    language.use_language("de")
    assert language.current_language() == "de"
    assert formatting.number(float("nan")) == "keine Zahl"
    assert formatting.number(1234.5) == "1.234" and formatting.number(0.052) == "0,052"
    with formatting.for_files():
        assert formatting.number(0.052) == "0.052"  # files keep the point
    language.use_language("es")
    assert formatting.number(float("nan")) == "no es un número" and formatting.fixed(0.5, 2) == "0,50"
    language.use_language("en")
    assert formatting.number(float("nan")) == "not a number" and formatting.number(0.052) == "0.052"


def test_without_the_window_engine_texts_stay_english(qtbot):
    language.use_language("de")
    translation.use_translator(None)  # the command line never installs one
    try:
        assert translation.translate("engine", "%n point(s)", 1) == "1 point"
        assert translation.translate("formatting", "not a number") == "not a number"
    finally:
        language.use_language("en")
    assert QLocale().name().startswith("en")


def test_the_first_start_follows_the_system_and_then_the_choice(qtbot, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert language.preferred_language() == "es"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("tr_TR")))
    assert language.preferred_language() == "en"  # not one the app speaks
    QSettings().setValue(language.SETTING, "de")
    assert language.preferred_language() == "de"
    QSettings().setValue(language.SETTING, "xx")
    assert language.preferred_language() == "en"


def test_the_view_menu_switches_the_language_and_remembers_it(window):
    actions = {action.objectName(): action for action in window.language_menu.actions()}
    assert set(actions) == {f"language_{code}_action" for code in language.LANGUAGES}
    assert [action.text() for action in window.language_menu.actions()] == ["English", "Deutsch", "Español"]
    assert actions["language_en_action"].isChecked()
    actions["language_de_action"].trigger()
    assert language.current_language() == "de" and QSettings().value(language.SETTING) == "de"
    assert actions["language_de_action"].isChecked() and not actions["language_en_action"].isChecked()
