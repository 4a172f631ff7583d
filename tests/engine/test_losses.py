"""Loss values against hand-computed numbers and the reference definitions."""

import ast
import math
import pathlib
import tokenize

import numpy as np
import pytest

from engine import Network, activations, losses
from engine.experiment import Experiment, Setup


def test_mse_is_the_course_formula():
    y_true = [3.0, -0.5, 2.0, 7.0]
    y_pred = [2.5, 0.0, 2.0, 8.0]
    # (0.25 + 0.25 + 0 + 1) / 4, scikit-learn's own doc example
    assert losses.mse(y_true, y_pred) == pytest.approx(0.375)


def test_a_miss_of_two_costs_four():
    assert losses.mse([0.0], [2.0]) == pytest.approx(4.0)
    assert losses.mse([0.0], [1.0]) == pytest.approx(1.0)


def test_mse_averages_over_samples_and_outputs_like_torch_mseloss():
    y_true = np.array([[0.5, 1.0], [-1.0, 1.0], [7.0, -6.0]])
    y_pred = np.array([[0.0, 2.0], [-1.0, 2.0], [8.0, -5.0]])
    # sklearn multioutput='uniform_average' and torch MSELoss(reduction='mean') both give 0.7083...
    assert losses.mse(y_true, y_pred) == pytest.approx((0.25 + 1 + 0 + 1 + 1 + 1) / 6)


def test_binary_cross_entropy_equals_log_loss():
    y_true = [0, 0, 1, 1]
    y_prob = [0.1, 0.2, 0.7, 0.99]
    expected = -(math.log(0.9) + math.log(0.8) + math.log(0.7) + math.log(0.99)) / 4
    assert losses.cross_entropy(y_true, y_prob) == pytest.approx(expected)
    # scikit-learn's log_loss doc example gives 0.1738...
    assert losses.cross_entropy(y_true, y_prob) == pytest.approx(0.17380, abs=1e-5)


def test_categorical_cross_entropy_is_mean_of_minus_log_p_of_true_class():
    y_true = np.eye(3)[[0, 2]]
    y_prob = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]])
    assert losses.cross_entropy(y_true, y_prob) == pytest.approx(-(math.log(0.7) + math.log(0.6)) / 2)


def test_cross_entropy_never_takes_log_of_zero():
    value = losses.cross_entropy([1.0, 0.0], [0.0, 1.0])
    assert math.isfinite(value) and value > 30


def test_per_sample_losses_average_to_the_loss():
    rng = np.random.default_rng(0)
    y_true, y_pred = rng.normal(size=(9, 2)), rng.normal(size=(9, 2))
    per_sample = losses.get("mse").per_sample(y_true, y_pred)
    assert per_sample.shape == (9,)
    assert per_sample.mean() == pytest.approx(losses.mse(y_true, y_pred))
    y_bin, p = rng.integers(0, 2, 9), rng.uniform(0.01, 0.99, 9)
    per_sample = losses.get("cross_entropy").per_sample(y_bin, p)
    assert per_sample.shape == (9,) and np.all(per_sample > 0)
    assert per_sample.mean() == pytest.approx(losses.cross_entropy(y_bin, p))


@pytest.mark.parametrize("output,n_out", [("sigmoid", 1), ("softmax", 3)])
def test_fused_training_loss_equals_the_plain_formula(output, n_out):
    rng = np.random.default_rng(3)
    net = Network([2, 4, n_out], ["tanh", output], seed=3)
    X = rng.normal(size=(6, 2))
    Y = np.eye(n_out)[rng.integers(0, n_out, 6)] if n_out > 1 else rng.integers(0, 2, (6, 1)).astype(float)
    fused, _, _ = net.gradients(X, Y, "cross_entropy")
    assert fused == pytest.approx(losses.cross_entropy(Y, net.forward(X)), rel=1e-12)


def test_fused_cross_entropy_stays_exact_when_confidently_wrong():
    net = Network([1, 1], ["sigmoid"])
    net.weights[0][:] = 100.0  # z = 100 for x = 1: p(class 1) = 1 - 4e-44
    value, _, _ = net.gradients([[1.0]], [[0.0]], "cross_entropy")
    assert value == pytest.approx(100.0)


def test_unknown_loss_is_a_clear_error():
    with pytest.raises(ValueError, match="choose one of mse, cross_entropy"):
        losses.get("hinge")


# ------------------------------------------------------------ the registry


