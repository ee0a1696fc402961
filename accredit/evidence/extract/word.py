"""DOCX through python-docx: paragraphs and tables in document order, cell by cell."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from accredit.evidence.extract.base import Extraction, ExtractOptions, clean_text, short

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_ole(path: Path) -> bool:
    """True for an OLE container: a legacy .doc/.xls, or an Office file protected by a password."""
    with path.open("rb") as fh:
        return fh.read(8) == OLE_MAGIC


def _table_lines(table: Table, parent: DocxDocument) -> Iterator[str]:
    seen: set[object] = set()  # holding the elements keeps lxml's proxies (and their identity) alive
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:  # merged cells repeat
                continue
            seen.add(cell._tc)
            yield from _block_lines(cell._tc, parent)
            yield ""


def _block_lines(element: object, parent: DocxDocument) -> Iterator[str]:
    for child in element.iterchildren():  # type: ignore[attr-defined]
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent).text
        elif child.tag == qn("w:tbl"):
            yield from _table_lines(Table(child, parent), parent)


def _pages(path: Path) -> int | None:
    """The page count Word saved in docProps/app.xml, when there is one."""
    try:
        with zipfile.ZipFile(path) as zf:
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
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for broken packages
        return Extraction.failed("office_corrupt", short(exc))
    lines = list(_block_lines(document.element.body, document))
    return Extraction(text=clean_text("\n".join(lines), options.max_chars), pages=_pages(path))
