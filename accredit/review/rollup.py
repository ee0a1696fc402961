"""The provincial roll-up: every package of a folder verified and gathered into one table.

Per school: points per criterion, total and decision per framework, and the earliest target year
of its roadmap. Per requirement: how many schools meet it. A ranking of the schools closest to
the target status (TT 35/2021 high-quality college by default): those that pass first, then by
the size of their minimal fix set, the points they lack and their total. A package that is
refused, fails verification or cannot be read is listed with its reasons — never silently left
out — and the roll-up goes on with the others.

One row per school: when a school sent several packages, the latest (by the time it was made)
is shown and the older ones are listed as superseded. Where the package's review log (next to
it, ``<package>.review.jsonl``) holds the inspector's verdicts on this package, the row shows the
inspector's results, and its status says so; a log that does not verify is said, and the school's
own results are shown.

Packages are read one at a time and dropped once their row is made (memory does not grow with
the number of packages); the published lock, the trust folder and the inspectors' keys are read
once, and sent once to each worker process; the catalog is read only for a framework the lock
does not know. For a large folder this process checks packages too, beside ``workers - 1`` worker
processes (see :func:`_shared`).
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import threading
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from accredit.catalog.registry import criteria_root, read_superseded
from accredit.catalog.validate import read_lock
from accredit.evidence import workers as worker_pool
from accredit.i18n import language, set_language, t
from accredit.model.assessment import Status
from accredit.model.review import (
    Candidate,
    CriterionPoints,
    EntryKind,
    FailedPackage,
    FrameworkColumn,
    RequirementCount,
    Role,
    RollupReport,
    RollupStatus,
    SchoolFramework,
    SchoolRow,
    SupersededPackage,
)
from accredit.model.scorecard import Scorecard
from accredit.review.archive import PackageRefused
from accredit.review.build import tool_version
from accredit.review.compare import inspector_scorecards
from accredit.review.log import default_log_path, for_package, latest_ratings, read_log
from accredit.review.rollup_cache import RollupCache
from accredit.review.verify import CheckedPackage, check_package
from accredit.signing.trust import Trust, default_trust_folder, inspector_fingerprints, load_trust

TT35 = "tt35-2021/truong-cao-dang-v2"
PACKAGE_SUFFIX = ".zip"


def _school_framework(card: Scorecard) -> SchoolFramework:
    shortfall = next((r.shortfall for r in card.rules if r.rule == "min_total" and not r.passed), None)
    failing = sorted({c for r in card.rules if r.rule.startswith("min_share") and not r.passed for c in r.failing})
    return SchoolFramework(
        framework=card.framework,
        title=card.title,
        unit=card.unit,
        total=card.total,
        max=card.max,
        passed=card.passed,
        criteria=[CriterionPoints(code=c.code, label=c.label, points=c.points, max=c.max) for c in card.criteria],
        met=[r.code for r in card.requirements if r.status == Status.MET],
        minimal_fix=list(card.minimal_fix),
        shortfall=shortfall,
        failing_criteria=failing,
        gates_blocking=list(card.fix_plan.gates_blocking),
    )


def _verdicts(checked: CheckedPackage, trust: Trust | None, trusted: Collection[str] | None = None
              ) -> tuple[dict[str, Scorecard], RollupStatus, int | None, list[str]]:
    """The scorecards to show for a verified package: the inspector's where the review log rates it
    (only entries signed by a registered inspector, before the first one that does not verify).
    ``trusted`` are the inspectors' fingerprints of ``trust`` when already known."""
    log = default_log_path(checked.path)
    if trusted is None:
        trusted = inspector_fingerprints(trust if trust is not None else load_trust(default_trust_folder()))
    entries, problems = read_log(log, trusted)
    if problems:
        first = problems[0]
        note = t("review.rollup.log_broken", path=log.name, line=first.line, detail=first.detail)
        return checked.recomputed, RollupStatus.LOG_BROKEN, None, [note]
    mine = for_package(entries, checked.verification.sha256)
    ratings = latest_ratings(mine)
    if not ratings or checked.register is None:
        return checked.recomputed, RollupStatus.SELF_ASSESSED, None, []
    ready = [lf for lf in checked.frameworks.values() if lf.entry.id in checked.recomputed]
    frameworks = [lf.framework for lf in ready if lf.framework is not None]
    assessments = {lf.entry.id: lf.assessment for lf in ready if lf.assessment is not None}
    indicators = {fid: rep.results for fid, rep in checked.indicators.items()}
    cards = inspector_scorecards(frameworks, assessments, ratings, checked.register.links, indicators,
                                 school=checked.recomputed)
    last = mine[-1]
    closed = last.kind == EntryKind.RECHECK and last.role == Role.INSPECTOR
    return cards, RollupStatus.REVIEWED if closed else RollupStatus.IN_REVIEW, last.cycle, []


