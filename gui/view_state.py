"""What the views that must agree are showing: the neuron under the mouse, notes and highlights.

The canvas, the output view and the step-through each get the same
``ViewState`` and listen to it, instead of calling each other: the canvas
writes which neuron the mouse is over and the output view shows that neuron;
the step-through (and Check my calculation) write notes beside neurons and
values on edges, and the canvas draws them. No widgets here, only the state
and one signal per part of it (the way napari's views share ``Dims``).

Addresses: a neuron is ``(layer, unit)`` with layer 0 the network's inputs;
an edge is ``(k, i, j)``, the weight from unit ``i`` of layer ``k`` to unit
``j`` of layer ``k + 1``.
"""

from PySide6.QtCore import QObject, Signal


class ViewState(QObject):
    """The hovered neuron, the notes beside neurons and the highlighted edges."""

    hovered_changed = Signal(object)          # the (layer, unit) under the mouse, or None
    annotations_changed = Signal(object)      # {(layer, unit): text}, empty for none
    edge_highlight_changed = Signal(object)   # {(k, i, j): value} drawn instead of the weights, or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hovered = None
        self._annotations = {}
        self._edge_highlight = None

    @property
    def hovered(self):
        return self._hovered

    def set_hovered(self, address):
        """The neuron under the mouse, ``(layer, unit)``; None when the mouse leaves it."""
        address = None if address is None else (int(address[0]), int(address[1]))
        if address != self._hovered:
            self._hovered = address
            self.hovered_changed.emit(address)

    @property
    def annotations(self):
        return dict(self._annotations)

    def set_annotations(self, values):
        """Small texts beside neurons, ``{(layer, unit): "z=0.41\\na=0.39"}``; None clears them."""
        values = dict(values or {})
        if values != self._annotations:
            self._annotations = values
            self.annotations_changed.emit(dict(values))

    @property
    def edge_highlight(self):
        return None if self._edge_highlight is None else dict(self._edge_highlight)

    def set_edge_highlight(self, values):
        """Edges colored by ``{(k, i, j): value}`` (gradients, say) instead of the weights; None restores them."""
        values = None if values is None else dict(values)
        if values != self._edge_highlight:
            self._edge_highlight = values
            self.edge_highlight_changed.emit(None if values is None else dict(values))

    def clear_marks(self):
        """No notes and no highlighted edges: the canvas shows the network as it is."""
        self.set_annotations(None)
        self.set_edge_highlight(None)

    def fits(self, sizes):
        """Whether every address held names a neuron or weight of a network with layer ``sizes``."""
        def neuron(layer, unit):
            return 0 <= layer < len(sizes) and 0 <= unit < sizes[layer]
        addresses = list(self._annotations) + ([self._hovered] if self._hovered else [])
        edges = list(self._edge_highlight or {})
        return (all(neuron(*a) for a in addresses)
                and all(0 <= k < len(sizes) - 1 and neuron(k, i) and neuron(k + 1, j) for k, i, j in edges))
