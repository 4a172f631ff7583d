"""Experiment files: one JSON document with everything needed to pick up again.

It holds the setup, the data (a built-in set's recipe, or a CSV file's text
so a file shared with another machine still works), the network and its
weights, the optimizer's state, the loss history and any lesson text. Lessons
are experiment files too, usually without weights or history.

Reading is careful, because files come from other people: only a regular file
of at most ``MAX_FILE_BYTES`` is read, the whole document is checked by
``experiment_schema.check_document`` before anything is built, and every
problem, whatever it is, comes out as one ``ExperimentFileError``. Writes are
atomic (``safe_files.write_atomically``): a crash mid-save leaves the old file
intact.
"""

import json
import math
import os
from datetime import datetime, timezone

import numpy as np

from . import data as _data
from . import safe_files
from .events import Event
from .experiment import Experiment, Setup
from .experiment_schema import (EDITED, FORMAT, MAX_ABS_PARAMETER, MAX_ABS_RECORD, MAX_FILE_BYTES, VERSION,
                                ExperimentFileError, Refusal, check_document, check_lesson)
from .formatting import count
from .translation import translate

__all__ = ["FORMAT", "VERSION", "EXTENSION", "MAX_FILE_BYTES", "ExperimentFileError", "SavedExperiment",
           "load", "save", "to_document", "write_document", "parse_document", "from_document"]

EXTENSION = ".json"


def _edited():
    return translate("experiment_schema", EDITED)


class SavedExperiment:
    """What an experiment file holds, read back and checked; ``build`` makes it an Experiment."""

    def __init__(self, setup, dataset, network=None, history=None, events=(), step=0, epoch=0,
                 optimizer_state=None, lesson=None, path=None, name="the file"):
        self.setup, self.dataset, self.network = setup, dataset, network
        self.history, self.events = history, list(events)
        self.step, self.epoch = step, epoch
        self.optimizer_state, self.lesson = optimizer_state, lesson
        self.path, self.name = path, name

    def _refuse(self, where, sentence):
        return ExperimentFileError(translate("experiment_schema", "'{name}' cannot be opened: {where} {sentence} {hint}")
                                   .format(name=self.name, where=where, sentence=sentence, hint=_edited()))

    def restore_into(self, experiment):
        """Put the saved weights, history and counters into a freshly built experiment."""
        trainer = experiment.trainer
        built = trainer.network
        if self.network is not None:
            sizes = self.network["sizes"]
            if sizes[0] != built.sizes[0]:
                raise self._refuse("network.sizes[0]", translate(
                    "experiment_file", "is {size}, but the data and settings give the network {n_inputs} input(s) "
                    "({names}).").format(size=sizes[0], n_inputs=built.sizes[0],
                                         names=", ".join(experiment.prepared.input_names)))
            if sizes[-1] != built.sizes[-1]:
                raise self._refuse(f"network.sizes[{len(sizes) - 1}]", translate(
                    "experiment_file", "is {size}, but the data needs {n_outputs} output(s).").format(
                    size=sizes[-1], n_outputs=built.sizes[-1]))
            if sizes != built.sizes or self.network["activations"] != built.activation_names:
                raise self._refuse("network", translate(
                    "experiment_file", "has sizes {sizes} and activations {activations}, which do not fit the saved "
                    "data and settings ({network}).").format(sizes=sizes, activations=self.network['activations'],
                                                            network=built))
            for W, values in zip(built.weights, self.network["weights"], strict=True):
                W[:] = np.asarray(values, dtype=np.float64)
            for b, values in zip(built.biases, self.network["biases"], strict=True):
                b[:] = np.asarray(values, dtype=np.float64)
        if self.history:
            n_records = len(self.history.get("epoch") or [])
            # A column the file lacks (validation, in files from before it
            # existed) reads as NaN, so the other columns still come back.
            columns = [_column(self.history.get(c) or [None] * n_records) for c in trainer.history.COLUMNS]
            for row in zip(*columns):
                trainer.history.append(*row)
        trainer.history.events[:] = list(self.events)
        trainer.step_count, trainer.epoch = int(self.step), int(self.epoch)
        if self.optimizer_state:
            self._restore_optimizer(trainer.optimizer, self.optimizer_state)
        trainer.checkpoint()
        return experiment

    def _restore_optimizer(self, optimizer, state):
        # A state saved for another optimizer than the setup's is not this one's: start it fresh.
        if state["name"] != optimizer.name:
            return
        for key in ("velocity", "m", "v"):
            if key in state and hasattr(optimizer, key):
                target = getattr(optimizer, key)
                if len(state[key]) != target.shape[0]:
                    raise self._refuse(f"training.optimizer_state.{key}", translate(
                        "experiment_file", "has {found} number(s); the network has {count} weights and biases.")
                        .format(found=count(len(state[key])), count=count(target.shape[0])))
                target[:] = np.asarray(state[key], dtype=float)
        if "t" in state and hasattr(optimizer, "t"):
            optimizer.t = int(state["t"])

    def build(self):
        """A ready Experiment with everything restored; raises ExperimentFileError only."""
        try:
            experiment = Experiment(self.setup, dataset=self.dataset)
        except (_data.DataError, ValueError) as e:
            raise ExperimentFileError(translate(
                "experiment_file", "'{name}' cannot be opened: its settings do not fit its data: {reason} "
                "Save the experiment again, or fix the settings in the file.").format(name=self.name, reason=e)) from None
        return self.restore_into(experiment)


