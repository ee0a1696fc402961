"""Re-checking an edited roadmap: the timing rules, the gate, the deadline and the capacity, row by row.

People move actions, set the months within a year, change owners and costs in the workbook.
:func:`recheck` applies those edits to the roadmap they came from and reports every edit that
makes the target year infeasible — naming the sheet and row — and the year the edited plan
still reaches. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from accredit.i18n.message import Msg, Param, TextOrMsg, joined, msg
from accredit.model.roadmap import (
    Action,
    ImportChange,
    ImportProblem,
    ImportReport,
    Roadmap,
    RowEdit,
    counts_from,
)
from accredit.scoring.text import fmt_codes, fmt_number

_FIELDS = ("start_year", "end_year", "start_month", "end_month", "owner", "cost")


def _row_problem(
    sheet: str,
    row: int,
    action: str,
    kind: str,
    key: str,
    *,
    field: str | None = None,
    blocking: bool = True,
    **params: Param,
) -> ImportProblem:
    """A problem on one edited row; its message names the sheet, the row and the action."""
    return ImportProblem(
        sheet=sheet,
        row=row,
        action=action,
        field=field,
        kind=kind,
        blocking=blocking,
        message=msg(key, where=msg("roadmap.import.where", sheet=sheet, row=row), id=action, **params),
    )


def _text(value: object) -> TextOrMsg:
    if isinstance(value, Decimal):
        return fmt_number(value)
    if isinstance(value, Msg):
        return value
    return "" if value is None else str(value)


def _months(action: Action, update: dict[str, object], r: RowEdit, columns: Mapping[str, str]) -> list[ImportProblem]:
    """Months in order within one year; both ignored (the whole year) when not. Never changes the years."""
    start, end = update.get("start_year", action.start_year), update.get("end_year", action.end_year)
    first, last = update.get("start_month", action.start_month), update.get("end_month", action.end_month)
    if start != end or not isinstance(first, int) or not isinstance(last, int) or last >= first:
        return []
    assert isinstance(start, int)  # years are whole numbers (read by the workbook reader)
    update["start_month"] = update["end_month"] = None
    column: TextOrMsg = columns.get("end_month") or msg("roadmap.cli.field.end_month")
    return [
        _row_problem(
            r.sheet, r.row, action.id, "order", "roadmap.import.month_order", field="end_month", blocking=False,
            column=column, start=first, end=last, year=start,
        )
    ]  # fmt: skip


def _apply(
    roadmap: Roadmap, rows: Sequence[RowEdit], sheet: str, columns: Mapping[str, str]
) -> tuple[list[Action], dict[str, int], list[ImportProblem], list[ImportChange]]:
    """The actions with the rows' edits, the row of each action, and what was odd or changed."""
    by_id = {a.id: a for a in roadmap.actions}
    problems: list[ImportProblem] = []
    changes: list[ImportChange] = []
    row_of: dict[str, int] = {}
    edited: dict[str, Action] = {}
    for r in rows:
        if r.action_id in row_of:
            problems.append(
                _row_problem(
                    r.sheet, r.row, r.action_id, "unknown", "roadmap.import.duplicate", first=row_of[r.action_id]
                )
            )
            continue
        action = by_id.get(r.action_id)
        if action is None:
            problems.append(
                _row_problem(r.sheet, r.row, r.action_id, "unknown", "roadmap.import.unknown", blocking=False)
            )
            continue
        row_of[action.id] = r.row
        update: dict[str, object] = {}
        for name in _FIELDS:
            new = getattr(r, name)
            old = getattr(action, name)
            if new is not None and new != old:
                update[name] = new
                changes.append(
                    ImportChange(sheet=r.sheet, row=r.row, action=action.id, field=name, old=_text(old), new=_text(new))
                )
        start = update.get("start_year", action.start_year)
        end = update.get("end_year", action.end_year)
        assert isinstance(start, int) and isinstance(end, int)
        if end < start:
            problems.append(
                _row_problem(
                    r.sheet, r.row, action.id, "order", "roadmap.import.order", field="end_year", start=start, end=end
                )
            )
            update.pop("start_year", None)
            update.pop("end_year", None)
        problems += _months(action, update, r, columns)
        if action.timing is not None and "end_year" in update:
            update["counts_from_year"] = counts_from(action.timing, int(end))
        edited[action.id] = action.model_copy(update=update)
    for a in roadmap.actions:
        if a.id in row_of:
            continue
        needed = a.priority == "needed_to_pass"
        key = "roadmap.import.deleted" if needed else "roadmap.import.deleted_beyond"
        problems.append(
            ImportProblem(
                sheet=sheet,
                action=a.id,
                kind="deleted",
                blocking=needed,
                message=msg(
                    key,
                    sheet=sheet,
                    id=a.id,
                    codes=fmt_codes(a.requirements) or "—",
                    target=roadmap.earliest_year or "—",
                ),
            )
        )
    actions = [edited[a.id] for a in roadmap.actions if a.id in edited]
    return actions, row_of, problems, changes


