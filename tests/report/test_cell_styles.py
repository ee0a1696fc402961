"""CellStyles: a style set on many cells through it leaves the same workbook as setting it cell by cell."""

from __future__ import annotations

import io
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from accredit.workbooks import CellStyles

WRAP = Alignment(wrap_text=True, vertical="top")
FILL = PatternFill("solid", fgColor="E2EFDA")
EDGE = Border(left=Side(style="thin"))
BOLD = Font(bold=True)


def _parts(wb: Workbook) -> dict[str, bytes]:
    buf = io.BytesIO()
    wb.save(buf)
    with zipfile.ZipFile(buf) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n != "docProps/core.xml"}  # its time of saving


def _fill(wb: Workbook, set_style) -> None:  # type: ignore[no-untyped-def]
    ws = wb.active
    for r in range(1, 30):
        for c in range(1, 6):
            cell = ws.cell(r, c, f"{r}.{c}")
            set_style(cell, "alignment", WRAP if c % 2 else Alignment(horizontal="center"))  # a new, equal one too
            if r % 3 == 0:
                set_style(cell, "fill", FILL)
            if c == 1:
                set_style(cell, "border", EDGE)
        set_style(ws.cell(r, 7), "font", BOLD)  # a cell with no value, styled first by this
    ws.cell(40, 1).number_format = "0.00"


def test_the_same_workbook_as_cell_by_cell() -> None:
    by_cell, through = Workbook(), Workbook()
    _fill(by_cell, setattr)
    styles = CellStyles()
    _fill(through, styles.set)
    assert _parts(through) == _parts(by_cell)
    assert through.active.cell(3, 1).fill == FILL and through.active.cell(2, 2).alignment.horizontal == "center"
