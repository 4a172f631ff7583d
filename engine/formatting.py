"""Numbers as people read them: a few significant digits, never 260 of them.

Every read-out, tooltip, caption, formula, message and export that shows a
number to a person goes through ``number``; files keep full precision.

The window sets the reader's separators (German reads 0,052 and 1.600) with
``use_separators``; whatever is written into a file a program reads again
(Python code, CSV) is formatted inside ``for_files()``, so it keeps "." and ",".
"""

import contextlib
import math

from .translation import translate

# Below this many digits before the point a value is written out in full
# (12,345.6); above it, in scientific notation (1.23e+08).
_PLAIN_UP_TO = 1e6
_PLAIN_DOWN_TO = 1e-4


_ENGLISH = (".", ",")
_separators = _ENGLISH


def use_separators(decimal=".", group=","):
    """Show numbers with ``decimal`` before the fractions and ``group`` between thousands."""
    global _separators
    _separators = (decimal, group)


@contextlib.contextmanager
def for_files():
    """Inside this block numbers use "." and ",", whatever language the window speaks."""
    global _separators
    shown, _separators = _separators, _ENGLISH
    try:
        yield
    finally:
        _separators = shown


def list_separator():
    """What goes between the numbers of a list: ", ", or "; " where the comma is the decimal point."""
    return "; " if _separators[0] == "," else ", "


def separators():
    """(decimal, group) as numbers are shown now."""
    return _separators


def localized(text):
    """``text``, a number written with "." and ",", with the reader's separators instead."""
    if _separators == _ENGLISH:
        return text
    decimal, group = _separators
    return text.translate({ord("."): decimal, ord(","): group})


def _as_float(value):
    # None is "no value yet", shown as a dash; what is no number is shown as it is.
    if value is None:
        return "–"
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)


def number(value, digits=4):
    """``value`` with about ``digits`` significant digits.

    Large and small values switch to scientific notation, so a blown-up loss
    reads ``1.9e+264`` instead of 265 digits; infinities read "∞" and "-∞",
    and NaN reads "not a number". ``None`` reads "–" (no value yet).

    >>> number(0.000123456), number(1234.5678), number(2.5e264), number(float("nan"))
    ('0.0001235', '1,235', '2.5e+264', 'not a number')
    >>> number(0.5), number(-12), number(3e-9)
    ('0.5', '-12', '3e-9')
    """
    value = _as_float(value)
    if isinstance(value, str):
        return value
    if math.isnan(value):
        return translate("formatting", "not a number")
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if value == 0:
        return "0"
    # A plain hyphen-minus: students copy these numbers into calculators.
    sign = "-" if value < 0 else ""
    size = abs(value)
    if size >= _PLAIN_UP_TO or size < _PLAIN_DOWN_TO:
        mantissa, exponent = f"{size:.{max(digits - 1, 0)}e}".split("e")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        return localized(f"{sign}{mantissa}e{int(exponent):+d}")
    # Enough decimals for ``digits`` significant ones, at least none.
    decimals = max(digits - 1 - int(math.floor(math.log10(size))), 0)
    text = f"{size:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return sign + localized(text)


def fixed(value, decimals=4):
    """``value`` with a fixed number of decimals where that stays short, else like ``number``.

    For columns of read-outs whose digits should line up (0.0312, 0.0297)
    while a blow-up still reads 3.1e+12, not thirteen digits.
    """
    value = _as_float(value)
    if isinstance(value, str):
        return value
    if not math.isfinite(value) or (value != 0 and not 10 ** (1 - decimals) <= abs(value) < _PLAIN_UP_TO):
        return number(value, decimals)
    return ("-" if value < 0 else "") + localized(f"{abs(value):,.{decimals}f}")


def percent(share, decimals=1):
    """A share 0–1 as a percentage, "96.3%"; "–" where there is none."""
    if share is None or not math.isfinite(float(share)):
        return "–"
    return localized(f"{100 * float(share):.{decimals}f}") + "%"


def count(value):
    """A whole number with thousands separators, "24,000"."""
    return localized(f"{int(value):,}")


def feature(name):
    """How an input feature is written for people: x1^2 -> x1², x1*x2 -> x1·x2."""
    return str(name).replace("^2", "²").replace("*", "·")
