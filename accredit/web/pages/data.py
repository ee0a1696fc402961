"""Data entry for the indicators: the inputs each formula needs, by year, with the live trace and result."""

from __future__ import annotations

from starlette.responses import RedirectResponse, Response

from accredit.i18n.message import msg
from accredit.web import forms
from accredit.web.app import Req
from accredit.web.model import Forbidden
from accredit.web.security import can_edit


def _fid(req: Req) -> str:
    p = req.request.path_params
    return f"{p['reg']}/{p['obj']}"


def _editable(req: Req, fid: str) -> bool:
    """Whether the person may change some figure: one used only by criteria assigned to them."""
    return any(crits and all(can_edit(req.user, fid, c) for c in crits)
               for crits in req.backend.input_criteria(fid).values())


def _typed(req: Req, fid: str) -> dict:  # type: ignore[type-arg]
    sheet = req.backend.data_sheet(fid)
    assert req.form is not None
    typed = forms.figures(req.form, req.backend.input_units(fid), sheet.years, {i.name: i.label for i in sheet.inputs})
    shown = {(i.name, y): v for i in sheet.inputs for y, (v, _) in i.values.items()}
    return {key: value for key, value in typed.items() if value != shown.get(key)}  # cleared: None


def data_page(req: Req) -> Response:
    """The data form of a framework: inputs × years, each value's source, the indicators they give."""
    fid = _fid(req)
    sheet = req.backend.data_sheet(fid)
    return req.render("data.html", sheet=sheet, name=req.backend.display_name(fid), editable=_editable(req, fid),
                      saved=req.query("saved") == "1")


def check_data(req: Req) -> Response:
    """As the person types: the figures read, and the trace and result they would give (nothing saved)."""
    fid = _fid(req)
    sheet = req.backend.data_sheet(fid, _typed(req, fid))
    return req.render("fragments/indicators.html", sheet=sheet)


def save_data(req: Req) -> Response:
    """Save the figures typed (only those that changed), refused when someone saved meanwhile."""
    fid = _fid(req)
    if not _editable(req, fid):
        raise Forbidden(msg("web.error.forbidden"))
    assert req.form is not None
    version = forms.text(req.form, "version", limit=20000)
    changed = _typed(req, fid)
    users = req.backend.input_criteria(fid)
    for name, _year in changed:
        crits = users.get(name, set())
        if not crits or not all(can_edit(req.user, fid, c) for c in crits):
            raise Forbidden(msg("web.error.not_assigned", criterion=", ".join(sorted(crits)) or "?"))
    req.backend.save_data(fid, changed, version, req.actor)
    return RedirectResponse(req.link(f"/data/{fid}?saved=1"), status_code=303)
