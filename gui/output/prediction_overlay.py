"""The student's predicted decision boundary, drawn on the output view's input plane.

While the sketch's ``drawing`` is on, dragging on the plane draws a freehand
line and single clicks add the corners of a straight-edged one; Escape
clears it. The line stays drawn, dashed and in its own colour (with a pale
halo, so it reads on orange, blue and white alike), while the run goes.
"""

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor

SKETCH = QColor("#c2185b")          # magenta: neither class colour nor the network's grey boundary
HALO = QColor(255, 255, 255, 200)


class PredictionOverlay(QObject):
    """Draws ``sketch`` (a ``gui.boundary_sketch.BoundarySketch``) on ``plot`` and adds the points drawn.

    ``may_draw()`` says whether the plot shows a plane of classes now.
    """

    def __init__(self, sketch, plot, may_draw, parent=None):
        super().__init__(parent)
        self.sketch = sketch
        self.plot = plot
        self.view_box = plot.getPlotItem().getViewBox()
        self.may_draw = may_draw
        self._pressed = False
        self.halo = pg.PlotCurveItem(pen=pg.mkPen(HALO, width=6))
        self.line = pg.PlotCurveItem(pen=pg.mkPen(SKETCH, width=3, style=Qt.DashLine))
        self.corners = pg.ScatterPlotItem(size=7, brush=pg.mkBrush(SKETCH), pen=pg.mkPen(HALO, width=1.5))
        for z, graphic in enumerate((self.halo, self.line, self.corners)):
            graphic.setZValue(7 + z)
            plot.getPlotItem().addItem(graphic)
        plot.viewport().installEventFilter(self)
        plot.installEventFilter(self)
        sketch.changed.connect(self._on_sketch_changed)
        sketch.drawing_changed.connect(self._on_drawing_changed)
        self._on_sketch_changed()

    def _on_sketch_changed(self):
        shown = self.may_draw()
        points = np.array(self.sketch.points, dtype=float).reshape(-1, 2)
        for curve in (self.halo, self.line):
            curve.setData(points[:, 0], points[:, 1])
            curve.setVisible(shown and len(points) > 1)
        # Corners show a polyline being clicked; a freehand line has too many to mark.
        few = points if len(points) <= 12 else points[[0, -1]]
        self.corners.setData(few[:, 0], few[:, 1])
        self.corners.setVisible(shown and len(points) > 0)

    def _on_drawing_changed(self, on):
        self.plot.viewport().setCursor(Qt.CrossCursor if on and self.may_draw() else Qt.ArrowCursor)

    def refresh(self):
        """The view changed mode or data: show or hide the line to match."""
        self._on_sketch_changed()
        self._on_drawing_changed(self.sketch.drawing)

    def plane_point(self, position):
        """A widget position on the plot to the plane's units."""
        return self.view_box.mapSceneToView(self.plot.mapToScene(position.toPoint()
                                                                 if isinstance(position, QPointF) else position))

    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.KeyPress and event.key() == Qt.Key_Escape and self.sketch.points and self.may_draw():
            self.sketch.clear()
            return True
        if not (self.sketch.drawing and self.may_draw()) or watched is not self.plot.viewport():
            return False
        if kind == QEvent.MouseButtonPress and event.button() == Qt.LeftButton:
            self._pressed = True
            self.plot.setFocus(Qt.MouseFocusReason)     # so Escape reaches the plot
            x0, x1 = self.view_box.viewRange()[0]
            y0, y1 = self.view_box.viewRange()[1]
            self.sketch.diagonal = float(np.hypot(x1 - x0, y1 - y0))
            point = self.plane_point(event.position())
            self.sketch.add_point(point.x(), point.y())
            return True
        if kind == QEvent.MouseMove and self._pressed:
            point = self.plane_point(event.position())
            self.sketch.add_point(point.x(), point.y(), freehand=True)
            return True
        if kind == QEvent.MouseButtonRelease and self._pressed:
            self._pressed = False
            return True
        return False
