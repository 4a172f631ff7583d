"""Guards on the Qt stack itself."""

import sys

import PySide6
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_from_python_does_not_leak_references_to_true():
    # PySide6 6.12.0 on Python 3.11 leaked one reference to True per emit and
    # aborted with "Fatal Python error: bool_dealloc" after a few hundred.
    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(10_000):
        emitter.fired.emit(i)
    after = sys.getrefcount(True)
    assert len(received) == 10_000
    assert abs(after - before) < 100, f"references to True went from {before} to {after}"


def test_pyside_is_below_the_broken_release():
    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), f"PySide6 {PySide6.__version__}: 6.12.0 aborts on Python 3.11; see requirements.txt"
