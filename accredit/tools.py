"""Find the optional programs the tool uses: Tesseract (OCR) and LibreOffice (legacy .doc/.xls).

One locator for both. A program is looked for, in order, where ``accredit.toml`` says (``[tools]``
``tesseract = "…"``, ``soffice = "…"``: the program or the folder holding it), on ``PATH``, and on
Windows in the folders their installers use (``C:\\Program Files\\Tesseract-OCR``,
``C:\\Program Files\\LibreOffice\\program``, the x86 and per-user ``%LOCALAPPDATA%\\Programs`` variants),
because neither installer adds itself to ``PATH``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from accredit.i18n import t


@dataclass(frozen=True)
class ToolSpec:
    """How to find one program: its names on PATH and its places below the Windows program folders."""

    key: str
    names: tuple[str, ...]
    windows: tuple[str, ...]


TOOLS: dict[str, ToolSpec] = {
    "tesseract": ToolSpec("tesseract", ("tesseract",), ("Tesseract-OCR/tesseract.exe",)),
    "soffice": ToolSpec(
        "soffice", ("soffice", "libreoffice"), ("LibreOffice/program/soffice.exe", "LibreOffice/program/soffice.com")
    ),
}
"""The programs, by the key used in ``[tools]`` of ``accredit.toml``."""

_WINDOWS_DEFAULTS = ("C:/Program Files", "C:/Program Files (x86)")


def windows_program_folders(environ: Mapping[str, str]) -> list[Path]:
    """The folders Windows installers put programs in: all-users (64- and 32-bit) and per-user."""
    folders = [environ.get(v) for v in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)")]
    local = environ.get("LOCALAPPDATA")
    if local:
        folders += [str(Path(local) / "Programs"), local]
    folders += list(_WINDOWS_DEFAULTS)
    out: list[Path] = []
    for f in folders:
        if f and Path(f) not in out:
            out.append(Path(f))
    return out


def _runnable(path: Path) -> bool:
    return path.is_file() and (os.name == "nt" or os.access(path, os.X_OK))


def locate(
    tool: str,
    configured: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    windows: bool | None = None,
) -> str | None:
    """The program ``tool`` ('tesseract' or 'soffice'), or None when it is not installed.

    ``configured`` is the ``[tools]`` setting (a program or its folder); it is tried first. ``environ``
    and ``windows`` default to this machine's (tests pass their own).
    """
    spec = TOOLS[tool]
    env = os.environ if environ is None else environ
    on_windows = os.name == "nt" if windows is None else windows
    if configured:
        place = Path(configured).expanduser()
        if place.is_dir():
            inside = [place / n for n in spec.names] + [place / f"{n}.exe" for n in spec.names]
            inside += [place / Path(rel).name for rel in spec.windows]
            found = next((p for p in inside if _runnable(p)), None)
            if found is not None:
                return str(found)
        elif _runnable(place):
            return str(place)
    for name in spec.names:
        found_on_path = shutil.which(name, path=env.get("PATH"))
        if found_on_path:
            return found_on_path
    if on_windows:
        for folder in windows_program_folders(env):
            for rel in spec.windows:
                candidate = folder / rel
                if _runnable(candidate):
                    return str(candidate)
    return None


@lru_cache(maxsize=16)
def find_tool(tool: str, configured: str | None = None) -> str | None:
    """:func:`locate` on this machine, remembered for the process (a scan asks once per file)."""
    return locate(tool, configured)


def missing_setting(tool: str, configured: str | None) -> bool:
    """True when ``[tools]`` names a program or folder that does not exist (worth a warning)."""
    if not configured:
        return False
    place = Path(configured).expanduser()
    return not place.exists() or locate(tool, configured, environ={"PATH": ""}, windows=False) is None


def setting_warnings(configured: Mapping[str, str | None]) -> list[str]:
    """One message per ``[tools]`` setting that points to no program (the tool then falls back to PATH)."""
    return [
        t("system.tool.missing", key=key, path=value, found=find_tool(key) or t("system.tool.none"))
        for key, value in configured.items()
        if key in TOOLS and missing_setting(key, value)
    ]
