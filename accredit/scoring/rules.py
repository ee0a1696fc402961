"""Criterion totals and the decision's rules, applied exactly as the framework states them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from accredit.i18n.message import Msg, joined, msg
from accredit.model.assessment import Status
from accredit.model.framework import (
    AllMet,
    Criterion,
    Framework,
    FrameworkPassed,
    MinShareEach,
    MinShareFor,
    MinTotal,
    Rule,
)
from accredit.model.scorecard import CriterionResult, RequirementResult, RuleOutcome
from accredit.scoring.text import fmt_codes, fmt_frameworks, fmt_number, fmt_share


def criterion_max(framework: Framework, criterion: Criterion) -> Decimal:
    """The criterion's maximum: stated điểm chuẩn, else the sum of its points, else its requirement count."""
    if not framework.scored:
        return Decimal(len(criterion.requirements))
    if criterion.max_points is not None:
        return criterion.max_points
    return criterion.points_total or Decimal(0)


def criterion_results(framework: Framework, results: Sequence[RequirementResult]) -> list[CriterionResult]:
    """Points (or met counts), maximum and share of every criterion, in regulation order."""
    by_code = {r.code: r for r in results}
    out: list[CriterionResult] = []
    for c in framework.criteria:
        rs = [by_code[r.code] for r in c.requirements]
        met = sum(1 for r in rs if r.status == Status.MET)
        na = sum(1 for r in rs if r.status == Status.NOT_APPLICABLE)
        if framework.scored:
            points = sum((r.points or Decimal(0) for r in rs), Decimal(0))
            maximum = criterion_max(framework, c)
        else:
            points = Decimal(met)
            maximum = Decimal(len(rs) - na)
        share = (points / maximum).quantize(Decimal("0.0001"), ROUND_HALF_UP) if maximum else Decimal(1)
        out.append(
            CriterionResult(
                code=c.code,
                label=c.label,
                title=c.title,
                points=points,
                max=maximum,
                share=share,
                met=met,
                requirements=len(rs),
                not_applicable=na,
            )
        )
    return out


def _share_short(c: CriterionResult, share: Decimal) -> bool:
    """Exact comparison: points < share × max."""
    return c.points < share * c.max


def _share_detail(cs: Sequence[CriterionResult], share: Decimal, failing: Sequence[CriterionResult]) -> Msg:
    if not failing:
        return msg("scoring.rule.share_ok", share=fmt_share(share), criteria=fmt_codes(c.label for c in cs))
    parts = [
        msg(
            "scoring.rule.share_item",
            label=c.label,
            points=fmt_number(c.points),
            max=fmt_number(c.max),
            share=fmt_share(c.share if c.max else Decimal(1)),
            need=fmt_number(share * c.max),
        )
        for c in failing
    ]
    return msg("scoring.rule.share_failed", share=fmt_share(share), items=joined(parts))


def apply_rule(
    rule: Rule,
    total: Decimal,
    criteria: Sequence[CriterionResult],
    results: Sequence[RequirementResult],
    framework: Framework,
    other_results: Mapping[str, bool],
) -> RuleOutcome:
    """The outcome of one rule."""
    if isinstance(rule, MinTotal):
        short = max(rule.points - total, Decimal(0))
        detail = msg(
            "scoring.rule.total_ok" if not short else "scoring.rule.total_failed",
            total=fmt_number(total),
            need=fmt_number(rule.points),
            short=fmt_number(short),
        )
        return RuleOutcome(
            rule=rule.type, passed=not short, detail=detail, article=rule.article, shortfall=short or None
        )
    if isinstance(rule, MinShareEach | MinShareFor):
        scope = criteria if isinstance(rule, MinShareEach) else [c for c in criteria if c.code in rule.criteria]
        failing = [c for c in scope if _share_short(c, rule.share)]
        return RuleOutcome(
            rule=rule.type,
            passed=not failing,
            detail=_share_detail(scope, rule.share, failing),
            article=rule.article,
            failing=[c.code for c in failing],
        )
    if isinstance(rule, AllMet):
        named = set(rule.criteria or [c.code for c in framework.criteria])
        scope_rs = [r for r in results if r.criterion in named]
        failing_rs = [r for r in scope_rs if r.status not in (Status.MET, Status.NOT_APPLICABLE)]
        applicable = [r for r in scope_rs if r.status != Status.NOT_APPLICABLE]
        if failing_rs:
            detail = msg(
                "scoring.rule.all_met_failed",
                met=len(applicable) - len(failing_rs),
                count=len(applicable),
                codes=fmt_codes(r.code for r in failing_rs),
            )
        else:
            detail = msg("scoring.rule.all_met_ok", count=len(applicable))
        return RuleOutcome(
            rule=rule.type,
            passed=not failing_rs,
            detail=detail,
            article=rule.article,
            failing=[r.code for r in failing_rs],
        )
    assert isinstance(rule, FrameworkPassed)
    return _gate(rule, other_results)


def _gate(rule: FrameworkPassed, other_results: Mapping[str, bool]) -> RuleOutcome:
    """A gate passes when any named framework is known to be passed; an absent result is not a pass."""
    passed_by = [f for f in rule.any_of if other_results.get(f) is True]
    known = [f for f in rule.any_of if f in other_results]
    if passed_by:
        detail = msg("scoring.rule.gate_ok", label=rule.label, id=fmt_frameworks(passed_by[:1]))
    elif known:
        detail = msg("scoring.rule.gate_failed", label=rule.label, ids=fmt_frameworks(known))
    else:
        detail = msg("scoring.rule.gate_absent", label=rule.label, ids=fmt_frameworks(rule.any_of))
    return RuleOutcome(
        rule=rule.type,
        passed=bool(passed_by),
        detail=detail,
        article=rule.article,
        failing=[] if passed_by else list(rule.any_of),
    )


def apply_rules(
    framework: Framework,
    total: Decimal,
    criteria: Sequence[CriterionResult],
    results: Sequence[RequirementResult],
    other_results: Mapping[str, bool],
) -> list[RuleOutcome]:
    """Every rule of the framework's decision, in the order the framework lists them."""
    return [apply_rule(r, total, criteria, results, framework, other_results) for r in framework.decision.rules]
