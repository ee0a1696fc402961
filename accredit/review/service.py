"""Reviewing a package: the functions ``accredit review`` calls.

:func:`review_package` verifies, flags, reads the log and compares the school's scores with the
inspector's. :func:`make_review_workbook` writes the workbook the inspector fills;
:func:`import_review_workbook` appends what was typed in it to the review log, as the inspector
(query / re-check) or as the school (response). The clock is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from accredit.evidence.scan import sha256_file
from accredit.i18n import t
from accredit.model.assessment import STATUS_LABELS, Assessment
from accredit.model.framework import Framework
from accredit.model.review import (
    FrameworkComparison,
    ImportResult,
    InspectorRating,
    LogEntry,
    ReviewFlag,
    ReviewFlagKind,
    ReviewReport,
    Role,
    SchoolResponse,
    WorkbookResult,
)
from accredit.review.compare import compare, inspector_scorecards
from accredit.review.flags import inspector_flags
from accredit.review.log import (
    ReviewLogError,
    append_entry,
    default_log_path,
    latest_ratings,
    latest_responses,
    read_log,
    summarize,
)
from accredit.review.verify import CheckedPackage, check_package
from accredit.review.workbook import (
    ReviewWorkbookError,
    WorkbookSection,
    read_review_workbook,
    write_review_workbook,
)


@dataclass
class _Context:
    """A checked package with what every review step needs."""

    checked: CheckedPackage
    frameworks: list[Framework]
    assessments: dict[str, Assessment]
    flags: list[ReviewFlag]


def _context(path: Path, **kwargs: Any) -> _Context:
    checked = check_package(path, **kwargs)
    ready = [lf for lf in checked.frameworks.values() if lf.entry.id in checked.recomputed]
    frameworks = [lf.framework for lf in ready if lf.framework is not None]
    assessments = {lf.entry.id: lf.assessment for lf in ready if lf.assessment is not None}
    flags: list[ReviewFlag] = []
    if checked.register is not None:
        m = checked.manifest
        flags = inspector_flags(frameworks, assessments, checked.register, checked.indicators, m.year,
                                m.school.object)
    return _Context(checked, frameworks, assessments, flags)


def _comparisons(ctx: _Context, entries: list[LogEntry]) -> list[FrameworkComparison]:
    if not ctx.frameworks or ctx.checked.register is None:
        return []
    ratings, responses = latest_ratings(entries), latest_responses(entries)
    indicators = {fid: rep.results for fid, rep in ctx.checked.indicators.items()}
    theirs = inspector_scorecards(ctx.frameworks, ctx.assessments, ratings, ctx.checked.register.links, indicators)
    return [
        compare(fw, ctx.checked.recomputed[fw.id], theirs[fw.id], ratings, responses, ctx.flags)
        for fw in ctx.frameworks
    ]


def conflict_flags(comparisons: list[FrameworkComparison]) -> list[ReviewFlag]:
    """A flag for every inspector's rating that the data overrule (never silently dropped)."""
    return [
        ReviewFlag(
            kind=ReviewFlagKind.INSPECTOR_CONTRADICTS_DATA,
            framework=c.framework,
            requirement=r.code,
            detail=t("review.flag.inspector_contradicts_data", code=r.code,
                     rating=STATUS_LABELS[r.inspector_rating] if r.inspector_rating else "—",
                     result=STATUS_LABELS[r.inspector_status] if r.inspector_status else "—"),
        )
        for c in comparisons
        for r in c.requirements
        if r.contradicts_data
    ]


def review_package(path: Path, *, log: Path | None = None, **kwargs: Any) -> ReviewReport:
    """Verify the package, flag what to look at, and put the school's scores beside the inspector's."""
    ctx = _context(path, **kwargs)
    log_path = log or default_log_path(path)
    entries, problems = read_log(log_path)
    comparisons = _comparisons(ctx, entries)
    return ReviewReport(
        verification=ctx.checked.verification,
        flags=[*ctx.flags, *conflict_flags(comparisons)],
        comparisons=comparisons,
        log=summarize(log_path, entries, problems),
    )


