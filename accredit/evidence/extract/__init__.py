"""Text extraction, one module per format behind one interface: ``read(path, options) -> Extraction``.

:func:`extract_file` picks the reader from the extension, applies the size limits and turns any
failure into an :class:`Extraction` with a problem code, so one bad file never stops a scan.
Readers only ever open files for reading.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from accredit.evidence.extract.base import Extraction, ExtractOptions, FormatReader, short
from accredit.model.evidence import ExtractStatus, FileKind
from accredit.zipguard import ZipBombError, check_zip

__all__ = [
    "EXTRACTOR_VERSION", "KINDS", "ExtractOptions", "Extraction", "FormatReader",
    "extract_file", "kind_of", "kind_of_name", "reader_of",
]

KINDS: dict[str, FileKind] = {
    ".pdf": FileKind.PDF,
    ".docx": FileKind.DOCX,
    ".docm": FileKind.DOCX,
    ".xlsx": FileKind.XLSX,
    ".xlsm": FileKind.XLSX,
    ".html": FileKind.HTML,
    ".htm": FileKind.HTML,
    ".txt": FileKind.TEXT,
    ".md": FileKind.TEXT,
    ".csv": FileKind.TEXT,
    ".doc": FileKind.DOC,
    ".rtf": FileKind.DOC,
    ".xls": FileKind.XLS,
    ".jpg": FileKind.IMAGE,
    ".jpeg": FileKind.IMAGE,
    ".png": FileKind.IMAGE,
    ".tif": FileKind.IMAGE,
    ".tiff": FileKind.IMAGE,
    ".bmp": FileKind.IMAGE,
    ".gif": FileKind.IMAGE,
    ".webp": FileKind.IMAGE,
}

READERS: dict[FileKind, tuple[str, str]] = {
    FileKind.PDF: ("pdf", "read"),
    FileKind.DOCX: ("word", "read"),
    FileKind.XLSX: ("sheet", "read"),
    FileKind.HTML: ("plain", "read_html"),
    FileKind.TEXT: ("plain", "read_text"),
    FileKind.DOC: ("legacy", "read"),
    FileKind.XLS: ("legacy", "read"),
    FileKind.IMAGE: ("image", "read"),
}
"""Each kind's reader as (module of this package, function): a module and the library behind it
(pypdfium2, openpyxl, Pillow…) are imported only when a file of that kind is read."""


def reader_of(kind: FileKind) -> FormatReader:
    """The reader function for a kind (importing its module on first use)."""
    module, name = READERS[kind]
    return getattr(import_module(f"{__name__}.{module}"), name)  # type: ignore[no-any-return]


def kind_of(path: Path | str) -> FileKind:
    """The format family of a file, from its extension."""
    return kind_of_name(Path(path).name)


def kind_of_name(name: str) -> FileKind:
    """The format family of a file named ``name`` (no folder), from its extension (``Path.suffix``'s rule)."""
    dot = name.rfind(".")
    return KINDS.get(name[dot:].lower(), FileKind.OTHER) if 0 < dot < len(name) - 1 else FileKind.OTHER


def extract_file(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """Read the text of one file; never raises for a bad file (the problem is in the result)."""
    options = options or ExtractOptions()
    kind = kind_of(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return Extraction.failed("unreadable", short(exc))
    if size == 0:
        return Extraction.failed("empty")
    if kind == FileKind.OTHER:
        return Extraction.failed("unsupported_format", path.suffix.lower() or None, ExtractStatus.UNSUPPORTED)
    if size > options.max_bytes:
        return Extraction.failed("too_large", f"{size} > {options.max_bytes}", ExtractStatus.SKIPPED)
    if kind in (FileKind.DOCX, FileKind.XLSX):
        try:
            check_zip(path)  # sizes declared by the zip, before a parser inflates anything
        except ZipBombError as exc:
            return Extraction.failed("zip_bomb", str(exc))
    try:
        result = reader_of(kind)(path, options)
        if result.status == ExtractStatus.OK and not result.text.strip():
            # a non-empty file that gave no text at all (NUL bytes, a sparse file, an empty document)
            return Extraction.failed("no_text", f"{size} B", ExtractStatus.ERROR)
        return result
    except PermissionError as exc:
        return Extraction.failed("unreadable", short(exc))
    except MemoryError:
        return Extraction.failed("too_large", "out of memory")
    except Exception as exc:  # a reader library failed in a way it does not document
        return Extraction.failed("read_failed", short(exc))

EXTRACTOR_VERSION = 1
"""Bump when readers change what they produce: a re-scan then reads every file again."""
