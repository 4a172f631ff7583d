"""The data panel and the CSV import dialog, driven as a user would."""

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSlider,
                               QAbstractSpinBox, QComboBox, QFileDialog, QLabel, QPushButton, QWidget)

from engine import data as engine_data
from gui import csv_dialog
from gui.data_panel import DataPanel
from gui.tasks import keeper

PETS = """weight_kg,height_cm,animal
4.1,25,cat
30.5,60,dog
0.2,8,fish
3.9,23,cat
28.0,55,dog
0.3,9,fish
4.5,26,cat
25.1,52,dog
"""

HOUSES = """rooms,area_m2,price,sold
3,70,210.5,1
2,48,150.2,0
4,95,320.9,1
3,72,205.3,0
5,120,410.0,1
2,50,149.9,1
3,68,199.5,0
4,90,300.1,1
"""


@pytest.fixture(autouse=True)
def settings_file(tmp_path, monkeypatch):
    """Remember folders in a scratch file, not in the user's settings."""
    path = str(tmp_path / "settings.ini")
    monkeypatch.setattr(csv_dialog, "settings", lambda: QSettings(path, QSettings.IniFormat))
    return path


@pytest.fixture
def panel(qtbot, session):
    panel = DataPanel(session)
    qtbot.addWidget(panel)
    panel.resize(320, 600)
    panel.show()
    yield panel
    if panel.csv_dialog is not None:
        panel.csv_dialog.reject()


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def open_and_wait(qtbot, panel, path):
    dialog = panel.open_csv(path)
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=5000)
    return dialog


# ---------------------------------------------------------------- built-in sets


def test_the_summary_says_what_is_loaded(panel):
    summary = panel.findChild(QLabel, "data_summary")
    assert summary.text() == "circle · 500 points · 250 train / 250 test · classification (blue, orange)"
    assert panel.thumbnail_buttons["circle"].isChecked()


def test_picking_a_set_in_the_selector_loads_it(qtbot, panel, session):
    selector = panel.findChild(QComboBox, "dataset_selector")
    names = [selector.itemText(i) for i in range(selector.count())]
    assert names == engine_data.builtin_names()
    selector.setCurrentIndex(selector.findText("xor"))
    assert session.dataset.name == "xor"
    assert panel.thumbnail_buttons["xor"].isChecked() and not panel.thumbnail_buttons["circle"].isChecked()
    assert panel.summary.text().startswith("xor · 500 points")


def test_clicking_a_thumbnail_loads_that_set(qtbot, panel, session):
    qtbot.mouseClick(panel.thumbnail_buttons["spiral-3"], Qt.LeftButton)
    assert session.dataset.name == "spiral-3" and session.dataset.n_classes == 3
    assert panel.selector.currentText() == "spiral-3"
    assert "classification (blue, orange, green)" in panel.summary.text()
    qtbot.mouseClick(panel.thumbnail_buttons["sine"], Qt.LeftButton)
    assert session.dataset.name == "sine" and session.task == "regression"
    assert "regression (" in panel.summary.text()


def test_thumbnails_have_the_set_description_as_tooltip(panel):
    for name, button in panel.thumbnail_buttons.items():
        assert button.toolTip().endswith(engine_data.builtin_info(name)["description"])
        assert not button.icon().isNull()


def test_noise_slider_regenerates_with_that_noise(qtbot, panel, session):
    slider = panel.noise_slider
    qtbot.keyClick(slider, Qt.Key_PageUp)
    qtbot.keyClick(slider, Qt.Key_PageUp)
    assert panel.noise_label.text() == "Noise 20%"
    qtbot.waitUntil(lambda: session.setup.data["noise"] == pytest.approx(0.2), timeout=2000)
    assert session.dataset.source["noise"] == pytest.approx(0.2)
    assert session.dataset.name == "circle"


def test_training_share_changes_the_split(qtbot, panel, session):
    assert len(session.prepared.test_index) == 250
    qtbot.keyClick(panel.share_slider, Qt.Key_Right)
    qtbot.keyClick(panel.share_slider, Qt.Key_Right)
    assert panel.share_label.text() == "Training data 70%"
    qtbot.waitUntil(lambda: len(session.prepared.test_index) == 150, timeout=2000)
    assert len(session.prepared.train_index) == 350
    assert session.setup.test_fraction == pytest.approx(0.3)
    assert "350 train / 150 test" in panel.summary.text()


