"""Evidence: scanned files as records, and links saying which file supports which requirement.

The records are built by :mod:`accredit.evidence` (scan, identify, map); scoring only needs
:class:`EvidenceLink`. Everything here is plain data: no I/O.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Literal

from pydantic import Field

from accredit.model.base import Model, Value
from accredit.model.framework import Code, FrameworkId


class LinkOrigin(StrEnum):
    """Where a link came from. An explicit code or a manual link always beats a suggestion."""

    CODE = "code"
    MANUAL = "manual"
    SUGGESTED = "suggested"


class EvidenceLink(Value):
    """One evidence file supporting one requirement of one framework."""

    evidence_id: str = Field(description="Content hash of the file ('sha256:…'): stable across renames.")
    path: str = Field(description="Path relative to the workspace's evidence folder, POSIX separators.")
    framework: FrameworkId
    requirement: Code
    origin: LinkOrigin
    score: float | None = Field(default=None, description="Ranking score for suggested links.")
    confirmed: bool = Field(default=True, description="Suggested links count only once confirmed.")
    evidence_code: str | None = Field(default=None, description="Mã minh chứng, e.g. 'H1.01.01.01'.")
    title: str | None = None
    issued: date | None = Field(default=None, description="The document's issue date, when read.")
    file_problem: str | None = Field(
        default=None,
        description="Why the file could not be read (scan problem code, e.g. 'empty', 'needs_ocr', "
        "'pdf_encrypted'); None when it was read. A link to such a file never supports a requirement.",
    )
    passage: str | None = Field(default=None, description="For a suggestion: the sentence or two that matched best.")
    matched: list[str] = Field(default_factory=list, description="The words of the passage that matched the standard.")

    @property
    def counts(self) -> bool:
        """Whether the link is accepted (code, manual or confirmed), whatever the file's state."""
        return self.origin != LinkOrigin.SUGGESTED or self.confirmed

    @property
    def readable(self) -> bool:
        """Whether the scan could read the file (a damaged, empty, encrypted or unOCR'd file cannot)."""
        return self.file_problem is None

    @property
    def supports(self) -> bool:
        """Whether the link supports the requirement for scoring: accepted, and the file was read."""
        return self.counts and self.readable


# --- scanned files ---------------------------------------------------------------------------


class FileKind(StrEnum):
    """The format family of an evidence file, from its extension."""

    PDF = "pdf"
    DOCX = "docx"
    XLSX = "xlsx"
    HTML = "html"
    TEXT = "text"
    DOC = "doc"
    XLS = "xls"
    IMAGE = "image"
    OTHER = "other"


class ExtractStatus(StrEnum):
    """What text extraction achieved for one file."""

    OK = "ok"
    NEEDS_OCR = "needs_ocr"
    UNSUPPORTED = "unsupported"
    SKIPPED = "skipped"
    ERROR = "error"


class DocumentMeta(Value):
    """What the administrative header of a Vietnamese document says (thể thức văn bản)."""

    doc_type: str | None = Field(default=None, description="e.g. 'Quyết định', 'Kế hoạch'.")
    number: str | None = Field(default=None, description="Số, ký hiệu, e.g. '125/QĐ-CĐN'.")
    issued: date | None = None
    year: int | None = Field(default=None, description="Year of issue, also when the day is left blank.")
    place: str | None = Field(default=None, description="Địa danh, e.g. 'Lạng Sơn'.")
    issuer: str | None = Field(default=None, description="Cơ quan ban hành.")
    superior: str | None = Field(default=None, description="Cơ quan chủ quản (line above the issuer).")
    title: str | None = Field(default=None, description="Trích yếu nội dung.")

    @property
    def empty(self) -> bool:
        """True when nothing was recognised."""
        return not any(getattr(self, f) for f in type(self).model_fields)


class EvidenceCode(Value):
    """A mã minh chứng found in a file or folder name."""

    text: str = Field(description="The code as written, brackets removed, e.g. 'H1.01.01.01'.")
    requirement: str = Field(description="The requirement code it points to, e.g. '1.1'.")
    item: str | None = Field(default=None, description="The evidence's number within the requirement.")
    source: Literal["file", "folder"] = "file"
    regulation: str | None = Field(
        default=None, description="Regulation named by an explicit prefix, e.g. '38' in 'TT38-5.1' ('38/2026')."
    )
    scheme: Literal["hop"] | None = Field(
        default=None, description="'hop': the hộp minh chứng scheme [Hn.ab.cd.ef] of the accreditation frameworks."
    )


class EvidenceRecord(Value):
    """One scanned file: identity, extraction outcome, header metadata and codes."""

    evidence_id: str = Field(description="'sha256:…' of the content; links follow it across renames.")
    path: str = Field(description="Path relative to the evidence folder, POSIX separators.")
    size: int = Field(ge=0)
    modified: datetime
    kind: FileKind
    status: ExtractStatus
    problem: str | None = Field(default=None, description="Problem code, e.g. 'pdf_encrypted', 'needs_ocr'.")
    detail: str | None = Field(default=None, description="Technical detail of the problem.")
    pages: int | None = None
    chars: int = 0
    ocr: bool = Field(default=False, description="Text came from OCR.")
    meta: DocumentMeta = Field(default_factory=DocumentMeta)
    codes: list[EvidenceCode] = Field(default_factory=list)
    title: str = Field(description="Tên minh chứng: user's title, else the trích yếu, else the file name.")
    note: str | None = Field(default=None, description="Ghi chú entered in the register.")
    duplicates: list[str] = Field(default_factory=list, description="Other paths with the same content.")


