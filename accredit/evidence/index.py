"""The evidence index: an SQLite file in the workspace cache holding files, texts, metadata and links.

``files`` maps each path to its content hash, size and modification time (what a re-scan compares);
``contents`` holds one row per distinct content (extraction outcome, header metadata, compressed
text), so copies and renamed files are read once; ``links`` and ``annotations`` are keyed by the
hash too, so they follow a file across renames. Only this module speaks SQL.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.model.evidence import DocumentMeta, EvidenceLink, ExtractStatus, FileKind, LinkOrigin

INDEX_NAME = "evidence.sqlite"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS files_hash ON files(hash);
CREATE TABLE IF NOT EXISTS contents (
    hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    problem TEXT,
    detail TEXT,
    pages INTEGER,
    chars INTEGER NOT NULL DEFAULT 0,
    ocr INTEGER NOT NULL DEFAULT 0,
    meta TEXT NOT NULL DEFAULT '{}',
    text BLOB,
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS annotations (
    hash TEXT PRIMARY KEY,
    title TEXT,
    note TEXT
);
CREATE TABLE IF NOT EXISTS links (
    hash TEXT NOT NULL,
    framework TEXT NOT NULL,
    requirement TEXT NOT NULL,
    origin TEXT NOT NULL,
    score REAL,
    confirmed INTEGER NOT NULL,
    evidence_code TEXT,
    rejected INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hash, framework, requirement)
);
CREATE TABLE IF NOT EXISTS pending (hash TEXT PRIMARY KEY);
INSERT OR IGNORE INTO meta VALUES ('links_generation', '0');
CREATE TRIGGER IF NOT EXISTS links_generation_insert AFTER INSERT ON links BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'links_generation';
END;
CREATE TRIGGER IF NOT EXISTS links_generation_update AFTER UPDATE ON links BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'links_generation';
END;
CREATE TRIGGER IF NOT EXISTS links_generation_delete AFTER DELETE ON links BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'links_generation';
END;
"""
LINKS_GENERATION_KEY = "links_generation"
"""Index meta: grows with every write to the links (the database counts them, whoever writes: a scan, a
person's decision on the desk or the command line), so a reader that kept the links knows whether they are
still the index's (file times are too coarse on some drives)."""


class EvidenceIndexError(AccreditError):
    """The index file cannot be used (damaged, read-only, locked, or written by a newer version)."""


_DAMAGED = ("not a database", "malformed", "corrupt", "encrypted")


def _check_schema(conn: sqlite3.Connection, path: Path, *, write: bool) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    if row is None and write:
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
        conn.commit()
    elif row is not None and int(row[0]) > SCHEMA_VERSION:
        raise EvidenceIndexError(t("safety.index.newer", path=str(path), schema=row[0]))


def _connect(path: Path) -> sqlite3.Connection:
    """The index opened for writing, its folder and tables created when missing."""
    from accredit.workspace import make_dirs

    make_dirs(path.parent)
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(_SCHEMA)
        _check_schema(conn, path, write=True)
    except BaseException:
        conn.close()
        raise
    return conn


def sqlite_uri(path: Path) -> str:
    """``file:`` URI of ``path`` for SQLite: Vietnamese, spaces, '?' and '#' escaped; Windows drives and shares too."""
    posix = path.resolve().as_posix()
    if posix.startswith("//"):  # \\server\share: an empty authority, then the share path
        posix = "//" + posix
    elif not posix.startswith("/"):  # C:/…
        posix = "/" + posix
    return "file://" + quote(posix, safe="/:")


