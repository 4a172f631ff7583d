"""Freed memory kept for the next array instead of handed back to the system (Linux, glibc).

numpy allocates new arrays for each layer of a forward pass, each
evaluation and each picture. glibc serves arrays over 128 KB from fresh
pages, or from heap it trims back to the system as soon as they are freed,
so every such array page-faults anew; on a small virtual machine that was
most of the time of a forward pass (the heat map's grid at 8 hidden layers
of 16: 8.8 ms, and 3.7 ms with the limits below). Arrays up to
``MMAP_THRESHOLD`` then come from the heap, and up to ``TRIM_THRESHOLD`` of
freed heap is kept for reuse. Elsewhere (Windows, macOS, musl) nothing changes.
"""

import ctypes
import sys

M_TRIM_THRESHOLD = -1   # glibc's mallopt parameters
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 2**20
TRIM_THRESHOLD = 256 * 2**20


def keep_freed_memory():
    """Raise glibc's thresholds (see the module); True if they were set."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
