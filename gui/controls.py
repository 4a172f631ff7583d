"""Training controls: run, step, reset, the loss, and every training setting."""

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget)

from engine import losses, optimizers

from . import messages
from .session import SPEEDS
from .appearance import describe, make_bold
from .early_stopping import EarlyStoppingControls
from .language import Retranslating
from .number_boxes import DecimalSpinBox, shown_number

# Qt's translation of a text outside a widget class; lupdate finds translate("context", "text") by its name.
translate = QCoreApplication.translate

# TF Playground's ladder of learning rates and regularization rates.
LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]
REGULARIZATION_RATES = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10]


class LadderSpinBox(DecimalSpinBox):
    """A number box whose arrows walk a ladder (0.001, 0.003, 0.01, ...) but that takes any typed value."""

    def __init__(self, ladder, minimum, maximum, parent=None):
        super().__init__(parent)
        self.ladder = ladder
        self.setDecimals(5)
        self.setRange(minimum, maximum)
        self.setKeyboardTracking(False)

    def stepBy(self, steps):
        value = self.value()
        for _ in range(abs(steps)):
            if steps > 0:
                higher = [v for v in self.ladder if v > value * (1 + 1e-9)]
                value = higher[0] if higher else value
            else:
                lower = [v for v in self.ladder if v < value * (1 - 1e-9)]
                value = lower[-1] if lower else value
        self.setValue(value)

    def textFromValue(self, value):  # noqa: N802 (Qt's name)
        return shown_number(self, value)


