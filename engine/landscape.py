"""A 2-D slice of the loss surface around the current weights.

Following Li et al., "Visualizing the Loss Landscape of Neural Nets" (2018):
two random directions in weight space, each rescaled filter by filter (here:
each neuron's incoming weights) to the norm of the weights it perturbs, so the
picture does not depend on how the weights happen to be scaled. Biases are
left unperturbed, as in the paper. The loss is evaluated on a grid
θ + α·d₁ + β·d₂, and a training path can be projected onto the same plane.
"""

from dataclasses import dataclass

import numpy as np

from . import losses as _losses


@dataclass
class Landscape:
    alphas: np.ndarray        # (resolution,)
    betas: np.ndarray         # (resolution,)
    loss: np.ndarray          # (resolution, resolution): loss[i, j] at alphas[j], betas[i]
    center_loss: float
    directions: tuple         # two flat parameter vectors


def filter_normalized_direction(network, rng):
    """A random direction in parameter space, scaled neuron by neuron like the weights."""
    direction = np.zeros(network.n_params)
    views = network._views(direction)
    for d, W in zip(views, network.weights):
        d[:] = rng.normal(size=W.shape)
        # Each column holds one neuron's incoming weights: a "filter".
        d *= np.linalg.norm(W, axis=0) / (np.linalg.norm(d, axis=0) + 1e-12)
    return direction


def compute(network, X, Y, loss, resolution=31, span=1.0, seed=0, progress=None):
    """Loss over a resolution² grid of α, β in [−span, span] around ``network``'s weights.

    ``progress(fraction)`` is called after each row; an exception it raises
    stops the computation (a GUI cancels that way).
    """
    loss = _losses.get(loss)
    loss.check_output(network.activations[-1], network.n_outputs)
    rng = np.random.default_rng(seed)
    probe = network.copy()
    center = network.params.copy()
    d1 = filter_normalized_direction(network, rng)
    d2 = filter_normalized_direction(network, rng)
    alphas = np.linspace(-span, span, resolution)
    betas = np.linspace(-span, span, resolution)
    values = np.empty((resolution, resolution))
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for i, beta in enumerate(betas):
            for j, alpha in enumerate(alphas):
                probe.params[:] = center + alpha * d1 + beta * d2
                values[i, j] = loss.exact(probe, X, Y)
            if progress is not None:
                progress((i + 1) / resolution)
    probe.params[:] = center
    center_loss = loss.exact(probe, X, Y)
    return Landscape(alphas=alphas, betas=betas, loss=values, center_loss=float(center_loss), directions=(d1, d2))


def project_path(landscape, center, path):
    """Coordinates (α, β) of parameter vectors ``path`` (m, n_params) on the slice's plane.

    The directions are not orthogonal, so this is the least-squares fit of
    θ − θ₀ ≈ α·d₁ + β·d₂.
    """
    basis = np.column_stack(landscape.directions)
    offsets = np.asarray(path, dtype=float) - center
    coefficients, *_ = np.linalg.lstsq(basis, offsets.T, rcond=None)
    return coefficients.T
