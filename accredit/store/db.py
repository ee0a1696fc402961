"""The store's connection: WAL, a busy timeout, the schema brought up to date, one write path with versions.

Only this module and :mod:`accredit.store.store` speak SQL. Every write goes through
:meth:`Database.write`: inside one ``BEGIN IMMEDIATE`` transaction it reads the record's version,
refuses the write when the caller's ``base_version`` is not that version (someone changed it since
the caller read it), else writes version + 1 and one audit row. Two writers therefore never lose an
edit: the second one is told, with the newer value and who made it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from accredit.i18n import t
from accredit.i18n.message import Msg
from accredit.store.errors import StaleWriteError, StoreError, StoreLockedError, StoreReadOnlyError
from accredit.store.records import Actor, Stamp
from accredit.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_of

BUSY_TIMEOUT_S = 20.0
"""How long a write waits for another writer (another person, Excel holding the file on a share) before it
gives up with :class:`StoreLockedError`."""

_DAMAGED = ("not a database", "malformed", "corrupt", "encrypted")
STAMP_COLUMNS = ("version", "updated_by", "updated_at", "via")


@dataclass(frozen=True)
class Write:
    """One versioned write (the arguments of :meth:`Database.write`), for :meth:`Database.write_many`."""

    table: str
    key: dict[str, Any]
    values: dict[str, Any]
    base_version: int
    entity: str
    what: Callable[[], Msg]
    shown: Callable[[sqlite3.Row], str]
    extra: dict[str, Any] | None = None
    hidden: tuple[str, ...] = ()

    @property
    def where(self) -> str:
        """The SQL condition selecting the record (its key's columns)."""
        return " AND ".join(f"{k}=?" for k in self.key)


def sqlite_uri(path: Path) -> str:
    """``file:`` URI of ``path`` (Vietnamese, spaces, '?', '#', Windows drives and shares escaped)."""
    from accredit.evidence.index import sqlite_uri as uri

    return uri(path)


def store_error(path: Path, exc: sqlite3.Error) -> StoreError:
    """The user's message for an SQLite error on the store at ``path`` (locked, damaged, or cannot be used)."""
    detail = str(exc)
    low = detail.lower()
    if "locked" in low or "busy" in low:
        return StoreLockedError(t("store.locked", path=str(path), detail=detail))
    if type(exc) is sqlite3.DatabaseError or any(w in low for w in _DAMAGED):
        return StoreError(t("store.damaged", path=str(path), detail=detail))
    if "readonly" in low or "read-only" in low or "unable to open" in low:
        return StoreReadOnlyError(t("store.read_only", path=str(path), detail=detail))
    return StoreError(t("store.cannot_use", path=str(path), detail=detail))


def _connect(path: Path, *, readonly: bool, timeout: float) -> sqlite3.Connection:
    if readonly:
        if not path.is_file():
            conn = sqlite3.connect(":memory:", isolation_level=None)
            migrate(conn)
            return conn
        conn = _connect_readonly(path, timeout)
    else:
        from accredit.workspace import WorkspaceError, make_dirs

        try:
            make_dirs(path.parent)
        except WorkspaceError as exc:
            raise StoreReadOnlyError(str(exc)) from exc
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=timeout)
    try:
        conn.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        found = schema_of(conn)
        if found > SCHEMA_VERSION:
            raise StoreError(t("store.newer", path=str(path), schema=found, supported=SCHEMA_VERSION))
        if readonly:
            if found < SCHEMA_VERSION:
                raise StoreError(t("store.old_readonly", path=str(path), schema=found, supported=SCHEMA_VERSION))
            return conn
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        if found < SCHEMA_VERSION:
            migrate(conn, MIGRATIONS)
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_readonly(path: Path, timeout: float) -> sqlite3.Connection:
    """The store opened so that nothing is written. On a read-only folder (where SQLite cannot create the files
    WAL mode reads through) it is read as immutable: it cannot change while the command runs anyway; but
    when the last writer left changes in the write-ahead log (``-wal``), which an immutable read ignores, the
    store and its log are read from a private copy instead, so nothing written is missed."""
    last: sqlite3.Error | None = None
    for params in ("mode=ro", "mode=ro&immutable=1"):
        if "immutable" in params and _has_log(path):
            return _read_copy(path, timeout)
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(f"{sqlite_uri(path)}?{params}", uri=True, isolation_level=None, timeout=timeout)
            schema_of(conn)
            return conn
        except sqlite3.OperationalError as exc:
            if conn is not None:
                conn.close()
            last = exc
    assert last is not None
    raise last


