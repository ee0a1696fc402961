"""Which part of the school a page works on, carried in its URL, and the backend of each.

A page of the school in the current year has no prefix (``/standard/…``); the same page for an assessed
programme is under ``/p/<mã>`` and for a past year under ``/y/<năm>`` (both: ``/p/<mã>/y/<năm>/…``). The
scope is in the path, not in the session, so two tabs can show two programmes, a bookmark or a link sent
to a colleague opens the same scope, and every link and form of a page carries it with one template
variable (``base``); the prefix is read and taken off before routing (:class:`ScopePrefix`), so the
route table stays one table and every page works in every scope.

:class:`Scopes` keeps one :class:`~accredit.web.backend.Backend` per scope opened: the school's, each
programme's over its workspace view (``service.programme_view``), each past year's over
``service.year_view``, read-only. When ``accredit.toml`` changes (a year started, settings saved, here or
from the command line) every backend is made again from the file. They all share the desk's one scan
(:class:`~accredit.web.backend.DeskScan`: they scan the same evidence folder and index), carried over to the
backends made again, so a scan started in one scope is the one every scope shows and waits for.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.types import ASGIApp, Receive, Scope, Send

from accredit import service
from accredit.errors import AccreditError
from accredit.i18n.message import msg
from accredit.programmes.model import Programme
from accredit.web.backend import Backend
from accredit.web.model import NotFound

if TYPE_CHECKING:
    from accredit.web.app import Desk

_PREFIX = re.compile(r"^(?:/p/(?P<code>[A-Za-z0-9][A-Za-z0-9.\-_]{0,31}))?(?:/y/(?P<year>[12][0-9]{3}))?(?=/|$)")
SCOPE_KEY = "accredit.where"
"""Where the ASGI scope keeps the page's :class:`Where` once the prefix is read."""


@dataclass(frozen=True)
class Where:
    """A page's scope: a programme (its mã; None: the school) and a past year (None: the current year)."""

    code: str | None = None
    year: int | None = None

    @property
    def base(self) -> str:
        """The URL prefix of every link and form of a page in this scope ('' for the school this year)."""
        return (f"/p/{self.code}" if self.code else "") + (f"/y/{self.year}" if self.year else "")


def split_prefix(path: str) -> tuple[Where, str]:
    """A request path's scope and the path the routes see ('/p/6520227/standard/…' → programme, '/standard/…')."""
    found = _PREFIX.match(path)
    if found is None or not found.group(0):
        return Where(), path
    year = found.group("year")
    return Where(found.group("code"), int(year) if year else None), path[found.end():] or "/"


class ScopePrefix:
    """Reads a request's scope prefix into the ASGI scope and routes the rest of the path."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            where, rest = split_prefix(scope["path"])
            if where != Where() and rest != "/" and rest.endswith("/"):  # the routes' own redirect would drop the scope
                from starlette.responses import RedirectResponse

                query = scope.get("query_string", b"").decode("latin-1")
                target = where.base + rest.rstrip("/") + (f"?{query}" if query else "")
                await RedirectResponse(target, status_code=307)(scope, receive, send)
                return
            if where != Where():
                cut = len(where.base)  # ASCII: as long in the raw (percent-encoded) path
                raw = scope.get("raw_path") or scope["path"].encode("utf-8")
                scope = {**scope, "path": rest, "raw_path": raw[cut:] or b"/", SCOPE_KEY: where}
        await self.app(scope, receive, send)


class Scopes:
    """The desk's backends, one per scope opened (thread-safe); made again when ``accredit.toml`` changes."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self._lock = threading.Lock()
        self._opened: dict[Where, Backend] = {}
        self._stamp = _stamp_of(desk.backend)
        self._years: list[int] | None = None

    @property
    def school(self) -> Backend:
        """The school's backend in the current year."""
        return self.desk.backend

    def refresh(self) -> None:
        """Start again from ``accredit.toml`` when it changed since (a year started, a programme added)."""
        if _stamp_of(self.school) != self._stamp:
            self.reload()

    def reload(self) -> None:
        """Every backend made again from the workspace as ``accredit.toml`` now says."""
        with self._lock:
            ws = service.open_workspace(self.school.ws.root)
            self.desk.backend = Backend(ws, scans=self.school.scans)  # a running scan goes on, seen by all
            if self.desk.warm_scopes:
                self.desk.backend.start_warming()
            self._opened.clear()
            self._years = None
            self._stamp = _stamp_of(self.desk.backend)

    def programmes(self) -> list[Programme]:
        """The programmes a person can switch to: those assessed against a criteria set."""
        return service.assessed_programmes(self.school.ws)

    def years(self) -> list[int]:
        """The assessment years the desk shows: the current one and every earlier one with ratings."""
        with self._lock:
            if self._years is None:
                self._years = service.assessment_years(self.school.ws)
            return list(self._years)

    def past_years(self) -> list[int]:
        """The years before the current one that have ratings (read-only on the desk)."""
        return [y for y in self.years() if y < self.school.year]

    def get(self, where: Where) -> Backend:
        """The backend of a scope (NotFound: no such assessed programme, or no such past year)."""
        if where == Where():
            return self.school
        with self._lock:
            found = self._opened.get(where)
        if found is not None:
            return found
        school = self.school
        if where.year is not None and where.year not in self.past_years():
            raise NotFound(msg("web.scope.no_year", year=where.year))
        programme: Programme | None = None
        ws = school.ws
        if where.code is not None:
            programme = next((p for p in self.programmes() if p.code == where.code), None)
            if programme is None:
                raise NotFound(msg("web.scope.no_programme", code=where.code))
            try:
                ws = service.programme_view(school.ws, programme.code)
            except AccreditError as exc:  # an entry of [[programmes]] with a problem: its message
                raise NotFound(msg("web.scope.bad_programme", code=where.code, why=str(exc))) from exc
        if where.year is not None:
            ws = service.year_view(ws, where.year)
        made = Backend(ws, school=school.ws if programme is not None else None, programme=programme,
                       read_only=where.year is not None, scans=school.scans, evidence_from=school)
        with self._lock:
            kept = self._opened.setdefault(where, made)
        if kept is made and self.desk.warm_scopes:
            made.start_warming()  # its first page says it is being prepared instead of waiting
        return kept

    def opened(self) -> list[Backend]:
        """The backends opened so far besides the school's (e.g. to warm or to compare)."""
        with self._lock:
            return list(self._opened.values())


def _stamp_of(backend: Backend) -> int:
    try:
        return backend.ws.config_path.stat().st_mtime_ns
    except OSError:
        return 0
