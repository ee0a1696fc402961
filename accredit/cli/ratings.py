"""``accredit ratings``: the self-assessment workbook (template)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from accredit.catalog.registry import framework_name
from accredit.cli.output import console, print_json, user_errors
from accredit.i18n import t
from accredit.scoring.workspace import ratings_templates, read_links_file
from accredit.workbooks import WorkbookUpdate
from accredit.workspace import Workspace, find_workspace, load_workspace

app = typer.Typer(help=t("scoring.cli.ratings_help"), no_args_is_help=True)

JSON_OPT = typer.Option(False, "--json", help=t("app.json"))
WS_OPT = typer.Option(None, "--workspace", "-w", help=t("scoring.cli.opt_workspace"))
FW_OPT = typer.Option(None, "--framework", help=t("scoring.cli.opt_framework"))
LINKS_OPT = typer.Option(None, "--links", help=t("scoring.cli.opt_links"))


def open_workspace(path: Path | None) -> Workspace:
    """``--workspace`` or the workspace holding the current folder."""
    with user_errors():
        return load_workspace(path) if path is not None else find_workspace()


def print_updates(updates: list[WorkbookUpdate]) -> None:
    """One row per workbook written: created or refreshed, and what was kept."""
    table = Table(title=t("scoring.cli.updates_title"))
    for key in ("framework", "file", "result", "rows", "refreshed", "kept"):
        table.add_column(t(f"scoring.cli.col.{key}"))
    for u in updates:
        result = t("scoring.cli.created") if u.created else t("scoring.cli.refreshed")
        table.add_row(framework_name(u.framework), u.path, result, str(u.rows_added), str(u.cells_refreshed),
                      str(u.cells_kept))
    console.print(table)


@app.command("template")
def template_cmd(
    workspace: Path | None = WS_OPT,
    framework: str | None = FW_OPT,
    links_file: Path | None = LINKS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Write (or refresh) the self-assessment workbook: a sheet per criterion, a row per requirement."""
    ws = open_workspace(workspace)
    with user_errors():
        links = read_links_file(links_file) if links_file is not None else None
        updates = ratings_templates(ws, framework, links)
    if as_json:
        print_json(updates)
        return
    print_updates(updates)
    console.print(t("scoring.cli.ratings_next"))