def school_row(checked: CheckedPackage, trust: Trust | None = None, trusted: Collection[str] | None = None
               ) -> SchoolRow:
    """One verified package as a row of the province table: its recomputed scorecards, or the
    inspector's where its (signed) review log holds verdicts on it (``trusted``: see :func:`_verdicts`)."""
    m = checked.manifest
    cards, status, cycle, notes = _verdicts(checked, trust, trusted)
    return SchoolRow(
        package=checked.path.name,
        sha256=checked.verification.sha256,
        school=m.school,
        programme=m.programme,
        year=m.year,
        created=m.created,
        status=status,
        review_cycle=cycle,
        notes=notes,
        frameworks=[_school_framework(cards[f.id]) for f in m.frameworks if f.id in cards],
        target=m.target,
        earliest_year=checked.roadmap.earliest_year if checked.roadmap else None,
        # signature state (issue 16): registered, or a weaker state the inspector accepted
        signature=checked.verification.signature.state,
        signature_accepted=checked.verification.signature.accepted,
    )


def failure_reasons(checked: CheckedPackage) -> list[str]:
    """Why a package failed verification, one line each."""
    v = checked.verification
    out = [] if v.signature.good else [v.signature.detail]  # signature state (issue 16)
    out += [i.detail for i in v.errors]
    out += [t("review.diff.line", id=d.framework, field=d.field, packaged=d.packaged, recomputed=d.recomputed)
            for d in v.differences]
    return out or [t("review.rollup.unverified")]


@dataclass
class _Tally:
    """What the table needs from each framework, kept from the first scorecard seen (not per package)."""

    columns: dict[str, FrameworkColumn] = field(default_factory=dict)
    requirements: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # code, criterion, label

    def add(self, columns: Columns) -> None:
        """Remember the columns and requirements of frameworks not seen yet."""
        for fid, (column, requirements) in columns.items():
            if fid not in self.columns:
                self.columns[fid], self.requirements[fid] = column, requirements

    def frameworks(self, rows: Sequence[SchoolRow]) -> list[FrameworkColumn]:
        """The columns of the frameworks the rows show, in order of first appearance."""
        seen: dict[str, FrameworkColumn] = {}
        for row in rows:
            for res in row.frameworks:
                seen.setdefault(res.framework, self.columns[res.framework])
        return list(seen.values())

    def counts(self, rows: Sequence[SchoolRow]) -> list[RequirementCount]:
        """Per requirement, how many of the schools assessed against its framework meet it."""
        out = []
        for column in self.frameworks(rows):
            results = [res for row in rows if (res := row.result(column.id)) is not None]
            met_sets = [set(res.met) for res in results]
            out += [
                RequirementCount(framework=column.id, code=code, criterion=criterion, label=label,
                                 met=sum(code in met for met in met_sets), schools=len(results))
                for code, criterion, label in self.requirements[column.id]
            ]
        return out


