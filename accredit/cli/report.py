"""``accredit report``: write the self-assessment reports (Excel, HTML, Word, JSON) of a workspace."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import typer

from accredit import service
from accredit.catalog.registry import framework_name
from accredit.cli.output import console, render, user_errors
from accredit.cli.ratings import JSON_OPT, open_workspace
from accredit.cli.result import messages, print_notes, print_result
from accredit.i18n import t
from accredit.service import ReportResult

FORMAT_OPT = typer.Option("xlsx,html,docx,json", "--format", "-f", help=t("report.opt.format"))
OUT_OPT = typer.Option(None, "--out", "-o", help=t("report.opt.out"))
WS_OPT = typer.Option(None, "--workspace", "-w", help=t("report.opt.workspace"))


def print_run(run: ReportResult) -> None:
    """The decisions, then the files written."""
    for f in run.frameworks:
        console.print(
            t("report.cli.decision", framework=framework_name(f.framework), decision=render(f.decision)),
            style="bold green" if f.passed else "bold red",
            markup=False,
            highlight=False,
        )
    console.print(t("report.cli.written", n=len(run.files), path=run.out_dir), markup=False, highlight=False)
    for path in run.files:
        console.print(f"  • {path}", markup=False, highlight=False)


def report_cmd(
    formats: str = FORMAT_OPT,
    out: Path | None = OUT_OPT,
    workspace: Path | None = WS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Write the reports of the workspace: Excel, HTML (opens offline), Word (báo cáo tự đánh giá), JSON.

    Each file is written atomically, so a re-run replaces the previous reports. --json prints what
    was written. The exit code is 0 when the reports were written, whatever the decision.
    """
    ws = open_workspace(workspace)
    with user_errors():
        run = service.reports(ws, datetime.now().astimezone(), formats, out, messages=messages())
    print_notes(run.notes)
    if as_json:
        print_result(run)
    else:
        print_run(run)
