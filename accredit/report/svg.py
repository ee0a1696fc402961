"""Inline SVG charts for the HTML report (no scripts, no network; every text escaped).

:func:`criterion_chart` draws one horizontal bar per criterion — the share reached — with a
mark at the share the decision rules require, so an inspector sees at a glance which criteria
are short and by how much.
"""

from __future__ import annotations

from decimal import Decimal

from markupsafe import Markup, escape

from accredit.i18n.message import Messages
from accredit.report import view
from accredit.report.model import FrameworkSection

GREEN = "#2e7d32"
RED = "#c62828"
BLUE = "#1f4e78"
GREY = "#e6e9ef"
INK = "#1b2733"
MUTED = "#5b6b7b"

_WIDTH = 760
_LABEL_W = 250
_VALUE_W = 130
_ROW_H = 30
_BAR_H = 16
_TOP = 34
_BOTTOM = 26


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _f(value: float) -> str:
    return f"{value:.1f}"


def _bar(share: Decimal | float | str, floor: Decimal | None) -> tuple[float, str]:
    """A criterion bar's filled fraction (at most 1) and its colour: green at or above the floor, else red."""
    value = Decimal(share)
    return min(float(value), 1.0), GREEN if floor is None or value >= floor else RED


def criterion_chart(msgs: Messages, section: FrameworkSection) -> Markup:
    """A bar chart of each criterion's share against the share its decision rules require."""
    rows = view.criterion_rows(section)
    bar_w = _WIDTH - _LABEL_W - _VALUE_W
    height = _TOP + _ROW_H * len(rows) + _BOTTOM
    title = msgs("report.chart.title", framework=section.framework.title)
    out: list[str] = [
        f'<svg class="chart" viewBox="0 0 {_WIDTH} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}" font-family="inherit" font-size="12">',
        f"<title>{escape(title)}</title>",
    ]
    # grid: 0, 25, 50, 75, 100 %
    for pct in (0, 25, 50, 75, 100):
        x = _LABEL_W + bar_w * pct / 100
        out.append(
            f'<line x1="{_f(x)}" y1="{_TOP - 8}" x2="{_f(x)}" y2="{height - _BOTTOM + 4}" '
            f'stroke="#d0d7e1" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{_f(x)}" y="{height - 8}" text-anchor="middle" fill="{MUTED}" font-size="11">{pct}%</text>'
        )
    out.append(
        f'<text x="{_LABEL_W}" y="16" fill="{MUTED}" font-size="11">{escape(msgs("report.chart.legend"))}</text>'
    )
    for i, (crit, res, floor) in enumerate(rows):
        y = _TOP + i * _ROW_H
        label = f"{crit.code}. {crit.title}" if crit.code != crit.label else crit.title
        out.append(
            f'<text x="{_LABEL_W - 10}" y="{_f(y + _BAR_H - 3)}" text-anchor="end" fill="{INK}">'
            f"<title>{escape(crit.label)} — {escape(crit.title)}</title>{escape(_clip(label, 38))}</text>"
        )
        out.append(f'<rect x="{_LABEL_W}" y="{y}" width="{bar_w}" height="{_BAR_H}" rx="3" fill="{GREY}"/>')
        if res is None:
            continue
        share, colour = _bar(res.share, floor)
        if share > 0:
            out.append(
                f'<rect x="{_LABEL_W}" y="{y}" width="{_f(bar_w * share)}" height="{_BAR_H}" rx="3" '
                f'fill="{colour}"/>'
            )
        if floor is not None:
            fx = _LABEL_W + bar_w * float(floor)
            out.append(
                f'<line x1="{_f(fx)}" y1="{y - 4}" x2="{_f(fx)}" y2="{y + _BAR_H + 4}" stroke="{INK}" '
                f'stroke-width="2.5"><title>{escape(msgs("report.chart.floor", share=view.share_text(msgs, floor)))}'
                f"</title></line>"
            )
        shown = view.share_text(msgs, res.share)
        value = f"{view.points_text(msgs, res.points)}/{view.points_text(msgs, res.max)} ({shown})"
        out.append(
            f'<text x="{_LABEL_W + bar_w + 8}" y="{_f(y + _BAR_H - 3)}" fill="{colour}" font-weight="600">'
            f"{escape(value)}</text>"
        )
    out.append("</svg>")
    return Markup("".join(out))



_N_WIDTH = 360
_N_ROW_H = 44
_N_BAR_H = 14


def criterion_chart_narrow(msgs: Messages, section: FrameworkSection) -> Markup:
    """The same chart for a phone (≈ 400 px): each criterion's name above its bar, so text keeps its size."""
    rows = view.criterion_rows(section)
    height = 12 + _N_ROW_H * len(rows)
    title = msgs("report.chart.title", framework=section.framework.title)
    out: list[str] = [
        f'<svg class="chart chart-narrow" viewBox="0 0 {_N_WIDTH} {height}" width="100%" role="img" '
        f'aria-label="{escape(title)}" font-family="inherit" font-size="13">',
        f"<title>{escape(title)}</title>",
    ]
    bar_w = _N_WIDTH - 4
    for i, (crit, res, floor) in enumerate(rows):
        y = 6 + i * _N_ROW_H
        label = f"{crit.code}. {crit.title}" if crit.code != crit.label else crit.title
        out.append(f'<text x="2" y="{y + 13}" fill="{INK}">{escape(_clip(label, 40))}</text>')
        by = y + 20
        out.append(f'<rect x="2" y="{by}" width="{bar_w}" height="{_N_BAR_H}" rx="3" fill="{GREY}"/>')
        if res is None:
            continue
        share, colour = _bar(res.share, floor)
        if share > 0:
            out.append(f'<rect x="2" y="{by}" width="{_f(bar_w * share)}" height="{_N_BAR_H}" rx="3" fill="{colour}"/>')
        if floor is not None:
            fx = 2 + bar_w * float(floor)
            out.append(f'<line x1="{_f(fx)}" y1="{by - 3}" x2="{_f(fx)}" y2="{by + _N_BAR_H + 3}" stroke="{INK}" '
                       f'stroke-width="2.5"/>')
        value = view.share_text(msgs, res.share)
        out.append(f'<text x="{_N_WIDTH - 2}" y="{y + 13}" text-anchor="end" fill="{colour}" font-weight="600">'
                   f"{escape(value)}</text>")
    out.append("</svg>")
    return Markup("".join(out))
