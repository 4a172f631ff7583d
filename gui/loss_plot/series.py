"""The loss curve's series in plain numpy: growing buffers, min/max pyramids, the EMA, curve cuts.

No Qt here: the widget in ``plot.py`` hands these arrays to pyqtgraph.
"""

import math

import numpy as np

from engine.formatting import fixed

_BLOCK = 64  # EMA block length: one (n/64, 64) @ (64, 64) product per level


def ema(values, weight, carry=None):
    """Exponential moving average ``y[t] = weight * y[t-1] + (1 - weight) * x[t]``, vectorized.

    Parameters
    ----------
    values : array of float
    weight : float in [0, 1)
        0 returns a copy of ``values``.
    carry : float, optional
        ``y[-1]``, the average just before ``values`` (to extend an earlier
        average); by default ``values[0]``, so the average starts on the data.

    Returns
    -------
    array of float, the same length as ``values``
    """
    x = np.asarray(values, dtype=float)
    n = len(x)
    if n == 0 or weight == 0.0:
        return x.copy()
    if carry is None:
        carry = x[0]
    # Within blocks of _BLOCK points the average is a matrix product with
    # weights (1 - w) w^(j - i), all at most 1, so nothing overflows; what
    # each block inherits from the one before is itself an average of the
    # block ends, with weight w^_BLOCK, done the same way one level up.
    n_blocks = -(-n // _BLOCK)
    padded = np.zeros(n_blocks * _BLOCK)
    padded[:n] = x
    within = padded.reshape(n_blocks, _BLOCK) @ _ema_matrix(weight)
    block_weight = weight ** _BLOCK
    ends = within[:, -1]
    if block_weight > 0.0:
        carries = ema(ends[:-1] / (1.0 - block_weight), block_weight, carry)
    else:
        carries = ends[:-1]
    carries = np.concatenate(([carry], carries))
    within += carries[:, None] * weight ** np.arange(1, _BLOCK + 1)
    return within.ravel()[:n]


_ema_matrices = {}


def _ema_matrix(weight):
    matrix = _ema_matrices.get(weight)
    if matrix is None:
        lag = np.arange(_BLOCK)[None, :] - np.arange(_BLOCK)[:, None]
        with np.errstate(under="ignore"):
            matrix = np.where(lag >= 0, (1.0 - weight) * weight ** np.maximum(lag, 0), 0.0)
        if len(_ema_matrices) > 8:
            _ema_matrices.clear()
        _ema_matrices[weight] = matrix
    return matrix


class _Buffer:
    """A growing float array that doubles when full."""

    def __init__(self, capacity=1024):
        self._data = np.empty(capacity)
        self.size = 0

    def extend(self, values):
        end = self.size + len(values)
        if end > len(self._data):
            grown = np.empty(max(2 * end, 1024))
            grown[:self.size] = self._data[:self.size]
            self._data = grown
        self._data[self.size:end] = values
        self.size = end

    def truncate(self, size):
        self.size = min(self.size, size)

    def clear(self):
        self.size = 0

    @property
    def values(self):
        return self._data[:self.size]


class _Pyramid:
    """A series ``(x, y)`` with the min and max of ``y`` over bins of 2, 4, 8, ... points.

    Drawing any window of it takes at most two points per pixel column (the
    peak of each bin and its trough), so a redraw costs the same at a
    thousand points as at a million. Appending extends each level by the new
    bins only. ``x`` must be increasing.
    """

    def __init__(self):
        self.x = self.y = np.empty(0)
        self.levels = []          # level k: (mins, maxs) over bins of 2**k points
        self.finite = True        # every y so far is finite: pyqtgraph may skip its check
        self.version = 0

    def set(self, x, y, start=0):
        """Show ``x, y`` (views are fine); records before ``start`` are the same as last time."""
        start = min(start, len(y), len(self.y))
        self.finite = (self.finite if start else True) and bool(np.isfinite(y[start:]).all())
        self.x, self.y = x, y
        lo = hi = y
        first, k = start, 0
        while len(lo) > 1:
            if len(self.levels) == k:
                self.levels.append((_Buffer(), _Buffer()))
            mins, maxs = self.levels[k]
            j0 = first // 2
            src_lo, src_hi = lo[2 * j0:], hi[2 * j0:]
            if len(src_lo) % 2:
                src_lo, src_hi = np.append(src_lo, src_lo[-1]), np.append(src_hi, src_hi[-1])
            mins.truncate(j0)
            maxs.truncate(j0)
            # fmin/fmax skip NaN (an empty test set), so a bin is NaN only if all of it is.
            mins.extend(np.fmin(src_lo[0::2], src_lo[1::2]))
            maxs.extend(np.fmax(src_hi[0::2], src_hi[1::2]))
            lo, hi, first, k = mins.values, maxs.values, j0, k + 1
        del self.levels[k:]
        self.version += 1

    def bounds(self):
        """(x0, x1, y_min, y_max) of the whole series, from its coarsest level; None if empty."""
        if not len(self.y):
            return None
        lo, hi = (self.levels[-1][0].values, self.levels[-1][1].values) if self.levels else (self.y, self.y)
        if np.isnan(lo).all():
            return None
        return float(self.x[0]), float(self.x[-1]), float(np.nanmin(lo)), float(np.nanmax(hi))

    def clear(self):
        self.set(np.empty(0), np.empty(0))

    def __len__(self):
        return len(self.y)

    def window(self, x_range, width):
        """``(i0, i1, level)``: the records in ``x_range`` (None: all) and the bin level for ``width`` pixels."""
        n = len(self.y)
        if x_range is None or n == 0:
            i0, i1 = 0, n
        else:
            i0 = max(int(np.searchsorted(self.x, x_range[0])) - 1, 0)
            i1 = min(int(np.searchsorted(self.x, x_range[1])) + 1, n)
        count, width = i1 - i0, max(int(width), 50)
        level = 0 if count <= 2 * width else min(math.ceil(math.log2(count / width)), len(self.levels))
        return i0, max(i1, i0), level

    def points(self, i0, i1, level):
        """The points to draw: the records themselves at level 0, else each bin's max and min."""
        if level == 0 or i1 <= i0:
            return self.x[i0:i1], self.y[i0:i1]
        size = 1 << level
        j0, j1 = i0 >> level, ((i1 - 1) >> level) + 1
        mins, maxs = self.levels[level - 1]
        centers = np.minimum(np.arange(j0, j1) * size + size // 2, len(self.y) - 1)
        xs = np.repeat(self.x[centers], 2)
        # Peak then trough in even bins, trough then peak in odd ones: the
        # line between two bins joins like to like and stays short, which
        # halves the pixels a noisy curve paints.
        lo, hi = mins.values[j0:j1], maxs.values[j0:j1]
        even = (np.arange(j0, j1) % 2) == 0
        ys = np.empty(2 * (j1 - j0))
        ys[0::2] = np.where(even, hi, lo)
        ys[1::2] = np.where(even, lo, hi)
        return xs, ys


def _num(value):
    # Four decimals, so the digits of successive epochs line up as they change.
    return "–" if value is None else fixed(value, 4)


def _loss_switches(history):
    """Epochs at which the loss was switched: its curve breaks there (the losses are different quantities)."""
    return [event.epoch for event in history.events if event.setting == "loss"]


def _joins(xs, ys, breaks, finite=True):
    """Which points join the next one, for a curve cut after each epoch in ``breaks``.

    None when the curve has no cut in view (every finite point joins the next).
    Otherwise pyqtgraph's connect array: entry i joins point i to point i + 1.
    """
    cuts = np.searchsorted(xs, np.asarray(breaks, dtype=float), side="right") if len(breaks) else np.zeros(0, int)
    cuts = cuts[(cuts > 0) & (cuts < len(xs))]
    if not len(cuts):
        return None
    joins = np.ones(len(xs), dtype=bool)
    joins[cuts - 1] = False
    if not finite:
        ok = np.isfinite(xs) & np.isfinite(ys)
        joins[:-1] &= ok[:-1] & ok[1:]
    return joins
