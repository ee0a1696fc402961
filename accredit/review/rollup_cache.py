"""What a roll-up learnt about each package, kept for the next roll-up of the same folder.

A Sở re-runs the roll-up as packages arrive: only packages (or review logs) it has not seen are
verified again. An entry is keyed by the package's file name, the SHA-256 of its bytes, of its
review log and the log's signed head, the published lock, the tool's version, the language and the trust folder's
keys, so a changed package, a new review step, a new criteria release, another language or a
revoked key is never served from the cache. A cache that cannot be opened or written is simply
not used. A package the inspector's desk verified is kept here too, as it arrives
(:func:`accredit.review.rollup.remember`).

The cache lives in the inspector's user folder, never in the packages folder (whoever can drop a
zip there could otherwise rewrite a school's verified result), and every value carries an HMAC
under a secret kept beside it: a value that does not authenticate, or does not parse, is a miss.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from accredit.evidence.scan import sha256_file
from accredit.i18n import language
from accredit.model.review import FailedPackage, FrameworkColumn, SchoolRow
from accredit.review.log import default_log_path, head_path
from accredit.user_folder import CACHE_DIR, cache_secret, user_dir

if TYPE_CHECKING:
    from accredit.review.rollup import Outcome

CACHE_FORMAT = 3
COMMIT_EVERY = 16
"""Outcomes written between two commits (another writer, e.g. the inspector's desk, waits at most that long;
a roll-up stopped half-way keeps what it committed)."""


def default_cache_path(folder: Path) -> Path:
    """Where the roll-up of ``folder`` keeps its cache: the user folder, one file per packages folder."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return user_dir() / CACHE_DIR / f"tong-hop-{digest}.sqlite"


def _hash_of(path: Path) -> str:
    """'sha256:…' of the file at ``path``, '-' when there is none."""
    return sha256_file(path) if path.is_file() else "-"


def _secret(folder: Path) -> bytes:
    """The HMAC secret of the caches in ``folder`` (see :func:`accredit.user_folder.cache_secret`)."""
    return cache_secret(folder)


class RollupCache:
    """An open cache; use :meth:`open`."""

    def __init__(self, conn: sqlite3.Connection | None, salt: str, secret: bytes = b"") -> None:
        self.conn, self.salt, self.secret = conn, salt, secret
        self._unsaved = 0

    @classmethod
    @contextmanager
    def open(cls, path: Path, lock: dict[str, str], version: str, options: str = "", wait: float = 5.0
             ) -> Iterator[RollupCache]:
        """The cache at ``path`` (created if needed; unused when it cannot be). ``options`` is a digest of
        whatever else an outcome depends on (the trust folder's keys, accepting unsigned packages); ``wait``: the
        seconds a write waits for another process's (a write still locked out is not kept)."""
        salt = json.dumps([CACHE_FORMAT, version, language(), sorted(lock.items()), options])
        conn, secret = None, b""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.parent.is_symlink() or path.is_symlink():
                raise OSError("a link")  # never follow a planted link
            secret = _secret(path.parent)
            conn = sqlite3.connect(str(path), timeout=wait)
            conn.execute("CREATE TABLE IF NOT EXISTS outcomes (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        except (OSError, sqlite3.Error):
            if conn is not None:
                conn.close()
            conn = None
        try:
            yield cls(conn if secret else None, salt, secret)
        finally:
            if conn is not None:
                with suppress(sqlite3.Error):
                    conn.commit()
                conn.close()

    def key(self, package: Path, sha256: str | None = None) -> str:
        """The package's key: its file name, its bytes (``sha256``: their 'sha256:…' when already known), its
        review log's and the log head's bytes, and the cache's salt."""
        log = default_log_path(package)
        own = sha256 if sha256 is not None else _hash_of(package)
        # and its name: the row names its package (two copies of one zip are two rows, each with its own name)
        parts = [self.salt, package.name, own, _hash_of(log), _hash_of(head_path(log))]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()

    def _mac(self, key: str, value: str) -> str:
        return hmac.new(self.secret, f"{key}|{value}".encode(), hashlib.sha256).hexdigest()

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
        mac, _, value = str(row[0]).partition("|")
        if not hmac.compare_digest(mac, self._mac(key, value)):
            return None  # not written by this user's roll-up: verify the package again
        try:
            data = json.loads(value)
            school = SchoolRow.model_validate(data["row"]) if data["row"] is not None else None
            failed = FailedPackage.model_validate(data["failed"]) if data["failed"] is not None else None
            columns = {fid: (FrameworkColumn.model_validate(col), [tuple(r) for r in reqs])
                       for fid, (col, reqs) in data["columns"].items()}
        except (ValueError, KeyError, TypeError):  # pydantic's ValidationError is a ValueError
            return None
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
            stored = f"{self._mac(key, value)}|{value}"
            self.conn.execute("INSERT OR REPLACE INTO outcomes VALUES (?, ?)", (key, stored))
            self._unsaved += 1
            if self._unsaved >= COMMIT_EVERY:  # the write lock is held for a few packages, not the whole roll-up
                self.conn.commit()
                self._unsaved = 0
