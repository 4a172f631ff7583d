"""Damaged and hostile experiment files: each case an audit found, refused with a message naming the field."""

import copy
import json
import math
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from engine import experiment_file, experiment_schema
from engine.experiment import Experiment, Setup
from engine.experiment_file import ExperimentFileError

ROOT = Path(__file__).resolve().parents[2]


def trained_document(optimizer="adam", epochs=2):
    setup = Setup(data={"kind": "builtin", "name": "circle", "n_samples": 60, "noise": 0.0, "seed": 0},
                  optimizer=optimizer, learning_rate=0.02)
    experiment = Experiment(setup)
    for _ in range(epochs):
        experiment.trainer.run_epoch()
    return experiment_file.to_document(experiment, lesson={"title": "A lesson", "text": "Some **words**."})


@pytest.fixture(scope="module")
def document():
    return trained_document()


def set_at(document, path, value):
    """A copy of ``document`` with the field at ``path`` (a list of keys and indices) set to ``value``."""
    changed = copy.deepcopy(document)
    target = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return changed


def refusal(tmp_path, document, name="case.json"):
    """The message of the ExperimentFileError that loading ``document`` gives (building included)."""
    path = tmp_path / name
    path.write_text(json.dumps(document, allow_nan=True) if not isinstance(document, str) else document)
    with pytest.raises(ExperimentFileError) as caught:
        experiment_file.load(str(path)).build()
    message = str(caught.value)
    assert name in message
    return message


def test_the_base_document_loads(tmp_path, document):
    path = tmp_path / "good.json"
    path.write_text(json.dumps(document))
    experiment = experiment_file.load(str(path)).build()
    assert experiment.trainer.epoch == 2 and experiment.trainer.optimizer.t > 0


# -- wrong types where the audit found tracebacks ------------------------------

@pytest.mark.parametrize("path,value,fragment", [
    (["setup", "features"], "x1", "setup.features is the text 'x1'; it must be a list"),
    (["setup", "features"], [1, 2], "setup.features[0] is 1; it must be text"),
    (["setup", "learning_rate"], "fast", "setup.learning_rate is the text 'fast'; it must be a number more than 0"),
    (["setup", "learning_rate"], None, "setup.learning_rate is empty (null)"),
    (["setup", "learning_rate"], True, "setup.learning_rate is true"),
    (["setup", "batch_size"], [10], "setup.batch_size is a list of 1 item; it must be a whole number"),
    (["setup", "batch_size"], 2.5, "setup.batch_size is 2.5, not a whole number"),
    (["setup", "regularization_rate"], {}, "setup.regularization_rate is an object"),
    (["setup", "hidden_sizes"], [4, 10**9], "setup.hidden_sizes[1] is 1e+9; it must be a whole "
                                            "number from 1 to 16"),
    (["setup", "loss"], "hinge", "setup.loss is the text 'hinge'; it must be one of \"mse\", \"cross_entropy\""),
    (["training", "history"], "lots", "training.history is the text 'lots'; it must be an object"),
    (["training", "history", "train_loss"], 3, "training.history.train_loss is 3; it must be a list"),
    (["training", "events"], {"a": 1}, "training.events is an object; it must be a list of events"),
    (["training", "events"], [[1]], "training.events[0] is a list of 1 item; it must be an event"),
    (["training", "optimizer_state"], "adam", "training.optimizer_state is the text 'adam'; it must be an object"),
    (["training", "optimizer_state", "name"], 7, "training.optimizer_state.name is 7"),
    (["lesson"], "just a string", "lesson is the text 'just a string'; it must be an object"),
    (["lesson", "title"], ["x"], "lesson.title is a list of 1 item; it must be text"),
    (["lesson", "text"], None, "lesson.text is empty (null)"),
    (["network"], [], "network is a list of 0 items; it must be an object"),
    (["data"], "circle", "data is the text 'circle'; it must be an object"),
])
def test_wrong_types_name_the_field(tmp_path, document, path, value, fragment):
    message = refusal(tmp_path, set_at(document, path, value))
    assert fragment in message
    assert "edited by hand" in message or "Shorten" in message


# -- counters --------------------------------------------------------------------

@pytest.mark.parametrize("path,value,fragment", [
    (["training", "step"], 1e400, "training.step is ∞, not a finite number"),
    (["training", "step"], -3, "training.step is -3; it must be a whole number from 0"),
    (["training", "epoch"], 1e308, "training.epoch is 1e+308; it must be a whole number from 0 to 1,000,000,000"),
    (["training", "epoch"], 10**30, "training.epoch is a number with 31 digits"),
    (["training", "optimizer_state", "t"], -1, "training.optimizer_state.t is -1"),
    (["training", "history", "epoch", 0], 1e308, "training.history.epoch[0] is 1e+308"),
    (["training", "events", 0], [10**30, "x"], "training.events[0][0] is a number with 31 digits"),
])
def test_counters_must_be_whole_numbers_in_range(tmp_path, document, path, value, fragment):
    document = set_at(document, ["training", "events"], [[1, "loss: mse"]])
    assert fragment in refusal(tmp_path, set_at(document, path, value))


