"""Adapter: the roadmap as an Excel workbook, and reading an edited one back.

Sheets (names and headers in Vietnamese, the workbook's working language, as in the ratings
workbook): **Lộ trình** — Gantt rows = actions × columns = months (twelve narrow columns T1…T12
under each merged plan-year header, right after the action's name; live formulas and conditional
fill, so moving an action or setting its months redraws its bar); **Mốc** — yearly milestones;
**Điểm dự kiến** — projected points per criterion per year against the floors, with a chart;
**Giải thích** — the plan's reasons; and a hidden **_accredit** sheet holding the roadmap as
written (JSON), against which :func:`read_roadmap_workbook` compares the person's edits.
White columns (owner, start and end year, start and end month, cost) are the person's; grey ones are
the tool's. The plan is in whole years: the month columns start blank (= the whole year), so no
timing is invented; a person narrows an action to months, and months never change a year.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.chart.series import SeriesLabel
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import ValidationError

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.i18n.message import LANGUAGES, Messages, msg
from accredit.model.assessment import fold
from accredit.model.framework import short_name_of_id
from accredit.model.roadmap import Action, ImportProblem, ImportReport, Roadmap, RowEdit, YearProjection
from accredit.roadmap.recheck import recheck
from accredit.safe_text import put
from accredit.workbooks import (
    BOLD,
    FIRST_ROW,
    HEADER_FILL,
    HEADER_ROW,
    TOOL_FILL,
    WRAP,
    CellStyles,
    add_validation,
    headers,
    is_blank,
    parse_number,
    save,
    set_title,
)
from accredit.zipguard import load_values

SHEET_GANTT = "Lộ trình"
SHEET_MILESTONES = "Mốc"
SHEET_POINTS = "Điểm dự kiến"
SHEET_EXPLAIN = "Giải thích"
SHEET_DATA = "_accredit"
DATA_MARK = "accredit-roadmap/1"
CHUNK = 30000

H_ID = "Mã hành động"
H_FRAMEWORK = "Bộ tiêu chí"
H_REQUIREMENTS = "Yêu cầu"
H_TITLE = "Hành động"
H_STEPS = "Các bước"
H_OWNER = "Đơn vị phụ trách"
H_START = "Năm bắt đầu"
H_END = "Năm kết thúc"
H_START_MONTH = "Tháng bắt đầu"
H_END_MONTH = "Tháng kết thúc"
H_EFFORT = "Nỗ lực"
H_COST = "Chi phí dự kiến"
H_EVIDENCE = "Minh chứng sẽ có"
H_PRIORITY = "Ưu tiên"
H_LATEST = "Muộn nhất xong"
H_COUNTS = "Được tính từ năm"
H_WHY = "Vì sao năm này"
H_UNLOCKS = "Mở ra"

PERSON = {H_OWNER, H_START, H_START_MONTH, H_END, H_END_MONTH, H_COST}
GANTT_HEADERS = [
    H_ID, H_FRAMEWORK, H_REQUIREMENTS, H_TITLE, H_STEPS, H_OWNER, H_START, H_START_MONTH, H_END, H_END_MONTH,
    H_EFFORT, H_COST,
    H_EVIDENCE, H_PRIORITY, H_LATEST, H_COUNTS, H_WHY, H_UNLOCKS,
]  # fmt: skip
MONTH_ROW = HEADER_ROW + 1  # T1…T12 under each merged year header
GANTT_FIRST_ROW = MONTH_ROW + 1  # the Gantt's first action row (older workbooks: FIRST_ROW, no month columns)
MONTH_WIDTH = 3.6
BAR = "■"
WIDTHS = {
    H_START_MONTH: 9, H_END_MONTH: 9, H_TITLE: 48, H_STEPS: 60, H_OWNER: 28, H_EVIDENCE: 48, H_WHY: 60,
    H_UNLOCKS: 48, H_FRAMEWORK: 24,
}  # fmt: skip

PRIORITY_LABELS = {"needed_to_pass": "Cần để đạt", "beyond_passing": "Vượt mức", "external": "Mốc bên ngoài"}
FILLS = {
    "needed_to_pass": PatternFill("solid", fgColor="2F5597"),
    "beyond_passing": PatternFill("solid", fgColor="A9D18E"),
    "external": PatternFill("solid", fgColor="F4B183"),
}
TARGET_FILL = PatternFill("solid", fgColor="FFF2CC")
PERSON_FILL = PatternFill("solid", fgColor="FFFFFF")
YEAR_EDGE = Border(left=Side(style="thin", color="808080"))
CENTER = Alignment(horizontal="center", vertical="center")


class RoadmapWorkbookError(AccreditError):
    """The file is not a roadmap workbook accredit can read back."""


VI = Messages("vi")
"""The workbook's working language, the default for its texts."""


