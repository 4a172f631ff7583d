"""Per-frame painting: edge pens, bias markers, neuron heat maps, curves and histograms.

Items are made when the structure changes (``view.py``); a new snapshot only
changes pens, pixmaps and curves, here. ``LivePainting`` is a mixin of ``NetworkView``.
"""

import time

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainterPath, QPen, QPixmap, QPolygonF

from engine import data as engine_data

from .. import theme
from .style import HISTOGRAM_BINS, NODE, THUMB_RESOLUTION


def _rgb_image(rgb):
    """(h, w, 3) uint8 -> QPixmap (the pixmap holds its own copy)."""
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    return QPixmap.fromImage(QImage(rgb.data, w, h, 3 * w, QImage.Format_RGB888))


# theme.diverging_rgb sampled once: indexing a table is several times faster per frame.
_DIVERGING_TABLE = theme.diverging_rgb(np.linspace(-1.0, 1.0, 256))


def _diverging(values, limit):
    """theme.diverging_rgb to within one step in 256, for the per-frame pictures."""
    t = np.nan_to_num(values, nan=0.0, posinf=limit, neginf=-limit) * (127.5 / limit) + 127.5
    return _DIVERGING_TABLE[np.clip(t, 0, 255).astype(np.uint8)]


PICTURES = "network view: neuron pictures"


def layer_pictures(values, activation, is_output, classes, output_limit, class_colors):
    """(r, r, units) activations of one layer -> (units, r, r, 3) uint8 pictures.

    ``activation`` is the layer's Activation: a bounded one maps its range
    onto the color scale, the middle pale. Pure numpy (the worker computes
    them with each snapshot); ``output_limit``
    is the largest |target| for a regression output (None: from the values),
    ``class_colors`` an (n, 3) array of RGB.
    """
    classes = is_output and classes
    if classes and values.shape[-1] > 1:
        # One output per class: fade from white to the class's color as its probability grows.
        p = np.clip(np.nan_to_num(values), 0, 1)[..., None]
        rgb = 255.0 + (class_colors[:values.shape[-1]] - 255.0) * p
        return np.moveaxis(rgb.astype(np.uint8), 2, 0)
    if classes:
        # One output for two classes aims at 1 for class 1 (orange), 0 for class 0 (blue).
        values, limit = 1.0 - 2.0 * values, 1.0
    elif activation.output_range is not None:
        low, high = activation.output_range
        values, limit = (2.0 * values - low - high) / (high - low), 1.0
    elif is_output and output_limit is not None:
        limit = output_limit
    else:
        limit = theme.robust_limit(values)
    return np.moveaxis(_diverging(values, limit), 2, 0)


