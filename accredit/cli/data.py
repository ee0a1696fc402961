"""``accredit data``: the institutional data workbook (template) the indicators are computed from, its export
from and import into the store."""

from __future__ import annotations

from pathlib import Path

import typer

from accredit.cli.output import ExitCode, console, print_json, user_errors
from accredit.cli.ratings import (
    DRY_RUN_OPT,
    FILE_ARG,
    FW_OPT,
    JSON_OPT,
    OVERWRITE_OPT,
    WS_OPT,
    open_workspace,
    print_exports,
    print_imports,
    print_updates,
)
from accredit.i18n import t
from accredit.scoring.workspace import data_templates
from accredit.store.workspace import local_actor

app = typer.Typer(help=t("scoring.cli.data_help"), no_args_is_help=True)


@app.command("template")
def template_cmd(workspace: Path | None = WS_OPT, framework: str | None = FW_OPT, as_json: bool = JSON_OPT) -> None:
    """Write (or refresh) the data workbook: a place for every input the indicators' formulas need."""
    ws = open_workspace(workspace)
    with user_errors():
        updates = data_templates(ws, framework)
    if as_json:
        print_json(updates)
        return
    if not updates:
        console.print(t("scoring.cli.no_indicators"))
        return
    print_updates(updates)
    console.print(t("scoring.cli.data_next"))


@app.command("export", help=t("store.cli.export_help"))
def export_cmd(
    workspace: Path | None = WS_OPT,
    framework: str | None = FW_OPT,
    overwrite: bool = OVERWRITE_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Write the data workbooks from the store."""
    from accredit.service.data import export_data

    ws = open_workspace(workspace)
    with user_errors():
        result = export_data(ws, actor=local_actor("cli"), framework=framework, overwrite=overwrite)
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
    """Import the data workbooks into the store, cell by cell."""
    from accredit.service.data import import_data

    ws = open_workspace(workspace)
    with user_errors():
        result = import_data(ws, actor=local_actor("cli"), framework=framework, path=file, overwrite=overwrite,
                             dry_run=dry_run)
    if as_json:
        print_json(result)
        refused = any(not i.applied and not i.dry_run for i in result.imports)
    else:
        refused = print_imports(result.imports)
    if refused:
        raise typer.Exit(int(ExitCode.FAILED))
