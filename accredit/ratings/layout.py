"""The self-assessment workbook's layout: sheets, headers and which columns belong to whom.

One guide sheet ("Hướng dẫn", with the framework id, version, year and object) and one sheet per
criterion. On a criterion sheet, row 2 holds the headers and each requirement has one row,
found again by its code. Grey columns are the tool's (refreshed on every run); white columns
are the person's (never overwritten).
"""

from __future__ import annotations

import re

from accredit.model.framework import Criterion, Framework, ObjectType, Requirement, RequirementKind
from accredit.workbooks import clean_sheet_name, unique_sheet_name

SHEET_GUIDE = "Hướng dẫn"
META_FRAMEWORK = "Bộ tiêu chí"
META_VERSION = "Phiên bản"
META_YEAR = "Năm đánh giá"
META_OBJECT = "Đối tượng"

H_CODE = "Mã"
H_TEXT = "Nội dung"
H_POINTS = "Điểm"
H_WINDOW = "Thời gian đáp ứng"
H_KIND = "Cách đánh giá"
H_STATUS = "Trạng thái"
H_CURRENT = "Mô tả hiện trạng"
H_STRENGTHS = "Điểm mạnh"
H_WEAKNESSES = "Tồn tại"
H_PLAN = "Kế hoạch cải tiến"
H_CODES = "Mã minh chứng"
H_LINKED = "Minh chứng đã liên kết (tự động)"
H_HINTS = "Minh chứng gợi ý"
H_NOTE = "Ghi chú"
YEAR_HEADER = "Năm {year}"
YEAR_RE = re.compile(r"^Năm\s+(\d{4})$")

NARRATIVE = {
    H_CURRENT: "current_state",
    H_STRENGTHS: "strengths",
    H_WEAKNESSES: "weaknesses",
    H_PLAN: "improvement_plan",
}

KIND_LABELS = {
    RequirementKind.DOCUMENTARY: "Minh chứng",
    RequirementKind.INDICATOR: "Chỉ số (tính từ số liệu)",
    RequirementKind.MIXED: "Minh chứng + số liệu",
}



def tool_headers(scored: bool) -> list[str]:
    """Columns the tool fills, in order (before the person's columns)."""
    return [H_CODE, H_TEXT, *([H_POINTS] if scored else []), H_WINDOW, H_KIND]


def person_headers(years: list[int]) -> list[str]:
    """Columns the person fills, in order."""
    return [H_STATUS, *(YEAR_HEADER.format(year=y) for y in years), *NARRATIVE, H_CODES]


def all_headers(scored: bool, years: list[int]) -> list[str]:
    """Every column, in order."""
    return [*tool_headers(scored), *person_headers(years), H_LINKED, H_HINTS, H_NOTE]


def sheet_names(framework: Framework) -> dict[str, str]:
    """Criterion code → sheet name (the criterion's own label, made a valid unique sheet name)."""
    out: dict[str, str] = {}
    taken: set[str] = {SHEET_GUIDE.lower()}
    for c in framework.criteria:
        out[c.code] = unique_sheet_name(clean_sheet_name(c.label).strip() or f"TC {c.code}", taken)
    return out


def requirement_text(r: Requirement) -> str:
    """Label, title and wording as shown in the 'Nội dung' column."""
    head = r.label + (f". {r.title}" if r.title else "")
    return f"{head}: {r.text}"


def criterion_title(c: Criterion) -> str:
    """Row 1 of a criterion sheet."""
    return f"{c.label}. {c.title}"


def object_label(obj: ObjectType | None) -> str:
    """The object type as stored in the guide sheet."""
    return obj.value if obj is not None else ""
