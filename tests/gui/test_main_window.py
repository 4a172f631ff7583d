"""The whole window, driven as a user would: clicks, keys, files."""

import json
import os

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QMessageBox, QWidget

from engine import losses


def curve_points(window):
    return window.loss_plot.curve_data("train")


def test_starts_like_tf_playground(window):
    s = window.session
    assert s.dataset.name == "circle" and len(s.dataset.X) == 500
    assert len(s.prepared.X_train) == 250 and s.setup.data["noise"] == 0
    assert s.setup.hidden_sizes == [4, 2] and s.setup.hidden_activations == ["tanh", "tanh"]
    assert s.setup.learning_rate == 0.03 and s.setup.batch_size == 10
    assert window.findChild(QComboBox, "loss_selector").currentText() == "Cross-entropy"
    for name in ("train_button", "step_button", "reset_button", "add_layer_button", "remove_layer_button"):
        assert window.findChild(QAbstractButton, name) is not None, name
    for name in ("loss_selector", "dataset_selector"):
        assert window.findChild(QComboBox, name) is not None, name
    for name in ("network_view", "learning_rate", "batch_size"):
        assert window.findChild(QWidget, name) is not None, name
    assert window.findChild(pg.PlotWidget, "loss_plot") is not None


def test_every_control_has_an_accessible_name_and_a_tooltip(window):
    from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QCheckBox
    missing = []
    for kind in (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider, QCheckBox):
        for widget in window.findChildren(kind):
            if not widget.isVisibleTo(window) or widget.parent() is None:
                continue
            if type(widget).__name__ in ("QScrollBar", "QTabBar"):
                continue
            if widget.objectName().startswith("qt_"):
                continue
            if not widget.toolTip() or not (widget.accessibleName() or widget.text() if hasattr(widget, "text") else widget.accessibleName()):
                missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not missing, missing


def test_pick_cross_entropy_add_a_layer_train_and_the_curve_falls(qtbot, window):
    s = window.session
    s.set_loss("mse")
    selector = window.findChild(QComboBox, "loss_selector")
    selector.setCurrentIndex(selector.findData("cross_entropy"))
    selector.activated.emit(selector.currentIndex())
    assert s.loss_name == "cross_entropy"
    qtbot.mouseClick(window.findChild(QAbstractButton, "add_layer_button"), Qt.LeftButton)
    assert s.setup.hidden_sizes == [4, 2, 2]
    train = window.findChild(QAbstractButton, "train_button")
    qtbot.mouseClick(train, Qt.LeftButton)
    assert train.text() == "Pause"
    qtbot.waitUntil(lambda: len(s.history) >= 60, timeout=15000)
    with qtbot.waitSignal(s.stopped, timeout=3000):
        qtbot.mouseClick(train, Qt.LeftButton)
    assert train.text() == "Train"
    x, y = curve_points(window)
    assert len(x) == len(s.history) >= 60
    assert y[-1] < y[0]


def test_space_starts_and_pauses(qtbot, window):
    window.activateWindow()
    window.train_action.trigger()
    assert window.session.is_running
    with qtbot.waitSignal(window.session.stopped, timeout=3000):
        window.train_action.trigger()


def test_pause_then_step_adds_exactly_one_step_and_reset_clears_the_curve(qtbot, window):
    s = window.session
    for _ in range(3):
        s.step(unit="epoch")
    step = window.findChild(QAbstractButton, "step_button")
    before = s.snapshot.step
    qtbot.mouseClick(step, Qt.LeftButton)
    assert s.snapshot.step == before + 1
    assert len(curve_points(window)[0]) == 3
    qtbot.mouseClick(window.findChild(QAbstractButton, "reset_button"), Qt.LeftButton)
    assert s.snapshot.step == 0
    assert len(curve_points(window)[0]) == 0


