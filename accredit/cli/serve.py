"""``accredit serve [WORKSPACE]``: the desk in the browser (the workspace, or a copy of the demo)."""

from __future__ import annotations

from pathlib import Path

import typer

from accredit.cli.output import console, err_console, fail, user_errors
from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.workspace import Workspace


def serve_cmd(
    workspace: Path | None = typer.Argument(None, help=t("web.cli.arg.workspace")),
    host: str = typer.Option("127.0.0.1", "--host", help=t("web.cli.opt.host")),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help=t("web.cli.opt.port")),
    no_browser: bool = typer.Option(False, "--no-browser", help=t("web.cli.opt.no_browser")),
    review: Path | None = typer.Option(None, "--review", help=t("web.cli.opt.review")),
) -> None:
    """Open the self-assessment desk in the browser (on 127.0.0.1 no login; on the network, with login)."""
    try:
        from accredit.web.server import build_app, run
    except ImportError as exc:  # the web libraries are not installed
        fail(t("web.cli.missing", name=exc.name or str(exc)))
    with user_errors():
        ws = _workspace(workspace)
        if review is not None and not review.is_dir():
            raise AccreditError(t("web.cli.review_missing", path=review))
        app = build_app(ws, host=host, review=review.resolve() if review else None)
        desk = app.state.desk
        if not desk.backend.records() and ws.evidence_dir.is_dir():
            desk.backend.start_scan()  # a workspace never scanned (the demo): scan it in the background

    def say(url: str) -> None:
        console.print(t("web.cli.serving", url=url), highlight=False, markup=False)
        if not desk.local:
            err_console.print(t("web.cli.network"), highlight=False, markup=False)
            if desk.needs_setup():
                err_console.print(t("web.cli.setup_code", url=url, code=desk.setup_code), highlight=False,
                                  markup=False)

    run(app, host, port, open_browser=not no_browser, say=say)


def _workspace(workspace: Path | None) -> Workspace:
    """The workspace given, else the one holding the current folder, else a copy of the demo (said so)."""
    from accredit import service

    if workspace is not None or service.inside_a_workspace():
        return service.open_workspace(workspace)
    ws = service.demo_workspace()
    console.print(t("web.cli.demo", path=ws.root), style="bold", highlight=False, markup=False)
    return ws
