"""``accredit data``: the institutional data workbook (template) the indicators are computed from, its export
from and import into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from accredit.cli.output import console, print_json, user_errors
from accredit.cli.ratings import (
    FW_OPT,
    JSON_OPT,
    WS_OPT,
    add_exchange_commands,
    open_workspace,
    print_updates,
)
from accredit.i18n import t
from accredit.scoring.workspace import data_templates

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


def _export_data(*args: Any, **kwargs: Any) -> Any:
    from accredit.service.data import export_data

    return export_data(*args, **kwargs)


def _import_data(*args: Any, **kwargs: Any) -> Any:
    from accredit.service.data import import_data

    return import_data(*args, **kwargs)


add_exchange_commands(app, _export_data, _import_data, "data")
