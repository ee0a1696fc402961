"""The annual cycle on the desk: the years side by side, starting the next year, confirming a carried rating,
and the dashboard's programmes overview and next deadline — each one service operation over the scope's
workspace (``year_history``, ``year_start``, ``year_confirm``, ``programmes_overview``, ``cycle_status``).

Starting a year first writes each ratings workbook of the current year from the store (``export_ratings``:
the browser's ratings are in the store, and the year is carried from the workbooks), refused — nothing
started — when a workbook holds edits not yet imported. Today's date comes from the request (the edge).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from accredit import service
from accredit.annual.carry import is_carried
from accredit.errors import AccreditError
from accredit.model.assessment import Status
from accredit.service.annual import Confirmed, CycleStatus, YearHistory, YearStart
from accredit.service.programmes import Overview
from accredit.store.records import Actor
from accredit.web.backend import Backend
from accredit.web.scope import Scopes, Where


@dataclass(frozen=True)
class Carried:
    """A standard of the current year whose narrative was carried from last year, and last year's rating."""

    fields: list[str]
    """The narrative fields still starting with the carry-over mark ("[Kế thừa N — cần cập nhật]")."""
    previous: Status | None
    """Last year's overall status (a person may confirm it; it never counts until then)."""
    previous_year: int


def carried(backend: Backend, fid: str, code: str) -> Carried | None:
    """What of a standard's current-year page was carried from last year (None: nothing, or a past year)."""
    if backend.read_only:
        return None
    view = backend.rating(fid, code)
    fields = [f for f, text in view.narrative.items() if is_carried(text)]
    last = backend.year - 1
    try:
        before = service.get_standard(backend.ws, fid, code, year=last).status.status
    except AccreditError:  # a year the store cannot read: nothing to confirm
        before = None
    if not fields and (before is None or view.status is not None):
        return None
    return Carried(fields, before if view.status is None else None, last)


def confirm(scopes: Scopes, where: Where, fid: str, code: str, actor: Actor) -> list[Confirmed]:
    """A person confirms last year's rating of one standard in the current year (``year_confirm``), in the scope
    they are in only (the school's, or one programme's: a programme on the same set keeps its own); an audit
    line says who."""
    school = scopes.school
    scoped = scopes.get(where)
    scoped.requirement(fid, code)
    done = service.year_confirm(school.ws, [code], fid, where.code, school_only=where.code is None)
    written = [d for d in done if d.codes]
    scoped.record("year_confirm", {"framework": fid, "requirement": code, "year": scoped.year},
                  ", ".join(c for d in written for c in d.codes) or None, actor)
    return written


def history(scopes: Scopes) -> list[YearHistory]:
    """Every year with ratings, of the school and of each programme, scored side by side (``year_history``)."""
    return service.year_history(scopes.school.ws)


def start_next_year(scopes: Scopes, actor: Actor) -> YearStart:
    """Open the year after the current one (``year_start``) once the store's ratings are in each view's ratings
    workbook; an audit line in the school's log; every backend made again from ``accredit.toml``."""
    school = scopes.school
    year = school.year + 1
    service.export_ratings(school.ws, actor=actor)
    for p in scopes.programmes():
        view = scopes.get(Where(code=p.code))
        service.export_ratings(view.ws, actor=actor, links=view.links())
    result = service.year_start(school.ws, year)
    school.record("year_start", {"year": year},
                  f"{result.from_year} → {result.to_year}: " + ", ".join(
                      f"{c.programme or '—'} {c.framework} {c.carried}" for c in result.carried), actor)
    scopes.reload()
    return result


def overview(scopes: Scopes, today: dt.date) -> Overview | None:
    """The programmes overview (``programmes_overview``) on ``today``, from each programme's scorecard and links
    as its backend holds them (scored once per change); None without an assessed programme."""
    programmes = scopes.programmes()
    if not programmes:
        return None
    scored = {}
    for p in programmes:
        view = scopes.get(Where(code=p.code))
        if p.criteria:
            scored[p.code] = (view.card(p.criteria), view.links())
    return service.programmes_overview(scopes.school.ws, today, scored)


def deadlines(scopes: Scopes, today: dt.date) -> CycleStatus:
    """What is due next in the school's cycle on ``today`` (``cycle_status``)."""
    return service.cycle_status(scopes.school.ws, today)
