"""XLSX cell values read straight from the workbook's XML parts, as openpyxl gives them.

Only the parts that hold values are parsed: the workbook (sheet names, date system), its
relationships, the shared strings, the cell formats (which numbers are dates) and each worksheet,
streamed row by row. openpyxl also builds styles, themes and a cell object per value: for a workbook
that is only read, that was most of the time. Values are what openpyxl gives (numbers as ``int`` or
``float``, dates as ``datetime``, cached results for formulas, shared and inline strings as their
plain text); a workbook laid out in a way this reader does not follow raises :class:`Unexpected`, and
the caller reads it with openpyxl. The XML goes through the standard library's parser (expat refuses
entity expansion attacks); each part's uncompressed size is checked first.

:class:`ValueBook` is a workbook read this way with what accredit's workbook readers use of
openpyxl's: sheet names, sheets in order, ``cell(row, column).value``, ``ws[row]``, ``max_row`` and
``max_column`` as openpyxl's full mode gives them (merged cells but the top-left one empty), or, with
``merged=False``, as its read-only mode does.
"""

from __future__ import annotations

import datetime
import posixpath
import re
import zipfile
from collections.abc import Generator, Iterator
from contextlib import closing
from pathlib import Path
from typing import IO, NamedTuple
from xml.etree import ElementTree

MAX_PART_BYTES = 256 * 1024 * 1024
"""Largest uncompressed part read (a sheet of a million cells is a few hundred MB; more is a zip bomb)."""

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_CHARTSHEET = "/chartsheet"
ROW, CELL = _MAIN + "row", _MAIN + "c"
_V, _IS, _T, _R, _SI, _F = (_MAIN + n for n in ("v", "is", "t", "r", "si", "f"))
_MERGE_CELL, _HYPERLINKS = _MAIN + "mergeCell", _MAIN + "hyperlinks"

