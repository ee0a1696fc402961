"""``accredit criteria``: list, show, validate, diff, schema, lock (and import)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table
from rich.tree import Tree

from accredit import service
from accredit.cli.output import ExitCode, console, fail, styled, user_errors
from accredit.cli.result import print_result
from accredit.i18n import t
from accredit.model.framework import EvidenceWindow, Framework, ObjectType

app = typer.Typer(help=t("criteria.help"), no_args_is_help=True)

JSON_OPT = typer.Option(False, "--json", help=t("app.json"))


def window_text(window: EvidenceWindow) -> str:
    """A short localised description of an evidence window."""
    if window.mode == "at_evaluation":
        return t("criteria.window.at_evaluation")
    if window.by_object:
        return ", ".join(f"{o.value}: {t('criteria.window.years', years=n)}" for o, n in window.by_object.items())
    return t("criteria.window.years", years=window.years)


@app.command("list")
def list_cmd(as_json: bool = JSON_OPT) -> None:
    """List the criteria sets: id, regulation, object, status, effective date, counts."""
    rows = service.criteria_list()
    if as_json:
        print_result(rows)
        return
    table = Table(title=t("criteria.list.title"))
    table.add_column(t("criteria.col.id"), no_wrap=True, style="bold")
    table.add_column(t("criteria.col.regulation"))
    table.add_column(t("criteria.col.status"))
    table.add_column(t("criteria.col.effective"), no_wrap=True)
    table.add_column(t("criteria.col.counts"), justify="right")
    table.add_column(t("criteria.col.max"), justify="right")
    for s in rows:
        table.add_row(
            s.id,
            s.regulation,
            t(f"criteria.status.{s.status.value}")
            + (f" → {s.superseded_by}" if s.superseded_by else "")
            + (f"; {t('criteria.newer_version', id=s.newer_version)}" if s.newer_version else ""),
            s.effective.strftime("%d/%m/%Y") + ("" if s.effective_verified else f" ({t('criteria.date_unverified')})"),
            f"{s.criteria} / {s.requirements}",
            "" if s.max_points is None else f"{s.max_points.normalize():f}",
        )
    console.print(table)


def _tree(fw: Framework) -> Tree:
    tree = Tree(styled((fw.id, "bold"), f" — {fw.title} ({fw.regulation.number})"))
    for crit in fw.criteria:
        pts = f" [{crit.max_points:g}]" if crit.max_points is not None else ""
        branch = tree.add(styled((crit.code, "bold"), f" {crit.label} – {crit.title}{pts}"))
        for req in crit.requirements:
            flag = f" ({t('criteria.unverified')})" if req.text_status != "official" else ""
            pts = f" [{req.points:g}]" if req.points is not None else ""
            branch.add(styled((req.code, "cyan"), f" {req.text}{pts}", (flag, "yellow")))
    tree.add(styled((t("criteria.decision"), "bold"), f" ({fw.decision.article}): {fw.decision.text}"))
    return tree


@app.command("show")
def show_cmd(
    framework_id: str = typer.Argument(..., metavar="ID"),
    code: str | None = typer.Option(None, "--code", help=t("cli.opt.code")),
    as_json: bool = JSON_OPT,
) -> None:
    """Show a criteria set as a tree, or one requirement with its wording and source article."""
    with user_errors():
        fw = service.criteria_get(framework_id)
    try:
        view = service.criteria_show(framework_id, code)
    except KeyError:
        fail(t("criteria.code_not_found", id=fw.id, code=code))
    if as_json:
        print_result(view)
        return
    if code is None:
        console.print(_tree(fw))
        return
    if "requirement" not in view:
        crit = fw.criterion(code)
        console.print(_tree(fw.model_copy(update={"criteria": [crit]})))
        return
    req = fw.requirement(code)
    table = Table(show_header=False, title=f"{fw.id} · {req.code}")
    table.add_row(t("criteria.col.label"), req.label + (f" ({req.item})" if req.item else ""))
    table.add_row(t("criteria.col.text"), req.text)
    table.add_row(t("criteria.col.article"), req.article)
    if req.points is not None:
        table.add_row(t("criteria.col.points"), f"{req.points:g}")
    table.add_row(t("criteria.col.window"), window_text(fw.window_of(req)))
    if req.text_status != "official":
        table.add_row("", t("criteria.unverified"))
    console.print(table)


@app.command("validate")
def validate_cmd(
    paths: list[Path] = typer.Argument(None, help=t("cli.opt.criteria_paths")),
    as_json: bool = JSON_OPT,
) -> None:
    """Check criteria files: schema, codes, points, rules, windows, crosswalks, published lock."""
    report = service.criteria_validate(paths or None)
    if as_json:
        print_result(report)
    else:
        for f in report.files:
            mark = styled(("✓", "green")) if f.valid else styled(("✗", "red"))
            console.print(mark, f"{f.path}" + (f" ({f.framework})" if f.framework else ""), highlight=False)
            for e in f.errors:
                console.print(f"    {e}", style="red", highlight=False)
            for w in f.warnings:
                console.print(f"    {w}", style="yellow", highlight=False)
        if report.valid:
            console.print(t("criteria.validate.ok", count=len(report.files)))
        else:
            console.print(t("criteria.validate.failed", errors=report.error_count,
                            files=sum(1 for f in report.files if not f.valid)), style="red")
    if not report.valid:
        raise typer.Exit(int(ExitCode.FAILED))


@app.command("diff")
def diff_cmd(
    old_id: str = typer.Argument(..., metavar="A"),
    new_id: str = typer.Argument(..., metavar="B"),
    as_json: bool = JSON_OPT,
) -> None:
    """Compare two criteria sets: added, removed, changed requirements and pass-rule changes."""
    with user_errors():
        report = service.criteria_diff(old_id, new_id)
    if as_json:
        print_result(report)
        return
    console.print(t("criteria.diff.title", a=report.old, b=report.new), style="bold")
    if report.empty:
        console.print(t("criteria.diff.same"))
        return
    table = Table()
    table.add_column(t("criteria.col.change"))
    table.add_column("A")
    table.add_column("B")
    table.add_column(t("criteria.col.text"))
    for c in report.requirements:
        text = c.new_text or c.old_text or ""
        detail = ", ".join(c.fields) if c.change == "changed" else text[:90]
        table.add_row(t(f"criteria.diff.{c.change}"), ", ".join(c.old), ", ".join(c.new), detail)
    console.print(table)
    if report.rules:
        console.print(t("criteria.diff.rules"), style="bold")
        for r in report.rules:
            console.print(f"  {t(f'criteria.diff.{r.change}')}: {r.rule}", highlight=False)


@app.command("schema")
def schema_cmd(
    kind: str = typer.Option("framework", "--kind", help=t("cli.opt.schema_kind")),
    out: Path | None = typer.Option(None, "--out", help=t("cli.opt.schema_out")),
) -> None:
    """Export the JSON Schema of criteria files so editors can validate them."""
    if kind not in ("framework", "crosswalk"):
        raise typer.BadParameter("framework | crosswalk", param_hint="--kind")
    schema = service.criteria_schema(kind, out)
    if out is None:
        print_result(schema)


@app.command("lock")
def lock_cmd(as_json: bool = JSON_OPT) -> None:
    """Record the content hash of newly published criteria sets in published.lock.yaml."""
    lock = service.criteria_lock()
    if as_json:
        print_result(lock)
        return
    for fid, digest in lock.items():
        console.print(f"{fid}  {digest}", highlight=False)


@app.command("import", help=t("importer.cli.help"))
def import_cmd(
    file: Path = typer.Argument(..., metavar="FILE", help=t("importer.cli.file")),
    framework_id: str = typer.Option(..., "--id", help=t("importer.cli.id")),
    out: Path | None = typer.Option(None, "--out", help=t("importer.cli.out")),
    force: bool = typer.Option(False, "--force", help=t("importer.cli.force")),
    title: str | None = typer.Option(None, "--title", help=t("importer.cli.title")),
    objects: list[str] | None = typer.Option(None, "--object", help=t("importer.cli.object")),
    as_json: bool = JSON_OPT,
) -> None:
    """Import a DRAFT criteria set from a circular's own text (.docx, text-layer .pdf, .txt, .md)."""
    choices = [o.value for o in ObjectType]
    bad = [o for o in objects or [] if o not in choices]
    if bad:
        fail(t("importer.cli.bad_object", value=bad[0], choices=", ".join(choices)), ExitCode.USAGE)
    applies_to = [ObjectType(o) for o in objects] if objects else None
    with user_errors():
        try:
            imported = service.criteria_import(file, framework_id, out=out, force=force, title=title,
                                               objects=applies_to)
        except service.CriteriaExists as exc:
            fail(str(exc))
    result, target = imported.result, imported.path
    if as_json:
        print_result(result)
        return
    console.print(t("criteria.import.written", path=target, criteria=result.criteria_count,
                    requirements=result.requirements_count), highlight=False)
    if result.warnings:
        console.print(t("importer.cli.warnings", count=len(result.warnings)), style="yellow", highlight=False)
        for w in result.warnings:
            console.print(f"  {w.message}", style="yellow", markup=False, highlight=False)
    console.print(t("importer.cli.next", path=target), highlight=False)