def test_the_registry_knows_which_loss_fits_which_task_and_output():
    assert losses.default_for("classification").name == "cross_entropy"
    assert losses.default_for("regression").name == "mse"
    assert "cross_entropy" not in [loss.name for loss in losses.for_task("regression")]
    assert [loss.name for loss in losses.for_task("classification")][:2] == ["mse", "cross_entropy"]
    ce = losses.get("cross_entropy")
    assert ce.fits("classification", activations.get("sigmoid"), 1)
    assert ce.fits("classification", activations.get("softmax"), 3)
    assert not ce.fits("classification", activations.get("softmax"), 1)
    assert not ce.fits("classification", activations.get("linear"), 1)
    assert not ce.fits("regression", activations.get("sigmoid"), 1)
    for loss in losses.for_task("regression"):
        assert loss.fits("regression", activations.get("linear"), 2), loss.name


def test_a_loss_that_does_not_fit_the_task_says_which_one_does():
    with pytest.raises(losses.LossMismatchError, match=r"\(regression\)\. Use MSE for regression") as caught:
        losses.get("cross_entropy").check("regression")
    assert caught.value.fitting_output is None
    with pytest.raises(losses.LossMismatchError, match="sigmoid") as caught:
        losses.get("cross_entropy").check("classification", activations.get("tanh"), 1)
    assert caught.value.fitting_output == "sigmoid"


def test_every_loss_describes_itself():
    for loss in losses.LOSSES.values():
        assert loss.title and loss.label and loss.heading[0].isupper()
        assert "(1/n) Σ" in loss.formula(1) and loss.note(1).endswith(".")
        assert losses.get(loss.name) is loss and losses.get(loss) is loss


def test_a_term_is_written_with_its_numbers_and_its_value():
    assert losses.get("mse").filled_term([1.0], [0.8]) == "(1.000 − 0.800)² = 0.040"
    assert losses.get("mse").filled_term([1.0, 0.0], [0.0, 2.0]) == "mean of ((1.000 − 0.000)², (0.000 − 2.000)²) = 2.500"
    assert losses.get("cross_entropy").filled_term([1.0], [0.5]) == "−log 0.500 = 0.693"
    assert losses.get("cross_entropy").filled_term([0.0], [0.3]) == "−log(1 − 0.300) = 0.357"
    assert losses.get("cross_entropy").filled_term([0, 0, 1], [0.2, 0.3, 0.5]) == "−log 0.500 = 0.693"


@pytest.mark.parametrize("output,n_out", [("linear", 1), ("sigmoid", 1), ("softmax", 3)])
def test_the_exact_loss_is_the_training_loss(output, n_out):
    rng = np.random.default_rng(4)
    net = Network([2, 3, n_out], ["tanh", output], seed=2)
    X = rng.normal(size=(8, 2))
    for loss in losses.LOSSES.values():
        task = "classification" if output != "linear" else "regression"
        if not loss.fits(task, net.activations[-1], n_out):
            continue
        Y = (np.eye(n_out)[rng.integers(0, n_out, 8)] if n_out > 1 else
             rng.integers(0, 2, (8, 1)).astype(float) if task == "classification" else rng.normal(size=(8, 1)))
        assert loss.exact(net, X, Y) == pytest.approx(net.gradients(X, Y, loss)[0], rel=1e-12), loss.name
        assert loss.exact(net, X, Y) == pytest.approx(loss(Y, net.forward(X)), rel=1e-9), loss.name


def test_no_loss_name_is_spelled_outside_the_loss_module():
    """Every other module asks the registry, so adding a loss touches engine/losses.py (and tests) only."""
    root = pathlib.Path(__file__).resolve().parents[2]
    names = set(losses.NAMES)
    found = []
    for path in sorted([*root.glob("engine/**/*.py"), *root.glob("gui/**/*.py"), root / "main.py"]):
        if path == root / "engine" / "losses.py" or not path.exists():
            continue
        with open(path, "rb") as stream:
            for token in tokenize.tokenize(stream.readline):
                if token.type == tokenize.STRING and _literal(token.string) in names:
                    found.append(f"{path.relative_to(root)}:{token.start[0]} {token.string}")
    assert not found, found


def _literal(source):
    try:
        value = ast.literal_eval(source)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


# ------------------------------------------------------------ MAE and Huber


