"""Packaged app only: a stand-in for PySide6.QtOpenGL, which the package leaves out.

pyqtgraph imports QtOpenGL when it loads, for its OpenGL drawing path, which
Loss Explorer never turns on (pyqtgraph's useOpenGL stays off). The binding
is 8.9 MB; this stand-in lets the import succeed, and says what happened if
anything ever reaches into it.
"""

import sys
import types


class _LeftOut(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(f"PySide6.QtOpenGL.{name}: the packaged Loss Explorer leaves out Qt's OpenGL "
                             f"bindings (it draws without OpenGL); run it from a checkout to use them.")


sys.modules.setdefault("PySide6.QtOpenGL", _LeftOut("PySide6.QtOpenGL"))
