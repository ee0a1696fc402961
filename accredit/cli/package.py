"""``accredit package``: write the frozen submission zip of a workspace."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import typer
from rich.table import Table

from accredit import service
from accredit.catalog.registry import framework_name
from accredit.cli.keys import ENV_SCHOOL, read_passphrase
from accredit.cli.output import console, err_console, user_errors
from accredit.cli.result import print_notes, print_result
from accredit.i18n import t
from accredit.service import PackageRun
from accredit.signing.keys import Signer, show_fingerprint
from accredit.workspace import Workspace


def now() -> datetime:
    """The creation time written into the manifest (UTC, whole seconds)."""
    return datetime.now(UTC).replace(microsecond=0)


def package_cmd(
    with_evidence: bool = typer.Option(False, "--with-evidence", help=t("review.opt.with_evidence")),
    out: Path | None = typer.Option(None, "--out", "-o", help=t("review.opt.package_out")),
    workspace: Path | None = typer.Option(None, "--workspace", "-w", help=t("review.opt.workspace")),
    passphrase_file: Path | None = typer.Option(None, "--passphrase-file", help=t("sign.opt.passphrase_file")),
    no_sign: bool = typer.Option(False, "--no-sign", help=t("sign.opt.no_sign")),
    programme: str | None = typer.Option(None, "--programme", metavar="MÃ", help=t("review.opt.programme")),
    all_programmes: bool = typer.Option(False, "--all-programmes", help=t("review.opt.all_programmes")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
) -> None:
    """Write the submission package: manifest, results, evidence register (and files), reports."""
    if all_programmes and (out is not None or programme is not None):  # one file, or one programme: which?
        raise typer.BadParameter(t("review.err.all_programmes_alone"), param_hint="'--all-programmes'")
    with user_errors():
        ws = service.open_workspace(workspace)
        signer = None if no_sign else _signer(ws, passphrase_file)
        if all_programmes:
            runs = service.package_programmes(ws, now(), with_evidence=with_evidence, signer=signer)
        elif programme is not None:
            runs = [service.package_programme(ws, programme, now(), out=out, with_evidence=with_evidence,
                                              signer=signer)]
        else:
            runs = [service.package(ws, now(), out=out, with_evidence=with_evidence, signer=signer)]
    if as_json:
        print_result(runs[0] if not all_programmes else runs)
        return
    for run in runs:
        _print(run)


def _signer(ws: Workspace, passphrase_file: Path | None) -> Signer | None:
    """The school's unlocked key, or None when the workspace has none yet (the package is then unsigned)."""
    if not service.has_school_key(ws):
        return None
    return service.school_signer(ws, read_passphrase(passphrase_file, ENV_SCHOOL))


def _print(run: PackageRun) -> None:
    result = run.package
    table = Table(title=t("review.package.title"), show_header=False)
    table.add_column()
    table.add_column(overflow="fold")
    rows = [
        (t("review.package.path"), result.path),
        ("SHA-256", result.sha256),
        (t("review.package.school"), f"{result.school} ({result.year})"),
        *([(t("review.package.programme"), f"{result.programme.code} — {result.programme.name}")]
          if result.programme is not None else []),
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
    print_notes(run.notes, None)
    if result.signed_by:
        console.print(t("sign.package.signed", fingerprint=show_fingerprint(result.signed_by)), markup=False,
                      highlight=False)
    if result.cover_letter:
        console.print(t("sign.package.cover", path=result.cover_letter), markup=False, highlight=False)
    console.print(t("review.package.send", sha=result.sha256), markup=False, highlight=False)
