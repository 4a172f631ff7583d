"""The app and its training thread use one BLAS thread (faster on 2-core machines; see main.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def run(code, **env):
    clean = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    clean.update(env)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True, check=True)
    return out.stdout.split()


@pytest.mark.parametrize("entry", ["main", "gui"])
def test_importing_the_entry_pins_blas_before_numpy_loads(entry):
    assert run(f"import {entry}, os; print(*(os.environ[v] for v in {VARIABLES!r}))") == ["1", "1", "1"]


def test_a_thread_count_set_on_purpose_is_kept():
    assert run("import main, os; print(os.environ['OPENBLAS_NUM_THREADS'])", OPENBLAS_NUM_THREADS="2") == ["2"]


def test_numpy_really_runs_blas_on_one_thread():
    pytest.importorskip("threadpoolctl")
    code = ("import main, numpy, threadpoolctl; "
            "print(*{i['num_threads'] for i in threadpoolctl.threadpool_info() if i['user_api'] == 'blas'})")
    assert run(code) == ["1"]