def test_read_outs_show_the_latest_epoch_step_losses_and_accuracy(qtbot, window):
    from gui.live_text import LiveText

    def shown(key):
        return window.findChild(LiveText, f"readout_{key}").text()

    assert shown("epoch") == "0" and shown("train_loss") == "–" and shown("speed") == "paused"
    s = window.session
    for _ in range(3):
        s.step(unit="epoch")
    history = s.history
    assert shown("epoch") == "3"
    assert shown("step") == f"{s.snapshot.step:,}"
    assert shown("train_loss") == f"{history.column('train_loss')[-1]:.4f}"
    assert shown("test_loss") == f"{history.column('test_loss')[-1]:.4f}"
    assert shown("test_metric") == f"{100 * history.column('test_metric')[-1]:.1f}%"
    s.start()
    qtbot.waitUntil(lambda: shown("speed").endswith("epochs/s") and shown("speed") != "0 epochs/s", timeout=5000)
    s.stop_and_wait()
    assert shown("speed") == "paused"


def test_reset_keeps_the_earlier_run_as_a_ghost_labelled_with_what_changed(qtbot, window):
    s = window.session
    for _ in range(5):
        s.step(unit="epoch")
    s.set_learning_rate(0.3)
    qtbot.mouseClick(window.findChild(QAbstractButton, "reset_button"), Qt.LeftButton)
    labels = window.loss_plot.ghost_labels
    assert labels == ["earlier run: lr 0.03"], labels


def test_a_bad_csv_shows_the_error_and_the_old_data_stays(qtbot, window, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("a,b,label\n1,2,x\n3,oops,y\n5,6,x\n7,8,y\n9,1,x\n")
    before_name, before_X = window.session.dataset.name, window.session.dataset.X.copy()
    window.open_path(str(path))
    dialog = window.data_panel.csv_dialog
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=5000)
    error = dialog.findChild(QWidget, "csv_error")
    assert error.isVisible() and "Line 3" in error.text() and "'b'" in error.text()
    dialog.close()
    assert window.session.dataset.name == before_name
    np.testing.assert_array_equal(window.session.dataset.X, before_X)


def test_a_divergent_run_pauses_with_a_message_and_finite_weights(qtbot, window):
    s = window.session
    s.load_builtin("sine")
    s.set_learning_rate(10.0)
    qtbot.mouseClick(window.findChild(QAbstractButton, "train_button"), Qt.LeftButton)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15000)
    qtbot.waitUntil(lambda: not s.is_running, timeout=3000)
    assert "Lower the learning rate" in window.banner.text.text()
    assert window.findChild(QAbstractButton, "train_button").text() == "Train"
    assert np.all(np.isfinite(s.network.params))


def test_closing_mid_training_stops_cleanly(qtbot, window):
    window.session.start()
    qtbot.waitUntil(lambda: window.session.snapshot.epoch > 2, timeout=5000)
    window.setWindowModified(False)
    import time
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 1.0
    assert not window.session.is_running


def test_save_then_open_gives_identical_weights_curve_and_settings(qtbot, window, tmp_path):
    s = window.session
    s.set_learning_rate(0.1)
    s.set_optimizer("adam")
    for _ in range(8):
        s.step(unit="epoch")
    assert window.isWindowModified() and window.windowTitle().startswith("untitled[*]")
    path = str(tmp_path / "lesson-prep.json")
    assert window.save_experiment(path)
    assert not window.isWindowModified() and "lesson-prep.json" in window.windowTitle()
    weights, curve = s.network.params.copy(), s.history.column("train_loss").copy()

    s.load_builtin("xor")
    assert window.open_experiment(path)
    np.testing.assert_array_equal(s.network.params, weights)
    np.testing.assert_array_equal(s.history.column("train_loss"), curve)
    assert s.setup.learning_rate == 0.1 and s.setup.optimizer == "adam" and s.dataset.name == "circle"
    assert len(curve_points(window)[0]) == 8
    recent = QSettings().value("recent_files")
    assert recent[0] == os.path.abspath(path)


@pytest.mark.parametrize("content,fragment", [
    (b"{not json", "damaged"),
    (b'{"format": "loss-explorer-experiment", "version": 7, "setup": {}}', "newer"),
    (b'{"hello": 1}', "not a Loss Explorer experiment"),
])
def test_corrupt_and_wrong_files_say_so_and_the_work_stays(qtbot, window, tmp_path, monkeypatch, content, fragment):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    s = window.session
    s.step(unit="epoch")
    weights = s.network.params.copy()
    path = tmp_path / "wrong.json"
    path.write_bytes(content)
    assert not window.open_experiment(str(path))
    assert fragment in shown[0] and "unchanged" in shown[0]
    np.testing.assert_array_equal(s.network.params, weights)
    assert s.snapshot.epoch == 1