def test_regenerate_draws_new_points_with_the_next_seed(qtbot, panel, session):
    before = session.dataset.X.copy()
    qtbot.mouseClick(panel.regenerate_button, Qt.LeftButton)
    assert panel.seed_spin.value() == 1
    assert session.setup.data["seed"] == 1
    assert not np.array_equal(session.dataset.X, before)


def test_typing_a_seed_and_changing_the_points(qtbot, panel, session):
    spin = panel.seed_spin
    qtbot.keyClick(spin, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(spin, "42")
    qtbot.keyClick(spin, Qt.Key_Return)
    qtbot.waitUntil(lambda: session.setup.data["seed"] == 42, timeout=2000)
    qtbot.keyClick(panel.points_spin, Qt.Key_Up)
    qtbot.waitUntil(lambda: session.dataset.n_samples == 550, timeout=2000)
    assert session.setup.data["seed"] == 42
    assert panel.summary.text().startswith("circle · 550 points")


def test_the_panel_follows_changes_made_elsewhere(qtbot, panel, session):
    session.load_builtin("gaussian", n_samples=300, noise=0.3, seed=7)
    assert panel.selector.currentText() == "gaussian"
    assert panel.thumbnail_buttons["gaussian"].isChecked()
    assert (panel.points_spin.value(), panel.noise_slider.value(), panel.seed_spin.value()) == (300, 30, 7)
    assert panel.noise_label.text() == "Noise 30%"


def test_a_refused_change_is_shown_in_the_panel(qtbot, panel, session, monkeypatch):
    def refuse(*args, **kwargs):
        raise engine_data.DataError("The number of samples must be a whole number from 4 to 1,000,000, not 3.")
    monkeypatch.setattr(session, "load_builtin", refuse)
    qtbot.mouseClick(panel.thumbnail_buttons["xor"], Qt.LeftButton)
    error = panel.findChild(QLabel, "data_error")
    assert error.isVisible() and "not 3" in error.text()
    assert session.dataset.name == "circle"
    assert panel.thumbnail_buttons["circle"].isChecked() and panel.selector.currentText() == "circle"


# ---------------------------------------------------------------- CSV import


def test_open_a_good_csv_and_use_it(qtbot, panel, session, tmp_path, settings_file):
    path = write(tmp_path, "pets.csv", PETS)
    dialog = open_and_wait(qtbot, panel, path)
    assert dialog.is_loaded() and dialog.isVisible()
    table = dialog.findChild(QAbstractItemView, "csv_preview")
    header = [table.model().headerData(j, Qt.Horizontal) for j in range(table.model().columnCount())]
    assert header == ["weight_kg", "height_cm", "animal (target)"]
    assert table.model().rowCount() == 8
    assert table.model().index(1, 2).data() == "dog"
    assert dialog.detection.text() == "Classification with 3 classes: cat, dog, fish · 8 rows · 2 feature columns"
    assert dialog.target_selector.currentText() == "animal"
    assert dialog.findChild(QLabel, "csv_error").isHidden()

    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert not dialog.isVisible()
    assert session.dataset.name == "pets.csv"
    assert session.task == "classification" and session.dataset.class_names == ["cat", "dog", "fish"]
    assert session.dataset.source["path"] == path
    assert panel.selector.currentText() == "pets.csv"
    assert not any(b.isChecked() for b in panel.thumbnail_buttons.values())
    assert not panel.noise_slider.isEnabled() and not panel.regenerate_button.isEnabled()
    assert panel.summary.text().startswith("pets.csv · 8 rows · 2 inputs")
    assert QSettings(settings_file, QSettings.IniFormat).value("last_folder") == str(tmp_path)


def test_changing_the_target_column_updates_the_detection(qtbot, panel, session, tmp_path):
    dialog = open_and_wait(qtbot, panel, write(tmp_path, "houses.csv", HOUSES))
    assert dialog.detection.text() == "Classification with 2 classes: 0, 1 · 8 rows · 3 feature columns"
    dialog.target_selector.setCurrentText("price")
    dialog.target_selector.activated.emit(dialog.target_selector.currentIndex())
    qtbot.waitUntil(dialog.is_loaded, timeout=5000)
    assert dialog.detection.text().startswith("Regression of 'price' (from 149.9 to 410)")
    assert dialog.detection.text().endswith("8 rows · 3 feature columns")
    header = [dialog.table.horizontalHeaderItem(j).text() for j in range(dialog.table.columnCount())]
    assert header == ["rooms", "area_m2", "price (target)", "sold"]

    dialog.task_selector.setCurrentIndex(dialog.task_selector.findText("Classification"))
    dialog.task_selector.activated.emit(dialog.task_selector.currentIndex())
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=5000)
    # 8 different prices are 8 classes; that works, if oddly.
    assert dialog.detection.text().startswith("Classification with 8 classes")

    dialog.task_selector.setCurrentIndex(dialog.task_selector.findText("Regression"))
    dialog.task_selector.activated.emit(dialog.task_selector.currentIndex())
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=5000)
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert session.task == "regression" and session.dataset.target_name == "price"
    assert session.dataset.source["path"] == dialog.path


