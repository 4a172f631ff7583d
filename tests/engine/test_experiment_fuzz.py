"""Whatever is done to an experiment file, opening it loads a sound experiment or refuses in one clean message."""

import contextlib
import io
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from engine import cli, experiment_file
from engine.experiment_file import ExperimentFileError
from engine.trainer import TrainingDiverged

from .experiment_documents import apply, damaged_documents, make_document, paths, valid_documents

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def fuzz_file(tmp_path_factory):
    # One path rewritten per example: hypothesis refuses function-scoped fixtures.
    return tmp_path_factory.mktemp("fuzz") / "fuzz.json"


def write(path, document):
    path.write_text(json.dumps(document, allow_nan=True))


def assert_sound(experiment):
    """A loaded experiment trains: finite weights, counters in range, one step without a crash."""
    trainer = experiment.trainer
    assert np.all(np.isfinite(trainer.network.params))
    assert trainer.step_count >= 0 and trainer.epoch >= 0
    for column in trainer.history.COLUMNS:
        values = trainer.history.column(column)
        assert np.all(np.isnan(values) | (np.abs(values) <= 1e15))
    try:
        trainer.advance(1)
    except TrainingDiverged:
        pass


def open_or_refuse(path):
    """'loaded' or 'refused'; anything but ExperimentFileError fails the test."""
    try:
        experiment = experiment_file.load(str(path)).build()
    except ExperimentFileError as error:
        message = str(error)
        assert path.name in message and len(message) < 2000
        return "refused"
    assert_sound(experiment)
    return "loaded"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=valid_documents())
def test_every_document_the_app_writes_opens_again(fuzz_file, document):
    write(fuzz_file, document)
    assert open_or_refuse(fuzz_file) == "loaded"


@FUZZ
@given(case=damaged_documents())
def test_a_damaged_document_loads_soundly_or_is_refused(fuzz_file, case):
    document, _ = case
    write(fuzz_file, document)
    open_or_refuse(fuzz_file)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=damaged_documents())
def test_the_command_line_trains_or_prints_one_error_line(fuzz_file, case):
    document, _ = case
    write(fuzz_file, document)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main([str(fuzz_file), "--epochs", "1"])
    if code == cli.EXIT_BAD_INPUT:
        lines = err.getvalue().strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error:"), err.getvalue()
        assert "This is a bug" not in lines[0]
    else:
        assert code in (0, cli.EXIT_DIVERGED), err.getvalue()


def test_a_truncated_file_is_refused_at_every_length(tmp_path):
    text = json.dumps(make_document(epochs=1))
    path = tmp_path / "cut.json"
    for length in range(0, len(text), max(1, len(text) // 200)):
        path.write_text(text[:length])
        with pytest.raises(ExperimentFileError):
            experiment_file.load(str(path))


def test_apply_changes_a_copy_only():
    document = make_document(epochs=0, lesson=False)
    before = json.dumps(document)
    changed = apply(document, ("set", ("setup", "seed"), None))
    assert changed["setup"]["seed"] is None and json.dumps(document) == before


def representative_paths(document):
    """Every field path, with lists represented by their first item (weights[0][0], not all of them)."""
    return sorted({p for p in paths(document) if all(k == 0 for k in p if isinstance(k, int))}, key=str)


@pytest.mark.parametrize("optimizer", ["momentum", "adam"])
def test_every_field_given_every_json_type_loads_soundly_or_is_refused(tmp_path, optimizer):
    document = make_document(optimizer=optimizer, hidden=(3,), epochs=2, csv=optimizer == "momentum")
    document["training"]["events"] = [[1, "learning rate 0.03 → 0.1"]]
    outcomes = {"loaded": 0, "refused": 0}
    path = tmp_path / "typed.json"
    for field_path in representative_paths(document):
        for value in (None, True, 7, -1.5, "text", [], [1, 2], {}, {"a": 1}):
            write(path, apply(document, ("set", field_path, value)))
            outcomes[open_or_refuse(path)] += 1
        write(path, apply(document, ("drop", field_path, None)))
        outcomes[open_or_refuse(path)] += 1
    assert outcomes["refused"] > outcomes["loaded"] > 0
