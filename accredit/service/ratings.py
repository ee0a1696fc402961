"""Service operations on ratings and narratives: get and set per standard and year, export and import of
the ratings workbook (with the changes and conflicts cell by cell), the history and comments of a standard.

Each operation opens the workspace's store, does one thing and returns one frozen result. A write
takes the version it was based on (from a get) and raises
:class:`~accredit.store.errors.StaleWriteError` — newer value and who made it — when someone else
wrote first. The ``actor`` says who, from which front end, and when (the caller's clock).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from accredit.i18n import t
from accredit.i18n.message import msg
from accredit.model.assessment import STATUS_LABELS, Status, parse_status, window_years
from accredit.model.base import Value
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Framework
from accredit.service._store import (
    StoreInputError,
    import_sources,
    reading,
    requirement_of,
    workspace_framework,
    workspace_frameworks,
)
from accredit.store.errors import StoreError
from accredit.store.exchange import WorkbookExport, WorkbookImport
from accredit.store.records import (
    NARRATIVE_FIELDS,
    Actor,
    AuditEntry,
    Comment,
    NarrativeField,
    NarrativeRecord,
    RatingRecord,
)
from accredit.store.store import Store
from accredit.store.workspace import open_workspace_store
from accredit.workspace import Workspace


class StandardRatings(Value):
    """Everything a person rates for one standard in one assessment year, each part with its version."""

    framework: str
    year: int
    requirement: str
    status: RatingRecord
    years: list[RatingRecord] = Field(default_factory=list, description="One per year of a multi-year window.")
    texts: list[NarrativeRecord] = Field(default_factory=list, description="Narrative, evidence codes, note.")


class FrameworkRatings(Value):
    """Every standard of one framework in one assessment year (what a page listing them shows)."""

    framework: str
    year: int
    standards: list[StandardRatings]


class RatingsExports(Value):
    """The ratings workbooks written from the store."""

    exports: list[WorkbookExport]


class RatingsImports(Value):
    """The ratings workbooks imported (or compared, with ``dry_run``), cell by cell."""

    imports: list[WorkbookImport]

    @property
    def conflicts(self) -> int:
        """How many cells were refused for a newer change in the store."""
        return sum(len(i.conflicts) for i in self.imports)


class StandardHistory(Value):
    """Every change of one standard (ratings, narrative, comments), oldest first."""

    framework: str
    requirement: str
    year: int | None
    entries: list[AuditEntry]


class StandardComments(Value):
    """The comments on one standard, oldest first."""

    framework: str
    year: int
    requirement: str
    comments: list[Comment]


def _year(ws: Workspace, year: int | None) -> int:
    return ws.config.assessment.year if year is None else year


def get_standard(ws: Workspace, framework: str, requirement: str, *, year: int | None = None) -> StandardRatings:
    """The status (overall and per window year), narrative, evidence codes and note of one standard."""
    fw = workspace_framework(ws, framework)
    code, y = requirement_of(fw, requirement), _year(ws, year)
    with reading(ws) as store:
        periods = window_years(fw, fw.requirement(code), y, ws.config.school.object)
        years = [store.rating(fw.id, y, code, p) for p in periods] if len(periods) > 1 else []
        return StandardRatings(
            framework=fw.id, year=y, requirement=code, status=store.rating(fw.id, y, code), years=years,
            texts=[store.narrative(fw.id, y, code, f) for f in NARRATIVE_FIELDS],
        )


def list_standards(ws: Workspace, framework: str, *, year: int | None = None) -> FrameworkRatings:
    """Every standard of ``framework`` as :func:`get_standard` gives it, in the framework's order (one read)."""
    fw = workspace_framework(ws, framework)
    y = _year(ws, year)
    with reading(ws) as store:
        statuses = {(r.requirement, r.period): r for r in store.ratings(fw.id, y)}
        texts = {(n.requirement, n.field): n for n in store.narratives(fw.id, y)}
    out = []
    for req in fw.requirements:
        periods = window_years(fw, req, y, ws.config.school.object)
        out.append(StandardRatings(
            framework=fw.id, year=y, requirement=req.code,
            status=statuses.get((req.code, None)) or RatingRecord(framework=fw.id, year=y, requirement=req.code,
                                                                  version=0),
            years=[statuses.get((req.code, p)) or RatingRecord(framework=fw.id, year=y, requirement=req.code,
                                                                period=p, version=0)
                   for p in (periods if len(periods) > 1 else [])],
            texts=[texts.get((req.code, f)) or NarrativeRecord(framework=fw.id, year=y, requirement=req.code, field=f,
                                                               version=0)
                   for f in NARRATIVE_FIELDS],
        ))
    return FrameworkRatings(framework=fw.id, year=y, standards=out)


def set_rating(
    ws: Workspace, framework: str, requirement: str, status: Status | str | None, *, base_version: int, actor: Actor,
    period: int | None = None, year: int | None = None,
) -> RatingRecord:
    """Set the overall status of a standard (or of one window year, ``period``); None clears it.

    ``status`` may be typed as in the workbook ('Đạt', 'khong dat', 'met'…).
    """
    fw = workspace_framework(ws, framework)
    code, y = requirement_of(fw, requirement), _year(ws, year)
    try:
        value = parse_status(status)
    except ValueError:
        raise StoreInputError(msg("scoring.ratings.bad_status", value=str(status).strip(),
                                  accepted=list(STATUS_LABELS.values()))) from None
    if period is not None:
        allowed = window_years(fw, fw.requirement(code), y, ws.config.school.object)
        if period not in allowed or len(allowed) == 1:
            raise StoreInputError(msg("scoring.assessment.year_outside", code=code, years=period, first=allowed[0],
                                    last=allowed[-1]))
    with open_workspace_store(ws, actor=actor) as store, store.transaction():
        _pin(store, ws, fw, y)
        return store.set_rating(fw.id, y, code, value, period=period, base_version=base_version, actor=actor)


