"""Signing in and out, the first run's setup, the language switch, and the QA lead's list of people."""

from __future__ import annotations

from starlette.responses import RedirectResponse, Response

from accredit.i18n.message import LANGUAGES, msg
from accredit.programmes.model import assignment_framework, split_assignment
from accredit.web import forms
from accredit.web.app import Req
from accredit.web.backend import web_actor
from accredit.web.model import DeskError, Forbidden, Role, User
from accredit.web.scope import Where
from accredit.web.security import check_new_password, check_password, hash_password, new_token


def _address(req: Req) -> str:
    return req.request.client.host if req.request.client else "?"


def login_page(req: Req) -> Response:
    """The login form (a local desk needs none)."""
    if req.desk.local:
        return RedirectResponse("/", status_code=303)
    if req.desk.needs_setup():
        return RedirectResponse("/setup", status_code=303)
    return req.render("login.html", problem=None)


def login(req: Req) -> Response:
    """Check the name and password (rate-limited per address and name); start a fresh session."""
    if req.desk.local:
        return RedirectResponse("/", status_code=303)
    assert req.form is not None
    name = forms.text(req.form, "name", limit=64)
    password = req.form.get("password")
    password = password if isinstance(password, str) else ""
    address = _address(req)
    if req.desk.limiter.blocked(address, name):
        return req.render("login.html", status=429, problem=req.t("web.error.too_many_logins"))
    user = req.desk.backend.user(name)
    if not check_password(user, password):
        req.desk.limiter.failed(address, name)
        req.desk.backend.record("login_failed", {"username": name}, address, web_actor(name or "?", req.now))
        return req.render("login.html", status=401, problem=req.t("web.error.bad_login"))
    req.desk.limiter.succeeded(address, name)
    session = req.request.session
    session.clear()
    session["user"] = name
    session["csrf"] = new_token()
    req.desk.backend.record("login", {"username": name}, address, web_actor(name, req.now))
    return RedirectResponse("/review" if user and user.role == Role.INSPECTOR else "/", status_code=303)


def logout(req: Req) -> Response:
    """End the session."""
    req.request.session.clear()
    return RedirectResponse("/login" if not req.desk.local else "/", status_code=303)


def setup_page(req: Req) -> Response:
    """First run on the network: the form for the QA lead's account (with the code the terminal shows)."""
    if not req.desk.needs_setup():
        return RedirectResponse("/", status_code=303)
    return req.render("setup.html", problem=None)


def setup(req: Req) -> Response:
    """Create the QA lead's account; refused once anybody exists, or without the terminal's setup code."""
    if not req.desk.needs_setup():
        raise Forbidden(msg("web.error.setup_done"))
    assert req.form is not None
    if forms.text(req.form, "code", limit=64) != req.desk.setup_code:
        return req.render("setup.html", status=403, problem=req.t("web.error.setup_code"))
    try:
        data = forms.user_form(req.form, [], fixed_role=Role.ADMIN)
        password, repeat = (str(req.form.get(k) or "") for k in ("password", "repeat"))
        check_new_password(password, repeat)
    except DeskError as exc:
        return req.render("setup.html", status=400, problem=req.t(exc.message))
    user = User(name=data.name, role=Role.ADMIN, lang=data.lang, display=data.display,
                password_hash=hash_password(password))
    req.desk.backend.put_user(user, web_actor(data.name, req.now))
    session = req.request.session
    session.clear()
    session["user"] = data.name
    session["csrf"] = new_token()
    return RedirectResponse("/", status_code=303)


def set_language(req: Req) -> Response:
    """Switch the language: the person's setting on the network, the session's at a local desk."""
    assert req.form is not None
    lang = forms.text(req.form, "lang", limit=5)
    if lang not in LANGUAGES:
        raise DeskError(msg("web.error.bad_lang"))
    if req.desk.local or not req.user.name:
        req.request.session["lang"] = lang
    else:
        req.desk.backend.set_language(req.user.name, lang, req.actor)  # the language only: never their groups
    back = forms.text(req.form, "back", limit=300)
    return RedirectResponse(back if back.startswith("/") and not back.startswith("//") else "/", status_code=303)


def criterion_choices(req: Req) -> list[tuple[str, str]]:
    """What a member can be assigned: each criterion of the school's frameworks, and each criterion of every
    assessed programme's set for that programme alone ('<set id>@<mã>#<criterion>')."""
    school = req.desk.backend
    out = [(f"{fw.id}#{c.code}", f"{school.display_name(fw.id)} — {c.label}")
           for fw in school.frameworks() for c in fw.criteria]
    for p in req.desk.scopes.programmes():
        try:
            view = req.desk.scopes.get(Where(code=p.code))
        except DeskError:
            continue  # an entry of [[programmes]] with a problem: `accredit programmes list` says which
        out += [(f"{assignment_framework(fw.id, p.code)}#{c.code}",
                 f"{p.code} {p.name} — {view.display_name(fw.id)} — {c.label}")
                for fw in view.frameworks() for c in fw.criteria]
    return out


def framework_label(req: Req, key: str) -> str:
    """The name a person reads for an assignment's framework key: the set's name, and for one programme's
    ('<set id>@<mã>') the programme's mã and name before it."""
    fid, code = split_assignment(key)
    if code is None:
        try:
            return req.desk.backend.display_name(fid)
        except DeskError:
            return fid
    names = {p.code: p.name for p in req.desk.scopes.programmes()}
    try:
        shown = req.desk.scopes.get(Where(code=code)).display_name(fid)
    except DeskError:
        shown = fid
    return f"{code} {names.get(code, '')} — {shown}"


def _users(req: Req, status: int = 200, problem: str | None = None) -> Response:
    groups_of: dict[str, list[str]] = {}
    for g in req.desk.backend.groups():
        for m in g.members:
            groups_of.setdefault(m, []).append(g.name)
    criteria = criterion_choices(req)
    return req.render("users.html", status=status, users=req.desk.backend.users(), criteria=criteria,
                      labels=dict(criteria), roles=list(Role), groups_of=groups_of, problem=problem)


def users_page(req: Req) -> Response:
    """The QA lead's list of people: roles, the working groups they are in, the criteria those groups own."""
    return _users(req)


def save_user(req: Req) -> Response:
    """Add a person or change one (role, language, criteria; a new password when given)."""
    assert req.form is not None
    try:
        data = forms.user_form(req.form, [k for k, _ in criterion_choices(req)])
        old = req.desk.backend.user(data.name)
        password = str(req.form.get("password") or "")
        if old is None or password:
            check_new_password(password, str(req.form.get("repeat") or ""))
        if old is not None and old.name == req.user.name and data.role != Role.ADMIN:
            raise DeskError(msg("web.error.own_role"))
    except DeskError as exc:
        return _users(req, 400, req.t(exc.message))
    user = User(name=data.name, role=data.role, lang=data.lang, display=data.display, criteria=data.criteria,
                password_hash=hash_password(password) if password else (old.password_hash if old else None))
    req.desk.backend.put_user(user, req.actor)
    return RedirectResponse(req.link("/users"), status_code=303)
