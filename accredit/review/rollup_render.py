"""The roll-up as an Excel workbook and a self-contained HTML page (inline CSS, no network, escaped).

Rendering only (the data is :mod:`accredit.review.rollup`'s): the province table, a heat map of
schools × criteria (the share of each criterion's points, coloured by band), bars of the average
share per criterion, under the Sở's heading and the date (both passed in: no clock here).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from accredit.i18n import language
from accredit.i18n.message import Messages
from accredit.model.review import FrameworkColumn, RollupReport, SchoolRow
from accredit.report.view import plain_ids
from accredit.safe_text import put
from accredit.workbooks import BOLD, HEADER_FILL, WRAP, save
from accredit.workspace import make_dirs, write_atomic

XLSX_NAME = "tong-hop-tinh.xlsx"
HTML_NAME = "tong-hop-tinh.html"
TEMPLATES = Path(__file__).resolve().parent / "templates"


def num(value: Decimal | None) -> int | float | None:
    """A decimal as a number for a cell (integers stay integers)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def fmt(msgs: Messages, value: Decimal | None) -> str:
    """A decimal as text with a Vietnamese decimal comma ('–' when absent)."""
    if value is None:
        return "–"
    n = num(value)
    text = f"{n:g}" if isinstance(n, float) else str(n)
    return text.replace(".", ",") if language() == "vi" else text


def decision(msgs: Messages, passed: bool) -> str:
    """'Đạt' / 'Không đạt' (or English)."""
    return msgs("review.out.passed") if passed else msgs("review.out.failed")


def signature_cell(msgs: Messages, row: SchoolRow) -> str:
    """The package's signature state in words (issue 16), 'accepted by the inspector' when it was."""
    if row.signature is None:
        return "—"
    text = msgs(f"sign.state.{row.signature.value}")
    return text + (" · " + msgs("sign.out.accepted") if row.signature_accepted else "")


BANDS: tuple[tuple[Decimal, str, str], ...] = (
    (Decimal("0.8"), "1B7F3B", "E3F4E8"),
    (Decimal("0.6"), "5E8C1E", "F0F7DC"),
    (Decimal("0.4"), "8A6D00", "FFF4CC"),
    (Decimal("0"), "A61B1B", "FBE3E3"),
)
"""Share bands of the heat map: (from share, text colour, background)."""


def short_name(msgs: Messages, framework_id: str) -> str:
    """A framework as a person names it ('Thông tư 35/2021'), never its id."""
    return plain_ids(msgs, framework_id, {})


def band(share: Decimal | None) -> tuple[str, str]:
    """Text and background colour of a heat-map cell (grey when the school has no result)."""
    if share is None:
        return "52606D", "EEF0F3"
    for floor, ink, fill in BANDS:
        if share >= floor:
            return ink, fill
    return BANDS[-1][1], BANDS[-1][2]


@dataclass(frozen=True)
class HeatCell:
    """One school × criterion: the share of the criterion's points and 'points/max'."""

    share: Decimal | None
    text: str


@dataclass(frozen=True)
class HeatMap:
    """The heat map of one framework: its criteria as columns, one row per school, and the averages."""

    framework: FrameworkColumn
    name: str
    rows: list[tuple[str, list[HeatCell]]]
    average: list[Decimal | None]


def heat_maps(msgs: Messages, report: RollupReport) -> list[HeatMap]:
    """Per framework, schools × criteria with each criterion's share (points / max)."""
    out: list[HeatMap] = []
    for fw in report.frameworks:
        rows: list[tuple[str, list[HeatCell]]] = []
        sums: list[list[Decimal]] = [[] for _ in fw.criteria]
        for s in report.schools:
            res = s.result(fw.id)
            if res is None:
                continue
            got = {c.code: c for c in res.criteria}
            cells = []
            for i, c in enumerate(fw.criteria):
                mine = got.get(c.code)
                if mine is None or not mine.max:
                    cells.append(HeatCell(None, "–"))
                    continue
                share = Decimal(mine.points) / Decimal(mine.max)
                sums[i].append(share)
                cells.append(HeatCell(share, f"{fmt(msgs, mine.points)}/{fmt(msgs, mine.max)}"))
            rows.append((s.school.name, cells))
        average = [sum(v, Decimal(0)) / len(v) if v else None for v in sums]
        out.append(HeatMap(fw, short_name(msgs, fw.id), rows, average))
    return out