def test_adam_with_t_minus_one_never_reaches_the_update(tmp_path, document):
    # It used to load, then divide by zero in Adam's bias correction on the first step.
    message = refusal(tmp_path, set_at(document, ["training", "optimizer_state", "t"], -1))
    assert "whole number from 0" in message


# -- version and format -----------------------------------------------------------

@pytest.mark.parametrize("version,fragment", [
    (True, "version is true"), (1.0, "version is 1"), ("1", "version is the text '1'"), (None, "version is empty"),
    (0, "version is 0"), (10**30, "newer Loss Explorer"),
])
def test_version_must_be_a_real_whole_number(tmp_path, document, version, fragment):
    assert fragment in refusal(tmp_path, set_at(document, ["version"], version))


# -- non-finite and absurd numbers --------------------------------------------------

@pytest.mark.parametrize("path", [
    ["network", "weights", 0, 0, 0], ["network", "weights", 1, 2, 1], ["network", "biases", 0, 1],
    ["training", "optimizer_state", "m", 3], ["training", "optimizer_state", "v", 0],
    ["training", "history", "train_loss", 0], ["training", "history", "test_metric", 1],
])
@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_refused_where_they_are(tmp_path, document, path, value):
    message = refusal(tmp_path, set_at(document, path, value))
    where = path[0] + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path[1:])
    assert f"{where} is" in message and "not a finite number" in message


@pytest.mark.parametrize("path,value,fragment", [
    (["network", "weights", 0, 0, 0], 1e200, "network.weights[0][0][0] is 1e+200; it must be from"),
    (["training", "history", "train_loss", 0], 1e300, "training.history.train_loss[0] is 1e+300"),
    (["training", "optimizer_state", "v", 0], -1.0, "training.optimizer_state.v[0] is -1.0; it must be from 0"),
    (["network", "weights", 0, 0, 0], "0.5", "network.weights[0][0][0] is the text '0.5'; it must be a number"),
    (["network", "weights", 0, 0, 0], True, "network.weights[0][0][0] is true; it must be a number"),
])
def test_absurd_numbers_are_refused(tmp_path, document, path, value, fragment):
    assert fragment in refusal(tmp_path, set_at(document, path, value))


# -- shapes: nothing is silently filled from the seed or cut by zip --------------------

def test_a_weight_matrix_with_too_few_rows_says_how_many_are_needed(tmp_path, document):
    rows = document["network"]["weights"][1][:3]
    message = refusal(tmp_path, set_at(document, ["network", "weights", 1], rows))
    assert "network.weights[1] has 3 row(s); the network needs 4." in message
    assert "edited by hand" in message


def test_a_row_with_too_many_numbers_is_refused(tmp_path, document):
    row = document["network"]["weights"][0][0] + [0.1]
    message = refusal(tmp_path, set_at(document, ["network", "weights", 0, 0], row))
    assert "network.weights[0][0] has 5 number(s); the network needs 4." in message


@pytest.mark.parametrize("change", ["missing", "extra"])
def test_a_missing_or_extra_layer_is_refused_not_filled_from_the_seed(tmp_path, document, change):
    layers = document["network"]["weights"]
    layers = layers[:-1] if change == "missing" else layers + [layers[-1]]
    message = refusal(tmp_path, set_at(document, ["network", "weights"], layers))
    assert f"network.weights has {len(layers)} layer(s); the network (sizes 2, 4, 2, 1) has 3." in message


def test_biases_and_moments_must_fit_exactly(tmp_path, document):
    message = refusal(tmp_path, set_at(document, ["network", "biases", 2], [0.0, 0.0]))
    assert "network.biases[2] has 2 number(s); the network needs 1." in message
    moments = document["training"]["optimizer_state"]["m"][:-1]
    message = refusal(tmp_path, set_at(document, ["training", "optimizer_state", "m"], moments))
    assert f"training.optimizer_state.m has {len(moments)} number(s); the network needs {len(moments) + 1}" in message


def test_history_columns_must_be_equally_long(tmp_path, document):
    message = refusal(tmp_path, set_at(document, ["training", "history", "test_loss"], [0.5]))
    assert "training.history.test_loss has 1 records, but training.history" in message


def test_a_network_that_does_not_match_the_setup_is_refused(tmp_path, document):
    message = refusal(tmp_path, set_at(document, ["network", "sizes", 0], 3))
    assert "network.weights[0] has 2 row(s); the network needs 3" in message
    message = refusal(tmp_path, set_at(document, ["network", "sizes"], [2, 4, 4, 1]))
    assert "network.sizes has hidden layers [4, 4], but setup.hidden_sizes says [4, 2]" in message


