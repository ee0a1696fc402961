"""Putting the desk together for a workspace, and running it (uvicorn, the browser)."""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from starlette.applications import Starlette

from accredit.errors import AccreditError
from accredit.web.app import LOCAL_HOSTS, create_app
from accredit.web.backend import Backend
from accredit.workspace import Workspace


def build_app(ws: Workspace, *, host: str = "127.0.0.1", review: Path | None = None,
              extra_hosts: tuple[str, ...] = ()) -> Starlette:
    """The desk for ``ws``: a local desk (no login) on 127.0.0.1/localhost, a network desk (login) otherwise."""
    backend = Backend(ws)
    app = create_app(backend, local=host in LOCAL_HOSTS, review_folder=review, extra_hosts=extra_hosts)
    with suppress(AccreditError):  # the years every page's frame lists, read before the first page (its message
        app.state.desk.scopes.years()  # if the store cannot be read: on the page that needs it)
    return app


def start_warming(app: Starlette) -> None:
    """What ``accredit serve`` does before the first request: the school's backend reads the workspace in the
    background (unless a first scan runs), and so does every scope's when it is first opened; meanwhile a page
    says it is being prepared and opens itself when ready."""
    desk = app.state.desk
    desk.warm_scopes = True
    if desk.backend.scan_job is None:
        desk.backend.start_warming()


def run(app: Starlette, host: str, port: int, *, open_browser: bool, say: Callable[[str], None]) -> None:
    """Serve ``app`` until Ctrl+C; open the browser on it once the server is up."""
    import uvicorn

    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown}:{port}"
    say(url)
    start_warming(app)
    if open_browser:
        threading.Timer(1.0, lambda: webbrowser.open(url)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, server_header=False)
