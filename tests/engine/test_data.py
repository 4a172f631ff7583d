"""Built-in data sets and prepare(): shapes, seeds, splits, features, encodings."""

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine.data import (
    FEATURE_NAMES,
    DataError,
    Dataset,
    builtin_info,
    builtin_names,
    from_source,
    make_builtin,
    prepare,
    read_csv_text,
)

ALL_NAMES = builtin_names()
CLASSIFICATION_NAMES = [n for n in ALL_NAMES if builtin_info(n)["task"] == "classification"]
REGRESSION_NAMES = [n for n in ALL_NAMES if builtin_info(n)["task"] == "regression"]


def tiny_dataset(X, y, task="classification", class_names=("blue", "orange"), feature_names=("x1", "x2")):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.int64 if task == "classification" else np.float64)
    return Dataset(
        name="tiny", task=task, X=X, y=y, feature_names=list(feature_names), target_name="t",
        class_names=list(class_names) if task == "classification" else [], source={"kind": "test"},
    )


# -- the catalogue ---------------------------------------------------------------------


def test_builtin_names_cover_the_promised_sets_in_display_order():
    assert ALL_NAMES == [
        "circle", "xor", "gaussian", "spiral", "spiral-3", "blobs",
        "plane", "multi-gaussian", "sine", "line", "line-outliers",
    ]


@pytest.mark.parametrize("name, task, n_inputs, n_classes", [
    ("circle", "classification", 2, 2),
    ("xor", "classification", 2, 2),
    ("gaussian", "classification", 2, 2),
    ("spiral", "classification", 2, 2),
    ("spiral-3", "classification", 2, 3),
    ("blobs", "classification", 2, 4),
    ("plane", "regression", 2, 0),
    ("multi-gaussian", "regression", 2, 0),
    ("sine", "regression", 1, 0),
    ("line", "regression", 1, 0),
    ("line-outliers", "regression", 1, 0),
])
def test_builtin_info_matches_the_generated_data(name, task, n_inputs, n_classes):
    info = builtin_info(name)
    assert (info["task"], info["n_inputs"], info["n_classes"]) == (task, n_inputs, n_classes)
    assert info["description"] and "\n" not in info["description"]
    data = make_builtin(name, n_samples=120, seed=3)
    assert data.task == task
    assert data.X.shape == (120, n_inputs)
    assert data.n_classes == n_classes
    assert len(data.class_names) == n_classes


def test_unknown_builtin_lists_the_valid_names():
    with pytest.raises(DataError) as raised:
        make_builtin("moons")
    message = str(raised.value)
    assert "'moons'" in message
    for name in ALL_NAMES:
        assert name in message
    with pytest.raises(DataError):
        builtin_info("moons")


@pytest.mark.parametrize("kwargs", [
    {"n_samples": 3}, {"n_samples": 2.5}, {"n_samples": True}, {"n_samples": 2_000_000},
    {"noise": -0.1}, {"noise": 1.5}, {"noise": float("nan")}, {"noise": "0.1"},
    {"seed": -1}, {"seed": 1.5},
])
def test_bad_builtin_arguments_raise_data_error(kwargs):
    with pytest.raises(DataError):
        make_builtin("circle", **kwargs)


# -- every built-in set ------------------------------------------------------------------


@pytest.mark.parametrize("name", ALL_NAMES)
def test_builtin_arrays_have_the_promised_types(name):
    data = make_builtin(name, n_samples=101, noise=0.2, seed=1)
    n_inputs = builtin_info(name)["n_inputs"]
    assert data.name == name
    assert data.X.dtype == np.float64 and data.X.flags.c_contiguous
    assert data.X.shape == (101, n_inputs)
    assert data.y.shape == (101,)
    assert data.feature_names == (["x1", "x2"] if n_inputs == 2 else ["x"])
    if data.task == "classification":
        assert data.y.dtype == np.int64
        assert set(np.unique(data.y)) == set(range(data.n_classes))
    else:
        assert data.y.dtype == np.float64
        assert data.class_names == []
    assert np.all(np.isfinite(data.X)) and np.all(np.isfinite(data.y))


@pytest.mark.parametrize("name", ALL_NAMES)
def test_same_seed_gives_identical_data_and_another_seed_does_not(name):
    first = make_builtin(name, n_samples=200, noise=0.3, seed=7)
    again = make_builtin(name, n_samples=200, noise=0.3, seed=7)
    other = make_builtin(name, n_samples=200, noise=0.3, seed=8)
    assert np.array_equal(first.X, again.X) and np.array_equal(first.y, again.y)
    assert not np.array_equal(first.X, other.X)


