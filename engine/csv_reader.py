"""Reading CSV files as people really have them.

Spreadsheets and scripts write "CSV" in many dialects: commas, semicolons
(European Excel, with decimal commas) or tabs; UTF-8 with or without a byte
order mark, or a Windows code page; CRLF line ends, trailing blank lines and
trailing separators. This module reads all of those, and turns everything it
cannot read into a ``DataError`` whose message points at the line and column
to fix. Nothing else escapes: whatever the bytes, the caller gets a Dataset
or a DataError.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import os
import re
import warnings
from pathlib import Path

import numpy as np

from engine.data_errors import DataError, Messages, count
from engine.datasets import CLASSIFICATION, REGRESSION, Dataset
from engine.formatting import count as _count
from engine.safe_files import FileReadError, read_limited
from engine.translation import QT_TRANSLATE_NOOP, translate

MIN_ROWS = 4
MAX_ROWS = 1_000_000
MAX_COLUMNS = 1_000
MAX_BYTES = 256 * 1024 * 1024
MAX_CLASSES = 50
# Larger values are almost surely a unit problem, and their squares would
# overflow the standardisation and the loss.
MAX_ABS_VALUE = 1e15

# In order of preference when more than one splits the lines consistently.
SEPARATORS = (",", ";", "\t")
SEPARATOR_NAMES = {",": "','", ";": "';'", "\t": QT_TRANSLATE_NOOP("csv_reader", "tab")}
# Enough lines to tell the separators apart without reading a big file twice.
SNIFF_RECORDS = 50
SNIFF_CHARS = 1_000_000

# Binary files decoded as Latin-1 are full of control characters; text is not.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MAX_CONTROL_FRACTION = 0.05
_ASCII_CONTROL_BYTES = bytes(c for c in range(128) if _CONTROL_CHARS.match(chr(c)))

# Spreadsheet spellings of "no value". In a numeric column they get their own
# message; in a text target they may be real class names, so they stay.
MISSING_MARKERS = frozenset({"na", "n/a", "null", "none", "?", "-", "--", "missing", "#n/a"})

_EXCEL_SEP_LINE = re.compile(r" *sep=(.) *$", re.IGNORECASE)


def read_csv(path, target=None, task=None, progress=None) -> Dataset:
    """Read a CSV file with a header line into a Dataset.

    Parameters
    ----------
    path : str or os.PathLike
        The file. Comma, semicolon and tab separators are detected, as are
        UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252 or
        Latin-1 text.
    target : str, optional
        Name of the target column: an exact match first, then one ignoring
        case. Default: the last column.
    task : {None, "classification", "regression"}
        None detects it: classification when the target is text or a few
        distinct whole numbers, regression otherwise.
    progress : callable, optional
        Called now and then with the share of the work done, from 0 to 1.
        An exception it raises stops the reading and propagates (a GUI
        cancels that way).

    Returns
    -------
    Dataset
        Every non-target column as a numeric input; ``csv_text`` holds the
        decoded text so it can be re-read with ``read_csv_text``.

    Raises
    ------
    DataError
        For anything that cannot be read, with the line and column to fix.
    """
    try:
        path_text = os.fspath(path)
    except TypeError:
        raise DataError(Messages.CANNOT_READ.format(path=path, reason=translate("csv_reader", "that is not a file path"))) from None
    if isinstance(path_text, bytes):
        path_text = os.fsdecode(path_text)
    data = _read_bytes(path_text)
    text = decode_bytes(data)
    del data  # the bytes and the text together would double the peak memory of a big file
    name = Path(path_text).name
    # Absolute, so an experiment file saved with it still finds the file from elsewhere.
    return _parse(text, name=name, path=os.path.abspath(path_text), target=target, task=task, progress=progress)


def read_csv_text(text, name="data.csv", target=None, task=None, progress=None) -> Dataset:
    """Read CSV text (for example embedded in an experiment file) into a Dataset.

    Parameters
    ----------
    text : str
        The whole file's text. Bytes are accepted too and decoded as
        ``read_csv`` would.
    name : str
        Shown as the data set's name.
    target, task, progress
        As for ``read_csv``.

    Returns
    -------
    Dataset

    Raises
    ------
    DataError
        As for ``read_csv``.
    """
    if isinstance(text, (bytes, bytearray)):
        text = decode_bytes(bytes(text))
    elif not isinstance(text, str):
        raise DataError(Messages.NOT_TEXT.format(why=translate("csv_reader", "got {kind}, not text").format(kind=type(text).__name__)))
    else:
        text = text.removeprefix("\ufeff")
        _check_looks_like_text(text)
    return _parse(text, name=str(name), path=None, target=target, task=task, progress=progress)


# --------------------------------------------------------------------------
# Bytes to text


def _read_bytes(path):
    # Only a regular file, and at most MAX_BYTES of it: a FIFO would hang, /dev/zero never ends.
    try:
        return read_limited(path, MAX_BYTES)
    except FileReadError as error:
        if error.reason == "missing":
            raise DataError(Messages.NOT_FOUND.format(path=path)) from None
        if error.reason == "folder":
            raise DataError(Messages.IS_FOLDER.format(path=path)) from None
        if error.reason == "not_regular":
            raise DataError(Messages.NOT_REGULAR.format(path=path, what=error.what)) from None
        if error.reason == "too_big":
            raise DataError(Messages.TOO_BIG.format(size_mb=error.size / 2**20, limit_mb=MAX_BYTES // 2**20)) from None
        if error.reason == "no_permission":
            raise DataError(Messages.NO_PERMISSION.format(path=path)) from None
        if error.reason == "invalid_path":
            raise DataError(Messages.CANNOT_READ.format(path=path, reason=translate("csv_reader", "the path is not valid"))) from None
        raise DataError(Messages.CANNOT_READ.format(path=path, reason=error.detail)) from None


def decode_bytes(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (BOM optional), UTF-16 with BOM, else Windows-1252 / Latin-1.

    Raises
    ------
    DataError
        If the bytes do not look like text at all.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise DataError(Messages.NOT_TEXT.format(why=translate("csv_reader", "it starts like UTF-16 text but is not"))) from None
    elif b"\x00" in data:
        raise DataError(Messages.NOT_TEXT.format(why=translate("csv_reader", "it contains NUL bytes")))
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Windows-1252 is what "ANSI" means in Western Excel; Latin-1 takes
            # the few bytes it leaves undefined.
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    text = text.removeprefix("\ufeff")
    _check_looks_like_text(text)
    return text


def _check_looks_like_text(text):
    if "\x00" in text:
        raise DataError(Messages.NOT_TEXT.format(why=translate("csv_reader", "it contains NUL bytes")))
    n_control = _count_control_chars(text)
    if n_control > MAX_CONTROL_FRACTION * len(text):
        raise DataError(Messages.NOT_TEXT.format(why=translate("csv_reader", "it is full of control characters")))


def _count_control_chars(text, chunk_chars=2**20):
    if not text.isascii():
        return len(_CONTROL_CHARS.findall(text))
    # ASCII text (most big files): deleting the other characters from bytes,
    # a chunk at a time, is ~6x faster than the regular expression.
    n_control = 0
    for start in range(0, len(text), chunk_chars):
        chunk = text[start:start + chunk_chars].encode("ascii")
        n_control += len(chunk) - len(chunk.translate(None, delete=_ASCII_CONTROL_BYTES))
    return n_control


# --------------------------------------------------------------------------
# Text to records


def _records(text, separator):
    """Yield (line number where the record starts, cells) for each CSV record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, skipinitialspace=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # The csv module's only complaint in its lenient mode is a cell over
            # its size limit, which in practice is an unclosed quote eating the file.
            if "field larger than field limit" in str(error):
                raise DataError(Messages.OPEN_QUOTE.format(line=start)) from None
            raise DataError(Messages.CANNOT_PARSE.format(line=start, reason=error)) from None
        if reader.line_num > start and cells:
            # Only a quoted cell can hold a line break, and a quoted line break
            # in a table of numbers is nearly always a quote left open.
            raise DataError(Messages.OPEN_QUOTE.format(line=start))
        yield start, cells
        start = reader.line_num + 1


