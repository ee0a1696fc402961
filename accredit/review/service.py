"""Reviewing a package: the functions ``accredit review`` calls.

:func:`review_package` verifies, flags, reads the log and compares the school's scores with the
inspector's. :func:`make_review_workbook` writes the workbook the inspector fills;
:func:`import_review_workbook` appends what was typed in it to the review log, as the inspector
(query / re-check) or as the school (response). The clock is passed in.

The same trust folder serves the package's signature and the review log: the log's entries count
only when signed by an inspector key the Sở registered (or the reader's own); from the first
entry that does not verify on, none is used.
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
    LogProblem,
    LogSummary,
    ReviewFlag,
    ReviewFlagKind,
    ReviewReport,
    Role,
    SchoolResponse,
    SignatureCheck,
    WorkbookResult,
)
from accredit.review.compare import compare, inspector_scorecards
from accredit.review.flags import inspector_flags
from accredit.review.log import (
    ReviewLogError,
    append_entry,
    default_log_path,
    for_package,
    latest_ratings,
    latest_responses,
    read_log,
    summarize,
    usable,
)
from accredit.review.verify import CheckedPackage, check_package
from accredit.review.workbook import (
    ReviewWorkbookError,
    WorkbookSection,
    read_review_workbook,
    write_review_workbook,
)
from accredit.safe_text import clean_text
from accredit.signing.keys import Signer, show_fingerprint
from accredit.signing.trust import Trust, default_trust_folder, inspector_fingerprints, load_trust


@dataclass
class _Context:
    """A checked package with what every review step needs."""

    checked: CheckedPackage
    frameworks: list[Framework]
    assessments: dict[str, Assessment]
    flags: list[ReviewFlag]
    trust: Trust

    @property
    def inspectors(self) -> set[str]:
        """Fingerprints whose log entries count."""
        return inspector_fingerprints(self.trust)


def _context(path: Path, *, trust: Trust | None = None, **kwargs: Any) -> _Context:
    trust = load_trust(default_trust_folder()) if trust is None else trust
    checked = check_package(path, trust=trust, **kwargs)
    ready = [lf for lf in checked.frameworks.values() if lf.entry.id in checked.recomputed]
    frameworks = [lf.framework for lf in ready if lf.framework is not None]
    assessments = {lf.entry.id: lf.assessment for lf in ready if lf.assessment is not None}
    flags: list[ReviewFlag] = []
    if checked.register is not None:
        m = checked.manifest
        flags = inspector_flags(frameworks, assessments, checked.register, checked.indicators, m.year,
                                m.school.object)
    return _Context(checked, frameworks, assessments, flags, trust)


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


def review_context(path: Path, **kwargs: Any) -> _Context:
    """The package verified (integrity, signature, recomputed scores) and flagged: what :func:`review_package`
    reads the review log against (a caller may keep it while the file stays the one verified)."""
    return _context(path, **kwargs)


def review_package(path: Path, *, log: Path | None = None, context: _Context | None = None,
                   **kwargs: Any) -> ReviewReport:
    """Verify the package (unless ``context``: :func:`review_context` of it, kept), flag what to look at, and put
    the school's scores beside the inspector's (the review log is read every time)."""
    ctx = context if context is not None else _context(path, **kwargs)
    log_path = log or default_log_path(path)
    entries, problems = read_log(log_path, ctx.inspectors)
    comparisons = _comparisons(ctx, for_package(usable(entries, problems), ctx.checked.verification.sha256))
    return ReviewReport(
        verification=ctx.checked.verification,
        flags=[*ctx.flags, *conflict_flags(comparisons)],
        comparisons=comparisons,
        log=summarize(log_path, entries, problems),
    )


def guide_notes(signature: str, log: LogSummary) -> list[tuple[str, str]]:
    """The rows the review workbook's guide sheet adds: the signature state and the log's state."""
    head = log.head or "—"
    state = t("review.cli.log_intact") if log.intact else t("review.cli.log_broken")
    return [  # the signature detail names the school: user text, never a formula, no control characters
        (t("sign.wb.signature"), clean_text(signature)),
        (t("sign.wb.log"), t("sign.log.line", entries=log.entries, used=log.used, head=head, state=state)),
    ]


def _log_error(log_path: Path, problems: list[LogProblem]) -> ReviewLogError:
    first = problems[0]
    return ReviewLogError(t("review.log.tampered", path=str(log_path), line=first.line, detail=first.detail))


def _require_ok(ctx: _Context) -> None:
    v = ctx.checked.verification
    if not v.ok:
        reasons = ([] if v.signature.good else [v.signature.detail]) + [i.detail for i in v.errors] + [
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
    log_path = log or default_log_path(path)
    all_entries, problems = read_log(log_path, ctx.inspectors)
    entries = for_package(usable(all_entries, problems), ctx.checked.verification.sha256)
    summary = summarize(log_path, all_entries, problems)
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
        notes=guide_notes(signature_text(ctx.checked.verification.signature), summary),
    )
    return WorkbookResult(path=str(out), package=ctx.checked.verification.sha256,
                          frameworks=[fw.id for fw in ctx.frameworks], rows=rows, prefilled=prefilled,
                          signature=ctx.checked.verification.signature, log=summary)


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
    signer: Signer,
    log: Path | None = None,
    note: str | None = None,
    **kwargs: Any,
) -> ImportResult:
    """Append what the workbook says to the log: the inspector's ratings and comments, or the school's responses.

    Only what changed since the log's latest state is recorded (a rating cleared is recorded as
    cleared). The workbook must have been generated from this very package. The entry is signed by
    ``signer`` (the unlocked inspector key of whoever imports).
    """
    ctx = _context(path, **kwargs)
    _require_ok(ctx)
    content = read_review_workbook(workbook, {fw.id: fw for fw in ctx.frameworks})
    sha = ctx.checked.verification.sha256
    if content.package_sha256 != sha:
        raise ReviewWorkbookError(t("review.wb.other_package", path=str(workbook), found=content.package_sha256,
                                    expected=sha))
    log_path = log or default_log_path(path)
    trusted = {*ctx.inspectors, signer.public.fingerprint} - set(ctx.trust.revoked)
    if signer.public.fingerprint in ctx.trust.revoked:
        raise ReviewLogError(t("sign.log.signer_revoked", fingerprint=show_fingerprint(signer.public.fingerprint)))
    entries, problems = read_log(log_path, trusted)
    if problems:
        raise _log_error(log_path, problems)
    ratings = _changed_ratings(content.ratings, entries) if role == Role.INSPECTOR else []
    responses = _changed_responses(content.responses, entries) if role == Role.SCHOOL else []
    entry = append_entry(
        log_path, role=role, actor=actor, at=at, package=sha, ratings=ratings, responses=responses,
        source=workbook.name, source_sha256=sha256_file(workbook), note=note, signer=signer, trusted=trusted,
    )
    entries, problems = read_log(log_path, trusted)
    return ImportResult(
        entry=entry,
        log=summarize(log_path, entries, problems),
        ratings=sum(1 for r in ratings if r.status is not None),
        comments=sum(1 for r in ratings if r.comment is not None),
        responses=len(responses),
    )


def signature_text(check: SignatureCheck) -> str:
    """The signature state in one line, for the workbook (the state's name, then its detail)."""
    return t(f"sign.state.{check.state.value}") + " — " + check.detail
