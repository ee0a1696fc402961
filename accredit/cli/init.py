"""``accredit init``: create a school's workspace (accredit.toml and its folders)."""

from __future__ import annotations

from pathlib import Path

import typer

from accredit.catalog.registry import default_catalog
from accredit.cli.output import console, err_console, print_json, user_errors
from accredit.i18n import t
from accredit.model.framework import ObjectType
from accredit.workspace import AssessmentSettings, SchoolInfo, WorkspaceConfig, init_workspace


def init_cmd(
    directory: Path = typer.Argument(..., metavar="DIR", help=t("workspace.arg.dir")),
    framework: list[str] = typer.Option(..., "--framework", help=t("workspace.opt.framework")),
    year: int = typer.Option(..., "--year", min=2000, max=2100, help=t("workspace.opt.year")),
    name: str = typer.Option(..., "--name", help=t("workspace.opt.name")),
    obj: ObjectType = typer.Option(ObjectType.TRUONG_CAO_DANG, "--object", help=t("workspace.opt.object")),
    province: str | None = typer.Option(None, "--province", help=t("workspace.opt.province")),
    target: str | None = typer.Option(None, "--target", help=t("workspace.opt.target")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
) -> None:
    """Create a workspace: accredit.toml, evidence/, data/, output/ and the hidden cache folder."""
    with user_errors():
        catalog = default_catalog()
        frameworks = [catalog.get(fid) for fid in framework]
        if target is not None:
            catalog.get(target)
        config = WorkspaceConfig(
            school=SchoolInfo(name=name, object=obj, province=province),
            assessment=AssessmentSettings(year=year, frameworks=[f.id for f in frameworks],
                                          target=target.lower() if target else None),
        )
        ws = init_workspace(directory, config)
    for fw in frameworks:
        if obj not in fw.applies_to:
            err_console.print(t("workspace.init.object_mismatch", id=fw.id, object=obj.value,
                                applies=", ".join(o.value for o in fw.applies_to)),
                              style="yellow", markup=False, highlight=False)
    if as_json:
        print_json({"root": str(ws.root), "config": ws.config})
        return
    console.print(t("workspace.init.done", path=str(ws.root)), markup=False, highlight=False)
    for folder in (ws.evidence_dir, ws.data_dir, ws.output_dir, ws.cache_dir):
        console.print(f"  {folder}", markup=False, highlight=False)
    console.print(t("workspace.init.next", path=str(ws.evidence_dir)), markup=False, highlight=False)
