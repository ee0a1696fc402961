"""The store's schema as an ordered list of migrations; a database is brought up to date when opened.

Each migration runs once, in order, inside one transaction with the bump of ``meta.schema``; the
migrations applied are logged in ``migrations`` (version, name). Never edit a released migration:
append a new one. A database written by a newer accredit (a higher schema) is refused, never
downgraded.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

_STAMP = "version INTEGER NOT NULL, updated_by TEXT, updated_at TEXT, via TEXT"


@dataclass(frozen=True)
class Migration:
    """One step of the schema: its version (1, 2, …), a name, and the SQL that makes it."""

    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "ratings, narratives, data, link decisions, audit", f"""
CREATE TABLE ratings (
    framework TEXT NOT NULL, year INTEGER NOT NULL, requirement TEXT NOT NULL, period INTEGER NOT NULL,
    status TEXT, {_STAMP},
    PRIMARY KEY (framework, year, requirement, period)
);
CREATE TABLE narratives (
    framework TEXT NOT NULL, year INTEGER NOT NULL, requirement TEXT NOT NULL, field TEXT NOT NULL,
    text TEXT, {_STAMP},
    PRIMARY KEY (framework, year, requirement, field)
);
CREATE TABLE assessments (
    framework TEXT NOT NULL, year INTEGER NOT NULL, framework_version TEXT NOT NULL, object_type TEXT,
    PRIMARY KEY (framework, year)
);
CREATE TABLE rating_sources (
    framework TEXT NOT NULL, year INTEGER NOT NULL, requirement TEXT NOT NULL, source TEXT,
    PRIMARY KEY (framework, year, requirement)
);
CREATE TABLE data_values (
    framework TEXT NOT NULL, sheet TEXT NOT NULL, item TEXT NOT NULL, seq INTEGER NOT NULL, year INTEGER NOT NULL,
    field TEXT NOT NULL, value TEXT, source TEXT, position INTEGER NOT NULL DEFAULT 0, {_STAMP},
    PRIMARY KEY (framework, sheet, item, seq, year, field)
);
CREATE TABLE link_decisions (
    framework TEXT NOT NULL, requirement TEXT NOT NULL, evidence_id TEXT NOT NULL,
    decision TEXT, path TEXT, evidence_code TEXT, {_STAMP},
    PRIMARY KEY (framework, requirement, evidence_id)
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, username TEXT NOT NULL, via TEXT NOT NULL,
    entity TEXT NOT NULL, key TEXT NOT NULL, old TEXT, new TEXT, version INTEGER NOT NULL
);
CREATE INDEX audit_entity ON audit(entity);
"""),
    Migration(2, "users, working groups, comments", f"""
CREATE TABLE users (
    username TEXT PRIMARY KEY, display_name TEXT NOT NULL, role TEXT NOT NULL, password_hash TEXT, {_STAMP}
);
CREATE TABLE group_criteria (
    group_name TEXT NOT NULL, framework TEXT NOT NULL, criterion TEXT NOT NULL,
    PRIMARY KEY (group_name, framework, criterion)
);
CREATE TABLE group_members (
    group_name TEXT NOT NULL, username TEXT NOT NULL, PRIMARY KEY (group_name, username)
);
CREATE TABLE comments (
    id INTEGER PRIMARY KEY AUTOINCREMENT, framework TEXT NOT NULL, year INTEGER NOT NULL,
    requirement TEXT NOT NULL, author TEXT NOT NULL, at TEXT NOT NULL, via TEXT NOT NULL, text TEXT NOT NULL
);
CREATE INDEX comments_requirement ON comments(framework, year, requirement);
"""),
    Migration(3, "workbook sync bases (export/import)", """
CREATE TABLE syncs (
    kind TEXT NOT NULL, framework TEXT NOT NULL, year INTEGER NOT NULL, path TEXT NOT NULL,
    sha256 TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, at TEXT NOT NULL,
    base TEXT NOT NULL, extra TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (kind, framework, year)
);
"""),
    Migration(4, "a user's language (the web desk's pages and messages)", """
ALTER TABLE users ADD COLUMN lang TEXT;
"""),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
"""The schema this accredit writes."""


def schema_of(conn: sqlite3.Connection) -> int:
    """The schema version of an open database (0: a new, empty one)."""
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Apply, in order, every migration newer than the database (each in its own transaction).

    ``conn`` must be in autocommit mode (``isolation_level=None``). Returns the versions applied.
    The caller checks first that the database is not newer than ``migrations``.
    """
    applied: list[int] = []
    for m in migrations:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_of(conn) >= m.version:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            for statement in _statements(m.sql):
                conn.execute(statement)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(m.version),))
            conn.execute("INSERT INTO migrations VALUES (?, ?)", (m.version, m.name))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(m.version)
    return applied


def _statements(sql: str) -> list[str]:
    """The statements of a migration (none of ours holds a ';' inside a literal)."""
    return [s.strip() for s in sql.split(";") if s.strip()]
