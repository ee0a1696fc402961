"""``accredit run [WORKSPACE]``: the whole job, on a workspace or on a copy of the bundled demo."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path, PurePosixPath

import typer
from rich.table import Table
from rich.text import Text

from accredit import service
from accredit.catalog.registry import framework_name
from accredit.cli.evidence import problem_text, scan_progress
from accredit.cli.output import console, err_console, render, user_errors
from accredit.cli.result import messages, print_notes, print_result
from accredit.i18n import t
from accredit.report.model import FORMATS
from accredit.service import RunResult
from accredit.service.collector import fewer_collections
from accredit.workspace import Workspace


def run_cmd(
    workspace: Path | None = typer.Argument(None, help=t("run.arg.workspace")),
    out: Path | None = typer.Option(None, "--out", help=t("run.opt.out")),
    formats: str = typer.Option(",".join(FORMATS), "--format", help=t("run.opt.format")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
) -> None:
    """Scan, compute indicators, score every framework, plan the roadmap and write all reports."""
    with user_errors(), fewer_collections(), service.render_worker() as worker:  # started now: it loads its libraries
        ws = _workspace_or_demo(workspace, out, as_json)
        with scan_progress(not as_json and err_console.is_terminal) as progress:
            summary = service.run(ws, datetime.now().astimezone(), formats=formats, progress=progress,
                                  messages=messages(), worker=worker)
    if as_json:
        print_result(summary)
    else:
        print_summary(summary, ws.config.school.name, ws.config.assessment.year)
    # exit 0: the job ran and the reports are written, whatever the decision ('accredit score' exits 1 on a fail)


def _workspace_or_demo(workspace: Path | None, out: Path | None, as_json: bool) -> Workspace:
    """The workspace given, else the one holding the current folder, else (or with --out) a copy of the demo."""
    if workspace is not None:
        return service.open_workspace(workspace)
    if out is None and service.inside_a_workspace():
        return service.open_workspace()  # like every other command; an invalid accredit.toml is reported
    root = service.copy_demo(out)
    if not as_json:
        console.print(t("run.demo_copied", path=root), style="bold", highlight=False, markup=False)
        console.print(t("run.demo_hint"), highlight=False, markup=False)
    return service.open_workspace(root)


MAX_ISSUES = 5


def _shown(path: Path, base: Path | None = None) -> str:
    """``path`` relative to ``base`` (default: the current folder) when it is inside it, else as it is."""
    try:
        return str(path.relative_to((base or Path.cwd()).resolve()))
    except ValueError:
        return str(path)


def print_summary(summary: RunResult, school: str, year: int) -> None:
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
    for c in summary.scorecards:
        result = Text(t("run.passed"), style="green") if c.passed else Text(t("run.failed"), style="red")
        total, top = float(c.total), float(c.max)
        table.add_row(Text(framework_name(c.framework)), result, f"{total:g} / {top:g}",
                      Text(", ".join(c.minimal_fix) or "—"))
    console.print(table)
    if summary.target:
        if summary.earliest_year is not None:
            console.print(t("run.earliest", target=framework_name(summary.target), year=summary.earliest_year),
                          highlight=False, markup=False)
        elif summary.roadmap_feasible is False:
            console.print(t("run.infeasible", target=framework_name(summary.target)), highlight=False, markup=False)
        for line in (summary.roadmap.explanation if summary.roadmap is not None else [])[:3]:
            console.print(f"  • {render(line)}", highlight=False, markup=False)
    out_dir = Path(summary.output_dir)
    console.print(t("run.reports", path=_shown(out_dir)), style="bold", highlight=False, markup=False)
    for path in summary.files:
        console.print(f"  {_shown(Path(path), out_dir)}", highlight=False, markup=False)
    print_notes(summary.notes, "run.note")
