"""File → Open with damaged experiment files: each loads soundly, or is refused and the work stays as it was."""

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from gui.main_window import MainWindow
from tests.engine.experiment_documents import damaged_documents

WINDOW_FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.shown_warnings = shown
    yield window
    window.session.shutdown()
    window.setWindowModified(False)


def the_work(window):
    s = window.session
    return (window.windowTitle(), window.current_path, s.network.params.tobytes(),
            s.history.column("train_loss").tobytes(), s.snapshot.epoch, s.setup, window.lesson_panel.lesson)


@WINDOW_FUZZ
@given(case=damaged_documents())
def test_opening_a_damaged_file_loads_it_soundly_or_changes_nothing(window, tmp_path, case):
    document, _ = case
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(document, allow_nan=True))
    before = the_work(window)
    warnings = len(window.shown_warnings)
    if window.open_experiment(str(path)):
        assert "fuzz.json" in window.windowTitle()
        assert np.all(np.isfinite(window.session.network.params))
        window.session.step(unit="batch")
        window.grab()  # every view draws the loaded numbers
    else:
        assert the_work(window) == before
        assert len(window.shown_warnings) == warnings + 1
        assert "fuzz.json" in window.shown_warnings[-1] and "unchanged" in window.shown_warnings[-1]
