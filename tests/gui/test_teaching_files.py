"""File → Export as Python… and File → Print worksheet…, from the window."""

import json
import os
import re
import subprocess
import sys

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from gui import teaching_files


def choose_file(monkeypatch, path, chosen_filter=""):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen_filter))


def test_export_as_python_repeats_the_windows_run(window, qtbot, monkeypatch, tmp_path):
    session = window.session
    session.set_stop_condition(epochs=6)
    session.start()
    qtbot.waitUntil(lambda: not session.is_running, timeout=60000)
    assert session.snapshot.epoch == 6
    app_loss = float(session.history.column("train_loss")[-1])

    folder = tmp_path / "empty"
    folder.mkdir()
    choose_file(monkeypatch, folder / "run", next(iter(teaching_files.PYTHON_FILTERS)))
    window.findChild(QAction, "export_python_action").trigger()
    script = folder / "run.py"
    assert script.exists()
    assert "Saved" in window.statusBar().currentMessage()
    result = subprocess.run([sys.executable, "-I", "run.py"], cwd=str(folder), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)
    assert results["epochs"] == 6
    assert abs(results["train_loss"] - app_loss) <= 1e-9


def test_print_worksheet_writes_a_sheet_and_its_key(window, monkeypatch, tmp_path):
    choose_file(monkeypatch, tmp_path / "sheet.pdf")
    window.findChild(QAction, "print_worksheet_action").trigger()
    pdf = (tmp_path / "sheet.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) >= 2
    message = window.statusBar().currentMessage()
    assert "sheet" in message and "answer-key page" in message


def test_cancelled_dialogs_write_nothing(window, monkeypatch, tmp_path):
    choose_file(monkeypatch, "")
    window.findChild(QAction, "export_python_action").trigger()
    window.findChild(QAction, "print_worksheet_action").trigger()
    assert os.listdir(tmp_path) == ["settings"] or not [p for p in os.listdir(tmp_path) if p != "settings"]
