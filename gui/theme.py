"""Colors shared by every view, so a sign or a class looks the same everywhere.

Following TF Playground: blue is positive (and class 0 of two, "blue"),
orange is negative (class 1, "orange").
"""

import numpy as np
from PySide6.QtGui import QColor

BLUE = "#0877bd"
ORANGE = "#f59322"
NEUTRAL = "#e8eaeb"
TRAIN = "#1f77b4"          # train loss curve
TEST = "#d62728"           # test loss curve
# Classes beyond two: colorblind-safe (Okabe-Ito) after the first two.
CLASS_COLORS = [BLUE, ORANGE, "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#e69f00", "#000000"]

_STOPS = np.array([[0xf5, 0x93, 0x22], [0xe8, 0xea, 0xeb], [0x08, 0x77, 0xbd]], dtype=float)


def diverging_rgb(values, limit=1.0):
    """Map values in [-limit, limit] to orange → light grey → blue, as uint8 RGB.

    Returns an array of shape ``values.shape + (3,)``.
    """
    t = np.clip(np.nan_to_num(np.asarray(values, dtype=float)) / limit, -1.0, 1.0)
    low = t < 0
    frac = np.where(low, t + 1.0, t)[..., None]
    start = np.where(low[..., None], _STOPS[0], _STOPS[1])
    end = np.where(low[..., None], _STOPS[1], _STOPS[2])
    return (start + (end - start) * frac).astype(np.uint8)


def class_rgb(probabilities):
    """Blend class colors by predicted probability: (..., k) -> (..., 3) uint8."""
    p = np.asarray(probabilities, dtype=float)
    colors = np.array([QColor(c).getRgb()[:3] for c in CLASS_COLORS[:p.shape[-1]]], dtype=float)
    white = np.array([255.0, 255.0, 255.0])
    confident = p.max(axis=-1, keepdims=True)
    # Unsure regions fade towards white, as in TF Playground.
    k = p.shape[-1]
    strength = (confident - 1.0 / k) / (1.0 - 1.0 / k)
    mixed = p @ colors
    return (white + (mixed - white) * np.clip(strength, 0, 1) * 0.75).astype(np.uint8)


def robust_limit(values):
    """The 99th percentile of |values|: a color scale's end that one outlier can't wash out."""
    finite = np.abs(values[np.isfinite(values)])
    if finite.size == 0:
        return 1.0
    limit = float(np.percentile(finite, 99))
    return limit if limit > 1e-9 else max(float(finite.max()), 1e-9)


def sign_color(value):
    return QColor(BLUE if value >= 0 else ORANGE)
