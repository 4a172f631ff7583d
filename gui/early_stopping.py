"""Validation rows and early stopping: a stop condition beside "Stop at epoch", and "Go to best epoch".

The widget is handed the session and shows its setup (``validation_fraction``,
``early_stopping``) and its snapshot's ``best_epoch``/``stopped_epoch``; it
changes them only through the session's methods.

Preview: ``python -m gui.early_stopping``.
"""

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QPushButton, QSpinBox, QWidget

from engine.formatting import count, percent

from .appearance import describe
from .language import Retranslating
from .number_boxes import DecimalSpinBox

# Qt's translation of a text outside a widget class; lupdate finds translate("context", "text") by its name.
translate = QCoreApplication.translate

DEFAULT_PATIENCE = 20


def stop_summary(snapshot):
    """One line on where the validation loss was lowest and whether early stopping ended the run."""
    if snapshot.best_epoch is None:
        return translate("early_stopping", "No validation yet: train an epoch with validation rows.")
    text = translate("early_stopping", "Lowest validation loss at epoch {epoch}.").format(
        epoch=count(snapshot.best_epoch))
    if snapshot.stopped_epoch is not None:
        text += " " + translate("early_stopping", "Stopped at epoch {epoch} and went back to it.").format(
            epoch=count(snapshot.stopped_epoch))
    return text


class EarlyStoppingControls(Retranslating, QWidget):
    """"Stop early after N epochs without a better validation loss", the validation share, "Go to best epoch"."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._updating = False

        # Texts and tips are set in ``retranslate``.
        self.stop_early = describe(QCheckBox(), "stop_early", "")
        self.patience = describe(QSpinBox(), "patience", "")
        self.patience.setRange(1, 100_000)
        self.patience.setValue(DEFAULT_PATIENCE)
        self.patience.setKeyboardTracking(False)

        self.validation_fraction = describe(DecimalSpinBox(), "validation_fraction", "")
        self.validation_fraction.setRange(0.0, 0.5)
        self.validation_fraction.setSingleStep(0.05)
        self.validation_fraction.setDecimals(2)
        self.validation_fraction.setKeyboardTracking(False)

        self.best_button = describe(QPushButton(), "go_to_best_epoch", "")
        self.summary = QLabel()
        self.summary.setObjectName("early_stopping_summary")
        self.summary.setWordWrap(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.stop_early, 0, 0)
        grid.addWidget(self.patience, 0, 1)
        self.validation_label = QLabel()
        grid.addWidget(self.validation_label, 1, 0)
        grid.addWidget(self.validation_fraction, 1, 1)
        grid.addWidget(self.best_button, 2, 0)
        grid.addWidget(self.summary, 3, 0, 1, 2)

        self.stop_early.toggled.connect(self._on_stop_early)
        self.patience.valueChanged.connect(self._on_stop_early)
        self.validation_fraction.valueChanged.connect(self._on_validation_fraction)
        self.best_button.clicked.connect(self._on_go_to_best)
        # The row is refreshed by its panel on ``setting_changed("early_stopping")``.
        session.data_changed.connect(self.show_setup)
        session.snapshot_changed.connect(self._on_snapshot_changed)
        self.retranslate()

    def retranslate(self):
        self.stop_early.setText(self.tr("Stop early after"))
        self.stop_early.setToolTip(self.tr(
            "Early stopping, as in Keras and scikit-learn: pause once the validation loss has not improved for "
            "this many epochs, and go back to the weights of the epoch where it was lowest. Needs validation "
            "rows; a tenth of the training rows is set aside if there are none."))
        self.patience.setToolTip(self.tr(
            "The patience: epochs without a better validation loss before training stops."))
        self.patience.setSuffix(" " + self.tr("epochs"))
        self._fraction_tip = self.tr(
            "Share of the training rows set aside for validation: the network never trains on them, so their "
            "loss shows when it starts to memorize. The test rows stay untouched. Changing it makes a new "
            "split and fresh weights.")
        self.validation_fraction.setSpecialValueText(self.tr("none"))
        self.best_button.setText(self.tr("Go to best epoch"))
        self.best_button.setToolTip(self.tr(
            "Put back the weights of the epoch with the lowest validation loss. The curve stays as it is."))
        self.validation_label.setText(self.tr("Validation rows"))
        for widget, name in ((self.stop_early, self.tr("stop early")), (self.patience, self.tr("patience")),
                             (self.validation_fraction, self.tr("validation fraction")),
                             (self.best_button, self.tr("go to best epoch"))):
            widget.setAccessibleName(name)
        for box in (self.patience, self.validation_fraction):
            box.setLocale(QLocale())
        self.summary.setText("")  # written again in this language
        self.show_setup()

    def _on_stop_early(self, *_):
        if not self._updating:
            self.session.set_early_stopping(self.patience.value() if self.stop_early.isChecked() else None)

    def _on_validation_fraction(self, value):
        if not self._updating and round(value, 2) != round(float(self.session.setup.validation_fraction), 2):
            self.session.set_validation_fraction(round(value, 2))

    def _on_go_to_best(self):
        self.session.go_to_best_epoch()

    def _on_snapshot_changed(self):
        snapshot = self.session.snapshot
        self.best_button.setEnabled(snapshot.best_epoch is not None)
        text = stop_summary(snapshot) if self.session.prepared.val_index.size else ""
        if text != self.summary.text():
            self.summary.setText(text)
            self.summary.setVisible(bool(text))

    def show_setup(self):
        """Show the session's patience and validation share."""
        setup = self.session.setup
        self._updating = True
        try:
            self.stop_early.setChecked(setup.early_stopping is not None)
            if setup.early_stopping is not None:
                self.patience.setValue(setup.early_stopping)
            self.validation_fraction.setValue(float(setup.validation_fraction))
            rows = self.session.prepared.val_index.size
            now = self.tr("Now %n row(s) ({share} of the training split).", "", rows).format(
                share=percent(setup.validation_fraction, 0)) if rows else self.tr("Now none.")
            self.validation_fraction.setToolTip(f"{self._fraction_tip}\n{now}")
        finally:
            self._updating = False
        self._on_snapshot_changed()


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from engine.data import read_csv
    from gui.session import Session
    from resources import path as resource_path

    app = QApplication(sys.argv)
    session = Session()
    session.set_dataset(read_csv(resource_path("data", "diabetes.csv")))
    widget = EarlyStoppingControls(session)
    widget.show()
    sys.exit(app.exec())
