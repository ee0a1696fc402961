"""``accredit ratings``: the self-assessment workbook (template), its export from and import into the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from accredit.catalog.registry import framework_name
from accredit.cli.output import ExitCode, console, print_json, user_errors
from accredit.i18n import t
from accredit.scoring.workspace import ratings_templates, read_links_file
from accredit.store.exchange import CellChange, WorkbookExport, WorkbookImport
from accredit.store.workspace import local_actor, note_text
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


OVERWRITE_OPT = typer.Option(False, "--overwrite", help=t("store.cli.opt_overwrite"))
DRY_RUN_OPT = typer.Option(False, "--dry-run", help=t("store.cli.opt_dry_run"))
FILE_ARG = typer.Argument(None, help=t("store.cli.opt_file"), show_default=False)


def print_exports(exports: list[WorkbookExport]) -> None:
    """One line per workbook written from the store."""
    for e in exports:
        console.print(t("store.cli.exported", path=e.path, cells=e.cells))


def _cell_row(c: CellChange) -> list[str]:
    return [c.sheet or "", c.cell or "", c.requirement, c.field + (f" [{c.item}]" if c.item else ""),
            "" if c.year is None else str(c.year)]


def print_imports(imports: list[WorkbookImport]) -> bool:
    """Every workbook's changes and conflicts cell by cell, then what was done; True when one was refused."""
    if not imports:
        console.print(t("store.cli.nothing"))
    refused = False
    for result in imports:
        console.print(t("store.cli.summary", path=result.path, changes=len(result.changes),
                        conflicts=len(result.conflicts)))
        heads = ("sheet", "cell", "requirement", "field", "year")
        if result.changes:
            table = Table(title=t("store.cli.changes"))
            for key in (*heads, "old", "new"):
                table.add_column(t(f"store.cli.col.{key}"))
            for c in result.changes:
                table.add_row(*_cell_row(c), c.old or "", c.new or "")
            console.print(table)
        if result.conflicts:
            table = Table(title=t("store.cli.conflicts"))
            for key in (*heads, "exported", "excel", "current", "who", "when"):
                table.add_column(t(f"store.cli.col.{key}"))
            for x in result.conflicts:
                when = x.changed_at.isoformat(timespec="minutes") if x.changed_at else ""
                table.add_row(*_cell_row(x), x.old or "", x.new or "", x.current or "",
                              f"{x.changed_by or '?'} ({x.changed_via or '?'})", when)
            console.print(table)
        if result.untouched:
            console.print(t("store.cli.untouched", count=result.untouched))
        for note in result.notes:
            console.print(note_text(note))
        if result.dry_run:
            console.print(t("store.cli.dry_run"))
        elif result.applied:
            console.print(t("store.cli.applied") if result.changes or result.conflicts else t("store.cli.unchanged"))
        else:
            refused = True
    return refused


def add_exchange_commands(app: typer.Typer, export: Callable[..., Any], load: Callable[..., Any], what: str) -> None:
    """``export`` and ``import`` commands on ``app`` for one kind of workbook (``what``: 'ratings', 'data'):
    ``export(ws, actor=, framework=, overwrite=)`` and ``load(ws, actor=, framework=, path=, overwrite=,
    dry_run=)`` are the service operations."""

    @app.command("export", help=t("store.cli.export_help"))
    def export_cmd(
        workspace: Path | None = WS_OPT,
        framework: str | None = FW_OPT,
        overwrite: bool = OVERWRITE_OPT,
        as_json: bool = JSON_OPT,
    ) -> None:
        ws = open_workspace(workspace)
        with user_errors():
            result = export(ws, actor=local_actor("cli"), framework=framework, overwrite=overwrite)
        if as_json:
            print_json(result)
            return
        print_exports(result.exports)

    @app.command("import", help=t("store.cli.import_help"))
    def import_cmd(
        file: Path | None = FILE_ARG,
        workspace: Path | None = WS_OPT,
        framework: str | None = FW_OPT,
        overwrite: bool = OVERWRITE_OPT,
        dry_run: bool = DRY_RUN_OPT,
        as_json: bool = JSON_OPT,
    ) -> None:
        ws = open_workspace(workspace)
        with user_errors():
            result = load(ws, actor=local_actor("cli"), framework=framework, path=file, overwrite=overwrite,
                          dry_run=dry_run)
        if as_json:
            print_json(result)
            refused = any(not i.applied and not i.dry_run for i in result.imports)
        else:
            refused = print_imports(result.imports)
        if refused:
            raise typer.Exit(int(ExitCode.FAILED))

    export_cmd.__doc__ = f"Write the {what} workbooks from the store."
    import_cmd.__doc__ = f"Import the {what} workbooks into the store, cell by cell."


def _export_ratings(*args: Any, **kwargs: Any) -> Any:
    from accredit.service.ratings import export_ratings

    return export_ratings(*args, **kwargs)


def _import_ratings(*args: Any, **kwargs: Any) -> Any:
    from accredit.service.ratings import import_ratings

    return import_ratings(*args, **kwargs)


add_exchange_commands(app, _export_ratings, _import_ratings, "ratings")