def criterion_bars(msgs: Messages, hm: HeatMap) -> Markup:
    """Inline SVG: one bar per criterion, the average share over the schools (text escaped, no script)."""
    width, label_w, row_h = 900, 330, 26
    bar_w = width - label_w - 80
    height = 10 + row_h * len(hm.framework.criteria)
    out = [f'<svg class="bars" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="{escape(hm.name)}" font-size="14" font-family="inherit">']
    for i, (c, avg) in enumerate(zip(hm.framework.criteria, hm.average, strict=True)):
        y = 6 + i * row_h
        out.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" fill="#1f2933">{escape(c.label)}</text>')
        out.append(f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="18" rx="3" fill="#eef0f3"/>')
        if avg is not None:
            ink, _ = band(avg)
            out.append(f'<rect x="{label_w}" y="{y}" width="{float(avg) * bar_w:.1f}" height="18" rx="3" '
                       f'fill="#{ink}"/>')
            pct = fmt(msgs, (avg * 100).quantize(Decimal("0.1")))
            out.append(f'<text x="{label_w + bar_w + 8}" y="{y + 15}" fill="#{ink}" font-weight="600">{pct}%</text>')
    out.append("</svg>")
    return Markup("".join(out))


def status_text(msgs: Messages, row: SchoolRow) -> str:
    """Whose results the row shows: the school's own, or the inspector's (and the review cycle)."""
    return msgs(f"review.out.status.{row.status.value}", cycle=row.review_cycle)


def superseded_rows(msgs: Messages, report: RollupReport) -> tuple[list[str], list[list[Any]]]:
    """The older packages replaced by a newer one of the same school."""
    headers = [msgs("review.out.package"), msgs("review.out.school"), msgs("review.out.created"),
               msgs("review.out.replaced_by")]
    return headers, [[s.package, s.school, s.created.strftime("%d/%m/%Y %H:%M"), s.replaced_by]
                     for s in report.superseded]


def table_rows(msgs: Messages, report: RollupReport) -> tuple[list[str], list[list[Any]]]:
    """The province table: headers and one row per school (cells as plain values)."""
    headers = [msgs("review.out.school"), msgs("review.out.code"), msgs("review.out.province"), msgs("review.out.year"),
               msgs("review.out.status")]
    for fw in report.frameworks:
        name = short_name(msgs, fw.id)
        headers += [f"{name} · {c.label}" for c in fw.criteria]
        headers += [f"{name} · {msgs('review.out.total')}", f"{name} · {msgs('review.out.decision')}"]
    headers += [msgs("review.out.earliest"), msgs("review.out.package"), msgs("sign.out.signature")]
    rows: list[list[Any]] = []
    for s in report.schools:
        code = s.school.code if s.programme is None else f"{s.school.code or ''} · {s.programme.code}".strip(" ·")
        row: list[Any] = [s.school.name, code, s.school.province, s.year, status_text(msgs, s)]
        for fw in report.frameworks:
            res = s.result(fw.id)
            if res is None:
                row += [None] * (len(fw.criteria) + 2)
                continue
            points = {c.code: c.points for c in res.criteria}
            row += [num(points.get(c.code)) for c in fw.criteria]
            row += [num(res.total), decision(msgs, res.passed)]
        row += [s.earliest_year, s.package, signature_cell(msgs, s)]
        rows.append(row)
    return headers, rows


def _sheet(ws: Worksheet, title: str, headers: list[str], rows: list[list[Any]]) -> None:
    put(ws.cell(1, 1), title).font = BOLD
    for col, h in enumerate(headers, start=1):
        cell = put(ws.cell(2, col), h)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, WRAP
        ws.column_dimensions[get_column_letter(col)].width = max(10, min(len(h) + 2, 40))
    for r, row in enumerate(rows, start=3):
        for col, value in enumerate(row, start=1):
            put(ws.cell(r, col), value).alignment = WRAP
    ws.freeze_panes = ws.cell(3, 2)


def _heat_sheet(msgs: Messages, ws: Worksheet, report: RollupReport, title: str) -> None:
    put(ws.cell(1, 1), title).font = BOLD  # the Sở's name as typed: text, never a formula
    r = 2
    for hm in heat_maps(msgs, report):
        put(ws.cell(r, 1), hm.name).font = BOLD
        r += 1
        put(ws.cell(r, 1), msgs("review.out.school")).font = BOLD
        ws.cell(r, 1).fill = HEADER_FILL
        for j, c in enumerate(hm.framework.criteria, start=2):
            cell = put(ws.cell(r, j), c.label)
            cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, WRAP
            ws.column_dimensions[get_column_letter(j)].width = 12
        for school, cells in hm.rows:
            r += 1
            put(ws.cell(r, 1), school).alignment = WRAP
            for j, hc in enumerate(cells, start=2):
                ink, fill = band(hc.share)
                cell = put(ws.cell(r, j), hc.text)
                cell.fill = PatternFill("solid", fgColor=fill)
                cell.font = Font(color=ink, bold=True)
                cell.alignment = Alignment(horizontal="center")
        r += 2
    ws.column_dimensions["A"].width = 40
    ws.freeze_panes = "B4"


def write_xlsx(msgs: Messages, report: RollupReport, path: Path, title: str | None = None) -> None:
    """The roll-up workbook: province table, heat map, requirement counts, closest schools, failed packages."""
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    headers, rows = table_rows(msgs, report)
    heading = title or msgs("review.out.title")
    _sheet(wb.create_sheet(msgs("review.out.sheet_table")), heading, headers, rows)
    _heat_sheet(msgs, wb.create_sheet(msgs("review.out.sheet_heat")), report, heading)
    _sheet(
        wb.create_sheet(msgs("review.out.sheet_counts")),
        msgs("review.out.counts"),
        [msgs("review.out.framework"), msgs("review.out.requirement"), msgs("review.out.criterion"),
         msgs("review.out.label"), msgs("review.out.met"), msgs("review.out.schools")],
        [[short_name(msgs, c.framework), c.code, c.criterion, c.label, c.met, c.schools]
         for c in report.requirement_counts],
    )
    _sheet(
        wb.create_sheet(msgs("review.out.sheet_closest")),
        msgs("review.out.closest", target=short_name(msgs, report.target)),
        [msgs("review.out.rank"), msgs("review.out.school"), msgs("review.out.total"), msgs("review.out.decision"),
         msgs("review.out.shortfall"), msgs("review.out.failing_criteria"), msgs("review.out.fix"),
         msgs("review.out.gates"), msgs("review.out.earliest")],
        [[c.rank, c.school, num(c.total), decision(msgs, c.passed), num(c.shortfall), ", ".join(c.failing_criteria),
          ", ".join(c.fix), ", ".join(short_name(msgs, g) for g in c.gates_blocking), c.earliest_year]
         for c in report.closest],
    )
    _sheet(
        wb.create_sheet(msgs("review.out.sheet_failed")),
        msgs("review.out.failed_title"),
        [msgs("review.out.package"), msgs("review.out.reasons")],
        [[f.package, "\n".join(f.reasons)] for f in report.failed],
    )
    _sheet(wb.create_sheet(msgs("review.out.sheet_superseded")), msgs("review.out.sheet_superseded"),
           *superseded_rows(msgs, report))
    save(wb, path)


def heading_lines(msgs: Messages, authority: str | None, on: date | None) -> tuple[str | None, str | None]:
    """The Sở's name (upper case) and 'ngày dd tháng mm năm yyyy' for the page and the workbook."""
    name = authority.strip().upper() if authority and authority.strip() else None
    when = msgs("review.out.dated", day=f"{on.day:02d}", month=f"{on.month:02d}", year=on.year) if on else None
    return name, when


def render_html(msgs: Messages, report: RollupReport, authority: str | None = None, on: date | None = None) -> str:
    """The roll-up as one HTML page: no scripts, no external resources, every value escaped."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    headers, rows = table_rows(msgs, report)
    old_headers, old_rows = superseded_rows(msgs, report)
    template = env.get_template("rollup.html.j2")
    name, when = heading_lines(msgs, authority, on)
    maps = heat_maps(msgs, report)
    return template.render(report=report, headers=headers, rows=rows, t=msgs, fmt=partial(fmt, msgs),
                           decision=partial(decision, msgs), lang=msgs.lang, authority=name, dated=when, maps=maps,
                           band=band, bars=[criterion_bars(msgs, m) for m in maps],
                           short_name=partial(short_name, msgs),
                           superseded_headers=old_headers, superseded=old_rows)


def write_outputs(msgs: Messages, report: RollupReport, folder: Path, authority: str | None = None,
                  on: date | None = None) -> list[str]:
    """Write the workbook and the HTML page into ``folder`` (atomically); returns their paths.

    ``authority`` (the Sở's name) and ``on`` (the date) head both outputs when given.
    """
    make_dirs(folder)
    xlsx, html = folder / XLSX_NAME, folder / HTML_NAME
    name, when = heading_lines(msgs, authority, on)
    title = " — ".join(x for x in (name, msgs("review.out.title"), when) if x)
    write_xlsx(msgs, report, xlsx, title)
    write_atomic(html, render_html(msgs, report, authority, on))
    return [str(xlsx), str(html)]
