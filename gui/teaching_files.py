"""File menu jobs for teachers: the run as a Python script, and a worksheet to print.

Each asks where to write, holds the training still while it reads the
experiment (as saving does), writes the file and says where it went.
"""

import os
import random

from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine import export_code
from engine.exercise import from_experiment

from . import worksheet

# The kind of script follows the filter chosen in the save dialog.
PYTHON_FILTERS = {"numpy script, needs only numpy (*.py)": "numpy",
                  "PyTorch script (*.py)": "pytorch"}


def _report(parent, text):
    bar = getattr(parent, "statusBar", None)
    if bar is not None:
        bar().showMessage(text, 8000)


def export_python(parent, session, folder, kind=None, path=None):
    """File → Export as Python…: returns the path written, or None."""
    if path is None:
        path, chosen = QFileDialog.getSaveFileName(parent, "Export as Python", os.path.join(folder, "run.py"),
                                                   ";;".join(PYTHON_FILTERS))
        if not path:
            return None
        kind = kind or PYTHON_FILTERS.get(chosen, "numpy")
    if not path.lower().endswith(".py"):
        path += ".py"
    try:
        # A consistent picture of the weights and the history needs the worker to stand still.
        with session.paused():
            text, warnings = export_code.script(session.experiment, kind or "numpy")
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(text)
    except export_code.ExportError as e:
        QMessageBox.warning(parent, "Cannot export this run", str(e))
        return None
    except OSError as e:
        QMessageBox.warning(parent, "Export failed", f"Could not write {path}: {e.strerror or e}. "
                                                     "Choose another folder or file name.")
        return None
    if warnings:
        QMessageBox.information(parent, "Exported, with a note", " ".join(warnings))
    _report(parent, f"Saved {path}; run it with: python {os.path.basename(path)}")
    return path


def print_worksheet(parent, session, folder, seed=None, path=None, paper=None):
    """File → Print worksheet…: a PDF of one training step by hand and its key; returns the path or None.

    Each sheet picks its training point with a new seed, printed on the sheet
    and its key, so every student can get their own and the teacher can match
    the keys (``python main.py worksheet FILE.json --seed N`` makes it again).
    """
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, "Print worksheet", os.path.join(folder, "worksheet.pdf"),
                                              "PDF files (*.pdf)")
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
        QMessageBox.warning(parent, "Could not write the worksheet", f"Could not write {path}: "
                            f"{getattr(e, 'strerror', None) or e}. Choose another folder or file name.")
        return None
    _report(parent, f"Saved {path}: sheet {seed}, {rendered.worksheet_pages} page(s) and "
                    f"{rendered.key_pages} answer-key page(s)")
    return path
