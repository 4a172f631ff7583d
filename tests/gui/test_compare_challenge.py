"""The Compare window checks the cross-entropy-beats-MSE challenge live and scores each attempt."""

import json

import pytest

import gui.predict_panel as predict_panel
import resources
from engine import experiment_file
from gui.compare import CompareWindow
from gui.session import Session

LESSON = resources.path("lessons", "11-challenge-cross-entropy-beats-mse.json")


@pytest.fixture(autouse=True)
def private_files(tmp_path, monkeypatch):
    monkeypatch.setattr(predict_panel, "local_file", lambda name: str(tmp_path / name))


def compare(qtbot, learning_rate):
    setup = experiment_file.load(LESSON).setup
    setup.learning_rate = learning_rate
    session = Session(setup)
    window = CompareWindow(session)
    qtbot.addWidget(window)
    window.show()
    return session, window


def train(window, epochs):
    for _ in range(epochs):
        for twin in window.twins.values():
            twin.step("epoch")


@pytest.mark.parametrize("learning_rate, met", [(0.01, True), (0.1, False)])
def test_the_challenge_is_met_or_not_at_epoch_50_and_scored(qtbot, tmp_path, learning_rate, met):
    session, window = compare(qtbot, learning_rate)
    challenge = window.challenge
    assert challenge.isVisible() and "cross-entropy ahead of mean squared error" in challenge.goal.text()
    window.wrong_start.setChecked(False)
    train(window, 30)
    assert "epoch 30: cross-entropy run" in challenge.status.text()
    with qtbot.waitSignal(challenge.attempted) as attempted:
        train(window, 20)
    row = attempted.args[0]
    assert row["met"] is met and row["epoch"] == 50
    assert challenge.status.text().startswith("Goal met" if met else "Not this time")
    [kept] = json.loads((tmp_path / "challenge_scores.json").read_text())
    assert kept["challenge"] == "Challenge: cross-entropy beats MSE by epoch 50" and kept["met"] is met
    # Training on records nothing more; a Reset starts a new attempt.
    train(window, 2)
    assert len(challenge.scores.rows) == 1
    window.reset()
    assert "1 attempt so far" in challenge.status.text()
    window.shutdown()
    session.shutdown()


def test_the_confidently_wrong_start_wins_but_does_not_count(qtbot):
    session, window = compare(qtbot, 0.1)
    assert window.wrong_start.isChecked()
    train(window, 50)
    assert "untick Start confidently wrong" in window.challenge.status.text()
    assert window.challenge.scores.rows[-1]["met"] is False
    window.shutdown()
    session.shutdown()


def test_started_in_the_lesson_tab_it_points_to_the_compare_window(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from gui.main_window import MainWindow
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    window = MainWindow()
    qtbot.addWidget(window)
    panel = window.lesson_panel.predict_panel
    index = next(i for i, (title, _, _) in enumerate(panel.challenge_list) if "beats MSE" in title)
    assert panel.start_challenge(index)
    assert "checked in the Compare window" in panel.goal_status.text()
    window.session.step("epoch")
    assert "checked in the Compare window" in panel.goal_status.text() and not panel.scores.rows
    window.session.shutdown()
    window.setWindowModified(False)
