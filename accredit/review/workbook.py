"""The review workbook: generated from a package, filled by the inspector (and answered by the school).

A guide sheet binds the workbook to one package (its SHA-256) and names the sheet of each
framework. On a framework sheet each requirement has one row: grey columns are the package's
(code, criterion, wording, the school's rating, result, points, evidence, flags); white columns
belong to people: the inspector's rating (drop-down) and comment, and the school's response.
Reading it back names the sheet, row and column of every problem.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.model.assessment import STATUS_LABELS, Status, parse_status
from accredit.model.framework import Framework
from accredit.model.review import InspectorRating, ReviewFlag, SchoolResponse
from accredit.model.scorecard import Scorecard
from accredit.safe_text import put
from accredit.workbooks import (
    BOLD,
    FIRST_ROW,
    HEADER_FILL,
    HEADER_ROW,
    WRAP,
    add_validation,
    column_range,
    framework_sheet_name,
    is_blank,
    save,
    set_title,
    set_tool_cell,
)
from accredit.zipguard import load_workbook

SHEET_GUIDE = "Hướng dẫn"
SHEET_PREFIX = "Thẩm định"
META_PACKAGE = "Gói hồ sơ"
META_SHA = "SHA-256 của gói"
META_SCHOOL = "Trường"
META_YEAR = "Năm đánh giá"
META_FRAMEWORK = "Bộ tiêu chí"

H_CODE = "Mã"
H_CRITERION = "Tiêu chí"
H_TEXT = "Nội dung"
H_MAX = "Điểm tối đa"
H_SCHOOL_RATING = "Trường tự đánh giá"
H_SCHOOL_STATUS = "Kết quả của trường"
H_SCHOOL_POINTS = "Điểm của trường"
H_EVIDENCE = "Minh chứng"
H_FLAGS = "Cảnh báo"
H_INSPECTOR = "Đánh giá của thẩm định viên"
H_COMMENT = "Nhận xét của thẩm định viên"
H_RESPONSE = "Phản hồi của trường"

TOOL_COLUMNS = [H_CODE, H_CRITERION, H_TEXT, H_MAX, H_SCHOOL_RATING, H_SCHOOL_STATUS, H_SCHOOL_POINTS, H_EVIDENCE,
                H_FLAGS]
PERSON_COLUMNS = [H_INSPECTOR, H_COMMENT, H_RESPONSE]
WIDTHS = {H_CODE: 8, H_CRITERION: 9, H_TEXT: 60, H_MAX: 8, H_SCHOOL_RATING: 15, H_SCHOOL_STATUS: 15,
          H_SCHOOL_POINTS: 9, H_EVIDENCE: 30, H_FLAGS: 40, H_INSPECTOR: 18, H_COMMENT: 40, H_RESPONSE: 40}
MAX_WORKBOOK_SIZE = 50 * 1024 * 1024


class ReviewWorkbookError(AccreditError):
    """The review workbook cannot be written or read; the message names the sheet, row and column."""


def _label(status: Status | None) -> str | None:
    return STATUS_LABELS[status] if status is not None else None


def sheet_name(framework: Framework, taken: set[str]) -> str:
    """A valid, unique Vietnamese sheet name for a framework: 'Thẩm định TT 35-2021' (the guide maps it back)."""
    return framework_sheet_name(framework, SHEET_PREFIX, taken)


@dataclass(frozen=True)
class WorkbookSection:
    """One framework of the workbook: its criteria, the school's scorecard and the flags."""

    framework: Framework
    scorecard: Scorecard
    flags: Sequence[ReviewFlag] = field(default_factory=tuple)


def _guide(wb: Workbook, package: str, sha: str, school: str, year: int, sheets: Mapping[str, str],
           notes: Sequence[tuple[str, str]] = ()) -> None:
    ws = wb.create_sheet(SHEET_GUIDE)
    set_title(ws, t("review.wb.title"))
    rows: list[tuple[Any, ...]] = [(META_PACKAGE, package), (META_SHA, sha), (META_SCHOOL, school), (META_YEAR, year)]
    rows += list(notes)  # the package's signature state and the review log's state
    rows += [(META_FRAMEWORK, fid, sheet) for fid, sheet in sheets.items()]
    for i, row in enumerate(rows, start=HEADER_ROW + 1):
        for j, value in enumerate(row, start=1):
            put(ws.cell(i, j), value).font = BOLD if j == 1 else Font()
    start = HEADER_ROW + len(rows) + 2
    for i, line in enumerate(t("review.wb.help").split("\n")):
        put(ws.cell(start + i, 1), line)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 72
    ws.column_dimensions["C"].width = 28


