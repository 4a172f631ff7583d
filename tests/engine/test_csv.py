"""read_csv on files as people have them, and the messages for files it cannot use."""

import json
import os
from pathlib import Path

import numpy as np
import pytest

from engine import csv_reader
from engine.data import DataError, from_source, prepare, read_csv, read_csv_text

FOUR_ROWS = "a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n"


def write(tmp_path, content, name="data.csv"):
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def load_error(tmp_path, content, **kwargs):
    with pytest.raises(DataError) as raised:
        read_csv(write(tmp_path, content), **kwargs)
    return str(raised.value)


# -- dialects -------------------------------------------------------------------------------


def test_plain_comma_file(tmp_path):
    data = read_csv(write(tmp_path, FOUR_ROWS, name="plain.csv"))
    assert data.name == "plain.csv"
    assert data.feature_names == ["a", "b"]
    assert data.target_name == "label"
    assert data.X.tolist() == [[1, 2], [3, 4], [5, 6], [7, 8]]
    assert data.X.dtype == np.float64 and data.X.flags.c_contiguous
    assert data.task == "classification"
    assert data.class_names == ["x", "y"]
    assert data.y.tolist() == [0, 1, 0, 1] and data.y.dtype == np.int64


def test_semicolon_file_with_decimal_commas(tmp_path):
    data = read_csv(write(tmp_path, "höhe;breite;y\n1,5;2;0,25\n2;3,75;1,5\n3;4;2\n4;5;3,125\n"))
    assert data.feature_names == ["höhe", "breite"]
    assert data.X.tolist() == [[1.5, 2], [2, 3.75], [3, 4], [4, 5]]
    assert data.task == "regression"
    assert data.y.tolist() == [0.25, 1.5, 2, 3.125]


def test_tab_file(tmp_path):
    data = read_csv(write(tmp_path, "a\tb\tc\n1\t2\t3.5\n4\t5\t6.5\n7\t8\t9.5\n1\t1\t1.5\n"))
    assert data.feature_names == ["a", "b"]
    assert data.y.tolist() == [3.5, 6.5, 9.5, 1.5]


def test_quoted_fields_may_hold_separators_and_quotes(tmp_path):
    text = (
        '"width, cm","height",kind\n'
        '"1.5",2,"red, dark"\n'
        '3,"4","say ""hi"""\n'
        '5,6,"red, dark"\n'
        '7,8,"say ""hi"""\n'
    )
    data = read_csv(write(tmp_path, text))
    assert data.feature_names == ["width, cm", "height"]
    assert data.X.tolist() == [[1.5, 2], [3, 4], [5, 6], [7, 8]]
    assert data.class_names == ["red, dark", 'say "hi"']
    assert data.y.tolist() == [0, 1, 0, 1]


def test_semicolon_is_not_confused_by_commas_inside_the_header(tmp_path):
    text = "size, cm;weight, kg;class\n1,5;2;a\n2;3;b\n3;4,5;a\n4;5;b\n"
    data = read_csv(write(tmp_path, text))
    assert data.feature_names == ["size, cm", "weight, kg"]
    assert data.X[:, 1].tolist() == [2, 3, 4.5, 5]


def test_utf8_with_byte_order_mark(tmp_path):
    data = read_csv(write(tmp_path, b"\xef\xbb\xbfage,score\n1,0\n2,1\n3,0\n4,1\n"))
    assert data.feature_names == ["age"]  # not "\ufeffage"
    assert "\ufeff" not in data.csv_text


def test_latin1_file(tmp_path):
    content = "café,prix,goût\n1,2,sucré\n3,4,amer\n5,6,sucré\n7,8,amer\n".encode("latin-1")
    data = read_csv(write(tmp_path, content))
    assert data.feature_names == ["café", "prix"]
    assert data.target_name == "goût"
    assert data.class_names == ["amer", "sucré"]


def test_windows_1252_curly_quotes(tmp_path):
    content = "x,“label”\n1,a\n2,b\n3,a\n4,b\n".encode("cp1252")
    data = read_csv(write(tmp_path, content))
    assert data.target_name == "“label”"


def test_utf16_with_byte_order_mark_as_excel_saves_unicode_text(tmp_path):
    content = "x\ty\tname\r\n1\t2\tä\r\n3\t4\tö\r\n5\t6\tä\r\n7\t8\tö\r\n".encode("utf-16")
    data = read_csv(write(tmp_path, content))
    assert data.X.tolist() == [[1, 2], [3, 4], [5, 6], [7, 8]]
    assert data.class_names == ["ä", "ö"]


