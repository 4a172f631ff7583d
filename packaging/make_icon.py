"""Draw the app icon (a falling loss curve over a tiny network) into resources/icons.

    python packaging/make_icon.py
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "icons")


def draw(size):
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    s = size / 256.0
    p.setPen(Qt.NoPen)
    p.setBrush(QColor("#1b2a41"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    # a faint 2-3-1 network behind the curve
    nodes = [[(60, 95), (60, 160)], [(128, 70), (128, 128), (128, 186)], [(196, 128)]]
    p.setPen(QPen(QColor(255, 255, 255, 60), 5 * s))
    for left, right in zip(nodes, nodes[1:]):
        for a in left:
            for b in right:
                p.drawLine(QPointF(a[0] * s, a[1] * s), QPointF(b[0] * s, b[1] * s))
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(255, 255, 255, 90))
    for column in nodes:
        for x, y in column:
            p.drawEllipse(QPointF(x * s, y * s), 13 * s, 13 * s)
    # the loss curve, falling towards 0
    path = QPainterPath(QPointF(40 * s, 50 * s))
    path.cubicTo(QPointF(70 * s, 175 * s), QPointF(120 * s, 200 * s), QPointF(216 * s, 205 * s))
    p.setPen(QPen(QColor("#f59322"), 18 * s, Qt.SolidLine, Qt.RoundCap))
    p.setBrush(Qt.NoBrush)
    p.drawPath(path)
    p.setPen(QPen(QColor("#0877bd"), 7 * s, Qt.SolidLine, Qt.RoundCap))
    p.drawLine(QPointF(40 * s, 222 * s), QPointF(216 * s, 222 * s))
    p.end()
    return image


def main():
    app = QGuiApplication(sys.argv[:1])
    os.makedirs(OUT, exist_ok=True)
    draw(256).save(os.path.join(OUT, "loss-explorer.png"))
    draw(48).save(os.path.join(OUT, "loss-explorer-48.png"))
    ok = draw(256).save(os.path.join(OUT, "loss-explorer.ico"))
    print("icons written" + ("" if ok else " (no .ico writer in this Qt; Windows builds need one)"))
    del app


if __name__ == "__main__":
    main()