def _require_ok(ctx: _Context) -> None:
    v = ctx.checked.verification
    if not v.ok:
        reasons = [i.detail for i in v.errors] + [
            t("review.diff.line", id=d.framework, field=d.field, packaged=d.packaged, recomputed=d.recomputed)
            for d in v.differences
        ]
        raise ReviewWorkbookError(t("review.not_verified", package=ctx.checked.path.name,
                                    reasons="; ".join(reasons[:5])))


def make_review_workbook(
    path: Path, out: Path, *, log: Path | None = None, overwrite: bool = False, **kwargs: Any
) -> WorkbookResult:
    """Write the review workbook of a verified package (inspector cells pre-filled from the log)."""
    ctx = _context(path, **kwargs)
    _require_ok(ctx)
    entries, _ = read_log(log or default_log_path(path))
    flags = [*ctx.flags, *conflict_flags(_comparisons(ctx, entries))]
    sections = [
        WorkbookSection(fw, ctx.checked.recomputed[fw.id], tuple(f for f in flags if f.framework == fw.id))
        for fw in ctx.frameworks
    ]
    m = ctx.checked.manifest
    rows, prefilled = write_review_workbook(
        out,
        package=path.name,
        package_sha256=ctx.checked.verification.sha256,
        school=m.school.name,
        year=m.year,
        sections=sections,
        ratings=latest_ratings(entries),
        responses=latest_responses(entries),
        overwrite=overwrite,
    )
    return WorkbookResult(path=str(out), package=ctx.checked.verification.sha256,
                          frameworks=[fw.id for fw in ctx.frameworks], rows=rows, prefilled=prefilled)


def _changed_ratings(typed: list[InspectorRating], entries: list[LogEntry]) -> list[InspectorRating]:
    """Ratings that differ from the log's latest, plus cleared ones (status and comment None)."""
    latest = latest_ratings(entries)
    now = {(r.framework, r.code): r for r in typed}
    out = [r for key, r in now.items() if key not in latest or
           (latest[key].status, latest[key].comment) != (r.status, r.comment)]
    out += [InspectorRating(framework=fid, code=code) for (fid, code), r in latest.items()
            if (fid, code) not in now and (r.status is not None or r.comment is not None)]
    return out


def _changed_responses(typed: list[SchoolResponse], entries: list[LogEntry]) -> list[SchoolResponse]:
    latest = latest_responses(entries)
    return [r for r in typed if (r.framework, r.code) not in latest or latest[(r.framework, r.code)].text != r.text]


def import_review_workbook(
    path: Path,
    workbook: Path,
    *,
    actor: str,
    role: Role,
    at: datetime,
    log: Path | None = None,
    note: str | None = None,
    **kwargs: Any,
) -> ImportResult:
    """Append what the workbook says to the log: the inspector's ratings and comments, or the school's responses.

    Only what changed since the log's latest state is recorded (a rating cleared is recorded as
    cleared). The workbook must have been generated from this very package.
    """
    ctx = _context(path, **kwargs)
    _require_ok(ctx)
    content = read_review_workbook(workbook, {fw.id: fw for fw in ctx.frameworks})
    sha = ctx.checked.verification.sha256
    if content.package_sha256 != sha:
        raise ReviewWorkbookError(t("review.wb.other_package", path=str(workbook), found=content.package_sha256,
                                    expected=sha))
    log_path = log or default_log_path(path)
    entries, problems = read_log(log_path)
    if problems:
        first = problems[0]
        raise ReviewLogError(t("review.log.tampered", path=str(log_path), line=first.line, detail=first.detail))
    ratings = _changed_ratings(content.ratings, entries) if role == Role.INSPECTOR else []
    responses = _changed_responses(content.responses, entries) if role == Role.SCHOOL else []
    entry = append_entry(
        log_path, role=role, actor=actor, at=at, package=sha, ratings=ratings, responses=responses,
        source=workbook.name, source_sha256=sha256_file(workbook), note=note,
    )
    entries, problems = read_log(log_path)
    return ImportResult(
        entry=entry,
        log=summarize(log_path, entries, problems),
        ratings=sum(1 for r in ratings if r.status is not None),
        comments=sum(1 for r in ratings if r.comment is not None),
        responses=len(responses),
    )