def set_narrative(
    ws: Workspace, framework: str, requirement: str, field: NarrativeField, text: str | None, *, base_version: int,
    actor: Actor, year: int | None = None,
) -> NarrativeRecord:
    """Set one text of a standard: 'current_state', 'strengths', 'weaknesses', 'improvement_plan' (the four
    narrative columns), 'evidence_codes' or 'note'; None or '' clears it."""
    fw = workspace_framework(ws, framework)
    code, y = requirement_of(fw, requirement), _year(ws, year)
    if field not in NARRATIVE_FIELDS:
        raise StoreInputError(msg("store.input.field", field=field, known=", ".join(NARRATIVE_FIELDS)))
    with open_workspace_store(ws, actor=actor) as store, store.transaction():
        _pin(store, ws, fw, y)
        clean = text.strip() if isinstance(text, str) else None
        return store.set_narrative(fw.id, y, code, field, clean or None, base_version=base_version, actor=actor)


def _pin(store: Store, ws: Workspace, fw: Framework, year: int) -> None:
    """Ratings typed in a front end are for the framework version the workspace uses now."""
    if store.assessment_meta(fw.id, year) is None:
        obj = ws.config.school.object
        store.set_assessment_meta(fw.id, year, fw.content_hash, obj.value if obj else None)


def export_ratings(
    ws: Workspace, *, actor: Actor, framework: str | None = None, links: list[EvidenceLink] | None = None,
    overwrite: bool = False,
) -> RatingsExports:
    """Write each ratings workbook from the store's current state (the base of the next import).

    A workbook edited since it was last in step with the store is not overwritten — its edits would
    be lost — unless ``overwrite``: import it first.
    """
    from accredit.ratings.workspace import ratings_workbook_path
    from accredit.scoring.workspace import load_links
    from accredit.store import ratings_book
    from accredit.store.exchange import check_rewritable, unchanged_since

    year, obj = ws.config.assessment.year, ws.config.school.object
    all_links = links if links is not None else load_links(ws)
    out: list[WorkbookExport] = []
    with open_workspace_store(ws, actor=actor) as store:
        for fw in workspace_frameworks(ws, framework):
            path = ratings_workbook_path(ws, fw.id)
            check_rewritable(path, "ratings")  # a damaged file: what to do, before anything else
            if path.is_file() and not overwrite and not unchanged_since(
                    path, store.sync_state(ratings_book.KIND, fw.id, year)):
                pending = ratings_book.import_ratings(store, fw, year, path, actor, dry_run=True)
                if pending.changes or pending.conflicts:
                    raise StoreError(t("store.export.pending", path=path,
                                       count=len(pending.changes) + len(pending.conflicts), command="ratings"))
            out.append(ratings_book.export_ratings(store, fw, year, obj, path, actor, all_links))
    return RatingsExports(exports=out)


def import_ratings(
    ws: Workspace, *, actor: Actor, framework: str | None = None, path: Path | None = None, overwrite: bool = False,
    dry_run: bool = False,
) -> RatingsImports:
    """Import the ratings workbooks (or the one at ``path`` for ``framework``) cell by cell, one transaction
    each; cells changed in the store after the workbook was exported are refused unless ``overwrite``."""
    from accredit.ratings.workspace import ratings_workbook_path
    from accredit.store import ratings_book
    from accredit.store.exchange import same_file

    year = ws.config.assessment.year
    excel = actor.model_copy(update={"via": "excel"})
    out: list[WorkbookImport] = []
    sources = list(import_sources(workspace_frameworks(ws, framework), path,
                                  lambda fid: ratings_workbook_path(ws, fid), "scoring.ratings.missing_file"))
    with open_workspace_store(ws, actor=actor) as store:
        for fw, source, own in sources:
            out.append(ratings_book.import_ratings(store, fw, year, source, excel, overwrite=overwrite,
                                                   dry_run=dry_run, own=same_file(source, own)))
    return RatingsImports(imports=out)


def standard_history(
    ws: Workspace, framework: str, requirement: str, *, year: int | None = None
) -> StandardHistory:
    """Who changed what of one standard, when and from where, with old and new values (oldest first)."""
    fw = workspace_framework(ws, framework)
    code = requirement_of(fw, requirement)
    with reading(ws) as store:
        entries = store.history(framework=fw.id, requirement=code, year=year)
    return StandardHistory(framework=fw.id, requirement=code, year=year, entries=entries)


def add_comment(
    ws: Workspace, framework: str, requirement: str, text: str, *, actor: Actor, year: int | None = None
) -> Comment:
    """Add a comment on a standard (never edited; audited)."""
    fw = workspace_framework(ws, framework)
    code, y = requirement_of(fw, requirement), _year(ws, year)
    if not text.strip():
        raise StoreInputError(msg("store.input.empty_comment"))
    with open_workspace_store(ws, actor=actor) as store:
        return store.add_comment(fw.id, y, code, text.strip(), actor)


def list_comments(ws: Workspace, framework: str, requirement: str, *, year: int | None = None) -> StandardComments:
    """The comments on a standard, oldest first."""
    fw = workspace_framework(ws, framework)
    code, y = requirement_of(fw, requirement), _year(ws, year)
    with reading(ws) as store:
        return StandardComments(framework=fw.id, year=y, requirement=code, comments=store.comments(fw.id, y, code))
