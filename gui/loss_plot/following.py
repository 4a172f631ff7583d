"""Which part of the loss plot is in view: it follows new epochs until the user zooms or pans.

A mixin of ``LossPlot`` (it moves the plot's view box).
"""

import math

# The fewest epochs the epoch axis spans when it fits the points snugly.
MIN_EPOCHS_SHOWN = 5


class FollowingView:
    """Keeps a ``LossPlot``'s curves in view while ``following`` is on; a user's zoom turns it off."""

    def _on_running_changed(self, running):
        if not running and self.following and len(self.session.history):
            self._follow(snug=True)

    def _on_range_changed(self, *_):
        # A range this plot did not set is the user's (a zoom, a pan): leave it be.
        if not self._moving:
            self.following = False

    def _set_range(self, **ranges):
        self._moving = True
        try:
            self.view.setRange(**ranges)
        finally:
            self._moving = False

    def _data_box(self):
        """(x0, x1, y0, y1) around the current run's whole series, in view coordinates.

        Earlier runs are context: they are clipped to the current run's view,
        never widen it (a blown-up or long earlier run would squash it flat).
        """
        ghosts = {id(item) for ghost in self._ghosts for item in ghost.curves}
        boxes = [curve.pyramid.bounds() for curve in self._all_curves()
                 if curve.isVisible() and id(curve) not in ghosts]
        boxes = [b for b in boxes if b is not None]
        if not boxes:
            return None
        x0, x1 = min(b[0] for b in boxes), max(b[1] for b in boxes)
        y0, y1 = min(b[2] for b in boxes), max(b[3] for b in boxes)
        if self.log_check.isChecked():
            y0, y1 = math.log10(max(y0, 1e-12)), math.log10(max(y1, 1e-12))
        return x0, x1, y0, y1

    def _follow(self, snug=False):
        """Keep every point in view, moving the view only now and then.

        The epoch axis jumps ahead to leave room (up to 1.5× the epochs so
        far); the loss axis moves only when a point leaves it or the points
        fill less than half of it.
        """
        box = self._data_box()
        if box is None:
            return
        x0, x1, y0, y1 = box
        if not self.log_check.isChecked():
            y0 = min(y0, 0.0)  # 0 would be perfect: keep it in view
        (vx0, vx1), (vy0, vy1) = self.view.viewRange()
        x_changes = snug or x1 > vx1 or x0 < vx0 or (x1 - x0) < 0.5 * (vx1 - vx0)
        y_span = max(y1 - y0, 1e-12)
        y_changes = snug or y0 < vy0 or y1 > vy1 or y_span < 0.5 * (vy1 - vy0)
        if not (x_changes or y_changes):
            return
        if x_changes:
            # Snug, but never narrower than a few epochs: a run of one epoch
            # (or one step of one) would otherwise leave an axis with no ticks.
            x_end = max(x1, x0 + MIN_EPOCHS_SHOWN) if snug else x0 + 1.5 * max(x1 - x0, 10)
            margin = 0.02 * max(x_end - x0, 1)
            x_range = (x0 - margin, x_end + margin)
        else:
            x_range = (vx0, vx1)
        if y_changes:
            # A loss is never below 0, so the axis stops there, not a margin below it.
            floor = 0.0 if not self.log_check.isChecked() and y0 >= 0 else y0 - 0.05 * y_span
            y_range = (floor, y1 + 0.07 * y_span)
        else:
            y_range = (vy0, vy1)
        self._set_range(xRange=x_range, yRange=y_range, padding=0)
