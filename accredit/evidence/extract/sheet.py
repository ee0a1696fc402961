"""XLSX: every sheet's cell values, row by row, read straight from the workbook's XML parts.

Only the parts that hold values are parsed: the workbook (sheet names, date system), its
relationships, the shared strings, the cell formats (which numbers are dates) and each worksheet,
streamed row by row. openpyxl — which also builds styles, themes and a cell object per value — took
most of a scan of a folder holding workbooks of thousands of rows, and tens of milliseconds for the
smallest one. The text is what openpyxl's read-only mode gives (``values_only``, cached results for
formulas, dates as ``YYYY-MM-DD HH:MM:SS``); a workbook this reader does not expect (strict OOXML,
ISO dates in cells) is read by openpyxl as before. The XML goes through the standard library's
parser (expat refuses entity expansion attacks); each part's uncompressed size is checked first.
"""

from __future__ import annotations

import datetime
import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from accredit.evidence.extract.base import Extraction, ExtractOptions, clean_text, short
from accredit.evidence.extract.word import is_ole

MAX_PART_BYTES = 256 * 1024 * 1024
"""Largest uncompressed part read (a sheet of a million cells is a few hundred MB; more is a zip bomb)."""

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
_ROW, _C, _V, _IS, _T, _R, _SI = (_MAIN + n for n in ("row", "c", "v", "is", "t", "r", "si"))

# Number formats whose numbers are dates or times (openpyxl.styles.numbers, same rules).
_BUILTIN_DATES = {14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
                  20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0"}
_STRIP = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_CHAR = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_TIMEDELTA = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)
_WINDOWS_EPOCH = datetime.datetime(1899, 12, 30)
_MAC_EPOCH = datetime.datetime(1904, 1, 1)


class _Unexpected(Exception):
    """A workbook laid out in a way this reader does not follow: openpyxl reads it."""


def _is_date_format(fmt: str | None) -> bool:
    if fmt is None:
        return False
    return _DATE_CHAR.search(_STRIP.sub("", fmt.split(";")[0])) is not None


def _is_timedelta_format(fmt: str | None) -> bool:
    return fmt is not None and _TIMEDELTA.search(fmt.split(";")[0]) is not None