def _is_blank(cells):
    return all(not cell.strip() for cell in cells)


def _excel_separator(text):
    """The separator named by Excel's optional first line 'sep=;', or None."""
    # Sliced, not split: split would copy the whole rest of a big file.
    end = text.find("\n", 0, SNIFF_CHARS)
    first_line = text[:end if end >= 0 else SNIFF_CHARS].split("\r", 1)[0]
    match = _EXCEL_SEP_LINE.match(first_line)
    if match and match.group(1) not in "\"'\r\n ":
        return match.group(1)
    return None


def _detect_separator(text):
    """Pick the separator that splits the first lines into the same number of columns.

    csv.Sniffer is not used: it guesses from character frequencies and
    happily picks a letter or a decimal comma. Here a separator qualifies if it
    gives the header more than one column; among those, the one under which
    most of the first rows have as many cells as the header wins, with ties
    going to comma, then semicolon, then tab.
    """
    best, best_score = ",", -1.0
    sample = text[:SNIFF_CHARS]
    for separator in SEPARATORS:
        counts = []
        try:
            for _, cells in _records(sample, separator):
                if _is_blank(cells):
                    continue
                counts.append(len(cells))
                if len(counts) > SNIFF_RECORDS:
                    break
        except DataError:
            pass  # judge by the lines before the broken one; the real read reports it
        if not counts or counts[0] < 2:
            continue
        rows = counts[1:]
        score = sum(count == counts[0] for count in rows) / len(rows) if rows else 1.0
        if score > best_score:
            best, best_score = separator, score
    return best


