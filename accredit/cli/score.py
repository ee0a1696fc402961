"""``accredit score``: the scorecard of each framework (per criterion, rules, decision, blockers, minimal fix)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from accredit import service
from accredit.catalog.registry import framework_name
from accredit.cli.output import ExitCode, console, render, styled, user_errors
from accredit.cli.ratings import FW_OPT, JSON_OPT, LINKS_OPT, WS_OPT, open_workspace
from accredit.cli.result import print_notes, print_result
from accredit.i18n import t
from accredit.model.assessment import STATUS_LABELS, Status
from accredit.model.scorecard import Scorecard
from accredit.scoring.text import fmt_number, fmt_share

RATINGS_OPT = typer.Option(None, "--ratings", help=t("scoring.cli.opt_ratings"))
ALL_OPT = typer.Option(False, "--all", help=t("scoring.cli.opt_all"))
STYLE = {Status.MET: "green", Status.NOT_MET: "red", Status.NOT_EVALUATED: "yellow", Status.NOT_APPLICABLE: "dim"}


def _yes(passed: bool) -> Text:
    return styled((t("scoring.cli.pass"), "green")) if passed else styled((t("scoring.cli.fail"), "red"))


def print_scorecard(card: Scorecard, show_all: bool = False) -> None:
    """The scorecard as tables: criteria, rules, requirements to look at, blockers, minimal fix."""
    console.rule(Text(f"{framework_name(card.framework)}, {card.year}"))
    console.print(render(card.decision), style="bold green" if card.passed else "bold red", markup=False)
    crit = Table(title=t("scoring.cli.criteria_title"))
    for key in ("code", "criterion", "points", "max", "share", "met"):
        crit.add_column(t(f"scoring.cli.col.{key}"))
    for c in card.criteria:
        crit.add_row(
            c.code,
            f"{c.label}. {c.title}",
            render(fmt_number(c.points)),
            render(fmt_number(c.max)),
            render(fmt_share(c.share)),
            f"{c.met}/{c.requirements}",
        )
    crit.add_row("", t("scoring.cli.total"), render(fmt_number(card.total)), render(fmt_number(card.max)), "", "")
    console.print(crit)
    rules = Table(title=t("scoring.cli.rules_title"))
    for key in ("rule", "result", "detail"):
        rules.add_column(t(f"scoring.cli.col.{key}"))
    for o in card.rules:
        rules.add_row(t(f"scoring.cli.rule.{o.rule}"), _yes(o.passed), render(o.detail))
    console.print(rules)
    shown = [r for r in card.requirements if show_all or r.status != Status.MET or r.flags]
    if shown:
        reqs = Table(title=t("scoring.cli.requirements_title" if show_all else "scoring.cli.requirements_open"))
        for key in ("code", "status", "points", "reason", "flags"):
            reqs.add_column(t(f"scoring.cli.col.{key}"))
        for r in shown:
            reqs.add_row(
                r.code,
                styled((STATUS_LABELS[r.status], STYLE[r.status])),
                render(fmt_number(r.points)),
                render(r.reason),
                ", ".join(t(f"scoring.cli.flag.{f.value}") for f in r.flags),
            )
        console.print(reqs)
    if card.blockers:
        console.print(t("scoring.cli.blockers"), style="bold")
        for b in card.blockers:
            console.print(f"  • {render(b.message)}", markup=False)
    console.print(t("scoring.cli.minimal_fix"), style="bold")
    console.print("  " + render(card.fix_plan.explanation), markup=False)
    if card.fix_plan.items:
        fix = Table()
        for key in ("code", "criterion", "points", "effort", "action"):
            fix.add_column(t(f"scoring.cli.col.{key}"))
        for i in card.fix_plan.items:
            fix.add_row(
                i.code, i.criterion, render(fmt_number(i.points)), str(i.effort), render(i.action)
            )
        console.print(fix)


def score_cmd(
    workspace: Path | None = WS_OPT,
    framework: str | None = FW_OPT,
    ratings: Path | None = RATINGS_OPT,
    links_file: Path | None = LINKS_OPT,
    show_all: bool = ALL_OPT,
    as_json: bool = JSON_OPT,
) -> None:
    """Score the self-assessment: per criterion, each rule, the decision, blockers and the minimal fix.

    --json prints the result: the scorecards (one per workspace framework, or the one --framework or
    --ratings names) and the notes on missing inputs. Exit code 1 when a framework does not pass.
    """
    ws = open_workspace(workspace)
    with user_errors():
        run = service.score(ws, framework, ratings=ratings, links_file=links_file)
    print_notes(run.notes)  # on standard error, also with --json (where they are in the result too)
    if as_json:
        print_result(run)
    else:
        for card in run.scorecards:
            print_scorecard(card, show_all)
    if not run.passed:
        raise typer.Exit(int(ExitCode.FAILED))
