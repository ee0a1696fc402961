"""The assessment years: side by side, and the QA lead starting the next one (after a confirmation step)."""

from __future__ import annotations

from starlette.responses import RedirectResponse, Response

from accredit.i18n.message import msg
from accredit.web import cycle, forms
from accredit.web.app import Req
from accredit.web.model import DeskError, Role
from accredit.web.scope import Where


def years(req: Req) -> Response:
    """Every year with ratings, of the school and each programme: decision, points, open and carried standards."""
    scopes = req.desk.scopes
    rows = cycle.history(scopes)
    names = {fw.id: scopes.school.display_name(fw.id) for fw in scopes.school.frameworks()}
    for p in scopes.programmes():
        if p.criteria and p.criteria not in names:
            names[p.criteria] = scopes.get(Where(code=p.code)).display_name(p.criteria)
    if req.where.code is not None:  # a programme's page: its own rows first
        rows = sorted(rows, key=lambda h: h.programme != req.where.code)
    started = forms.number(dict(req.request.query_params), "started", default=0, low=0, high=2100)
    return req.render("years.html", rows=rows, names=names, current=scopes.school.year,
                      programmes={p.code: f"{p.code} · {p.name}" for p in scopes.programmes()},
                      can_start=req.user.role == Role.ADMIN and not req.backend.read_only,
                      next_year=scopes.school.year + 1, started=started or None)


def start_page(req: Req) -> Response:
    """The confirmation step: what starting the next year does, before it is done."""
    scopes = req.desk.scopes
    return req.render("year_start.html", next_year=scopes.school.year + 1,
                      programmes=scopes.programmes())


def start(req: Req) -> Response:
    """Start the next year (the QA lead, having ticked the confirmation); an audit line in the school's log."""
    assert req.form is not None
    if forms.text(req.form, "confirm", limit=10) != "yes":
        raise DeskError(msg("web.year.not_confirmed"))
    result = cycle.start_next_year(req.desk.scopes, req.actor)
    return RedirectResponse(req.link(f"/years?started={result.to_year}"), status_code=303)
