"""The loss curve's numpy series: the vectorized EMA, the min/max pyramid and the curve cuts."""

import numpy as np
import pytest

from gui.loss_plot.series import _joins, _Pyramid, ema


def ema_loop(values, weight):
    out, last = [], values[0]
    for v in values:
        last = weight * last + (1 - weight) * v
        out.append(last)
    return np.array(out)



@pytest.mark.parametrize("weight", [0.01, 0.5, 0.9, 0.99])
@pytest.mark.parametrize("n", [1, 63, 64, 65, 5000])
def test_vectorized_ema_matches_the_recurrence(weight, n):
    values = np.random.default_rng(n).random(n) + 0.1
    np.testing.assert_allclose(ema(values, weight), ema_loop(values, weight), rtol=1e-10)
    # Extending from a carried value gives the same as averaging everything.
    half = n // 2
    if half:
        first = ema(values[:half], weight)
        np.testing.assert_allclose(np.concatenate([first, ema(values[half:], weight, first[-1])]),
                                   ema_loop(values, weight), rtol=1e-10)


def test_pyramid_bins_and_points_match_brute_force():
    rng = np.random.default_rng(1)
    y = rng.random(5000)
    x = np.arange(5000.0)
    pyramid, n = _Pyramid(), 0
    while n < len(y):
        grown = min(len(y), n + int(rng.integers(1, 700)))
        pyramid.set(x[:grown], y[:grown], start=n)
        n = grown
        for level, (mins, maxs) in enumerate(pyramid.levels, start=1):
            size = 1 << level
            bins = [y[i:min(i + size, n)] for i in range(0, n, size)]
            np.testing.assert_array_equal(mins.values, [b.min() for b in bins])
            np.testing.assert_array_equal(maxs.values, [b.max() for b in bins])
    i0, i1, level = pyramid.window((1000.0, 4000.0), width=300)
    assert level >= 1
    xs, ys = pyramid.points(i0, i1, level)
    assert len(xs) <= 2 * 300 + 4
    inside = y[1000:4001]
    assert ys.max() >= inside.max() and ys.min() <= inside.min()   # peaks survive



def test_joins_cut_after_each_break_and_skip_non_finite_points():
    xs = np.arange(1.0, 9.0)
    ys = np.array([1, 2, np.nan, 4, 5, 6, 7, 8.0])
    assert _joins(xs, ys, ()) is None
    assert _joins(xs, ys, (8,)) is None          # the cut is past the last point
    joins = _joins(xs, ys, (5,), finite=False)
    assert joins.tolist() == [True, False, False, True, False, True, True, True]
