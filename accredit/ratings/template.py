"""Writing the self-assessment workbook (``accredit ratings template``).

A first run creates it; a re-run refreshes the tool's columns (codes, wording, points, window,
linked evidence), appends rows or columns that are missing, and never changes what a person
typed (status, years, narrative, evidence codes, notes), nor sheets or columns they added.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from accredit.errors import AccreditError
from accredit.evidence.hints import suggested_evidence
from accredit.i18n import t
from accredit.model.assessment import STATUS_LABELS, short_version, window_years
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Criterion, Framework, ObjectType
from accredit.ratings.layout import (
    H_CODE,
    H_HINTS,
    H_KIND,
    H_LINKED,
    H_NOTE,
    H_POINTS,
    H_STATUS,
    H_TEXT,
    H_WINDOW,
    KIND_LABELS,
    META_FRAMEWORK,
    META_OBJECT,
    META_VERSION,
    META_YEAR,
    SHEET_GUIDE,
    YEAR_HEADER,
    all_headers,
    criterion_title,
    object_label,
    person_headers,
    requirement_text,
    sheet_names,
    tool_headers,
)
from accredit.safe_text import put
from accredit.workbooks import (
    FIRST_ROW,
    WorkbookUpdate,
    add_validation,
    clear_validations,
    column_range,
    ensure_columns,
    ensure_sheet,
    headers,
    is_blank,
    open_or_new,
    save,
    set_title,
    set_tool_cell,
    style,
)

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

WIDTHS = {H_CODE: 9, H_TEXT: 70, H_POINTS: 7, H_WINDOW: 18, H_KIND: 16, H_STATUS: 15, H_LINKED: 40, H_HINTS: 40}
HINTS_SHOWN = 6


class RatingsError(AccreditError):
    """A ratings workbook or file cannot be written or read; the message says where and what to do."""


def read_guide(ws: Worksheet) -> dict[str, str]:
    """Label → value pairs of the guide sheet (columns A and B)."""
    out: dict[str, str] = {}
    for row in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if not is_blank(row[0]) and not is_blank(row[1]):
            out.setdefault(str(row[0]).strip(), str(row[1]).strip())
    return out


def rating_years(framework: Framework, year: int, obj: ObjectType | None) -> list[int]:
    """The year columns: every year of the multi-year windows (none when every window is one year)."""
    years: set[int] = set()
    for r in framework.requirements:
        ys = window_years(framework, r, year, obj)
        if len(ys) > 1:
            years.update(ys)
    return sorted(years)


def window_text(framework: Framework, code: str, year: int, obj: ObjectType | None) -> str:
    """'tại thời điểm đánh giá' or '3 năm: 2024–2026'."""
    ys = window_years(framework, framework.requirement(code), year, obj)
    if len(ys) == 1:
        return t("scoring.ratings.window_now")
    return t("scoring.ratings.window_years", count=len(ys), first=ys[0], last=ys[-1])


def linked_text(links: Iterable[EvidenceLink]) -> str:
    """The linked evidence of one requirement, one per line; unconfirmed suggestions and files that
    could not be read (never counted) marked."""
    lines = []
    for lk in sorted(links, key=lambda x: (not x.supports, not x.counts, x.evidence_code or "", x.path)):
        name = f"{lk.evidence_code} · {lk.path}" if lk.evidence_code else lk.path
        if not lk.counts:
            lines.append(t("scoring.ratings.suggested", name=name))
        else:
            lines.append(name if lk.readable else t("scoring.ratings.unreadable", name=name))
    return "\n".join(dict.fromkeys(lines))


def _check_existing(wb: Workbook, path: Path, framework: Framework, year: int) -> None:
    if SHEET_GUIDE not in wb.sheetnames:
        raise RatingsError(t("scoring.ratings.not_ratings", path=path))
    meta = read_guide(wb[SHEET_GUIDE])
    if meta.get(META_FRAMEWORK) != framework.id:
        raise RatingsError(
            t("scoring.ratings.other_framework_file", path=path, found=meta.get(META_FRAMEWORK), expected=framework.id)
        )
    if meta.get(META_VERSION) != framework.content_hash:
        raise RatingsError(
            f"{path}: "
            + t(
                "scoring.assessment.other_version",
                id=framework.id,
                found=short_version(meta.get(META_VERSION, "?")),
                expected=short_version(framework.content_hash),
            )
            + ". "
            + t("scoring.ratings.rename_hint")
        )
    if meta.get(META_YEAR) != str(year):
        raise RatingsError(t("scoring.ratings.other_year", path=path, found=meta.get(META_YEAR), expected=year))


def _guide(wb: Workbook, framework: Framework, year: int, obj: ObjectType | None, names: dict[str, str]) -> None:
    if SHEET_GUIDE in wb.sheetnames:
        wb.remove(wb[SHEET_GUIDE])  # the guide belongs to the tool: rebuilt every time
    ws = wb.create_sheet(SHEET_GUIDE, 0)
    set_title(ws, t("scoring.ratings.title", title=framework.title))
    meta = [
        (META_FRAMEWORK, framework.id),
        (META_VERSION, framework.content_hash),
        (META_YEAR, year),
        (META_OBJECT, object_label(obj)),
    ]
    for i, (k, v) in enumerate(meta, start=3):
        put(ws.cell(i, 1), k)
        put(ws.cell(i, 2), v)
    line = 3 + len(meta) + 1
    statuses = ", ".join(STATUS_LABELS.values())
    for key in ("intro", "grey", "status", "years", "evidence", "rerun", "decision"):
        text = t(f"scoring.ratings.guide.{key}", statuses=statuses, rule=framework.decision.text)
        put(ws.cell(line, 1), text).alignment = style("WRAP")
        ws.merge_cells(start_row=line, start_column=1, end_row=line, end_column=6)
        ws.row_dimensions[line].height = 45
        line += 1
    line += 1
    put(ws.cell(line, 1), t("scoring.ratings.guide.sheets")).font = style("BOLD")
    for c in framework.criteria:
        line += 1
        put(ws.cell(line, 1), names[c.code])
        put(ws.cell(line, 2), criterion_title(c))
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 90


def _status_validation() -> DataValidation:
    from openpyxl.worksheet.datavalidation import DataValidation

    labels = ",".join(STATUS_LABELS.values())
    dv = DataValidation(type="list", formula1=f'"{labels}"', allow_blank=True)
    dv.errorStyle = "warning"  # 'Dat' or 'khong dat' typed without diacritics is accepted by the reader
    dv.errorTitle = t("scoring.ratings.status_title")
    dv.error = t("scoring.ratings.status_error")
    dv.showErrorMessage = True
    return dv


def _criterion_sheet(
    wb: Workbook,
    name: str,
    framework: Framework,
    criterion: Criterion,
    year: int,
    obj: ObjectType | None,
    years: list[int],
    links: dict[str, list[EvidenceLink]],
    update: dict[str, int],
    person: Mapping[str, Mapping[str, object]] | None = None,
) -> bool:
    ws, created = ensure_sheet(wb, name)
    set_title(ws, criterion_title(criterion))
    tool = set(tool_headers(framework.scored)) | {H_LINKED, H_HINTS}
    clear_validations(ws)
    update["columns"] += ensure_columns(ws, all_headers(framework.scored, years), tool)
    cols = headers(ws)
    for h, w in WIDTHS.items():
        if h in cols:
            ws.column_dimensions[ws.cell(2, cols[h]).column_letter].width = w
    rows: dict[str, int] = {}
    last = FIRST_ROW - 1
    for r in range(FIRST_ROW, ws.max_row + 1):
        v = ws.cell(r, cols[H_CODE]).value
        if not is_blank(v):
            rows.setdefault(str(v).strip(), r)
        if any(not is_blank(c.value) for c in ws[r]):
            last = r
    for req in criterion.requirements:
        row = rows.get(req.code)
        if row is None:
            last += 1
            row = last
            update["rows"] += 1
        ws.cell(row, cols[H_CODE]).number_format = "@"
        values = {
            H_CODE: req.code,
            H_TEXT: requirement_text(req),
            H_POINTS: req.points,
            H_WINDOW: window_text(framework, req.code, year, obj),
            H_KIND: KIND_LABELS[req.kind],
            H_LINKED: linked_text(links.get(req.code, [])),
            H_HINTS: "; ".join(suggested_evidence(framework, req.code)[:HINTS_SHOWN]),
        }
        for h, v in values.items():
            if h in cols:
                update["refreshed"] += set_tool_cell(ws, row, cols[h], v)
        if person is not None:  # an export: the person's columns take the store's values
            for h, v in person.get(req.code, {}).items():
                if h in cols:
                    put(ws.cell(row, cols[h]), v)
        own = set(window_years(framework, req, year, obj))
        for y in years:  # years outside this requirement's window are greyed (not needed)
            if y not in own:
                ws.cell(row, cols[YEAR_HEADER.format(year=y)]).fill = style("TOOL_FILL")
    end = max(last, FIRST_ROW)
    status_cols = [cols[H_STATUS], *(cols[YEAR_HEADER.format(year=y)] for y in years)]
    add_validation(ws, _status_validation(), [column_range(c, FIRST_ROW, end) for c in status_cols])
    person_cols = [cols[h] for h in (*person_headers(years), H_NOTE)]
    update["kept"] += sum(1 for r in range(FIRST_ROW, end + 1) for c in person_cols
                          if not is_blank(ws.cell(r, c).value))
    ws.freeze_panes = ws.cell(FIRST_ROW, cols[H_STATUS])
    return created


def write_ratings_template(
    path: Path,
    framework: Framework,
    year: int,
    object_type: ObjectType | None = None,
    links: Iterable[EvidenceLink] = (),
    person: Mapping[str, Mapping[str, object]] | None = None,
) -> WorkbookUpdate:
    """Create or refresh the self-assessment workbook at ``path``; what a person typed is never overwritten.

    ``person`` (requirement code → header → value) is for an export from the workspace store: those
    cells are written with the given values (None empties a cell), every other person cell is kept.
    Raises :class:`RatingsError` when the existing file is for another framework, version or year.
    """
    wb, created = open_or_new(path)
    if not created:
        _check_existing(wb, path, framework, year)
    by_req: dict[str, list[EvidenceLink]] = {}
    for lk in links:
        if lk.framework == framework.id:
            by_req.setdefault(lk.requirement, []).append(lk)
    names = sheet_names(framework)
    years = rating_years(framework, year, object_type)
    update = {"rows": 0, "columns": 0, "refreshed": 0, "kept": 0}
    _guide(wb, framework, year, object_type, names)
    added = []
    for c in framework.criteria:
        if _criterion_sheet(wb, names[c.code], framework, c, year, object_type, years, by_req, update, person):
            added.append(names[c.code])
    save(wb, path)
    return WorkbookUpdate(
        path=str(path),
        framework=framework.id,
        kind="ratings",
        created=created,
        sheets_added=[] if created else added,
        rows_added=0 if created else update["rows"],
        columns_added=0 if created else update["columns"],
        cells_refreshed=0 if created else update["refreshed"],
        cells_kept=update["kept"],
    )
