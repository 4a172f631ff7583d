"""Regression losses in the target's own units, in the words every view uses.

The network learns standardized targets when a table's target is far from
unit scale (diabetes progression: 25 to 346), so its loss is in standardized
units. ``engine.data.Prepared.in_target_units`` converts; these helpers say
it the same way in the read-outs, the formula, the squares and the histogram.
"""

from PySide6.QtCore import QCoreApplication

from engine.formatting import number

# Qt's translation of a text outside a widget class; lupdate finds translate("context", "text") by its name.
translate = QCoreApplication.translate


def is_standardized(prepared):
    """Whether the network sees this data's targets standardized (regression only)."""
    return bool(getattr(prepared, "target_standardized", False))


def standardized_note(prepared):
    """"The network works on standardized targets; here in progression units." or "" when it does not."""
    if not is_standardized(prepared):
        return ""
    return translate("target_units", "The network works on standardized targets; here in {target} units.").format(
        target=prepared.target_name)


def loss_in_units(prepared, loss, value):
    """A network loss as it reads in the target's units, "2,778 progression²"; "" when there is no unit."""
    units = prepared.target_units(loss)
    if not units:
        return ""
    return f"{number(prepared.in_target_units(loss, value))} {units}"