def priority_label(action: Action) -> str:
    """The label in the 'Ưu tiên' column."""
    return PRIORITY_LABELS["external" if action.kind == "external" else action.priority]


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _header_row(ws: Worksheet, names: list[Any]) -> None:
    for col, name in enumerate(names, start=1):
        cell = put(ws.cell(HEADER_ROW, col), name)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = WRAP


def _month_or(ref: str, default: int) -> str:
    """A month cell as a formula: its number when 1–12, else ``default`` (blank = the whole year)."""
    return f"IF(AND(ISNUMBER({ref}),{ref}>=1,{ref}<=12),{ref},{default})"


def bar_formula(year_cell: str, month_cell: str, row: int, col: dict[str, int]) -> str:
    """The live bar of one month column: '■' from the start month of the start year to the end month of the end year.

    Months count as year × 12 + month; a blank (or unreadable) start month is January, end month December.
    """
    s, sm, e, em = (f"${get_column_letter(col[h])}{row}" for h in (H_START, H_START_MONTH, H_END, H_END_MONTH))
    here = f"{year_cell}*12+{month_cell}"
    first = f"{s}*12+{_month_or(sm, 1)}"
    last = f"{e}*12+{_month_or(em, 12)}"
    return f'=IFERROR(IF(AND({here}>={first},{here}<={last}),"{BAR}",""),"")'


def _gantt_headers(ws: Worksheet, names: list[Any], roadmap: Roadmap, first_month_col: int) -> None:
    """Row 2: the headers (each spanning rows 2–3) and the merged plan years; row 3: T1…T12 under each year."""
    last_month_col = first_month_col + 12 * len(roadmap.years) - 1
    for c, name in enumerate(names, start=1):
        if first_month_col <= c <= last_month_col:
            continue
        cell = put(ws.cell(HEADER_ROW, c), name)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, WRAP
        ws.merge_cells(start_row=HEADER_ROW, start_column=c, end_row=MONTH_ROW, end_column=c)
    small = Font(bold=True, size=8)
    for j, year in enumerate(roadmap.years):
        left = first_month_col + 12 * j
        target = year == roadmap.earliest_year
        cell = put(ws.cell(HEADER_ROW, left), year)
        cell.font, cell.alignment = BOLD, CENTER
        for m in range(12):
            c = left + m
            ws.cell(HEADER_ROW, c).fill = TARGET_FILL if target else HEADER_FILL
            month = put(ws.cell(MONTH_ROW, c), m + 1)
            month.number_format = '"T"0'  # shows T1…T12, stays a number the bar formulas compare
            month.font, month.alignment = small, CENTER
            month.fill = TARGET_FILL if target else HEADER_FILL
            ws.column_dimensions[get_column_letter(c)].width = MONTH_WIDTH
        ws.cell(HEADER_ROW, left).border = ws.cell(MONTH_ROW, left).border = YEAR_EDGE
        ws.merge_cells(start_row=HEADER_ROW, start_column=left, end_row=HEADER_ROW, end_column=left + 11)


