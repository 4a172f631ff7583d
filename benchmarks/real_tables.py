"""Test accuracy on real tables: the engine's 16-unit network against scikit-learn's MLP.

    python benchmarks/real_tables.py [--seeds 5]

Both see the identical split and standardisation (engine.data.prepare), one
hidden layer of 16 units, Adam. scikit-learn is optional and never a
dependency; without it only the engine's numbers are printed.
"""

import argparse
import os
import sys
import warnings

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, ROOT)

from engine.data import prepare, read_csv  # noqa: E402
from engine.experiment import Experiment, Setup  # noqa: E402

TABLES = ["wine.csv", "iris.csv", "wine-alcohol.csv"]


def engine_score(dataset, seed, epochs=200):
    setup = Setup(data=dict(dataset.source), hidden_sizes=[16], hidden_activations=["relu"], optimizer="adam",
                  learning_rate=0.01, batch_size=32, test_fraction=0.3, seed=seed,
                  regularization="l2", regularization_rate=1e-4)
    experiment = Experiment(setup, dataset=dataset)
    for _ in range(epochs):
        experiment.trainer.run_epoch()
    return experiment.trainer.evaluate()["test_metric"]


def sklearn_score(dataset, seed):
    from sklearn.neural_network import MLPClassifier, MLPRegressor
    data = prepare(dataset, test_fraction=0.3, seed=seed)
    kind = MLPClassifier if dataset.task == "classification" else MLPRegressor
    model = kind(hidden_layer_sizes=(16,), random_state=seed, max_iter=2000)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(data.X_train, data.y_train if dataset.task == "classification" else data.Y_train[:, 0])
    if dataset.task == "classification":
        return model.score(data.X_test, data.y_test)
    return model.score(data.X_test, data.Y_test[:, 0])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    try:
        import sklearn
        have_sklearn = sklearn.__version__
    except ImportError:
        have_sklearn = None
    print(f"scikit-learn: {have_sklearn or 'not installed (pip install scikit-learn to compare)'}")
    print(f"{'table':18} {'metric':9} {'engine (mean ± sd)':>20} {'scikit-learn MLP':>20}")
    for name in TABLES:
        dataset = read_csv(os.path.join(ROOT, "resources", "data", name))
        ours = [engine_score(dataset, seed) for seed in range(args.seeds)]
        metric = "accuracy" if dataset.task == "classification" else "R²"
        line = f"{name:18} {metric:9} {np.mean(ours):13.3f} ± {np.std(ours):.3f}"
        if have_sklearn:
            theirs = [sklearn_score(dataset, seed) for seed in range(args.seeds)]
            line += f" {np.mean(theirs):13.3f} ± {np.std(theirs):.3f}"
        print(line)


if __name__ == "__main__":
    main()
