"""What the loss plot draws over its curves: event markers, the crosshair read-out, earlier runs and extra curves.

A mixin of ``LossPlot`` (it uses the plot's items and ``_curve``), kept apart
so the widget's file holds building, styling and following the live curves.
"""

import math
from collections import namedtuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPalette

from engine.formatting import count

from .series import _num

translate = QCoreApplication.translate

GHOST_ALPHA = 150
# Earlier runs: muted colors that are neither the train blue nor the test red.
GHOST_COLORS = ["#7f7f7f", "#9467bd", "#8c564b", "#17becf", "#bcbd22", "#e377c2"]

# An earlier run kept on the plot: its legend label and its curve items (train, then test if given).
Ghost = namedtuple("Ghost", "label curves")


class PlotOverlays:
    """Markers, crosshair, earlier runs (ghosts) and extra curves of a ``LossPlot``."""

    # -------------------------------------------------------------- markers

    def _draw_markers(self):
        for marker in self._markers:
            self.plot_item.removeItem(marker)
        self._markers = []
        self._drawn_events = list(self.session.history.events)
        # Labels go to the edge the legend is not at, so it never hides one.
        # Nearby markers' labels step away from that edge so they do not
        # overlap, and a label sits on the side of its line nearer the
        # middle (pyqtgraph picks from the two anchors by the line's side).
        at_top = self._legend_corner != "top"
        for i, event in enumerate(self._drawn_events):
            epoch = event.epoch
            marker = pg.InfiniteLine(pos=epoch, angle=90, movable=False)
            marker.history_event = event   # not .event: that is Qt's event handler
            step = 0.1 * (i % 4)
            marker.label = pg.InfLineLabel(marker, str(event), position=0.96 - step if at_top else 0.04 + step,
                                           anchors=[(0, 0), (1, 0)] if at_top else [(0, 1), (1, 1)])
            marker.setZValue(5)
            marker.setToolTip(translate("LossPlot", "Epoch {epoch}: {event}").format(epoch=count(epoch), event=event))
            self._style_marker(marker)
            self.plot_item.addItem(marker, ignoreBounds=True)
            self._markers.append(marker)
        self._update_loss_label()

    def _style_marker(self, marker):
        color = QColor(self.palette().color(QPalette.Text))
        color.setAlpha(140)
        marker.setPen(pg.mkPen(color, width=1.2, style=Qt.DashLine))
        marker.label.setColor(self.palette().color(QPalette.Text))
        marker.label.setFont(QFont(self.font().family(), round(8 * self._zoom)))

    @property
    def markers(self):
        """The event markers drawn now: ``(epoch, event)`` pairs."""
        return [(marker.value(), marker.history_event) for marker in self._markers]

    # ------------------------------------------------------------ crosshair

    def show_crosshair_at(self, scene_pos):
        """Show the values at the epoch nearest to ``scene_pos`` (a scene QPointF)."""
        history = self.session.history
        if not len(history) or not self.view.sceneBoundingRect().contains(scene_pos):
            self.hide_crosshair()
            return
        epochs = history.column("epoch")
        x = self.view.mapSceneToView(QPointF(scene_pos)).x()
        i = int(np.searchsorted(epochs, x))
        if i >= len(epochs) or (i > 0 and x - epochs[i - 1] < epochs[i] - x):
            i -= 1
        epoch = epochs[i]
        train, test = history.column("train_loss")[i], history.column("test_loss")[i]
        parts = [translate("LossPlot", "epoch {epoch}").format(epoch=count(epoch)),
                 translate("LossPlot", "train {loss}").format(loss=_num(train)),
                 translate("LossPlot", "test {loss}").format(loss=_num(test))]
        for name, item in self._extras.items():
            extra_epochs, values = item.pyramid.x, item.pyramid.y
            j = int(np.searchsorted(extra_epochs, epoch))
            if j < len(extra_epochs) and extra_epochs[j] == epoch:
                parts.append(f"{name} {_num(values[j])}")
        self.cursor_text.setText(" · ".join(parts))
        self.cursor_line.setPos(epoch)
        dots = [(value, curve.opts["pen"].color()) for value, curve in ((train, self.train_curve), (test, self.test_curve))
                if math.isfinite(value) and (value > 0 or not self.log_check.isChecked())]
        self.cursor_dots.setData([epoch] * len(dots), [value for value, _ in dots],
                                 symbolBrush=[pg.mkBrush(color) for _, color in dots])
        # The read-out sits beside the line at the pointer's height, on the
        # side with more room, and below the pointer near the top edge.
        (x0, x1), (_, y1) = self.view.viewRange()
        y = self.view.mapSceneToView(QPointF(scene_pos)).y()
        near_top = (y1 - y) < 30 * self.view.viewPixelSize()[1]
        self.cursor_text.setAnchor((0 if epoch < (x0 + x1) / 2 else 1, 0 if near_top else 1))
        self.cursor_text.setPos(epoch, y)
        for cursor_item in (self.cursor_line, self.cursor_dots, self.cursor_text):
            cursor_item.show()

    def hide_crosshair(self):
        for cursor_item in (self.cursor_line, self.cursor_dots, self.cursor_text):
            cursor_item.hide()

    @property
    def crosshair_text(self):
        """What the crosshair read-out says, or "" while it is hidden."""
        return self.cursor_text.toPlainText() if self.cursor_text.isVisible() else ""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.MouseMove:
            self.show_crosshair_at(self.plot.mapToScene(event.position().toPoint()))
        elif event.type() == QEvent.Leave:
            self.hide_crosshair()
        return super().eventFilter(watched, event)

    # --------------------------------------------------- ghosts and extras

    def _show_earlier_runs(self):
        """Draw the session's earlier runs, and only those."""
        self.clear_ghosts()
        for run in self.session.earlier_runs:
            self.add_ghost(run.label, run.curve["epoch"], run.curve["train_loss"], run.curve["test_loss"],
                           breaks=run.loss_switches)

    def add_ghost(self, label, epochs, train_loss, test_loss=None, breaks=()):
        """Keep an earlier run on the plot: thin, faded and dashed (train) or dotted (test).

        ``breaks`` are epochs after which the curve does not join on (where its loss was switched).
        """
        color = GHOST_COLORS[len(self._ghosts) % len(GHOST_COLORS)]
        epochs = np.asarray(epochs, dtype=float)
        items = [self._curve(f"ghost_{len(self._ghosts)}_train", color, name=label, alpha=GHOST_ALPHA,
                             width=1.5, style=Qt.DashLine, z=0)]
        items[0].pyramid.set(epochs, np.array(train_loss, dtype=float))
        if test_loss is not None:
            test = self._curve(f"ghost_{len(self._ghosts)}_test", color, alpha=GHOST_ALPHA,
                               width=1.5, style=Qt.DotLine, z=0)
            test.pyramid.set(epochs, np.array(test_loss, dtype=float))
            items.append(test)
        for item in items:
            item.breaks = tuple(breaks)
        self._ghosts.append(Ghost(label, items))
        self._redraw()

    def clear_ghosts(self):
        for ghost in self._ghosts:
            for item in ghost.curves:
                self.plot_item.removeItem(item)  # takes the legend entry too
        self._ghosts = []

    @property
    def ghosts(self):
        """The earlier runs on the plot, oldest first: ``Ghost(label, curves)``."""
        return list(self._ghosts)

    @property
    def ghost_labels(self):
        return [ghost.label for ghost in self._ghosts]

    def set_extra_curve(self, name, epochs, values, color):
        """Show (or update) another live curve, named ``name`` in the legend."""
        item = self._extras.get(name)
        if item is None:
            item = self._extras[name] = self._curve(f"extra_{name}", color, name=name, z=2)
        elif QColor(color) != item.base_color:
            item.base_color = QColor(color)
            self._style_curve(item)
        item.pyramid.set(np.array(epochs, dtype=float), np.array(values, dtype=float))
        self._redraw()

    def remove_extra_curve(self, name):
        item = self._extras.pop(name, None)
        if item is not None:
            self.plot_item.removeItem(item)
