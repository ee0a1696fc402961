"""Judging one requirement: the person's rating, the evidence links and the computed indicator.

Rules (the scorecard's reason says which one applied):

* only ``met`` earns points; no rating → ``not_evaluated``;
* a documentary ``met`` needs at least one evidence link that counts, to a file the scan could
  read, else it is ``not_evaluated`` and flagged ``unsupported``; a link to an unreadable file
  (empty, damaged, encrypted, needing OCR) is named and flagged ``unreadable_evidence``;
* a multi-year window is met only if every year of the window is met; years not rated leave the
  requirement ``not_evaluated`` (unless some year is ``not_met``, which decides);
* an indicator requirement takes its status from the computed indicator (missing or invalid
  data → ``not_evaluated``); a manual rating that disagrees is flagged ``contradicts_data``;
* a mixed requirement needs both: the documentary judgement and the indicator;
* ``not_applicable`` is honoured; in a scored framework it earns no points (flagged).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from accredit.i18n.message import Msg, joined, msg
from accredit.model.assessment import STATUS_LABELS, Assessment, Rating, Status, window_years
from accredit.model.evidence import EvidenceLink, LinkOrigin
from accredit.model.framework import Framework, Requirement, RequirementKind
from accredit.model.indicator import IndicatorResult, IndicatorStatus
from accredit.model.scorecard import Flag, IndicatorBrief, RequirementResult, YearStatus
from accredit.scoring.text import COMPARATOR_SYMBOLS, COMPARE, fmt_quantity, fmt_years


@dataclass
class _Judgement:
    """An intermediate verdict: status, per-year statuses, reasons and flags."""

    status: Status
    reasons: list[Msg] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    years: dict[int, Status] = field(default_factory=dict)


def _label(status: Status | None) -> str:
    return STATUS_LABELS[status] if status is not None else "—"


def _combine_years(years: Mapping[int, Status]) -> Status:
    """not_met wins, then not_evaluated; met only if every year is met."""
    values = list(years.values())
    if any(s == Status.NOT_MET for s in values):
        return Status.NOT_MET
    if values and all(s == Status.MET for s in values):
        return Status.MET
    return Status.NOT_EVALUATED


def judge_rating(rating: Rating | None, window: Sequence[int]) -> _Judgement:
    """The person's rating alone, over the window's years (no evidence check yet)."""
    if rating is None or rating.is_blank:
        if rating is not None and rating.narrative.carried:  # last year's text, no status for this year
            return _Judgement(Status.NOT_EVALUATED, [msg("scoring.reason.carried")])
        return _Judgement(Status.NOT_EVALUATED, [msg("scoring.reason.not_rated")])
    overall = rating.status
    if overall == Status.NOT_APPLICABLE:
        return _Judgement(Status.NOT_APPLICABLE, [msg("scoring.reason.not_applicable")])
    if overall == Status.NOT_EVALUATED:  # an explicit 'Chưa đánh giá' wins over any year column
        return _Judgement(Status.NOT_EVALUATED, [msg("scoring.reason.rated_not_evaluated")])
    last = window[-1]
    if len(window) == 1:
        status = overall if overall is not None else rating.years.get(last, Status.NOT_EVALUATED)
        if overall is not None and last in rating.years and rating.years[last] != overall:
            status = _combine_years({0: overall, 1: rating.years[last]})
        return _Judgement(status, [_single_reason(status)], years={last: status})
    # multi-year window: every year must be met
    per_year = {y: rating.years.get(y, Status.NOT_EVALUATED) for y in window}
    if not rating.years and overall is not None:
        if overall == Status.NOT_MET:
            return _Judgement(Status.NOT_MET, [msg("scoring.reason.not_met")], years=per_year)
        return _Judgement(
            Status.NOT_EVALUATED,
            [msg("scoring.reason.years_missing", years=fmt_years(window), window=fmt_years(window))],
            [Flag.MISSING_YEARS],
            per_year,
        )
    combined = _combine_years(per_year)
    bad = [y for y, s in per_year.items() if s == Status.NOT_MET]
    missing = [y for y, s in per_year.items() if s not in (Status.MET, Status.NOT_MET)]
    if combined == Status.NOT_MET:
        return _Judgement(Status.NOT_MET, [msg("scoring.reason.not_met_years", years=fmt_years(bad))], years=per_year)
    if combined == Status.MET:
        if overall == Status.NOT_MET:
            return _Judgement(Status.NOT_MET, [msg("scoring.reason.overall_not_met")], years=per_year)
        return _Judgement(Status.MET, [msg("scoring.reason.met_years", years=fmt_years(window))], years=per_year)
    if overall == Status.NOT_MET:
        return _Judgement(Status.NOT_MET, [msg("scoring.reason.not_met")], years=per_year)
    return _Judgement(
        Status.NOT_EVALUATED,
        [msg("scoring.reason.years_missing", years=fmt_years(missing), window=fmt_years(window))],
        [Flag.MISSING_YEARS],
        per_year,
    )


_SINGLE_REASONS = {
    Status.MET: "scoring.reason.met",
    Status.NOT_MET: "scoring.reason.not_met",
    Status.NOT_EVALUATED: "scoring.reason.rated_not_evaluated",
    Status.NOT_APPLICABLE: "scoring.reason.not_applicable",
}


def _single_reason(status: Status) -> Msg:
    return msg(_SINGLE_REASONS[status])


def _unreadable_reason(unreadable: Sequence[EvidenceLink]) -> Msg:
    return msg("scoring.reason.unreadable", count=len(unreadable),
               files="; ".join(sorted({lk.path for lk in unreadable})))


def judge_evidence(judgement: _Judgement, links: Sequence[EvidenceLink]) -> _Judgement:
    """A documentary ``met`` needs a supporting link (accepted, to a file the scan read); otherwise it
    becomes ``not_evaluated`` (unsupported). A link to an unreadable file is named in the reason and
    flagged whatever the status: it never makes the requirement met."""
    counting: list[EvidenceLink] = []  # supports: accepted, file read
    unreadable: list[EvidenceLink] = []  # accepted, file not read
    waiting = 0  # suggestions not yet confirmed (one pass: a large folder gives thousands per standard)
    for lk in links:
        if lk.origin == LinkOrigin.SUGGESTED and not lk.confirmed:
            waiting += 1
        elif lk.file_problem is None:
            counting.append(lk)
        else:
            unreadable.append(lk)
    if judgement.status != Status.MET:
        if unreadable:
            judgement.reasons.append(_unreadable_reason(unreadable))
            judgement.flags.append(Flag.UNREADABLE_EVIDENCE)
        return judgement
    if counting:
        judgement.reasons.append(msg("scoring.reason.evidence", count=len(counting)))
        if unreadable:
            judgement.reasons.append(_unreadable_reason(unreadable))
            judgement.flags.append(Flag.UNREADABLE_EVIDENCE)
        return judgement
    reasons = [msg("scoring.reason.unsupported")]
    flags = [*judgement.flags, Flag.UNSUPPORTED]
    if unreadable:
        reasons.append(_unreadable_reason(unreadable))
        flags.append(Flag.UNREADABLE_EVIDENCE)
    if waiting:
        reasons.append(msg("scoring.reason.unconfirmed", count=waiting))
        flags.append(Flag.UNCONFIRMED_LINKS)
    return _Judgement(Status.NOT_EVALUATED, reasons, flags, judgement.years)


def _indicator_text(r: IndicatorResult) -> Msg:
    """'2026: 62,5% ≥ 50%' style comparison, or the problem with the data."""
    if r.status in (IndicatorStatus.MET, IndicatorStatus.NOT_MET):
        main = r.met if not r.conditions else r.value is not None and COMPARE[r.comparator](r.value, r.threshold)
        parts = [msg(
            "scoring.reason.indicator_value",
            year=r.year,
            value=fmt_quantity(r.value, r.unit),
            cmp=COMPARATOR_SYMBOLS[r.comparator],
            threshold=fmt_quantity(r.threshold, r.unit),
            verdict=msg("scoring.reason.indicator_met" if main else "scoring.reason.indicator_not_met"),
        )]
        for c in r.conditions:  # every further condition must hold too (TT 35 1.1)
            parts.append(msg(
                "scoring.reason.indicator_condition",
                label=c.label,
                value=fmt_quantity(c.value, c.unit) if c.value is not None else "—",
                cmp=COMPARATOR_SYMBOLS[c.comparator],
                threshold=fmt_quantity(c.threshold, c.unit),
                verdict=msg("scoring.reason.indicator_met" if c.passed else "scoring.reason.indicator_not_met"),
            ))
        return joined(parts)
    invalid = r.status == IndicatorStatus.INVALID
    key = "scoring.reason.indicator_invalid" if invalid else "scoring.reason.indicator_missing"
    if not r.problems:
        return msg(f"{key}_bare", year=r.year)
    return msg(key, year=r.year, problems=joined(r.problems))


def judge_indicator(results: Mapping[int, IndicatorResult], window: Sequence[int]) -> _Judgement:
    """The computed indicator over the window's years: met only if every year is met on valid data."""
    per_year: dict[int, Status] = {}
    reasons: list[Msg] = []
    flags: list[Flag] = []
    no_data: list[int] = []
    gaps: dict[tuple[str, ...], list[int]] = {}  # the same inputs missing in several years: one reason
    for y in window:
        r = results.get(y)
        if r is None or r.status == IndicatorStatus.MISSING:
            per_year[y] = Status.NOT_EVALUATED
            if r is not None and r.missing_inputs:
                gaps.setdefault(tuple(r.missing_inputs), []).append(y)
            elif r is not None and r.problems:
                reasons.append(_indicator_text(r))
            else:
                no_data.append(y)
            if Flag.MISSING_DATA not in flags:
                flags.append(Flag.MISSING_DATA)
            continue
        reasons.append(_indicator_text(r))
        if r.status == IndicatorStatus.INVALID:
            per_year[y] = Status.NOT_EVALUATED
            if Flag.INVALID_DATA not in flags:
                flags.append(Flag.INVALID_DATA)
        else:
            per_year[y] = Status.MET if r.met else Status.NOT_MET
    for names, years in gaps.items():
        reasons.append(msg("scoring.reason.missing_inputs", years=fmt_years(years), names=", ".join(names)))
    if no_data:
        reasons.append(msg("scoring.reason.no_data", years=fmt_years(no_data)))
    return _Judgement(_combine_years(per_year), reasons, flags, per_year)


