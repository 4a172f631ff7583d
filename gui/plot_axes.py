"""Plot axes whose tick labels follow the reader's decimal separator (0,5 in German).

pyqtgraph writes ticks with Python's "." and caches the drawn axis; these
axes convert the separators and draw again when the language changed since
their last picture.
"""

import pyqtgraph as pg

from engine import formatting


class ReaderAxis(pg.AxisItem):
    """A pyqtgraph axis whose numbers read 0,5 and 1.200 where the language writes them so."""

    _drawn_with = None

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        return [formatting.localized(text) for text in super().tickStrings(values, scale, spacing)]

    def paint(self, painter, *args):
        if self._drawn_with != formatting.separators():
            self._drawn_with = formatting.separators()
            self.picture = None  # pyqtgraph keeps the last drawing: the ticks are redrawn in the new separators
        super().paint(painter, *args)


def reader_axes():
    """``axisItems`` for a pyqtgraph plot: a ``ReaderAxis`` left and at the bottom."""
    return {side: ReaderAxis(side) for side in ("left", "bottom")}


def follow_reader_separators(axis):
    """An axis pyqtgraph made itself (a colour bar's) writes its ticks the reader's way too.

    Call ``redraw(axis)`` after a language change: its drawing is kept.
    """
    english = axis.tickStrings
    axis.tickStrings = lambda values, scale, spacing: [formatting.localized(text)
                                                      for text in english(values, scale, spacing)]
    return axis


def redraw(axis):
    axis.picture = None
    axis.update()
