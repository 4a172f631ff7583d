"""LiveText: numbers that change every frame without laying out the window again."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.live_text import LiveText


class LayoutRequests(QObject):
    def __init__(self, widget):
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.LayoutRequest:
            self.count += 1
        return False


def parent_with(qtbot, child):
    parent = QWidget()
    QVBoxLayout(parent).addWidget(child)
    qtbot.addWidget(parent)
    parent.show()
    qtbot.waitExposed(parent)
    qtbot.wait(20)  # the layout requests of showing it
    return parent


def test_a_new_text_repaints_without_asking_the_parents_for_a_layout(qtbot):
    text = LiveText("0,000,000")
    parent = parent_with(qtbot, text)
    requests = LayoutRequests(parent)
    for epoch in (7, 1_234, 98_765):
        text.setText(f"{epoch:,}")
        qtbot.wait(5)
    assert text.text() == "98,765"
    assert text.accessibleDescription() == "98,765"
    assert requests.count == 0
    assert parent.isVisible()


def test_a_qlabel_does_ask_for_a_layout_so_the_check_above_can_fail(qtbot):
    label = QLabel("0")
    parent = parent_with(qtbot, label)
    requests = LayoutRequests(parent)
    label.setText("1,234")
    qtbot.wait(5)
    assert requests.count >= 1
    assert parent.isVisible()


def test_size_fits_the_template_in_the_current_font_and_grows_with_it(qtbot):
    text = LiveText("0,000 epochs/s")
    text.setText("5 epochs/s")
    small = text.sizeHint()
    assert small.width() >= text.fontMetrics().horizontalAdvance("0,000 epochs/s")
    font = QFont(text.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    text.setFont(font)
    assert text.sizeHint().width() > 1.8 * small.width()
    assert text.sizeHint().height() > small.height()


def test_text_wider_than_the_widget_is_elided_not_spilled(qtbot):
    text = LiveText("00")
    parent = parent_with(qtbot, text)
    text.setText("a very long line that cannot fit " * 5)
    text.setFixedWidth(80)
    parent.adjustSize()
    image = text.grab().toImage()
    assert image.width() == 80 * image.devicePixelRatio()
    # Something was drawn (the elided text), and the widget did not grow.
    assert text.width() == 80
