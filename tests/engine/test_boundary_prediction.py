"""How close a drawn boundary is to the network's, against cases worked out by hand."""

import math

import numpy as np
import pytest

from engine.prediction import (Prediction, boundary_closeness, boundary_points, distance_to_line, judge_boundary,
                               sketch_region)

# A 4 x 4 grid over [-1, 1]²: points at ±0.25 and ±0.75, none on a line at 0 or 0.5.
XS = YS = np.array([-0.75, -0.25, 0.25, 0.75])
GRID_X, GRID_Y = np.meshgrid(XS, YS)
# Two points of each class: class 0 on the left, class 1 on the right.
X = np.array([[-0.5, 0.0], [-0.6, 0.3], [0.6, 0.0], [0.7, -0.2]])
Y = np.array([0, 0, 1, 1])


def test_an_open_line_splits_the_plane_to_its_left_and_right():
    upwards = sketch_region([(0, -1), (0, 1)], XS, YS)
    assert (upwards == (GRID_X < 0)).all()               # left of an upward line: x < 0
    downwards = sketch_region([(0, 1), (0, -1)], XS, YS)
    assert (downwards == (GRID_X > 0)).all()
    # A short line is carried on to the plane's edges: here the diagonal y = x.
    short = sketch_region([(-0.1, -0.1), (0.1, 0.1)], XS, YS)
    assert (short == (GRID_Y > GRID_X)).all()
    # A bent line: up x = 0.5 to y = 0, then left; its left is the bottom-left corner.
    bent = sketch_region([(0.5, -2), (0.5, 0), (-2, 0)], XS, YS)
    assert (bent == ((GRID_X < 0.5) & (GRID_Y < 0))).all()


def test_a_loop_encloses_its_inside():
    loop = [(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5), (-0.5, -0.48)]
    assert (sketch_region(loop, XS, YS) == ((abs(GRID_X) < 0.5) & (abs(GRID_Y) < 0.5))).all()


def test_agreement_and_distance_match_the_hand_computed_case():
    # The student says x = 0; the network says x = 0.5. They disagree on the column x = 0.25:
    # 4 of 16 grid points, so 12/16 = 75% agree. The network's boundary points lie at x = 0.5
    # (midway between 0.25 and 0.75), each 0.5 from the student's line.
    network = (GRID_X > 0.5).astype(int)
    result = boundary_closeness([(0, -1), (0, 1)], XS, YS, network, X, Y)
    assert result["agreement"] == 0.75
    assert result["mean_distance"] == pytest.approx(0.5)
    assert result["side_classes"] == (0, 1)               # left of the line holds the class-0 points
    assert result["text"].startswith("Partly right: ") and "75% of the plane" in result["text"].replace(".0%", "%")
    # Drawn the other way round, the sides swap with the points: the same answer.
    assert boundary_closeness([(0, 1), (0, -1)], XS, YS, network, X, Y)["agreement"] == 0.75


def test_the_right_line_is_very_close_and_a_line_with_every_point_on_one_side_is_far():
    network = (GRID_X > 0).astype(int)
    right = boundary_closeness([(0, -1), (0, 1)], XS, YS, network, X, Y)
    assert right["agreement"] == 1.0 and right["mean_distance"] == pytest.approx(0.0)
    assert right["text"].startswith("Very close: ")
    # Every point above y = -0.9. The region (left of a leftward line: below it) has no points and
    # stands for the class the rest does not; the rest, with both classes two each, takes class 0.
    edge = boundary_closeness([(1, -0.9), (-1, -0.9)], XS, YS, network, X, Y)
    assert edge["side_classes"] == (1, 0)
    # All 16 grid points lie above the line and say class 0: right for the 8 with x < 0.
    assert edge["agreement"] == pytest.approx(8 / 16)
    assert edge["text"].startswith("Far off: ")


def test_a_network_without_a_boundary_says_so():
    result = boundary_closeness([(0, -1), (0, 1)], XS, YS, np.zeros((4, 4), int), X, Y)
    assert math.isnan(result["mean_distance"]) and "one class everywhere" in result["text"]
    assert len(boundary_points(np.zeros((4, 4), int), XS, YS)) == 0


def test_distance_to_a_polyline():
    line = [(0, 0), (1, 0), (1, 1)]
    assert distance_to_line([(0.5, 0.5), (2, 2), (-1, 0)], line) == pytest.approx([0.5, math.sqrt(2), 1.0])


def test_a_judged_boundary_is_kept_in_the_prediction_and_comes_back_from_its_dict():
    prediction = Prediction(at_epoch=0, boundary=[[0, -1], [0, 1]])
    outcome = judge_boundary(prediction, 40, XS, YS, (GRID_X > 0.5).astype(int), X, Y)
    assert outcome["text"].startswith("At epoch 40: Partly right")
    again = Prediction.from_dict(prediction.to_dict())
    assert again.boundary == [[0, -1], [0, 1]] and again.at_epoch == 40 and again.outcome["agreement"] == 0.75
    assert "decision boundary drawn as a line of 2 points" in again.text()


def test_a_line_of_one_point_is_refused():
    with pytest.raises(ValueError, match="two different points"):
        sketch_region([(0, 0), (0, 0)], XS, YS)
