"""Scan the evidence folder: walk, stat, hash, decide what to (re)read, extract in parallel, update the index.

A re-scan compares each path's size and modification time with the index and hashes only the
files that differ; a content already known (a copy, a renamed file, a file touched but unchanged)
is not read again. Paths that disappeared are reported as renamed when their content shows up
under a new path, else as deleted. Files are opened for reading only, and one bad file never
stops the scan: its problem is recorded and listed.

Hashing, text extraction and header reading run in worker processes (:mod:`accredit.evidence.workers`,
which die with this process); results stream into the index and are committed in batches, so
memory stays flat whatever the folder's size and a scan that is killed keeps what it had read.
The contents a scan changed are marked *pending* in the index until mapping has seen them.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import Any, BinaryIO, Protocol

from accredit.containment import inside
from accredit.evidence import workers as worker_pool
from accredit.evidence.extract import EXTRACTOR_VERSION, Extraction, ExtractOptions, extract_file, kind_of_name, ocr
from accredit.evidence.extract.base import short
from accredit.evidence.extract.legacy import soffice
from accredit.evidence.index import ContentRow, ContentState, EvidenceIndex, FileRow, compress_text
from accredit.evidence.metadata import read_header
from accredit.evidence.ocr_cache import cached_ocr, keep_ocr
from accredit.model.evidence import DocumentMeta, ExtractStatus, FileKind, Rename, ScanIssue, ScanReport
from accredit.safe_text import clean_text

HASH_CHUNK = 1 << 20
BATCH = 4
"""Files per extraction task sent to a worker (small: a slow file holds back few others)."""
HASH_BATCH = 32
"""Files per hashing task."""
COMMIT_BYTES = 16 << 20
"""Compressed text buffered before a commit, at most."""
COMMIT_SECONDS = 2.0
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


@dataclass(frozen=True)
class ScanOptions:
    """How to scan: worker processes (None: one per CPU), full re-read, extraction limits.

    ``commit_every`` files (or 2 s, or 16 MB of compressed text) go to the index in one committed batch;
    fewer than ``min_parallel`` files, or fewer than ``min_parallel_bytes`` bytes, to examine are
    read in this process (starting workers costs more than reading a small folder);
    ``start_method`` is the multiprocessing start method of the workers.
    """

    workers: int | None = None
    full: bool = False
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    skip_dirs: tuple[Path, ...] = ()
    commit_every: int = 200
    min_parallel: int = 16
    min_parallel_bytes: int = 8 << 20
    start_method: str = worker_pool.START_METHOD


@dataclass(frozen=True)
class ScanProgress:
    """A progress tick: phase ('walk', 'hash', 'extract'), done of total, current path."""

    phase: str
    done: int
    total: int
    path: str | None = None


ProgressFn = Callable[[ScanProgress], None]


class Background(Protocol):
    """Work the main process does while it waits for its workers (the mapping of the contents read so far).

    ``committed`` is told (hash, path it was read from, header metadata) of each content as soon as its text
    is committed to the index; ``step`` does a little work (one content) and says whether it did any. The
    scan calls ``step`` only when no worker has a result ready, so the workers never wait for it.
    """

    def committed(self, contents: list[tuple[str, str, DocumentMeta]]) -> None:
        """Contents whose text the index now holds."""

    def step(self) -> bool:
        """Do one unit of work; False when there is none."""


@dataclass
class ScanResult:
    """The report, plus the contents whose text or paths changed (they need mapping again; they are
    also marked pending in the index, see :meth:`EvidenceIndex.pending`)."""

    report: ScanReport
    touched: set[str]


@dataclass(slots=True)
class _Seen:
    """A file of the folder, one each (no ``__dict__``; the full path is made when asked for, not kept: over
    10,000 files the Vietnamese names held twice would be 3 MB)."""

    path: str
    top: str  # the folder walked, as given (one string shared by all)
    size: int
    mtime_ns: int
    kind: FileKind

    @property
    def full(self) -> str:
        """The file's path as the walk met it (``os.scandir`` joins each name to its folder the same way)."""
        return os.path.join(self.top, *self.path.split("/"))


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while a scan builds its lists of plain rows (no reference cycles,
    so nothing waits for it): over 10,000 files it would otherwise walk every object of the process, the
    imported libraries included, several times (half the time of a warm re-scan's walk). It is enabled
    again after, when it was."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def sha256_file(path: str | Path) -> str:
    """'sha256:<hex>' of a file's bytes, read in chunks."""
    with open(path, "rb") as fh:
        return sha256_stream(fh)


def sha256_stream(fh: BinaryIO) -> str:
    """'sha256:<hex>' of what is left to read from the open binary file ``fh``, read in chunks."""
    digest = hashlib.sha256()
    while chunk := fh.read(HASH_CHUNK):
        digest.update(chunk)
    return "sha256:" + digest.hexdigest()


def _ignored(name: str) -> bool:
    return name.startswith((".", "~$")) or name.lower() in IGNORED_NAMES


def walk(root: Path, skip_dirs: tuple[Path, ...] = ()) -> tuple[list[_Seen], list[ScanIssue], int]:
    """Every regular file under ``root`` (any depth, symlinked folders not followed).

    Returns the files, the problems met (unreadable folders, undecodable names, broken links,
    links and junctions leading out of the folder) and the number of system/temporary files ignored.

    One ``os.scandir`` per folder and one ``stat`` per file (the entry's type comes with the
    listing); paths stay strings. Only a link (on Windows also a folder, which may be a junction)
    has its target resolved to check that it stays inside ``root``.
    """
    seen: list[_Seen] = []
    issues: list[ScanIssue] = []
    ignored = 0
    skip = {os.path.normcase(os.path.realpath(p)) for p in skip_dirs}
    windows = os.name == "nt"  # a folder may be a junction there (neither a link nor followed by is_symlink)
    top = os.fspath(root)
    stack: list[tuple[str, str, str]] = [(top, "", os.path.realpath(top))]  # (folder, its path under root, real)
    while stack:
        folder, prefix, real = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:  # a folder that cannot be read: listed, and the walk goes on
            issues.append(ScanIssue(path=prefix or ".", status=ExtractStatus.ERROR, problem="unreadable",
                                    detail=short(exc)))
            continue
        named_ok = _good_name(prefix)
        below: list[tuple[str, str, str]] = []
        problems: list[ScanIssue] = []  # of the files, listed after those of the folders (as os.walk did)
        for entry in entries:
            name = entry.name
            rel = f"{prefix}/{name}" if prefix else name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if _ignored(name):
                    continue
                link = _is_link(entry)
                target = os.path.realpath(entry.path) if link or windows else os.path.join(real, name)
                if os.path.normcase(target) in skip:
                    continue
                if (link or windows) and not inside(Path(entry.path), root):
                    issues.append(_outside(entry.path, rel))  # a link or junction out of the folder
                elif not link:  # a symlinked folder inside is not followed (its files are reached directly)
                    below.append((entry.path, rel, target))
                continue
            if _ignored(name):
                ignored += 1
                continue
            if not (named_ok and _good_name(name)):
                problem = _bad_name(rel)
                if problem is not None:
                    problems.append(problem)
                    continue
            try:
                st = entry.stat()
            except OSError as exc:  # a broken link, a file gone or not allowed
                problems.append(ScanIssue(path=rel, status=ExtractStatus.ERROR, problem="unreadable",
                                          detail=short(exc)))
                continue
            if not S_ISREG(st.st_mode):
                continue
            if _is_link(entry) and not inside(Path(entry.path), root):
                problems.append(_outside(entry.path, rel))  # never read, indexed or packaged
                continue
            seen.append(_Seen(rel, top, st.st_size, st.st_mtime_ns, kind_of_name(name)))
        issues += problems
        stack += reversed(below)  # folders in name order, each one's files before the next folder's
    return seen, issues, ignored


def _is_link(entry: os.DirEntry[str]) -> bool:
    """Whether the entry is a symbolic link (False when that cannot be told, as ``Path.is_symlink``)."""
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _good_name(name: str) -> bool:
    """A name (or path) every file system, workbook and document can hold: UTF-8, no control character."""
    if name.isprintable():  # no control character, no lone surrogate (the common case, told at C speed)
        return True
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return clean_text(name) == name


def _bad_name(rel: str) -> ScanIssue | None:
    """The issue of a path that cannot be shown or stored as it is (None when it can)."""
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(rel).decode("utf-8", "replace")
        return ScanIssue(path=shown, status=ExtractStatus.ERROR, problem="bad_name")
    if clean_text(rel) != rel:  # a control character: no Windows folder, workbook or document can hold it
        return ScanIssue(path=rel.encode("unicode_escape").decode("ascii"), status=ExtractStatus.ERROR,
                         problem="bad_name")
    return None


def _outside(path: str, rel: str) -> ScanIssue:
    """The issue of a link (or junction) that leads outside the evidence folder."""
    return ScanIssue(path=rel, status=ExtractStatus.SKIPPED, problem="outside_folder", detail=os.path.realpath(path))


def _extract_job(path: str, options: ExtractOptions) -> tuple[Extraction, DocumentMeta]:
    """Worker: extract one file and read its header (runs in a child process)."""
    result = extract_file(Path(path), options)
    meta = read_header(result.text) if result.text else DocumentMeta()
    return result, meta


@dataclass(frozen=True)
class _Read:
    """What a worker sends back for one content: the outcome (without its text), the header
    metadata, the text compressed as the index stores it, and its length."""

    hash: str
    extraction: Extraction
    meta: DocumentMeta
    blob: bytes | None
    chars: int


def _read(h: str, path: str, options: ExtractOptions) -> _Read:
    """Worker: read one content and compress its text (so the main process only stores it)."""
    cached = cached_ocr(h, options)  # text OCR read from this content before (accredit.evidence.ocr_cache)
    if cached is not None:
        extraction, meta = cached, read_header(cached.text) if cached.text else DocumentMeta()
    else:
        extraction, meta = _extract_job(path, options)
        if extraction.ocr:
            keep_ocr(h, options, extraction)
    text, extraction.text = extraction.text, ""
    return _Read(h, extraction, meta, compress_text(text), len(text))


def _extract_batch(items: list[tuple[str, str]], options: ExtractOptions) -> list[_Read]:
    """Worker: read a batch of (hash, path)."""
    return [_read(h, path, options) for h, path in items]


def _hash_batch(paths: list[str]) -> list[tuple[str, str | None, str | None]]:
    """Worker: (path, hash, None) for each file, or (path, None, problem) when it cannot be read."""
    out: list[tuple[str, str | None, str | None]] = []
    for p in paths:
        try:
            out.append((p, sha256_file(p), None))
        except OSError as exc:
            out.append((p, None, short(exc)))
    return out


def _needs_retry(row: ContentState | ContentRow, options: ExtractOptions) -> bool:
    """A stored outcome that a newly installed tool could improve."""
    if row.version != EXTRACTOR_VERSION:
        return True
    if row.problem == "needs_ocr" and options.ocr and ocr.engine_for(options).available(options.ocr_lang):
        return True
    return row.problem == "needs_libreoffice" and soffice(options.soffice) is not None


class _Writer:
    """Buffers file rows and extraction results and commits them to the index in batches."""

    def __init__(self, index: EvidenceIndex, before: dict[str, tuple[str, int, int]], every: int,
                 background: Background | None = None) -> None:
        self.index, self.before, self.every = index, before, max(1, every)
        self.background = background
        self.files: list[FileRow] = []
        self.contents: list[tuple[ContentRow, bytes | None, str]] = []
        self.pending: set[str] = set()
        self.text_bytes = 0
        self.last = time.monotonic()

    def file(self, row: FileRow) -> None:
        """A hashed path (pending for mapping when it is new or its content changed)."""
        old = self.before.get(row.path)
        if old is None or old[0] != row.hash:
            self.pending.add(row.hash)
        self.files.append(row)
        self._maybe_flush()

    def content(self, row: ContentRow, blob: bytes | None, path: str = "") -> None:
        """An extraction outcome and its compressed text (read from ``path``)."""
        self.contents.append((row, blob, path))
        self.pending.add(row.hash)
        self.text_bytes += len(blob or b"")
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if (len(self.files) + len(self.contents) >= self.every or self.text_bytes >= COMMIT_BYTES
                or time.monotonic() - self.last >= COMMIT_SECONDS):
            self.flush()

    def flush(self) -> None:
        """Commit what is buffered (contents before the paths that point to them)."""
        if self.files or self.contents or self.pending:
            with self.index.transaction():
                for row, blob, _path in self.contents:
                    self.index.put_content_blob(row, blob)
                self.index.put_files(self.files)
                self.index.add_pending(self.pending)
            if self.background is not None and self.contents:
                self.background.committed([(row.hash, path, row.meta) for row, _blob, path in self.contents])
        self.files, self.contents, self.pending = [], [], set()
        self.text_bytes = 0
        self.last = time.monotonic()


class _Scan:
    """One scan's hashing and extraction: in this process, or streamed through worker processes."""

    def __init__(self, options: ScanOptions, states: dict[str, ContentState], writer: _Writer,
                 progress: ProgressFn | None) -> None:
        self.options, self.states, self.writer, self.progress = options, states, writer, progress
        self.hashes: dict[str, str] = {}
        self.issues: list[ScanIssue] = []
        self.extracted: set[str] = set()
        self.queued: dict[str, _Seen] = {}  # content → the path it is read from (once per content)
        self.to_extract: deque[str] = deque()
        self.hashed = self.total = 0

    # --- results ------------------------------------------------------------------------------
    def hashed_one(self, f: _Seen, h: str | None, problem: str | None) -> None:
        """A file's hash arrived: record it and queue its content for reading when it is not known."""
        self.hashed += 1
        if h is None:
            self.issues.append(ScanIssue(path=f.path, status=ExtractStatus.ERROR, problem="unreadable",
                                         detail=problem))
        else:
            self.hashes[f.path] = h
            self.writer.file(FileRow(f.path, h, f.size, f.mtime_ns, f.kind))
            if h not in self.queued and self._needs_read(h, f.kind):
                self.queued[h] = f
                self.to_extract.append(h)
        if self.progress:
            self.progress(ScanProgress("hash", self.hashed, self.total, f.path))

    def _needs_read(self, h: str, kind: FileKind) -> bool:
        row = self.states.get(h)
        return self.options.full or row is None or row.kind != kind or _needs_retry(row, self.options.extract)

    def extracted_one(self, read: _Read) -> None:
        """A content was read: hand it to the writer."""
        h, res = read.hash, read.extraction
        f = self.queued[h]
        self.extracted.add(h)
        self.writer.content(
            ContentRow(h, f.kind, res.status, res.problem, res.detail, res.pages, read.chars, res.ocr, read.meta,
                       EXTRACTOR_VERSION),
            read.blob,
            f.path,
        )
        if self.progress:
            self.progress(ScanProgress("extract", len(self.extracted), len(self.queued), f.path))

    # --- running ------------------------------------------------------------------------------
    def run(self, files: list[_Seen]) -> None:
        """Hash ``files`` and read every content not known yet."""
        self.total = len(files)
        workers = self.options.workers or os.cpu_count() or 1
        small = len(files) < self.options.min_parallel or sum(f.size for f in files) < self.options.min_parallel_bytes
        if workers <= 1 or small:
            for f in files:
                try:
                    self.hashed_one(f, sha256_file(f.full), None)
                except OSError as exc:
                    self.hashed_one(f, None, short(exc))
            while self.to_extract:
                h = self.to_extract.popleft()
                self.extracted_one(_read(h, self.queued[h].full, self.options.extract))
            return
        chunks: deque[list[_Seen]] = deque(files[i : i + HASH_BATCH] for i in range(0, len(files), HASH_BATCH))
        while chunks or self.to_extract:
            suspects = self._stream(workers, chunks)
            if suspects:
                self._isolate(suspects, workers)

    def _stream(self, workers: int, chunks: deque[list[_Seen]]) -> list[str]:
        """Run hashing and extraction tasks in one pool until done or until it breaks.

        Returns the contents that were being read when a worker died (one of them killed it).
        """
        inflight: dict[Future, tuple[str, list[Any]]] = {}  # type: ignore[type-arg]  # hashes or files
        opts = self.options.extract
        try:
            with worker_pool.pool(workers, start_method=self.options.start_method) as pool:
                while True:
                    while len(inflight) < workers * 2:
                        if len(self.to_extract) >= BATCH or (self.to_extract and not chunks):
                            batch = [self.to_extract.popleft() for _ in range(min(BATCH, len(self.to_extract)))]
                            items = [(h, self.queued[h].full) for h in batch]
                            inflight[pool.submit(_extract_batch, items, opts)] = ("extract", batch)
                        elif chunks:
                            chunk = chunks.popleft()
                            inflight[pool.submit(_hash_batch, [f.full for f in chunk])] = ("hash", chunk)
                        else:
                            break
                    if not inflight:
                        return []
                    finished = self._wait(inflight)
                    for fut in finished:
                        kind, sent = inflight[fut]
                        result = fut.result()  # raises BrokenProcessPool when a worker died
                        del inflight[fut]
                        if kind == "hash":  # one result a file, in order
                            for f, (_full, h, problem) in zip(sent, result, strict=True):
                                self.hashed_one(f, h, problem)
                        else:
                            for read in result:
                                self.extracted_one(read)
        except BrokenProcessPool:
            suspects: list[str] = []
            for kind, work in inflight.values():
                if kind == "hash":
                    chunks.appendleft(work)
                else:
                    suspects += work
            return suspects

    def _wait(self, inflight: dict[Future, tuple[str, list[Any]]]) -> set[Future]:  # type: ignore[type-arg]
        """The tasks finished; while none is, the background work goes on one step at a time."""
        background = self.writer.background
        finished: set[Future] = set()  # type: ignore[type-arg]
        if background is not None:
            while True:
                finished, _ = wait(inflight, timeout=0)
                if finished or not background.step():
                    break
        if not finished:
            finished, _ = wait(inflight, return_when=FIRST_COMPLETED)
        return finished

    def _isolate(self, suspects: list[str], workers: int) -> None:
        """Read the contents in flight when a worker died, halving the group until the culprit stands alone."""
        groups = [suspects]
        while groups:
            group = [h for h in groups.pop() if h not in self.extracted]
            if not group:
                continue
            if len(group) == 1:
                try:
                    with worker_pool.pool(1, start_method=self.options.start_method) as pool:
                        result = pool.submit(_extract_batch, [(group[0], self.queued[group[0]].full)],
                                             self.options.extract).result()
                    for read in result:
                        self.extracted_one(read)
                except BrokenProcessPool:
                    crashed = Extraction.failed("crashed", "the reader process died")
                    self.extracted_one(_Read(group[0], crashed, DocumentMeta(), None, 0))
                continue
            try:
                with worker_pool.pool(min(workers, len(group)), start_method=self.options.start_method) as pool:
                    futures = [pool.submit(_extract_batch, [(h, self.queued[h].full)], self.options.extract)
                               for h in group]
                    for fut in futures:
                        for read in fut.result():
                            self.extracted_one(read)
            except BrokenProcessPool:
                left = [h for h in group if h not in self.extracted]
                half = len(left) // 2
                groups += [left[half:], left[:half]]


def scan_folder(
    root: Path, index: EvidenceIndex, options: ScanOptions | None = None, progress: ProgressFn | None = None,
    background: Background | None = None,
) -> ScanResult:
    """Bring the index up to date with the files under ``root``; never writes under ``root``.

    ``background`` is told of each content committed and given the time this process would otherwise
    spend waiting for its workers (see :class:`Background`)."""
    options = options or ScanOptions()
    with paused_gc():
        seen, issues, ignored = walk(root, options.skip_dirs)
        before = index.stamps()  # path → (hash, size, mtime_ns): plain tuples, read in one query
        states = index.states()
    if progress:
        progress(ScanProgress("walk", len(seen), len(seen)))

    unchanged: list[_Seen] = []
    to_hash: list[_Seen] = []
    for f in seen:
        old = before.get(f.path)
        if old and not options.full and old[1] == f.size and old[2] == f.mtime_ns and old[0] in states:
            unchanged.append(f)
        else:
            to_hash.append(f)

    writer = _Writer(index, before, options.commit_every, background)
    scan = _Scan(options, states, writer, progress)
    scan.run(to_hash)
    writer.flush()
    issues += scan.issues
    hashes = scan.hashes
    hashes.update({f.path: before[f.path][0] for f in unchanged})
    unreadable = {i.path for i in scan.issues}
    present = [f for f in seen if f.path in hashes]
    extracted = scan.extracted

    now = {f.path for f in present}
    gone = [p for p in before if p not in now and p not in unreadable]
    new_paths = [f.path for f in present if f.path not in before]
    renamed: list[Rename] = []
    claimed: set[str] = set()
    new_by_hash: dict[str, list[str]] = {}
    for n in new_paths:
        new_by_hash.setdefault(hashes[n], []).append(n)
    for p in gone:
        target = next((n for n in new_by_hash.get(before[p][0], ()) if n not in claimed), None)
        if target is not None:
            claimed.add(target)
            renamed.append(Rename(old=p, new=target))
    renamed_old = {r.old for r in renamed}
    changed = [
        f.path for f in to_hash if f.path in before and f.path in hashes and hashes[f.path] != before[f.path][0]
    ]

    gone_hashes = {before[p][0] for p in gone}
    with index.transaction():
        index.delete_files(gone)
        index.add_pending(gone_hashes)
        index.prune_contents()

    touched = set(extracted) | {hashes[p] for p in new_paths} | {hashes[p] for p in changed} | gone_hashes
    with paused_gc():
        report = _report(root, {**states, **index.states_of(extracted)}, present, hashes, issues)
    report = report.model_copy(
        update={
            "new": len(new_paths) - len({r.new for r in renamed}),
            "changed": len(changed),
            "unchanged": len(unchanged) + sum(1 for f in to_hash if f.path in before and f.path not in changed
                                               and f.path in hashes),
            "renamed": renamed,
            "deleted": sorted(p for p in gone if p not in renamed_old),
            "extracted": len(extracted),
            "reused": sum(1 for f in to_hash if f.path in hashes and hashes[f.path] not in extracted),
            "ignored": ignored,
        }
    )
    return ScanResult(report=report, touched=touched)


def _report(
    root: Path, contents: dict[str, ContentState], present: list[_Seen], hashes: dict[str, str],
    issues: list[ScanIssue],
) -> ScanReport:
    """Totals over every file now in the folder (so a warm re-scan still lists every problem); ``contents``:
    the outcome of every content the folder holds (those read before the scan, updated with those it read)."""
    rows = [contents[hashes[f.path]] for f in present]
    by_kind = Counter(f.kind for f in present)  # counted by member, named once per kind (not once per file)
    by_status = Counter(row.status for row in rows)
    listed = list(issues)
    ok = ExtractStatus.OK
    for f, row in zip(present, rows, strict=True):
        if row.status is not ok:
            listed.append(ScanIssue(path=f.path, status=row.status, problem=row.problem or row.status.value,
                                    detail=row.detail))
    return ScanReport(
        root=str(root),
        files=len(present),
        pages=sum(row.pages or 0 for row in rows),
        bytes=sum(f.size for f in present),
        by_kind=dict(sorted((k.value, n) for k, n in by_kind.items())),
        by_status=dict(sorted((s.value, n) for s, n in by_status.items())),
        issues=sorted(listed, key=lambda i: i.path),
    )