def _gantt(wb: Workbook, roadmap: Roadmap, msgs: Messages) -> None:
    ws = wb.create_sheet(SHEET_GANTT)
    span = f"{roadmap.years[0]}–{roadmap.years[-1]}"
    set_title(ws, f"Lộ trình: {roadmap.title} ({span}) — sửa các cột trắng rồi chạy 'accredit roadmap --import'")
    # the month bars sit right after the action's name, so a printed page shows both side by side
    cut = GANTT_HEADERS.index(H_TITLE) + 1
    first_month_col = cut + 1
    n_months = 12 * len(roadmap.years)
    names: list[Any] = [*GANTT_HEADERS[:cut], *([None] * n_months), *GANTT_HEADERS[cut:]]
    col = {h: i for i, h in enumerate(names, start=1) if isinstance(h, str)}
    _gantt_headers(ws, names, roadmap, first_month_col)
    styles = CellStyles()  # the same few styles on every action's cells: found in the workbook once
    for i, a in enumerate(roadmap.actions):
        r = GANTT_FIRST_ROW + i
        values = {
            H_ID: a.id,
            H_FRAMEWORK: short_name_of_id(a.framework),  # as a person names it, never the internal id
            H_REQUIREMENTS: ", ".join(a.requirements),
            H_TITLE: msgs.param(a.title),
            H_STEPS: "\n".join(f"• {s}" for s in msgs.all(a.steps)),
            H_OWNER: msgs.param(a.owner),
            H_START: a.start_year,
            H_START_MONTH: a.start_month,
            H_END: a.end_year,
            H_END_MONTH: a.end_month,
            H_EFFORT: a.effort,
            H_COST: _number(a.cost),
            H_EVIDENCE: "\n".join(f"• {e}" for e in msgs.all(a.evidence)),
            H_PRIORITY: priority_label(a),
            H_LATEST: a.latest_end_year,
            H_COUNTS: a.counts_from_year,
            H_WHY: msgs(a.why_this_year),
            H_UNLOCKS: msgs(a.unlocks),
        }
        for h, v in values.items():
            cell = put(ws.cell(r, col[h]), v)
            styles.set(cell, "alignment", WRAP)
            styles.set(cell, "fill", PERSON_FILL if h in PERSON else TOOL_FILL)
        for j in range(len(roadmap.years)):
            year_cell = f"${get_column_letter(first_month_col + 12 * j)}${HEADER_ROW}"
            for m in range(12):
                c = first_month_col + 12 * j + m
                cell = ws.cell(r, c)
                cell.value = bar_formula(year_cell, f"{get_column_letter(c)}${MONTH_ROW}", r, col)
                styles.set(cell, "alignment", CENTER)
                if m == 0:
                    styles.set(cell, "border", YEAR_EDGE)
    last_row = GANTT_FIRST_ROW + max(len(roadmap.actions), 1) - 1
    first_c, last_c = get_column_letter(first_month_col), get_column_letter(first_month_col + n_months - 1)
    area = f"{first_c}{GANTT_FIRST_ROW}:{last_c}{last_row}"
    pri = get_column_letter(col[H_PRIORITY])
    # the fill follows the bar formula's own result, so it is as live as the formula
    active = f'{first_c}{GANTT_FIRST_ROW}="{BAR}"'
    for key, label in PRIORITY_LABELS.items():
        rule = FormulaRule(
            formula=[f'AND({active},${pri}{GANTT_FIRST_ROW}="{label}")'], fill=FILLS[key], stopIfTrue=True
        )
        ws.conditional_formatting.add(area, rule)
    if roadmap.earliest_year is not None and roadmap.earliest_year in roadmap.years:
        left = first_month_col + 12 * roadmap.years.index(roadmap.earliest_year)
        target = f"{get_column_letter(left)}{GANTT_FIRST_ROW}:{get_column_letter(left + 11)}{last_row}"
        ws.conditional_formatting.add(target, FormulaRule(formula=["TRUE"], fill=TARGET_FILL))
    start, end = get_column_letter(col[H_START]), get_column_letter(col[H_END])
    dv = DataValidation(
        type="whole",
        operator="between",
        formula1=str(roadmap.start),
        formula2=str(roadmap.years[-1] + 10),
        showErrorMessage=True,
        errorTitle="Năm không hợp lệ",
        error=f"Nhập một năm từ {roadmap.start} đến {roadmap.years[-1] + 10}.",
    )
    add_validation(ws, dv, [f"{c}{GANTT_FIRST_ROW}:{c}{last_row}" for c in (start, end)])
    months = DataValidation(
        type="whole",
        operator="between",
        formula1="1",
        formula2="12",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Tháng không hợp lệ",
        error="Nhập một tháng từ 1 đến 12, hoặc để trống (cả năm).",
    )
    month_cols = [get_column_letter(col[h]) for h in (H_START_MONTH, H_END_MONTH)]
    add_validation(ws, months, [f"{c}{GANTT_FIRST_ROW}:{c}{last_row}" for c in month_cols])
    for h, i in col.items():
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(h, 14)
    ws.freeze_panes = ws.cell(GANTT_FIRST_ROW, col[H_TITLE] + 1)
    # the printed Gantt: the actions and their month bars (the detail columns are for the screen and the
    # Word documents), so A4 landscape fitted to one page wide stays readable
    ws.print_area = f"A1:{get_column_letter(first_month_col + n_months - 1)}{last_row}"


