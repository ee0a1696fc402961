"""The store of a workspace: where it is, opening it (migrating a workspace made before the store on
first open), and bringing it in step with workbooks a person edited in Excel.

The store is ``kho-tu-danh-gia.sqlite`` in the workspace folder, beside ``accredit.toml`` (not in the
cache folder: it holds people's work and is never rebuilt). Backups made when a workspace migrates go
to ``sao-luu/<date>_chuyen-sang-kho/``.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from accredit.i18n.message import Msg, msg
from accredit.model.framework import Framework
from accredit.store.exchange import WorkbookImport, unchanged_since
from accredit.store.records import Actor, Via
from accredit.store.store import Store
from accredit.workspace import Workspace

STORE_NAME = "kho-tu-danh-gia.sqlite"
BACKUP_DIR = "sao-luu"
MIGRATED_KEY = "release_migrated_at"
MAX_LISTED = 10


def store_path(ws: Workspace) -> Path:
    """Where the workspace's store lives: ``<workspace>/kho-tu-danh-gia.sqlite``."""
    return ws.root / STORE_NAME


def local_actor(via: Via = "cli", now: datetime | None = None) -> Actor:
    """The person at this computer (the system user name), acting now — the default of the CLI's commands.

    Front ends that know their user (the web app) build their own :class:`Actor`. A time without its zone is
    taken as this computer's local time.
    """
    try:
        name = getpass.getuser() or "?"
    except (OSError, KeyError, ImportError):  # no user name in the environment
        name = "?"
    at = now or datetime.now(UTC)
    return Actor(username=name, via=via, at=at if at.tzinfo is not None else at.astimezone())


@contextmanager
def open_workspace_store(ws: Workspace, *, actor: Actor | None = None, readonly: bool = False) -> Iterator[Store]:
    """The workspace's store, created on first use; a workspace made before the store migrates then.

    Migration (once) keeps a dated backup of the workbooks and of the evidence index, then imports
    every ratings and data workbook and the people's link decisions (see :mod:`accredit.store.migrate`).
    Raises :class:`~accredit.store.errors.StoreReadOnlyError` when the store cannot be written here.
    """
    path = store_path(ws)
    if readonly:
        with Store.open(path, readonly=True) as store:
            yield store
        return
    with Store.open(path) as store:
        if _meta(store, MIGRATED_KEY) is None:
            from accredit.store.migrate import migrate_workspace

            with store.transaction():  # one migration: a second process opening now waits, then finds it done
                if _meta(store, MIGRATED_KEY) is None:
                    migrate_workspace(ws, store, actor or local_actor())
        yield store


def _meta(store: Store, key: str) -> str | None:
    row = store.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(store: Store, key: str, value: str) -> None:
    """Store a setting of the store (e.g. when the workspace migrated)."""
    with store.transaction():
        store.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def sync_ratings(store: Store, ws: Workspace, framework: Framework, path: Path, actor: Actor) -> list[Msg]:
    """Import the ratings workbook at ``path`` when it changed since it was last in step with the store.

    No conflict: the changes are applied (audited as from ``actor``, normally via "excel"). Conflicts:
    nothing is applied and the note lists the cells and how to resolve them. A workbook with invalid
    cells raises :class:`RatingsError`, as reading it always did.
    """
    from accredit.store.ratings_book import KIND, import_ratings

    year = ws.config.assessment.year
    if not path.is_file() or unchanged_since(path, store.sync_state(KIND, framework.id, year)):
        return []
    return conflict_notes(import_ratings(store, framework, year, path, actor), "ratings")


def sync_data(store: Store, ws: Workspace, framework: Framework, path: Path, actor: Actor) -> list[Msg]:
    """Import the data workbook at ``path`` when it changed since it was last in step (see :func:`sync_ratings`)."""
    from accredit.indicators.schema import build_schema
    from accredit.store.data_book import KIND, SYNC_YEAR, import_data

    if not path.is_file() or unchanged_since(path, store.sync_state(KIND, framework.id, SYNC_YEAR)):
        return []
    schema = build_schema(framework, ws.config.assessment.year, ws.config.school.object)
    return conflict_notes(import_data(store, schema, path, actor), "data")


def conflict_notes(result: WorkbookImport, command: str) -> list[Msg]:
    """The note of an import refused for its conflicts: the file, the cells, and how to resolve them."""
    if not result.conflicts:
        return []
    cells: list[str | int | Msg] = [
        msg("store.conflict.cell", sheet=c.sheet or "?", cell=c.cell or "?", requirement=c.requirement,
            field=c.field, new=c.new or "", current=c.current or "", who=c.changed_by or "?",
            via=c.changed_via or "?",
            when=c.changed_at.isoformat(timespec="minutes") if c.changed_at else "?")
        for c in result.conflicts[:MAX_LISTED]
    ]
    more = len(result.conflicts) - len(cells)
    return [msg("store.conflict.note", path=Path(result.path).name, count=len(result.conflicts),
                cells=cells, more_text=msg("store.more", count=more) if more else "", command=command)]


def note_text(note: Msg) -> str:
    """A note in the current language, for the callers that still collect notes as text."""
    from accredit.i18n import language
    from accredit.i18n.message import Messages

    return Messages(language())(note)
