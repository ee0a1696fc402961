"""The web app: the Starlette application, its middleware, and the one wrapper every page goes through.

The wrapper (:func:`endpoint`) finds the person (the local desk's one user, or the signed session's),
sends a stranger to the login (or, on a first run on the network, to the setup page), checks the CSRF
token of every request that changes something, checks the role, renders the page in the person's
language and turns a :class:`~accredit.web.model.DeskError` into a page with its status. Pages are thin
functions of :class:`Req` in :mod:`accredit.web.pages`.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from accredit.errors import AccreditError, MessageError
from accredit.i18n.message import LANGUAGES, Messages, Msg, msg
from accredit.store.errors import StaleWriteError
from accredit.store.records import Actor
from accredit.web.backend import UPLOAD_MAX_BYTES, Backend, Review, patience, web_actor
from accredit.web.desk_store import session_secret
from accredit.web.model import DeskError, Forbidden, Preparing, User
from accredit.web.scope import SCOPE_KEY, ScopePrefix, Scopes, Where
from accredit.web.security import LOCAL_USER, Need, RateLimiter, new_token, require, same_token

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "frame-src 'self'; object-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'")
_FORM_LIMIT = UPLOAD_MAX_BYTES + 1024 * 1024
LOCAL_HOSTS = ("127.0.0.1", "localhost")
"""The only Host headers a local desk answers (a page elsewhere cannot reach it through a DNS trick)."""


@pass_context
def _finalize(context: Any, value: object) -> object:
    """Every ``{{ … }}`` of a template: a core message (a decision, a note, a fix) in the page's language."""
    if isinstance(value, Msg):
        t = context.get("_")
        return (t if isinstance(t, Messages) else Messages("vi"))(value)
    return value


_FIRST_PAGE_MODULES = ("accredit.service.records", "accredit.service.programmes", "accredit.service.annual",
                       "accredit.service.inputs", "accredit.service.scoring")
"""The service modules every page's frame and the dashboard call (the scope switcher, the years, the score)."""


@dataclass
class Desk:
    """What the pages share: the backend, the mode (local desk or network), the login limiter, the templates."""

    backend: Backend
    local: bool
    review_folder: Path | None = None
    limiter: RateLimiter = field(default_factory=RateLimiter)
    setup_code: str = field(default_factory=lambda: secrets.token_hex(4))
    warm_scopes: bool = False
    """Whether a scope's backend starts reading its workspace in the background when it is made (``accredit serve``)."""
    env: Environment = field(init=False)
    scopes: Scopes = field(init=False)
    review: Review = field(init=False)
    """The inspector's side of the review folder: one for the desk, so a package is verified once."""

    def __post_init__(self) -> None:
        self.scopes = Scopes(self)
        self.review = Review(self.review_folder)
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"), finalize=_finalize,
                               autoescape=select_autoescape(default=True, default_for_string=True))
        from accredit.web import render

        self.env.filters.update(render.FILTERS)
        for name in self.env.list_templates(extensions=["html"]):  # compiled before the first page asks
            self.env.get_template(name)
        for module in _FIRST_PAGE_MODULES:  # imported before the server listens, not by the first page
            import_module(module)

    def needs_setup(self) -> bool:
        """A network desk with nobody yet: the first visitor (with the setup code) creates the QA lead."""
        return not self.local and not self.backend.users()


