"""Predict the boundary: a line drawn on the output view with the mouse, judged when the run stops."""

import json

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt



@pytest.fixture(autouse=True)
def private_files(private_local_files):
    yield


@pytest.fixture
def window(window):
    window.resize(1366, 768)
    return window


def plane_to_widget(view, x, y):
    """Where the plane point (x, y) is on the output plot's viewport."""
    return view.plot.mapFromScene(view.view_box.mapViewToScene(pg.Point(x, y)))


def draw(qtbot, view, points, freehand=True):
    viewport = view.plot.viewport()
    first = plane_to_widget(view, *points[0])
    qtbot.mousePress(viewport, Qt.LeftButton, pos=first)
    for x, y in points[1:]:
        if freehand:
            qtbot.mouseMove(viewport, plane_to_widget(view, x, y))
        else:
            qtbot.mouseRelease(viewport, Qt.LeftButton, pos=plane_to_widget(view, *points[-1]))
            qtbot.mousePress(viewport, Qt.LeftButton, pos=plane_to_widget(view, x, y))
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=plane_to_widget(view, *points[-1]))


def circle_line(radius, n=40):
    t = np.linspace(0, 2 * np.pi, n)
    return [(radius * np.cos(a), radius * np.sin(a)) for a in t]


def test_a_boundary_drawn_with_the_mouse_is_judged_when_the_run_stops(window, qtbot, tmp_path):
    session, view = window.session, window.output_view
    panel = window.lesson_panel.predict_panel
    window.show_tab(window.lesson_panel)
    assert session.dataset.name.lower().startswith("circle")
    # Not drawing yet: a drag on the plane leaves no line.
    draw(qtbot, view, [(-1, -1), (1, 1)])
    assert session.boundary_sketch.points == []
    qtbot.mouseClick(panel.draw_button, Qt.LeftButton)
    assert panel.draw_button.isChecked()
    x0, x1, y0, y1 = session.input_extent()
    radius = 0.5 * (x1 - x0) / 2
    draw(qtbot, view, circle_line(radius))
    sketch = session.boundary_sketch
    assert len(sketch.points) > 20 and view.prediction_overlay.line.isVisible()
    drawn = np.array(sketch.points)
    assert np.allclose(np.hypot(drawn[:, 0], drawn[:, 1]), radius, rtol=0.05)
    assert panel.judge_button.isEnabled()

    # Train a little: starting locks the line; stopping judges it.
    session.set_speed(None)
    session.set_stop_condition(epochs=20)
    with qtbot.waitSignal(panel.judged, timeout=60000) as judged:
        session.start()
        assert not panel.draw_button.isChecked()
    outcome = judged.args[0]
    assert 0.0 <= outcome["agreement"] <= 1.0
    assert panel.boundary_outcome.text() == outcome["text"]
    assert f"At epoch {session.snapshot.epoch}:" in outcome["text"] and "of the plane on the same side" in outcome["text"]
    kept = json.loads((tmp_path / "predictions.json").read_text())
    [entry] = [e for entries in kept.values() for e in entries]
    assert len(entry["boundary"]) == len(sketch.points) and entry["outcome"]["agreement"] == outcome["agreement"]
    assert "decision boundary drawn" in panel.past.item(0).text()
    # The line stays drawn after the run.
    assert view.prediction_overlay.line.isVisible()

    # Escape on the plot clears it, and the verdict button goes grey.
    view.plot.setFocus()
    qtbot.keyClick(view.plot, Qt.Key_Escape)
    assert sketch.points == [] and not panel.judge_button.isEnabled()
    assert not view.prediction_overlay.line.isVisible()


def test_clicked_corners_make_a_straight_line_and_a_wrong_guess_reads_far_off(window, qtbot):
    session, view = window.session, window.output_view
    panel = window.lesson_panel.predict_panel
    window.show_tab(window.lesson_panel)
    for _ in range(60):
        session.step("epoch")
    qtbot.mouseClick(panel.draw_button, Qt.LeftButton)
    x0, x1, y0, y1 = session.input_extent()
    # A line along the plane's bottom edge: nearly everything on one side, unlike a circle.
    draw(qtbot, view, [(x0 + 0.1, y0 + 0.05), (x1 - 0.1, y0 + 0.05)], freehand=False)
    assert len(session.boundary_sketch.points) == 2
    qtbot.mouseClick(panel.judge_button, Qt.LeftButton)
    text = panel.boundary_outcome.text()
    assert not panel.draw_button.isChecked()
    assert text.startswith(f"At epoch {session.snapshot.epoch}: ") and ("Far off" in text or "Partly right" in text)


def test_drawing_is_offered_only_for_two_inputs_of_classes(window, qtbot):
    panel = window.lesson_panel.predict_panel
    assert panel.draw_button.isEnabled()
    window.session.load_builtin("sine", n_samples=100)
    assert not panel.draw_button.isEnabled() and "two inputs and classes" in panel.boundary_outcome.text()