def test_a_bad_cell_is_shown_in_the_dialog_and_the_old_data_stays(qtbot, panel, session, tmp_path):
    session.load_builtin("xor")
    X_before = session.dataset.X.copy()
    path = write(tmp_path, "bad.csv", "a,b,label\n1,2,x\n3,oops,y\n5,6,x\n7,8,y\n9,10,x\n")
    dialog = open_and_wait(qtbot, panel, path)
    error = dialog.findChild(QLabel, "csv_error")
    assert error.isVisible()
    assert "Line 3" in error.text() and "'b'" in error.text() and "'oops' is not a number" in error.text()
    assert "The data you had before is still loaded." in error.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert session.dataset.name == "xor"
    np.testing.assert_array_equal(session.dataset.X, X_before)
    # The start of the file is still shown, numbered by line, with the bad cell marked.
    assert dialog.table.verticalHeaderItem(1).text() == "3"
    assert dialog.table.item(1, 1).text() == "oops"
    assert dialog.table.item(1, 1).background().color() == csv_dialog.PROBLEM_BACKGROUND
    assert dialog.table.item(1, 0).background().color() != csv_dialog.PROBLEM_BACKGROUND


def test_preview_rows_are_numbered_by_file_line():
    table = csv_dialog.preview_table("sep=;\nx;y;label\n\n1,5;2;a\n3;4;b\n")
    assert table.header == ["x", "y", "label"]
    assert table.rows == [["1,5", "2", "a"], ["3", "4", "b"]]
    assert table.lines == [4, 5]
    assert csv_dialog.preview_table("just one column\n1\n2\n") is None


def test_a_binary_file_is_refused_with_the_engines_message(qtbot, panel, session, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 40)
    dialog = open_and_wait(qtbot, panel, str(path))
    assert dialog.findChild(QLabel, "csv_error").isVisible()
    assert "does not look like a text CSV file" in dialog.error_text()
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.findChild(QPushButton, "csv_cancel_button"), Qt.LeftButton)
    assert not dialog.isVisible()
    assert session.dataset.name == "circle"


def test_a_bad_target_choice_can_be_undone_in_the_dialog(qtbot, panel, tmp_path):
    dialog = open_and_wait(qtbot, panel, write(tmp_path, "pets.csv", PETS))
    dialog.target_selector.setCurrentText("height_cm")
    dialog.target_selector.activated.emit(dialog.target_selector.currentIndex())
    qtbot.waitUntil(lambda: not dialog.is_loading(), timeout=5000)
    assert "Column 'animal' holds text" in dialog.error_text()
    assert not dialog.ok_button.isEnabled()
    dialog.target_selector.setCurrentText("animal")
    dialog.target_selector.activated.emit(dialog.target_selector.currentIndex())
    qtbot.waitUntil(dialog.is_loaded, timeout=5000)
    assert dialog.error_text() == "" and dialog.ok_button.isEnabled()


