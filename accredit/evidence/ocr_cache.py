"""Text read by OCR kept for the next scan, so the same scanned file is never read twice by this user.

OCR is by far the slowest step of a scan (seconds a page); a school scans the same folder again,
copies it, or runs the demo on a fresh copy. What the OCR engine read from a file is kept in the user
folder (``<user folder>/bo-nho-dem/ocr``), keyed by the SHA-256 of the file's bytes (the hash the
scan computed anyway), the extractor's version and every option the text depends on (engine,
language, resolution, page and character limits); the entry also records the engine's version and
is a miss under another one. Only complete readings are kept (a failed OCR is tried again next time).
Each entry is authenticated with the HMAC of the user folder's caches
(:func:`accredit.user_folder.read_entry`): an entry that does not authenticate or parse is a miss.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from accredit.evidence.extract import EXTRACTOR_VERSION, Extraction, ExtractOptions, ocr
from accredit.model.evidence import ExtractStatus
from accredit.user_folder import CACHE_DIR, read_entry, user_dir, write_entry

CACHE_FORMAT = "1"
FOLDER = (CACHE_DIR, "ocr")


def _folder() -> Path:
    return user_dir().joinpath(*FOLDER)


def _key(content_hash: str, options: ExtractOptions) -> str:
    parts = [CACHE_FORMAT, str(EXTRACTOR_VERSION), content_hash, options.ocr_engine, options.ocr_lang,
             str(options.ocr_dpi), str(options.max_ocr_pages), str(options.max_chars), str(options.min_chars_per_page)]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def cached_ocr(content_hash: str, options: ExtractOptions) -> Extraction | None:
    """What OCR read from the content ``content_hash`` with these options and this engine version, if kept."""
    if not options.ocr:
        return None
    value = read_entry(_folder(), _key(content_hash, options))
    if value is None:
        return None
    try:
        data = json.loads(value)
        if data["engine_version"] != ocr.engine_for(options).version() or not data["engine_version"]:
            return None
        return Extraction(status=ExtractStatus(data["status"]), text=str(data["text"]), pages=data["pages"],
                          problem=data["problem"], detail=data["detail"], ocr=True, notes=list(data["notes"]))
    except (ValueError, KeyError, TypeError):
        return None


def keep_ocr(content_hash: str, options: ExtractOptions, extraction: Extraction) -> None:
    """Keep what OCR read (best effort); anything but a complete OCR reading is not kept."""
    if not (options.ocr and extraction.ocr and extraction.status == ExtractStatus.OK):
        return
    engine_version = ocr.engine_for(options).version()
    if not engine_version:
        return
    value = json.dumps({
        "engine_version": engine_version, "status": extraction.status.value, "text": extraction.text,
        "pages": extraction.pages, "problem": extraction.problem, "detail": extraction.detail,
        "notes": extraction.notes,
    }, ensure_ascii=False)
    write_entry(_folder(), _key(content_hash, options), value.encode("utf-8"))
