"""Every registered loss works everywhere a loss is used: training, files, the command line, the walk, the landscape.

Nothing here names a loss: a loss added to ``engine.losses`` is checked by these tests as it is.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine import experiment_file, landscape, losses, walkthrough
from engine.experiment import Experiment, Setup

ROOT = Path(__file__).resolve().parents[2]
DATA = {"regression": "plane", "classification": "circle"}


def uses():
    """(loss name, task) for every loss and every task it fits."""
    return [(loss.name, task) for loss in losses.LOSSES.values() for task in losses.TASKS if loss.fits_task(task)]


def experiment_for(loss_name, task, n_samples=200):
    data = {"kind": "builtin", "name": DATA[task], "n_samples": n_samples, "noise": 0.0, "seed": 0}
    return Experiment(Setup(data=data, loss=loss_name, optimizer="adam", learning_rate=0.02, hidden_sizes=[4],
                                 hidden_activations=["tanh"]))


@pytest.mark.parametrize("loss_name,task", uses())
def test_training_lowers_the_loss_it_records(loss_name, task):
    experiment = experiment_for(loss_name, task)
    trainer = experiment.trainer
    loss = losses.get(loss_name)
    assert trainer.loss is loss
    for _ in range(15):
        trainer.run_epoch()
    recorded = trainer.history.column("train_loss")
    assert recorded[-1] < recorded[0]
    data = experiment.prepared
    assert recorded[-1] == pytest.approx(loss(data.Y_train, trainer.network.forward(data.X_train)), rel=1e-9)


@pytest.mark.parametrize("loss_name,task", uses())
def test_experiment_files_keep_the_loss_and_its_switch(loss_name, task, tmp_path):
    experiment = experiment_for(loss_name, task)
    trainer = experiment.trainer
    trainer.run_epoch()
    switches = []
    for other in losses.for_task(task):
        if other.name != loss_name and other.fits(task, trainer.network.activations[-1], trainer.network.n_outputs):
            trainer.loss = other.name
            trainer.loss = loss_name
            switches += [("loss", loss_name, other.name), ("loss", other.name, loss_name)]
    path = tmp_path / "run.json"
    experiment_file.save(path, experiment)
    copy = experiment_file.load(str(path)).build()
    assert copy.trainer.loss is losses.get(loss_name)
    assert [(e.setting, e.old, e.new) for e in copy.trainer.history.events] == switches


@pytest.mark.parametrize("loss_name,task", uses())
def test_the_walk_writes_the_loss_formula_with_this_samples_numbers(loss_name, task):
    experiment = experiment_for(loss_name, task)
    net, data = experiment.network, experiment.prepared
    loss = losses.get(loss_name)
    walk = walkthrough.walk(net, data.X_train[0], data.Y_train[0], loss_name)
    text = next(stage.text for stage in walk.stages if stage.kind == "loss")
    assert loss.formula(net.n_outputs) in text
    assert loss.term(data.Y_train[0], walk.a[-1]) in text
    assert walk.loss == net.gradients(data.X_train[:1], data.Y_train[:1], loss)[0]


@pytest.mark.parametrize("loss_name,task", uses())
def test_the_landscape_centre_is_the_current_loss(loss_name, task):
    experiment = experiment_for(loss_name, task, n_samples=60)
    net, data = experiment.network, experiment.prepared
    scape = landscape.compute(net, data.X_train, data.Y_train, loss_name, resolution=5)
    assert scape.loss[2, 2] == pytest.approx(scape.center_loss)
    assert scape.center_loss == pytest.approx(net.gradients(data.X_train, data.Y_train, loss_name)[0])
    assert np.all(np.isfinite(scape.loss))


@pytest.mark.parametrize("loss_name", [loss.name for loss in losses.for_task("regression")])
def test_the_command_line_trains_with_any_loss_for_numbers(loss_name):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "train", "plane", "--epochs", "5", "--json",
                             "--loss", loss_name, "--layers", "4", "--samples", "100"],
                            capture_output=True, text=True, cwd=str(ROOT), env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout.strip().splitlines()[-1])
    assert results["loss"] == loss_name and np.isfinite(results["train_loss"])