# --------------------------------------------------------------------------
# Cells to numbers


def _to_number(cell, decimal_comma):
    """The cell's value as a float, or None if it is not a number."""
    try:
        return float(cell)
    except ValueError:
        pass
    if decimal_comma and cell.count(",") == 1 and "." not in cell:
        try:
            return float(cell.replace(",", "."))
        except ValueError:
            pass
    return None


def _check_value(value, cell, line, column):
    if not math.isfinite(value):
        raise DataError(Messages.NOT_FINITE.format(line=line, column=column, cell=cell.strip()))
    if abs(value) > MAX_ABS_VALUE:
        raise DataError(Messages.TOO_LARGE.format(line=line, column=column, cell=cell.strip(), limit=MAX_ABS_VALUE))


def _numeric_column(cells, lines, column, decimal_comma):
    """Parse one input column, or raise a DataError about its first bad cell."""
    try:
        values = np.array([float(cell) for cell in cells], dtype=np.float64)
    except ValueError:
        values = _numeric_column_slowly(cells, lines, column, decimal_comma)
    bad = ~np.isfinite(values) | (np.abs(np.nan_to_num(values)) > MAX_ABS_VALUE)
    if bad.any():
        i = int(np.argmax(bad))
        _check_value(values[i], cells[i], lines[i], column)
    return values


def _numeric_column_slowly(cells, lines, column, decimal_comma):
    values = np.empty(len(cells), dtype=np.float64)
    first_problem = None
    first_text = None
    n_numbers = 0
    for i, cell in enumerate(cells):
        stripped = cell.strip()
        value = None if stripped.lower() in MISSING_MARKERS else _to_number(stripped, decimal_comma)
        if value is not None:
            values[i] = value
            n_numbers += 1
            continue
        if first_problem is None:
            first_problem = i
        if stripped and first_text is None and stripped.lower() not in MISSING_MARKERS:
            first_text = i
    if first_problem is None:
        return values  # every cell was a number with a decimal comma
    if n_numbers == 0 and first_text is not None:
        raise DataError(Messages.TEXT_COLUMN.format(column=column, line=lines[first_text], cell=cells[first_text].strip()))
    i = first_problem
    stripped = cells[i].strip()
    if not stripped:
        raise DataError(Messages.BLANK_CELL.format(line=lines[i], column=column))
    if stripped.lower() in MISSING_MARKERS:
        raise DataError(Messages.MISSING_VALUE.format(line=lines[i], column=column, cell=stripped))
    raise DataError(Messages.NOT_A_NUMBER.format(line=lines[i], column=column, cell=stripped))


def _number_name(value):
    return str(int(value)) if value.is_integer() else repr(float(value))


# --------------------------------------------------------------------------
# The fast path: a table of plain numbers

# Characters parsed at a time: big enough that numpy's per-call costs vanish,
# small enough that the chunk's copies are nothing next to the table, and at
# least ~16 chunks a file so the progress bar moves.
PLAIN_CHUNK_CHARS = 4 * 2**20
PLAIN_CHUNKS = 16