class LivePainting:
    """What a new snapshot repaints on a ``NetworkView``."""

    def _update(self):
        self._last_update = time.perf_counter()
        if not self.edges and not self.nodes:
            return
        network = self.session.network
        if tuple(network.sizes) != self._structure[2]:
            return
        self._update_edges(network)
        self._update_biases(network)
        if self._mode == "map":
            self._update_maps(network)
        elif self._mode == "curve":
            self._update_curves(network)
        else:
            self._update_histograms(network)
        if self._hovered_edge is not None:
            self._hovered_edge.setToolTip(self._edge_tooltip(self._hovered_edge))
        if self._hovered_node is not None:
            self._hovered_node.setToolTip(self._node_tooltip(self._hovered_node))

    def _pen(self, positive, level, hovered):
        """Pens are shared: one per sign, quantised strength and hover state."""
        key = (positive, level, hovered)
        pen = self._pens.get(key)
        if pen is None:
            t = level / 32
            color = QColor(theme.BLUE if positive else theme.ORANGE)
            if hovered:
                color = color.darker(125)
                width = 1.5 + 4.5 * t + 2.0
            else:
                # Faded towards the white background rather than drawn translucent:
                # blending hundreds of antialiased curves costs twice the paint time.
                fade = 0.22 + 0.78 * t
                color = QColor.fromRgbF(*(1.0 - fade * (1.0 - c) for c in color.getRgbF()[:3]))
                width = 0.6 + 4.4 * t
            pen = QPen(color, width)
            pen.setCapStyle(Qt.RoundCap)
            self._pens[key] = pen
        return pen

    def _edge_values(self, network):
        if self._edge_highlight is not None:
            values = np.array([self._edge_highlight.get((e.k, e.i, e.j), 0.0) for e in self.edges], dtype=float)
            reference = float(np.max(np.abs(values))) if values.size else 0.0
            return values, reference if reference > 0 else 1.0
        values = np.concatenate([W.ravel() for W in network.weights]) if network.weights else np.zeros(0)
        finite = np.abs(values[np.isfinite(values)])
        # Up to 1 the scale is absolute (small weights look thin); beyond, relative to the largest.
        return values, max(1.0, float(finite.max()) if finite.size else 1.0)

    def _update_edges(self, network):
        values, reference = self._edge_values(network)
        levels = np.rint(np.clip(np.nan_to_num(np.abs(values)) / reference, 0, 1) * 32).astype(int)
        signs = values >= 0
        layer = self.edge_layer
        layer.throttled = self.session.is_running
        # Only the edges whose pen changed are visited (at 8 layers of 16, a
        # few dozen of 1,840 a frame): the keys last given are kept as arrays.
        drawn = getattr(self, "_edge_keys_drawn", None)
        if drawn is not None and drawn[0] is self.edges and len(drawn[1]) == len(levels):
            changed = np.flatnonzero((drawn[1] != levels) | (drawn[2] != signs)).tolist()
        else:
            changed = range(len(self.edges))
        level_list, sign_list = levels.tolist(), signs.tolist()
        for index in changed:
            edge = self.edges[index]
            key = (sign_list[index], level_list[index], edge.hovered)
            if key != edge.pen_key:
                edge.set_pen_key(key)
                layer.place(edge, key)
        self._edge_keys_drawn = (self.edges, levels, signs)
        layer.refresh()   # a change held back by the throttle shows with a later frame

    def _update_biases(self, network):
        for column in self.columns[1:]:
            if not column:
                continue
            # Each unit's key at once; Python only for the markers whose key changed.
            biases = network.biases[column[0].layer - 1]
            units = [node.unit for node in column]
            b = np.asarray(biases, dtype=float)[units]
            t = np.where(np.isfinite(b), np.minimum(np.abs(b), 1.0), 1.0)
            keys = list(zip((b >= 0).tolist(), np.rint(t * 8).astype(int).tolist()))
            for node, key in zip(column, keys):
                if key != node.bias.pen_key:
                    node.bias.pen_key = key
                    color = QColor(theme.BLUE if key[0] else theme.ORANGE)
                    color.setAlphaF(0.35 + 0.65 * key[1] / 8)
                    node.bias.setBrush(QBrush(color))
                    node.bias.setPen(QPen(color.darker(115), 0.8))

    def _draw_input_maps(self, inputs):
        """Inputs never change while training: their pictures are drawn once per data set."""
        session = self.session
        grid = self._raw_grid(THUMB_RESOLUTION)
        features = [node.feature for node in inputs]
        try:
            prepared = engine_data.prepare(session.dataset, features=features, test_fraction=session.setup.test_fraction,
                                           seed=session.setup.seed,
                                           validation_fraction=session.setup.validation_fraction)
            values = prepared.transform(grid).reshape(THUMB_RESOLUTION, THUMB_RESOLUTION, -1)
        except Exception:  # an odd CSV: fall back on the network's own inputs only
            values = None
        for f, node in enumerate(inputs):
            if values is not None:
                plane = values[:, :, f]
            elif node.unit is not None:
                plane = session.grid_outputs(THUMB_RESOLUTION)[0][:, :, node.unit]
            else:
                continue
            limit = float(np.max(np.abs(plane))) or 1.0
            node.thumbnail.setPixmap(_rgb_image(theme.diverging_rgb(plane, limit)))

    def _raw_grid(self, resolution):
        x0, x1, y0, y1 = self.session.input_extent()
        gx, gy = np.meshgrid(np.linspace(x0, x1, resolution), np.linspace(y1, y0, resolution))
        return np.column_stack([gx.ravel(), gy.ravel()])

    def _update_maps(self, network):
        inputs = self.session.view_inputs()
        if PICTURES not in inputs.extras:
            self._register_pictures()
        # Colored with the snapshot, off the GUI thread (gui.derived); only the pixmaps are made here,
        # all from one: a pixmap per neuron made from its own image costs 3x as much at 8 layers of 16.
        layers = list(zip(self.columns[1:], self.session.derived().extra(PICTURES)))
        if not layers:
            return
        strip = np.concatenate([images[:len(column)] for column, images in layers])
        n, side = strip.shape[:2]
        pixmap = _rgb_image(strip.reshape(n * side, strip.shape[2], 3))
        k = 0
        for column, images in layers:
            for node in column[:len(images)]:
                node.thumbnail.setPixmap(pixmap.copy(0, k * side, strip.shape[2], side))
                k += 1

    def _register_pictures(self):
        """Tell the worker how to color every neuron's picture, with every snapshot."""
        session = self.session
        layer_activations = list(session.network.activations)
        classes = session.task == "classification"
        targets = np.abs(session.prepared.Y_train)
        output_limit = float(targets.max()) if targets.size and targets.max() > 0 else None
        class_colors = np.array([QColor(c).getRgb()[:3] for c in theme.CLASS_COLORS * 2], dtype=float)

        def pictures(derived):
            layers = derived.grid(THUMB_RESOLUTION)[1]
            return [layer_pictures(values, layer_activations[k], k == len(layers) - 1, classes, output_limit,
                                   class_colors)
                    for k, values in enumerate(layers)]
        session.view_inputs().extras[PICTURES] = pictures

    def _update_curves(self, network):
        session = self.session
        raw = self._curve_x.reshape(-1, 1)
        try:
            inputs = session.prepared.transform(raw)
            with np.errstate(over="ignore", invalid="ignore"):
                layers = [a for _, a in network.forward_layers(inputs)]
        except ValueError:
            return
        xs = np.linspace(3, NODE - 3, len(raw))
        self._set_curves(self.columns[0], inputs, None, xs)
        for k, values in enumerate(layers):
            self._set_curves(self.columns[k + 1], values, network.activations[k].output_range, xs)

    def _set_curves(self, column, values, fixed, xs):
        values = np.nan_to_num(values)
        if fixed is None:
            low, high = float(values.min()), float(values.max())
            if high - low < 1e-9:
                low, high = low - 1, high + 1
        else:
            low, high = fixed
        ys = NODE - 4 - (values - low) / (high - low) * (NODE - 8)
        for node in column:
            if node.unit is None:
                continue
            polygon = QPolygonF([QPointF(x, y) for x, y in zip(xs, ys[:, node.unit].tolist())])
            path = QPainterPath()
            path.addPolygon(polygon)
            node.curve.setPath(path)

    def _update_histograms(self, network):
        """With more than two inputs: how each unit's values spread over the training rows."""
        X = self.session.prepared.X_train
        if len(X) == 0:
            return
        with np.errstate(over="ignore", invalid="ignore"):
            layers = [X] + [a for _, a in network.forward_layers(X)]
        ranges = [None] + [activation.output_range for activation in network.activations]
        for column, values, bounds in zip(self.columns, layers, ranges):
            values = np.nan_to_num(values)
            low, high = bounds or (float(values.min()), float(values.max()))
            if high - low < 1e-9:
                low, high = low - 1, high + 1
            xs = np.linspace(3, NODE - 3, HISTOGRAM_BINS + 1)
            # Every unit's counts at once (one np.histogram per unit was most of a frame
            # with 30 inputs): equal bins over [low, high], the last one closed.
            bins = np.clip(((values - low) * (HISTOGRAM_BINS / (high - low))).astype(int), 0, HISTOGRAM_BINS - 1)
            units = values.shape[1]
            all_counts = np.bincount((bins + HISTOGRAM_BINS * np.arange(units)).ravel(),
                                     minlength=units * HISTOGRAM_BINS).reshape(units, HISTOGRAM_BINS)
            for node in column:
                if node.unit is None:
                    continue
                counts = all_counts[node.unit]
                heights = (NODE - 6) * counts / max(counts.max(), 1)
                points = [QPointF(xs[0], NODE - 3)]
                for b, h in enumerate(heights.tolist()):
                    points += [QPointF(xs[b], NODE - 3 - h), QPointF(xs[b + 1], NODE - 3 - h)]
                points.append(QPointF(xs[-1], NODE - 3))
                path = QPainterPath()
                path.addPolygon(QPolygonF(points))
                path.closeSubpath()
                node.curve.setPath(path)
