"""The lessons shipped with the app, found through ``resources`` so a packaged app finds them too."""

import logging

import resources
from engine import experiment_file
from engine.lesson_markup import in_language

from .language import current_language

log = logging.getLogger(__name__)

_lessons = {}   # path -> the lesson part of each built-in lesson file read so far


def builtin_lessons():
    """[(title, path)] of the lessons shipped in resources/lessons, in their file order.

    The title is the lesson's own (English) one: it names the lesson in the
    files kept on this computer (predictions, challenge scores), whatever
    the language. ``shown_title(path)`` is the one to show.
    """
    lessons = []
    for name in resources.listdir("lessons"):
        if not name.endswith(".json"):
            continue
        path = resources.path("lessons", name)
        try:
            saved = experiment_file.load(path)
        except experiment_file.ExperimentFileError as e:
            log.warning("Skipping lesson %s: %s", name, e)
            continue
        _lessons[path] = saved.lesson or {}
        lessons.append(((saved.lesson or {}).get("title", name), path))
    return lessons


def shown_title(path, code=None):
    """The title of the built-in lesson at ``path`` in ``code`` (the window's language unless given)."""
    if path not in _lessons:
        builtin_lessons()
    return in_language(_lessons.get(path), code or current_language())[0]
