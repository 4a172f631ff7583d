"""`pip install .`: the wheel declares the right dependencies and gives a working `loss-explorer`."""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def requirement_lines(path):
    """The requirements in a requirements file, without comments and `-r` includes."""
    lines = [line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("-")]


def normalized(requirement):
    """``"numpy >=1.26, <3"`` and ``"numpy<3,>=1.26"`` read the same."""
    requirement = requirement.replace(" ", "")
    name_end = next((i for i, c in enumerate(requirement) if c in "<>=!~;["), len(requirement))
    name, specifiers = requirement[:name_end], requirement[name_end:]
    return name.lower().replace("_", "-"), tuple(sorted(specifiers.split(","))) if specifiers else ()


def test_the_dev_extra_is_requirements_dev_txt():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dev_file = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8")
    assert "-r requirements.txt" in dev_file, "requirements-dev.txt should include the runtime pins"
    assert sorted(map(normalized, project["optional-dependencies"]["dev"])) == \
        sorted(map(normalized, requirement_lines(ROOT / "requirements-dev.txt")))
    # The runtime pins are read from requirements.txt, so there is one list of them.
    assert "dependencies" in project["dynamic"] and "dependencies" not in project


def build_wheel(tmp_path):
    """Build from a copy, so the checkout gets no build/ or .egg-info folders."""
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "requirements.txt", "requirements-dev.txt", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for package in ("engine", "gui", "resources"):
        shutil.copytree(ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__"))
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-3000:]
    (wheel,) = wheels.glob("loss_explorer-*.whl")
    return wheel


def wheel_metadata(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        entry_points = archive.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    return names, metadata, entry_points


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_runs_from_an_empty_folder(tmp_path):
    wheel = build_wheel(tmp_path)
    names, metadata, entry_points = wheel_metadata(wheel)
    runtime = [line.split(":", 1)[1].strip() for line in metadata.splitlines()
               if line.startswith("Requires-Dist:") and "extra ==" not in line]
    assert sorted(map(normalized, runtime)) == sorted(map(normalized, requirement_lines(ROOT / "requirements.txt")))
    assert "loss-explorer = gui.app:main" in entry_points and "[gui_scripts]" in entry_points
    assert "resources/lessons/01-what-is-loss.json" in names and "resources/icons/loss-explorer.png" in names
    assert not any(n.startswith("resources/screenshots/") for n in names)
    # The compiled catalogs ship, so the installed app speaks German and Spanish; their sources do not.
    assert {"resources/translations/loss_explorer_de.qm", "resources/translations/loss_explorer_es.qm"} <= set(names)
    assert not any(n.endswith(".ts") for n in names)

    # A fresh venv, not one that sees the test's packages: pip fetches the
    # dependencies the wheel declares (from its cache after the first run, ~20 s).
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    install = subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
                             capture_output=True, text=True, timeout=900)
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-3000:]

    empty = tmp_path / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    command = str(bin_dir / "loss-explorer")

    where = subprocess.run([str(bin_dir / "python"), "-c", "import resources; print(resources.path())"],
                           capture_output=True, text=True, cwd=str(empty), env=env, timeout=60)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr
    languages = subprocess.run([str(bin_dir / "python"), "-c", "from gui import language; print(*language.LANGUAGES.values())"],
                               capture_output=True, text=True, cwd=str(empty), env=env, timeout=60)
    assert languages.stdout.split() == ["English", "Deutsch", "Español"], languages.stdout + languages.stderr

    test = subprocess.run([command, "--self-test"], capture_output=True, text=True, cwd=str(empty), env=env, timeout=180)
    lines = [line for line in test.stdout.splitlines() if line.startswith("self-test")]
    assert test.returncode == 0 and lines and lines[0].startswith("self-test ok:"), test.stdout + test.stderr[-3000:]

    train = subprocess.run([command, "train", "circle", "--epochs", "5", "--json"], capture_output=True, text=True,
                           cwd=str(empty), env=env, timeout=120)
    assert train.returncode == 0, train.stderr[-3000:]
    results = json.loads(train.stdout.strip().splitlines()[-1])
    assert results["epochs"] == 5 and results["network"].startswith("Network(2 ->")
    if sys.platform.startswith("linux"):
        menu = subprocess.run([command, "--install-desktop"], capture_output=True, text=True, cwd=str(empty),
                              env=env, timeout=60)
        assert menu.returncode == 0, menu.stdout + menu.stderr
        desktop_file = tmp_path / "data" / "applications" / "loss-explorer.desktop"
        assert f"Exec={command} %f" in desktop_file.read_text(encoding="utf-8").splitlines()
    assert list(empty.iterdir()) == [], "running the app left files in the current folder"