def test_crlf_and_cr_line_ends(tmp_path):
    for line_end in ("\r\n", "\r"):
        data = read_csv(write(tmp_path, FOUR_ROWS.replace("\n", line_end)))
        assert data.X.tolist() == [[1, 2], [3, 4], [5, 6], [7, 8]]
        assert data.class_names == ["x", "y"]


def test_trailing_blank_lines_and_rows_of_bare_separators(tmp_path):
    data = read_csv(write(tmp_path, FOUR_ROWS + "\n\n,,\n   \n\n"))
    assert data.X.shape == (4, 2)


def test_blank_lines_between_rows_do_not_shift_line_numbers(tmp_path):
    message = load_error(tmp_path, "a,b,label\n\n1,2,x\n\n3,oops,y\n5,6,x\n7,8,y\n")
    assert message.startswith("Line 5, column 'b'")


def test_spaces_after_separators_and_around_cells(tmp_path):
    data = read_csv(write(tmp_path, "a, b , label\n1, 2, x\n 3 ,4 , y\n5,  6,x \n7,8,y\n"))
    assert data.feature_names == ["a", "b"]
    assert data.X.tolist() == [[1, 2], [3, 4], [5, 6], [7, 8]]
    assert data.class_names == ["x", "y"]


def test_a_trailing_separator_on_every_line(tmp_path):
    data = read_csv(write(tmp_path, "a,b,label,\n1,2,x,\n3,4,y,\n5,6,x,\n7,8,y,\n"))
    assert data.feature_names == ["a", "b"]
    assert data.target_name == "label"


def test_excel_sep_line_names_the_separator(tmp_path):
    data = read_csv(write(tmp_path, "sep=;\na;b;label\n1;2;x\n3;4;y\n5;6;x\n7;8;y\n"))
    assert data.feature_names == ["a", "b"]
    data = read_csv(write(tmp_path, "sep=\t\r\na\tb\tlabel\r\n1\t2\tx\r\n3\t4\ty\r\n5\t6\tx\r\n7\t8\ty\r\n"))
    assert data.feature_names == ["a", "b"]
    assert "Line 4, column 'a'" in load_error(tmp_path, "sep=;\na;b;label\n1;2;x\nz;4;y\n5;6;x\n7;8;y\n")


def test_unnamed_first_column_as_pandas_writes_the_index(tmp_path):
    data = read_csv(write(tmp_path, ",a,label\n0,1,x\n1,3,y\n2,5,x\n3,7,y\n"))
    assert data.feature_names == ["column 1", "a"]


# -- target and task ------------------------------------------------------------------------


def test_target_by_exact_name_then_ignoring_case(tmp_path):
    path = write(tmp_path, "Species,width,length\nx,1,2\ny,3,4\nx,5,6\ny,7,8\n")
    data = read_csv(path, target="Species")
    assert data.target_name == "Species"
    assert data.feature_names == ["width", "length"]
    assert data.class_names == ["x", "y"]
    assert read_csv(path, target="species").target_name == "Species"
    assert read_csv(path, target=" SPECIES ").target_name == "Species"


def test_exact_name_wins_over_a_case_insensitive_match(tmp_path):
    path = write(tmp_path, "y,Y,x\n1,0.5,1\n0,1.5,2\n1,2.5,3\n0,3.5,4\n")
    assert read_csv(path, target="Y").target_name == "Y"
    assert read_csv(path, target="y").target_name == "y"


def test_target_defaults_to_the_last_column(tmp_path):
    data = read_csv(write(tmp_path, "a,b,c\n1,2,0.5\n3,4,1.5\n5,6,2.5\n7,8,3.5\n"))
    assert data.target_name == "c"
    assert data.feature_names == ["a", "b"]


def test_few_distinct_integers_are_classes_named_by_their_numbers(tmp_path):
    rows = "".join(f"{i},{[10, 2, 1][i % 3]}\n" for i in range(30))
    data = read_csv(write(tmp_path, "x,grade\n" + rows))
    assert data.task == "classification"
    assert data.class_names == ["1", "2", "10"]  # sorted by value, not as text
    assert data.y[:3].tolist() == [2, 1, 0]


