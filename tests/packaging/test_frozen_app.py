"""Build the packaged app from this checkout with PyInstaller; run its self-test, menu entry and train command."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .test_build_release import build_release

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
    size_mb = build_release.folder_size(dist / "LossExplorer") / 2**20
    assert size_mb <= 170, f"the app folder is {size_mb:.0f} MB"
    assert (dist / "LossExplorer" / "_internal" / "resources" / "lessons").is_dir()

    # The release script's check, which decides whether an archive gets written.
    ok, line = build_release.self_test(dist / "LossExplorer")
    assert ok, line

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))

    if sys.platform.startswith("linux"):
        # The packaged app puts itself in the applications menu, and takes itself out.
        env["XDG_DATA_HOME"] = str(tmp_path / "share")
        desktop_file = tmp_path / "share" / "applications" / "loss-explorer.desktop"
        installed = subprocess.run([str(exe), "--install-desktop"], capture_output=True, text=True, timeout=60, env=env)
        assert installed.returncode == 0, installed.stdout + installed.stderr
        assert f"Exec={exe} %f" in desktop_file.read_text(encoding="utf-8").splitlines()
        assert (tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "loss-explorer.png").is_file()
        removed = subprocess.run([str(exe), "--uninstall-desktop"], capture_output=True, text=True, timeout=60, env=env)
        assert removed.returncode == 0 and not desktop_file.exists(), removed.stdout + removed.stderr

    train = subprocess.run([str(exe), "train", "circle", "--epochs", "5", "--json"], capture_output=True, text=True,
                           timeout=120, env=env, cwd=str(tmp_path))
    assert train.returncode == 0 and '"epochs": 5' in train.stdout, train.stderr[-2000:]
