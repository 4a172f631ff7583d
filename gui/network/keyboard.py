"""Moving over the canvas with the keyboard, and the small box that types in a new weight or bias.

``KeyboardAndEditor`` is a mixin of ``NetworkView``.
"""

import math

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QToolTip

from .. import messages
from .items import EdgeItem, NodeItem

translate = QCoreApplication.translate


def typed_number(text):
    """A number as a person types it: with the language's decimal separator ("0,5" in German) or a point.

    Thousands separators are refused, so "1.500" is never read as 1500. NaN if it is no number.
    """
    text = text.strip()
    locale = QLocale()
    locale.setNumberOptions(QLocale.RejectGroupSeparator)
    value, ok = locale.toDouble(text)
    if ok:
        return value
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return float("nan")


def shown_number(value):
    """A weight or bias to type over: the language's decimal separator, no thousands separators."""
    text = f"{value:.3f}" if abs(value) < 1e6 else f"{value:.6g}"
    return text.replace(".", QLocale().decimalPoint())


class _ValueEditor(QLineEdit):
    """A small box typed into right on the canvas; Escape or clicking away cancels."""

    def keyPressEvent(self, event):
        if event.key() == Qt.Key_Escape:
            self.hide()
            self.parentWidget().setFocus()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            # QLineEdit passes Enter on to its parent, where it would open the editor again.
            event.accept()

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.hide()


class KeyboardAndEditor:
    """Arrow keys, Enter and the value editor of a ``NetworkView``."""

    def keyPressEvent(self, event):
        """Arrows walk the diagram, Enter or Space acts, Escape leaves; the mouse's hover text follows.

        Up and Down go through a column's nodes, or through the edges of the
        node they start from; Right from a node goes to its outgoing edges,
        Left to its incoming ones; along an edge, Right and Left go to its
        ends. Enter on an input switches it; on a neuron it edits the bias,
        on an edge the weight.
        """
        key = event.key()
        if key in (Qt.Key_Up, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right):
            self._key_step(key)
        elif key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and self._key_item is not None:
            self._key_activate()
        elif key == Qt.Key_Escape and self._key_item is not None:
            self._key_move_to(None)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        if event.reason() != Qt.PopupFocusReason and not self.editor.isVisible():
            self._key_move_to(None)

    def _key_step(self, key):
        item = self._key_item
        if item is None:
            first = next((n for n in self.columns[0] if n.enabled), None) if self.columns else None
            self._key_move_to(first)
            return
        if isinstance(item, NodeItem):
            column = self.columns[item.layer]
            row = column.index(item)
            if key in (Qt.Key_Up, Qt.Key_Down):
                row = (row + (1 if key == Qt.Key_Down else -1)) % len(column)
                self._key_move_to(column[row])
            else:
                direction = 1 if key == Qt.Key_Right else -1
                edges = self._node_edges(item, direction)
                if edges:
                    self._key_anchor, self._key_direction = item, direction
                    self._key_move_to(edges[0])
            return
        source, target = self._edge_nodes[self.edges.index(item)]
        if key in (Qt.Key_Left, Qt.Key_Right):
            self._key_move_to(target if key == Qt.Key_Right else source)
            return
        edges = self._node_edges(self._key_anchor, self._key_direction)
        row = (edges.index(item) + (1 if key == Qt.Key_Down else -1)) % len(edges)
        self._key_move_to(edges[row])

    def _node_edges(self, node, direction):
        """The edges leaving ``node`` (direction 1) or arriving at it (-1), top to bottom."""
        end = 0 if direction == 1 else 1
        return [edge for edge, ends in zip(self.edges, self._edge_nodes) if ends[end] is node]

    def _key_move_to(self, item):
        self._reveal_input(item)
        old = self._key_item
        if old is not None and old.scene() is not None:
            (self._node_hovered if isinstance(old, NodeItem) else self._edge_hovered)(old, False)
        self._key_item = item
        if item is None:
            self.setAccessibleDescription(self._description)
            QToolTip.hideText()
            return
        if isinstance(item, NodeItem):
            self._node_hovered(item, True)
        else:
            self._edge_hovered(item, True)
        self.ensureVisible(item.sceneBoundingRect().center().x() - 1, item.sceneBoundingRect().center().y() - 1, 2, 2)
        text = item.toolTip()  # set by the hover handlers above
        # Read out by a screen reader, and shown where a mouse would show it.
        self.setAccessibleDescription(text)
        where = self._key_point(item)
        QToolTip.showText(self.viewport().mapToGlobal(where), text, self.viewport())

    def _key_point(self, item):
        if isinstance(item, NodeItem):
            scene_point = item.sceneBoundingRect().bottomRight()
        else:
            scene_point = item.path().pointAtPercent(0.5)
        return self.mapFromScene(scene_point)

    def _key_activate(self):
        item = self._key_item
        if isinstance(item, EdgeItem):
            self._edit_weight(item, item.path().pointAtPercent(0.5))
        elif item.layer == 0:
            self.toggle_feature(item.feature)
        else:
            self._edit_bias(item, item.sceneBoundingRect().center())

    # ------------------------------------------------------- editing values

    def _edit_weight(self, edge, scene_pos):
        value = float(self.session.network.weights[edge.k][edge.i, edge.j])
        self._open_editor(("weight", edge.k, edge.i, edge.j), value, scene_pos)

    def _edit_bias(self, node, scene_pos):
        value = float(self.session.network.biases[node.layer - 1][node.unit])
        self._open_editor(("bias", node.layer - 1, node.unit), value, scene_pos)

    def _open_editor(self, target, value, scene_pos):
        self._editing = target
        if target[0] == "weight":
            self.editor.setAccessibleName(translate("NetworkView", "new weight"))
            self.editor.setToolTip(translate("NetworkView", "Type a new weight and press Enter; Escape cancels."))
        else:
            self.editor.setAccessibleName(translate("NetworkView", "new bias"))
            self.editor.setToolTip(translate("NetworkView", "Type a new bias and press Enter; Escape cancels."))
        # Typed back in: no thousands separators, and never a wall of digits.
        self.editor.setText(shown_number(value))
        point = self.mapFromScene(scene_pos) + self.viewport().geometry().topLeft()
        x = min(max(point.x() - self.editor.width() // 2, 0), self.width() - self.editor.width())
        y = min(max(point.y() - 30, 0), self.height() - self.editor.height())
        self.editor.move(x, y)
        self.editor.show()
        self.editor.raise_()
        self.editor.setFocus()
        self.editor.selectAll()

    def edit_value(self, text):
        """Apply typed text to the weight or bias being edited; False (with a message) if it is no number."""
        if self._editing is None:
            return False
        value = typed_number(text)
        if not math.isfinite(value):
            self.show_message(messages.BAD_WEIGHT.format(text=text.strip()),
                              self.editor.mapToGlobal(self.editor.rect().bottomLeft()))
            return False
        target, self._editing = self._editing, None
        if target[0] == "weight":
            done = self._call(self.session.set_weight, *target[1:], value)
        else:
            done = self._call(self.session.set_bias, *target[1:], value)
        return done

    def _commit_editor(self):
        if self.edit_value(self.editor.text()):
            self.editor.hide()
            self.setFocus()  # back to the canvas, where the keyboard (or mouse) was
