"""A challenge checked on Compare's runs: one loss's run ahead of another's by an epoch."""

import math

import numpy as np
import pytest

import resources
from engine import experiment_file
from engine.challenge import Goal
from engine.experiment_schema import CHALLENGE_GOAL_RULES, Refusal, check_lesson

BEATS = {"loss": "cross_entropy", "other": "mse", "metric": "test_accuracy", "by_epoch": 50}


def goal(**more):
    return Goal.from_lesson({"challenge": {"goal": {"beats": dict(BEATS), **more}}})


def run(accuracies, test_loss=0.3):
    epochs = np.arange(1, len(accuracies) + 1, dtype=float)
    return {"epoch": epochs, "train_loss": np.full(len(epochs), 0.2), "test_loss": np.full(len(epochs), test_loss),
            "test_metric": np.asarray(accuracies, dtype=float)}


def test_met_when_cross_entropy_is_ahead_at_the_epoch():
    runs = {"cross_entropy": run(np.linspace(0.5, 0.9, 50)), "mse": run(np.linspace(0.5, 0.7, 50))}
    status = goal().check_compared(runs, neurons=4)
    assert status.settled and status.met
    assert status.text().startswith("✓ epoch 50: cross-entropy run 90.0% test accuracy, MSE run 70.0%")


def test_not_met_when_mse_is_ahead_or_level_and_not_settled_before_the_epoch():
    level = {"cross_entropy": run([0.9] * 50), "mse": run([0.9] * 50)}
    assert goal().check_compared(level, neurons=4).settled and not goal().check_compared(level, neurons=4).met
    behind = {"cross_entropy": run([0.8] * 60), "mse": run([0.6] * 49 + [0.95] + [0.1] * 10)}
    status = goal().check_compared(behind, neurons=4)
    assert status.settled and not status.met        # compared at epoch 50, not at the last epoch
    early = {"cross_entropy": run([0.9] * 30), "mse": run([0.5] * 30)}
    status = goal().check_compared(early, neurons=4)
    assert not status.settled and not status.met and "epoch 30" in status.text()


def test_the_confidently_wrong_start_does_not_count_and_other_conditions_apply_to_the_run():
    runs = {"cross_entropy": run([0.9] * 50), "mse": run([0.5] * 50)}
    status = goal().check_compared(runs, neurons=4, usual_start=False)
    assert status.settled and not status.met and "untick Start confidently wrong" in status.text()
    assert not goal(max_neurons=3).check_compared(runs, neurons=4).met
    assert goal(max_neurons=4).check_compared(runs, neurons=4).met


def test_a_missing_run_is_named():
    status = goal().check_compared({"cross_entropy": run([0.9] * 50)}, neurons=4)
    assert not status.met and "no MSE run" in status.text()


def test_the_goal_reads_in_words_and_is_not_checked_in_the_main_window():
    g = goal()
    assert g.compared and "cross-entropy ahead of mean squared error in test accuracy at epoch 50" in g.describe()
    from engine.challenge import State
    state = State(epoch=50, train_loss=0.1, test_loss=0.1, test_metric=1.0, neurons=4, loss="cross_entropy")
    assert not g.check(state).met and "Compare losses" in g.check(state).text()


@pytest.mark.parametrize("beats, message", [
    ({**BEATS, "loss": "mse"}, "with itself"),
    ({**BEATS, "metric": "test_loss"}, "must be one of"),
    ({k: v for k, v in BEATS.items() if k != "other"}, "is missing"),
    ({**BEATS, "by_epoch": 0}, "whole number"),
    ({**BEATS, "loss": "hinge_of_fate"}, "must be one of"),
    ({**BEATS, "extra": 1}, "not part of"),
])
def test_the_schema_refuses_a_bad_beats(beats, message):
    assert "beats" in CHALLENGE_GOAL_RULES
    with pytest.raises(Refusal, match=message):
        check_lesson({"title": "t", "text": "", "challenge": {"goal": {"beats": beats}}})


def test_the_lesson_file_loads_and_holds_the_goal():
    saved = experiment_file.load(resources.path("lessons", "11-challenge-cross-entropy-beats-mse.json"))
    g = Goal.from_lesson(saved.lesson)
    assert g.compared and g.conditions["beats"] == BEATS
    assert saved.setup.loss == "cross_entropy" and not math.isnan(saved.setup.learning_rate)
