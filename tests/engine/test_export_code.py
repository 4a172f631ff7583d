"""The run as code: exported scripts repeat the engine's run, from an empty folder, without the project."""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from engine import experiment_file
from engine.experiment import Experiment, Setup
from engine.export_code import DEFAULT_EPOCHS, ExportError, plan, script

ROOT = Path(__file__).resolve().parents[2]

SMALL_CIRCLE = {"kind": "builtin", "name": "circle", "n_samples": 80, "noise": 0.1, "seed": 3}
BLOBS = {"kind": "builtin", "name": "blobs", "n_samples": 80, "noise": 0.2, "seed": 1}      # 4 classes: softmax
PLANE = {"kind": "builtin", "name": "plane", "n_samples": 80, "noise": 0.1, "seed": 0}      # regression: linear

RUNS = {
    "cross-entropy, sigmoid, sgd": dict(data=SMALL_CIRCLE),
    "cross-entropy, sigmoid, adam": dict(data=SMALL_CIRCLE, optimizer="adam", learning_rate=0.01),
    "mse, sigmoid, sgd": dict(data=SMALL_CIRCLE, loss="mse", learning_rate=0.1),
    "mse, sigmoid, adam, l2": dict(data=SMALL_CIRCLE, loss="mse", optimizer="adam", learning_rate=0.01,
                                   regularization="l2", regularization_rate=0.01),
    "cross-entropy, softmax, adam, relu": dict(data=BLOBS, optimizer="adam", learning_rate=0.01,
                                               hidden_activations=["relu", "leaky_relu"]),
    "cross-entropy, softmax, momentum, l1": dict(data=BLOBS, optimizer="momentum", regularization="l1",
                                                 regularization_rate=0.001),
    "mse, softmax, sgd": dict(data=BLOBS, loss="mse", learning_rate=0.3),
    "mse, linear, adam, full batch": dict(data=PLANE, optimizer="adam", batch_size=None,
                                          hidden_activations=["sigmoid", "tanh"]),
}


def engine_run(settings, epochs):
    experiment = Experiment(Setup(**settings))
    trainer = experiment.trainer
    for _ in range(epochs):
        trainer.advance(trainer.steps_per_epoch())
    return experiment


def run_script(text, folder, name="run.py"):
    (folder / name).write_text(text, encoding="utf-8")
    # -I: isolated, so neither the project nor PYTHONPATH nor the user's site is importable.
    result = subprocess.run([sys.executable, "-I", name], cwd=str(folder), capture_output=True, text=True,
                            timeout=300, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    return json.loads(lines[0]), result.stderr


@pytest.mark.parametrize("name", list(RUNS))
def test_numpy_script_repeats_the_engines_run(name, tmp_path):
    epochs = 12
    trained = engine_run(RUNS[name], epochs)
    text, warnings = script(Experiment(Setup(**RUNS[name])), "numpy", epochs=epochs)
    results, progress = run_script(text, tmp_path)
    assert warnings == []
    assert results["epochs"] == epochs
    assert abs(results["train_loss"] - trained.trainer.history.column("train_loss")[-1]) <= 1e-9
    assert abs(results["test_loss"] - trained.trainer.history.column("test_loss")[-1]) <= 1e-9
    assert "training loss" in progress


@pytest.mark.parametrize("name", ["cross-entropy, sigmoid, adam", "cross-entropy, softmax, momentum, l1",
                                  "mse, softmax, sgd", "mse, linear, adam, full batch"])
def test_pytorch_script_repeats_the_engines_run(name, tmp_path):
    pytest.importorskip("torch")
    epochs = 12
    trained = engine_run(RUNS[name], epochs)
    text, _ = script(Experiment(Setup(**RUNS[name])), "pytorch", epochs=epochs)
    results, _ = run_script(text, tmp_path)
    assert abs(results["train_loss"] - trained.trainer.history.column("train_loss")[-1]) <= 1e-6


def test_numpy_script_needs_only_numpy_and_names_the_four_steps():
    text, _ = script(Experiment(Setup(data=SMALL_CIRCLE, optimizer="adam")), "numpy", epochs=3)
    imported = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module.split(".")[0])
    assert imported == {"json", "sys", "numpy"}
    for step in ("1. forward propagation", "2. loss", "3. backpropagation", "4. update"):
        assert step in text


def test_command_line_export_of_a_trained_file_matches_its_recorded_loss(tmp_path):
    trained = engine_run(dict(data=SMALL_CIRCLE, optimizer="adam", learning_rate=0.01), 15)
    saved = tmp_path / "trained.json"
    experiment_file.save(str(saved), trained)
    out = tmp_path / "empty" / "run.py"
    out.parent.mkdir()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(saved), "--as", "numpy",
                             "--out", str(out)], capture_output=True, text=True, cwd=str(ROOT), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Wrote" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert "epochs = 15" in text and "trained.json" in text
    results, _ = run_script(text, out.parent)
    assert abs(results["train_loss"] - trained.trainer.history.column("train_loss")[-1]) <= 1e-9


def test_command_line_errors_are_one_line(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(tmp_path / "missing.json")],
                            capture_output=True, text=True, cwd=str(ROOT), timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("error:") and "not found" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_an_untrained_lesson_gets_the_default_epochs_and_its_edited_weights():
    experiment = Experiment(Setup(data=SMALL_CIRCLE))
    experiment.network.weights[0][0, 0] = 0.75   # edited by hand before training
    run = plan(experiment)
    assert run.epochs == DEFAULT_EPOCHS
    assert run.weights[0][0, 0] == 0.75


def test_a_trained_run_starts_from_the_seeds_weights():
    fresh = Experiment(Setup(data=SMALL_CIRCLE))
    trained = engine_run(dict(data=SMALL_CIRCLE), 3)
    run = plan(trained)
    assert run.epochs == 3
    assert run.recorded_train_loss == trained.trainer.history.column("train_loss")[-1]
    for exported, start in zip(run.weights, fresh.network.weights):
        assert (exported == start).all()


def test_a_run_that_changed_settings_warns_in_the_script():
    trained = engine_run(dict(data=SMALL_CIRCLE), 2)
    trained.trainer.loss = "mse"
    text, warnings = script(trained, "numpy")
    assert len(warnings) == 1 and "changed its settings" in warnings[0]
    assert "Note: This run changed its settings" in text


def test_zero_epochs_is_refused():
    with pytest.raises(ExportError, match="at least 1 epoch"):
        plan(Experiment(Setup(data=SMALL_CIRCLE)), epochs=0)