def _column(values):
    return np.asarray([math.nan if v is None else v for v in values], dtype=float)


def _finite_or_none(values):
    # What the file can hold and read back: NaN, infinities and absurd sizes become "no value".
    return [float(v) if math.isfinite(v) and abs(v) <= MAX_ABS_RECORD else None for v in values]


def _optimizer_state(optimizer):
    state = {"name": optimizer.name}
    for key in ("velocity", "m", "v"):
        if hasattr(optimizer, key):
            state[key] = getattr(optimizer, key).tolist()
    if hasattr(optimizer, "t"):
        state["t"] = optimizer.t
    return state


def to_document(experiment, lesson=None, include_training=True):
    """The JSON-able document for ``experiment``."""
    trainer = experiment.trainer
    dataset = experiment.dataset
    document = {
        "format": FORMAT,
        "version": VERSION,
        "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "setup": experiment.setup.to_dict(),
        "data": {"source": dict(dataset.source)},
        "lesson": lesson,
    }
    if dataset.source.get("kind") == "csv":
        document["data"]["csv_text"] = dataset.csv_text
        document["data"]["source"]["name"] = dataset.name
    if include_training:
        history = trainer.history
        document["network"] = trainer.network.to_dict()
        document["training"] = {
            "step": trainer.step_count,
            "epoch": trainer.epoch,
            "history": {c: _finite_or_none(history.column(c)) for c in history.COLUMNS},
            "events": [event.to_dict() for event in history.events],
            "optimizer_state": _optimizer_state(trainer.optimizer),
        }
    return document


def save(path, experiment, lesson=None, include_training=True):
    """Write ``experiment`` to ``path`` atomically.

    Raises
    ------
    ExperimentFileError
        If the weights are beyond what a file may hold (they could not be read back).
    safe_files.FileWriteError
        An OSError naming ``path`` and saying what to do.
    """
    params = experiment.trainer.network.params
    if include_training and not (np.all(np.isfinite(params)) and np.max(np.abs(params), initial=0) <= MAX_ABS_PARAMETER):
        raise ExperimentFileError(translate(
            "experiment_file", "The weights are not finite or beyond {limit}, so a file could not "
            "be opened again. Press Reset, or go back to a bookmark, then save.").format(limit=f"{MAX_ABS_PARAMETER:g}"))
    try:
        check_lesson(lesson)
    except Refusal as refusal:
        raise ExperimentFileError(translate("experiment_file", "The lesson cannot be saved: {where} {sentence}").format(
            where=refusal.where, sentence=refusal.sentence)) from None
    document = to_document(experiment, lesson=lesson, include_training=include_training)
    write_document(path, document)


def write_document(path, document):
    """Write a document as JSON, atomically, keeping the old file's permissions."""
    safe_files.write_atomically(path, json.dumps(document, indent=1, allow_nan=False))


