"""The annual cycle and the calendar: ``accredit year start | confirm | show``, the crosswalk offers and
``accredit status`` (:mod:`accredit.annual`, :mod:`accredit.bridge`, :mod:`accredit.calendar`).

Starting a year carries last year's narratives marked "kế thừa — cần cập nhật" and never a status; what it
writes reaches the store under the new year, and the past year's values stay as they were.
"""

from __future__ import annotations

import datetime as dt

from accredit.annual.service import (
    Confirmed,
    YearHistory,
    YearStart,
    assessment_years,
    at_year,
    confirm_year,
    history,
    start_year,
)
from accredit.bridge.offers import Offer, RelatedStatus
from accredit.calendar.cycle import CycleStatus
from accredit.workspace import Workspace

__all__ = [
    "Confirmed",
    "CycleStatus",
    "Offer",
    "RelatedStatus",
    "YearHistory",
    "YearStart",
    "assessment_years",
    "crosswalk_accept",
    "crosswalk_offers",
    "crosswalk_views",
    "cycle_status",
    "write_year_history",
    "year_confirm",
    "year_history",
    "year_start",
    "year_view",
]


def year_start(ws: Workspace, year: int) -> YearStart:
    """**year start**: open ``year`` from ``year - 1`` (narratives carried and marked, no status carried)."""
    return start_year(ws, year)


def year_view(ws: Workspace, year: int) -> Workspace:
    """``ws`` (the school's or a programme's view) as it reads assessment year ``year`` (same folders)."""
    return at_year(ws, year)


def year_confirm(ws: Workspace, codes: list[str] | None, framework: str | None = None,
                 programme: str | None = None, *, school_only: bool = False) -> list[Confirmed]:
    """**year confirm**: a person confirms last year's ratings for ``codes`` (all carried ones when None), in
    programme ``programme``'s workbooks, or with ``school_only`` the school's own (neither: every view's)."""
    return confirm_year(ws, codes, framework, programme, school_only=school_only)


def year_history(ws: Workspace) -> list[YearHistory]:
    """**year show**: every year with ratings, scored side by side (nothing is written)."""
    return history(ws)


def write_year_history(ws: Workspace, rows: list[YearHistory], name: str) -> str:
    """The years side by side as a workbook ``<output>/<name>``; its path."""
    from accredit.annual.tables import write_history

    return str(write_history(ws.output_dir / name, rows))


def crosswalk_offers(ws: Workspace) -> list[Offer]:
    """**crosswalk offers**: the files linked to one framework that the catalog's crosswalks offer to another."""
    from accredit.bridge.workspace import workspace_offers

    return workspace_offers(ws)


def crosswalk_accept(ws: Workspace, offers: list[Offer]) -> int:
    """**crosswalk accept**: link the chosen offers (a person's choice); how many links were made."""
    from accredit.bridge.workspace import accept_offers

    return accept_offers(ws, offers)


def crosswalk_views(ws: Workspace) -> list[RelatedStatus]:
    """**crosswalk view**: each requirement beside the related standards of the other framework, with statuses."""
    from accredit.bridge.workspace import workspace_both_views

    return workspace_both_views(ws)


def cycle_status(ws: Workspace, today: dt.date) -> CycleStatus:
    """**status**: the deadlines of the school's cycle on ``today`` (past, next, upcoming), and the requirements
    still carried from last year, not yet confirmed or rated again."""
    from accredit.annual.service import open_carried
    from accredit.calendar.cycle import cycle_status as status_of

    cfg = ws.config
    status = status_of(today, cfg.assessment.year, list(cfg.assessment.frameworks), cfg.school.object.value,
                       cfg.programmes, cfg.certificates)
    return status.model_copy(update={"carried": open_carried(ws)})
