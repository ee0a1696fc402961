"""Scan the evidence folder: walk, stat, hash, decide what to (re)read, extract in parallel, update the index.

A re-scan compares each path's size and modification time with the index and hashes only the
files that differ; a content already known (a copy, a renamed file, a file touched but unchanged)
is not read again. Paths that disappeared are reported as renamed when their content shows up
under a new path, else as deleted. Files are opened for reading only, and one bad file never
stops the scan: its problem is recorded and listed.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from accredit.containment import inside
from accredit.evidence.extract import EXTRACTOR_VERSION, Extraction, ExtractOptions, extract_file, kind_of, ocr
from accredit.evidence.extract.base import short
from accredit.evidence.extract.legacy import soffice
from accredit.evidence.index import ContentRow, EvidenceIndex, FileRow
from accredit.evidence.metadata import read_header
from accredit.model.evidence import DocumentMeta, ExtractStatus, FileKind, Rename, ScanIssue, ScanReport
from accredit.safe_text import clean_text

HASH_CHUNK = 1 << 20
BATCH = 8
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


@dataclass(frozen=True)
class ScanOptions:
    """How to scan: worker processes (None: one per CPU), full re-read, extraction limits."""

    workers: int | None = None
    full: bool = False
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    skip_dirs: tuple[Path, ...] = ()


@dataclass(frozen=True)
class ScanProgress:
    """A progress tick: phase ('walk', 'hash', 'extract'), done of total, current path."""

    phase: str
    done: int
    total: int
    path: str | None = None


ProgressFn = Callable[[ScanProgress], None]


@dataclass
class ScanResult:
    """The report, plus the contents whose text or paths changed (they need mapping again)."""

    report: ScanReport
    touched: set[str]


@dataclass
class _Seen:
    path: str
    full: Path
    size: int
    mtime_ns: int
    kind: FileKind


def sha256_file(path: Path) -> str:
    """'sha256:<hex>' of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            digest.update(chunk)
    return "sha256:" + digest.hexdigest()


def _ignored(name: str) -> bool:
    return name.startswith((".", "~$")) or name.lower() in IGNORED_NAMES


def walk(root: Path, skip_dirs: tuple[Path, ...] = ()) -> tuple[list[_Seen], list[ScanIssue], int]:
    """Every regular file under ``root`` (any depth, symlinked folders not followed).

    Returns the files, the problems met (unreadable folders, undecodable names, broken links)
    and the number of system/temporary files ignored.
    """
    seen: list[_Seen] = []
    issues: list[ScanIssue] = []
    ignored = 0
    skip = {p.resolve() for p in skip_dirs}

    def onerror(exc: OSError) -> None:
        """A folder os.walk could not read: listed, and the walk goes on."""
        rel = _rel(Path(exc.filename), root) if exc.filename else "."
        issues.append(ScanIssue(path=rel, status=ExtractStatus.ERROR, problem="unreadable", detail=short(exc)))

    for folder, dirs, names in os.walk(root, onerror=onerror):
        here = Path(folder)
        kept = sorted(d for d in dirs if not _ignored(d) and (here / d).resolve() not in skip)
        dirs[:] = [d for d in kept if inside(here / d, root)]  # a junction out of the folder is not walked
        for d in kept:
            if d not in dirs:
                issues.append(_outside(here / d, root))
        for name in sorted(names):
            if _ignored(name):
                ignored += 1
                continue
            full = here / name
            rel = _rel(full, root)
            try:
                rel.encode("utf-8")
            except UnicodeEncodeError:
                shown = os.fsencode(rel).decode("utf-8", "replace")
                issues.append(ScanIssue(path=shown, status=ExtractStatus.ERROR, problem="bad_name"))
                continue
            if clean_text(rel) != rel:  # a control character: no Windows folder, workbook or document can hold it
                issues.append(ScanIssue(path=rel.encode("unicode_escape").decode("ascii"), status=ExtractStatus.ERROR,
                                        problem="bad_name"))
                continue
            try:
                st = full.stat()
            except OSError as exc:
                issues.append(ScanIssue(path=rel, status=ExtractStatus.ERROR, problem="unreadable", detail=short(exc)))
                continue
            if not full.is_file():
                continue
            if full.is_symlink() and not inside(full, root):
                issues.append(_outside(full, root))  # never read, indexed or packaged
                continue
            seen.append(_Seen(rel, full, st.st_size, st.st_mtime_ns, kind_of(name)))
    return seen, issues, ignored


