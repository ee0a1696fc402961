"""Small formatting helpers for the scorecard's reasons (numbers, years, comparisons), language-free.

Numbers become :mod:`accredit.i18n.message` number messages: the decimal mark is chosen when a
front end renders them (:class:`~accredit.i18n.message.Messages`), never here.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from decimal import Decimal

from accredit.i18n.message import Msg, number, percent, quantity
from accredit.model.framework import short_name_of_id

COMPARATOR_SYMBOLS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "="}
COMPARE: dict[str, Callable[[Decimal, Decimal], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}
"""How each comparator of a formula compares a value with its threshold."""


def fmt_number(value: Decimal | int | None, places: int | None = None) -> Msg | str:
    """A number for a message: shown with a decimal comma in Vietnamese, a point in English; '—' for None."""
    return number(value, places)


def fmt_quantity(value: Decimal | int | None, unit: str, places: int | None = None) -> Msg | str:
    """A number with its unit: '62,50%' or '2 000 HSSV quy đổi' style (unit after a space unless '%')."""
    return quantity(value, unit, places)


def fmt_share(share: Decimal) -> Msg | str:
    """A 0–1 share as a percentage with up to 2 decimals: '66,67%'."""
    pct = (share * 100).quantize(Decimal("0.01"))
    return percent(pct.normalize() if pct == pct.to_integral_value() else pct)


def fmt_years(years: Iterable[int]) -> str:
    """Years as '2024, 2025, 2026'."""
    return ", ".join(str(y) for y in years)


def fmt_codes(codes: Iterable[str]) -> str:
    """Codes as '1.1, 2.3'."""
    return ", ".join(codes)


def fmt_frameworks(ids: Iterable[str]) -> str:
    """Frameworks as a person names them, 'TT 14/2024, TT 15/2017' (never the internal ids), each once."""
    return ", ".join(dict.fromkeys(short_name_of_id(i) for i in ids))