@pytest.mark.parametrize("name", ALL_NAMES)
def test_noise_changes_the_data(name):
    clean = make_builtin(name, n_samples=300, noise=0.0, seed=5)
    noisy = make_builtin(name, n_samples=300, noise=0.5, seed=5)
    assert not (np.array_equal(clean.X, noisy.X) and np.array_equal(clean.y, noisy.y))


@pytest.mark.parametrize("name", ["circle", "xor", "plane", "multi-gaussian"])
def test_label_noise_keeps_the_points_and_moves_only_labels(name):
    # Playground's rule for these sets: the label is computed at a displaced point.
    clean = make_builtin(name, n_samples=300, noise=0.0, seed=5)
    noisy = make_builtin(name, n_samples=300, noise=0.3, seed=5)
    assert np.array_equal(clean.X, noisy.X)
    assert not np.array_equal(clean.y, noisy.y)


@pytest.mark.parametrize("name", CLASSIFICATION_NAMES)
def test_classes_are_balanced(name):
    data = make_builtin(name, n_samples=400, noise=0.0, seed=2)
    counts = np.bincount(data.y, minlength=data.n_classes)
    assert counts.min() >= 0.8 * 400 / data.n_classes
    assert counts.max() <= 1.2 * 400 / data.n_classes


@pytest.mark.parametrize("name", ALL_NAMES)
def test_coordinates_stay_in_the_playground_square(name):
    data = make_builtin(name, n_samples=500, noise=0.0, seed=0)
    assert np.abs(data.X).max() <= 6.0


def test_circle_without_noise_has_a_blue_disc_inside_an_orange_ring():
    data = make_builtin("circle", n_samples=400, noise=0.0, seed=0)
    radius = np.hypot(data.X[:, 0], data.X[:, 1])
    assert np.all(radius[data.y == 0] < 2.5)
    assert np.all((radius[data.y == 1] >= 3.5) & (radius[data.y == 1] <= 5.0))
    assert data.class_names == ["blue", "orange"]


def test_xor_without_noise_is_blue_where_the_signs_agree_and_has_a_gap_at_the_axes():
    data = make_builtin("xor", n_samples=400, noise=0.0, seed=0)
    same_sign = data.X[:, 0] * data.X[:, 1] >= 0
    assert np.array_equal(data.y == 0, same_sign)
    assert np.abs(data.X).min() >= 0.3


def test_gaussian_clusters_sit_at_plus_and_minus_two():
    data = make_builtin("gaussian", n_samples=2000, noise=0.0, seed=0)
    assert np.allclose(data.X[data.y == 0].mean(axis=0), [2, 2], atol=0.15)
    assert np.allclose(data.X[data.y == 1].mean(axis=0), [-2, -2], atol=0.15)


def test_gaussian_noise_widens_the_clusters():
    narrow = make_builtin("gaussian", n_samples=2000, noise=0.0, seed=0)
    wide = make_builtin("gaussian", n_samples=2000, noise=0.5, seed=0)
    # Playground: variance 0.5 at noise 0, 4 at noise 0.5.
    assert narrow.X[narrow.y == 0].var(axis=0).mean() == pytest.approx(0.5, rel=0.15)
    assert wide.X[wide.y == 0].var(axis=0).mean() == pytest.approx(4.0, rel=0.15)


def test_plane_label_is_the_scaled_sum_without_noise():
    data = make_builtin("plane", n_samples=200, noise=0.0, seed=0)
    assert np.allclose(data.y, (data.X[:, 0] + data.X[:, 1]) / 10)


def test_multi_gaussian_peaks_at_signed_centres():
    data = make_builtin("multi-gaussian", n_samples=4000, noise=0.0, seed=0)
    assert data.y.min() >= -1 and data.y.max() <= 1
    near_plus = np.hypot(data.X[:, 0] + 4, data.X[:, 1] - 2.5) < 0.3   # a +1 bump
    near_minus = np.hypot(data.X[:, 0], data.X[:, 1] - 2.5) < 0.3      # a -1 bump
    assert np.all(data.y[near_plus] > 0.8)
    assert np.all(data.y[near_minus] < -0.8)


