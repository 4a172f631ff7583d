"""What the output view says: its caption, the line under it, the screen reader's description, hover tooltips.

``Captions`` is a mixin of ``OutputView``.
"""

import numpy as np

from PySide6.QtCore import QCoreApplication

from engine.datasets import shown_class_name
from engine import losses
from engine.formatting import count

from .helpers import HOVER_POINTS, _coordinate, _num, _pretty

translate = QCoreApplication.translate


class Captions:
    """The texts of an ``OutputView``: captions, description and the tooltip of the points under the mouse."""

    def _update_texts(self, loss):
        loss_name = loss.shown_label()
        sampled = self._n_train < self._totals[0] or len(self._rows) - self._n_train < self._totals[1]
        sample_note = translate("OutputView", " Showing a sample of {shown} of {total} points.").format(
            shown=count(len(self._rows)), total=count(sum(self._totals))) if sampled else ""
        dots = translate("OutputView", "Bigger dot = bigger loss")
        guess = self._reference.get(loss.name)
        if guess is not None:
            dots = translate("OutputView", "Bigger dot = bigger loss (medium: {guess}, the {loss} of a blind guess)"
                             ).format(guess=_num(guess), loss=loss_name)
        rims = translate("OutputView", "Dark rim: test point")
        caption, note = self.display.texts(loss, dots, rims)
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
        text = self.display.description(which, self._y[rows], self._predictions[rows])
        self.plot.setAccessibleDescription(text)
        self.table.setAccessibleDescription(text)

    # ---------------------------------------------------------------- hovering

    def _on_hovered(self, *_):
        """One tooltip for the points under the mouse, training points first, topmost first."""
        shown = []
        for scatter in (self.train_points, self.test_points):
            if scatter.isVisible() and len(scatter.data):
                shown.extend(int(i) for i in scatter.data["data"][scatter.data["hovered"]][::-1])
        text = "\n\n".join(self.point_text(i) for i in shown[:HOVER_POINTS])
        if len(shown) > HOVER_POINTS:
            text += "\n\n" + self.more_points_text(len(shown) - HOVER_POINTS)
        self.view_box.setToolTip(text)

    def point_text(self, i):
        """What hovering shown point ``i`` says: where it is, its target, the prediction and its loss."""
        session = self.session
        prepared = session.prepared
        loss = losses.get(session.loss_name)
        loss_name = loss.shown_label()
        names = [_pretty(n) for n in session.dataset.feature_names]
        place = ", ".join(f"{name} = {_coordinate(v)}" for name, v in zip(names[:4], self._X[i]))
        if len(names) > 4:
            place += ", …"
        if i < self._n_train:
            lines = [translate("OutputView", "training point: {place}").format(place=place)]
        else:
            lines = [translate("OutputView", "test point: {place}").format(place=place)]
        out = self._outputs[i]
        if self.classes:
            target = int(self._y[i])
            names = [shown_class_name(n) for n in self.class_names]
            lines.append(translate("OutputView", "target: {target}").format(target=names[target]))
            if prepared.n_outputs == 1:
                lines.append(translate("OutputView", "prediction: P({name}) = {p}").format(
                    name=names[1], p=_num(float(out[0]))))
            else:
                probability = {c: float(out[c]) for c in range(len(out))}
                best = int(np.argmax(out))
                lines.append(translate("OutputView", "prediction: P({name}) = {p}, most likely {best} ({p_best})"
                                       ).format(name=names[target], p=_num(probability[target]), best=names[best],
                                                p_best=_num(probability[best])))
            lines.append(translate("OutputView", "loss ({loss}): {term}").format(
                loss=loss_name, term=loss.filled_term(self._targets[i], out)))
        else:
            target, predicted = float(self._y[i]), float(self._predictions[i])
            lines.append(translate("OutputView", "target: {target}").format(target=_num(target)))
            lines.append(translate("OutputView", "prediction: {prediction}").format(prediction=_num(predicted)))
            squared = (target - predicted) ** 2
            line = translate("OutputView", "squared error: ({target} − {prediction})² = {squared}").format(
                target=_num(target), prediction=_num(predicted), squared=_num(squared))
            standardised = prepared.target_scale != 1.0 or prepared.target_mean != 0.0
            if standardised:
                line += "\n" + translate("OutputView", "loss ({loss}, on the standardised target): {term}").format(
                    loss=loss_name, term=loss.filled_term(self._targets[i], out))
            elif not loss.is_squared_error:
                line += "\n" + translate("OutputView", "loss ({loss}): {term}").format(
                    loss=loss_name, term=loss.filled_term(self._targets[i], out))
            lines.append(line)
        return "\n".join(lines).replace("− -", "+ ").replace("(-", "(−")
