"""The loss curve: the widget (``plot``), its numpy series (``series``), what it draws over the
curves (``overlays``: markers, crosshair, earlier runs) and its exports (``exports``).

Preview: ``python -m gui.loss_plot.plot``.
"""

from .. import theme
from .overlays import GHOST_ALPHA, GHOST_COLORS, Ghost
from .plot import (DENSE_POINTS, DESCRIPTION_INTERVAL_MS, EMPTY_HINT, LINE_WIDTH, RAW_ALPHA, SHORT_TITLE,
                   SMOOTHING_MAX, TITLE, LossPlot)
from .series import _Buffer, _joins, _Pyramid, ema  # noqa: F401 (the private ones for tests)

__all__ = ["DENSE_POINTS", "DESCRIPTION_INTERVAL_MS", "EMPTY_HINT", "GHOST_ALPHA", "GHOST_COLORS", "Ghost",
           "LINE_WIDTH", "LossPlot", "RAW_ALPHA", "SHORT_TITLE", "SMOOTHING_MAX", "TITLE", "ema", "theme"]