def test_an_unexpected_error_is_explained_without_a_traceback(qtbot, panel, session, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(engine_data, "read_csv", broken)
    dialog = open_and_wait(qtbot, panel, write(tmp_path, "pets.csv", PETS))
    text = dialog.error_text()
    assert "unexpected problem (RuntimeError: disk on fire)" in text
    assert "Traceback" not in text
    assert session.dataset.name == "circle"


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.csv"
    rng = np.random.default_rng(0)
    values = rng.normal(size=(300_000, 4))
    labels = rng.integers(0, 3, 300_000)
    np.savetxt(path, np.column_stack([values, labels]), fmt=["%.4f"] * 4 + ["%d"], delimiter=",",
               header="x1,x2,x3,x4,label", comments="")
    return str(path)


def test_cancel_during_loading_stops_the_thread(qtbot, panel, session, big_csv):
    dialog = panel.open_csv(big_csv)
    progress = dialog.findChild(QWidget, "csv_progress")
    qtbot.waitUntil(lambda: progress.value() > 0, timeout=5000)
    assert dialog.is_loading() and progress.isVisible() and keeper().running()
    qtbot.mouseClick(dialog.findChild(QPushButton, "cancel_loading_button"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not keeper().running(), timeout=1000)
    assert not dialog.isVisible()
    assert session.dataset.name == "circle"


def test_closing_the_dialog_while_loading_waits_for_the_thread(qtbot, panel, big_csv):
    dialog = panel.open_csv(big_csv)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=5000)
    assert keeper().running()
    dialog.close()
    assert not keeper().running()
    assert not dialog.is_loading()


def test_open_csv_dialog_asks_for_a_file_and_opens_the_import_dialog(qtbot, panel, session, tmp_path,
                                                                     monkeypatch):
    path = write(tmp_path, "pets.csv", PETS)
    asked = []

    def choose(parent, caption, folder, filters):
        asked.append((caption, folder, filters))
        return path, filters
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    qtbot.mouseClick(panel.findChild(QPushButton, "open_csv_button"), Qt.LeftButton)
    dialog = panel.csv_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowModality() == Qt.WindowModal
    assert "*.csv" in asked[0][2]
    qtbot.waitUntil(dialog.is_loaded, timeout=5000)
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    assert session.dataset.name == "pets.csv"


def test_the_selector_goes_back_to_the_csv_after_a_built_in_set(qtbot, panel, session, tmp_path):
    dialog = open_and_wait(qtbot, panel, write(tmp_path, "pets.csv", PETS))
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    qtbot.mouseClick(panel.thumbnail_buttons["blobs"], Qt.LeftButton)
    assert session.dataset.name == "blobs" and panel.noise_slider.isEnabled()
    panel.selector.setCurrentIndex(panel.selector.findText("pets.csv"))
    assert session.dataset.name == "pets.csv"


# ---------------------------------------------------------------- for everyone


def user_controls(root):
    """Buttons, boxes, sliders and spin boxes a user operates (not a table's own scroll bars)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QComboBox, QAbstractSlider, QAbstractSpinBox)):
            continue
        parent, inside_view = widget.parent(), False
        while parent is not None and parent is not root:
            inside_view = inside_view or isinstance(parent, (QAbstractItemView, QAbstractScrollArea, QComboBox))
            parent = parent.parent()
        if not inside_view:
            found.append(widget)
    return found


def test_every_control_has_an_accessible_name_and_a_tooltip(qtbot, panel, tmp_path):
    controls = user_controls(panel)
    assert len(controls) >= 10 + 6  # ten pictures, and the selector, button, sliders, spin boxes
    dialog = open_and_wait(qtbot, panel, write(tmp_path, "pets.csv", PETS))
    controls += user_controls(dialog)
    for widget in controls:
        assert widget.accessibleName(), f"{widget.objectName() or widget} has no accessible name"
        assert widget.toolTip(), f"{widget.objectName() or widget} has no tooltip"


def test_the_panel_fits_the_left_column(panel):
    assert panel.minimumSizeHint().width() <= 300
