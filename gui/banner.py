"""The strip across the top of the window for things the user must read."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from . import appearance
from .language import Retranslating


class MessageBanner(Retranslating, QFrame):
    """A dismissable strip across the top for things the user must read."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("message_banner")
        self.setAccessibleName("message")
        appearance.set_colors(self, "#3a2a00", background="#fff4e5", frame=True)
        self.title = QLabel()
        appearance.make_bold(self.title)
        self.text = QLabel()
        self.text.setObjectName("message_text")
        self.text.setTextFormat(Qt.PlainText)  # messages may quote a file; never render them as HTML
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.close_button = close = QToolButton()
        close.setText("✕")
        close.setObjectName("message_close")
        close.clicked.connect(self.hide)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 1)
        layout.addWidget(close, 0, Qt.AlignTop)
        self.hide()
        self.retranslate()

    def retranslate(self):
        self.setAccessibleName(self.tr("message"))
        self.close_button.setAccessibleName(self.tr("dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss this message"))

    def show_message(self, title, text):
        self.title.setText(title)
        self.text.setText(text)
        self.show()