def test_sine_and_line_follow_their_formulas_without_noise():
    sine = make_builtin("sine", n_samples=100, noise=0.0, seed=0)
    line = make_builtin("line", n_samples=100, noise=0.0, seed=0)
    assert np.allclose(sine.y, np.sin(sine.X[:, 0]))
    assert np.allclose(line.y, 0.5 * line.X[:, 0] + 1)
    assert -2 <= line.y.min() and line.y.max() <= 3
    assert np.abs(sine.X).max() <= 3


def test_one_dimensional_noise_is_gaussian_with_the_given_std():
    data = make_builtin("sine", n_samples=5000, noise=0.4, seed=0)
    residual = data.y - np.sin(data.X[:, 0])
    assert residual.std() == pytest.approx(0.4, rel=0.05)


def test_spiral_3_arms_spread_around_the_centre():
    data = make_builtin("spiral-3", n_samples=600, noise=0.0, seed=0)
    assert data.class_names == ["blue", "orange", "green"]
    # Each arm starts at a different angle, so the arms' mean directions differ.
    means = np.array([data.X[data.y == c].mean(axis=0) for c in range(3)])
    assert len({tuple(np.round(m, 3)) for m in means}) == 3


def test_builtin_source_is_json_and_rebuilds_the_same_data():
    data = make_builtin("spiral", n_samples=150, noise=0.25, seed=4)
    source = json.loads(json.dumps(data.source))
    assert source == {"kind": "builtin", "name": "spiral", "n_samples": 150, "noise": 0.25, "seed": 4}
    rebuilt = from_source(source)
    assert np.array_equal(rebuilt.X, data.X) and np.array_equal(rebuilt.y, data.y)


def test_from_source_rejects_an_incomplete_recipe():
    with pytest.raises(DataError, match="missing"):
        from_source({"kind": "builtin", "name": "circle"})
    with pytest.raises(DataError, match="unknown kind"):
        from_source({"kind": "url"})


def test_dataset_repr_is_short_and_says_what_it_is():
    text = repr(make_builtin("circle", n_samples=50))
    assert text == "Dataset('circle': 50 rows, x1, x2 -> label (2 classes), classification)"


# -- prepare: split ------------------------------------------------------------------------


@pytest.mark.parametrize("test_fraction, n_test", [(0.5, 100), (0.2, 40), (0.75, 150)])
def test_split_sizes_follow_the_test_fraction(test_fraction, n_test):
    prepared = prepare(make_builtin("sine", n_samples=200), test_fraction=test_fraction)
    assert len(prepared.test_index) == n_test
    assert len(prepared.train_index) == 200 - n_test
    assert prepared.X_train.shape == (200 - n_test, 1)
    assert prepared.Y_test.shape == (n_test, 1)


def test_split_is_a_partition_of_the_rows():
    prepared = prepare(make_builtin("circle", n_samples=101), test_fraction=0.3)
    together = np.concatenate([prepared.train_index, prepared.test_index])
    assert sorted(together.tolist()) == list(range(101))


def test_split_is_seeded():
    data = make_builtin("xor", n_samples=200)
    first, again, other = (prepare(data, seed=s) for s in (1, 1, 2))
    assert np.array_equal(first.test_index, again.test_index)
    assert not np.array_equal(first.test_index, other.test_index)


def test_classification_split_is_stratified():
    data = make_builtin("blobs", n_samples=400)
    prepared = prepare(data, test_fraction=0.25)
    assert np.array_equal(np.bincount(prepared.y_test), [25, 25, 25, 25])
    assert np.array_equal(np.bincount(prepared.y_train), [75, 75, 75, 75])


def test_tiny_data_still_has_a_row_on_each_side():
    data = tiny_dataset([[0, 0], [1, 1]], [0, 1])
    for fraction in (0.01, 0.5, 0.99):
        prepared = prepare(data, test_fraction=fraction)
        assert len(prepared.train_index) == 1 and len(prepared.test_index) == 1


@pytest.mark.parametrize("fraction", [0, 1, -0.5, 1.5, float("nan"), "0.5", True, None])
def test_test_fraction_outside_zero_one_is_refused(fraction):
    with pytest.raises(DataError, match="test fraction"):
        prepare(make_builtin("circle", n_samples=20), test_fraction=fraction)


def test_one_row_cannot_be_split():
    with pytest.raises(DataError, match="at least 2"):
        prepare(tiny_dataset([[0, 0]], [0]))


