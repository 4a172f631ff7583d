"""The language the window speaks: English, German or Spanish.

Every text a person reads goes through Qt's translation system (``tr`` in a
widget, ``QCoreApplication.translate`` elsewhere, ``engine.translation`` in the
engine). ``use_language`` swaps the translators at run time; Qt then sends
every widget a ``LanguageChange`` event, and each widget sets its texts again in
``retranslate`` (see ``Retranslating``). Numbers follow the language's decimal
separator in what is shown; files never change.

The first start follows the system's locale; View → Language changes it at
once and the choice is remembered.
"""


from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

import resources
from engine import formatting, translation

DEFAULT = "en"


def catalog_path(code):
    """The compiled translations of the window's texts for ``code``."""
    return resources.path("translations", f"loss_explorer_{code}.qm")


def _shipped_languages():
    """English, then every language with a compiled catalog, each by its own name ("Deutsch").

    Adding a language is adding its catalog (packaging/build_translations.py --new CODE):
    no list in the code names the languages.
    """
    codes = sorted(name[len("loss_explorer_"):-len(".qm")] for name in resources.listdir("translations")
                   if name.startswith("loss_explorer_") and name.endswith(".qm"))
    names = {DEFAULT: _OWN_NAME}
    for code in codes:
        if code != DEFAULT:
            catalog = QTranslator()
            catalog.load(catalog_path(code))
            names[code] = catalog.translate("language", _OWN_NAME) or QLocale(code).nativeLanguageName()
    return names


# Translators: the name of your language in your language ("Deutsch", "Español"), for View → Language.
_OWN_NAME = QT_TRANSLATE_NOOP("language", "English")


# Each language by its own name, the way a reader looks for it in a menu.
LANGUAGES = _shipped_languages()
SETTING = "view/language"

_installed = []  # the translators now in use; Python must keep them alive
_spoken = DEFAULT


def system_language():
    """The first of the system's preferred languages the app speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT


def preferred_language(settings=None):
    """The language chosen last in View → Language, or the system's on a first start."""
    code = (settings or QSettings()).value(SETTING, "")
    return code if code in LANGUAGES else system_language()


def current_language():
    return _spoken


def use_language(code, remember=False):
    """Speak ``code`` from now on: load its translators and separators; returns the code used."""
    global _spoken
    if code not in LANGUAGES:
        code = DEFAULT
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # Qt's own catalog translates the buttons of standard dialogs (Cancel, Open…).
    catalogs = [(catalog_path(code), None)]
    if code != DEFAULT:
        catalogs.append((f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)))
    for name, folder in catalogs:
        translator = QTranslator(app)
        loaded = translator.load(name, folder) if folder else translator.load(name)
        if loaded:
            app.installTranslator(translator)
            _installed.append(translator)
    locale = QLocale(code)
    QLocale.setDefault(locale)
    formatting.use_separators(locale.decimalPoint(), locale.groupSeparator())
    translation.use_translator(_translate)
    _spoken = code
    if remember:
        QSettings().setValue(SETTING, code)
    return code


def ensure_language():
    """English, if nothing speaks yet: a script that builds a window itself gets "1 point", "2 points".

    English needs its catalog for plurals; ``main`` installs the reader's language before any window.
    """
    if not _installed and QCoreApplication.instance() is not None:
        use_language(DEFAULT)


def _translate(context, text, n=-1):
    return QCoreApplication.translate(context, text, None, n)


class Retranslating:
    """A widget whose fixed texts are set in ``retranslate``, again on each language change.

    Call ``self.retranslate()`` at the end of ``__init__``; texts that follow
    the session are set by the widget's refresh, which ``retranslate`` calls.
    """

    def retranslate(self):
        raise NotImplementedError

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
