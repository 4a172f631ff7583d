"""Check my calculation: the student works one training step by hand and types the numbers in.

A mode of the Step through tab. The panel shows a training point and the
current weights, and a blank for each number of the step (``engine.exercise``):
each neuron's weighted sum and activation, the loss, each neuron's error
signal δ from the output back, one weight's gradient and that weight after the
update. "Check" marks right values green and, at the first wrong one, says
which step it is in and what to look at; "Hint" gives that blank's hints one
at a time, and "Show me" fills it in, worked out.
"""

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox,
                               QVBoxLayout, QWidget)

from engine.exercise import STEPS, from_experiment, hand_number, step_title
from engine.formatting import count

from .appearance import describe, make_bold, mute, set_colors
from .language import Retranslating

# Qt's lookup by the name lupdate knows: translate(context, text, disambiguation, n).
translate = QCoreApplication.translate

RIGHT = "#1a7f37"        # green, also readable on the dark theme's fields
RIGHT_FIELD = "#d6f5dd"
WRONG = "#b42318"
WRONG_FIELD = "#fde2e0"


def parse_number(text):
    """A number as people type it: "−0.25", "-0,25", " 1.5e-3 ", "1.234,5" in German; None if there is none."""
    text = text.strip().replace("−", "-").replace("–", "-").replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text and "." not in text and text.count(",") == 1:
        text = text.replace(",", ".")  # a decimal comma
    try:
        value = float(text)
    except ValueError:
        value, ok = QLocale().toDouble(text)   # the reader's own way: "1.234,5" in German
        return value if ok else math.nan
    return value


