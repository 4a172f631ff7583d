"""Step-through mode: one sample's training step, stage by stage, on the canvas.

Forward (each neuron's weighted sum and activation), the sample's loss,
backward (each edge's gradient), and the update w ← w − η·∂L/∂w, all with
the engine's own numbers at the latest weights.
"""

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (QAbstractButton, QCheckBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from engine.datasets import shown_class_name
from engine import walkthrough
from engine.formatting import feature as pretty_feature, number
from .appearance import make_bold
from .check_calculation import CheckCalculationPanel
from .language import Retranslating


class StepThroughPanel(Retranslating, QWidget):
    """Walk one sample through forward → loss → backward → update.

    While active it writes the stage's numbers to ``view_state`` (notes beside
    neurons, gradients on edges), which the canvas draws, and clears them when
    it is not.
    """

    stage_changed = Signal(int)   # index of the stage now shown

    def __init__(self, session, view_state, parent=None):
        super().__init__(parent)
        self.setObjectName("step_through")
        self.session = session
        self.view_state = view_state
        self.walk = None
        self.stage_index = 0
        self.active = False
        self._walked = None   # (snapshot serial, loss, learning rate, sample) the walk was made for

        self.enabled_box = QCheckBox()
        self.enabled_box.setObjectName("step_through_active")
        self.sample = QSpinBox()
        self.sample.setObjectName("step_sample")
        self.sample.setMinimum(1)
        self.random_button = QPushButton()
        self.random_button.setObjectName("step_random")
        self.sample_label = QLabel()
        self.sample_label.setWordWrap(True)
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("step_previous")
        self.next_button = QPushButton()
        self.next_button.setObjectName("step_next")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("step_apply")
        self.position = QLabel()
        self.position.setObjectName("step_position")
        self.title = QLabel()
        self.title.setObjectName("step_title")
        make_bold(self.title)
        self.text = QLabel()
        self.text.setObjectName("step_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.text.setMinimumHeight(90)
        self.text.setAlignment(Qt.AlignTop | Qt.AlignLeft)

        # Check my calculation: the student works the step out instead of reading it.
        self.check_mode = QCheckBox()
        self.check_mode.setObjectName("check_mode")
        self.check_panel = CheckCalculationPanel(session, view_state)
        self.check_panel.setVisible(False)

        self.pick_label = QLabel()
        pick = QHBoxLayout()
        pick.addWidget(self.pick_label)
        pick.addWidget(self.sample)
        pick.addWidget(self.random_button)
        pick.addStretch(1)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.position, 1, Qt.AlignCenter)
        moves.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.sample_label)
        layout.addLayout(moves)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.apply_button, 0, Qt.AlignRight)
        layout.addWidget(self.check_mode)
        layout.addWidget(self.check_panel, 3)

        for button in self.findChildren(QAbstractButton):
            button.installEventFilter(self)
        self.previous_button.clicked.connect(lambda: self.move(-1))
        self.next_button.clicked.connect(lambda: self.move(1))
        self.random_button.clicked.connect(self._random_sample)
        self.sample.valueChanged.connect(self.recompute)
        self.enabled_box.toggled.connect(self.set_active)
        self.apply_button.clicked.connect(self.apply_update)
        self.check_mode.toggled.connect(self._set_check_mode)
        session.snapshot_changed.connect(self._on_snapshot)
        session.setting_changed.connect(self._on_snapshot)
        session.data_changed.connect(self._on_data)
        session.network_changed.connect(self.recompute)
        self._on_data()
        self.retranslate()

    def retranslate(self):
        texts = (
            (self.enabled_box, self.tr("Show on the network"), self.tr("step through active"),
             self.tr("Write this sample's numbers on the network diagram.")),
            (self.sample, None, self.tr("step sample"), self.tr("Which training point to follow through one training step.")),
            (self.random_button, self.tr("Random point"), self.tr("step random"),
             self.tr("Pick another training point at random.")),
            (self.previous_button, self.tr("◀ Previous"), self.tr("step previous"),
             self.tr("The previous stage (Left arrow).")),
            (self.next_button, self.tr("Next ▶"), self.tr("step next"), self.tr("The next stage (Right arrow).")),
            (self.apply_button, self.tr("Apply this update"), self.tr("step apply"),
             self.tr("Set the weights to the updated values shown: one gradient step on this point.")),
            (self.check_mode, self.tr("Check my calculation"), self.tr("check mode"),
             self.tr("Work this training step out by hand and type your numbers in; each is checked.")),
        )
        for widget, text, accessible, tip in texts:
            if text is not None:
                widget.setText(text)
            widget.setAccessibleName(accessible)
            widget.setToolTip(tip)
        self.sample.setLocale(QLocale())
        self.pick_label.setText(self.tr("Training point"))
        if self.walk is not None:
            # The walk's own words (the engine's) are made in the language now spoken.
            self.recompute()

    # --------------------------------------------------------------- state

    def set_active(self, active):
        """Draw the walk on the network (True) or give the canvas back (False)."""
        self.active = bool(active) and not self.check_mode.isChecked()
        if self.enabled_box.isChecked() != self.active:
            self.enabled_box.setChecked(self.active)
        self._show()

    def _set_check_mode(self, on):
        """Check my calculation takes the walk's place: its numbers would give the answers away."""
        for widget in (self.pick_label, self.sample, self.random_button, self.enabled_box, self.sample_label,
                       self.previous_button, self.position, self.next_button, self.title, self.text,
                       self.apply_button):
            widget.setVisible(not on)
        self.check_panel.setVisible(on)
        self.set_active(self.active and not on)

    def _on_data(self):
        n_train = len(self.session.prepared.X_train)
        self.sample.blockSignals(True)
        self.sample.setMaximum(max(1, n_train))
        self.sample.setValue(min(self.sample.value(), n_train))
        self.sample.blockSignals(False)
        self.recompute()

    def _on_snapshot(self, *_):
        # Hidden, the walk waits: it is brought up to date when shown or used.
        if self.active or self.isVisible():
            self.recompute()

    def _moment(self):
        s = self.session
        return (s.snapshot_serial, s.loss_name, s.setup.learning_rate, self.sample.value())

    def is_current(self):
        """Whether the walk shown is of the current weights, loss, learning rate and point."""
        return self.walk is not None and self._walked == self._moment()

    def _catch_up(self):
        if not self.is_current():
            self.recompute()

    def showEvent(self, event):
        self._catch_up()
        super().showEvent(event)

    def _random_sample(self):
        rng = np.random.default_rng()
        self.sample.setValue(int(rng.integers(1, self.sample.maximum() + 1)))

    def recompute(self):
        session = self.session
        data = session.prepared
        index = self.sample.value() - 1
        x, y = data.X_train[index], data.Y_train[index]
        with np.errstate(over="ignore", invalid="ignore"):
            self.walk = walkthrough.walk(session.network, x, y, session.loss_name, session.setup.learning_rate,
                                         input_names=data.input_names)
        self._walked = self._moment()
        self.stage_index = min(self.stage_index, len(self.walk.stages) - 1)
        self.sample_label.setText(describe_sample(session, index))
        self._show()

    def move(self, steps):
        self._catch_up()
        if self.walk is None:
            return
        self.stage_index = max(0, min(len(self.walk.stages) - 1, self.stage_index + steps))
        self._show()
        self.stage_changed.emit(self.stage_index)

    def go_to(self, index):
        self.stage_index = 0
        self.move(index)

    @property
    def stage(self):
        return self.walk.stages[self.stage_index]

    def _show(self):
        if self.walk is None:
            return
        stage = self.stage
        total = len(self.walk.stages)
        self.position.setText(f"{self.stage_index + 1} / {total}")
        self.title.setText(stage.title)
        self.text.setText(stage.text)
        self.previous_button.setEnabled(self.stage_index > 0)
        self.next_button.setEnabled(self.stage_index < total - 1)
        self.apply_button.setEnabled(stage.kind == "update" and not self.session.is_running)
        if self.active:
            self.view_state.set_annotations(stage.node_text)
            self.view_state.set_edge_highlight(stage.edge_grad or None)
        else:
            self.view_state.clear_marks()

    def apply_update(self):
        """Make the shown update real: the weights become w − η·∂L/∂w for this point."""
        self._catch_up()
        walk = self.walk
        self.session.set_parameters(walk.new_weights, walk.new_biases)

    _ARROWS = {Qt.Key_Left: -1, Qt.Key_Right: 1}

    def keyPressEvent(self, event):
        if event.key() in self._ARROWS:
            self.move(self._ARROWS[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched, event):
        # A focused button would use the arrows to move focus to its
        # neighbour; here they move through the walk instead.
        if event.type() == QEvent.KeyPress and event.key() in self._ARROWS:
            self.move(self._ARROWS[event.key()])
            return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event):
        if self.active:
            self.set_active(False)
        super().hideEvent(event)


