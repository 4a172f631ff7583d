"""Predictions judged against a run, challenge goals, and the local score table."""

import math

import pytest

from engine.challenge import Goal, ScoreTable, State
from engine.prediction import Prediction, band_of, band_text, judge


def test_bands_cover_every_loss():
    assert [band_text(i) for i in range(4)] == ["below 0.1", "0.1 to 0.3", "0.3 to 0.6", "above 0.6"]
    assert band_of(0.05) == 0 and band_of(0.1) == 1 and band_of(0.59) == 2 and band_of(7.0) == 3


def test_a_prediction_waits_for_its_epoch_then_is_judged():
    prediction = Prediction(at_epoch=4, band=1, test_rises=False, from_epoch=0)
    epochs, train, test = [1, 2, 3], [0.6, 0.4, 0.3], [0.6, 0.5, 0.4]
    assert judge(prediction, epochs, train, test) is None
    outcome = judge(prediction, epochs + [4], train + [0.2], test + [0.45])
    assert outcome["band"] == 1 and outcome["band_right"] is True
    assert outcome["test_rose"] is True and outcome["test_right"] is False
    assert "✓ training loss 0.2 at epoch 4" in outcome["text"] and "✗ the test loss rose" in outcome["text"]
    assert prediction.outcome is outcome


def test_only_the_epochs_after_the_prediction_count():
    prediction = Prediction(at_epoch=5, test_rises=True, from_epoch=3)
    # The test loss was lowest before the prediction; after it, it only fell.
    outcome = judge(prediction, [1, 2, 3, 4, 5], [1, 1, 1, 1, 1], [0.1, 0.2, 0.9, 0.8, 0.7])
    assert outcome["test_rose"] is False and outcome["band_right"] is None
    assert Prediction.from_dict(prediction.to_dict()) == prediction


def state(**changes):
    values = dict(epoch=10, train_loss=0.2, test_loss=0.08, test_metric=0.97, neurons=4, loss="cross_entropy")
    values.update(changes)
    return State(**values)


def test_a_goal_holds_only_when_every_condition_does():
    goal = Goal.from_lesson({"challenge": {"goal": {"test_loss_below": 0.1, "max_neurons": 4}}})
    assert goal.describe() == "test loss under 0.1, at most 4 hidden neurons"
    assert goal.check(state()).met
    status = goal.check(state(neurons=6))
    assert not status.met and "· 6 hidden neurons (goal: at most 4)" in status.text()
    assert not goal.check(state(test_loss=math.nan)).met
    assert not goal.check(state(epoch=0)).met


def test_by_epoch_and_loss_conditions():
    goal = Goal.from_lesson({"challenge": {"goal": {"train_loss_below": 0.05, "by_epoch": 50, "loss": "MSE"}}})
    assert goal.check(state(train_loss=0.04, epoch=50, loss="mse")).met
    assert not goal.check(state(train_loss=0.04, epoch=51, loss="mse")).met
    assert not goal.check(state(train_loss=0.04, epoch=20)).met


def test_lessons_without_a_challenge_and_bad_goals():
    assert Goal.from_lesson({"title": "x"}) is None and Goal.from_lesson(None) is None
    with pytest.raises(ValueError, match="goal takes"):
        Goal.from_lesson({"challenge": {"goal": {"fastest": True}}})


def test_the_score_table_keeps_attempts_on_disk_best_first(tmp_path):
    path = tmp_path / "scores" / "table.json"
    table = ScoreTable(str(path))
    table.record("circle", False, 200, 6, 0.3)
    table.record("circle", True, 40, 4, 0.09)
    table.record("circle", True, 25, 3, math.nan)
    table.record("xor", True, 5, 4, 0.01)
    again = ScoreTable(str(path))
    rows = again.attempts("circle")
    assert [(r["met"], r["epoch"]) for r in rows] == [(True, 25), (True, 40), (False, 200)]
    assert rows[0]["test_loss"] is None
    path.write_text("not json")
    assert ScoreTable(str(path)).rows == []


def test_the_race_is_settled_only_when_the_slower_run_has_caught_up():
    from engine.prediction import race_winner
    fast = ([1, 2, 3], [0.5, 0.95, 0.97])
    slow = ([1], [0.5])
    assert race_winner({"cross_entropy": fast, "mse": slow}) is None      # mse might still reach it at epoch 2
    slow = ([1, 2], [0.5, 0.6])
    assert race_winner({"cross_entropy": fast, "mse": slow}) == "cross_entropy"
    assert race_winner({"cross_entropy": fast, "mse": ([1, 2], [0.5, 0.92])}) == "tie"
    never = ([1, 2, 3, 4, 5], [0.5] * 5)
    assert race_winner({"cross_entropy": never, "mse": never}, by_epoch=5) == "neither"
    assert race_winner({"cross_entropy": never, "mse": ([1, 2], [0.5, 0.5])}, by_epoch=5) is None