def _milestones(wb: Workbook, roadmap: Roadmap, msgs: Messages) -> None:
    ws = wb.create_sheet(SHEET_MILESTONES)
    set_title(ws, f"Mốc theo năm: {roadmap.title}")
    names = ["Năm", "Bắt đầu", "Hoàn thành", "Yêu cầu được tính từ năm này", "Điều kiện tiên quyết đạt",
             "Chỉ tiêu số", "Chi phí", "Dự kiến đạt", "Ghi chú"]  # fmt: skip
    _header_row(ws, names)
    for i, m in enumerate(roadmap.milestones):
        row = [
            m.year,
            ", ".join(m.started),
            ", ".join(m.completed),
            ", ".join(m.newly_met),
            ", ".join(m.gates_passed),
            "\n".join(msgs(s.text) for s in m.indicators),
            _number(m.cost),
            "Đạt" if m.passed else "Chưa đạt",
            "\n".join(msgs.all(m.notes)),
        ]
        for j, v in enumerate(row, start=1):
            put(ws.cell(FIRST_ROW + i, j), v).alignment = WRAP
    for j, w in enumerate([8, 28, 28, 28, 24, 60, 10, 12, 40], start=1):
        ws.column_dimensions[get_column_letter(j)].width = w


def _points_block(ws: Worksheet, top: int, roadmap: Roadmap, projections: list[YearProjection], title: str) -> int:
    """One framework's projected points per criterion per year; returns the next free row."""
    put(ws.cell(top, 1), title).font = BOLD
    names: list[Any] = ["Mã", "Tiêu chí", "Tối đa", "Ngưỡng", *roadmap.years]
    for col, name in enumerate(names, start=1):
        cell = put(ws.cell(top + 1, col), name)
        cell.font = BOLD
        cell.fill = HEADER_FILL
    first = projections[0]
    row = top + 2
    for k, c in enumerate(first.criteria):
        put(ws.cell(row, 1), c.code)
        put(ws.cell(row, 2), c.label)
        put(ws.cell(row, 3), _number(c.max))
        put(ws.cell(row, 4), _number(c.required))
        for j, p in enumerate(projections):
            cell = put(ws.cell(row, 5 + j), _number(p.criteria[k].points))
            req = p.criteria[k].required
            if req is not None and p.criteria[k].points < req:
                cell.font = Font(color="C00000", bold=True)
        row += 1
    put(ws.cell(row, 2), "Tổng").font = BOLD
    put(ws.cell(row, 3), _number(first.max))
    put(ws.cell(row, 4), _number(first.required_total))
    for j, p in enumerate(projections):
        put(ws.cell(row, 5 + j), _number(p.total)).font = BOLD
    put(ws.cell(row + 1, 2), "Kết luận").font = BOLD
    put(ws.cell(row + 2, 2), "Điều kiện thỏa").font = BOLD
    for j, p in enumerate(projections):
        put(ws.cell(row + 1, 5 + j), "Đạt" if p.passed else "Chưa đạt")
        put(ws.cell(row + 2, 5 + j), f"{p.rules_passed}/{len(p.rules)}")
    return row + 4


