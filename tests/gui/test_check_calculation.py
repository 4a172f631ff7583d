"""Check my calculation, as a student uses it: type numbers into the Step through tab's blanks."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton

from engine import losses
from engine.exercise import STEP_TITLES, STEPS, hand_number
from gui.check_calculation import parse_number

DATASETS = ("circle", "blobs", "plane")   # two classes, four classes, numbers


def open_check_mode(window):
    window.show_tab(window.step_through)
    window.findChild(QCheckBox, "check_mode").setChecked(True)
    panel = window.step_through.check_panel
    assert panel.isVisible() and not window.step_through.text.isVisible()
    return panel


def type_into(qtbot, panel, key, text):
    field = panel.findChild(QLineEdit, f"answer_{key}")
    field.clear()
    # Typed as on a keyboard: QTest types ASCII only, and a student types "-", not "−".
    qtbot.keyClicks(field, text.replace("−", "-"))


def click(qtbot, panel, name):
    qtbot.mouseClick(panel.findChild(QPushButton, name), Qt.LeftButton)


def fitting_setups():
    """Every loss of the registry, on each built-in set it can train."""
    cases = []
    for name in losses.NAMES:
        for dataset in DATASETS:
            cases.append(pytest.param(name, dataset, id=f"{name}-{dataset}"))
    return cases


def use(window, loss, dataset):
    session = window.session
    session.load_builtin(dataset, n_samples=60)
    if session.check_loss(loss) is not None:
        pytest.skip(f"{loss} does not fit {dataset}")
    session.set_loss(loss)


@pytest.mark.parametrize("loss,dataset", fitting_setups())
def test_typing_the_engines_values_gets_every_blank_accepted(window, qtbot, loss, dataset):
    use(window, loss, dataset)
    panel = open_check_mode(window)
    exercise = panel.exercise
    assert exercise.loss.name == loss
    for blank in exercise.blanks:
        type_into(qtbot, panel, blank.key, hand_number(blank.value))
    click(qtbot, panel, "check_button")
    assert panel.exercise is exercise
    assert [b.key for b in exercise.blanks if panel.verdict_of(b.key) != "right"] == [], panel.message.text()
    assert panel.message.text().startswith(f"All {len(exercise.blanks)} values are right")
    # The network shows what was found.
    canvas = window.network_view._annotations
    first = exercise.blanks[0]
    assert f"z={hand_number(first.value)}" in canvas[first.target[1:]]


@pytest.mark.parametrize("loss,dataset", fitting_setups())
def test_one_wrong_value_per_step_names_that_step(window, qtbot, loss, dataset):
    use(window, loss, dataset)
    panel = open_check_mode(window)
    exercise = panel.exercise
    for step in STEPS:
        target = next(b for b in exercise.blanks if b.step == step)
        for blank in exercise.blanks:
            wrong = f"{blank.value + 7.0 + 3 * abs(blank.value):.4f}"
            type_into(qtbot, panel, blank.key, wrong if blank is target else hand_number(blank.value))
        click(qtbot, panel, "check_button")
        assert panel.message.text().startswith(f"{STEP_TITLES[step]}, {target.label}"), panel.message.text()
        assert panel.verdict_of(target.key) == "wrong"
        before = exercise.blanks[:exercise.blanks.index(target)]
        assert all(panel.verdict_of(b.key) == "right" for b in before)


def test_a_common_mistake_is_named_and_hints_come_one_at_a_time(window, qtbot):
    panel = open_check_mode(window)
    exercise = panel.exercise
    first = exercise.blanks[0]            # z of h1.1
    a_blank = exercise.blanks[1]          # a of h1.1
    type_into(qtbot, panel, first.key, hand_number(a_blank.value))   # tanh applied already
    click(qtbot, panel, "check_button")
    assert "you applied tanh already" in panel.message.text()

    click(qtbot, panel, "hint_button")
    assert panel.hint.text().startswith("Hint 1 of 3 for z of h1.1")
    click(qtbot, panel, "hint_button")
    assert "Hint 2 of 3" in panel.hint.text() and "Hint 1 of 3" in panel.hint.text()

    assert "z=?" in window.network_view._annotations[(1, 0)]
    click(qtbot, panel, "show_me_button")
    assert panel.findChild(QLineEdit, f"answer_{first.key}").text() == hand_number(first.value)
    assert panel.verdict_of(first.key) == "right"
    assert panel.hint.text().endswith(f"= {hand_number(first.value)}")


def test_text_that_is_not_a_number_is_named(window, qtbot):
    panel = open_check_mode(window)
    first = panel.exercise.blanks[0]
    type_into(qtbot, panel, first.key, "abc")
    click(qtbot, panel, "check_button")
    assert "'abc' is not a number" in panel.message.text()


def test_the_walk_stays_off_the_canvas_while_checking(window):
    window.show_tab(window.step_through)
    assert window.step_through.active
    open_check_mode(window)
    assert not window.step_through.active
    window.findChild(QCheckBox, "check_mode").setChecked(False)
    assert window.step_through.text.isVisible() and not window.step_through.check_panel.isVisible()


def test_new_weights_give_new_blanks(window, qtbot):
    panel = open_check_mode(window)
    before = panel.exercise.blanks[0].value
    window.session.set_weight(0, 0, 0, 2.5)
    qtbot.waitUntil(lambda: panel.exercise.blanks[0].value != before)
    assert "changed" in panel.message.text()


@pytest.mark.parametrize("text,value", [("−0.25", -0.25), ("-0,25", -0.25), (" 1.5e-3 ", 0.0015), ("", None)])
def test_numbers_as_people_type_them(text, value):
    assert parse_number(text) == value
