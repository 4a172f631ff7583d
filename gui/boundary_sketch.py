"""The boundary a student draws on the output view before a run: a small model both views share.

The output view's overlay (``gui.output.prediction_overlay``) draws it and
adds points while ``drawing`` is on; the predict panel turns drawing on and
off, commits the line and judges it. Neither widget knows the other: both
listen to this model, which the session holds as ``boundary_sketch``.
"""

from PySide6.QtCore import QObject, Signal

# Freehand strokes are thinned to points at least this share of the plane's diagonal apart.
MIN_STEP = 0.005
MAX_POINTS = 400


class BoundarySketch(QObject):
    changed = Signal()                 # the line's points changed: drawn on, or cleared
    drawing_changed = Signal(bool)     # drawing turned on (True) or off

    def __init__(self, parent=None):
        super().__init__(parent)
        self.points = []               # [(x, y)] in the plane's units, in the order drawn
        self.drawing = False
        self.diagonal = 1.0            # of the plane the line is drawn on, for thinning

    def set_drawing(self, on):
        on = bool(on)
        if on != self.drawing:
            self.drawing = on
            self.drawing_changed.emit(on)

    def add_point(self, x, y, freehand=False):
        """Add a point to the end of the line; a freehand point too near the last one is skipped."""
        if len(self.points) >= MAX_POINTS:
            return False
        if self.points:
            last_x, last_y = self.points[-1]
            step = ((x - last_x) ** 2 + (y - last_y) ** 2) ** 0.5
            if step == 0 or freehand and step < MIN_STEP * self.diagonal:
                return False
        self.points.append((float(x), float(y)))
        self.changed.emit()
        return True

    def clear(self):
        if self.points:
            self.points = []
            self.changed.emit()

    def is_line(self):
        """True once there are two points: enough to say which side is which."""
        return len(self.points) >= 2