def _read_message(error, path):
    name = os.path.basename(path)
    reason = error.reason
    if reason == "missing":
        return translate("experiment_file", "File not found: '{path}'. Check the name and the folder.").format(path=path)
    if reason == "folder":
        return translate("experiment_file", "'{name}' is a folder, not an experiment file. Choose a .json file.").format(
            name=name)
    if reason == "not_regular":
        return translate(
            "experiment_file", "'{name}' is {what}, not a regular file, so it is not opened. Choose a saved .json file.")\
            .format(name=name, what=error.what)
    if reason == "too_big":
        return translate(
            "experiment_file", "'{name}' is {size} MB; an experiment file may be at most {limit} MB. "
            "It is probably not an experiment file.").format(
            name=name, size=f"{error.size / 2**20:,.0f}", limit=f"{MAX_FILE_BYTES // 2**20:,}")
    if reason == "no_permission":
        return translate(
            "experiment_file", "Cannot read '{name}': permission denied. Check that you may read it, or copy it "
            "somewhere you can.").format(name=name)
    if reason == "invalid_path":
        return translate("experiment_file", "Cannot read '{path}': that is not a valid file path.").format(path=path)
    return translate("experiment_file", "Cannot read '{name}': {reason}. Check that you may read it.").format(
        name=name, reason=error.detail)


def load(path):
    """Read and check an experiment file.

    Returns
    -------
    SavedExperiment
        Checked and with its data set loaded; ``build()`` makes the Experiment.

    Raises
    ------
    ExperimentFileError
        For anything wrong (its data included), with what to do.
    """
    path = os.fspath(path)
    try:
        raw = safe_files.read_limited(path, MAX_FILE_BYTES)
    except safe_files.FileReadError as e:
        raise ExperimentFileError(_read_message(e, path)) from None
    name = os.path.basename(path)
    document = parse_document(raw, name)
    result = from_document(document, name)
    result.path = path
    return result


def parse_document(raw, name="the file"):
    """The JSON value in ``raw`` (bytes), or ExperimentFileError."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExperimentFileError(translate("experiment_file", "'{name}' is not a Loss Explorer experiment: it is not text.")
                                  .format(name=name)) from None
    if not text.strip():
        raise ExperimentFileError(translate(
            "experiment_file", "'{name}' is empty. It may have been cut short while copying; use another copy.").format(
            name=name))
    try:
        document = json.loads(text)
    except json.JSONDecodeError as e:
        ended_early = e.pos >= len(text.rstrip()) - 1
        if ended_early:
            message = translate("experiment_file", "'{name}' ends too early (it was cut short), so it cannot be opened. "
                                "Use another copy, or save the experiment again.")
        else:
            message = translate("experiment_file", "'{name}' is damaged at line {line}, column {column}, so it cannot be "
                                "opened. Use another copy, or save the experiment again.")
        raise ExperimentFileError(message.format(name=name, line=e.lineno, column=e.colno)) from None
    except RecursionError:
        raise ExperimentFileError(translate("experiment_file", "'{name}' is nested too deeply to be an experiment file.")
                                  .format(name=name)) from None
    except ValueError:
        # Python refuses integers of thousands of digits this way.
        raise ExperimentFileError(translate(
            "experiment_file", "'{name}' holds a number too long to read, so it cannot be opened. {hint}").format(
            name=name, hint=_edited())) from None
    return document


def from_document(document, name="the file"):
    """Check a parsed document and load its data; raises ExperimentFileError only."""
    checked = check_document(document, name)
    try:
        dataset = _data.from_source(checked.source, csv_text=checked.csv_text)
    except _data.DataError as e:
        raise ExperimentFileError(translate("experiment_file", "'{name}' cannot be opened: its data cannot be used. {reason}")
                                  .format(name=name, reason=e)) from None
    values = dict(checked.setup)
    values["data"] = dict(dataset.source)
    setup = Setup.from_dict(values)
    try:
        setup.check()
    except ValueError as e:
        raise ExperimentFileError(translate("experiment_schema", "'{name}' cannot be opened: {where} {sentence} {hint}")
                                  .format(name=name, where="setup:", sentence=e, hint=_edited())) from None
    training = checked.training
    return SavedExperiment(
        setup=setup, dataset=dataset, network=checked.network, history=training["history"],
        events=training["events"], step=training["step"], epoch=training["epoch"],
        optimizer_state=training["optimizer_state"], lesson=checked.lesson, name=name)
