"""What the views draw from one snapshot's weights, computed off the GUI thread while training.

The output view's heat map and the canvas's pictures need every layer's
activations over a grid of the input plane; the output view and the loss
histogram need the network's output and loss at each shown point. At 8
hidden layers of 16 the grid alone took ~13 ms a frame on the GUI thread.

``ViewInputs`` holds what stays fixed for one experiment (the shown rows, the
grids' inputs) and is built in the GUI thread. While training, the worker
calls ``ViewInputs.derive`` right after each slice, on the snapshot's own
copy of the network, and sends the result with the snapshot; the views then
only draw. While paused, ``Derived`` computes the same on first use.

While training, a part that is costly to compute (the heat map's grid at 8
layers of 16, its picture) is computed again only every ``REUSE_SECONDS``
(``LiveDerive``); a frame in between shows it as it was.

Nothing here touches a widget; numpy only.
"""

import time

import numpy as np

from engine import losses

MAX_POINTS = 5000             # rows shown (and counted) at most per split; bigger sets show a fixed random sample
# While training, a part of the views' numbers that took longer than
# COSTLY_SECONDS to compute is reused for REUSE_SECONDS (the output view,
# which alone shows the 90² grid, follows about that often while training),
# or longer if it would otherwise take more than MAX_SHARE of the training
# time. The heat map's grid through 8 layers of 16 takes ~9 ms: with every
# frame that is a quarter of the training time; ten times a second is a
# tenth, and still moves smoothly. Cheap parts (the neurons' 24² pictures,
# the points) stay fresh.
COSTLY_SECONDS = 0.0005
REUSE_SECONDS = 0.05
MAX_SHARE = 0.1


def sample_rows(index, limit=MAX_POINTS):
    """``index`` itself, or a fixed random sample of ``limit`` of its rows (sorted)."""
    index = np.asarray(index)
    if len(index) <= limit:
        return index
    return np.sort(np.random.default_rng(0).choice(index, limit, replace=False))


def shown_rows(prepared):
    """Data set rows the views show: a sample of the training rows, then of the test rows."""
    train, test = sample_rows(prepared.train_index), sample_rows(prepared.test_index)
    return np.concatenate([train, test]), len(train)


def input_extent(dataset):
    """(x_min, x_max, y_min, y_max) of the raw input plane, padded a little."""
    X = dataset.X
    source = dataset.source if isinstance(dataset.source, dict) else {}
    if source.get("kind") == "builtin" and X.shape[1] == 2:
        return (-6.0, 6.0, -6.0, 6.0)
    lo, hi = X.min(axis=0), X.max(axis=0)
    pad = 0.05 * np.where(hi > lo, hi - lo, 1.0)
    lo, hi = lo - pad, hi + pad
    if X.shape[1] == 1:
        return (float(lo[0]), float(hi[0]), 0.0, 0.0)
    return (float(lo[0]), float(hi[0]), float(lo[1]), float(hi[1]))


def grid_inputs(prepared, extent, resolution):
    """The network's inputs over a resolution² grid of the plane: (resolution², n_inputs); row 0 is the top."""
    x0, x1, y0, y1 = extent
    gx, gy = np.meshgrid(np.linspace(x0, x1, resolution), np.linspace(y1, y0, resolution))
    return prepared.transform(np.column_stack([gx.ravel(), gy.ravel()]))


def grid_activations(network, inputs, resolution):
    """Every layer's activations on ``grid_inputs``, each (resolution, resolution, units)."""
    with np.errstate(over="ignore", invalid="ignore"):
        return [a.reshape(resolution, resolution, -1) for _, a in network.forward_layers(inputs)]


