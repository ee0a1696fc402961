"""The TT 38/2026 indices that need a value per programme (CS03, CS06 "cho tất cả chương trình") take their
programme rows from ``[[programmes]]``: entered once, in accredit.toml, and written into the data workbook's
"Theo chương trình" sheet for every year the indices look at. Typed values are never overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field

from accredit.indicators.schema import H_PROGRAMME, H_PROGRAMME_NAME, H_YEAR, SHEET_PROGRAMMES
from accredit.model.base import Value
from accredit.programmes.model import Programme
from accredit.safe_text import put
from accredit.workbooks import FIRST_ROW, headers, is_blank, save
from accredit.zipguard import load_workbook

if TYPE_CHECKING:
    from accredit.workspace import Workspace


class ProgrammeRows(Value):
    """What :func:`fill_programme_rows` did to one data workbook, and how its rows compare with the list."""

    path: str
    added: int = 0
    missing: list[str] = Field(default_factory=list, description="Codes of listed programmes that had no row.")
    named: int = Field(default=0, description="Rows of a listed programme whose blank name was filled in.")
    not_listed: list[str] = Field(default_factory=list, description="Codes in the sheet that accredit.toml lacks.")


def _key(value: object) -> str:
    return str(value).strip().casefold() if not is_blank(value) else ""


def _year(value: object) -> int | None:
    try:
        return int(float(str(value).strip()))
    except (TypeError, ValueError):
        return None


def fill_programme_rows(path: Path, programmes: list[Programme], years: list[int], *,
                        dry_run: bool = False) -> ProgrammeRows:
    """Add a row (year, mã, tên) for each listed programme and year missing from the sheet (none when the workbook
    has no programme sheet); a blank name of a listed programme is filled in; nothing typed is changed. With
    ``dry_run`` nothing is written: ``missing`` says which programmes lack a row (an index computed "for every
    programme" would otherwise silently leave them out)."""
    wb = load_workbook(path)
    if SHEET_PROGRAMMES not in wb.sheetnames or not programmes:
        return ProgrammeRows(path=str(path))
    sheet = wb[SHEET_PROGRAMMES]
    cols = headers(sheet)
    cy, cc, cn = cols.get(H_YEAR), cols.get(H_PROGRAMME), cols.get(H_PROGRAMME_NAME)
    if cy is None or cc is None:
        return ProgrammeRows(path=str(path))
    listed = {p.code.casefold(): p for p in programmes}
    have: set[tuple[int | None, str]] = set()
    extra: list[str] = []
    last, named = FIRST_ROW - 1, 0
    for r in range(FIRST_ROW, sheet.max_row + 1):
        code = _key(sheet.cell(r, cc).value)
        if not code and all(is_blank(c.value) for c in sheet[r]):
            continue
        last = r
        if not code:
            continue
        have.add((_year(sheet.cell(r, cy).value), code))
        if code not in listed:
            extra.append(str(sheet.cell(r, cc).value).strip())
        elif cn is not None and is_blank(sheet.cell(r, cn).value):
            put(sheet.cell(r, cn), listed[code].name)
            named += 1
    added, missing = 0, []
    for year in years:
        for p in programmes:
            if (year, p.code.casefold()) in have:
                continue
            missing.append(p.code)
            if dry_run:
                continue
            last += 1
            sheet.cell(last, cy, year)
            put(sheet.cell(last, cc), p.code)
            if cn is not None:
                put(sheet.cell(last, cn), p.name)
            added += 1
    if (added or named) and not dry_run:
        save(wb, path)
    return ProgrammeRows(path=str(path), added=added, missing=list(dict.fromkeys(missing)),
                         named=0 if dry_run else named, not_listed=sorted(set(extra)))


def workspace_programme_rows(ws: Workspace, *, dry_run: bool = False) -> list[ProgrammeRows]:
    """For each school framework whose data has a programme sheet: the workbook (created when missing) given a
    row per listed programme for the assessment year (``dry_run``: only say which are missing)."""
    from accredit.frameworks import workspace_frameworks
    from accredit.indicators.schema import build_schema
    from accredit.indicators.workspace import data_workbook_path, needs_data, write_workspace_data_template

    out: list[ProgrammeRows] = []
    year = ws.config.assessment.year
    for fw in workspace_frameworks(ws):
        if not needs_data(fw) or build_schema(fw, year, ws.config.school.object).programmes is None:
            continue
        path = data_workbook_path(ws, fw.id)
        if not path.is_file():
            if dry_run:
                out.append(ProgrammeRows(path=str(path), missing=[p.code for p in ws.config.programmes]))
                continue
            write_workspace_data_template(ws, fw)
        out.append(fill_programme_rows(path, list(ws.config.programmes), [year], dry_run=dry_run))
    return out
