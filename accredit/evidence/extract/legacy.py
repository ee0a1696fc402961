"""Legacy .doc / .xls: converted by LibreOffice (headless) from a private copy, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from accredit.evidence.extract import reader_of
from accredit.evidence.extract.base import Extraction, ExtractOptions, short
from accredit.model.evidence import ExtractStatus, FileKind
from accredit.tools import find_tool

TARGETS: dict[str, tuple[str, FileKind]] = {
    ".doc": ("docx", FileKind.DOCX),
    ".rtf": ("docx", FileKind.DOCX),
    ".xls": ("xlsx", FileKind.XLSX),
}


def soffice(configured: str | None = None) -> str | None:
    """The LibreOffice program, if installed (``configured``: the [tools] setting of accredit.toml)."""
    return find_tool("soffice", configured)


def read(path: Path, options: ExtractOptions) -> Extraction:
    """Convert a copy of the file to its Office Open XML form and read that.

    The copy keeps LibreOffice's lock files out of the evidence folder.
    """
    exe = soffice(options.soffice)
    if exe is None:
        return Extraction.failed("needs_libreoffice", path.suffix.lower(), ExtractStatus.UNSUPPORTED)
    target, reader = TARGETS[path.suffix.lower()]
    with tempfile.TemporaryDirectory(prefix="accredit-convert-") as tmp:
        work = Path(tmp)
        copy = work / f"input{path.suffix.lower()}"
        shutil.copyfile(path, copy)
        profile = (work / "profile").as_uri()
        try:
            done = subprocess.run(
                [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                 "--convert-to", target, "--outdir", str(work / "out"), str(copy)],
                capture_output=True,
                timeout=options.convert_timeout,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            return Extraction.failed("conversion_failed", short(exc))
        out = work / "out" / f"input.{target}"
        if done.returncode != 0 or not out.is_file():
            detail = done.stderr.decode("utf-8", "replace").strip()[:300] or f"exit {done.returncode}"
            return Extraction.failed("conversion_failed", detail)
        result = reader_of(reader)(out, options)
    result.notes.append("converted with LibreOffice")
    return result
