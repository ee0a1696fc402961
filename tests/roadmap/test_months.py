"""Months within the plan year in the roadmap workbook: the axis, the live bars, and reading months back."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from accredit.i18n.message import Messages
from accredit.roadmap.workbook import SHEET_GANTT, import_roadmap, write_roadmap_workbook
from tests.roadmap.test_workbook import columns, edit, late_tt35, row_of

pytestmark = pytest.mark.usefixtures("vietnamese")

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
START_M, END_M = "Tháng bắt đầu", "Tháng kết thúc"


vi = Messages("vi")


def month_columns(ws, years: list[int]) -> dict[tuple[int, int], int]:
    """(year, month) → column, from the merged year headers (row 2) and T1…T12 (row 3)."""
    cols = columns(ws)
    out = {}
    for y in years:
        for m in range(1, 13):
            c = cols[str(y)] + m - 1
            assert ws.cell(3, c).value == m
            out[(y, m)] = c
    return out


def test_month_axis_under_merged_year_headers_and_person_month_columns(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    ws = openpyxl.load_workbook(path)[SHEET_GANTT]
    cols = columns(ws)
    merged = {str(m) for m in ws.merged_cells.ranges}
    for j, y in enumerate(r.years):
        left = cols["Hành động"] + 1 + 12 * j  # right after the action's name, twelve per year
        assert cols[str(y)] == left
        assert f"{get_column_letter(left)}2:{get_column_letter(left + 11)}2" in merged
        for m in range(12):
            cell = ws.cell(3, left + m)
            assert cell.value == m + 1 and cell.number_format == '"T"0'  # shown as T1…T12
            assert ws.column_dimensions[get_column_letter(left + m)].width < 5  # narrow
    assert f"{get_column_letter(cols['Mã hành động'])}2:{get_column_letter(cols['Mã hành động'])}3" in merged
    # person-owned, blank (= the whole year: no timing invented), next to the years they narrow
    assert cols[START_M] == cols["Năm bắt đầu"] + 1 and cols[END_M] == cols["Năm kết thúc"] + 1
    for a in r.actions:
        row = row_of(ws, a.id)
        for h in (START_M, END_M, "Năm bắt đầu", "Đơn vị phụ trách"):
            assert ws.cell(row, cols[h]).fill.fgColor.rgb == "00FFFFFF", h
        assert ws.cell(row, cols["Ưu tiên"]).fill.fgColor.rgb == "00E7E6E6"
        assert ws.cell(row, cols[START_M]).value is None and ws.cell(row, cols[END_M]).value is None
    sm, em = get_column_letter(cols[START_M]), get_column_letter(cols[END_M])
    [months_dv] = [dv for dv in ws.data_validations.dataValidation if dv.errorTitle == "Tháng không hợp lệ"]
    assert (months_dv.formula1, months_dv.formula2) == ("1", "12")
    assert {str(rg) for rg in months_dv.sqref.ranges} == {f"{sm}4:{sm}7", f"{em}4:{em}7"}
    # the print layout: A4 landscape, one page wide, title + headers + months repeated
    ps = ws.page_setup
    assert str(ps.paperSize) == ws.PAPERSIZE_A4 and ps.orientation == "landscape"
    assert ps.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$3"
    assert ws.freeze_panes == f"{get_column_letter(cols['Hành động'] + 1)}4"


def test_every_month_cell_compares_its_own_year_and_month_with_the_rows_years_and_months(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    ws = openpyxl.load_workbook(path)[SHEET_GANTT]
    cols = columns(ws)
    person = [get_column_letter(cols[h]) for h in ("Năm bắt đầu", START_M, "Năm kết thúc", END_M)]
    for a in r.actions:
        row = row_of(ws, a.id)
        for (y, m), c in month_columns(ws, r.years).items():
            f = ws.cell(row, c).value
            year_ref = f"${get_column_letter(cols[str(y)])}$2"
            here = f"{year_ref}*12+{get_column_letter(c)}$3"
            assert f.count(here) == 2, (y, m, f)
            assert all(f"${p}{row}" in f for p in person)
            # blank months default to January and December: the whole year
            assert f"${person[1]}{row},1)" in f and f"${person[3]}{row},12)" in f
    # the fill follows the bars over every month column of every action row, by priority
    first, last = get_column_letter(cols["2026"]), get_column_letter(cols[str(r.years[-1])] + 11)
    areas = {str(cf.sqref): [rule.formula[0] for rule in cf.rules] for cf in ws.conditional_formatting}
    bars = areas[f"{first}4:{last}7"]
    pri = get_column_letter(cols["Ưu tiên"])
    assert bars == [f'AND({first}4="■",${pri}4="{label}")' for label in ("Cần để đạt", "Vượt mức", "Mốc bên ngoài")]
    target = cols[str(r.earliest_year)]
    assert areas[f"{get_column_letter(target)}4:{get_column_letter(target + 11)}7"] == ["TRUE"]


def recalculated(path: Path, tmp_path: Path) -> openpyxl.Workbook:
    """The workbook as LibreOffice computes it (formulas evaluated), read back with cached values."""
    out = tmp_path / "lo"
    result = subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless",
         "--convert-to", "xlsx", "--outdir", str(out), str(path)],
        capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    return openpyxl.load_workbook(out / path.name, data_only=True)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed: the bar formulas are not evaluated")
def test_bars_cover_exactly_the_planned_months_as_libreoffice_computes_them(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    whole, moved, narrowed, bad = r.actions[0], r.actions[1], r.actions[2], r.actions[3]
    assert (whole.start_year, whole.end_year) == (2026, 2026)
    edit(
        path,
        {
            (moved.id, "Năm bắt đầu"): 2027,  # March 2027 … August 2028
            (moved.id, START_M): 3,
            (moved.id, "Năm kết thúc"): 2028,
            (moved.id, END_M): 8,
            (narrowed.id, END_M): 5,  # the whole of 2027 up to May
            (bad.id, START_M): 13,  # not a month: the bar keeps the whole year, as --import does
        },
    )
    ws = recalculated(path, tmp_path)[SHEET_GANTT]
    months = month_columns(ws, r.years)

    def covered(action_id: str) -> set[tuple[int, int]]:
        row = row_of(ws, action_id)
        return {ym for ym, c in months.items() if ws.cell(row, c).value == "■"}

    assert covered(whole.id) == {(2026, m) for m in range(1, 13)}
    assert covered(moved.id) == {(2027, m) for m in range(3, 13)} | {(2028, m) for m in range(1, 9)}
    assert covered(narrowed.id) == {(2027, m) for m in range(1, 6)}
    assert covered(bad.id) == {(bad.start_year, m) for m in range(1, 13)}


def test_months_are_read_back_and_change_nothing_in_the_years(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    a, b, c = r.actions[0], r.actions[1], r.actions[2]
    edit(path, {(a.id, START_M): 9, (a.id, END_M): "T12", (b.id, START_M): "Tháng 2", (c.id, END_M): 4.0})
    report = import_roadmap(path)
    assert report.feasible and report.problems == []
    assert report.year_after == report.planned_year == 2028
    changed = {(ch.action, ch.field): vi.param(ch.new) for ch in report.changes}
    assert changed == {(a.id, "start_month"): "9", (a.id, "end_month"): "12", (b.id, "start_month"): "2",
                       (c.id, "end_month"): "4"}  # fmt: skip
    edited = {x.id: x for x in report.actions}
    assert (edited[a.id].start_month, edited[a.id].end_month) == (9, 12)
    assert (edited[b.id].start_month, edited[b.id].end_month) == (2, None)
    for x in r.actions:
        e = edited[x.id]
        assert (e.start_year, e.end_year, e.counts_from_year) == (x.start_year, x.end_year, x.counts_from_year)


def test_a_persons_months_survive_a_rerun(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    a = r.actions[1]
    rows = edit(path, {(a.id, START_M): 4, (a.id, END_M): 10})
    kept = write_roadmap_workbook(r, path)  # months are an edit: the person's workbook is moved aside, not lost
    assert kept == tmp_path / "lo-trinh.ban-sua-1.xlsx"
    ws = openpyxl.load_workbook(kept)[SHEET_GANTT]
    cols = columns(ws)
    assert (ws.cell(rows[a.id], cols[START_M]).value, ws.cell(rows[a.id], cols[END_M]).value) == (4, 10)
    changed = {(ch.field, vi.param(ch.new)) for ch in import_roadmap(kept).changes}
    assert changed == {("start_month", "4"), ("end_month", "10")}
    assert import_roadmap(path).changes == []  # the fresh one is blank again


def test_bad_months_are_named_by_sheet_row_and_column(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    a, b, c, d = r.actions
    assert c.start_year == c.end_year
    rows = edit(
        path,
        {
            (a.id, START_M): 13,
            (b.id, END_M): "tháng ba",
            (c.id, START_M): 9,  # ends before it starts, within one year
            (c.id, END_M): 3,
            (d.id, START_M): 0,
        },
    )
    report = import_roadmap(path)
    by_action = {p.action: p for p in report.problems}
    assert set(by_action) == {a.id, b.id, c.id, d.id}
    for action, column, value in ((a, START_M, "'13'"), (b, END_M, "'tháng ba'"), (d, START_M, "'0'")):
        p = by_action[action.id]
        assert p.kind == "value" and p.row == rows[action.id] and not p.blocking
        assert p.sheet == SHEET_GANTT
        assert f"Sheet 'Lộ trình', dòng {rows[action.id]}, cột '{column}'" in vi(p.message) and value in vi(p.message)
        assert "từ 1 đến 12" in vi(p.message)
    order = by_action[c.id]
    assert order.kind == "order" and order.row == rows[c.id] and order.field == "end_month"
    assert re.search(rf"Sheet 'Lộ trình', dòng {rows[c.id]} .*cột '{END_M}'", vi(order.message))
    assert "tháng kết thúc 3 trước tháng bắt đầu 9" in vi(order.message)
    # months never move a year: the plan still reaches its year, the bad cells count as the whole year
    assert report.feasible and report.year_after == 2028
    edited = {x.id: x for x in report.actions}
    assert (edited[c.id].start_month, edited[c.id].end_month) == (None, None)
    assert edited[a.id].start_month is None and edited[d.id].start_month is None
    assert write_roadmap_workbook(r, path) is not None  # a workbook with bad months is still a person's: kept


def test_months_across_years_may_end_before_they_start(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    a = r.actions[1]
    edit(path, {(a.id, "Năm kết thúc"): 2028, (a.id, START_M): 10, (a.id, END_M): 2})
    report = import_roadmap(path)
    assert not [p for p in report.problems if p.kind == "order"]
    e = next(x for x in report.actions if x.id == a.id)
    assert (e.start_year, e.start_month, e.end_year, e.end_month) == (a.start_year, 10, 2028, 2)

