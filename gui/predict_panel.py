"""Predict, then run; and challenges with a goal checked live.

Before training on, the student writes down a prediction: the band the
training loss will be in at an epoch, and whether the test loss will rise.
When the run gets there, the panel puts the truth beside it, and keeps
every prediction with the lesson's title in a small file on this computer.

A challenge is a lesson with a goal (``engine.challenge``): starting one sets
it up, the goal is checked after every epoch, a met goal is noted quietly,
and each attempt goes into a local score table. No network, no accounts.
"""

import json
import os

import numpy as np

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from engine import experiment_file
from engine.challenge import Goal, ScoreTable, State
from engine.data import CLASSIFICATION
from engine.formatting import count, number, percent
from engine.prediction import LOSS_BANDS, Prediction, band_text, judge, judge_boundary, race_choices, race_winner

from .appearance import ElidedComboBox, describe, make_bold, mute, set_colors
from .check_calculation import RIGHT
from .builtin_lessons import builtin_lessons, shown_title
from .language import Retranslating
from .output.helpers import RESOLUTION

TEST_CHOICES = (None, False, True)   # will the test loss rise: no answer, no, yes
# The green of a right answer on dark windows (the dark and high-contrast themes): RIGHT is too dark there.
RIGHT_ON_DARK = "#56d364"


def show_right(label):
    """Color ``label``'s text the green of a right answer, readable in the window's theme."""
    # The application's palette is the theme's at once; a widget's follows it a moment later.
    dark = QApplication.palette().color(QPalette.Window).lightness() < 128
    set_colors(label, RIGHT_ON_DARK if dark else RIGHT)


def show_plain(label):
    """``label``'s text in the theme's own colors again (an empty palette inherits them, and follows a new theme)."""
    label.setPalette(QPalette())


# A drawn boundary this close (share of the plane on the same side) is shown as right.
CLOSE_ENOUGH = 0.85


