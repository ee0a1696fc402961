"""Workbooks of the cycle, for the reports folder: the years side by side, and the programme overview.
Every value a person typed (names, codes) is written as text; the file is written atomically."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from accredit.annual.service import YearHistory
from accredit.catalog.registry import framework_name
from accredit.i18n import t
from accredit.programmes.workspace import Overview
from accredit.safe_text import put
from accredit.workbooks import clean_sheet_name, save, set_title, unique_sheet_name

BOLD = Font(bold=True)


def _header(sheet, row: int, values: list[str]) -> None:  # type: ignore[no-untyped-def]
    for col, value in enumerate(values, start=1):
        put(sheet.cell(row, col), value).font = BOLD


def write_history(path: Path, rows: list[YearHistory]) -> Path:
    """One sheet per framework (of the school or a programme): a row per requirement, a column per year."""
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    taken: set[str] = set()
    for h in rows:
        name = framework_name(h.framework) + (f" — {h.programme}" if h.programme else "")
        sheet = wb.create_sheet(unique_sheet_name(clean_sheet_name(
            (h.programme or "") + " " + h.framework.split("/")[0]).strip() or "Năm", taken))
        set_title(sheet, t("cycle.year.history_title", name=name))
        years = [c.year for c in h.years]
        _header(sheet, 2, [t("cycle.xw.col.req"), *(str(y) for y in years)])
        codes = list(dict.fromkeys(code for c in h.years for code in c.statuses))
        for i, code in enumerate(codes, start=3):
            put(sheet.cell(i, 1), code)
            for j, c in enumerate(h.years, start=2):
                status = c.statuses.get(code)
                put(sheet.cell(i, j), t(f"report.status.{status}") if status else "—")
        end = len(codes) + 3
        for label, values in ((t("cycle.year.col.points"), [f"{c.total:g} / {c.max:g}" for c in h.years]),
                              (t("cycle.year.col.carried"), [str(c.carried) for c in h.years])):
            put(sheet.cell(end, 1), label).font = BOLD
            for j, v in enumerate(values, start=2):
                put(sheet.cell(end, j), v)
            end += 1
        sheet.column_dimensions["A"].width = 28
    if not wb.worksheets:
        wb.create_sheet("—")
    path.parent.mkdir(parents=True, exist_ok=True)
    save(wb, path)
    return path


def write_overview(path: Path, ov: Overview) -> Path:
    """The school overview of its programmes: one row each."""
    wb = Workbook()
    sheet = wb.active
    sheet.title = clean_sheet_name(t("cycle.prog.col.criteria"))[:31] or "CT"
    set_title(sheet, t("cycle.prog.overview_title", year=ov.year, today=ov.today.strftime("%d/%m/%Y")))
    keys = ("code", "name", "faculty", "criteria", "result", "points", "fix", "evidence", "expires")
    _header(sheet, 2, [t(f"cycle.prog.col.{k}") for k in keys])
    for i, r in enumerate(ov.programmes, start=3):
        expiry = r.expires.strftime("%d/%m/%Y") if r.expires else "—"
        if r.expires is not None:
            expiry += " " + (t("cycle.prog.accredited") if r.accredited else t("cycle.prog.expired"))
        values = [r.code, r.name, r.faculty or "", framework_name(r.criteria),
                  t("scoring.cli.pass") if r.passed else t("scoring.cli.fail"), f"{r.total:g} / {r.max:g}",
                  ", ".join(r.to_fix) or "—", f"{r.evidence} ({r.shared_evidence})", expiry]
        for j, v in enumerate(values, start=1):
            put(sheet.cell(i, j), v)
    if ov.closest:
        put(sheet.cell(len(ov.programmes) + 4, 1), t("cycle.prog.closest", codes=", ".join(ov.closest)))
    path.parent.mkdir(parents=True, exist_ok=True)
    save(wb, path)
    return path
