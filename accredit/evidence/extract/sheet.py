"""XLSX: every sheet's cell values, row by row, read straight from the workbook's XML parts
(:mod:`accredit.xlsx_xml`).

Only the parts that hold values are parsed: the workbook (sheet names, date system), its
relationships, the shared strings, the cell formats (which numbers are dates) and each worksheet,
streamed row by row. openpyxl — which also builds styles, themes and a cell object per value — took
most of a scan of a folder holding workbooks of thousands of rows, and tens of milliseconds for the
smallest one. The text is what openpyxl's read-only mode gives (``values_only``, cached results for
formulas, dates as ``YYYY-MM-DD HH:MM:SS``; worksheets, macro and dialog sheets), except that every
cell is read where a sheet declares a smaller size than it holds or lists cells out of order (openpyxl's
read-only mode stopped at the declared size, or lost such a cell); a workbook this reader does not expect
(strict OOXML, ISO dates in cells) or a damaged one (a sheet without its part) is read by openpyxl as
before, which says why it cannot. The XML goes through the standard library's
parser (expat refuses entity expansion attacks); each part's uncompressed size is checked first.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from accredit.evidence.extract.base import Extraction, ExtractOptions, clean_text, short
from accredit.evidence.extract.word import is_ole
from accredit.xlsx_xml import CELL, ROW, Unexpected, XlsxParts


def _text(value: object) -> str | None:
    """A value as the text openpyxl's read-only mode gives, made a string (dates ``YYYY-MM-DD HH:MM:SS``)."""
    return value if isinstance(value, str) or value is None else str(value)


def _rows(book: XlsxParts, part: str) -> Iterator[list[str]]:
    """The non-blank values of each row of a worksheet, as text, in column order."""
    for row in book.stream(part, ROW):
        yield [v for c in row if c.tag == CELL and (v := _text(book.value(c))) is not None and v.strip()]


def _direct(path: Path, options: ExtractOptions) -> tuple[list[str], int]:
    """The text lines of every worksheet (stopping once ``max_chars`` are read) and the number of sheets."""
    lines: list[str] = []
    total = 0
    with zipfile.ZipFile(path) as zf:
        book = XlsxParts(zf)
        for name, part in book.sheets:
            lines.append(f"# {name}")
            for values in _rows(book, part):
                if values:
                    line = "\t".join(values)
                    lines.append(line)
                    total += len(line)
                    if total >= options.max_chars:
                        break
            if total >= options.max_chars:
                break
    return lines, len(book.names)


def _with_openpyxl(path: Path, options: ExtractOptions) -> tuple[list[str], int]:
    """The same lines, read by openpyxl (read-only mode)."""
    import openpyxl

    wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    lines: list[str] = []
    total = 0
    try:
        for ws in wb.worksheets:
            lines.append(f"# {ws.title}")
            for row in ws.iter_rows(values_only=True):
                values = [str(v) for v in row if v is not None and str(v).strip()]
                if values:
                    line = "\t".join(values)
                    lines.append(line)
                    total += len(line)
                    if total >= options.max_chars:
                        break
            if total >= options.max_chars:
                break
        return lines, len(wb.sheetnames)
    finally:
        wb.close()


def read(path: Path, options: ExtractOptions) -> Extraction:
    """Cell values (cached results for formulas), one line per row, sheets headed by their name."""
    if is_ole(path):
        return Extraction.failed("office_encrypted")
    try:
        try:
            lines, sheets = _direct(path, options)
        except (Unexpected, ElementTree.ParseError, IndexError):  # a layout of its own: openpyxl reads it
            lines, sheets = _with_openpyxl(path, options)
    except Exception as exc:  # zipfile, KeyError, XML errors…
        return Extraction.failed("office_corrupt", short(exc))
    result = Extraction(text=clean_text("\n".join(lines), options.max_chars))
    result.notes.append(f"sheets={sheets}")
    return result
