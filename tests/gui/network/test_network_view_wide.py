"""Wide tables in the network view: the input column scrolls so its labels stay readable."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from engine.data import read_csv
from engine.datasets import Dataset
from gui.network import INPUT_WINDOW, MoreInputsItem, NetworkView
from resources import path as resource_path

pytestmark = pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform, showing a tooltip


def wide_table(n_inputs, n_rows=60):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(n_rows, n_inputs))
    y = (X[:, 0] > 0).astype(np.int64)
    names = [f"pixel_{i // 8}_{i % 8}" for i in range(n_inputs)]
    return Dataset("wide.csv", "classification", X, y, names, "label", ["no", "yes"],
                   {"kind": "csv", "path": "wide.csv", "target": "label", "task": "classification"})


@pytest.fixture
def view(qtbot, session):
    view = NetworkView(session)
    qtbot.addWidget(view)
    view.resize(742, 500)  # its size in a 1600 × 1000 window
    view.show()
    qtbot.waitExposed(view)
    return view


def label_px_on_screen(view):
    return view._label_font.pixelSize() * view.transform().m22()


def markers(view):
    return [item for item in view.scene().items() if isinstance(item, MoreInputsItem) and item.isVisible()]


def visible_first_layer_edges(view):
    return [edge for edge in view.edges if edge.k == 0 and edge.isVisible()]


@pytest.mark.parametrize("n_inputs", [30, 64])
def test_a_wide_table_shows_a_window_of_inputs_with_readable_labels(view, session, n_inputs):
    session.set_dataset(wide_table(n_inputs))
    session.set_hidden_layers([8], ["tanh"])
    assert view.shown_inputs() == session.dataset.feature_names[:INPUT_WINDOW]
    assert label_px_on_screen(view) >= 11
    [below] = markers(view)
    assert below.text() == f"▼ {n_inputs - INPUT_WINDOW} more"
    assert len(visible_first_layer_edges(view)) == INPUT_WINDOW * 8


def test_the_breast_cancer_table_reads_at_the_default_label_size(view, session):
    session.set_dataset(read_csv(resource_path("data", "breast-cancer.csv")))
    assert len(view.shown_inputs()) == INPUT_WINDOW and label_px_on_screen(view) >= 11
    session.set_dataset(read_csv(resource_path("data", "iris.csv")))
    assert markers(view) == [] and len(view.shown_inputs()) == 4


def test_the_wheel_over_the_inputs_scrolls_them_and_the_markers_count_what_is_out_of_view(view, session):
    session.set_dataset(wide_table(30))
    names = session.dataset.feature_names
    first = view.input_node(names[0])
    point = view.mapFromScene(first.sceneBoundingRect().center())
    event = QWheelEvent(QPointF(point), QPointF(view.viewport().mapToGlobal(point)), QPoint(0, 0), QPoint(0, -120),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.shown_inputs() == names[3:3 + INPUT_WINDOW]
    texts = sorted(marker.text() for marker in markers(view))
    assert texts == ["▲ 3 more", f"▼ {30 - 3 - INPUT_WINDOW} more"]


def test_clicking_the_lower_marker_scrolls_a_page_and_never_past_the_end(qtbot, view, session):
    session.set_dataset(wide_table(30))
    names = session.dataset.feature_names
    for _ in range(3):
        [below] = [m for m in markers(view) if m.direction > 0]
        point = view.mapFromScene(below.sceneBoundingRect().center())
        qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=point)
        if not [m for m in markers(view) if m.direction > 0]:
            break
    assert view.shown_inputs() == names[-INPUT_WINDOW:]
    assert [m.text() for m in markers(view)] == [f"▲ {30 - INPUT_WINDOW} more"]


def test_the_keyboard_walks_past_the_window_and_it_follows(qtbot, view, session):
    session.set_dataset(wide_table(30))
    names = session.dataset.feature_names
    view.setFocus()
    for _ in range(INPUT_WINDOW + 2):
        qtbot.keyClick(view, Qt.Key_Down)
    focused = view._key_item
    assert focused.feature == names[INPUT_WINDOW + 1] and focused.feature in view.shown_inputs()