# -- prepare: inputs -----------------------------------------------------------------------


def test_standardisation_uses_the_training_rows_only():
    data = make_builtin("plane", n_samples=301, noise=0.0, seed=0)
    prepared = prepare(data, seed=0)
    assert np.allclose(prepared.X_train.mean(axis=0), 0, atol=1e-12)
    assert np.allclose(prepared.X_train.std(axis=0), 1)
    # Fitted on the train rows, so the test rows are not exactly centred.
    assert np.all(np.abs(prepared.X_test.mean(axis=0)) > 1e-6)
    train_raw = data.X[prepared.train_index]
    assert np.allclose(prepared.input_mean, train_raw.mean(axis=0))
    assert np.allclose(prepared.input_scale, train_raw.std(axis=0))
    assert np.allclose(prepared.X_test, (data.X[prepared.test_index] - train_raw.mean(axis=0)) / train_raw.std(axis=0))


def test_without_standardisation_inputs_are_raw():
    data = make_builtin("circle", n_samples=40)
    prepared = prepare(data, standardize=False)
    assert np.array_equal(prepared.X_train, data.X[prepared.train_index])


def test_a_constant_input_is_centred_not_divided_by_zero():
    data = tiny_dataset([[1, 3], [2, 3], [3, 3], [4, 3]], [0.5, 1.0, 0.0, 2.0], task="regression")
    prepared = prepare(data, test_fraction=0.5)
    assert np.all(np.isfinite(prepared.X_train))
    assert np.array_equal(prepared.X_train[:, 1], [0.0, 0.0])
    assert prepared.input_scale[1] == 1.0


def test_playground_features_are_computed_from_x1_and_x2():
    X = [[2.0, -3.0], [0.5, 1.0], [-1.0, 0.0], [4.0, 2.0]]
    data = tiny_dataset(X, [0, 1, 0, 1])
    prepared = prepare(data, features=FEATURE_NAMES, standardize=False)
    assert prepared.input_names == FEATURE_NAMES == ["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"]
    out = prepared.transform(np.array([[2.0, -3.0], [0.5, 1.0]]))
    assert np.allclose(out[0], [2.0, -3.0, 4.0, 9.0, -6.0, np.sin(2.0), np.sin(-3.0)])
    assert np.allclose(out[1], [0.5, 1.0, 0.25, 1.0, 0.5, np.sin(0.5), np.sin(1.0)])


def test_features_keep_the_order_asked_for():
    prepared = prepare(make_builtin("circle", n_samples=20), features=["x1^2", "x1"], standardize=False)
    assert prepared.input_names == ["x1^2", "x1"]
    assert np.allclose(prepared.transform([[3.0, 5.0]]), [[9.0, 3.0]])


def test_default_features_are_x1_and_x2_for_playground_data_and_all_columns_otherwise():
    assert prepare(make_builtin("gaussian", n_samples=20)).input_names == ["x1", "x2"]
    assert prepare(make_builtin("line", n_samples=20)).input_names == ["x"]
    table = read_csv_text("a,b,c,y\n" + "".join(f"{i},{2*i},{i%3},{i%2}\n" for i in range(10)))
    assert prepare(table).input_names == ["a", "b", "c"]
    chosen = prepare(table, features=["c", "a"], standardize=False)
    assert chosen.input_names == ["c", "a"]
    assert np.array_equal(chosen.X_train, table.X[chosen.train_index][:, [2, 0]])


@pytest.mark.parametrize("features, match", [
    (["x3"], "no input feature called 'x3'"),
    (["x1", "x1"], "listed twice"),
    ([], "at least one"),
])
def test_bad_feature_lists_are_refused(features, match):
    with pytest.raises(DataError, match=match):
        prepare(make_builtin("circle", n_samples=20), features=features)


def test_playground_features_are_only_for_x1_x2_data():
    table = read_csv_text("a,b,y\n" + "".join(f"{i},{i*i},{i%2}\n" for i in range(8)))
    with pytest.raises(DataError, match="'a', 'b'"):
        prepare(table, features=["x1^2"])
    with pytest.raises(DataError):
        prepare(make_builtin("sine", n_samples=20), features=["sin(x1)"])


def test_transform_accepts_a_plain_vector_for_one_input_and_checks_the_width():
    prepared = prepare(make_builtin("sine", n_samples=20), standardize=False)
    assert prepared.transform([1.0, 2.0]).shape == (2, 1)
    with pytest.raises(DataError, match="1 column"):
        prepared.transform(np.zeros((3, 2)))


