"""packaging/build_release.py: the archive's name and layout (the build itself is tested in test_frozen_app)."""

import importlib.util
import os
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Loaded from its path: "packaging" is also the name of a PyPI library.
_spec = importlib.util.spec_from_file_location("build_release", ROOT / "packaging" / "build_release.py")
build_release = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_release)


def test_the_version_is_pyprojects():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{build_release.version()}"' in text
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", build_release.version())


def test_the_archive_holds_one_folder_and_keeps_symlinks(tmp_path):
    folder = tmp_path / "LossExplorer"
    (folder / "_internal").mkdir(parents=True)
    (folder / "LossExplorer").write_bytes(b"\x7fELF" + b"\0" * 1000)
    (folder / "_internal" / "libQt6Core.so.6").write_bytes(b"\0" * 5000)
    if sys.platform != "win32":
        os.symlink("_internal/libQt6Core.so.6", folder / "libQt6Core.so.6")
    assert build_release.folder_size(folder) == 1004 + 5000  # the link's target counts once

    archive = build_release.write_archive(folder, tmp_path / "out.tar.gz")
    with tarfile.open(archive) as opened:
        members = {m.name: m for m in opened.getmembers()}
    assert {name.split("/")[0] for name in members} == {"LossExplorer"}
    assert members["LossExplorer/LossExplorer"].size == 1004
    if sys.platform != "win32":
        assert members["LossExplorer/libQt6Core.so.6"].issym()
