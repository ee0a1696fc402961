"""Reading a circular's own text from .docx, .pdf (with a text layer), .txt or .md.

Each reader returns plain text, one paragraph per line and a blank line between paragraphs
where the source shows them, normalised to Unicode NFC. Errors name the file and say what to
do (a scanned PDF needs OCR, an old .doc must be saved as .docx, a text file must be UTF-8).
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.zipguard import check_zip

if TYPE_CHECKING:
    from docx.table import Table
    from pypdfium2 import PdfPage

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
SUPPORTED_SUFFIXES = (".docx", ".pdf", *TEXT_SUFFIXES)

# A PDF page with fewer visible characters than this on average has no usable text layer.
MIN_CHARS_PER_PAGE = 20

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


class SourceTextError(AccreditError):
    """A file that holds a circular could not be read as text."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = str(path)
        super().__init__(message)


def normalise_text(text: str) -> str:
    """NFC, Unix line ends, no invisible characters, runs of spaces collapsed, lines stripped."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def read_text(path: Path) -> str:
    """The text of a circular stored as .docx, .pdf, .txt or .md, normalised (see :func:`normalise_text`)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise SourceTextError(path, t("importer.error.not_found", path=path))
    if suffix == ".doc":
        raise SourceTextError(path, t("importer.error.doc", path=path))
    if suffix not in SUPPORTED_SUFFIXES:
        raise SourceTextError(path, t("importer.error.unsupported", path=path, suffix=suffix or "(none)"))
    if suffix == ".docx":
        text = _read_docx(path)
    elif suffix == ".pdf":
        text = _read_pdf(path)
    else:
        text = _read_plain(path)
    text = normalise_text(text)
    if not text.strip():
        raise SourceTextError(path, t("importer.error.empty", path=path))
    return text


# --- plain text ------------------------------------------------------------------------------
def _read_plain(path: Path) -> str:
    data = _read_bytes(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceTextError(path, t("importer.error.encoding", path=path)) from exc


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceTextError(path, t("importer.error.read", path=path, detail=exc.strerror or exc)) from exc


# --- Word ------------------------------------------------------------------------------------
def _read_docx(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    check_zip(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise SourceTextError(path, t("importer.error.docx", path=path, detail=exc)) from exc
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            blocks.extend(_table_rows(block))
        else:
            blocks.append(block.text)
    # One paragraph per block, a blank line between blocks: Word paragraphs are real paragraphs.
    return "\n\n".join(b.replace("\t", " ") for b in blocks if b.strip())


def _table_rows(table: Table) -> Iterator[str]:
    """Each table row as one line, cells separated by ' | ' (merged cells counted once)."""
    for row in table.rows:
        seen: set[int] = set()
        cells: list[str] = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        if any(cells):
            yield " | ".join(cells)


# --- PDF -------------------------------------------------------------------------------------
def _read_pdf(path: Path) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise SourceTextError(path, t("importer.error.pdf", path=path, detail=exc)) from exc
    try:
        pages = [_pdf_page_text(pdf[i]) for i in range(len(pdf))]
    finally:
        pdf.close()
    visible = sum(len(re.sub(r"\s", "", p)) for p in pages)
    if not pages or visible < MIN_CHARS_PER_PAGE * len(pages):
        raise SourceTextError(path, t("importer.error.scanned", path=path, pages=len(pages)))
    return "\n".join(pages)


def _pdf_page_text(page: PdfPage) -> str:
    """A page's text with a blank line wherever the layout shows a new paragraph.

    A new paragraph is a line whose distance from the previous line is clearly larger than the
    page's usual line pitch, or whose first character is indented by more than about one
    character height from the left margin (Vietnamese circulars indent the first line).
    """
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        lines = re.split(r"\r\n|\n|\r", text)
        # Character index of each line's first visible character (PDFium counts \r\n as two).
        boxes: list[tuple[float, float, float] | None] = []
        index = 0
        for line in lines:
            offset = len(line) - len(line.lstrip())
            if line.strip() and not _PAGE_NUMBER.match(line.strip()):
                left, bottom, _right, top = textpage.get_charbox(index + offset, loose=True)
                boxes.append((left, bottom, top - bottom))
            else:
                boxes.append(None)
            index += len(line) + 2
    finally:
        textpage.close()
    placed = [b for b in boxes if b is not None]
    if not placed:
        return ""
    margin = min(b[0] for b in placed)
    # The usual line pitch inside a paragraph: a low percentile of the distances between lines
    # (a page of short paragraphs has more paragraph gaps than wrapped lines, so not the median).
    height = statistics.median(b[2] for b in placed)
    pitches = sorted(
        prev[1] - cur[1]
        for prev, cur in itertools.pairwise(placed)
        if prev[1] - cur[1] >= 0.6 * height
    )
    pitch = pitches[len(pitches) // 5] if pitches else 0.0
    out: list[str] = []
    previous: tuple[float, float, float] | None = None
    for line, box in zip(lines, boxes, strict=True):
        if box is None:
            continue
        indented = box[0] - margin > max(box[2], 1.0)
        if previous is None:
            if indented:
                out.append("")  # the page starts a new (indented) paragraph
        else:
            gap = previous[1] - box[1]
            if gap <= 0 or (pitch and gap > 1.35 * pitch) or indented:
                out.append("")
        out.append(line)
        previous = box
    return "\n".join(out)
