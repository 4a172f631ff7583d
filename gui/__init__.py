import os

# One BLAS thread for the window and its training thread, before anything in
# gui imports numpy (why: see main.py). Here too for code that imports gui
# without main.py: tests, benchmarks, a widget's preview.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from engine.allocator import keep_freed_memory  # noqa: E402

keep_freed_memory()
