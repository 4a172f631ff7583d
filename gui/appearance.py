"""Light and dark themes, and the zoom used for projectors.

The theme is a QPalette on the Fusion style, so every widget follows it; the
pyqtgraph plots get matching backgrounds, axes and text. Zoom scales the
application font and the plots' text and line widths together.
"""

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QFrame, QStyle, QStyleOptionComboBox,
                               QStylePainter, QWidget)

# Qt's translation of a text outside a widget class; lupdate finds translate("context", "text") by its name.
translate = QCoreApplication.translate

THEMES = {
    "light": {"window": "#f6f7f9", "base": "#ffffff", "text": "#1f2328", "button": "#eceef1", "highlight": "#0877bd",
              "mid": "#c9ced6", "plot_background": "#ffffff", "plot_foreground": "#30363d"},
    "dark": {"window": "#1e2228", "base": "#15181c", "text": "#e6e8eb", "button": "#2b3038", "highlight": "#3d9be0",
             "mid": "#4a515c", "plot_background": "#15181c", "plot_foreground": "#d0d4da"},
    # Presentation on a projector, and for low vision: white on pure black,
    # yellow for what is selected, white borders. Not a light theme with
    # darker text: the whole picture changes, as operating systems' do.
    "high_contrast": {"window": "#000000", "base": "#000000", "text": "#ffffff", "button": "#1c1c1c",
                      "highlight": "#ffd400", "mid": "#ffffff", "plot_background": "#000000",
                      "plot_foreground": "#ffffff"},
}

# Each theme's title in View and the tip beside it; English here, translated where shown.
THEME_TITLES = {"light": (QT_TRANSLATE_NOOP("appearance", "Light theme"),
                          QT_TRANSLATE_NOOP("appearance", "Use the light theme")),
                "dark": (QT_TRANSLATE_NOOP("appearance", "Dark theme"),
                         QT_TRANSLATE_NOOP("appearance", "Use the dark theme")),
                "high_contrast": (QT_TRANSLATE_NOOP("appearance", "High-contrast theme"),
                                  QT_TRANSLATE_NOOP("appearance", "Use the high-contrast theme"))}

_base_point_size = None


def theme_title(name):
    """(title, tip) of theme ``name`` in the language spoken now."""
    return tuple(translate("appearance", text) for text in THEME_TITLES[name])


def describe(widget, name, tip, accessible=None):
    """Give a control its object name, an accessible name and a tooltip, in one place.

    The accessible name defaults to what the control says (a button's text),
    else to the tip's first sentence: both are in the reader's language, the
    object name is not. Call it again from ``retranslate`` after setting the text.
    """
    widget.setObjectName(name)
    shown = widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else ""
    widget.setAccessibleName(accessible or shown or tip.split(". ")[0].rstrip("."))
    widget.setToolTip(tip)
    return widget


def make_bold(widget, weight=QFont.Bold):
    """Bold text that still follows the application's font size.

    A style sheet with any font property freezes the widget's font, so it
    would not grow with the presentation zoom; a QFont with only its weight
    set leaves the size to be inherited.
    """
    font = QFont()
    font.setWeight(weight)
    widget.setFont(font)
    return widget


def mute(widget):
    """Secondary text (notes, captions, headings): the theme's text color, faded towards its background.

    Set through the palette, not a style sheet: any style sheet, even one with
    only a color, freezes the font of the widget and of everything in it, so
    the text would not grow with the presentation zoom. ``apply_theme``
    recolors muted widgets for the new theme.
    """
    widget.setProperty("muted", True)
    _fade_text(widget, QApplication.palette())
    return widget


def set_colors(widget, text, background=None, frame=False):
    """Fixed colors for a widget's text (and background and a plain frame), through its palette.

    For colors that mean something in every theme: an error's red, a run's
    color. Not a style sheet, for the reason given in ``mute``.
    """
    palette = widget.palette()
    palette.setColor(QPalette.WindowText, QColor(text))
    if background is not None:
        palette.setColor(QPalette.Window, QColor(background))
        widget.setAutoFillBackground(True)
    widget.setPalette(palette)
    if frame:
        widget.setFrameShape(QFrame.Box)  # a plain box is drawn in the text color
    return widget


class _WholeHeight(QObject):
    """Keeps a word-wrapped label at least as tall as its text needs at its width."""

    def eventFilter(self, label, event):  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Resize, QEvent.FontChange, QEvent.Show, QEvent.LayoutRequest):
            needed = label.heightForWidth(max(label.width(), 1))
            if needed > 0 and needed != label.minimumHeight():
                label.setMinimumHeight(needed)
        return False


