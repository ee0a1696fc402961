"""Summaries of a plan: projected scorecards per year (points per criterion against the floors) and milestones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from accredit.i18n.message import Msg, joined, msg
from accredit.model.assessment import Status
from accredit.model.framework import AllMet, Framework, MinShareEach, MinShareFor, MinTotal
from accredit.model.roadmap import (
    Action,
    CriterionProjection,
    IndicatorMilestone,
    RuleProjection,
    YearMilestone,
    YearProjection,
)
from accredit.model.scorecard import Scorecard
from accredit.roadmap.project import Baseline
from accredit.scoring.text import COMPARATOR_SYMBOLS, fmt_quantity


def required_points(framework: Framework, card: Scorecard) -> dict[str, Decimal]:
    """Per criterion, the points its rules require (share × max; all of it under an all-met rule)."""
    out: dict[str, Decimal] = {}
    for c in card.criteria:
        need: Decimal | None = None
        for rule in framework.decision.rules:
            if isinstance(rule, MinShareEach) or (isinstance(rule, MinShareFor) and c.code in rule.criteria):
                value = rule.share * c.max
            elif isinstance(rule, AllMet) and (rule.criteria is None or c.code in rule.criteria):
                value = c.max
            else:
                continue
            need = value if need is None else max(need, value)
        if need is not None:
            out[c.code] = need
    return out


def required_total(framework: Framework, card: Scorecard) -> Decimal | None:
    """The total the rules require (min_total; everything under an all-met rule over all criteria)."""
    needs = [r.points for r in framework.decision.rules if isinstance(r, MinTotal)]
    if any(isinstance(r, AllMet) and r.criteria is None for r in framework.decision.rules):
        needs.append(card.max)
    return max(needs) if needs else None


def year_projection(framework: Framework, card: Scorecard) -> YearProjection:
    """The summary of one projected scorecard."""
    floors = required_points(framework, card)
    return YearProjection(
        framework=card.framework,
        year=card.year,
        unit=card.unit,
        total=card.total,
        max=card.max,
        required_total=required_total(framework, card),
        passed=card.passed,
        rules_passed=sum(1 for r in card.rules if r.passed),
        rules=[RuleProjection(rule=r.rule, passed=r.passed, detail=r.detail) for r in card.rules],
        criteria=[
            CriterionProjection(
                code=c.code, label=c.label, points=c.points, max=c.max, share=c.share, required=floors.get(c.code)
            )
            for c in card.criteria
        ],
        met=[r.code for r in card.requirements if r.status == Status.MET],
    )


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def indicator_milestones(base: Baseline, action: Action, years: Sequence[int]) -> list[IndicatorMilestone]:
    """Yearly targets of an indicator the action improves: steps while it runs, reach at its end, then maintain."""
    req = base.requirement
    f = req.formula
    if f is None or action.kind != "improve":
        return []
    baseline, baseline_year = base.latest_value()
    cmp = COMPARATOR_SYMBOLS[f.comparator]
    out: list[IndicatorMilestone] = []
    span = action.end_year - action.start_year + 1
    for y in years:
        if y < action.start_year:
            continue
        if y < action.end_year:
            if baseline is None:
                continue
            target = _round(baseline + (f.threshold - baseline) * Decimal(y - action.start_year + 1) / span, f.rounding)
            stage = "step"
            text = msg("roadmap.milestone.step", value=fmt_quantity(target, f.unit))
        elif y == action.end_year:
            target, stage = f.threshold, "reach"
            goal = joined([cmp, fmt_quantity(f.threshold, f.unit)], " ")
            text = (
                msg("roadmap.milestone.reach_from", base=fmt_quantity(baseline, f.unit), year=baseline_year, goal=goal)
                if baseline is not None
                else msg("roadmap.milestone.reach", goal=goal)
            )
        else:
            target, stage = f.threshold, "maintain"
            text = msg("roadmap.milestone.maintain", goal=joined([cmp, fmt_quantity(f.threshold, f.unit)], " "))
        out.append(
            IndicatorMilestone(
                framework=action.framework,
                requirement=req.code,
                label=req.label,
                year=y,
                baseline=baseline,
                baseline_year=baseline_year,
                target=target,
                comparator=f.comparator,
                unit=f.unit,
                stage=stage,
                text=joined([f"{req.label} ({req.code})", text], ": "),
            )
        )
    return out


def milestones(
    years: Sequence[int],
    actions: Sequence[Action],
    projections: Sequence[YearProjection],
    current_met: Sequence[str],
    bases: Mapping[str, Mapping[str, Baseline]],
    gate_years: Mapping[str, int],
    notes: Mapping[int, list[Msg]],
) -> list[YearMilestone]:
    """One milestone per plan year: actions started and finished, requirements newly counting, gates, targets."""
    targets: dict[int, list[IndicatorMilestone]] = {y: [] for y in years}
    for a in actions:
        if not a.requirements:
            continue
        base = bases.get(a.framework, {}).get(a.requirements[0])
        if base is None:
            continue
        for m in indicator_milestones(base, a, years):
            targets[m.year].append(m)
    out: list[YearMilestone] = []
    previous = set(current_met)
    for y in years:
        proj = next(p for p in projections if p.year == y)
        met = set(proj.met)
        cost = sum(
            (a.cost / (a.end_year - a.start_year + 1) for a in actions if a.active_in(y) and a.kind != "external"),
            Decimal(0),
        )
        out.append(
            YearMilestone(
                year=y,
                started=[a.id for a in actions if a.start_year == y],
                completed=[a.id for a in actions if a.end_year == y],
                newly_met=[c for c in proj.met if c not in previous],
                gates_passed=sorted(g for g, gy in gate_years.items() if gy == y),
                indicators=targets[y],
                cost=cost,
                passed=proj.passed,
                notes=list(notes.get(y, [])),
            )
        )
        previous = met
    return out
