"""Every sentence the window shows a user about something going wrong.

Each says what happened and what to do. Tests assert on these constants.
They are the English sources; ``say`` shows one in the language spoken now.
"""

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LOSS_NEEDS_OTHER_OUTPUT = QT_TRANSLATE_NOOP("messages", "{reason}\n\nSwitch the output layer to {fitting} and use "
                                            "{loss}? The hidden layers keep their weights.")
LOSS_NEEDS_REGRESSION = "{reason}"
DIVERGED_TITLE = QT_TRANSLATE_NOOP("messages", "Training blew up")
DIVERGED_HINT = QT_TRANSLATE_NOOP("messages", "Tip: with Adam or momentum, try a learning rate 10 times smaller.")
OVERSHOOTING_TITLE = QT_TRANSLATE_NOOP("messages", "The learning rate is too high")
OVERSHOOTING = QT_TRANSLATE_NOOP("messages", "The training loss is jumping up and down instead of falling (now "
                                 "{loss}, best {best}): each step at learning rate {learning_rate} overshoots the "
                                 "valley. Pause and lower the learning rate, to {lower} say.")
TRAINING_FAILED = QT_TRANSLATE_NOOP("messages", "Training stopped because of an error inside Loss Explorer: {error}. "
                                    "Your network and data are unchanged. The details are in the log file "
                                    "{log_path}.")
TRAINING_PROCESS_ENDED_TITLE = QT_TRANSLATE_NOOP("messages", "Training stopped")
TRAINING_PROCESS_ENDED = QT_TRANSLATE_NOOP("messages", "The process that trains the network ended unexpectedly "
                                           "(exit code {code}); the computer may have run out of memory. The weights "
                                           "and the loss curve shown are kept. Press Train to go on: a new training "
                                           "process starts.")
CSV_FAILED_TITLE = QT_TRANSLATE_NOOP("messages", "Could not open this CSV file")
CSV_FAILED = QT_TRANSLATE_NOOP("messages", "{error}\n\nThe data you had before is still loaded.")
BAD_WEIGHT = QT_TRANSLATE_NOOP("messages", "'{text}' is not a number. Type a weight such as 0.5 or -1.2.")
LAYER_LIMIT = QT_TRANSLATE_NOOP("messages", "At most {limit} hidden layers: this is a network you can still see.")
UNIT_LIMIT = QT_TRANSLATE_NOOP("messages", "At most {limit} neurons in a layer.")
NO_INPUTS = QT_TRANSLATE_NOOP("messages", "The network needs at least one input feature; switch another one on first.")
UNEXPECTED_ERROR_TITLE = QT_TRANSLATE_NOOP("messages", "Something went wrong")
UNEXPECTED_ERROR = QT_TRANSLATE_NOOP("messages", "Loss Explorer hit an unexpected error and kept running: {error}"
                                     "\n\nYour work is still open. Details were written to {log_path}.")


def say(message, **fields):
    """``message`` (one of the constants above) in the reader's language, its ``{fields}`` filled in."""
    return QCoreApplication.translate("messages", message).format(**fields)


def plain(text):
    """``text`` for a widget that guesses between plain and rich text (QMessageBox, QLabel).

    A message may quote a file ("lesson is the text '<img src=...>'"); left
    to guess, Qt would render that as HTML and load the image. Escaped and
    marked as rich text, it shows exactly the characters written.
    """
    return "<p>" + html.escape(str(text), quote=False).replace("\n", "<br>") + "</p>"
