"""Where the app writes its log: one place, for the startup code and every message that points to it."""

import os
import sys


def log_path():
    """Where the log goes: the user's state folder, or the temp folder."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Logs")
    else:
        base = os.environ.get("XDG_STATE_HOME") or os.path.expanduser("~/.local/state")
    folder = os.path.join(base, "loss-explorer")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        import tempfile
        folder = tempfile.gettempdir()
    return os.path.join(folder, "loss-explorer.log")
