"""The loss curve: what a student sees as the network trains, and what the exports write."""

import csv
import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from engine.events import Event
from gui import loss_plot as loss_plot_module
from gui.loss_plot import RAW_ALPHA, LossPlot

from .test_series import ema_loop


@pytest.fixture
def plot(shown, session):
    return shown(LossPlot(session), 900, 350)


def train(session, epochs):
    for _ in range(epochs):
        session.step(unit="epoch")


def shown(curve):
    """The (x, y) a curve was handed, before pyqtgraph's own clipping."""
    x, y = curve.getOriginalDataset()
    return (np.array([]), np.array([])) if x is None else (x, y)


def legend_labels(widget):
    return [label.text for _, label in widget.legend.items]


# ----------------------------------------------------------------- curves

def test_the_window_finds_the_plot_by_name(plot):
    assert plot.findChild(pg.PlotWidget, "loss_plot") is plot.plot


def test_curves_hold_one_point_per_epoch_with_the_history_values(plot, session):
    train(session, 7)
    x, y = shown(plot.train_curve)
    assert list(x) == list(range(1, 8))
    np.testing.assert_array_equal(y, session.history.column("train_loss"))
    np.testing.assert_array_equal(shown(plot.test_curve)[1], session.history.column("test_loss"))
    last = session.history.column("train_loss")[-1]
    assert plot.latest_label.text().startswith("epoch 7 · train ")
    assert f"train {last:.4g}" in plot.latest_label.text()
    assert not plot.empty_hint.isVisible()


def test_reset_empties_the_curves(plot, session):
    train(session, 4)
    assert len(shown(plot.train_curve)[0]) == 4
    session.reset()
    assert len(shown(plot.train_curve)[0]) == 0
    assert len(shown(plot.test_curve)[0]) == 0
    assert plot.empty_hint.isVisible()
    assert plot.latest_label.text() == "no epochs yet"
    train(session, 2)
    assert list(shown(plot.train_curve)[0]) == [1, 2]


def test_a_history_cut_back_and_regrown_past_the_old_length_is_redrawn(plot, session):
    train(session, 3)
    # What a reset during a live run looks like: a new history, already longer.
    history = session.history
    history.clear()
    for epoch in range(1, 6):
        history.append(epoch, 1.0 / epoch, 2.0 / epoch, 0.5, 0.5)
    session.history_changed.emit()
    np.testing.assert_allclose(shown(plot.train_curve)[1], [1.0 / e for e in range(1, 6)])


def test_legend_axes_and_title_say_what_is_shown(plot, session):
    assert legend_labels(plot)[:2] == ["train loss", "test loss"]
    assert plot.plot_item.getAxis("bottom").labelText == "epoch"
    assert plot.plot_item.getAxis("left").labelText == "loss (cross-entropy)"
    assert "0 would be perfect" in plot.plot_item.titleLabel.text
    assert plot.train_curve.opts["pen"].width() == 2
    assert plot.train_curve.opts["pen"].color().name() == loss_plot_module.theme.TRAIN
    assert plot.test_curve.opts["pen"].color().name() == loss_plot_module.theme.TEST


def test_controls_have_names_and_tooltips(plot):
    for control in (plot.log_check, plot.smoothing_slider, plot.fit_button, plot.latest_label):
        assert control.accessibleName()
        assert control.toolTip()


# ------------------------------------------------------- log and smoothing

def test_log_scale_check_box_switches_the_view_to_log(plot, session):
    train(session, 5)
    qtbot_click(plot.log_check)
    assert plot.log_check.isChecked()
    assert plot.view.state["logMode"][1] is True
    assert plot.plot_item.getAxis("left").logMode
    assert not plot.zero_line.isVisible()  # log 0 is nowhere
    qtbot_click(plot.log_check)
    assert plot.view.state["logMode"][1] is False
    assert plot.zero_line.isVisible()


def qtbot_click(check_box):
    QTest.mouseClick(check_box, Qt.LeftButton, pos=check_box.rect().center())


