"""Adapter: render the chosen formats and write them into a folder, each file atomically.

Every format is rendered in memory first; only then are the files written, each through a
temporary file and a rename (:func:`accredit.workspace.write_atomic`). A failure while rendering
leaves the previous reports untouched; a re-run replaces them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from accredit.errors import AccreditError
from accredit.i18n import language, t
from accredit.i18n.message import Messages
from accredit.report.document import Document
from accredit.report.documents import documents, slug
from accredit.report.html import render_html
from accredit.report.json import render_json
from accredit.report.model import FORMATS, ReportInput
from accredit.workspace import write_atomic

if TYPE_CHECKING:  # the inspector's models (and the package's they hold): only the minutes use them
    from accredit.model.review import LogEntry, ReviewReport

REPORT_STEM = "bao-cao-tu-danh-gia"
"""File name stem of the reports: ``bao-cao-tu-danh-gia-<year>.<format>``."""


class ReportError(AccreditError):
    """The reports cannot be written as asked (unknown format, unusable folder)."""


def parse_formats(text: str | Iterable[str]) -> list[str]:
    """Formats from 'xlsx,html' (or a list), lower-cased, without duplicates, in :data:`FORMATS` order.

    'all' means every format. Raises :class:`ReportError` naming the unknown ones.
    """
    items = text.split(",") if isinstance(text, str) else list(text)
    wanted = {i.strip().lower().lstrip(".") for i in items if i.strip()}
    if "all" in wanted:
        wanted = (wanted - {"all"}) | set(FORMATS)
    unknown = sorted(wanted - set(FORMATS))
    if unknown:
        raise ReportError(t("report.error.format", formats=", ".join(unknown), known=", ".join(FORMATS)))
    if not wanted:
        raise ReportError(t("report.error.no_format", known=", ".join(FORMATS)))
    return [f for f in FORMATS if f in wanted]


def report_path(out_dir: Path, year: int, fmt: str) -> Path:
    """Where the report of ``year`` in ``fmt`` is written."""
    return out_dir / f"{REPORT_STEM}-{year}.{fmt}"


def link_base(out_dir: Path, evidence_dir: str | Path | None) -> str | None:
    """The evidence folder relative to ``out_dir``, POSIX style (None when unknown or on another drive)."""
    if evidence_dir is None:
        return None
    try:
        rel = os.path.relpath(Path(evidence_dir).resolve(), out_dir.resolve())
    except ValueError:  # another drive on Windows
        return None
    return Path(rel).as_posix()


DOCUMENT_STEMS = {
    "tu-danh-gia": "bao-cao-tu-danh-gia",
    "ket-qua": "bao-cao-ket-qua-tu-danh-gia",
    "chuan-co-so": "bao-cao-chuan-co-so-gdnn",
    "bien-ban": "bien-ban-tham-dinh",
}
"""File name stem of each Word document (one file per document and framework)."""


def document_name(doc: Document, year: int) -> str:
    """'bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx'; the TT 38 report has no framework suffix."""
    stem = f"{DOCUMENT_STEMS.get(doc.key, doc.key)}-{year}"
    if doc.framework and doc.key != "chuan-co-so":
        stem += f"-{slug(doc.framework)}"
    return f"{stem}.docx"


def render_documents(inp: ReportInput, notes: list[str] | None = None) -> list[tuple[str, bytes]]:
    """Every Word document of ``inp`` as (file name, bytes); remarks for the console go into ``notes``."""
    from accredit.report.docx import render_document  # python-docx: loaded by the process that renders

    out: list[tuple[str, bytes]] = []
    for doc in documents(inp):
        name = document_name(doc, inp.year)
        out.append((name, render_document(doc)))
        if notes is not None:
            for note in doc.notes:
                if note not in notes:
                    notes.append(note)
            if doc.empty_fields or doc.drafts:
                notes.append(t("docs.note.counts", file=name, empty=doc.empty_fields, drafts=doc.drafts))
    return out


Renderer = Callable[[ReportInput, Path, list[str] | None], list[tuple[str, bytes]]]
"""A report format: the files (name inside the output folder, bytes) it renders for a report written to a
folder; remarks for the console go into the notes list when one is given."""


def _xlsx(inp: ReportInput, out_dir: Path, notes: list[str] | None) -> list[tuple[str, bytes]]:
    from accredit.report.xlsx import render_xlsx  # openpyxl: loaded by the process that renders

    return [(report_path(out_dir, inp.year, "xlsx").name, render_xlsx(inp))]


def _html(inp: ReportInput, out_dir: Path, notes: list[str] | None) -> list[tuple[str, bytes]]:
    html = render_html(inp, link_base(out_dir, inp.evidence_dir)).encode("utf-8")
    return [(report_path(out_dir, inp.year, "html").name, html)]


def _docx(inp: ReportInput, out_dir: Path, notes: list[str] | None) -> list[tuple[str, bytes]]:
    return render_documents(inp, notes)


def _json(inp: ReportInput, out_dir: Path, notes: list[str] | None) -> list[tuple[str, bytes]]:
    return [(report_path(out_dir, inp.year, "json").name, render_json(inp).encode("utf-8"))]


RENDERERS: dict[str, Renderer] = {"xlsx": _xlsx, "html": _html, "docx": _docx, "json": _json}
"""Every report format by name (the names of :data:`accredit.report.model.FORMATS`): a new format is one
renderer function and one entry here."""


def renderer(fmt: str) -> Renderer:
    """The renderer of ``fmt``; raises :class:`ReportError` for a format no renderer has."""
    try:
        return RENDERERS[fmt]
    except KeyError:
        raise ReportError(t("report.error.format", formats=fmt, known=", ".join(FORMATS))) from None


def render(inp: ReportInput, fmt: str, out_dir: Path) -> bytes:
    """One single-file format rendered for a report written to ``out_dir`` (the Word documents:
    :func:`render_documents`)."""
    files = renderer(fmt)(inp, out_dir, None)
    if len(files) != 1:
        raise ReportError(t("report.error.format", formats=fmt, known=", ".join(f for f in FORMATS if f != "docx")))
    return files[0][1]


def write_reports(
    inp: ReportInput, out_dir: Path, formats: Iterable[str] = FORMATS, notes: list[str] | None = None
) -> list[Path]:
    """Write the reports in ``formats`` into ``out_dir``; returns the files written, in format order.

    'docx' writes one Word document per purpose and framework (:func:`render_documents`); their
    remarks (blanks to fill, drafted passages, forms not verified) are appended to ``notes``.
    """
    chosen = parse_formats(list(formats))
    out_dir = output_folder(out_dir)
    return write_rendered(out_dir, [render_format(f, inp, out_dir) for f in chosen], notes)


def output_folder(out_dir: Path) -> Path:
    """``out_dir`` as a path; raises :class:`ReportError` when it exists and is not a folder."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ReportError(t("report.error.not_a_folder", path=str(out_dir)))
    return out_dir