class CheckCalculationPanel(Retranslating, QWidget):
    """Blanks for one training step, checked against the engine's numbers."""

    checked = Signal()   # after a check: the fields show their verdicts

    def __init__(self, session, view_state=None, parent=None):
        """``view_state`` (a ``gui.view_state.ViewState``), if given, gets the values found so far to show
        on the network while the panel is visible."""
        super().__init__(parent)
        self.setObjectName("check_calculation")
        self.session = session
        self.view_state = view_state
        self.exercise = None
        self.fields = {}          # blank key -> QLineEdit
        self.marks = {}           # blank key -> QLabel (✓ or ✗)
        self.hint_level = {}      # blank key -> hints shown so far
        self.current = None       # the blank hints and "Show me" are about
        self.headings = {}        # step -> its heading's QLabel
        self._said = (None, None)   # (text maker, good) of the message shown

        self.sample = QSpinBox()
        self.sample.setMinimum(1)
        self.new_button = QPushButton()
        self.given = QLabel()
        self.given.setObjectName("check_given")
        self.given.setWordWrap(True)
        self.given.setTextFormat(Qt.RichText)
        self.given.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.check_button = QPushButton()
        self.hint_button = QPushButton()
        self.show_button = QPushButton()
        self.clear_button = QPushButton()
        self.message = QLabel()
        self.message.setObjectName("check_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("check_hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.form = QWidget()
        self.grid = QGridLayout(self.form)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumHeight(160)

        pick = QHBoxLayout()
        self.sample_label = QLabel()
        self.sample_label.setBuddy(self.sample)
        pick.addWidget(self.sample_label)
        pick.addWidget(self.sample)
        pick.addWidget(self.new_button)
        pick.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.check_button, self.hint_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pick)
        layout.addWidget(self.given)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)

        self.sample.valueChanged.connect(self._on_sample_changed)
        self.new_button.clicked.connect(self._random_sample)
        self.check_button.clicked.connect(self.check)
        self.hint_button.clicked.connect(self.next_hint)
        self.show_button.clicked.connect(self.show_me)
        self.clear_button.clicked.connect(self.clear)
        session.data_changed.connect(self._on_data_changed)
        session.network_changed.connect(self.rebuild)
        session.settings_changed.connect(self._on_weights_changed)
        session.snapshot_changed.connect(self._on_weights_changed)
        self.retranslate()
        self._on_data_changed()

    def retranslate(self):
        """The panel's texts in the current language; an exercise under way is asked again in it, answers kept."""
        describe(self.sample, "check_sample", self.tr("Which training point to work through by hand."))
        self.sample.setLocale(QLocale())
        self.sample_label.setText(self.tr("Training point"))
        for button, name, text, tip in (
                (self.new_button, "check_another", self.tr("Another point"),
                 self.tr("A different training point at random, with empty blanks.")),
                (self.check_button, "check_button", self.tr("Check"),
                 self.tr("Check the values typed so far, in order, up to the first wrong one.")),
                (self.hint_button, "hint_button", self.tr("Hint"),
                 self.tr("One more hint for the first blank that is not right yet.")),
                (self.show_button, "show_me_button", self.tr("Show me"),
                 self.tr("Fill in the first blank that is not right yet, worked out.")),
                (self.clear_button, "check_clear", self.tr("Start over"), self.tr("Empty every blank."))):
            button.setText(text)
            describe(button, name, tip)
        if self.exercise is None:
            return
        # The blanks' labels and hints are the engine's, made in the language of the moment: make them again.
        said, verdicts = self._said, {key: self.verdict_of(key) for key in self.fields}
        self.rebuild(keep_answers=True)
        for key, verdict in verdicts.items():
            if key in self.fields and verdict:
                self._mark(key, verdict == "right")
        if said[0] is not None:
            self._say(*said)

    # ----------------------------------------------------------- building

    def _on_data_changed(self):
        n_train = len(self.session.prepared.X_train)
        self.sample.blockSignals(True)
        self.sample.setMaximum(max(1, n_train))
        self.sample.setValue(min(self.sample.value(), n_train))
        self.sample.blockSignals(False)
        self.rebuild()

    def _on_sample_changed(self):
        self.rebuild()

    def _random_sample(self):
        self.sample.setValue(int(np.random.default_rng().integers(1, self.sample.maximum() + 1)))

    def _on_weights_changed(self):
        # A running network moves on every frame; the exercise keeps the
        # weights it started with until training stops.
        if self.session.is_running or self.exercise is None or not self.isVisible():
            return
        if self._same_numbers():
            return
        self.rebuild(keep_answers=True)
        self._say(lambda: self.tr("The weights or settings changed, so the blanks now ask for the new numbers. "
                                  "Check again."), None)

    def _same_numbers(self):
        net, exercise = self.session.network, self.exercise
        return (np.array_equal(net.params, exercise.network.params)
                and exercise.learning_rate == self.session.setup.learning_rate
                and exercise.loss.name == self.session.loss_name)

    def showEvent(self, event):
        if self.exercise is not None and not self.session.is_running and not self._same_numbers():
            self.rebuild(keep_answers=True)
        super().showEvent(event)

    def rebuild(self, keep_answers=False):
        """A fresh exercise on the chosen point at the current weights."""
        typed = {key: field.text() for key, field in self.fields.items()} if keep_answers else {}
        self.exercise = from_experiment(self.session.experiment, sample=self.sample.value())
        self.hint_level.clear()
        self.current = None
        self._build_form(typed)
        self.given.setText(self._given_text())
        self._draw_on_canvas()
        self._say(lambda: self.tr("Work out each number in order and type it in; then press Check. Four significant "
                                  "digits are plenty: within 2% (or 0.01) counts as right."), None)
        self.hint.clear()

    def _given_text(self):
        exercise, net = self.exercise, self.exercise.network
        inputs = ", ".join(f"{name} = {hand_number(v)}" for name, v in zip(exercise.input_names, exercise.x))
        layers = ", ".join((self.tr("output {activation}") if k == len(net.weights) - 1 else
                            self.tr("hidden {layer} {activation}")).format(layer=k + 1, activation=a.name)
                           for k, a in enumerate(net.activations))
        parts = [self.tr("<b>Inputs</b> (as the network sees them): {inputs}. <b>Target</b>: {target}.").format(
                     inputs=inputs, target=exercise.target_text),
                 self.tr("<b>Loss</b>: {loss}. <b>Learning rate</b> η = {learning_rate}. <b>Activations</b>: "
                         "{layers}.").format(loss=exercise.loss.shown_title(),
                                             learning_rate=hand_number(exercise.learning_rate), layers=layers)]
        for k, W in enumerate(net.weights):
            rows = "".join(
                f"<tr><td><b>{exercise.unit_name(k, i)}</b></td>"
                + "".join(f"<td align='right'>&nbsp;{hand_number(W[i, j])}</td>" for j in range(W.shape[1]))
                + "</tr>" for i in range(W.shape[0]))
            head = "".join(f"<td align='right'><b>&nbsp;{exercise.unit_name(k + 1, j)}</b></td>"
                           for j in range(W.shape[1]))
            bias = "".join(f"<td align='right'>&nbsp;{hand_number(v)}</td>" for v in net.biases[k])
            weights, bias_b = self.tr("weights"), self.tr("bias b")
            parts.append(f"<table cellspacing='0'><tr><td><i>{weights}</i></td>{head}</tr>{rows}"
                         f"<tr><td><i>{bias_b}</i></td>{bias}</tr></table>")
        k, i, j = exercise.edge
        parts.append(self.tr("The weight to follow through backpropagation and the update: <b>{weight}</b> = "
                             "{value}.").format(weight=exercise.edge_name(k, i, j),
                                                value=hand_number(net.weights[k][i, j])))
        return "<br>".join(parts)

    def _build_form(self, typed):
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Out of the tree at once, so nothing finds the old blanks before they are deleted.
                widget.setParent(None)
                widget.deleteLater()
        self.fields.clear()
        self.marks.clear()
        self.headings.clear()
        row = 0
        for step in STEPS:
            blanks = [b for b in self.exercise.blanks if b.step == step]
            if not blanks:
                continue
            heading = make_bold(QLabel(step_title(step)))
            self.headings[step] = heading
            self.grid.addWidget(heading, row, 0, 1, 4)
            row += 1
            for blank in blanks:
                label = QLabel(blank.label)
                formula = mute(QLabel(blank.formula))
                field = describe(QLineEdit(typed.get(blank.key, "")), f"answer_{blank.key}",
                                 self.tr("Your value of {label}: {formula}.").format(label=blank.label,
                                                                                      formula=blank.formula),
                                 accessible=blank.label)
                field.setPlaceholderText(f"{blank.symbol} = ?")
                field.setMaximumWidth(130)
                field.returnPressed.connect(self.check)
                field.textEdited.connect(lambda _text, key=blank.key: self._on_edited(key))
                mark = QLabel()
                mark.setMinimumWidth(16)
                self.grid.addWidget(label, row, 0)
                self.grid.addWidget(formula, row, 1)
                self.grid.addWidget(field, row, 2)
                self.grid.addWidget(mark, row, 3)
                self.fields[blank.key], self.marks[blank.key] = field, mark
                row += 1
        self.grid.setRowStretch(row, 1)

    # ----------------------------------------------------------- checking

    def answers(self):
        """What the student typed: key -> float (NaN for text that is not a number), empty ones left out."""
        values = {}
        for key, field in self.fields.items():
            value = parse_number(field.text())
            if value is not None:
                values[key] = value
        return values

    def check(self):
        """Check the typed values in order; colour them and say what the first wrong one needs."""
        answers = self.answers()
        for key in self.fields:
            self._mark(key, None)
        verdicts, wrong = self.exercise.check_all(answers)
        for key, verdict in verdicts.items():
            self._mark(key, verdict.right)
        if wrong is not None:
            self._set_current(wrong)
            typed = self.fields[wrong.key].text().strip()
            if math.isnan(answers[wrong.key]):
                message = self.tr("{step}, {label}: '{typed}' is not a number. Type it like {example} or 1.5e-3.").format(
                    step=step_title(wrong.step), label=wrong.label, typed=typed, example=hand_number(-0.25))
            else:
                message = verdicts[wrong.key].message
            self._say(message, False)
            self.fields[wrong.key].setFocus()
        else:
            missing = [b for b in self.exercise.blanks if b.key not in answers]
            if missing:
                self._set_current(missing[0])
                done, total, step = len(self.exercise.blanks) - len(missing), len(self.exercise.blanks), missing[0].step
                label = missing[0].label
                self._say(lambda: self.tr("{done} of {total} right so far. Next: {step}, {label}.").format(
                    done=count(done), total=count(total), step=step_title(step), label=label), True if done else None)
            else:
                self.current = None
                total = len(self.exercise.blanks)
                self._say(lambda: self.tr("All {total} values are right: this is exactly what one training step "
                                          "computes for this point.").format(total=count(total)), True)
        self._draw_on_canvas(verdicts)
        self.checked.emit()
        return verdicts, wrong

    def _first_open(self):
        answers = self.answers()
        verdicts, wrong = self.exercise.check_all(answers)
        if wrong is not None:
            return wrong
        return next((b for b in self.exercise.blanks if b.key not in answers), None)

    def _set_current(self, blank):
        if self.current is not blank:
            self.current = blank
            self.hint.clear()

    def next_hint(self):
        """Show one more hint for the first blank that is not right yet."""
        blank = self._first_open()
        if blank is None:
            self.hint.setText(self.tr("Every value is right; no hints needed."))
            return
        self._set_current(blank)
        hints = self.exercise.hints(blank)
        level = min(self.hint_level.get(blank.key, 0) + 1, len(hints))
        self.hint_level[blank.key] = level
        lines = [self.tr("Hint {n} of {total} for {label}: {hint}").format(n=n + 1, total=len(hints), label=blank.label,
                                                                           hint=text)
                 for n, text in enumerate(hints[:level])]
        self.hint.setText("\n".join(lines))
        self.fields[blank.key].setFocus()

    def show_me(self):
        """Fill in the first blank that is not right yet, with how it is worked out."""
        blank = self._first_open()
        if blank is None:
            return
        self._set_current(blank)
        self.fields[blank.key].setText(hand_number(blank.value))
        self.hint.setText(f"{blank.label}: {self.exercise.worked(blank)}")
        self._mark(blank.key, True)
        label = blank.label
        self._say(lambda: self.tr("Filled in {label}. Carry on from there.").format(label=label), None)
        self._draw_on_canvas()

    def clear(self):
        for key, field in self.fields.items():
            field.clear()
            self._mark(key, None)
        self.hint_level.clear()
        self.current = None
        self.hint.clear()
        self._say(lambda: self.tr("Every blank is empty again."), None)

    def _on_edited(self, key):
        self._mark(key, None)

    # ------------------------------------------------------------ showing

    def _mark(self, key, right):
        field, mark = self.fields[key], self.marks[key]
        field.setProperty("verdict", "" if right is None else ("right" if right else "wrong"))
        palette = field.palette()
        default = QLineEdit().palette() if right is None else None
        if right is None:
            palette.setColor(QPalette.Base, default.color(QPalette.Base))
            palette.setColor(QPalette.Text, default.color(QPalette.Text))
            mark.setText("")
        else:
            palette.setColor(QPalette.Base, QColor(RIGHT_FIELD if right else WRONG_FIELD))
            palette.setColor(QPalette.Text, QColor("#000000"))
            mark.setText("✓" if right else "✗")
            set_colors(mark, RIGHT if right else WRONG)
        field.setPalette(palette)

    def _say(self, text, good):
        """Show ``text`` (or what the function ``text`` makes, again in a new language) as the message."""
        self._said = (text, good)
        self.message.setText(text() if callable(text) else text)
        if good is None:
            self.message.setPalette(self.palette())
        else:
            set_colors(self.message, RIGHT if good else WRONG)

    def _draw_on_canvas(self, verdicts=None):
        """The network shows the values found so far, "?" for the rest, and the weight to follow."""
        if self.view_state is None or not self.isVisible():
            return
        exercise = self.exercise
        found = {key for key in self.fields if self.verdict_of(key) == "right"}
        text = {(0, i): f"{name}={hand_number(v)}" for i, (name, v) in enumerate(zip(exercise.input_names, exercise.x))}
        for blank in exercise.blanks:
            if blank.target[0] != "node":
                continue
            value = hand_number(blank.value) if blank.key in found else "?"
            line = f"{blank.symbol}={value}"
            where = blank.target[1:]
            text[where] = f"{text[where]}\n{line}" if where in text else line
        self.view_state.set_annotations(text)
        self.view_state.set_edge_highlight({exercise.edge: 1.0})

    def hideEvent(self, event):
        if self.view_state is not None:
            self.view_state.clear_marks()
        super().hideEvent(event)

    def verdict_of(self, key):
        """"right", "wrong" or "" for the blank ``key``: what its field shows."""
        return self.fields[key].property("verdict") or ""


if __name__ == "__main__":  # a preview on the default experiment
    import sys

    from PySide6.QtWidgets import QApplication

    from .session import Session

    app = QApplication(sys.argv)
    panel = CheckCalculationPanel(Session())
    panel.resize(520, 760)
    panel.show()
    sys.exit(app.exec())
