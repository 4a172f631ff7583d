import numpy as np
from PySide6.QtCore import Qt

from gui.bookmarks import BookmarksPanel


def test_bookmark_restore_and_branch(qtbot, session):
    panel = BookmarksPanel(session)
    qtbot.addWidget(panel)
    for _ in range(10):
        session.step(unit="epoch")
    weights = session.network.params.copy()
    curve = session.history.column("train_loss").copy()
    qtbot.mouseClick(panel.add_button, Qt.LeftButton)
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("epoch 10 ·")

    for _ in range(15):
        session.step(unit="epoch")
    assert session.snapshot.epoch == 25

    qtbot.mouseClick(panel.restore_button, Qt.LeftButton)
    assert session.snapshot.epoch == 10
    np.testing.assert_array_equal(session.network.params, weights)
    np.testing.assert_array_equal(session.history.column("train_loss"), curve)

    # Branch: other settings from the bookmarked moment.
    session.set_learning_rate(0.3)
    session.step(unit="epoch")
    assert session.snapshot.epoch == 11 and session.snapshot.learning_rate == 0.3
    qtbot.mouseClick(panel.delete_button, Qt.LeftButton)
    assert panel.list.count() == 0 and not panel.restore_button.isEnabled()


def test_bookmarking_a_live_run_keeps_it_running(qtbot, session):
    panel = BookmarksPanel(session)
    qtbot.addWidget(panel)
    session.start()
    qtbot.waitUntil(lambda: session.snapshot.epoch > 3, timeout=5000)
    bookmark = panel.add()
    assert session.is_running
    assert bookmark.document["training"]["epoch"] > 3
    with qtbot.waitSignal(session.stopped, timeout=3000):
        session.pause()