def _from_excel(value: float, epoch: datetime.datetime, timedelta: bool) -> object:
    """An Excel serial number as openpyxl gives it (``openpyxl.utils.datetime.from_excel``)."""
    if timedelta:
        td = datetime.timedelta(days=value)
        if td.microseconds:
            td = datetime.timedelta(seconds=td.total_seconds() // 1, microseconds=round(td.microseconds, -3))
        return td
    day, fraction = divmod(value, 1)
    diff = datetime.timedelta(milliseconds=round(fraction * 86400 * 1000))
    if 0 <= value < 1 and diff.days == 0:
        mins, seconds = divmod(diff.seconds, 60)
        hours, mins = divmod(mins, 60)
        return datetime.time(hours, mins, seconds, diff.microseconds)
    if 0 < value < 60 and epoch == _WINDOWS_EPOCH:
        day += 1
    return epoch + datetime.timedelta(days=day) + diff


class _Book:
    """The parts of one workbook the values need."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        workbook = self._workbook_part()
        root = self._xml(workbook)
        if root.tag != _MAIN + "workbook":
            raise _Unexpected(root.tag)
        pr = root.find(_MAIN + "workbookPr")
        self.epoch = _MAC_EPOCH if pr is not None and pr.get("date1904") in ("1", "true") else _WINDOWS_EPOCH
        targets = self._relationships(workbook)
        sheets = root.find(_MAIN + "sheets")
        self.names: list[str] = []
        self.sheets: list[tuple[str, str]] = []  # (name, part) of each worksheet, in the workbook's order
        for sheet in sheets if sheets is not None else ():
            name, rid = sheet.get("name", ""), sheet.get(_REL + "id", "")
            self.names.append(name)
            kind, part = targets.get(rid, ("", ""))
            if kind == _WORKSHEET:
                self.sheets.append((name, part))
        self.strings = self._shared_strings(targets)
        self.dates, self.timedeltas = self._date_styles(targets)

    def _size_checked(self, name: str) -> zipfile.ZipInfo:
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            raise _Unexpected(name) from None
        if info.file_size > MAX_PART_BYTES:
            raise ValueError(f"{name}: {info.file_size} > {MAX_PART_BYTES}")
        return info

    def _xml(self, name: str) -> ElementTree.Element:
        return ElementTree.fromstring(self.zf.read(self._size_checked(name)))

    def _workbook_part(self) -> str:
        """The workbook part the package's relationships name (``xl/workbook.xml`` as Excel writes it)."""
        try:
            rels = self._xml("_rels/.rels")
        except _Unexpected:
            return "xl/workbook.xml"
        for rel in rels.iter(_PKG_REL + "Relationship"):
            if rel.get("Type") == _OFFICE_DOCUMENT:
                return rel.get("Target", "xl/workbook.xml").lstrip("/")
        return "xl/workbook.xml"

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """The workbook's relationships: id → (type, part name in the zip)."""
        folder, name = posixpath.split(part)
        try:
            rels = self._xml(posixpath.join(folder, "_rels", name + ".rels"))
        except _Unexpected:
            return {}
        out: dict[str, tuple[str, str]] = {}
        for rel in rels.iter(_PKG_REL + "Relationship"):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rel.get("Type", ""), path)
        return out

    def _part_of(self, targets: dict[str, tuple[str, str]], kind: str) -> str | None:
        return next((part for t, part in targets.values() if t.endswith("/" + kind)), None)

    def _shared_strings(self, targets: dict[str, tuple[str, str]]) -> list[str]:
        """The shared strings: each one's plain text and rich-text runs (phonetic guides left out)."""
        part = self._part_of(targets, "sharedStrings")
        if part is None:
            return []
        return [_string_text(node).replace("x005F_", "") for node in self._stream(part, _SI)]

    def _date_styles(self, targets: dict[str, tuple[str, str]]) -> tuple[set[int], set[int]]:
        """The cell formats (``s`` of a cell) whose numbers are dates, and those that are durations."""
        part = self._part_of(targets, "styles")
        if part is None:
            return set(), set()
        root = self._xml(part)
        custom = {int(n.get("numFmtId", "-1")): n.get("formatCode", "")
                  for n in root.iterfind(f"{_MAIN}numFmts/{_MAIN}numFmt")}
        dates: set[int] = set()
        timedeltas: set[int] = set()
        for i, xf in enumerate(root.iterfind(f"{_MAIN}cellXfs/{_MAIN}xf")):
            fid = int(xf.get("numFmtId", "0"))
            fmt = custom.get(fid, _BUILTIN_DATES.get(fid))
            if _is_date_format(fmt):
                dates.add(i)
            if _is_timedelta_format(fmt):
                timedeltas.add(i)
        return dates, timedeltas

    def rows(self, part: str) -> Iterator[list[str]]:
        """The non-blank values of each row of a worksheet, as text, in column order."""
        for row in self._stream(part, _ROW):
            yield [v for c in row if c.tag == _C and (v := self._value(c)) is not None and v.strip()]

    def _stream(self, part: str, tag: str) -> Iterator[ElementTree.Element]:
        """Each complete ``tag`` element of a part, in order, emptied once read (what is left of a read row is an
        empty element: a sheet's rows are at most a million, and reading stops at ``max_chars``)."""
        with self.zf.open(self._size_checked(part)) as fh:
            for _, node in ElementTree.iterparse(fh):
                if node.tag == tag:
                    yield node
                    node.clear()

    def _value(self, c: ElementTree.Element) -> str | None:
        """One cell's value as openpyxl's read-only mode gives it, as text (None when empty)."""
        kind = c.get("t", "n")
        if kind == "inlineStr":
            child = c.find(_IS)
            return _string_text(child) if child is not None else None
        value = c.findtext(_V) or None
        if value is None:
            return None
        if kind == "n":
            number: float = float(value) if ("." in value or "E" in value or "e" in value) else int(value)
            style = int(c.get("s") or 0)
            if style in self.dates:
                try:
                    return str(_from_excel(number, self.epoch, style in self.timedeltas))
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return str(number)
        if kind == "s":
            return self.strings[int(value)]
        if kind == "b":
            return str(bool(int(value)))
        if kind in ("str", "e"):
            return value
        raise _Unexpected(f"cell type {kind}")  # 'd': an ISO date, as strict OOXML writes it


def _string_text(node: ElementTree.Element) -> str:
    """A string item's text: its plain ``t`` and each rich-text run's ``t``."""
    parts = [node.findtext(_T) or ""]
    parts += [r.findtext(_T) or "" for r in node if r.tag == _R]
    return "".join(parts)


def _direct(path: Path, options: ExtractOptions) -> tuple[list[str], int]:
    """The text lines of every worksheet (stopping once ``max_chars`` are read) and the number of sheets."""
    lines: list[str] = []
    total = 0
    with zipfile.ZipFile(path) as zf:
        book = _Book(zf)
        for name, part in book.sheets:
            lines.append(f"# {name}")
            for values in book.rows(part):
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
        except (_Unexpected, ElementTree.ParseError, IndexError):  # a layout of its own: openpyxl reads it
            lines, sheets = _with_openpyxl(path, options)
    except Exception as exc:  # zipfile, KeyError, XML errors…
        return Extraction.failed("office_corrupt", short(exc))
    result = Extraction(text=clean_text("\n".join(lines), options.max_chars))
    result.notes.append(f"sheets={sheets}")
    return result
