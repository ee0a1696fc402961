"""The one door from the web app into the library: every call the pages make goes through :class:`Backend`.

Pages never import scoring, evidence or report modules themselves, so wiring the desk to the
service layer and the store of issue #12 changes this file only. Until then it sits on the library
functions that exist (evidence/service.py, scoring/engine.py, roadmap/plan.py, report/workspace.py,
review/service.py) and on :class:`DeskStore`, the small protocol for people, the audit log, comments
and browser ratings (implemented by :class:`accredit.web.desk_store.SqliteDesk`).

Ratings entered in the browser replace the workbook's rating of the same requirement (status, years,
narrative; the workbook's cited evidence codes and note are kept) when scoring and writing reports.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Protocol, TypeVar

from accredit.containment import contained, inside
from accredit.errors import AccreditError
from accredit.i18n.message import msg
from accredit.model.assessment import Assessment, Narrative, Rating, Status, window_years
from accredit.model.evidence import (
    EvidenceDetail,
    EvidenceFlag,
    EvidenceLink,
    EvidenceRecord,
    LinkOrigin,
    LinkReport,
    ScanReport,
)
from accredit.model.framework import Criterion, Framework, Requirement
from accredit.model.indicator import IndicatorResult
from accredit.model.review import InspectorRating, ReviewReport, SchoolResponse
from accredit.model.roadmap import Roadmap
from accredit.model.scorecard import Scorecard
from accredit.web.model import AuditEntry, Comment, DeskError, NotFound, StoredRating, User
from accredit.workspace import Workspace, write_atomic

DESK_SOURCE = "web"
"""``Rating.source`` of the ratings entered in the browser."""

UPLOAD_SUFFIXES = frozenset({
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".xls", ".xlsx", ".ods", ".csv", ".ppt", ".pptx", ".odp",
    ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".zip",
})
"""File types a person may upload into the evidence folder (documents, spreadsheets, scans)."""

T = TypeVar("T")

UPLOAD_MAX_BYTES = 100 * 1024 * 1024
"""The largest file accepted in one upload."""


class DeskStore(Protocol):
    """People, the audit log, comments and browser ratings: what the desk keeps besides the workspace's files."""

    def secret(self) -> str:
        """The key that signs session cookies."""

    def users(self) -> list[User]:
        """Every person."""

    def user(self, name: str) -> User | None:
        """One person, or None."""

    def put_user(self, user: User, who: str) -> None:
        """Add or replace a person."""

    def record(self, who: str, action: str, target: str, old: str | None, new: str | None) -> None:
        """One line of the audit log."""

    def history(self, target: str | None = None, limit: int = 200) -> list[AuditEntry]:
        """The latest changes, newest first."""

    def comments(self, target: str) -> list[Comment]:
        """Comments on a target."""

    def add_comment(self, target: str, who: str, text: str) -> None:
        """Add a comment."""

    def ratings(self, framework: str) -> dict[str, StoredRating]:
        """Browser ratings of a framework by code."""

    def put_rating(self, rating: StoredRating, expected_version: int, who: str) -> StoredRating:
        """Save a rating unless a newer version was saved since (StaleWriteError)."""

    def data(self, framework: str) -> dict[tuple[str, int], Decimal]:
        """Figures entered in the browser: (input, year) → value."""

    def data_version(self, framework: str) -> int:
        """How many times a framework's figures were saved."""

    def put_data(self, framework: str, values: dict[tuple[str, int], Decimal | None], expected_version: int,
                 who: str) -> int:
        """Save figures unless saved since (StaleWriteError); the new version."""

    def generation(self) -> int:
        """Grows with every rating or figure saved."""


@dataclass(frozen=True)
class ScoreState:
    """Scorecards of every framework, the notes about missing inputs, and the assessments they came from."""

    cards: list[Scorecard]
    notes: list[str]
    assessments: dict[str, Assessment]
    indicators: dict[str, list]  # type: ignore[type-arg]


@dataclass(frozen=True)
class DataInput:
    """One input of the data form: its name, label, unit, and the value of each year with where it came from."""

    name: str
    label: str
    unit: str | None
    description: str | None
    values: dict[int, tuple[Decimal | None, str | None]]


@dataclass(frozen=True)
class DataSheet:
    """The data form of a framework: institution inputs by year, the results they give, the version loaded."""

    framework: str
    years: list[int]
    inputs: list[DataInput]
    results: list[IndicatorResult]
    version: int
    tables: list[str]


@dataclass
class ScanJob:
    """A scan running in the background: its progress, its end, and a cancel switch."""

    phase: str = "walk"
    done: int = 0
    total: int = 0
    current: str = ""
    finished: bool = False
    cancelled: bool = False
    error: str | None = None
    report: ScanReport | None = None
    cancel: threading.Event = field(default_factory=threading.Event)


