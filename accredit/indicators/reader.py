"""Reading the data workbook into :class:`InstitutionData`; errors name sheet, row and column.

Cells are read as typed (:func:`accredit.workbooks.read_grids`, no header inference), so that Excel row and column
numbers in messages are exact. Sheets that are absent simply contribute no data (the
indicators then say which data are missing); malformed cells are errors, all reported at once.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from accredit.i18n import t
from accredit.indicators.data import Cell, InstitutionData, TableRow
from accredit.indicators.schema import (
    COHORT_MONTHS,
    H_NAME,
    H_YEAR,
    SHEET_GUIDE,
    SHEET_INSTITUTION,
    SHEET_SURVEY,
    DataSchema,
    TableSpec,
)
from accredit.indicators.template import META_FRAMEWORK, DataWorkbookError
from accredit.numbers import NumberKind, kind_of_unit, parse_number
from accredit.workbooks import is_blank, read_grids
from accredit.xlsx_xml import column_letter
from accredit.zipguard import check_zip

_YEAR_RE = re.compile(r"^(?:Năm\s*)?(\d{4})$", re.IGNORECASE)
_NAME_RE = re.compile(r"\[([a-z][a-z0-9_]*)\]\s*$")
MAX_PROBLEMS = 50

DataKey = tuple[str, str, int, int, str]
"""A data cell: (sheet, item, seq, year, field) — item '' and seq 1 on the sheets with a row per input; on a
table sheet the row's key and its number among rows of the same key and year; field '' for the row itself."""
Places = dict[DataKey, tuple[str, str]]
"""Data cell → (sheet, cell reference) where the workbook holds it."""


class _Sheet:
    """One sheet's grid with Excel-style locations."""

    def __init__(self, file: str, name: str, grid: list[list[Any]]) -> None:
        self.file, self.name, self.grid = file, name, grid
        self.height, self.width = len(grid), len(grid[0]) if grid else 0

    def value(self, row: int, col: int) -> Any:
        """Cell at 0-based (row, col)."""
        v = self.grid[row][col]
        return None if is_blank(v) else v

    def where(self, row: int, col: int, header: str | None = None) -> str:
        """'so-lieu.xlsx, sheet 'X', dòng 5, cột F (Năm 2026)'."""
        return t(
            "scoring.ind.where.cell",
            file=self.file,
            sheet=self.name,
            row=row + 1,
            col=column_letter(col + 1),
            header=f" ({header})" if header else "",
        )

    def ref(self, row: int, col: int) -> str:
        """Short reference used in traces: "'Số liệu chung'!F5"."""
        return f"'{self.name}'!{column_letter(col + 1)}{row + 1}"

    def header_row(self, first: str) -> int | None:
        """The first row (within the first 10) holding ``first`` as a cell value."""
        for r in range(min(10, self.height)):
            for c in range(self.width):
                v = self.value(r, c)
                if v is not None and str(v).strip() == first:
                    return r
        return None

    def header_map(self, row: int) -> dict[int, str]:
        """Column → header text."""
        return {
            c: str(self.value(row, c)).strip() for c in range(self.width) if self.value(row, c) is not None
        }


def _number(
    sheet: _Sheet,
    r: int,
    c: int,
    header: str,
    problems: list[str],
    *,
    kind: NumberKind = NumberKind.QUANTITY,
    maximum: int | None = None,
) -> Decimal | None:
    raw = sheet.value(r, c)
    if raw is None:
        return None
    try:
        value = parse_number(raw, kind)
    except ValueError as exc:
        problems.append(sheet.where(r, c, header) + ": " + str(exc))
        return None
    if value < 0 or (maximum is not None and value > maximum):
        key = "scoring.ind.read.negative" if value < 0 else "scoring.ind.read.too_big"
        problems.append(sheet.where(r, c, header) + ": " + t(key, value=raw, maximum=maximum))
        return None
    return value


