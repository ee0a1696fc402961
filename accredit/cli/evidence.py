"""``accredit evidence``: scan, list, show, link, unlink, confirm, check, register."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table
from rich.text import Text

from accredit import service
from accredit.catalog.registry import framework_short_name
from accredit.cli.output import ExitCode, console, err_console, fail, user_errors
from accredit.cli.result import print_notes, print_result
from accredit.evidence.checks import problem_text
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.scan import ProgressFn, ScanOptions, ScanProgress
from accredit.i18n import t
from accredit.model.evidence import (
    EvidenceFlag,
    EvidenceLink,
    EvidenceRecord,
    ExtractStatus,
    LinkReport,
    ScanReport,
)
from accredit.workspace import Workspace

if TYPE_CHECKING:  # rich's progress bar is imported only when one is shown
    from rich.progress import TaskID

app = typer.Typer(help=t("evidence.help"), no_args_is_help=True)

JSON_OPT = typer.Option(False, "--json", help=t("app.json"))
WS_OPT = typer.Option(None, "--workspace", "-w", help=t("evidence.opt.workspace"))
FW_OPT = typer.Option(None, "--framework", help=t("evidence.opt.framework"))
MAX_ISSUES_SHOWN = 40


def _ws(path: Path | None) -> Workspace:
    with user_errors():
        return service.open_workspace(path)


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB"


# --- scan --------------------------------------------------------------------------------------------


@app.command("scan")
def scan_cmd(
    workspace: Path | None = WS_OPT,
    workers: int | None = typer.Option(None, "--workers", min=1, help=t("evidence.opt.workers")),
    full: bool = typer.Option(False, "--full", help=t("evidence.opt.full")),
    no_ocr: bool = typer.Option(False, "--no-ocr", help=t("evidence.opt.no_ocr")),
    as_json: bool = JSON_OPT,
) -> None:
    """Scan the evidence folder: read, identify and map every file (only changed files are re-read)."""
    ws = _ws(workspace)
    options = ScanOptions(extract=ExtractOptions(ocr=not no_ocr))
    with user_errors(), scan_progress(not as_json and err_console.is_terminal) as progress:
        result = service.scan(ws, workers=workers, full=full, options=options, progress=progress)
    if as_json:
        print_result(result)
        return
    if result.report is not None:
        _print_scan(result.report)
    print_notes(result.notes, None)  # a [tools] path that points nowhere


@contextmanager
def scan_progress(show: bool) -> Iterator[ProgressFn | None]:
    """A rich progress bar per scan phase on standard error while the block runs (None when not ``show``)."""
    if not show:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[path]}", style="dim", justify="left", markup=False),
        console=err_console, transient=True,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def tick(p: ScanProgress) -> None:
            """Advance the bar of the phase in progress."""
            if p.phase not in tasks:
                tasks[p.phase] = bar.add_task(t(f"evidence.phase.{p.phase}"), total=p.total, path="")
            name = (p.path or "")[-30:]
            bar.update(tasks[p.phase], completed=p.done, total=p.total, path=name)

        yield tick


def _print_scan(report: ScanReport) -> None:
    summary = Table(title=t("evidence.scan.title"), show_header=False)
    summary.add_column()
    summary.add_column(justify="right")
    rows = [
        ("files", report.files), ("new", report.new), ("changed", report.changed),
        ("unchanged", report.unchanged), ("renamed", len(report.renamed)), ("deleted", len(report.deleted)),
        ("extracted", report.extracted), ("pages", report.pages), ("size", _mb(report.bytes)),
        ("code_links", report.code_links), ("suggestions", report.suggestions),
    ]
    for key, value in rows:
        summary.add_row(t(f"evidence.scan.{key}"), str(value))
    console.print(summary)
    kinds = ", ".join(f"{k}: {v}" for k, v in report.by_kind.items())
    states = ", ".join(f"{t(f'evidence.status.{k}')}: {v}" for k, v in report.by_status.items())
    console.print(f"{t('evidence.scan.by_kind')}: {kinds or '-'}", markup=False, highlight=False)
    console.print(f"{t('evidence.scan.by_status')}: {states or '-'}", markup=False, highlight=False)
    for r in report.renamed:
        console.print(t("evidence.scan.renamed_line", old=r.old, new=r.new), markup=False, highlight=False)
    if report.issues:
        table = Table(title=t("evidence.scan.issues", count=len(report.issues)))
        table.add_column(t("evidence.col.path"), overflow="fold")
        table.add_column(t("evidence.col.status"))
        table.add_column(t("evidence.col.problem"), overflow="fold")
        for issue in report.issues[:MAX_ISSUES_SHOWN]:
            table.add_row(issue.path, t(f"evidence.status.{issue.status.value}"),
                          problem_text(issue.problem, issue.detail))
        console.print(table)
        if len(report.issues) > MAX_ISSUES_SHOWN:
            console.print(t("evidence.scan.more_issues", count=len(report.issues) - MAX_ISSUES_SHOWN))
    if report.code_flags:
        console.print(t("evidence.scan.code_flags", count=len(report.code_flags)), style="yellow",
                      markup=False, highlight=False)
        for f in report.code_flags[:MAX_ISSUES_SHOWN]:
            console.print(f"  {_flag_text(f)}", markup=False, highlight=False)
        if len(report.code_flags) > MAX_ISSUES_SHOWN:
            console.print(t("evidence.scan.more_issues", count=len(report.code_flags) - MAX_ISSUES_SHOWN))


# --- list / show ---------------------------------------------------------------------------------------


@app.command("list")
def list_cmd(
    workspace: Path | None = WS_OPT,
    status: ExtractStatus | None = typer.Option(None, "--status", help=t("evidence.opt.status")),
    unlinked: bool = typer.Option(False, "--unlinked", help=t("evidence.opt.unlinked")),
    requirement: str | None = typer.Option(None, "--requirement", help=t("evidence.opt.requirement")),
    as_json: bool = JSON_OPT,
) -> None:
    """List the scanned files with their type, pages, number, date and title."""
    ws = _ws(workspace)
    with user_errors():
        result = service.list_evidence(ws, status=status, unlinked=unlinked, requirement=requirement)
    records = result.records
    if as_json:
        print_result(result)
        return
    table = Table(title=t("evidence.list.title", count=len(records)))
    for col in ("path", "kind", "pages", "number", "date", "title", "status"):
        table.add_column(t(f"evidence.col.{col}"), overflow="fold")
    for r in records:
        table.add_row(r.path, r.kind.value, "" if r.pages is None else str(r.pages), r.meta.number or "",
                      _date(r), r.title, _status(r))
    console.print(table)


def _date(r: EvidenceRecord) -> str:
    if r.meta.issued:
        return r.meta.issued.strftime("%d/%m/%Y")
    return str(r.meta.year or "")


def _status(r: EvidenceRecord) -> str:
    if r.status == ExtractStatus.OK and not r.problem:
        return t("evidence.status.ok") + (" (OCR)" if r.ocr else "")
    return f"{t(f'evidence.status.{r.status.value}')}: {problem_text(r.problem, r.detail)}"


def _links_table(links: list[EvidenceLink], title: str) -> Table:
    table = Table(title=title)
    for col in ("framework", "requirement", "code", "origin", "score", "state", "path"):
        table.add_column(t(f"evidence.col.{col}"), overflow="fold")
    for x in links:
        table.add_row(framework_short_name(x.framework), x.requirement, x.evidence_code or "",
                      t(f"evidence.origin.{x.origin.value}"),
                      "" if x.score is None else f"{x.score:.2f}",
                      _state_text(x), x.path)
    return table


def _why(x: EvidenceLink) -> Text:
    """A suggestion's best passage, its matched words in bold (user text rendered literally)."""
    out = Text(t("evidence.show.why", requirement=x.requirement) + " ", style="dim")
    passage = Text(f"«{x.passage}»")
    for word in x.matched:
        passage.highlight_words([word], style="bold", case_sensitive=False)
    out.append_text(passage)
    return out


