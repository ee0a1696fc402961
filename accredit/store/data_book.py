"""The data workbook as the store's exchange format: its cells, the store's, export, import, and the
:class:`InstitutionData` the indicators are computed from, built from the store."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from accredit.i18n.message import Messages, Msg
from accredit.indicators.data import Cell, InstitutionData, TableRow
from accredit.indicators.reader import DataKey, Places, read_institution_places
from accredit.indicators.schema import (
    H_NAME,
    H_YEAR,
    YEAR_HEADER,
    DataSchema,
    TableSpec,
    column_header,
)
from accredit.indicators.template import write_data_template
from accredit.numbers import parse_number
from accredit.safe_text import put
from accredit.store.db import Write
from accredit.store.exchange import (
    BookCell,
    Kind,
    StoreCell,
    WorkbookExport,
    WorkbookImport,
    check_rewritable,
    compare,
    file_state,
    import_result,
    key_text,
    new_base,
)
from accredit.store.records import Actor, DataRecord
from accredit.store.store import Store, data_write

KIND: Kind = "data"
SYNC_YEAR = 0  # one data workbook per framework, whatever the assessment year


def _tables(schema: DataSchema) -> list[tuple[str, TableSpec]]:
    """(where in InstitutionData, table) for every table sheet: 'programmes', 'cohorts', or a group's ``per``."""
    out: list[tuple[str, TableSpec]] = []
    if schema.programmes:
        out.append(("programmes", schema.programmes))
    out.extend((per, table) for per, table in schema.groups.items())
    if schema.cohorts:
        out.append(("cohorts", schema.cohorts))
    return out


def _rows_of(data: InstitutionData, where: str) -> list[TableRow]:
    if where == "programmes":
        return data.programmes
    if where == "cohorts":
        return data.cohorts
    return data.groups.get(where, [])


def _used_by(schema: DataSchema) -> dict[str, str]:
    specs = [*schema.institution, *(c for _, t in _tables(schema) for c in t.columns)]
    return {s.name: ", ".join(s.used_by) for s in specs}


def _describe(schema: DataSchema, places: Places) -> Callable[[str], BookCell]:
    used = _used_by(schema)

    def describe(key: str) -> BookCell:
        sheet, item, seq, year, field = json.loads(key)
        where = places.get((sheet, item, seq, year, field))
        return BookCell(None, sheet, where[1] if where else None, used.get(field, ""), field or item, year,
                        item or None)
    return describe


def book_cells(data: InstitutionData, places: Places, schema: DataSchema) -> tuple[dict[str, BookCell], dict[str, str]]:
    """Every data cell the workbook holds (blank ones too, where known), and where each value was read."""
    describe = _describe(schema, places)
    values: dict[str, str | None] = {}
    sources: dict[str, str] = {}
    sheet_of = {s.name: s.sheet for s in schema.institution}
    for name, years in data.values.items():
        for y, cell in years.items():
            k = key_text([sheet_of.get(name, ""), "", 1, y, name])
            values[k], sources[k] = str(cell.value), _source_text(cell.source)
    for where, table in _tables(schema):
        seqs: dict[tuple[str, int], int] = {}
        for row in _rows_of(data, where):
            seq = seqs[(row.key, row.year)] = seqs.get((row.key, row.year), 0) + 1
            k = key_text([table.sheet, row.key, seq, row.year, ""])
            values[k], sources[k] = row.name or "", _source_text(row.source)
            for name, cell in row.values.items():
                k = key_text([table.sheet, row.key, seq, row.year, name])
                values[k], sources[k] = str(cell.value), _source_text(cell.source)
    for place in places:
        values.setdefault(key_text(place), None)
    return {k: _with(describe(k), v) for k, v in values.items()}, sources


def _with(cell: BookCell, value: str | None) -> BookCell:
    return BookCell(value, cell.sheet, cell.cell, cell.requirement, cell.field, cell.year, cell.item)


def store_cells(store: Store, framework: str) -> dict[str, StoreCell]:
    """Every data cell the store holds for ``framework``, each number as the workbook gives it back
    (:func:`as_book`)."""
    return {_key(r): StoreCell(as_book(r.field, r.value), r.version, r.updated_by, r.updated_at, r.via)
            for r in store.data_values(framework)}


