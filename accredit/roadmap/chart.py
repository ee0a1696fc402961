"""Adapter: a chart of projected points per criterion by year against the thresholds — SVG and PNG.

Small multiples: one panel per criterion plus one for the total; bars are the projected
points of each plan year (green when at or above the floor, orange below), the dashed red
line is the floor the decision rule sets (share × maximum; the maximum under an all-met rule;
the minimum total). The SVG is written by hand (small, self-contained, embeddable); the PNG
is drawn with Pillow in the same layout (matplotlib, without pyplot, only when no font is found).
"""

from __future__ import annotations

import importlib.util
import io
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from accredit.i18n.message import Messages
from accredit.model.roadmap import Roadmap
from accredit.xml_text import escape, quoteattr

PANEL_W, PANEL_H = 230, 180
LEFT, RIGHT, TOP, BOTTOM = 36, 10, 34, 26
HEADER = 66
HEADROOM = Decimal("1.1")  # room above the maximum, so that a floor at the maximum stays visible
GREEN, ORANGE, BLUE, RED, GREY = "#4E8542", "#D9822B", "#2F5597", "#C00000", "#7F7F7F"


@dataclass(frozen=True)
class Panel:
    """One small chart: a criterion (or the total) across the plan years."""

    title: str
    maximum: Decimal
    required: Decimal | None
    points: list[Decimal]
    labels: list[str]
    """One per bar: 'Hiện tại' (the scorecard as it is, no planned action) first, then the plan years."""


def panels(roadmap: Roadmap, messages: Messages) -> list[Panel]:
    """The panels to draw: every criterion of the target, then the total.

    The first bar is the year as it is now (``roadmap.current``); the bars of the plan years are
    projections that count the planned actions, so they are labelled apart.
    """
    first = roadmap.projections[0]
    shown = ([roadmap.current] if roadmap.current is not None else []) + list(roadmap.projections)
    labels = ([messages("roadmap.chart.now")] if roadmap.current is not None else []) + [str(y) for y in roadmap.years]
    out = [
        Panel(
            title=f"{c.label} ({messages('roadmap.chart.max', max=messages.number(c.max))})",
            maximum=c.max,
            required=c.required,
            points=[p.criteria[i].points for p in shown],
            labels=labels,
        )
        for i, c in enumerate(first.criteria)
    ]
    out.append(
        Panel(
            title=f"{messages('roadmap.chart.total')} "
            f"({messages('roadmap.chart.max', max=messages.number(first.max))})",
            maximum=first.max,
            required=first.required_total,
            points=[p.total for p in shown],
            labels=labels,
        )
    )
    return out


def _grid(n: int) -> tuple[int, int]:
    cols = 3 if n <= 9 else 4
    return cols, (n + cols - 1) // cols


def _title(roadmap: Roadmap, messages: Messages) -> tuple[str, str, str]:
    """Heading, the framework's title, and the result with the legend."""
    if roadmap.earliest_year is not None:
        sub = messages("roadmap.chart.earliest", year=roadmap.earliest_year)
    else:
        sub = messages("roadmap.chart.none")
    return messages("roadmap.chart.heading"), roadmap.title, f"{sub} — {messages('roadmap.chart.legend')}"


def _color(value: Decimal, required: Decimal | None) -> str:
    if required is None:
        return BLUE
    return GREEN if value >= required else ORANGE


