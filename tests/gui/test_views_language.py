"""The canvas, the output view, the loss plot, the step-through and the formula panel in German and Spanish.

Every text they show is in the language chosen (no English sentence left),
nothing is cut off at 1366×768 in German, switching back to English brings the
English texts back, and numbers typed on the canvas follow the language.
"""

import csv
import xml.etree.ElementTree as ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget

import resources
from engine import data as engine_data
from gui import language
from gui.output.helpers import DESCRIPTION_INTERVAL_MS
from gui.visible_text import clipped_texts, visible_texts

CONTEXTS = {"NetworkView", "OutputView", "LossPlot", "LossHistogram", "StepThroughPanel", "FormulaPanel",
            "formula_panel", "step_through"}


def translated_sources(code):
    """English sources of our contexts whose ``code`` translation differs from them."""
    tree = ElementTree.parse(resources.path("translations", f"loss_explorer_{code}.ts"))
    sources = set()
    for context in tree.iter("context"):
        if context.findtext("name") not in CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" and translation.text and translation.text != message.findtext("source"):
                sources.add(message.findtext("source"))
    return sources


def views(window):
    return [window.network_view, window.output_view, window.loss_plot, window.step_through, window.formula_panel]


def settle(qtbot=None):
    if qtbot is not None:
        qtbot.wait(DESCRIPTION_INTERVAL_MS + 100)   # the screen reader's descriptions follow on a timer
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
    QCoreApplication.processEvents()
    # Panels that rebuild their fields in a new language leave the old ones to be deleted.
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _path(widget, view):
    """Where a widget sits under ``view``: object names (or classes) and places among siblings, stable
    when a panel rebuilds the same fields in another language."""
    parts = []
    while widget is not None and widget is not view:
        parent = widget.parentWidget()
        kind = widget.objectName() or type(widget).__name__
        siblings = [w for w in (parent.findChildren(QWidget, options=Qt.FindDirectChildrenOnly) if parent else [])
                    if (w.objectName() or type(w).__name__) == kind]
        parts.append(f"{kind}[{siblings.index(widget) if widget in siblings else 0}]")
        widget = parent
    return "/".join(reversed(parts))


def everything_said(window):
    """Per widget (by path of object names and class): its visible text, tooltip, accessible name and description."""
    said = {}
    for view in views(window):
        for widget in [view] + view.findChildren(QWidget):
            key = (_path(widget, view), type(widget).__name__)
            said[key] = (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription())
        for text in visible_texts(view):
            said[(_path(text.widget, view), "shown")] = text.text
    said["axes"] = tuple(window.output_view.plot_item.getAxis(side).labelText for side in ("left", "bottom"))
    said["plot axes"] = tuple(window.loss_plot.plot_item.getAxis(side).labelText for side in ("left", "bottom"))
    said["title"] = window.loss_plot.plot_item.titleLabel.text
    return said


def english_left(window, code):
    sources = translated_sources(code)
    left = []
    for view in views(window):
        for widget in [view] + view.findChildren(QWidget):
            for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()):
                if text in sources:
                    left.append(f"{widget.objectName() or type(widget).__name__}: {text!r}")
        left += [str(text) for text in visible_texts(view) if text.text in sources]
    return left


def load(window, data):
    """A built-in data set by name, or a table from resources/data (they make the fit and confusion views)."""
    if data.endswith(".csv"):
        window.session.set_dataset(engine_data.read_csv(resources.path("data", data)))
    else:
        window.session.load_builtin(data, n_samples=120)


def show_each_tab(window):
    for page in (window.step_through, window.formula_panel):
        window.show_tab(page)
        settle()


@pytest.mark.parametrize("code", ["de", "es"])
def test_the_views_speak_the_language_chosen(window, code):
    window.session.step(unit="epoch")
    for data in ("iris.csv", "wine-alcohol.csv", "sine"):
        load(window, data)
        language.use_language(code)
        show_each_tab(window)
        assert english_left(window, code) == [], data
        language.use_language("en")
    load(window, "circle")
    window.session.step(unit="epoch")
    language.use_language(code)
    show_each_tab(window)
    window.step_through.set_active(True)
    settle()
    assert english_left(window, code) == []
    words = {"de": ("VERDECKTE SCHICHT", "Netzausgabe", "Epoche", "Verlust"),
             "es": ("CAPA", "Salida de la red", "época", "pérdida")}[code]
    assert words[0] in window.network_view.layer_count_label.text()
    assert window.output_view.caption.text().startswith(words[1])
    assert words[2] in window.loss_plot.latest_label.text()
    assert words[3] in window.loss_plot.plot_item.getAxis("left").labelText
    assert window.step_through.random_button.text() != "Random point"


def test_switching_back_to_english_brings_every_text_back(qtbot, window):
    window.session.step(unit="epoch")
    window.show_tab(window.step_through)
    settle(qtbot)
    english = everything_said(window)
    language.use_language("de")
    settle(qtbot)
    german = everything_said(window)
    assert german != english
    language.use_language("en")
    settle(qtbot)
    assert everything_said(window) == english


@pytest.mark.parametrize("data", ["circle", "sine", "blobs", "iris.csv", "wine-alcohol.csv"])
def test_nothing_of_the_views_is_cut_off_in_german_at_1366x768(qtbot, window, data):
    load(window, data)
    window.session.step(unit="epoch")
    language.use_language("de")
    for page in (window.step_through, window.formula_panel):
        window.show_tab(page)
        settle(qtbot)
        clipped = [text for view in views(window) for text in clipped_texts(view)]
        assert clipped == [], "; ".join(map(str, clipped))


def test_a_weight_typed_with_a_decimal_comma_is_read_in_german(window):
    language.use_language("de")
    canvas = window.network_view
    edge = canvas.edges[0]
    canvas._edit_weight(edge, edge.sceneBoundingRect().center())
    assert "," in canvas.editor.text() and "." not in canvas.editor.text()
    assert canvas.edit_value("0,25")
    assert window.session.network.weights[edge.k][edge.i, edge.j] == 0.25
    canvas._edit_weight(edge, edge.sceneBoundingRect().center())
    assert canvas.edit_value("-1.5")   # the point still works
    assert window.session.network.weights[edge.k][edge.i, edge.j] == -1.5
    canvas._edit_weight(edge, edge.sceneBoundingRect().center())
    assert not canvas.edit_value("1.500,5")   # thousands separators are refused, never guessed at


def test_the_loss_plot_writes_its_csv_with_points_in_german(window, tmp_path):
    for _ in range(3):
        window.session.step(unit="epoch")
    language.use_language("de")
    path = tmp_path / "loss.csv"
    window.loss_plot.export_csv(str(path))
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["epoch", "train_loss", "test_loss"]
    assert all(float(cell) >= 0 for cell in rows[-1][1:3]) and "." in rows[-1][1]
