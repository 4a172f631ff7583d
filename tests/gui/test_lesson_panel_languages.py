"""The lesson panel in German and Spanish: lessons, titles and its own texts, switched live."""

import json

import pytest

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from engine import experiment_file
from engine.lesson_markup import in_language
from gui import language
from gui.lesson_panel import LessonPanel, SaveLessonDialog, builtin_lessons
from gui.visible_text import clipped_texts, visible_texts


def speak(code):
    """Switch the window's language as View → Language does; widgets hear of it through the event loop."""
    language.use_language(code)
    QApplication.processEvents()


def own_texts(panel):
    """{widget: text} of what the lesson panel itself shows (the predict and challenge boxes below are their own)."""
    return {t.widget: t.text for t in visible_texts(panel)
            if t.widget is not panel.predict_panel and not panel.predict_panel.isAncestorOf(t.widget)}


def plain(title, text):
    from PySide6.QtGui import QTextDocument
    from engine.lesson_markup import lesson_html
    document = QTextDocument()
    document.setHtml(lesson_html(title, text))
    return document.toPlainText()


def test_in_german_the_panel_shows_the_lesson_and_its_own_texts_in_german(qtbot, session, shown):
    panel = shown(LessonPanel(session), 420, 700)
    assert panel.text.toPlainText().startswith("Pick a lesson")
    speak("de")
    assert panel.text.toPlainText() == "Wählen Sie eine Lektion und drücken Sie Lektion starten."
    assert panel.selector.placeholderText() == "Lektion wählen…"
    speak("en")
    first = builtin_lessons()[0][1]
    assert panel.start(first)
    english = own_texts(panel)
    speak("de")   # the lesson shown turns German at once
    assert panel.text.toPlainText() == plain(*in_language(experiment_file.load(first).lesson, "de"))
    for title, path in builtin_lessons():
        assert panel.start(path)
        lesson = experiment_file.load(path).lesson
        assert panel.text.toPlainText() == plain(*in_language(lesson, "de"))
        assert title not in panel.text.toPlainText() and lesson["text"][:40] not in panel.text.toPlainText()
        assert panel.selector.currentText() == lesson["translations"]["de"]["title"]
    german = own_texts(panel)
    assert set(german) == set(english)
    untranslated = [text for widget, text in german.items() if text == english[widget]]
    assert not untranslated, untranslated
    assert panel.start_button.text() == "Lektion starten" and panel.save_button.text() == "Als Lektion speichern…"
    assert panel.start_button.toolTip().startswith("Daten, Netz und Verlustfunktion")


def test_switching_back_to_english_restores_every_english_text(qtbot, session, shown):
    panel = shown(LessonPanel(session), 420, 700)
    path = builtin_lessons()[4][1]
    assert panel.start(path)
    english, english_page = own_texts(panel), panel.text.toPlainText()
    english_titles = [panel.selector.itemText(i) for i in range(panel.selector.count())]
    speak("de")
    assert panel.text.toPlainText() != english_page and "Kreuzentropie" in panel.text.toPlainText()
    speak("es")
    assert "entropía cruzada" in panel.text.toPlainText() and panel.start_button.text() == "Iniciar lección"
    assert panel.selector.itemText(0) == "¿Qué es la pérdida?"
    speak("en")
    assert own_texts(panel) == english and panel.text.toPlainText() == english_page
    assert [panel.selector.itemText(i) for i in range(panel.selector.count())] == english_titles
    assert english_titles == [title for title, _ in builtin_lessons()]


# Controls the lessons name, as the English text writes them: (English, the window's context and text, markup).
NAMED_CONTROLS = [
    ("**Step**", [("TrainingControls", "Step")], "**{}**"),
    ("**Train**", [("TrainingControls", "Train")], "**{}**"),
    ("Reset", [("TrainingControls", "Reset")], "{}"),
    ("*Train loss*", [("Readouts", "Train loss")], "*{}*"),
    ("Train → Compare losses…", [("MainWindow", "&Train"), ("MainWindow", "Compare losses…")], "{} → {}"),
    ("Start confidently wrong", [("CompareWindow", "Start confidently wrong")], "{}"),
    ("*Challenge*", [("PredictPanel", "Challenge")], "*{}*"),
    ("*Start challenge*", [("PredictPanel", "Start challenge")], "*{}*"),
]