def _outside(path: Path, root: Path) -> ScanIssue:
    """The issue of a link (or junction) that leads outside the evidence folder."""
    return ScanIssue(path=_rel(path, root), status=ExtractStatus.SKIPPED, problem="outside_folder",
                     detail=os.path.realpath(path))


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _extract_job(path: str, options: ExtractOptions) -> tuple[Extraction, DocumentMeta]:
    """Worker: extract one file and read its header (runs in a child process)."""
    result = extract_file(Path(path), options)
    meta = read_header(result.text) if result.text else DocumentMeta()
    return result, meta


def _extract_batch(
    items: list[tuple[str, str]], options: ExtractOptions
) -> list[tuple[str, Extraction, DocumentMeta]]:
    """Worker: extract a batch of (hash, path)."""
    return [(h, *_extract_job(path, options)) for h, path in items]


def _needs_retry(row: ContentRow, options: ExtractOptions) -> bool:
    """A stored outcome that a newly installed tool could improve."""
    if row.version != EXTRACTOR_VERSION:
        return True
    if row.problem == "needs_ocr" and options.ocr and ocr.available(options.ocr_lang, options.tesseract):
        return True
    return row.problem == "needs_libreoffice" and soffice(options.soffice) is not None


def _hash_all(files: list[_Seen], workers: int, progress: ProgressFn | None) -> tuple[dict[str, str], list[ScanIssue]]:
    hashes: dict[str, str] = {}
    issues: list[ScanIssue] = []
    if not files:
        return hashes, issues
    with ThreadPoolExecutor(max_workers=max(1, min(workers, 8))) as pool:
        futures = {pool.submit(sha256_file, f.full): f for f in files}
        for done, fut in enumerate(futures, 1):
            f = futures[fut]
            try:
                hashes[f.path] = fut.result()
            except OSError as exc:
                issues.append(
                    ScanIssue(path=f.path, status=ExtractStatus.ERROR, problem="unreadable", detail=short(exc))
                )
            if progress:
                progress(ScanProgress("hash", done, len(files), f.path))
    return hashes, issues


