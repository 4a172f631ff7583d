"""The output view, a part with parts: ``view`` (the widget: building, rebuilding on new data,
refreshing on a snapshot), ``displays`` (what it draws for this data: plane, curve, fit or
confusion, one class each, chosen per experiment), ``plane`` (heat map over the input plane, fitted curve of 1-D data),
``fit_and_confusion`` (predicted against actual, confusion matrix), ``captions`` (its texts and
hover tooltips), ``histogram`` (the loss histogram) and ``helpers`` (what they share).

Preview: ``python -m gui.output.view [built-in data set name]``.
"""

from ..derived import MAX_POINTS
from .helpers import CONFUSION, CURVE, FIT, LIVE_POINTS, PLANE, RESOLUTION, blind_guess_loss, dot_sizes, squares_path
from .histogram import LossHistogram
from .plane import OUTPUT_PICTURE, contour_segments, output_picture
from .view import OutputView

__all__ = ["CONFUSION", "CURVE", "FIT", "LIVE_POINTS", "LossHistogram", "MAX_POINTS", "OUTPUT_PICTURE", "OutputView",
           "PLANE", "RESOLUTION", "blind_guess_loss", "contour_segments", "dot_sizes", "output_picture",
           "squares_path"]