def chart_svg(roadmap: Roadmap, messages: Messages) -> str:
    """The chart as a small, self-contained SVG document."""
    ps = panels(roadmap, messages)
    cols, rows = _grid(len(ps))
    width, height = cols * PANEL_W + 20, rows * PANEL_H + HEADER + 10
    head, name, sub = _title(roadmap, messages)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif" role="img">',
        f"<title>{escape(head)} — {escape(name)}</title>",
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="10" y="20" font-size="14" font-weight="bold">{escape(head)}</text>',
        f'<text x="10" y="38" font-size="12">{escape(name)}</text>',
        f'<text x="10" y="55" font-size="10" fill="{GREY}">{escape(sub)}</text>',
    ]
    years = ps[0].labels
    for k, p in enumerate(ps):
        x0 = 10 + (k % cols) * PANEL_W
        y0 = HEADER + (k // cols) * PANEL_H
        pw, ph = PANEL_W - LEFT - RIGHT, PANEL_H - TOP - BOTTOM
        top = (p.maximum if p.maximum > 0 else Decimal(1)) * HEADROOM

        def y_of(v: Decimal, y0: float = y0, ph: float = ph, top: Decimal = top) -> float:
            return round(y0 + TOP + ph - float(v / top) * ph, 1)

        out.append(f'<g class="panel" data-title={quoteattr(p.title)}>')  # quotes too: an attribute
        out.append(f'<text x="{x0 + 4}" y="{y0 + 18}" font-size="11" font-weight="bold">{escape(p.title)}</text>')
        base_y = y0 + TOP + ph
        out.append(
            f'<line x1="{x0 + LEFT}" y1="{base_y}" x2="{x0 + LEFT + pw}" y2="{base_y}" stroke="{GREY}" '
            f'stroke-width="1"/>'
        )
        for v in (Decimal(0), p.maximum):
            out.append(
                f'<text x="{x0 + LEFT - 4}" y="{y_of(v) + 3}" font-size="9" text-anchor="end" '
                f'fill="{GREY}">{escape(messages.number(v))}</text>'
            )
        slot = pw / max(1, len(years))
        bar = slot * 0.6
        for j, (year, value) in enumerate(zip(years, p.points, strict=True)):
            bx = round(x0 + LEFT + j * slot + (slot - bar) / 2, 1)
            by = y_of(value)
            out.append(
                f'<rect x="{bx}" y="{by}" width="{round(bar, 1)}" height="{round(base_y - by, 1)}" '
                f'fill="{_color(value, p.required)}"><title>{year}: {escape(messages.number(value))}</title></rect>'
            )
            weight = ' font-weight="bold"' if year == str(roadmap.earliest_year) else ""
            out.append(
                f'<text x="{round(bx + bar / 2, 1)}" y="{base_y + 13}" font-size="9" text-anchor="middle"'
                f"{weight}>{year}</text>"
            )
        if p.required is not None:
            ry = y_of(p.required)
            out.append(
                f'<line class="threshold" x1="{x0 + LEFT}" y1="{ry}" x2="{x0 + LEFT + pw}" y2="{ry}" stroke="{RED}" '
                f'stroke-width="1.5" stroke-dasharray="5,3"/>'
            )
            out.append(
                f'<text x="{x0 + LEFT + pw}" y="{ry - 3}" font-size="9" text-anchor="end" fill="{RED}" '
                f'stroke="#ffffff" stroke-width="3" paint-order="stroke">'
                f"≥ {escape(messages.number(p.required))}</text>"
            )
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _font_files() -> tuple[str, str] | None:
    """A regular and a bold TrueType font with Vietnamese glyphs: DejaVu Sans (shipped with
    matplotlib, found without importing it; or the system's), else Arial on Windows and macOS."""
    candidates: list[tuple[Path, str, str]] = []
    spec = importlib.util.find_spec("matplotlib")
    for root in (spec.submodule_search_locations or []) if spec else []:
        candidates.append((Path(root) / "mpl-data" / "fonts" / "ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"))
    candidates += [
        (Path("/usr/share/fonts/truetype/dejavu"), "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        (Path("/usr/share/fonts/dejavu"), "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        (Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts", "arial.ttf", "arialbd.ttf"),
        (Path("/System/Library/Fonts/Supplemental"), "Arial.ttf", "Arial Bold.ttf"),
    ]
    for folder, regular, bold in candidates:
        if (folder / regular).is_file() and (folder / bold).is_file():
            return str(folder / regular), str(folder / bold)
    return None


def chart_png(roadmap: Roadmap, messages: Messages, dpi: int = 110) -> bytes:
    """The chart as PNG bytes, drawn with Pillow in the SVG's layout (scaled to ``dpi``).

    Drawing a few bars, lines and labels directly costs milliseconds, where a plotting library
    costs most of a second; when no suitable font is found, matplotlib draws it instead.
    """
    fonts = _font_files()
    if fonts is None:
        return _chart_png_matplotlib(roadmap, messages, dpi)
    from PIL import Image, ImageDraw, ImageFont

    scale = dpi / 72
    ps = panels(roadmap, messages)
    cols, rows = _grid(len(ps))
    width, height = cols * PANEL_W + 20, rows * PANEL_H + HEADER + 10
    image = Image.new("RGB", (round(width * scale), round(height * scale)), "#ffffff")
    draw = ImageDraw.Draw(image)
    cache: dict[tuple[int, bool], Any] = {}

    def font(size: int, bold: bool = False) -> Any:
        key = (size, bold)
        if key not in cache:
            cache[key] = ImageFont.truetype(fonts[bold], round(size * scale))
        return cache[key]

    def xy(x: float, y: float) -> tuple[float, float]:
        return x * scale, y * scale

    def text(x: float, y: float, value: str, size: int, *, bold: bool = False, fill: str = "#000000",
             anchor: str = "ls") -> None:
        """Text with its baseline at y (as SVG draws it); anchor 'ls' left, 'ms' middle, 'rs' right."""
        draw.text(xy(x, y), value, font=font(size, bold), fill=fill, anchor=anchor)

    head, name, sub = _title(roadmap, messages)
    text(10, 20, head, 14, bold=True)
    text(10, 38, name, 12)
    text(10, 55, sub, 10, fill=GREY)
    years = ps[0].labels  # 'Hiện tại' (the year as it is), then the projected years
    for k, p in enumerate(ps):
        x0 = 10 + (k % cols) * PANEL_W
        y0 = HEADER + (k // cols) * PANEL_H
        pw, ph = PANEL_W - LEFT - RIGHT, PANEL_H - TOP - BOTTOM
        top = (p.maximum if p.maximum > 0 else Decimal(1)) * HEADROOM

        def y_of(v: Decimal, y0: float = y0, ph: float = ph, top: Decimal = top) -> float:
            return y0 + TOP + ph - float(v / top) * ph

        text(x0 + 4, y0 + 18, p.title, 11, bold=True)
        base_y = y0 + TOP + ph
        draw.line([xy(x0 + LEFT, base_y), xy(x0 + LEFT + pw, base_y)], fill=GREY, width=max(1, round(scale)))
        for v in (Decimal(0), p.maximum):
            text(x0 + LEFT - 4, y_of(v) + 3, messages.number(v), 9, fill=GREY, anchor="rs")
        slot = pw / max(1, len(years))
        bar = slot * 0.6
        for j, (year, value) in enumerate(zip(years, p.points, strict=True)):
            bx = x0 + LEFT + j * slot + (slot - bar) / 2
            by = y_of(value)
            if base_y - by > 0:
                draw.rectangle([xy(bx, by), xy(bx + bar, base_y)], fill=_color(value, p.required))
            text(bx + bar / 2, base_y + 13, year, 9, bold=year == str(roadmap.earliest_year), anchor="ms")
        if p.required is not None:
            ry = y_of(p.required)
            x = x0 + LEFT
            while x < x0 + LEFT + pw:  # dashes of 5, gaps of 3, as in the SVG
                draw.line([xy(x, ry), xy(min(x + 5, x0 + LEFT + pw), ry)], fill=RED, width=max(1, round(1.5 * scale)))
                x += 8
            label = f"≥ {messages.number(p.required)}"
            draw.text(xy(x0 + LEFT + pw, ry - 3), label, font=font(9), fill=RED, anchor="rs",
                      stroke_width=round(1.5 * scale), stroke_fill="#ffffff")
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def _chart_png_matplotlib(roadmap: Roadmap, messages: Messages, dpi: int) -> bytes:
    """The chart drawn by matplotlib's object-oriented API on an Agg canvas (no pyplot, fixed margins)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    ps = panels(roadmap, messages)
    cols, rows = _grid(len(ps))
    width, height = cols * PANEL_W / 72, rows * PANEL_H / 72 + 0.9
    fig = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(fig)
    head, name, sub = _title(roadmap, messages)
    fig.text(0.01, 1 - 0.08 / height, f"{head}\n{name}\n{sub}", fontsize=10, ha="left", va="top")
    fig.subplots_adjust(left=0.45 / width, right=1 - 0.1 / width, bottom=0.3 / height, top=1 - 0.95 / height,
                        wspace=0.45, hspace=0.55)
    axes = fig.subplots(rows, cols, squeeze=False)
    years = ps[0].labels  # 'Hiện tại' (the year as it is), then the projected years
    for k, ax in enumerate(axes.flat):
        if k >= len(ps):
            ax.axis("off")
            continue
        p = ps[k]
        ax.bar(years, [float(v) for v in p.points], color=[_color(v, p.required) for v in p.points], width=0.6)
        if p.required is not None:
            ax.axhline(float(p.required), color=RED, linestyle="--", linewidth=1.2, zorder=3)
        ax.set_ylim(0, float((p.maximum if p.maximum > 0 else Decimal(1)) * HEADROOM))
        ax.set_title(p.title, fontsize=9, loc="left")
        ax.tick_params(labelsize=7)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi)
    return buf.getvalue()
