"""``accredit init``: create a school's workspace (accredit.toml and its folders)."""

from __future__ import annotations

from pathlib import Path

import typer

from accredit import workspace_init
from accredit.catalog.registry import default_catalog
from accredit.cli.output import console, err_console, print_json, user_errors
from accredit.i18n import t
from accredit.model.framework import ObjectType


def init_cmd(
    directory: Path = typer.Argument(..., metavar="DIR", help=t("workspace.arg.dir")),
    framework: list[str] = typer.Option(..., "--framework", help=t("workspace.opt.framework")),
    year: int = typer.Option(..., "--year", min=2000, max=2100, help=t("workspace.opt.year")),
    name: str = typer.Option(..., "--name", help=t("workspace.opt.name")),
    obj: ObjectType = typer.Option(ObjectType.TRUONG_CAO_DANG, "--object", help=t("workspace.opt.object")),
    province: str | None = typer.Option(None, "--province", help=t("workspace.opt.province")),
    code: str | None = typer.Option(None, "--code", help=t("workspace.opt.code")),
    target: str | None = typer.Option(None, "--target", help=t("workspace.opt.target")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
) -> None:
    """Create a workspace: accredit.toml, minh-chung/ (one folder per criteria set), du-lieu/, bao-cao/."""
    with user_errors():
        catalog = default_catalog()
        frameworks = list({f.id: f for f in (catalog.get(fid) for fid in framework)}.values())
        goal = catalog.get(target) if target is not None else None
        config = workspace_init.new_config(frameworks, name=name, year=year, obj=obj, province=province,
                                           code=code.strip() if code and code.strip() else None, target=goal)
        ws = workspace_init.create(directory, config)
    for warning in workspace_init.warnings(frameworks, goal, obj, catalog.frameworks):
        err_console.print(warning, style="yellow", markup=False, highlight=False)
    if as_json:
        print_json({"root": str(ws.root), "config": ws.config})
        return
    console.print(t("workspace.init.done", path=str(ws.root)), markup=False, highlight=False)
    for folder in (ws.evidence_dir, ws.data_dir, ws.output_dir, ws.cache_dir):
        console.print(f"  {folder}", markup=False, highlight=False)
    for sub in [*config.evidence.code_scopes, workspace_init.SHARED_FOLDER]:
        console.print(f"    {ws.evidence_dir / sub}", markup=False, highlight=False)
    console.print(t("workspace.init.next", path=str(ws.evidence_dir)), markup=False, highlight=False)
