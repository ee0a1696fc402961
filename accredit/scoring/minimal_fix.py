"""The minimal fix set: the fewest requirements whose becoming met makes every non-gate rule pass.

Exact search. Requirements still not met (``not_met`` or ``not_evaluated``; never
``not_applicable``) are the candidates. ``all_met`` rules make their failing requirements
mandatory. Point rules become, per criterion, a number of points still needed (the highest
of the share rules naming it) and, overall, the points still needed for the total. A 0/1
knapsack per criterion (exact points reached → cheapest subset) feeds a dynamic programme over
criteria on the running total (capped at what is needed). Cost is compared as
(number of requirements, effort, codes outside ``prefer``, regulation positions), so the result
is the smallest set, then the least effort, then the one closest to a preferred set (the roadmap
passes the current scorecard's fix set, so that the two lists agree wherever the rules allow),
then the earliest codes — deterministic for the same input.

Effort is a rough, explainable proxy: 1 when only the evidence link is missing (rated met,
unsupported), else 2 for each window year not yet met.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from accredit.i18n.message import Msg, joined, msg
from accredit.model.assessment import Status
from accredit.model.framework import AllMet, Framework, FrameworkPassed, MinShareEach, MinShareFor, MinTotal
from accredit.model.scorecard import (
    CriterionResult,
    FixItem,
    FixPlan,
    Flag,
    RequirementResult,
    RuleOutcome,
)
from accredit.scoring.text import fmt_codes, fmt_frameworks, fmt_number, fmt_years

Cost = tuple[int, int, int, tuple[int, ...]]


@dataclass(frozen=True)
class _Candidate:
    index: int  # position in regulation order (tie-break)
    code: str
    criterion: str
    points: int  # scaled to integers
    effort: int
    preferred: bool = False


def effort_of(result: RequirementResult) -> int:
    """1 when only evidence is missing; otherwise 2 per window year not met (at least one)."""
    if Flag.UNSUPPORTED in result.flags and not result.gap_years:
        return 1
    return 2 * max(1, len(result.gap_years))


def action_of(result: RequirementResult) -> Msg:
    """What fixing the requirement takes, in words."""
    if Flag.UNSUPPORTED in result.flags and not result.gap_years:
        return msg("scoring.fix.action_evidence")
    if Flag.INVALID_DATA in result.flags:
        return msg("scoring.fix.action_invalid")
    if Flag.MISSING_DATA in result.flags and result.status == Status.NOT_EVALUATED:
        return msg("scoring.fix.action_data", years=fmt_years(result.gap_years))
    if result.status == Status.NOT_EVALUATED:
        return msg("scoring.fix.action_rate", years=fmt_years(result.gap_years))
    return msg("scoring.fix.action_improve", years=fmt_years(result.gap_years))


def _scale(values: Sequence[Decimal]) -> int:
    """Smallest power of ten turning every value into an integer."""
    places = 0
    for v in values:
        exp = v.normalize().as_tuple().exponent
        if isinstance(exp, int) and exp < 0:
            places = max(places, -exp)
    return int(10**places)


def _better(a: Cost | None, b: Cost) -> bool:
    return a is None or b < a


ZERO: Cost = (0, 0, 0, ())


def _add(a: Cost, b: Cost) -> Cost:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3])


def _knapsack(items: Sequence[_Candidate]) -> dict[int, Cost]:
    """For each exact number of points, the cheapest subset of ``items`` reaching it."""
    best: dict[int, Cost] = {0: ZERO}
    for it in sorted(items, key=lambda c: c.index):
        for p, cost in sorted(best.items(), reverse=True):
            cand = (cost[0] + 1, cost[1] + it.effort, cost[2] + (not it.preferred), (*cost[3], it.index))
            q = p + it.points
            if _better(best.get(q), cand):
                best[q] = cand
    return best


def _solve(
    criteria: Sequence[str],
    candidates: Sequence[_Candidate],
    need_by_criterion: dict[str, int],
    need_total: int,
) -> Cost | None:
    """Cheapest choice reaching every criterion's need and the total need; None when impossible."""
    dp: dict[int, Cost] = {0: ZERO}
    for code in criteria:
        options: dict[int, Cost] = {}
        for p, cost in _knapsack([c for c in candidates if c.criterion == code]).items():
            if p < need_by_criterion.get(code, 0):
                continue
            capped = min(p, need_total)
            if _better(options.get(capped), cost):
                options[capped] = cost
        if not options:
            return None
        nxt: dict[int, Cost] = {}
        for s, cost in dp.items():
            for p, opt in options.items():
                key = min(s + p, need_total)
                cand = _add(cost, opt)
                if _better(nxt.get(key), cand):
                    nxt[key] = cand
        dp = nxt
    return dp.get(need_total)