# Number formats whose numbers are dates or times (openpyxl.styles.numbers, same rules).
_BUILTIN_DATES = {14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
                  20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0"}
_STRIP = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_CHAR = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_TIMEDELTA = re.compile(r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.I)
_WINDOWS_EPOCH = datetime.datetime(1899, 12, 30)
_MAC_EPOCH = datetime.datetime(1904, 1, 1)


class Unexpected(Exception):
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


class XlsxParts:
    """The parts of one workbook the values need."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        if "[Content_Types].xml" not in zf.NameToInfo:
            raise Unexpected("[Content_Types].xml")  # openpyxl refuses such a package: it says so
        workbook = self._workbook_part()
        root = self._xml(workbook)
        if root.tag != _MAIN + "workbook":
            raise Unexpected(root.tag)
        pr = root.find(_MAIN + "workbookPr")
        self.epoch = _MAC_EPOCH if pr is not None and pr.get("date1904") in ("1", "true") else _WINDOWS_EPOCH
        targets = self.relationships(workbook)
        if not targets:
            raise Unexpected("the workbook's relationships")  # openpyxl says whether it is damaged
        sheets = root.find(_MAIN + "sheets")
        self.names: list[str] = []
        self.sheets: list[tuple[str, str]] = []  # (name, part) of each sheet of cells, in the workbook's order
        for sheet in sheets if sheets is not None else ():
            name, rid = sheet.get("name", ""), sheet.get(_REL + "id", "")
            self.names.append(name)
            if rid not in targets or targets[rid][1] not in zf.NameToInfo:
                raise Unexpected(f"the part of sheet {name!r}")  # a damaged workbook: never read in part
            kind, part = targets[rid]
            if not kind.endswith(_CHARTSHEET):  # worksheets, and macro and dialog sheets, as openpyxl reads them
                self.sheets.append((name, part))
        self.strings = self._shared_strings(targets)
        self.dates, self.timedeltas, self.formats = self._cell_formats(targets)

    def size_checked(self, name: str) -> zipfile.ZipInfo:
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            raise Unexpected(name) from None
        if info.file_size > MAX_PART_BYTES:
            raise ValueError(f"{name}: {info.file_size} > {MAX_PART_BYTES}")
        return info

    def _xml(self, name: str) -> ElementTree.Element:
        return ElementTree.fromstring(self.zf.read(self.size_checked(name)))

    def _workbook_part(self) -> str:
        """The workbook part the package's relationships name (``xl/workbook.xml`` as Excel writes it)."""
        try:
            rels = self._xml("_rels/.rels")
        except Unexpected:
            return "xl/workbook.xml"
        for rel in rels.iter(_PKG_REL + "Relationship"):
            if rel.get("Type") == _OFFICE_DOCUMENT:
                return rel.get("Target", "xl/workbook.xml").lstrip("/")
        return "xl/workbook.xml"

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """A part's relationships: id → (type, part name in the zip); none when it has no relationships part."""
        folder, name = posixpath.split(part)
        try:
            rels = self._xml(posixpath.join(folder, "_rels", name + ".rels"))
        except Unexpected:
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
        return [string_text(node).replace("x005F_", "") for node in self.stream(part, _SI)]

    def _cell_formats(self, targets: dict[str, tuple[str, str]]) -> tuple[set[int], set[int], int]:
        """The cell formats (``s`` of a cell) whose numbers are dates, those that are durations, and how many
        formats there are (1, openpyxl's default, in a workbook without any)."""
        part = self._part_of(targets, "styles")
        if part is None:
            return set(), set(), 1
        root = self._xml(part)
        custom = {int(n.get("numFmtId", "-1")): n.get("formatCode", "")
                  for n in root.iterfind(f"{_MAIN}numFmts/{_MAIN}numFmt")}
        dates: set[int] = set()
        timedeltas: set[int] = set()
        formats = list(root.iterfind(f"{_MAIN}cellXfs/{_MAIN}xf"))
        for i, xf in enumerate(formats):
            fid = int(xf.get("numFmtId", "0"))
            fmt = custom.get(fid, _BUILTIN_DATES.get(fid))
            if _is_date_format(fmt):
                dates.add(i)
            if _is_timedelta_format(fmt):
                timedeltas.add(i)
        return dates, timedeltas, max(len(formats), 1)

    def stream(self, part: str, tag: str) -> Generator[ElementTree.Element, None, None]:
        """Each complete ``tag`` element of a part, in order, emptied once read (what is left of a read row is an
        empty element: a sheet's rows are at most a million, and reading stops at ``max_chars``)."""
        with self.zf.open(self.size_checked(part)) as fh:
            for _, node in ElementTree.iterparse(fh):
                if node.tag == tag:
                    yield node
                    node.clear()

    def value(self, c: ElementTree.Element, formulas: bool = False) -> object:
        """One cell's value as openpyxl reads it (cached results for formulas; None when empty). ``formulas``:
        as openpyxl without ``data_only``, which gives a formula's text: such a cell is :class:`Unexpected`."""
        kind = c.get("t", "n")
        if formulas and c.find(_F) is not None:
            raise Unexpected("formula")
        if kind == "inlineStr":
            child = c.find(_IS)
            return string_text(child) if child is not None else None
        value = c.findtext(_V) or None
        if value is None:
            return None
        if kind == "n":
            number: float = float(value) if ("." in value or "E" in value or "e" in value) else int(value)
            style = int(c.get("s") or 0)
            if style in self.dates:
                try:
                    return _from_excel(number, self.epoch, style in self.timedeltas)
                except (OverflowError, ValueError):
                    return "#VALUE!"
            return number
        if kind == "s":
            return self.strings[int(value)]
        if kind == "b":
            return bool(int(value))
        if kind in ("str", "e"):
            return value
        raise Unexpected(f"cell type {kind}")  # 'd': an ISO date, as strict OOXML writes it


def string_text(node: ElementTree.Element) -> str:
    """A string item's text: its plain ``t`` and each rich-text run's ``t``."""
    parts = [node.findtext(_T) or ""]
    parts += [r.findtext(_T) or "" for r in node if r.tag == _R]
    return "".join(parts)


_REF = re.compile(r"([A-Z]{1,3})([0-9]+)$")
_COMMENTS = "/comments"


def column_letter(column: int) -> str:
    """A column's letters: 1 → 'A', 28 → 'AB' (as openpyxl's ``get_column_letter``, without loading openpyxl)."""
    if not 1 <= column <= 18278:
        raise ValueError(f"Invalid column index {column}")
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _ref(text: str | None) -> tuple[int, int]:
    """'B12' → (12, 2); a cell without its reference is :class:`Unexpected` (openpyxl would count them)."""
    m = _REF.match(text or "")
    if m is None:
        raise Unexpected(f"cell reference {text!r}")
    column = 0
    for ch in m.group(1):
        column = column * 26 + ord(ch) - 64
    return int(m.group(2)), column


def _range(text: str) -> Iterator[tuple[int, int]]:
    """Every (row, column) of a range 'A1:C2', row by row (the top-left one first)."""
    first, _, last = text.partition(":")
    (r1, c1), (r2, c2) = _ref(first), _ref(last or first)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            yield r, c


class ValueCell(NamedTuple):
    """One cell: its value, row and column (1-based)."""

    value: object
    row: int
    column: int


class ValueSheet:
    """One worksheet's values by (row, column)."""

    def __init__(self, title: str, values: dict[tuple[int, int], object]) -> None:
        self.title = title
        self._values = values
        self.max_row = max((r for r, _ in values), default=1)
        self.max_column = max((c for _, c in values), default=1)

    def cell(self, row: int, column: int) -> ValueCell:
        """The cell at ``row``, ``column`` (value None where the sheet has none)."""
        return ValueCell(self._values.get((row, column)), row, column)

    def __getitem__(self, row: int) -> tuple[ValueCell, ...]:
        """The cells of one row, from column A to the sheet's last column."""
        return tuple(self.cell(row, c) for c in range(1, self.max_column + 1))

    def iter_rows(self, min_row: int = 1, max_row: int | None = None, min_col: int = 1, max_col: int | None = None,
                  values_only: bool = False) -> Iterator[tuple[object, ...]]:
        """The rows ``min_row``..``max_row`` (default: the last), each the cells (or, ``values_only``, their
        values) of the columns ``min_col``..``max_col`` (default: the last), as openpyxl's full mode gives them."""
        last_col = self.max_column if max_col is None else max_col
        for r in range(min_row, (self.max_row if max_row is None else max_row) + 1):
            if values_only:
                yield tuple(self._values.get((r, c)) for c in range(min_col, last_col + 1))
            else:
                yield tuple(self.cell(r, c) for c in range(min_col, last_col + 1))

    def grid(self) -> list[list[object]]:
        """Every row from 1 to the last one, each from column A to the sheet's last column."""
        rows: list[list[object]] = [[None] * self.max_column for _ in range(self.max_row)] if self._values else []
        for (r, c), v in self._values.items():
            rows[r - 1][c - 1] = v
        return rows


class ValueBook:
    """A workbook's worksheets, read for their values (see the module's docstring)."""

    def __init__(self, sheets: list[ValueSheet]) -> None:
        self.worksheets = sheets
        self.sheetnames = [s.title for s in sheets]
        self._by_name = {s.title: s for s in sheets}

    def __getitem__(self, name: str) -> ValueSheet:
        """The worksheet named ``name`` (KeyError when there is none)."""
        return self._by_name[name]

    def close(self) -> None:
        """Nothing to release (the file is closed once read); as openpyxl's workbooks have it."""


def _sheet_values(parts: XlsxParts, part: str, formulas: bool, merged: bool) -> dict[tuple[int, int], object]:
    values: dict[tuple[int, int], object] = {}
    merges: list[str] = []
    with parts.zf.open(parts.size_checked(part)) as fh:
        for _, node in ElementTree.iterparse(fh):
            tag = node.tag
            if tag == ROW:
                for c in node:
                    if c.tag == CELL:
                        if merged and int(c.get("s") or 0) >= parts.formats:
                            raise Unexpected("a cell format the workbook does not have")  # openpyxl: damaged
                        values[_ref(c.get("r"))] = parts.value(c, formulas)
                node.clear()
            elif tag == _MERGE_CELL:
                merges.append(node.get("ref", ""))
            elif tag == _HYPERLINKS:
                raise Unexpected("hyperlinks")  # openpyxl makes a cell for each link's target
    if merged:
        for ref in merges:
            cells = _range(ref)
            first = next(cells)
            values.setdefault(first, None)
            for rc in cells:
                values[rc] = None
    return values


def read_values(path: Path, *, formulas: bool = False, merged: bool = True) -> ValueBook:
    """The values of every worksheet of the workbook at ``path`` (see the module's docstring).

    Raises :class:`Unexpected` for a workbook this reader does not follow (then read it with openpyxl),
    ``ValueError`` for a part larger than :data:`MAX_PART_BYTES`, and what ``zipfile`` and the XML parser raise
    for a damaged file."""
    with zipfile.ZipFile(path) as zf:
        parts = XlsxParts(zf)
        if len(parts.sheets) != len(parts.names):
            raise Unexpected("chart sheets")
        sheets = []
        for name, part in parts.sheets:
            if any(kind.endswith(_COMMENTS) for kind, _ in parts.relationships(part).values()):
                raise Unexpected("comments")  # openpyxl makes a cell for each comment
            sheets.append(ValueSheet(name, _sheet_values(parts, part, formulas, merged)))
    return ValueBook(sheets)


def first_rows(source: Path | IO[bytes] | zipfile.ZipFile, max_rows: int) -> list[list[object]]:
    """The values of rows 1..``max_rows`` of the first worksheet, as openpyxl's read-only mode gives them with
    ``data_only`` (cached results for formulas): row by row, each from column A to its last cell, a row without
    cells empty; the sheet ends at its last row. Only the workbook, its relationships, shared strings, cell
    formats and that sheet's first rows are read (openpyxl's read-only mode stops at a declared size smaller
    than the sheet: this reads what is there). An open :class:`zipfile.ZipFile` is read as it is (and left
    open). Raises as :func:`read_values`."""
    if isinstance(source, zipfile.ZipFile):
        return _first_rows(source, max_rows)
    with zipfile.ZipFile(source) as zf:
        return _first_rows(zf, max_rows)


def _first_rows(zf: zipfile.ZipFile, max_rows: int) -> list[list[object]]:
    parts = XlsxParts(zf)
    if not parts.sheets:
        return []
    values: dict[tuple[int, int], object] = {}
    with closing(parts.stream(parts.sheets[0][1], ROW)) as stream:
        for node in stream:
            cells = [(_ref(c.get("r")), c) for c in node if c.tag == CELL]
            if cells and min(r for (r, _), _ in cells) > max_rows:
                break  # rows come in order (a later one out of order is past what is wanted)
            values.update({rc: parts.value(c) for rc, c in cells if rc[0] <= max_rows})
    rows: list[list[object]] = [[] for _ in range(max((r for r, _ in values), default=0))]
    for (r, c), v in sorted(values.items()):
        row = rows[r - 1]
        row.extend([None] * (c - len(row)))
        row[c - 1] = v
    return rows