def as_book(field: str, value: str | None) -> str | None:
    """A stored number as the data workbook reads back once it is exported.

    A workbook cell holds a binary float written with 16 significant digits ('1250.50' comes back
    '1250.5'; '0.12345678901234567891' as '0.1234567890123457'): comparing the stored text itself
    would make every such cell a change on the next import (and its rounded value would replace the
    exact one), or a conflict when someone else changed it meanwhile. The store keeps the exact
    value; only the comparison uses this. Row names (``field`` '') are text and stay as they are.
    """
    if value is None or not field:
        return value
    written = f"{float(Decimal(value)):.16g}"  # what openpyxl writes for a number
    read: int | float = float(written) if any(c in written for c in ".eE") else int(written)  # what it reads
    return str(parse_number(read))  # what the data reader makes of it


def _key(r: DataRecord) -> str:
    return key_text([r.sheet, r.item, r.seq, r.year, r.field])


def _shown(_key: str, value: str | None) -> str | None:
    return value


def import_data(
    store: Store, schema: DataSchema, path: Path, actor: Actor, *, overwrite: bool = False, dry_run: bool = False,
    own: bool = True,
) -> WorkbookImport:
    """Import the data workbook at ``path`` (see :func:`accredit.store.ratings_book.import_ratings`, also for
    ``own``)."""
    state = file_state(path)
    data, places = read_institution_places(path, schema)
    book, sources = book_cells(data, places, schema)
    with store.transaction():
        current = store_cells(store, schema.framework)
        sync = store.sync_state(KIND, schema.framework, SYNC_YEAR)
        base = sync["base"] if sync else None
        diff = compare(book, current, base, _shown, _describe(schema, places))
        blocked = bool(diff.conflicts) and not overwrite
        if dry_run or blocked:
            return import_result(KIND, schema.framework, SYNC_YEAR, path, diff, applied=False, dry_run=dry_run,
                                 overwrite=overwrite)
        order = {k: i for i, k in enumerate(book)}
        store.write_many((_write(schema.framework, key, book[key].value if key in book else None,
                                 (current.get(key) or StoreCell(None, 0)).version, sources.get(key),
                                 order.get(key, len(order)))
                          for key, _ in [*diff.changes, *diff.conflicts]), actor)
        store.conn.executemany(  # where each value is now (rows move): provenance, not versioned
            "UPDATE data_values SET source=?, position=? WHERE framework=? AND sheet=? AND item=? AND seq=?"
            " AND year=? AND field=?",
            [(sources.get(k), order[k], schema.framework, *json.loads(k)) for k in book],
        )
        if own:
            after = store_cells(store, schema.framework)
            store.set_sync_state(KIND, schema.framework, SYNC_YEAR, path=str(path), sha256=state.sha256,
                                 size=state.size, mtime_ns=state.mtime_ns, actor=actor,
                                 base=new_base(after, base, diff.untouched), extra={"unknown": data.unknown})
    return import_result(KIND, schema.framework, SYNC_YEAR, path, diff, applied=True, dry_run=dry_run,
                         overwrite=overwrite)


def _write(framework: str, key: str, value: str | None, version: int, source: str | None, position: int) -> Write:
    sheet, item, seq, year, field = json.loads(key)
    return data_write(framework, sheet, field, year, value, item=item, seq=seq, base_version=version, source=source,
                      position=position)


def _source_text(source: str | Msg) -> str:
    """Where a value was read, as the text the store keeps (a message rendered in the workbooks' language)."""
    return source if isinstance(source, str) else Messages("vi")(source)


def store_data(store: Store, schema: DataSchema, source: str) -> InstitutionData | None:
    """The :class:`InstitutionData` the store holds for ``schema``'s framework (None when it holds none)."""
    records = [r for r in store.data_values(schema.framework) if r.value is not None]
    if not records:
        return None
    fallback = f"{store.path.name}"
    values: dict[str, dict[int, Cell]] = {}
    rows: dict[tuple[str, str, int, int], dict[str, Any]] = {}
    table_of = {t.sheet: where for where, t in _tables(schema)}
    for r in records:
        src = r.source or f"{fallback} ({r.updated_by})"
        if not r.item and r.sheet not in table_of:
            values.setdefault(r.field, {})[r.year] = Cell(value=Decimal(r.value), source=src)  # type: ignore[arg-type]
            continue
        row = rows.setdefault((r.sheet, r.item, r.seq, r.year), {"values": {}})
        if r.field:
            row["values"][r.field] = Cell(value=Decimal(r.value), source=src)  # type: ignore[arg-type]
        else:
            row["name"], row["source"] = r.value or None, src
    programmes: list[TableRow] = []
    groups: dict[str, list[TableRow]] = {}
    cohorts: list[TableRow] = []
    for (sheet, item, _seq, year), row in rows.items():
        if "source" not in row:  # values of a row whose row was cleared: not a row any more
            continue
        table_row = TableRow(year=year, key=item, name=row["name"], values=row["values"], source=row["source"])
        where = table_of.get(sheet)
        if where == "programmes":
            programmes.append(table_row)
        elif where == "cohorts":
            cohorts.append(table_row)
        elif where is not None:
            groups.setdefault(where, []).append(table_row)
    sync = store.sync_state(KIND, schema.framework, SYNC_YEAR)
    unknown = list(sync["extra"].get("unknown", [])) if sync else []
    return InstitutionData(values=values, programmes=programmes, groups=groups, cohorts=cohorts, source=source,
                           unknown=unknown)


