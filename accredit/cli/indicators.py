"""``accredit indicators``: every indicator computed from the data workbook, with its formula trace."""

from __future__ import annotations

from pathlib import Path

from rich.table import Table

from accredit import service
from accredit.catalog.registry import framework_name
from accredit.cli.output import console, render, styled, user_errors
from accredit.cli.ratings import FW_OPT, JSON_OPT, WS_OPT, open_workspace
from accredit.cli.result import print_result
from accredit.i18n import t
from accredit.model.indicator import IndicatorReport, IndicatorResult, IndicatorStatus
from accredit.scoring.text import COMPARATOR_SYMBOLS, fmt_number, fmt_quantity

STYLE = {
    IndicatorStatus.MET: "green",
    IndicatorStatus.NOT_MET: "red",
    IndicatorStatus.INVALID: "magenta",
    IndicatorStatus.MISSING: "yellow",
}


def trace_text(r: IndicatorResult) -> str:
    """'t_nh / chi_tieu × 100 = 900 / 1500 × 100' (or the per-programme values)."""
    den = r.denominator_expression
    if den and any(op in den for op in "+-*/"):
        den = f"({den})"
    num = r.numerator_expression
    if den and any(op in num for op in "+-"):
        num = f"({num})"
    expr = num + (f" / {den}" if den else "")
    if r.multiplier != 1:
        expr += f" × {render(fmt_number(r.multiplier))}"
    if r.programmes:
        parts = [f"{p.programme}: {render(fmt_quantity(p.value, r.unit))}" for p in r.programmes]
        return expr + "\n" + "\n".join(parts)
    if r.numerator is None:
        return expr
    nums = render(fmt_number(r.numerator))
    if r.denominator is not None:
        nums += f" / {render(fmt_number(r.denominator))}"
    return f"{expr}\n= {nums}"


def print_report(report: IndicatorReport) -> None:
    """One table per framework: value, requirement, result, trace and problems."""
    title = t("scoring.cli.indicators_title", id=framework_name(report.framework), year=report.year)
    table = Table(title=title, show_lines=True)
    for key in ("code", "year", "value", "required", "result", "trace", "notes"):
        table.add_column(t(f"scoring.cli.col.{key}"))
    for r in report.results:
        notes = [s.label + ": " + render(s.detail) for s in r.survey] + [render(p) for p in r.problems]
        table.add_row(
            r.requirement,
            str(r.year),
            render(fmt_quantity(r.value, r.unit)) if r.value is not None else "—",
            f"{COMPARATOR_SYMBOLS[r.comparator]} {render(fmt_quantity(r.threshold, r.unit))}",
            styled((t("scoring.cli.ind_status." + r.status.value), STYLE[r.status])),
            trace_text(r),
            "\n".join(dict.fromkeys(notes)),
        )
    console.print(table)
    if report.source:
        console.print(t("scoring.cli.source", path=report.source), style="dim")


def indicators_cmd(workspace: Path | None = WS_OPT, framework: str | None = FW_OPT, as_json: bool = JSON_OPT) -> None:
    """Compute every indicator from the data workbook, with its formula trace."""
    ws = open_workspace(workspace)
    with user_errors():
        result = service.indicators(ws, framework)
    reports = result.reports
    if as_json:
        print_result(result)
        return
    if not reports:
        console.print(t("scoring.cli.no_indicators"))
        return
    for report in reports:
        print_report(report)
