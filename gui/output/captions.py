"""What the output view says: its caption, the line under it, the screen reader's description, hover tooltips.

``Captions`` is a mixin of ``OutputView``.
"""

import numpy as np

from engine import losses
from engine.formatting import number, percent

from ..target_units import is_standardized
from .helpers import CONFUSION, CURVE, FIT, HOVER_POINTS, PLANE, _coordinate, _num, _pretty, _r2


class Captions:
    """The texts of an ``OutputView``: captions, description and the tooltip of the points under the mouse."""

    def _update_texts(self, loss):
        loss_name = loss.label
        sampled = self._n_train < self._totals[0] or len(self._rows) - self._n_train < self._totals[1]
        sample_note = f" Showing a sample of {len(self._rows):,} of {sum(self._totals):,} points." if sampled else ""
        dots = "Bigger dot = bigger loss"
        guess = self._reference.get(loss.name)
        if guess is not None:
            dots += f" (medium: {_num(guess)}, the {loss_name} of a blind guess)"
        rims = "Dark rim: test point"
        if self.mode == PLANE:
            if self.neuron is not None:
                caption = self._neuron_caption()
                note = f"Blue: the neuron's value is positive, orange: negative, pale: near 0. {dots}."
            elif self.classes and self.session.prepared.n_outputs == 1:
                names = self.class_names
                caption = f"Network output: P({names[1]}) over the input plane, line at P = 0.5"
                note = f"Orange: it says “{names[1]}”, blue: “{names[0]}”. {dots}. {rims}."
            elif self.classes:
                caption = "Network output: the most likely class (paler where unsure)"
                note = f"Lines: where the most likely class changes. {dots}. {rims}."
            else:
                caption = "Network output: the predicted value over the input plane"
                if self._centre == 0:
                    colors = "Blue: positive, orange: negative"
                else:
                    colors = f"Blue: above {_num(self._centre, 2)} (the mean target), orange: below"
                note = f"{colors} (dots: their targets). {dots}. {rims}."
        elif self.mode == CURVE:
            if self.classes:
                caption = f"Network output: P({self.class_names[1]}) along {_pretty(self.session.dataset.feature_names[0])}"
                note = f"{dots}. {rims}."
            else:
                n, sse = len(self.square_areas), float(self.square_areas.sum())
                caption = "Network output: the fitted curve; red squares: the squared errors"
                note = f"Side = the miss, area = the miss squared: a miss of 2 costs 4. The {n:,} squares add up to {_num(sse)}"
                prepared = self.session.prepared
                if loss.is_squared_error and prepared.target_scale == 1.0 and prepared.target_mean == 0.0 and n:
                    note += f" = {n:,} × the training {loss.label} {_num(sse / n)}"
                elif loss.is_squared_error and is_standardized(prepared) and n:
                    note += (f" = {n:,} × the training {loss.label} in {prepared.target_name} units, {_num(sse / n)} "
                             f"{prepared.target_units(loss)} (the network works on standardized targets)")
                note += f". {dots}."
            if self.neuron is not None:
                caption = self._neuron_caption() + " (dashed), over the network output"
        elif self.mode == FIT:
            n = self._n_train
            caption = "Predicted against actual: on the dashed line the network is exactly right"
            note = (f"R² on test points = {_num(_r2(self._y[n:], self._predictions[n:]), 2)}, on training points = "
                    f"{_num(_r2(self._y[:n], self._predictions[:n]), 2)} (1 is a perfect fit, 0 no better than "
                    f"guessing the mean). Filled: training point, hollow: test point.")
        else:
            which = "test" if self.split_test.isChecked() else "training"
            right = int(np.trace(self.confusion))
            total = int(self.confusion.sum())
            caption = f"Confusion matrix of the {which} points"
            share = f"{100 * right / total:.1f}%" if total else "–"
            note = f"The network gets {right:,} of {total:,} {which} points right ({share})."
        self.caption.setText(caption)
        self.note.setText(note + sample_note)

    def _describe_soon(self):
        # The first snapshot in a while starts the timer, later ones ride on it,
        # so the description follows within DESCRIPTION_INTERVAL_MS of the last.
        if not self._description_timer.isActive():
            self._description_timer.start()

    def _update_description(self):
        """What the view shows, for screen readers: "decision boundary: 96% of test points on the right side"."""
        n = self._n_train
        which, rows = ("test", slice(n, None)) if len(self._y) > n else ("training", slice(0, n))
        actual, predicted = self._y[rows], self._predictions[rows]
        if self.classes:
            share = float(np.mean(predicted == actual.astype(int))) if len(actual) else None
            where = "in the right class" if self.mode == CONFUSION else "on the right side"
            what = "confusion matrix" if self.mode == CONFUSION else "decision boundary"
            text = f"{what}: {percent(share, 0)} of {which} points {where}"
        else:
            what = {PLANE: "predicted value", CURVE: "fitted curve"}.get(self.mode, "predicted against actual")
            text = f"{what}: R² {number(_r2(actual, predicted), 2)} on {which} points (1 is a perfect fit)"
        self.plot.setAccessibleDescription(text)
        self.table.setAccessibleDescription(text)

    def _neuron_caption(self):
        layer, unit = self.neuron
        network = self.session.network
        if layer == 0:
            name = _pretty(self.session.prepared.input_names[unit])
            return f"Input {name} (standardised), as the network sees it"
        activation = network.activation_names[layer - 1]
        if layer == len(network.weights):
            return f"Output neuron {unit + 1} ({activation})"
        return f"Neuron {unit + 1} of hidden layer {layer} ({activation})"


    # ---------------------------------------------------------------- hovering

    def _on_hovered(self, *_):
        """One tooltip for the points under the mouse, training points first, topmost first."""
        shown = []
        for scatter in (self.train_points, self.test_points):
            if scatter.isVisible() and len(scatter.data):
                shown.extend(int(i) for i in scatter.data["data"][scatter.data["hovered"]][::-1])
        text = "\n\n".join(self.point_text(i) for i in shown[:HOVER_POINTS])
        if len(shown) > HOVER_POINTS:
            text += f"\n\n(and {len(shown) - HOVER_POINTS} more points here)"
        self.view_box.setToolTip(text)

    def point_text(self, i):
        """What hovering shown point ``i`` says: where it is, its target, the prediction and its loss."""
        session = self.session
        prepared = session.prepared
        loss = losses.get(session.loss_name)
        loss_name = loss.label
        names = [_pretty(n) for n in session.dataset.feature_names]
        place = ", ".join(f"{name} = {_coordinate(v)}" for name, v in zip(names[:4], self._X[i]))
        if len(names) > 4:
            place += ", …"
        kind = "training point" if i < self._n_train else "test point"
        out = self._outputs[i]
        lines = [f"{kind}: {place}"]
        if self.classes:
            target = int(self._y[i])
            names = self.class_names
            lines.append(f"target: {names[target]}")
            if prepared.n_outputs == 1:
                p1 = float(out[0])
                lines.append(f"prediction: P({names[1]}) = {_num(p1)}")
            else:
                probability = {c: float(out[c]) for c in range(len(out))}
                best = int(np.argmax(out))
                lines.append(f"prediction: P({names[target]}) = {_num(probability[target])}, "
                             f"most likely {names[best]} ({_num(probability[best])})")
            lines.append(f"loss ({loss_name}): {loss.filled_term(self._targets[i], out)}")
        else:
            target, predicted = float(self._y[i]), float(self._predictions[i])
            lines.append(f"target: {_num(target)}")
            lines.append(f"prediction: {_num(predicted)}")
            squared = (target - predicted) ** 2
            line = f"squared error: ({_num(target)} − {_num(predicted)})² = {_num(squared)}"
            standardised = prepared.target_scale != 1.0 or prepared.target_mean != 0.0
            if standardised or not loss.is_squared_error:
                where = ", on the standardised target" if standardised else ""
                line += f"\nloss ({loss_name}{where}): {loss.filled_term(self._targets[i], out)}"
            lines.append(line)
        return "\n".join(lines).replace("− -", "+ ").replace("(-", "(−")
