"""Loss Explorer: `python main.py` opens the window; `train`, `export` and `worksheet` work without one."""

import os

# One BLAS thread, set before numpy is first imported (BLAS reads it once, when
# numpy loads it). The matrices here are small (tens of units, hundreds to
# thousands of rows): on the 2-core machines classrooms have, OpenBLAS's own
# threads only fight the training thread and the GUI thread for the cores.
# Measured: one thread 3-5x faster at these sizes (50,000 points: 4.6-9.3 ms
# an epoch instead of 24; the heatmap grid at 8 layers of 16: 13 ms instead of
# 56-68). setdefault: whoever sets them on purpose keeps their choice.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import sys  # noqa: E402

from engine.allocator import keep_freed_memory  # noqa: E402

keep_freed_memory()

if __name__ == "__main__":
    # The packaged app started again as a training process: no window, no Qt
    # (gui.training_process imports neither).
    from gui import training_process
    if sys.argv[1:] == [training_process.PROCESS_ARGUMENT]:
        sys.exit(training_process.serve())
    # Importing the window only here keeps the training process from loading Qt.
    from gui.app import main
    sys.exit(main(sys.argv[1:]))
