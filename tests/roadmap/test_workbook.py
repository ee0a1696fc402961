"""The roadmap workbook: what it holds, and reading an edited one back (infeasible edits named by row)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from accredit.i18n.message import Messages
from accredit.model.roadmap import Capacity, Roadmap
from accredit.roadmap import plan
from accredit.roadmap.workbook import (
    SHEET_DATA,
    SHEET_EXPLAIN,
    SHEET_GANTT,
    SHEET_MILESTONES,
    SHEET_POINTS,
    RoadmapWorkbookError,
    import_roadmap,
    write_roadmap_workbook,
)
from tests.roadmap.cases import ACCREDITED, CD, TT14, card, tt14, tt35, tt38

pytestmark = pytest.mark.usefixtures("vietnamese")


vi = Messages("vi")


def late_tt35() -> Roadmap:
    """TT 35: one 3-year standard of Tiêu chí 4 must be fixed in 2026 to pass in 2028; others beyond."""
    fw = tt35()
    return plan(fw, card(fw, ["4.1", "4.2", "4.5", "1.3"], gates=ACCREDITED), object_type=CD)


def columns(ws) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[2] if c.value is not None}


def row_of(ws, action_id: str) -> int:
    col = columns(ws)["Mã hành động"]
    return next(r for r in range(4, ws.max_row + 1) if ws.cell(r, col).value == action_id)


def edit(path: Path, changes: dict[tuple[str, str], object]) -> dict[str, int]:
    """Set cells of the Gantt sheet by (action id, header); returns the row of each action touched."""
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_GANTT]
    cols = columns(ws)
    rows = {}
    for (aid, header), value in changes.items():
        rows[aid] = row_of(ws, aid)
        ws.cell(rows[aid], cols[header], value)
    wb.save(path)
    return rows


def test_workbook_holds_gantt_milestones_points_and_the_plan(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    assert write_roadmap_workbook(r, path) is None
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [SHEET_EXPLAIN, SHEET_GANTT, SHEET_MILESTONES, SHEET_POINTS, SHEET_DATA]
    assert wb[SHEET_DATA].sheet_state == "hidden"

    gantt = wb[SHEET_GANTT]
    cols = columns(gantt)
    assert [cols[str(y)] for y in r.years] == list(range(cols["2026"], cols["2026"] + 5 * 12, 12))  # 12 months each
    for a in r.actions:
        row = row_of(gantt, a.id)
        assert gantt.cell(row, cols["Năm bắt đầu"]).value == a.start_year
        assert gantt.cell(row, cols["Năm kết thúc"]).value == a.end_year
        assert gantt.cell(row, cols["Đơn vị phụ trách"]).value == vi.param(a.owner)
        assert gantt.cell(row, cols["Vì sao năm này"]).value == vi(a.why_this_year)
        bar = gantt.cell(row, cols["2027"] + 5).value  # June 2027
        start, end = (get_column_letter(cols[h]) for h in ("Năm bắt đầu", "Năm kết thúc"))
        assert bar.startswith("=IFERROR(IF(AND(") and f"${start}{row}" in bar and f"${end}{row}" in bar
    assert cols["2026"] == cols["Hành động"] + 1  # the bars sit next to the action's name
    assert str(gantt.page_setup.paperSize) == gantt.PAPERSIZE_A4 and gantt.page_setup.orientation == "landscape"
    assert gantt.print_title_rows == "$1:$3"  # title, headers, months
    needed = r.actions[0]
    assert needed.priority == "needed_to_pass"
    assert gantt.cell(row_of(gantt, needed.id), cols["Ưu tiên"]).value == "Cần để đạt"
    assert len(gantt.conditional_formatting) >= 1

    stones = wb[SHEET_MILESTONES]
    assert [stones.cell(3 + i, 1).value for i in range(5)] == r.years
    assert stones.cell(3 + r.years.index(2028), 8).value == "Đạt"

    points = wb[SHEET_POINTS]
    # criterion 4 row: points per year as projected, floor 16.8
    row4 = next(rw for rw in range(4, 12) if points.cell(rw, 1).value == "4")
    assert points.cell(row4, 4).value == pytest.approx(16.8)
    assert [points.cell(row4, 5 + j).value for j in range(5)] == [int(p.criteria[3].points) for p in r.projections]
    assert points._charts


def test_unedited_workbook_rechecks_clean(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    report = import_roadmap(path)
    assert report.feasible and report.problems == [] and report.changes == []
    assert report.planned_year == report.year_after == 2028


def test_import_detects_an_edit_that_makes_the_target_year_infeasible(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    [needed] = [a for a in r.actions if a.priority == "needed_to_pass"]
    beyond = next(a for a in r.actions if a.priority == "beyond_passing")
    rows = edit(
        path,
        {
            (needed.id, "Năm bắt đầu"): 2027,
            (needed.id, "Năm kết thúc"): 2027,
            (beyond.id, "Đơn vị phụ trách"): "Khoa Điện – Điện tử",
            (beyond.id, "Chi phí dự kiến"): "12,5",
        },
    )
    report = import_roadmap(path)
    assert not report.feasible
    [problem] = [p for p in report.problems if p.blocking]
    assert problem.kind == "timing" and problem.row == rows[needed.id] and problem.action == needed.id
    assert f"Sheet 'Lộ trình', dòng {rows[needed.id]}" in vi(problem.message)
    assert "2029" in vi(problem.message) and "2028" in vi(problem.message) and "2026" in vi(problem.message)
    assert report.year_after == 2029
    changed = {(c.action, c.field): (vi.param(c.old), vi.param(c.new)) for c in report.changes}
    assert changed[(needed.id, "end_year")] == ("2026", "2027")
    assert changed[(beyond.id, "owner")][1] == "Khoa Điện – Điện tử"
    assert changed[(beyond.id, "cost")][1] == "12,5"
    edited = {a.id: a for a in report.actions}
    assert edited[needed.id].counts_from_year == 2029


def test_moving_a_beyond_passing_action_keeps_the_year(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    beyond = next(a for a in r.actions if a.priority == "beyond_passing")
    edit(path, {(beyond.id, "Năm kết thúc"): 2029, (beyond.id, "Năm bắt đầu"): 2028})
    report = import_roadmap(path)
    assert report.feasible and report.year_after == 2028 and len(report.changes) == 2


def test_import_reports_capacity_overruns_naming_the_rows(tmp_path: Path) -> None:
    fw = tt38()
    r = plan(
        fw, card(fw, ["1.1", "2.1", "3.1", "4.1", "5.1", "6.1"], obj=None), capacity=Capacity(max_actions_per_year=2)
    )
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    moved = next(a for a in r.actions if a.end_year == 2027)
    rows = edit(path, {(moved.id, "Năm bắt đầu"): 2026, (moved.id, "Năm kết thúc"): 2026})
    report = import_roadmap(path)
    assert not report.feasible
    [cap] = [p for p in report.problems if p.kind == "capacity"]
    assert "2026" in vi(cap.message) and "3" in vi(cap.message) and str(rows[moved.id]) in vi(cap.message)
    # a budget overrun, from an edited cost
    r2 = plan(fw, card(fw, ["1.1", "2.1"], obj=None), capacity=Capacity(budget_per_year=4))
    path2 = tmp_path / "lo-trinh-2.xlsx"
    write_roadmap_workbook(r2, path2)
    rows = edit(path2, {(r2.actions[0].id, "Chi phí dự kiến"): 3})
    report = import_roadmap(path2)
    [cap] = [p for p in report.problems if p.kind == "capacity"]
    assert "ngân sách" in vi(cap.message) and str(rows[r2.actions[0].id]) in vi(cap.message)


def test_import_checks_the_gate(tmp_path: Path) -> None:
    fw, acc = tt35(), tt14()
    r = plan(
        fw,
        card(fw, ["4.1", "4.2", "4.5"]),
        object_type=CD,
        gates={TT14: (acc, card(acc, ["2.1", "2.2", "3.1", "3.3", "5.1"]))},
    )
    assert r.earliest_year == 2028
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    gate_action = next(a for a in r.actions if a.gate)
    rows = edit(path, {(gate_action.id, "Năm bắt đầu"): 2027, (gate_action.id, "Năm kết thúc"): 2027})
    report = import_roadmap(path)
    [p] = [p for p in report.problems if p.blocking]
    assert p.kind == "gate" and p.row == rows[gate_action.id] and TT14 in vi(p.message)

    ext = plan(fw, card(fw, ["4.1", "4.2", "4.5"]), object_type=CD, gate_years={TT14: 2028})
    path = tmp_path / "lo-trinh-ext.xlsx"
    write_roadmap_workbook(ext, path)
    milestone = next(a for a in ext.actions if a.kind == "external")
    rows = edit(path, {(milestone.id, "Năm bắt đầu"): 2030, (milestone.id, "Năm kết thúc"): 2030})
    report = import_roadmap(path)
    assert [p.kind for p in report.problems if p.blocking] == ["gate"]
    assert report.year_after == 2030


def test_import_names_unreadable_cells_deleted_and_unknown_rows(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    [needed] = [a for a in r.actions if a.priority == "needed_to_pass"]
    beyond = [a for a in r.actions if a.priority == "beyond_passing"]
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_GANTT]
    cols = columns(ws)
    ws.cell(row_of(ws, beyond[0].id), cols["Năm kết thúc"], "2O28")
    bad_row = row_of(ws, beyond[0].id)
    ws.cell(row_of(ws, needed.id), cols["Mã hành động"], "TT35-9.9")  # the needed action's row now names no action
    wb.save(path)
    report = import_roadmap(path)
    kinds = {p.kind: p for p in report.problems}
    assert (
        kinds["value"].row == bad_row
        and "Năm kết thúc" in vi(kinds["value"].message)
        and "2O28" in vi(kinds["value"].message)
    )
    assert kinds["unknown"].blocking is False and "TT35-9.9" in vi(kinds["unknown"].message)
    assert kinds["deleted"].blocking and needed.id in vi(kinds["deleted"].message)
    assert not report.feasible and report.year_after is None


def test_not_a_roadmap_workbook(tmp_path: Path) -> None:
    path = tmp_path / "khac.xlsx"
    wb = openpyxl.Workbook()
    wb.save(path)
    with pytest.raises(RoadmapWorkbookError, match=SHEET_DATA):
        import_roadmap(path)
    with pytest.raises(RoadmapWorkbookError, match="không tìm thấy"):
        import_roadmap(tmp_path / "none.xlsx")


def test_rewriting_keeps_a_workbook_a_person_edited(tmp_path: Path) -> None:
    r = late_tt35()
    path = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, path)
    assert write_roadmap_workbook(r, path) is None  # unedited: simply replaced
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lo-trinh.xlsx"]
    edit(path, {(r.actions[1].id, "Đơn vị phụ trách"): "Phòng Hợp tác"})
    kept = write_roadmap_workbook(r, path)
    assert kept == tmp_path / "lo-trinh.ban-sua-1.xlsx"
    assert import_roadmap(kept).changes[0].new == "Phòng Hợp tác"
    assert import_roadmap(path).changes == []
