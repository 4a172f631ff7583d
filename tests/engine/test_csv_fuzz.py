"""Whatever the bytes, read_csv returns a sound Dataset or raises DataError, nothing else."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.data import DataError, Dataset, read_csv, read_csv_text

FUZZ = settings(max_examples=200, deadline=None)


@pytest.fixture(scope="module")
def fuzz_file(tmp_path_factory):
    # One path rewritten per example: hypothesis refuses function-scoped fixtures.
    return tmp_path_factory.mktemp("fuzz") / "fuzz.csv"


def assert_sound(data):
    """A Dataset that loaded must be usable as promised."""
    assert isinstance(data, Dataset)
    n, d = data.X.shape
    assert n >= 4 and d >= 1
    assert data.X.dtype == np.float64 and np.all(np.isfinite(data.X))
    assert len(data.feature_names) == d
    assert data.y.shape == (n,)
    if data.task == "classification":
        assert data.y.dtype == np.int64
        assert data.n_classes >= 2
        assert data.y.min() >= 0 and data.y.max() < data.n_classes
    else:
        assert data.task == "regression"
        assert data.y.dtype == np.float64 and np.all(np.isfinite(data.y))


def load_or_refuse(read, *args, **kwargs):
    try:
        data = read(*args, **kwargs)
    except DataError as error:
        assert str(error)  # a message a person can read, never empty
        return None
    assert_sound(data)
    return data


@FUZZ
@given(content=st.binary(max_size=2000))
def test_arbitrary_bytes(fuzz_file, content):
    fuzz_file.write_bytes(content)
    load_or_refuse(read_csv, fuzz_file)


@FUZZ
@given(text=st.text(max_size=600), target=st.none() | st.text(max_size=5),
       task=st.sampled_from([None, "classification", "regression"]))
def test_arbitrary_text(text, target, task):
    load_or_refuse(read_csv_text, text, target=target, task=task)


cells = st.one_of(
    st.integers(-1000, 1000).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["", " ", "NA", "nan", "?", "a", "b", "café", '"', '""', '"x,y"', '"1;2"', "1e999", "-0"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=6),
)
# Unsupported separators (space, bar) only now and then: they make one-column files.
separators = st.sampled_from([",", ";", "\t", ",", ";", "\t", ", ", " ", "|"])
line_ends = st.sampled_from(["\n", "\r\n", "\r"])
encodings = st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"])


# Columns of one kind each, so most tables get past the layout checks and
# exercise the cell, target and task logic; "messy" columns mix everything.
column_kinds = {
    "ints": st.integers(-5, 5).map(str),
    "floats": st.floats(-1e6, 1e6).map(repr),
    "decimal commas": st.floats(-1e3, 1e3).map(lambda x: f"{x:.2f}".replace(".", ",")),
    "labels": st.sampled_from(["cat", "dog", "Dog", " bird ", "none", "\"a,b\""]),
    "messy": cells,
}


@st.composite
def tables(draw):
    """(rows of cells, separator)."""
    separator = draw(separators)
    n_columns = draw(st.integers(1, 5))
    header = draw(st.lists(st.sampled_from(["a", "b", "label", "Label", "x1", "", " y ", "1", "café"]),
                           min_size=n_columns, max_size=n_columns, unique=True))
    # Decimal commas come with semicolons or tabs; with commas they split cells.
    allowed = [kind for kind in column_kinds if separator not in (",", ", ") or kind != "decimal commas"]
    kinds = draw(st.lists(st.sampled_from(allowed), min_size=n_columns, max_size=n_columns))
    n_rows = draw(st.integers(0, 12))
    rows = [[draw(column_kinds[kind]) for kind in kinds] for _ in range(n_rows)]
    if rows and draw(st.integers(0, 3)) == 0:
        # Now and then a ragged, blank or half-quoted row.
        i = draw(st.integers(0, len(rows) - 1))
        rows[i] = draw(st.sampled_from([rows[i][:-1], rows[i] + ["9"], rows[i] + [""], [""] * n_columns,
                                        ['"' + rows[i][0]] + rows[i][1:]]))
    return [header, *rows], separator


@FUZZ
@given(
    table=tables(),
    line_end=line_ends,
    trailing=st.sampled_from(["", "\n", "\n\n", "\r\n,,\r\n"]),
    encoding=encodings,
    target=st.sampled_from([None, "label", "LABEL", "a", "zzz"]),
    task=st.sampled_from([None, "classification", "regression"]),
)
def test_structured_text(fuzz_file, table, line_end, trailing, encoding, target, task):
    rows, separator = table
    text = line_end.join(separator.join(row) for row in rows) + trailing
    fuzz_file.write_bytes(text.encode(encoding, errors="replace"))
    load_or_refuse(read_csv, fuzz_file, target=target, task=task)


finite = st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False)


@FUZZ
@given(
    table=st.integers(1, 4).flatmap(
        lambda d: st.lists(st.lists(finite, min_size=d + 1, max_size=d + 1), min_size=4, max_size=20)),
    separator=st.sampled_from([",", ";", "\t"]),
    line_end=line_ends,
)
def test_numeric_tables_load_exactly(table, separator, line_end):
    n_columns = len(table[0])
    header = [f"c{j}" for j in range(n_columns)]
    lines = [separator.join(header)] + [separator.join(map(repr, row)) for row in table]
    text = line_end.join(lines)
    data = load_or_refuse(read_csv_text, text, task="regression")
    assert data is not None
    expected = np.array(table)
    assert np.array_equal(data.X, expected[:, :-1])
    assert np.array_equal(data.y, expected[:, -1])
    assert all(math.isfinite(v) for v in data.y)