def test_mae_is_the_mean_absolute_miss():
    y_true = [3.0, -0.5, 2.0, 7.0]
    y_pred = [2.5, 0.0, 2.0, 8.0]
    # (0.5 + 0.5 + 0 + 1) / 4, scikit-learn's own doc example for mean_absolute_error
    assert losses.mae(y_true, y_pred) == pytest.approx(0.5)
    assert losses.mae([0.0], [2.0]) == pytest.approx(2.0)   # a miss of 2 costs 2, not 4


def test_mae_averages_over_samples_and_outputs():
    y_true = np.array([[0.5, 1.0], [-1.0, 1.0], [7.0, -6.0]])
    y_pred = np.array([[0.0, 2.0], [-1.0, 2.0], [8.0, -5.0]])
    # scikit-learn's multi-output doc example: 0.75
    assert losses.mae(y_true, y_pred) == pytest.approx(0.75)


def test_huber_squares_small_misses_and_counts_big_ones_by_their_size():
    y_true = [0.0, 0.0, 0.0, 0.0, 0.0]
    y_pred = [0.5, -1.0, 2.0, -3.0, 0.0]
    # 0.5·0.25, 0.5·1 (the pieces meet at 1), 2 − 0.5, 3 − 0.5, 0
    expected = (0.125 + 0.5 + 1.5 + 2.5 + 0.0) / 5
    assert losses.huber(y_true, y_pred) == pytest.approx(expected)
    assert losses.huber([[1.0, 2.0]], [[1.5, -1.0]]) == pytest.approx((0.125 + 2.5) / 2)


def test_mae_and_huber_gradients_by_hand():
    y_true, y_pred = np.array([[0.0], [0.0], [0.0]]), np.array([[0.5], [-2.0], [3.0]])
    np.testing.assert_allclose(losses.get("mae").gradient(y_true, y_pred), [[1 / 3], [-1 / 3], [1 / 3]])
    np.testing.assert_allclose(losses.get("huber").gradient(y_true, y_pred), [[0.5 / 3], [-1 / 3], [1 / 3]])


def test_mae_and_huber_are_for_numbers():
    regression = [loss.name for loss in losses.for_task("regression")]
    assert "mae" in regression and "huber" in regression
    assert "mae" not in [loss.name for loss in losses.for_task("classification")]
    assert losses.get("mean absolute error") is losses.get("l1") is losses.get("mae")
    assert losses.get("huber").filled_term([1.0], [0.8]) == "½(1.000 − 0.800)² = 0.020"
    assert losses.get("huber").filled_term([3.0], [0.5]) == "|3.000 − 0.500| − ½ = 2.000"
    assert losses.get("mae").filled_term([1.0], [0.8]) == "|1.000 − 0.800| = 0.200"
    assert losses.get("mae").formula() == "MAE = (1/n) Σ |y − ŷ|"


def test_mae_equals_scikit_learn_and_huber_equals_pytorch():
    """Optional oracles: only where scikit-learn and PyTorch happen to be installed."""
    metrics = pytest.importorskip("sklearn.metrics")
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(11)
    y_true, y_pred = rng.normal(size=(50, 2)), 3 * rng.normal(size=(50, 2))
    assert losses.mae(y_true, y_pred) == pytest.approx(metrics.mean_absolute_error(y_true, y_pred), rel=1e-12)
    expected = torch.nn.HuberLoss(delta=1.0)(torch.tensor(y_pred), torch.tensor(y_true)).item()
    assert losses.huber(y_true, y_pred) == pytest.approx(expected, rel=1e-12)
    expected = torch.nn.L1Loss()(torch.tensor(y_pred), torch.tensor(y_true)).item()
    assert losses.mae(y_true, y_pred) == pytest.approx(expected, rel=1e-12)


def test_squaring_lets_a_few_outliers_pull_the_fit_and_mae_does_not():
    """The lesson's data: a line with a tenth of its points far below it at the right."""
    slopes = {}
    for loss_name in ("mse", "mae"):
        data = {"kind": "builtin", "name": "line-outliers", "n_samples": 60, "noise": 0.2, "seed": 0}
        experiment = Experiment(Setup(data=data, hidden_sizes=[], hidden_activations=[], loss=loss_name,
                                      optimizer="adam", learning_rate=0.05))
        for _ in range(150):
            experiment.trainer.run_epoch()
        # ŷ = w·(x − mean)/scale + b: the slope in the data's own units
        slopes[loss_name] = experiment.network.weights[0][0, 0] / experiment.prepared.input_scale[0]
    assert slopes["mae"] == pytest.approx(0.5, abs=0.1)      # the line itself
    assert slopes["mse"] < slopes["mae"] - 0.2               # tilted down towards the outliers
