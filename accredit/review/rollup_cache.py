"""What a roll-up learnt about each package, kept for the next roll-up of the same folder.

A Sở re-runs the roll-up as packages arrive: only packages (or review logs) it has not seen are
verified again. An entry is keyed by the SHA-256 of the package's bytes and of its review log,
the published lock, the tool's version and the language, so a changed package, a new review
step, a new criteria release or another language is never served from the cache. A cache that
cannot be opened or written (a read-only folder) is simply not used.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from accredit.evidence.scan import sha256_file
from accredit.i18n import language
from accredit.model.review import FailedPackage, FrameworkColumn, SchoolRow
from accredit.review.log import default_log_path

if TYPE_CHECKING:
    from accredit.review.rollup import Outcome

CACHE_FORMAT = 1
CACHE_DIR = ".accredit-cache"
CACHE_NAME = "rollup.sqlite"


def default_cache_path(folder: Path) -> Path:
    """Where the roll-up of ``folder`` keeps its cache: ``<folder>/.accredit-cache/rollup.sqlite``."""
    return folder / CACHE_DIR / CACHE_NAME


class RollupCache:
    """An open cache; use :meth:`open`."""

    def __init__(self, conn: sqlite3.Connection | None, salt: str) -> None:
        self.conn, self.salt = conn, salt

    @classmethod
    @contextmanager
    def open(cls, path: Path, lock: dict[str, str], version: str, options: str = "") -> Iterator[RollupCache]:
        """The cache at ``path`` (created if needed; unused when it cannot be). ``options`` is a digest of
        whatever else an outcome depends on (the trust folder's keys, accepting unsigned packages)."""
        salt = json.dumps([CACHE_FORMAT, version, language(), sorted(lock.items()), options])
        conn = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path))
            conn.execute("CREATE TABLE IF NOT EXISTS outcomes (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        except (OSError, sqlite3.Error):
            if conn is not None:
                conn.close()
            conn = None
        try:
            yield cls(conn, salt)
        finally:
            if conn is not None:
                with suppress(sqlite3.Error):
                    conn.commit()
                conn.close()

    def key(self, package: Path) -> str:
        """The package's key: its bytes, its review log's bytes and the cache's salt."""
        log = default_log_path(package)
        log_hash = sha256_file(log) if log.is_file() else "-"
        return hashlib.sha256(f"{self.salt}|{sha256_file(package)}|{log_hash}".encode()).hexdigest()

    def get(self, key: str) -> Outcome | None:
        """The stored outcome, if any."""
        if self.conn is None:
            return None
        try:
            row = self.conn.execute("SELECT value FROM outcomes WHERE key=?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        data = json.loads(row[0])
        school = SchoolRow.model_validate(data["row"]) if data["row"] is not None else None
        failed = FailedPackage.model_validate(data["failed"]) if data["failed"] is not None else None
        columns = {fid: (FrameworkColumn.model_validate(col), [tuple(r) for r in reqs])
                   for fid, (col, reqs) in data["columns"].items()}
        return school, failed, columns  # type: ignore[return-value]

    def put(self, key: str, outcome: Outcome) -> None:
        """Store an outcome (best effort)."""
        if self.conn is None:
            return
        school, failed, columns = outcome
        value = json.dumps({
            "row": school.model_dump(mode="json") if school is not None else None,
            "failed": failed.model_dump(mode="json") if failed is not None else None,
            "columns": {fid: [col.model_dump(mode="json"), reqs] for fid, (col, reqs) in columns.items()},
        }, ensure_ascii=False)
        with suppress(sqlite3.Error):
            self.conn.execute("INSERT OR REPLACE INTO outcomes VALUES (?, ?)", (key, value))