def test_smoothing_draws_the_average_and_leaves_the_raw_curve_faint(plot, session):
    train(session, 30)
    raw = session.history.column("train_loss").copy()
    assert not plot.train_raw.isVisible()
    plot.smoothing_slider.setValue(90)   # as a drag to 0.90 ends
    assert plot.smoothing == pytest.approx(0.9)
    assert plot.smoothing_value.text() == "0.90"
    smoothed = shown(plot.train_curve)[1]
    np.testing.assert_allclose(smoothed, ema_loop(raw, 0.9))
    assert not np.allclose(smoothed, raw)
    assert plot.train_raw.isVisible() and plot.test_raw.isVisible()
    np.testing.assert_array_equal(shown(plot.train_raw)[1], raw)
    assert plot.train_raw.opts["pen"].color().alpha() == RAW_ALPHA
    assert plot.train_curve.opts["pen"].color().alpha() == 255

    # New epochs extend the average where it left off.
    train(session, 10)
    np.testing.assert_allclose(shown(plot.train_curve)[1], ema_loop(session.history.column("train_loss"), 0.9))

    plot.smoothing_slider.setValue(0)
    assert plot.smoothing_value.text() == "off"
    np.testing.assert_array_equal(shown(plot.train_curve)[1], session.history.column("train_loss"))
    assert not plot.train_raw.isVisible()



def test_a_long_run_is_drawn_with_a_few_points_per_pixel_and_keeps_its_peaks(plot, session):
    n = 200_000
    rng = np.random.default_rng(0)
    train_loss = 0.1 + np.exp(-np.arange(n) / 2e4) * (1 + 0.05 * rng.standard_normal(n))
    for epoch, value in enumerate(train_loss, start=1):
        session.history.append(epoch, value, 1.1 * value, 0.5, 0.5)
    session.history_changed.emit()
    x, y = shown(plot.train_curve)
    assert len(x) <= 2 * plot.view.width() + 4
    assert y.max() == train_loss.max() and y.min() == train_loss.min()
    epochs, values = plot.curve_data("train")
    assert len(epochs) == n
    np.testing.assert_array_equal(values, train_loss)
    # Zoomed in on 100 epochs, every one of them is drawn.
    plot.view.setXRange(5000, 5100, padding=0)
    x, y = shown(plot.train_curve)
    assert x[0] <= 5000 and x[-1] >= 5100 and np.all(np.diff(x) == 1)


# ---------------------------------------------------------------- markers

def test_a_loss_switch_puts_a_marker_at_its_epoch_and_renames_the_axis(plot, session):
    train(session, 5)
    session.set_loss("mse")
    train(session, 3)
    assert plot.markers == [(5, Event(5, "loss", "cross_entropy", "mse"))]
    marker = plot._markers[0]
    assert marker.isVisible() and marker.angle == 90
    assert marker.label.toPlainText() == "loss: cross-entropy → MSE"
    assert plot.plot_item.getAxis("left").labelText == "loss (MSE)"  # the marker says since when


def test_events_appended_to_the_history_become_markers(plot, session):
    train(session, 4)
    session.history.events.append(Event(3, "optimizer", "sgd", "adam"))
    session.history_changed.emit()
    assert plot.markers == [(3, Event(3, "optimizer", "sgd", "adam"))]
    assert plot._markers[0].label.toPlainText() == "optimizer: SGD → Adam"
    session.reset()
    assert plot.markers == []


# ---------------------------------------------------------------- exports

def test_png_export_writes_an_image_of_the_asked_width(plot, session, tmp_path):
    train(session, 10)
    path = tmp_path / "curve.png"
    plot.export_png(str(path), width=1000)
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() == 1000
    ratio = plot.plot.height() / plot.plot.width()
    assert abs(image.height() - 1000 * ratio) <= 2


def test_png_export_to_a_missing_folder_raises_oserror(plot, tmp_path):
    with pytest.raises(OSError):
        plot.export_png(str(tmp_path / "no such folder" / "curve.png"))


def test_svg_export_writes_svg(plot, session, tmp_path):
    train(session, 10)
    path = tmp_path / "curve.svg"
    plot.export_svg(str(path))
    text = path.read_text(encoding="utf-8")
    assert "<svg" in text and "</svg>" in text
    assert "epoch" in text and "train loss" in text
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBox().width() == pytest.approx(plot.plot_item.sceneBoundingRect().width(), abs=1)


def test_csv_export_reads_back_to_the_same_numbers(plot, session, tmp_path):
    train(session, 12)
    path = tmp_path / "curve.csv"
    plot.export_csv(str(path))
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["epoch", "train_loss", "test_loss", "train_metric", "test_metric", "val_loss", "val_metric"]
    assert len(rows) == 13
    for i, name in enumerate(rows[0]):
        written = [float(row[i]) if row[i] else math.nan for row in rows[1:]]
        np.testing.assert_array_equal(written, session.history.column(name))


# -------------------------------------------------------------- crosshair