def local_file(name):
    """A file in this user's application data folder (created if needed)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation) or os.path.expanduser("~")
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, name)


def challenges():
    """[(title, path, Goal)] of the built-in lessons that are challenges."""
    found = []
    for title, path in builtin_lessons():
        lesson = experiment_file.load(path).lesson
        goal = Goal.from_lesson(lesson)
        if goal is not None:
            found.append((title, path, goal))
    return found


class _Said:
    """Labels whose text is made by a function, made again in a new language."""

    def __init__(self):
        self._makers = {}

    def set(self, label, make_text):
        """Show ``make_text()`` on ``label`` now, and again on each language change."""
        self._makers[label] = make_text
        label.setText(make_text())

    def clear(self, label):
        self._makers.pop(label, None)
        label.clear()

    def again(self):
        for label, make_text in self._makers.items():
            label.setText(make_text())


class PredictPanel(Retranslating, QWidget):
    """The Predict & challenge tab."""

    judged = Signal(dict)          # a prediction's outcome, once the run reached its epoch
    goal_met = Signal(str)         # the challenge's title

    def __init__(self, session, start_lesson, current_lesson=None, parent=None):
        """``start_lesson(path)`` sets a lesson up in the window (the lesson panel's ``start``);
        ``current_lesson()`` gives the title of the lesson shown, if any."""
        super().__init__(parent)
        self.setObjectName("predict_panel")
        self.session = session
        self.start_lesson = start_lesson
        self.current_lesson = current_lesson or (lambda: None)
        self.prediction = None
        self.predictions_path = local_file("predictions.json")
        self.scores = ScoreTable(local_file("challenge_scores.json"))
        self.challenge = None          # (title, Goal) of the challenge under way
        self._met = False
        self.said = _Said()

        # ---- predict, then run
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 100_000)
        self.epochs.setValue(100)
        self.band = QComboBox()
        self.band.addItem("", None)
        for index in range(len(LOSS_BANDS)):
            self.band.addItem("", index)
        self.band.setCurrentIndex(2)
        self.test = QComboBox()
        for value in TEST_CHOICES:
            self.test.addItem("", value)
        self.commit_button = QPushButton()
        self.prediction_text = QLabel()
        self.prediction_text.setObjectName("prediction_text")
        self.prediction_text.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("prediction_outcome")
        self.outcome.setWordWrap(True)
        self.past = QListWidget()
        self.past.setMaximumHeight(130)
        self.past.setWordWrap(True)
        form = QFormLayout()
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.form_labels, (self.epochs, self.band, self.test)):
            label.setBuddy(field)
            form.addRow(label, field)
        self.predict_box = predict_box = QGroupBox()
        predict_layout = QVBoxLayout(predict_box)
        predict_layout.addLayout(form)
        predict_layout.addWidget(self.commit_button, 0, Qt.AlignRight)
        predict_layout.addWidget(self.prediction_text)
        predict_layout.addWidget(self.outcome)
        self.past_heading = mute(QLabel())
        predict_layout.addWidget(self.past_heading)
        predict_layout.addWidget(self.past)

        # ---- predict the boundary (2-D classes)
        self.sketch = session.boundary_sketch
        self._line_judged = None        # the points of the line last kept with its judgement
        self.draw_button = QPushButton()
        self.draw_button.setCheckable(True)
        self.clear_button = QPushButton()
        self.judge_button = QPushButton()
        self.boundary_outcome = QLabel()
        self.boundary_outcome.setObjectName("boundary_outcome")
        self.boundary_outcome.setWordWrap(True)
        boundary_box = QGroupBox()
        boundary_layout = QVBoxLayout(boundary_box)
        # Two rows: three buttons in one would widen the side panel past a laptop's screen in German.
        for row_buttons in ((self.draw_button, self.clear_button), (self.judge_button,)):
            buttons = QHBoxLayout()
            for button in row_buttons:
                buttons.addWidget(button)
            buttons.addStretch(1)
            boundary_layout.addLayout(buttons)
        boundary_layout.addWidget(self.boundary_outcome)
        self.boundary_box = boundary_box

        # ---- challenges
        self.challenge_list = challenges()
        # Long titles end in "…" rather than widen the side panel past a laptop's screen.
        self.challenge_selector = ElidedComboBox()
        for title, path, goal in self.challenge_list:
            self.challenge_selector.addItem(title, path)
        self.challenge_button = QPushButton()
        self.goal = QLabel()
        self.goal.setObjectName("challenge_goal")
        self.goal.setWordWrap(True)
        self.goal_status = QLabel()
        self.goal_status.setObjectName("challenge_status")
        self.goal_status.setWordWrap(True)
        self.score_table = QTableWidget(0, 4)
        self.score_table.verticalHeader().setVisible(False)
        self.score_table.setMaximumHeight(140)
        self.challenge_box = challenge_box = QGroupBox()
        challenge_layout = QVBoxLayout(challenge_box)
        row = QHBoxLayout()
        row.addWidget(self.challenge_selector, 1)
        row.addWidget(self.challenge_button)
        challenge_layout.addLayout(row)
        challenge_layout.addWidget(self.goal)
        challenge_layout.addWidget(self.goal_status)
        challenge_layout.addWidget(self.score_table)

        layout = QVBoxLayout(self)
        layout.addWidget(predict_box)
        layout.addWidget(boundary_box)
        layout.addWidget(challenge_box)
        layout.addStretch(1)

        self.commit_button.clicked.connect(self.commit)
        self.challenge_button.clicked.connect(lambda: self.start_challenge(self.challenge_selector.currentIndex()))
        self.challenge_selector.currentIndexChanged.connect(self._show_goal)
        session.history_changed.connect(self._on_history_changed)
        session.data_changed.connect(self._on_reset)
        self.draw_button.toggled.connect(self.sketch.set_drawing)
        self.sketch.drawing_changed.connect(self.draw_button.setChecked)
        self.clear_button.clicked.connect(self.sketch.clear)
        self.judge_button.clicked.connect(self.judge_boundary)
        self.sketch.changed.connect(self._on_sketch_changed)
        session.running_changed.connect(self._on_running_changed)
        session.data_changed.connect(self._on_data_changed)
        self.said.set(self.prediction_text, lambda: self.tr("Predict first, then train."))
        self.retranslate()
        self._on_data_changed()

    def retranslate(self):
        """The panel's texts in the current language; the ones that say what happened are said again."""
        describe(self.epochs, "predict_epochs", self.tr("How many more epochs the prediction is about."))
        self.epochs.setLocale(QLocale())
        describe(self.band, "predict_band", self.tr("The band you expect the training loss to end in."))
        self.band.setItemText(0, self.tr("Don't predict"))
        for index in range(len(LOSS_BANDS)):
            self.band.setItemText(index + 1, band_text(index))
        describe(self.test, "predict_test", self.tr("Whether the test loss will rise: overfitting."))
        for index, text in enumerate((self.tr("Don't predict"), self.tr("It will keep falling"),
                                      self.tr("It will rise"))):
            self.test.setItemText(index, text)
        self.commit_button.setText(self.tr("Commit my prediction"))
        describe(self.commit_button, "predict_commit",
                 self.tr("Write the prediction down; then train to see the truth beside it."))
        describe(self.past, "past_predictions", self.tr("Your earlier predictions in this lesson, with what happened."))
        for label, text in zip(self.form_labels, (self.tr("Epochs from now"), self.tr("Training loss then"),
                                                  self.tr("Test loss on the way"))):
            label.setText(text)
        self.predict_box.setTitle(self.tr("Predict, then run"))
        self.past_heading.setText(self.tr("Earlier predictions"))
        self.draw_button.setText(self.tr("Draw my boundary"))
        describe(self.draw_button, "predict_boundary_draw", self.tr(
            "Then drag on the output view's plane to draw where the network's decision boundary will end up, or "
            "click corner after corner. Escape clears it."))
        self.clear_button.setText(self.tr("Clear"))
        describe(self.clear_button, "predict_boundary_clear", self.tr("Remove the line you drew."))
        self.judge_button.setText(self.tr("How close was I?"))
        describe(self.judge_button, "predict_boundary_judge", self.tr(
            "Compare your line with the network's boundary now. It is also compared when a run stops."))
        self.boundary_box.setTitle(self.tr("Predict the boundary"))
        describe(self.challenge_selector, "challenge_selector", self.tr("Built-in challenges, each with a goal."))
        self.challenge_button.setText(self.tr("Start challenge"))
        describe(self.challenge_button, "challenge_start", self.tr(
            "Set up this challenge (your current work is replaced) and check its goal as you train."))
        describe(self.score_table, "score_table", self.tr("Your attempts at this challenge, best first."))
        self.score_table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Goal met"), self.tr("Epoch"),
                                                    self.tr("Test loss")])
        self.challenge_box.setTitle(self.tr("Challenge"))
        # Titles in the reader's language; the English title stays the key of the scores.
        for index, (_, path, _) in enumerate(self.challenge_list):
            self.challenge_selector.setItemText(index, shown_title(path))
        self.said.again()
        self._show_goal()
        self.show_past()

    # ------------------------------------------------------------- predict

    def lesson_title(self):
        return self.current_lesson() or self.session.dataset.name

    def commit(self):
        """Write the prediction down, locked until the run reaches its epoch."""
        epoch = int(self.session.snapshot.epoch)
        self.prediction = Prediction(at_epoch=epoch + self.epochs.value(), band=self.band.currentData(),
                                     test_rises=self.test.currentData(), from_epoch=epoch)
        if self.prediction.band is None and self.prediction.test_rises is None:
            self.prediction = None
            self.said.set(self.prediction_text, lambda: self.tr("Pick a band or a test-loss answer first."))
            return None
        for widget in (self.epochs, self.band, self.test, self.commit_button):
            widget.setEnabled(False)
        prediction = self.prediction
        self.said.set(self.prediction_text, lambda: self.tr("Your prediction: {prediction}. Now train to epoch {epoch}.")
                      .format(prediction=prediction.text(), epoch=count(prediction.at_epoch)))
        self.said.clear(self.outcome)
        self._on_history_changed()
        return self.prediction

    def _on_history_changed(self):
        history = self.session.history
        if self.prediction is not None and self.session.snapshot.epoch < self.prediction.from_epoch:
            # A reset or new layers: the run the prediction was about is gone.
            self._drop_prediction(lambda: self.tr("The run started over, so the prediction was dropped. Predict again."))
        if self.prediction is not None and len(history):
            outcome = judge(self.prediction, history.column("epoch"), history.column("train_loss"),
                            history.column("test_loss"))
            if outcome is not None:
                self._finish_prediction(outcome)
        if self.challenge is not None:
            self._check_goal()

    def _finish_prediction(self, outcome):
        right = [v for v in (outcome["band_right"], outcome["test_right"]) if v is not None]
        prediction = self.prediction
        self.said.set(self.prediction_text,
                      lambda: self.tr("You predicted: {prediction}.").format(prediction=prediction.text()))
        self.said.set(self.outcome, lambda: outcome["text"])
        if right and all(right):
            show_right(self.outcome)
        else:
            show_plain(self.outcome)
        self._keep(self.prediction)
        self.prediction = None
        for widget in (self.epochs, self.band, self.test, self.commit_button):
            widget.setEnabled(True)
        self.show_past()
        self.judged.emit(outcome)

    def _on_reset(self):
        # New data: a prediction about the old run can no longer be judged.
        self._drop_prediction(lambda: self.tr("The data changed, so the prediction was dropped. Predict again."))

    def _drop_prediction(self, why):
        if self.prediction is not None:
            self.prediction = None
            for widget in (self.epochs, self.band, self.test, self.commit_button):
                widget.setEnabled(True)
            self.said.set(self.prediction_text, why)

    # ------------------------------------------------------------ boundary

    def boundary_possible(self):
        """A boundary can be drawn on 2-D classes only: the output view shows their plane."""
        dataset = self.session.dataset
        return dataset.task == CLASSIFICATION and dataset.X.shape[1] == 2

    def _on_data_changed(self):
        self.sketch.clear()
        self.sketch.set_drawing(False)
        possible = self.boundary_possible()
        for button in (self.draw_button, self.clear_button, self.judge_button):
            button.setEnabled(possible)
        show_plain(self.boundary_outcome)
        self.said.set(self.boundary_outcome, lambda: self.tr(
            "Before you train, press Draw my boundary and draw on the output view where the network will separate "
            "the classes.") if possible else self.tr(
            "Drawing a boundary needs data with two inputs and classes, such as circle or xor."))
        self._on_sketch_changed()

    def _on_sketch_changed(self):
        self.judge_button.setEnabled(self.boundary_possible() and self.sketch.is_line())
        self.clear_button.setEnabled(self.boundary_possible() and bool(self.sketch.points))

    def _on_running_changed(self, running):
        if running:
            # The line is the prediction now: no more drawing while the run shows the truth.
            self.sketch.set_drawing(False)
        elif self.sketch.is_line() and self._line_judged != self.sketch.points and self.boundary_possible():
            self.judge_boundary()

    def judge_boundary(self):
        """How close the drawn line is to the network's boundary now; kept with the lesson's predictions."""
        if not (self.boundary_possible() and self.sketch.is_line()):
            return None
        session = self.session
        x0, x1, y0, y1 = session.input_extent()
        # The grid's row 0 is the top of the plane (the largest second input).
        xs, ys = np.linspace(x0, x1, RESOLUTION), np.linspace(y0, y1, RESOLUTION)[::-1]
        out = session.grid_outputs(RESOLUTION)[1][-1]
        classes = session.prepared.decode(out.reshape(-1, out.shape[-1])).reshape(out.shape[:2])
        train = session.prepared.train_index
        X, y = np.asarray(session.dataset.X, dtype=float)[train], np.asarray(session.dataset.y)[train]
        self.sketch.set_drawing(False)     # judged: the line is the prediction now
        prediction = Prediction(at_epoch=0, boundary=[list(p) for p in self.sketch.points])
        outcome = judge_boundary(prediction, int(session.snapshot.epoch), xs, ys, classes, X, y)
        self.said.set(self.boundary_outcome, lambda: outcome["text"])
        if outcome["agreement"] >= CLOSE_ENOUGH:
            show_right(self.boundary_outcome)
        else:
            show_plain(self.boundary_outcome)
        if self._line_judged != self.sketch.points:
            self._line_judged = list(self.sketch.points)
            self._keep(prediction)
            self.show_past()
        self.judged.emit(outcome)
        return outcome

    def _read_predictions(self):
        try:
            with open(self.predictions_path, encoding="utf-8") as stream:
                kept = json.load(stream)
        except (OSError, ValueError):
            return {}
        return kept if isinstance(kept, dict) else {}

    def _keep(self, prediction):
        kept = self._read_predictions()
        kept.setdefault(self.lesson_title(), []).append(prediction.to_dict())
        temporary = self.predictions_path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as stream:
            json.dump(kept, stream, indent=1)
        os.replace(temporary, self.predictions_path)

    def show_past(self):
        self.past.clear()
        for values in reversed(self._read_predictions().get(self.lesson_title(), [])[-20:]):
            prediction = Prediction.from_dict(values)
            self.past.addItem(self.tr("You said: {prediction}. {outcome}").format(
                prediction=prediction.text(), outcome=prediction.outcome.get("text", "")).strip())

    # ----------------------------------------------------------- challenge

    def _show_goal(self):
        index = self.challenge_selector.currentIndex()
        if index < 0:
            self.goal.setText(self.tr("No challenges found."))
            return
        title, _, goal = self.challenge_list[index]
        self.goal.setText(self.tr("Goal: {goal}.").format(goal=goal.describe()))
        self._show_scores(title)

    def start_challenge(self, index):
        title, path, goal = self.challenge_list[index]
        if not self.start_lesson(path):
            return False
        self.challenge, self._met = (title, goal), False
        self.challenge_selector.setCurrentIndex(index)
        show_plain(self.goal_status)
        if goal.compared:
            self.said.set(self.goal_status, lambda: self.tr(
                "This challenge is checked in the Compare window: open Train → Compare losses… and train both runs "
                "there."))
        else:
            self.said.set(self.goal_status, lambda: self.tr("Under way: train, and change what you like."))
        self.show_past()
        return True

    def follow_lesson(self, lesson):
        """Another lesson (or a file without one) replaced the work: a challenge of the old one is over."""
        if self.challenge is None or (lesson or {}).get("title") == self.challenge[0]:
            return
        title, _ = self.challenge
        self.challenge, self._met = None, False
        self.goal_status.setPalette(self.palette())
        self.said.set(self.goal_status, lambda: self.tr(
            "“{title}” is over: another lesson or file was opened. Press Start challenge to try it again.")
            .format(title=title))

    def state(self):
        session, history = self.session, self.session.history
        latest = {c: (float(history.column(c)[-1]) if len(history) else float("nan"))
                  for c in ("train_loss", "test_loss", "test_metric")}
        return State(epoch=int(session.snapshot.epoch), train_loss=latest["train_loss"],
                     test_loss=latest["test_loss"], test_metric=latest["test_metric"],
                     neurons=sum(int(n) for n in session.hidden_sizes()), loss=session.loss_name)

    def _check_goal(self):
        title, goal = self.challenge
        if goal.compared:
            return None          # its runs are Compare's, and Compare checks it
        state = self.state()
        status = goal.check(state)
        if self._met:
            return status
        if status.met:
            self._met = True
            self.scores.record(title, True, state.epoch, state.neurons, state.test_loss)
            self.said.set(self.goal_status, lambda: self.tr("Goal met at epoch {epoch}. Well done. {status}").format(
                epoch=count(state.epoch), status=status.text()))
            show_right(self.goal_status)
            self._show_scores(title)
            self.goal_met.emit(title)
        elif "by_epoch" in goal.conditions and state.epoch >= goal.conditions["by_epoch"] and state.epoch:
            self._met = True  # this attempt is over
            self.scores.record(title, False, state.epoch, state.neurons, state.test_loss)
            self.said.set(self.goal_status, lambda: self.tr(
                "Epoch {epoch} came without the goal: {status}. Change something and start the challenge again.")
                .format(epoch=count(state.epoch), status=status.text()))
            self._show_scores(title)
        else:
            self.said.set(self.goal_status, status.text)
        return status

    def _show_scores(self, title):
        rows = self.scores.attempts(title)[:20]
        self.score_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (row.get("when", "").replace("T", " "), self.tr("yes") if row.get("met") else self.tr("no"),
                     str(row.get("epoch", "")), number(row.get("test_loss")))
            for c, text in enumerate(cells):
                self.score_table.setItem(r, c, QTableWidgetItem(text))
        self.score_table.resizeColumnsToContents()


