"""One guard for every zip the tool opens (DOCX, XLSX, packages): sizes are checked before parsing.

A 1 MB DOCX can inflate to gigabytes (a "zip bomb"); the parsers (python-docx, openpyxl, pandas)
would try to hold it all in memory. :func:`zip_problem` checks what a zip's central directory
declares (member count, each member's uncompressed size, the total, the compression ratio)
before a single member is inflated; :func:`check_zip` refuses a file that fails it, and
:func:`load_workbook` is openpyxl's, behind the guard. The packages' reader
(:mod:`accredit.review.archive`) applies the same checks with its own limits.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accredit.errors import AccreditError
from accredit.i18n import t

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"


@dataclass(frozen=True)
class ZipLimits:
    """How big a zip may be once inflated. The defaults fit any real Office document."""

    max_members: int = 20_000
    max_member_size: int = 256 * 1024 * 1024
    max_total_size: int = 1024 * 1024 * 1024
    max_ratio: int = 200
    ratio_min_size: int = 1024 * 1024
    """Members smaller than this are not held to ``max_ratio`` (small XML compresses very well)."""


DOCUMENT_LIMITS = ZipLimits()


@dataclass(frozen=True)
class ZipProblem:
    """Why a zip is refused: a reason code (``too_many``, ``member_too_large``, ``too_large``, ``ratio``)."""

    reason: str
    name: str | None = None
    params: dict[str, Any] = field(default_factory=dict)


class ZipBombError(AccreditError):
    """A DOCX/XLSX/zip that would inflate beyond the limits; the message names the file and the member."""

    def __init__(self, path: Path, problem: ZipProblem) -> None:
        self.path = path
        self.problem = problem
        super().__init__(t(f"safety.zip.{problem.reason}", file=path.name, name=problem.name or "", **problem.params))


def mb(size: int) -> str:
    """A size for people: '512 MB' or '1,024 B'."""
    return f"{size / 1_048_576:,.0f} MB" if size >= 1_048_576 else f"{size:,} B"


def declared_entries(path: Path) -> int | None:
    """Entries declared by the end-of-central-directory record (read before the directory is parsed)."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        tail = min(size, 65535 + 22)
        fh.seek(size - tail)
        data = fh.read(tail)
        pos = data.rfind(_EOCD)
        if pos < 0 or pos + 22 > len(data):
            return None
        count = struct.unpack("<H", data[pos + 10 : pos + 12])[0]
        if count != 0xFFFF:
            return count
        loc = pos - 20
        if loc < 0 or data[loc : loc + 4] != _ZIP64_LOCATOR:
            return None
        offset = struct.unpack("<Q", data[loc + 8 : loc + 16])[0]
        if offset + 56 > size:
            return None
        fh.seek(offset)
        record = fh.read(56)
        if record[:4] != _ZIP64_EOCD:
            return None
        return int(struct.unpack("<Q", record[32:40])[0])


def zip_problem(infos: Iterable[zipfile.ZipInfo], limits: ZipLimits = DOCUMENT_LIMITS) -> ZipProblem | None:
    """The first size problem of the members a central directory declares, or None."""
    total = count = 0
    for info in infos:
        count += 1
        if count > limits.max_members:
            return ZipProblem("too_many", params={"count": count, "limit": limits.max_members})
        if info.is_dir():
            continue
        if info.file_size > limits.max_member_size:
            return ZipProblem("member_too_large", info.filename, {"limit": mb(limits.max_member_size)})
        total += info.file_size
        if total > limits.max_total_size:
            return ZipProblem("too_large", info.filename, {"limit": mb(limits.max_total_size)})
        compressed = max(info.compress_size, 1)
        if info.file_size >= limits.ratio_min_size and info.file_size > limits.max_ratio * compressed:
            ratio = info.file_size // compressed
            return ZipProblem("ratio", info.filename, {"ratio": ratio, "limit": limits.max_ratio})
    return None


def check_zip(path: Path, limits: ZipLimits = DOCUMENT_LIMITS) -> None:
    """Refuse (:class:`ZipBombError`) a zip whose declared sizes pass the limits; a file that is not a zip passes.

    Whatever is not a zip (a damaged file, an old binary format) is left to the parser, which
    reports it in its own words.
    """
    try:
        declared = declared_entries(path)
        if declared is not None and declared > limits.max_members:
            raise ZipBombError(path, ZipProblem("too_many", params={"count": declared, "limit": limits.max_members}))
        with zipfile.ZipFile(path) as zf:
            problem = zip_problem(zf.infolist(), limits)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return
    if problem is not None:
        raise ZipBombError(path, problem)


def load_workbook(path: Path, **options: Any) -> Workbook:
    """:func:`openpyxl.load_workbook` after :func:`check_zip`: a workbook that would inflate too far is refused."""
    from openpyxl import load_workbook as _load

    check_zip(Path(path))
    return _load(str(path), **options)


def load_values(path: Path, *, data_only: bool = True) -> Any:
    """A workbook opened only to read its values, as :func:`load_workbook` gives them (full mode: merged cells but
    the top-left one empty): :func:`accredit.xlsx_xml.read_values`, a tenth of openpyxl's time; a layout that
    reader does not follow, or a file it cannot read, goes to :func:`load_workbook` (and its errors, as before).
    ``data_only``: formulas' cached results, not their text. After :func:`check_zip`: a workbook that would
    inflate too far is refused."""
    from accredit.xlsx_xml import read_values

    check_zip(Path(path))
    try:
        return read_values(Path(path), formulas=not data_only)
    except Exception:  # openpyxl reads it, or says in its own words why it cannot
        return load_workbook(path, data_only=data_only)