def test_moving_the_mouse_over_the_plot_reads_out_the_nearest_epoch(plot, session, qtbot):
    train(session, 20)
    qtbot.wait(10)
    history = session.history
    scene_pos = plot.view.mapViewToScene(QPointF(12.3, 0.5))
    QTest.mouseMove(plot.plot.viewport(), plot.plot.mapFromScene(scene_pos))
    qtbot.waitUntil(lambda: plot.crosshair_text != "", timeout=1000)
    i = 11  # epoch 12
    assert plot.crosshair_text == (f"epoch 12 · train {history.column('train_loss')[i]:.4g} · "
                                   f"test {history.column('test_loss')[i]:.4g}")
    assert plot.cursor_line.value() == 12
    QTest.mouseMove(plot.plot.viewport(), plot.plot.mapFromScene(plot.view.mapViewToScene(QPointF(16.8, 0.5))))
    qtbot.waitUntil(lambda: plot.crosshair_text.startswith("epoch 17 "), timeout=1000)

    QApplication.sendEvent(plot.plot.viewport(), QEvent(QEvent.Leave))   # the pointer leaves the plot
    assert plot.crosshair_text == ""


def test_crosshair_stays_hidden_with_no_epochs(plot):
    plot.show_crosshair_at(plot.view.mapViewToScene(QPointF(50, 0.5)))
    assert plot.crosshair_text == ""


# ------------------------------------------------------- view, ghosts, extras

def test_fit_button_returns_to_following_the_data(plot, session):
    train(session, 30)
    plot.view.scaleBy((0.2, 0.2))                    # as a wheel zoom does
    assert not plot.following
    train(session, 30)
    assert plot.view.viewRange()[0][1] < 40          # a zoomed view stays where the user put it
    QTest.mouseClick(plot.fit_button, Qt.LeftButton)
    assert plot.following
    train(session, 30)
    (x0, x1), (y0, y1) = plot.view.viewRange()
    assert x1 >= 60 and y0 <= min(session.history.column("train_loss")) and y1 >= max(session.history.column("test_loss"))


def test_ghost_runs_show_in_the_legend_faded_and_dashed_until_cleared(plot, session):
    epochs = np.arange(1, 51)
    plot.add_ghost("lr 0.3 · adam", epochs, 1 / epochs, 1.2 / epochs)
    plot.add_ghost("lr 0.01 · sgd", epochs, 2 / epochs)
    assert legend_labels(plot) == ["train loss", "test loss", "lr 0.3 · adam", "lr 0.01 · sgd"]
    assert plot.ghost_labels == ["lr 0.3 · adam", "lr 0.01 · sgd"]
    assert [g.label for g in plot.ghosts] == ["lr 0.3 · adam", "lr 0.01 · sgd"]
    assert len(plot.ghosts[0].curves) == 2 and len(plot.ghosts[1].curves) == 1
    ghost = plot.ghosts[0].curves[0]
    assert ghost.opts["pen"].style() == Qt.DashLine
    assert ghost.opts["pen"].color().alpha() < 255
    np.testing.assert_allclose(shown(ghost)[1], 1 / epochs)
    plot.clear_ghosts()
    assert legend_labels(plot) == ["train loss", "test loss"]
    assert ghost not in plot.plot_item.items


def test_an_extra_curve_is_added_updated_and_removed(plot, session):
    plot.set_extra_curve("MSE run", [1, 2, 3], [0.5, 0.4, 0.3], "#2ca02c")
    assert "MSE run" in legend_labels(plot)
    plot.set_extra_curve("MSE run", [1, 2, 3, 4], [0.5, 0.4, 0.3, 0.25], "#2ca02c")
    item = plot._extras["MSE run"]
    np.testing.assert_array_equal(shown(item)[1], [0.5, 0.4, 0.3, 0.25])
    assert legend_labels(plot).count("MSE run") == 1
    plot.remove_extra_curve("MSE run")
    assert "MSE run" not in legend_labels(plot)
    assert item not in plot.plot_item.items


def test_ghosts_and_the_crosshair_follow_log_scale(plot, session, qtbot):
    train(session, 10)
    epochs = np.arange(1, 11)
    plot.log_check.setChecked(True)
    plot.add_ghost("earlier run", epochs, 10.0 / epochs)
    ghost = plot.ghosts[0].curves[0]
    np.testing.assert_allclose(ghost.getData()[1], np.log10(10.0 / epochs))
    plot.view.updateAutoRange()  # as the next repaint would
    middle = sum(plot.view.viewRange()[1]) / 2
    plot.show_crosshair_at(plot.view.mapViewToScene(QPointF(5, middle)))
    assert plot.crosshair_text.startswith("epoch 5 · train ")
    dots_y = plot.cursor_dots.getData()[1]
    np.testing.assert_allclose(dots_y[0], np.log10(session.history.column("train_loss")[4]))