def _empty() -> sqlite3.Connection:
    """An empty index in memory (what a read of a workspace never scanned sees)."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(_SCHEMA)
    return conn


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """The index opened so that nothing is written: read-only, or empty in memory when there is none yet.

    On a read-only folder SQLite cannot create the files WAL mode reads through; the index is
    then opened as immutable (it cannot change while the command runs anyway).
    """
    if not path.is_file():
        return _empty()
    last: sqlite3.Error | None = None
    for params in ("mode=ro", "mode=ro&immutable=1"):
        conn = sqlite3.connect(f"{sqlite_uri(path)}?{params}", uri=True)
        try:
            _check_schema(conn, path, write=False)
            return conn
        except sqlite3.DatabaseError as exc:
            conn.close()
            if isinstance(exc, sqlite3.OperationalError) and "no such table" in str(exc):
                return _empty()  # an index never written to (0 bytes): nothing indexed yet
            if not isinstance(exc, sqlite3.OperationalError):
                raise
            last = exc
    assert last is not None
    raise last


def _backup(path: Path) -> Path | None:
    """A copy of a damaged index beside it (``evidence.sqlite.hong-1``…), or None when it cannot be made."""
    for n in range(1, 100):
        target = path.with_name(f"{path.name}.hong-{n}")
        if not target.exists():
            try:
                shutil.copy2(path, target)
            except OSError:
                return None
            return target
    return None


def index_error(path: Path, exc: sqlite3.Error) -> EvidenceIndexError:
    """The user's message for an SQLite error on the index at ``path``.

    Only a damaged file is called damaged (and a copy of it is kept before anything is
    advised); a read-only folder, a lock held by another program or a full disk are said as
    such: the index is fine, and deleting it would lose the manual links and confirmations.
    """
    detail = str(exc)
    if type(exc) is sqlite3.DatabaseError or any(w in detail.lower() for w in _DAMAGED):
        copy = _backup(path) if path.is_file() else None
        if copy is not None:
            return EvidenceIndexError(t("safety.index.damaged", path=str(path), detail=detail, copy=str(copy)))
        return EvidenceIndexError(t("safety.index.damaged_no_copy", path=str(path), detail=detail))
    if "locked" in detail.lower() or "busy" in detail.lower():
        return EvidenceIndexError(t("safety.index.locked", path=str(path), detail=detail))
    return EvidenceIndexError(t("safety.index.cannot_use", path=str(path), detail=detail))


@dataclass(frozen=True)
class FileRow:
    """A path in the evidence folder as last scanned."""

    path: str
    hash: str
    size: int
    mtime_ns: int
    kind: FileKind


@dataclass(frozen=True)
class ContentRow:
    """What extraction gave for one content (hash)."""

    hash: str
    kind: FileKind
    status: ExtractStatus
    problem: str | None
    detail: str | None
    pages: int | None
    chars: int
    ocr: bool
    meta: DocumentMeta
    version: int


class ContentState(NamedTuple):
    """A content's extraction outcome without its header metadata (cheap to read for every row: a named tuple,
    built three times faster than a frozen dataclass, which counts over 10,000 contents)."""

    kind: FileKind
    status: ExtractStatus
    problem: str | None
    detail: str | None
    pages: int | None
    version: int


@dataclass(frozen=True)
class LinkRow:
    """A stored link, including rejected ones (kept so a re-scan does not bring them back)."""

    hash: str
    framework: str
    requirement: str
    origin: LinkOrigin
    score: float | None
    confirmed: bool
    evidence_code: str | None
    rejected: bool


class EvidenceIndex:
    """An open index. Use :meth:`open` as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # --- lifecycle ---------------------------------------------------------------------------
    @classmethod
    @contextmanager
    def open(cls, path: Path, *, readonly: bool = False) -> Iterator[EvidenceIndex]:
        """Open the index at ``path``: for writing (created if needed), or ``readonly`` (nothing on disk changes).

        A read-only open of a missing index gives an empty one in memory. Any SQLite error, at open
        or later, becomes an :class:`EvidenceIndexError` that says what happened; only a damaged
        file is called damaged, and then a copy of it is kept first (see :func:`index_error`).
        """
        try:
            conn = _connect_readonly(path) if readonly else _connect(path)
        except sqlite3.Error as exc:
            raise index_error(path, exc) from exc
        try:
            yield cls(conn, path)
        except sqlite3.Error as exc:
            raise index_error(path, exc) from exc
        finally:
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside are committed together, or not at all."""
        with self.conn:
            yield

    # --- meta ----------------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        """A stored setting (e.g. the signature of the frameworks last mapped)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def links_generation(self) -> int:
        """The links' generation (:data:`LINKS_GENERATION_KEY`; 0 for an index never written since it was counted)."""
        value = self.get_meta(LINKS_GENERATION_KEY)
        return int(value) if value and value.isdigit() else 0

    def set_meta(self, key: str, value: str) -> None:
        """Store a setting."""
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # --- files -----------------------------------------------------------------------------------
    def files(self) -> dict[str, FileRow]:
        """Every indexed path."""
        rows = self.conn.execute("SELECT path, hash, size, mtime_ns, kind FROM files")
        return {r[0]: FileRow(r[0], r[1], r[2], r[3], _kind(r[4])) for r in rows}

    def each_file_hash(self) -> Iterator[tuple[str, str]]:
        """Every indexed (path, content hash), sorted by path, streamed one at a time (one query along the primary
        key, no row objects, nothing kept for the whole index; UTF-8 byte order is the order of ``sorted``)."""
        yield from self.conn.execute("SELECT path, hash FROM files ORDER BY path")

    def hashes_by_first_path(self) -> list[str]:
        """Every indexed content once, in the order of the first path (by name) that holds it."""
        return [r[0] for r in self.conn.execute("SELECT hash FROM files GROUP BY hash ORDER BY MIN(path)")]

    def stamps(self) -> dict[str, tuple[str, int, int]]:
        """Every indexed path → (hash, size, mtime_ns), as plain tuples (what a re-scan compares, cheaply)."""
        return {r[0]: (r[1], r[2], r[3]) for r in self.conn.execute("SELECT path, hash, size, mtime_ns FROM files")}

    def files_of(self, hashes: Iterable[str]) -> dict[str, FileRow]:
        """The indexed paths holding the contents ``hashes`` (what an operation on a few files reads)."""
        out: dict[str, FileRow] = {}
        for chunk in _chunks(hashes):
            rows = self.conn.execute(
                f"SELECT path, hash, size, mtime_ns, kind FROM files WHERE hash IN ({_marks(chunk)})", chunk)
            out.update({r[0]: FileRow(r[0], r[1], r[2], r[3], _kind(r[4])) for r in rows})
        return dict(sorted(out.items()))

    def file(self, path: str) -> FileRow | None:
        """One indexed path (None when the index does not hold it)."""
        r = self.conn.execute("SELECT path, hash, size, mtime_ns, kind FROM files WHERE path=?", (path,)).fetchone()
        return FileRow(r[0], r[1], r[2], r[3], _kind(r[4])) if r else None

    def put_file(self, row: FileRow) -> None:
        """Insert or update a path."""
        self.put_files([row])

    def put_files(self, rows: Iterable[FileRow]) -> None:
        """Insert or update paths."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
            [(r.path, r.hash, r.size, r.mtime_ns, r.kind.value) for r in rows],
        )

    def delete_files(self, paths: Iterable[str]) -> None:
        """Forget paths that are gone."""
        self.conn.executemany("DELETE FROM files WHERE path=?", [(p,) for p in paths])

    def paths_of(self, hash_: str) -> list[str]:
        """The paths holding a content, sorted."""
        rows = self.conn.execute("SELECT path FROM files WHERE hash=? ORDER BY path", (hash_,))
        return [r[0] for r in rows]

    # --- contents ----------------------------------------------------------------------------
    def contents(self) -> dict[str, ContentRow]:
        """Every content's extraction outcome (without the text)."""
        rows = self.conn.execute(
            "SELECT hash, kind, status, problem, detail, pages, chars, ocr, meta, version FROM contents"
        )
        return {r[0]: _content(r) for r in rows}

    def contents_of(self, hashes: Iterable[str]) -> dict[str, ContentRow]:
        """The extraction outcomes of the contents ``hashes`` (without the text)."""
        out: dict[str, ContentRow] = {}
        for chunk in _chunks(hashes):
            rows = self.conn.execute(
                "SELECT hash, kind, status, problem, detail, pages, chars, ocr, meta, version FROM contents"
                f" WHERE hash IN ({_marks(chunk)})", chunk)
            out.update({r[0]: _content(r) for r in rows})
        return out

    def states(self) -> dict[str, ContentState]:
        """Every content's extraction outcome, without metadata or text (what a re-scan compares)."""
        return _states(self.conn.execute(f"SELECT {_STATE_COLUMNS} FROM contents"))

    def states_of(self, hashes: Iterable[str]) -> dict[str, ContentState]:
        """The extraction outcomes of the contents ``hashes``, without metadata or text."""
        out: dict[str, ContentState] = {}
        for chunk in _chunks(hashes):
            out.update(_states(self.conn.execute(
                f"SELECT {_STATE_COLUMNS} FROM contents WHERE hash IN ({_marks(chunk)})", chunk)))
        return out

    def put_content(self, row: ContentRow, text: str) -> None:
        """Store an extraction outcome and its text (compressed)."""
        self.put_content_blob(row, compress_text(text))

    def put_content_blob(self, row: ContentRow, blob: bytes | None) -> None:
        """Store an extraction outcome and its text already compressed by :func:`compress_text`."""
        self.conn.execute(
            "INSERT OR REPLACE INTO contents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.hash, row.kind.value, row.status.value, row.problem, row.detail, row.pages, row.chars,
                int(row.ocr), row.meta.model_dump_json(exclude_none=True), blob, row.version,
            ),
        )

    def text(self, hash_: str) -> str:
        """The extracted text of a content ('' when none)."""
        row = self.conn.execute("SELECT text FROM contents WHERE hash=?", (hash_,)).fetchone()
        if not row or row[0] is None:
            return ""
        return zlib.decompress(row[0]).decode("utf-8")

    def prune_contents(self) -> int:
        """Drop texts of contents no path holds any more (links and annotations are kept)."""
        cur = self.conn.execute("DELETE FROM contents WHERE hash NOT IN (SELECT hash FROM files)")
        return cur.rowcount

    # --- pending: contents a scan changed that mapping has not seen yet (kept across a killed run) ----
    def add_pending(self, hashes: Iterable[str]) -> None:
        """Mark contents as needing mapping."""
        self.conn.executemany("INSERT OR IGNORE INTO pending VALUES (?)", [(h,) for h in hashes])

    def pending(self) -> set[str]:
        """Contents waiting to be mapped."""
        return {r[0] for r in self.conn.execute("SELECT hash FROM pending")}

    def clear_pending(self) -> None:
        """Mapping is done."""
        self.conn.execute("DELETE FROM pending")

    # --- annotations (user's titles and notes) ---------------------------------------------------
    def annotations(self) -> dict[str, tuple[str | None, str | None]]:
        """hash → (title, note) entered by the user."""
        rows = self.conn.execute("SELECT hash, title, note FROM annotations")
        return {r[0]: (r[1], r[2]) for r in rows}

    def annotations_of(self, hashes: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """hash → (title, note) entered by the user, for the contents ``hashes``."""
        out: dict[str, tuple[str | None, str | None]] = {}
        for chunk in _chunks(hashes):
            rows = self.conn.execute(f"SELECT hash, title, note FROM annotations WHERE hash IN ({_marks(chunk)})",
                                     chunk)
            out.update({r[0]: (r[1], r[2]) for r in rows})
        return out

    def annotate(self, hash_: str, *, title: str | None = None, note: str | None = None) -> None:
        """Set the user's title and note for a content (None clears)."""
        if title is None and note is None:
            self.conn.execute("DELETE FROM annotations WHERE hash=?", (hash_,))
        else:
            self.conn.execute("INSERT OR REPLACE INTO annotations VALUES (?, ?, ?)", (hash_, title, note))

    # --- links ---------------------------------------------------------------------------------
    def links(self, *, include_rejected: bool = False) -> list[LinkRow]:
        """Stored links, sorted by framework, requirement, hash."""
        return self._links("", (), include_rejected)

    def links_of(self, hashes: Iterable[str], *, include_rejected: bool = False) -> list[LinkRow]:
        """The stored links of the contents ``hashes``, sorted by framework, requirement, hash."""
        out: list[LinkRow] = []
        for chunk in _chunks(hashes):
            out += self._links(f"hash IN ({_marks(chunk)})", chunk, include_rejected)
        return sorted(out, key=lambda r: (r.framework, r.requirement, r.hash)) if len(out) > 1 else out

    def links_to(self, framework: str, requirement: str) -> list[LinkRow]:
        """The stored links (rejected ones left out) to one requirement of a framework, sorted by hash."""
        return self._links("framework=? AND requirement=?", (framework, requirement), False)

    def _links(self, where: str, args: tuple[object, ...] | list[str], include_rejected: bool) -> list[LinkRow]:
        sql = "SELECT hash, framework, requirement, origin, score, confirmed, evidence_code, rejected FROM links"
        conditions = [c for c in (where, "" if include_rejected else "rejected=0") if c]
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += " ORDER BY framework, requirement, hash"
        return [
            LinkRow(r[0], r[1], r[2], _origin(r[3]), r[4], bool(r[5]), r[6], bool(r[7]))
            for r in self.conn.execute(sql, args)
        ]

    def taught_links(self) -> Iterator[tuple[LinkRow, str, DocumentMeta | None]]:
        """The links a person or a code made, confirmed or rejected (open suggestions left out) of the contents a
        path holds, sorted by framework, requirement, hash, each with the first path (in name order) holding its
        content and that content's header: streamed, one row at a time, whatever the size of the index."""
        rows = self.conn.execute(
            "SELECT l.hash, l.framework, l.requirement, l.origin, l.score, l.confirmed, l.evidence_code, l.rejected,"
            " (SELECT MIN(f.path) FROM files f WHERE f.hash = l.hash) AS first, c.meta"
            " FROM links l LEFT JOIN contents c ON c.hash = l.hash"
            " WHERE (l.rejected = 1 OR l.origin != ? OR l.confirmed = 1) AND first IS NOT NULL"
            " ORDER BY l.framework, l.requirement, l.hash",
            (LinkOrigin.SUGGESTED.value,),
        )
        for r in rows:  # MIN on the UTF-8 bytes: the first path as ``sorted`` orders them
            meta = DocumentMeta.model_validate(json.loads(r[9] or "{}")) if r[9] is not None else None
            yield LinkRow(r[0], r[1], r[2], _origin(r[3]), r[4], bool(r[5]), r[6], bool(r[7])), r[8], meta

    def put_link(self, row: LinkRow) -> None:
        """Insert or replace a link."""
        self.conn.execute(
            "INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.hash, row.framework, row.requirement, row.origin.value, row.score,
                int(row.confirmed), row.evidence_code, int(row.rejected),
            ),
        )

    def link_counts(self) -> dict[LinkOrigin, tuple[int, int]]:
        """Per origin, (links, distinct contents) of the files present, rejected links left out."""
        rows = self.conn.execute(
            "SELECT origin, COUNT(*), COUNT(DISTINCT hash) FROM links"
            " WHERE rejected=0 AND hash IN (SELECT hash FROM files) GROUP BY origin"
        )
        return {LinkOrigin(r[0]): (r[1], r[2]) for r in rows}

    def delete_links(self, keys: Iterable[tuple[str, str, str]]) -> None:
        """Remove links by (hash, framework, requirement)."""
        self.conn.executemany(
            "DELETE FROM links WHERE hash=? AND framework=? AND requirement=?", list(keys)
        )