class ViewInputs:
    """What the views evaluate the network on, fixed for one experiment's data and network shape.

    ``resolutions`` are the grid sizes the views have asked for; grids are
    made only for 2-D data.
    """

    def __init__(self, prepared, dataset, resolutions=()):
        self.prepared = prepared
        self.rows, self.n_train = shown_rows(prepared)
        self.point_inputs = prepared.transform(np.asarray(dataset.X, dtype=float)[self.rows])
        self.point_targets = prepared.encode(np.asarray(dataset.y)[self.rows])
        self.plane = dataset.X.shape[1] == 2
        self.extent = input_extent(dataset)
        self.grid_inputs = {}
        for resolution in resolutions:
            self.add_resolution(resolution)
        # name -> function(derived) -> value: a view's own pure-numpy work on
        # the numbers (its picture, say), computed with them. A function
        # reads only what it was given, never a widget.
        self.extras = {}

    def add_resolution(self, resolution):
        if self.plane and resolution not in self.grid_inputs:
            self.grid_inputs[resolution] = grid_inputs(self.prepared, self.extent, resolution)

    def derive(self, snapshot):
        """Everything the views need from ``snapshot``, computed now."""
        derived = Derived(self, snapshot.network, snapshot.loss)
        derived.compute_all()
        return derived

    def live_derive(self):
        """A ``derive`` for one training run, which reuses costly parts for a while (the worker calls it)."""
        return LiveDerive(self)


class LiveDerive:
    """``ViewInputs.derive`` for one run: a part that took over COSTLY_SECONDS is reused for REUSE_SECONDS.

    Only the worker calls it, one snapshot after the other; a reused part is
    the same arrays as before, which nobody writes to.
    """

    def __init__(self, inputs):
        self.inputs = inputs
        self._kept = {}   # ("grid", resolution) or ("extra", name) -> (network shape, function, value, reuse until)

    def __call__(self, snapshot):
        derived = Derived(self.inputs, snapshot.network, snapshot.loss)
        shape = (tuple(snapshot.network.sizes), tuple(a.name for a in snapshot.network.activations))
        for resolution in tuple(self.inputs.grid_inputs):
            derived._grids[resolution] = self._part(("grid", resolution), shape, None,
                                                    lambda r=resolution: derived.grid(r))
        derived.points()
        for name, function in tuple(self.inputs.extras.items()):
            derived._extras[name] = (function, self._part(("extra", name), shape, function,
                                                          lambda f=function: f(derived)))
        return derived

    def _part(self, key, shape, function, compute):
        start = time.perf_counter()
        kept = self._kept.get(key)
        if kept is not None and kept[0] == shape and kept[1] is function and start < kept[3]:
            return kept[2]
        value = compute()
        end = time.perf_counter()
        cost = end - start
        reuse = max(REUSE_SECONDS, cost / MAX_SHARE) if cost > COSTLY_SECONDS else 0.0
        self._kept[key] = (shape, function, value, end + reuse)
        return value


class Derived:
    """One snapshot's numbers on the views' inputs; each part is computed on first use."""

    def __init__(self, inputs, network, loss_name):
        self.inputs = inputs
        self.network = network
        self.loss_name = loss_name
        self._grids = {}
        self._points = None
        self._extras = {}

    def compute_all(self):
        # Tuples: the GUI thread may add a resolution or an extra meanwhile.
        for resolution in tuple(self.inputs.grid_inputs):
            self.grid(resolution)
        self.points()
        for name, function in tuple(self.inputs.extras.items()):
            self._extras[name] = (function, function(self))

    def extra(self, name):
        """What the function registered as ``name`` in ``ViewInputs.extras`` makes of these numbers."""
        function = self.inputs.extras[name]
        cached = self._extras.get(name)
        if cached is None or cached[0] is not function:   # registered anew since (a new mode, say)
            cached = self._extras[name] = (function, function(self))
        return cached[1]

    def grid(self, resolution):
        """``(inputs, layers)``: the grid's input columns (r, r, n_inputs) and each layer's (r, r, units)."""
        result = self._grids.get(resolution)
        if result is None:
            self.inputs.add_resolution(resolution)
            inputs = self.inputs.grid_inputs.get(resolution)
            if inputs is None:  # not 2-D data: what the caller asked cannot exist
                raise ValueError("The input-plane grid exists only for data with two inputs.")
            result = (inputs.reshape(resolution, resolution, -1), grid_activations(self.network, inputs, resolution))
            self._grids[resolution] = result
        return result

    def points(self):
        """``(outputs, losses)`` at each shown row (``ViewInputs.rows``), training rows first."""
        if self._points is None:
            with np.errstate(all="ignore"):
                outputs = self.network.forward(self.inputs.point_inputs)
                point_losses = losses.get(self.loss_name).per_sample(self.inputs.point_targets, outputs)
            self._points = (outputs, point_losses)
        return self._points
