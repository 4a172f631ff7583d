"""Sentences the engine says to people, in the reader's language, without Qt.

The engine marks each sentence with ``translate(context, text)``. Qt's
``lupdate`` finds such calls by their name, so they land in
``resources/translations/*.ts`` with the window's own texts. The window hands
Qt's translator to ``use_translator``; the command line, the tests and every
file the engine writes keep the English source, because nobody installs one
there.

Texts that are data (a loss's title, an activation's tip) are marked with
``QT_TRANSLATE_NOOP`` where they are defined and translated where they are
shown, so ``Loss.title`` stays the same English name for scripts.
"""

import contextlib

_translator = None


def use_translator(translator):
    """Route ``translate`` through ``translator(context, text, n)``; ``None`` goes back to English."""
    global _translator
    _translator = translator


@contextlib.contextmanager
def in_english():
    """Inside this block the engine speaks English, whatever the window's language.

    For text that goes into a file a program or another reader takes as it
    is: an exported script, its comments and notes.
    """
    global _translator
    kept, _translator = _translator, None
    try:
        yield
    finally:
        _translator = kept


def translate(context, text, n=-1):
    """``text`` in the reader's language; ``%n`` is replaced by ``n`` with the right plural.

    English sources with a count say ``point(s)``; without a translator the
    ``(s)`` becomes "s" or nothing, the one plural rule English needs.

    >>> translate("engine", "%n point(s) left", 1), translate("engine", "%n point(s) left", 3)
    ('1 point left', '3 points left')

    ``pyside6-lupdate`` does not collect a text called with a count here (it
    reads plurals only from ``self.tr(text, "", n)``), so engine messages
    with a count spell out both forms as two texts, "{n} row" and "{n}
    rows" (see ``data_errors.count``).
    """
    if _translator is not None:
        return _translator(context, text, n)
    if n < 0:
        return text
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", f"{n:,}")


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation where it is shown; returns it unchanged."""
    return text
