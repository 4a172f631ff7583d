"""What a person can read in a window, and what of it is cut off.

Used by the tests (and by anyone checking a new language or screen size):
``visible_texts`` lists every text on screen, ``clipped_texts`` the ones
that do not fit the room their widget has.
"""

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QComboBox, QGroupBox, QLabel, QLineEdit, QRadioButton,
                               QStyle, QStyleOptionComboBox, QTabBar, QWidget)

# A "number" longer than this is a formatting bug (a blown-up loss written out in full).
MAX_DIGITS = 12
_LONG_NUMBER = re.compile(r"\d{%d,}" % (MAX_DIGITS + 1))
# Text may overhang its box by this many pixels before it counts as clipped
# (anti-aliasing and font hinting differ by a pixel or so).
_SLACK = 2


@dataclass
class Text:
    widget: QWidget
    text: str
    needed: int = 0     # pixels the text needs
    room: int = 0       # pixels it has

    def __str__(self):
        name = self.widget.objectName() or type(self.widget).__name__
        return f"{name}: {self.text!r} needs {self.needed}px, has {self.room}px"


def _shown(widget):
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0 and not widget.visibleRegion().isEmpty()


def _might_be_rich(text):
    # Qt::mightBeRichText is not in the Python bindings; a tag is the sign.
    return bool(re.search(r"<[a-zA-Z][^>]*>", text))


def _plain(label):
    text = label.text()
    if label.textFormat() == Qt.RichText or (label.textFormat() == Qt.AutoText and _might_be_rich(text)):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def visible_texts(root):
    """Every text a person can see in ``root`` and its children: ``Text`` items."""
    texts = []
    for widget in [root] + root.findChildren(QWidget):
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel):
            texts.append(Text(widget, _plain(widget)))
        elif isinstance(widget, (QAbstractButton, QGroupBox)):
            texts.append(Text(widget, widget.text() if isinstance(widget, QAbstractButton) else widget.title()))
        elif isinstance(widget, QComboBox):
            texts.append(Text(widget, widget.currentText()))
        elif isinstance(widget, QLineEdit):
            texts.append(Text(widget, widget.text()))
        elif isinstance(widget, QTabBar):
            texts.extend(Text(widget, widget.tabText(i)) for i in range(widget.count()))
        elif hasattr(widget, "shown_text"):  # LiveText and other painted labels
            texts.append(Text(widget, widget.shown_text()))
    return [t for t in texts if t.text]


def long_numbers(root):
    """Visible texts with a run of more than ``MAX_DIGITS`` digits."""
    return [t for t in visible_texts(root) if _LONG_NUMBER.search(t.text)]


def clipped_texts(root):
    """Visible one-line texts wider than their widget lets them be, as ``Text`` items.

    Word-wrapped and elided labels can't be clipped sideways; their height is
    checked instead.
    """
    clipped = []
    for widget in [root] + root.findChildren(QWidget):
        if not _shown(widget):
            continue
        metrics = widget.fontMetrics()
        if isinstance(widget, QLabel):
            text = _plain(widget)
            if not text or widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            room = widget.contentsRect()
            if widget.wordWrap():
                needed = widget.heightForWidth(room.width()) if widget.hasHeightForWidth() else widget.sizeHint().height()
                if needed > widget.height() + _SLACK:
                    clipped.append(Text(widget, text, needed, widget.height()))
                continue
            needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if needed > room.width() + _SLACK:
                clipped.append(Text(widget, text, needed, room.width()))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                text = widget.tabText(i)
                if not widget.tabRect(i).intersects(widget.rect()):
                    continue  # scrolled away, behind the scroll buttons: reachable, not clipped
                needed = metrics.horizontalAdvance(text.replace("&", ""))
                room = widget.tabRect(i).width() - 8
                if needed > room + _SLACK:
                    clipped.append(Text(widget, text, needed, room))
        elif isinstance(widget, (QCheckBox, QRadioButton)):
            text = widget.text().replace("&", "")
            style = widget.style()
            needed = (style.pixelMetric(QStyle.PM_IndicatorWidth, None, widget)
                      + style.pixelMetric(QStyle.PM_CheckBoxLabelSpacing, None, widget)
                      + metrics.horizontalAdvance(text))
            if text and needed > widget.width() + _SLACK:
                clipped.append(Text(widget, text, needed, widget.width()))
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text().replace("&", "")
            needed = metrics.horizontalAdvance(text) + 8
            if needed > widget.width() + _SLACK:
                clipped.append(Text(widget, text, needed, widget.width()))
        elif isinstance(widget, QComboBox) and widget.currentText() and not getattr(widget, "elides_text", False):
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, widget)
            needed = metrics.horizontalAdvance(widget.currentText())
            if needed > field.width() + _SLACK:
                clipped.append(Text(widget, widget.currentText(), needed, field.width()))
        elif hasattr(widget, "shown_text") and hasattr(widget, "needed_width"):
            needed = widget.needed_width()
            if widget.shown_text() and needed > widget.width() + _SLACK:
                clipped.append(Text(widget, widget.shown_text(), needed, widget.width()))
    return clipped


# Words that mark a sentence as English and that German and Spanish never
# spell the same way; a translation that left one behind missed a text.
_ENGLISH_WORDS = frozenset(
    "the and of to your you is are with this that from for each which what its were can cannot "
    "have not yet here there then than into onto press click open save train step reset loss "
    "learning points point hidden layer layers weights network file view help show shows blue green "
    "challenge beats goal by "
    "choose pick when while how".split())
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")


def english_words(text):
    """The words of ``text`` that only English spells that way."""
    return [word for word in _WORD.findall(text) if word.lower() in _ENGLISH_WORDS]


def menu_texts(window):
    """The texts of every menu and action in ``window``'s menu bar, submenus included."""
    texts, menus = [], [window.menuBar()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            for text in (action.text(), action.toolTip(), action.statusTip()):
                if text:
                    texts.append(Text(menu, text.replace("&", "")))
    return texts


def english_texts(texts):
    """Those of ``texts`` with an English word in them."""
    return [t for t in texts if english_words(t.text)]


def plot_texts(root):
    """The titles, axis labels, legend entries and text items of every pyqtgraph plot in ``root``."""
    import pyqtgraph as pg  # only here: the rest of this module needs no plots
    texts = []
    for widget in root.findChildren(pg.PlotWidget):
        if not _shown(widget):
            continue
        item = widget.getPlotItem()
        found = [item.titleLabel.text or ""]
        found += [item.getAxis(side).labelText for side in ("left", "bottom")]
        if item.legend is not None:
            found += [label.text for _, label in item.legend.items]
        found += [child.toPlainText() for child in item.items if isinstance(child, pg.TextItem)]
        document = QTextDocument()
        for text in found:
            document.setHtml(text)
            if document.toPlainText():
                texts.append(Text(widget, document.toPlainText()))
    return texts
