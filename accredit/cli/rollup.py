"""``accredit rollup DIR``: every package of a folder in one province table (Excel and HTML)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer
from rich.table import Table
from rich.text import Text

from accredit import service
from accredit.catalog.registry import framework_name, framework_short_name
from accredit.cli.output import ExitCode, console, err_console, fail, user_errors
from accredit.cli.result import messages, print_result
from accredit.i18n import t
from accredit.model.review import RollupReport
from accredit.review.rollup_render import decision, fmt, signature_cell, status_text


def rollup_cmd(
    folder: Path = typer.Argument(..., metavar="DIR", help=t("review.arg.folder")),
    out: Path | None = typer.Option(None, "--out", "-o", help=t("review.opt.rollup_out")),
    target: str | None = typer.Option(None, "--target", help=t("review.opt.target")),
    trust: Path | None = typer.Option(None, "--trust", help=t("sign.opt.trust")),
    accept_unsigned: bool = typer.Option(False, "--accept-unsigned", help=t("sign.opt.accept_unsigned")),
    authority: str | None = typer.Option(None, "--so", help=t("review.opt.authority")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
    no_cache: bool = typer.Option(False, "--no-cache", help=t("review.opt.no_cache")),
) -> None:
    """Verify every package in DIR and write the province table (tong-hop-tinh.xlsx / .html)."""
    if not folder.is_dir():
        fail(t("review.rollup.no_folder", path=str(folder)))
    with user_errors():
        report = service.rollup(folder, on=date.today(), target=target, out=out, cache=not no_cache,
                                trust=service.trust_of(trust), accept_unsigned=accept_unsigned, authority=authority,
                                messages=messages())
    if as_json:
        print_result(report)
    else:
        _print(report)
    if report.failed:
        raise typer.Exit(int(ExitCode.FAILED))


def _print(report: RollupReport) -> None:
    m = messages()
    table = Table(title=t("review.out.title"))
    table.add_column(t("review.out.school"), overflow="fold")
    for fw in report.frameworks:
        table.add_column(framework_short_name(fw.id), justify="right")
    table.add_column(t("review.out.earliest"), justify="right")
    table.add_column(t("review.out.status"), overflow="fold")
    table.add_column(t("sign.out.signature"), overflow="fold")
    for s in report.schools:
        cells = []
        for fw in report.frameworks:
            res = s.result(fw.id)
            cells.append("—" if res is None else f"{fmt(m, res.total)}/{fmt(m, res.max)} {decision(m, res.passed)}")
        table.add_row(Text(s.school.name), *cells, str(s.earliest_year or "—"), status_text(m, s), signature_cell(m, s))
    console.print(table)
    if report.closest:
        near = Table(title=t("review.out.closest", target=framework_name(report.target)))
        for col in ("rank", "school", "total", "fix", "gates"):
            near.add_column(t(f"review.out.{col}"), overflow="fold")
        for c in report.closest[:10]:
            near.add_row(str(c.rank), c.school, f"{fmt(m, c.total)}/{fmt(m, c.max)}",
                         f"{c.fix_count}: {', '.join(c.fix)}", ", ".join(c.gates_blocking))
        console.print(near)
    for old in report.superseded:
        created = old.created.strftime("%d/%m/%Y %H:%M") if old.created is not None else "—"
        console.print(t("review.rollup.superseded_line", package=old.package, school=old.school,
                        created=created, replaced_by=old.replaced_by),
                      markup=False, highlight=False)
    for row in report.schools:
        for note in row.notes:
            err_console.print(f"{row.package}: {note}", style="yellow", markup=False, highlight=False)
    for f in report.failed:
        err_console.print(t("review.rollup.failed_line", package=f.package), style="red", markup=False,
                          highlight=False)
        for r in f.reasons:
            err_console.print(f"  • {r}", style="red", markup=False, highlight=False)
    for path in report.outputs:
        console.print(t("review.rollup.written", path=path), markup=False, highlight=False)