class RacePrediction(Retranslating, QWidget):
    """In Compare: predict which run reaches 90% test accuracy first, then watch."""

    settled = Signal(str)    # the winner: a loss name, "tie" or "neither"

    THRESHOLD, BY_EPOCH = 0.9, 50

    def __init__(self, twins, parent=None):
        """``twins`` maps a loss name to the Session training with it."""
        super().__init__(parent)
        self.setObjectName("race_prediction")
        self.twins = twins
        self.choices = race_choices(list(twins))
        self.guess = None
        self.said = _Said()
        self.choice = QComboBox()
        for key, text in self.choices.items():
            self.choice.addItem(text, key)
        self.commit_button = QPushButton()
        self.result = QLabel()
        self.result.setObjectName("race_result")
        self.result.setWordWrap(True)
        self.said.set(self.result, lambda: self.tr("Predict first: which run reaches {share} test accuracy first "
                                                   "(by epoch {epoch})?").format(share=percent(self.THRESHOLD, 0),
                                                                                 epoch=self.BY_EPOCH))
        self.heading = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.heading)
        row.addWidget(self.choice)
        row.addWidget(self.commit_button)
        row.addWidget(self.result, 1)
        self.commit_button.clicked.connect(self.commit)
        for twin in twins.values():
            twin.history_changed.connect(self._on_history_changed)
        self.retranslate()

    def retranslate(self):
        self.choices = race_choices(list(self.twins))
        for index in range(self.choice.count()):
            self.choice.setItemText(index, self.choices[self.choice.itemData(index)])
        describe(self.choice, "race_choice", self.tr("Which run will reach {share} test accuracy first?").format(
            share=percent(self.THRESHOLD, 0)))
        self.commit_button.setText(self.tr("Commit"))
        describe(self.commit_button, "race_commit", self.tr("Write your prediction down, then press Train both."))
        self.heading.setText(self.tr("Prediction:"))
        self.said.again()

    def commit(self):
        self.guess = guess = self.choice.currentData()
        self.choice.setEnabled(False)
        self.commit_button.setEnabled(False)
        show_plain(self.result)
        self.said.set(self.result, lambda: self.tr("You said: {choice}. Now train both.").format(
            choice=self.choices[guess]))
        self._on_history_changed()

    def _on_history_changed(self):
        if self.guess is None:
            return
        runs = {loss: (twin.history.column("epoch"), twin.history.column("test_metric"))
                for loss, twin in self.twins.items()}
        winner = race_winner(runs, self.THRESHOLD, self.BY_EPOCH)
        if winner is None:
            return
        right, guess = winner == self.guess, self.guess
        self.said.set(self.result, lambda: self.tr("{mark} First to {share} test accuracy: {winner}. You said {guess}.")
                      .format(mark="✓" if right else "✗", share=percent(self.THRESHOLD, 0),
                              winner=self.choices[winner], guess=self.choices[guess]))
        if right:
            show_right(self.result)
        self.guess = None
        self.choice.setEnabled(True)
        self.commit_button.setEnabled(True)
        self.settled.emit(winner)