def _year_of(header: str) -> int | None:
    m = _YEAR_RE.match(header.strip())
    return int(m.group(1)) if m else None


def _read_long(
    sheet: _Sheet,
    kinds: dict[str, NumberKind],
    data: dict[str, dict[int, Cell]],
    unknown: list[str],
    problems: list[str],
    places: Places | None = None,
) -> None:
    hr = sheet.header_row(H_NAME)
    if hr is None:
        problems.append(t("scoring.ind.read.no_header", file=sheet.file, sheet=sheet.name, header=H_NAME))
        return
    hm = sheet.header_map(hr)
    name_col = next(c for c, h in hm.items() if h == H_NAME)
    year_cols = {c: y for c, h in hm.items() if (y := _year_of(h)) is not None}
    for r in range(hr + 1, sheet.height):
        raw = sheet.value(r, name_col)
        if raw is None:
            continue
        name = str(raw).strip()
        if name not in kinds:
            if any(sheet.value(r, c) is not None for c in year_cols):
                unknown.append(sheet.where(r, name_col, H_NAME) + f": {name}")
            continue
        for c, y in year_cols.items():
            if places is not None:
                places.setdefault((sheet.name, "", 1, y, name), (sheet.name, sheet.ref(r, c).split("!")[1]))
            value = _number(sheet, r, c, hm[c], problems, kind=kinds[name])
            if value is not None:
                if y in data.setdefault(name, {}):
                    problems.append(
                        sheet.where(r, name_col, H_NAME) + ": " + t("scoring.ind.read.duplicate", name=name)
                    )
                    continue
                data[name][y] = Cell(value=value, source=sheet.ref(r, c))


def _read_table(
    sheet: _Sheet, table: TableSpec, unknown: list[str], problems: list[str], places: Places | None = None
) -> list[TableRow]:
    hr = sheet.header_row(H_YEAR)
    if hr is None:
        problems.append(t("scoring.ind.read.no_header", file=sheet.file, sheet=sheet.name, header=H_YEAR))
        return []
    hm = sheet.header_map(hr)
    by_header = {h: c for c, h in hm.items()}
    year_col = by_header[H_YEAR]
    key_col = by_header.get(table.key_header)
    name_col = by_header.get(table.name_header) if table.name_header else None
    wanted = {s.name: kind_of_unit(s.unit) for s in table.columns}
    input_cols: dict[int, str] = {}
    for c, h in hm.items():
        m = _NAME_RE.search(h)
        if m and m.group(1) in wanted:
            input_cols[c] = m.group(1)
        elif m:
            unknown.append(sheet.where(hr, c, h))
    if key_col is None:
        problems.append(t("scoring.ind.read.no_header", file=sheet.file, sheet=sheet.name, header=table.key_header))
        return []
    rows: list[TableRow] = []
    seqs: dict[tuple[str, int], int] = {}
    for r in range(hr + 1, sheet.height):
        used = [c for c in (year_col, key_col, *input_cols) if sheet.value(r, c) is not None]
        if not used:
            continue
        year_raw = sheet.value(r, year_col)
        try:
            year = int(parse_number(year_raw, NumberKind.COUNT)) if year_raw is not None else None
        except ValueError:
            year = None
        if year is None or not 2000 <= year <= 2100:
            problems.append(sheet.where(r, year_col, H_YEAR) + ": " + t("scoring.ind.read.bad_year", value=year_raw))
            continue
        key = sheet.value(r, key_col)
        if key is None:
            problems.append(sheet.where(r, key_col, table.key_header) + ": " + t("scoring.ind.read.no_key"))
            continue
        if places is not None:
            seq = seqs[(str(key).strip(), year)] = seqs.get((str(key).strip(), year), 0) + 1
            where = (sheet.name, str(key).strip(), seq, year)
            places[(*where, "")] = (sheet.name, sheet.ref(r, key_col).split("!")[1])
            for c, name in input_cols.items():
                places[(*where, name)] = (sheet.name, sheet.ref(r, c).split("!")[1])
        values: dict[str, Cell] = {}
        for c, name in input_cols.items():
            v = _number(
                sheet, r, c, hm[c], problems, kind=wanted[name], maximum=12 if name == COHORT_MONTHS else None
            )
            if v is not None:
                values[name] = Cell(value=v, source=sheet.ref(r, c))
        name_value = sheet.value(r, name_col) if name_col is not None else None
        rows.append(
            TableRow(
                year=year,
                key=str(key).strip(),
                name=None if name_value is None else str(name_value),
                values=values,
                source=t("scoring.ind.where.row", sheet=sheet.name, row=r + 1),
            )
        )
    return rows