def _points(wb: Workbook, roadmap: Roadmap) -> None:
    ws = wb.create_sheet(SHEET_POINTS)
    set_title(ws, f"Điểm dự kiến theo tiêu chí và năm: {roadmap.title}")
    n_crit = len(roadmap.projections[0].criteria)
    nxt = _points_block(ws, HEADER_ROW, roadmap, roadmap.projections, roadmap.target)
    chart = LineChart()
    chart.title = "Điểm dự kiến theo tiêu chí"
    chart.y_axis.title = "Điểm" if roadmap.projections[0].unit == "points" else "Yêu cầu đạt"
    chart.x_axis.title = "Năm"
    data = Reference(ws, min_col=4, max_col=4 + len(roadmap.years), min_row=HEADER_ROW + 2,
                     max_row=HEADER_ROW + 1 + n_crit)  # fmt: skip
    chart.add_data(data, from_rows=True, titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=5, max_col=4 + len(roadmap.years), min_row=HEADER_ROW + 1))
    for s, c in zip(chart.series, roadmap.projections[0].criteria, strict=False):
        s.tx = SeriesLabel(v=c.label)
    for g in roadmap.gates:
        if g.projections:
            nxt = _points_block(ws, nxt, roadmap, list(g.projections), g.framework or "")
    ws.add_chart(chart, f"A{nxt + 1}")
    ws.column_dimensions["B"].width = 24


def _explain(wb: Workbook, roadmap: Roadmap, m: Messages) -> None:
    ws = wb.create_sheet(SHEET_EXPLAIN, 0)
    set_title(ws, f"Lộ trình đạt {roadmap.title}")
    rows: list[tuple[str, Any]] = [
        ("Bộ tiêu chí mục tiêu", roadmap.target),
        ("Bảng điểm hiện tại (năm)", roadmap.scorecard_year),
        ("Năm lập kế hoạch", f"{roadmap.years[0]}–{roadmap.years[-1]}"),
        ("Hạn chót", roadmap.deadline.strftime("%d/%m/%Y") if roadmap.deadline else "—"),
        *([("Căn cứ hạn chót", m(roadmap.deadline_basis))] if roadmap.deadline_basis else []),
        ("Năm sớm nhất đánh giá và đạt", roadmap.earliest_year if roadmap.earliest_year is not None else "—"),
        ("Có thể đạt trong kế hoạch", "Có" if roadmap.feasible else "Không"),
    ]
    r = HEADER_ROW
    for k, v in rows:
        put(ws.cell(r, 1), k).font = BOLD
        put(ws.cell(r, 2), v)
        r += 1
    r += 1
    put(ws.cell(r, 1), "Giải thích").font = BOLD
    for line in roadmap.explanation:
        r += 1
        put(ws.cell(r, 1), m(line)).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for u in roadmap.unscheduled:
        r += 1
        put(ws.cell(r, 1), f"Chưa xếp được: {u.framework} {u.code} — {m(u.reason)}").alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    r += 2
    put(ws.cell(r, 1), "Cách sửa: ở sheet 'Lộ trình', đổi Năm bắt đầu / Năm kết thúc, Tháng bắt đầu / Tháng kết thúc "
        "(1–12; để trống là cả năm), Đơn vị phụ trách, Chi phí dự kiến (cột trắng); "
        "rồi chạy 'accredit roadmap --import <tệp>' để kiểm tra lại quy tắc thời gian, "
        "điều kiện tiên quyết, hạn chót và năng lực.").alignment = WRAP  # fmt: skip
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 100


