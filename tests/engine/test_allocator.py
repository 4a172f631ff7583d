"""glibc keeps freed arrays' memory for reuse (see engine/allocator.py)."""

import platform
import sys

import pytest

from engine.allocator import keep_freed_memory


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_the_thresholds_are_set_on_glibc():
    assert keep_freed_memory() is True


@pytest.mark.skipif(sys.platform.startswith("linux"), reason="elsewhere nothing changes")
def test_elsewhere_nothing_changes():
    assert keep_freed_memory() is False
