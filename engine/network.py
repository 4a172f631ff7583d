"""A dense feed-forward network with exact backpropagation."""

import numpy as np

from . import activations as _activations
from . import losses as _losses
from .translation import translate


class Network:
    """Dense layers, each with its own activation.

    Parameters
    ----------
    sizes : list of int
        Units per layer, inputs first: ``[2, 8, 8, 1]``.
    activations : list of str, optional
        One per layer after the inputs. Defaults to tanh for hidden layers and
        linear for the output. Softmax is allowed on the output only.
    seed : int
        Seeds the initial weights: the same seed gives the same network.

    Notes
    -----
    All weights and biases live in one flat array, weights first. ``weights``
    and ``biases`` are views into it, so editing them in place changes the
    network, and an optimizer updates every parameter with a few numpy calls.
    """

    def __init__(self, sizes, activations=None, seed=0):
        sizes = [int(s) for s in sizes]
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError(translate(
                "network", "A network needs an input and an output layer of at least one unit; got sizes {sizes}.")
                .format(sizes=sizes))
        n_layers = len(sizes) - 1
        if activations is None:
            activations = ["tanh"] * (n_layers - 1) + ["linear"]
        if isinstance(activations, str):
            activations = [activations] * n_layers
        if len(activations) != n_layers:
            raise ValueError(translate("network", "{n_layers} layers need {n_layers} activations; got {count}.").format(
                n_layers=n_layers, count=len(activations)))
        self.sizes = sizes
        self.activations = [_activations.get(a) for a in activations]
        for k, act in enumerate(self.activations[:-1]):
            if act.output_only:
                title = act.shown_title()
                raise ValueError(translate(
                    "network", "{activation} belongs on the output layer only, not on hidden layer {layer}.").format(
                    activation=title[:1].upper() + title[1:], layer=k + 1))
        self.seed = seed

        shapes = list(zip(sizes[:-1], sizes[1:]))
        self.n_weights = sum(n_in * n_out for n_in, n_out in shapes)
        self.n_params = self.n_weights + sum(sizes[1:])
        self.params = np.zeros(self.n_params)
        self.grads = np.zeros(self.n_params)
        self.weights, self.grad_w = self._views(self.params), self._views(self.grads)
        self.biases, self.grad_b = self._bias_views(self.params), self._bias_views(self.grads)
        self.initialize(seed)
        self._buffers = {}

    def _views(self, flat):
        views, start = [], 0
        for n_in, n_out in zip(self.sizes[:-1], self.sizes[1:]):
            views.append(flat[start:start + n_in * n_out].reshape(n_in, n_out))
            start += n_in * n_out
        return views

    def _bias_views(self, flat):
        views, start = [], self.n_weights
        for n_out in self.sizes[1:]:
            views.append(flat[start:start + n_out])
            start += n_out
        return views

    def initialize(self, seed=None):
        """Draw fresh weights suited to each activation; biases start at 0.

        He initialisation for (leaky) ReLU, Xavier/Glorot for the rest, so the
        signal neither dies nor explodes as it passes through the layers.
        """
        if seed is not None:
            self.seed = seed
        rng = np.random.default_rng(self.seed)
        for W, act in zip(self.weights, self.activations):
            n_in, n_out = W.shape
            if act.zero_for_negatives:
                W[:] = rng.normal(0.0, np.sqrt(2.0 / n_in), size=W.shape)
            else:
                limit = np.sqrt(6.0 / (n_in + n_out))
                W[:] = rng.uniform(-limit, limit, size=W.shape)
        for b in self.biases:
            b[:] = 0.0

    # ----------------------------------------------------------------- shape

    @property
    def n_inputs(self):
        return self.sizes[0]

    @property
    def n_outputs(self):
        return self.sizes[-1]

    @property
    def activation_names(self):
        return [a.name for a in self.activations]

    def parameters(self):
        """Weights and biases, layer by layer: ``[W0, b0, W1, b1, ...]``."""
        return [p for pair in zip(self.weights, self.biases) for p in pair]

    def __repr__(self):
        parts = [str(self.sizes[0])] + [f"{n} {a.name}" for n, a in zip(self.sizes[1:], self.activations)]
        return f"Network({' -> '.join(parts)})"

    def __getstate__(self):
        # ``weights``, ``biases`` and their gradients are views into the flat
        # arrays: pickled as they are they would come back as separate
        # copies, and training would no longer move what the forward pass
        # reads. They are made again from the flat arrays instead (a network
        # travels to the training process and back).
        state = dict(self.__dict__)
        for name in ("weights", "grad_w", "biases", "grad_b", "_buffers"):
            state.pop(name, None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.weights, self.grad_w = self._views(self.params), self._views(self.grads)
        self.biases, self.grad_b = self._bias_views(self.params), self._bias_views(self.grads)
        self._buffers = {}

    def copy(self):
        """An independent network with the same shape and parameters."""
        twin = Network.__new__(Network)
        twin.__dict__.update(self.__dict__)
        twin.params = self.params.copy()
        twin.grads = np.zeros_like(self.grads)
        twin.weights, twin.grad_w = twin._views(twin.params), twin._views(twin.grads)
        twin.biases, twin.grad_b = twin._bias_views(twin.params), twin._bias_views(twin.grads)
        twin._buffers = {}
        return twin

    def to_dict(self):
        """Shape, activations and parameters as plain JSON-able values."""
        return {"sizes": list(self.sizes), "activations": self.activation_names, "seed": self.seed,
                "weights": [W.tolist() for W in self.weights], "biases": [b.tolist() for b in self.biases]}

    @classmethod
    def from_dict(cls, data):
        net = cls(data["sizes"], data["activations"], seed=data.get("seed", 0))
        for W, values in zip(net.weights, data["weights"]):
            W[:] = np.asarray(values, dtype=np.float64).reshape(W.shape)
        for b, values in zip(net.biases, data["biases"]):
            b[:] = np.asarray(values, dtype=np.float64).reshape(b.shape)
        return net

    # --------------------------------------------------------------- forward

    def _check_inputs(self, X):
        X = np.asarray(X, dtype=np.float64)
        if X.ndim == 1:
            X = X.reshape(1, -1) if self.n_inputs > 1 or len(X) == 1 else X.reshape(-1, 1)
        if X.ndim != 2 or X.shape[1] != self.n_inputs:
            raise ValueError(translate(
                "network", "This network takes {n_inputs} input(s) per sample; got an array of shape {shape}.").format(
                n_inputs=self.n_inputs, shape=X.shape))
        return X

    def forward(self, X):
        """Outputs for inputs ``X`` of shape (n_samples, n_inputs)."""
        return self.forward_layers(X)[-1][1]

    def __call__(self, X):
        return self.forward(X)

    def forward_layers(self, X):
        """Every layer's weighted sums and activations, ``[(z, a), ...]``."""
        a = self._check_inputs(X)
        layers = []
        for W, b, act in zip(self.weights, self.biases, self.activations):
            z = a @ W + b
            a = act.forward(z, np.empty_like(z))
            layers.append((z, a))
        return layers

    # -------------------------------------------------------------- backward

    def _work(self, batch_size):
        # Training reuses these arrays step after step instead of allocating.
        work = self._buffers.get(batch_size)
        if work is None:
            if len(self._buffers) > 4:
                self._buffers.clear()
            work = {
                "a": [np.empty((batch_size, n)) for n in self.sizes[1:]],
                "z_out": np.empty((batch_size, self.n_outputs)),
                "delta": [np.empty((batch_size, n)) for n in self.sizes[1:]],
                "slope": [np.empty((batch_size, n)) for n in self.sizes[1:]],
            }
            self._buffers[batch_size] = work
        return work

    def backprop(self, X, Y, loss):
        """Forward and backward pass; leaves dL/dθ in ``grads`` and returns L.

        Inputs are trusted (float64, right shapes): this is the training hot
        path. ``gradients`` is the checked, copying public version.
        """
        work = self._work(len(X))
        acts, deltas, slopes = work["a"], work["delta"], work["slope"]
        n_layers = len(self.weights)
        a = X
        for k in range(n_layers):
            out = acts[k]
            np.matmul(a, self.weights[k], out=out)
            np.add(out, self.biases[k], out=out)
            if k == n_layers - 1:
                # The fused losses need the output's weighted sums as well.
                np.copyto(work["z_out"], out)
            a = self.activations[k].forward(out, out)

        value = loss.output_delta(Y, work["z_out"], a, self.activations[-1], deltas[-1])
        for k in range(n_layers - 1, -1, -1):
            delta = deltas[k]
            a_prev = X if k == 0 else acts[k - 1]
            np.matmul(a_prev.T, delta, out=self.grad_w[k])
            # Σ over the batch as ones·delta: BLAS beats sum(axis=0) here.
            np.matmul(_activations.ones(len(delta)), delta, out=self.grad_b[k])
            if k > 0:
                np.matmul(delta, self.weights[k].T, out=deltas[k - 1])
                np.multiply(deltas[k - 1], self.activations[k - 1].slope(acts[k - 1], slopes[k - 1]), out=deltas[k - 1])
        return value

    def gradients(self, X, Y, loss=_losses.MSE):
        """Loss and its exact gradient for every weight and bias.

        Parameters
        ----------
        X : array (n_samples, n_inputs)
        Y : array (n_samples, n_outputs)
        loss : Loss or str
            A loss of ``losses.LOSSES`` or its name; MSE by default.

        Returns
        -------
        value : float
        grad_w : list of arrays shaped like ``weights``
        grad_b : list of arrays shaped like ``biases``
        """
        X = self._check_inputs(X)
        Y = np.asarray(Y, dtype=np.float64)
        if Y.ndim == 1:
            Y = Y.reshape(-1, 1) if self.n_outputs == 1 else Y.reshape(1, -1)
        if Y.shape != (len(X), self.n_outputs):
            raise ValueError(translate("network", "Targets must have shape ({rows}, {columns}); got {shape}.").format(
                rows=len(X), columns=self.n_outputs, shape=Y.shape))
        loss = _losses.get(loss)
        loss.check_output(self.activations[-1], self.n_outputs)
        value = self.backprop(np.ascontiguousarray(X), np.ascontiguousarray(Y), loss)
        return value, [g.copy() for g in self.grad_w], [g.copy() for g in self.grad_b]
