"""``accredit programmes``: the school's training programmes, each assessed against its own criteria set."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import typer
from rich.table import Table

from accredit.catalog.registry import framework_short_name
from accredit.cli.output import console, print_json, render, styled, user_errors
from accredit.cli.ratings import JSON_OPT, WS_OPT, open_workspace
from accredit.cli.status import parse_today
from accredit.i18n import t
from accredit.scoring.text import fmt_number
from accredit.service.programmes import Level, Overview

app = typer.Typer(help=t("cycle.help.programmes"), no_args_is_help=True)
CODE_ARG = typer.Argument(None, metavar="[CODE]", help=t("cycle.prog.arg.code"))
TODAY_OPT = typer.Option(None, "--today", metavar="YYYY-MM-DD", help=t("cycle.opt.today"))


def _say(text: str, style: str | None = None) -> None:
    console.print(text, style=style, markup=False, highlight=False)


def _date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "—"


@app.command("list")
def list_cmd(workspace: Path | None = WS_OPT, as_json: bool = JSON_OPT) -> None:
    """List the programmes of accredit.toml."""
    from accredit.service import list_programmes

    ws = open_workspace(workspace)
    with user_errors():
        listed = list_programmes(ws)
    progs = [lp.programme for lp in listed.programmes]
    if as_json:
        print_json([{**lp.programme.model_dump(mode="json"), "folder": lp.folder} for lp in listed.programmes])
        return
    if not progs:
        _say(t("cycle.prog.none"))
        return
    table = Table(title=t("cycle.prog.list_title", count=len(progs)))
    for key in ("code", "name", "level", "faculty", "criteria"):
        table.add_column(t(f"cycle.prog.col.{key}"))
    for p in progs:
        crit = framework_short_name(p.criteria) + " " + p.criteria.split("/")[-1] if p.criteria else t(
            "cycle.prog.data_only")
        table.add_row(p.code, p.name, t(f"cycle.prog.level.{p.level.value}"), p.faculty or "", crit)
    console.print(table)
    for problem in listed.problems:
        _say(problem, "yellow")
    for r in listed.rows:
        if r.missing:
            _say(t("cycle.prog.rows_missing", path=r.path, year=ws.config.assessment.year,
                   codes=", ".join(r.missing)), "yellow")
        if r.not_listed:
            _say(t("cycle.prog.not_listed", path=r.path, codes=", ".join(r.not_listed)), "yellow")


@app.command("add")
def add_cmd(
    code: str = typer.Option(..., "--code", help=t("cycle.prog.opt.code")),
    name: str = typer.Option(..., "--name", help=t("cycle.prog.opt.name")),
    level: Level = typer.Option(..., "--level", help=t("cycle.prog.opt.level")),
    faculty: str | None = typer.Option(None, "--faculty", help=t("cycle.prog.opt.faculty")),
    criteria: str | None = typer.Option(None, "--criteria", help=t("cycle.prog.opt.criteria")),
    workspace: Path | None = WS_OPT,
) -> None:
    """Add a programme to accredit.toml (its comments are kept)."""
    from accredit.service import add_programme

    ws = open_workspace(workspace)
    with user_errors():
        add_programme(ws, code, name, level, faculty, criteria)
    _say(t("cycle.prog.added", code=code, path=str(ws.config_path)))


@app.command("init")
def init_cmd(workspace: Path | None = WS_OPT, as_json: bool = JSON_OPT) -> None:
    """Create each programme's evidence folder and ratings workbook; fill the TT 38 programme rows."""
    from accredit.service import programme_templates

    ws = open_workspace(workspace)
    with user_errors():
        done = programme_templates(ws)
    written, rows = done.ratings, done.data
    if as_json:
        print_json({"ratings": written, "data": rows})
        return
    _say(t("cycle.prog.written"))
    for path in written:
        _say(f"  {path}")
    for r in rows:
        _say(t("cycle.prog.rows", path=r.path, added=r.added, year=ws.config.assessment.year))
        if r.not_listed:
            _say(t("cycle.prog.not_listed", path=r.path, codes=", ".join(r.not_listed)), "yellow")


@app.command("score")
def score_cmd(code: str | None = CODE_ARG, workspace: Path | None = WS_OPT, as_json: bool = JSON_OPT) -> None:
    """Score each programme against its criteria set."""
    from accredit.cli.result import print_notes
    from accredit.cli.score import print_scorecard
    from accredit.service import programme_scores

    ws = open_workspace(workspace)
    with user_errors():
        results = programme_scores(ws, code)
    if as_json:
        print_json([{"programme": r.programme, "scorecard": r.scorecard, "notes": r.notes} for r in results])
        return
    for r in results:
        p = r.programme
        _say(t("cycle.prog.school_name", programme=p.name, code=p.code, school=ws.config.school.name), "bold")
        print_scorecard(r.scorecard)
        print_notes(r.notes)


@app.command("report")
def report_cmd(
    code: str | None = CODE_ARG,
    formats: str = typer.Option("xlsx,html,json", "--format", help=t("cycle.prog.opt.format")),
    workspace: Path | None = WS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Each programme's reports and roadmap."""
    from accredit.cli.output import messages
    from accredit.service import programme_reports

    ws = open_workspace(workspace)
    now = dt.datetime.now().replace(microsecond=0)
    with user_errors():
        files = programme_reports(ws, now, formats, code, messages=messages())
    if as_json:
        print_json(files)
        return
    _say(t("cycle.prog.written"))
    for paths in files.values():
        for path in paths:
            _say(f"  {path}")


def _points(total: float, most: float) -> str:
    return f"{render(fmt_number(Decimal(str(total))))} / {render(fmt_number(Decimal(str(most))))}"


def print_overview(ov: Overview) -> None:
    """The overview table and the closest programmes."""
    table = Table(title=t("cycle.prog.overview_title", year=ov.year, today=_date(ov.today)))
    for key in ("code", "name", "criteria", "result", "points", "fix", "evidence", "expires"):
        table.add_column(t(f"cycle.prog.col.{key}"))
    for r in ov.programmes:
        result = styled((t("scoring.cli.pass"), "green")) if r.passed else styled((t("scoring.cli.fail"), "red"))
        expiry = _date(r.expires)
        if r.expires is not None:
            expiry += " " + (t("cycle.prog.accredited") if r.accredited else t("cycle.prog.expired"))
        table.add_row(r.code, r.name, framework_short_name(r.criteria), result,
                      _points(r.total, r.max), ", ".join(r.to_fix) or "—",
                      f"{r.evidence} ({r.shared_evidence})", expiry)
    console.print(table)
    if ov.closest:
        _say(t("cycle.prog.closest", codes=", ".join(ov.closest)))


@app.command("overview")
def overview_cmd(today: str | None = TODAY_OPT, workspace: Path | None = WS_OPT, as_json: bool = JSON_OPT) -> None:
    """School overview: accredited programmes, expiry, closest to passing."""
    ws = open_workspace(workspace)
    day = parse_today(today)
    from accredit.service import programmes_overview

    with user_errors():
        ov = programmes_overview(ws, day)
    if as_json:
        print_json(ov)
        return
    if not ov.programmes:
        _say(t("cycle.prog.none"))
        return
    print_overview(ov)
