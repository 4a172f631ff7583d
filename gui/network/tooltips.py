"""What the canvas says about what the mouse is over: tooltips for neurons, weights and biases.

``HoverAndTooltips`` is a mixin of ``NetworkView``.
"""

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPen

from engine.formatting import fixed, number

from .style import BORDER


def pretty_feature(name):
    """How a feature is written for people: x1^2 -> x1², x1*x2 -> x1·x2."""
    return str(name).replace("^2", "²").replace("*", "·")


def _format_gradient(value):
    return fixed(value, 4)


translate = QCoreApplication.translate


def _gradient_hint(gradient, what):
    """What ∂L/∂w says about the weight (``what`` "weight") or bias ("bias"), in whole sentences to translate."""
    flat = not np.isfinite(gradient) or abs(gradient) < 1e-9
    if what == "weight":
        if flat:
            return translate("NetworkView", "The loss barely changes with this weight right now.")
        if gradient < 0:
            return translate("NetworkView", "A larger weight would lower the loss, so training pushes it up.")
        return translate("NetworkView", "A smaller weight would lower the loss, so training pushes it down.")
    if flat:
        return translate("NetworkView", "The loss barely changes with this bias right now.")
    if gradient < 0:
        return translate("NetworkView", "A larger bias would lower the loss, so training pushes it up.")
    return translate("NetworkView", "A smaller bias would lower the loss, so training pushes it down.")


class HoverAndTooltips:
    """Tooltips and hover highlights of a ``NetworkView``."""

    def _describe_unit(self, layer, unit):
        n_layers = len(self.columns) - 1
        if layer == 0:
            return pretty_feature(self.session.prepared.input_names[unit])
        if layer == n_layers:
            if len(self.columns[-1]) == 1:
                return translate("NetworkView", "the output")
            return translate("NetworkView", "output {number} ({title})").format(
                number=unit + 1, title=self._output_titles()[unit])
        return translate("NetworkView", "neuron {number} of layer {layer}").format(number=unit + 1, layer=layer)

    def _gradient(self, kind, k, *index):
        """∂L/∂w or ∂L/∂b at the latest weights; NaN if the session cannot say (shown as nan, never raised)."""
        try:
            _, grad_w, grad_b = self.session.current_gradients()
            return float((grad_w if kind == "w" else grad_b)[k][index])
        except (ValueError, IndexError):
            return float("nan")

    def _edge_tooltip(self, edge):
        network = self.session.network
        w = float(network.weights[edge.k][edge.i, edge.j])
        g = self._gradient("w", edge.k, edge.i, edge.j)
        lines = [translate("NetworkView", "Weight from {source} to {target}: {weight}").format(
                     source=self._describe_unit(edge.k, edge.i), target=self._describe_unit(edge.k + 1, edge.j),
                     weight=fixed(w, 3)) + f"  ∂L/∂w = {_format_gradient(g)}",
                 _gradient_hint(g, "weight")]
        if self._edge_highlight is not None and (edge.k, edge.i, edge.j) in self._edge_highlight:
            lines.append(translate("NetworkView", "Highlighted value: {value}").format(
                value=number(self._edge_highlight[(edge.k, edge.i, edge.j)], 4)))
        lines.append(translate("NetworkView", "Click to type a new weight."))
        return "\n".join(lines)

    def _bias_tooltip(self, node):
        b = float(self.session.network.biases[node.layer - 1][node.unit])
        g = self._gradient("b", node.layer - 1, node.unit)
        return "\n".join([
            translate("NetworkView", "Bias of {unit}: {bias}").format(
                unit=self._describe_unit(node.layer, node.unit), bias=fixed(b, 3)) + f"  ∂L/∂b = {_format_gradient(g)}",
            _gradient_hint(g, "bias"), translate("NetworkView", "Click to type a new bias.")])

    def _node_tooltip(self, node):
        if node.layer == 0:
            name = pretty_feature(node.feature)
            if not node.enabled:
                return translate("NetworkView", "Input {name} is switched off. Click to feed it to the network."
                                 ).format(name=name)
            if self._mode == "map":
                return translate("NetworkView", "Input {name}. Its picture shows its value over the input plane. "
                                                "Click to switch it off.").format(name=name)
            if self._mode == "plain":
                return translate("NetworkView", "Input {name}. Its bars show how its values spread over the "
                                                "training rows. Click to switch it off.").format(name=name)
            return translate("NetworkView", "Input {name}. Click to switch it off.").format(name=name)
        activation = self.session.network.activations[node.layer - 1].shown_title()
        b = float(self.session.network.biases[node.layer - 1][node.unit])
        g = self._gradient("b", node.layer - 1, node.unit)
        title = self._describe_unit(node.layer, node.unit)
        title = title[0].upper() + title[1:]
        lines = [f"{title} ({activation})",
                 translate("NetworkView", "bias b = {bias}").format(bias=fixed(b, 3)) + f"  ∂L/∂b = {_format_gradient(g)}"]
        if self._mode == "map":
            lines.append(translate("NetworkView", "Its picture shows its output over the input plane: blue positive, "
                                                  "orange negative.")
                         if node.layer < len(self.columns) - 1
                         or not self.session.network.activations[-1].shares_probabilities
                         else translate("NetworkView", "Its picture shows where it predicts this class."))
        elif self._mode == "curve":
            lines.append(translate("NetworkView", "Its curve shows its output as the input goes from left to right."))
        else:
            lines.append(translate("NetworkView", "Its bars show how its outputs spread over the training rows."))
        return "\n".join(lines)

    def _edge_hovered(self, edge, inside):
        edge.hovered = inside
        if inside:
            self._hovered_edge = edge
            edge.setToolTip(self._edge_tooltip(edge))
        elif self._hovered_edge is edge:
            self._hovered_edge = None
        key = (edge.pen_key[0], edge.pen_key[1], inside) if edge.pen_key else None
        if key is not None:
            edge.set_pen_key(key)
            self.edge_layer.place(edge, key)

    def _node_hovered(self, node, inside):
        if inside:
            self._hovered_node = node
            node.setPen(QPen(self._colors["text"], 2.0, node.pen().style()))
            node.setToolTip(self._node_tooltip(node))
            if node.unit is not None:
                self.view_state.set_hovered((node.layer, node.unit))
        else:
            node.setPen(QPen(BORDER, 1.2, node.pen().style()))
            if self._hovered_node is node:
                self._hovered_node = None
                self.view_state.set_hovered(None)
