"""``accredit init``: create a school's workspace (accredit.toml and its folders)."""

from __future__ import annotations

from pathlib import Path

import typer

from accredit import service
from accredit.cli.output import console, user_errors
from accredit.cli.result import print_notes, print_result
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
        result = service.init(directory, framework, name=name, year=year, obj=obj, province=province, code=code,
                              target=target)
    print_notes(result.notes, None)
    if as_json:
        print_result(result)
        return
    console.print(t("workspace.init.done", path=result.root), markup=False, highlight=False)
    for folder in result.folders:
        console.print(f"  {folder}", markup=False, highlight=False)
    for sub in result.evidence_folders:
        console.print(f"    {sub}", markup=False, highlight=False)
    console.print(t("workspace.init.next", path=result.folders[0]), markup=False, highlight=False)
