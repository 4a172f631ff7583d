"""The output view: heat map, fitted curve with squared errors, per-point loss, histogram, wide data."""

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from engine import data as engine_data
from engine import losses
from engine.datasets import Dataset
from gui.output import RESOLUTION, OutputView
from resources import path as resource_path

pytestmark = pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, showing a tooltip


@pytest.fixture
def view(shown, session):
    return shown(OutputView(session), 480, 760)


def train(session, epochs, learning_rate=0.1):
    session.set_learning_rate(learning_rate)
    for _ in range(epochs):
        session.step(unit="epoch")


def predict(session, rows):
    """The network's outputs on data set rows, computed here without the view."""
    return session.network.forward(session.prepared.transform(session.dataset.X[rows]))


def train_losses(session):
    prepared = session.prepared
    outputs = session.network.forward(prepared.X_train)
    return losses.get(session.snapshot.loss).per_sample(prepared.Y_train, outputs)


def pixel_color(view, x, y):
    """The heat map's color at data point (x, y), read from what the image item holds."""
    image = view.image.image          # row 0 is drawn at the bottom
    rect = view.image.mapRectToParent(view.image.boundingRect())
    column = int((x - rect.left()) / rect.width() * image.shape[1])
    row = int((y - rect.top()) / rect.height() * image.shape[0])
    return image[row, column].astype(int)


def path_squares(path):
    """(left, right, bottom, top) of each 5-corner square in a painter path."""
    corners = np.array([(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())])
    corners = corners.reshape(-1, 5, 2)
    return np.column_stack([corners[:, :, 0].min(1), corners[:, :, 0].max(1),
                            corners[:, :, 1].min(1), corners[:, :, 1].max(1)])


# ------------------------------------------------------------ 2-D: heat map


def test_circle_heat_map_is_blue_inside_and_orange_outside_once_trained(qtbot, view, session):
    # Circle: class 0 ("blue") is the inner disc, class 1 ("orange") the ring.
    inside = np.hypot(*session.dataset.X.T) < 3
    assert set(session.dataset.y[inside]) == {0}
    assert session.dataset.class_names == ["blue", "orange"]
    train(session, 200)

    assert view.image.image.shape == (RESOLUTION, RESOLUTION, 3)
    centre, corner = pixel_color(view, 0.0, 0.0), pixel_color(view, -5.8, 5.8)
    blue, orange = QColor("#0877bd").getRgb()[:3], QColor("#f59322").getRgb()[:3]
    assert centre[2] > centre[0] + 60, centre        # blue: much more blue than red
    assert corner[0] > corner[2] + 60, corner        # orange: much more red than blue
    assert np.abs(centre - blue).sum() < np.abs(centre - orange).sum()
    # The boundary (P = 0.5) runs between the disc and the ring.
    x, y = view.boundary.getData()
    radius = np.hypot(x, y)
    assert len(radius) > 20 and 2.0 < np.median(radius) < 4.0
    assert "P(orange)" in view.caption.text()


def test_heat_map_is_not_upside_down(qtbot, view, session):
    # Only upper points are orange: the trained map must be orange at the top, blue at the bottom.
    X = session.dataset.X
    y = (X[:, 1] > 0).astype(np.int64)
    dataset = Dataset("halves", "classification", X, y, ["x1", "x2"], "class", ["blue", "orange"],
                      {"kind": "builtin", "name": "circle", "n_samples": 500, "noise": 0.0, "seed": 0})
    session.set_dataset(dataset)
    train(session, 30)
    top, bottom = pixel_color(view, 0.0, 5.0), pixel_color(view, 0.0, -5.0)
    assert top[0] > top[2] + 60 and bottom[2] > bottom[0] + 60


def test_points_are_the_training_rows_and_test_points_hide(qtbot, view, session):
    assert len(view.train_points.data) == len(session.prepared.train_index)
    assert len(view.test_points.data) == len(session.prepared.test_index)
    x, y = view.train_points.getData()
    np.testing.assert_allclose(np.column_stack([x, y]), session.dataset.X[session.prepared.train_index])
    assert view.test_points.isVisible()

    qtbot.mouseClick(view.test_box, Qt.LeftButton)
    assert not view.test_box.isChecked()
    assert not view.test_points.isVisible()
    assert view.train_points.isVisible()
    qtbot.mouseClick(view.test_box, Qt.LeftButton)
    assert view.test_points.isVisible()


