"""``accredit roadmap``: plan year by year toward a target framework; ``--import`` re-checks an edited workbook."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from accredit import service
from accredit.catalog.registry import framework_name, framework_short_name
from accredit.cli.output import ExitCode, console, err_console, fail, render, styled, user_errors
from accredit.cli.ratings import JSON_OPT, LINKS_OPT, WS_OPT, open_workspace
from accredit.cli.result import messages, print_notes, print_result
from accredit.i18n import t
from accredit.model.roadmap import Action, Capacity, ImportReport, Roadmap
from accredit.scoring.text import fmt_number

TARGET_OPT = typer.Option(None, "--target", help=t("roadmap.cli.opt_target"))
START_OPT = typer.Option(None, "--start", help=t("roadmap.cli.opt_start"))
HORIZON_OPT = typer.Option(5, "--horizon", min=1, max=30, help=t("roadmap.cli.opt_horizon"))
MAX_OPT = typer.Option(None, "--max-actions", min=1, help=t("roadmap.cli.opt_max_actions"))
BUDGET_OPT = typer.Option(None, "--budget", help=t("roadmap.cli.opt_budget"))
UNIT_OPT = typer.Option("1", "--unit-cost", help=t("roadmap.cli.opt_unit_cost"))
GATE_OPT = typer.Option(None, "--gate-year", help=t("roadmap.cli.opt_gate_year"))
OUT_OPT = typer.Option(None, "--out", help=t("roadmap.cli.opt_out"))
IMPORT_OPT = typer.Option(None, "--import", help=t("roadmap.cli.opt_import"))


def _decimal(text: str | None, option: str) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        fail(t("roadmap.cli.bad_number", option=option, value=text), ExitCode.USAGE)
    if value < 0:
        fail(t("roadmap.cli.bad_number", option=option, value=text), ExitCode.USAGE)
    return value


def _gate_years(values: list[str] | None) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values or []:
        fid, sep, year = v.partition("=")
        if not sep or not year.strip().isdigit():
            fail(t("roadmap.cli.bad_gate_year", value=v), ExitCode.USAGE)
        out[fid.strip()] = int(year.strip())
    return out


def _priority(action: Action) -> str:
    key = "external" if action.kind == "external" else action.priority
    return t(f"roadmap.cli.priority.{key}") + (f" ({t('roadmap.cli.priority.gate')})" if action.gate else "")


def _yes(passed: bool) -> Text:
    return styled((t("roadmap.cli.pass"), "green")) if passed else styled((t("roadmap.cli.fail"), "red"))


def active_text(actions: list[Action]) -> str:
    """The actions under way in a year, by framework as a person names them: 'TT 35/2021: 1.3, 4.5'
    (an external milestone, such as an accreditation decision, by its framework alone)."""
    codes: dict[str, list[str]] = {}
    for a in actions:
        codes.setdefault(framework_short_name(a.framework), []).extend(a.requirements)
    return "; ".join(f"{name}: {', '.join(c)}" if c else f"{name} ({t('roadmap.cli.milestone')})"
                     for name, c in codes.items())


def print_roadmap(roadmap: Roadmap) -> None:
    """The roadmap as tables: year by year, the actions, and the reasons."""
    console.rule(Text(f"{framework_name(roadmap.target)}: {roadmap.years[0]}–{roadmap.years[-1]}"))
    if roadmap.earliest_year is not None:
        console.print(t("roadmap.cli.earliest", year=roadmap.earliest_year), style="bold green", markup=False)
    else:
        console.print(t("roadmap.cli.infeasible"), style="bold red", markup=False)
    years = Table(title=t("roadmap.cli.years_title"), show_lines=True)
    for key in ("year", "active", "newly_met", "total", "rules", "result", "cost", "notes"):
        years.add_column(t(f"roadmap.cli.col.{key}"), no_wrap=key in ("year", "total", "rules"))
    for m in roadmap.milestones:
        p = roadmap.projection(m.year)
        assert p is not None
        notes = [*map(render, m.notes), *(f"{framework_short_name(g)} ✓" for g in m.gates_passed),
                 *(render(s.text) for s in m.indicators)]
        late = roadmap.deadline_year is not None and m.year > roadmap.deadline_year
        year = styled((str(m.year), "dim" if late else "bold" if m.year == roadmap.earliest_year else ""))
        years.add_row(
            year,
            active_text([a for a in roadmap.actions if a.active_in(m.year)]),
            ", ".join(m.newly_met),
            f"{render(fmt_number(p.total))}/{render(fmt_number(p.max))}",
            f"{p.rules_passed}/{len(p.rules)}",
            _yes(p.passed),
            render(fmt_number(m.cost)),
            "\n".join(notes),
        )
    console.print(years)
    if roadmap.actions:
        acts = Table(title=t("roadmap.cli.actions_title"), show_lines=True)
        for key in ("id", "period", "priority", "owner", "title"):
            acts.add_column(
                t(f"roadmap.cli.col.{key}"), no_wrap=key in ("id", "period"), ratio=3 if key == "title" else None
            )
        for a in roadmap.actions:
            period = str(a.start_year) if a.start_year == a.end_year else f"{a.start_year}–{a.end_year}"
            detail = Text(render(a.title))
            detail.append(f"\n{render(a.why_this_year)}\n{render(a.unlocks)}", style="dim")
            label = Text(", ".join(a.requirements) or a.criterion or "—")
            label.append(f"\n{framework_short_name(a.framework)}", style="dim")  # never the internal 'TT35-2.5'
            acts.add_row(label, period, _priority(a), render(a.owner), detail)
        console.print(acts)
    console.print(t("roadmap.cli.explanation"), style="bold")
    for line in roadmap.explanation:
        console.print(f"  • {render(line)}", markup=False, highlight=False)
    for u in roadmap.unscheduled:
        console.print(
            "  " + t("roadmap.cli.unscheduled", framework=framework_short_name(u.framework), code=u.code,
                     reason=render(u.reason)),
            style="yellow",
            markup=False,
        )


def print_import(report: ImportReport) -> None:
    """The re-check of an edited workbook: changes, problems (sheet, row), and the year it still reaches."""
    console.rule(t("roadmap.cli.import_title", path=report.source or ""))
    if report.changes:
        table = Table(title=t("roadmap.cli.changes_title"))
        for key in ("row", "id", "field", "old", "new"):
            table.add_column(t(f"roadmap.cli.col.{key}"))
        for c in report.changes:
            table.add_row(str(c.row), c.action, t(f"roadmap.cli.field.{c.field}"), render(c.old), render(c.new))
        console.print(table)
    else:
        console.print(t("roadmap.cli.no_changes"))
    for p in report.problems:
        style = "red" if p.blocking else "yellow"
        console.print(f"  • {render(p.message)}", style=style, markup=False, highlight=False)
    if report.feasible:
        console.print(t("roadmap.cli.import_ok", year=report.planned_year), style="bold green", markup=False)
    elif report.planned_year is None:
        console.print(t("roadmap.cli.import_no_target"), style="bold red", markup=False)
    else:
        after = report.year_after if report.year_after is not None else "—"
        console.print(
            t("roadmap.cli.import_failed", year=report.planned_year or "—", after=after), style="bold red", markup=False
        )


def roadmap_cmd(
    target: str | None = TARGET_OPT,
    start: int | None = START_OPT,
    horizon: int = HORIZON_OPT,
    max_actions: int | None = MAX_OPT,
    budget: str | None = BUDGET_OPT,
    unit_cost: str = UNIT_OPT,
    gate_year: list[str] | None = GATE_OPT,
    out: Path | None = OUT_OPT,
    import_file: Path | None = IMPORT_OPT,
    links_file: Path | None = LINKS_OPT,
    workspace: Path | None = WS_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Plan, year by year, the work that turns the current scorecard into a passing one.

    Writes the workbook (Gantt, milestones, projected points) and the chart (SVG, PNG) to --out
    (default: the workspace's output folder). With --import FILE, reads an edited workbook back
    and reports every edit that makes the target year infeasible. Exit code 1 when the target
    cannot be reached (or an edit breaks it).
    """
    if import_file is not None:
        with user_errors():
            report = service.import_roadmap(import_file)
        if as_json:
            print_result(report)
        else:
            print_import(report)
        if not report.feasible:
            raise typer.Exit(int(ExitCode.FAILED))
        return
    capacity = Capacity(
        max_actions_per_year=max_actions,
        budget_per_year=_decimal(budget, "--budget"),
        unit_cost=_decimal(unit_cost, "--unit-cost") or Decimal(1),
    )
    gates = _gate_years(gate_year)
    ws = open_workspace(workspace)
    with user_errors():
        result = service.roadmap(ws, target, start=start, horizon=horizon, capacity=capacity,
                                 gate_years=gates or None, links_file=links_file, out=out,
                                 messages=messages())
    roadmap, files = result.roadmap, result.files
    print_notes(result.notes, "roadmap.cli.note")
    if as_json:
        print_result(result)
    else:
        print_roadmap(roadmap)
    if files is not None:
        written = t("roadmap.cli.written", xlsx=files.workbook, svg=files.svg, png=files.png)
        (err_console if as_json else console).print(written, markup=False, highlight=False, soft_wrap=True)
        if files.kept is not None:
            (err_console if as_json else console).print(
                t("roadmap.cli.kept", path=files.kept), style="yellow", markup=False, highlight=False, soft_wrap=True
            )
    if not roadmap.feasible:
        raise typer.Exit(int(ExitCode.FAILED))