Rendered = tuple[list[tuple[str, bytes]], list[str]]
"""One format rendered: its files (name inside the output folder, bytes) and the remarks it made."""


def render_format(fmt: str, inp: ReportInput, out_dir: Path) -> Rendered:
    """One format's files and remarks, for a report written to ``out_dir``."""
    remarks: list[str] = []
    return renderer(fmt)(inp, out_dir, remarks), remarks


def write_rendered(out_dir: Path, rendered: Sequence[Rendered], notes: list[str] | None = None) -> list[Path]:
    """Write every rendered file into ``out_dir`` (each atomically), in order; each format's remarks not yet in
    ``notes`` are appended to it. Returns the files written."""
    written: list[Path] = []
    for _, remarks in rendered:
        if notes is not None:
            notes.extend(r for r in remarks if r not in notes)
    for files, _ in rendered:
        for name, data in files:
            path = out_dir / name
            try:
                write_atomic(path, data)
            except OSError as exc:
                raise ReportError(t("report.error.write", path=str(path), error=str(exc))) from exc
            written.append(path)
    return written


def write_minutes(
    report: ReviewReport,
    entries: Sequence[LogEntry],
    out_dir: Path,
    *,
    authority: str | None = None,
    on: date | None = None,
    notes: list[str] | None = None,
    messages: Messages | None = None,
) -> list[Path]:
    """Write the inspector's biên bản of every framework of ``report`` into ``out_dir`` (one file each).

    In the language of ``messages`` (default: the command line's).
    """
    from accredit.report.docx import render_document
    from accredit.report.minutes import minutes

    messages = messages or Messages(language())
    out_dir = Path(out_dir)
    year = report.verification.manifest.year
    payloads: list[tuple[Path, bytes]] = []
    for comp in report.comparisons:
        doc = minutes(messages, report, entries, comp.framework, authority=authority, on=on)
        payloads.append((out_dir / document_name(doc, year), render_document(doc)))
        if notes is not None:
            notes.extend(n for n in doc.notes if n not in notes)
            if doc.empty_fields:
                notes.append(t("docs.note.counts", file=payloads[-1][0].name, empty=doc.empty_fields, drafts=0))
    written: list[Path] = []
    for path, data in payloads:
        write_atomic(path, data)  # a file open in Excel/Word: OutputError, which says to close it
        written.append(path)
    return written
