"""The worker's frame budget: how long it trains between two snapshots."""

import pytest

from gui.worker import FRAME_PERIOD, UPDATE_INTERVAL, training_slice


@pytest.mark.parametrize("frame_cost", [0.002, 0.005, 0.008])
def test_a_cheap_frame_leaves_training_three_quarters_at_25_frames_a_second_or_more(frame_cost):
    slice_seconds = training_slice(frame_cost)
    assert slice_seconds / (slice_seconds + frame_cost) >= 0.75 - 1e-9
    assert 1.0 / (slice_seconds + frame_cost) >= 25 - 1e-9


@pytest.mark.parametrize("frame_cost", [0.010, 0.012, 0.020, 0.050, 0.2])
def test_a_costly_frame_keeps_the_frame_rate_as_high_as_the_shortest_slice_allows(frame_cost):
    slice_seconds = training_slice(frame_cost)
    assert slice_seconds == pytest.approx(max(UPDATE_INTERVAL, FRAME_PERIOD - frame_cost))


def test_the_slice_never_drops_below_the_shortest():
    assert training_slice(0.0) == UPDATE_INTERVAL
