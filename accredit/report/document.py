"""A document as plain data: what an administrative document says, before it becomes a Word file.

The builders (:mod:`accredit.report.documents`, :mod:`accredit.report.minutes`) compose a
:class:`Document` from the scorecards, ratings, evidence and review log; :mod:`accredit.report.docx`
lays it out in the form of Nghị định 30/2020/NĐ-CP (Phụ lục I: thể thức văn bản hành chính). Pure:
no files, no clock, no python-docx here, so the content can be tested without rendering.

User text enters through :func:`text`, which passes it through
:func:`accredit.safe_text.clean_text` (no XML control characters, NFC).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from accredit.i18n.message import Messages
from accredit.report.view import plain_ids
from accredit.safe_text import clean_text

Align = Literal["left", "center", "right", "justify"]


def text(msgs: Messages, value: object) -> str:
    """Text safe for a Word document (control characters removed, NFC, no internal ids); '' for None."""
    if value is None:
        return ""
    return unicodedata.normalize("NFC", plain_ids(msgs, clean_text(str(value)), {}))


@dataclass(frozen=True)
class Run:
    """A stretch of text with one look.

    ``draft`` marks text the tool drafted (to be read, edited or approved by a person);
    ``empty`` marks a blank a person must fill in: both are highlighted in the document.
    """

    text: str
    bold: bool = False
    italic: bool = False
    draft: bool = False
    empty: bool = False


@dataclass(frozen=True)
class Para:
    """A paragraph: body text, a heading of the form (``level`` 1–4), or a note."""

    runs: tuple[Run, ...]
    level: int = 0
    align: Align = "justify"
    indent: bool = True
    keep_with_next: bool = False
    size: float | None = None

    @property
    def plain(self) -> str:
        """The paragraph's text."""
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Cell:
    """A table cell: one or more lines, each a list of runs."""

    lines: tuple[tuple[Run, ...], ...]
    align: Align = "left"

    @property
    def plain(self) -> str:
        """The cell's text, lines joined by newlines."""
        return "\n".join("".join(r.text for r in line) for line in self.lines)


@dataclass(frozen=True)
class Row:
    """A table row; a ``group`` row spans every column (a heading inside the table)."""

    cells: tuple[Cell, ...]
    group: bool = False
    bold: bool = False


@dataclass(frozen=True)
class Table:
    """A table with a repeated header row and column widths in cm."""

    headers: tuple[str, ...]
    widths: tuple[float, ...]
    rows: tuple[Row, ...]
    numbers: tuple[str, ...] = ()
    """Optional second header row of column numbers ('(1)', '(2)'…), as the forms print them."""


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""


@dataclass(frozen=True)
class Contents:
    """The Mục lục: a TOC field over the heading levels, updated when the document is opened."""

    title: str
    levels: int = 3


Block = Para | Table | PageBreak | Contents


@dataclass(frozen=True)
class Signer:
    """One signature column: the title (e.g. 'HIỆU TRƯỞNG'), the instruction, and the name (blank when unknown)."""

    title: str
    hint: str
    name: str | None = None
    above: str | None = None
    """A line above the title, e.g. 'TM. HỘI ĐỒNG' or 'ĐẠI DIỆN ĐOÀN THẨM ĐỊNH'."""


@dataclass(frozen=True)
class Heading:
    """The thể thức heading: cơ quan chủ quản, issuer, số/ký hiệu, place and date, the type and trích yếu."""

    superior: str | None
    issuer: str
    number: str | None
    place: str | None
    date: tuple[int | None, int | None, int]
    """Day, month, year of signing; day and month None leave a blank to fill in by hand."""
    kind: str
    """Tên loại văn bản: 'BÁO CÁO', 'BIÊN BẢN'."""
    subject: str
    """Trích yếu nội dung."""
    addressee: str | None = None
    """'Kính gửi: …' (a report sent to an agency)."""