class CompareChallenge(Retranslating, QWidget):
    """In Compare: a built-in challenge checked on its runs (``beats``), live, each attempt in the score table."""

    goal_met = Signal(str)       # the challenge's title
    attempted = Signal(dict)     # the score table's new row, once an attempt is settled

    def __init__(self, twins, usual_start=lambda: True, parent=None):
        """``twins`` maps a loss name to the Session training with it; ``usual_start()`` is False while
        the runs start from Compare's confidently wrong weights."""
        super().__init__(parent)
        self.setObjectName("compare_challenge")
        self.twins = twins
        self.usual_start = usual_start
        fitting = [(title, path, goal) for title, path, goal in challenges()
                   if goal.compared and {goal.conditions["beats"]["loss"], goal.conditions["beats"]["other"]} <= set(twins)]
        self.challenge = fitting[0][::2] if fitting else None   # (title, goal); the English title keys the scores
        self._challenge_path = fitting[0][1] if fitting else None
        self.scores = ScoreTable(local_file("challenge_scores.json"))
        self._settled = False
        self.said = _Said()
        self.goal = QLabel()
        self.goal.setObjectName("compare_challenge_goal")
        self.goal.setWordWrap(True)
        make_bold(self.goal)
        self.status = QLabel()
        self.status.setObjectName("compare_challenge_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.goal)
        layout.addWidget(self.status)
        if self.challenge is None:
            self.hide()
            return
        title, goal = self.challenge
        self.said.set(self.goal, lambda: self.tr("{title}. Goal: {goal}.").format(
            title=shown_title(self._challenge_path), goal=goal.describe()))
        for twin in twins.values():
            twin.history_changed.connect(self._on_history_changed)
        self._on_history_changed()

    def retranslate(self):
        self.said.again()

    def runs(self):
        return {loss: {column: twin.history.column(column) for column in ("epoch", "train_loss", "test_loss", "test_metric")}
                for loss, twin in self.twins.items()}

    def _on_history_changed(self):
        title, goal = self.challenge
        mine = self.twins[goal.conditions["beats"]["loss"]]
        neurons = sum(int(n) for n in mine.hidden_sizes())
        status = goal.check_compared(self.runs(), neurons, self.usual_start())
        if not status.settled:
            self._settled = False       # a new attempt (Compare was reset), or one under way
            show_plain(self.status)
            self.said.set(self.status, lambda: status.text() + self._record_text(title))
            return status
        if self._settled:
            return status
        self._settled = True
        epoch = int(goal.conditions["beats"]["by_epoch"])
        test_loss = mine.history.column("test_loss")
        row = self.scores.record(title, status.met, epoch, neurons,
                                 float(test_loss[-1]) if len(test_loss) else float("nan"))
        if status.met:
            self.said.set(self.status, lambda: self.tr("Goal met: well done. {status}").format(status=status.text())
                          + self._record_text(title))
            show_right(self.status)
            self.goal_met.emit(title)
        else:
            self.said.set(self.status, lambda: self.tr("Not this time: {status}. Change a setting and try again.")
                          .format(status=status.text()) + self._record_text(title))
        self.attempted.emit(row)
        return status

    def _record_text(self, title):
        rows = self.scores.attempts(title)
        if not rows:
            return ""
        met = sum(1 for row in rows if row.get("met"))
        return " " + self.tr("(%Ln attempt(s) so far, goal met in {met}.)", "", len(rows)).format(met=count(met))
