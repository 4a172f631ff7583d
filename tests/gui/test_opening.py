"""Reading an experiment or lesson file: a refused or broken file is said, and nothing changes."""

import json

from PySide6.QtWidgets import QMessageBox

from gui.messages import plain
from gui.opening import read_experiment_file


def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    return shown


def test_a_good_file_is_read_and_built(tmp_path, session, monkeypatch):
    from engine import experiment_file
    path = str(tmp_path / "good.json")
    experiment_file.save(path, session.experiment)
    shown = warnings_shown(monkeypatch)
    saved, experiment, page = read_experiment_file(None, path, "Could not open", "unexpected",
                                                   prepare=lambda saved: "page")
    assert experiment.setup.data == session.setup.data and page == "page" and shown == []


def test_a_refused_file_shows_the_checks_message(tmp_path, monkeypatch):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    shown = warnings_shown(monkeypatch)
    assert read_experiment_file(None, str(path), "Could not open this lesson", "unexpected") is None
    [(title, text)] = shown
    assert title == "Could not open this lesson"
    assert text == plain("'bad.json' is not a Loss Explorer experiment (it is JSON, but of another kind). "
                         "Open a file saved with File → Save.\n\nYour current work is unchanged.")


def test_a_bug_while_reading_shows_the_plain_message(tmp_path, session, monkeypatch):
    from engine import experiment_file
    path = str(tmp_path / "good.json")
    experiment_file.save(path, session.experiment)
    shown = warnings_shown(monkeypatch)

    def broken(saved):
        raise KeyError("title")

    assert read_experiment_file(None, path, "Could not open this experiment",
                                "It could not be opened because of an unexpected error.", prepare=broken) is None
    assert shown == [("Could not open this experiment",
                      plain("It could not be opened because of an unexpected error.\n\nYour current work is unchanged."))]
