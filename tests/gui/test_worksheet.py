"""Worksheets for paper: pages, paper sizes, and an answer key that holds the walkthrough's numbers."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from engine import experiment_file, walkthrough
from engine.exercise import from_experiment, hand_number
from engine.experiment import Experiment, Setup
from gui.worksheet import render

ROOT = Path(__file__).resolve().parents[2]
LESSON = ROOT / "resources" / "lessons" / "01-what-is-loss.json"


def pdf_pages(path):
    # Qt writes each page as its own object: "/Type /Page" (not "/Pages").
    return len(re.findall(rb"/Type\s*/Page(?!s)", Path(path).read_bytes()))


def pdf_text(path, first, last):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(["pdftotext", "-layout", "-f", str(first), "-l", str(last), str(path), "-"],
                            capture_output=True, text=True, check=True)
    return result.stdout


@pytest.fixture
def exercise():
    experiment = experiment_file.load(str(LESSON)).build()
    return from_experiment(experiment, seed=3)


def test_sheet_and_key_pages_and_the_keys_numbers_are_the_walkthroughs(qapp, tmp_path, exercise):
    path = tmp_path / "sheet.pdf"
    rendered = render(str(path), exercise, paper="a4", sheet=3)
    assert rendered.pages == pdf_pages(path) == rendered.worksheet_pages + rendered.key_pages
    assert rendered.worksheet_pages >= 1 and rendered.key_pages >= 1

    walk = walkthrough.walk(exercise.network, exercise.x, exercise.y, exercise.loss, exercise.learning_rate)
    key = {key: (printed, value) for key, _, printed, value in rendered.key}
    assert key["loss"] == (hand_number(walk.loss), walk.loss)
    assert key["z:1:0"][1] == walk.z[0][0] and key["a:2:1"][1] == walk.a[2][1]
    k, i, j = exercise.edge
    assert key[f"new:{k}:{i}:{j}"][1] == walk.new_weights[k][i, j]

    sheet = pdf_text(path, 1, rendered.worksheet_pages)
    answers = pdf_text(path, rendered.worksheet_pages + 1, rendered.pages)
    assert "Answer key" in answers and "Answer key" not in sheet
    assert "__________" in sheet and "__________" not in answers
    flat = " ".join(answers.split())
    for _, label, printed, _ in rendered.key:
        assert f"= {printed}" in flat, label
    assert "Sheet 3" in sheet and "Sheet 3" in answers


@pytest.mark.parametrize("paper,size", [("a4", (595, 842)), ("letter", (612, 792))])
def test_the_sheet_fits_the_paper(qapp, tmp_path, exercise, paper, size):
    path = tmp_path / f"{paper}.pdf"
    render(str(path), exercise, paper=paper)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", path.read_bytes())
    assert boxes and all((round(float(w)), round(float(h))) == size for w, h in boxes)


def test_a_bigger_network_continues_on_more_pages(qapp, tmp_path):
    setup = Setup(data={"kind": "builtin", "name": "blobs", "n_samples": 40, "noise": 0.0, "seed": 0},
                  hidden_sizes=[8, 8], hidden_activations=["tanh", "relu"])
    exercise = from_experiment(Experiment(setup), sample=1)
    path = tmp_path / "big.pdf"
    rendered = render(str(path), exercise, paper="letter")
    assert rendered.worksheet_pages >= 2 and rendered.pages == pdf_pages(path)
    assert len(rendered.key) == len(exercise.blanks)


def test_command_line_writes_a_sheet_per_seed(tmp_path):
    out = tmp_path / "sheet.pdf"
    env = {k: v for k, v in os.environ.items()}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "worksheet", str(LESSON), "--seed", "5",
                             "--steps", "forward,loss", "--paper", "letter", "--out", str(out)],
                            capture_output=True, text=True, cwd=str(ROOT), env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Wrote" in result.stderr and pdf_pages(out) >= 2
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "worksheet", str(LESSON), "--steps", "sideways"],
                         capture_output=True, text=True, cwd=str(ROOT), env=env, timeout=120)
    assert bad.returncode == 2 and bad.stderr.startswith("error: Steps are")
