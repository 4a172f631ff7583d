"""The heat map over the input plane (2-D data) and the fitted curve (1-D data), for the output or one neuron.

``PlaneAndCurve`` is a mixin of ``OutputView``.
"""

import numpy as np

from engine import losses

from .. import theme
from .helpers import RESOLUTION, _soften, squares_path


def contour_segments(values, xs, ys, level):
    """Line segments where ``values`` crosses ``level`` (vectorized marching squares).

    ``values[j, i]`` is the value at ``(xs[i], ys[j])``. Returns ``(x, y)``
    arrays in which each pair of consecutive points is one segment, for a
    curve drawn with ``connect="pairs"``.
    """
    v = np.nan_to_num(np.asarray(values, dtype=float) - level)
    above = v >= 0
    a, b, c, d = v[:-1, :-1], v[:-1, 1:], v[1:, 1:], v[1:, :-1]   # corners: (x0,y0) (x1,y0) (x1,y1) (x0,y1)
    sa, sb, sc, sd = above[:-1, :-1], above[:-1, 1:], above[1:, 1:], above[1:, :-1]
    edges = [sa != sb, sb != sc, sd != sc, sa != sd]                       # bottom, right, top, left
    # If neither of the first three edges is crossed, all four corners agree.
    cells = np.nonzero(edges[0] | edges[1] | edges[2])
    if len(cells[0]) == 0:
        return np.empty(0), np.empty(0)
    crosses = np.stack([edge[cells] for edge in edges], axis=1)
    j, i = cells
    x0, x1, y0, y1 = xs[i], xs[i + 1], ys[j], ys[j + 1]
    a, b, c, d = a[cells], b[cells], c[cells], d[cells]
    with np.errstate(divide="ignore", invalid="ignore"):
        points = np.stack([
            np.stack([x0 + a / (a - b) * (x1 - x0), y0], axis=-1),
            np.stack([x1, y0 + b / (b - c) * (y1 - y0)], axis=-1),
            np.stack([x0 + d / (d - c) * (x1 - x0), y1], axis=-1),
            np.stack([x0, y0 + a / (a - d) * (y1 - y0)], axis=-1),
        ], axis=1)                                                       # (cells, 4 edges, 2)
    n_cross = crosses.sum(axis=1)
    rows = np.arange(len(n_cross))
    two = n_cross == 2
    first = np.argmax(crosses, axis=1)
    last = 3 - np.argmax(crosses[:, ::-1], axis=1)
    segments = [np.stack([points[rows[two], first[two]], points[rows[two], last[two]]], axis=1)]
    saddle = rows[n_cross == 4]
    if len(saddle):
        # The centre decides which opposite corners are joined.
        centre_like_a = ((a + b + c + d)[saddle] >= 0) == (a[saddle] >= 0)
        pairs = np.where(centre_like_a[:, None], [[0, 1, 2, 3]], [[0, 3, 1, 2]])
        for k in (0, 2):
            segments.append(np.stack([points[saddle, pairs[:, k]], points[saddle, pairs[:, k + 1]]], axis=1))
    segments = np.concatenate(segments).reshape(-1, 2)
    return segments[:, 0], segments[:, 1]


OUTPUT_PICTURE = "output view: heat map"


def output_picture(out, classes, grid_x, grid_y, centre, limit, target_scale, target_mean):
    """The heat map of the network's output ``out`` (r, r, n_outputs) over the plane, and the boundary.

    Returns ``(rgb, boundary)``: the image rows as drawn (row 0 at the bottom),
    and the decision boundary's ``(x, y)`` segments, or None for regression.
    Pure numpy: the worker computes it with each snapshot.
    """
    boundary = None
    if classes and out.shape[-1] == 1:
        p = out[..., 0]
        rgb = theme.diverging_rgb(1.0 - 2.0 * p)
        boundary = contour_segments(p, grid_x, grid_y, 0.5)
    elif classes:
        p = np.nan_to_num(out)
        rgb = theme.class_rgb(p)
        # Where the most likely class changes: for each class, where it ties with the best other.
        xs, ys = [], []
        for c in range(p.shape[-1]):
            others = np.delete(p, c, axis=-1).max(axis=-1)
            x, y = contour_segments(p[..., c] - others, grid_x, grid_y, 0.0)
            xs.append(x)
            ys.append(y)
        boundary = (np.concatenate(xs), np.concatenate(ys))
    else:
        rgb = theme.diverging_rgb(out[..., 0] * target_scale + target_mean - centre, limit)
    # Row 0 of the grid is the top (largest x2); the image's row 0 is drawn at the bottom.
    return _soften(rgb)[::-1], boundary


