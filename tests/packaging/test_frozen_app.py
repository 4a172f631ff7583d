"""Build the packaged app from this checkout with PyInstaller and run its self-test."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_frozen_app_builds_and_passes_its_self_test(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "LossExplorer.spec"), "--noconfirm",
         "--distpath", str(dist), "--workpath", str(work)],
        capture_output=True, text=True, cwd=str(ROOT), timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    exe = dist / "LossExplorer" / ("LossExplorer.exe" if os.name == "nt" else "LossExplorer")
    assert exe.exists()
    # Symlinks (the .so.6 -> .so.6.11 kind) would count their targets twice.
    size_mb = sum(f.lstat().st_size for f in (dist / "LossExplorer").rglob("*") if f.is_file() and not f.is_symlink()) / 2**20
    assert size_mb <= 170, f"the app folder is {size_mb:.0f} MB"
    assert (dist / "LossExplorer" / "_internal" / "resources" / "lessons").is_dir()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    run = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, timeout=120, env=env)
    lines = [line for line in run.stdout.splitlines() if line.startswith("self-test")]
    assert run.returncode == 0, run.stdout + run.stderr[-3000:]
    assert len(lines) == 1 and lines[0].startswith("self-test ok:"), run.stdout