class TrainingControls(Retranslating, QWidget):
    """Train/Pause, Step, Reset, loss picker and the training settings.

    ``advanced`` holds the settings that presentation mode hides.
    """

    step_unit_changed = Signal(str)  # "batch" or "epoch"

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._updating = False
        # Texts and tips are set in ``retranslate``.
        self.train_button = describe(QPushButton(), "train_button", "")
        self.train_button.setCheckable(True)
        self.train_button.setMinimumHeight(36)
        make_bold(self.train_button)
        self.step_button = describe(QPushButton(), "step_button", "")
        self.step_unit = describe(QComboBox(), "step_unit", "")
        self.step_unit.addItem("", "batch")
        self.step_unit.addItem("", "epoch")
        self.reset_button = describe(QPushButton(), "reset_button", "")

        self.loss_selector = describe(QComboBox(), "loss_selector", "")
        self.loss_formula = QLabel()
        self.loss_formula.setObjectName("loss_formula")

        self.learning_rate = describe(LadderSpinBox(LEARNING_RATES, 0.00001, 100.0), "learning_rate", "")
        self.batch_size = describe(QSpinBox(), "batch_size", "")
        self.batch_size.setRange(1, 100000)
        self.batch_size.setKeyboardTracking(False)
        self.optimizer = describe(QComboBox(), "optimizer", "")
        for name in optimizers.OPTIMIZERS:
            self.optimizer.addItem("", name)
        self.regularization = describe(QComboBox(), "regularization", "")
        for name in ("none", "l1", "l2"):
            self.regularization.addItem("", name)
        self.regularization_rate = describe(LadderSpinBox(REGULARIZATION_RATES, 0.0, 100.0), "regularization_rate", "")

        self.speed = describe(QSlider(Qt.Horizontal), "speed", "")
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setPageStep(1)
        self.speed.setValue(len(SPEEDS) - 1)
        self.speed_label = QLabel()
        self.speed_label.setMinimumWidth(90)

        self.stop_at_epoch = describe(QCheckBox(), "stop_at_epoch", "")
        self.stop_epoch = describe(QSpinBox(), "stop_epoch", "")
        self.stop_epoch.setRange(1, 10_000_000)
        self.stop_epoch.setValue(1000)
        self.stop_at_loss = describe(QCheckBox(), "stop_at_loss", "")
        self.stop_loss = describe(DecimalSpinBox(), "stop_loss", "")
        self.stop_loss.setDecimals(4)
        self.stop_loss.setRange(0.0, 1e6)
        self.stop_loss.setSingleStep(0.01)
        self.stop_loss.setValue(0.05)

        self._lay_out()
        self._connect()
        self.retranslate()

    def retranslate(self):
        """Every fixed text and tip in the language spoken now, then the settings again."""
        tips = (
            (self.train_button, self.tr(
                "Start or pause training (Space). Pausing keeps the weights; Train goes on from them.")),
            (self.step_button, self.tr(
                "Take one training step: forward, loss, backward, update (one batch or one epoch).")),
            (self.step_unit, self.tr("What one press of Step trains: one batch or one whole epoch.")),
            (self.reset_button, self.tr("Start again from fresh weights drawn from the seed, and clear the curve.")),
            (self.loss_selector, self.tr(
                "The loss: how wrong the network is. MSE for numbers, cross-entropy for classes.")),
            (self.loss_formula, self.tr("The formula of the loss that is being minimised.")),
            (self.learning_rate, self.tr(
                "Learning rate η: how far each update moves the weights, w ← w − η·∂L/∂w.")),
            (self.batch_size, self.tr("Samples per training step (minibatch size).")),
            (self.optimizer, self.tr("How the gradient moves the weights.")),
            (self.regularization, self.tr(
                "A penalty on big weights: L1 pushes weights to exactly 0, L2 shrinks them.")),
            (self.regularization_rate, self.tr("How strongly big weights are penalised.")),
            (self.speed, self.tr(
                "Training speed: from slow motion (one step a second, to watch in class) to full speed.")),
            (self.stop_at_epoch, self.tr("Pause automatically at this epoch.")),
            (self.stop_epoch, self.tr("The epoch at which training pauses.")),
            (self.stop_at_loss, self.tr("Pause automatically once the training loss is this low.")),
            (self.stop_loss, self.tr("The training loss at which training pauses.")))
        for widget, tip in tips:
            widget.setToolTip(tip)
        # What a screen reader calls each control, in the reader's language.
        for widget, name in ((self.train_button, self.tr("train or pause")), (self.step_button, self.tr("step")),
                             (self.step_unit, self.tr("step unit")), (self.reset_button, self.tr("reset")),
                             (self.loss_selector, self.tr("loss")), (self.loss_formula, self.tr("loss formula")),
                             (self.learning_rate, self.tr("learning rate")), (self.batch_size, self.tr("batch size")),
                             (self.optimizer, self.tr("optimizer")), (self.regularization, self.tr("regularization")),
                             (self.regularization_rate, self.tr("regularization rate")), (self.speed, self.tr("speed")),
                             (self.stop_at_epoch, self.tr("stop at epoch")), (self.stop_epoch, self.tr("stop epoch")),
                             (self.stop_at_loss, self.tr("stop at loss")), (self.stop_loss, self.tr("stop loss"))):
            widget.setAccessibleName(name)
        self.step_button.setText(self.tr("Step"))
        self.reset_button.setText(self.tr("Reset"))
        self.step_unit.setItemText(0, self.tr("1 batch"))
        self.step_unit.setItemText(1, self.tr("1 epoch"))
        for index, name in enumerate(optimizers.OPTIMIZERS):
            self.optimizer.setItemText(index, optimizers.OPTIMIZERS[name].shown_title())
        for index, title in enumerate((self.tr("None"), "L1", "L2")):
            self.regularization.setItemText(index, title)
        self.stop_at_epoch.setText(self.tr("Stop at epoch"))
        self.stop_at_loss.setText(self.tr("Stop when train loss ≤"))
        self.loss_box.setTitle(self.tr("Loss"))
        self.advanced.setTitle(self.tr("More settings"))
        for label, text in ((self.learning_rate_label, self.tr("Learning rate")),
                            (self.batch_size_label, self.tr("Batch size")), (self.speed_title, self.tr("Speed")),
                            (self.optimizer_label, self.tr("Optimizer")),
                            (self.regularization_label, self.tr("Regularization"))):
            label.setText(text)
        # Spin boxes show and read "0,03" where the language writes numbers so.
        for box in (self.learning_rate, self.batch_size, self.regularization_rate, self.stop_epoch, self.stop_loss):
            box.setLocale(QLocale())
        self.loss_selector.clear()  # filled again with the losses' headings in this language
        self._on_running_changed(self.session.is_running)
        self._refresh()

    def _lay_out(self):
        buttons = QHBoxLayout()
        for w in (self.step_button, self.step_unit, self.reset_button):
            buttons.addWidget(w)

        self.loss_box = loss_box = QGroupBox()
        loss_layout = QVBoxLayout(loss_box)
        loss_layout.addWidget(self.loss_selector)
        loss_layout.addWidget(self.loss_formula)

        self.learning_rate_label, self.batch_size_label, self.speed_title = QLabel(), QLabel(), QLabel()
        self.optimizer_label, self.regularization_label = QLabel(), QLabel()
        basic = QFormLayout()
        basic.addRow(self.learning_rate_label, self.learning_rate)
        basic.addRow(self.batch_size_label, self.batch_size)
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed, 1)
        speed_row.addWidget(self.speed_label)
        basic.addRow(self.speed_title, speed_row)

        self.advanced = QGroupBox()
        form = QFormLayout(self.advanced)
        form.addRow(self.optimizer_label, self.optimizer)
        reg_row = QHBoxLayout()
        reg_row.addWidget(self.regularization)
        reg_row.addWidget(self.regularization_rate)
        form.addRow(self.regularization_label, reg_row)
        stop_epoch_row = QHBoxLayout()
        stop_epoch_row.addWidget(self.stop_at_epoch)
        stop_epoch_row.addWidget(self.stop_epoch)
        form.addRow(stop_epoch_row)
        stop_loss_row = QHBoxLayout()
        stop_loss_row.addWidget(self.stop_at_loss)
        stop_loss_row.addWidget(self.stop_loss)
        form.addRow(stop_loss_row)
        self.early_stopping = EarlyStoppingControls(self.session)
        form.addRow(self.early_stopping)

        layout = QVBoxLayout(self)
        layout.addWidget(self.train_button)
        layout.addLayout(buttons)
        layout.addWidget(loss_box)
        layout.addLayout(basic)
        layout.addWidget(self.advanced)
        layout.addStretch(1)

    def _connect(self):
        s = self.session
        self.train_button.clicked.connect(self._on_train_clicked)
        self.step_button.clicked.connect(lambda: s.step(self.step_unit.currentData()))
        self.step_unit.currentIndexChanged.connect(lambda: self.step_unit_changed.emit(self.step_unit.currentData()))
        self.reset_button.clicked.connect(s.reset)
        self.loss_selector.activated.connect(self._on_loss_picked)
        self.learning_rate.valueChanged.connect(self._on_learning_rate)
        self.batch_size.valueChanged.connect(lambda v: self._guarded(s.set_batch_size, v))
        self.optimizer.activated.connect(lambda: self._guarded(s.set_optimizer, self.optimizer.currentData()))
        self.regularization.activated.connect(self._on_regularization)
        self.regularization_rate.valueChanged.connect(self._on_regularization)
        self.speed.valueChanged.connect(lambda i: self._guarded(s.set_speed, SPEEDS[i]))
        for w in (self.stop_at_epoch, self.stop_at_loss):
            w.toggled.connect(self._on_stop_condition)
        for w in (self.stop_epoch, self.stop_loss):
            w.valueChanged.connect(self._on_stop_condition)
        s.running_changed.connect(self._on_running_changed)
        s.setting_changed.connect(self._on_setting_changed)
        for signal in (s.network_changed, s.data_changed):
            signal.connect(self._refresh)

    def _guarded(self, setter, value):
        if not self._updating:
            setter(value)

    def _on_train_clicked(self):
        self.session.toggle()
        self._on_running_changed(self.session.is_running)

    def _on_running_changed(self, running):
        self.train_button.setChecked(running)
        self.train_button.setText(self.tr("Pause") if running else self.tr("Train"))
        self.step_button.setEnabled(not running)

    def _on_learning_rate(self, value):
        if not self._updating and value > 0:
            self.session.set_learning_rate(value)

    def _on_regularization(self, *_):
        if not self._updating:
            self.session.set_regularization(self.regularization.currentData(), self.regularization_rate.value())

    def _on_stop_condition(self, *_):
        if not self._updating:
            self.session.set_stop_condition(
                epochs=self.stop_epoch.value() if self.stop_at_epoch.isChecked() else None,
                loss=self.stop_loss.value() if self.stop_at_loss.isChecked() else None)

    def _on_loss_picked(self, _index=None):
        name = self.loss_selector.currentData()
        session = self.session
        if name is None or name == session.loss_name:
            return
        problem = session.check_loss(name)
        if problem is None:
            session.set_loss(name)
        elif problem.fitting_output is None:
            QMessageBox.information(self, self.tr("This loss does not fit"),
                                    messages.say(messages.LOSS_NEEDS_REGRESSION, reason=problem))
        else:
            answer = QMessageBox.question(
                self, self.tr("This loss needs another output layer"),
                messages.say(messages.LOSS_NEEDS_OTHER_OUTPUT, reason=problem, fitting=problem.fitting_output,
                             loss=losses.get(name).shown_label()))
            if answer == QMessageBox.Yes:
                session.set_output_and_loss(problem.fitting_output, name)
        self._refresh()

    def _on_setting_changed(self, name):
        """Show the one setting that changed; the rest stay as they are."""
        self._updating = True
        try:
            self._ROWS[name](self)
        finally:
            self._updating = False

    def _refresh(self):
        """Show every setting: after new data, a new network or a loaded file."""
        self._updating = True
        try:
            for show in self._ROWS.values():
                show(self)
        finally:
            self._updating = False

    def _show_loss(self):
        s = self.session
        self._fill_loss_selector(s.task)
        self.loss_selector.setCurrentIndex(self.loss_selector.findData(s.loss_name))
        self.loss_formula.setText(loss_formula(s.loss_name, s.network.n_outputs))

    def _show_learning_rate(self):
        self.learning_rate.setValue(self.session.setup.learning_rate)

    def _show_batch_size(self):
        s = self.session
        self.batch_size.setMaximum(max(1, len(s.prepared.X_train)))
        self.batch_size.setValue(s.setup.batch_size)

    def _show_optimizer(self):
        self.optimizer.setCurrentIndex(self.optimizer.findData(self.session.setup.optimizer))

    def _show_regularization(self):
        setup = self.session.setup
        self.regularization.setCurrentIndex(self.regularization.findData(setup.regularization))
        self.regularization_rate.setValue(setup.regularization_rate)
        self.regularization_rate.setEnabled(setup.regularization != "none")

    def _show_speed(self):
        speed = self.session.speed
        self.speed.setValue(SPEEDS.index(speed))
        self.speed_label.setText(self.tr("full speed") if speed is None else self.tr("%n step(s)/s", "", speed))

    def _show_stop_condition(self):
        s = self.session
        self.stop_at_epoch.setChecked(s.stop_epochs is not None)
        if s.stop_epochs is not None:
            self.stop_epoch.setValue(s.stop_epochs)
        self.stop_at_loss.setChecked(s.stop_loss is not None)
        if s.stop_loss is not None:
            self.stop_loss.setValue(s.stop_loss)

    def _show_early_stopping(self):
        self.early_stopping.show_setup()

    # Which method shows each setting of ``Session.SETTINGS``.
    _ROWS = {"loss": _show_loss, "learning_rate": _show_learning_rate, "batch_size": _show_batch_size,
             "optimizer": _show_optimizer, "regularization": _show_regularization, "speed": _show_speed,
             "stop_condition": _show_stop_condition, "early_stopping": _show_early_stopping}

    def _fill_loss_selector(self, task):
        """The losses that fit the data's task, in the registry's order."""
        fitting = losses.for_task(task)
        if [loss.name for loss in fitting] != [self.loss_selector.itemData(i) for i in range(self.loss_selector.count())]:
            self.loss_selector.clear()
            for loss in fitting:
                self.loss_selector.addItem(loss_heading(loss), loss.name)
                self.loss_selector.setItemData(self.loss_selector.count() - 1, loss.shown_title(),
                                               Qt.ToolTipRole)


def loss_formula(loss, n_outputs):
    """The loss as the course writes it."""
    return losses.get(loss).shown_formula(n_outputs)



# The engine's words (a loss's label, an optimizer's title) are translated in
# the engine's contexts, "losses" and "optimizers"; their attributes stay English.

def loss_heading(loss):
    """The loss's short label as a menu item starts it, in the reader's language: "Kreuzentropie"."""
    label = loss.shown_label()
    return label[:1].upper() + label[1:]
