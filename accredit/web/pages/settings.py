"""The QA lead's settings: the criteria sets the school is assessed against and the roadmap's target."""

from __future__ import annotations

from starlette.responses import RedirectResponse, Response

from accredit.web import forms
from accredit.web.app import Req


def _replaced_by(choice: object) -> str | None:
    """What replaces a criteria set: its newer version, or the set of the regulation replacing it (else None)."""
    newer = getattr(choice, "newer_version", None) or getattr(choice, "superseded_by", None)
    status = getattr(choice, "status", None)
    return newer or ("?" if status is not None and status.value == "superseded" else None)


def _page(req: Req, status: int = 200, problem: str | None = None) -> Response:
    backend = req.desk.backend
    choices = backend.framework_choices()
    chosen = list(backend.ws.config.assessment.frameworks)
    replaced = {c.id: _replaced_by(c) for c in choices}
    target = backend.ws.config.assessment.target
    warnings = [c for c in choices if (c.id in chosen or c.id == target) and replaced[c.id]]
    return req.render("settings.html", status=status, choices=choices, chosen=chosen, replaced=replaced,
                      target=target, warnings=warnings, problem=problem,
                      saved=req.query("saved") == "1")


def settings_page(req: Req) -> Response:
    """The criteria sets for the school's kind of institution (superseded ones warned), the target."""
    return _page(req)


def save_settings(req: Req) -> Response:
    """Write the chosen sets and target into accredit.toml (audited); a bad choice is said on the page."""
    from accredit.errors import MessageError

    assert req.form is not None
    frameworks = forms.picked(req.form, "frameworks")
    target = forms.text(req.form, "target", limit=200) or None
    try:
        req.desk.backend.save_settings(frameworks, target, req.actor)
    except MessageError as exc:
        return _page(req, 400, exc.render(req.t))
    return RedirectResponse("/settings?saved=1", status_code=303)
