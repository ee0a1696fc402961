"""``accredit status``: what is due next in the workspace's cycle (TT 38, TT 28, certificates)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import typer
from rich.table import Table

from accredit import json_text
from accredit.catalog.registry import framework_name
from accredit.cli.output import console, fail, print_json, styled
from accredit.cli.ratings import JSON_OPT, WS_OPT, open_workspace
from accredit.i18n import language, t
from accredit.i18n.message import Messages
from accredit.service.annual import CycleStatus
from accredit.workspace import Workspace

STATE_STYLE = {"past": "dim", "next": "bold yellow", "upcoming": "", "undated": "dim"}


def parse_today(value: str | None) -> dt.date:
    """``--today`` as a date (default: the system clock, read only here at the edge)."""
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        fail(t("cycle.err.today", value=value))


def workspace_status(ws: Workspace, today: dt.date) -> CycleStatus:
    """The cycle status of ``ws`` on ``today`` (school and programmes)."""
    from accredit.service.annual import cycle_status as status_of

    return status_of(ws, today)


def _date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d is not None else "—"


def print_status(status: CycleStatus, school: str, msgs: Messages) -> None:
    """The calendar table, the next step and the advice."""
    table = Table(title=msgs("cycle.status.title", school=school, year=status.year, today=_date(status.today)),
                  show_lines=False)
    for key in ("date", "what", "basis", "state"):
        table.add_column(msgs(f"cycle.col.{key}"))
    for d in status.deadlines:
        basis = d.article + ("" if d.verified else msgs("cycle.unverified"))
        table.add_row(_date(d.date), msgs(d.title), basis,
                      styled((msgs(f"cycle.state.{d.state}"), STATE_STYLE[d.state] or "default")))
    console.print(table)
    if status.next is not None:
        console.print(msgs("cycle.status.next", title=msgs(status.next.title), date=_date(status.next.date),
                           days=status.next.days or 0), markup=False, highlight=False)
    else:
        console.print(msgs("cycle.status.none_next", year=status.year), markup=False, highlight=False)
    for advice in status.advice:
        console.print(msgs(advice), style="yellow", markup=False, highlight=False)
    for c in status.carried:
        name = framework_name(c.framework) + (f" — {c.programme}" if c.programme else "")
        console.print(msgs("cycle.carried.open", name=name, count=len(c.codes), codes=", ".join(c.codes),
                           year=status.year - 1), style="yellow", markup=False, highlight=False)
    if any(not d.verified for d in status.deadlines):
        console.print(msgs("cycle.footnote"), style="dim", markup=False, highlight=False)


def status_cmd(
    workspace: Path | None = WS_OPT,
    today: str | None = typer.Option(None, "--today", metavar="YYYY-MM-DD", help=t("cycle.opt.today")),
    as_json: bool = JSON_OPT,
) -> None:
    """What is due next in the self-assessment cycle."""
    ws = open_workspace(workspace)
    status = workspace_status(ws, parse_today(today))
    msgs = Messages(language())
    if as_json:
        data = status.model_dump(mode="json", context=msgs.context)
        sys.stdout.buffer.write(json_text.dumps(data).encode("utf-8") + b"\n")
        return
    print_status(status, ws.config.school.name, msgs)


__all__ = ["print_json", "status_cmd", "workspace_status"]
