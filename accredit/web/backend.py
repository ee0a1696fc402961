"""The one door from the web app into the library: every call the pages make goes through :class:`Backend`.

Pages never import scoring, evidence or report modules themselves; :class:`Backend` calls only the
operations of :mod:`accredit.service` (the list of everything accredit does, shared with the CLI).
The truth is the workspace store (``kho-tu-danh-gia.sqlite``): ratings and narratives per standard
and year, institutional data, people, working groups, comments and the audit log. A rating saved in
the browser is the rating ``accredit run`` and the reports see, and a rating changed from the command
line or a workbook import is the one the page shows. Each part of a standard carries a version;
the page holds the versions it showed and a save based on an older one is refused (the store's
:class:`~accredit.store.errors.StaleWriteError`: the newer value, who made it, when, from where).

Every change names its :class:`~accredit.store.records.Actor` (the person, ``via="web"``, and the
request's time, taken at the edge). The desk keeps nothing of its own besides the session secret
(:mod:`accredit.web.desk_store`) and the login rate limit (in memory).
"""

from __future__ import annotations

import bisect
import gc
import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar, cast

from accredit import service
from accredit.containment import contained, inside
from accredit.errors import AccreditError
from accredit.i18n.message import Messages, Msg, msg
from accredit.model.assessment import Narrative, Status, window_years
from accredit.model.evidence import (
    EvidenceDetail,
    EvidenceFlag,
    EvidenceLink,
    EvidenceRecord,
    EvidenceSnapshot,
    LinkOrigin,
    LinkReport,
    ScanReport,
)
from accredit.model.framework import Criterion, Framework, Requirement
from accredit.model.indicator import IndicatorResult
from accredit.model.review import InspectorRating, ReviewReport, SchoolResponse
from accredit.model.roadmap import Roadmap
from accredit.model.scorecard import Scorecard
from accredit.programmes.model import Programme, split_assignment
from accredit.store.records import Actor, AuditEntry, Comment, NarrativeField, Role, Stamp, UserRecord
from accredit.web.model import NARRATIVE_FIELDS, DeskError, NotFound, Preparing, User
from accredit.workspace import Workspace, write_atomic

DESK_SOURCE = "web"
"""Where a value typed in the browser came from (the store's ``via``)."""

UPLOAD_SUFFIXES = frozenset({
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".xls", ".xlsx", ".ods", ".csv", ".ppt", ".pptx", ".odp",
    ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".zip",
})
"""File types a person may upload into the evidence folder (documents, spreadsheets, scans)."""

T = TypeVar("T")

AuditKey = dict[str, str | int | None]
"""What an audit line is about (the store's ``key``)."""

UPLOAD_MAX_BYTES = 100 * 1024 * 1024
"""The largest file accepted in one upload."""

PACKAGE_FILE_MAX_BYTES = 256 * 1024 * 1024
"""The largest evidence file the inspector's desk opens from a package (bounded reads)."""


@dataclass(frozen=True)
class ScoreState:
    """The workspace's inputs read once, the scorecards of every framework and the notes (messages)."""

    inputs: Any  # service.WorkspaceInputs
    cards: list[Scorecard]
    gates: list[Scorecard]
    notes: list[Msg]

    @property
    def indicators(self) -> dict[str, list[IndicatorResult]]:
        """The indicator results of each framework read."""
        return {f.id: list(f.indicators.results) for f in self.inputs.frameworks}


@dataclass(frozen=True)
class RatingView:
    """A standard's rating as the page shows it for editing: the store's records, and their versions as one token."""

    framework: str
    code: str
    status: Status | None
    years: dict[int, Status]
    narrative: dict[str, str]
    version: str
    updated_at: datetime | None
    updated_by: str | None
    via: str | None


@dataclass(frozen=True)
class DataInput:
    """One input of the data form: its name, label, unit, and each year's value with where it came from."""

    name: str
    label: str
    unit: str | None
    description: str | None
    values: dict[int, tuple[Decimal | None, str | None]]


@dataclass(frozen=True)
class DataSheet:
    """The data form of a framework: institution inputs by year, the results they give, the versions shown."""

    framework: str
    years: list[int]
    inputs: list[DataInput]
    results: list[IndicatorResult]
    version: str
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
    error: str | Msg | None = None
    report: ScanReport | None = None
    cancel: threading.Event = field(default_factory=threading.Event)


