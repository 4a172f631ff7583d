"""The validation split and losses in the target's units (engine.data.prepare, Prepared)."""

from pathlib import Path

import numpy as np
import pytest

from engine import losses
from engine.data import DataError, Dataset, make_builtin, prepare, read_csv

SAMPLE_DATA = Path(__file__).resolve().parents[2] / "resources" / "data"


@pytest.fixture(scope="module")
def wine():
    return read_csv(SAMPLE_DATA / "wine.csv")


@pytest.fixture(scope="module")
def diabetes():
    return read_csv(SAMPLE_DATA / "diabetes.csv")


# -- the split ----------------------------------------------------------------------------


def test_no_validation_fraction_gives_no_validation_rows_and_the_old_split(wine):
    plain = prepare(wine, test_fraction=0.2, seed=3)
    explicit = prepare(wine, test_fraction=0.2, seed=3, validation_fraction=0)
    assert len(plain.val_index) == 0 and plain.X_val.shape == (0, 13) and plain.Y_val.shape == (0, 3)
    np.testing.assert_array_equal(plain.train_index, explicit.train_index)
    np.testing.assert_array_equal(plain.test_index, explicit.test_index)


@pytest.mark.parametrize("fraction", [0.1, 0.25, 0.5])
def test_validation_rows_come_from_the_training_rows_and_leave_the_test_rows_alone(wine, fraction):
    without = prepare(wine, test_fraction=0.2, seed=1)
    prepared = prepare(wine, test_fraction=0.2, seed=1, validation_fraction=fraction)
    np.testing.assert_array_equal(prepared.test_index, without.test_index)
    np.testing.assert_array_equal(np.sort(np.concatenate([prepared.train_index, prepared.val_index])),
                                  without.train_index)
    assert not set(prepared.val_index) & set(prepared.train_index)
    assert len(prepared.val_index) == pytest.approx(fraction * len(without.train_index), abs=3)
    assert list(prepared.val_index) == sorted(prepared.val_index)


def test_validation_split_is_stratified_by_class(wine):
    prepared = prepare(wine, test_fraction=0.2, seed=0, validation_fraction=0.2)
    for c in range(3):
        in_train = np.count_nonzero(prepared.y_train == c)
        in_val = np.count_nonzero(prepared.y_val == c)
        assert in_val >= 1
        assert in_val / (in_train + in_val) == pytest.approx(0.2, abs=0.05)


def test_same_seed_same_validation_rows_another_seed_others(wine):
    a = prepare(wine, seed=4, validation_fraction=0.2)
    b = prepare(wine, seed=4, validation_fraction=0.2)
    c = prepare(wine, seed=5, validation_fraction=0.2)
    np.testing.assert_array_equal(a.val_index, b.val_index)
    assert not np.array_equal(a.val_index, c.val_index)


def test_validation_arrays_are_the_rows_transformed_like_the_rest(wine):
    prepared = prepare(wine, seed=2, validation_fraction=0.2)
    np.testing.assert_allclose(prepared.X_val, prepared.transform(wine.X[prepared.val_index]))
    np.testing.assert_array_equal(prepared.y_val, wine.y[prepared.val_index])
    np.testing.assert_array_equal(prepared.Y_val, np.eye(3)[wine.y[prepared.val_index]])
    # Standardised on the rows the network trains on, not the validation rows.
    np.testing.assert_allclose(prepared.X_train.mean(axis=0), 0, atol=1e-12)
    assert "validation" in repr(prepared)


@pytest.mark.parametrize("fraction", [1.0, -0.1, True, "0.1", None])
def test_bad_validation_fraction_is_a_data_error_that_says_what_to_use(wine, fraction):
    with pytest.raises(DataError, match="validation fraction.*Use 0 for no validation"):
        prepare(wine, validation_fraction=fraction)


def test_too_few_training_rows_to_validate_says_so():
    two_rows = Dataset(name="two", task="regression", X=np.array([[0.0], [1.0]]), y=np.array([0.0, 1.0]),
                       feature_names=["x"], target_name="y", class_names=[], source={"kind": "test"})
    with pytest.raises(DataError, match="The training split has 1 row; .*Set the validation fraction to 0"):
        prepare(two_rows, validation_fraction=0.5)


# -- the target's units ---------------------------------------------------------------------


def test_diabetes_targets_are_standardized_and_named(diabetes):
    prepared = prepare(diabetes, test_fraction=0.2, seed=0)
    assert prepared.target_standardized and prepared.target_name == "progression"
    assert prepared.target_scale > 50  # progression spreads over 25 to 346
    assert prepared.target_units("mse") == "progression²"
    assert prepared.target_units("cross_entropy") == ""


def test_mse_in_target_units_equals_the_mse_of_the_decoded_predictions(diabetes):
    prepared = prepare(diabetes, test_fraction=0.2, seed=0)
    rng = np.random.default_rng(0)
    Y_pred = prepared.Y_test + rng.normal(scale=0.7, size=prepared.Y_test.shape)
    network_mse = losses.mse(prepared.Y_test, Y_pred)
    by_hand = np.mean((prepared.decode(Y_pred) - prepared.y_test) ** 2)
    assert prepared.in_target_units("mse", network_mse) == pytest.approx(by_hand, rel=1e-12)
    per_sample = losses.get("mse").per_sample(prepared.Y_test, Y_pred)
    np.testing.assert_allclose(prepared.in_target_units(losses.get("mse"), per_sample),
                               (prepared.decode(Y_pred) - prepared.y_test) ** 2, rtol=1e-12)


def test_classification_losses_and_unscaled_targets_are_unchanged(wine):
    classes = prepare(wine, seed=0)
    assert classes.in_target_units("cross_entropy", 0.25) == 0.25
    assert not classes.target_standardized
    plane = prepare(make_builtin("plane", n_samples=50))
    assert not plane.target_standardized and plane.in_target_units("mse", 0.5) == 0.5
    assert plane.target_units("mse") == "y²"
