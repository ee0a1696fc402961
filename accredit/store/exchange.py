"""Workbooks as the exchange format: a workbook's cells against the store's, cell by cell.

A workbook is "in step" with the store after an export or an import; the store then keeps the
workbook's bytes (hash, size, time) and, per cell, the version and value the workbook holds (its
*base*). On the next import each cell is one of:

- unchanged: the workbook holds what the store holds;
- untouched: the workbook still holds its base value while the store moved on (the newer store value
  stays; the next export shows it);
- a change: the person changed the cell and the store did not change it since the base;
- a conflict: both changed it. Conflicts are refused (nothing is applied) unless ``overwrite``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from accredit.i18n.message import Msg
from accredit.model.base import Value

Kind = Literal["ratings", "data"]


class CellChange(Value):
    """One cell an import changes: where it is, what it is about, the store's value and the workbook's."""

    sheet: str | None = None
    cell: str | None = Field(default=None, description="Excel reference, e.g. 'F5'.")
    requirement: str = Field(description="The requirement (ratings) or the requirements using the value (data).")
    field: str = Field(description="The column: 'Trạng thái', 'Năm 2025', 'Điểm mạnh'… or the data input name.")
    year: int | None = Field(default=None, description="The window year (ratings) or the data year.")
    item: str | None = Field(default=None, description="Programme, group or course key (data tables).")
    old: str | None = None
    new: str | None = None


class CellConflict(CellChange):
    """A cell changed in the workbook *and* in the store after the workbook was exported.

    ``old`` is what the workbook held when it was exported, ``new`` what it holds now, ``current`` the
    store's newer value, changed by ``changed_by`` from ``changed_via`` at ``changed_at``.
    """

    current: str | None = None
    changed_by: str | None = None
    changed_at: datetime | None = None
    changed_via: str | None = None
    version: int = 0


class WorkbookImport(Value):
    """What importing one workbook did (or would do): the changes and the conflicts, cell by cell."""

    kind: Kind
    framework: str
    year: int
    path: str
    changes: list[CellChange] = Field(default_factory=list)
    conflicts: list[CellConflict] = Field(default_factory=list)
    untouched: int = Field(default=0, description="Cells the workbook left as exported while the store moved on.")
    applied: bool = False
    dry_run: bool = False
    overwrite: bool = False
    notes: list[Msg] = Field(default_factory=list)


class WorkbookExport(Value):
    """One workbook written from the store's current state."""

    kind: Kind
    framework: str
    year: int
    path: str
    cells: int = Field(description="Cells with a value written from the store.")
    created: bool = False


@dataclass(frozen=True)
class BookCell:
    """A cell as the workbook holds it: the value as the store keeps it, where it is, what it is about."""

    value: str | None
    sheet: str | None
    cell: str | None
    requirement: str
    field: str
    year: int | None = None
    item: str | None = None


@dataclass(frozen=True)
class StoreCell:
    """A cell as the store holds it."""

    value: str | None
    version: int
    by: str | None = None
    at: datetime | None = None
    via: str | None = None


@dataclass(frozen=True)
class Diff:
    """The comparison of a workbook with the store."""

    changes: list[tuple[str, CellChange]]
    conflicts: list[tuple[str, CellConflict]]
    untouched: list[str]


def import_result(
    kind: Kind, framework: str, year: int, path: Path, diff: Diff, *, applied: bool, dry_run: bool, overwrite: bool
) -> WorkbookImport:
    """The result of an import (or of its dry run) from the comparison; a refusal says why in its note."""
    from accredit.i18n.message import msg

    blocked = bool(diff.conflicts) and not overwrite and not dry_run
    return WorkbookImport(
        kind=kind, framework=framework, year=year, path=str(path), changes=[c for _, c in diff.changes],
        conflicts=[c for _, c in diff.conflicts], untouched=len(diff.untouched), applied=applied, dry_run=dry_run,
        overwrite=overwrite, notes=[msg("store.import.blocked", count=len(diff.conflicts))] if blocked else [],
    )


def key_text(parts: Iterable[Any]) -> str:
    """A cell key as text (JSON of its parts)."""
    return json.dumps(list(parts), ensure_ascii=False)