@dataclass
class Req:
    """One request as a page sees it: the person, their language, the form (for POST), the desk."""

    request: Request
    desk: Desk
    user: User
    t: Messages
    form: FormData | None = None
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    where: Where = field(default_factory=Where)
    scoped: Backend | None = None

    @property
    def actor(self) -> Actor:
        """Who makes a change through this request: the person, from the web, at the request's time."""
        return web_actor(self.user.name, self.now)

    @property
    def backend(self) -> Backend:
        """The workspace adapter of the page's scope (the school's, a programme's, a past year's)."""
        return self.scoped or self.desk.backend

    @property
    def base(self) -> str:
        """The URL prefix of the page's scope ('' for the school in the current year)."""
        return self.where.base

    def link(self, path: str) -> str:
        """A path of the desk in the page's scope ('/reports' → '/p/6520227/reports')."""
        return self.base + path

    def query(self, key: str, default: str = "") -> str:
        """A query-string value ('' when absent)."""
        return self.request.query_params.get(key, default)

    def render(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        """Render a template for this person (autoescaped HTML)."""
        html = self.desk.env.get_template(template).render(
            _=self.t, say=self._say, user=self.user, csrf=self.request.session.get("csrf", ""),
            local=self.desk.local, lang=self.t.lang, school=self.backend.school, year=self.backend.year,
            path=self.request.url.path, htmx=self.request.headers.get("HX-Request") == "true",
            base=self.base, where=self.where, read_only=self.backend.read_only, scopes=self.desk.scopes,
            **context)
        return HTMLResponse(html, status_code=status)

    def _say(self, value: object) -> str:
        return self.t(value) if isinstance(value, Msg) else ("" if value is None else str(value))


Handler = Callable[[Req], Response]


def _person(request: Request, desk: Desk, backend: Backend) -> User | None:
    """The person of the request, with the criteria assigned to them in the page's scope (the school's users)."""
    if desk.local:
        lang = request.session.get("lang", "vi")
        return LOCAL_USER.model_copy(update={"lang": lang if lang in LANGUAGES else "vi"})
    name = request.session.get("user")
    return backend.user(name) if isinstance(name, str) else None


def endpoint(handler: Handler, need: Need | None, *, public: bool = False) -> Callable[[Request], Any]:
    """Wrap a page: person, CSRF on every change, role check, language, errors as pages."""

    async def run(request: Request) -> Response:
        desk: Desk = request.app.state.desk
        if "csrf" not in request.session:
            request.session["csrf"] = new_token()
        desk.scopes.refresh()
        where: Where = request.scope.get(SCOPE_KEY, Where())
        if where != Where() and not public and not desk.local and not isinstance(request.session.get("user"), str):
            if request.method == "GET":  # a stranger learns nothing of which programmes or years there are
                return RedirectResponse("/login", status_code=303)
            chosen = request.session.get("lang", "vi")
            t = Messages(chosen if chosen in LANGUAGES else "vi")
            return _error(desk, request, t, None, 401, t("web.error.login_needed"))
        try:
            backend = desk.scopes.get(where)
        except DeskError as exc:
            chosen = request.session.get("lang", "vi")
            t = Messages(chosen if chosen in LANGUAGES else "vi")
            return _error(desk, request, t, None, exc.status, t(exc.message))
        user = _person(request, desk, backend)
        lang = user.lang if user is not None else request.session.get("lang", "vi")
        t = Messages(lang if lang in LANGUAGES else "vi")
        form: FormData | None = None
        if request.method != "GET":
            length = request.headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > _FORM_LIMIT:
                return _error(desk, request, t, user, 413, t("web.error.request_too_big",
                                                            mb=UPLOAD_MAX_BYTES // (1024 * 1024)))
            form = await request.form(max_files=200, max_fields=400, max_part_size=256 * 1024)
            given = request.headers.get("x-csrf-token") or form.get("csrf")
            if not same_token(request.session.get("csrf"), given if isinstance(given, str) else None):
                return _error(desk, request, t, user, 403, t("web.error.csrf"))
        if not public:
            if desk.needs_setup():
                return RedirectResponse("/setup", status_code=303)
            if user is None:
                if request.method == "GET":
                    return RedirectResponse("/login", status_code=303)
                return _error(desk, request, t, user, 401, t("web.error.login_needed"))
        shown = user or LOCAL_USER.model_copy(update={"name": "", "lang": t.lang})
        req = Req(request, desk, shown, t, form, where=where, scoped=backend)
        try:
            if need is not None and not public:
                require(shown, need)
                if backend.read_only and request.method != "GET":  # a past year: read, never change
                    raise Forbidden(msg("web.scope.past_year", year=backend.year, current=desk.backend.year))
            return await run_in_threadpool(_handle, handler, req, request.method != "GET")
        except Preparing:  # the desk still reads a large workspace: say so at once, the page reloads itself
            if request.headers.get("HX-Request") == "true":  # a part of a page: it asks again by itself
                again = where.base + "/" + request.url.path.lstrip("/")  # always this desk's own path
                again += f"?{request.url.query}" if request.url.query else ""
                return req.render("fragments/preparing.html", again=again)
            return req.render("preparing.html")
        except DeskError as exc:
            return _error(desk, request, t, user, exc.status, t(exc.message))
        except StaleWriteError as exc:  # someone saved first: the newer value, who, when, from where
            return _error(desk, request, t, user, 409, t(exc.message))
        except MessageError as exc:  # the library's messages, in the person's language
            return _error(desk, request, t, user, 400, exc.render(t))
        except AccreditError as exc:  # the library's own message (a wrong passphrase, a damaged file…)
            message = getattr(exc, "message", None)
            return _error(desk, request, t, user, 400, t(message) if isinstance(message, Msg) else str(exc))
        finally:
            if form is not None:
                await form.close()

    return run


def _handle(handler: Handler, req: Req, wait: bool) -> Response:
    """Run a page in a worker thread: a change waits for the desk's warming, a page asked is told it is being
    prepared (:func:`~accredit.web.backend.patience`)."""
    with patience(wait):
        return handler(req)


def _error(desk: Desk, request: Request, t: Messages, user: User | None, status: int, text: str) -> HTMLResponse:
    shown = user or LOCAL_USER.model_copy(update={"name": "", "lang": t.lang})
    page = "fragments/error.html" if request.headers.get("HX-Request") == "true" else "error.html"
    where: Where = request.scope.get(SCOPE_KEY, Where())
    try:
        scoped = desk.scopes.get(where)
    except DeskError:  # the scope itself is what is wrong: the page is shown in the school's
        where, scoped = Where(), desk.backend
    return Req(request, desk, shown, t, where=where, scoped=scoped).render(page, status=status, message=text)


class SecurityHeaders:
    """Adds the content security policy and the other protective headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for k, v in ((b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                             (b"referrer-policy", b"same-origin"), (b"x-frame-options", b"SAMEORIGIN"),
                             (b"cache-control", b"no-store")):
                    if k not in names:
                        headers.append((k, v))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(backend: Backend, *, local: bool = True, review_folder: Path | None = None,
               https_only: bool = False, extra_hosts: tuple[str, ...] = ()) -> Starlette:
    """The web app for ``backend``'s workspace: a local desk (no login) or a network desk (login, roles)."""
    from accredit.web.pages import ROUTES

    desk = Desk(backend, local, review_folder)
    routes: list[Route | Mount] = [
        Route(path, endpoint(handler, need, public=public), methods=methods)
        for path, handler, need, methods, public in ROUTES
    ]
    routes.append(Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"))
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(ScopePrefix),
        Middleware(SessionMiddleware, secret_key=session_secret(backend.ws), session_cookie="accredit_session",
                   max_age=12 * 3600, same_site="strict", https_only=https_only),
    ]
    if local:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=[*LOCAL_HOSTS, *extra_hosts]))
    app = Starlette(routes=routes, middleware=middleware)
    app.state.desk = desk
    return app