@dataclass
class Document:
    """One signable document."""

    key: str
    """Which document: 'tu-danh-gia', 'chuan-co-so', 'ket-qua', 'bien-ban'."""
    heading: Heading
    blocks: list[Block] = field(default_factory=list)
    signers: list[Signer] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    framework: str | None = None
    """The one framework the document is about (None: a document about the whole assessment)."""
    footer: str = ""
    notes: list[str] = field(default_factory=list)
    """Remarks about the tool and the input, for the console (never printed on the paper)."""
    messages: Messages = field(default_factory=Messages)
    """The language the document is written in (its builder renders every text with the same)."""

    # --- building -------------------------------------------------------------------------------

    def heading1(self, value: str) -> None:
        """A part heading as the form writes it ('PHẦN I. …'): bold capitals, centred."""
        self.blocks.append(Para((Run(text(self.messages, value), bold=True),), level=1, align="center", indent=False,
                                keep_with_next=True))

    def heading2(self, value: str) -> None:
        """A section heading ('1. …'): bold."""
        self.blocks.append(Para((Run(text(self.messages, value), bold=True),), level=2, align="left", indent=True,
                                keep_with_next=True))

    def heading3(self, value: str) -> None:
        """A sub-section heading ('Tiêu chí 1: …'): bold."""
        self.blocks.append(Para((Run(text(self.messages, value), bold=True),), level=3, align="justify", indent=True,
                                keep_with_next=True))

    def heading4(self, value: str) -> None:
        """A heading under a criterion ('Tiêu chuẩn 1.1: …'): bold italic."""
        self.blocks.append(Para((Run(text(self.messages, value), bold=True, italic=True),), level=4, align="justify",
                                indent=True, keep_with_next=True))

    def para(self, *runs: Run | str, align: Align = "justify", indent: bool = True, keep: bool = False,
             size: float | None = None) -> None:
        """A body paragraph of runs (plain strings become plain runs)."""
        items = tuple(r if isinstance(r, Run) else Run(text(self.messages, r)) for r in runs)
        self.blocks.append(Para(items, align=align, indent=indent, keep_with_next=keep, size=size))

    def add(self, block: Block) -> None:
        """Append any block."""
        self.blocks.append(block)

    # --- counting -------------------------------------------------------------------------------

    def _runs(self) -> list[Run]:
        out: list[Run] = []
        for b in self.blocks:
            if isinstance(b, Para):
                out.extend(b.runs)
            elif isinstance(b, Table):
                for row in b.rows:
                    for c in row.cells:
                        for line in c.lines:
                            out.extend(line)
        return out

    @property
    def empty_fields(self) -> int:
        """Blanks a person must fill in (highlighted in the document)."""
        n = sum(1 for r in self._runs() if r.empty)
        h = self.heading
        n += sum(1 for v in (h.number, h.place) if not v)
        n += sum(1 for s in self.signers if not s.name)
        return n

    @property
    def drafts(self) -> int:
        """Paragraphs of text the tool drafted (to be checked by a person)."""
        return sum(1 for r in self._runs() if r.draft)

    def plain_text(self) -> str:
        """Every paragraph and cell as plain text (for tests and search)."""
        lines: list[str] = []
        for b in self.blocks:
            if isinstance(b, Para):
                lines.append(b.plain)
            elif isinstance(b, Table):
                lines.append(" | ".join(b.headers))
                lines.extend(" | ".join(c.plain for c in row.cells) for row in b.rows)
        return "\n".join(lines)


def cell(msgs: Messages, *lines: str | Run | tuple[Run, ...], align: Align = "left") -> Cell:
    """A cell from lines: a string (plain text), a run, or a tuple of runs."""
    out: list[tuple[Run, ...]] = []
    for line in lines:
        if isinstance(line, str):
            out.append((Run(text(msgs, line)),))
        elif isinstance(line, Run):
            out.append((line,))
        else:
            out.append(tuple(line))
    return Cell(tuple(out) or ((Run(""),),), align=align)


def row(msgs: Messages, *values: str | Cell, bold: bool = False) -> Row:
    """A row of plain-text cells (or ready cells)."""
    cells = tuple(v if isinstance(v, Cell) else cell(msgs, *(str(v).split("\n") if v else [""])) for v in values)
    if bold:
        cells = tuple(Cell(tuple(tuple(Run(r.text, bold=True, italic=r.italic, draft=r.draft, empty=r.empty)
                                        for r in line) for line in c.lines), c.align) for c in cells)
    return Row(cells, bold=bold)


def group(msgs: Messages, value: str) -> Row:
    """A row spanning every column."""
    return Row((cell(msgs, Run(text(msgs, value), bold=True)),), group=True)
