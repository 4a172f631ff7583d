"""What the output view draws for the data it has: one small class per kind of picture.

The view picks one display per experiment (``display_for``) and asks it
instead of comparing a mode's name:

- ``PlaneDisplay``: two inputs, the output as a heat map over the input plane;
- ``CurveDisplay``: one input, the points and the fitted curve (and, for
  regression, each miss as a square);
- ``FitDisplay``: more inputs, regression: predicted against actual values;
- ``ConfusionDisplay``: more inputs, classification: a confusion matrix.

Each display knows which items it shows, where the points sit, its axes,
how it redraws for a snapshot, and what its caption and notes say. The
drawing itself stays with the view's parts (``plane``, ``fit_and_confusion``).
"""

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QBrush, QColor

from engine.datasets import shown_class_name
from engine.formatting import count, number, percent

from .. import theme
from ..target_units import is_standardized
from .helpers import (CONFUSION, CURVE, CURVE_POINTS, DOT_GROWTH, DOT_MIN, FIT, FIT_DOT, PLANE, RESOLUTION, _brush,
                      _num, _pretty, _r2, _similar_spans)

translate = QCoreApplication.translate


class Display:
    """What every display answers; the defaults are a plot of dots that grow with their loss."""

    name = None
    plotting = True           # a plot (False: the confusion table)
    shows_neurons = False     # hovering a neuron on the canvas changes the picture
    sizes_dots = True         # dots grow with their own loss

    def __init__(self, view):
        self.view = view

    def shows(self):
        """The plot items this display draws: {item name: visible}."""
        return {"image": False, "boundary": False, "diagonal": False, "curve": False}

    def shows_squares(self):
        return False

    def point_positions(self):
        raise NotImplementedError

    def point_brushes(self):
        view = self.view
        if view.classes:
            palette = np.array([_brush(c) for c in (theme.CLASS_COLORS * 4)[:max(len(view.class_names), 1)]],
                               dtype=object)
            return palette[view._y.astype(int)]
        return [_brush(theme.BLUE)] * len(view._y)

    def dot_size(self):
        return DOT_MIN + DOT_GROWTH

    def set_axes(self):
        raise NotImplementedError

    def update(self):
        """Redraw for the latest snapshot (the points' outputs are on the view already)."""
        raise NotImplementedError

    def show_neuron(self):
        """Draw the view's ``neuron`` (or the output again, when it is None)."""

    def texts(self, loss, dots, rims):
        """The caption and the note under the plot."""
        raise NotImplementedError

    def description(self, which, actual, predicted):
        """What a screen reader hears the view shows."""
        if self.view.classes:
            share = float(np.mean(predicted == actual.astype(int))) if len(actual) else None
            return self._described_share(which, percent(share, 0))
        return self._described_fit(which, number(_r2(actual, predicted), 2))

    def _described_share(self, which, share):
        if which == "test":
            return translate("OutputView", "decision boundary: {share} of test points on the right side").format(
                share=share)
        return translate("OutputView", "decision boundary: {share} of training points on the right side").format(
            share=share)

    def _described_fit(self, which, r2):
        if which == "test":
            return translate("OutputView", "predicted against actual: R² {r2} on test points (1 is a perfect fit)"
                             ).format(r2=r2)
        return translate("OutputView", "predicted against actual: R² {r2} on training points (1 is a perfect fit)"
                         ).format(r2=r2)

    def neuron_caption(self):
        view = self.view
        layer, unit = view.neuron
        network = view.session.network
        if layer == 0:
            name = _pretty(view.session.prepared.input_names[unit])
            return translate("OutputView", "Input {name} (standardised), as the network sees it").format(name=name)
        activation = network.activation_names[layer - 1]
        if layer == len(network.weights):
            return translate("OutputView", "Output neuron {unit} ({activation})").format(
                unit=unit + 1, activation=activation)
        return translate("OutputView", "Neuron {unit} of hidden layer {layer} ({activation})").format(
            unit=unit + 1, layer=layer, activation=activation)


