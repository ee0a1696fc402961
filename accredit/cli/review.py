"""``accredit review PACKAGE``: verify a package, flag it, and keep the inspector's review."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from accredit import service
from accredit.cli.keys import ENV_INSPECTOR, read_passphrase
from accredit.cli.output import ExitCode, console, err_console, fail, render, user_errors
from accredit.cli.result import messages, print_notes, print_result
from accredit.i18n import t
from accredit.model.assessment import Status
from accredit.model.review import FrameworkComparison, LogSummary, ReviewReport, Role, SignatureState, Verification
from accredit.signing.trust import Trust

MAX_SHOWN = 40


def now() -> datetime:
    """The time written into the review log (UTC, whole seconds)."""
    return datetime.now(UTC).replace(microsecond=0)


def review_cmd(
    package: Path = typer.Argument(..., metavar="PACKAGE", help=t("review.arg.package")),
    workbook: Path | None = typer.Option(None, "--workbook", help=t("review.opt.workbook")),
    force: bool = typer.Option(False, "--force", help=t("review.opt.force")),
    import_: Path | None = typer.Option(None, "--import", help=t("review.opt.import")),
    reviewer: str | None = typer.Option(None, "--reviewer", help=t("review.opt.reviewer")),
    respondent: str | None = typer.Option(None, "--respondent", help=t("review.opt.respondent")),
    note: str | None = typer.Option(None, "--note", help=t("review.opt.note")),
    log: Path | None = typer.Option(None, "--log", help=t("review.opt.log")),
    extract: Path | None = typer.Option(None, "--extract", help=t("review.opt.extract")),
    trust: Path | None = typer.Option(None, "--trust", help=t("sign.opt.trust")),
    accept_unsigned: bool = typer.Option(False, "--accept-unsigned", help=t("sign.opt.accept_unsigned")),
    expect_sha256: str | None = typer.Option(None, "--expect-sha256", help=t("sign.opt.expect_sha256")),
    passphrase_file: Path | None = typer.Option(None, "--passphrase-file", help=t("sign.opt.inspector_passphrase")),
    minutes_dir: Path | None = typer.Option(None, "--bien-ban", help=t("review.opt.minutes")),
    authority: str | None = typer.Option(None, "--so", help=t("review.opt.authority")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
) -> None:
    """Verify a submission package, flag what to check, and record the inspector's review."""
    opts: dict[str, Any] = {"trust": trust_of(trust), "accept_unsigned": accept_unsigned,
                            "expect_sha256": expect_sha256}
    if import_ is not None:
        _import(package, import_, reviewer, respondent, note, log, as_json, passphrase_file, opts)
        return
    if reviewer or respondent:
        fail(t("review.cli.needs_import"), ExitCode.USAGE)
    if workbook is not None:
        with user_errors():
            result = service.review_workbook(package, workbook, log=log, overwrite=force, **opts)
        if as_json:
            print_result(result)
        else:
            console.print(t("review.cli.workbook_done", path=result.path, rows=result.rows), markup=False,
                          highlight=False)
            if result.signature is not None:
                console.print(f"{t('sign.cli.signature')}: {t(f'sign.state.{result.signature.state.value}')}",
                              markup=False, highlight=False)
            if result.log is not None:
                print_log(result.log)
        if result.log is not None and not result.log.intact:
            raise typer.Exit(int(ExitCode.FAILED))  # written from the entries before the first broken one only
        return
    if extract is not None:
        _extract(package, extract, as_json, opts)
        return
    with user_errors():
        report = service.review(package, log=log, **opts)
    if minutes_dir is not None:
        _minutes(package, report, log, minutes_dir, authority, opts["trust"])
    if as_json:
        print_result(report)
    else:
        print_report(report)
    if not report.verification.ok or not report.log.intact:
        raise typer.Exit(int(ExitCode.FAILED))


def trust_of(folder: Path | None) -> Trust:
    """The trust folder given, else the default one (``$ACCREDIT_TRUST``, the user-level ``tin-cay``)."""
    return service.trust_of(folder)


