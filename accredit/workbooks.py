"""Helpers shared by the workbooks the tool writes (ratings, institutional data).

Conventions: row 1 holds a title, row 2 the headers, data start on row 3. Columns the tool
fills (codes, wording, evidence) have a grey background and are refreshed on every run;
white columns belong to the person and are never overwritten. Data validations the tool adds
carry :data:`MARK` as their prompt title so a re-run replaces them instead of stacking copies.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import Field

from accredit.model.base import Value
from accredit.workspace import write_atomic

TITLE_ROW = 1
HEADER_ROW = 2
FIRST_ROW = 3
MARK = "accredit"
TOOL_FILL = PatternFill("solid", fgColor="E7E6E6")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
SHEET_NAME_MAX = 31  # Excel's limit
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


class WorkbookUpdate(Value):
    """What writing or refreshing a workbook did."""

    path: str
    framework: str
    kind: str = Field(description="'ratings' or 'data'.")
    created: bool
    sheets_added: list[str] = Field(default_factory=list)
    rows_added: int = 0
    columns_added: int = 0
    cells_refreshed: int = Field(default=0, description="Tool-owned cells whose content changed.")
    cells_kept: int = Field(default=0, description="Cells filled by a person, left as they were.")


def open_or_new(path: Path) -> tuple[Workbook, bool]:
    """The workbook at ``path`` (kept as it is) or a new empty one; True when new."""
    if path.exists():
        return load_workbook(path), False
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    return wb, True


def save(wb: Workbook, path: Path) -> None:
    """Save atomically (a crash never leaves half a workbook)."""
    buf = io.BytesIO()
    wb.save(buf)
    write_atomic(path, buf.getvalue())


def ensure_sheet(wb: Workbook, title: str, index: int | None = None) -> tuple[Worksheet, bool]:
    """The sheet ``title``, created when absent; True when created."""
    if title in wb.sheetnames:
        return wb[title], False
    return wb.create_sheet(title, index), True


def headers(ws: Worksheet, row: int = HEADER_ROW) -> dict[str, int]:
    """Header text → column number for one row (blank cells skipped)."""
    out: dict[str, int] = {}
    for cell in ws[row]:
        if cell.value is not None and str(cell.value).strip():
            out.setdefault(str(cell.value).strip(), cell.column)
    return out


def ensure_columns(ws: Worksheet, wanted: list[str], tool_owned: set[str]) -> int:
    """Make sure every header in ``wanted`` exists on the header row (missing ones appended); returns added count."""
    have = headers(ws)
    added = 0
    next_col = max(have.values(), default=0) + 1
    for h in wanted:
        if h in have:
            continue
        col = next_col
        cell = ws.cell(HEADER_ROW, col, h)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        have[h] = col
        next_col = col + 1
        added += 1
        width = 14 if h not in tool_owned else 18
        ws.column_dimensions[get_column_letter(col)].width = max(width, min(len(h) + 2, 48))
    return added


def set_tool_cell(ws: Worksheet, row: int, col: int, value: Any) -> bool:
    """Write a tool-owned cell (grey); True when its content changed."""
    cell = ws.cell(row, col)
    old = cell.value
    new = value if value not in ("", []) else None
    changed = (old if old not in ("",) else None) != new
    if changed:
        cell.value = new
    cell.fill = TOOL_FILL
    cell.alignment = WRAP
    return changed


def set_title(ws: Worksheet, text: str) -> None:
    """Row 1: the sheet's title."""
    ws.cell(TITLE_ROW, 1, text).font = Font(bold=True, size=12)


def clear_validations(ws: Worksheet) -> None:
    """Remove the validations the tool added earlier (a person's own validations stay)."""
    ws.data_validations.dataValidation = [dv for dv in ws.data_validations.dataValidation if dv.promptTitle != MARK]


def add_validation(ws: Worksheet, dv: DataValidation, ranges: list[str]) -> None:
    """Add ``dv`` over ``ranges``, marked as the tool's (call :func:`clear_validations` first on a re-run)."""
    dv.promptTitle = MARK
    for r in ranges:
        dv.add(r)
    ws.add_data_validation(dv)


def clean_sheet_name(text: str) -> str:
    """``text`` with the characters Excel refuses in a sheet name ([ ] : * ? / \\) replaced by '-'."""
    return _BAD_SHEET_CHARS.sub("-", text)


def unique_sheet_name(base: str, taken: set[str]) -> str:
    """``base`` cut to 31 characters, with ' (2)', ' (3)'… when ``taken`` already has it; added to ``taken``.

    ``taken`` holds lower-cased names: Excel compares sheet names without case.
    """
    base = base[:SHEET_NAME_MAX]
    name, i = base, 2
    while name.lower() in taken:
        suffix = f" ({i})"
        name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
        i += 1
    taken.add(name.lower())
    return name


def column_range(col: int, first: int, last: int) -> str:
    """'F3:F500'."""
    letter = get_column_letter(col)
    return f"{letter}{first}:{letter}{last}"


def read_grids(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's cell values as rows of equal length (cached results for formulas).

    Row and column 0 are Excel's row 1 and column A; trailing empty rows and columns are dropped.
    Raises what openpyxl raises for a file it cannot read.
    """
    wb = load_workbook(str(path), read_only=True, data_only=True, keep_links=False)
    try:
        grids: dict[str, list[list[Any]]] = {}
        for ws in wb.worksheets:
            ws.reset_dimensions()  # a saved dimension can be wrong: read what is there
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            while rows and all(is_blank(v) for v in rows[-1]):
                rows.pop()
            width = max((max((i + 1 for i, v in enumerate(r) if not is_blank(v)), default=0) for r in rows),
                        default=0)
            grids[ws.title] = [(r + [None] * width)[:width] for r in rows]
        return grids
    finally:
        wb.close()


def is_blank(value: Any) -> bool:
    """None, NaN or only spaces."""
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN (a float that is not a number)
        return True
    return isinstance(value, str) and not value.strip()


def parse_number(value: Any) -> Decimal:
    """A number typed in a cell: numbers as they are; text with one decimal mark ('12,5' or '12.5').

    Raises ``ValueError`` for anything else (text, thousands separators, booleans).
    """
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value:
            raise ValueError(value)
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    text = str(value).strip().replace(" ", "").replace("\u00a0", "")
    if text.count(",") + text.count(".") > 1:
        raise ValueError(value)
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation as exc:
        raise ValueError(value) from exc