def compare(
    book: dict[str, BookCell],
    store: dict[str, StoreCell],
    base: dict[str, list[Any]] | None,
    shown: Callable[[str, str | None], str | None],
    describe: Callable[[str], BookCell],
) -> Diff:
    """Compare every cell of the workbook and the store (see the module docstring).

    ``base`` is key → [version, value] of the last export/import (None: never in step, so a store value
    the workbook contradicts is a conflict). ``shown`` turns a stored value into what the workbook
    shows; ``describe`` places a cell the workbook does not hold.
    """
    base = base or {}
    changes: list[tuple[str, CellChange]] = []
    conflicts: list[tuple[str, CellConflict]] = []
    untouched: list[str] = []
    pos = {k: i for i, k in enumerate(book)}
    for key in sorted(set(book) | set(store), key=lambda k: (pos.get(k, len(pos)), k)):
        b = book.get(key) or describe(key)
        s = store.get(key) or StoreCell(None, 0)
        new, cur = b.value, s.value
        if new == cur:
            continue
        bver, bval = base.get(key, [0, None])
        if new == bval:
            untouched.append(key)
            continue
        where: dict[str, Any] = {"sheet": b.sheet, "cell": b.cell, "requirement": b.requirement, "field": b.field,
                                 "year": b.year, "item": b.item}
        if s.version == bver:
            changes.append((key, CellChange(**where, old=shown(key, cur), new=shown(key, new))))
        else:
            conflicts.append((key, CellConflict(
                **where, old=shown(key, bval), new=shown(key, new), current=shown(key, cur), changed_by=s.by,
                changed_at=s.at, changed_via=s.via, version=s.version,
            )))
    return Diff(changes, conflicts, untouched)


def new_base(
    store: dict[str, StoreCell], old: dict[str, list[Any]] | None, untouched: Iterable[str]
) -> dict[str, list[Any]]:
    """The base after an import or export: the store's cells, except those the workbook left as they were."""
    base: dict[str, list[Any]] = {k: [c.version, c.value] for k, c in store.items() if c.version}
    for key in untouched:
        if old and key in old:
            base[key] = old[key]
    return base


@dataclass(frozen=True)
class FileState:
    """A workbook file's identity: size, modification time, content hash."""

    size: int
    mtime_ns: int
    sha256: str


def file_state(path: Path) -> FileState:
    """The size, time and hash of ``path`` (a file that cannot be read: :class:`StoreError` naming it)."""
    with _reading(path):
        st = path.stat()
        return FileState(st.st_size, st.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())


def unchanged_since(path: Path, state: dict[str, Any] | None) -> bool:
    """True when ``path`` is still the file last exported or imported: the same bytes.

    The time is not trusted: a share or a USB drive keeps it to two seconds, and some tools keep it across a
    save, so an edit of the same size within that time would be missed; a workbook is small, hashing it is cheap."""
    if state is None or not path.is_file():
        return False
    with _reading(path):
        if path.stat().st_size != state["size"]:
            return False
        return hashlib.sha256(path.read_bytes()).hexdigest() == state["sha256"]


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name the same file (relative or absolute, another spelling of the folder)."""
    try:
        return a.resolve() == b.resolve() or (a.is_file() and b.is_file() and a.samefile(b))
    except OSError:
        return False


def check_rewritable(path: Path, command: str) -> None:
    """Before an export rewrites ``path``: a file there that is no workbook at all (damaged, half saved) is refused
    with what to do, never replaced (Excel may still repair it) nor a traceback."""
    import zipfile

    from accredit.i18n import t
    from accredit.store.errors import StoreError

    if path.is_file():
        with _reading(path):
            readable = zipfile.is_zipfile(path)
        if not readable:
            raise StoreError(t("store.export.damaged", path=str(path), command=command))


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """An ``OSError`` reading a workbook (locked by another program, no permission) as a message naming it."""
    try:
        yield
    except OSError as exc:
        from accredit.i18n import t
        from accredit.store.errors import StoreError

        raise StoreError(t("store.workbook_unreadable", path=str(path), detail=exc.strerror or str(exc))) from exc
