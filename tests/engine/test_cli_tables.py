"""The command line on real tables: early stopping, validation, defaults from the table, the target's units."""

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine import experiment_file, losses
from engine.experiment import Experiment, Setup

ROOT = Path(__file__).resolve().parents[2]
DIABETES = str(ROOT / "resources" / "data" / "diabetes.csv")
IRIS = str(ROOT / "resources" / "data" / "iris.csv")


def run_train(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "train", *args], capture_output=True,
                          text=True, cwd=str(ROOT), env=env, timeout=120)


def results_of(*args):
    result = run_train(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_early_stopping_reports_the_best_and_stopped_epochs_and_the_validation_loss():
    results = results_of(DIABETES, "--layers", "16", "--activation", "relu", "--test-fraction", "0.2",
                         "--early-stopping")
    assert results["early_stopping"] == 20 and results["validation_fraction"] == 0.1
    assert isinstance(results["best_epoch"], int) and isinstance(results["stopped_epoch"], int)
    assert results["stopped_epoch"] == results["best_epoch"] + 20 == results["epochs"] < 200
    assert results["val_loss"] > 0 and -1 < results["val_r2"] < 1


def test_patience_and_validation_fraction_can_be_set():
    wine = str(ROOT / "resources" / "data" / "wine.csv")
    results = results_of(wine, "--early-stopping", "3", "--validation-fraction", "0.3", "--layers", "16",
                         "--learning-rate", "0.1")
    assert results["early_stopping"] == 3 and results["validation_fraction"] == 0.3
    assert results["stopped_epoch"] == results["best_epoch"] + 3 == results["epochs"]


def test_without_early_stopping_there_is_no_validation_and_no_stop():
    results = results_of("circle", "--epochs", "5")
    assert results["val_loss"] is None and results["val_accuracy"] is None
    assert results["best_epoch"] is None and results["stopped_epoch"] is None and results["epochs"] == 5


def test_a_validation_fraction_alone_tracks_the_best_epoch_without_stopping():
    results = results_of("circle", "--epochs", "5", "--validation-fraction", "0.2")
    assert results["stopped_epoch"] is None and 1 <= results["best_epoch"] <= 5
    assert results["val_loss"] > 0


@pytest.mark.parametrize("args,fragment", [
    (["--early-stopping", "--validation-fraction", "0"], "needs validation rows: set --validation-fraction above 0"),
    (["--early-stopping", "0"], "patience of at least 1"),
    (["--validation-fraction", "1"], "--validation-fraction must be from 0 up to"),
])
def test_bad_early_stopping_input_is_one_error_line(args, fragment):
    result = run_train(IRIS, *args, "--epochs", "1")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and fragment in lines[0], result.stderr


def test_a_table_gets_scikit_learns_batch_and_epochs_and_a_built_in_set_keeps_its_own():
    # 150 iris rows, half held out: 75 training rows, one full batch per epoch, 200 epochs.
    iris = results_of(IRIS)
    assert (iris["batch_size"], iris["epochs"], iris["steps"]) == (75, 200, 200)
    # 442 diabetes rows, 20% held out: 354 training rows in batches of 200 (2 steps per epoch).
    diabetes = results_of(DIABETES, "--test-fraction", "0.2", "--epochs", "3")
    assert (diabetes["batch_size"], diabetes["steps"]) == (200, 6)
    assert results_of(IRIS, "--batch-size", "10", "--epochs", "1")["steps"] == 8
    builtin = results_of("circle", "--epochs", "2")
    assert builtin["batch_size"] == 32 and builtin["steps"] == 2 * math.ceil(250 / 32)


def test_regression_losses_are_given_in_the_targets_units_too(tmp_path):
    saved = tmp_path / "diabetes.json"
    results = results_of(DIABETES, "--epochs", "20", "--test-fraction", "0.2", "--save", str(saved))
    assert results["target_units"] == "progression" and results["loss_units"] == "progression²"
    assert results["target_standardized"] is True
    # The data-unit MSE by hand, from the saved weights' predictions in progression.
    experiment = experiment_file.load(str(saved)).build()
    prepared = experiment.prepared
    predicted = prepared.decode(experiment.network.forward(prepared.X_test))
    by_hand = float(np.mean((predicted - prepared.y_test) ** 2))
    assert results["test_loss_in_target_units"] == pytest.approx(by_hand, rel=1e-9)
    assert results["test_loss"] == pytest.approx(by_hand / prepared.target_scale ** 2, rel=1e-9)
    assert 1000 < results["test_loss_in_target_units"] and results["test_loss"] < 5


def test_human_output_says_the_targets_are_standardized_and_where_the_run_stopped():
    result = run_train(DIABETES, "--test-fraction", "0.2", "--early-stopping", "5")
    assert result.returncode == 0, result.stderr
    assert "progression²" in result.stdout and "standardized targets" in result.stdout
    assert "Stopped early at epoch" in result.stdout and "validation loss" in result.stdout
    assert "nan" not in result.stdout.lower()


def test_classification_results_have_no_target_units():
    results = results_of(IRIS, "--epochs", "2")
    assert "test_loss_in_target_units" not in results and "target_units" not in results


# -- experiment files ----------------------------------------------------------------------


def test_validation_and_early_stopping_settings_and_curve_survive_a_file(tmp_path):
    setup = Setup(optimizer="adam", learning_rate=0.02, validation_fraction=0.2, early_stopping=7)
    original = Experiment(setup)
    for _ in range(4):
        original.trainer.run_epoch()
    path = tmp_path / "validated.json"
    experiment_file.save(path, original)
    copy = experiment_file.load(str(path)).build()
    assert copy.setup.validation_fraction == 0.2 and copy.setup.early_stopping == 7
    assert copy.trainer.early_stopping == 7
    np.testing.assert_array_equal(copy.prepared.val_index, original.prepared.val_index)
    np.testing.assert_array_equal(copy.trainer.history.column("val_loss"), original.trainer.history.column("val_loss"))
    assert np.all(np.isfinite(copy.trainer.history.column("val_loss")))


def test_a_file_from_before_validation_still_opens_with_its_curve(tmp_path):
    original = Experiment(Setup(optimizer="adam"))
    for _ in range(3):
        original.trainer.run_epoch()
    document = experiment_file.to_document(original)
    for key in ("validation_fraction", "early_stopping"):
        del document["setup"][key]
    for key in ("val_loss", "val_metric"):
        del document["training"]["history"][key]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document))
    copy = experiment_file.load(str(path)).build()
    assert copy.setup.validation_fraction == 0.0 and copy.setup.early_stopping is None
    np.testing.assert_array_equal(copy.trainer.history.column("train_loss"),
                                  original.trainer.history.column("train_loss"))
    assert np.all(np.isnan(copy.trainer.history.column("val_loss")))


def test_early_stopping_without_validation_rows_is_refused_by_the_setup():
    with pytest.raises(ValueError, match="needs validation rows"):
        Setup(early_stopping=5).check()


def test_losses_name_their_unit_power():
    assert losses.get("mse").unit_power == 2 and losses.get("cross_entropy").unit_power == 0