def read_institution_data(path: Path, schema: DataSchema) -> InstitutionData:
    """Read the data workbook at ``path`` for ``schema`` (see :func:`read_institution_places`)."""
    return read_institution_places(path, schema)[0]


def read_institution_places(path: Path, schema: DataSchema) -> tuple[InstitutionData, Places]:
    """Read the data workbook at ``path`` for ``schema``, with where each data cell is.

    Raises :class:`DataWorkbookError` when the file is missing, is for another framework, or
    holds cells that are not valid numbers/years (all such cells listed with their location).
    """
    if not path.is_file():
        raise DataWorkbookError(t("scoring.ind.read.missing_file", path=path))
    check_zip(path)  # before pandas inflates it
    try:
        frames = read_grids(path)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise DataWorkbookError(t("scoring.ind.read.unreadable", path=path, error=exc)) from exc
    file = path.name
    problems: list[str] = []
    unknown: list[str] = []
    guide = frames.get(SHEET_GUIDE)
    if guide is not None:
        meta = {
            str(row[0]).strip(): str(row[1]).strip()
            for row in guide
            if len(row) > 1 and not is_blank(row[0]) and not is_blank(row[1])
        }
        found = meta.get(META_FRAMEWORK)
        if found is not None and found != schema.framework:
            raise DataWorkbookError(
                t("scoring.ind.read.other_framework", path=path, found=found, expected=schema.framework)
            )
    values: dict[str, dict[int, Cell]] = {}
    places: Places = {}
    for sheet_name in (SHEET_INSTITUTION, SHEET_SURVEY):
        kinds = {s.name: kind_of_unit(s.unit) for s in schema.rows_of(sheet_name)}
        if sheet_name in frames and kinds:
            _read_long(_Sheet(file, sheet_name, frames[sheet_name]), kinds, values, unknown, problems, places)
    programmes: list[TableRow] = []
    groups: dict[str, list[TableRow]] = {}
    cohorts: list[TableRow] = []
    if schema.programmes and schema.programmes.sheet in frames:
        programmes = _read_table(
            _Sheet(file, schema.programmes.sheet, frames[schema.programmes.sheet]),
            schema.programmes, unknown, problems, places,
        )
    for per, table in schema.groups.items():
        if table.sheet in frames:
            groups[per] = _read_table(_Sheet(file, table.sheet, frames[table.sheet]), table, unknown, problems, places)
    if schema.cohorts and schema.cohorts.sheet in frames:
        cohorts = _read_table(
            _Sheet(file, schema.cohorts.sheet, frames[schema.cohorts.sheet]), schema.cohorts, unknown, problems, places
        )
    if problems:
        shown = problems[:MAX_PROBLEMS]
        more = len(problems) - len(shown)
        tail = [t("scoring.ind.read.more", count=more)] if more else []
        raise DataWorkbookError("\n".join([t("scoring.ind.read.problems", count=len(problems)), *shown, *tail]))
    data = InstitutionData(
        values=values, programmes=programmes, groups=groups, cohorts=cohorts, source=str(path), unknown=unknown
    )
    return data, places
