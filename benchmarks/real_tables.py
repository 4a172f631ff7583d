"""Test scores on real tables: the command line against scikit-learn's MLP, with and without early stopping.

    python benchmarks/real_tables.py [--seeds 5] [--activation tanh]

Both sides get one hidden layer of 16 units with the command line's default
activation (tanh; --activation relu for scikit-learn's default), Adam with
learning rate 0.01, 20% of the rows held out for testing (the same rows,
from engine.data.prepare) and otherwise their own defaults: batch
min(200, n) and at most 200 epochs on both; early stopping on the
validation loss with a patience of 20 epochs and 10% of the training rows
here, on the validation score with 10 epochs and 10% in scikit-learn. The
engine runs through ``engine.cli.main``, exactly as ``python main.py train``
does.
scikit-learn is optional and never a dependency; without it only the
engine's numbers are printed.
"""

import argparse
import contextlib
import io
import json
import os
import sys
import warnings

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)

from engine import cli  # noqa: E402
from engine.data import prepare, read_csv  # noqa: E402
from engine.formatting import fixed  # noqa: E402

TABLES = ["iris.csv", "wine.csv", "breast-cancer.csv", "wine-alcohol.csv", "diabetes.csv"]
TEST_FRACTION = 0.2


def engine_run(path, seed, early_stopping, activation):
    """(test score, epochs) from the command line's JSON."""
    argv = [path, "--layers", "16", "--activation", activation, "--optimizer", "adam", "--learning-rate", "0.01",
            "--test-fraction", str(TEST_FRACTION), "--seed", str(seed), "--json"]
    if early_stopping:
        argv.append("--early-stopping")
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = cli.main(argv)
    if code != 0:
        raise SystemExit(f"python main.py train {' '.join(argv)} exited with {code}")
    results = json.loads(out.getvalue())
    score = results.get("test_accuracy", results.get("test_r2"))
    return score, results["epochs"]


def sklearn_run(dataset, seed, early_stopping, activation):
    """(test score, epochs) of scikit-learn's MLP on the same split and standardisation."""
    from sklearn.neural_network import MLPClassifier, MLPRegressor
    data = prepare(dataset, test_fraction=TEST_FRACTION, seed=seed)
    classification = dataset.task == "classification"
    kind = MLPClassifier if classification else MLPRegressor
    model = kind(hidden_layer_sizes=(16,), activation=activation, solver="adam", learning_rate_init=0.01,
                 random_state=seed, early_stopping=early_stopping)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "did not converge" after 200 epochs, as the defaults allow
        model.fit(data.X_train, data.y_train if classification else data.Y_train[:, 0])
    score = model.score(data.X_test, data.y_test if classification else data.Y_test[:, 0])
    return score, model.n_iter_


def linear_r2(dataset, seed):
    """Ordinary least squares on the same split: the floor a network should reach on regression."""
    data = prepare(dataset, test_fraction=TEST_FRACTION, seed=seed)
    A = np.column_stack([data.X_train, np.ones(len(data.X_train))])
    coef, *_ = np.linalg.lstsq(A, data.Y_train[:, 0], rcond=None)
    pred = np.column_stack([data.X_test, np.ones(len(data.X_test))]) @ coef
    y = data.Y_test[:, 0]
    return 1 - np.sum((y - pred) ** 2) / np.sum((y - y.mean()) ** 2)


def summary(runs):
    scores = [score for score, _ in runs]
    epochs = np.mean([e for _, e in runs])
    return f"{fixed(np.mean(scores), 3)} ± {fixed(np.std(scores), 3)} ({epochs:.0f} ep)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--activation", default="tanh", choices=["tanh", "relu", "logistic"],
                        help="hidden activation on both sides (logistic is scikit-learn's name for sigmoid)")
    args = parser.parse_args()
    try:
        import sklearn
        have_sklearn = sklearn.__version__
    except ImportError:
        have_sklearn = None
    print(f"scikit-learn: {have_sklearn or 'not installed (pip install scikit-learn to compare)'}; "
          f"mean ± sd of test scores over {args.seeds} seeds, mean epochs in brackets; "
          f"one hidden layer of 16 {args.activation} units")
    header = f"{'table':18} {'metric':8} {'engine':>24} {'engine, early stop':>24}"
    if have_sklearn:
        header += f" {'sklearn':>24} {'sklearn, early stop':>24}"
    print(header)
    notes = []
    for name in TABLES:
        path = os.path.join(ROOT, "resources", "data", name)
        dataset = read_csv(path)
        seeds = range(args.seeds)
        metric = "accuracy" if dataset.task == "classification" else "R²"
        ours = "sigmoid" if args.activation == "logistic" else args.activation
        columns = [summary([engine_run(path, s, es, ours) for s in seeds]) for es in (False, True)]
        if have_sklearn:
            columns += [summary([sklearn_run(dataset, s, es, args.activation) for s in seeds]) for es in (False, True)]
        print(f"{name:18} {metric:8} " + " ".join(f"{c:>24}" for c in columns))
        if dataset.task == "regression":
            notes.append(f"{name}: linear regression R² {fixed(np.mean([linear_r2(dataset, s) for s in seeds]), 3)}")
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