def _minutes(package: Path, report: ReviewReport, log: Path | None, folder: Path, authority: str | None,
             trust: Trust) -> None:
    """Write the biên bản thẩm định of each framework from the review and its log (notes on stderr)."""
    with user_errors():
        try:
            written = service.write_minutes(package, report, folder, on=date.today(), log=log, authority=authority,
                                            trust=trust, messages=messages())
        except service.PackageNotVerified as exc:  # no biên bản for a package that does not verify
            fail(str(exc), ExitCode.FAILED)
    for path in written.files:
        err_console.print(t("review.cli.minutes_written", path=path), markup=False, highlight=False)
    print_notes(written.notes, None)


def _import(package: Path, source: Path, reviewer: str | None, respondent: str | None, note: str | None,
            log: Path | None, as_json: bool, passphrase_file: Path | None, opts: dict[str, Any]) -> None:
    if bool(reviewer) == bool(respondent):
        fail(t("review.cli.who"), ExitCode.USAGE)
    role = Role.INSPECTOR if reviewer else Role.SCHOOL
    actor = reviewer or respondent or ""
    with user_errors():
        signer = service.inspector_signer(read_passphrase(passphrase_file, ENV_INSPECTOR))
        result = service.import_review(package, source, actor=actor, role=role, at=now(), log=log, note=note,
                                       signer=signer, **opts)
    if as_json:
        print_result(result)
        return
    e = result.entry
    console.print(t("review.cli.imported", kind=t(f"review.kind.{e.kind.value}"), cycle=e.cycle, seq=e.seq,
                    actor=e.actor, ratings=result.ratings, comments=result.comments, responses=result.responses),
                  markup=False, highlight=False)
    print_log(result.log)


def _extract(package: Path, dest: Path, as_json: bool, opts: dict[str, Any]) -> None:
    with user_errors():
        try:
            result = service.extract_package(package, dest, **opts)
        except service.FolderNotEmpty as exc:
            fail(str(exc), ExitCode.USAGE)
        except service.PackageNotVerified as exc:
            fail(str(exc), ExitCode.FAILED)
    print_notes(result.notes, None)
    if as_json:
        print_result(result)
        return
    console.print(t("review.cli.extracted", count=len(result.files), path=result.folder), markup=False,
                  highlight=False)


# --- printing ------------------------------------------------------------------------------------


def _status(status: Status | None) -> str:
    return t(f"review.status.{status.value}") if status is not None else "—"


def _num(value: object) -> str:
    return "—" if value is None else str(value)


def print_verification(v: Verification) -> None:
    """The package, its frameworks and the integrity outcome."""
    m = v.manifest
    head = Table(title=t("review.cli.title"), show_header=False)
    head.add_column()
    head.add_column(overflow="fold")
    head.add_row(t("review.package.path"), v.package)
    head.add_row("SHA-256", v.sha256)
    head.add_row(t("review.package.school"), f"{m.school.name} ({m.year})")
    head.add_row(t("review.cli.created"), f"{m.created.isoformat()} · accredit {m.tool.version}")
    for f in v.frameworks:
        head.add_row(f.id, t(f"review.version.{f.version.value}") + f" · {f.content_hash[:19]}…")
    sig = v.signature
    head.add_row(t("sign.cli.signature"), t(f"sign.state.{sig.state.value}"))
    head.add_row(t("review.cli.integrity"), verdict(v))
    console.print(head)
    console.print(f"• {sig.detail}", style=None if sig.state == SignatureState.REGISTERED else "red", markup=False,
                  highlight=False)
    for problem in sig.trust_problems:
        console.print(f"• {problem}", style="yellow", markup=False, highlight=False)
    for issue in v.issues:
        style = "red" if issue.severity == "error" else "yellow"
        console.print(f"• {issue.detail}", style=style, markup=False, highlight=False)
    if v.differences:
        table = Table(title=t("review.cli.differences", count=len(v.differences)))
        for col in ("framework", "field", "packaged", "recomputed"):
            table.add_column(t(f"review.col.{col}"), overflow="fold")
        for d in v.differences[:MAX_SHOWN]:
            table.add_row(d.framework, d.field, _num(d.packaged), _num(d.recomputed))
        console.print(table)


def verdict(v: Verification) -> str:
    """'OK' only for a verified package signed by a registered key; a weaker accepted state says so."""
    if not v.ok:
        return t("review.cli.not_ok")
    if v.signature.state == SignatureState.REGISTERED:
        return t("review.cli.ok")
    return t("sign.cli.accepted", state=t(f"sign.state.{v.signature.state.value}"))


