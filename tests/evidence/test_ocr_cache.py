"""The OCR cache: a scanned file read once by OCR is not read again by this user, under the same engine."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL.Image import Image

from accredit.evidence.extract import ExtractOptions, ocr
from accredit.evidence.index import EvidenceIndex
from accredit.evidence.ocr_cache import FOLDER, cached_ocr
from accredit.evidence.scan import ScanOptions, scan_folder, sha256_file
from accredit.model.evidence import ExtractStatus
from tests.evidence.conftest import make_image_pdf


@dataclass
class CountingEngine:
    """An OCR engine that reads a fixed text and counts the images it was given."""

    engine_version: str = "dem 1.0"
    calls: list[str] = field(default_factory=list)
    name: str = "dem"

    def available(self, lang: str) -> bool:
        return True

    def image_text(self, image: Image, lang: str) -> str:
        self.calls.append(lang)
        return f"BIÊN BẢN HỌP (lần {len(self.calls)})"

    def version(self) -> str:
        return self.engine_version


@pytest.fixture
def engine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CountingEngine:
    fake = CountingEngine()
    monkeypatch.setitem(ocr.ENGINES, "dem", lambda options: fake)
    monkeypatch.setenv("ACCREDIT_HOME", str(tmp_path / "home"))  # a user folder of its own: the cache starts empty
    return fake


OPTIONS = ScanOptions(workers=1, extract=ExtractOptions(ocr=True, ocr_engine="dem"))


def scan_copy(source: Path, copy: Path) -> str:
    """Scan a fresh copy of ``source`` with a new index; the text the index holds for the scanned file."""
    shutil.copytree(source, copy)
    with EvidenceIndex.open(copy.parent / f"{copy.name}.sqlite") as index:
        scan_folder(copy, index, OPTIONS)
        [(h, row)] = index.contents().items()
        assert row.status == ExtractStatus.OK and row.ocr
        return index.text(h)


def test_a_fresh_copy_is_not_read_again(engine: CountingEngine, tmp_path: Path) -> None:
    make_image_pdf(tmp_path / "src" / "bien-ban.pdf", ["BIÊN BẢN HỌP"])
    first = scan_copy(tmp_path / "src", tmp_path / "copy1")
    assert engine.calls == ["vie"] and "lần 1" in first
    second = scan_copy(tmp_path / "src", tmp_path / "copy2")
    assert engine.calls == ["vie"] and second == first  # served from the cache, the same text


def test_another_engine_version_or_a_tampered_entry_reads_again(engine: CountingEngine, tmp_path: Path) -> None:
    make_image_pdf(tmp_path / "src" / "bien-ban.pdf", ["BIÊN BẢN HỌP"])
    scan_copy(tmp_path / "src", tmp_path / "copy1")
    engine.engine_version = "dem 2.0"  # the engine was upgraded: what it reads may differ
    assert "lần 2" in scan_copy(tmp_path / "src", tmp_path / "copy2")
    [entry] = (tmp_path / "home").joinpath(*FOLDER).iterdir()
    entry.write_bytes(entry.read_bytes().replace("lần 2".encode(), "lần 9".encode()))  # not written by this user
    h = sha256_file(tmp_path / "src" / "bien-ban.pdf")
    assert cached_ocr(h, OPTIONS.extract) is None
    assert "lần 3" in scan_copy(tmp_path / "src", tmp_path / "copy3")


def test_other_options_or_no_ocr_are_not_served(engine: CountingEngine, tmp_path: Path) -> None:
    make_image_pdf(tmp_path / "src" / "bien-ban.pdf", ["BIÊN BẢN HỌP"])
    scan_copy(tmp_path / "src", tmp_path / "copy1")
    h = sha256_file(tmp_path / "src" / "bien-ban.pdf")
    assert cached_ocr(h, OPTIONS.extract) is not None
    assert cached_ocr(h, ExtractOptions(ocr=True, ocr_engine="dem", ocr_lang="vie+eng")) is None
    assert cached_ocr(h, ExtractOptions(ocr=False, ocr_engine="dem")) is None


# --- the engine's version, needed for every cached entry, is not asked of the program on every scan ---------

COUNTING_TESSERACT = """#!/bin/sh
echo run >> "$(dirname "$0")/runs.txt"
echo "tesseract {version}"
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in program is a POSIX shell script")
def test_the_version_is_asked_once_per_program_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ACCREDIT_HOME", str(tmp_path / "home"))
    program = tmp_path / "bin" / "tesseract"
    program.parent.mkdir()
    program.write_text(COUNTING_TESSERACT.format(version="5.3.0"), encoding="utf-8")
    program.chmod(0o755)
    runs = tmp_path / "bin" / "runs.txt"

    def asked() -> str:  # as a new process asks: nothing remembered but the user folder
        ocr._version_of.cache_clear()
        return ocr.version(str(program))

    assert asked() == "tesseract 5.3.0" and runs.read_text().count("run") == 1
    assert asked() == "tesseract 5.3.0" and runs.read_text().count("run") == 1  # from the user folder
    program.unlink()  # upgraded: a new program file
    program.write_text(COUNTING_TESSERACT.format(version="5.4.1"), encoding="utf-8")
    program.chmod(0o755)
    assert asked() == "tesseract 5.4.1" and runs.read_text().count("run") == 2
    assert len(list((tmp_path / "home").joinpath(*ocr.VERSIONS).iterdir())) == 2  # one line per program file
    monkeypatch.setenv("ACCREDIT_HOME", str(tmp_path / "other-home"))  # another user: asks the program itself
    assert asked() == "tesseract 5.4.1" and runs.read_text().count("run") == 3