class PlaneDisplay(Display):
    name = PLANE
    shows_neurons = True

    def shows(self):
        return dict(super().shows(), image=True, boundary=self.view.classes)

    def point_positions(self):
        return self.view._X[:, 0], self.view._X[:, 1]

    def point_brushes(self):
        view = self.view
        if view.classes:
            return super().point_brushes()
        rgb = theme.diverging_rgb(view._y.astype(float) - view._centre, view._limit)
        return [QBrush(QColor(*map(int, c))) for c in rgb]

    def set_axes(self):
        view = self.view
        session = view.session
        names = [_pretty(n) for n in session.dataset.feature_names]
        item = view.plot_item
        x0, x1, y0, y1 = session.input_extent()
        item.setLabel("bottom", names[0])
        item.setLabel("left", names[1])
        square = _similar_spans(x1 - x0, y1 - y0)
        view.view_box.setAspectLocked(square, ratio=1.0)
        view.plot_frame.set_square(square)
        view.view_box.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        view._grid_x = np.linspace(x0, x1, RESOLUTION)
        view._grid_y = np.linspace(y0, y1, RESOLUTION)
        # Grid values sit at pixel centres: the image spans half a pixel more on every side.
        dx, dy = (x1 - x0) / (RESOLUTION - 1), (y1 - y0) / (RESOLUTION - 1)
        view._image_rect = QRectF(x0 - dx / 2, y0 - dy / 2, x1 - x0 + dx, y1 - y0 + dy)
        view._register_picture()

    def update(self):
        self.view._update_plane()

    def show_neuron(self):
        self.view._update_plane()

    def texts(self, loss, dots, rims):
        view = self.view
        if view.neuron is not None:
            return self.neuron_caption(), translate(
                "OutputView", "Blue: the neuron's value is positive, orange: negative, pale: near 0. {dots}.").format(
                dots=dots)
        if view.classes and view.session.prepared.n_outputs == 1:
            names = [shown_class_name(n) for n in view.class_names]
            return (translate("OutputView", "Network output: P({name}) over the input plane, line at P = 0.5").format(
                        name=names[1]),
                    translate("OutputView", "Orange: it says “{one}”, blue: “{other}”. {dots}. {rims}.").format(
                        one=names[1], other=names[0], dots=dots, rims=rims))
        if view.classes:
            return (translate("OutputView", "Network output: the most likely class (paler where unsure)"),
                    translate("OutputView", "Lines: where the most likely class changes. {dots}. {rims}.").format(
                        dots=dots, rims=rims))
        if view._centre == 0:
            colors = translate("OutputView", "Blue: positive, orange: negative")
        else:
            colors = translate("OutputView", "Blue: above {mean} (the mean target), orange: below").format(
                mean=_num(view._centre, 2))
        return (translate("OutputView", "Network output: the predicted value over the input plane"),
                translate("OutputView", "{colors} (dots: their targets). {dots}. {rims}.").format(
                    colors=colors, dots=dots, rims=rims))

    def _described_fit(self, which, r2):
        if which == "test":
            return translate("OutputView", "predicted value: R² {r2} on test points (1 is a perfect fit)").format(r2=r2)
        return translate("OutputView", "predicted value: R² {r2} on training points (1 is a perfect fit)").format(r2=r2)


class CurveDisplay(Display):
    name = CURVE
    shows_neurons = True

    def shows(self):
        return dict(super().shows(), curve=True)

    def shows_squares(self):
        return not self.view.classes

    def point_positions(self):
        return self.view._X[:, 0], self.view._y.astype(float)

    def set_axes(self):
        view = self.view
        session = view.session
        names = [_pretty(n) for n in session.dataset.feature_names]
        target = session.dataset.target_name or "y"
        item = view.plot_item
        x0, x1, _, _ = session.input_extent()
        item.setLabel("bottom", names[0])
        item.setLabel("left", "P(" + shown_class_name(view.class_names[1]) + ")" if view.classes else target)
        view._curve_x = np.linspace(x0, x1, CURVE_POINTS)
        view._curve_inputs = session.prepared.transform(view._curve_x[:, None])
        y = view._y.astype(float)
        low, high = (-0.1, 1.1) if view.classes else (float(y.min()), float(y.max()))
        pad = 0.08 * max(high - low, 1e-9)
        low, high = low - pad, high + pad
        # Squares are square only with equal units on both axes.
        view.view_box.setAspectLocked(not view.classes and _similar_spans(x1 - x0, high - low), ratio=1.0)
        view.plot_frame.set_square(False)
        view.view_box.setRange(xRange=(x0, x1), yRange=(low, high), padding=0)

    def update(self):
        self.view._update_curve()

    def show_neuron(self):
        self.view._update_curve()

    def texts(self, loss, dots, rims):
        view = self.view
        if view.classes:
            caption = translate("OutputView", "Network output: P({name}) along {feature}").format(
                name=shown_class_name(view.class_names[1]), feature=_pretty(view.session.dataset.feature_names[0]))
            note = translate("OutputView", "{dots}. {rims}.").format(dots=dots, rims=rims)
        else:
            n, sse = len(view.square_areas), float(view.square_areas.sum())
            caption = translate("OutputView", "Network output: the fitted curve; red squares: the squared errors")
            note = translate("OutputView", "Side = the miss, area = the miss squared: a miss of 2 costs 4. "
                                           "The {n} squares add up to {sum}").format(n=count(n), sum=_num(sse))
            prepared = view.session.prepared
            if loss.is_squared_error and prepared.target_scale == 1.0 and prepared.target_mean == 0.0 and n:
                note += translate("OutputView", " = {n} × the training {loss} {mean}").format(
                    n=count(n), loss=loss.shown_label(), mean=_num(sse / n))
            elif loss.is_squared_error and is_standardized(prepared) and n:
                note += translate("OutputView", " = {n} × the training {loss} in {target} units, {mean} {units} "
                                                "(the network works on standardized targets)").format(
                    n=count(n), loss=loss.shown_label(), target=prepared.target_name,
                    mean=_num(sse / n), units=prepared.target_units(loss))
            note += translate("OutputView", ". {dots}.").format(dots=dots)
        if view.neuron is not None:
            caption = translate("OutputView", "{neuron} (dashed), over the network output").format(
                neuron=self.neuron_caption())
        return caption, note

    def _described_fit(self, which, r2):
        if which == "test":
            return translate("OutputView", "fitted curve: R² {r2} on test points (1 is a perfect fit)").format(r2=r2)
        return translate("OutputView", "fitted curve: R² {r2} on training points (1 is a perfect fit)").format(r2=r2)