def test_closing_with_unsaved_changes_asks_first(qtbot, window, monkeypatch):
    window.session.step(unit="epoch")
    assert window.isWindowModified()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Cancel)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    assert window.close()


def test_exports_write_real_files(qtbot, window, tmp_path):
    for _ in range(4):
        window.session.step(unit="epoch")
    window.export_window_png(str(tmp_path / "w.png"))
    window.export_weights_json(str(tmp_path / "w.json"))
    window.export_weights_npz(str(tmp_path / "w.npz"))
    from PySide6.QtGui import QImage
    assert QImage(str(tmp_path / "w.png")).width() == window.width()
    weights = json.loads((tmp_path / "w.json").read_text())
    np.testing.assert_array_equal(np.array(weights["weights"][0]), window.session.network.weights[0])
    with np.load(tmp_path / "w.npz") as npz:
        np.testing.assert_array_equal(npz["W1"], window.session.network.weights[1])


def test_presentation_mode_goes_full_screen_with_bigger_text_and_fewer_controls(qtbot, window):
    from PySide6.QtWidgets import QApplication
    normal_size = QApplication.font().pointSizeF()
    window.presentation_action.trigger()
    assert window.isFullScreen() and window.presenting
    # 1.5× where it fits; the test screen is a 1366×768 laptop, where 1.3× is the largest that does.
    assert QApplication.font().pointSizeF() >= 1.3 * normal_size
    assert not window.controls.advanced.isVisible()
    window.presentation_action.trigger()
    assert not window.isFullScreen()
    assert QApplication.font().pointSizeF() == pytest.approx(normal_size)
    assert window.controls.advanced.isVisible()


def test_zoom_and_theme_are_remembered(qtbot, window):
    window.step_zoom(1)
    window.set_theme("dark")
    assert float(QSettings().value("view/zoom")) > 1.0 and QSettings().value("view/theme") == "dark"
    plot = window.findChild(pg.PlotWidget, "loss_plot")
    assert plot.backgroundBrush().color().lightness() < 60
    window.set_zoom(1.0)
    window.set_theme("light")


def test_zoom_grows_every_visible_text_in_the_window(qtbot, window):
    # A style sheet (even a color alone) freezes a widget's font: such text
    # stayed small on the projector.
    from PySide6.QtWidgets import QLabel

    from gui.live_text import LiveText

    for _ in range(3):
        window.session.step(unit="epoch")
    texts = [w for w in window.findChildren(QWidget) if isinstance(w, (QLabel, QAbstractButton, LiveText))
             and w.isVisible() and w.text().strip()]
    assert len(texts) > 40
    before = {w: w.fontMetrics().height() for w in texts}
    try:
        window.set_zoom(1.5)  # or the largest step the 1366×768 test screen holds
        assert window.shown_zoom >= 1.3
        qtbot.wait(50)  # Qt hands the application's new font to the widgets in events
        grown = 0.85 * window.shown_zoom
        stayed_small = [w.objectName() or w.text()[:30] for w in texts if w.fontMetrics().height() < grown * before[w]]
    finally:
        window.set_zoom(1.0)
    assert stayed_small == []


def test_muted_text_follows_the_theme(qtbot, window):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QLabel

    note = window.findChild(QLabel, "output_note")
    assert note.property("muted")
    try:
        window.set_theme("dark")
        dark = note.palette().color(QPalette.WindowText)
        background = QApplication.palette().color(QPalette.Window)
        assert dark.lightness() > background.lightness() + 60
    finally:
        window.set_theme("light")
    light = note.palette().color(QPalette.WindowText)
    assert light.lightness() < QApplication.palette().color(QPalette.Window).lightness() - 60