@pytest.mark.parametrize("code", ("de", "es"))
def test_lessons_name_each_control_as_the_window_in_that_language_does(qtbot, code):
    speak(code)
    checked = 0
    for english, sources, markup in NAMED_CONTROLS:
        names = [QCoreApplication.translate(context, source).replace("&", "") for context, source in sources]
        if any(name == source.replace("&", "") for name, (_, source) in zip(names, sources)):
            continue   # the window does not say it in this language yet
        shown_name = markup.format(*names)
        for _, path in builtin_lessons():
            lesson = experiment_file.load(path).lesson
            if english in lesson["text"]:
                checked += 1
                assert shown_name in lesson["translations"][code]["text"], (path, english, shown_name)
    if not checked:
        pytest.skip("the window's controls are not translated in this catalog")


def test_the_picker_lists_the_titles_in_the_current_language(qtbot, session):
    speak("es")
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    titles = [panel.selector.itemText(i) for i in range(panel.selector.count())]
    assert titles == [experiment_file.load(path).lesson["translations"]["es"]["title"] for _, path in builtin_lessons()]
    assert panel.selector.itemData(0) == builtin_lessons()[0][1]   # still found by its file


def test_a_lesson_without_the_language_is_shown_in_its_own(qtbot, session, tmp_path):
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    path = tmp_path / "mine.json"
    assert panel.save(str(path), {"title": "Only English", "text": "Watch the **test** loss.",
                                  "translations": {"es": {"title": "Solo español", "text": "Mire."}}})
    speak("de")
    assert panel.start(str(path))
    assert panel.text.toPlainText() == plain("Only English", "Watch the **test** loss.")
    speak("es")
    assert panel.text.toPlainText() == plain("Solo español", "Mire.")


def test_a_broken_translations_block_opens_nothing(qtbot, session, tmp_path, monkeypatch):
    shown_messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown_messages.append(args[2]))
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    assert panel.start(builtin_lessons()[0][1])
    before = (session.dataset.name, repr(session.network), panel.text.toPlainText(), panel.lesson)
    with open(builtin_lessons()[6][1], encoding="utf-8") as stream:
        document = json.load(stream)
    document["lesson"]["translations"]["de"] = {"title": "Überanpassung", "txt": "Vertippt."}
    bad = tmp_path / "broken.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert not panel.start(str(bad))
    assert "lesson.translations.de.txt" in shown_messages[0] and "Remove it" in shown_messages[0]
    assert "unchanged" in shown_messages[0]
    assert (session.dataset.name, repr(session.network), panel.text.toPlainText(), panel.lesson) == before


def test_saving_in_german_changes_the_german_text_and_keeps_the_rest(qtbot, session, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog
    panel = LessonPanel(session)
    qtbot.addWidget(panel)
    path = builtin_lessons()[5][1]
    assert panel.start(path)
    original = experiment_file.load(path).lesson
    speak("de")
    opened = []

    def edit(dialog):
        opened.append((dialog.title.text(), dialog.text.toPlainText(), dialog.windowTitle()))
        dialog.text.setPlainText(dialog.text.toPlainText() + "\n\nEigene Notiz.")
        return QDialog.Accepted

    monkeypatch.setattr(SaveLessonDialog, "exec", edit)
    target = tmp_path / "eigene.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert panel.save_dialog()
    assert opened == [(original["translations"]["de"]["title"], original["translations"]["de"]["text"],
                       "Als Lektion speichern")]
    again = experiment_file.load(str(target)).lesson
    assert again["translations"]["de"]["text"].endswith("Eigene Notiz.")
    assert (again["title"], again["text"]) == (original["title"], original["text"])
    assert again["translations"]["es"] == original["translations"]["es"]
    assert "Eigene Notiz." in panel.text.toPlainText()
    speak("en")
    assert "Eigene Notiz." not in panel.text.toPlainText() and original["title"] in panel.text.toPlainText()


@pytest.mark.parametrize("code", ("de", "es"))
def test_no_text_of_the_lesson_panel_is_clipped_in_german_or_spanish_at_1366x768(window, qtbot, code):
    speak(code)
    panel = window.lesson_panel
    window.show_tab(panel)
    assert window.width() <= 1366 and window.height() <= 768
    for _, path in builtin_lessons():
        assert panel.start(path)
        qtbot.wait(10)
        clipped = [t for t in clipped_texts(panel)
                   if t.widget is not panel.predict_panel and not panel.predict_panel.isAncestorOf(t.widget)]
        assert not clipped, [str(t) for t in clipped]
        assert panel.text.toPlainText().startswith(panel.selector.currentText())