def test_a_dark_palette_gives_a_dark_plot_with_lighter_curves(plot):
    from PySide6.QtGui import QColor, QPalette
    palette = plot.palette()
    palette.setColor(QPalette.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.Text, QColor("#e6e6e6"))
    plot.setPalette(palette)
    assert plot.plot.backgroundBrush().color().name() == "#1e1e1e"
    train_color = plot.train_curve.opts["pen"].color()
    assert train_color.lightness() > QColor(loss_plot_module.theme.TRAIN).lightness()
    assert plot.plot_item.getAxis("left").textPen().color().name() == "#e6e6e6"


def test_a_live_run_fills_the_curve_and_a_reset_during_it_starts_it_again(plot, session, qtbot):
    lengths = []
    session.history_changed.connect(lambda: lengths.append(len(session.history)))
    session.start()
    qtbot.waitUntil(lambda: len(session.history) >= 40, timeout=15000)
    before = len(lengths)
    session.reset()   # taken up by the worker between two steps
    qtbot.waitUntil(lambda: any(b < a for a, b in zip(lengths[before - 1:], lengths[before:])), timeout=15000)
    with qtbot.waitSignal(session.stopped, timeout=5000):
        session.pause()
    epochs, values = plot.curve_data("train")
    np.testing.assert_array_equal(epochs, session.history.column("epoch"))
    np.testing.assert_array_equal(values, session.history.column("train_loss"))
    assert epochs[0] == 1
    np.testing.assert_array_equal(shown(plot.train_curve)[1], session.history.column("train_loss"))


def test_smoothing_starts_afresh_after_a_loss_switch(plot, session):
    train(session, 12)
    session.set_loss("mse")
    plot.smoothing_slider.setValue(80)
    train(session, 8)      # these extend the average incrementally
    values = session.history.column("train_loss")
    expected = np.concatenate([ema_loop(values[:12], 0.8), ema_loop(values[12:], 0.8)])
    np.testing.assert_allclose(plot.curve_data("train")[1], expected)
    plot.smoothing_slider.setValue(70)   # and a full recompute does the same
    expected = np.concatenate([ema_loop(values[:12], 0.7), ema_loop(values[12:], 0.7)])
    np.testing.assert_allclose(plot.curve_data("train")[1], expected)


def test_dense_curves_get_square_caps_and_sparse_ones_round(plot, session):
    # Square caps look the same on a dense curve and draw ~3x faster; a few
    # long segments need round ones, or their joints show corners.
    train(session, 5)
    assert plot.train_curve.opts["pen"].capStyle() == Qt.RoundCap
    train(session, loss_plot_module.DENSE_POINTS)
    assert len(shown(plot.train_curve)[0]) > loss_plot_module.DENSE_POINTS
    assert plot.train_curve.opts["pen"].capStyle() == Qt.SquareCap


def test_the_curves_break_where_the_loss_was_switched(plot, session):
    train(session, 6)
    session.set_loss("mse")
    train(session, 6)
    switch = next(event.epoch for event in session.history.events if event.setting == "loss")
    assert switch == 6
    for curve in (plot.train_curve, plot.test_curve):
        xs, _ = shown(curve)
        joins = curve.curve.opts["connect"]
        assert isinstance(joins, np.ndarray) and len(joins) == len(xs) == 12
        # Epoch 6 (the last cross-entropy value) is not joined to epoch 7 (the first MSE value).
        assert not joins[list(xs).index(6)]
        assert joins.sum() == len(xs) - 1


def test_the_csv_export_gives_regression_losses_in_the_targets_units_too(plot, session, tmp_path):
    from pathlib import Path

    from engine import data as engine_data
    root = Path(__file__).resolve().parents[3]
    session.set_dataset(engine_data.from_source({"kind": "csv", "path": str(root / "resources" / "data" / "diabetes.csv")}))
    for _ in range(2):
        session.step("epoch")
    path = tmp_path / "curve.csv"
    plot.export_csv(str(path))
    header, first = [line.split(",") for line in path.read_text().splitlines()[:2]]
    assert "train_loss_in_progression²" in header
    scale = session.prepared.target_scale
    network_loss = float(first[header.index("train_loss")])
    in_units = float(first[header.index("train_loss_in_progression²")])
    assert in_units == pytest.approx(network_loss * scale ** 2)