class ScanIssue(Value):
    """A file the scan could not read fully (the scan goes on)."""

    path: str
    status: ExtractStatus
    problem: str
    detail: str | None = None


class Rename(Value):
    """A file found under a new path with the same content."""

    old: str
    new: str


class ScanReport(Value):
    """What a scan found and did."""

    root: str
    files: int = Field(description="Files in the evidence folder now.")
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    renamed: list[Rename] = Field(default_factory=list)
    deleted: list[str] = Field(default_factory=list)
    extracted: int = Field(default=0, description="Files whose text was read in this scan.")
    reused: int = Field(default=0, description="Files whose content was already known (copies, renames).")
    ignored: int = Field(default=0, description="System and temporary files skipped (~$…, Thumbs.db…).")
    pages: int = 0
    bytes: int = 0
    by_kind: dict[str, int] = Field(default_factory=dict)
    by_status: dict[str, int] = Field(default_factory=dict)
    issues: list[ScanIssue] = Field(default_factory=list)
    code_links: int = Field(default=0, description="Links from codes in names, after this scan.")
    suggestions: int = Field(default=0, description="Suggested links, after this scan.")
    code_flags: list[EvidenceFlag] = Field(
        default_factory=list, description="Codes in names linked to no framework: ambiguous or unknown."
    )


# --- links and checks ------------------------------------------------------------------------


class FlagKind(StrEnum):
    """Things a QA officer should look at."""

    OUTSIDE_WINDOW = "outside_window"
    AFTER_ASSESSMENT = "after_assessment"
    DUPLICATE = "duplicate"
    NO_EVIDENCE = "no_evidence"
    UNKNOWN_CODE = "unknown_code"
    AMBIGUOUS_CODE = "ambiguous_code"  # a code that fits several frameworks: linked to none until resolved
    UNREADABLE = "unreadable"  # a counting link to a file the scan could not read: it supports nothing


class EvidenceFlag(Value):
    """One warning about the evidence of a requirement or a file."""

    kind: FlagKind
    framework: FrameworkId | None = None
    requirement: Code | None = None
    evidence_id: str | None = None
    paths: list[str] = Field(default_factory=list)
    issued: date | None = None
    window: tuple[int, int] | None = Field(default=None, description="First and last year the window accepts.")
    suggestions: int = Field(default=0, description="Unconfirmed suggestions waiting (no_evidence).")
    detail: str | None = None


class LinkReport(Value):
    """The outcome of link / unlink / confirm."""

    added: int = 0
    removed: int = 0
    confirmed: int = 0
    unchanged: int = 0
    links: list[EvidenceLink] = Field(default_factory=list, description="The links touched.")
    skipped: list[EvidenceLink] = Field(
        default_factory=list, description="Links left alone because their file cannot be read (confirm)."
    )
    dry_run: bool = Field(default=False, description="Nothing was written: the links are what would change.")


class EvidenceDetail(Value):
    """Everything known about one file: record, links (incl. suggestions), flags."""

    record: EvidenceRecord
    links: list[EvidenceLink] = Field(default_factory=list)
    flags: list[EvidenceFlag] = Field(default_factory=list)


class EvidenceSnapshot(Value):
    """The evidence index read once: the scanned files, every link of a file present (suggestions included)
    and the code notices (codes in names that link to no framework). A front end that keeps it (the web desk)
    hands it back to :func:`accredit.service.read_inputs` and :func:`accredit.service.evidence_flags`
    instead of reading the index again."""

    records: list[EvidenceRecord] = Field(default_factory=list)
    links: list[EvidenceLink] = Field(default_factory=list)
    notices: list[EvidenceFlag] = Field(default_factory=list)


class CheckReport(Value):
    """Flags over the whole workspace."""

    year: int
    flags: list[EvidenceFlag] = Field(default_factory=list)

    def count(self, kind: FlagKind) -> int:
        """Number of flags of ``kind``."""
        return sum(1 for f in self.flags if f.kind == kind)


# --- register ----------------------------------------------------------------------------------


class RegisterReport(Value):
    """A written danh mục minh chứng."""

    path: str
    frameworks: list[FrameworkId]
    rows: int = Field(description="Evidence rows written (one per link).")
    requirements: int
    without_evidence: int


class CellError(Value):
    """A problem in an imported register, located by sheet, row and column."""

    sheet: str
    row: int
    column: str = Field(description="Column letter and header, e.g. 'B (Tiêu chuẩn)'.")
    value: str | None = None
    message: str


class ImportReport(Model):
    """What importing an edited register changed (nothing when there are errors)."""

    path: str
    applied: bool = False
    added: int = 0
    removed: int = 0
    confirmed: int = 0
    titles: int = 0
    notes: int = 0
    codes: int = 0
    deleted: int = Field(default=0, description="Links unlinked because their row was deleted from the register.")
    unchanged: int = 0
    errors: list[CellError] = Field(default_factory=list)


ScanReport.model_rebuild()  # it names EvidenceFlag, defined after it


class BoxReport(Value):
    """The outcome of exporting a hộp minh chứng folder tree."""

    path: str
    files: int = Field(description="Copies written (one per counted link).")
    list_path: str = Field(description="The danh mục workbook of the box.")
    copies: list[dict[str, str]] = Field(default_factory=list, description="Code, source and copy of each file.")
