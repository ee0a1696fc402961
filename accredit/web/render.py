"""Template filters: numbers and shares the Vietnamese way, dates, chart widths."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from jinja2 import pass_context

from accredit.i18n.message import Messages, Msg
from accredit.scoring.text import fmt_number, fmt_share


def _said(context: Any, value: object) -> str:
    """A core value rendered in the page's language (the template's ``_``, a :class:`Messages`)."""
    if isinstance(value, Msg):
        t = context.get("_") if context is not None else None
        return (t if isinstance(t, Messages) else Messages("vi"))(value)
    return str(value)


@pass_context
def num(context: Any, value: Decimal | int | float | None) -> str:
    """A number with the reader's decimal mark (a comma in Vietnamese; '—' for none)."""
    if value is None:
        return "—"
    return _said(context, fmt_number(Decimal(str(value))))


@pass_context
def share(context: Any, value: Decimal | float | None) -> str:
    """A 0–1 share as a percentage ('66,67%')."""
    if value is None:
        return "—"
    return _said(context, fmt_share(Decimal(str(value))))


def width(value: Decimal | float | None, full: float = 100.0) -> str:
    """A 0–1 share as a bar length (0 … ``full``), for inline SVG."""
    if value is None:
        return "0"
    v = max(0.0, min(1.0, float(value)))
    return f"{v * full:.1f}"


def when(value: datetime | None) -> str:
    """A moment as 'dd/mm/yyyy hh:mm' in local time."""
    if value is None:
        return ""
    return value.astimezone().strftime("%d/%m/%Y %H:%M")


def size(value: int) -> str:
    """A file size in kB or MB."""
    if value < 1024 * 1024:
        return f"{max(1, round(value / 1024))} kB"
    return f"{value / (1024 * 1024):.1f} MB".replace(".", ",")


def audit_target(entry: Any) -> str:
    """What an audit entry is about, as a short text."""
    from accredit.web.backend import audit_target as target

    return target(entry)


FILTERS: dict[str, Callable[..., Any]] = {"num": num, "share": share, "width": width, "when": when, "size": size,
                                          "audit_target": audit_target}