def _cell(value: Any) -> Any:
    """Decimals as numbers Excel shows (integers stay integers)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _flags_text(framework_id: str, code: str, flags: Sequence[ReviewFlag]) -> str:
    """The flags of one requirement of one framework (codes repeat across frameworks: 1.3 of TT 35 is not TT 38's)."""
    mine = [
        f.detail for f in flags if f.framework == framework_id and (f.requirement == code or code in f.requirements)
    ]
    return "\n".join(dict.fromkeys(mine))


def _framework_sheet(
    ws: Worksheet,
    section: WorkbookSection,
    ratings: Mapping[tuple[str, str], InspectorRating],
    responses: Mapping[tuple[str, str], SchoolResponse],
) -> tuple[int, int]:
    fw, card = section.framework, section.scorecard
    set_title(ws, f"{fw.title} ({fw.id})")
    columns = [c for c in TOOL_COLUMNS if fw.scored or c not in (H_MAX, H_SCHOOL_POINTS)] + PERSON_COLUMNS
    for col, header in enumerate(columns, start=1):
        cell = put(ws.cell(HEADER_ROW, col), header)
        cell.font, cell.fill, cell.alignment = BOLD, HEADER_FILL, WRAP
        ws.column_dimensions[get_column_letter(col)].width = WIDTHS[header]
    results = {r.code: r for r in card.requirements}
    row = FIRST_ROW - 1
    prefilled = 0
    for req in fw.requirements:
        row += 1
        res = results[req.code]
        values = {
            H_CODE: req.code,
            H_CRITERION: res.criterion,
            H_TEXT: f"{req.label}: {req.text}",
            H_MAX: req.points,
            H_SCHOOL_RATING: _label(res.rated),
            H_SCHOOL_STATUS: _label(res.status),
            H_SCHOOL_POINTS: res.points,
            H_EVIDENCE: "\n".join(res.evidence),
            H_FLAGS: _flags_text(fw.id, req.code, section.flags),
        }
        for col, header in enumerate(columns, start=1):
            if header in values:
                value = values[header]
                set_tool_cell(ws, row, col, _cell(value))
        ir = ratings.get((fw.id, req.code))
        resp = responses.get((fw.id, req.code))
        person = {H_INSPECTOR: _label(ir.status) if ir else None, H_COMMENT: ir.comment if ir else None,
                  H_RESPONSE: resp.text if resp else None}
        for header, value in person.items():
            cell = put(ws.cell(row, columns.index(header) + 1), value)
            cell.alignment = WRAP
            prefilled += value is not None
    dv = DataValidation(type="list", formula1='"' + ",".join(STATUS_LABELS.values()) + '"', allow_blank=True)
    add_validation(ws, dv, [column_range(columns.index(H_INSPECTOR) + 1, FIRST_ROW, max(row, FIRST_ROW))])
    ws.freeze_panes = ws.cell(FIRST_ROW, 2)
    return row - FIRST_ROW + 1, prefilled


def write_review_workbook(
    out: Path,
    *,
    package: str,
    package_sha256: str,
    school: str,
    year: int,
    sections: Sequence[WorkbookSection],
    ratings: Mapping[tuple[str, str], InspectorRating] | None = None,
    responses: Mapping[tuple[str, str], SchoolResponse] | None = None,
    overwrite: bool = False,
    notes: Sequence[tuple[str, str]] = (),
) -> tuple[int, int]:
    """Write the workbook atomically; returns (requirement rows, pre-filled person cells).

    An existing file is never replaced unless ``overwrite`` (it may hold an inspector's work).
    ``notes`` are (label, text) rows added to the guide sheet (signature and log state).
    """
    if out.exists() and not overwrite:
        raise ReviewWorkbookError(t("review.wb.exists", path=str(out)))
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    taken: set[str] = {SHEET_GUIDE.lower()}
    sheets = {s.framework.id: sheet_name(s.framework, taken) for s in sections}
    _guide(wb, package, package_sha256, school, year, sheets, notes)
    rows = prefilled = 0
    for s in sections:
        n, p = _framework_sheet(wb.create_sheet(sheets[s.framework.id]), s, ratings or {}, responses or {})
        rows, prefilled = rows + n, prefilled + p
    save(wb, out)
    return rows, prefilled


# --- reading back ------------------------------------------------------------------------------------


@dataclass
class WorkbookContent:
    """What a filled review workbook says."""

    package_sha256: str | None
    ratings: list[InspectorRating] = field(default_factory=list)
    responses: list[SchoolResponse] = field(default_factory=list)


def _where(path: Path, sheet: str, row: int, col: int, header: str) -> str:
    return t("review.wb.where", file=path.name, sheet=sheet, row=row, col=get_column_letter(col), header=header)


def _text(value: Any) -> str | None:
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_review_workbook(path: Path, frameworks: Mapping[str, Framework]) -> WorkbookContent:
    """Every inspector rating, comment and school response typed in the workbook.

    Rows are found by their code; unknown codes, unknown statuses and missing columns are errors
    naming sheet, row and column (nothing is read from a workbook with errors).
    """
    if not path.is_file():
        raise ReviewWorkbookError(t("review.wb.missing", path=str(path)))
    if path.stat().st_size > MAX_WORKBOOK_SIZE:
        raise ReviewWorkbookError(t("review.wb.too_large", path=str(path)))
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ReviewWorkbookError(t("review.wb.unreadable", path=str(path), error=str(exc)[:200])) from exc
    if SHEET_GUIDE not in wb.sheetnames:
        raise ReviewWorkbookError(t("review.wb.no_guide", path=str(path), sheet=SHEET_GUIDE))
    sha: str | None = None
    sheets: dict[str, str] = {}
    for a, b, c in wb[SHEET_GUIDE].iter_rows(min_col=1, max_col=3, values_only=True):
        if _text(a) == META_SHA:
            sha = _text(b)
        elif _text(a) == META_FRAMEWORK and _text(b) and _text(c):
            sheets[str(_text(b))] = str(_text(c))
    content = WorkbookContent(package_sha256=sha)
    problems: list[str] = []
    for fid, sheet in sheets.items():
        if fid not in frameworks:
            problems.append(t("review.wb.unknown_framework", file=path.name, id=fid))
            continue
        if sheet not in wb.sheetnames:
            problems.append(t("review.wb.no_sheet", file=path.name, sheet=sheet))
            continue
        _read_sheet(path, wb[sheet], frameworks[fid], content, problems)
    if problems:
        shown = problems[:30] + ([f"… (+{len(problems) - 30})"] if len(problems) > 30 else [])
        raise ReviewWorkbookError("\n".join(shown))
    return content


def _read_sheet(path: Path, ws: Worksheet, fw: Framework, content: WorkbookContent, problems: list[str]) -> None:
    heads = {str(c.value).strip(): c.column for c in ws[HEADER_ROW] if not is_blank(c.value)}
    missing = [h for h in (H_CODE, H_INSPECTOR, H_COMMENT, H_RESPONSE) if h not in heads]
    if missing:
        problems.append(t("review.wb.no_columns", file=path.name, sheet=ws.title, columns=", ".join(missing)))
        return
    codes = {r.code for r in fw.requirements}
    seen: set[str] = set()
    for row in range(FIRST_ROW, ws.max_row + 1):
        code = _text(ws.cell(row, heads[H_CODE]).value)
        rating_cell = ws.cell(row, heads[H_INSPECTOR]).value
        comment = _text(ws.cell(row, heads[H_COMMENT]).value)
        response = _text(ws.cell(row, heads[H_RESPONSE]).value)
        if code is None:
            if not (is_blank(rating_cell) and comment is None and response is None):
                problems.append(_where(path, ws.title, row, heads[H_CODE], H_CODE) + t("review.wb.no_code"))
            continue
        if code not in codes:
            problems.append(_where(path, ws.title, row, heads[H_CODE], H_CODE) + t("review.wb.unknown_code",
                                                                                   code=code, id=fw.id))
            continue
        if code in seen:
            problems.append(_where(path, ws.title, row, heads[H_CODE], H_CODE) + t("review.wb.twice", code=code))
            continue
        seen.add(code)
        try:
            status = parse_status(rating_cell)
        except ValueError:
            problems.append(_where(path, ws.title, row, heads[H_INSPECTOR], H_INSPECTOR)
                            + t("review.wb.bad_status", value=rating_cell,
                                accepted=", ".join(STATUS_LABELS.values())))
            continue
        if status is not None or comment is not None:
            content.ratings.append(InspectorRating(framework=fw.id, code=code, status=status, comment=comment))
        if response is not None:
            content.responses.append(SchoolResponse(framework=fw.id, code=code, text=response))