class DeskScan:
    """The desk's one scan (thread-safe): every scope's backend shares it, because they all scan the school's
    one evidence folder and index. Starting a scan while one runs gives the running one; when it ends, every
    backend attached (each scope's, those made again after ``accredit.toml`` changed too) forgets its evidence
    views. It outlives the backends: the desk carries it from one set of backends to the next."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.job: ScanJob | None = None
        """The latest scan (running or ended), None before the first."""
        self._backends: weakref.WeakSet[Backend] = weakref.WeakSet()

    def attach(self, backend: Backend) -> None:
        """Make ``backend`` one of those told when a scan ends (held weakly: a backend dropped is forgotten)."""
        with self._lock:
            self._backends.add(backend)

    def attached(self) -> list[Backend]:
        """Every backend attached (every scope's of the desk)."""
        with self._lock:
            return list(self._backends)

    def claim(self) -> tuple[ScanJob, bool]:
        """The running scan, or a new one when none runs: (the job, whether the caller must run it)."""
        with self._lock:
            if self.job is not None and not self.job.finished:
                return self.job, False
            self.job = ScanJob()
            return self.job, True

    def ended(self, job: ScanJob) -> None:
        """A scan ended: every attached backend's evidence views are forgotten, then the job says it finished."""
        with self._lock:
            backends = list(self._backends)
        for backend in backends:
            backend._invalidate()
            if backend._rewarm:  # a desk that read its workspace in the background reads it so again
                backend.start_warming()
        job.finished = True


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

PERSONAL_GROUP = "{username}"
"""The working group the users page edits for a person: named after them (the others: the groups page)."""


@dataclass(frozen=True)
class GroupView:
    """A working group as the groups page shows it: its members and the criteria it owns per framework."""

    name: str
    members: list[str]
    criteria: dict[str, list[str]]
    personal: bool
    """Named after a person: the person's own group, which the users page edits too."""


_patience = threading.local()
_PACKAGING = threading.Lock()


@contextmanager
def patience(wait: bool) -> Iterator[None]:
    """Within: whether this thread waits for the desk's warming (a change does) or is told the page is being
    prepared (a page asked: :class:`~accredit.web.model.Preparing`, answered at once)."""
    before = getattr(_patience, "wait", True)
    _patience.wait = wait
    try:
        yield
    finally:
        _patience.wait = before


def web_actor(username: str, at: datetime) -> Actor:
    """Who makes a change from the browser (``at``: the request's time, taken at the edge)."""
    return Actor(username=username or "local", via="web", at=at)


def audit_target(entry: AuditEntry) -> str:
    """What an audit entry is about, as a short text ('tt35…#1.1 (2026)', 'user lan', a file's path)."""
    k = entry.key
    if "requirement" in k and "framework" in k:
        year = f" ({k['year']})" if k.get("year") is not None else ""
        extra = "".join(f" {k[n]}" for n in ("period", "field", "path") if k.get(n) not in (None, ""))
        return f"{k['framework']}#{k['requirement']}{year}{extra}"
    return " ".join(str(v) for v in k.values() if v not in (None, ""))


def _latest(stamps: Iterable[Stamp]) -> Stamp | None:
    dated = [s for s in stamps if s.updated_at is not None]
    return max(dated, key=lambda s: s.updated_at) if dated else None  # type: ignore[arg-type, return-value]


class Backend:
    """The workspace as the web app sees it (one per scope and year the desk shows; thread-safe).

    The school's backend is over the school's workspace. A programme's is over its workspace view
    (``service.programme_view``: its own store and ratings, the shared evidence folder and index), with
    ``school`` the school's workspace: people, working groups, logins and the audit log the QA lead reads
    stay the school's, and so do the evidence index's decisions (a scan, an accepted link). A past year's is
    over ``service.year_view`` and ``read_only`` (the desk refuses every change there).
    """

    def __init__(self, ws: Workspace, *, school: Workspace | None = None, programme: Programme | None = None,
                 read_only: bool = False, scans: DeskScan | None = None, evidence_from: Backend | None = None
                 ) -> None:
        self.ws = ws
        self.people = school or ws
        """The workspace whose store holds the people, their working groups and the desk's audit lines."""
        self.files = school or ws
        """The workspace whose evidence index and link decisions the desk changes (the school's)."""
        self.programme = programme
        self.read_only = read_only
        self._lock = threading.RLock()
        self._score: tuple[tuple[object, ...], ScoreState] | None = None
        self._frameworks: list[Framework] | None = None
        self._evidence_from = evidence_from
        """The school's backend, whose evidence snapshot this scope's derives from when they share the index."""
        self.scans = scans if scans is not None else DeskScan()
        """The desk's one scan, shared with every other scope's backend (a new one for a backend on its own)."""
        self._epoch = 0
        self._evidence_epoch = 0
        self._cache: dict[str, tuple[tuple[object, ...], object]] = {}
        self._warming = threading.Event()
        self._rewarm = False
        """Whether it was warmed in the background (``accredit serve``): it is again after a scan."""
        self._held_generation: int | None = None
        """The index's link generation the held evidence was read at (None: none held)."""
        self._scored: tuple[Any, Any] | None = None
        """The last inputs scored and their result (``service.score_all``'s ``previous``)."""
        self._planned: tuple[Any, list[Scorecard], Roadmap | None] | None = None
        """The last plan, the configuration and the scorecards (target's, its gates') it was made from."""
        self.scans.attach(self)

    @property
    def scan_job(self) -> ScanJob | None:
        """The desk's latest scan (running or ended; whichever scope started it), None before the first."""
        return self.scans.job

    def warm(self) -> None:
        """Compute what the first pages need (scores, evidence views, roadmap), e.g. in a thread at start."""
        try:
            self.score()
            self._evidence_rows()
            self.suggestions()
            self.roadmap()
        except AccreditError:
            pass  # the pages say what is wrong when they are opened

    def start_warming(self) -> None:
        """:meth:`warm` in a thread (``accredit serve``): meanwhile a page that would wait for it says it is
        being prepared and opens itself when ready (:func:`patience`); a change waits for it."""
        with self._lock:
            self._rewarm = True
            if self._warming.is_set():
                return
            self._warming.set()

        def run() -> None:
            try:
                self.warm()
                # what was read stays for the desk's life: the cyclic collector need not walk its millions of
                # objects again on every later collection (a full one over 10,000 files' links took ~150 ms)
                gc.collect()  # what is garbage now is freed, not frozen with the rest
                gc.freeze()
            finally:
                self._warming.clear()

        threading.Thread(target=run, daemon=True, name="accredit-warm").start()

    @property
    def warming(self) -> bool:
        """Whether :meth:`start_warming`'s thread still reads the workspace."""
        return self._warming.is_set()

    def _not_waiting(self) -> None:
        """Before computing what the warming thread computes: a page (impatient) is told it is being prepared."""
        if self._warming.is_set() and not getattr(_patience, "wait", True):
            raise Preparing(msg("web.preparing.text"))

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
            from accredit.frameworks import workspace_frameworks  # the workspace's configuration, resolved

            self._frameworks = workspace_frameworks(self.ws)
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

    # --- people (the store's users and working groups) ------------------------------------------
    def users(self) -> list[User]:
        """Every person of the school, with the criteria of the working groups they are in (in this scope)."""
        groups = service.list_groups(self.people)
        return [self._person(u, groups) for u in service.list_users(self.people).users]

    def user(self, name: str) -> User | None:
        """The person called ``name`` (with the password hash to check), or None: the school's users, never a
        programme store's own."""
        found = service.get_user(self.people, name) if name else None
        return self._person(found, service.list_groups(self.people)) if found is not None else None

    def _person(self, u: UserRecord, groups: Any) -> User:
        """The store's user with the criteria of their groups: at the school every assignment as stored
        ('<id>#<criterion>', a programme's '<set id>@<mã>#<criterion>'); in a programme's scope only that
        programme's, as '<set id>#<criterion>' (two programmes on one set are assigned apart)."""
        mine = {g for g, members in groups.members.items() if u.username in members}
        code = self.programme.code if self.programme is not None else None
        criteria = sorted({f"{fid}#{a.criterion}" for a in groups.assignments if a.group in mine
                           for fid, of in [split_assignment(a.framework)] if of == code}
                          if code is not None else
                          {f"{a.framework}#{a.criterion}" for a in groups.assignments if a.group in mine})
        return User(name=u.username, role=Role(u.role), display=u.display_name or None, criteria=criteria,
                    password_hash=u.password_hash, version=u.version, lang=u.lang or "vi")

    def set_language(self, name: str, lang: str, actor: Actor) -> None:
        """Change only the language a person reads (their role, password and working groups stay as they are)."""
        old = service.get_user(self.people, name)
        if old is not None and old.lang != lang:
            service.put_user(self.people, name, old.display_name or "", old.role, old.password_hash,
                             base_version=old.version, actor=actor, lang=lang)

    def put_user(self, user: User, actor: Actor) -> User:
        """Add or change a person (role, display name, password hash) and the criteria of their own group."""
        old = service.get_user(self.people, user.name)
        service.put_user(self.people, user.name, user.display or "", user.role, user.password_hash,
                         base_version=old.version if old is not None else 0, actor=actor, lang=user.lang)
        group = PERSONAL_GROUP.format(username=user.name)
        groups = service.list_groups(self.people)
        had = {(a.framework, a.criterion) for a in groups.assignments if a.group == group}
        wanted = {tuple(c.split("#", 1)) for c in user.criteria if "#" in c}
        for fid in sorted({f for f, _ in had - wanted}):
            service.unassign_criteria(self.people, group, fid, sorted(c for f, c in had - wanted if f == fid),
                                      actor=actor)
        for fid in sorted({f for f, _ in wanted - had}):
            service.assign_criteria(self.people, group, fid, sorted(c for f, c in wanted - had if f == fid),
                                    actor=actor)
        if wanted and user.name not in groups.members.get(group, []):
            service.set_group_members(self.people, group, [*groups.members.get(group, []), user.name], actor=actor)
        return self.user(user.name) or user

    def groups(self) -> list[GroupView]:
        """Every working group, by name: members, criteria per framework, whether it is a person's own."""
        groups = service.list_groups(self.people)
        people = {u.username for u in service.list_users(self.people).users}
        owned: dict[str, dict[str, list[str]]] = {}
        for a in groups.assignments:
            owned.setdefault(a.group, {}).setdefault(a.framework, []).append(a.criterion)
        return [GroupView(name, list(members), owned.get(name, {}), name in people)
                for name, members in sorted(groups.members.items())]

    def _group(self, name: str) -> GroupView:
        for g in self.groups():
            if g.name == name:
                return g
        raise NotFound(msg("web.groups.unknown", name=name))

    def _check_people(self, usernames: Iterable[str]) -> list[str]:
        known = {u.username for u in service.list_users(self.people).users}
        unknown = sorted(set(usernames) - known)
        if unknown:
            raise DeskError(msg("web.groups.unknown_people", names=", ".join(unknown)))
        return sorted(set(usernames))

    def _check_criteria(self, key: str, codes: Iterable[str]) -> list[str]:
        """``codes`` as criteria of the set an assignment's framework key names (refused when one is not)."""
        known = {c.code for c in self.assignable(key).criteria}
        unknown = sorted(set(codes) - known)
        if unknown:
            raise DeskError(msg("web.groups.unknown_criteria", codes=", ".join(unknown)))
        return sorted(set(codes))

    def assignable(self, key: str) -> Framework:
        """The criteria set of an assignment's framework key: one of the school's frameworks ('<id>'), or the set
        an assessed programme is assessed against ('<set id>@<mã>', :func:`~accredit.programmes.model.
        split_assignment`); NotFound for any other (a programme not assessed, or not on that set)."""
        fid, code = split_assignment(key)
        if code is None:
            return self.framework(fid)
        if not any(p.code == code and p.criteria == fid for p in service.assessed_programmes(self.people)):
            raise NotFound(msg("web.error.no_framework", id=key))
        from accredit.frameworks import resolve_framework  # the set the programme's own view resolves

        return resolve_framework(fid)

    def create_group(self, name: str, members: list[str], criteria: dict[str, list[str]], actor: Actor) -> GroupView:
        """Make a working group with ``members`` and the ``criteria`` it owns (framework key → codes: a school's
        framework id, or a programme's '<set id>@<mã>'); refused
        for a name already used by a group or a person (a person's own group is made on the users page),
        or with neither a member nor a criterion (nothing would hold it)."""
        if any(g.name.casefold() == name.casefold() for g in self.groups()):
            raise DeskError(msg("web.groups.exists", name=name))
        if any(u.username.casefold() == name.casefold() for u in service.list_users(self.people).users):
            raise DeskError(msg("web.groups.person_name", name=name))
        people = self._check_people(members)
        wanted = {fid: self._check_criteria(fid, codes) for fid, codes in criteria.items() if codes}
        if not people and not wanted:
            raise DeskError(msg("web.groups.empty"))
        with self._lock:
            if people:
                service.set_group_members(self.people, name, people, actor=actor)
            for fid, codes in sorted(wanted.items()):
                service.assign_criteria(self.people, name, fid, codes, actor=actor)
        return self._group(name)

    def set_members(self, name: str, members: list[str], actor: Actor) -> None:
        """Make ``members`` the members of the group ``name`` (audited: who was in, who is in now); a group left
        with neither a member nor a criterion is gone."""
        self._group(name)
        service.set_group_members(self.people, name, self._check_people(members), actor=actor)

    def set_group_criteria(self, name: str, fid: str, codes: list[str], actor: Actor) -> None:
        """Make ``codes`` the criteria of framework key ``fid`` (a school's framework, or one programme's
        '<set id>@<mã>', checked against that programme's set) the group ``name`` owns: the others are
        unassigned and the new ones assigned (each audited)."""
        had = set(self._group(name).criteria.get(fid, []))
        wanted = set(self._check_criteria(fid, codes))
        with self._lock:
            if had - wanted:
                service.unassign_criteria(self.people, name, fid, sorted(had - wanted), actor=actor)
            if wanted - had:
                service.assign_criteria(self.people, name, fid, sorted(wanted - had), actor=actor)

    # --- the school's settings (accredit.toml) --------------------------------------------------
    def framework_choices(self) -> list[Any]:
        """The catalog's criteria sets for the school's kind of institution (``FrameworkSummary``, superseded
        ones saying so)."""
        return list(service.framework_choices(self.people))

    def save_settings(self, frameworks: list[str], target: str | None, actor: Actor) -> None:
        """Make ``frameworks`` the school's criteria sets and ``target`` the roadmap's (``accredit.toml``, its
        comments kept; a set newly chosen gets its evidence folder bound to it), audited one line per value
        changed with its old and new value; the desk then works on the new sets."""
        before = self.people.config
        with self._lock:
            after = service.set_frameworks(self.people, frameworks, target)
            self._frameworks = None
            self._invalidate()
        changed: list[tuple[AuditKey, str | None, str | None]] = [
            ({"file": "accredit.toml", "section": "assessment", "field": "frameworks"},
             ", ".join(before.assessment.frameworks), ", ".join(after.assessment.frameworks)),
            ({"file": "accredit.toml", "section": "assessment", "field": "target"},
             before.assessment.target, after.assessment.target),
        ]
        for folder, fid in after.evidence.code_scopes.items():
            bound: AuditKey = {"file": "accredit.toml", "section": "evidence.code_scopes", "folder": folder}
            changed.append((bound, before.evidence.code_scopes.get(folder), fid))
        for key, old, new in changed:
            if old != new:
                self.record("settings", key, new, actor, old=old)

    def record(self, entity: str, key: dict[str, str | int | None], new: str | None, actor: Actor, *,
               old: str | None = None) -> None:
        """One line of the school's audit log for a change that is not a store record (an upload, a scan, a
        year started, a setting: with its ``old`` value); in a programme's scope the key names the programme."""
        if self.programme is not None:
            key = {**key, "programme": self.programme.code}
        service.log_event(self.people, entity, key, new, actor=actor, old=old)

    def history(self, limit: int = 200) -> list[AuditEntry]:
        """The latest changes (every front end), newest first: the school's log, and in a programme's scope
        its own store's too (its ratings, narratives, figures, comments)."""
        entries = list(service.audit_log(self.people, limit=limit).entries)
        if self.people.root != self.ws.root:
            entries += service.audit_log(self.ws, limit=limit).entries
            entries.sort(key=lambda e: (e.at, e.id))
        return list(reversed(entries))[:limit]

    def standard_history(self, fid: str, code: str, limit: int = 50) -> list[AuditEntry]:
        """The changes of one standard (ratings, narrative, comments), newest first."""
        entries = service.standard_history(self.ws, fid, code).entries
        return list(reversed(entries))[:limit]

    def comments(self, fid: str, code: str) -> list[Comment]:
        """The comments on a standard in the evaluation year, oldest first."""
        return list(service.list_comments(self.ws, fid, code).comments)

    def add_comment(self, fid: str, code: str, text: str, actor: Actor) -> Comment:
        """Add a comment on a standard."""
        return service.add_comment(self.ws, fid, code, text, actor=actor)

    # --- scoring --------------------------------------------------------------------------------
    def _evidence_key(self) -> tuple[object, ...]:
        """What the evidence views depend on: the index (and its write-ahead log), the configuration."""
        from accredit.evidence.index import INDEX_NAME

        index = self.ws.cache_dir / INDEX_NAME
        return (self._evidence_epoch, _mtime(index), _mtime(index.with_name(index.name + "-wal")),
                _mtime(self.ws.config_path))

    def generation(self) -> int:
        """The store's latest change (every write is audited): grows with every rating or figure saved,
        from the browser, the command line or a workbook import."""
        entries = service.audit_log(self.ws, limit=1).entries
        return entries[-1].id if entries else 0

    def _inputs_key(self) -> tuple[object, ...]:
        """What the score depends on: the evidence, the store, the workbooks a person may edit in Excel."""
        folder = self.ws.data_dir
        books = tuple(sorted((p.name, _mtime(p)) for p in folder.glob("*.xls*"))) if folder.is_dir() else ()
        return (*self._evidence_key(), self.generation(), self._epoch, books)

    def _invalidate(self, *, evidence: bool = True) -> None:
        """Forget what was computed: everything (an evidence change), or the score only (a rating, a figure)."""
        with self._lock:
            self._epoch += 1
            self._score = None
            if evidence:
                self._evidence_epoch += 1
                self._cache.clear()
                self._held_generation = None
                self._scored = self._planned = None  # they would keep the old links alive

    def _cached(self, name: str, compute: Callable[[], T], *, evidence: bool = False) -> T:
        """``compute()`` once per state of its inputs: the evidence only, or everything the score reads."""
        key = self._evidence_key() if evidence else self._inputs_key()
        hit = self._cache.get(name)
        if hit is not None and hit[0] == key:
            return cast(T, hit[1])
        self._not_waiting()
        with self._lock:  # one computation at a time: a second asker waits for the first one's value
            if evidence:
                self._settle_index()  # so the key read now is the one the index keeps after this reading
            key = self._evidence_key() if evidence else self._inputs_key()
            hit = self._cache.get(name)
            if hit is not None and hit[0] == key:
                return cast(T, hit[1])
            value = compute()
            self._cache[name] = (key, value)
        return value

    def score(self) -> ScoreState:
        """The workspace's inputs read once (``service.read_inputs``: the store, the workbooks edited since;
        the evidence as the desk holds it) and every framework scored (``service.score_all``)."""
        held = self._score
        if held is not None and held[0] == self._inputs_key():
            return held[1]
        self._not_waiting()
        with self._lock:
            key = self._inputs_key()
            if self._score is not None and self._score[0] == key:
                return self._score[1]
            evidence = self._evidence()  # the index as the desk holds it: a person's link change shows at once
            inputs = service.read_inputs(self.ws, evidence=evidence.model_copy(update={"links": self.links()}))
            before = self._scored  # the frameworks a change did not touch keep their scorecards
            scored = service.score_all(inputs, previous=before)
            self._scored = (inputs, scored)
            state = ScoreState(inputs, list(scored.scorecards), list(scored.gates), list(scored.notes))
            self._score = (self._inputs_key(), state)  # reading may have imported an edited workbook
            return state

    def card(self, fid: str) -> Scorecard:
        """The scorecard of one framework."""
        for c in self.score().cards:
            if c.framework == fid:
                return c
        raise NotFound(msg("web.error.no_framework", id=fid))

    def roadmap_ready(self) -> bool:
        """Whether the plan for the current scores is made (:meth:`roadmap` answers at once)."""
        hit = self._cache.get("roadmap")
        return hit is not None and hit[0] == self._inputs_key()

    def roadmap(self) -> Roadmap | None:
        """The plan toward the workspace's target (None when it names none or it cannot be made)."""
        return self._cached("roadmap", self._roadmap)

    def _roadmap(self) -> Roadmap | None:
        state = self.score()
        cards = [*state.cards, *state.gates]
        target = state.inputs.target
        wanted = {target, *(state.inputs.of(target).framework.gate_ids if target and state.inputs.has(target) else ())}
        basis = [c for c in cards if c.framework in wanted]
        held = self._planned
        if held is not None and held[0] == state.inputs.config and len(held[1]) == len(basis) \
                and all(a is b for a, b in zip(held[1], basis, strict=True)):
            return held[2]  # the target's scorecard (and its gates') kept: the plan stands
        plan, _ = service.planned_or_note(state.inputs, cards, "report.note.no_roadmap")
        self._planned = (state.inputs.config, basis, plan)
        return plan

    def roadmap_note(self) -> Msg | None:
        """Why :meth:`roadmap` is None: no target named, or the planner's error (``service.planned_or_note``);
        None when there is a roadmap."""
        if self.roadmap() is not None:
            return None
        state = self.score()
        if not state.inputs.target:
            return msg("web.roadmap.no_target")
        _, notes = self._cached("roadmap_note", lambda: service.planned_or_note(
            state.inputs, [*state.cards, *state.gates], "web.roadmap.failed"))
        return notes[0] if notes else msg("web.roadmap.none")

    # --- institutional data (the store) ---------------------------------------------------------
    def _schema(self, fw: Framework):  # type: ignore[no-untyped-def]
        from accredit.indicators.schema import build_schema

        return build_schema(fw, self.year, self.ws.config.school.object)

    def _stored_data(self, fid: str) -> dict[tuple[str, int], Any]:
        """The store's values of the framework's institution inputs: (input, year) → record."""
        schema = self._schema(self.framework(fid))
        sheets = {s.name: s.sheet for s in schema.institution}
        return {(r.field, r.year): r for r in service.list_data_values(self.ws, fid).values
                if not r.item and sheets.get(r.field) == r.sheet}

    def data_sheet(self, fid: str, typed: dict[tuple[str, int], Decimal | None] | None = None) -> DataSheet:
        """The data form of a framework; with ``typed`` (not saved), the results those figures would give."""
        fw = self.framework(fid)
        state = self.score()  # reads the inputs: a data workbook edited in Excel is in the store after this
        schema = self._schema(fw)
        stored = self._stored_data(fid)
        inputs = []
        for spec in schema.institution:
            values: dict[int, tuple[Decimal | None, str | None]] = {}
            for y in schema.years:
                r = stored.get((spec.name, y))
                values[y] = (Decimal(r.value), r.source) if r is not None and r.value is not None else (None, None)
            inputs.append(DataInput(spec.name, spec.label, spec.unit, spec.description, values))
        version = ",".join(f"{name}@{year}@{r.version}" for (name, year), r in sorted(stored.items()))
        results = self._preview(fw, state, typed) if typed else state.indicators.get(fid, [])
        return DataSheet(fid, list(schema.years), inputs, results, version, [t.sheet for t in schema.tables()])

    def _preview(self, fw: Framework, state: ScoreState, typed: dict[tuple[str, int], Decimal | None]
                 ) -> list[IndicatorResult]:
        """The indicators the typed figures would give (the core's computation; nothing saved)."""
        from accredit.indicators.compute import compute_indicators
        from accredit.indicators.data import Cell, InstitutionData

        fi = state.inputs.of(fw.id) if state.inputs.has(fw.id) else None
        data = fi.data if fi is not None and fi.data is not None else InstitutionData()
        values = {name: dict(years) for name, years in data.values.items()}
        for (name, year), value in typed.items():
            if value is None:
                values.get(name, {}).pop(year, None)
            else:
                values.setdefault(name, {})[year] = Cell(value=value, source=DESK_SOURCE)
        data = data.model_copy(update={"values": values})
        report = compute_indicators(fw, data, self.year, self.ws.config.school.object,
                                    source=data.source or DESK_SOURCE, categories=self.ws.config.school.categories)
        return list(report.results)

    def input_units(self, fid: str) -> dict[str, str | None]:
        """The unit of each institution input of a framework (it decides how a typed number is read)."""
        return {s.name: s.unit for s in self._schema(self.framework(fid)).institution}

    def input_criteria(self, fid: str) -> dict[str, set[str]]:
        """The criteria whose standards use each institution input (a change to it may move their results)."""
        fw = self.framework(fid)
        crit_of = {r.code: c.code for c in fw.criteria for r in c.requirements}
        return {s.name: {crit_of[code] for code in s.used_by if code in crit_of}
                for s in self._schema(fw).institution}

    def save_data(self, fid: str, values: dict[tuple[str, int], Decimal | None], version: str, actor: Actor) -> None:
        """Save figures typed in the browser into the store, each from the version the page showed; refused
        (nothing written) when someone changed one of them meanwhile."""
        held = _held_data(version)
        with self._lock:
            stored = self._stored_data(fid)
            for key in sorted(values):  # first the check, so a refusal writes nothing
                r = stored.get(key)
                base = held.get(key, 0)
                if (r.version if r is not None else 0) != base:
                    service.set_data_value(self.ws, fid, key[0], key[1], values[key], base_version=base, actor=actor)
            for (name, year), value in sorted(values.items()):
                service.set_data_value(self.ws, fid, name, year, value, base_version=held.get((name, year), 0),
                                       actor=actor)
            self._invalidate(evidence=False)

    # --- ratings and narratives (the store) -----------------------------------------------------
    def rating(self, fid: str, code: str) -> RatingView:
        """The rating of a standard as the store holds it (whoever entered it: browser, CLI, workbook)."""
        self.requirement(fid, code)
        s = service.get_standard(self.ws, fid, code)
        texts = {n.field: n for n in s.texts}
        parts: list[Stamp] = [s.status, *s.years, *(texts[f] for f in NARRATIVE_FIELDS)]
        last = _latest(parts)
        return RatingView(
            framework=fid, code=code, status=s.status.status,
            years={r.period: r.status for r in s.years if r.period is not None and r.status is not None},
            narrative={f: texts[f].text or "" for f in NARRATIVE_FIELDS},
            version="-".join(str(p.version) for p in parts),
            updated_at=last.updated_at if last else None, updated_by=last.updated_by if last else None,
            via=last.via if last else None)

    def save_rating(self, fid: str, code: str, status: Status | None, years: dict[int, Status],
                    narrative: Narrative, version: str, actor: Actor, present: Iterable[str] | None = None
                    ) -> RatingView:
        """Save a standard's status, its status per window year and its narrative into the store, each part
        from the version the page showed. Only the parts that differ from the store are written; when
        one of them was changed by someone else since, nothing is written and the store's refusal
        (the newer value, who made it) is raised. ``present``: the fields the form carried (default: all);
        a part the form did not carry is left as it is."""
        self.requirement(fid, code)
        allowed = set(self.window(fid, code))
        if any(y not in allowed for y in years):
            raise DeskError(msg("web.error.year_outside"))
        with self._lock:
            s = service.get_standard(self.ws, fid, code)
            texts = {n.field: n for n in s.texts}
            sent = set(present) if present is not None else {"status", *(f"year_{y}" for y in allowed),
                                                               *NARRATIVE_FIELDS}
            writes: list[tuple[Stamp, Callable[[int], object]]] = []

            def rate(period: int | None, value: Status | None) -> Callable[[int], object]:
                return lambda base: service.set_rating(self.ws, fid, code, value, period=period, base_version=base,
                                                       actor=actor)

            def tell(field: NarrativeField, value: str | None) -> Callable[[int], object]:
                return lambda base: service.set_narrative(self.ws, fid, code, field, value, base_version=base,
                                                          actor=actor)

            if "status" in sent and s.status.status != status:
                writes.append((s.status, rate(None, status)))
            for year_rec in s.years:
                new = years.get(year_rec.period) if year_rec.period is not None else None
                if f"year_{year_rec.period}" in sent and year_rec.status != new:
                    writes.append((year_rec, rate(year_rec.period, new)))
            for f in NARRATIVE_FIELDS:
                new_text = (getattr(narrative, f) or "").strip() or None
                if f in sent and texts[f].text != new_text:
                    writes.append((texts[f], tell(f, new_text)))
            parts: list[Stamp] = [s.status, *s.years, *(texts[f] for f in NARRATIVE_FIELDS)]
            held = _held_versions(version, len(parts))
            base_of = {id(p): v for p, v in zip(parts, held, strict=True)}
            for part, write in writes:  # first the check, so a refusal writes nothing
                if part.version != base_of[id(part)]:
                    write(base_of[id(part)])  # the store refuses it, with the newer value and who made it
            for part, write in writes:
                write(base_of[id(part)])
            if writes:
                self._invalidate(evidence=False)
        return self.rating(fid, code)

    # --- evidence -------------------------------------------------------------------------------
    def _scanned(self) -> bool:
        from accredit.evidence.index import INDEX_NAME

        return (self.ws.cache_dir / INDEX_NAME).is_file()

    def _evidence(self) -> EvidenceSnapshot:
        """The evidence index read once per state (``service.evidence_snapshot``: records, every link, code
        notices), with the desk's own link changes patched in: links, records and flags all derive from it."""
        return self._cached("evidence", self._read_evidence, evidence=True)

    def _read_evidence(self) -> EvidenceSnapshot:
        """The snapshot, and the links' generation it was read at (read first: a write meanwhile makes the
        snapshot newer, never older, than the generation kept, so the next decision reads it again)."""
        if not self._scanned():
            self._held_generation = 0
            return EvidenceSnapshot()
        source = self._evidence_from
        if source is not None and source._index_path() == self._index_path():  # a view of the same index
            base = source._evidence()  # its objects, not a second copy
            self._held_generation = source._held_generation
            return service.scope_snapshot(self.ws, base)
        self._held_generation = service.evidence_generation(self.ws)
        return service.evidence_snapshot(self.ws)

    def _settle_index(self) -> None:
        """Open the index once: the first reader after a write settles its files (the write-ahead log is folded
        in), which changes their times; a key read before it would be stale at once."""
        if self._scanned():
            from accredit.evidence.service import open_index

            with open_index(self.ws) as index:
                index.get_meta("schema")

    def _index_path(self) -> Path:
        from accredit.evidence.index import INDEX_NAME

        return (self.ws.cache_dir / INDEX_NAME).resolve()

    def links(self) -> list[EvidenceLink]:
        """Every link of the files present to this scope's frameworks, suggestions included (a programme's:
        to its set, from its own folder or a shared one)."""
        return self._cached("links", lambda: self._scope_links(self._evidence().links), evidence=True)

    def _scope_links(self, links: Iterable[EvidenceLink]) -> list[EvidenceLink]:
        """The links of ``links`` that are this scope's evidence: to one of its frameworks, and in a programme's
        scope from the programme's own folder or from no programme's folder (``programme_links``' rule; each
        file's owner looked up once)."""
        mine = set(self.ws.config.assessment.frameworks)
        if self.programme is None:
            return [x for x in links if x.framework in mine]
        owned: dict[str, bool] = {}
        return [x for x in links if x.framework in mine
                and (owned[x.path] if x.path in owned else owned.setdefault(x.path, self._owns_file(x.path)))]

    def _owns_file(self, path: str) -> bool:
        """Whether a file is this scope's: every file at the school; a programme's own or a shared one."""
        if self.programme is None:
            return True
        from accredit.programmes.layout import owner_of

        return owner_of(path, self.people.config.programmes) in (None, self.programme.code)

    def sharing_programmes(self, path: str, fid: str) -> list[str]:
        """In a programme's scope, the other programmes on set ``fid`` that a shared file also serves: a link
        decision on it is theirs too (the index keys links by file, set and standard)."""
        if self.programme is None:
            return []
        from accredit.programmes.layout import owner_of

        programmes = self.people.config.programmes
        if owner_of(path, programmes) is not None:
            return []
        return [p.code for p in programmes if p.criteria == fid and p.code != self.programme.code]

    def records(self) -> list[EvidenceRecord]:
        """Every scanned file of this scope (a programme's: its own folder's and the shared ones)."""
        return self._cached("records", lambda: [r for r in self._evidence().records if self._owns_file(r.path)],
                            evidence=True)

    def flags(self) -> list[EvidenceFlag]:
        """Every evidence flag (outside window, duplicate, no evidence, unknown or ambiguous code), of the
        evidence as the desk holds it."""
        return self._cached("flags", lambda: list(service.evidence_flags(self.ws, self._evidence()).flags)
                            if self._scanned() else [], evidence=True)

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
        self._known(path)
        return service.show_evidence(self.ws, path)

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

    def upload(self, folder: str, relative: str, data: bytes, actor: Actor) -> str:
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
        with self._lock:  # a new folder may have been made; the index (what the scan read) is as it was
            self._cache.pop("folders", None)
        shown = target.relative_to(root).as_posix()
        self.record("upload", {"path": shown}, f"{len(data)} B", actor)
        return shown

    def start_scan(self, actor: Actor | None = None) -> ScanJob:
        """Start a scan in the background (or return the one running, whichever scope started it: the desk has
        one, :class:`DeskScan`); ``actor``: who asked (default: the person at this computer, now — ``accredit
        serve`` scanning a workspace never scanned)."""
        if actor is None:
            from accredit.store.workspace import local_actor

            actor = local_actor("cli")
        job, mine = self.scans.claim()  # one scan for the whole desk: a running one is returned as it is
        if mine:
            threading.Thread(target=self._scan, args=(job, actor), daemon=True, name="accredit-scan").start()
        return job

    def _scan(self, job: ScanJob, actor: Actor) -> None:
        from accredit.evidence.scan import ScanProgress

        def progress(p: ScanProgress) -> None:
            job.phase, job.done, job.total, job.current = p.phase, p.done, p.total, p.path or ""

        try:
            result = service.scan(self.files, workers=1, progress=progress, cancel=job.cancel)
            job.cancelled, job.report = result.cancelled, result.report
            if result.report is not None:
                self.record("scan", {"folder": "evidence"}, f"{result.report.files} files", actor)
        except AccreditError as exc:
            job.error = _message_of(exc)
        finally:
            self.scans.ended(job)  # every scope's evidence views, not only this one's

    def suggestions(self) -> list[EvidenceLink]:
        """Unconfirmed suggestions, grouped by file (best first within a file)."""
        return [x for _, links in self.suggestion_queue() for x in links]

    def suggestion_queue(self) -> list[tuple[str, list[EvidenceLink]]]:
        """The suggestions grouped by file, in file order (best first within a file): the queue the council
        works through."""
        return list(self._cached("queue", lambda: _queue(self.links()), evidence=True).items())

    def pending(self, path: str) -> list[EvidenceLink]:
        """The unconfirmed suggestions of one file, best first."""
        return list(self._cached("queue", lambda: _queue(self.links()), evidence=True).get(path, []))

    def accept(self, path: str, fid: str, code: str, actor: Actor) -> LinkReport:
        """Accept one suggestion (or link the file to a standard a person picked)."""
        self._known(path)
        self.requirement(fid, code)
        pending = {(x.framework, x.requirement) for x in self.pending(path)}
        if (fid, code) in pending:
            return self._decide(lambda: service.confirm(self.files, [path], [code], framework=fid, top=None,
                                                        actor=actor), added=True)
        return self._decide(lambda: service.link(self.files, [path], [code], framework=fid, actor=actor), added=True)

    def reject(self, path: str, fid: str, code: str, actor: Actor) -> LinkReport:
        """Reject a suggestion (or remove a link): kept as rejected, so a re-scan does not bring it back."""
        self._known(path)
        self.requirement(fid, code)
        return self._decide(lambda: service.reject(self.files, [path], [code], framework=fid, actor=actor),
                            added=False)

    def bulk(self, min_score: float, *, dry_run: bool, actor: Actor,
             allowed: Callable[[str, str, str], bool]) -> LinkReport:
        """Accept every file's best suggestion scoring at least ``min_score`` (``dry_run``: only say which).

        ``allowed(path, framework, code)`` filters to the links the person may decide; exactly the (file,
        standard) pairs previewed are confirmed, none other.
        """
        best = self._cached("best", lambda: service.suggestions_to_confirm(self.links(), top=1), evidence=True)

        def scoring(links: list[EvidenceLink]) -> list[EvidenceLink]:  # each file's best, at least min_score
            return [x for x in links if (x.score or 0.0) >= min_score]

        report = best.model_copy(update={"links": scoring(best.links), "skipped": scoring(best.skipped)})
        report = report.model_copy(update={"confirmed": len(report.links)})
        chosen = [x for x in report.links if allowed(x.path, x.framework, x.requirement)]
        if dry_run or not chosen:
            return report.model_copy(update={"links": chosen})
        pairs: dict[tuple[str, str], list[str]] = {}
        for x in chosen:
            pairs.setdefault((x.framework, x.requirement), []).append(x.path)

        def confirm_chosen() -> LinkReport:
            done: list[EvidenceLink] = []
            for (fid, code), files in sorted(pairs.items()):
                done += service.confirm(self.files, sorted(set(files)), [code], framework=fid, top=None,
                                        min_score=min_score, actor=actor).links
            return report.model_copy(update={"links": done, "dry_run": False, "confirmed": len(done)})

        return self._decide(confirm_chosen, added=True)

    def _decide(self, write: Callable[[], LinkReport], *, added: bool) -> LinkReport:
        """A person's link decision written to the index (``write``), then every scope's desk told: each one
        holding the index as it was just before patches its links; one that does not (someone else wrote
        meanwhile: the command line, another scope) reads the index again."""
        with self._lock:
            before = service.evidence_generation(self.files)
            report = write()
            after = service.evidence_generation(self.files)
        links = [x for x in report.links if x.counts] if added else list(report.links)
        patches: dict[int, tuple[list[EvidenceLink], list[EvidenceLink], list[EvidenceLink]]] = {}
        for backend in self.scans.attached():  # this backend and every other scope's (they share the index)
            backend._links_changed(links if added else [], [] if added else links, before, after, patches)
        return report

    def _links_changed(self, added: list[EvidenceLink], removed: list[EvidenceLink], before: int, after: int,
                       patches: dict[int, tuple[list[EvidenceLink], list[EvidenceLink], list[EvidenceLink]]]
                       | None = None) -> None:
        """After a person's link change (the index's links went from generation ``before`` to ``after``): patch
        the evidence held when it was read at ``before`` (the index's other rows did not change), keep the file
        records and folders, and let the links, flags and score follow from it; otherwise read it again."""
        self._settle_index()
        with self._lock:
            if self._held_generation != before:  # not held, or the index changed since it was read
                self._invalidate()
                if self._rewarm:
                    self.start_warming()
                return
            self._epoch += 1
            self._score = None
            key = self._evidence_key()
            keep: dict[str, tuple[tuple[object, ...], object]] = {}
            hit = self._cache.get("evidence")
            if hit is not None:
                self._held_generation = after
                held: EvidenceSnapshot = hit[1]  # type: ignore[assignment]
                touched = {x.path for x in (*removed, *added)}
                memo = patches if patches is not None else {}
                done = memo.get(id(held.links))  # scopes holding the same links (the school's) share one patch
                if done is None or done[0] is not held.links:
                    done = (held.links, *_patched(held.links, added, removed, touched))
                    memo[id(held.links)] = done
                _, patched, near = done
                keep["evidence"] = (key, held.model_copy(update={"links": patched}))
                queue = self._cache.get("queue")
                if queue is not None:  # only the files concerned are grouped again
                    keep["queue"] = (key, _requeued(queue[1], touched, self._scope_links(near)))  # type: ignore[arg-type]
            for name in ("records", "folders"):
                if name in self._cache:
                    keep[name] = (key, self._cache[name][1])
            self._cache = keep

    # --- reports --------------------------------------------------------------------------------
    def write_reports(self, formats: Iterable[str], actor: Actor, messages: Messages) -> list[Path]:
        """Write the reports (the store's ratings, as the CLI writes them) into the output folder, in the
        person's language, stamped with the request's time; the files written."""
        state = self.score()
        roadmap, planned = service.planned_or_note(state.inputs, [*state.cards, *state.gates],
                                                   "report.note.no_roadmap")
        out = service.write_report_files(state.inputs, state.cards, roadmap, actor.at, list(formats),
                                         self.ws.output_dir, [*state.notes, *planned], messages)
        self.record("report", {"folder": "output"}, ", ".join(Path(p).name for p in out.files), actor)
        return [Path(p) for p in out.files]

    def can_sign(self) -> bool:
        """Whether the school has its signing key (a package built on the desk is then signed with it)."""
        return service.has_school_key(self.people)

    def build_package(self, with_evidence: bool, passphrase: str, actor: Actor) -> Any:
        """Write this scope's submission package (the school's, or the programme's) into its output folder, as
        ``accredit package`` does (``service.PackageRun``): signed with the school's key unlocked by
        ``passphrase`` when the school has one (refused without it), unsigned and saying so otherwise; stamped
        with the request's time; audited with the package's SHA-256. The passphrase is used once, never kept."""
        from datetime import UTC

        signer = None
        if service.has_school_key(self.people):
            if not passphrase:
                raise DeskError(msg("web.pkg.passphrase_needed"))
            signer = service.school_signer(self.people, service.passphrase_bytes(passphrase))
        created = actor.at.astimezone(UTC).replace(microsecond=0)
        with _PACKAGING:  # one build at a time; the pages go on meanwhile (it touches none of the desk's views)
            if self.programme is not None:
                run = service.package_programme(self.people, self.programme.code, created,
                                                with_evidence=with_evidence, signer=signer)
            else:
                run = service.package(self.ws, created, with_evidence=with_evidence, signer=signer)
        self.record("package", {"file": Path(run.package.path).name}, run.package.sha256, actor)
        return run

    def output_name(self, path: str) -> str:
        """A file's name in :meth:`report_files` (its path relative to the output folder)."""
        return Path(path).resolve().relative_to(self.ws.output_dir.resolve()).as_posix()

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


VERIFIED_KEPT = 4
"""How many verified packages the inspector's desk keeps (the ones opened last)."""


class Review:
    """The inspector's side: the packages of a review folder, each verified and flagged (read-only).

    One per desk (thread-safe): a package is verified once (integrity, signature, recomputed scores) and the
    verification kept while the file stays the one verified (:func:`_file_stamp`: a file written over or put in
    its place is seen even with its old size and time), for the last :data:`VERIFIED_KEPT` packages opened; a
    package replaced is verified again.
    The review log is read every time, and an evidence file's bytes are checked against the manifest's hash
    whenever they are sent."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._verified: OrderedDict[str, tuple[tuple[int, int, int, int], Any]] = OrderedDict()

    def packages(self) -> list[str]:
        """The package files (.zip) of the review folder, by name."""
        if self.folder is None or not self.folder.is_dir():
            return []
        return sorted(p.name for p in self.folder.glob("*.zip") if p.is_file() and inside(p, self.folder))

    def add(self, name: str, data: bytes, actor: Actor, backend: Backend) -> str:
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
        backend.record("upload", {"package": target.name}, f"{len(data)} B", actor)
        return target.name

    def report(self, name: str) -> ReviewReport:
        """One package of the folder verified (once while the file stays the same), flagged, with its review log."""
        path, verified = self._checked(name)
        return service.review(path, verified=verified)

    def _checked(self, name: str) -> tuple[Path, Any]:
        """A package of the folder and its verification (``service.VerifiedPackage``): the one kept while the
        file is still the one verified (:func:`_file_stamp`), else verified now (and kept)."""
        path = self._package(name)
        stamp = _file_stamp(path)
        key = str(path)
        with self._lock:
            hit = self._verified.get(key)
            if hit is not None and hit[0] == stamp:
                self._verified.move_to_end(key)
                return path, hit[1]
        verified = service.verify_package(path)
        if _file_stamp(path) == stamp:  # not replaced while it was read: keep it
            with self._lock:
                self._verified[key] = (stamp, verified)
                self._verified.move_to_end(key)
                while len(self._verified) > VERIFIED_KEPT:
                    self._verified.popitem(last=False)
        return path, verified

    def _package(self, name: str) -> Path:
        """A package of the folder, by a name :meth:`packages` lists (NotFound otherwise)."""
        if self.folder is None or name not in self.packages():
            raise NotFound(msg("web.error.no_file"))
        return contained(self.folder, name)

    def evidence(self, name: str) -> Any:
        """The evidence files a package lists, per standard (``service.PackageEvidence``): only from a package
        that verifies (integrity and signature, as :meth:`report` checks them, once)."""
        path, verified = self._checked(name)
        return service.package_evidence(path, verified=verified)

    def evidence_file(self, name: str, member: str, sink: Callable[[bytes], object]) -> Any:
        """Stream one evidence file of a verified package into ``sink`` (``service.EvidenceMember``): ``member`` is
        looked up among the verified package's evidence members, never used as a path; reads are capped."""
        from accredit.service import PackageNotVerified

        path, verified = self._checked(name)
        try:  # the bytes streamed are checked against the manifest's hash, verified package or not
            found = service.read_package_evidence(path, member, sink, cap=PACKAGE_FILE_MAX_BYTES, verified=verified)
        except PackageNotVerified:
            raise DeskError(msg("web.error.evidence_not_verified")) from None
        if found is None:
            raise NotFound(msg("web.error.no_file"))
        return found

    def evidence_text(self, name: str, member: str, max_chars: int) -> str:
        """The text of one evidence file of a verified package (as a scan reads it, no OCR)."""
        from accredit.service import PackageNotVerified

        path, verified = self._checked(name)
        try:
            text = service.package_evidence_text(path, member, cap=PACKAGE_FILE_MAX_BYTES, max_chars=max_chars,
                                                 verified=verified)
        except PackageNotVerified:
            raise DeskError(msg("web.error.evidence_not_verified")) from None
        if text is None:
            raise NotFound(msg("web.error.no_file"))
        return text

    def record_verdict(self, name: str, framework: str, code: str, status: Status | None, comment: str | None,
                       signed_as: str, passphrase: str, actor: Actor, backend: Backend, *,
                       response: str | None = None) -> int:
        """Append the inspector's verdict and comment on one standard to the package's review log (or, with
        ``response``, the school's answer on it, as received), signed with the inspector's own key (unlocked
        with ``passphrase``); the log's entries afterwards."""
        from accredit.model.review import Role as LogRole
        from accredit.review.log import append_entry, default_log_path, read_log  # one entry (no workbook)
        from accredit.signing.trust import inspector_fingerprints

        path, verified = self._checked(name)
        report = service.review(path, verified=verified)
        if not report.verification.ok:
            raise DeskError(msg("web.error.not_verified"))
        if not any(r.code == code for c in report.comparisons if c.framework == framework for r in c.requirements):
            raise NotFound(msg("web.error.no_standard", code=code))
        signer = service.inspector_signer(service.passphrase_bytes(passphrase))
        trusted = inspector_fingerprints(service.trust_of()) | {signer.public.fingerprint}
        log = default_log_path(path)
        if response is not None:
            append_entry(log, role=LogRole.SCHOOL, actor=signed_as, at=actor.at,
                         package=report.verification.sha256,
                         responses=[SchoolResponse(framework=framework, code=code, text=response)],
                         source="accredit serve", signer=signer, trusted=trusted)
            backend.record("response", {"package": name, "framework": framework, "requirement": code}, response,
                           actor)
        else:
            append_entry(log, role=LogRole.INSPECTOR, actor=signed_as, at=actor.at,
                         package=report.verification.sha256,
                         ratings=[InspectorRating(framework=framework, code=code, status=status, comment=comment)],
                         source="accredit serve", signer=signer, trusted=trusted)
            backend.record("verdict", {"package": name, "framework": framework, "requirement": code},
                           f"{status.value if status else '—'} {comment or ''}".strip(), actor)
        return len(read_log(log, trusted)[0])

    def heat_maps(self, messages: Messages) -> list[HeatView]:
        """The province roll-up of the folder: per framework, schools × criteria coloured by share (a package
        verified once, through the user's roll-up cache, as ``accredit rollup`` does; in this process)."""
        from accredit.review.rollup_render import band, heat_maps

        if self.folder is None or not self.packages():
            return []
        out = []
        for hm in heat_maps(messages, service.province(self.folder, workers=1)):
            rows = [(school, [(c.text, *band(c.share)) for c in cells]) for school, cells in hm.rows]
            out.append(HeatView(hm.name, [c.label for c in hm.framework.criteria], rows))
        return out


@dataclass(frozen=True)
class HeatView:
    """A heat map as the page shows it: the criteria, and per school each cell's text, ink and fill colours."""

    name: str
    criteria: list[str]
    rows: list[tuple[str, list[tuple[str, str, str]]]]


def _patched(links: list[EvidenceLink], added: list[EvidenceLink], removed: list[EvidenceLink], touched: set[str]
             ) -> tuple[list[EvidenceLink], list[EvidenceLink]]:
    """``links`` with ``removed`` taken out and ``added`` put in (in place of the same link, keeping its path;
    a new one where the index keeps it), in one pass that copies no link left as it was; and the links of the
    files ``touched`` after it."""
    gone = {(x.evidence_id, x.framework, x.requirement) for x in removed}
    fresh = {(x.evidence_id, x.framework, x.requirement): x for x in added}
    patched: list[EvidenceLink] = []
    seen: set[tuple[str, str, str]] = set()
    for x in links:
        k = (x.evidence_id, x.framework, x.requirement)
        if k in gone:
            continue
        new = fresh.get(k)
        if new is None:
            patched.append(x)
        else:
            seen.add(k)
            patched.append(new if new.path == x.path else new.model_copy(update={"path": x.path}))
    for k, x in fresh.items():  # a link new to the index goes where the index keeps it
        if k not in seen:
            bisect.insort(patched, x, key=_index_order)
    return patched, [x for x in patched if x.path in touched]


def _index_order(link: EvidenceLink) -> tuple[str, str, str]:
    """The order the index lists links in (framework, requirement, content)."""
    return (link.framework, link.requirement, link.evidence_id)


def _queue(links: Iterable[EvidenceLink]) -> dict[str, list[EvidenceLink]]:
    """The unconfirmed suggestions by file, files in path order, each file's best first."""
    groups: dict[str, list[EvidenceLink]] = {}
    for x in links:
        if x.origin == LinkOrigin.SUGGESTED and not x.confirmed:
            groups.setdefault(x.path, []).append(x)
    for rows in groups.values():
        rows.sort(key=lambda x: (x.framework, -(x.score or 0.0), x.requirement))
    return dict(sorted(groups.items()))


def _requeued(queue: dict[str, list[EvidenceLink]], touched: set[str], links: Iterable[EvidenceLink]
              ) -> dict[str, list[EvidenceLink]]:
    """The queue with the files ``touched`` grouped again from their ``links`` (the others as they were)."""
    again = _queue(links)
    if all(p in queue or p not in again for p in touched):  # no file new to the queue: its order stands
        return {p: again.get(p, []) if p in touched else rows for p, rows in queue.items()
                if p not in touched or p in again}
    return dict(sorted({**{p: rows for p, rows in queue.items() if p not in touched}, **again}.items()))


def _file_stamp(path: Path) -> tuple[int, int, int, int]:
    """What changes when a file is replaced or written over: its size, modification time (ns), file id (a file put
    in its place has another) and, but on Windows (where it is the creation time), its status-change time (ns), which
    no program can set back; all -1 when it cannot be read."""
    try:
        st = path.stat()
    except OSError:
        return (-1, -1, -1, -1)
    return (st.st_size, st.st_mtime_ns, st.st_ino, 0 if os.name == "nt" else st.st_ctime_ns)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0



def _message_of(exc: AccreditError) -> str | Msg:
    """An error as the page shows it: its message (rendered in the person's language) when it has one."""
    message = getattr(exc, "message", None)
    return message if isinstance(message, Msg) else str(exc)


def _held_versions(token: str, count: int) -> list[int]:
    """The versions a standard's page showed ('3-0-1-…'); a form that does not match the page is refused."""
    try:
        held = [int(p) for p in token.split("-")] if token else []
    except ValueError:
        held = []
    if len(held) != count or any(v < 0 for v in held):
        raise DeskError(msg("web.error.bad_version"))
    return held


def _held_data(token: str) -> dict[tuple[str, int], int]:
    """The versions a data form showed ('name@year@version,…'); values the form did not show were version 0."""
    out: dict[tuple[str, int], int] = {}
    for part in filter(None, token.split(",")):
        try:
            name, year, version = part.rsplit("@", 2)
            out[(name, int(year))] = int(version)
        except ValueError:
            raise DeskError(msg("web.error.bad_version")) from None
    return out