def _parse_plain_numbers(text, separator, skip_first_line, name, path, target, task, progress=None):
    """The whole table parsed by numpy in bulk, if every cell is a plain number; else None.

    Scripts and spreadsheets export big tables in this form, and reading one
    cell at a time in Python costs ~10x numpy's time and ~15x the file's size
    in memory. numpy parses the text a chunk at a time, strictly (see below).
    Anything unusual (quotes, blank lines or cells, text, decimal commas, a
    ragged line, a value too large, an unnamed column) returns None, and the
    careful reader reads the file again and names the line and column. Where
    both read a file they give the same Dataset, bit for bit.
    """
    start = 0
    if skip_first_line:
        start = text.find("\n") + 1
        if start == 0:
            return None
    # The header: the first line that is not blank.
    while True:
        line_end = text.find("\n", start)
        if line_end < 0:
            return None
        header_text = text[start:line_end]
        start = line_end + 1
        if header_text.strip(" \t\r" + separator):
            break
    header_text = header_text.removesuffix("\r")
    if "\r" in header_text or header_text.count('"') % 2:  # a lone line break, or a quote that goes on
        return None
    try:
        records = list(_records(header_text, separator))
    except DataError:
        return None
    if len(records) != 1:
        return None
    header = [cell.strip() for cell in records[0][1]]
    n_columns = len(header)
    if (n_columns < 2 or n_columns > MAX_COLUMNS or not all(header) or len(set(header)) < n_columns
            or all(_to_number(cell, False) is not None for cell in header)):
        return None
    # Trailing blank lines and rows of bare separators carry nothing.
    end = len(text)
    while end > start and text[end - 1] in " \t\r\n" + separator:
        end -= 1
    if end <= start or text.find('"', start, end) >= 0:
        return None
    n_rows = text.count("\n", start, end) + 1
    if not MIN_ROWS <= n_rows <= MAX_ROWS:
        return None
    try:
        target_index = _find_target(header, target)
    except DataError:
        return None
    X = np.empty((n_rows, n_columns - 1), dtype=np.float64)
    y = np.empty(n_rows, dtype=np.float64)
    chunk_chars = min(max((end - start) // PLAIN_CHUNKS, 2**14), PLAIN_CHUNK_CHARS)
    row = 0
    while start < end:
        cut = end if end - start <= chunk_chars else text.rfind("\n", start, start + chunk_chars)
        if cut <= start:  # a line longer than a chunk
            cut = text.find("\n", start + chunk_chars, end)
            cut = end if cut < 0 else cut
        chunk = text[start:cut]
        start = cut + 1
        if "\r" in chunk:
            chunk = chunk.replace("\r\n", "\n")
            if "\r" in chunk:  # a line break numpy and the csv module would read differently
                return None
        # np.loadtxt's C parser turns a plain number into the same float as
        # Python's float() (both correctly rounded). It refuses anything else
        # in a cell: an empty cell, text, a missing-value marker, a decimal
        # comma, a digit float() would take but not ASCII, an underscore; and
        # a line with more or fewer cells than the first. It reads nan and inf,
        # which the range check below refuses.
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                block = np.loadtxt(chunk.split("\n"), dtype=np.float64, delimiter=separator, comments=None,
                                   ndmin=2)
        except (ValueError, UserWarning):
            return None
        rows_here = len(block)
        if block.shape[1] != n_columns or row + rows_here > n_rows:
            return None
        # Reductions and slices, no temporary copies: this loop is the read's own cost.
        if not (block.max() <= MAX_ABS_VALUE and block.min() >= -MAX_ABS_VALUE):  # an overflow to infinity
            return None
        rows = slice(row, row + rows_here)
        X[rows, :target_index] = block[:, :target_index]
        X[rows, target_index:] = block[:, target_index + 1:]
        y[rows] = block[:, target_index]
        row += rows_here
        if progress is not None:
            progress(0.9 * start / len(text))
    if row != n_rows:
        return None

    target_name = header[target_index]
    if task == REGRESSION or (task is None and not _looks_like_class_indices(y)):
        task, class_names = REGRESSION, []
    else:
        task, y, class_names = _classes_from_numbers(y, target_name)
    source = {"kind": "csv", "path": path, "name": name, "target": target_name, "task": task}
    return Dataset(
        name=name, task=task, X=X, y=y, feature_names=header[:target_index] + header[target_index + 1:], target_name=target_name,
        class_names=class_names, source=source, csv_text=text,
    )


# --------------------------------------------------------------------------
# The table


def _parse(text, name, path, target, task, progress=None):
    if task not in (None, CLASSIFICATION, REGRESSION):
        raise DataError(Messages.BAD_TASK.format(value=task))
    if target is not None and not isinstance(target, str):
        raise DataError(Messages.BAD_TARGET_ARGUMENT.format(value=target))
    if not text or text.isspace():
        raise DataError(Messages.EMPTY.format())

    separator = _excel_separator(text)
    skip_first_line = separator is not None
    if separator is None:
        separator = _detect_separator(text)

    fast = _parse_plain_numbers(text, separator, skip_first_line, name, path, target, task, progress)
    if fast is not None:
        return fast

    header, header_line, rows, lines = _read_table(text, separator, skip_first_line, progress)
    names = _column_names(header, header_line, rows)
    if len(rows) < MIN_ROWS:
        raise DataError(Messages.TOO_FEW_ROWS.format(n_rows=count(len(rows), "row"), minimum=MIN_ROWS))

    target_index = _find_target(names, target)
    target_name = names[target_index]
    columns = list(zip(*rows))
    decimal_comma = separator != ","

    feature_names = [n for i, n in enumerate(names) if i != target_index]
    features = [
        _numeric_column(columns[i], lines, names[i], decimal_comma)
        for i in range(len(names)) if i != target_index
    ]
    X = np.ascontiguousarray(np.column_stack(features), dtype=np.float64)
    if progress is not None:
        progress(0.95)
    task, y, class_names = _parse_target(columns[target_index], lines, target_name, task, decimal_comma)
    for label in class_names:
        if looks_like_markup(label):
            raise DataError(Messages.MARKUP_NAME.format(what=translate("csv_reader", "A class in column {column!r}").format(column=target_name), name=_short(label)))

    source = {"kind": "csv", "path": path, "name": name, "target": target_name, "task": task}
    return Dataset(
        name=name, task=task, X=X, y=y, feature_names=feature_names, target_name=target_name,
        class_names=class_names, source=source, csv_text=text,
    )


def _read_table(text, separator, skip_first_line, progress=None):
    """Header cells, its line number, data rows (all the header's width) and their line numbers."""
    # Splitting into cells is most of the work, so it gets 80% of the progress.
    n_lines = max(1, text.count("\n") + 1) if progress is not None else 1
    header = None
    header_line = 0
    rows, lines = [], []
    for line, cells in _records(text, separator):
        if skip_first_line and line == 1:
            continue
        if _is_blank(cells):
            # Blank lines, and rows of bare separators that spreadsheets
            # leave below the data, carry nothing.
            continue
        if header is None:
            header, header_line = [cell.strip() for cell in cells], line
            if len(header) > MAX_COLUMNS:
                raise DataError(Messages.TOO_MANY_COLUMNS.format(n_columns=_count(len(header)), limit=_count(MAX_COLUMNS)))
            continue
        if len(cells) > len(header) and _is_blank(cells[len(header):]):
            cells = cells[:len(header)]  # a trailing separator
        if len(cells) != len(header):
            raise DataError(Messages.RAGGED.format(
                line=line, found=count(len(cells), "cell"), expected=count(len(header), "column"),
                separator=translate("csv_reader", SEPARATOR_NAMES.get(separator, repr(separator)))))
        if len(rows) == MAX_ROWS:
            raise DataError(Messages.TOO_MANY_ROWS.format(limit=_count(MAX_ROWS)))
        rows.append(cells)
        lines.append(line)
        if progress is not None and len(rows) % 5000 == 0:
            progress(0.8 * line / n_lines)
    if header is None:
        raise DataError(Messages.EMPTY.format())
    return header, header_line, rows, lines


# Names and classes are shown as labels, and some labels are rich text: a
# name that looks like an HTML tag ("<img src=...>") would be rendered, and
# could make the window load a file. "<=50K" or "a < b" are fine.
_MARKUP = re.compile(r"<\s*[A-Za-z/!?][^>]*>")


def looks_like_markup(text):
    """Whether ``text`` holds something that reads as an HTML tag ('<b>', '<img ...>', '</p>')."""
    return bool(_MARKUP.search(text))


def _short(text, limit=40):
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _column_names(header, header_line, rows):
    """Column names from the header; drops unnamed all-blank columns from rows in place."""
    keep = [
        i for i, name in enumerate(header)
        if name or any(row[i].strip() for row in rows)
    ]
    if len(keep) < len(header):
        header = [header[i] for i in keep]
        for r, row in enumerate(rows):
            rows[r] = [row[i] for i in keep]

    if len(header) < 2:
        raise DataError(Messages.ONE_COLUMN.format(name=header[0] if header else ""))
    if all(name and _to_number(name, False) is not None for name in header):
        shown = ", ".join(header)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        raise DataError(Messages.HEADER_IS_DATA.format(line=shown))
    if not rows:
        raise DataError(Messages.NO_ROWS.format())

    names = [name or f"column {i + 1}" for i, name in enumerate(header)]
    for i, name in enumerate(names):
        if looks_like_markup(name):
            raise DataError(Messages.MARKUP_NAME.format(what=translate("csv_reader", "The name of column {number}").format(number=i + 1), name=_short(name)))
    seen = {}
    for i, name in enumerate(names):
        if name in seen:
            raise DataError(Messages.DUPLICATE_COLUMN.format(first=seen[name] + 1, second=i + 1, name=name))
        seen[name] = i
    return names


def _find_target(names, target):
    if target is None:
        return len(names) - 1
    wanted = target.strip()
    if wanted in names:
        return names.index(wanted)
    matches = [i for i, name in enumerate(names) if name.casefold() == wanted.casefold()]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        shown = ", ".join(repr(names[i]) for i in matches)
        raise DataError(Messages.AMBIGUOUS_TARGET.format(name=wanted, matches=shown))
    shown = ", ".join(repr(name) for name in names[:30])
    if len(names) > 30:
        shown += translate("csv_reader", " and {count} more").format(count=len(names) - 30)
    raise DataError(Messages.UNKNOWN_TARGET.format(name=wanted, columns=shown))


def _parse_target(cells, lines, column, task, decimal_comma):
    """Return (task, y, class_names) for the target column."""
    labels = [cell.strip() for cell in cells]
    for i, label in enumerate(labels):
        if not label:
            raise DataError(Messages.BLANK_TARGET.format(line=lines[i], column=column))
    is_marker = [label.lower() in MISSING_MARKERS for label in labels]
    values = [None if marker else _to_number(label, decimal_comma) for label, marker in zip(labels, is_marker)]
    text_rows = [i for i, value in enumerate(values) if value is None and not is_marker[i]]

    if task == REGRESSION or (task is None and not text_rows):
        for i, value in enumerate(values):
            if value is None and is_marker[i]:
                raise DataError(Messages.MISSING_VALUE.format(line=lines[i], column=column, cell=labels[i]))
            if value is None:
                raise DataError(Messages.TARGET_NOT_A_NUMBER.format(line=lines[i], column=column, cell=labels[i]))
            _check_value(value, labels[i], lines[i], column)
        y = np.array(values, dtype=np.float64)
        if task == REGRESSION or not _looks_like_class_indices(y):
            return REGRESSION, y, []
        return _classes_from_numbers(y, column)

    if all(value is not None and math.isfinite(value) for value in values):
        # Numbers called classes: 1 and 1.0 are one class, sorted by value.
        return _classes_from_numbers(np.array(values, dtype=np.float64), column)

    class_names = sorted(set(labels))
    if len(class_names) > MAX_CLASSES:
        if task is None and len(text_rows) < len(labels):
            i = text_rows[0]
            raise DataError(Messages.TOO_MANY_CLASSES_TEXT.format(
                column=column, n_classes=_count(len(class_names)), limit=MAX_CLASSES, line=lines[i], cell=labels[i]))
        raise DataError(Messages.TOO_MANY_CLASSES.format(column=column, n_classes=_count(len(class_names)), limit=MAX_CLASSES))
    if len(class_names) == 1:
        raise DataError(Messages.ONE_CLASS.format(column=column, value=class_names[0]))
    index = {name: i for i, name in enumerate(class_names)}
    y = np.fromiter((index[label] for label in labels), dtype=np.int64, count=len(labels))
    return CLASSIFICATION, y, class_names


def _looks_like_class_indices(values):
    """Few distinct whole numbers, like 0/1 or 1..5, are class labels."""
    if not np.all(values == np.round(values)):
        return False
    n_distinct = len(np.unique(values))
    # Two values are classes even in a tiny file; more need enough rows per value.
    return n_distinct <= 2 or (n_distinct <= 10 and n_distinct < len(values) / 5)


def _classes_from_numbers(values, column):
    unique = np.unique(values)
    if len(unique) == 1:
        raise DataError(Messages.ONE_CLASS.format(column=column, value=_number_name(unique[0])))
    if len(unique) > MAX_CLASSES:
        raise DataError(Messages.TOO_MANY_CLASSES.format(column=column, n_classes=_count(len(unique)), limit=MAX_CLASSES))
    y = np.searchsorted(unique, values).astype(np.int64)
    return CLASSIFICATION, y, [_number_name(value) for value in unique]