def _briefs(results: Mapping[int, IndicatorResult], window: Sequence[int]) -> list[IndicatorBrief]:
    return [
        IndicatorBrief(
            year=y,
            status=results[y].status.value,
            value=results[y].value,
            threshold=results[y].threshold,
            comparator=results[y].comparator,
            unit=results[y].unit,
        )
        for y in window
        if y in results
    ]


def _evidence_names(links: Sequence[EvidenceLink]) -> list[str]:
    names = [lk.evidence_code or lk.path for lk in links  # supports, without a property call per suggestion
             if (lk.origin != LinkOrigin.SUGGESTED or lk.confirmed) and lk.file_problem is None]
    return sorted(dict.fromkeys(names))


def judge_requirement(
    framework: Framework,
    requirement: Requirement,
    assessment: Assessment,
    links: Sequence[EvidenceLink],
    indicators: Mapping[int, IndicatorResult],
) -> RequirementResult:
    """The status, points and reason of one requirement."""
    window = window_years(framework, requirement, assessment.year, assessment.object_type)
    rating = assessment.rating(requirement.code)
    rated = judge_rating(rating, window)
    kind = requirement.kind
    exemption = next(
        (ex for ex in framework.exemptions if ex.category in assessment.categories
         and requirement.code in framework.exempt_codes({ex.category})),
        None,
    )
    if exemption is not None:
        final = _Judgement(Status.NOT_APPLICABLE, [msg("scoring.reason.exempt", label=exemption.label,
                                                        article=exemption.article)], [], {})
    elif rated.status == Status.NOT_APPLICABLE:
        final = rated
    elif kind == RequirementKind.DOCUMENTARY:
        final = judge_evidence(rated, links)
    else:
        data = judge_indicator(indicators, window)
        if kind == RequirementKind.INDICATOR:
            final = _Judgement(data.status, list(data.reasons), list(data.flags), dict(data.years))
        else:
            doc = judge_evidence(
                _Judgement(rated.status, list(rated.reasons), list(rated.flags), dict(rated.years)), links
            )
            final = _mixed(doc, data)
        if rated.status in (Status.MET, Status.NOT_MET) and data.status in (Status.MET, Status.NOT_MET):
            if rated.status != data.status:
                final.flags.append(Flag.CONTRADICTS_DATA)
                final.reasons.append(
                    msg("scoring.reason.contradicts", rated=_label(rated.status), data=_label(data.status))
                )
        elif kind == RequirementKind.INDICATOR and data.status == Status.NOT_EVALUATED and rated.status == Status.MET:
            final.reasons.append(msg("scoring.reason.rating_needs_data"))
    return _result(framework, requirement, assessment, rating, final, links, indicators, window)


