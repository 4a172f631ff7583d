"""Where things go on the canvas: columns shaped to the viewport, a wide table's scrolling input column, zoom.

``CanvasLayout`` is a mixin of ``NetworkView``.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from .items import EdgeItem, NodeItem
from .style import INPUT_SCROLL_STEP, INPUT_WINDOW, LABEL_FONT_PX, MAX_INPUT_ROWS, MIN_ROWS, NODE, ROW


class CanvasLayout:
    """Placing a ``NetworkView``'s columns, labels and controls; the input window of a wide table."""

    def _layout(self):
        """Place columns so the diagram has the viewport's shape, then fit it in."""
        if not self.columns:
            return
        viewport = self.viewport()
        aspect = max(viewport.width(), 50) / max(viewport.height(), 50)
        rows = max(MIN_ROWS, self._input_rows(), *(len(c) for c in self.columns[1:]))
        height = rows * ROW
        # Labels keep a readable size on screen when the diagram is shrunk to fit a small view.
        font_px = int(min(max(LABEL_FONT_PX, 11.5 * height / max(viewport.height(), 50)) * self._zoom, 26 * self._zoom))
        if font_px != self._label_font.pixelSize():
            self._label_font.setPixelSize(font_px)
            for node, item, side in self._labels:
                item.setFont(self._label_font)
            for marker in self._more_inputs:
                marker.setFont(self._label_font)
        metrics = QFontMetricsF(self._label_font)
        left = max((metrics.horizontalAdvance(item.text()) for node, item, side in self._labels if side == "left"),
                   default=0) + 14
        right = max((metrics.horizontalAdvance(item.text()) for node, item, side in self._labels if side == "right"),
                    default=0) + 14
        n_columns = len(self.columns)
        span = height * aspect - left - right - NODE
        pitch = min(max(span / max(n_columns - 1, 1), NODE * 2.2), NODE * 7)
        self._column_x = [c * pitch for c in range(n_columns)]
        for x, column in zip(self._column_x, self.columns):
            if column is self.columns[0] and len(column) > MAX_INPUT_ROWS:
                self._place_input_window(x, rows)
                continue
            top = (rows - len(column)) * ROW / 2 + (ROW - NODE) / 2
            for r, node in enumerate(column):
                node.setPos(x, top + r * ROW)
        for edge, (a, b) in zip(self.edges, self._edge_nodes):
            edge.set_ends(a.pos() + QPointF(NODE, NODE / 2), b.pos() + QPointF(0, NODE / 2))
        self.edge_layer.set_bounds(self._column_x, height)
        for node, item, side in self._labels:
            box = item.boundingRect()
            y = node.pos().y() + (NODE - box.height()) / 2
            x = node.pos().x() - box.width() - 8 if side == "left" else node.pos().x() + NODE + 8
            item.setPos(x, y)
        self._show_input_window()
        self._place_annotations()
        width = self._column_x[-1] + NODE + left + right
        self._scene_box = QRectF(-left, 0, width, height)
        self.scene().setSceneRect(self._scene_box)
        self.fitInView(self._scene_box, Qt.KeepAspectRatio)
        self._place_controls()

    # ------------------------------------------- a wide table's input column

    def _input_rows(self):
        """Rows the input column takes: all its inputs, or a window of them and the two marker rows."""
        n = len(self.columns[0]) if self.columns else 0
        return min(n, MAX_INPUT_ROWS)

    def _place_input_window(self, x, rows):
        inputs = self.columns[0]
        self._input_offset = min(max(self._input_offset, 0), len(inputs) - INPUT_WINDOW)
        # Row 0 of the column holds "▲ n more", rows 1 to INPUT_WINDOW the inputs, the last "▼ n more".
        top = (rows - MAX_INPUT_ROWS) * ROW / 2 + (ROW - NODE) / 2
        for r, node in enumerate(inputs):
            # Out-of-view inputs wait on the marker rows, so their (hidden)
            # edges stay short and the view keeps its size.
            shown_row = 1 + min(max(r - self._input_offset, -1), INPUT_WINDOW)
            node.setPos(x, top + shown_row * ROW)
        for marker, row in zip(self._more_inputs, (0, MAX_INPUT_ROWS - 1)):
            box = marker.boundingRect()
            marker.setPos(x + NODE - box.width(), top + row * ROW + (NODE - box.height()) / 2)

    def _show_input_window(self):
        """Show the inputs in the window, with their labels and edges; hide the rest."""
        inputs = self.columns[0] if self.columns else []
        windowed = len(inputs) > MAX_INPUT_ROWS
        first, last = (self._input_offset, self._input_offset + INPUT_WINDOW) if windowed else (0, len(inputs))
        shown = {id(node) for node in inputs[first:last]}
        for node in inputs:
            node.setVisible(id(node) in shown)
        for node, item, side in self._labels:
            if node.layer == 0:
                item.setVisible(id(node) in shown)
        for edge, (source, _) in zip(self.edges, self._edge_nodes):
            if edge.k == 0:
                edge.setVisible(id(source) in shown)
        if windowed:
            above, below = self._more_inputs
            above.set_count(first, len(inputs))
            below.set_count(len(inputs) - last, len(inputs))

    def scroll_inputs(self, rows):
        """Move a wide table's input column by ``rows`` (down for positive); returns whether it moved."""
        inputs = self.columns[0] if self.columns else []
        if len(inputs) <= MAX_INPUT_ROWS:
            return False
        offset = min(max(self._input_offset + rows, 0), len(inputs) - INPUT_WINDOW)
        if offset == self._input_offset:
            return False
        self._input_offset = offset
        self._layout()
        return True

    def shown_inputs(self):
        """The features of the inputs drawn now, top to bottom."""
        return [node.feature for node in self.columns[0] if node.isVisible()] if self.columns else []

    def _reveal_input(self, item):
        # The keyboard may walk to an input (or its edge) scrolled out of view.
        node = item if isinstance(item, NodeItem) else self._edge_nodes[self.edges.index(item)][0] \
            if isinstance(item, EdgeItem) and item.k == 0 else None
        if node is None or node.layer != 0 or len(self.columns[0]) <= MAX_INPUT_ROWS:
            return
        row = self.columns[0].index(node)
        if row < self._input_offset:
            self.scroll_inputs(row - self._input_offset)
        elif row >= self._input_offset + INPUT_WINDOW:
            self.scroll_inputs(row - self._input_offset - INPUT_WINDOW + 1)

    def wheelEvent(self, event):
        if self.columns and len(self.columns[0]) > MAX_INPUT_ROWS and self._column_x:
            x = self.mapToScene(event.position().toPoint()).x()
            if x < self._column_x[0] + NODE + (self._column_x[1] - self._column_x[0]) / 3 \
                    if len(self._column_x) > 1 else True:
                steps = -INPUT_SCROLL_STEP if event.angleDelta().y() > 0 else INPUT_SCROLL_STEP
                self.scroll_inputs(steps)
                event.accept()
                return
        super().wheelEvent(event)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._rescale()
        self.editor.hide()
        self._layout()

    def _rescale(self):
        scale = round(min(max(min(self.width() / 1100, self.height() / 650), 0.8), 1.7) * self._zoom, 1)
        if scale != self._ui:
            self._apply_ui_scale(scale)

    def set_zoom(self, zoom):
        """Presentation zoom: labels and on-canvas controls grow by ``zoom``."""
        self._zoom = zoom
        self._rescale()
        self._layout()

    def showEvent(self, event):
        super().showEvent(event)
        self._layout()
