"""Steps per second of the engine on classroom networks, against PyTorch.

    python benchmarks/engine.py [--seconds 1.0] [--repeats 3]

Each workload runs the same loop in each: take the next minibatch, forward,
loss, backward, update, read the loss as a Python float. PyTorch (if
installed; it is never a dependency) runs on the CPU with one thread, twice:
the usual ``nn`` modules with an ``optim`` optimizer, and a lean loop of plain
tensors, ``torch.autograd.grad`` and an update written out (the fastest way
to write it, so the comparison is fair to PyTorch). The three are timed in
turn, ``--repeats`` times, and the best of each is kept: a slow moment of the
shared machine then lands on all of them, not on one.
"""

import argparse
import os

# One BLAS thread, as the app runs (see main.py); PyTorch is set to one too.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import sys  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

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


# A constant, not measured by this script: the epochs/s of TF Playground's own
# JavaScript engine (playground.tensorflow.org) on the task of
# tf_playground_task, as recorded when this benchmark was written (2026-11-24).
TF_PLAYGROUND_EPOCHS_PER_SECOND = 1089


def timed(step, pairs, seconds):
    """Steps per second of ``step`` over ``pairs`` for about ``seconds``."""
    count, start = 0, time.perf_counter()
    while True:
        for xb, yb in pairs:
            step(xb, yb)
        count += len(pairs)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return count / elapsed


def engine_step(sizes, acts, loss, batch, n, optimizer):
    X, Y = make_data(sizes, loss, n)
    trainer = Trainer(Network(sizes, acts, seed=0), loss=loss, optimizer=optimizer, learning_rate=1e-3)
    return trainer._step, batches(X, Y, batch)


def torch_pairs(torch, sizes, loss, batch, n):
    X, Y = make_data(sizes, loss, n)
    return [(torch.from_numpy(xb), torch.from_numpy(yb if loss == "mse" else yb.argmax(1)))
            for xb, yb in batches(X, Y, batch)]


def torch_lean_step(sizes, acts, loss, batch, n, optimizer):
    """Plain tensors and torch.autograd.grad: no modules, no optimizer objects."""
    import torch
    torch.set_num_threads(1)
    generator = torch.Generator().manual_seed(0)
    params = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        params.append((torch.randn(n_in, n_out, dtype=torch.float64, generator=generator) / n_in ** 0.5).requires_grad_())
        params.append(torch.zeros(n_out, dtype=torch.float64, requires_grad=True))
    functions = {"tanh": torch.tanh, "relu": torch.relu}
    lr, beta1, beta2, eps = 1e-3, 0.9, 0.999, 1e-8
    moments = [(torch.zeros_like(p), torch.zeros_like(p)) for p in params]
    step_count = [0]

    def step(xb, yb):
        h = xb
        for k, act in enumerate(acts):
            h = h @ params[2 * k] + params[2 * k + 1]
            if act in functions:
                h = functions[act](h)
        # cross_entropy takes logits and fuses the softmax, as the engine does.
        value = ((h - yb) ** 2).mean() if loss == "mse" else torch.nn.functional.cross_entropy(h, yb)
        grads = torch.autograd.grad(value, params)
        with torch.no_grad():
            if optimizer == "sgd":
                for p, g in zip(params, grads):
                    p.sub_(lr * g)
            else:
                step_count[0] += 1
                t = step_count[0]
                for p, g, (m, v) in zip(params, grads, moments):
                    m.mul_(beta1).add_(g, alpha=1 - beta1)
                    v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
                    p.addcdiv_(m / (1 - beta1 ** t), (v / (1 - beta2 ** t)).sqrt_().add_(eps), value=-lr)
        return value.item()

    return step, torch_pairs(torch, sizes, loss, batch, n)


def torch_step(sizes, acts, loss, batch, n, optimizer):
    import torch
    torch.set_num_threads(1)
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

    def step(xb, yb):
        opt.zero_grad()
        value = loss_fn(model(xb), yb)
        value.backward()
        opt.step()
        return value.item()

    return step, torch_pairs(torch, sizes, loss, batch, n)


def paired_rates(makers, workload, optimizer, seconds, repeats):
    """Best steps/s of each of ``makers``, timed in turn ``repeats`` times."""
    loops = [maker(*workload, optimizer) for maker in makers]
    best = [0.0] * len(loops)
    for _ in range(repeats):
        for k, (step, pairs) in enumerate(loops):
            best[k] = max(best[k], timed(step, pairs, seconds))
    return best


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
    makers = [engine_step] + ([torch_step, torch_lean_step] if torch_version else [])
    print(f"{'workload':44} {'opt':5} {'engine':>9} {'torch nn':>9} {'ratio':>6} {'torch lean':>10} {'ratio':>6}"
          "   (steps/s)")
    for name, sizes, acts, loss, batch, n in WORKLOADS:
        for optimizer in ("sgd", "adam"):
            rates = paired_rates(makers, (sizes, acts, loss, batch, n), optimizer, args.seconds, args.repeats)
            ours = rates[0]
            if torch_version:
                nn_rate, lean_rate = rates[1:]
                print(f"{name:44} {optimizer:5} {ours:9,.0f} {nn_rate:9,.0f} {ours / nn_rate:5.1f}x "
                      f"{lean_rate:10,.0f} {ours / lean_rate:5.1f}x")
            else:
                print(f"{name:44} {optimizer:5} {ours:9,.0f} {'-':>9} {'-':>6} {'-':>10} {'-':>6}")
    rate = tf_playground_task(args.seconds, args.repeats)
    print(f"TF Playground default task (250 points, batch 10, 2-8-8-1, eval each epoch): {rate:,.0f} epochs/s; "
          f"TF Playground's JavaScript: {TF_PLAYGROUND_EPOCHS_PER_SECOND:,} (a constant recorded on 2026-11-24, "
          f"not measured here)")


if __name__ == "__main__":
    main()
