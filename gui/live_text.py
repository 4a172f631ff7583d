"""One line of text that changes every frame without laying out the window again."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class LiveText(QWidget):
    """A label for numbers that change while training runs.

    A QLabel asks for a new layout on every ``setText``, and Qt then lays out
    each parent in turn up to the window: at 1600×1000 that cost about 5 ms of
    every frame, a third of it. This widget's size depends only on
    ``template`` (the widest text it expects) and its font, so a new text only
    repaints it. Text wider than the widget is elided.

    ``setText`` and ``text`` keep QLabel's names so it stands in for one.
    """

    def __init__(self, template="", parent=None, alignment=Qt.AlignLeft | Qt.AlignVCenter):
        super().__init__(parent)
        self._text = ""
        self._shorter = ()
        self._template = template
        self._alignment = alignment
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)

    def text(self):
        return self._text

    def set_template(self, template):
        """Take the room ``template`` needs from now on (another language's words, say)."""
        if template != self._template:
            self._template = template
            self.updateGeometry()

    def setText(self, text, shorter=()):  # noqa: N802 (QLabel's name)
        """Show ``text``, or the first of ``shorter`` that fits when it does not; else nothing.

        Without ``shorter`` a text too wide is elided with "…".
        """
        shorter = tuple(shorter)
        if text == self._text and shorter == self._shorter:
            return
        self._text, self._shorter = text, shorter
        # What a screen reader reads out; the name says what the number is.
        self.setAccessibleDescription(text)
        self.update()

    def shown_text(self):
        """The text a person sees: the full one, or the shorter one that fits (before any eliding)."""
        if not self._shorter:
            return self._text
        metrics = self.fontMetrics()
        for text in (self._text,) + self._shorter:
            if metrics.horizontalAdvance(text) <= self.width():
                return text
        return ""

    def needed_width(self):
        """Pixels the shown text needs; more than ``width()`` means it is elided."""
        return self.fontMetrics().horizontalAdvance(self.shown_text())

    def sizeHint(self):  # noqa: N802 (Qt's name)
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._template) + 2, metrics.height() + 2)

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("0…"), metrics.height() + 2)

    def paintEvent(self, event):  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), self._alignment,
                         self.fontMetrics().elidedText(self.shown_text(), Qt.ElideRight, self.width()))
