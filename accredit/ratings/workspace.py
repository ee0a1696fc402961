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
    """The ratings of one framework as read, with notes about the read."""

    assessment: Assessment | None
    notes: tuple[Msg, ...] = ()


def workspace_assessment(ws: Workspace, framework: Framework, ratings: Path | None = None) -> Assessment | None:
    """The ratings of ``framework`` (see :func:`workspace_ratings`; its notes are left out)."""
    return workspace_ratings(ws, framework, ratings).assessment


def workspace_ratings(ws: Workspace, framework: Framework, ratings: Path | None = None) -> RatingsInput:
    """The ratings of ``framework``: from ``ratings`` when given, else the workspace's workbook (None if absent).

    Ratings must be for the workspace's evaluation year; the workspace's object type fills in a
    missing one (it decides window lengths that depend on the object). (The same name and result as on
    the branch of the workspace store, which reads the store instead.)
    """
    if ratings is None:
        ratings = ratings_workbook_path(ws, framework.id)
        if not ratings.is_file():
            return RatingsInput(None)
    assessment = read_ratings(ratings, framework)
    year = ws.config.assessment.year
    if assessment.year != year:
        raise RatingsError(t("scoring.ratings.other_year", path=ratings, found=assessment.year, expected=year))
    if assessment.object_type is None:
        assessment = assessment.model_copy(update={"object_type": ws.config.school.object})
    if ws.config.school.categories and not assessment.categories:
        assessment = assessment.model_copy(update={"categories": list(ws.config.school.categories)})
    return RatingsInput(assessment)


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