def _has_log(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def _read_copy(path: Path, timeout: float) -> sqlite3.Connection:
    """The store and its write-ahead log copied to a temporary folder, read there, and held in memory."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="accredit-store-") as tmp:
        copy = Path(tmp) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(path.with_name(path.name + "-wal"), copy.with_name(copy.name + "-wal"))
        source = sqlite3.connect(str(copy), isolation_level=None, timeout=timeout)
        try:
            memory = sqlite3.connect(":memory:", isolation_level=None)
            source.backup(memory)
        finally:
            source.close()
    memory.execute("PRAGMA query_only=ON")
    return memory


def iso(at: datetime) -> str:
    """A time as the store keeps it (ISO 8601 with its offset)."""
    return at.isoformat()


def parse_time(text: str | None) -> datetime | None:
    """A stored time back (None stays None)."""
    return datetime.fromisoformat(text) if text else None


def stamp_of(row: sqlite3.Row | dict[str, Any]) -> dict[str, Any]:
    """The version fields of a row, as the records take them."""
    return {
        "version": row["version"],
        "updated_by": row["updated_by"],
        "updated_at": parse_time(row["updated_at"]),
        "via": row["via"],
    }


def audit_text(values: dict[str, Any] | None) -> str | None:
    """A value as the audit log keeps it: the single value as text, several as JSON, None for none."""
    if values is None:
        return None
    if len(values) == 1:
        (v,) = values.values()
        return None if v is None else str(v)
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


class Database:
    """An open store database. Use :meth:`accredit.store.Store.open` (a context manager)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
        conn.row_factory = sqlite3.Row
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self._depth = 0

    @classmethod
    @contextmanager
    def open(cls, path: Path, *, readonly: bool = False, timeout: float = BUSY_TIMEOUT_S) -> Iterator[Any]:
        """Open the store at ``path`` (created and brought up to date unless ``readonly``).

        A read-only open of a missing store gives an empty one in memory. Every SQLite error becomes
        a :class:`StoreError` (or :class:`StoreLockedError`) that says what happened.
        """
        try:
            conn = _connect(path, readonly=readonly, timeout=timeout)
        except sqlite3.Error as exc:
            raise store_error(path, exc) from exc
        try:
            yield cls(conn, path, readonly=readonly)
        except sqlite3.Error as exc:
            raise store_error(path, exc) from exc
        finally:
            conn.close()

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return schema_of(self.conn)

    def applied_migrations(self) -> list[tuple[int, str]]:
        """The migrations this database went through, in the order they ran."""
        return [(r[0], r[1]) for r in self.conn.execute("SELECT version, name FROM migrations ORDER BY rowid")]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is written together or not at all (the write lock is taken at the start).

        Inside another transaction it is a savepoint: when it fails, its own writes are undone and the
        error goes on, so an outer caller that catches it never commits half of it."""
        if self._depth:
            self._depth += 1
            point = f"accredit_{self._depth}"
            self.conn.execute(f"SAVEPOINT {point}")
            try:
                yield
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {point}")
                self.conn.execute(f"RELEASE {point}")
                raise
            else:
                self.conn.execute(f"RELEASE {point}")
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    # --- the one write path -----------------------------------------------------------------------
    def write(
        self,
        table: str,
        key: dict[str, Any],
        values: dict[str, Any],
        *,
        base_version: int,
        actor: Actor,
        entity: str,
        what: Callable[[], Msg],
        shown: Callable[[sqlite3.Row], str],
        extra: dict[str, Any] | None = None,
        hidden: tuple[str, ...] = (),
    ) -> sqlite3.Row:
        """Write ``values`` to the record of ``table`` at ``key`` if it is still at ``base_version``.

        ``base_version`` is the version the caller read (0: the record did not exist). When it is not
        the stored one, :class:`StaleWriteError` is raised carrying the stored record; nothing changes.
        Writing what is already there changes nothing (no new version, no audit row). ``extra``
        columns are written too but are not compared or audited (e.g. where a value was read); ``hidden`` values
        are compared and written but never copied into the audit log (a password hash).
        Returns the row as stored.
        """
        return self.apply(Write(table, key, values, base_version, entity, what, shown, extra, hidden), actor)

    def apply(self, op: Write, actor: Actor) -> sqlite3.Row:
        """:meth:`write` of one prepared write (as :meth:`write_many` takes them); returns the row as stored."""
        with self.transaction():
            statement, audit = self._step(op, actor)
            if statement is not None:
                self.conn.execute(*statement)
            if audit is not None:
                self.conn.execute(_AUDIT_SQL, audit)
            stored = self.conn.execute(f"SELECT * FROM {op.table} WHERE {op.where}",
                                       tuple(op.key.values())).fetchone()
        assert stored is not None
        return stored

    def write_many(self, ops: Iterable[Write], actor: Actor) -> None:
        """Apply many writes in one transaction, each exactly as :meth:`write` would apply it (its version
        checked, a write of what is there skipped, one audit row per change, in order), with far fewer
        statements: for an import of a whole workbook. The first stale write raises
        :class:`StaleWriteError` and nothing is written. Each record may be written once."""
        with self.transaction():
            statements: list[tuple[str, tuple[Any, ...]]] = []
            audits: list[tuple[Any, ...]] = []
            seen: set[tuple[str, tuple[Any, ...]]] = set()
            for op in ops:
                ident = (op.table, tuple(op.key.items()))
                if ident in seen:
                    raise ValueError(f"{op.table} {op.key} is written twice in one write_many")
                seen.add(ident)
                statement, audit = self._step(op, actor)
                if statement is not None:
                    statements.append(statement)
                if audit is not None:
                    audits.append(audit)
            i = 0
            while i < len(statements):  # consecutive statements of the same SQL: one executemany
                sql = statements[i][0]
                j = i
                while j < len(statements) and statements[j][0] == sql:
                    j += 1
                self.conn.executemany(sql, [params for _, params in statements[i:j]])
                i = j
            if audits:
                self.conn.executemany(_AUDIT_SQL, audits)

    def _step(
        self, op: Write, actor: Actor
    ) -> tuple[tuple[str, tuple[Any, ...]] | None, tuple[Any, ...] | None]:
        """The statement and the audit row of one write (inside a transaction), after its version check."""
        row = self.conn.execute(f"SELECT * FROM {op.table} WHERE {op.where}", tuple(op.key.values())).fetchone()
        current = row["version"] if row is not None else 0
        if op.base_version != current:
            assert row is not None or current == 0
            raise StaleWriteError(
                op.what(), op.base_version, Stamp(**stamp_of(row)) if row is not None else Stamp(version=0),
                op.shown(row) if row is not None else "",
            )
        old = {k: row[k] for k in op.values} if row is not None else None
        if old == op.values:
            extra = op.extra
            if extra and any(row[k] != v for k, v in extra.items()):  # type: ignore[index]
                sets = ", ".join(f"{k}=?" for k in extra)
                return (f"UPDATE {op.table} SET {sets} WHERE {op.where}", (*extra.values(), *op.key.values())), None
            return None, None
        version = current + 1
        full = {**op.key, **op.values, **(op.extra or {}), "version": version, "updated_by": actor.username,
                "updated_at": iso(actor.at), "via": actor.via}
        cols = ", ".join(full)
        marks = ", ".join("?" for _ in full)
        statement = (f"INSERT OR REPLACE INTO {op.table} ({cols}) VALUES ({marks})", tuple(full.values()))

        def audited(v: dict[str, Any] | None) -> dict[str, Any] | None:
            return None if v is None else {k: x for k, x in v.items() if k not in op.hidden}

        return statement, _audit_row(actor, op.entity, op.key, audited(old), audited(op.values), version)

    def log(
        self, actor: Actor, entity: str, key: dict[str, Any], old: dict[str, Any] | None,
        new: dict[str, Any] | None, version: int = 0,
    ) -> None:
        """Append one audit row (the caller is inside a transaction)."""
        self.conn.execute(_AUDIT_SQL, _audit_row(actor, entity, key, old, new, version))


_AUDIT_SQL = "INSERT INTO audit (at, username, via, entity, key, old, new, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_KEY_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # json.dumps(key, ensure_ascii=False, sort_keys=True)


def _audit_row(
    actor: Actor, entity: str, key: dict[str, Any], old: dict[str, Any] | None, new: dict[str, Any] | None,
    version: int,
) -> tuple[Any, ...]:
    return (iso(actor.at), actor.username, actor.via, entity, _KEY_JSON.encode(key), audit_text(old),
            audit_text(new), version)
