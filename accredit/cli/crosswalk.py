"""``accredit crosswalk``: evidence of one regulation offered to the related standards of another (editorial)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.table import Table

from accredit.catalog.registry import framework_short_name
from accredit.cli.output import ExitCode, console, err_console, print_json, user_errors
from accredit.cli.ratings import JSON_OPT, WS_OPT, open_workspace
from accredit.i18n import t
from accredit.service.annual import Offer
from accredit.service.annual import crosswalk_accept as accept_offers
from accredit.service.annual import crosswalk_offers as workspace_offers
from accredit.service.annual import crosswalk_views as workspace_both_views

app = typer.Typer(help=t("cycle.help.crosswalk"), no_args_is_help=True)


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _select(offers: list[Offer], files: list[str] | None, codes: list[str] | None) -> list[Offer]:
    picked = offers
    if files:
        wanted = {f.replace("\\", "/") for f in files}
        picked = [o for o in picked if o.path in wanted or o.evidence_id in wanted]
    if codes:
        picked = [o for o in picked if o.target_code in set(codes)]
    return picked


def _print_offers(offers: list[Offer]) -> None:
    if not offers:
        console.print(t("cycle.xw.none"), markup=False, highlight=False)
        return
    table = Table(title=t("cycle.xw.title", count=len(offers)), show_lines=False)
    for key in ("file", "from", "to", "note"):
        table.add_column(t(f"cycle.xw.col.{key}"))
    for o in offers:
        table.add_row(o.path, f"{framework_short_name(o.source_framework)} {o.source_code}",
                      f"{framework_short_name(o.target_framework)} {o.target_code}", o.note or "")
    console.print(table)
    console.print(t("cycle.xw.editorial"), style="dim", markup=False, highlight=False)


@app.command("offers")
def offers_cmd(workspace: Path | None = WS_OPT, as_json: bool = JSON_OPT) -> None:
    """Files accepted for one regulation, offered to the related standards of the other (nothing is linked)."""
    ws = open_workspace(workspace)
    with user_errors():
        offers = workspace_offers(ws)
    if as_json:
        print_json(offers)
        return
    _print_offers(offers)


@app.command("accept")
def accept_cmd(
    files: list[str] | None = typer.Argument(None, metavar="[FILE...]", help=t("cycle.xw.arg.files")),
    code: list[str] | None = typer.Option(None, "--code", metavar="CODE", help=t("cycle.xw.opt.code")),
    yes: bool = typer.Option(False, "--yes", "-y", help=t("evidence.opt.yes")),
    workspace: Path | None = WS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Accept offers (all, or those of FILE / --code): each becomes a manual link; asks first (or --yes)."""
    ws = open_workspace(workspace)
    with user_errors():
        chosen = _select(workspace_offers(ws), files, code)
    if not chosen:
        console.print(t("cycle.xw.none"), markup=False, highlight=False)
        return
    if not as_json:
        _print_offers(chosen)
    if not yes:
        if not _interactive():
            err_console.print(t("cycle.xw.need_yes", count=len(chosen)), style="yellow", markup=False,
                              highlight=False)
            raise typer.Exit(int(ExitCode.USAGE))
        if not typer.confirm(t("cycle.xw.ask", count=len(chosen)), default=False, err=True):
            return
    with user_errors():
        done = accept_offers(ws, chosen)
    if as_json:
        print_json({"accepted": done, "offers": chosen})
        return
    console.print(t("cycle.xw.done", count=done), markup=False, highlight=False)


@app.command("view")
def view_cmd(workspace: Path | None = WS_OPT, as_json: bool = JSON_OPT) -> None:
    """Both views: each TT 38 requirement with its status beside the related TT 14 standards and theirs."""
    ws = open_workspace(workspace)
    with user_errors():
        rows = workspace_both_views(ws)
    if as_json:
        print_json(rows)
        return
    if not rows:
        console.print(t("cycle.xw.no_pair"), markup=False, highlight=False)
        return
    table = Table(title=t("cycle.xw.view_title"), show_lines=False)
    for key in ("req", "status", "related"):
        table.add_column(t(f"cycle.xw.col.{key}"))
    for r in rows:
        related = ", ".join(f"{framework_short_name(r.related_framework)} {c}: {t('report.status.' + s)}"
                            for c, s in r.related) or "—"
        table.add_row(f"{framework_short_name(r.framework)} {r.code}", t("report.status." + r.status), related)
    console.print(table)
    console.print(t("cycle.xw.editorial"), style="dim", markup=False, highlight=False)
