import numpy as np

from engine import experiment_file
from gui.lesson_panel import LessonPanel, builtin_lessons


def test_every_builtin_lesson_loads_and_sets_up_the_session(qtbot, session):
    lessons = builtin_lessons()
    assert len(lessons) >= 7
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    for title, path in lessons:
        assert panel.start(path)
        assert title in panel.text.toPlainText() and panel.selector.currentText() == title
        assert session.setup.data == experiment_file.load(path).setup.data


def test_mse_on_a_line_lesson_is_a_single_linear_neuron(qtbot, session):
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    index = panel.selector.findText("MSE on a line")
    panel.selector.setCurrentIndex(index)
    panel.start_button.click()
    assert repr(session.network) == "Network(1 -> 1 linear)" and session.loss_name == "mse"
    assert "(y − ŷ)²" in panel.text.toPlainText()


def test_a_teacher_saves_the_setup_with_own_text_as_a_lesson(qtbot, session, tmp_path):
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    session.set_learning_rate(0.3)
    for _ in range(3):
        session.step(unit="epoch")
    path = tmp_path / "mine.json"
    assert panel.save(str(path), {"title": "My lesson", "text": "Watch the test loss."})
    saved = experiment_file.load(str(path))
    assert saved.lesson == {"title": "My lesson", "text": "Watch the test loss."}
    assert saved.setup.learning_rate == 0.3 and saved.network is None and saved.history is None
    # Starting it gives fresh weights from the seed, the lesson's text, and no curve.
    fresh = session.network.copy()
    fresh.initialize(session.setup.seed)
    assert panel.start(str(path))
    np.testing.assert_array_equal(session.network.params, fresh.params)
    assert len(session.history) == 0 and "Watch the test loss." in panel.text.toPlainText()


def test_a_broken_lesson_file_keeps_the_current_work(qtbot, session, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "loss-explorer-experiment", "version": 1, "setup": {')
    before = session.dataset.name
    assert not panel.start(str(bad))
    assert "cut short" in shown[0] and "unchanged" in shown[0]
    assert session.dataset.name == before
