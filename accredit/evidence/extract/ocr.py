"""OCR with the Tesseract command-line program, used only when it and the language are installed.

The program is found by :func:`accredit.tools.find_tool` (setting, PATH, Windows install folders).
"""

from __future__ import annotations

import io
import os
import subprocess
from functools import lru_cache
from typing import TYPE_CHECKING

from accredit.tools import find_tool

if TYPE_CHECKING:
    from PIL.Image import Image

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
