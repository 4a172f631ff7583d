"""Open many damaged experiment files and count what happens.

    python benchmarks/hostile_files.py [--cases 1044] [--seed 0] [--window]

Each case is a valid document (trained or not, any optimizer, built-in or
CSV data, with or without a lesson) damaged one to three times: a field
dropped, given another type, a list grown or shrunk, NaN, infinities, huge
numbers or wrong counters put in. Truncations, bad bytes, a FIFO, a folder
and device links are added. Every case goes through the command line's
loader (``python main.py train FILE``, in-process) and, with ``--window``,
through the window's File → Open. Prints how many loaded, how many were
refused, and anything else (there should be nothing else).
"""

import argparse
import collections
import contextlib
import io
import json
import os
import random
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from engine import cli  # noqa: E402
from tests.engine.experiment_documents import REPLACEMENTS, apply, make_document, paths  # noqa: E402


def base_documents():
    documents = []
    for optimizer in ("sgd", "momentum", "adam"):
        for csv in (False, True):
            for hidden, epochs, training in (((3,), 2, True), ((), 0, True), ((2, 2), 1, False)):
                documents.append(make_document(optimizer=optimizer, hidden=hidden, epochs=epochs, csv=csv,
                                               include_training=training, lesson=epochs != 1))
    return documents


def random_cases(n, rng):
    bases = base_documents()
    for _ in range(n):
        document = rng.choice(bases)
        for _ in range(rng.randint(1, 3)):
            every = paths(document)
            kind = rng.choice(["drop", "set", "set", "set", "grow", "shrink"])
            mutation = (kind, rng.choice(every), rng.choice(REPLACEMENTS) if kind == "set" else None)
            try:
                document = apply(document, mutation)
            except (KeyError, IndexError, TypeError):
                pass
        yield json.dumps(document, allow_nan=True).encode()


def special_cases(folder, rng):
    """(name, path) of files that are not documents at all."""
    text = json.dumps(make_document(epochs=1)).encode()
    cases = []
    for i in range(20):
        path = os.path.join(folder, f"cut{i}.json")
        with open(path, "wb") as stream:
            stream.write(text[:rng.randrange(len(text))])
        cases.append(("truncated", path))
    for name, data in (("latin-1", "é".encode("latin-1")), ("utf-16", '{"a": 1}'.encode("utf-16")),
                       ("binary", bytes(range(256))), ("nested", b"[" * 100_000)):
        path = os.path.join(folder, f"{name}.json")
        with open(path, "wb") as stream:
            stream.write(data)
        cases.append(("bad bytes", path))
    cases.append(("folder", folder))
    if hasattr(os, "mkfifo"):
        fifo = os.path.join(folder, "x.json")
        os.mkfifo(fifo)
        cases.append(("FIFO", fifo))
    for device in ("/dev/zero", "/dev/null", "/dev/urandom"):
        if os.path.exists(device):
            link = os.path.join(folder, f"{os.path.basename(device)}.json")
            os.symlink(device, link)
            cases.append(("device link", link))
    return cases


def run_cli(path):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main([path, "--epochs", "1"])
    lines = err.getvalue().strip().splitlines()
    if code == cli.EXIT_BAD_INPUT:
        clean = len(lines) == 1 and lines[0].startswith("error:") and "This is a bug" not in lines[0]
        return "refused" if clean else "unclean refusal: " + err.getvalue()[-200:]
    return "loaded" if code in (0, cli.EXIT_DIVERGED) else f"exit {code}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1044)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--window", action="store_true", help="also open every case in the window")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    window = None
    if args.window:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication.instance() or QApplication([])
        QMessageBox.warning = staticmethod(lambda *a, **k: None)
        from gui.main_window import MainWindow
        window = MainWindow()
    counts = {"command line": collections.Counter(), "window": collections.Counter()}
    slowest = 0.0
    with tempfile.TemporaryDirectory() as folder:
        cases = [("mutated", None)] * args.cases + special_cases(folder, rng)
        documents = random_cases(args.cases, rng)
        case_path = os.path.join(folder, "case.json")
        for kind, path in cases:
            if path is None:
                with open(case_path, "wb") as stream:
                    stream.write(next(documents))
                path = case_path
            started = time.perf_counter()
            counts["command line"][run_cli(path)] += 1
            if window is not None:
                before = (window.windowTitle(), window.current_path, window.session.network.params.copy())
                try:
                    opened = window.open_experiment(path)
                    result = "loaded" if opened else "refused"
                    if not opened:
                        after = (window.windowTitle(), window.current_path)
                        if after != before[:2] or not (window.session.network.params == before[2]).all():
                            result = "refused but the work changed"
                except Exception as error:  # counted, not raised: this is what the audit looks for
                    result = f"exception {type(error).__name__}"
                counts["window"][result] += 1
                app.processEvents()
            slowest = max(slowest, time.perf_counter() - started)
    total = len(cases)
    print(f"{total:,} cases ({args.cases:,} mutated documents, {total - args.cases} special files)")
    for where, counter in counts.items():
        if counter:
            print(f"  {where}: " + ", ".join(f"{k} {v:,}" for k, v in counter.most_common()))
    print(f"  slowest case: {slowest:.2f} s")
    if window is not None:
        window.session.shutdown()
        window.setWindowModified(False)
        window.close()


if __name__ == "__main__":
    main()
