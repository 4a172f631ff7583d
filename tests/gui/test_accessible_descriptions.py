"""Screen readers hear what the loss curve and the output view show, a few times a second."""

import re

import pytest

from engine.formatting import count, number, percent
from gui.loss_plot import LossPlot
from gui.output import OutputView

pytestmark = pytest.mark.qt_log_ignore("does not support raise")


@pytest.fixture
def views(qtbot, session):
    plot, output = LossPlot(session), OutputView(session)
    for widget in (plot, output):
        qtbot.addWidget(widget)
        widget.resize(600, 500)
        widget.show()
    return plot, output


def train_briefly(qtbot, session, epochs=60):
    session.set_learning_rate(0.1)
    session.start()
    qtbot.waitUntil(lambda: session.snapshot.epoch >= epochs, timeout=20000)
    session.stop_and_wait()


def test_descriptions_after_a_short_training_run(qtbot, session, views):
    plot, output = views
    assert plot.plot.accessibleDescription().startswith("No epochs yet")
    train_briefly(qtbot, session)
    history = session.history
    expected_epoch = count(history.column("epoch")[-1])
    qtbot.waitUntil(lambda: plot.plot.accessibleDescription().endswith(f"epoch {expected_epoch}"), timeout=3000)

    said = plot.plot.accessibleDescription()
    match = re.fullmatch(r"train loss (\S+), (falling|rising|flat); test loss (\S+), (falling|rising|flat); epoch (\S+)", said)
    assert match, said
    assert match.group(1) == number(history.column("train_loss")[-1], 2)
    assert match.group(3) == number(history.column("test_loss")[-1], 2)
    assert match.group(2) == "falling"  # 60 epochs into the circle at a learning rate of 0.1

    results = session.experiment.trainer.evaluate()
    expected = f"decision boundary: {percent(results['test_metric'], 0)} of test points on the right side"
    qtbot.waitUntil(lambda: output.plot.accessibleDescription() == expected, timeout=3000)


def test_descriptions_are_throttled_not_rewritten_every_epoch(qtbot, session, views):
    plot, output = views
    before = plot.plot.accessibleDescription(), output.plot.accessibleDescription()
    for _ in range(5):
        session.step(unit="epoch")
    # Five epochs arrived without the event loop running: the timer has not fired yet.
    assert (plot.plot.accessibleDescription(), output.plot.accessibleDescription()) == before
    qtbot.waitUntil(lambda: plot.plot.accessibleDescription().endswith("epoch 5"), timeout=3000)
    share = percent(session.experiment.trainer.evaluate()["test_metric"], 0)
    qtbot.waitUntil(lambda: output.plot.accessibleDescription().startswith(f"decision boundary: {share} "), timeout=3000)


def test_regression_is_described_by_its_r2(qtbot, session, views):
    plot, output = views
    session.load_builtin("sine")
    for _ in range(3):
        session.step(unit="epoch")
    prepared = session.prepared
    predicted = prepared.decode(session.network.forward(prepared.X_test))
    actual = prepared.y_test
    r2 = 1 - ((actual - predicted) ** 2).sum() / ((actual - actual.mean()) ** 2).sum()
    expected = f"fitted curve: R² {number(r2, 2)} on test points (1 is a perfect fit)"
    qtbot.waitUntil(lambda: output.plot.accessibleDescription() == expected, timeout=3000)
