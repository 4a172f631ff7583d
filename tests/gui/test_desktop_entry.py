"""`--install-desktop` puts the app in the user's applications menu; `--uninstall-desktop` takes it out."""

import configparser
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from gui import desktop_entry

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop.org menus are Linux's")


def run_main(*args, data_home):
    env = dict(os.environ, XDG_DATA_HOME=str(data_home), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          env=env, cwd=str(data_home.parent), timeout=60)


def read_desktop_file(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path):
    header = Path(path).read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


def test_install_then_uninstall_in_xdg_data_home(tmp_path):
    data_home = tmp_path / "share"
    installed = run_main("--install-desktop", data_home=data_home)
    assert installed.returncode == 0, installed.stderr
    assert "applications menu" in installed.stdout

    entry = read_desktop_file(data_home / "applications" / "loss-explorer.desktop")
    assert entry["Name"] == "Loss Explorer" and entry["Type"] == "Application"
    assert entry["Icon"] == "loss-explorer"
    # It starts this checkout's main.py with this Python, whatever folder the menu runs it from.
    assert entry["Exec"] == f"{sys.executable} {ROOT / 'main.py'} %f"
    assert png_size(data_home / "icons" / "hicolor" / "256x256" / "apps" / "loss-explorer.png") == (256, 256)
    assert png_size(data_home / "icons" / "hicolor" / "48x48" / "apps" / "loss-explorer.png") == (48, 48)

    removed = run_main("--uninstall-desktop", data_home=data_home)
    assert removed.returncode == 0, removed.stderr
    left = [p for p in data_home.rglob("*") if p.is_file() and p.name != "mimeinfo.cache"]
    assert left == []

    again = run_main("--uninstall-desktop", data_home=data_home)
    assert again.returncode == 0 and "nothing to remove" in again.stdout


def test_a_path_with_spaces_is_quoted_for_the_menu(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    command = ["/opt/Loss Explorer/LossExplorer"]
    assert desktop_entry.install(command) == 0
    entry = read_desktop_file(tmp_path / "applications" / "loss-explorer.desktop")
    assert entry["Exec"] == '"/opt/Loss Explorer/LossExplorer" %f'
    assert desktop_entry.uninstall() == 0
    assert not (tmp_path / "applications" / "loss-explorer.desktop").exists()


def test_an_unwritable_data_home_is_reported(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert desktop_entry.install(["/opt/LossExplorer/LossExplorer"]) == 1
    assert "error: could not write" in capsys.readouterr().err
