"""Where a programme's things live: its evidence folder, its data and output folders, and which criteria sets
and folder scopes the school's evidence scan must know because of the programmes.

A file in a programme's folder (``minh-chung/Chương trình/<mã> - <tên>/``) is that programme's evidence; a file
anywhere else that is linked to a programme criteria set (``Chung/``, a school folder) is shared: it serves
every programme assessed against that set, and may serve the school too.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from accredit.model.framework import ObjectType
from accredit.programmes.model import Level, Programme

PROGRAMMES_FOLDER = "Chương trình"  # under the evidence folder
DATA_FOLDER = "chuong-trinh"  # under the data and output folders
_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')

OBJECT_OF_LEVEL = {
    Level.CAO_DANG: ObjectType.CTDT_CAO_DANG,
    Level.TRUNG_CAP: ObjectType.CTDT_TRUNG_CAP,
    Level.SO_CAP: ObjectType.CTDT_SO_CAP,
}
"""The object a programme is assessed as (it sets the windows: 3 years for cao đẳng, 2 for trung cấp)."""


def evidence_folder(p: Programme) -> str:
    """The programme's evidence folder, relative to the evidence folder: 'Chương trình/6520227 - Điện công nghiệp'."""
    name = _BAD.sub(" ", unicodedata.normalize("NFC", p.name)).strip(" .")
    return f"{PROGRAMMES_FOLDER}/{p.code} - {name}"[:180].rstrip(" .-") if name else f"{PROGRAMMES_FOLDER}/{p.code}"


def data_folder(p: Programme) -> str:
    """The programme's sub-folder of the data and output folders: 'chuong-trinh/6520227'."""
    return f"{DATA_FOLDER}/{p.code}"


def programme_sets(programmes: list[Programme], school_sets: list[str]) -> list[str]:
    """The programme criteria sets the school's frameworks do not already name (each once, in list order)."""
    out: list[str] = []
    for p in programmes:
        if p.criteria and p.criteria not in school_sets and p.criteria not in out:
            out.append(p.criteria)
    return out


SHARED_FOLDER = f"{PROGRAMMES_FOLDER}/Chung"
"""Evidence shared by the programmes: scoped to their set when they all use one (else codes there need a prefix)."""


def programme_scopes(programmes: list[Programme]) -> list[tuple[str, str]]:
    """(folder, criteria set) of each assessed programme (codes in its folder link to its set), and of the shared
    programme folder when every assessed programme uses the same set."""
    out = [(evidence_folder(p), p.criteria) for p in programmes if p.criteria]
    sets = {s for _, s in out}
    if len(sets) == 1:
        out.append((SHARED_FOLDER, sets.pop()))
    return out


def _under(path: str, folder: str) -> bool:
    parts, top = PurePosixPath(path).parts, PurePosixPath(folder).parts
    fold = [unicodedata.normalize("NFC", x).casefold() for x in parts[: len(top)]]
    return fold == [unicodedata.normalize("NFC", x).casefold() for x in top]


def owner_of(path: str, programmes: list[Programme]) -> str | None:
    """The code of the programme whose folder holds ``path`` (None: shared evidence)."""
    for p in programmes:
        if _under(path, evidence_folder(p)):
            return p.code
    return None
