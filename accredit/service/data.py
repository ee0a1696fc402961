"""Service operations on institutional data: get and set one value, export and import of the data workbooks
(with the changes and conflicts cell by cell).

A value is named by its framework, input name (as in the data workbook's 'Tên' column or
'[name]' header), year, and on a table sheet the row's key (programme, group, course) and its number
among rows with the same key and year. Writes take the version they were based on (see
:mod:`accredit.service.ratings`).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from accredit.i18n import t
from accredit.i18n.message import msg
from accredit.indicators.schema import DataSchema, build_schema
from accredit.model.base import Value
from accredit.numbers import kind_of_unit, parse_number
from accredit.service._store import StoreInputError, import_sources, reading, workspace_framework, workspace_frameworks
from accredit.store.errors import StoreError
from accredit.store.exchange import WorkbookExport, WorkbookImport
from accredit.store.records import Actor, DataRecord
from accredit.store.workspace import open_workspace_store
from accredit.workspace import Workspace


class DataValues(Value):
    """Every institutional data value of one framework the store holds (cleared ones too, with their version)."""

    framework: str
    values: list[DataRecord]


class DataExports(Value):
    """The data workbooks written from the store."""

    exports: list[WorkbookExport]


class DataImports(Value):
    """The data workbooks imported (or compared, with ``dry_run``), cell by cell."""

    imports: list[WorkbookImport]


def _schema(ws: Workspace, framework: str) -> DataSchema:
    fw = workspace_framework(ws, framework)
    return build_schema(fw, ws.config.assessment.year, ws.config.school.object)


def _where(schema: DataSchema, field: str, item: str) -> tuple[str, str | None]:
    """(sheet, unit) of an input: its long sheet, or the table holding it as a column (a key is then needed)."""
    for spec in schema.institution:
        if spec.name == field and not item:
            return spec.sheet, spec.unit
    for table in schema.tables():
        for spec in table.columns:
            if spec.name == field and item:
                return table.sheet, spec.unit
    known = [s.name for s in schema.institution] + [c.name for tb in schema.tables() for c in tb.columns]
    raise StoreInputError(msg("store.input.data_field", field=field, framework=schema.framework,
                            known=", ".join(sorted(set(known)))))


def list_data_values(ws: Workspace, framework: str) -> DataValues:
    """Every data value of ``framework`` in the store, in the order the workbook holds them."""
    fw = workspace_framework(ws, framework)
    with reading(ws) as store:
        return DataValues(framework=fw.id, values=store.data_values(fw.id))


def get_data_value(
    ws: Workspace, framework: str, field: str, year: int, *, item: str = "", seq: int = 1
) -> DataRecord:
    """One institutional data value with its version (version 0: never entered)."""
    schema = _schema(ws, framework)
    sheet, _ = _where(schema, field, item)
    with reading(ws) as store:
        return store.data_value(schema.framework, sheet, field, year, item=item, seq=seq)


def set_data_value(
    ws: Workspace, framework: str, field: str, year: int, value: Decimal | int | str | None, *, base_version: int,
    actor: Actor, item: str = "", seq: int = 1,
) -> DataRecord:
    """Set (or clear, with None or '') one institutional data value, checked as the data workbook checks it.

    On a table sheet (``item`` given), a new row (programme, group, course) is created with it.
    """
    schema = _schema(ws, framework)
    sheet, unit = _where(schema, field, item)
    if year not in schema.years:
        raise StoreInputError(msg("store.input.data_year", year=year, years=", ".join(map(str, schema.years))))
    text: str | None = None
    if value is not None and str(value).strip():
        try:
            number = parse_number(value, kind_of_unit(unit))
        except ValueError:
            raise StoreInputError(msg("store.input.data_value", field=field, year=year,
                                      problem=msg("numbers.not_number", value=str(value)))) from None
        if number < 0:
            raise StoreInputError(msg("scoring.ind.read.negative", value=str(value), maximum=None))
        text = str(number)
    source = f"{actor.username} ({actor.via}, {actor.at.date().isoformat()})"
    with open_workspace_store(ws, actor=actor) as store, store.transaction():
        if item and store.data_value(schema.framework, sheet, "", year, item=item, seq=seq).value is None:
            row = store.data_value(schema.framework, sheet, "", year, item=item, seq=seq)
            store.set_data_value(schema.framework, sheet, "", year, "", item=item, seq=seq,
                                 base_version=row.version, actor=actor, source=source)
        return store.set_data_value(schema.framework, sheet, field, year, text, item=item, seq=seq,
                                    base_version=base_version, actor=actor, source=source)


def export_data(ws: Workspace, *, actor: Actor, framework: str | None = None, overwrite: bool = False) -> DataExports:
    """Write each data workbook from the store (see :func:`accredit.service.ratings.export_ratings`)."""
    from accredit.indicators.workspace import data_workbook_path, needs_data
    from accredit.store import data_book
    from accredit.store.exchange import check_rewritable, unchanged_since

    out: list[WorkbookExport] = []
    year = ws.config.assessment.year
    with open_workspace_store(ws, actor=actor) as store:
        for fw in workspace_frameworks(ws, framework):
            if not needs_data(fw):
                continue
            schema = build_schema(fw, year, ws.config.school.object)
            path = data_workbook_path(ws, fw.id)
            check_rewritable(path, "data")  # a damaged file: what to do, before anything else
            if path.is_file() and not overwrite and not unchanged_since(
                    path, store.sync_state(data_book.KIND, fw.id, data_book.SYNC_YEAR)):
                pending = data_book.import_data(store, schema, path, actor, dry_run=True)
                if pending.changes or pending.conflicts:
                    raise StoreError(t("store.export.pending", path=path,
                                       count=len(pending.changes) + len(pending.conflicts), command="data"))
            out.append(data_book.export_data(store, schema, fw.title, year, path, actor))
    return DataExports(exports=out)


def import_data(
    ws: Workspace, *, actor: Actor, framework: str | None = None, path: Path | None = None, overwrite: bool = False,
    dry_run: bool = False,
) -> DataImports:
    """Import the data workbooks (or the one at ``path`` for ``framework``) cell by cell, one transaction each."""
    from accredit.indicators.workspace import data_workbook_path, needs_data
    from accredit.store import data_book
    from accredit.store.exchange import same_file

    excel = actor.model_copy(update={"via": "excel"})
    frameworks = [f for f in workspace_frameworks(ws, framework) if needs_data(f)]
    sources = list(import_sources(frameworks, path, lambda fid: data_workbook_path(ws, fid),
                                  "scoring.ind.read.missing_file"))
    out: list[WorkbookImport] = []
    with open_workspace_store(ws, actor=actor) as store:
        for fw, source, own in sources:
            schema = build_schema(fw, ws.config.assessment.year, ws.config.school.object)
            out.append(data_book.import_data(store, schema, source, excel, overwrite=overwrite, dry_run=dry_run,
                                             own=same_file(source, own)))
    return DataImports(imports=out)
