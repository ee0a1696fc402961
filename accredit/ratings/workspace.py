"""Adapter: the self-assessment ratings of a workspace (file names, reading either form, writing the template)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from accredit.i18n import t
from accredit.i18n.message import Msg
from accredit.indicators.workspace import file_slug
from accredit.model.assessment import Assessment
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Framework
from accredit.ratings.files import read_ratings_file
from accredit.ratings.template import RatingsError, write_ratings_template
from accredit.ratings.workbook import read_ratings_workbook
from accredit.store.records import Actor
from accredit.workbooks import WorkbookUpdate
from accredit.workspace import Workspace

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def ratings_workbook_path(ws: Workspace, framework_id: str) -> Path:
    """Where the workspace's ratings workbook lives: ``<data>/tu-danh-gia_<year>_<id>.xlsx``."""
    return ws.data_dir / f"tu-danh-gia_{ws.config.assessment.year}_{file_slug(framework_id)}.xlsx"


def read_ratings(path: Path, framework: Framework) -> Assessment:
    """Ratings from a workbook (.xlsx) or a YAML/JSON file, as one :class:`Assessment`."""
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return read_ratings_workbook(path, framework)
    return read_ratings_file(path, framework)


def empty_assessment(ws: Workspace, framework: Framework) -> Assessment:
    """No ratings yet: every requirement will be 'not evaluated'."""
    return Assessment(
        framework=framework.id,
        framework_version=framework.content_hash,
        year=ws.config.assessment.year,
        object_type=ws.config.school.object,
        categories=list(ws.config.school.categories),
    )


@dataclass(frozen=True)
class RatingsInput:
    """The ratings of one framework as read, with notes about the read (a workbook not imported for conflicts)."""

    assessment: Assessment | None
    notes: tuple[Msg, ...] = ()


def workspace_assessment(
    ws: Workspace, framework: Framework, ratings: Path | None = None, *, actor: Actor | None = None
) -> Assessment | None:
    """The ratings of ``framework`` (see :func:`workspace_ratings`; its notes are left out)."""
    return workspace_ratings(ws, framework, ratings, actor=actor).assessment


def workspace_ratings(
    ws: Workspace, framework: Framework, ratings: Path | None = None, *, actor: Actor | None = None
) -> RatingsInput:
    """The ratings of ``framework``: from ``ratings`` when given, else the workspace store (None if it has none).

    A ratings workbook edited since it was last in step with the store is imported first (the single
    user's flow: edit the workbook, then run); when the store changed the same cells meanwhile,
    nothing is imported and a note lists the cells. On a read-only workspace the workbook is read
    as it is. Ratings must be for the workspace's evaluation year; the workspace's object type fills
    in a missing one (it decides window lengths that depend on the object). ``actor`` (default: the
    person at this computer, now) is who the import is recorded as.
    """
    if ratings is not None:
        return RatingsInput(_finish(ws, read_ratings(ratings, framework), ratings))
    from accredit.store.errors import StoreReadOnlyError
    from accredit.store.ratings_book import KIND, store_assessment
    from accredit.store.workspace import local_actor, open_workspace_store, sync_ratings

    path = ratings_workbook_path(ws, framework.id)
    year, obj = ws.config.assessment.year, ws.config.school.object
    who = actor or local_actor("excel")
    excel = who.model_copy(update={"via": "excel"})
    try:
        with open_workspace_store(ws, actor=who) as store:
            notes = sync_ratings(store, ws, framework, path, excel)
            found = store_assessment(store, framework, year, obj, str(path) if path.is_file() else str(store.path),
                                     workbook=path.is_file())
    except StoreReadOnlyError:  # a CD, a share: nothing can be written, the files are read as they are
        from accredit.store.exchange import unchanged_since
        from accredit.store.workspace import store_path

        with open_workspace_store(ws, readonly=True) as store:
            if store_path(ws).is_file() and (not path.is_file() or unchanged_since(
                    path, store.sync_state(KIND, framework.id, year))):
                found = store_assessment(store, framework, year, obj, str(path), workbook=path.is_file())
                return RatingsInput(None if found is None else _finish(ws, found, path))
        return RatingsInput(_finish(ws, read_ratings(path, framework), path) if path.is_file() else None)
    return RatingsInput(None if found is None else _finish(ws, found, path), tuple(notes))


def _finish(ws: Workspace, assessment: Assessment, ratings: Path) -> Assessment:
    year = ws.config.assessment.year
    if assessment.year != year:
        raise RatingsError(t("scoring.ratings.other_year", path=ratings, found=assessment.year, expected=year))
    if assessment.object_type is None:
        assessment = assessment.model_copy(update={"object_type": ws.config.school.object})
    if ws.config.school.categories and not assessment.categories:
        assessment = assessment.model_copy(update={"categories": list(ws.config.school.categories)})
    return assessment


def write_workspace_ratings_template(
    ws: Workspace, framework: Framework, links: Iterable[EvidenceLink] = ()
) -> WorkbookUpdate:
    """Create or refresh the workspace's ratings workbook for ``framework``."""
    return write_ratings_template(
        ratings_workbook_path(ws, framework.id),
        framework,
        ws.config.assessment.year,
        ws.config.school.object,
        links,
    )