def test_softmax_and_regression_planes(qtbot, view, session):
    session.load_builtin("spiral-3")
    assert view.mode == "plane" and view.image.image.shape == (RESOLUTION, RESOLUTION, 3)
    assert "most likely class" in view.caption.text()
    assert len(view.boundary.getData()[0]) > 0

    session.load_builtin("plane")
    train(session, 30, learning_rate=0.03)
    assert not view.boundary.isVisible()
    # y = (x1 + x2) / 10: blue (positive) at the top right, orange at the bottom left.
    top_right, bottom_left = pixel_color(view, 5.5, 5.5), pixel_color(view, -5.5, -5.5)
    assert top_right[2] > top_right[0] + 40 and bottom_left[0] > bottom_left[2] + 40


# ------------------------------------------------------ 1-D: squared errors


def test_sine_curve_and_squares_whose_area_is_the_squared_error(qtbot, view, session):
    session.load_builtin("sine")
    train(session, 3, learning_rate=0.03)
    assert view.mode == "curve"
    xs, ys = view.curve.getData()
    assert len(xs) == 200

    prepared = session.prepared
    predicted = prepared.decode(session.network.forward(prepared.X_train))
    sse = float(np.sum((prepared.y_train - predicted) ** 2))
    assert sse > 1.0                                             # visible misses, not all zero
    assert view.square_areas.sum() == pytest.approx(sse, rel=1e-9)

    squares = path_squares(view.squares.path())
    assert len(squares) == len(prepared.train_index)
    width, height = squares[:, 1] - squares[:, 0], squares[:, 3] - squares[:, 2]
    np.testing.assert_allclose(width, height, atol=1e-9)         # square in data units...
    assert float(np.sum(width * height)) == pytest.approx(sse, rel=1e-9)
    big = int(np.argmax(width))
    left, right, bottom, top = squares[big]
    on_screen = view.view_box.mapViewToScene(QRectF(left, bottom, right - left, top - bottom)).boundingRect()
    assert on_screen.width() > 8
    assert on_screen.width() == pytest.approx(on_screen.height(), rel=0.03)   # ...and on screen
    assert "The 250 squares add up to" in view.note.text()

    assert view.squares.isVisible()
    qtbot.mouseClick(view.squares_box, Qt.LeftButton)
    assert not view.squares.isVisible()
    qtbot.mouseClick(view.squares_box, Qt.LeftButton)
    assert view.squares.isVisible()


# ---------------------------------------------------------- per-point loss


@pytest.mark.parametrize("name", ["circle", "sine"])
def test_dot_size_grows_with_the_points_loss(qtbot, view, session, name):
    session.load_builtin(name)
    train(session, 3, learning_rate=0.03)
    rows = view.shown_rows()
    loss = losses.get(session.snapshot.loss)
    own = loss.per_sample(session.prepared.encode(session.dataset.y[rows]), predict(session, rows))
    order = np.argsort(own)
    sizes = np.concatenate([view.train_points.data["size"], view.test_points.data["size"]])
    assert np.all(np.diff(sizes[order]) >= 0)
    assert sizes[order[-1]] > sizes[order[0]] + 3
    assert "bigger dot = bigger loss" in view.note.text().lower()