def closest(rows: Sequence[SchoolRow], target: str = TT35) -> list[Candidate]:
    """Schools assessed against ``target`` (or a published version it replaced), closest to passing it first."""
    versions = [target, *sorted(old for old, new in read_superseded(criteria_root()).items() if new == target)]
    found = [(row, res) for row in rows
             if (res := next((r for v in versions if (r := row.result(v)) is not None), None)) is not None]

    def key(item: tuple[SchoolRow, SchoolFramework]) -> tuple[Any, ...]:
        """Passed first; then fewest fixes (a closed gate counts as one), fewest points short, most points."""
        row, res = item
        return (not res.passed, len(res.minimal_fix) + bool(res.gates_blocking), res.shortfall or Decimal(0),
                -res.total, row.school.name)

    return [
        Candidate(rank=i, package=row.package, school=row.school.name, total=res.total, max=res.max,
                  passed=res.passed, shortfall=res.shortfall, failing_criteria=res.failing_criteria,
                  fix_count=len(res.minimal_fix), fix=res.minimal_fix, gates_blocking=res.gates_blocking,
                  earliest_year=row.earliest_year if row.target in (None, target) else None)
        for i, (row, res) in enumerate(sorted(found, key=key), start=1)
    ]


def package_paths(folder: Path) -> list[Path]:
    """The packages of a folder (``*.zip``, not recursive), by name."""
    return sorted((p for p in folder.iterdir() if p.suffix.lower() == PACKAGE_SUFFIX and p.is_file()),
                  key=lambda p: p.name)


def school_key(row: SchoolRow) -> tuple[str, ...]:
    """Which school a row is: its code when it has one, else its name (ignoring case, spacing, Unicode form);
    a programme's package is its own row beside the school's (the programme's code added)."""
    def norm(text: str | None) -> str:
        return " ".join(unicodedata.normalize("NFC", text or "").split()).casefold()

    code = norm(row.school.code)
    key = ("code", code) if code else ("name", norm(row.school.name))
    return (*key, norm(row.programme.code)) if row.programme is not None else key


Columns = dict[str, tuple[FrameworkColumn, list[tuple[str, str, str]]]]
"""Per framework of a package: its table column and its requirements (code, criterion, label)."""


def _columns_of(cards: dict[str, Scorecard]) -> Columns:
    return {
        fid: (
            FrameworkColumn(id=fid, title=card.title, unit=card.unit,
                            criteria=[CriterionPoints(code=x.code, label=x.label, points=Decimal(0), max=x.max)
                                      for x in card.criteria]),
            [(r.code, r.criterion, r.label) for r in card.requirements],
        )
        for fid, card in cards.items()
    }


Outcome = tuple[SchoolRow | None, FailedPackage | None, Columns]
"""A package's row and columns, or why it is left out."""


def outcome_of(checked: CheckedPackage, trust: Trust | None, trusted: Collection[str] | None = None) -> Outcome:
    """A verified package's outcome in the roll-up: its row and columns, or why it is left out (``trusted``: see
    :func:`_verdicts`)."""
    if not checked.verification.ok:
        return None, FailedPackage(package=checked.path.name, reasons=failure_reasons(checked)), {}
    return school_row(checked, trust, trusted), None, _columns_of(checked.recomputed)


def _check(path: Path, trusted: Collection[str] | None = None, **kwargs: Any) -> tuple[Outcome, bool]:
    """The outcome, and whether it may be cached (not when the file could not be read: that may pass)."""
    try:
        return outcome_of(check_package(path, **kwargs), kwargs.get("trust"), trusted), True
    except PackageRefused as exc:
        return (None, FailedPackage(package=path.name, reasons=[str(exc)]), {}), True
    except OSError as exc:
        return (None, FailedPackage(package=path.name, reasons=[str(exc)]), {}), False
    except Exception as exc:  # one unreadable package never stops the roll-up: it is listed
        error = f"{type(exc).__name__}: {exc}"[:300]
        return (None, FailedPackage(package=path.name, reasons=[t("review.rollup.crashed", error=error)]), {}), True


def check_one(path: Path, **kwargs: Any) -> Outcome:
    """One package: its row (and columns), or why it is left out. Never raises for a bad package."""
    return _check(path, **kwargs)[0]


_WORKER_OPTIONS: dict[str, Any] = {}
"""In a roll-up worker: the options every package is checked with (sent once, at start-up)."""


WORKER_GC_THRESHOLD = 100_000
"""A worker collects cyclic garbage after this many new objects (Python's default, 700, made it collect
several times per package: each package's parsed members are freed by reference counting anyway)."""


