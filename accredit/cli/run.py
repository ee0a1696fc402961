"""``accredit run [WORKSPACE]``: the whole job, on a workspace or on a copy of the bundled demo."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path, PurePosixPath

import typer
from rich.table import Table
from rich.text import Text

from accredit.catalog.registry import framework_name
from accredit.cli.evidence import problem_text, scan_with_progress
from accredit.cli.output import console, err_console, print_json, render, user_errors
from accredit.demo import copy_demo
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.scan import ScanOptions
from accredit.i18n import t
from accredit.report.model import FORMATS
from accredit.run import RunSummary, run_workspace
from accredit.workspace import CONFIG_NAME, Workspace, find_workspace, load_workspace


def run_cmd(
    workspace: Path | None = typer.Argument(None, help=t("run.arg.workspace")),
    out: Path | None = typer.Option(None, "--out", help=t("run.opt.out")),
    formats: str = typer.Option(",".join(FORMATS), "--format", help=t("run.opt.format")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
) -> None:
    """Scan, compute indicators, score every framework, plan the roadmap and write all reports."""
    with user_errors():
        ws = _workspace_or_demo(workspace, out, as_json)
        scan = None
        if not as_json and err_console.is_terminal:
            scan = scan_with_progress(ws, None, False, ScanOptions(extract=ExtractOptions()))
        summary = run_workspace(ws, datetime.now().astimezone(), formats=formats, scan=scan)
    if as_json:
        print_json(summary)
    else:
        print_summary(summary, ws.config.school.name, ws.config.assessment.year)
    # exit 0: the job ran and the reports are written, whatever the decision ('accredit score' exits 1 on a fail)


def _workspace_or_demo(workspace: Path | None, out: Path | None, as_json: bool) -> Workspace:
    """The workspace given, else the one holding the current folder, else (or with --out) a copy of the demo."""
    if workspace is not None:
        return load_workspace(workspace)
    if out is None and _inside_a_workspace():
        return find_workspace()  # like every other command; an invalid accredit.toml is reported, not skipped
    root = copy_demo(out)
    if not as_json:
        console.print(t("run.demo_copied", path=root), style="bold", highlight=False, markup=False)
        console.print(t("run.demo_hint"), highlight=False, markup=False)
    return load_workspace(root)


def _inside_a_workspace() -> bool:
    here = Path.cwd().resolve()
    return any((folder / CONFIG_NAME).is_file() for folder in (here, *here.parents))


MAX_ISSUES = 5


def _shown(path: Path, base: Path | None = None) -> str:
    """``path`` relative to ``base`` (default: the current folder) when it is inside it, else as it is."""
    try:
        return str(path.relative_to((base or Path.cwd()).resolve()))
    except ValueError:
        return str(path)


def print_summary(summary: RunSummary, school: str, year: int) -> None:
    """The short summary: evidence, decision per framework, smallest fixes, earliest year, reports."""
    console.rule(Text(t("run.title", school=school, year=year)))
    s = summary.scan
    console.print(t("run.scan", files=s.files, pages=s.pages, codes=s.code_links, suggestions=s.suggestions,
                    issues=len(s.issues)), highlight=False)
    by_problem: dict[str, list[str]] = {}
    for issue in s.issues:  # which files, and what to do (e.g. install Tesseract for the scans)
        by_problem.setdefault(problem_text(issue.problem, issue.detail), []).append(PurePosixPath(issue.path).name)
    for problem, names in by_problem.items():
        console.print(f"  • {problem}: {t('run.issue_files', count=len(names))}", highlight=False, markup=False)
        for name in names[:MAX_ISSUES]:
            console.print(f"      {name}", highlight=False, markup=False, overflow="ellipsis", no_wrap=True)
        if len(names) > MAX_ISSUES:
            console.print("      " + t("run.more_issues", count=len(names) - MAX_ISSUES), highlight=False,
                          markup=False)
    table = Table()
    for col in ("framework", "result", "score", "gaps"):
        table.add_column(t(f"run.col.{col}"))
    for f in summary.frameworks:
        result = Text(t("run.passed"), style="green") if f.passed else Text(t("run.failed"), style="red")
        table.add_row(Text(f.name), result, f"{f.total:g} / {f.max:g}", Text(", ".join(f.minimal_fix) or "—"))
    console.print(table)
    if summary.target:
        if summary.earliest_year is not None:
            console.print(t("run.earliest", target=framework_name(summary.target), year=summary.earliest_year),
                          highlight=False, markup=False)
        elif summary.roadmap_feasible is False:
            console.print(t("run.infeasible", target=framework_name(summary.target)), highlight=False, markup=False)
        for line in summary.roadmap_explanation[:3]:
            console.print(f"  • {render(line)}", highlight=False, markup=False)
    out_dir = Path(summary.output_dir)
    console.print(t("run.reports", path=_shown(out_dir)), style="bold", highlight=False, markup=False)
    for path in summary.files:
        console.print(f"  {_shown(Path(path), out_dir)}", highlight=False, markup=False)
    for note in summary.notes:
        err_console.print(t("run.note", note=note), style="yellow", markup=False, highlight=False)