def test_compare_starts_both_runs_from_identical_weights(qtbot, window):
    compare = window.open_compare()
    qtbot.addWidget(compare)
    twins = compare.twins
    np.testing.assert_array_equal(twins["mse"].network.params, twins["cross_entropy"].network.params)
    # The window's own starting weights, with the output pushed to be confidently wrong.
    own = window.session.network
    for mine, theirs in zip(own.weights, twins["mse"].network.weights):
        np.testing.assert_array_equal(mine, theirs)
    for mine, theirs in zip(own.biases[:-1], twins["mse"].network.biases[:-1]):
        np.testing.assert_array_equal(mine, theirs)
    p = twins["mse"].network.forward(window.session.prepared.X_train)
    assert p.min() > 0.99   # "orange" for every point, sure of it: wrong about every blue one
    assert twins["mse"].loss_name == "mse" and twins["cross_entropy"].loss_name == "cross_entropy"
    assert twins["mse"].network.activation_names[-1] == "sigmoid"
    compare.train_button.click()
    qtbot.waitUntil(lambda: min(len(t.history) for t in twins.values()) >= 20, timeout=15000)
    compare.train_button.click()
    qtbot.waitUntil(lambda: not any(t.is_running for t in twins.values()), timeout=3000)
    assert compare.curves["mse"].getData()[0] is not None and len(compare.curves["mse"].getData()[0]) >= 20
    compare.reset()
    assert compare.start_weights_equal()
    compare.close()


def test_started_confidently_wrong_cross_entropy_recovers_and_mse_barely_moves(qtbot, window):
    compare = window.open_compare()
    qtbot.addWidget(compare)
    for twin in compare.twins.values():
        for _ in range(10):
            twin.step(unit="epoch")
    accuracy = {loss: twin.history.column("train_metric") for loss, twin in compare.twins.items()}
    assert accuracy["cross_entropy"][-1] > accuracy["mse"][-1] + 0.1
    assert accuracy["mse"][-1] < 0.65
    compare.wrong_start.setChecked(False)        # starts both over from the ordinary weights
    np.testing.assert_array_equal(compare.twins["mse"].network.params, window.session.network.params)
    assert len(compare.twins["mse"].history) == 0
    compare.close()


def test_compare_losses_on_numbers_fits_mse_mae_and_huber_from_identical_weights(qtbot, window):
    window.session.load_builtin("line-outliers", n_samples=60)
    compare = window.open_compare()
    qtbot.addWidget(compare)
    regression = [loss.name for loss in losses.for_task("regression")]
    assert list(compare.twins)[:3] == regression[:3] and compare.shown_losses == regression[:3]
    assert [twin.loss_name for twin in compare.twins.values()][:3] == regression[:3]
    assert compare.start_weights_equal() and not compare.wrong_start.isVisible()
    assert "R²" in compare.accuracy_plot.getAxis("left").labelText
    # Two at least stay chosen: unticking one leaves the other two locked on.
    first, second, third = (compare.chosen[name] for name in regression[:3])
    first.setChecked(False)
    assert compare.shown_losses == regression[1:3] and not second.isEnabled() and not third.isEnabled()
    assert first.isEnabled() and not compare.maps[regression[0]].isVisibleTo(compare)
    compare.train_button.click()
    qtbot.waitUntil(lambda: min(len(compare.twins[n].history) for n in regression[1:3]) >= 5, timeout=15000)
    compare.train_button.click()
    qtbot.waitUntil(lambda: not any(t.is_running for t in compare.twins.values()), timeout=3000)
    assert len(compare.twins[regression[0]].history) == 0   # not chosen, not trained
    assert "test R²" in compare.captions[regression[1]].text()
    compare.close()


def test_compare_needs_two_losses_that_fit(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(losses, "for_task", lambda task: [losses.default_for(task)])
    assert window.open_compare() is None
    assert "two" in shown[0]


def test_step_through_tab_writes_on_the_canvas(qtbot, window):
    window.show_tab(window.step_through)
    assert window.step_through.active
    window.step_through.move(1)
    assert window.network_view._annotations
    window.show_tab(window.formula_panel)
    assert not window.network_view._annotations


def test_screenshot_command_writes_the_window(tmp_path):
    import subprocess
    import sys
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, os.path.join(root, "main.py"), "--screenshot", str(out), "--preset", "xor",
                             "--epochs", "5", "--size", "1200x800"], capture_output=True, text=True, cwd=root,
                            timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