@dataclass(frozen=True)
class EvidenceRow:
    """A file of the library: its record, the standards it counts for, waiting suggestions, its problems."""

    record: EvidenceRecord
    linked: list[EvidenceLink]
    suggested: int
    problems: list[str]


PROBLEMS = ("needs_ocr", "damaged", "unsupported", "outside_window", "after_assessment", "duplicate",
            "ambiguous_code", "unknown_code")
"""The problems the library filters on."""


class ScanCancelled(Exception):
    """Raised from the progress callback to stop a scan the person cancelled."""


def rating_target(framework: str, code: str) -> str:
    """The audit/comment target of a standard: 'rating:<framework>#<code>'."""
    return f"rating:{framework}#{code}"


class Backend:
    """The workspace as the web app sees it (one per server; thread-safe)."""

    def __init__(self, ws: Workspace, desk: DeskStore) -> None:
        self.ws = ws
        self.desk = desk
        self._lock = threading.RLock()
        self._score: tuple[tuple[object, ...], ScoreState] | None = None
        self._frameworks: list[Framework] | None = None
        self.scan_job: ScanJob | None = None
        self._epoch = 0
        self._evidence_epoch = 0
        self._cache: dict[str, tuple[tuple[object, ...], object]] = {}

    def warm(self) -> None:
        """Compute what the first pages need (scores, evidence views, roadmap), e.g. in a thread at start."""
        try:
            self.score()
            self._evidence_rows()
            self.suggestions()
            self.roadmap()
        except AccreditError:
            pass  # the pages say what is wrong when they are opened

    # --- the workspace and its frameworks -------------------------------------------------------
    @property
    def school(self) -> str:
        """The school's name."""
        return self.ws.config.school.name

    @property
    def year(self) -> int:
        """The evaluation year."""
        return self.ws.config.assessment.year

    def frameworks(self) -> list[Framework]:
        """The workspace's frameworks, in its order."""
        if self._frameworks is None:
            from accredit.evidence.service import frameworks_of

            self._frameworks = frameworks_of(self.ws)
        return self._frameworks

    def framework(self, fid: str) -> Framework:
        """The framework ``fid`` of the workspace (NotFound otherwise)."""
        for fw in self.frameworks():
            if fw.id == fid:
                return fw
        raise NotFound(msg("web.error.no_framework", id=fid))

    def requirement(self, fid: str, code: str) -> tuple[Framework, Criterion, Requirement]:
        """A standard by framework and code (NotFound otherwise)."""
        fw = self.framework(fid)
        for crit in fw.criteria:
            for req in crit.requirements:
                if req.code == code:
                    return fw, crit, req
        raise NotFound(msg("web.error.no_standard", code=code))

    def criterion_of(self, fid: str, code: str) -> str:
        """The code of the criterion a requirement belongs to."""
        return self.requirement(fid, code)[1].code

    def window(self, fid: str, code: str) -> list[int]:
        """The years a requirement must hold in, oldest first."""
        fw, _, req = self.requirement(fid, code)
        return window_years(fw, req, self.year, self.ws.config.school.object)

    def display_name(self, fid: str) -> str:
        """The name a person reads for a framework."""
        from accredit.model.framework import display_name

        return display_name(self.framework(fid))

    # --- scoring --------------------------------------------------------------------------------
    def _evidence_key(self) -> tuple[object, ...]:
        """What the evidence views depend on: the index (and its write-ahead log), the configuration."""
        from accredit.evidence.index import INDEX_NAME

        index = self.ws.cache_dir / INDEX_NAME
        return (self._evidence_epoch, _mtime(index), _mtime(index.with_name(index.name + "-wal")),
                _mtime(self.ws.config_path))

    def _inputs_key(self) -> tuple[object, ...]:
        """What the score depends on: the evidence, the browser ratings and figures, the data workbooks."""
        folder = self.ws.data_dir
        data = tuple(sorted((p.name, _mtime(p)) for p in folder.glob("*.xls*"))) if folder.is_dir() else ()
        return (*self._evidence_key(), self.desk.generation(), self._epoch, data)

    def _invalidate(self, *, evidence: bool = True) -> None:
        """Forget what was computed: everything (an evidence change), or the score only (a rating, a figure)."""
        with self._lock:
            self._epoch += 1
            self._score = None
            if evidence:
                self._evidence_epoch += 1
                self._cache.clear()

    def _cached(self, name: str, compute: Callable[[], T], *, evidence: bool = False) -> T:
        """``compute()`` once per state of its inputs: the evidence only, or everything the score reads."""
        key = self._evidence_key() if evidence else self._inputs_key()
        with self._lock:
            hit = self._cache.get(name)
            if hit is not None and hit[0] == key:
                return hit[1]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            self._cache[name] = (key, value)
        return value

    def score(self) -> ScoreState:
        """Every framework scored from its workbook ratings overlaid with the browser's, its data and evidence."""
        from accredit.ratings.workspace import empty_assessment, workspace_assessment
        from accredit.scoring.engine import score

        with self._lock:
            key = self._inputs_key()
            if self._score is not None and self._score[0] == key:
                return self._score[1]
            links = self.links()
            cards: list[Scorecard] = []
            notes: list[str] = []
            assessments: dict[str, Assessment] = {}
            indicators: dict[str, list] = {}  # type: ignore[type-arg]
            for fw in self.frameworks():
                try:
                    base = workspace_assessment(self.ws, fw) or empty_assessment(self.ws, fw)
                except AccreditError as exc:
                    notes.append(str(exc))
                    base = empty_assessment(self.ws, fw)
                assessment = overlay(base, self.desk.ratings(fw.id))
                try:
                    results = self._indicators(fw, self.desk.data(fw.id))
                except AccreditError as exc:
                    notes.append(str(exc))
                    results = self._indicators(fw, self.desk.data(fw.id), read=False)
                assessments[fw.id] = assessment
                indicators[fw.id] = results
                cards.append(score(fw, assessment, links, results, {}))
            notes.extend(self._evidence_notes(links))
            state = ScoreState(cards, list(dict.fromkeys(notes)), assessments, indicators)
            self._score = (key, state)
            return state

    def _evidence_notes(self, links: list[EvidenceLink]) -> list[str]:
        """What the score must not hide about the evidence (as ``scoring.workspace.evidence_notes`` says it),
        from the cached flags: codes that fit several frameworks, accepted links to unreadable files."""
        from accredit.catalog.registry import default_catalog
        from accredit.evidence.checks import problem_text
        from accredit.evidence.codes import framework_name
        from accredit.i18n import t
        from accredit.model.evidence import FlagKind

        ids = {fw.id for fw in self.frameworks()}
        notes = [t("scoring.cli.ambiguous_code", detail=f.detail or "", path=", ".join(f.paths))
                 for f in self.flags() if f.kind == FlagKind.AMBIGUOUS_CODE]
        catalog = default_catalog()
        for lk in links:
            if lk.framework in ids and lk.counts and not lk.readable:
                notes.append(t("scoring.cli.unreadable_file", path=lk.path, code=lk.requirement,
                               framework=framework_name(catalog.get(lk.framework)),
                               problem=problem_text(lk.file_problem)))
        return notes

    def card(self, fid: str) -> Scorecard:
        """The scorecard of one framework."""
        for c in self.score().cards:
            if c.framework == fid:
                return c
        raise NotFound(msg("web.error.no_framework", id=fid))

    def roadmap(self) -> Roadmap | None:
        """The plan toward the workspace's target (None when it names none)."""
        return self._cached("roadmap", self._roadmap)

    def _roadmap(self) -> Roadmap | None:
        from accredit.roadmap.plan import plan

        target = self.ws.config.assessment.target
        if not target or target not in {fw.id for fw in self.frameworks()}:
            return None
        gate_years = dict(self.ws.config.assessment.gate_years) or None
        fw = self.framework(target)
        cards = {c.framework: c for c in self.score().cards}
        gates = {g: (self.framework(g), cards[g]) for r in fw.decision.rules for g in getattr(r, "any_of", [])
                 if g in cards and g not in (gate_years or {})}
        return plan(fw, cards[target], object_type=self.ws.config.school.object, gates=gates, gate_years=gate_years)

    # --- institutional data ---------------------------------------------------------------------
    def _workbook_data(self, fw: Framework, *, read: bool = True):  # type: ignore[no-untyped-def]
        """The framework's data schema and its data workbook's figures (read once per state of the files)."""
        return self._cached(f"data:{fw.id}:{read}", lambda: self._read_data(fw, read))

    def _read_data(self, fw: Framework, read: bool):  # type: ignore[no-untyped-def]
        from accredit.indicators.data import InstitutionData
        from accredit.indicators.reader import read_institution_data
        from accredit.indicators.schema import build_schema
        from accredit.indicators.workspace import data_workbook_path

        schema = build_schema(fw, self.year, self.ws.config.school.object)
        path = data_workbook_path(self.ws, fw.id)
        data = read_institution_data(path, schema) if read and path.is_file() else InstitutionData()
        return schema, data

    def _indicators(self, fw: Framework, entered: dict[tuple[str, int], Decimal], *,
                    read: bool = True) -> list[IndicatorResult]:
        """The framework's indicators from its data workbook overlaid with the figures entered in the browser."""
        from accredit.indicators.compute import compute_indicators
        from accredit.indicators.data import Cell

        _, data = self._workbook_data(fw, read=read)
        if entered:
            values = {name: dict(years) for name, years in data.values.items()}
            for (name, year), value in entered.items():
                values.setdefault(name, {})[year] = Cell(value=value, source=DESK_SOURCE)
            data = data.model_copy(update={"values": values})
        report = compute_indicators(fw, data, self.year, self.ws.config.school.object,
                                    source=data.source or DESK_SOURCE, categories=self.ws.config.school.categories)
        return list(report.results)

    def data_sheet(self, fid: str, typed: dict[tuple[str, int], Decimal | None] | None = None) -> DataSheet:
        """The data form of a framework; with ``typed`` (not saved), the results those figures would give."""
        fw = self.framework(fid)
        schema, data = self._workbook_data(fw)
        entered = self.desk.data(fid)
        if typed is not None:
            entered = {**entered, **{k: v for k, v in typed.items() if v is not None}}
            for k, v in typed.items():
                if v is None:
                    entered.pop(k, None)
        inputs = []
        for spec in schema.institution:
            values: dict[int, tuple[Decimal | None, str | None]] = {}
            for y in schema.years:
                if (spec.name, y) in entered:
                    values[y] = (entered[(spec.name, y)], DESK_SOURCE)
                elif (cell := data.values.get(spec.name, {}).get(y)) is not None:
                    values[y] = (Decimal(str(cell.value)), cell.source)
                else:
                    values[y] = (None, None)
            inputs.append(DataInput(spec.name, spec.label, spec.unit, spec.description, values))
        return DataSheet(fid, list(schema.years), inputs, self._indicators(fw, entered),
                         self.desk.data_version(fid), [t.sheet for t in schema.tables()])

    def input_units(self, fid: str) -> dict[str, str | None]:
        """The unit of each institution input of a framework (it decides how a typed number is read)."""
        schema, _ = self._workbook_data(self.framework(fid), read=False)
        return {s.name: s.unit for s in schema.institution}

    def input_criteria(self, fid: str) -> dict[str, set[str]]:
        """The criteria whose standards use each institution input (a change to it may move their results)."""
        fw = self.framework(fid)
        schema, _ = self._workbook_data(fw, read=False)
        crit_of = {r.code: c.code for c in fw.criteria for r in c.requirements}
        return {s.name: {crit_of[code] for code in s.used_by if code in crit_of} for s in schema.institution}

    def save_data(self, fid: str, values: dict[tuple[str, int], Decimal | None], version: int, who: str) -> int:
        """Save figures typed in the browser (refused when someone saved this framework's figures meanwhile)."""
        with self._lock:
            new = self.desk.put_data(fid, values, version, who)
            self._invalidate(evidence=False)
        return new

    # --- ratings --------------------------------------------------------------------------------
    def rating(self, fid: str, code: str) -> StoredRating:
        """The rating of a standard as shown for editing: the browser's, else the workbook's (version 0)."""
        stored = self.desk.ratings(fid).get(code)
        if stored is not None:
            return stored
        base = self.score().assessments.get(fid)
        r = base.rating(code) if base else None
        if r is None:
            return StoredRating(framework=fid, code=code)
        return StoredRating(framework=fid, code=code, status=r.status, years=dict(r.years), narrative=r.narrative)

    def save_rating(self, fid: str, code: str, status: Status | None, years: dict[int, Status],
                    narrative: Narrative, version: int, who: str) -> StoredRating:
        """Save a standard's rating and narrative (refused when someone saved a newer version meanwhile)."""
        self.requirement(fid, code)
        allowed = set(self.window(fid, code))
        if any(y not in allowed for y in years):
            raise DeskError(msg("web.error.year_outside"))
        rating = StoredRating(framework=fid, code=code, status=status, years=years, narrative=narrative)
        with self._lock:
            saved = self.desk.put_rating(rating, version, who)
            self._invalidate(evidence=False)
        return saved

    # --- evidence -------------------------------------------------------------------------------
    def _scanned(self) -> bool:
        from accredit.evidence.index import INDEX_NAME

        return (self.ws.cache_dir / INDEX_NAME).is_file()

    def links(self) -> list[EvidenceLink]:
        """Every link of the files present, suggestions included."""
        from accredit.evidence.service import evidence_links

        return self._cached("links", lambda: evidence_links(self.ws) if self._scanned() else [], evidence=True)

    def records(self) -> list[EvidenceRecord]:
        """Every scanned file."""
        from accredit.evidence.service import list_evidence

        return self._cached("records", lambda: list_evidence(self.ws) if self._scanned() else [], evidence=True)

    def flags(self) -> list[EvidenceFlag]:
        """Every evidence flag (outside window, duplicate, no evidence, unknown or ambiguous code)."""
        from accredit.evidence.service import check_workspace

        return self._cached("flags", lambda: list(check_workspace(self.ws).flags) if self._scanned() else [],
                            evidence=True)

    def _evidence_rows(self) -> list[EvidenceRow]:
        return self._cached("rows", self._build_rows, evidence=True)

    def _build_rows(self) -> list[EvidenceRow]:
        records, links, flags = self.records(), self.links(), self.flags()
        by_file: dict[str, list[EvidenceLink]] = {}
        waiting: dict[str, int] = {}
        for x in links:
            if x.counts:
                by_file.setdefault(x.path, []).append(x)
            else:
                waiting[x.path] = waiting.get(x.path, 0) + 1
        flagged: dict[str, set[str]] = {}
        for f in flags:
            if f.kind.value in PROBLEMS:
                for p in f.paths:
                    flagged.setdefault(p, set()).add(f.kind.value)
        rows = []
        for r in records:
            problems = set(flagged.get(r.path, set()))
            if r.status.value == "needs_ocr":
                problems.add("needs_ocr")
            elif r.status.value == "error":
                problems.add("damaged")
            elif r.status.value == "unsupported":
                problems.add("unsupported")
            rows.append(EvidenceRow(r, by_file.get(r.path, []), waiting.get(r.path, 0),
                                    [p for p in PROBLEMS if p in problems]))
        return rows

    def evidence_rows(self, *, q: str = "", criterion: str = "", state: str = "", kind: str = "",
                      problem: str = "") -> list[EvidenceRow]:
        """The library's files, filtered: words in the name or title (accents ignored), a criterion
        ('<framework>#<code>'), a state ('linked', 'suggested', 'unlinked'), a kind, a problem."""
        from accredit.evidence.text import fold

        rows = self._evidence_rows()
        if q:
            words = fold(q).casefold().split()
            rows = [r for r in rows if all(w in fold(f"{r.record.path} {r.record.title}").casefold() for w in words)]
        if criterion:
            fid, _, crit = criterion.partition("#")
            codes = {req.code for c in self.framework(fid).criteria if c.code == crit for req in c.requirements}
            rows = [r for r in rows if any(x.framework == fid and x.requirement in codes for x in r.linked)]
        if state == "linked":
            rows = [r for r in rows if r.linked]
        elif state == "suggested":
            rows = [r for r in rows if r.suggested]
        elif state == "unlinked":
            rows = [r for r in rows if not r.linked]
        if kind:
            rows = [r for r in rows if r.record.kind.value == kind]
        if problem:
            rows = [r for r in rows if problem in r.problems]
        return rows

    def detail(self, path: str) -> EvidenceDetail:
        """One file's record, links and flags (NotFound for a path the index does not know)."""
        from accredit.evidence.service import show_evidence

        self._known(path)
        return show_evidence(self.ws, path)

    def _known(self, path: str) -> EvidenceRecord:
        for r in self.records():
            if r.path == path:
                return r
        raise NotFound(msg("web.error.no_file"))

    def file_path(self, path: str) -> Path:
        """The file on disk of an indexed evidence path: known to the index, and inside the evidence folder."""
        record = self._known(path)
        found = contained(self.ws.evidence_dir, PurePosixPath(record.path))
        if not found.is_file():
            raise NotFound(msg("web.error.no_file"))
        return found

    def text(self, path: str) -> str:
        """The text the scan extracted from a file ('' when none)."""
        from accredit.evidence.service import open_index

        record = self._known(path)
        with open_index(self.ws) as index:
            return index.text(record.evidence_id)

    def folders(self) -> list[str]:
        """The evidence folder's sub-folders (relative, POSIX), where an upload may go."""
        return self._cached("folders", self._folders, evidence=True)

    def _folders(self) -> list[str]:
        root = self.ws.evidence_dir
        if not root.is_dir():
            return [""]
        out = [""]
        for p in sorted(root.rglob("*")):
            hidden = any(part.startswith(".") for part in p.relative_to(root).parts)
            if p.is_dir() and not p.is_symlink() and not hidden and inside(p, root) \
                    and not inside(p, self.ws.cache_dir):
                out.append(p.relative_to(root).as_posix())
        return out

    def upload(self, folder: str, relative: str, data: bytes, who: str) -> str:
        """Copy an uploaded file into the evidence folder (never elsewhere, never over another file).

        ``folder`` must be one of :meth:`folders`; ``relative`` is the browser's file name or its path
        inside a dropped folder (each part cleaned). Returns the new file's path in the evidence folder.
        """
        from accredit.web.forms import clean_upload_path

        if folder not in self.folders():
            raise DeskError(msg("web.error.bad_folder"))
        parts = clean_upload_path(relative)
        if PurePosixPath(parts[-1]).suffix.lower() not in UPLOAD_SUFFIXES:
            raise DeskError(msg("web.error.bad_type", name=parts[-1], types=", ".join(sorted(UPLOAD_SUFFIXES))))
        if len(data) > UPLOAD_MAX_BYTES:
            raise DeskError(msg("web.error.too_big", name=parts[-1], mb=UPLOAD_MAX_BYTES // (1024 * 1024)))
        root = self.ws.evidence_dir
        rel = PurePosixPath(folder, *parts) if folder else PurePosixPath(*parts)
        target = contained(root, rel)
        stem, suffix, n = target.stem, target.suffix, 1
        while target.exists():
            n += 1
            target = target.with_name(f"{stem} ({n}){suffix}")
        target.parent.mkdir(parents=True, exist_ok=True)
        contained(root, target.relative_to(root))  # the folders made on the way are inside too
        write_atomic(target, data)
        self._invalidate()
        shown = target.relative_to(root).as_posix()
        self.desk.record(who, "upload", f"file:{shown}", None, f"{len(data)} B")
        return shown

    def start_scan(self, who: str) -> ScanJob:
        """Start a scan in the background (or return the one running)."""
        with self._lock:
            if self.scan_job is not None and not self.scan_job.finished:
                return self.scan_job
            job = ScanJob()
            self.scan_job = job
        threading.Thread(target=self._scan, args=(job, who), daemon=True, name="accredit-scan").start()
        return job

    def _scan(self, job: ScanJob, who: str) -> None:
        from accredit.evidence.scan import ScanProgress
        from accredit.evidence.service import scan_workspace

        def progress(p: ScanProgress) -> None:
            if job.cancel.is_set():
                raise ScanCancelled
            job.phase, job.done, job.total, job.current = p.phase, p.done, p.total, p.path or ""

        try:
            job.report = scan_workspace(self.ws, workers=1, progress=progress)
            self.desk.record(who, "scan", "evidence", None, f"{job.report.files} files")
        except ScanCancelled:
            job.cancelled = True
        except AccreditError as exc:
            job.error = str(exc)
        finally:
            self._invalidate()
            job.finished = True

    def suggestions(self) -> list[EvidenceLink]:
        """Unconfirmed suggestions, grouped by file (best first within a file)."""
        def compute() -> list[EvidenceLink]:
            rows = [x for x in self.links() if x.origin == LinkOrigin.SUGGESTED and not x.confirmed]
            return sorted(rows, key=lambda x: (x.path, x.framework, -(x.score or 0.0), x.requirement))

        return self._cached("suggestions", compute, evidence=True)

    def suggestion_queue(self) -> list[tuple[str, list[EvidenceLink]]]:
        """The suggestions grouped by file, in file order: the queue the council works through."""

        def compute() -> list[tuple[str, list[EvidenceLink]]]:
            groups: dict[str, list[EvidenceLink]] = {}
            for x in self.suggestions():
                groups.setdefault(x.path, []).append(x)
            return list(groups.items())

        return self._cached("queue", compute, evidence=True)

    def accept(self, path: str, fid: str, code: str, who: str) -> LinkReport:
        """Accept one suggestion (or link the file to a standard a person picked)."""
        from accredit.evidence.service import confirm_suggestions, link_files

        self._known(path)
        self.requirement(fid, code)
        pending = {(x.framework, x.requirement) for x in self.suggestions() if x.path == path}
        if (fid, code) in pending:
            report = confirm_suggestions(self.ws, [path], [code], framework=fid, top=None)
        else:
            report = link_files(self.ws, [path], [code], framework=fid)
        self._links_changed([x for x in report.links if x.counts], [])
        self._changed(who, "link", path, fid, code, None, "accepted")
        return report

    def reject(self, path: str, fid: str, code: str, who: str) -> LinkReport:
        """Reject a suggestion (or remove a link): kept as rejected, so a re-scan does not bring it back."""
        from accredit.evidence.service import unlink_files

        self._known(path)
        self.requirement(fid, code)
        report = unlink_files(self.ws, [path], [code], framework=fid)
        self._links_changed([], list(report.links))
        self._changed(who, "unlink", path, fid, code, "linked", "rejected")
        return report

    def bulk(self, min_score: float, *, dry_run: bool, who: str, allowed: Callable[[str, str], bool]) -> LinkReport:
        """Accept every file's best suggestion scoring at least ``min_score`` (``dry_run``: only say which).

        ``allowed(framework, code)`` filters to the standards the person may edit.
        """
        from accredit.evidence.service import confirm_suggestions

        report = confirm_suggestions(self.ws, None, None, top=1, min_score=min_score, dry_run=True)
        chosen = [x for x in report.links if allowed(x.framework, x.requirement)]
        if dry_run or not chosen:
            return report.model_copy(update={"links": chosen})
        done: list[EvidenceLink] = []
        for fid in sorted({x.framework for x in chosen}):
            codes = sorted({x.requirement for x in chosen if x.framework == fid})
            files = sorted({x.path for x in chosen if x.framework == fid})
            out = confirm_suggestions(self.ws, files, codes, framework=fid, top=1, min_score=min_score)
            done.extend(out.links)
        self._links_changed([x for x in done if x.counts], [])
        for x in done:
            self._changed(who, "link", x.path, x.framework, x.requirement, None, "accepted (bulk)")
        return report.model_copy(update={"links": done, "dry_run": False, "confirmed": len(done)})

    def _changed(self, who: str, action: str, path: str, fid: str, code: str, old: str | None, new: str) -> None:
        self.desk.record(who, action, f"{rating_target(fid, code)}:{path}", old, new)

    def _links_changed(self, added: list[EvidenceLink], removed: list[EvidenceLink]) -> None:
        """After a person's link change: patch the cached links at once (the score follows on the next
        page), keep the file records and flags, and recompute the evidence views in the background."""

        from accredit.evidence.service import open_index

        def key_of(x: EvidenceLink) -> tuple[str, str, str]:
            return (x.evidence_id, x.framework, x.requirement)

        with open_index(self.ws) as index:  # the first reader after a write settles the index's files (WAL)
            index.get_meta("schema")
        with self._lock:
            self._epoch += 1
            self._score = None
            key = self._evidence_key()
            keep: dict[str, tuple[tuple[object, ...], object]] = {}
            hit = self._cache.get("links")
            if hit is not None:
                gone, fresh = {key_of(x) for x in removed}, {key_of(x): x for x in added}
                old: list[EvidenceLink] = hit[1]  # type: ignore[assignment]
                patched = [fresh[key_of(x)].model_copy(update={"path": x.path}) if key_of(x) in fresh else x
                           for x in old if key_of(x) not in gone]
                known = {key_of(x) for x in old}
                patched += [x for k, x in fresh.items() if k not in known]
                keep["links"] = (key, patched)
            for name in ("records", "flags", "folders"):
                if name in self._cache:
                    keep[name] = (key, self._cache[name][1])
            self._cache = keep
        threading.Thread(target=self._refresh, args=(key,), daemon=True, name="accredit-refresh").start()

    def _refresh(self, key: tuple[object, ...]) -> None:
        """Recompute the links and flags from the index; used only if nothing changed meanwhile."""
        from accredit.evidence.service import check_workspace, evidence_links

        try:
            links, flags = evidence_links(self.ws), list(check_workspace(self.ws).flags)
        except AccreditError:
            return
        with self._lock:
            if self._evidence_key() != key:
                return
            self._epoch += 1
            self._score = None
            self._cache = {"links": (key, links), "flags": (key, flags),
                           **{n: v for n, v in self._cache.items() if n in ("records", "folders")}}

    # --- reports --------------------------------------------------------------------------------
    def write_reports(self, formats: Iterable[str], who: str) -> list[Path]:
        """Write the reports (scored with the browser's ratings) into the output folder; the files written."""
        from accredit.report.workspace import write_workspace_reports
        from accredit.scoring.workspace import ScoreRun

        state = self.score()
        run = ScoreRun(scorecards=state.cards, notes=state.notes, assessments=dict(state.assessments),
                       indicators=state.indicators)
        out = write_workspace_reports(self.ws, datetime.now().astimezone(), list(formats), scored=run,
                                      links=self.links(), roadmap=self.roadmap())
        self.desk.record(who, "report", "reports", None, ", ".join(Path(p).name for p in out.files))
        return [Path(p) for p in out.files]

    def report_files(self) -> list[str]:
        """The files in the output folder (relative, POSIX), newest first."""
        root = self.ws.output_dir
        if not root.is_dir():
            return []
        files = [p for p in root.rglob("*") if p.is_file() and inside(p, root)]
        files.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
        return [p.relative_to(root).as_posix() for p in files]

    def report_path(self, rel: str) -> Path:
        """A file of the output folder, by its name in :meth:`report_files` (NotFound otherwise)."""
        if rel not in self.report_files():
            raise NotFound(msg("web.error.no_file"))
        return contained(self.ws.output_dir, PurePosixPath(rel))


class Review:
    """The inspector's side: the packages of a review folder, each verified and flagged (read-only)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def packages(self) -> list[str]:
        """The package files (.zip) of the review folder, by name."""
        if self.folder is None or not self.folder.is_dir():
            return []
        return sorted(p.name for p in self.folder.glob("*.zip") if p.is_file() and inside(p, self.folder))

    def add(self, name: str, data: bytes, who: str, desk: DeskStore) -> str:
        """Save an uploaded package (.zip) into the review folder, never over another file; its name there."""
        from accredit.web.forms import clean_upload_path

        if self.folder is None:
            raise DeskError(msg("web.error.no_review_folder"))
        parts = clean_upload_path(name)
        if len(parts) != 1 or not parts[0].lower().endswith(".zip") or not data.startswith(b"PK\x03\x04"):
            raise DeskError(msg("web.error.not_a_package", name=parts[-1]))
        if len(data) > UPLOAD_MAX_BYTES:
            raise DeskError(msg("web.error.too_big", name=parts[0], mb=UPLOAD_MAX_BYTES // (1024 * 1024)))
        target = contained(self.folder, parts[0])
        stem, n = target.stem, 1
        while target.exists():
            n += 1
            target = target.with_name(f"{stem} ({n}).zip")
        write_atomic(target, data)
        desk.record(who, "upload", f"package:{target.name}", None, f"{len(data)} B")
        return target.name

    def report(self, name: str) -> ReviewReport:
        """Verify one package of the folder, flag what to look at, read its review log."""
        from accredit.review.service import review_package

        if self.folder is None or name not in self.packages():
            raise NotFound(msg("web.error.no_file"))
        return review_package(contained(self.folder, name))

    def record_verdict(self, name: str, framework: str, code: str, status: Status | None, comment: str | None,
                       actor: str, passphrase: str, who: str, desk: DeskStore, *, response: str | None = None) -> int:
        """Append the inspector's verdict and comment on one standard to the package's review log (or, with
        ``response``, the school's answer on it, as received), signed with the inspector's own key (unlocked
        with ``passphrase``); the log's entries afterwards."""
        from accredit.model.review import Role as LogRole
        from accredit.review.log import append_entry, default_log_path, read_log
        from accredit.review.service import review_package
        from accredit.signing.keys import inspector_key_path, load_signer
        from accredit.signing.trust import default_trust_folder, inspector_fingerprints, load_trust

        if self.folder is None or name not in self.packages():
            raise NotFound(msg("web.error.no_file"))
        path = contained(self.folder, name)
        report = review_package(path)
        if not report.verification.ok:
            raise DeskError(msg("web.error.not_verified"))
        if not any(r.code == code for c in report.comparisons if c.framework == framework for r in c.requirements):
            raise NotFound(msg("web.error.no_standard", code=code))
        signer = load_signer(inspector_key_path(), passphrase.encode("utf-8"))
        trusted = inspector_fingerprints(load_trust(default_trust_folder())) | {signer.public.fingerprint}
        log = default_log_path(path)
        if response is not None:
            append_entry(log, role=LogRole.SCHOOL, actor=actor, at=datetime.now().astimezone(),
                         package=report.verification.sha256,
                         responses=[SchoolResponse(framework=framework, code=code, text=response)],
                         source="accredit serve", signer=signer, trusted=trusted)
            desk.record(who, "response", f"package:{name}#{framework}#{code}", None, response)
        else:
            append_entry(log, role=LogRole.INSPECTOR, actor=actor, at=datetime.now().astimezone(),
                         package=report.verification.sha256,
                         ratings=[InspectorRating(framework=framework, code=code, status=status, comment=comment)],
                         source="accredit serve", signer=signer, trusted=trusted)
            desk.record(who, "verdict", f"package:{name}#{framework}#{code}", None,
                        f"{status.value if status else '—'} {comment or ''}".strip())
        return len(read_log(log, trusted)[0])

    def heat_maps(self) -> list[HeatView]:
        """The province roll-up of the folder: per framework, schools × criteria coloured by share."""
        from accredit.review.rollup import rollup
        from accredit.review.rollup_render import band, heat_maps

        if self.folder is None or not self.packages():
            return []
        out = []
        for hm in heat_maps(rollup(self.folder, workers=1)):
            rows = [(school, [(c.text, *band(c.share)) for c in cells]) for school, cells in hm.rows]
            out.append(HeatView(hm.name, [c.label for c in hm.framework.criteria], rows))
        return out


@dataclass(frozen=True)
class HeatView:
    """A heat map as the page shows it: the criteria, and per school each cell's text, ink and fill colours."""

    name: str
    criteria: list[str]
    rows: list[tuple[str, list[tuple[str, str, str]]]]


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def overlay(base: Assessment, stored: dict[str, StoredRating]) -> Assessment:
    """``base`` with the browser's ratings in place of the workbook's (cited evidence codes and note kept)."""
    if not stored:
        return base
    by_code = {r.code: r for r in base.ratings}
    for code, s in stored.items():
        old = by_code.get(code)
        by_code[code] = Rating(code=code, status=s.status, years=dict(s.years), narrative=s.narrative,
                               evidence_codes=list(old.evidence_codes) if old else [],
                               note=old.note if old else None, source=DESK_SOURCE)
    return base.model_copy(update={"ratings": list(by_code.values())})
