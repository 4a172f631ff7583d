"""The one exception type for bad data, and every message it carries.

The messages live together so the wording stays consistent and a test (or a
translator) can find each one. Each says what is wrong, where, and what to do,
because the person reading it is looking at their spreadsheet, not at Python.
"""

from engine.formatting import count as _count
from engine.translation import QT_TRANSLATE_NOOP, translate


class DataError(ValueError):
    """Data that cannot be used, with a message a person can act on."""


def count(n, noun):
    """'1 row', '3 rows', '1,001 columns': a number with its noun, for the messages."""
    # Spelled out, one literal per noun and number, so the catalogs find each form.
    if noun == "row":
        template = translate("data_errors", "{n} row") if n == 1 else translate("data_errors", "{n} rows")
    elif noun == "cell":
        template = translate("data_errors", "{n} cell") if n == 1 else translate("data_errors", "{n} cells")
    elif noun == "column":
        template = translate("data_errors", "{n} column") if n == 1 else translate("data_errors", "{n} columns")
    else:
        template = "{n} " + (noun if n == 1 else noun + "s")
    return template.format(n=_count(n))


class _Message(str):
    """A message's English template; ``format`` fills it in, in the reader's language."""

    def format(self, *args, **kwargs):
        return translate("data_errors", str(self)).format(*args, **kwargs)


