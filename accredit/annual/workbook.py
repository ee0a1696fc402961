"""Carried ratings in the new year's self-assessment workbook: the marked narratives are written into blank
cells only; a status or year column is written only when a person confirms (:func:`write_confirmed`)."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field

from accredit.annual.carry import CarriedRating, is_carried
from accredit.model.assessment import STATUS_LABELS, Rating
from accredit.model.base import Value
from accredit.ratings.layout import H_CODES, H_STATUS, NARRATIVE, SHEET_GUIDE, YEAR_HEADER
from accredit.safe_text import put
from accredit.workbooks import FIRST_ROW, HEADER_ROW, headers, is_blank, save
from accredit.zipguard import load_values, load_workbook

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet


class CarriedRow(Value):
    """One row of a new year's workbook that still holds carried text."""

    code: str
    rated: bool = Field(description="A person gave a status (the row counts; its text may still need updating).")


def _rows(wb: Workbook) -> Iterator[tuple[Worksheet, int, str, dict[str, int]]]:
    """(sheet, row, code, header → column) of every requirement row of a ratings workbook."""
    for sheet in wb.worksheets:
        if sheet.title == SHEET_GUIDE:
            continue
        cols = headers(sheet, HEADER_ROW)
        for r in range(FIRST_ROW, sheet.max_row + 1):
            code = sheet.cell(r, 1).value
            if not is_blank(code):
                yield sheet, r, str(code).strip(), cols


def _fill_blanks(path: Path, values_of: Callable[[str, dict[str, int]], list[tuple[int | None, str]]]) -> int:
    """Write ``values_of(code, columns)`` — (column, text) pairs — into the blank cells of each requirement row
    (a person's cell is never overwritten); saves when something was written; how many rows got some."""
    touched, wb = 0, load_workbook(path)
    for sheet, r, code, cols in _rows(wb):
        wrote = False
        for col, value in values_of(code, cols):
            if col and value and is_blank(sheet.cell(r, col).value):
                put(sheet.cell(r, col), value)
                wrote = True
        touched += wrote
    if touched:
        save(wb, path)
    return touched


def write_carried(path: Path, carried: list[CarriedRating]) -> int:
    """Write the carried narratives and evidence codes into their blank cells; how many rows got some."""
    by_code = {c.code: c for c in carried}

    def values_of(code: str, cols: dict[str, int]) -> list[tuple[int | None, str]]:
        c = by_code.get(code)
        if c is None:
            return []
        texts = [(cols.get(header), getattr(c.narrative, field) or "") for header, field in NARRATIVE.items()]
        return [*texts, (cols.get(H_CODES), ", ".join(c.evidence_codes))]

    return _fill_blanks(path, values_of)


def write_confirmed(path: Path, ratings: list[Rating]) -> int:
    """Write confirmed ratings (status and year columns) into blank cells only; how many rows changed."""
    by_code = {x.code: x for x in ratings}

    def values_of(code: str, cols: dict[str, int]) -> list[tuple[int | None, str]]:
        x = by_code.get(code)
        if x is None:
            return []
        cells = [(cols.get(H_STATUS), x.status)] + [
            (cols.get(YEAR_HEADER.format(year=y)), s) for y, s in sorted(x.years.items())]
        return [(col, STATUS_LABELS[status]) for col, status in cells if status is not None]

    return _fill_blanks(path, values_of)


_CARRIED: dict[str, tuple[tuple[int, int, str], list[CarriedRow]]] = {}
"""The last reading of each workbook :func:`carried_rows` read: (size, mtime, sha-256) → its rows."""
_CARRIED_LOCK = threading.Lock()


def carried_rows(path: Path) -> list[CarriedRow]:
    """The rows whose narrative still starts with a carry-over mark (rated or not). A workbook read before
    whose bytes are the same (size, time and SHA-256) is not opened again (the desk asks on every dashboard)."""
    try:
        data = path.read_bytes()
        st = path.stat()
    except OSError:
        return _carried_rows(path)  # let the workbook reader say what is wrong
    stamp = (st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())
    key = str(path.resolve())
    with _CARRIED_LOCK:
        hit = _CARRIED.get(key)
    if hit is not None and hit[0] == stamp:
        return list(hit[1])
    rows = _carried_rows(path)
    with _CARRIED_LOCK:
        if len(_CARRIED) > 64:
            _CARRIED.clear()
        _CARRIED[key] = (stamp, rows)
    return list(rows)


def _carried_rows(path: Path) -> list[CarriedRow]:
    out: list[CarriedRow] = []
    for sheet, r, code, cols in _rows(load_values(path, data_only=False)):
        texts = [sheet.cell(r, cols[h]).value for h in NARRATIVE if h in cols]
        if any(isinstance(v, str) and is_carried(v) for v in texts):
            status = sheet.cell(r, cols[H_STATUS]).value if H_STATUS in cols else None
            years = [sheet.cell(r, c).value for h, c in cols.items() if h.startswith("Năm ")]
            out.append(CarriedRow(code=code, rated=not is_blank(status) or any(not is_blank(v) for v in years)))
    return out
