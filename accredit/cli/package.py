"""``accredit package``: write the frozen submission zip of a workspace."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import typer
from rich.table import Table

from accredit.catalog.registry import framework_name
from accredit.cli.output import console, err_console, print_json, user_errors
from accredit.i18n import t
from accredit.model.package import PackageResult
from accredit.review.build import write_package
from accredit.review.gather import default_package_path, gather_workspace
from accredit.workspace import find_workspace, load_workspace


def now() -> datetime:
    """The creation time written into the manifest (UTC, whole seconds)."""
    return datetime.now(UTC).replace(microsecond=0)


def package_cmd(
    with_evidence: bool = typer.Option(False, "--with-evidence", help=t("review.opt.with_evidence")),
    out: Path | None = typer.Option(None, "--out", "-o", help=t("review.opt.package_out")),
    workspace: Path | None = typer.Option(None, "--workspace", "-w", help=t("review.opt.workspace")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
) -> None:
    """Write the submission package: manifest, results, evidence register (and files), reports."""
    with user_errors():
        ws = load_workspace(workspace) if workspace is not None else find_workspace()
        target = out if out is not None else default_package_path(ws)
        content = gather_workspace(ws, exclude=target)
        result = write_package(content, target, created=now(), with_evidence=with_evidence)
    if as_json:
        print_json(result)
        return
    _print(result)


def _print(result: PackageResult) -> None:
    table = Table(title=t("review.package.title"), show_header=False)
    table.add_column()
    table.add_column(overflow="fold")
    rows = [
        (t("review.package.path"), result.path),
        ("SHA-256", result.sha256),
        (t("review.package.school"), f"{result.school} ({result.year})"),
        (t("review.package.frameworks"), "; ".join(framework_name(f) for f in result.frameworks)),
        (t("review.package.members"), str(result.members)),
        (t("review.package.evidence"), t("review.package.evidence_count", listed=result.evidence_files,
                                         included=result.evidence_included)),
        (t("review.package.reports"), ", ".join(result.reports) or "–"),
        (t("review.package.roadmap"), t("review.yes") if result.roadmap else t("review.no")),
    ]
    for key, value in rows:
        table.add_row(key, value)
    console.print(table)
    for w in result.warnings:
        err_console.print(w, style="yellow", markup=False, highlight=False)
    console.print(t("review.package.send", sha=result.sha256), markup=False, highlight=False)
