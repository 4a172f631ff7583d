"""The network canvas, a part with parts: ``view`` (the widget: controls, structure, what it shows),
``items`` (graphics items), ``layout`` (placing them), ``painting`` (per-frame updates),
``tooltips`` (hover), ``keyboard`` (arrow keys and the value editor), ``style`` (sizes and colors).

Preview: ``python -m gui.network.view``.
"""

from .items import BiasItem, EdgeItem, EdgeLayer, EdgeLayers, MoreInputsItem, NodeItem
from .painting import PICTURES, layer_pictures
from .style import INPUT_WINDOW, MAX_INPUT_ROWS, THUMB_RESOLUTION, canvas_colors
from .tooltips import pretty_feature
from .view import NetworkView

__all__ = ["BiasItem", "EdgeItem", "EdgeLayer", "EdgeLayers", "INPUT_WINDOW", "MAX_INPUT_ROWS", "MoreInputsItem", "NetworkView",
           "NodeItem", "PICTURES", "THUMB_RESOLUTION", "canvas_colors", "layer_pictures", "pretty_feature"]
