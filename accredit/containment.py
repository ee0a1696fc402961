"""Files stay inside their folder: one check for links, ``..`` and Windows junctions.

A school's evidence folder may hold a symbolic link (or a junction on Windows) to a file
elsewhere, for instance ``/etc/shadow``; a register row may name ``../../secret``. Nothing the
tool reads, indexes or packages may come from outside the folder it belongs to, so every such
path goes through :func:`inside` (a yes/no) or :func:`contained` (the path, or an error).
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

from accredit.errors import AccreditError
from accredit.i18n import t


class OutsideFolderError(AccreditError):
    """A path leads outside the folder it must stay in."""


def _real(path: Path) -> Path:
    """``path`` with every link, junction and ``..`` resolved (as far as the path exists)."""
    return Path(os.path.realpath(path))


def inside(path: Path, root: Path) -> bool:
    """True when ``path``, once links, junctions and ``..`` are resolved, is ``root`` itself or below it."""
    try:
        real, base = _real(path), _real(root)
    except (OSError, ValueError, RuntimeError):
        return False
    return real == base or real.is_relative_to(base)


def contained(root: Path, rel: str | PurePath) -> Path:
    """``root / rel`` when it stays inside ``root``; raises :class:`OutsideFolderError` otherwise.

    An absolute ``rel``, a ``..`` that climbs out, and a link or junction (of the file or of any
    folder on the way) that points outside are all refused.
    """
    path = root / rel
    if Path(rel).is_absolute() or not inside(path, root):
        raise OutsideFolderError(t("safety.outside_folder", path=str(rel), folder=str(root)))
    return path