def test_hovering_a_point_tells_its_prediction_and_loss(qtbot, view, session):
    train(session, 20)
    n = len(session.prepared.train_index)
    row = int(session.prepared.train_index[n // 2])
    p_orange = float(predict(session, [row])[0, 0])
    target = int(session.dataset.y[row])
    loss = float(losses.get("cross_entropy").per_sample([[target]], [[p_orange]])[0])

    spot = view.train_points.points()[n // 2]
    where = view.plot.mapFromScene(view.train_points.mapToScene(spot.pos()))
    QTest.mouseMove(view.plot.viewport(), where + QPoint(1, 0))
    QTest.mouseMove(view.plot.viewport(), where)
    QApplication.processEvents()
    event = QHelpEvent(QEvent.ToolTip, where, view.plot.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.plot.viewport(), event)
    text = QToolTip.text()
    x1, x2 = session.dataset.X[row]
    assert f"x1 = {x1:.2f}".replace("-", "−") in text
    assert f"target: {session.dataset.class_names[target]}" in text
    assert f"P(orange) = {p_orange:.3f}" in text
    assert f"= {loss:.3f}" in text if loss >= 1e-3 else f"{loss:.2e}" in text


def test_regression_hover_names_the_squared_error(qtbot, view, session):
    session.load_builtin("sine")
    train(session, 2, learning_rate=0.03)
    row = int(session.prepared.train_index[7])
    predicted = float(session.prepared.decode(predict(session, [row]))[0])
    target = float(session.dataset.y[row])
    text = view.point_text(7)
    assert f"prediction: {predicted:.3f}".replace("-", "−") in text.replace("-", "−")
    assert f"{(target - predicted) ** 2:.3f}" in text
    assert "squared error" in text


# --------------------------------------------------------------- histogram


def test_histogram_counts_every_training_point_and_marks_the_mean(qtbot, view, session):
    train(session, 5)
    histogram = view.histogram
    assert int(histogram.counts.sum()) == len(session.prepared.train_index)
    assert len(histogram.counts) == 30
    own = train_losses(session)
    assert histogram.mean == pytest.approx(own.mean())
    assert histogram.mean_line.value() == pytest.approx(own.mean())
    assert histogram.edges[-1] == pytest.approx(own.max())
    before = histogram.counts.copy()
    train(session, 50)
    assert not np.array_equal(before, histogram.counts)        # it follows the snapshots
    assert int(histogram.counts.sum()) == len(session.prepared.train_index)


# --------------------------------------------------------------- wide data


def test_wide_classification_shows_a_confusion_matrix(qtbot, view, session):
    session.set_dataset(engine_data.read_csv(resource_path("data", "iris.csv")))
    train(session, 30)
    assert view.mode == "confusion"
    assert view.pages.currentWidget().isAncestorOf(view.table)
    k = len(session.dataset.class_names)
    assert (view.table.rowCount(), view.table.columnCount()) == (k, k)
    shown = np.array([[int(view.table.item(r, c).text()) for c in range(k)] for r in range(k)])
    assert shown.sum() == len(session.prepared.test_index)
    predicted = session.prepared.decode(predict(session, session.prepared.test_index))
    assert int(np.trace(shown)) == int(np.sum(predicted == session.prepared.y_test))
    assert view.table.verticalHeaderItem(0).text() == session.dataset.class_names[0]

    qtbot.mouseClick(view.split_train, Qt.LeftButton)
    shown = np.array([[int(view.table.item(r, c).text()) for c in range(k)] for r in range(k)])
    assert shown.sum() == len(session.prepared.train_index)
    assert "training points" in view.caption.text()


def test_wide_regression_shows_predicted_against_actual(qtbot, view, session):
    session.set_dataset(engine_data.read_csv(resource_path("data", "wine-alcohol.csv")))
    train(session, 20, learning_rate=0.01)
    assert view.mode == "fit" and view.diagonal.isVisible()
    actual, predicted = view.train_points.getData()
    rows = session.prepared.train_index
    np.testing.assert_allclose(actual, session.dataset.y[rows])
    np.testing.assert_allclose(predicted, session.prepared.decode(predict(session, rows)))
    assert "R² on test points" in view.note.text()


def test_a_four_column_table_without_file(qtbot, view, session):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(120, 4))
    y = (X[:, 0] + X[:, 1] > 0).astype(np.int64)
    dataset = Dataset("four.csv", "classification", X, y, ["a", "b", "c", "d"], "label", ["no", "yes"],
                      {"kind": "csv", "path": "four.csv", "target": "label", "task": "classification"})
    session.set_dataset(dataset)
    assert view.mode == "confusion"
    assert view.confusion.sum() == len(session.prepared.test_index)


# ----------------------------------------------------------------- neurons


def test_show_neuron_swaps_the_map_and_none_restores_it(qtbot, view, session):
    train(session, 20)
    output = view.image.image.copy()
    view.show_neuron((1, 1))
    assert not np.array_equal(view.image.image, output)
    assert view.caption.text() == "Neuron 2 of hidden layer 1 (tanh)"
    assert not view.boundary.isVisible()
    view.show_neuron((0, 0))
    assert "Input x1" in view.caption.text()
    view.show_neuron(None)
    np.testing.assert_array_equal(view.image.image, output)
    assert "P(orange)" in view.caption.text()
    assert view.boundary.isVisible()


def test_a_neuron_map_follows_training_and_resets_with_the_network(qtbot, view, session):
    view.show_neuron((1, 0))
    first = view.image.image.copy()
    train(session, 5)
    assert not np.array_equal(view.image.image, first)
    session.set_hidden_layers([3], ["relu"])
    assert view.neuron is None and "P(orange)" in view.caption.text()


def test_snapshot_update_is_fast(qtbot, view, session):
    train(session, 1)
    times = []
    for _ in range(10):
        session.step()
        times.append(view.update_seconds)
    assert np.median(times) < 0.05   # generous for slow CI; about 2-3 ms on a laptop


@pytest.mark.parametrize("n_features, n_classes, mode", [(1, 2, "curve"), (1, 3, "confusion"), (2, 0, "plane"),
                                                         (2, 3, "plane"), (3, 0, "fit")])
def test_odd_tables_get_a_fitting_view(qtbot, view, session, n_features, n_classes, mode):
    rng = np.random.default_rng(3)
    X = rng.normal(size=(80, n_features)) * [10.0, 0.1, 1.0][:n_features]
    score = X[:, 0] / 10.0 + (X[:, 1] * 10.0 if n_features > 1 else 0)
    if n_classes:
        y = np.digitize(score, np.quantile(score, np.linspace(0, 1, n_classes + 1)[1:-1])).astype(np.int64)
        task, names = "classification", [f"c{i}" for i in range(n_classes)]
    else:
        y, task, names = 3.0 * score + 100.0, "regression", []
    columns = ["a", "b", "c"][:n_features]
    session.set_dataset(Dataset("odd.csv", task, X, y, columns, "t", names,
                                {"kind": "csv", "path": "odd.csv", "target": "t", "task": task}))
    train(session, 3, learning_rate=0.01)
    assert view.mode == mode
    assert "loss" in view.point_text(0) or "squared error" in view.point_text(0)
    view.show_neuron((1, 0))
    view.show_neuron(None)
    assert int(view.histogram.counts.sum()) == len(session.prepared.train_index)
    if mode == "plane":
        assert view.image.image.shape[:2] == (RESOLUTION, RESOLUTION)
        x0, x1, y0, y1 = session.input_extent()
        rect = view.image.mapRectToParent(view.image.boundingRect())
        assert rect.left() < x0 < x1 < rect.right() and rect.top() < y0 < y1 < rect.bottom()


def test_contour_segments_trace_a_circle():
    from gui.output import contour_segments
    xs = ys = np.linspace(-3, 3, 61)
    gx, gy = np.meshgrid(xs, ys)
    x, y = contour_segments(np.hypot(gx, gy), xs, ys, 2.0)
    assert len(x) > 40 and len(x) % 2 == 0
    np.testing.assert_allclose(np.hypot(x, y), 2.0, atol=0.01)


def test_a_live_run_updates_the_dots_and_the_histogram(qtbot, view, session):
    session.set_learning_rate(0.1)
    sizes = view.train_points.data["size"].copy()
    with qtbot.waitSignal(session.running_changed, timeout=5000):
        session.start()
    qtbot.waitUntil(lambda: session.snapshot.epoch >= 20, timeout=10000)
    with qtbot.waitSignal(session.running_changed, timeout=5000):
        session.pause()
    assert not np.array_equal(view.train_points.data["size"], sizes)
    assert view.histogram.mean == pytest.approx(train_losses(session).mean())


def test_dots_drawn_are_the_sizes_of_their_losses_after_each_resize(view, session):
    from gui.output import dot_sizes
    for epochs in (1, 5, 20):
        train(session, epochs)
        n = view._n_train
        drawn = view.train_points.data
        assert np.array_equal(drawn["size"], dot_sizes(view.sample_losses[:n], view._dot_reference, view._dot_scale))
        assert np.all(drawn["sourceRect"]["w"] > 0)  # every dot has its picture of that size


def test_while_training_a_bounded_sample_of_many_dots_is_drawn_and_all_once_paused(qtbot, view, session):
    from gui.output import LIVE_POINTS
    session.load_builtin("circle", n_samples=5000)
    n_train, n_test = len(view.train_points.data), len(view.test_points.data)
    assert n_train > LIVE_POINTS
    with qtbot.waitSignal(session.running_changed, timeout=5000):
        session.start()
    assert view.train_points.data["visible"].sum() == LIVE_POINTS
    assert view.test_points.data["visible"].sum() == min(LIVE_POINTS, n_test)
    with qtbot.waitSignal(session.running_changed, timeout=5000):
        session.pause()
    assert view.train_points.data["visible"].all() and view.test_points.data["visible"].all()


def test_while_training_only_the_shown_dots_are_resized_and_every_dot_once_paused(qtbot, view, session):
    from gui.output import dot_sizes
    session.load_builtin("circle", n_samples=5000)
    session.set_learning_rate(0.1)
    sizes = view.train_points.data["size"].copy()
    with qtbot.waitSignal(session.running_changed, timeout=5000):
        session.start()
    qtbot.waitUntil(lambda: not np.array_equal(view.train_points.data["size"], sizes), timeout=10000)
    data = view.train_points.data
    hidden = ~data["visible"]
    assert hidden.any() and np.array_equal(data["size"][hidden], sizes[hidden])
    with qtbot.waitSignal(session.running_changed, timeout=5000):
        session.pause()
    n = view._n_train
    drawn = view.train_points.data
    assert np.array_equal(drawn["size"], dot_sizes(view.sample_losses[:n], view._dot_reference, view._dot_scale))
    assert np.all(drawn["sourceRect"]["w"] > 0)