class FitDisplay(Display):
    name = FIT
    sizes_dots = False

    def shows(self):
        return dict(super().shows(), diagonal=True)

    def point_positions(self):
        y = self.view._y.astype(float)
        return y, y   # moved on every snapshot

    def dot_size(self):
        return FIT_DOT

    def set_axes(self):
        view = self.view
        target = view.session.dataset.target_name or "y"
        item = view.plot_item
        item.setLabel("bottom", translate("OutputView", "actual {target}").format(target=target))
        item.setLabel("left", translate("OutputView", "predicted {target}").format(target=target))
        y = view._y.astype(float)
        low, high = float(y.min()), float(y.max())
        pad = 0.08 * max(high - low, 1e-9)
        low, high = low - pad, high + pad
        view._fit_range = (low, high)
        view.diagonal.setData([low, high], [low, high])
        view.view_box.setAspectLocked(True, ratio=1.0)
        view.plot_frame.set_square(True)
        view.view_box.setRange(xRange=(low, high), yRange=(low, high), padding=0)

    def update(self):
        self.view._update_fit()

    def texts(self, loss, dots, rims):
        view = self.view
        n = view._n_train
        return (translate("OutputView", "Predicted against actual: on the dashed line the network is exactly right"),
                translate("OutputView", "R² on test points = {test}, on training points = {train} (1 is a perfect "
                                        "fit, 0 no better than guessing the mean). Filled: training point, hollow: "
                                        "test point.").format(
                    test=_num(_r2(view._y[n:], view._predictions[n:]), 2),
                    train=_num(_r2(view._y[:n], view._predictions[:n]), 2)))


class ConfusionDisplay(Display):
    name = CONFUSION
    plotting = False
    sizes_dots = False

    def point_positions(self):
        y = self.view._y.astype(float)
        return y, y

    def set_axes(self):
        pass

    def update(self):
        self.view._update_table()

    def texts(self, loss, dots, rims):
        view = self.view
        right = int(np.trace(view.confusion))
        total = int(view.confusion.sum())
        share = percent(right / total, 1) if total else "–"
        if view.split_test.isChecked():
            return (translate("OutputView", "Confusion matrix of the test points"),
                    translate("OutputView", "The network gets {right} of {total} test points right ({share}).").format(
                        right=count(right), total=count(total), share=share))
        return (translate("OutputView", "Confusion matrix of the training points"),
                translate("OutputView", "The network gets {right} of {total} training points right ({share}).").format(
                    right=count(right), total=count(total), share=share))

    def _described_share(self, which, share):
        if which == "test":
            return translate("OutputView", "confusion matrix: {share} of test points in the right class").format(
                share=share)
        return translate("OutputView", "confusion matrix: {share} of training points in the right class").format(
            share=share)


def display_for(view, n_inputs, classes, n_outputs):
    """The display for data with ``n_inputs`` raw inputs."""
    if n_inputs == 2:
        return PlaneDisplay(view)
    if n_inputs == 1 and (not classes or n_outputs == 1):
        return CurveDisplay(view)
    return ConfusionDisplay(view) if classes else FitDisplay(view)