def _data(wb: Workbook, roadmap: Roadmap) -> None:
    ws = wb.create_sheet(SHEET_DATA)
    ws.sheet_state = "hidden"
    put(ws.cell(1, 1), DATA_MARK)
    text = roadmap.model_dump_json()
    for i in range(0, len(text), CHUNK):
        put(ws.cell(2 + i // CHUNK, 1), text[i : i + CHUNK])


def roadmap_workbook(roadmap: Roadmap, messages: Messages = VI) -> Workbook:
    """The roadmap as a workbook (not saved); the plan's texts rendered by ``messages`` (sheet names and
    headers are always Vietnamese, the workbook's working language)."""
    wb = Workbook()
    wb.remove(wb.active)
    _gantt(wb, roadmap, messages)
    _milestones(wb, roadmap, messages)
    _points(wb, roadmap)
    _explain(wb, roadmap, messages)
    _data(wb, roadmap)
    wb.active = 1  # the Gantt sheet
    return wb


def write_roadmap_workbook(roadmap: Roadmap, path: Path, messages: Messages = VI) -> Path | None:
    """Write the workbook atomically. An existing workbook a person edited is kept as '<name>.ban-sua-N.xlsx'.

    Returns the path the edited copy was moved to (None when there was nothing to keep).
    """
    kept: Path | None = None
    if path.exists() and _has_edits(path):
        n = 1
        while (candidate := path.with_name(f"{path.stem}.ban-sua-{n}{path.suffix}")).exists():
            n += 1
        path.replace(candidate)
        kept = candidate
    save(roadmap_workbook(roadmap, messages), path)
    return kept


def _has_edits(path: Path) -> bool:
    """True when the workbook at ``path`` differs from the roadmap it was written with (or cannot be read)."""
    try:
        report = import_roadmap(path)
    except AccreditError:
        return True
    return bool(report.changes) or any(p.kind in ("deleted", "unknown", "value") for p in report.problems)


# --- reading back ---------------------------------------------------------------------------------


def _stored_roadmap(wb: Workbook, path: Path) -> Roadmap:
    if SHEET_DATA not in wb.sheetnames or wb[SHEET_DATA].cell(1, 1).value != DATA_MARK:
        raise RoadmapWorkbookError(t("roadmap.import.not_roadmap", path=path, sheet=SHEET_DATA))
    ws = wb[SHEET_DATA]
    parts: list[str] = []
    row = 2
    while (value := ws.cell(row, 1).value) is not None:
        parts.append(str(value))
        row += 1
    try:
        return Roadmap.model_validate_json("".join(parts))
    except (ValidationError, ValueError) as exc:
        first = str(exc).splitlines()[0]
        raise RoadmapWorkbookError(t("roadmap.import.bad_data", path=path, sheet=SHEET_DATA, error=first)) from exc


def _year(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, date):
        number = value.year
    else:
        text = str(value).strip()
        if not text.isdigit():
            raise ValueError(value)
        number = int(text)
    if not 2000 <= number <= 2100:
        raise ValueError(value)
    return number


def _month(value: Any) -> int:
    """A month cell: 1–12 as a number or as '3', 'T3', 'Tháng 3'; ValueError for anything else (dates too)."""
    if isinstance(value, (bool, date)):
        raise ValueError(value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = fold(str(value)).replace(" ", "")
        for prefix in ("thang", "t"):
            if text.startswith(prefix):
                text = text[len(prefix) :]
                break
        if not text.isdigit():
            raise ValueError(value)
        number = int(text)
    if not 1 <= number <= 12:
        raise ValueError(value)
    return number


def read_roadmap_workbook(path: Path) -> tuple[Roadmap, list[RowEdit], list[ImportProblem]]:
    """The roadmap the workbook was written with, the Gantt rows as edited, and the cells that could not be read."""
    if not path.is_file():
        raise RoadmapWorkbookError(t("roadmap.import.missing_file", path=path))
    wb = load_values(path, data_only=True)
    roadmap = _stored_roadmap(wb, path)
    if SHEET_GANTT not in wb.sheetnames:
        raise RoadmapWorkbookError(t("roadmap.import.missing_sheet", path=path, sheet=SHEET_GANTT))
    ws = wb[SHEET_GANTT]
    cols = headers(ws)
    for h in (H_ID, H_START, H_END):
        if h not in cols:
            raise RoadmapWorkbookError(
                t("roadmap.import.missing_column", path=path, sheet=SHEET_GANTT, column=h, row=HEADER_ROW)
            )
    rows: list[RowEdit] = []
    problems: list[ImportProblem] = []
    person = [h for h in (H_OWNER, H_START, H_END, H_START_MONTH, H_END_MONTH, H_COST) if h in cols]
    first_row = GANTT_FIRST_ROW if H_START_MONTH in cols else FIRST_ROW  # older workbooks: no month row
    for r in range(first_row, ws.max_row + 1):
        ident = ws.cell(r, cols[H_ID]).value
        where = msg("roadmap.import.where", sheet=SHEET_GANTT, row=r)
        if is_blank(ident):
            if any(not is_blank(ws.cell(r, cols[h]).value) for h in person):
                problems.append(
                    ImportProblem(sheet=SHEET_GANTT, row=r, kind="unknown", blocking=False,
                                  message=msg("roadmap.import.no_id", where=where))
                )  # fmt: skip
            continue
        values: dict[str, Any] = {}
        # years (a bad one blocks the re-plan) and months (blank: the whole year; a bad one is only noted)
        for h, name, parse, key, blocking in (
            (H_START, "start_year", _year, "roadmap.import.bad_year", True),
            (H_END, "end_year", _year, "roadmap.import.bad_year", True),
            (H_START_MONTH, "start_month", _month, "roadmap.import.bad_month", False),
            (H_END_MONTH, "end_month", _month, "roadmap.import.bad_month", False),
        ):
            if h not in cols or is_blank(raw := ws.cell(r, cols[h]).value):
                continue
            try:
                values[name] = parse(raw)
            except ValueError:
                problems.append(
                    ImportProblem(sheet=SHEET_GANTT, row=r, action=str(ident).strip(), field=name, kind="value",
                                  blocking=blocking, message=msg(key, where=where, column=h, value=str(raw)))
                )  # fmt: skip
        if H_OWNER in cols and not is_blank(owner := ws.cell(r, cols[H_OWNER]).value):
            values["owner"] = _owner(roadmap, str(ident).strip(), str(owner).strip())
        if H_COST in cols and not is_blank(raw := ws.cell(r, cols[H_COST]).value):
            try:
                cost = parse_number(raw)
                if cost < 0:
                    raise ValueError(t("scoring.ind.read.negative", value=raw))
                values["cost"] = cost
            except ValueError as exc:
                problems.append(
                    ImportProblem(sheet=SHEET_GANTT, row=r, action=str(ident).strip(), field="cost", kind="value",
                                  blocking=False,
                                  message=msg("roadmap.import.bad_cost", where=where, column=H_COST, value=str(raw),
                                              hint=str(exc)))
                )  # fmt: skip
        rows.append(RowEdit(sheet=SHEET_GANTT, row=r, action_id=str(ident).strip(), **values))
    return roadmap, rows, problems


def _owner(roadmap: Roadmap, action_id: str, written: str) -> str | None:
    """The owner a person typed; None when the cell still shows the plan's suggestion (in any language)."""
    action = next((a for a in roadmap.actions if a.id == action_id), None)
    if action is not None and written in {Messages(lang).param(action.owner) for lang in LANGUAGES}:
        return None
    return written


def import_roadmap(path: Path) -> ImportReport:
    """Read an edited roadmap workbook and re-check it (timing rules, gate, deadline, capacity)."""
    roadmap, rows, problems = read_roadmap_workbook(path)
    columns = {"start_month": H_START_MONTH, "end_month": H_END_MONTH}
    return recheck(roadmap, rows, sheet=SHEET_GANTT, read_problems=problems, source=str(path), columns=columns)
