"""Predictions and challenges in the Lesson tab: a prediction judged when the run gets there, and a challenge met live."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

import gui.predict_panel as predict_panel


@pytest.fixture(autouse=True)
def private_files(private_local_files):
    yield


def test_a_committed_prediction_is_judged_when_the_run_gets_there(window, qtbot):
    panel = window.lesson_panel.predict_panel
    window.show_tab(window.lesson_panel)
    panel.epochs.setValue(3)
    panel.band.setCurrentIndex(panel.band.findData(3))     # above 0.6
    panel.test.setCurrentIndex(panel.test.findData(False))
    qtbot.mouseClick(panel.findChild(QPushButton, "predict_commit"), Qt.LeftButton)
    assert "Now train to epoch 3" in panel.prediction_text.text() and not panel.band.isEnabled()
    with qtbot.waitSignal(panel.judged, timeout=10000) as judged:
        for _ in range(3):
            window.session.step("epoch")
    outcome = judged.args[0]
    assert panel.outcome.text() == outcome["text"]
    assert "training loss" in outcome["text"] and "you said above 0.6" in outcome["text"]
    assert panel.band.isEnabled() and panel.past.count() == 1
    # Kept on disk: a new panel shows it again.
    again = predict_panel.PredictPanel(window.session, window.lesson_panel.start)
    qtbot.addWidget(again)
    assert again.past.count() == 1


def test_a_challenge_is_checked_live_and_scored(window, qtbot):
    panel = window.lesson_panel.predict_panel
    index = next(i for i, (title, _, _) in enumerate(panel.challenge_list) if "small network" in title)
    assert panel.start_challenge(index)
    assert "at most 4 hidden neurons" in panel.goal.text()
    session = window.session
    session.step("epoch")
    assert "· 6 hidden neurons" in panel.goal_status.text()
    session.set_hidden_layers([4], ["tanh"])
    session.set_optimizer("adam")
    session.set_learning_rate(0.03)
    with qtbot.waitSignal(panel.goal_met, timeout=20000):
        for _ in range(60):
            session.step("epoch")
            if panel._met:
                break
    assert panel.goal_status.text().startswith("Goal met at epoch")
    assert panel.score_table.rowCount() == 1 and panel.score_table.item(0, 1).text() == "yes"


def test_in_compare_a_prediction_of_the_faster_run_is_settled_by_the_runs(window, qtbot):
    compare = window.open_compare()
    qtbot.addWidget(compare)
    race = compare.prediction
    race.choice.setCurrentIndex(race.choice.findData("mse"))
    qtbot.mouseClick(race.findChild(QPushButton, "race_commit"), Qt.LeftButton)
    assert "You said: the MSE run" in race.result.text()
    with qtbot.waitSignal(race.settled, timeout=20000) as settled:
        for _ in range(race.BY_EPOCH):
            for twin in compare.twins.values():
                twin.step(unit="epoch")
            if race.guess is None:
                break
    # Started confidently wrong, cross-entropy gets there first.
    assert settled.args == ["cross_entropy"]
    assert race.result.text().startswith("✗ First to 90% test accuracy: the cross-entropy run")
    compare.close()
