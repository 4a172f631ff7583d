"""How long a lesson of one endless word takes to lay out, with and without the markup's break points.

    python benchmarks/lesson_text.py [--chars 10000,30000,100000]

Both run side by side in one window: the same text, once as the lesson
view shows it (``lesson_markup`` puts a zero-width space every 30
characters) and once as plain HTML, the way lessons were shown before.
"""

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from PySide6.QtWidgets import QApplication  # noqa: E402

from engine.lesson_markup import lesson_html  # noqa: E402
from gui.lesson_panel import LessonBrowser  # noqa: E402


def layout_seconds(view, html):
    started = time.perf_counter()
    view.setHtml(html)
    view.document().size()
    QApplication.processEvents()
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", default="10000,30000,100000")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    view = LessonBrowser()
    view.resize(360, 600)
    view.show()
    print(f"{'characters':>12} {'with breaks':>12} {'without':>10} {'ratio':>7}")
    for n in (int(c) for c in args.chars.split(",")):
        word = "x" * n
        with_breaks = layout_seconds(view, lesson_html("Long", word))
        without = layout_seconds(view, f"<h3>Long</h3><p>{word}</p>")
        print(f"{n:>12,} {with_breaks:>11.3f}s {without:>9.3f}s {without / with_breaks:>6.0f}×")
    del app


if __name__ == "__main__":
    main()
