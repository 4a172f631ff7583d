"""The headless command: `python main.py train ...`."""

import json
import re
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_train(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "train", *args], capture_output=True,
                          text=True, cwd=str(ROOT), env=env, timeout=120)


def test_json_results_for_classification():
    result = run_train("circle", "--epochs", "40", "--json")
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout.strip().splitlines()[-1])
    for key in ("epochs", "train_loss", "test_loss", "steps_per_second", "train_accuracy", "test_accuracy"):
        assert key in results
    assert results["epochs"] == 40 and results["test_accuracy"] > 0.9
    assert "epoch" in result.stderr  # progress went to stderr


def test_json_results_for_regression_report_r2():
    result = run_train("plane", "--epochs", "20", "--json", "--loss", "mse", "--layers", "4")
    results = json.loads(result.stdout)
    assert results["test_r2"] > 0.9 and "train_accuracy" not in results
    assert results["network"] == "Network(2 -> 4 tanh -> 1 linear)"


def test_csv_file_with_target_by_name(tmp_path):
    rows = ["a,b,label"] + [f"{i % 7},{(i * 3) % 5},{'yes' if i % 7 > 3 else 'no'}" for i in range(60)]
    path = tmp_path / "small.csv"
    path.write_text("\n".join(rows) + "\n")
    result = run_train(str(path), "--target", "label", "--epochs", "5", "--json")
    assert result.returncode == 0, result.stderr
    assert "train_accuracy" in json.loads(result.stdout)


@pytest.mark.parametrize("args,fragment", [
    (["no-such-set"], "neither a file nor a built-in"),
    (["circle", "--learning-rate", "-1"], "--learning-rate must be a positive"),
    (["circle", "--layers", "8,x"], "--layers takes sizes"),
    (["circle", "--bogus"], "unrecognized arguments"),
    (["missing.csv"], "not found"),
    (["circle", "--test-fraction", "1.5"], "between 0 and 1"),
    (["plane", "--loss", "cross_entropy"], "MSE"),
])
def test_bad_input_is_one_error_line_and_exit_code_2(args, fragment):
    result = run_train(*args, "--epochs", "1")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_bad_csv_names_the_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("x,y\n1,2\nabc,3\n4,5\n6,7\n8,9\n")
    result = run_train(str(path), "--epochs", "1")
    assert result.returncode == 2
    assert result.stderr.startswith("error:") and "abc" in result.stderr


def test_divergence_exits_with_a_message_not_a_traceback():
    result = run_train("sine", "--learning-rate", "50", "--optimizer", "sgd", "--batch-size", "1", "--epochs", "50")
    assert result.returncode == 1
    assert "error: The loss" in result.stderr and "Lower the learning rate" in result.stderr
    assert "Traceback" not in result.stderr


def test_divergence_restores_weights_near_the_runs_best_and_reports_their_loss():
    # Sine at learning rate 10 once "restored" a training loss of 3e296.
    result = run_train("sine", "--learning-rate", "10", "--optimizer", "sgd", "--epochs", "50", "--json")
    assert result.returncode == 1
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["restored_loss"] < 10 and out["train_loss"] < 10
    assert abs(out["train_loss"] - out["restored_loss"]) < 1e-9
    assert not re.search(r"\d{13}", result.stderr), "a number with more than 12 digits"


def test_oscillation_without_divergence_is_named():
    result = run_train("circle", "--learning-rate", "10", "--optimizer", "sgd", "--epochs", "200", "--json")
    assert result.returncode == 0
    assert "learning rate (10) is too high" in result.stderr
    assert "too high" in json.loads(result.stdout.strip().splitlines()[-1])["warning"]