def _mixed(doc: _Judgement, data: _Judgement) -> _Judgement:
    """Both parts must be met; a not-met part decides; otherwise not evaluated."""
    statuses = (doc.status, data.status)
    if Status.NOT_MET in statuses:
        status = Status.NOT_MET
    elif statuses == (Status.MET, Status.MET):
        status = Status.MET
    else:
        status = Status.NOT_EVALUATED
    years = {
        y: _combine_years({0: doc.years.get(y, Status.NOT_EVALUATED), 1: data.years.get(y, Status.NOT_EVALUATED)})
        for y in sorted(set(doc.years) | set(data.years))
    }
    reasons = [msg("scoring.reason.part_documents", reason=joined(doc.reasons))]
    reasons.append(msg("scoring.reason.part_data", reason=joined(data.reasons)))
    return _Judgement(status, reasons, [*doc.flags, *data.flags], years)


def _result(
    framework: Framework,
    requirement: Requirement,
    assessment: Assessment,
    rating: Rating | None,
    final: _Judgement,
    links: Sequence[EvidenceLink],
    indicators: Mapping[int, IndicatorResult],
    window: Sequence[int],
) -> RequirementResult:
    flags = list(dict.fromkeys(final.flags))
    reasons = list(final.reasons)
    points: Decimal | None = None
    if framework.scored:
        points = requirement.points if final.status == Status.MET else Decimal(0)
        if final.status == Status.NOT_APPLICABLE:
            flags.append(Flag.NOT_APPLICABLE_SCORED)
            reasons.append(msg("scoring.reason.not_applicable_scored"))
    years = [YearStatus(year=y, status=final.years.get(y, final.status)) for y in window]
    gap = (
        [] if final.status in (Status.MET, Status.NOT_APPLICABLE) else [y.year for y in years if y.status != Status.MET]
    )
    return RequirementResult(
        code=requirement.code,
        criterion=framework.criterion_of(requirement.code).code,
        label=requirement.label,
        kind=requirement.kind,
        status=final.status,
        points=points,
        max_points=requirement.points,
        reason=joined(reasons),
        flags=flags,
        rated=rating.status if rating is not None else None,
        years=years,
        gap_years=gap,
        evidence=_evidence_names(links),
        indicator=_briefs(indicators, window) if requirement.formula is not None else [],
    )