def export_data(store: Store, schema: DataSchema, title: str, year: int, path: Path, actor: Actor) -> WorkbookExport:
    """Write the data workbook at ``path`` from the store and record it as the base of the next import."""
    from accredit.workbooks import FIRST_ROW, headers, save
    from accredit.zipguard import load_workbook

    check_rewritable(path, "data")
    with store.transaction():
        update = write_data_template(path, schema, title, year)
        wb = load_workbook(path)
        records = store.data_values(schema.framework)
        filled = 0
        for sheet in schema.long_sheets():
            if sheet not in wb.sheetnames:
                continue
            ws = wb[sheet]
            cols = headers(ws)
            row_of = {str(ws.cell(r, cols[H_NAME]).value).strip(): r for r in range(FIRST_ROW, ws.max_row + 1)
                      if ws.cell(r, cols[H_NAME]).value is not None}
            for y in schema.years:
                col = cols.get(YEAR_HEADER.format(year=y))
                for spec in schema.rows_of(sheet):
                    if col is not None and spec.name in row_of:
                        ws.cell(row_of[spec.name], col).value = None
            for r in records:
                col = cols.get(YEAR_HEADER.format(year=r.year))
                if r.sheet == sheet and not r.item and col is not None and r.field in row_of:
                    ws.cell(row_of[r.field], col).value = Decimal(r.value) if r.value is not None else None
                    filled += r.value is not None
        for _, table in _tables(schema):
            if table.sheet in wb.sheetnames:
                filled += _fill_table(wb[table.sheet], table, [r for r in records if r.sheet == table.sheet])
        save(wb, path)
        state = file_state(path)
        store.set_sync_state(KIND, schema.framework, SYNC_YEAR, path=str(path), sha256=state.sha256,
                             size=state.size, mtime_ns=state.mtime_ns, actor=actor,
                             base=new_base(store_cells(store, schema.framework), None, ()))
    return WorkbookExport(kind=KIND, framework=schema.framework, year=SYNC_YEAR, path=str(path), cells=filled,
                          created=update.created)


def _fill_table(ws: Any, table: TableSpec, records: list[DataRecord]) -> int:
    """Rewrite a table sheet's rows from the store (one row per key, seq and year); the count of values."""
    from accredit.workbooks import FIRST_ROW, headers

    cols = headers(ws)
    by_name = {spec.name: cols.get(column_header(spec)) for spec in table.columns}
    mine = [c for c in (cols.get(H_YEAR), cols.get(table.key_header),
                        cols.get(table.name_header) if table.name_header else None, *by_name.values()) if c]
    for r in range(FIRST_ROW, ws.max_row + 1):
        for c in mine:
            ws.cell(r, c).value = None
    rows: dict[tuple[str, int, int], dict[str, str | None]] = {}
    for rec in sorted(records, key=lambda x: x.position):
        if rec.value is not None:
            rows.setdefault((rec.item, rec.seq, rec.year), {})[rec.field] = rec.value
    filled = 0
    r = FIRST_ROW - 1
    for (item, _seq, year), fields in rows.items():
        if "" not in fields:
            continue
        r += 1
        ws.cell(r, cols[H_YEAR]).value = year
        put(ws.cell(r, cols[table.key_header]), item)
        if table.name_header and cols.get(table.name_header) and fields[""]:
            put(ws.cell(r, cols[table.name_header]), fields[""])
        for name, value in fields.items():
            if name and by_name.get(name) and value is not None:
                ws.cell(r, by_name[name]).value = Decimal(value)  # type: ignore[index]
                filled += 1
    return filled


def data_key(sheet: str, field: str, year: int, item: str = "", seq: int = 1) -> DataKey:
    """The key of one data cell (see :data:`accredit.indicators.reader.DataKey`)."""
    return (sheet, item, seq, year, field)
