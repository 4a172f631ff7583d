"""Reading a big CSV of numbers: engine.csv_reader against np.loadtxt, time and peak memory.

    python benchmarks/csv_reader.py [--rows 100000 1000000] [--columns 20] [--repeats 2] [--folder DIR]

Writes a table of ``--columns`` numeric columns (the last a 0/1 label) for
each row count, then reads it in fresh processes, alternating the two
readers so a busy moment of a shared machine lands on both. Time is the best
of ``--repeats``; peak memory is tracemalloc's peak during the read (numpy's
arrays included) in a separate run, and the growth of the process's maximum
resident size. Goals: within 1.5x of np.loadtxt's time, a peak of at most 3x
the file's size.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
GOAL_TIME_RATIO = 1.5
GOAL_MEMORY_RATIO = 3.0

READ = {
    "engine": "from engine.csv_reader import read_csv; data = read_csv(path); n = data.X.shape",
    "loadtxt": "import numpy as np; data = np.loadtxt(path, delimiter=',', skiprows=1); n = data.shape",
}

RUN = """
import os
for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(name, "1")
import json, resource, sys, time, tracemalloc
sys.path.insert(0, {root!r})
import numpy as np
import engine.csv_reader
from engine.allocator import keep_freed_memory
keep_freed_memory()  # as the app runs, for both readers
path = {path!r}
trace = {trace!r}
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if trace:
    tracemalloc.start()
start = time.perf_counter()
{read}
seconds = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if trace else 0
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024
print(json.dumps({{"seconds": seconds, "peak": peak, "rss_growth": grown, "shape": list(n)}}))
"""


def write_table(path, n_rows, n_columns, seed=0):
    rng = np.random.default_rng(seed)
    header = ",".join([f"x{i + 1}" for i in range(n_columns - 1)] + ["label"])
    with open(path, "w", encoding="utf-8") as file:
        file.write(header + "\n")
        for start in range(0, n_rows, 100_000):
            block = rng.normal(size=(min(100_000, n_rows - start), n_columns))
            block[:, -1] = block[:, 0] > 0
            np.savetxt(file, block, fmt=["%.6f"] * (n_columns - 1) + ["%d"], delimiter=",")


def run(reader, path, trace):
    code = RUN.format(root=ROOT, path=path, trace=trace, read=READ[reader])
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def mb(n_bytes):
    return f"{n_bytes / 2**20:,.0f} MB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--columns", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--folder", help="where the generated files go (kept); default a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.folder or temporary
        os.makedirs(folder, exist_ok=True)
        print(f"{'rows':>9} {'file':>8} | {'engine s':>8} {'loadtxt s':>9} {'ratio':>6} | "
              f"{'engine peak':>11} {'x file':>6} {'loadtxt peak':>12} {'x file':>6} | {'engine RSS+':>11}")
        for n_rows in args.rows:
            path = os.path.join(folder, f"numbers-{n_rows}x{args.columns}.csv")
            if not os.path.exists(path):
                write_table(path, n_rows, args.columns)
            size = os.path.getsize(path)
            times = {"engine": [], "loadtxt": []}
            rss = {"engine": [], "loadtxt": []}
            for _ in range(args.repeats):
                for reader in ("engine", "loadtxt"):
                    r = run(reader, path, trace=False)
                    times[reader].append(r["seconds"])
                    rss[reader].append(r["rss_growth"])
            peaks = {reader: run(reader, path, trace=True)["peak"] for reader in ("engine", "loadtxt")}
            ours, theirs = min(times["engine"]), min(times["loadtxt"])
            ratio = ours / theirs
            print(f"{n_rows:9,} {mb(size):>8} | {ours:8.2f} {theirs:9.2f} {ratio:5.2f}{' ' if ratio <= GOAL_TIME_RATIO else '*'} | "
                  f"{mb(peaks['engine']):>11} {peaks['engine'] / size:5.2f}{' ' if peaks['engine'] <= GOAL_MEMORY_RATIO * size else '*'} "
                  f"{mb(peaks['loadtxt']):>12} {peaks['loadtxt'] / size:6.2f} | {mb(min(rss['engine'])):>11}",
                  flush=True)
    print(f"* misses a goal: time within {GOAL_TIME_RATIO}x of np.loadtxt, peak at most {GOAL_MEMORY_RATIO:g}x the file")


if __name__ == "__main__":
    main()