def _worker_start(lang: str, options: dict[str, Any]) -> None:
    """A roll-up worker speaks the language of the roll-up (reasons and notes are in it) and keeps its options."""
    set_language(lang)
    _WORKER_OPTIONS.clear()
    _WORKER_OPTIONS.update(options)
    gc.freeze()  # what the worker imported stays: never scanned again
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def _check_chunk(paths: list[Path]) -> list[tuple[Outcome, bool]]:
    """A roll-up worker's task: a few packages, checked with the options it was started with."""
    return [_check(path, **_WORKER_OPTIONS) for path in paths]


MIN_PARALLEL = 24
"""Fewer packages than this are checked in this process alone (a worker takes about as long to start as this
process takes to check that many)."""
PARALLEL_OPTIONS = {"lock", "trust", "accept_unsigned", "trusted"}
"""The options workers receive (plain data); a custom catalog or limits keep the check in this process."""
CHUNK = 4
"""Packages sent to a worker at a time (at most)."""


_GC_LOCK = threading.Lock()
_gc_users = 0
_gc_before: tuple[int, ...] = ()


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Cyclic garbage collected less often while this process checks packages (as in a worker), then as before.

    The threshold is the process's: roll-ups running at once in threads (the web desk) share one raised
    threshold, and the last one to end puts back what was there before the first began."""
    global _gc_users, _gc_before
    with _GC_LOCK:
        if _gc_users == 0:
            _gc_before = gc.get_threshold()
            gc.set_threshold(max(_gc_before[0], WORKER_GC_THRESHOLD), *_gc_before[1:])
        _gc_users += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _gc_users -= 1
            if _gc_users == 0:
                gc.set_threshold(*_gc_before)


def _outcomes(paths: list[Path], workers: int | None, kwargs: dict[str, Any]) -> Iterator[tuple[Outcome, bool]]:
    """Each package's outcome, in order. For a large folder ``workers`` processes check packages: this one
    and ``workers - 1`` worker processes (only rows come back from them)."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(paths) < MIN_PARALLEL or set(kwargs) - PARALLEL_OPTIONS:
        with _fewer_collections():
            for path in paths:
                yield _check(path, **kwargs)
        return
    with worker_pool.pool(workers - 1, initializer=_worker_start, initargs=(language(), kwargs)) as pool, \
            _fewer_collections():
        yield from _shared(pool, paths, workers - 1, kwargs)


