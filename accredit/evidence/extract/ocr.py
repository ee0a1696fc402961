"""OCR behind one small interface, :class:`OcrEngine`; Tesseract is the engine shipped today.

The readers (PDF, images) and the scan never name an engine: they ask :func:`engine_for` for the one
the extraction options choose (``ExtractOptions.ocr_engine``), so a second engine is one class and one
line in :data:`ENGINES`. Tesseract is used only when the program and the language are installed; the
program is found by :func:`accredit.tools.find_tool` (setting, PATH, Windows install folders).
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from accredit.tools import find_tool
from accredit.user_folder import CACHE_DIR, read_entry, user_dir, write_entry

if TYPE_CHECKING:
    from PIL.Image import Image

    from accredit.evidence.extract.base import ExtractOptions

OCR_TIMEOUT = 180


@lru_cache(maxsize=8)
def available(lang: str = "vie", configured: str | None = None) -> bool:
    """Whether Tesseract is installed (``configured``: the [tools] setting) with the language ``lang`` (e.g. 'vie')."""
    exe = find_tool("tesseract", configured)
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    langs = {line.strip() for line in (out.stdout + out.stderr).splitlines()}
    return all(part in langs for part in lang.split("+"))


def version(configured: str | None = None) -> str:
    """Tesseract's version line (``tesseract 5.3.4``), '' when it cannot be run: part of an OCR cache key."""
    exe = find_tool("tesseract", configured)
    return _version_of(exe) if exe else ""


VERSIONS = (CACHE_DIR, "chuong-trinh")
"""Where the user folder keeps the version line of each program run before (:func:`_version_of`)."""


@lru_cache(maxsize=8)
def _version_of(exe: str) -> str:
    """The first line ``exe --version`` prints, cached per process and, in the user folder, per program file.

    A scan whose scans' text is all in the OCR cache needs only the version (the cache's entries are kept
    under it): running the program for it on every scan would cost a process start each time. The line is
    kept under the program's real path, size, modification and change times and file number, so a program
    installed again or upgraded (a new file) is asked again."""
    key = _program_key(exe)
    folder = user_dir().joinpath(*VERSIONS)
    if key is not None:
        kept = read_entry(folder, key)
        if kept is not None:
            return kept.decode("utf-8", "replace")
    line = _run_version(exe)
    if line and key is not None:
        write_entry(folder, key, line.encode("utf-8"))
    return line


def _program_key(exe: str) -> str | None:
    """The cache key of the program file ``exe`` as it is now (None when it cannot be looked at)."""
    try:
        real = os.path.realpath(exe)
        st = os.stat(real)
    except (OSError, ValueError):
        return None
    parts = (real, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
    return hashlib.sha256("|".join(map(str, parts)).encode("utf-8", "surrogateescape")).hexdigest()


def _run_version(exe: str) -> str:
    """The first line ``exe --version`` prints ('' when it cannot be run)."""
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    lines = (out.stdout or out.stderr).strip().splitlines()
    return lines[0].strip() if lines else ""


def image_text(image: Image, lang: str = "vie", configured: str | None = None) -> str:
    """Text Tesseract reads on one image (page segmentation: automatic)."""
    exe = find_tool("tesseract", configured)
    if not exe:
        raise RuntimeError("tesseract is not installed")
    buf = io.BytesIO()
    image.convert("L").save(buf, format="PNG")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    done = subprocess.run(
        [exe, "stdin", "stdout", "-l", lang, "--psm", "3"],
        input=buf.getvalue(),
        capture_output=True,
        timeout=OCR_TIMEOUT,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode("utf-8", "replace").strip()[:300] or "tesseract failed")
    return done.stdout.decode("utf-8", "replace")


class OcrEngine(Protocol):
    """An OCR engine: whether it can read a language here, and the text it reads on one image."""

    @property
    def name(self) -> str:
        """The engine's name, as :data:`ENGINES` knows it."""
        ...

    def available(self, lang: str) -> bool:
        """Whether the engine is installed with the language ``lang`` (e.g. 'vie', 'vie+eng')."""
        ...

    def image_text(self, image: Image, lang: str) -> str:
        """The text read on ``image``; raises when the engine fails (the reader records the problem)."""
        ...

    def version(self) -> str:
        """The engine's version ('' when unknown): text it read is kept in the OCR cache under it."""
        ...


@dataclass(frozen=True)
class TesseractEngine:
    """The Tesseract command-line program (``configured``: the [tools] tesseract setting)."""

    configured: str | None = None
    name: str = "tesseract"

    def available(self, lang: str) -> bool:
        """Whether Tesseract and the language are installed (cached per process)."""
        return available(lang, self.configured)

    def image_text(self, image: Image, lang: str) -> str:
        """Text Tesseract reads on one image."""
        return image_text(image, lang, self.configured)

    def version(self) -> str:
        """Tesseract's version line (cached per process)."""
        return version(self.configured)


ENGINES: dict[str, Callable[[ExtractOptions], OcrEngine]] = {
    "tesseract": lambda options: TesseractEngine(options.tesseract),
}
"""Every OCR engine by name, built from the extraction options (add a second engine here)."""


def engine_for(options: ExtractOptions) -> OcrEngine:
    """The one place choosing the OCR engine: the one ``options.ocr_engine`` names (Tesseract by default)."""
    try:
        make = ENGINES[options.ocr_engine]
    except KeyError:
        raise ValueError(f"unknown OCR engine {options.ocr_engine!r}; known: {', '.join(ENGINES)}") from None
    return make(options)