class PlaneAndCurve:
    """The heat map, decision boundary, fitted curve and squares of an ``OutputView``."""

    def _grid_layers(self):
        serial = self.session.snapshot_serial
        if self._grid[0] != serial:
            self._grid = (serial, self.session.grid_outputs(RESOLUTION))
        return self._grid[1]

    def _update_plane(self):
        if self.neuron is not None:
            inputs, layers = self._grid_layers()
            layer, unit = self.neuron
            values = inputs[..., unit] if layer == 0 else layers[layer - 1][..., unit]
            rgb = _soften(self._neuron_rgb(layer, values))[::-1]
            self.boundary.hide()
        else:
            # Colored (and the boundary found) with the snapshot, off the GUI thread (gui.derived).
            if OUTPUT_PICTURE not in self.session.view_inputs().extras:
                self._register_picture()
            rgb, boundary = self.session.derived().extra(OUTPUT_PICTURE)
            if rgb is self._shown_picture:
                return   # reused while training (gui.derived.REUSE_SECONDS): already on screen
            if boundary is not None:
                self.boundary.setData(*boundary)
            self.boundary.setVisible(self.classes)
        self._shown_picture = rgb
        self.image.setImage(rgb, autoLevels=False, levels=(0, 255), rect=self._image_rect)

    def _register_picture(self):
        """Tell the worker how to color the output over the plane, with every snapshot."""
        classes = self.classes
        prepared = self.session.prepared
        grid_x, grid_y = self._grid_x, self._grid_y[::-1]
        centre, limit = (getattr(self, "_centre", 0.0), getattr(self, "_limit", 1.0))
        scale, mean = prepared.target_scale, prepared.target_mean

        def picture(derived):
            return output_picture(derived.grid(RESOLUTION)[1][-1], classes, grid_x, grid_y, centre, limit, scale, mean)
        self.session.view_inputs().extras[OUTPUT_PICTURE] = picture

    def _neuron_rgb(self, layer, values):
        network = self.session.network
        if layer == 0:
            limit = theme.robust_limit(values)
        else:
            bounds = network.activations[layer - 1].output_range
            if bounds is not None:
                low, high = bounds   # onto -1..1, the middle of the range pale
                values, limit = (2.0 * values - low - high) / (high - low), 1.0
            else:
                limit = theme.robust_limit(values)
        return theme.diverging_rgb(values, limit)

    def _update_curve(self):
        session = self.session
        with np.errstate(all="ignore"):
            layers = [a for _, a in session.network.forward_layers(self._curve_inputs)]
        out = layers[-1]
        fitted = out[:, 0] if self.classes else session.prepared.decode(out)
        self.curve.setData(self._curve_x, fitted)
        if self.neuron is not None:
            layer, unit = self.neuron
            values = self._curve_inputs[:, unit] if layer == 0 else layers[layer - 1][:, unit]
            self.neuron_curve.setData(self._curve_x, values)
            self.neuron_curve.show()
        else:
            self.neuron_curve.hide()
        if self.classes:
            return
        n = self._n_train
        x, y = self._X[:n, 0], self._y[:n].astype(float)
        y_fit = self._predictions[:n]
        # Each square goes to the side where the curve leaves it, so the curve does not cut through it.
        slope = np.interp(x, self._curve_x, np.gradient(fitted, self._curve_x))
        direction = np.where((y - y_fit) * slope > 0, -1.0, 1.0)
        path, self.square_areas = squares_path(x, y, y_fit, direction)
        self.squares.setPath(path)


    # ---------------------------------------------------------------- neurons

    def show_neuron(self, target):
        """Show one neuron's activation instead of the output; ``None`` shows the output again.

        ``target`` is ``(layer, unit)``: layer 0 is the network's inputs,
        1, 2, ... its layers (the last is the output).
        """
        if target is not None:
            try:
                layer, unit = int(target[0]), int(target[1])
            except (TypeError, ValueError, IndexError):
                layer = unit = -1
            sizes = self.session.network.sizes
            target = (layer, unit) if 0 <= layer < len(sizes) and 0 <= unit < sizes[layer] else None
        if target == self.neuron or not self.display.shows_neurons:
            return
        self.neuron = target
        self.display.show_neuron()
        self._update_texts(losses.get(self.session.loss_name))
