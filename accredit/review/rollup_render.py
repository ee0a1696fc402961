"""The roll-up as an Excel workbook and a self-contained HTML page (inline CSS, no network, escaped)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from accredit.i18n import language, t
from accredit.model.review import RollupReport, SchoolRow
from accredit.workbooks import BOLD, HEADER_FILL, WRAP, save
from accredit.workspace import write_atomic

XLSX_NAME = "tong-hop-tinh.xlsx"
HTML_NAME = "tong-hop-tinh.html"
TEMPLATES = Path(__file__).resolve().parent / "templates"


def num(value: Decimal | None) -> int | float | None:
    """A decimal as a number for a cell (integers stay integers)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def fmt(value: Decimal | None) -> str:
    """A decimal as text with a Vietnamese decimal comma ('–' when absent)."""
    if value is None:
        return "–"
    n = num(value)
    text = f"{n:g}" if isinstance(n, float) else str(n)
    return text.replace(".", ",") if language() == "vi" else text


def decision(passed: bool) -> str:
    """'Đạt' / 'Không đạt' (or English)."""
    return t("review.out.passed") if passed else t("review.out.failed")


def status_text(row: SchoolRow) -> str:
    """Whose results the row shows: the school's own, or the inspector's (and the review cycle)."""
    return t(f"review.out.status.{row.status.value}", cycle=row.review_cycle)


def superseded_rows(report: RollupReport) -> tuple[list[str], list[list[Any]]]:
    """The older packages replaced by a newer one of the same school."""
    headers = [t("review.out.package"), t("review.out.school"), t("review.out.created"), t("review.out.replaced_by")]
    return headers, [[s.package, s.school, s.created.strftime("%d/%m/%Y %H:%M"), s.replaced_by]
                     for s in report.superseded]


def table_rows(report: RollupReport) -> tuple[list[str], list[list[Any]]]:
    """The province table: headers and one row per school (cells as plain values)."""
    headers = [t("review.out.school"), t("review.out.code"), t("review.out.province"), t("review.out.year"),
               t("review.out.status")]
    for fw in report.frameworks:
        headers += [f"{fw.id} · {c.label}" for c in fw.criteria]
        headers += [f"{fw.id} · {t('review.out.total')}", f"{fw.id} · {t('review.out.decision')}"]
    headers += [t("review.out.earliest"), t("review.out.package")]
    rows: list[list[Any]] = []
    for s in report.schools:
        row: list[Any] = [s.school.name, s.school.code, s.school.province, s.year, status_text(s)]
        for fw in report.frameworks:
            res = s.result(fw.id)
            if res is None:
                row += [None] * (len(fw.criteria) + 2)
                continue
            points = {c.code: c.points for c in res.criteria}
            row += [num(points.get(c.code)) for c in fw.criteria]
            row += [num(res.total), decision(res.passed)]
        row += [s.earliest_year, s.package]
        rows.append(row)
    return headers, rows


def _sheet(ws: Worksheet, title: str, headers: list[str], rows: list[list[Any]]) -> None:
    ws.cell(1, 1, title).font = BOLD
    for col, h in enumerate(headers, start=1):
        cell = ws.cell(2, col, h)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, WRAP
        ws.column_dimensions[get_column_letter(col)].width = max(10, min(len(h) + 2, 40))
    for r, row in enumerate(rows, start=3):
        for col, value in enumerate(row, start=1):
            ws.cell(r, col, value).alignment = WRAP
    ws.freeze_panes = ws.cell(3, 2)


def write_xlsx(report: RollupReport, path: Path) -> None:
    """The roll-up workbook: province table, requirement counts, closest schools, failed packages."""
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    headers, rows = table_rows(report)
    _sheet(wb.create_sheet(t("review.out.sheet_table")), t("review.out.title"), headers, rows)
    _sheet(
        wb.create_sheet(t("review.out.sheet_counts")),
        t("review.out.counts"),
        [t("review.out.framework"), t("review.out.requirement"), t("review.out.criterion"), t("review.out.label"),
         t("review.out.met"), t("review.out.schools")],
        [[c.framework, c.code, c.criterion, c.label, c.met, c.schools] for c in report.requirement_counts],
    )
    _sheet(
        wb.create_sheet(t("review.out.sheet_closest")),
        t("review.out.closest", target=report.target),
        [t("review.out.rank"), t("review.out.school"), t("review.out.total"), t("review.out.decision"),
         t("review.out.shortfall"), t("review.out.failing_criteria"), t("review.out.fix"), t("review.out.gates"),
         t("review.out.earliest")],
        [[c.rank, c.school, num(c.total), decision(c.passed), num(c.shortfall), ", ".join(c.failing_criteria),
          ", ".join(c.fix), ", ".join(c.gates_blocking), c.earliest_year] for c in report.closest],
    )
    _sheet(
        wb.create_sheet(t("review.out.sheet_failed")),
        t("review.out.failed_title"),
        [t("review.out.package"), t("review.out.reasons")],
        [[f.package, "\n".join(f.reasons)] for f in report.failed],
    )
    _sheet(wb.create_sheet(t("review.out.sheet_superseded")), t("review.out.sheet_superseded"),
           *superseded_rows(report))
    save(wb, path)


def render_html(report: RollupReport) -> str:
    """The roll-up as one HTML page: no scripts, no external resources, every value escaped."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    headers, rows = table_rows(report)
    old_headers, old_rows = superseded_rows(report)
    template = env.get_template("rollup.html.j2")
    return template.render(report=report, headers=headers, rows=rows, t=t, fmt=fmt, decision=decision,
                           lang=language(), superseded_headers=old_headers, superseded=old_rows)


def write_outputs(report: RollupReport, folder: Path) -> list[str]:
    """Write the workbook and the HTML page into ``folder`` (atomically); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    xlsx, html = folder / XLSX_NAME, folder / HTML_NAME
    write_xlsx(report, xlsx)
    write_atomic(html, render_html(report))
    return [str(xlsx), str(html)]