SCRATCH_CACHE_KB = 256
"""Page cache of a :class:`Scratch` database (SQLite's default is 2 MB)."""


class Scratch:
    """Values worked out during one run, kept on disk instead of in memory: a private temporary SQLite database
    (a file SQLite unlinks as soon as it made it, so nothing is left behind, even by a killed process; only
    its page cache, a few MB at most, stays in memory). Separate from the index: writing it never begins,
    joins or commits a transaction of the index. Use it as a context manager, or :meth:`close` it."""

    def __init__(self) -> None:
        self.conn = sqlite3.connect("", isolation_level=None)  # autocommit: each write stands alone
        self.conn.execute("PRAGMA journal_mode=OFF")  # nothing to recover: the file dies with the connection
        self.conn.execute("PRAGMA synchronous=OFF")
        self.conn.execute(f"PRAGMA cache_size=-{SCRATCH_CACHE_KB}")  # each value is written once, read once
        self.conn.execute("CREATE TABLE scratch (key TEXT PRIMARY KEY, value BLOB NOT NULL)")

    def __enter__(self) -> Scratch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def put_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        """Store (key, value) pairs, replacing those of the same keys, in one transaction."""
        with self.conn:
            self.conn.execute("BEGIN")
            self.conn.executemany("INSERT OR REPLACE INTO scratch VALUES (?, ?)", items)

    def pop(self, key: str) -> bytes | None:
        """The value stored for ``key``, removed (None when there is none)."""
        row = self.conn.execute("SELECT value FROM scratch WHERE key=?", (key,)).fetchone()
        if row is None:
            return None
        self.conn.execute("DELETE FROM scratch WHERE key=?", (key,))
        return bytes(row[0])

    def __len__(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM scratch").fetchone()[0])

    def close(self) -> None:
        """Drop every value (the file goes with the connection)."""
        self.conn.close()


_KINDS = {k.value: k for k in FileKind}
_ORIGINS = {o.value: o for o in LinkOrigin}
_STATUSES = {s.value: s for s in ExtractStatus}


def _kind(value: str) -> FileKind:
    return _KINDS.get(value) or FileKind(value)  # a lookup: the enum's own call is slow over 10,000 rows


def _origin(value: str) -> LinkOrigin:
    return _ORIGINS.get(value) or LinkOrigin(value)


def _status(value: str) -> ExtractStatus:
    return _STATUSES.get(value) or ExtractStatus(value)


_STATE_COLUMNS = "hash, kind, status, problem, detail, pages, version"


def _states(rows: Iterable[tuple]) -> dict[str, ContentState]:  # type: ignore[type-arg]
    return {r[0]: ContentState(_kind(r[1]), _status(r[2]), r[3], r[4], r[5], r[6]) for r in rows}


_CHUNK = 500  # SQLite's limit on the values of one query is 999 in old versions


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    """``values`` without repeats, sorted, in slices one query can take."""
    items = sorted(set(values))
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _marks(chunk: list[str]) -> str:
    return ",".join("?" * len(chunk))


TEXT_LEVEL = 1
"""zlib level of the stored texts: five times faster to write than the default 6, for 40 % more bytes (the
texts of 1,000 realistic files: 5.9 MB instead of 4.1 MB); read back at the same speed."""


def compress_text(text: str) -> bytes | None:
    """An extracted text as the index stores it (None for no text)."""
    return zlib.compress(text.encode("utf-8"), TEXT_LEVEL) if text else None


def _content(r: tuple) -> ContentRow:  # type: ignore[type-arg]
    return ContentRow(
        hash=r[0],
        kind=_kind(r[1]),
        status=_status(r[2]),
        problem=r[3],
        detail=r[4],
        pages=r[5],
        chars=r[6],
        ocr=bool(r[7]),
        meta=DocumentMeta.model_validate(json.loads(r[8] or "{}")),
        version=r[9],
    )


def link_model(row: LinkRow, path: str, title: str | None, issued: object = None, *,
               file_problem: str | None = None, passage: tuple[str, list[str]] | None = None) -> EvidenceLink:
    """The public :class:`EvidenceLink` for a stored link held at ``path`` (built once: over 100,000 links a
    copy per extra field costs seconds), with its file's problem and, for a suggestion, the passage that
    matched and its words."""
    return EvidenceLink(
        evidence_id=row.hash,
        path=path,
        framework=row.framework,
        requirement=row.requirement,
        origin=row.origin,
        score=row.score,
        confirmed=row.confirmed,
        evidence_code=row.evidence_code,
        title=title,
        issued=issued,  # type: ignore[arg-type]
        file_problem=file_problem,
        passage=passage[0] if passage is not None else None,
        matched=passage[1] if passage is not None else [],
    )
