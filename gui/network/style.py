"""The canvas's sizes (in scene units and pixels), colors and style sheets."""

from PySide6.QtGui import QColor, QPalette


# Scene units: every node is a NODE-sized square, one per ROW vertically.
NODE = 40.0
ROW = 56.0
THUMB_RESOLUTION = 24
CURVE_POINTS = 48
HISTOGRAM_BINS = 12
MIN_ROWS = 5                      # so a tiny network does not blow up to fill the view
TOP_BAND = 62                     # pixels above the diagram: layer header, neuron buttons
BOTTOM_BAND = 32                  # pixels below: activation pickers
MIN_FRAME_SECONDS = 0.025         # while training, redraw at most 40 times a second, as snapshots come
HOVER_WIDTH = 9.0                 # how far from a thin edge the mouse may be and still hover it
HAIRLINE_PX = 1.5                 # edges thinner than this on screen are drawn as hairlines (see EdgeLayer)
LABEL_FONT_PX = 13
# A wide table's inputs (30 measurements, 64 pixels) would shrink every label
# to a few pixels; past this many rows, the input column shows a window of
# INPUT_WINDOW inputs between a "▲ n more" and a "▼ n more" row, and scrolls
# (mouse wheel over it, or a click on a marker).
MAX_INPUT_ROWS = 16
INPUT_WINDOW = MAX_INPUT_ROWS - 2
INPUT_SCROLL_STEP = 3
GREY = QColor("#5f6368")
BORDER = QColor("#b8bec4")


def canvas_colors(palette):
    """The canvas's colors from the window's theme: its background, text, faded text, buttons and borders.

    The canvas follows the theme like every widget: white with near-black
    text in the light theme, the dark theme's base with light text, pure
    black on white in high contrast.
    """
    background, text = palette.color(QPalette.Base), palette.color(QPalette.Text)

    def towards_background(share):
        return QColor.fromRgbF(*(t + share * (b - t) for t, b in zip(text.getRgbF()[:3], background.getRgbF()[:3])))
    return {"background": background, "text": text, "muted": towards_background(0.38),
            "faint": towards_background(0.7), "button": palette.color(QPalette.Button),
            "border": palette.color(QPalette.Mid)}


_BUTTON_STYLE = (
    "QToolButton { border: 1px solid {border}; border-radius: {radius}px; background: {button}; color: {text};"
    " font-weight: bold; font-size: {font}px; padding: 0px; }"
    "QToolButton:hover { border-color: {text}; }"
    "QToolButton:pressed { background: {border}; }"
    "QToolButton:disabled { color: {faint}; border-color: {faint}; }")
_SMALL_TEXT_STYLE = "color: {muted}; font-size: {font}px; font-weight: bold; letter-spacing: 0.5px;"