def test_prepared_arrays_are_float64_and_c_contiguous():
    prepared = prepare(make_builtin("spiral-3", n_samples=90), features=["x1", "sin(x2)", "x1*x2"])
    for array in (prepared.X_train, prepared.X_test, prepared.Y_train, prepared.Y_test):
        assert array.dtype == np.float64
        assert array.flags.c_contiguous
    assert prepared.train_index.dtype == np.int64


# -- prepare: targets ------------------------------------------------------------------------


def test_binary_targets_are_one_column_of_zeros_and_ones_for_a_sigmoid():
    data = make_builtin("circle", n_samples=60)
    prepared = prepare(data)
    assert (prepared.n_outputs, prepared.output_activation) == (1, "sigmoid")
    assert prepared.Y_train.shape == (30, 1)
    assert np.array_equal(prepared.Y_train[:, 0], prepared.y_train.astype(float))
    assert np.array_equal(prepared.y_train, data.y[prepared.train_index])


def test_multi_class_targets_are_one_hot_for_a_softmax():
    prepared = prepare(make_builtin("blobs", n_samples=40))
    assert (prepared.n_outputs, prepared.output_activation) == (4, "softmax")
    assert np.array_equal(prepared.encode([2, 0]), [[0, 0, 1, 0], [1, 0, 0, 0]])
    assert np.array_equal(prepared.Y_train.sum(axis=1), np.ones(len(prepared.train_index)))
    assert np.array_equal(prepared.Y_train.argmax(axis=1), prepared.y_train)


def test_decode_turns_outputs_into_classes():
    binary = prepare(make_builtin("xor", n_samples=20))
    assert np.array_equal(binary.decode([[0.2], [0.5], [0.9]]), [0, 1, 1])
    multi = prepare(make_builtin("spiral-3", n_samples=30))
    assert np.array_equal(multi.decode([[0.1, 0.7, 0.2], [0.5, 0.2, 0.3]]), [1, 0])


@pytest.mark.parametrize("name", ALL_NAMES)
def test_decode_undoes_encode(name):
    prepared = prepare(make_builtin(name, n_samples=80, noise=0.1))
    decoded = prepared.decode(prepared.encode(prepared.y_test))
    if prepared.task == "classification":
        assert np.array_equal(decoded, prepared.y_test)
    else:
        assert np.allclose(decoded, prepared.y_test)


@pytest.mark.parametrize("name", REGRESSION_NAMES)
def test_builtin_regression_targets_keep_their_units(name):
    for n_samples in (20, 500):
        prepared = prepare(make_builtin(name, n_samples=n_samples, noise=0.5), seed=3)
        assert (prepared.target_mean, prepared.target_scale) == (0.0, 1.0)
        assert np.array_equal(prepared.Y_train[:, 0], prepared.y_train)
        assert prepared.output_activation == "linear"


def regression_table(y):
    rows = "".join(f"{i},{value}\n" for i, value in enumerate(y))
    return read_csv_text("x,y\n" + rows)


def test_regression_target_near_unit_scale_is_not_scaled():
    rng = np.random.default_rng(0)
    prepared = prepare(regression_table(rng.normal(1.0, 2.0, 100)))
    assert (prepared.target_mean, prepared.target_scale) == (0.0, 1.0)


@pytest.mark.parametrize("mean, std", [(0.0, 100.0), (0.0, 0.01), (50.0, 1.0)])
def test_regression_target_far_from_unit_scale_is_standardised_on_the_train_rows(mean, std):
    rng = np.random.default_rng(0)
    data = regression_table(rng.normal(mean, std, 100))
    prepared = prepare(data)
    train_y = data.y[prepared.train_index]
    assert prepared.target_mean == pytest.approx(train_y.mean())
    assert prepared.target_scale == pytest.approx(train_y.std())
    assert prepared.Y_train.mean() == pytest.approx(0.0, abs=1e-9)
    assert prepared.Y_train.std() == pytest.approx(1.0)
    assert prepared.Y_test.mean() != pytest.approx(0.0, abs=1e-9)
    assert np.allclose(prepared.decode(prepared.Y_test), prepared.y_test)


def test_engine_data_does_not_load_qt():
    code = "import sys, engine.data; print(sorted(m for m in sys.modules if 'PySide' in m or 'pyqtgraph' in m))"
    repo = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