# -- sizes: checked before anything is allocated ------------------------------------------

@pytest.mark.parametrize("path,value", [
    (["network", "sizes"], [2, 10**9, 8, 1]),
    (["setup", "hidden_sizes"], [10**9, 2]),
    (["setup", "hidden_sizes"], [4] * 1000),
    (["setup", "data", "n_samples"], 10**12),
    (["data", "source", "n_samples"], 10**12),
])
def test_huge_sizes_are_refused_without_allocating(tmp_path, document, path, value):
    tracemalloc.start()
    try:
        message = refusal(tmp_path, set_at(document, path, value))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "it must be" in message or "has" in message
    assert peak < 50 * 2**20  # the 82 GiB network was never attempted


# -- bad lessons ---------------------------------------------------------------------------

def test_a_lesson_too_long_is_refused(tmp_path, document):
    message = refusal(tmp_path, set_at(document, ["lesson", "text"], "x" * (experiment_schema.MAX_LESSON_TEXT_CHARS + 1)))
    assert "lesson.text has 100,001 characters; at most 100,000 are allowed" in message
    message = refusal(tmp_path, set_at(document, ["lesson", "title"], "T" * 201))
    assert "lesson.title has 201 characters" in message


def test_a_lesson_with_unknown_parts_is_refused(tmp_path, document):
    message = refusal(tmp_path, set_at(document, ["lesson", "script"], "alert(1)"))
    assert "lesson.script is not part of an experiment file" in message


def test_saving_a_lesson_that_could_not_be_read_back_is_refused(tmp_path, document):
    experiment = experiment_file.from_document(copy.deepcopy(document)).build()
    with pytest.raises(ExperimentFileError, match="lesson.text has"):
        experiment_file.save(tmp_path / "l.json", experiment, lesson={"title": "t", "text": "y" * 100_001})
    assert not (tmp_path / "l.json").exists()


# -- not regular files, too big, bad bytes -------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(ExperimentFileError, match="'x.json' is a named pipe \\(FIFO\\), not a regular file"):
        experiment_file.load(str(fifo))
    assert time.monotonic() - started < 5  # it used to wait forever for a writer


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_symlink_to_a_device_is_refused(tmp_path, device):
    link = tmp_path / "zero.json"
    link.symlink_to(device)
    with pytest.raises(ExperimentFileError, match="'zero.json' is a device, not a regular file"):
        experiment_file.load(str(link))


def test_a_symlink_to_a_folder_is_refused(tmp_path):
    (tmp_path / "folder").mkdir()
    link = tmp_path / "folder.json"
    link.symlink_to(tmp_path / "folder")
    with pytest.raises(ExperimentFileError, match="is a folder"):
        experiment_file.load(str(link))


def test_a_symlink_to_a_good_file_is_read(tmp_path, document):
    target = tmp_path / "real.json"
    target.write_text(json.dumps(document))
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert experiment_file.load(str(link)).build().trainer.epoch == 2


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(experiment_file, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2 * 2**20)
    with pytest.raises(ExperimentFileError, match="'big.json' is 2 MB; an experiment file may be at most 0 MB"):
        experiment_file.load(str(path))


@pytest.mark.parametrize("content,fragment", [
    (b"\xff\xfe\x00garbage", "not text"),
    (b'{"format": "loss-explorer-experiment", "version": 1, "setup": {"seed": ' + b"9" * 5000 + b"}}",
     "number too long"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b'{"format": "loss-explorer-experiment", "version": 1, "setup": {', "cut short"),
])
def test_bad_bytes_are_refused(tmp_path, content, fragment):
    path = tmp_path / "bytes.json"
    path.write_bytes(content)
    with pytest.raises(ExperimentFileError, match=fragment):
        experiment_file.load(str(path))


def test_embedded_csv_errors_are_experiment_file_errors(tmp_path, document):
    changed = set_at(document, ["data"], {"source": {"kind": "csv", "name": "d.csv", "target": None, "task": None},
                                         "csv_text": "a,b\n1,2\n"})
    message = refusal(tmp_path, changed)
    assert "its data cannot be used" in message and "at least 4" in message


def test_a_csv_source_without_text_or_path_is_refused(tmp_path, document):
    changed = set_at(document, ["data"], {"source": {"kind": "csv", "name": "d.csv", "target": None, "task": None}})
    assert "data.csv_text is missing, and the data has no path either" in refusal(tmp_path, changed)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_csv_path_to_a_fifo_is_refused(tmp_path, document):
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    changed = set_at(document, ["data"], {"source": {"kind": "csv", "path": str(fifo), "name": "data.csv",
                                                     "target": None, "task": None}})
    assert "named pipe (FIFO), not a regular file" in refusal(tmp_path, changed)


