"""The lessons shipped with the app, found through ``resources`` so a packaged app finds them too."""

import logging

import resources
from engine import experiment_file

log = logging.getLogger(__name__)


def builtin_lessons():
    """[(title, path)] of the lessons shipped in resources/lessons, in their file order."""
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
        lessons.append(((saved.lesson or {}).get("title", name), path))
    return lessons