class Messages:
    # -- built-in data sets ------------------------------------------------
    UNKNOWN_BUILTIN = _Message(QT_TRANSLATE_NOOP("data_errors", "There is no built-in data set called {name!r}. Choose one of: {valid}."))
    BAD_N_SAMPLES = _Message(QT_TRANSLATE_NOOP("data_errors", "The number of samples must be a whole number from {low} to {high}, not {value!r}."))
    BAD_NOISE = _Message(QT_TRANSLATE_NOOP("data_errors", "Noise must be a number from 0 to 1 (0% to 100%), not {value!r}."))
    BAD_SEED = _Message(QT_TRANSLATE_NOOP("data_errors", "The seed must be a whole number of 0 or more, not {value!r}."))

    # -- the file itself ---------------------------------------------------
    NOT_FOUND = _Message(QT_TRANSLATE_NOOP("data_errors", "File not found: '{path}'. Check the name and the folder."))
    IS_FOLDER = _Message(QT_TRANSLATE_NOOP("data_errors", "'{path}' is a folder, not a file. Choose a CSV file inside it."))
    NO_PERMISSION = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "Cannot read '{path}': permission denied. "
        "Check the file's permissions, or copy it somewhere you can read."))
    NOT_REGULAR = _Message(QT_TRANSLATE_NOOP("data_errors", "'{path}' is {what}, not a regular file, so it is not read. Choose a CSV file saved on disk."))
    CANNOT_READ = _Message(QT_TRANSLATE_NOOP("data_errors", "Cannot read '{path}': {reason}."))
    TOO_BIG = _Message(QT_TRANSLATE_NOOP("data_errors", "The file is {size_mb:.0f} MB; the limit is {limit_mb} MB. Use a smaller sample of the rows."))
    NOT_TEXT = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "The file does not look like a text CSV file ({why}). "
        "If it is a spreadsheet, save it as CSV (comma separated) first."))
    EMPTY = _Message(QT_TRANSLATE_NOOP("data_errors", "The file is empty. A CSV file needs a header line with column names and rows of values."))

    # -- layout --------------------------------------------------------------
    HEADER_IS_DATA = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "The first line ({line!r}) looks like numbers, not column names. "
        "Add a header line with a name for each column, such as 'x1,x2,label'."))
    NO_ROWS = _Message(QT_TRANSLATE_NOOP("data_errors", "The file has a header line but no rows of data below it."))
    TOO_FEW_ROWS = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "The file has only {n_rows} of data; at least {minimum} are needed "
        "so that some can train the network and some can test it."))
    TOO_MANY_ROWS = _Message(QT_TRANSLATE_NOOP("data_errors", "The file has more than {limit} rows of data, which is the limit. Use a smaller sample of the rows."))
    TOO_MANY_COLUMNS = _Message(QT_TRANSLATE_NOOP("data_errors", "The file has {n_columns} columns; the limit is {limit}. Remove the columns you do not need."))
    ONE_COLUMN = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "Only one column ({name!r}) was found, so there is nothing to learn from. "
        "A CSV file needs at least one input column and a target column, separated by commas, semicolons or tabs."))
    RAGGED = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "Line {line} has {found} but the header has {expected}. "
        "Check that line for a missing or extra separator ({separator})."))
    OPEN_QUOTE = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "Line {line}: a quoted cell runs over several lines, so a closing quote (\") is probably missing. "
        "Close the quote, or remove it."))
    CANNOT_PARSE = _Message(QT_TRANSLATE_NOOP("data_errors", "Line {line} cannot be read as CSV ({reason}). Check the quotes and separators on that line."))
    MARKUP_NAME = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "{what} is {name!r}, which looks like an HTML tag. Names are shown as labels, so they may not hold "
        "tags: rename it, for example without the '<'."))
    DUPLICATE_COLUMN = _Message(QT_TRANSLATE_NOOP("data_errors", "Columns {first} and {second} are both named {name!r}. Rename one of them."))

    # -- choosing the target -------------------------------------------------
    BAD_TARGET_ARGUMENT = _Message(QT_TRANSLATE_NOOP("data_errors", "The target must be a column name (text), not {value!r}."))
    UNKNOWN_TARGET = _Message(QT_TRANSLATE_NOOP("data_errors", "There is no column named {name!r}. The columns are: {columns}."))
    AMBIGUOUS_TARGET = _Message(QT_TRANSLATE_NOOP("data_errors", "More than one column matches {name!r} if case is ignored ({matches}). Give the exact name."))
    BAD_TASK = _Message(QT_TRANSLATE_NOOP("data_errors", "The task must be 'classification', 'regression' or None (detect it), not {value!r}."))

    # -- cells -----------------------------------------------------------------
    BLANK_CELL = _Message(QT_TRANSLATE_NOOP("data_errors", "Line {line}, column {column!r} is blank. Fill in a number or remove the row."))
    NOT_A_NUMBER = _Message(QT_TRANSLATE_NOOP("data_errors", "Line {line}, column {column!r}: {cell!r} is not a number. Fix the cell or remove the column."))
    TEXT_COLUMN = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "Column {column!r} holds text, not numbers (line {line}: {cell!r}). "
        "Input columns must be numeric: remove the column, or choose it as the target."))
    MISSING_VALUE = _Message(QT_TRANSLATE_NOOP("data_errors", "Line {line}, column {column!r}: {cell!r} marks a missing value. Fill in a number or remove the row."))
    NOT_FINITE = _Message(QT_TRANSLATE_NOOP("data_errors", "Line {line}, column {column!r}: {cell!r} is not a finite number. Fix the cell or remove the row."))
    TOO_LARGE = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "Line {line}, column {column!r}: {cell!r} is too large (the limit is {limit:g} either way). "
        "Rescale the column, for example to thousands or millions."))
    BLANK_TARGET = _Message(QT_TRANSLATE_NOOP("data_errors", "Line {line}, column {column!r} (the target) is blank. Fill it in or remove the row."))
    TARGET_NOT_A_NUMBER = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "Line {line}, column {column!r} (the target): {cell!r} is not a number. "
        "Regression needs a numeric target; choose classification if the column names classes."))
    ONE_CLASS = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "The target column {column!r} has only one value ({value!r}), so there is nothing to tell apart. "
        "Choose another target column, or add rows of other classes."))
    TOO_MANY_CLASSES = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "The target column {column!r} has {n_classes} different values, too many to treat as classes "
        "(the limit is {limit}). Choose regression if it is a measured quantity."))
    TOO_MANY_CLASSES_TEXT = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "The target column {column!r} has {n_classes} different values, too many to treat as classes "
        "(the limit is {limit}). If it is meant to be numeric, line {line} has {cell!r}, which is not a number."))

    # -- preparing for training --------------------------------------------
    BAD_TEST_FRACTION = _Message(QT_TRANSLATE_NOOP("data_errors", "The test fraction must be a number between 0 and 1 (exclusive), not {value!r}."))
    TOO_SMALL_TO_SPLIT = _Message(QT_TRANSLATE_NOOP("data_errors", "The data has {n_rows}; at least 2 are needed to have a training and a test split."))
    BAD_VALIDATION_FRACTION = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "The validation fraction must be a number from 0 up to (not including) 1, "
                               "not {value!r}. Use 0 for no validation rows, 0.1 for a tenth of the training rows."))
    TOO_SMALL_TO_VALIDATE = _Message(QT_TRANSLATE_NOOP(
        "data_errors", "The training split has {n_rows}; at least 2 are needed to set some aside for "
                             "validation. Set the validation fraction to 0, or hold out fewer rows for testing."))
    NO_FEATURES = _Message(QT_TRANSLATE_NOOP("data_errors", "Choose at least one input feature."))
    UNKNOWN_FEATURE = _Message(QT_TRANSLATE_NOOP("data_errors", "There is no input feature called {name!r}. Choose from: {valid}."))
    DUPLICATE_FEATURE = _Message(QT_TRANSLATE_NOOP("data_errors", "The input feature {name!r} is listed twice. List each feature once."))
    BAD_RAW_SHAPE = _Message(QT_TRANSLATE_NOOP("data_errors", "Expected raw inputs with {expected} column(s), got an array of shape {shape}."))
    BAD_SOURCE = _Message(QT_TRANSLATE_NOOP("data_errors", "Cannot rebuild the data set from {source!r}: {why}."))
