"""DOCX: paragraphs and tables in document order, cell by cell, read straight from ``word/document.xml``.

Only the document part is parsed (python-docx's ``Document()`` also opens styles, settings, theme,
numbering… which costs more than the text itself). The XML goes through the standard library's
parser (expat refuses entity expansion attacks); the part's uncompressed size is checked first.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from accredit.evidence.extract.base import Extraction, ExtractOptions, clean_text, short

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DOCUMENT_PART = "word/document.xml"
MAX_PART_BYTES = 256 * 1024 * 1024
"""Largest uncompressed document part read (a real one is a few MB; more is a zip bomb)."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _R, _T = (_W + n for n in ("p", "tbl", "tr", "tc", "r", "t"))
_RUN_TEXT = {_W + "tab": "\t", _W + "ptab": "\t", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_SKIP = {_W + "del", _W + "moveFrom", _W + "pPr", _W + "rPr", _W + "tblPr", _W + "tcPr", _W + "trPr", _W + "tblGrid"}


def is_ole(path: Path) -> bool:
    """True for an OLE container: a legacy .doc/.xls, or an Office file protected by a password."""
    with path.open("rb") as fh:
        return fh.read(8) == OLE_MAGIC


def _run_text(run: ElementTree.Element) -> Iterator[str]:
    for child in run:
        if child.tag == _T:
            yield child.text or ""
        elif child.tag in _RUN_TEXT:
            yield _RUN_TEXT[child.tag]


def _paragraph_text(p: ElementTree.Element) -> str:
    """The text of a paragraph's runs, including those inside hyperlinks, insertions and fields."""
    parts: list[str] = []
    stack = [iter(p)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == _R:
            parts.extend(_run_text(child))
        elif child.tag not in _SKIP and child.tag not in (_P, _TBL):
            stack.append(iter(child))
    return "".join(parts)


def _is_merge_continuation(tc: ElementTree.Element) -> bool:
    pr = tc.find(_W + "tcPr")
    merge = pr.find(_W + "vMerge") if pr is not None else None
    return merge is not None and merge.get(_W + "val", "continue") != "restart"


def _block_lines(element: ElementTree.Element) -> Iterator[str]:
    """Lines of a body, cell or content control: a paragraph per line, tables cell by cell."""
    for child in element:
        if child.tag == _P:
            yield _paragraph_text(child)
        elif child.tag == _TBL:
            for tr in child.findall(_TR):
                for tc in tr.findall(_TC):
                    if _is_merge_continuation(tc):  # a vertically merged cell repeats the one above
                        continue
                    yield from _block_lines(tc)
                    yield ""
        elif child.tag not in _SKIP:  # content controls (w:sdt/w:sdtContent), custom XML, insertions
            yield from _block_lines(child)


def _pages(zf: zipfile.ZipFile) -> int | None:
    """The page count Word saved in docProps/app.xml, when there is one."""
    try:
        xml = zf.read("docProps/app.xml").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        return None
    m = re.search(r"<Pages>(\d+)</Pages>", xml)
    return int(m.group(1)) if m else None


def read(path: Path, options: ExtractOptions) -> Extraction:
    """All paragraph and table text of a .docx file."""
    if is_ole(path):
        return Extraction.failed("office_encrypted")
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(DOCUMENT_PART)
            if info.file_size > MAX_PART_BYTES:
                return Extraction.failed("too_large", f"{DOCUMENT_PART}: {info.file_size} > {MAX_PART_BYTES}")
            root = ElementTree.fromstring(zf.read(info))
            pages = _pages(zf)
    except Exception as exc:  # BadZipFile, KeyError (no document part), ParseError, zlib errors…
        return Extraction.failed("office_corrupt", short(exc))
    body = root.find(_W + "body")
    lines = list(_block_lines(body)) if body is not None else []
    return Extraction(text=clean_text("\n".join(lines), options.max_chars), pages=pages)
