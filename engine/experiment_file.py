"""Experiment files: one JSON document with everything needed to pick up again.

It holds the setup, the data (a built-in set's recipe, or a CSV file's text
so a file shared with another machine still works), the network and its
weights, the optimizer's state, the loss history and any lesson text. Lessons
are experiment files too, usually without weights or history.

Writes are atomic: the file is written beside the target under a temporary
name and renamed into place, so a crash mid-save leaves the old file intact.
"""

import json
import math
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from . import data as _data
from .events import Event
from .experiment import Experiment, Setup
from .network import Network

FORMAT = "loss-explorer-experiment"
VERSION = 1
EXTENSION = ".json"


class ExperimentFileError(ValueError):
    """An experiment file could not be read or written; the message says why and what to do."""


@dataclass
class SavedExperiment:
    """What an experiment file holds, read back."""

    setup: Setup
    dataset: object
    network: dict = None          # Network.to_dict(), or None to start from the seed
    history: dict = None          # column -> list of floats
    events: list = field(default_factory=list)   # Events
    step: int = 0
    epoch: int = 0
    optimizer_state: dict = None
    lesson: dict = None           # {"title": ..., "text": ...}
    path: str = None

    def restore_into(self, experiment):
        """Put the saved weights, history and counters into a freshly built experiment."""
        trainer = experiment.trainer
        if self.network is not None:
            saved = Network.from_dict(self.network)
            if saved.sizes != trainer.network.sizes:
                raise ExperimentFileError(
                    f"The saved network {saved} does not fit the saved data and settings "
                    f"({trainer.network}). The file was edited by hand or is damaged.")
            trainer.network.params[:] = saved.params
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
            _restore_optimizer(trainer.optimizer, self.optimizer_state)
        trainer.checkpoint()
        return experiment

    def build(self):
        """A ready Experiment with everything restored."""
        return self.restore_into(Experiment(self.setup, dataset=self.dataset))


def _column(values):
    return np.asarray([math.nan if v is None else v for v in values], dtype=float)


def _finite_or_none(values):
    return [None if not math.isfinite(v) else float(v) for v in values]


def _optimizer_state(optimizer):
    state = {"name": optimizer.name}
    for key in ("velocity", "m", "v"):
        if hasattr(optimizer, key):
            state[key] = getattr(optimizer, key).tolist()
    if hasattr(optimizer, "t"):
        state["t"] = optimizer.t
    return state


def _restore_optimizer(optimizer, state):
    if state.get("name") != optimizer.name:
        return
    for key in ("velocity", "m", "v"):
        if key in state and hasattr(optimizer, key):
            values = np.asarray(state[key], dtype=float)
            if values.shape == getattr(optimizer, key).shape:
                getattr(optimizer, key)[:] = values
    if "t" in state and hasattr(optimizer, "t"):
        optimizer.t = int(state["t"])


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
    """Write ``experiment`` to ``path`` atomically."""
    document = to_document(experiment, lesson=lesson, include_training=include_training)
    write_document(path, document)


def write_document(path, document):
    text = json.dumps(document, indent=1, allow_nan=False)
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=".loss-explorer-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def load(path):
    """Read an experiment file; raises ExperimentFileError (or DataError for its data)."""
    name = os.path.basename(path)
    if os.path.isdir(path):
        raise ExperimentFileError(f"'{name}' is a folder, not an experiment file. Choose a .json file.")
    try:
        with open(path, "rb") as stream:
            raw = stream.read()
    except FileNotFoundError:
        raise ExperimentFileError(f"File not found: '{path}'. Check the name and the folder.") from None
    except OSError as e:
        raise ExperimentFileError(f"Cannot read '{name}': {e.strerror or e}. Check that you may read it.") from None
    document = parse_document(raw, name)
    result = from_document(document, name)
    result.path = path
    return result


def parse_document(raw, name="the file"):
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExperimentFileError(f"'{name}' is not a Loss Explorer experiment: it is not text.") from None
    if not text.strip():
        raise ExperimentFileError(f"'{name}' is empty. It may have been cut short while copying; use another copy.")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as e:
        ended_early = e.pos >= len(text.rstrip()) - 1
        what = "ends too early (it was cut short)" if ended_early else f"is damaged at line {e.lineno}, column {e.colno}"
        raise ExperimentFileError(f"'{name}' {what}, so it cannot be opened. Use another copy, "
                                  f"or save the experiment again.") from None
    except RecursionError:
        raise ExperimentFileError(f"'{name}' is nested too deeply to be an experiment file.") from None
    return document


def from_document(document, name="the file"):
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExperimentFileError(f"'{name}' is not a Loss Explorer experiment (it is JSON, but of another kind). "
                                  f"Open a file saved with File → Save.")
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise ExperimentFileError(f"'{name}' has no valid format version, so it cannot be read safely.")
    if version > VERSION:
        raise ExperimentFileError(f"'{name}' was saved by a newer Loss Explorer (format version {version}); this one "
                                  f"reads up to version {VERSION}. Update Loss Explorer to open it.")
    try:
        setup = Setup.from_dict(document["setup"])
        data = document.get("data") or {}
        source = data.get("source") or setup.data
        dataset = _data.from_source(source, csv_text=data.get("csv_text"))
        setup.data = dict(dataset.source)
        training = document.get("training") or {}
        saved = SavedExperiment(
            setup=setup, dataset=dataset, network=document.get("network"),
            history=training.get("history"),
            events=[Event.from_saved(item) for item in training.get("events") or []],
            step=int(training.get("step", 0)), epoch=int(training.get("epoch", 0)),
            optimizer_state=training.get("optimizer_state"), lesson=document.get("lesson"))
        setup.check()
        if saved.network is not None:
            Network.from_dict(saved.network)  # shapes and activations must make sense
    except _data.DataError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        detail = f"'{e.args[0]}' is missing" if isinstance(e, KeyError) else str(e)
        raise ExperimentFileError(f"'{name}' is an experiment file, but a part of it is wrong: {detail}. "
                                  f"It may have been edited by hand; save the experiment again.") from None
    return saved
