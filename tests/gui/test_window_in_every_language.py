"""The whole window in German and Spanish: no English left, nothing clipped, on every tab.

The per-widget tests check their own texts; this one walks the window as a
student would (three kinds of data, every side tab, the menus, tooltips and
the plots' labels) and fails on any text with an English word in it.
"""

import pytest
from PySide6.QtWidgets import QWidget

from gui import language
from gui.visible_text import Text, clipped_texts, english_texts, menu_texts, plot_texts, visible_texts

# The app's name is a name, in every language.
_NAME = "Loss Explorer"


def _texts(window):
    texts = visible_texts(window) + plot_texts(window) + (menu_texts(window) if hasattr(window, "menuBar") else [])
    texts += [Text(w, w.toolTip()) for w in window.findChildren(QWidget) if w.isVisible() and w.toolTip()]
    return [Text(t.widget, t.text.replace(_NAME, "")) for t in texts]


@pytest.mark.parametrize("code", ["de", "es"])
def test_no_english_and_nothing_clipped_on_any_tab(window, qtbot, code):
    language.use_language(code)
    english, clipped = {}, {}
    for data in ("circle", "sine", "spiral-3"):
        window.session.load_builtin(data)
        for _ in range(3):
            window.session.step(unit="epoch")
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(5)
            where = f"{data}, tab {window.tabs.tabText(index)!r}"
            for t in english_texts(_texts(window)):
                english.setdefault(t.text, where)
            for t in clipped_texts(window):
                clipped.setdefault(str(t), where)
    assert not english, "\n".join(f"{where}: {text!r}" for text, where in english.items())
    assert not clipped, "\n".join(f"{where}: {text}" for text, where in clipped.items())


def test_the_test_can_fail(window):
    language.use_language("de")
    window.controls.train_button.setText("Train the network")
    assert english_texts(_texts(window))


def test_plot_ticks_follow_the_decimal_separator(window, qtbot):
    from gui.plot_axes import ReaderAxis
    axes = [window.loss_plot.plot_item.getAxis("left"), window.output_view.plot_item.getAxis("left")]
    assert all(isinstance(axis, ReaderAxis) for axis in axes)
    assert axes[0].tickStrings([0.5, 1.5], 1, 0.5) == ["0.5", "1.5"]
    language.use_language("de")
    assert [axis.tickStrings([0.5, 1.5], 1, 0.5) for axis in axes] == [["0,5", "1,5"]] * 2
    assert window.loss_plot.plot_item.getAxis("bottom").tickStrings([1200], 1, 100) == ["1.200"]
    qtbot.wait(50)
    window.grab()  # drawn again in the new separators, not from the English picture
    assert [axis._drawn_with for axis in axes] == [(",", ".")] * 2


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_no_side_tab_scrolls_sideways_at_1366x768(window, qtbot, code):
    """A lesson read through a horizontal scroll bar loses the end of every line."""
    from PySide6.QtWidgets import QScrollArea
    language.use_language(code)
    window.lesson_panel.start(window.lesson_panel.lessons[0][1])
    wide = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(5)
        page = window.tabs.currentWidget()
        area = page if isinstance(page, QScrollArea) else page.findChild(QScrollArea)
        if area is not None and area.horizontalScrollBar().maximum() > 0:
            wide.append(f"{window.tabs.tabText(index)}: {area.widget().minimumSizeHint().width()}px "
                        f"in {area.viewport().width()}px")
    assert not wide, wide


def test_long_lesson_titles_end_in_an_ellipsis_instead_of_widening_the_panel(window):
    selector = window.lesson_panel.selector
    longest = max(selector.fontMetrics().horizontalAdvance(selector.itemText(i)) for i in range(selector.count()))
    assert selector.minimumSizeHint().width() < longest
    assert selector.elides_text


def test_accessible_names_are_in_german_too(window, qtbot):
    """A screen reader reads the accessible names: no control may fall back to its English object name."""
    language.use_language("de")
    qtbot.wait(10)  # Qt posts the language change to each window
    english = [f"{w.objectName()}: {w.accessibleName()!r}" for w in window.findChildren(QWidget)
               if w.accessibleName() and w.objectName() and w.accessibleName() == w.objectName().replace("_", " ")]
    assert not english, "\n".join(english)


@pytest.mark.parametrize("code", ["de", "es"])
def test_a_zoom_that_fits_english_is_fitted_again_for_a_longer_language(window, qtbot, code):
    window.session.load_builtin("sine")
    window.set_zoom(1.5)
    language.use_language(code)
    # The language change, then the fit, arrive as events.
    qtbot.waitUntil(lambda: not clipped_texts(window), timeout=3000)


@pytest.mark.parametrize("code", ["de", "es"])
def test_challenge_titles_in_the_picker_and_in_compare_are_translated(window, qtbot, code):
    from gui.visible_text import english_words
    language.use_language(code)
    qtbot.wait(10)
    selector = window.lesson_panel.predict_panel.challenge_selector
    titles = [selector.itemText(i) for i in range(selector.count())]
    assert titles and not [t for t in titles if english_words(t)], titles
    compare = window.open_compare()
    qtbot.wait(10)
    texts = [t for t in _texts(compare) if english_words(t.text)]
    compare.close()
    assert not texts, [t.text for t in texts]


def test_the_landscape_colour_bar_follows_the_decimal_separator(window, qtbot):
    language.use_language("de")
    dialog = window.open_landscape()
    qtbot.waitUntil(lambda: not dialog.is_computing, timeout=60000)
    assert dialog.colorbar.getAxis("right").tickStrings([-0.05, -0.1], 1, 0.05) == ["-0,05", "-0,10"]
    dialog.close()
