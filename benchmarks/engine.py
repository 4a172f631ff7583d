"""Steps per second of the engine on classroom networks, against PyTorch.

    python benchmarks/engine.py [--seconds 1.0] [--repeats 3]

Each workload runs the same loop in both: take the next minibatch, forward,
loss, backward, update, read the loss as a Python float. PyTorch (if
installed; it is never a dependency) runs on the CPU with one thread. The
best of several timed runs is kept, since this machine is shared.
"""

import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from engine import Network, Trainer  # noqa: E402

WORKLOADS = [
    # name, sizes, activations, loss, batch size, samples
    ("2-8-8-1 tanh, MSE, batch 10", [2, 8, 8, 1], ["tanh", "tanh", "linear"], "mse", 10, 500),
    ("2-8-8-1 tanh, MSE, full batch 500", [2, 8, 8, 1], ["tanh", "tanh", "linear"], "mse", 500, 500),
    ("2-16-16-16-3 relu, softmax CE, batch 32", [2, 16, 16, 16, 3], ["relu", "relu", "relu", "softmax"], "cross_entropy", 32, 512),
    ("64-32-10 relu, softmax CE, batch 64", [64, 32, 10], ["relu", "softmax"], "cross_entropy", 64, 1024),
]


def make_data(sizes, loss, n, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, sizes[0]))
    if loss == "mse":
        Y = rng.normal(size=(n, sizes[-1]))
    else:
        Y = np.eye(sizes[-1])[rng.integers(0, sizes[-1], n)]
    return X, Y


def batches(X, Y, batch):
    return [(X[i:i + batch], Y[i:i + batch]) for i in range(0, len(X), batch)]


def timed(step, pairs, seconds, repeats):
    best = 0.0
    for _ in range(repeats):
        count, start = 0, time.perf_counter()
        while True:
            for xb, yb in pairs:
                step(xb, yb)
            count += len(pairs)
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                break
        best = max(best, count / elapsed)
    return best


def engine_rate(sizes, acts, loss, batch, n, optimizer, seconds, repeats):
    X, Y = make_data(sizes, loss, n)
    trainer = Trainer(Network(sizes, acts, seed=0), loss=loss, optimizer=optimizer, learning_rate=1e-3)
    return timed(trainer._step, batches(X, Y, batch), seconds, repeats)


def torch_rate(sizes, acts, loss, batch, n, optimizer, seconds, repeats):
    import torch
    torch.set_num_threads(1)
    X, Y = make_data(sizes, loss, n)
    act_modules = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU}
    layers = []
    for (n_in, n_out), act in zip(zip(sizes[:-1], sizes[1:]), acts):
        layers.append(torch.nn.Linear(n_in, n_out, dtype=torch.float64))
        if act in act_modules:
            layers.append(act_modules[act]())
    model = torch.nn.Sequential(*layers)
    # CrossEntropyLoss takes logits and fuses the softmax, as the engine does.
    loss_fn = torch.nn.MSELoss() if loss == "mse" else torch.nn.CrossEntropyLoss()
    opt = {"sgd": lambda p: torch.optim.SGD(p, lr=1e-3),
           "adam": lambda p: torch.optim.Adam(p, lr=1e-3)}[optimizer](model.parameters())
    pairs = [(torch.from_numpy(xb), torch.from_numpy(yb if loss == "mse" else yb.argmax(1)))
             for xb, yb in batches(X, Y, batch)]

    def step(xb, yb):
        opt.zero_grad()
        value = loss_fn(model(xb), yb)
        value.backward()
        opt.step()
        return value.item()

    return timed(step, pairs, seconds, repeats)


def tf_playground_task(seconds, repeats):
    """Epochs/s on TF Playground's default-sized task: 250 training points,
    batch 10, 2-8-8-1 tanh, with the train and test loss computed after every
    epoch as the Playground does."""
    from types import SimpleNamespace
    X, Y = make_data([2, 8, 8, 1], "mse", 500)
    data = SimpleNamespace(X_train=X[:250], Y_train=Y[:250], X_test=X[250:], Y_test=Y[250:], output_activation="linear")
    best = 0.0
    for _ in range(repeats):
        trainer = Trainer(Network([2, 8, 8, 1], ["tanh", "tanh", "linear"]), "mse", "sgd", 0.03, 10, data=data)
        start, epochs = time.perf_counter(), 0
        while time.perf_counter() - start < seconds:
            epochs += trainer.advance(25 * 20)
        best = max(best, epochs / (time.perf_counter() - start))
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    try:
        import torch
        torch_version = torch.__version__
    except ImportError:
        torch_version = None
    print(f"numpy {np.__version__}; PyTorch {torch_version or 'not installed (pip install torch==2.13.0 to compare)'}")
    print(f"{'workload':44} {'opt':5} {'engine steps/s':>15} {'torch steps/s':>14} {'ratio':>6}")
    for name, sizes, acts, loss, batch, n in WORKLOADS:
        for optimizer in ("sgd", "adam"):
            ours = engine_rate(sizes, acts, loss, batch, n, optimizer, args.seconds, args.repeats)
            if torch_version:
                theirs = torch_rate(sizes, acts, loss, batch, n, optimizer, args.seconds, args.repeats)
                print(f"{name:44} {optimizer:5} {ours:15,.0f} {theirs:14,.0f} {ours / theirs:5.1f}x")
            else:
                print(f"{name:44} {optimizer:5} {ours:15,.0f} {'-':>14} {'-':>6}")
    rate = tf_playground_task(args.seconds, args.repeats)
    print(f"TF Playground default task (250 points, batch 10, 2-8-8-1, eval each epoch): "
          f"{rate:,.0f} epochs/s (TF Playground's JS engine: 1,089)")


if __name__ == "__main__":
    main()
