"""The one small interface every format reader implements, and the outcome it returns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from accredit.evidence.text import nfc
from accredit.model.evidence import ExtractStatus

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class ExtractOptions:
    """Limits and switches for extraction (picklable: it travels to worker processes)."""

    ocr: bool = True
    ocr_lang: str = "vie"
    max_ocr_pages: int = 10
    ocr_dpi: int = 200
    max_chars: int = 500_000
    max_bytes: int = 300 * 1024 * 1024
    min_chars_per_page: int = 15
    convert_timeout: int = 120
    tesseract: str | None = None  # [tools] tesseract of accredit.toml: the program or its folder
    soffice: str | None = None  # [tools] soffice: LibreOffice's program or its folder
    ocr_engine: str = "tesseract"  # the OCR engine (accredit.evidence.extract.ocr.ENGINES)


@dataclass
class Extraction:
    """What reading one file gave: status, text, pages, and the problem when there is one."""

    status: ExtractStatus = ExtractStatus.OK
    text: str = ""
    pages: int | None = None
    problem: str | None = None
    detail: str | None = None
    ocr: bool = False
    notes: list[str] = field(default_factory=list)

    @classmethod
    def failed(cls, problem: str, detail: str | None = None, status: ExtractStatus = ExtractStatus.ERROR) -> Extraction:
        """An extraction that produced no text, with its reason."""
        return cls(status=status, problem=problem, detail=detail)


class FormatReader(Protocol):
    """A reader for one format family: ``read(path, options) -> Extraction``. It never writes the file."""

    def __call__(self, path: Path, options: ExtractOptions) -> Extraction: ...


def clean_text(text: str, limit: int) -> str:
    """NFC, Unix newlines, no control characters, no trailing spaces, at most ``limit`` characters."""
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub(" ", text)
    lines = [line.rstrip() for line in text.split("\n")]
    out = "\n".join(lines).strip("\n")
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out[:limit]


def short(exc: BaseException) -> str:
    """A one-line technical description of an exception."""
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {msg}"[:300] if msg else type(exc).__name__