def _extract_all(
    jobs: dict[str, _Seen], options: ScanOptions, progress: ProgressFn | None
) -> dict[str, tuple[Extraction, DocumentMeta]]:
    """Extract one file per content hash, in worker processes when there is more than one worker."""
    results: dict[str, tuple[Extraction, DocumentMeta]] = {}
    total = len(jobs)
    workers = options.workers or os.cpu_count() or 1
    if workers <= 1 or total <= 1:
        for done, (h, f) in enumerate(jobs.items(), 1):
            results[h] = _extract_job(str(f.full), options.extract)
            if progress:
                progress(ScanProgress("extract", done, total, f.path))
        return results
    # Files go to the workers in small batches (less inter-process traffic than one task per file).
    # A reader that kills its process (a native crash on a hostile file) breaks the pool: the
    # unfinished part is split in two and retried until the culprit stands alone.
    batches: list[list[str]] = [list(jobs)]
    while batches:
        batch = [h for h in batches.pop() if h not in results]
        if not batch:
            continue
        size = max(1, min(BATCH, len(batch) // (workers * 4)))
        try:
            with ProcessPoolExecutor(max_workers=min(workers, len(batch))) as pool:
                futures = [
                    pool.submit(_extract_batch, [(h, str(jobs[h].full)) for h in batch[i : i + size]], options.extract)
                    for i in range(0, len(batch), size)
                ]
                not_done = set(futures)
                while not_done:
                    finished, not_done = wait(not_done, return_when=FIRST_COMPLETED)
                    for fut in finished:
                        for h, extraction, meta in fut.result():
                            results[h] = (extraction, meta)
                            if progress:
                                progress(ScanProgress("extract", len(results), total, jobs[h].path))
        except BrokenProcessPool:
            left = [h for h in batch if h not in results]
            if len(left) == 1:
                results[left[0]] = (Extraction.failed("crashed", "the reader process died"), DocumentMeta())
                if progress:
                    progress(ScanProgress("extract", len(results), total, jobs[left[0]].path))
            else:
                half = len(left) // 2
                batches += [left[half:], left[:half]]
    return results


def scan_folder(
    root: Path, index: EvidenceIndex, options: ScanOptions | None = None, progress: ProgressFn | None = None
) -> ScanResult:
    """Bring the index up to date with the files under ``root``; never writes under ``root``."""
    options = options or ScanOptions()
    workers = options.workers or os.cpu_count() or 1
    seen, issues, ignored = walk(root, options.skip_dirs)
    if progress:
        progress(ScanProgress("walk", len(seen), len(seen)))
    before = index.files()
    contents = index.contents()

    unchanged: list[_Seen] = []
    to_hash: list[_Seen] = []
    for f in seen:
        old = before.get(f.path)
        if old and not options.full and old.size == f.size and old.mtime_ns == f.mtime_ns and old.hash in contents:
            unchanged.append(f)
        else:
            to_hash.append(f)
    hashes, hash_issues = _hash_all(to_hash, workers, progress)
    issues += hash_issues
    hashes.update({f.path: before[f.path].hash for f in unchanged})
    unreadable = {i.path for i in hash_issues}
    present = [f for f in seen if f.path in hashes]

    jobs: dict[str, _Seen] = {}
    for f in present:
        h = hashes[f.path]
        row = contents.get(h)
        if h in jobs:
            continue
        if options.full or row is None or row.kind != f.kind or _needs_retry(row, options.extract):
            jobs[h] = f
    extracted = _extract_all(jobs, options, progress)

    now = {f.path for f in present}
    gone = [p for p in before if p not in now and p not in unreadable]
    new_paths = [f.path for f in present if f.path not in before]
    renamed: list[Rename] = []
    claimed: set[str] = set()
    for p in gone:
        target = next((n for n in new_paths if hashes[n] == before[p].hash and n not in claimed), None)
        if target is not None:
            claimed.add(target)
            renamed.append(Rename(old=p, new=target))
    renamed_old = {r.old for r in renamed}
    changed = [
        f.path for f in to_hash if f.path in before and f.path in hashes and hashes[f.path] != before[f.path].hash
    ]

    with index.transaction():
        index.delete_files(gone)
        for f in present:
            index.put_file(FileRow(f.path, hashes[f.path], f.size, f.mtime_ns, f.kind))
        for h, (res, meta) in extracted.items():
            kind = jobs[h].kind
            row = ContentRow(h, kind, res.status, res.problem, res.detail, res.pages, len(res.text), res.ocr, meta,
                             EXTRACTOR_VERSION)
            index.put_content(row, res.text)
        index.prune_contents()

    touched = set(extracted) | {hashes[p] for p in new_paths} | {hashes[p] for p in changed}
    touched |= {before[p].hash for p in gone}
    report = _report(root, index, present, hashes, issues)
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
    root: Path, index: EvidenceIndex, present: list[_Seen], hashes: dict[str, str], issues: list[ScanIssue]
) -> ScanReport:
    """Totals over every file now in the folder (so a warm re-scan still lists every problem)."""
    contents = index.contents()
    by_kind: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    pages = size = 0
    listed = list(issues)
    for f in present:
        row = contents[hashes[f.path]]
        by_kind[f.kind.value] += 1
        by_status[row.status.value] += 1
        pages += row.pages or 0
        size += f.size
        if row.status != ExtractStatus.OK:
            listed.append(ScanIssue(path=f.path, status=row.status, problem=row.problem or row.status.value,
                                    detail=row.detail))
    return ScanReport(
        root=str(root),
        files=len(present),
        pages=pages,
        bytes=size,
        by_kind=dict(sorted(by_kind.items())),
        by_status=dict(sorted(by_status.items())),
        issues=sorted(listed, key=lambda i: i.path),
    )