def describe_sample(session, index):
    """A training point as the data has it and, where they differ, as the network sees it.

    The network works on standardized inputs (each column minus its mean,
    divided by its spread, from the training rows), so stage 1's numbers
    differ from the file's; saying both keeps them recognisable.
    """
    data = session.prepared
    raw = session.dataset.X[data.train_index[index]]
    target = data.y_train[index]
    if session.task == "classification" and session.dataset.class_names:
        target = shown_class_name(session.dataset.class_names[int(target)])
    translate = QCoreApplication.translate
    inputs = ", ".join(f"{name} = {number(value, 3)}" for name, value in zip(session.dataset.feature_names, raw))
    text = translate("step_through", "{inputs} · target: {target}").format(
        inputs=inputs, target=target if isinstance(target, str) else number(target, 4))
    seen = data.X_train[index]
    names = list(data.input_names)
    if names == list(session.dataset.feature_names) and np.allclose(seen, raw):
        return text
    network_inputs = ", ".join(f"{pretty_feature(name)} = {number(value, 3)}" for name, value in zip(names, seen))
    standardized = np.any(data.input_scale != 1) or np.any(data.input_mean != 0)
    if standardized:
        text += "\n" + translate("step_through", "Inputs standardized, as the network sees them: {inputs}").format(
            inputs=network_inputs)
    else:
        text += "\n" + translate("step_through", "Inputs as the network sees them: {inputs}").format(
            inputs=network_inputs)
    if session.task == "regression" and (data.target_scale != 1 or data.target_mean != 0):
        text += translate("step_through", " · target {target} (standardized)").format(
            target=number(data.Y_train[index, 0], 4))
    return text
