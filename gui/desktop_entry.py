"""``--install-desktop`` / ``--uninstall-desktop``: the app in the current user's applications menu.

Linux desktops (freedesktop.org) find applications in
``$XDG_DATA_HOME/applications`` and icons in ``$XDG_DATA_HOME/icons/hicolor``
(``~/.local/share`` when XDG_DATA_HOME is unset). The entry starts the command
that is running now: the packaged ``LossExplorer``, the installed
``loss-explorer`` or ``python main.py``. No Qt is needed for either.
"""

import os
import shutil
import subprocess
import sys

import resources

DESKTOP_FILE = "loss-explorer.desktop"
ICON_NAME = "loss-explorer"
# (size folder, file under resources/icons)
ICONS = (("256x256", "loss-explorer.png"), ("48x48", "loss-explorer-48.png"))


def data_home():
    return os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")


def installed_paths():
    """Every file ``install`` writes, the desktop file first."""
    home = data_home()
    paths = [os.path.join(home, "applications", DESKTOP_FILE)]
    paths += [os.path.join(home, "icons", "hicolor", size, "apps", ICON_NAME + ".png") for size, _ in ICONS]
    return paths


def this_command(argv0=None):
    """The words that start the app the way it was started now, as absolute paths."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    argv0 = sys.argv[0] if argv0 is None else argv0
    if argv0.endswith(".py"):
        return [sys.executable, os.path.abspath(argv0)]
    return [os.path.abspath(argv0) if os.path.exists(argv0) else (shutil.which(argv0) or argv0)]


def _exec_word(word):
    """One word of an Exec= line, quoted as the Desktop Entry spec asks when it has to be."""
    if not any(c in word for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return word
    for c in '\\"`$':
        word = word.replace(c, "\\" + c)
    # The whole value is a desktop-file string, which escapes backslashes once more.
    return '"' + word.replace("\\", "\\\\") + '"'


def desktop_file_text(command):
    template_path = resources.path(DESKTOP_FILE)
    with open(template_path, encoding="utf-8") as template:
        lines = template.read().splitlines()
    exec_line = "Exec=" + " ".join(_exec_word(word) for word in command) + " %f"
    return "\n".join(exec_line if line.startswith("Exec=") else line for line in lines) + "\n"


def _refresh_menus(home):
    # Best effort: menus also notice the new file on their own, the MIME cache only with this.
    tool = shutil.which("update-desktop-database")
    if tool:
        try:
            subprocess.run([tool, "-q", os.path.join(home, "applications")], timeout=30, check=False)
        except (OSError, subprocess.SubprocessError):
            pass


def install(command=None):
    """Write the desktop file and the icons; returns the exit code."""
    if not sys.platform.startswith("linux"):
        print("error: --install-desktop is for Linux desktops; on Windows and macOS copy the app where "
              "you keep applications and pin it there.", file=sys.stderr)
        return 2
    command = command or this_command()
    desktop_path, *icon_paths = installed_paths()
    try:
        for (_, source), target in zip(ICONS, icon_paths):
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(resources.path("icons", source), target)
        os.makedirs(os.path.dirname(desktop_path), exist_ok=True)
        with open(desktop_path, "w", encoding="utf-8") as out:
            out.write(desktop_file_text(command))
    except OSError as e:
        print(f"error: could not write {e.filename}: {e.strerror}. Check that the folder is yours and "
              f"writable, or set XDG_DATA_HOME to one that is.", file=sys.stderr)
        return 1
    _refresh_menus(data_home())
    print(f"Loss Explorer is in your applications menu: {desktop_path} starts {' '.join(command)}.")
    print("Run it again with --uninstall-desktop to take it out.")
    return 0


def uninstall():
    """Remove what ``install`` wrote; returns the exit code."""
    removed, failed = [], []
    for path in installed_paths():
        try:
            os.remove(path)
            removed.append(path)
        except FileNotFoundError:
            pass
        except OSError as e:
            failed.append(f"{path} ({e.strerror})")
    if failed:
        print(f"error: could not remove {', '.join(failed)}.", file=sys.stderr)
        return 1
    if removed:
        _refresh_menus(data_home())
        print(f"Loss Explorer is out of your applications menu: removed {', '.join(removed)}.")
    else:
        print(f"Loss Explorer was not in your applications menu (no {installed_paths()[0]}); nothing to remove.")
    return 0