def _state_text(link: EvidenceLink) -> str:
    if not link.counts:
        return t("evidence.state.pending")
    return t("evidence.state.confirmed") if link.readable else t("evidence.state.unreadable")


def _flag_text(f: EvidenceFlag) -> str:
    from accredit.evidence.register import flag_detail  # openpyxl: only for the commands that show flags

    fw = framework_short_name(f.framework) if f.framework else ""
    where = f"{fw} {f.requirement}".strip() if f.requirement else ", ".join(f.paths)
    if f.requirement and f.paths:
        where += f" ({', '.join(f.paths)})"
    extra = flag_detail(f)
    return f"{t(f'evidence.flag.{f.kind.value}')}: {where}" + (f" — {extra}" if extra else "")


@app.command("show")
def show_cmd(
    file: str = typer.Argument(..., metavar="FILE", help=t("evidence.arg.file")),
    workspace: Path | None = WS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Show one file: header metadata, codes, links and suggestions, warnings."""
    ws = _ws(workspace)
    with user_errors():
        detail = service.show_evidence(ws, file)
    if as_json:
        print_result(detail)
        return
    r = detail.record
    table = Table(title=r.path, show_header=False)
    table.add_column()
    table.add_column(overflow="fold")
    meta = r.meta
    for key, value in (
        ("title", r.title), ("doc_type", meta.doc_type), ("number", meta.number), ("date", _date(r)),
        ("place", meta.place), ("issuer", meta.issuer), ("superior", meta.superior),
        ("kind", r.kind.value), ("pages", r.pages), ("size", _mb(r.size)), ("status", _status(r)),
        ("codes", ", ".join(c.text for c in r.codes)), ("duplicates", ", ".join(r.duplicates)),
        ("note", r.note), ("id", r.evidence_id),
    ):
        if value not in (None, ""):
            table.add_row(t(f"evidence.col.{key}"), str(value))
    console.print(table)
    if detail.links:
        console.print(_links_table(detail.links, t("evidence.show.links")))
        for x in detail.links:
            if x.passage and not x.counts:
                console.print(_why(x))
    for f in detail.flags:
        console.print(_flag_text(f), style="yellow", markup=False, highlight=False)


@app.command("links")
def links_cmd(
    workspace: Path | None = WS_OPT,
    counted: bool = typer.Option(False, "--counted", help=t("evidence.opt.counted")),
    requirement: str | None = typer.Option(None, "--requirement", help=t("evidence.opt.requirement")),
    framework: str | None = FW_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """All links (what scoring reads): file, requirement, origin, score, state."""
    ws = _ws(workspace)
    with user_errors():
        result = service.links(ws, counted=counted, requirement=requirement, framework=framework)
    links = result.links
    if as_json:
        print_result(result)
        return
    console.print(_links_table(links, t("evidence.links.title", count=len(links))))


# --- link / unlink / confirm ----------------------------------------------------------------------------


def _print_links(report: LinkReport, as_json: bool) -> None:
    if as_json:
        print_result(report)
        return
    console.print(t("evidence.link.summary", added=report.added, removed=report.removed,
                    confirmed=report.confirmed, unchanged=report.unchanged))
    if report.links:
        console.print(_links_table(report.links, t("evidence.link.touched")))
    if report.removed:
        return
    for path, problem in sorted({(x.path, x.file_problem) for x in report.links if not x.readable}):
        console.print(t("evidence.link.unreadable", path=path, problem=problem_text(problem)), style="yellow",
                      markup=False, highlight=False)


@app.command("link")
def link_cmd(
    file: str = typer.Argument(..., metavar="FILE", help=t("evidence.arg.file")),
    codes: list[str] = typer.Argument(..., metavar="CODE...", help=t("evidence.arg.codes")),
    workspace: Path | None = WS_OPT,
    framework: str | None = FW_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Link a file (or every file of a folder) to requirements, e.g. `link "TC2/QĐ 125.pdf" 2.3 2.4`."""
    ws = _ws(workspace)
    with user_errors():
        report = service.link(ws, [file], codes, framework=framework)
    _print_links(report, as_json)


@app.command("unlink")
def unlink_cmd(
    file: str = typer.Argument(..., metavar="FILE", help=t("evidence.arg.file")),
    codes: list[str] | None = typer.Argument(None, metavar="[CODE...]", help=t("evidence.arg.unlink_codes")),
    workspace: Path | None = WS_OPT,
    framework: str | None = FW_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Remove links of a file (to the given requirements, else all); a re-scan does not restore them."""
    ws = _ws(workspace)
    with user_errors():
        report = service.unlink(ws, [file], codes or None, framework=framework)
    _print_links(report, as_json)


@app.command("confirm")
def confirm_cmd(
    files: list[str] | None = typer.Argument(None, metavar="[FILE...]", help=t("evidence.arg.confirm_files")),
    code: list[str] | None = typer.Option(None, "--code", help=t("evidence.opt.confirm_code")),
    top: int = typer.Option(1, "--top", min=1, help=t("evidence.opt.top")),
    all_ranks: bool = typer.Option(False, "--all", help=t("evidence.opt.all")),
    min_score: float | None = typer.Option(None, "--min-score", help=t("evidence.opt.min_score")),
    yes: bool = typer.Option(False, "--yes", "-y", help=t("evidence.opt.yes")),
    dry_run: bool = typer.Option(False, "--dry-run", help=t("evidence.opt.confirm_dry_run")),
    workspace: Path | None = WS_OPT,
    framework: str | None = FW_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Confirm suggested links in bulk: shows what will be confirmed and asks first (or --yes)."""
    ws = _ws(workspace)
    args: dict[str, Any] = {"framework": framework, "top": None if all_ranks else top, "min_score": min_score}
    with user_errors():
        plan = service.confirm(ws, files or None, code or None, dry_run=True, **args)
        names = service.framework_names(ws)
    if dry_run or not plan.links:
        if as_json:
            print_result(plan)
        else:
            _print_plan(plan, names)
        return
    if not as_json:
        _print_plan(plan, names)
    if not yes:
        if not _interactive():
            err_console.print(t("evidence.confirm.need_yes", count=len(plan.links)), style="yellow",
                              markup=False, highlight=False)
            raise typer.Exit(int(ExitCode.USAGE))
        if not typer.confirm(t("evidence.confirm.ask", count=len(plan.links)), default=False, err=True):
            err_console.print(t("evidence.confirm.cancelled"), markup=False, highlight=False)
            return
    with user_errors():
        report = service.confirm(ws, files or None, code or None, **args)
    if as_json:
        print_result(report)
        return
    console.print(t("evidence.confirm.done", count=report.confirmed), markup=False, highlight=False)


def _interactive() -> bool:
    """Whether a person can answer a question on standard input."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced stdin
        return False


def _print_plan(plan: LinkReport, names: dict[str, str]) -> None:
    """What confirm would do: a table (file, requirement, score), then the files skipped and why."""
    if plan.links:
        table = Table(title=t("evidence.confirm.title", count=len(plan.links)))
        for col in ("path", "requirement", "score"):
            table.add_column(t(f"evidence.col.{col}"), overflow="fold")
        for x in plan.links:
            table.add_row(Text(x.path), Text(f"{names.get(x.framework, x.framework)} {x.requirement}"),
                          "" if x.score is None else f"{x.score:.2f}")
        console.print(table)
    else:
        console.print(t("evidence.confirm.nothing"), markup=False, highlight=False)
    if plan.skipped:
        reasons: dict[str, int] = {}
        for x in plan.skipped:
            key = problem_text(x.file_problem)
            reasons[key] = reasons.get(key, 0) + 1
        why = "; ".join(f"{k}: {v}" for k, v in reasons.items())
        files = len({x.evidence_id for x in plan.skipped})
        console.print(t("evidence.confirm.skipped", count=files, reasons=why), style="yellow",
                      markup=False, highlight=False)
        for path in sorted({x.path for x in plan.skipped})[:MAX_ISSUES_SHOWN]:
            console.print(f"  {path}", markup=False, highlight=False)
    if plan.dry_run and plan.links:
        console.print(t("evidence.confirm.dry"), markup=False, highlight=False)


# --- check / register ----------------------------------------------------------------------------------


@app.command("check")
def check_cmd(workspace: Path | None = WS_OPT, as_json: bool = JSON_OPT) -> None:
    """Warnings: dates outside a requirement's window, duplicates, requirements without evidence."""
    ws = _ws(workspace)
    with user_errors():
        report = service.check(ws)
    if as_json:
        print_result(report)
        return
    if not report.flags:
        console.print(t("evidence.check.none"))
    for f in report.flags:
        console.print(_flag_text(f), markup=False, highlight=False)


@app.command("register")
def register_cmd(
    workspace: Path | None = WS_OPT,
    output: Path | None = typer.Option(None, "--output", "-o", help=t("evidence.opt.output")),
    import_file: Path | None = typer.Option(None, "--import", help=t("evidence.opt.import")),
    dry_run: bool = typer.Option(False, "--dry-run", help=t("evidence.opt.dry_run")),
    force: bool = typer.Option(False, "--force", help=t("evidence.opt.force")),
    boxes: Path | None = typer.Option(None, "--boxes", help=t("evidence.opt.boxes")),
    as_json: bool = JSON_OPT,
) -> None:
    """Write the danh mục minh chứng (Excel), or read edits back from one with --import."""
    ws = _ws(workspace)
    if boxes is not None:
        with user_errors():
            box = service.export_boxes(ws, boxes)
        if as_json:
            print_result(box)
        else:
            console.print(t("evidence.boxes.written", path=box.path, files=box.files, list=box.list_path),
                          markup=False, highlight=False)
        return
    if import_file is not None:
        with user_errors():
            result = service.import_register(ws, import_file, dry_run=dry_run)
        if as_json:
            print_result(result)
        elif result.errors:
            console.print(t("evidence.import.failed", count=len(result.errors), path=str(import_file)),
                          style="red", markup=False, highlight=False)
            for e in result.errors:
                line = t("evidence.import.error_line", sheet=e.sheet, row=e.row, column=e.column,
                         value=e.value or "", message=e.message)
                console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            console.print(t("evidence.import.done" if result.applied else "evidence.import.dry", **{
                k: getattr(result, k) for k in ("added", "removed", "deleted", "confirmed", "titles", "notes",
                                                 "codes", "unchanged")}))
        if result.errors:
            raise typer.Exit(int(ExitCode.FAILED))
        return
    with user_errors():
        report = service.write_register(ws, output, force=force)
    if as_json:
        print_result(report)
        return
    console.print(t("evidence.register.written", path=report.path, rows=report.rows,
                    requirements=report.requirements, missing=report.without_evidence))


__all__ = ["app", "fail", "problem_text"]
