"""The Excel report: one workbook, one sheet per view, for the QA office to filter and sort.

Sheets: summary, points per criterion, requirement detail (status and reason), evidence matrix
(requirement × evidence), indicators with their formula traces, gaps with the minimal fix set,
and the roadmap. Each table has bold headers, frozen panes, a filter and set column widths.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from accredit.i18n.message import Messages, Msg
from accredit.model.assessment import Status
from accredit.report import roadmap_view, view
from accredit.report.model import ReportInput
from accredit.safe_text import put
from accredit.workbooks import CellStyles, print_layout

HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14, color="1F4E78")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
STATUS_FILLS = {
    Status.MET: PatternFill("solid", fgColor="E2EFDA"),
    Status.NOT_MET: PatternFill("solid", fgColor="F8CBAD"),
    Status.NOT_EVALUATED: PatternFill("solid", fgColor="FFF2CC"),
    Status.NOT_APPLICABLE: PatternFill("solid", fgColor="EDEDED"),
}
PASS_FILL = PatternFill("solid", fgColor="C6EFCE")
FAIL_FILL = PatternFill("solid", fgColor="FFC7CE")


@dataclass(frozen=True)
class Column:
    """A table column: header message key, width, and whether long text wraps."""

    key: str
    width: float
    wrap: bool = False
    number_format: str | None = None


def _plain(msgs: Messages, value: str | Msg | None) -> str:
    """Scorecard text (a message rendered) with internal ids replaced (:func:`accredit.report.view.plain_ids`)."""
    return view.plain_ids(msgs, msgs(value) if isinstance(value, Msg) else value, {})


def _fw_name(section) -> str:
    """How a framework is named in a cell: its regulation ('Thông tư 35/2021/TT-BLĐTBXH'), never its id."""
    reg = section.framework.regulation
    return f"{reg.kind} {reg.number}"


def _number(value: Decimal | int | float | None) -> int | float | None:
    if value is None:
        return None
    d = Decimal(value)
    return int(d) if d == d.to_integral_value() else float(d)


class _Table:
    """Writes one filtered table with a frozen header row onto a sheet."""

    def __init__(self, msgs: Messages, ws: Worksheet, columns: Sequence[Column], header_row: int) -> None:
        self.ws = ws
        self.columns = list(columns)
        self.header_row = header_row
        self.row = header_row
        self.styles = CellStyles()  # the same alignments and fills on every row: found in the workbook once
        for i, col in enumerate(self.columns, start=1):
            cell = put(ws.cell(row=header_row, column=i), msgs(col.key))
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            ws.column_dimensions[get_column_letter(i)].width = col.width

    def add(self, values: Sequence[Any], fills: dict[int, PatternFill] | None = None) -> int:
        """Append one row; ``fills`` colours cells by 0-based column index."""
        self.row += 1
        for i, (col, value) in enumerate(zip(self.columns, values, strict=True), start=1):
            cell = put(self.ws.cell(row=self.row, column=i), value)
            self.styles.set(cell, "alignment", WRAP if col.wrap else TOP)
            if col.number_format:
                cell.number_format = col.number_format
        for i, fill in (fills or {}).items():
            self.styles.set(self.ws.cell(row=self.row, column=i + 1), "fill", fill)
        return self.row

    def finish(self, freeze_column: int = 1) -> None:
        """Freeze the header (and the first ``freeze_column - 1`` columns) and add the filter."""
        last_col = get_column_letter(len(self.columns))
        self.ws.freeze_panes = f"{get_column_letter(freeze_column)}{self.header_row + 1}"
        self.ws.auto_filter.ref = f"A{self.header_row}:{last_col}{max(self.row, self.header_row + 1)}"


def _title(ws: Worksheet, inp: ReportInput, title: str) -> int:
    """Title lines on top of a sheet; returns the header row of the table below."""
    msgs = inp.messages
    put(ws.cell(row=1, column=1), title).font = TITLE_FONT
    put(ws.cell(row=2, column=1), view.school_line(inp)).font = Font(bold=True)
    meta = msgs("report.meta.line", year=inp.year, generated=view.generated_text(inp))
    put(ws.cell(row=3, column=1), meta).font = Font(italic=True, color="595959")
    return 5


def _summary(wb: Workbook, inp: ReportInput) -> None:
    msgs = inp.messages
    ws = wb.create_sheet(msgs("report.sheet.summary"))
    head = _title(ws, inp, msgs("report.title"))
    table = _Table(
        msgs,
        ws,
        [
            Column("report.col.framework", 40, wrap=True),
            Column("report.col.regulation", 20, wrap=True),
            Column("report.col.result", 12),
            Column("report.col.total", 9),
            Column("report.col.max", 9),
            Column("report.col.unit", 12),
            Column("report.col.decision", 50, wrap=True),
            Column("report.col.rules", 70, wrap=True),
            Column("report.col.minimal_fix", 50, wrap=True),
        ],
        head,
    )
    for s in inp.sections:
        card = s.scorecard
        rules = _plain(msgs, "\n".join(view.rule_line(msgs, o) for o in card.rules))
        table.add(
            [
                card.title,
                s.framework.regulation.number,
                view.decision_text(msgs, card),
                _number(card.total),
                _number(card.max),
                msgs(f"report.unit.{card.unit}"),
                _plain(msgs, card.decision),
                rules,
                "" if card.passed else _plain(msgs, card.fix_plan.explanation),
            ],
            {2: PASS_FILL if card.passed else FAIL_FILL},
        )
    table.finish()


def _criteria(wb: Workbook, inp: ReportInput) -> None:
    msgs = inp.messages
    ws = wb.create_sheet(msgs("report.sheet.criteria"))
    head = _title(ws, inp, msgs("report.sheet.criteria"))
    table = _Table(
        msgs,
        ws,
        [
            Column("report.col.framework", 26),
            Column("report.col.code", 7),
            Column("report.col.criterion", 18),
            Column("report.col.title", 44, wrap=True),
            Column("report.col.points", 9),
            Column("report.col.max", 9),
            Column("report.col.share", 10, number_format="0.00%"),
            Column("report.col.threshold", 10, number_format="0%"),
            Column("report.col.reached", 14),
            Column("report.col.met_count", 12),
            Column("report.col.requirements", 12),
        ],
        head,
    )
    for s in inp.sections:
        for crit, res, floor in view.criterion_rows(s):
            reached = None if floor is None or res is None else Decimal(res.share) >= floor
            table.add(
                [
                    _fw_name(s),
                    crit.code,
                    crit.label,
                    crit.title,
                    _number(res.points) if res else None,
                    _number(res.max) if res else None,
                    _number(res.share) if res else None,
                    _number(floor),
                    "" if reached is None else view.decision_word(msgs, reached),
                    res.met if res else None,
                    res.requirements if res else None,
                ],
                {} if reached is None else {8: PASS_FILL if reached else FAIL_FILL},
            )
    table.finish(freeze_column=3)


def _detail(wb: Workbook, inp: ReportInput) -> None:
    msgs = inp.messages
    ws = wb.create_sheet(msgs("report.sheet.detail"))
    head = _title(ws, inp, msgs("report.sheet.detail"))
    table = _Table(
        msgs,
        ws,
        [
            Column("report.col.framework", 24),
            Column("report.col.criterion", 8),
            Column("report.col.code", 8),
            Column("report.col.name", 26, wrap=True),
            Column("report.col.text", 60, wrap=True),
            Column("report.col.article", 16, wrap=True),
            Column("report.col.status", 14),
            Column("report.col.points", 8),
            Column("report.col.max", 8),
            Column("report.col.reason", 50, wrap=True),
            Column("report.col.flags", 24, wrap=True),
            Column("report.col.gap_years", 12),
            Column("report.col.evidence_codes", 24, wrap=True),
            Column("report.col.evidence_count", 10),
            Column("report.col.current_state", 40, wrap=True),
            Column("report.col.strengths", 34, wrap=True),
            Column("report.col.weaknesses", 34, wrap=True),
            Column("report.col.improvement_plan", 34, wrap=True),
        ],
        head,
    )
    for s in inp.sections:
        for v in view.requirement_views(inp, s):
            r = v.result
            n = v.narrative
            table.add(
                [
                    _fw_name(s),
                    v.criterion.code,
                    v.code,
                    view.requirement_name(v.requirement),
                    v.requirement.text,
                    v.requirement.article,
                    view.status_text(msgs, v.status),
                    _number(r.points) if r else None,
                    _number(r.max_points) if r else None,
                    _plain(msgs, v.reason),
                    "\n".join(msgs(f"report.flag.{f.value}") for f in r.flags) if r else "",
                    ", ".join(map(str, r.gap_years)) if r else "",
                    ", ".join(v.evidence_codes),
                    len(v.counting_links),
                    n.current_state or "",
                    n.strengths or "",
                    n.weaknesses or "",
                    n.improvement_plan or "",
                ],
                {6: STATUS_FILLS[v.status]},
            )
    table.finish(freeze_column=4)


def _matrix(wb: Workbook, inp: ReportInput) -> None:
    msgs = inp.messages
    ws = wb.create_sheet(msgs("report.sheet.matrix"))
    put(ws.cell(row=1, column=1), msgs("report.sheet.matrix")).font = TITLE_FONT
    put(ws.cell(row=2, column=1), msgs("report.matrix.legend")).font = Font(italic=True, color="595959")
    rows = view.evidence_rows(inp)
    fixed = [
        Column("report.col.framework", 24),
        Column("report.col.code", 8),
        Column("report.col.status", 14),
        Column("report.col.evidence_count", 10),
    ]
    header = 4
    table = _Table(msgs, ws, fixed, header)
    ws.row_dimensions[header].height = 150
    for j, ev in enumerate(rows, start=len(fixed) + 1):
        label = f"{ev.code} — {ev.title}" if ev.code else ev.title
        cell = put(ws.cell(row=header, column=j), label[:120])
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(text_rotation=90, wrap_text=True, vertical="bottom", horizontal="center")
        ws.column_dimensions[get_column_letter(j)].width = 4.5
    index = {ev.evidence_id: j for j, ev in enumerate(rows, start=len(fixed) + 1)}
    center = Alignment(horizontal="center", vertical="center")
    for s in inp.sections:
        for v in view.requirement_views(inp, s):
            r = table.add(
                [_fw_name(s), v.code, view.status_text(msgs, v.status), len(v.counting_links)],
                {2: STATUS_FILLS[v.status]},
            )
            per_file: dict[str, list] = {}
            for lk in v.links:
                per_file.setdefault(lk.evidence_id, []).append(lk)
            for eid, lks in per_file.items():
                col = index.get(eid)
                if col is not None:
                    table.styles.set(put(ws.cell(row=r, column=col), view.link_mark(lks)), "alignment", center)
    last = get_column_letter(len(fixed) + len(rows))
    ws.freeze_panes = f"{get_column_letter(len(fixed) + 1)}{header + 1}"
    ws.auto_filter.ref = f"A{header}:{last}{max(table.row, header + 1)}"


def _indicators(wb: Workbook, inp: ReportInput) -> None:
    msgs = inp.messages
    ws = wb.create_sheet(msgs("report.sheet.indicators"))
    head = _title(ws, inp, msgs("report.sheet.indicators"))
    table = _Table(
        msgs,
        ws,
        [
            Column("report.col.framework", 24),
            Column("report.col.code", 8),
            Column("report.col.name", 34, wrap=True),
            Column("report.col.year", 8),
            Column("report.col.value", 12),
            Column("report.col.unit", 8),
            Column("report.col.requirement_level", 12),
            Column("report.col.status", 16),
            Column("report.col.numerator", 12),
            Column("report.col.denominator", 12),
            Column("report.col.trace", 90, wrap=True),
            Column("report.col.article", 18, wrap=True),
        ],
        head,
    )
    for s in inp.sections:
        names = {r.code: view.requirement_name(r) for r in s.framework.requirements}
        for res in view.indicator_results(s):
            fill = STATUS_FILLS[Status.MET] if res.met else STATUS_FILLS[Status.NOT_MET]
            table.add(
                [
                    _fw_name(s),
                    res.requirement,
                    names.get(res.requirement, res.label),
                    res.year,
                    _number(res.value),
                    res.unit,
                    view.requirement_text(msgs, res.comparator, res.threshold, res.unit),
                    view.indicator_status_text(msgs, res.status.value),
                    _number(res.numerator),
                    _number(res.denominator),
                    "\n".join(view.trace_lines(msgs, res)),
                    res.article or "",
                ],
                {7: fill},
            )
    table.finish(freeze_column=3)


def _gaps(wb: Workbook, inp: ReportInput) -> None:
    msgs = inp.messages
    ws = wb.create_sheet(msgs("report.sheet.gaps"))
    head = _title(ws, inp, msgs("report.sheet.gaps"))
    table = _Table(
        msgs,
        ws,
        [
            Column("report.col.framework", 24),
            Column("report.col.code", 8),
            Column("report.col.name", 30, wrap=True),
            Column("report.col.status", 14),
            Column("report.col.reason", 50, wrap=True),
            Column("report.col.gap_years", 12),
            Column("report.col.in_minimal_fix", 14),
            Column("report.col.fix_action", 36, wrap=True),
            Column("report.col.weaknesses", 36, wrap=True),
            Column("report.col.improvement_plan", 36, wrap=True),
            Column("report.col.suggested_actions", 44, wrap=True),
        ],
        head,
    )
    for s in inp.sections:
        for v in view.requirement_views(inp, s):
            if not v.is_gap:
                continue
            table.add(
                [
                    _fw_name(s),
                    v.code,
                    view.requirement_name(v.requirement),
                    view.status_text(msgs, v.status),
                    _plain(msgs, v.reason),
                    ", ".join(map(str, v.result.gap_years)) if v.result else "",
                    msgs("report.yes") if v.in_fix else "",
                    v.fix_action or "",
                    v.narrative.weaknesses or "",
                    v.narrative.improvement_plan or "",
                    "\n".join(f"• {a}" for a in v.requirement.improvement_actions),
                ],
                {3: STATUS_FILLS[v.status], **({6: FAIL_FILL} if v.in_fix else {})},
            )
    table.finish(freeze_column=3)
    row = table.row + 2
    put(ws.cell(row=row, column=1), msgs("report.section.minimal_fix")).font = Font(bold=True, size=12)
    for s in inp.sections:
        row += 1
        put(ws.cell(row=row, column=1), _fw_name(s)).font = Font(bold=True)
        put(ws.cell(row=row, column=3), _plain(msgs, s.scorecard.fix_plan.explanation)).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=8)
        ws.row_dimensions[row].height = 30


def _previous(wb: Workbook, inp: ReportInput) -> None:
    """Last year's status beside this year's, per requirement (a sheet only when some framework has last year)."""
    msgs = inp.messages
    sections = [s for s in inp.sections if s.previous is not None]
    if not sections:
        return
    ws = wb.create_sheet(msgs("report.sheet.previous"))
    head = _title(ws, inp, msgs("report.h.previous"))
    table = _Table(
        msgs,
        ws,
        [
            Column("report.col.framework", 24),
            Column("report.col.code", 8),
            Column("report.col.name", 40, wrap=True),
            Column("report.previous.col_before", 16),
            Column("report.previous.col_now", 16),
            Column("report.previous.changed", 10),
            Column("report.previous.col_note", 44, wrap=True),
        ],
        head,
    )
    for s in sections:
        for r in view.comparison_rows(msgs, s):
            table.add([_fw_name(s), r.code, r.name, r.before, r.now, msgs("report.yes") if r.changed else "", r.note],
                      {6: STATUS_FILLS[Status.NOT_EVALUATED]} if r.carried else None)
    table.finish(freeze_column=3)
    row = table.row + 2
    for s in sections:
        put(ws.cell(row=row, column=1), _fw_name(s)).font = Font(bold=True)
        put(ws.cell(row=row, column=3), view.comparison_summary(msgs, s, inp.year)).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=7)
        row += 1


def _roadmap(wb: Workbook, inp: ReportInput) -> None:
    msgs = inp.messages
    ws = wb.create_sheet(msgs("report.sheet.roadmap"))
    head = _title(ws, inp, msgs("report.sheet.roadmap"))
    if inp.roadmap is None:
        put(ws.cell(row=head, column=1), msgs("report.roadmap.none"))
        return
    rv = roadmap_view.build(msgs, inp.roadmap)
    names = {s.id: _fw_name(s) for s in inp.sections}
    put(ws.cell(row=4, column=1), _plain(msgs, rv.summary)).font = Font(bold=True, color="1F4E78")
    table = _Table(
        msgs,
        ws,
        [
            Column("report.col.action_id", 14),
            Column("report.col.framework", 24),
            Column("report.col.code", 10),
            Column("report.col.action", 60, wrap=True),
            Column("report.col.owner", 20, wrap=True),
            Column("report.col.start", 9),
            Column("report.col.end", 9),
            Column("report.col.points_gained", 10),
            Column("report.col.cost", 10),
            Column("report.col.priority", 16, wrap=True),
            Column("report.col.why", 50, wrap=True),
            Column("report.col.planned_evidence", 50, wrap=True),
        ],
        head,
    )
    for a in rv.actions:
        table.add(
            [
                a.id,
                names.get(a.framework) or _plain(msgs, a.framework),
                a.codes,
                _plain(msgs, a.title),
                a.owner,
                a.start,
                a.end,
                _number(a.points),
                _number(a.cost),
                msgs("report.priority.needed") if a.needed else msgs("report.priority.beyond"),
                a.why,
                "\n".join(f"• {e}" for e in a.evidence),
            ],
            {9: FAIL_FILL} if a.needed else {},
        )
    table.finish(freeze_column=2)
    if not rv.projection:
        return
    row = table.row + 2
    put(ws.cell(row=row, column=1), msgs("report.section.projection")).font = Font(bold=True, size=12)
    header, base = row + 1, 4  # under the wide 'Hoạt động' column
    labels = [msgs("report.col.criterion"), msgs("report.col.required"), *map(str, rv.projection_years)]
    for i, label in enumerate(labels, start=base):
        cell = put(ws.cell(row=header, column=i), label)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
    r = header
    for label, values, required in rv.projection:
        r += 1
        put(ws.cell(row=r, column=base), label)
        put(ws.cell(row=r, column=base + 1), _number(required))
        for j, y in enumerate(rv.projection_years, start=base + 2):
            value = values.get(y)
            cell = put(ws.cell(row=r, column=j), _number(value))
            if value is not None and required is not None:
                cell.fill = PASS_FILL if value >= required else FAIL_FILL
    r += 1
    put(ws.cell(row=r, column=base), msgs("report.col.projected")).font = Font(bold=True)
    by_year = {y.year: y for y in rv.years}
    for j, y in enumerate(rv.projection_years, start=base + 2):
        yr = by_year.get(y)
        if yr is not None:
            cell = put(ws.cell(row=r, column=j), yr.projected)
            cell.fill = PASS_FILL if yr.passed else FAIL_FILL
            cell.alignment = WRAP


def render_xlsx(inp: ReportInput) -> bytes:
    """The Excel report as bytes (written to disk by :func:`accredit.report.write.write_reports`)."""
    msgs = inp.messages
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    for build in (_summary, _criteria, _detail, _matrix, _indicators, _gaps, _previous, _roadmap):
        build(wb, inp)
    for ws in wb.worksheets:
        ws.sheet_view.zoomScale = 90
        print_layout(ws, landscape=True, title=f"{inp.school.name} — {ws.title}")
    matrix = wb[msgs("report.sheet.matrix")]
    # one column per evidence file: a page holds ~25 of them, the requirement columns repeat on each page
    matrix.page_setup.fitToWidth = max(1, -(-(matrix.max_column - 4) // 25))
    matrix.print_title_cols = "A:D"
    detail = wb[msgs("report.sheet.detail")]
    # the printed detail stops at 'Lý do': the narratives print in the Word report, the rest stays for filtering
    detail.print_area = f"A1:J{detail.max_row}"
    wb.properties.title = msgs("report.title")
    wb.properties.creator = "accredit"
    wb.properties.created = inp.generated_at.replace(tzinfo=None)
    wb.properties.modified = inp.generated_at.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
