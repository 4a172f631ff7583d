"""Find files under resources/, from a source checkout or a packaged app.

PyInstaller unpacks bundled data under ``sys._MEIPASS``; everywhere else (a
checkout, or site-packages after ``pip install``, where pyproject.toml's
package data puts them) the files sit beside this module. Every resource is
looked up through ``path``.
"""

import os
import sys


def root():
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return os.path.join(bundle, "resources")
    return os.path.dirname(os.path.abspath(__file__))


def path(*parts):
    """Absolute path of a resource, e.g. ``path("lessons", "what-is-loss.json")``."""
    return os.path.join(root(), *parts)


def listdir(*parts):
    folder = path(*parts)
    return sorted(os.listdir(folder)) if os.path.isdir(folder) else []