def _timing(roadmap: Roadmap, actions: Sequence[Action], row_of: dict[str, int], sheet: str) -> list[ImportProblem]:
    """Each moved action against the target year, the gate and the deadline."""
    target = roadmap.earliest_year
    out: list[ImportProblem] = []
    for a in actions:
        row = row_of[a.id]
        if a.start_year < roadmap.start:
            out.append(
                _row_problem(
                    sheet,
                    row,
                    a.id,
                    "order",
                    "roadmap.import.before_start",
                    field="start_year",
                    start=a.start_year,
                    plan_start=roadmap.start,
                )
            )
        needed = a.priority == "needed_to_pass"
        if a.kind == "external":
            if target is not None and a.end_year > target:
                out.append(
                    _row_problem(
                        sheet,
                        row,
                        a.id,
                        "gate",
                        "roadmap.import.external",
                        field="end_year",
                        end=a.end_year,
                        target=target,
                    )
                )
            continue
        assert a.timing is not None
        first = counts_from(a.timing, a.end_year)
        if needed and target is not None and first > target:
            kind = "gate" if a.gate else "timing"
            out.append(
                _row_problem(
                    sheet,
                    row,
                    a.id,
                    kind,
                    f"roadmap.import.{kind}",
                    field="end_year",
                    codes=fmt_codes(a.requirements),
                    end=a.end_year,
                    first=first,
                    window=a.timing.window_years,
                    target=target,
                    latest=a.latest_end_year if a.latest_end_year is not None else "—",
                    framework=a.framework,
                )
            )
        if roadmap.deadline_year is not None and a.end_year > roadmap.deadline_year:
            out.append(
                _row_problem(
                    sheet,
                    row,
                    a.id,
                    "deadline",
                    "roadmap.import.deadline",
                    field="end_year",
                    blocking=needed,
                    end=a.end_year,
                    last=roadmap.deadline_year,
                    date=joined(
                        [str(roadmap.deadline), msg("roadmap.deadline.with_unverified")]
                        if roadmap.deadline_basis else [str(roadmap.deadline)],
                        " ",
                    ),
                )
            )
    return out


def _capacity(roadmap: Roadmap, actions: Sequence[Action], row_of: dict[str, int], sheet: str) -> list[ImportProblem]:
    """Every year whose actions or spending exceed the capacity, naming the rows."""
    cap = roadmap.capacity
    work = [a for a in actions if a.kind != "external"]
    years = sorted({y for a in work for y in range(a.start_year, a.end_year + 1)})
    out: list[ImportProblem] = []
    for y in years:
        active = [a for a in work if a.active_in(y)]
        rows = ", ".join(str(row_of[a.id]) for a in sorted(active, key=lambda a: row_of[a.id]))
        if cap.max_actions_per_year is not None and len(active) > cap.max_actions_per_year:
            out.append(
                ImportProblem(
                    sheet=sheet,
                    kind="capacity",
                    blocking=True,
                    message=msg(
                        "roadmap.import.capacity_count",
                        sheet=sheet,
                        year=y,
                        count=len(active),
                        max=cap.max_actions_per_year,
                        rows=rows,
                    ),
                )
            )
        if cap.budget_per_year is not None:
            spent = sum((a.cost / (a.end_year - a.start_year + 1) for a in active), Decimal(0))
            if spent > cap.budget_per_year:
                out.append(
                    ImportProblem(
                        sheet=sheet,
                        kind="capacity",
                        blocking=True,
                        message=msg(
                            "roadmap.import.capacity_budget",
                            sheet=sheet,
                            year=y,
                            spent=fmt_number(spent.quantize(Decimal("0.01")).normalize()),
                            budget=fmt_number(cap.budget_per_year),
                            rows=rows,
                        ),
                    )
                )
    return out


def _year_after(roadmap: Roadmap, actions: Sequence[Action], deleted_needed: bool) -> int | None:
    """The year the edited plan still reaches: every needed action counting, the gate passed."""
    if roadmap.earliest_year is None or deleted_needed:
        return None
    years = [roadmap.earliest_year]
    for a in actions:
        if a.priority != "needed_to_pass":
            continue
        if a.kind == "external":
            years.append(a.end_year)
        elif a.timing is not None:
            years.append(counts_from(a.timing, a.end_year))
    year = max(years)
    if roadmap.deadline_year is not None and year > roadmap.deadline_year:
        return None
    return year


def recheck(
    roadmap: Roadmap,
    rows: Sequence[RowEdit],
    *,
    sheet: str,
    read_problems: Sequence[ImportProblem] = (),
    source: str | None = None,
    columns: Mapping[str, str] | None = None,
) -> ImportReport:
    """Apply the edited rows to ``roadmap`` and re-check timing, gate, deadline and capacity.

    Months (``start_month``/``end_month``, blank = the whole year) are carried onto the actions and
    checked for order within one year; they never change a year, so no rule below looks at them.
    ``columns`` names the sheet's column of a field (for messages), e.g. ``{"end_month": "Tháng kết thúc"}``.
    """
    actions, row_of, problems, changes = _apply(roadmap, rows, sheet, columns or {})
    problems = [*read_problems, *problems]
    problems += _timing(roadmap, actions, row_of, sheet)
    problems += _capacity(roadmap, actions, row_of, sheet)
    deleted_needed = any(p.kind == "deleted" and p.blocking for p in problems)
    year_after = _year_after(roadmap, actions, deleted_needed)
    feasible = roadmap.earliest_year is not None and not any(p.blocking for p in problems)
    return ImportReport(
        source=source,
        target=roadmap.target,
        planned_year=roadmap.earliest_year,
        year_after=year_after,
        feasible=feasible,
        problems=problems,
        changes=changes,
        actions=actions,
    )