def _shared(pool: Executor, paths: list[Path], workers: int, kwargs: dict[str, Any]
            ) -> Iterator[tuple[Outcome, bool]]:
    """Each package's outcome, in order: chunks of packages go to the workers from the front of the list
    (a few ahead of each), and while the next result due is not back (a worker is still starting, or busy)
    this process checks chunks from the end of the list itself rather than wait: it is already started, so
    one fewer worker has to import and warm up, and no core waits."""
    size = max(1, min(CHUNK, len(paths) // (8 * workers)))  # a small folder: one package at a time
    chunks = [paths[i:i + size] for i in range(0, len(paths), size)]
    sent: dict[int, Future[list[tuple[Outcome, bool]]]] = {}
    here: dict[int, list[tuple[Outcome, bool]]] = {}
    front, back = 0, len(chunks)  # the chunks not started yet: [front, back)
    for i in range(len(chunks)):
        while front < back and len(sent) < 2 * workers:
            sent[front] = pool.submit(_check_chunk, chunks[front])
            front += 1
        if i in here:
            yield from here.pop(i)
            continue
        due = sent.pop(i)
        while not due.done() and front < back:
            back -= 1
            here[back] = [_check(path, **kwargs) for path in chunks[back]]
        yield from due.result()


def trust_digest(kwargs: dict[str, Any]) -> str:
    """What of the verification options a cached outcome depends on: the registered and revoked keys
    (a key revoked since is a package to verify again) and whether unsigned packages are accepted."""
    trust = kwargs.get("trust")
    data: dict[str, Any] = {"accept_unsigned": bool(kwargs.get("accept_unsigned"))}
    if trust is not None:
        data["schools"] = sorted((fp, sorted(str(k.school) for k in keys)) for fp, keys in trust.schools.items())
        data["inspectors"] = sorted(inspector_fingerprints(trust))  # the user's own inspector key too
        data["revoked"] = sorted(trust.revoked)
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _all_outcomes(paths: list[Path], workers: int | None, cache: Path | None,
                  kwargs: dict[str, Any]) -> Iterator[Outcome]:
    """Each package's outcome in order, from the cache where it knows the package (and its log)."""
    if cache is None:
        for outcome, _ in _outcomes(paths, workers, kwargs):
            yield outcome
        return
    with RollupCache.open(cache, kwargs["lock"], tool_version(), trust_digest(kwargs)) as store:
        keys = {p: store.key(p) for p in paths}
        known = {p: o for p in paths if (o := store.get(keys[p])) is not None}
        todo = [p for p in paths if p not in known]
        fresh = iter(_outcomes(todo, workers, kwargs))
        for path in paths:
            if path in known:
                yield known[path]
                continue
            outcome, cacheable = next(fresh)
            if cacheable:
                store.put(keys[path], outcome)
            yield outcome


def remember(checked: CheckedPackage, trust: Trust, cache: Path, lock: dict[str, str]) -> None:
    """Keep a package verified elsewhere (the inspector's desk) in the roll-up cache ``cache``, as the roll-up of
    its folder would have: the next roll-up does not verify it again.

    Only for a package checked with the roll-up's own options (``lock``, the published lock it was checked
    against; ``trust``; unsigned packages refused). The entry is keyed by the bytes that were verified
    (``checked.verification.sha256``), never by the file as it is now, so a package replaced meanwhile is a miss;
    and by the review log as it is read here. A cache busy with a roll-up is not waited for: nothing is kept."""
    options = {"lock": lock, "trust": trust}
    with RollupCache.open(cache, lock, tool_version(), trust_digest(options), wait=0.1) as store:
        key = store.key(checked.path, sha256=checked.verification.sha256)  # before the log is read for the row
        store.put(key, outcome_of(checked, trust, inspector_fingerprints(trust)))


def rollup(folder: Path, *, target: str = TT35, workers: int | None = None, cache: Path | None = None,
           **kwargs: Any) -> RollupReport:
    """Verify every package of ``folder`` and build the province table.

    ``kwargs`` go to :func:`~accredit.review.verify.check_package`; ``workers`` processes check
    packages in parallel, this one among them (default: one per CPU; a custom catalog or limits keep
    it in this process);
    with ``cache`` (see :mod:`accredit.review.rollup_cache`) a package already verified, with the
    same review log, is not verified again.
    """
    if "lock" not in kwargs:
        kwargs["lock"] = read_lock(kwargs["catalog"].root if kwargs.get("catalog") else criteria_root())
    if kwargs.get("trust") is None:  # read the trust folder once, not per package
        kwargs["trust"] = load_trust(default_trust_folder())
    kwargs["trusted"] = inspector_fingerprints(kwargs["trust"])  # whose review-log entries count
    latest: dict[tuple[str, ...], SchoolRow] = {}
    superseded: list[SupersededPackage] = []
    failed: list[FailedPackage] = []
    tally = _Tally()
    for row, bad, columns in _all_outcomes(package_paths(folder), workers, cache, kwargs):  # only rows are kept
        if row is None:
            assert bad is not None
            failed.append(bad)
            continue
        tally.add(columns)
        key = school_key(row)
        old = latest.get(key)
        if old is not None:
            newer, older = (row, old) if (row.created, row.package) >= (old.created, old.package) else (old, row)
            superseded.append(SupersededPackage(package=older.package, school=older.school.name,
                                                created=older.created, replaced_by=newer.package))
            row = newer
        latest[key] = row
    rows = sorted(latest.values(), key=lambda r: r.package)
    return RollupReport(
        folder=str(folder),
        target=target,
        frameworks=tally.frameworks(rows),
        schools=rows,
        failed=failed,
        superseded=sorted(superseded, key=lambda s: s.package),
        requirement_counts=tally.counts(rows),
        closest=closest(rows, target),
    )
