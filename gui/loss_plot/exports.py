"""The loss plot's exports: PNG (drawn again at the export's resolution), SVG and CSV."""

import csv
import io
import math

import numpy as np

from PySide6.QtCore import QBuffer, QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QImage, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from engine import History
from engine.safe_files import write_atomically

from ..file_output import save_image


def export_png(loss_plot, path, width=None):
    """Write the plot as a PNG ``width`` pixels wide (default: twice its width on screen).

    The plot is drawn again at that resolution, text and legend included,
    rather than scaled up from the screen.
    """
    loss_plot.hide_crosshair()
    size = loss_plot.plot.size()
    width = int(width or 2 * size.width())
    scale = width / size.width()
    image = QImage(width, round(size.height() * scale), QImage.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(loss_plot.palette().color(QPalette.Base))
    loss_plot._line_scale = scale
    loss_plot._restyle_curves()
    try:
        QWidget.render(loss_plot.plot, image)  # the widget's render; GraphicsView's renders the scene only
    finally:
        loss_plot._line_scale = None
        loss_plot._restyle_curves()
    image.setDevicePixelRatio(1.0)
    save_image(image, path)


def export_svg(loss_plot, path):
    """Write the plot as an SVG drawing, at its on-screen size, on its background color."""
    # pyqtgraph's SVGExporter cannot parse the closed clip paths that Qt
    # 6.10+ writes (pyqtgraph issue #3495), so render with Qt's generator.
    from PySide6.QtSvg import QSvgGenerator
    loss_plot.hide_crosshair()
    source = loss_plot.plot_item.sceneBoundingRect()
    width, height = math.ceil(source.width()), math.ceil(source.height())
    data = QByteArray()
    buffer = QBuffer(data)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    # The axes replay QPictures recorded at the screen's resolution: match it, or they come out scaled.
    generator.setResolution(round(loss_plot.logicalDpiX()))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setTitle("Loss per epoch")
    generator.setDescription("Train and test loss per epoch, exported from Loss Explorer")
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.fillRect(QRectF(0, 0, width, height), loss_plot.palette().color(QPalette.Base))
    loss_plot.plot.scene().render(painter, QRectF(0, 0, width, height), source)
    painter.end()
    write_atomically(path, bytes(data))


def export_csv(loss_plot, path):
    """Every recorded epoch: epoch, the losses and metrics; empty cells for NaN.

    For regression on standardized targets, each loss column is followed by
    the same loss in the target's units (``train_loss_in_progression²``, say),
    as the window and the command line show it.
    """
    session = loss_plot.session
    history, prepared = session.history, session.prepared
    names = list(History.COLUMNS)
    columns = [history.column(name) for name in names]
    units = prepared.target_units(session.loss_name) if session.task == "regression" else ""
    standardized = prepared.target_scale != 1.0 or prepared.target_mean != 0.0
    if units and standardized:
        for name in [n for n in History.COLUMNS if n.endswith("_loss")]:
            at = names.index(name) + 1
            names.insert(at, f"{name}_in_{units}")
            columns.insert(at, np.asarray(prepared.in_target_units(session.loss_name, history.column(name))))
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(names)
    for row in zip(*columns):
        epoch, *rest = row
        writer.writerow([f"{epoch:.0f}"] + [repr(float(v)) if math.isfinite(v) else "" for v in rest])
    write_atomically(path, text.getvalue())
