"""``accredit package``: write the frozen submission zip of a workspace."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import typer
from rich.table import Table

from accredit.catalog.registry import framework_name
from accredit.cli.keys import ENV_SCHOOL, read_passphrase
from accredit.cli.output import console, err_console, print_json, user_errors
from accredit.i18n import t
from accredit.model.package import PackageResult
from accredit.review.build import write_package
from accredit.review.gather import default_package_path, gather_workspace
from accredit.signing.cover import write_cover_letter
from accredit.signing.keys import Signer, public_path, school_key_path, show_fingerprint
from accredit.signing.setup import school_signer
from accredit.workspace import Workspace, find_workspace, load_workspace


def now() -> datetime:
    """The creation time written into the manifest (UTC, whole seconds)."""
    return datetime.now(UTC).replace(microsecond=0)


def package_cmd(
    with_evidence: bool = typer.Option(False, "--with-evidence", help=t("review.opt.with_evidence")),
    out: Path | None = typer.Option(None, "--out", "-o", help=t("review.opt.package_out")),
    workspace: Path | None = typer.Option(None, "--workspace", "-w", help=t("review.opt.workspace")),
    passphrase_file: Path | None = typer.Option(None, "--passphrase-file", help=t("sign.opt.passphrase_file")),
    no_sign: bool = typer.Option(False, "--no-sign", help=t("sign.opt.no_sign")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
) -> None:
    """Write the submission package: manifest, results, evidence register (and files), reports."""
    with user_errors():
        ws = load_workspace(workspace) if workspace is not None else find_workspace()
        signer = None if no_sign else _signer(ws, passphrase_file)
        target = out if out is not None else default_package_path(ws)
        content = gather_workspace(ws, exclude=target)
        result = write_package(content, target, created=now(), with_evidence=with_evidence, signer=signer)
        public = _public_text(ws) if signer is not None else None
        letter = write_cover_letter(result, ws.config.school, public)
        warnings = list(result.warnings) + ([] if signer is not None else [t("sign.package.unsigned_warning")])
        result = result.model_copy(update={"cover_letter": str(letter), "warnings": warnings})
    if as_json:
        print_json(result)
        return
    _print(result)


def _signer(ws: Workspace, passphrase_file: Path | None) -> Signer | None:
    """The school's unlocked key, or None when the workspace has none yet (the package is then unsigned)."""
    if not school_key_path(ws).is_file():
        return None
    return school_signer(ws, read_passphrase(passphrase_file, ENV_SCHOOL))


def _public_text(ws: Workspace) -> str | None:
    path = public_path(school_key_path(ws))
    return path.read_text(encoding="utf-8") if path.is_file() else None


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
    if result.signed_by:
        console.print(t("sign.package.signed", fingerprint=show_fingerprint(result.signed_by)), markup=False,
                      highlight=False)
    if result.cover_letter:
        console.print(t("sign.package.cover", path=result.cover_letter), markup=False, highlight=False)
    console.print(t("review.package.send", sha=result.sha256), markup=False, highlight=False)
