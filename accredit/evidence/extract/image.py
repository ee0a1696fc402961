"""Images (photographed or scanned pages): OCR when Tesseract is installed, else 'needs OCR'."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageSequence, UnidentifiedImageError

from accredit.evidence.extract import ocr
from accredit.evidence.extract.base import Extraction, ExtractOptions, clean_text, short
from accredit.model.evidence import ExtractStatus


def read(path: Path, options: ExtractOptions) -> Extraction:
    """Frame count (pages of a multi-page TIFF) and, with OCR, the text of the first frames."""
    try:
        with Image.open(path) as img:
            pages = getattr(img, "n_frames", 1)
            img.load()  # decodes the first frame: a truncated or broken file fails here
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        return Extraction.failed("image_corrupt", short(exc))
    engine = ocr.engine_for(options)
    if not (options.ocr and engine.available(options.ocr_lang)):
        return Extraction(status=ExtractStatus.NEEDS_OCR, pages=pages, problem="needs_ocr")
    parts: list[str] = []
    try:
        with Image.open(path) as img:
            for i, frame in enumerate(ImageSequence.Iterator(img)):
                if i >= options.max_ocr_pages:
                    break
                parts.append(engine.image_text(frame.copy(), options.ocr_lang))
    except (RuntimeError, OSError, ValueError) as exc:
        return Extraction(status=ExtractStatus.NEEDS_OCR, pages=pages, problem="ocr_failed", detail=short(exc))
    return Extraction(text=clean_text("\n\n".join(parts), options.max_chars), pages=pages, ocr=True)
