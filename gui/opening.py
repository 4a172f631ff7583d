"""Reading an experiment file (or a lesson) before it replaces the current work.

Opening an experiment and starting a lesson read a file the same way: read,
check and build it completely, and on any problem say so and change nothing.
"""

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from engine import experiment_file

from .messages import plain

# Qt's translation of a text outside a widget class; lupdate finds translate("context", "text") by its name.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)

UNCHANGED = QT_TRANSLATE_NOOP("opening", "Your current work is unchanged.")


def read_experiment_file(parent, path, title, unexpected, prepare=None):
    """The file's ``SavedExperiment``, its built ``Experiment`` and ``prepare(saved)``; None after a warning.

    A file the checks refuse is shown with their message; anything else is a
    bug the checks missed, logged with its traceback and shown as
    ``unexpected``. Either way the box is titled ``title`` and says the
    current work is unchanged. ``prepare`` is more reading that belongs to
    the same guard (a lesson's page, say).
    """
    unchanged = translate("opening", UNCHANGED)
    try:
        saved = experiment_file.load(path)
        experiment = saved.build()
        prepared = prepare(saved) if prepare is not None else None
    except experiment_file.ExperimentFileError as e:
        QMessageBox.warning(parent, title, plain(f"{e}\n\n{unchanged}"))
        return None
    except Exception:  # a file the checks missed is a bug, but it must not cost the current work
        log.exception("Opening %s failed unexpectedly", path)
        QMessageBox.warning(parent, title, plain(f"{unexpected}\n\n{unchanged}"))
        return None
    return saved, experiment, prepared