def print_log(log: LogSummary) -> None:
    """The review log's state: entries, head hash, and every line that does not verify."""
    state = t("review.cli.log_intact") if log.intact else t("review.cli.log_broken")
    console.print(t("review.cli.log", path=log.path, entries=log.entries, cycle=log.cycle, state=state),
                  markup=False, highlight=False, style=None if log.intact else "red")
    console.print(t("sign.cli.log_head", head=log.head or "—", used=log.used, entries=log.entries), markup=False,
                  highlight=False)
    for p in log.problems:
        console.print(f"  {t('review.cli.line', line=p.line)}: {p.detail}", style="red", markup=False,
                      highlight=False)
    if not log.intact:
        console.print(t("sign.cli.log_not_used", used=log.used), style="red", markup=False, highlight=False)


def print_comparison(c: FrameworkComparison) -> None:
    """School and inspector side by side: points per criterion, totals, and the decision under each."""
    table = Table(title=f"{c.title} ({c.framework})")
    table.add_column(t("review.col.criterion"))
    table.add_column(t("review.col.school"), justify="right")
    table.add_column(t("review.col.inspector"), justify="right")
    reviewed = c.inspector_total is not None  # before any review the inspector's column stays empty

    def theirs(value: object) -> str:
        return f"{value}/{c.max}" if reviewed and value is not None else "—"

    for cc in c.criteria:
        table.add_row(cc.label, f"{cc.school}/{cc.max}", "—" if cc.inspector is None else f"{cc.inspector}/{cc.max}")
    table.add_row(t("review.out.total"), f"{c.school_total}/{c.max}", theirs(c.inspector_total), style="bold")
    table.add_row(
        t("review.out.decision"),
        t("review.out.passed") if c.school_passed else t("review.out.failed"),
        (t("review.out.passed") if c.inspector_passed else t("review.out.failed")) if reviewed
        else t("review.out.not_reviewed"),
        style="bold",
    )
    console.print(table)
    console.print(f"{t('review.col.school')}: {render(c.school_decision)}", markup=False, highlight=False)
    if c.inspector_decision is not None:
        console.print(f"{t('review.col.inspector')}: {render(c.inspector_decision)}", markup=False, highlight=False)
    console.print(t("review.cli.reviewed", reviewed=c.reviewed, total=len(c.requirements),
                    disagreements=c.disagreements), markup=False, highlight=False)
    if c.contradicts_data:
        console.print(t("review.cli.contradicts_data", count=c.contradicts_data), markup=False, highlight=False,
                      style="yellow")
    rows = [r for r in c.requirements if r.inspector_rating is not None or r.comment or r.response
            or (r.inspector_status is not None and r.school_status != r.inspector_status)]
    if rows:
        detail = Table(title=t("review.cli.detail"))
        for col in ("code", "school", "inspector", "comment", "response"):
            detail.add_column(t(f"review.col.{col}"), overflow="fold")
        scored = c.unit == "points"
        for r in rows:
            school = _status(r.school_status) + (f" ({_num(r.school_points)})" if scored else "")
            inspector = _status(r.inspector_status) + (f" ({_num(r.inspector_points)})" if scored else "")
            if r.contradicts_data:
                inspector = t("review.cli.rating_vs_data", rating=_status(r.inspector_rating), result=inspector)
            detail.add_row(r.code, school, inspector, r.comment or "", r.response or "")
        console.print(detail)


def print_report(report: ReviewReport) -> None:
    """Verification, flags, the side-by-side comparison and the log's state."""
    print_verification(report.verification)
    if report.flags:
        table = Table(title=t("review.cli.flags", count=len(report.flags)))
        for col in ("flag", "framework", "code", "detail"):
            table.add_column(t(f"review.col.{col}"), overflow="fold")
        for f in report.flags[:MAX_SHOWN * 2]:
            code = ", ".join(f.requirements) if f.requirements else (f.requirement or "")
            table.add_row(t(f"review.flagkind.{f.kind.value}"), f.framework, code, f.detail)
        console.print(table)
    for c in report.comparisons:
        print_comparison(c)
    log = report.log
    print_log(log)
    if log.waiting_for is not None:
        console.print(t(f"review.cli.waiting_{log.waiting_for.value}"), markup=False, highlight=False)
