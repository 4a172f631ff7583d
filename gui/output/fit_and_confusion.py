"""More than two inputs: predicted against actual values (regression) or a confusion matrix (classification).

``FitAndConfusion`` is a mixin of ``OutputView``.
"""

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableWidgetItem

from engine.datasets import shown_class_name

from .. import theme
from .helpers import FIT_DOT, TRAIN_RIM, _brush, _pen


class FitAndConfusion:
    """The predicted-against-actual plot and the confusion matrix of an ``OutputView``."""

    def _build_table(self):
        names = [shown_class_name(n) for n in self.class_names]
        k = len(names)
        self.table.clear()
        self.table.setRowCount(k)
        self.table.setColumnCount(k)
        self.table.setHorizontalHeaderLabels([f"→ {n}" for n in names])
        self.table.setVerticalHeaderLabels(names)
        bold = QFont(self.font())
        bold.setBold(True)
        for r in range(k):
            for c in range(k):
                cell = QTableWidgetItem("0")
                cell.setTextAlignment(Qt.AlignCenter)
                if r == c:
                    cell.setFont(bold)
                cell.setToolTip(QCoreApplication.translate("OutputView", "actual {actual}, predicted {predicted}").format(
                    actual=names[r], predicted=names[c]))
                self.table.setItem(r, c, cell)


    def _update_fit(self):
        n = self._n_train
        actual = self._y.astype(float)
        predicted = np.nan_to_num(self._predictions)
        self.train_points.setData(x=actual[:n], y=predicted[:n], data=np.arange(n),
                                  brush=_brush(theme.TRAIN), pen=_pen(TRAIN_RIM, 1.0), size=FIT_DOT)
        self.test_points.setData(x=actual[n:], y=predicted[n:], data=np.arange(n, len(actual)),
                                 brush=_brush("#ffffff"), pen=_pen(theme.TEST, 1.6), size=FIT_DOT)

    def _update_table(self):
        n = self._n_train
        part = slice(n, None) if self.split_test.isChecked() else slice(0, n)
        actual = self._y[part].astype(int)
        predicted = self._predictions[part]
        k = len(self.class_names)
        counts = np.zeros((k, k), dtype=int)
        np.add.at(counts, (actual, np.clip(predicted, 0, k - 1)), 1)
        self.confusion = counts
        top = max(int(counts.max()), 1)
        for r in range(k):
            for c in range(k):
                cell = self.table.item(r, c)
                value = int(counts[r, c])
                cell.setText(str(value))
                strength = value / top
                if r == c:
                    color = QColor(46, 160, 67, int(40 + 120 * strength))
                elif value:
                    color = QColor(214, 39, 40, int(30 + 130 * strength))
                else:
                    color = QColor(0, 0, 0, 0)
                cell.setBackground(color)
