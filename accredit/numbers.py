"""Reading numbers as people type them in the workbooks (Vietnamese conventions first).

One parser for every number a person types (data workbook, roadmap costs, ratings years).
Vietnamese writes ``1.050`` or ``1 050`` for one thousand and fifty and ``12,5`` for twelve and
a half; Excel set to English stores ``1.050`` typed in a cell as the number 1.05, and a cell
formatted as text keeps ``1.050`` as text. The rules, in order:

* Numbers stored as numbers are taken as they are, except that a **count** (people, programmes,
  courses…) must be a whole number: ``1.05`` in a count cell is refused with a hint (it is what
  Excel makes of ``1.050`` typed with an English number format).
* Text: spaces (also non-breaking and thin spaces) are dropped; a leading ``+``/``-``/``−`` is
  the sign; a trailing ``%`` is allowed only where the input is a percentage.
* Both ``.`` and ``,`` present: the last one is the decimal mark, the other groups thousands
  (groups of exactly three digits), e.g. ``1.234,5`` or ``1,234.5``.
* Several of the same mark (``1.234.567``) or a space between groups: thousands.
* One mark followed by other than three digits (``12,5``, ``12.5``): the decimal mark.
* One mark followed by exactly three digits (``1.050``, ``1,050``): for a **count** (a whole
  number) or a **converted number of people** (``HSSV quy đổi``: decimals allowed, but never a
  handful of people) the mark groups thousands (1050); for any other kind (hours, months, a cost,
  a percentage) both readings are plausible and the value is **ambiguous**: the reader stops and
  asks the person to type ``1050`` or ``1,05``.

The kind of an input comes from its unit (:func:`kind_of_unit`). Pure: no I/O.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from accredit.i18n import t
from accredit.model.framework import in_range


class NumberKind(StrEnum):
    """What a typed number stands for; decides how a lone separator is read."""

    COUNT = "count"  # whole things: people, programmes, courses, enterprises
    CONVERTED = "converted"  # people counted after a conversion (quy đổi): decimals allowed, but thousands
    QUANTITY = "quantity"  # may have decimals and be small: hours, months, money, scores
    PERCENT = "percent"  # a percentage: '85 %' allowed


class NumberError(ValueError):
    """A typed value that is not a number of the expected kind; ``hint`` says what to type."""

    def __init__(self, value: Any, hint: str) -> None:
        super().__init__(hint)
        self.value = value
        self.hint = hint


_SPACES = re.compile(r"[\s\u00a0\u2007\u202f\u2009\u200b]+")
_DIGITS = re.compile(r"^\d+$")
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[ \u00a0\u2007\u202f\u2009]+(?=\d)")
_CONVERTED_UNITS = ("quy đổi", "quy doi")
_DECIMAL_UNITS = ("giờ", "gio", "điểm", "diem", "đồng", "dong", "tháng", "thang")


def kind_of_unit(unit: str | None) -> NumberKind:
    """The kind of an input from its unit: '%' a percentage; 'quy đổi' a converted number of people;
    hours, months, money and scores a quantity; anything else (người, chương trình, doanh nghiệp…) a count."""
    if unit is None:
        return NumberKind.QUANTITY
    u = unit.strip().lower()
    if u == "%":
        return NumberKind.PERCENT
    if any(word in u for word in _CONVERTED_UNITS):
        return NumberKind.CONVERTED
    if any(word in u for word in _DECIMAL_UNITS):
        return NumberKind.QUANTITY
    return NumberKind.COUNT


def _grouped(head: str, groups: list[str]) -> bool:
    return bool(_DIGITS.match(head)) and 1 <= len(head) <= 3 and all(len(g) == 3 and _DIGITS.match(g) for g in groups)


def _bad(value: Any) -> NumberError:
    return NumberError(value, t("numbers.not_number", value=value))


def _integer_part(text: str, value: Any, marks: str) -> str:
    """Digits of an integer part written with thousands marks (any of ``marks``); raises when the groups are wrong."""
    parts = re.split(f"[{re.escape(marks)}]", text)
    if len(parts) == 1:
        if not _DIGITS.match(text):
            raise _bad(value)
        return text
    if not _grouped(parts[0], parts[1:]):
        raise NumberError(value, t("numbers.bad_groups", value=value))
    return "".join(parts)


def _parse_text(raw: str, value: Any, kind: NumberKind) -> Decimal:
    text = _BETWEEN_DIGITS.sub("_", raw.strip())  # a space between digits groups thousands
    text = _SPACES.sub("", text)
    if text.endswith("%"):
        if kind != NumberKind.PERCENT:
            raise NumberError(value, t("numbers.percent_here", value=value))
        text = text[:-1]
    sign = ""
    if text[:1] in ("+", "-", "\u2212"):
        sign = "" if text[0] == "+" else "-"
        text = text[1:]
    if not text:
        raise _bad(value)
    dots, commas, spaced = text.count("."), text.count(","), "_" in text
    if dots and commas:  # '1.234,5' or '1,234.5': the last mark is the decimal one
        mark = "." if text.rfind(".") > text.rfind(",") else ","
        whole, _, frac = text.rpartition(mark)
        if mark in whole or not _DIGITS.match(frac):
            raise _bad(value)
        digits = _integer_part(whole, value, ("," if mark == "." else ".") + "_") + "." + frac
    elif dots + commas == 0:
        digits = _integer_part(text, value, "_")
    elif dots > 1 or commas > 1:  # '1.234.567': thousands only
        digits = _integer_part(text, value, ("." if dots else ",") + "_")
    else:
        mark = "." if dots else ","
        whole, _, frac = text.partition(mark)
        if not whole or not _DIGITS.match(frac):
            raise _bad(value)
        if spaced or len(frac) != 3:  # '1 234,5', '12,5', '12.5': the mark is decimal
            digits = _integer_part(whole, value, "_") + "." + frac
        elif not _grouped(whole, [frac]):
            raise _bad(value)
        elif kind in (NumberKind.COUNT, NumberKind.CONVERTED):  # '1.050' people: thousands
            digits = whole + frac
        else:
            raise NumberError(
                value,
                t("numbers.ambiguous", value=value, whole=whole + frac, decimal=f"{whole},{frac.rstrip('0') or '0'}"),
            )
    try:
        return Decimal(sign + digits)
    except InvalidOperation as exc:
        raise _bad(value) from exc


def parse_number(value: Any, kind: NumberKind = NumberKind.QUANTITY) -> Decimal:
    """The number a person typed in a cell, read for an input of ``kind`` (see the module docstring).

    Raises :class:`NumberError` (a ``ValueError``) with a Vietnamese hint saying what to type.
    """
    if isinstance(value, bool):
        raise _bad(value)
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _bad(value)
        number = Decimal(repr(value))
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise _bad(value)
        number = value
    else:
        return _bounded(_check_count(_parse_text(str(value), value, kind), value, kind, typed=True), value)
    return _bounded(_check_count(number, value, kind, typed=False), value)


def _bounded(number: Decimal, value: Any) -> Decimal:
    """``number`` when no figure is too large to be one (``1e30``): :func:`accredit.model.framework.in_range`."""
    try:
        return in_range(number)
    except ValueError as exc:
        raise NumberError(value, str(exc)) from exc


def _check_count(number: Decimal, value: Any, kind: NumberKind, *, typed: bool) -> Decimal:
    if kind != NumberKind.COUNT or number == number.to_integral_value():
        return number
    thousand = number * 1000
    if not typed and thousand == thousand.to_integral_value() and abs(number) < 1000:
        raise NumberError(value, t("numbers.count_fraction_thousands", value=value, whole=int(thousand)))
    raise NumberError(value, t("numbers.count_fraction", value=value))