def test_zero_one_labels_are_classes_even_in_a_small_file(tmp_path):
    data = read_csv(write(tmp_path, "x,y\n1,0\n2,1\n3,0\n4,1\n"))
    assert data.task == "classification"
    assert data.class_names == ["0", "1"]


def test_fractional_or_many_valued_targets_are_regression(tmp_path):
    floats = read_csv(write(tmp_path, "x,y\n1,0.5\n2,1\n3,0.5\n4,1\n"))
    assert floats.task == "regression"
    counts = "".join(f"{i},{i % 12}\n" for i in range(60))
    assert read_csv(write(tmp_path, "x,y\n" + counts)).task == "regression"


def test_task_can_be_forced(tmp_path):
    path = write(tmp_path, "x,y\n1,0\n2,1\n3,1\n4,0\n")
    assert read_csv(path).task == "classification"
    forced = read_csv(path, task="regression")
    assert forced.task == "regression"
    assert forced.y.tolist() == [0.0, 1.0, 1.0, 0.0] and forced.class_names == []
    path = write(tmp_path, "x,y\n1,0.5\n2,1.0\n3,0.5\n4,1\n")
    forced = read_csv(path, task="classification")
    assert forced.class_names == ["0.5", "1"]
    assert forced.y.tolist() == [0, 1, 0, 1]


def test_bad_task_argument(tmp_path):
    message = load_error(tmp_path, FOUR_ROWS, task="clustering")
    assert "'clustering'" in message and "classification" in message


# -- round trips -----------------------------------------------------------------------------


def test_csv_text_rebuilds_the_same_dataset(tmp_path):
    path = write(tmp_path, "a;b;Kind\r\n1,5;2;x\r\n3;4;y\r\n5;6;x\r\n7;8;y\r\n", name="plants.csv")
    data = read_csv(path, target="kind")
    source = json.loads(json.dumps(data.source))
    assert source == {"kind": "csv", "path": str(path), "name": "plants.csv", "target": "Kind", "task": "classification"}
    again = read_csv_text(data.csv_text, name=source["name"], target=source["target"], task=source["task"])
    assert again.name == "plants.csv"
    assert np.array_equal(again.X, data.X) and np.array_equal(again.y, data.y)
    rebuilt = from_source(source, csv_text=data.csv_text)
    assert np.array_equal(rebuilt.X, data.X) and rebuilt.class_names == data.class_names
    path.unlink()
    with pytest.raises(DataError, match="File not found"):
        from_source(source)


def test_a_loaded_file_prepares_for_training(tmp_path):
    rows = "".join(f"{i},{i * 2},{'abc'[i % 3]}\n" for i in range(30))
    prepared = prepare(read_csv(write(tmp_path, "p,q,kind\n" + rows)), test_fraction=0.2)
    assert (prepared.n_outputs, prepared.output_activation) == (3, "softmax")
    assert prepared.X_train.shape == (24, 2)


SAMPLE_DATA = Path(__file__).resolve().parents[2] / "resources" / "data"


@pytest.mark.parametrize("name, task, n_rows, n_inputs, target, class_names", [
    ("iris.csv", "classification", 150, 4, "species", ["setosa", "versicolor", "virginica"]),
    ("wine.csv", "classification", 178, 13, "cultivar", ["cultivar_1", "cultivar_2", "cultivar_3"]),
    ("wine-alcohol.csv", "regression", 178, 12, "alcohol", []),
])
def test_shipped_sample_files_load(name, task, n_rows, n_inputs, target, class_names):
    path = SAMPLE_DATA / name
    assert path.stat().st_size < 100_000
    data = read_csv(path)
    assert (data.task, data.X.shape, data.target_name) == (task, (n_rows, n_inputs), target)
    assert data.class_names == class_names


def test_alcohol_target_is_standardised_because_its_mean_is_far_from_zero():
    prepared = prepare(read_csv(SAMPLE_DATA / "wine-alcohol.csv"))
    assert 0.5 < prepared.target_scale < 1.5 and 12 < prepared.target_mean < 14


# -- files that cannot be used ---------------------------------------------------------------


def test_error_type_is_a_value_error():
    assert issubclass(DataError, ValueError)


