"""Writing the data workbook (``accredit data template``): a place for every input, never erasing typed values.

A first run creates the workbook. A re-run keeps every value a person typed, refreshes the
tool's own cells (input names, wording, units, which requirement uses them), appends rows and
columns the framework now needs, and re-applies the data validations.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.indicators.schema import (
    COHORT_MONTHS,
    H_LABEL,
    H_NAME,
    H_NOTE,
    H_UNIT,
    H_USED_BY,
    H_YEAR,
    SHEET_COHORTS,
    SHEET_GUIDE,
    SHEET_INSTITUTION,
    SHEET_PROGRAMMES,
    SHEET_SURVEY,
    YEAR_HEADER,
    DataSchema,
    TableSpec,
    column_header,
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

META_FRAMEWORK = "Bộ tiêu chí"
META_VERSION = "Phiên bản"
META_YEAR = "Năm đánh giá"
META_YEARS = "Các năm cần số liệu"
TABLE_ROWS = 300  # rows covered by validations in table sheets


class DataWorkbookError(AccreditError):
    """The data workbook cannot be written or read; the message names file, sheet, row and column."""


def _number_validation(minimum: int = 0, maximum: int | None = None) -> DataValidation:
    from openpyxl.worksheet.datavalidation import DataValidation

    if maximum is None:
        dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1=str(minimum), allow_blank=True)
    else:
        dv = DataValidation(
            type="decimal", operator="between", formula1=str(minimum), formula2=str(maximum), allow_blank=True
        )
    dv.error = t("scoring.ind.template.number_error")
    dv.errorTitle = t("scoring.ind.template.number_title")
    dv.showErrorMessage = True
    return dv


def _year_validation() -> DataValidation:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(type="whole", operator="between", formula1="2000", formula2="2100", allow_blank=True)
    dv.error = t("scoring.ind.template.year_error")
    dv.showErrorMessage = True
    return dv


def read_meta(ws: Worksheet) -> dict[str, str]:
    """The label → value pairs of a guide sheet (column A → column B)."""
    out: dict[str, str] = {}
    for row in ws.iter_rows(min_col=1, max_col=2, values_only=True):
        if row[0] is not None and row[1] is not None:
            out.setdefault(str(row[0]).strip(), str(row[1]).strip())
    return out


def _guide(wb: Workbook, schema: DataSchema, title: str, year: int) -> tuple[bool, int]:
    created = SHEET_GUIDE not in wb.sheetnames
    if not created:
        meta = read_meta(wb[SHEET_GUIDE])
        if meta.get(META_FRAMEWORK) not in (None, schema.framework):
            raise DataWorkbookError(
                t("scoring.ind.template.other_framework", found=meta[META_FRAMEWORK], expected=schema.framework)
            )
        wb.remove(wb[SHEET_GUIDE])  # the guide belongs to the tool: rebuilt every time
    ws = wb.create_sheet(SHEET_GUIDE, 0)
    set_title(ws, t("scoring.ind.template.title", title=title))
    rows = [
        (META_FRAMEWORK, schema.framework),
        (META_VERSION, schema.framework_version),
        (META_YEAR, year),
        (META_YEARS, ", ".join(str(y) for y in schema.years)),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        put(ws.cell(i, 1), k)
        put(ws.cell(i, 2), v)
    line = 3 + len(rows) + 1
    for key in ("intro", "grey", "numbers", "institution", "survey", "programmes", "groups", "cohorts", "rerun"):
        put(ws.cell(line, 1), t(f"scoring.ind.guide.{key}")).alignment = style("WRAP")
        ws.merge_cells(start_row=line, start_column=1, end_row=line, end_column=6)
        ws.row_dimensions[line].height = 32
        line += 1
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 80
    return created, 0


def _long_sheet(wb: Workbook, sheet: str, schema: DataSchema, update: dict[str, int]) -> bool:
    """A sheet with a row per input and a column per year."""
    ws, created = ensure_sheet(wb, sheet)
    set_title(ws, t("scoring.ind.template.sheet_" + ("survey" if sheet == SHEET_SURVEY else "institution")))
    fixed = [H_NAME, H_LABEL, H_UNIT, H_USED_BY]
    years = [YEAR_HEADER.format(year=y) for y in schema.years]
    clear_validations(ws)
    update["columns"] += ensure_columns(ws, [*fixed, *years, H_NOTE], set(fixed))
    cols = headers(ws)
    for h, w in ((H_NAME, 22), (H_LABEL, 60), (H_UNIT, 14), (H_USED_BY, 12)):
        ws.column_dimensions[ws.cell(2, cols[h]).column_letter].width = w
    by_name: dict[str, int] = {}
    last = FIRST_ROW - 1
    for r in range(FIRST_ROW, ws.max_row + 1):
        v = ws.cell(r, cols[H_NAME]).value
        if not is_blank(v):
            by_name.setdefault(str(v).strip(), r)
            last = r
        elif any(not is_blank(c.value) for c in ws[r]):
            last = r
    for spec in schema.rows_of(sheet):
        row = by_name.get(spec.name)
        if row is None:
            last += 1
            row = last
            update["rows"] += 1
        label = spec.label + (t("scoring.ind.template.derived_" + spec.derived) if spec.derived else "")
        cells = ((H_NAME, spec.name), (H_LABEL, label), (H_UNIT, spec.unit), (H_USED_BY, ", ".join(spec.used_by)))
        for h, value in cells:
            update["refreshed"] += set_tool_cell(ws, row, cols[h], value)
    year_cols = [cols[h] for h in years]
    first, end = FIRST_ROW, max(last, FIRST_ROW)
    for c in year_cols:
        update["kept"] += sum(1 for r in range(first, end + 1) if not is_blank(ws.cell(r, c).value))
    add_validation(ws, _number_validation(), [column_range(c, first, end) for c in year_cols])
    ws.freeze_panes = ws.cell(FIRST_ROW, cols[H_USED_BY] + 1)
    return created


def _table_sheet(wb: Workbook, table: TableSpec, update: dict[str, int]) -> bool:
    """A sheet with a row per item and year, and a column per input."""
    ws, created = ensure_sheet(wb, table.sheet)
    key = {SHEET_PROGRAMMES: "programmes", SHEET_COHORTS: "cohorts"}.get(table.sheet, "groups")
    set_title(ws, t(f"scoring.ind.template.sheet_{key}"))
    fixed = [H_YEAR, table.key_header] + ([table.name_header] if table.name_header else [])
    inputs = [column_header(c) for c in table.columns]
    have = headers(ws)
    # an input column is recognised by its [name], whatever its label says now
    for spec, h in zip(table.columns, inputs, strict=True):
        old = next((k for k in have if k.endswith(f"[{spec.name}]")), None)
        if old is not None and old != h:
            update["refreshed"] += set_tool_cell(ws, 2, have[old], h)
    clear_validations(ws)
    update["columns"] += ensure_columns(ws, [*fixed, *inputs, H_NOTE], set(fixed))
    cols = headers(ws)
    last = FIRST_ROW + TABLE_ROWS
    add_validation(ws, _year_validation(), [column_range(cols[H_YEAR], FIRST_ROW, last)])
    for spec, h in zip(table.columns, inputs, strict=True):
        maximum = 12 if spec.name == COHORT_MONTHS else None
        add_validation(ws, _number_validation(0, maximum), [column_range(cols[h], FIRST_ROW, last)])
    for r in range(FIRST_ROW, ws.max_row + 1):
        update["kept"] += sum(1 for c in ws[r] if not is_blank(c.value))
    ws.freeze_panes = ws.cell(FIRST_ROW, 1)
    return created


def write_data_template(path: Path, schema: DataSchema, title: str, year: int) -> WorkbookUpdate:
    """Create or refresh the data workbook at ``path`` for ``schema``; typed values are never overwritten."""
    wb, created = open_or_new(path)
    update = {"rows": 0, "columns": 0, "refreshed": 0, "kept": 0}
    added: list[str] = []
    guide_new, _ = _guide(wb, schema, title, year)
    if guide_new and not created:
        added.append(SHEET_GUIDE)
    for sheet in (SHEET_INSTITUTION, SHEET_SURVEY):
        if schema.rows_of(sheet) and _long_sheet(wb, sheet, schema, update) and not created:
            added.append(sheet)
    for table in schema.tables():
        if _table_sheet(wb, table, update) and not created:
            added.append(table.sheet)
    save(wb, path)
    return WorkbookUpdate(
        path=str(path),
        framework=schema.framework,
        kind="data",
        created=created,
        sheets_added=added,
        rows_added=0 if created else update["rows"],
        columns_added=0 if created else update["columns"],
        cells_refreshed=0 if created else update["refreshed"],
        cells_kept=update["kept"],
    )
