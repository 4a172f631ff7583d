"""Bookmarks: keep the state of a run at any moment, go back to it, branch from it.

A bookmark is an experiment document held in memory, exactly what File →
Save would write, so restoring one is the same as opening a file.
"""

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from engine import experiment_file
from engine import losses
from engine.formatting import count, fixed, number

from .language import Retranslating

# Qt's translation of a text outside a widget class; lupdate finds translate("context", "text") by its name.
translate = QCoreApplication.translate


class Bookmark:
    """A saved moment: its ``document`` and a ``label`` said in the language spoken when it is read."""

    def __init__(self, label, document):
        self._label, self.document = label, document

    @property
    def label(self):
        return self._label() if callable(self._label) else self._label


def describe_moment(session):
    """What a bookmark of this moment is called, as a function: it says it again in each language."""
    snap = session.snapshot
    loss = session.history.column("train_loss")
    last = float(loss[-1]) if len(loss) else None
    epoch, loss_name, rate, clock = snap.epoch, snap.loss, snap.learning_rate, time.strftime('%H:%M:%S')

    def say():
        loss_text = translate("bookmarks", "train loss {loss}").format(loss=fixed(last)) \
            if last is not None else translate("bookmarks", "untrained")
        return translate("bookmarks", "epoch {epoch} · {loss_text} · {loss} · lr {rate} · {time}").format(
            epoch=count(epoch), loss_text=loss_text, loss=losses.get(loss_name).shown_label(),
            rate=number(rate), time=clock)
    return say


class BookmarksPanel(Retranslating, QWidget):
    """A list of bookmarks with Bookmark now, Restore and Delete."""

    restored = Signal(str)   # the label of the bookmark put back

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("bookmarks")
        self.session = session
        self.bookmarks = []
        self.list = QListWidget()
        self.list.setObjectName("bookmark_list")
        self.add_button = self._button("bookmark_add")
        self.restore_button = self._button("bookmark_restore")
        self.delete_button = self._button("bookmark_delete")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.restore_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list.itemDoubleClicked.connect(lambda _: self.restore_selected())
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()
        self.retranslate()

    def retranslate(self):
        self.list.setAccessibleName(self.tr("bookmarks"))
        self.list.setToolTip(self.tr("Saved moments of training. Double-click one to go back to it."))
        for button, text, tip in (
                (self.add_button, self.tr("Bookmark now"),
                 self.tr("Remember the weights, the curve and the settings as they are now (Ctrl+B).")),
                (self.restore_button, self.tr("Restore"),
                 self.tr("Go back to the selected moment; change settings and train to branch from it.")),
                (self.delete_button, self.tr("Delete"), self.tr("Forget the selected bookmark."))):
            button.setText(text)
            button.setAccessibleName(text)
            button.setToolTip(tip)
        for row, bookmark in enumerate(self.bookmarks):
            self.list.item(row).setText(bookmark.label)

    def _button(self, name):
        button = QPushButton()
        button.setObjectName(name)
        return button

    def _update_buttons(self, *_):
        selected = self.list.currentRow() >= 0
        self.restore_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def add(self):
        session = self.session
        # A consistent copy needs the worker to stand still for a moment.
        with session.paused():
            document = experiment_file.to_document(session.experiment)
        bookmark = Bookmark(describe_moment(session), document)
        self.bookmarks.append(bookmark)
        item = QListWidgetItem(bookmark.label)
        item.setData(Qt.UserRole, len(self.bookmarks) - 1)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        return bookmark

    def restore(self, bookmark):
        experiment = experiment_file.from_document(bookmark.document, bookmark.label).build()
        self.session.install(experiment)
        self.restored.emit(bookmark.label)

    def restore_selected(self):
        row = self.list.currentRow()
        if row >= 0:
            self.restore(self.bookmarks[row])

    def delete_selected(self):
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.bookmarks[row]
            self._update_buttons()
