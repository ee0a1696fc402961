"""The QA lead's working groups (tổ công tác): who is in each, which criteria of each framework it owns (the
school's frameworks, and each assessed programme's set for that programme alone).

A member edits the criteria of every group they are in (:meth:`accredit.web.backend.Backend.users`); a
person's own group, named after them, is the one the users page edits. Every change is the store's,
audited there.
"""

from __future__ import annotations

from urllib.parse import quote

from starlette.responses import RedirectResponse, Response

from accredit.model.framework import Framework
from accredit.programmes.model import assignment_framework
from accredit.web import forms
from accredit.web.app import Req
from accredit.web.model import DeskError
from accredit.web.pages.people import criterion_choices, framework_label
from accredit.web.scope import Where


def _frameworks(req: Req) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The sets a group can own criteria of, as (assignment key, name, criteria): the school's frameworks, then
    each assessed programme's set for that programme alone ('<set id>@<mã>', named by the programme's mã and
    name and the set's name)."""
    def criteria(fw: Framework) -> list[tuple[str, str]]:
        return [(c.code, f"{c.label}: {c.title}") for c in fw.criteria]

    school = req.desk.backend
    out = [(fw.id, school.display_name(fw.id), criteria(fw)) for fw in school.frameworks()]
    for p in req.desk.scopes.programmes():
        try:
            view = req.desk.scopes.get(Where(code=p.code))
        except DeskError:
            continue  # an entry of [[programmes]] with a problem: `accredit programmes list` says which
        for fw in view.frameworks():
            key = assignment_framework(fw.id, p.code)
            out.append((key, framework_label(req, key), criteria(fw)))
    return out


def _page(req: Req, status: int = 200, problem: str | None = None, **kept: object) -> Response:
    backend = req.desk.backend
    frameworks = _frameworks(req)
    users = backend.users()
    return req.render("groups.html", status=status, groups=backend.groups(), users=users,
                      people={u.name: u for u in users},
                      frameworks=frameworks, criteria=criterion_choices(req), problem=problem, kept=kept,
                      label=lambda key: framework_label(req, key))


def groups_page(req: Req) -> Response:
    """Every working group: its members, the criteria it owns per framework, the forms to change them."""
    return _page(req)


def _back(name: str) -> Response:
    return RedirectResponse(f"/groups?saved={quote(name)}", status_code=303)


def create_group(req: Req) -> Response:
    """Make a working group with its first members and criteria."""
    assert req.form is not None
    try:
        name = forms.group_name(req.form, "name")
        known = [k for k, _ in criterion_choices(req)]
        criteria = forms.criteria_by_framework(forms.picked(req.form, "criteria"), known)
        req.desk.backend.create_group(name, forms.picked(req.form, "members"), criteria, req.actor)
    except DeskError as exc:
        return _page(req, exc.status, req.t(exc.message), name=forms.text(req.form, "name", limit=64))
    return _back(name)


def save_members(req: Req) -> Response:
    """Make the people ticked the members of a group (added and removed ones audited)."""
    assert req.form is not None
    name = forms.group_name(req.form)
    req.desk.backend.set_members(name, forms.picked(req.form, "members"), req.actor)
    return _back(name)


def save_criteria(req: Req) -> Response:
    """Make the criteria ticked (of one framework) the ones a group owns: assigned and unassigned, audited."""
    assert req.form is not None
    name = forms.group_name(req.form)
    fid = forms.text(req.form, "framework", limit=200)
    req.desk.backend.set_group_criteria(name, fid, forms.picked(req.form, "criteria"), req.actor)
    return _back(name)