# -- what the app writes, it reads back ------------------------------------------------------

@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_every_optimizer_round_trips_through_the_checks(tmp_path, optimizer):
    document = trained_document(optimizer)
    path = tmp_path / "round.json"
    path.write_text(json.dumps(document))
    experiment = experiment_file.load(str(path)).build()
    np.testing.assert_array_equal(experiment.network.weights[0], np.array(document["network"]["weights"][0]))


def test_every_builtin_lesson_passes_the_checks():
    import resources
    names = [n for n in resources.listdir("lessons") if n.endswith(".json")]
    assert len(names) >= 8
    for name in names:
        saved = experiment_file.load(resources.path("lessons", name))
        saved.build()
        assert saved.lesson["title"] and "<p>" not in saved.lesson["text"]


def test_every_setting_has_a_rule():
    # A new setting in Setup needs one line in experiment_schema.SETUP_RULES.
    from dataclasses import fields
    missing = [f.name for f in fields(Setup) if f.name not in experiment_schema.SETUP_RULES]
    assert not missing, f"add a rule for {missing} to experiment_schema.SETUP_RULES"


def test_an_old_file_without_a_newer_setting_still_opens(tmp_path, document):
    setup = dict(document["setup"])
    del setup["regularization_rate"]
    experiment = experiment_file.from_document(set_at(document, ["setup"], setup)).build()
    assert experiment.setup.regularization_rate == Setup().regularization_rate


# -- the command line: one error line, exit 2, never a traceback, never a hang ---------------

def run_cli(path):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "train", str(path), "--epochs", "1"],
                          capture_output=True, text=True, cwd=str(ROOT), timeout=60,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))


CLI_CASES = [
    (["lesson"], "just a string"), (["training", "step"], 1e400), (["training", "optimizer_state", "t"], -1),
    (["setup", "features"], 5), (["network", "sizes"], [2, 10**9, 8, 1]), (["network", "weights", 0, 0, 0], math.nan),
    (["version"], True),
]


def test_the_command_line_refuses_each_case_in_one_line(tmp_path, document):
    for i, (path, value) in enumerate(CLI_CASES):
        file = tmp_path / f"case{i}.json"
        file.write_text(json.dumps(set_at(document, path, value), allow_nan=True))
        result = run_cli(file)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 2, (path, result.stderr)
        assert len(lines) == 1 and lines[0].startswith("error:") and f"case{i}.json" in lines[0], result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_the_command_line_does_not_hang_on_a_fifo_or_a_device(tmp_path):
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    for path, fragment in ((fifo, "named pipe"), ("/dev/zero", None)):
        result = run_cli(path)
        assert result.returncode == 2 and result.stderr.startswith("error:"), result.stderr
        assert "Traceback" not in result.stderr
        if fragment:
            assert fragment in result.stderr


# -- names are labels: nothing that reads as an HTML tag -------------------------------------

TAG = "<img src='file:///dev/zero'>"


@pytest.mark.parametrize("path", [["data", "source", "name"], ["data", "source", "target"],
                                  ["setup", "features"], ["training", "events"]])
def test_names_that_look_like_html_are_refused(tmp_path, document, path):
    value = {"features": [TAG], "events": [[1, TAG]]}.get(path[-1], TAG)
    changed = document
    if path[0] == "data":
        changed = set_at(document, ["data"], {"source": {"kind": "csv", "name": "d.csv", "target": None,
                                                         "task": None},
                                              "csv_text": "a,b\n" + "1,0\n2,1\n3,0\n4,1\n"})
    message = refusal(tmp_path, set_at(changed, path, value))
    assert "looks like an HTML tag" in message


@pytest.mark.parametrize("csv_text,fragment", [
    (f"a,{TAG},label\n" + "1,2,x\n2,3,y\n3,4,x\n4,5,y\n", "The name of column 2"),
    ("a,label\n" + f"1,x\n2,{TAG}\n3,x\n4,{TAG}\n", "A class in column 'label'"),
])
def test_csv_names_and_classes_that_look_like_html_are_refused(csv_text, fragment):
    from engine.data import DataError, read_csv_text
    with pytest.raises(DataError) as caught:
        read_csv_text(csv_text)
    assert fragment in str(caught.value) and "looks like an HTML tag" in str(caught.value)


def test_names_with_a_plain_less_than_sign_are_fine():
    from engine.data import read_csv_text
    dataset = read_csv_text("a < b,income\n1,<=50K\n2,>50K\n3,<=50K\n4,>50K\n")
    assert dataset.feature_names == ["a < b"] and dataset.class_names == ["<=50K", ">50K"]
