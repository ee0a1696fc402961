"""``accredit year``: the annual cycle — start the next year, confirm carried ratings, compare the years."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import typer
from rich.table import Table

from accredit.catalog.registry import framework_name
from accredit.cli.output import ExitCode, console, err_console, print_json, render, styled, user_errors
from accredit.cli.ratings import FW_OPT, JSON_OPT, WS_OPT, open_workspace
from accredit.cli.result import print_notes
from accredit.i18n import t
from accredit.scoring.text import fmt_number
from accredit.service import annual as service

app = typer.Typer(help=t("cycle.help.year"), no_args_is_help=True)
PROG_OPT = typer.Option(None, "--programme", help=t("cycle.year.opt.programme"))
HISTORY_NAME = "so-sanh-cac-nam.xlsx"  # in the output folder


def _say(text: str, style: str | None = None) -> None:
    console.print(text, style=style, markup=False, highlight=False)


def _name(framework: str, programme: str | None) -> str:
    return framework_name(framework) + (f" — {programme}" if programme else "")


@app.command("start")
def start_cmd(
    year: int = typer.Argument(..., min=2000, max=2100, metavar="YEAR", help=t("cycle.year.arg.year")),
    workspace: Path | None = WS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Open the next assessment year from the current one."""
    ws = open_workspace(workspace)
    with user_errors():
        result = service.year_start(ws, year)
    if as_json:
        print_json(result)
        return
    _say(t("cycle.year.started", frm=result.from_year, to=result.to_year), "bold")
    for c in result.carried:
        _say(t("cycle.year.carried", name=_name(c.framework, c.programme), count=c.carried, path=c.workbook))
    for path in result.read_only:
        _say(t("cycle.year.read_only", year=result.from_year, path=path), "dim")
    for path in result.data:
        _say(t("cycle.year.data", year=result.to_year, path=path), "dim")
    if result.outside_window:
        _say(t("cycle.year.outside", count=len(result.outside_window), year=result.to_year), "yellow")
        for o in result.outside_window[:20]:
            _say(t("cycle.year.outside_row", path=o.path, issued=o.issued, framework=framework_name(o.framework),
                   code=o.requirement, window=f"{o.window[0]}–{o.window[-1]}"))
    if ws.config.assessment.target:
        key = "cycle.year.roadmap" if result.earliest_year else "cycle.year.roadmap_none"
        _say(t(key, year=result.to_year, earliest=result.earliest_year))
    print_notes(result.notes, key=None)


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


@app.command("confirm")
def confirm_cmd(
    codes: list[str] | None = typer.Argument(None, metavar="[CODE...]", help=t("cycle.year.arg.codes")),
    framework: str | None = FW_OPT,
    programme: str | None = PROG_OPT,
    yes: bool = typer.Option(False, "--yes", "-y", help=t("evidence.opt.yes")),
    workspace: Path | None = WS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Confirm last year's carried ratings (the assessor's decision)."""
    ws = open_workspace(workspace)
    if not yes:
        if not _interactive():
            err_console.print(t("cycle.year.need_yes"), style="yellow", markup=False, highlight=False)
            raise typer.Exit(int(ExitCode.USAGE))
        if not typer.confirm(t("cycle.year.ask"), default=False, err=True):
            return
    with user_errors():
        done = service.year_confirm(ws, codes or None, framework, programme)
    if as_json:
        print_json(done)
        return
    shown = [d for d in done if d.codes]
    if not shown:
        _say(t("cycle.year.confirm_none"))
    for d in shown:
        _say(t("cycle.year.confirmed", path=d.workbook, count=len(d.codes), codes=", ".join(d.codes)))


@app.command("show")
def show_cmd(workspace: Path | None = WS_OPT, as_json: bool = JSON_OPT) -> None:
    """The assessment years side by side."""
    ws = open_workspace(workspace)
    with user_errors():
        rows = service.year_history(ws)
        written = service.write_year_history(ws, rows, HISTORY_NAME)
    if as_json:
        print_json(rows)
        return
    for h in rows:
        table = Table(title=t("cycle.year.history_title", name=_name(h.framework, h.programme)))
        for key in ("year", "result", "points", "open", "carried"):
            table.add_column(t(f"cycle.year.col.{key}"))
        for c in h.years:
            result = styled((t("scoring.cli.pass"), "green")) if c.passed else styled((t("scoring.cli.fail"), "red"))
            points = f"{render(fmt_number(Decimal(str(c.total))))} / {render(fmt_number(Decimal(str(c.max))))}"
            table.add_row(str(c.year), result, points,
                          str(c.not_evaluated), str(c.carried))
        console.print(table)
    _say(t("cycle.prog.written") + f" {written}", "dim")