def minimal_fix(
    framework: Framework,
    results: Sequence[RequirementResult],
    criteria: Sequence[CriterionResult],
    rules: Sequence[RuleOutcome],
    total: Decimal,
    prefer: Collection[str] = (),
) -> FixPlan:
    """The smallest set of not-yet-met requirements whose becoming met makes every non-gate rule pass.

    Among sets of equal size and effort, the one with most codes in ``prefer`` wins.
    """
    gates = [
        f
        for rule, outcome in zip(framework.decision.rules, rules, strict=True)
        if isinstance(rule, FrameworkPassed) and not outcome.passed
        for f in rule.any_of
    ]
    gate_rules_failed = any(
        isinstance(rule, FrameworkPassed) and not outcome.passed
        for rule, outcome in zip(framework.decision.rules, rules, strict=True)
    )
    non_gate_failed = [
        (rule, outcome)
        for rule, outcome in zip(framework.decision.rules, rules, strict=True)
        if not isinstance(rule, FrameworkPassed) and not outcome.passed
    ]
    if not non_gate_failed:
        key = "scoring.fix.gate_only" if gate_rules_failed else "scoring.fix.none_needed"
        return FixPlan(feasible=True, gates_blocking=gates, explanation=msg(key, ids=fmt_frameworks(gates)))

    index = {r.code: i for i, r in enumerate(results)}
    by_code = {r.code: r for r in results}
    open_ = [r for r in results if r.status in (Status.NOT_MET, Status.NOT_EVALUATED)]

    mandatory: set[str] = set()
    for rule in framework.decision.rules:
        if isinstance(rule, AllMet):
            named = set(rule.criteria or [c.code for c in framework.criteria])
            mandatory |= {r.code for r in open_ if r.criterion in named}

    chosen: list[str]
    if framework.scored:
        solution = _solve_points(framework, open_, criteria, total, mandatory, index, set(prefer))
        if solution is None:
            return FixPlan(
                feasible=False,
                gates_blocking=gates,
                explanation=msg(
                    "scoring.fix.infeasible",
                    rules=fmt_codes(o.rule for _, o in non_gate_failed),
                ),
            )
        chosen = solution
    else:
        chosen = sorted(mandatory, key=index.__getitem__)

    items = [
        FixItem(
            code=c,
            criterion=by_code[c].criterion,
            status=by_code[c].status,
            points=by_code[c].max_points,
            effort=effort_of(by_code[c]),
            action=action_of(by_code[c]),
        )
        for c in chosen
    ]
    added = sum((i.points or Decimal(0) for i in items), Decimal(0)) if framework.scored else None
    explanation = (
        msg("scoring.fix.explain", count=len(items), codes=fmt_codes(chosen), points=fmt_number(added))
        if added is not None
        else msg("scoring.fix.explain_unscored", count=len(items), codes=fmt_codes(chosen))
    )
    if gate_rules_failed:
        explanation = joined([explanation, msg("scoring.fix.gate_also", ids=fmt_frameworks(gates))], " ")
    return FixPlan(
        feasible=True,
        codes=chosen,
        items=items,
        points_added=added,
        total_after=(total + added) if added is not None else None,
        effort=sum(i.effort for i in items),
        gates_blocking=gates,
        explanation=explanation,
    )


def _solve_points(
    framework: Framework,
    open_: Sequence[RequirementResult],
    criteria: Sequence[CriterionResult],
    total: Decimal,
    mandatory: set[str],
    index: dict[str, int],
    prefer: set[str] | None = None,
) -> list[str] | None:
    """The exact search for scored frameworks (see the module docstring)."""
    pts = [r.max_points or Decimal(0) for r in open_]
    scale = _scale([*pts, total, *(c.points for c in criteria), *(c.max for c in criteria)])
    crit = {c.code: c for c in criteria}

    need_crit_exact: dict[str, Fraction] = {c.code: Fraction(0) for c in criteria}
    need_total_exact = Fraction(0)
    for rule in framework.decision.rules:
        if isinstance(rule, MinTotal):
            need_total_exact = max(need_total_exact, Fraction(rule.points) - Fraction(total))
        elif isinstance(rule, MinShareEach | MinShareFor):
            named = [c.code for c in criteria] if isinstance(rule, MinShareEach) else rule.criteria
            for code in named:
                c = crit[code]
                gap = Fraction(rule.share) * Fraction(c.max) - Fraction(c.points)
                need_crit_exact[code] = max(need_crit_exact[code], gap)

    # mandatory requirements (all_met) are in the set whatever the cost
    forced = [r for r in open_ if r.code in mandatory]
    for r in forced:
        p = Fraction(r.max_points or 0)
        need_crit_exact[r.criterion] -= p
        need_total_exact -= p

    def to_int(x: Fraction) -> int:
        """Points still needed, in scaled integer units (never negative)."""
        return max(0, math.ceil(x * scale))

    need_crit = {k: to_int(v) for k, v in need_crit_exact.items()}
    need_total = to_int(need_total_exact)
    candidates = [
        _Candidate(
            index=index[r.code],
            code=r.code,
            criterion=r.criterion,
            points=int((r.max_points or Decimal(0)) * scale),
            effort=effort_of(r),
            preferred=r.code in (prefer or set()),
        )
        for r in open_
        if r.code not in mandatory
    ]
    cost = _solve([c.code for c in criteria], candidates, need_crit, need_total)
    if cost is None:
        return None
    by_index = {c.index: c.code for c in candidates}
    codes = [*(r.code for r in forced), *(by_index[i] for i in cost[3])]
    return sorted(codes, key=index.__getitem__)
