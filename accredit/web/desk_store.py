"""The desk's own SQLite file: people, the audit log, comments and the ratings entered in the browser.

It stands in for the workspace store of issue #12 until that lands (see :mod:`accredit.web.backend`):
one file ``<data folder>/web-desk.sqlite`` (WAL, one connection per call, so threads never share one).
Every rating carries a version; a save names the version it was loaded at, and a save on a newer
version is refused (:class:`~accredit.web.model.StaleWriteError`) so two people never lose an edit.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from accredit.i18n.message import msg
from accredit.model.assessment import Narrative, Status
from accredit.web.model import AuditEntry, Comment, Role, StaleWriteError, StoredRating, User

DESK_NAME = "web-desk.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY, role TEXT NOT NULL, lang TEXT NOT NULL, display TEXT,
    criteria TEXT NOT NULL, password_hash TEXT);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL,
    target TEXT NOT NULL, old TEXT, new TEXT);
CREATE INDEX IF NOT EXISTS audit_target ON audit(target);
CREATE TABLE IF NOT EXISTS comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL, target TEXT NOT NULL,
    text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ratings (
    framework TEXT NOT NULL, code TEXT NOT NULL, status TEXT, years TEXT NOT NULL, narrative TEXT NOT NULL,
    version INTEGER NOT NULL, updated_at TEXT, updated_by TEXT, PRIMARY KEY (framework, code));
CREATE TABLE IF NOT EXISTS data (
    framework TEXT NOT NULL, name TEXT NOT NULL, year INTEGER NOT NULL, value TEXT NOT NULL, updated_at TEXT,
    updated_by TEXT, PRIMARY KEY (framework, name, year));
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SqliteDesk:
    """The :class:`~accredit.web.backend.DeskStore` kept in one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)
        finally:
            conn.close()

    @contextmanager
    def _conn(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.close()

    # --- secret ---------------------------------------------------------------------------------
    def secret(self) -> str:
        """The key that signs session cookies: made once, so sessions survive a restart."""
        with self._conn() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key='session_secret'").fetchone()
            if row:
                return str(row[0])
            value = secrets.token_urlsafe(48)
            conn.execute("INSERT INTO meta VALUES ('session_secret', ?)", (value,))
            return value

    # --- users ----------------------------------------------------------------------------------
    def users(self) -> list[User]:
        """Every person, by name."""
        with self._conn() as conn:
            rows = conn.execute("SELECT name, role, lang, display, criteria, password_hash FROM users ORDER BY name")
            return [_user(r) for r in rows.fetchall()]

    def user(self, name: str) -> User | None:
        """The person called ``name``, or None."""
        with self._conn() as conn:
            row = conn.execute(
                "SELECT name, role, lang, display, criteria, password_hash FROM users WHERE name=?", (name,)
            ).fetchone()
        return _user(row) if row else None

    def put_user(self, user: User, who: str) -> None:
        """Add or replace a person (the change goes to the audit log, without the password hash)."""
        old = self.user(user.name)
        with self._conn() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO users VALUES (?, ?, ?, ?, ?, ?)",
                (user.name, user.role.value, user.lang, user.display, json.dumps(user.criteria), user.password_hash),
            )
        shown = user.model_dump_json(exclude={"password_hash"})
        self.record(who, "user", f"user:{user.name}", old.model_dump_json(exclude={"password_hash"}) if old else None,
                    shown)

    # --- audit ----------------------------------------------------------------------------------
    def record(self, who: str, action: str, target: str, old: str | None, new: str | None) -> None:
        """Write one line of the audit log."""
        with self._conn() as conn:
            conn.execute("INSERT INTO audit (at, user, action, target, old, new) VALUES (?, ?, ?, ?, ?, ?)",
                         (_now(), who, action, target, old, new))

    def history(self, target: str | None = None, limit: int = 200) -> list[AuditEntry]:
        """The latest changes (of ``target`` and what is below it, e.g. 'rating:<fw>#1.1'), newest first."""
        sql = "SELECT id, at, user, action, target, old, new FROM audit"
        args: tuple[object, ...] = ()
        if target is not None:
            sql += " WHERE target=? OR target LIKE ? ESCAPE '\\'"
            escaped = target.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            args = (target, escaped + ":%")
        sql += " ORDER BY id DESC LIMIT ?"
        with self._conn() as conn:
            rows = conn.execute(sql, (*args, limit)).fetchall()
        return [AuditEntry(id=r[0], at=datetime.fromisoformat(r[1]), user=r[2], action=r[3], target=r[4],
                           old=r[5], new=r[6]) for r in rows]

    # --- comments -------------------------------------------------------------------------------
    def comments(self, target: str) -> list[Comment]:
        """Comments on ``target``, oldest first."""
        with self._conn() as conn:
            rows = conn.execute("SELECT id, at, user, target, text FROM comments WHERE target=? ORDER BY id",
                                (target,)).fetchall()
        return [Comment(id=r[0], at=datetime.fromisoformat(r[1]), user=r[2], target=r[3], text=r[4]) for r in rows]

    def add_comment(self, target: str, who: str, text: str) -> None:
        """Add a comment (and its line in the audit log)."""
        with self._conn() as conn:
            conn.execute("INSERT INTO comments (at, user, target, text) VALUES (?, ?, ?, ?)",
                         (_now(), who, target, text))
        self.record(who, "comment", target, None, text)

    # --- ratings --------------------------------------------------------------------------------
    def ratings(self, framework: str) -> dict[str, StoredRating]:
        """The ratings entered in the browser for ``framework``, by requirement code."""
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT framework, code, status, years, narrative, version, updated_at, updated_by FROM ratings"
                " WHERE framework=?", (framework,)).fetchall()
        return {r[1]: _rating(r) for r in rows}

    def put_rating(self, rating: StoredRating, expected_version: int, who: str) -> StoredRating:
        """Save ``rating`` when the stored one is still at ``expected_version``; raise StaleWriteError otherwise."""
        with self._conn() as conn:
            row = conn.execute(
                "SELECT framework, code, status, years, narrative, version, updated_at, updated_by FROM ratings"
                " WHERE framework=? AND code=?", (rating.framework, rating.code)).fetchone()
            old = _rating(row) if row else None
            current = old.version if old else 0
            if current != expected_version:
                raise StaleWriteError(msg("web.error.stale", user=old.updated_by if old else "?"))
            saved = rating.model_copy(
                update={"version": current + 1, "updated_at": datetime.now(UTC), "updated_by": who})
            conn.execute(
                "INSERT OR REPLACE INTO ratings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (saved.framework, saved.code, saved.status.value if saved.status else None,
                 json.dumps({str(y): s.value for y, s in saved.years.items()}),
                 saved.narrative.model_dump_json(), saved.version,
                 saved.updated_at.isoformat(timespec="seconds") if saved.updated_at else None, who),
            )
            _bump(conn)
        self.record(who, "rating", f"rating:{rating.framework}#{rating.code}",
                    _rating_text(old) if old else None, _rating_text(saved))
        return saved

    # --- institutional data -----------------------------------------------------------------------
    def data(self, framework: str) -> dict[tuple[str, int], Decimal]:
        """The figures entered in the browser for ``framework``: (input, year) → value."""
        with self._conn() as conn:
            rows = conn.execute("SELECT name, year, value FROM data WHERE framework=?", (framework,)).fetchall()
        return {(r[0], int(r[1])): Decimal(r[2]) for r in rows}

    def data_version(self, framework: str) -> int:
        """How many times the figures of ``framework`` were saved (a save names the version it loaded)."""
        with self._conn() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key=?", (f"data_version:{framework}",)).fetchone()
        return int(row[0]) if row else 0

    def put_data(self, framework: str, values: dict[tuple[str, int], Decimal | None], expected_version: int,
                 who: str) -> int:
        """Save figures (None clears one) unless someone saved this framework's figures since; the new version."""
        changes: list[tuple[str, str | None, str | None]] = []
        with self._conn() as conn:
            key = f"data_version:{framework}"
            row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
            current = int(row[0]) if row else 0
            if current != expected_version:
                raise StaleWriteError(msg("web.error.stale_data"))
            for (name, year), value in sorted(values.items()):
                old = conn.execute("SELECT value FROM data WHERE framework=? AND name=? AND year=?",
                                   (framework, name, year)).fetchone()
                new = None if value is None else str(value)
                if (old[0] if old else None) == new:
                    continue
                if new is None:
                    conn.execute("DELETE FROM data WHERE framework=? AND name=? AND year=?", (framework, name, year))
                else:
                    conn.execute("INSERT OR REPLACE INTO data VALUES (?, ?, ?, ?, ?, ?)",
                                 (framework, name, year, new, _now(), who))
                changes.append((f"data:{framework}#{name}/{year}", old[0] if old else None, new))
            conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(current + 1)))
            _bump(conn)
        for target, old_text, new_text in changes:
            self.record(who, "data", target, old_text, new_text)
        return current + 1

    def generation(self) -> int:
        """A number that grows with every rating or figure saved (part of the score cache's key)."""
        with self._conn() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0


def _bump(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO meta VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE SET "
                 "value = CAST(value AS INTEGER) + 1")


def _user(r: tuple) -> User:  # type: ignore[type-arg]
    return User(name=r[0], role=Role(r[1]), lang=r[2], display=r[3], criteria=json.loads(r[4]), password_hash=r[5])


def _rating(r: tuple) -> StoredRating:  # type: ignore[type-arg]
    years = {int(y): Status(s) for y, s in json.loads(r[3]).items()}
    return StoredRating(framework=r[0], code=r[1], status=Status(r[2]) if r[2] else None, years=years,
                        narrative=Narrative.model_validate_json(r[4]), version=r[5],
                        updated_at=datetime.fromisoformat(r[6]) if r[6] else None, updated_by=r[7])


def _rating_text(r: StoredRating) -> str:
    """A rating as the audit log keeps it (JSON without the bookkeeping)."""
    return r.model_dump_json(exclude={"version", "updated_at", "updated_by", "framework", "code"})
