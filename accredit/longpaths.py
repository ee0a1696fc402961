"""Windows' 260-character path limit, for files that will be unzipped (a package, ``review --extract``).

Windows without the long-path setting cannot open a file whose full path passes 260 characters, and
Explorer's "Extract all" fails on it. A package is unzipped into a folder we do not know yet: room is
kept for a typical one (``C:\\Users\\<tên>\\Downloads\\ho-so-nop_2026_<mã>\\``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from accredit.i18n import t

MAX_PATH = 260
"""Windows' MAX_PATH, the terminating character excluded (259 usable) — counted as 260 to be plain."""
UNZIP_RESERVE = 80
"""Characters kept for the unknown folder a package is unzipped into."""


def too_long(names: Iterable[str], folder: str | Path | None = None, *, reserve: int = UNZIP_RESERVE) -> list[str]:
    """Member names whose path once unzipped would pass :data:`MAX_PATH`, longest first.

    With ``folder`` (where they will be written) the real full path is measured; without it, ``reserve``
    characters are kept for the folder.
    """
    base = len(str(Path(folder).resolve())) + 1 if folder is not None else reserve
    long = [n for n in names if base + len(n) > MAX_PATH]
    return sorted(long, key=lambda n: (-len(n), n))


def long_path_warning(names: Iterable[str], folder: str | Path | None = None) -> str | None:
    """The warning for :func:`too_long` names, or None when every path fits."""
    long = too_long(names, folder)
    if not long:
        return None
    base = len(str(Path(folder).resolve())) + 1 if folder is not None else UNZIP_RESERVE
    return t("system.long_paths", count=len(long), longest=base + len(long[0]), example=long[0], limit=MAX_PATH)