def keep_whole(label):
    """Never squeeze the word-wrapped ``label`` below the height of its lines; its neighbours give way.

    A layout squeezed for room takes height from a wrapped label as readily as
    from a plot, and the last line is cut off; a plot can shrink instead.
    """
    keeper = _WholeHeight(label)
    label.installEventFilter(keeper)
    label._whole_height = keeper   # kept alive with the label
    return label


def _fade_text(widget, theme_palette):
    text, background = theme_palette.color(QPalette.WindowText), theme_palette.color(QPalette.Window)
    faded = QColor.fromRgbF(*(t + 0.38 * (b - t) for t, b in zip(text.getRgbF()[:3], background.getRgbF()[:3])))
    palette = widget.palette()
    palette.setColor(QPalette.WindowText, faded)
    widget.setPalette(palette)


def apply_theme(name, root=None):
    """Recolor the whole application (and the plots under ``root``) with theme ``name``."""
    colors = THEMES[name]
    app = QApplication.instance()
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.Window, QColor(colors["window"]))
    palette.setColor(QPalette.Base, QColor(colors["base"]))
    palette.setColor(QPalette.AlternateBase, QColor(colors["button"]))
    palette.setColor(QPalette.Button, QColor(colors["button"]))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText, QPalette.ToolTipText):
        palette.setColor(role, QColor(colors["text"]))
    palette.setColor(QPalette.ToolTipBase, QColor(colors["base"]))
    palette.setColor(QPalette.Highlight, QColor(colors["highlight"]))
    # Text on the highlight: dark on a light highlight (high contrast's yellow), else white.
    palette.setColor(QPalette.HighlightedText, QColor("#000000" if QColor(colors["highlight"]).lightness() > 150
                                                      else "#ffffff"))
    palette.setColor(QPalette.Mid, QColor(colors["mid"]))
    palette.setColor(QPalette.PlaceholderText, QColor(colors["mid"]))
    disabled = QColor(colors["mid"])
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, disabled)
    app.setPalette(palette)
    pg.setConfigOption("background", colors["plot_background"])
    pg.setConfigOption("foreground", colors["plot_foreground"])
    if root is not None:
        for plot in root.findChildren(pg.PlotWidget):
            style_plot(plot, colors)
        for widget in root.findChildren(QWidget):
            if widget.property("muted"):
                _fade_text(widget, palette)
    return colors


def style_plot(plot, colors):
    plot.setBackground(colors["plot_background"])
    item = plot.getPlotItem()
    pen = pg.mkPen(colors["plot_foreground"])
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(pen)
        axis.setTextPen(pen)
        if axis.labelText:
            axis.setLabel(axis.labelText, units=axis.labelUnits, color=colors["plot_foreground"])
    if item.titleLabel is not None and item.titleLabel.text:
        item.setTitle(item.titleLabel.text, color=colors["plot_foreground"])


def apply_zoom(zoom, root=None):
    """Scale the application's font (and the plots' text and lines under ``root``) by ``zoom``."""
    global _base_point_size
    app = QApplication.instance()
    if _base_point_size is None:
        _base_point_size = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size * zoom)
    app.setFont(font)
    if root is not None:
        for widget in root.findChildren(pg.PlotWidget):
            item = widget.getPlotItem()
            tick_font = QFont(font)
            tick_font.setPointSizeF(_base_point_size * zoom * 0.9)
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setStyle(tickFont=tick_font)
                axis.label.setFont(font)
            for curve in item.listDataItems():
                pen = curve.opts.get("pen")
                if pen is not None and not isinstance(pen, (tuple, str)):
                    pen = pg.mkPen(pen)
                    base = getattr(curve, "_base_width", None)
                    if base is None:
                        base = curve._base_width = max(pen.widthF(), 1.0)
                    pen.setWidthF(base * zoom)
                    curve.setPen(pen)
        for widget in root.findChildren(QWidget):
            if hasattr(widget, "set_zoom"):
                widget.set_zoom(zoom)
    return font


class ElidedComboBox(QComboBox):
    """A drop-down that may be narrower than its longest item: the shown item ends in "…" instead of being cut.

    For titles (lessons, challenges) in a side panel that must fit a laptop in
    every language; the open list and the tooltip show each title whole.
    """

    elides_text = True  # gui.visible_text does not count its text as clipped

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def paintEvent(self, event):  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.ElideRight, field.width())
        painter.drawControl(QStyle.CE_ComboBoxLabel, option)
