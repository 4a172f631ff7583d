"""Number boxes that read the language's decimal separator and the point alike.

A German reader sees and types "0,03"; a value copied from a book, a
lesson or the command line says "0.03". Both mean the same number here.
In German the point is otherwise the thousands separator, which a box for
rates and shares never needs.
"""

from PySide6.QtWidgets import QDoubleSpinBox


class DecimalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox in the widget's locale that also takes "." as the decimal point."""

    def _with_locale_point(self, text):
        point = self.locale().decimalPoint()
        return text.replace(".", point) if point != "." else text

    def validate(self, text, position):  # noqa: D102 (Qt's name)
        return super().validate(self._with_locale_point(text), position)

    def fixup(self, text):  # noqa: D102
        return super().fixup(self._with_locale_point(text))

    def valueFromText(self, text):  # noqa: N802 (Qt's name)
        return super().valueFromText(self._with_locale_point(text))


def shown_number(box, value):
    """``value`` as few digits as it needs ("0.003", "1e-05"), with ``box``'s decimal separator."""
    text = f"{value:g}"
    point = box.locale().decimalPoint()
    return text.replace(".", point) if point != "." else text

