"""Experiment files: round trips, atomic writes, and files that are not right."""

import json
import os

import numpy as np
import pytest

from engine import experiment_file
from engine.data import DataError
from engine.events import Event
from engine.experiment import Experiment, Setup
from engine.experiment_file import ExperimentFileError


def trained(setup=None, epochs=5):
    experiment = Experiment(setup or Setup(optimizer="adam", learning_rate=0.02))
    for _ in range(epochs):
        experiment.trainer.run_epoch()
    experiment.trainer.loss = "mse"
    experiment.trainer.run_epoch()
    return experiment


def test_save_then_open_gives_identical_weights_curve_and_settings(tmp_path):
    original = trained()
    path = tmp_path / "circle.json"
    experiment_file.save(path, original, lesson={"title": "Hi", "text": "Some words"})
    saved = experiment_file.load(str(path))
    copy = saved.build()
    np.testing.assert_array_equal(copy.network.params, original.network.params)
    for column in original.trainer.history.COLUMNS:
        np.testing.assert_array_equal(copy.trainer.history.column(column), original.trainer.history.column(column))
    assert copy.trainer.history.events == original.trainer.history.events
    assert copy.setup == original.setup
    assert (copy.trainer.epoch, copy.trainer.step_count) == (original.trainer.epoch, original.trainer.step_count)
    assert saved.lesson == {"title": "Hi", "text": "Some words"}
    # Adam's moments came back too, so training continues where it was.
    np.testing.assert_array_equal(copy.trainer.optimizer.m, original.trainer.optimizer.m)
    np.testing.assert_array_equal(copy.trainer.optimizer.v, original.trainer.optimizer.v)
    assert copy.trainer.optimizer.t == original.trainer.optimizer.t > 0


def test_events_are_written_as_fields_and_old_sentences_are_still_read(tmp_path):
    path = tmp_path / "circle.json"
    experiment_file.save(path, trained())
    document = json.loads(path.read_text())
    assert document["training"]["events"] == [{"epoch": 5, "setting": "loss", "old": "cross_entropy", "new": "mse"}]
    # Files from before events had fields kept each one as a sentence.
    document["training"]["events"] = [[5, "loss: cross_entropy → mse"], [7, "optimizer: sgd → adam"],
                                      [8, "the teacher paused here"]]
    path.write_text(json.dumps(document))
    events = experiment_file.load(str(path)).build().trainer.history.events
    assert events == [Event(5, "loss", "cross_entropy", "mse"), Event(7, "optimizer", "sgd", "adam"),
                      Event(8, "note", None, "the teacher paused here")]
    assert [str(event) for event in events] == ["loss: cross-entropy → MSE", "optimizer: SGD → Adam",
                                                "the teacher paused here"]


def test_csv_data_is_embedded_so_the_file_works_elsewhere(tmp_path):
    csv = tmp_path / "points.csv"
    csv.write_text("a,b,kind\n" + "".join(f"{i},{i % 3},{'x' if i % 2 else 'y'}\n" for i in range(40)))
    from engine.data import read_csv
    dataset = read_csv(str(csv))
    experiment = Experiment(Setup(data=dict(dataset.source)), dataset=dataset)
    path = tmp_path / "exp.json"
    experiment_file.save(path, experiment)
    csv.unlink()
    copy = experiment_file.load(str(path)).build()
    np.testing.assert_array_equal(copy.dataset.X, dataset.X)
    assert copy.dataset.class_names == dataset.class_names


def test_a_crash_while_writing_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "exp.json"
    experiment_file.save(path, trained(epochs=1))
    before = path.read_bytes()

    def failing_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError):
        experiment_file.save(path, trained(epochs=3))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["exp.json"]  # no temporary left behind


@pytest.mark.parametrize("content,fragment", [
    (b"", "empty"),
    (b'{"format": "loss-explorer-experiment", "version": 1, "setup": {', "cut short"),
    (b'{"format": "loss-explorer-experiment", "version": 1,, }', "damaged at line 1"),
    (b'{"name": "package", "version": "1.0"}', "not a Loss Explorer experiment"),
    (b'[1, 2, 3]', "not a Loss Explorer experiment"),
    (b'{"format": "loss-explorer-experiment", "version": 99, "setup": {}}', "newer Loss Explorer"),
    (b'{"format": "loss-explorer-experiment", "version": 1}', "setup is missing"),
    (b'{"format": "loss-explorer-experiment", "version": 1, "setup": {"colour": 1}}', "unknown setting(s): colour"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not text"),
])
def test_wrong_files_give_a_clear_message(tmp_path, content, fragment):
    path = tmp_path / "wrong.json"
    path.write_bytes(content)
    with pytest.raises(ExperimentFileError) as caught:
        experiment_file.load(str(path))
    assert fragment in str(caught.value)
    assert "wrong.json" in str(caught.value)


def test_weights_of_the_wrong_shape_are_refused(tmp_path):
    path = tmp_path / "exp.json"
    experiment_file.save(path, trained(epochs=1))
    document = json.loads(path.read_text())
    document["network"]["weights"][0] = [[1.0]]
    path.write_text(json.dumps(document))
    with pytest.raises(ExperimentFileError, match=r"network\.weights\[0\] has 1 row\(s\); the network needs 2"):
        experiment_file.load(str(path))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ExperimentFileError, match="not found"):
        experiment_file.load(str(tmp_path / "nope.json"))
    with pytest.raises(ExperimentFileError, match="folder"):
        experiment_file.load(str(tmp_path))


def test_unknown_builtin_data_names_the_field_and_the_choices(tmp_path):
    path = tmp_path / "exp.json"
    experiment_file.save(path, trained(epochs=1))
    document = json.loads(path.read_text())
    document["data"]["source"]["name"] = "moons"
    path.write_text(json.dumps(document))
    with pytest.raises(ExperimentFileError, match=r'data\.source\.name is the text .moons.; it must be one of "circle"'):
        experiment_file.load(str(path))


def test_cli_trains_from_and_writes_experiment_files(tmp_path):
    import subprocess
    import sys
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    first = tmp_path / "first.json"
    run = lambda *a: subprocess.run([sys.executable, os.path.join(root, "main.py"), "train", *a],
                                    capture_output=True, text=True, cwd=root, timeout=120)
    result = run("xor", "--epochs", "10", "--save", str(first), "--json")
    assert result.returncode == 0, result.stderr
    result = run(str(first), "--epochs", "5", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["epochs"] == 15