@pytest.mark.parametrize("content", ["", "   \n\n\r\n", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path, content):
    assert "empty" in load_error(tmp_path, content)


def test_header_without_rows(tmp_path):
    assert "no rows" in load_error(tmp_path, "a,b,label\n\n")


def test_too_few_rows(tmp_path):
    message = load_error(tmp_path, "a,b\n1,2\n3,4\n5,6\n")
    assert "only 3 rows" in message and "at least 4" in message


def test_ragged_row_gives_line_and_both_counts(tmp_path):
    message = load_error(tmp_path, "a,b,label\n1,2,x\n3,4,y\n5,6\n7,8,y\n")
    assert "Line 4" in message and "2 cells" in message and "3 columns" in message


def test_unterminated_quote_gives_the_line_where_it_opens(tmp_path):
    message = load_error(tmp_path, 'a,b,label\n1,2,x\n3,"4,y\n5,6,x\n7,8,y\n')
    assert "Line 3" in message and "quote" in message


def test_unterminated_quote_in_a_big_file(tmp_path):
    rows = "".join(f"{i},{i},x\n" for i in range(20_000))
    message = load_error(tmp_path, 'a,b,label\n1,"2,x\n' + rows)
    assert "Line 2" in message and "quote" in message


def test_cell_that_is_not_a_number_names_line_and_column(tmp_path):
    rows = [f"{20 + i},{i}" for i in range(20)]
    rows[12] = "abc,12"  # line 14, counting the header as line 1
    message = load_error(tmp_path, "age,score\n" + "\n".join(rows) + "\n", target="score")
    assert message == "Line 14, column 'age': 'abc' is not a number. Fix the cell or remove the column."


def test_column_of_text_suggests_removing_it_or_making_it_the_target(tmp_path):
    message = load_error(tmp_path, "name,age,y\nann,1,0\nbob,2,1\ncy,3,0\ndi,4,1\n")
    assert "Column 'name' holds text" in message and "line 2" in message and "target" in message


def test_blank_cell(tmp_path):
    message = load_error(tmp_path, "a,b,label\n1,2,x\n3,,y\n5,6,x\n7,8,y\n")
    assert message.startswith("Line 3, column 'b' is blank")


@pytest.mark.parametrize("cell", ["nan", "NaN", "inf", "-Infinity", "1e999"])
def test_cells_that_are_not_finite(tmp_path, cell):
    message = load_error(tmp_path, f"a,b,label\n1,2,x\n3,4,y\n5,{cell},x\n7,8,y\n")
    assert "Line 4, column 'b'" in message and "not a finite number" in message


@pytest.mark.parametrize("cell", ["NA", "n/a", "?", "NULL"])
def test_missing_value_markers(tmp_path, cell):
    message = load_error(tmp_path, f"a,b,label\n1,2,x\n3,4,y\n{cell},6,x\n7,8,y\n")
    assert "Line 4, column 'a'" in message and "missing value" in message


def test_huge_values_are_refused(tmp_path):
    message = load_error(tmp_path, "a,b,label\n1,2,x\n3,4e20,y\n5,6,x\n7,8,y\n")
    assert "Line 3, column 'b'" in message and "too large" in message


def test_regression_target_that_is_not_a_number(tmp_path):
    message = load_error(tmp_path, "a,price\n1,2.5\n2,3.5\n3,cheap\n4,1.5\n", task="regression")
    assert "Line 4, column 'price' (the target)" in message and "'cheap'" in message


@pytest.mark.parametrize("cell", ["nan", "inf"])
def test_regression_target_that_is_not_finite(tmp_path, cell):
    message = load_error(tmp_path, f"a,price\n1,2.5\n2,3.5\n3,{cell}\n4,1.5\n")
    assert "Line 4, column 'price'" in message and "not a finite number" in message


def test_regression_target_with_a_missing_value(tmp_path):
    message = load_error(tmp_path, "a,price\n1,2.5\n2,NA\n3,4.5\n4,1.5\n")
    assert "Line 3, column 'price'" in message and "missing value" in message


def test_blank_target(tmp_path):
    message = load_error(tmp_path, "a,b,label\n1,2,x\n3,4,\n5,6,x\n7,8,y\n")
    assert "Line 3, column 'label' (the target) is blank" in message


def test_target_with_only_one_class(tmp_path):
    message = load_error(tmp_path, "a,b,label\n1,2,x\n3,4,x\n5,6,x\n7,8,x\n")
    assert "only one value ('x')" in message and "'label'" in message


def test_text_target_with_too_many_classes_points_at_the_text(tmp_path):
    rows = "".join(f"{i},{i * 1.5}\n" for i in range(80))
    message = load_error(tmp_path, "x,price\n" + rows + "80,unknown\n")
    assert "81 different values" in message and "line 82" in message and "'unknown'" in message


def test_only_one_column(tmp_path):
    message = load_error(tmp_path, "value\n1\n2\n3\n4\n")
    assert "Only one column ('value')" in message


def test_header_that_is_data(tmp_path):
    message = load_error(tmp_path, "1,2,0\n3,4,1\n5,6,0\n7,8,1\n")
    assert "looks like numbers" in message and "header" in message


def test_duplicate_column_names(tmp_path):
    message = load_error(tmp_path, "age,size,age,y\n1,2,3,0\n1,2,3,1\n1,2,3,0\n1,2,3,1\n")
    assert "Columns 1 and 3" in message and "'age'" in message


def test_unknown_target_lists_the_columns(tmp_path):
    message = load_error(tmp_path, FOUR_ROWS, target="species")
    assert "'species'" in message and "'a', 'b', 'label'" in message


def test_two_columns_matching_the_target_when_case_is_ignored(tmp_path):
    message = load_error(tmp_path, "Kind,KIND,x\n1,0,1\n0,1,2\n1,0,3\n0,1,4\n", target="kind")
    assert "More than one column" in message and "'Kind'" in message and "'KIND'" in message


@pytest.mark.parametrize("content", [
    b"a,b\x00,c\n1,2,3\n",
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
    bytes(range(1, 32)) * 20,
])
def test_binary_files_are_not_text(tmp_path, content):
    assert "does not look like a text CSV file" in load_error(tmp_path, content)


def test_a_folder(tmp_path):
    with pytest.raises(DataError, match="is a folder"):
        read_csv(tmp_path)


def test_a_missing_path(tmp_path):
    with pytest.raises(DataError) as raised:
        read_csv(tmp_path / "nope.csv")
    assert "File not found" in str(raised.value) and "nope.csv" in str(raised.value)


def test_an_unreadable_file(tmp_path, monkeypatch):
    path = write(tmp_path, FOUR_ROWS)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    from engine import safe_files
    monkeypatch.setattr(safe_files.os, "open", refuse)
    with pytest.raises(DataError, match="permission denied"):
        read_csv(path)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_for_real(tmp_path):
    path = write(tmp_path, FOUR_ROWS)
    path.chmod(0)
    with pytest.raises(DataError, match="permission denied"):
        read_csv(path)


def test_too_many_columns(tmp_path):
    header = ",".join(f"c{i}" for i in range(1001))
    row = ",".join("1" for _ in range(1001))
    message = load_error(tmp_path, header + "\n" + (row + "\n") * 4)
    assert "1,001 columns" in message and "limit is 1,000" in message


def test_too_many_rows(tmp_path, monkeypatch):
    assert csv_reader.MAX_ROWS == 1_000_000
    monkeypatch.setattr(csv_reader, "MAX_ROWS", 10)
    rows = "".join(f"{i},{i % 2}\n" for i in range(11))
    message = load_error(tmp_path, "x,y\n" + rows)
    assert "more than 10 rows" in message and "limit" in message
    assert read_csv(write(tmp_path, "x,y\n" + rows[: rows.index("10,")])).X.shape == (10, 1)


def test_file_too_big(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_reader, "MAX_BYTES", 16)
    message = load_error(tmp_path, FOUR_ROWS)
    assert "limit" in message and "smaller sample" in message


def test_read_csv_text_refuses_nul_characters():
    with pytest.raises(DataError, match="not look like a text CSV"):
        read_csv_text("a,b\n1,\x002\n")


def test_progress_is_reported_and_an_exception_from_it_cancels(tmp_path):
    from engine.data import read_csv
    path = tmp_path / "big.csv"
    path.write_text("a,b,c\n" + "".join(f"{i},{i * 2},{i % 3}\n" for i in range(20000)))
    seen = []
    read_csv(str(path), progress=seen.append)
    assert len(seen) >= 4 and seen == sorted(seen) and 0 < seen[0] and seen[-1] <= 1

    class Cancelled(Exception):
        pass

    def cancel(fraction):
        raise Cancelled

    with pytest.raises(Cancelled):
        read_csv(str(path), progress=cancel)
