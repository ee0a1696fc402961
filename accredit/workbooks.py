"""Helpers shared by the workbooks the tool writes (ratings, institutional data, and the print layout of all).

Conventions: row 1 holds a title, row 2 the headers, data start on row 3. Columns the tool
fills (codes, wording, evidence) have a grey background and are refreshed on every run;
white columns belong to the person and are never overwritten. Data validations the tool adds
carry :data:`MARK` as their prompt title so a re-run replaces them instead of stacking copies.
"""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.model.base import Value
from accredit.model.framework import Framework, short_name
from accredit.numbers import parse_number
from accredit.safe_text import clean_text, put
from accredit.workspace import write_atomic
from accredit.xlsx_xml import column_letter as get_column_letter
from accredit.zipguard import load_workbook

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

TITLE_ROW = 1
HEADER_ROW = 2
FIRST_ROW = 3
MARK = "accredit"
STYLES = ("TOOL_FILL", "HEADER_FILL", "BOLD", "WRAP")
"""The tool's cell styles (grey tool columns, blue headers, bold, wrapped), made with openpyxl on first use: a
command that only reads workbooks does not load it."""
SHEET_NAME_MAX = 31  # Excel's limit
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")

__all__ = ["parse_number"]  # re-exported: the one number reader (accredit.numbers) for every workbook


def style(name: str) -> Any:
    """One of the tool's cell styles (:data:`STYLES`), made with openpyxl on first use."""
    return _styles()[name]


@cache
def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Font, PatternFill

    return {"TOOL_FILL": PatternFill("solid", fgColor="E7E6E6"), "HEADER_FILL": PatternFill("solid", fgColor="DDEBF7"),
            "BOLD": Font(bold=True), "WRAP": Alignment(wrap_text=True, vertical="top")}


def __getattr__(name: str) -> Any:
    """The cell styles of :data:`STYLES` (PEP 562)."""
    if name in STYLES:
        return style(name)
    raise AttributeError(f"module 'accredit.workbooks' has no attribute {name!r}")


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


class WorkbookUnreadable(AccreditError):
    """A workbook to be refreshed in place cannot be read (damaged, half saved, not an Excel file)."""


