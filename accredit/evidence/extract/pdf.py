"""PDF: the text layer through pypdfium2; scanned pages go to OCR when it is installed."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from accredit.evidence.extract import ocr
from accredit.evidence.extract.base import Extraction, ExtractOptions, clean_text, short
from accredit.model.evidence import ExtractStatus


def _open(path: Path) -> pdfium.PdfDocument | Extraction:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        return _load_error(path, exc)


def _load_error(path: Path, exc: Exception) -> Extraction:
    """Why PDFium could not open a file. Its error code is unreliable for some files (a page-less
    PDF may be reported as 'password' or even 'success'), so pypdf is asked for a second opinion
    (imported here: most scans never open a PDF PDFium cannot)."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            return Extraction.failed("pdf_encrypted", short(exc))
        if len(reader.pages) == 0:
            return Extraction.failed("pdf_no_pages")
    except Exception:  # pypdf cannot read it either
        pass
    if "password" in str(exc).lower():
        return Extraction.failed("pdf_encrypted", short(exc))
    return Extraction.failed("pdf_corrupt", short(exc))


def read(path: Path, options: ExtractOptions) -> Extraction:
    """Text of every page (up to the character limit), the page count, and whether OCR is needed."""
    doc = _open(path)
    if isinstance(doc, Extraction):
        return doc
    try:
        pages = len(doc)
        if pages == 0:
            return Extraction.failed("pdf_no_pages")
        parts: list[str] = []
        total = 0
        for i in range(pages):
            page = doc[i]
            try:
                textpage = page.get_textpage()
                try:
                    chunk = textpage.get_text_range()
                finally:
                    textpage.close()
            finally:
                page.close()
            parts.append(chunk)
            total += len(chunk)
            if total >= options.max_chars:
                break
        text = clean_text("\n\n".join(parts), options.max_chars)
        visible = sum(1 for c in text if not c.isspace())
        if visible >= options.min_chars_per_page * min(pages, len(parts)):
            return Extraction(text=text, pages=pages)
        return _scanned(doc, pages, text, options)
    finally:
        doc.close()


def _scanned(doc: pdfium.PdfDocument, pages: int, text: str, options: ExtractOptions) -> Extraction:
    """A PDF without a usable text layer: OCR the first pages, or say OCR is needed."""
    engine = ocr.engine_for(options)
    if not (options.ocr and engine.available(options.ocr_lang)):
        return Extraction(status=ExtractStatus.NEEDS_OCR, text=text, pages=pages, problem="needs_ocr")
    parts: list[str] = []
    todo = min(pages, options.max_ocr_pages)
    try:
        for i in range(todo):
            page = doc[i]
            try:
                bitmap = page.render(scale=options.ocr_dpi / 72)
                parts.append(engine.image_text(bitmap.to_pil(), options.ocr_lang))
            finally:
                page.close()
    except (RuntimeError, OSError) as exc:
        return Extraction(
            status=ExtractStatus.NEEDS_OCR, text=text, pages=pages, problem="ocr_failed", detail=short(exc)
        )
    result = Extraction(text=clean_text("\n\n".join(parts), options.max_chars), pages=pages, ocr=True)
    if todo < pages:
        result.problem = "ocr_partial"
        result.detail = f"{todo}/{pages}"
    return result
