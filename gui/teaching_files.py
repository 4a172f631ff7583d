"""File menu jobs for teachers: the run as a Python script, and a worksheet to print.

Each asks where to write, holds the training still while it reads the
experiment (as saving does), writes the file and says where it went.
"""

import os
import random

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine import export_code
from engine.exercise import from_experiment

from . import worksheet

# Qt's translation of a text outside a widget class; lupdate finds translate("context", "text") by its name.
translate = QCoreApplication.translate

# The kind of script follows the filter chosen in the save dialog (English; shown translated).
PYTHON_FILTERS = {QT_TRANSLATE_NOOP("teaching_files", "numpy script, needs only numpy (*.py)"): "numpy",
                  QT_TRANSLATE_NOOP("teaching_files", "PyTorch script (*.py)"): "pytorch"}


def _report(parent, text):
    bar = getattr(parent, "statusBar", None)
    if bar is not None:
        bar().showMessage(text, 8000)


def export_python(parent, session, folder, kind=None, path=None):
    """File → Export as Python…: returns the path written, or None."""
    if path is None:
        shown = {translate("teaching_files", text): script for text, script in PYTHON_FILTERS.items()}
        path, chosen = QFileDialog.getSaveFileName(parent, translate("teaching_files", "Export as Python"),
                                                   os.path.join(folder, "run.py"), ";;".join(shown))
        if not path:
            return None
        kind = kind or shown.get(chosen, PYTHON_FILTERS.get(chosen, "numpy"))
    if not path.lower().endswith(".py"):
        path += ".py"
    try:
        # A consistent picture of the weights and the history needs the worker to stand still.
        with session.paused():
            text, warnings = export_code.script(session.experiment, kind or "numpy")
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(text)
    except export_code.ExportError as e:
        QMessageBox.warning(parent, translate("teaching_files", "Cannot export this run"), str(e))
        return None
    except OSError as e:
        QMessageBox.warning(parent, translate("teaching_files", "Export failed"), translate(
            "teaching_files", "Could not write {path}: {reason}. Choose another folder or file name.").format(
                path=path, reason=e.strerror or e))
        return None
    if warnings:
        QMessageBox.information(parent, translate("teaching_files", "Exported, with a note"), " ".join(warnings))
    _report(parent, translate("teaching_files", "Saved {path}; run it with: python {name}").format(
        path=path, name=os.path.basename(path)))
    return path


def print_worksheet(parent, session, folder, seed=None, path=None, paper=None):
    """File → Print worksheet…: a PDF of one training step by hand and its key; returns the path or None.

    Each sheet picks its training point with a new seed, printed on the sheet
    and its key, so every student can get their own and the teacher can match
    the keys (``python main.py worksheet FILE.json --seed N`` makes it again).
    """
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, translate("teaching_files", "Print worksheet"),
                                              os.path.join(folder, "worksheet.pdf"),
                                              translate("teaching_files", "PDF files (*.pdf)"))
        if not path:
            return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    seed = random.randint(1, 9999) if seed is None else seed
    try:
        with session.paused():
            exercise = from_experiment(session.experiment, seed=seed)
        rendered = worksheet.render(path, exercise, paper=paper or worksheet.default_paper(), sheet=seed)
    except OSError as e:
        QMessageBox.warning(parent, translate("teaching_files", "Could not write the worksheet"), translate(
            "teaching_files", "Could not write {path}: {reason}. Choose another folder or file name.").format(
                path=path, reason=getattr(e, 'strerror', None) or e))
        return None
    # Counts after a colon read right in every language, without plural forms.
    _report(parent, translate("teaching_files", "Saved {path}: sheet {seed}; worksheet pages: {pages}, "
                              "answer-key pages: {key_pages}").format(
        path=path, seed=seed, pages=rendered.worksheet_pages, key_pages=rendered.key_pages))
    return path
