"""Tables of plain numbers are parsed in bulk; whatever the file, the result is the careful reader's."""

from unittest import mock

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import csv_reader
from engine.data import DataError, read_csv_text


def careful(text, **kwargs):
    with mock.patch.object(csv_reader, "_parse_plain_numbers", return_value=None):
        return outcome(text, **kwargs)


def outcome(text, **kwargs):
    try:
        data = read_csv_text(text, **kwargs)
    except DataError as error:
        return ("error", str(error))
    return ("data", data.task, data.X.shape, data.X.tobytes(), data.y.dtype, data.y.tobytes(),
            tuple(data.feature_names), data.target_name, tuple(data.class_names))


def plain_table(n_rows=50, n_columns=4, seed=0):
    rng = np.random.default_rng(seed)
    values = rng.normal(size=(n_rows, n_columns)) * 10.0 ** rng.integers(-3, 4, size=(n_rows, n_columns))
    lines = [",".join(f"c{j}" for j in range(n_columns))] + [",".join(map(repr, row)) for row in values.tolist()]
    return "\n".join(lines) + "\n", values


def test_a_plain_table_takes_the_fast_path_and_loads_exactly():
    text, values = plain_table()
    data = csv_reader._parse_plain_numbers(text, ",", False, "t.csv", None, None, "regression")
    assert data is not None
    assert np.array_equal(data.X, values[:, :-1]) and np.array_equal(data.y, values[:, -1])
    assert data.feature_names == ["c0", "c1", "c2"] and data.target_name == "c3" and data.csv_text is text


def test_the_fast_path_hands_every_oddity_to_the_careful_reader():
    text, _ = plain_table()
    lines = text.splitlines()
    odd = {
        "a quote": lines[:5] + ['"1",2,3,4'] + lines[5:],
        "a blank cell": lines[:5] + ["1,,3,4"] + lines[5:],
        "a short line and a long one": lines[:5] + ["1,2,3", "1,2,3,4,5"] + lines[5:],
        "a blank line": lines[:5] + [""] + lines[5:],
        "text": lines[:5] + ["1,2,x,4"] + lines[5:],
        "nan": lines[:5] + ["1,2,nan,4"] + lines[5:],
        "an overflow": lines[:5] + ["1,2,1e999,4"] + lines[5:],
        "a decimal comma": lines[:5] + ["1;2,5;3;4"] + lines[5:],
        "an underscore": lines[:5] + ["1,2_0,3,4"] + lines[5:],
        "an Arabic digit": lines[:5] + ["1,\u0663,3,4"] + lines[5:],
        "a lone carriage return": [lines[0] + "\r" + lines[1]] + lines[2:],
    }
    for what, table in odd.items():
        assert csv_reader._parse_plain_numbers("\n".join(table), ",", False, "t.csv", None, None, None) is None, what


def test_spaces_around_numbers_read_as_the_careful_reader_reads_them():
    text, _ = plain_table()
    lines = text.splitlines()
    spaced = "\n".join(lines[:5] + ["1, 2 ,3 , 4"] + lines[5:])
    assert csv_reader._parse_plain_numbers(spaced, ",", False, "t.csv", None, None, None) is not None
    assert outcome(spaced) == careful(spaced)


def test_a_ragged_line_is_still_named_with_its_line_number():
    text, _ = plain_table()
    lines = text.splitlines()
    result = outcome("\n".join(lines[:7] + ["1,2,3"] + lines[7:]))
    assert result[0] == "error" and "8" in result[1]


number = st.one_of(st.integers(-10, 10).map(str), st.floats(-1e6, 1e6).map(repr),
                   st.floats(allow_nan=False).map(repr))
odd_cell = st.sampled_from(["", " 1", "1 ", " ", "nan", "inf", "-Infinity", "1e999", "-", "NA", "1,5", '"2"', "x",
                            "1.2.3", "+3", ".5", "5.", "1e5", "1_0", "0x1", "\u0663", "\u00a01", "1\x0b", "#1",
                            "1e", "--1", "1 2"])
cell = st.one_of(number, number, number, odd_cell)


@st.composite
def tables(draw):
    separator = draw(st.sampled_from([",", ";", "\t"]))
    n_columns = draw(st.integers(2, 4))
    header = draw(st.lists(st.sampled_from(["a", "b", "c", "label", "", "1", "x y", '"q,r"', '"s', "t\r"]),
                           min_size=n_columns, max_size=n_columns))
    plain = draw(st.booleans())
    n_rows = draw(st.integers(0, 30))
    rows = [[draw(number if plain else cell) for _ in range(n_columns)] for _ in range(n_rows)]
    if rows and draw(st.integers(0, 4)) == 0:
        i = draw(st.integers(0, len(rows) - 1))
        rows[i] = draw(st.sampled_from([rows[i][:-1], rows[i] + ["9"], [], rows[i] + [""]]))
    line_end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    trailing = draw(st.sampled_from(["", "\n", "\n\n", line_end + separator * (n_columns - 1) + line_end]))
    lead = draw(st.sampled_from(["", "\n", f"sep={separator}\n"]))
    return lead + line_end.join(separator.join(row) for row in [header, *rows]) + trailing


@settings(max_examples=300, deadline=None)
@given(text=tables(), target=st.sampled_from([None, "a", "label", "zzz"]),
       task=st.sampled_from([None, "classification", "regression"]))
def test_fast_and_careful_readers_agree(text, target, task):
    assert outcome(text, target=target, task=task) == careful(text, target=target, task=task)