def open_or_new(path: Path) -> tuple[Workbook, bool]:
    """The workbook at ``path`` (kept as it is) or a new empty one; True when new.

    A file there that cannot be read as a workbook is never replaced (it may hold a person's work): it is a
    :class:`WorkbookUnreadable` error naming it and what to do.
    """
    if path.exists():
        from zipfile import BadZipFile

        from openpyxl.utils.exceptions import InvalidFileException

        try:
            return load_workbook(path), False
        except (BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
            raise WorkbookUnreadable(t("workspace.error.workbook_unreadable", path=path,
                                       detail=type(exc).__name__)) from exc
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    return wb, True


def save(wb: Workbook, path: Path) -> None:
    """Save atomically (a crash never leaves half a workbook), every sheet laid out for printing."""
    print_layout_all(wb)
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
        cell = put(ws.cell(HEADER_ROW, col), h)
        cell.font, cell.fill, cell.alignment = style("BOLD"), style("HEADER_FILL"), style("WRAP")
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
    if isinstance(new, str):
        new = clean_text(new)
    changed = (old if old not in ("",) else None) != new
    if changed:
        put(cell, new)
    cell.fill, cell.alignment = style("TOOL_FILL"), style("WRAP")
    return changed


def set_title(ws: Worksheet, text: str) -> None:
    """Row 1: the sheet's title."""
    from openpyxl.styles import Font

    put(ws.cell(TITLE_ROW, 1), text).font = Font(bold=True, size=12)


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
    Read straight from the XML (:func:`accredit.xlsx_xml.read_values`, as openpyxl's read-only mode gives the
    values), else by openpyxl; raises what openpyxl raises for a file it cannot read.
    """
    from accredit.xlsx_xml import read_values
    from accredit.zipguard import check_zip

    check_zip(Path(path))
    try:
        sheets = [(ws.title, ws.grid()) for ws in read_values(Path(path), merged=False).worksheets]
    except Exception:  # openpyxl reads it, or says in its own words why it cannot
        sheets = _openpyxl_grids(path)
    grids: dict[str, list[list[Any]]] = {}
    for title, rows in sheets:
        while rows and all(is_blank(v) for v in rows[-1]):
            rows.pop()
        width = max((max((i + 1 for i, v in enumerate(r) if not is_blank(v)), default=0) for r in rows), default=0)
        grids[title] = [(r + [None] * width)[:width] for r in rows]
    return grids


def _openpyxl_grids(path: Path) -> list[tuple[str, list[list[Any]]]]:
    wb = load_workbook(Path(path), read_only=True, data_only=True, keep_links=False)
    try:
        out = []
        for ws in wb.worksheets:
            ws.reset_dimensions()  # a saved dimension can be wrong: read what is there
            out.append((ws.title, [list(r) for r in ws.iter_rows(values_only=True)]))
        return out
    finally:
        wb.close()


def is_blank(value: Any) -> bool:
    """None, NaN or only spaces."""
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN (a float that is not a number)
        return True
    return isinstance(value, str) and not value.strip()


# --- print layout ------------------------------------------------------------------------------

NARRATIVE_HEADERS = (
    "mô tả", "điểm mạnh", "tồn tại", "kế hoạch", "ghi chú", "nhận xét", "phản hồi", "lý do", "nội dung",
    "hành động", "các bước", "giải thích", "vì sao", "cảnh báo", "tên minh chứng", "hướng dẫn",
)
"""Header words of columns holding sentences: printed at least :data:`NARRATIVE_WIDTH` wide."""
NARRATIVE_WIDTH = 45
LINE_HEIGHT = 15.0  # points per line of 11 pt text
MAX_ROW_HEIGHT = 409.0  # Excel's limit


def _header_rows(ws: Worksheet) -> int:
    """How many rows at the top are title and header rows (from the frozen panes, else the first bold row)."""
    if ws.freeze_panes:
        row = ws[ws.freeze_panes].row
        if 1 < row <= 12:
            return row - 1
    for r in range(1, min(ws.max_row, 12) + 1):
        cells = [c for c in ws[r] if c.value is not None and str(c.value).strip()]
        if len(cells) >= 2 and all(c.font is not None and c.font.b for c in cells):
            return r
    return 0


def _width(ws: Worksheet, col: int) -> float:
    dim = ws.column_dimensions.get(get_column_letter(col))
    return float(dim.width) if dim is not None and dim.width else 8.43


def _widen_narrative(ws: Worksheet, header_row: int) -> None:
    if header_row < 1:
        return
    for c in ws[header_row]:
        label = str(c.value or "").strip().lower()
        if label and any(word in label for word in NARRATIVE_HEADERS) and _width(ws, c.column) < NARRATIVE_WIDTH:
            ws.column_dimensions[get_column_letter(c.column)].width = NARRATIVE_WIDTH


def fit_row_heights(ws: Worksheet, first_row: int = 1) -> None:
    """Give rows with wrapped text the height their longest cell needs (LibreOffice does not grow them).

    Only the cells the sheet holds are looked at, their alignment and font read from the workbook's
    style tables (reading ``cell.alignment`` builds a proxy per cell, most of the time this took).
    """
    widths: dict[int, float] = {}
    merged_tops = {(r.min_row, r.min_col): r for r in ws.merged_cells.ranges}
    alignments, fonts = ws.parent._alignments, ws.parent._fonts
    lines_of: dict[int, int] = {}
    for (row, column), c in ws._cells.items():
        style = c._style  # None: the default style (index 0 of every table)
        if row < first_row or c.value is None or not alignments[style.alignmentId if style else 0].wrap_text:
            continue
        merged = merged_tops.get((row, column))
        if merged is not None:
            width = sum(_width(ws, k) for k in range(merged.min_col, merged.max_col + 1))
        else:
            width = widths.setdefault(column, _width(ws, column))
        chars = max(int(width * 1.1) - 1, 4)
        font = fonts[style.fontId if style else 0]
        size = font.sz if font.sz else 11
        n = sum(max(1, -(-len(part) // chars)) for part in str(c.value).split("\n"))
        lines_of[row] = max(lines_of.get(row, 1), round(n * float(size) / 11 + 0.49))
    for row in sorted(lines_of):
        if lines_of[row] > 1:
            ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines_of[row] + 2)


def print_layout(
    ws: Worksheet,
    *,
    landscape: bool | None = None,
    header_rows: int | None = None,
    title: str | None = None,
) -> None:
    """Make ``ws`` print as an office expects: A4, fit to one page wide, header rows repeated, rows tall enough.

    ``landscape`` None chooses from the total column width; ``header_rows`` None finds them
    (frozen panes, else the first bold row). Narrative columns are widened to
    :data:`NARRATIVE_WIDTH`; the footer carries the sheet name and 'Trang x / y'.
    """
    if ws.sheet_state != "visible":
        return
    rows = _header_rows(ws) if header_rows is None else header_rows
    _widen_narrative(ws, rows)
    total = sum(_width(ws, c) for c in range(1, (ws.max_column or 1) + 1))
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = "landscape" if (landscape if landscape is not None else total > 95) else "portrait"
    ps.fitToWidth = 1
    ps.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    if rows >= 1:
        ws.print_title_rows = f"1:{rows}"
    ws.oddHeader.left.text = (title or ws.title).replace("&", "&&")
    ws.oddHeader.left.size = 9
    ws.oddFooter.center.text = "Trang &P / &N"
    ws.oddFooter.center.size = 9
    fit_row_heights(ws, max(rows, 1))


def print_layout_all(wb: Workbook) -> None:
    """:func:`print_layout` on every visible sheet (re-applied on every save: new rows get their heights)."""
    for ws in wb.worksheets:
        print_layout(ws)


def framework_sheet_name(framework: Framework, prefix: str, taken: set[str]) -> str:
    """A Vietnamese sheet name for a framework: 'Minh chứng TT 35-2021', 'Thẩm định TT 38-2026 CTĐT'.

    From the regulation (:func:`accredit.model.framework.short_name`, '/' being no sheet-name
    character), never the framework id; unique within ``taken``.
    """
    suffix = " CTĐT" if "/ctdt" in framework.id else ""
    name = short_name(framework).replace("/", "-")
    return unique_sheet_name(clean_sheet_name(f"{prefix} {name}{suffix}".strip()), taken)


_STYLE_IDS = {"font": "fontId", "fill": "fillId", "border": "borderId", "alignment": "alignmentId"}


class CellStyles:
    """Set one font, fill, border or alignment object on many cells of one workbook, finding its place once.

    openpyxl finds a style in the workbook's list of styles by its hash, made from every field, on each cell it is
    set on (a quarter of writing the Excel report). Here the place is kept after the first cell and given to the
    next ones as it is; each object is kept too, so its ``id`` names it while it is used. Every cell and the
    workbook's lists end exactly as setting the style cell by cell leaves them. One instance serves one workbook.
    """

    def __init__(self) -> None:
        from openpyxl.styles.cell_style import StyleArray

        self._array = StyleArray
        self._places: dict[tuple[str, int], tuple[object, int]] = {}

    def set(self, cell: Any, attr: str, style: object) -> Any:
        """``cell.<attr> = style`` (``attr``: font, fill, border or alignment); returns the cell."""
        kept = self._places.get((attr, id(style)))
        if kept is None or kept[0] is not style:
            setattr(cell, attr, style)  # openpyxl adds it to the workbook's list, where it is from now on
            self._places[(attr, id(style))] = (style, getattr(cell._style, _STYLE_IDS[attr]))
            return cell
        if cell._style is None:
            cell._style = self._array()
        setattr(cell._style, _STYLE_IDS[attr], kept[1])
        return cell
