"""``score()``: a framework, an assessment, evidence links and indicators in; a scorecard out.

Pure: no files, no clock, no randomness, no language: reasons, rule details, the decision and the
fix plan are :class:`~accredit.i18n.message.Msg` values a front end renders.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import Decimal

from accredit.errors import MessageError
from accredit.i18n.message import msg
from accredit.model.assessment import Assessment, Status
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Framework
from accredit.model.indicator import IndicatorResult
from accredit.model.scorecard import Blocker, RequirementResult, RuleOutcome, Scorecard
from accredit.scoring.minimal_fix import minimal_fix
from accredit.scoring.requirements import judge_requirement
from accredit.scoring.rules import apply_rules, criterion_results
from accredit.scoring.text import fmt_number


class AssessmentMismatchError(MessageError):
    """The assessment was written for another framework or another version of it (``messages``: what)."""


def _links_by_requirement(framework: Framework, links: Iterable[EvidenceLink]) -> dict[str, list[EvidenceLink]]:
    out: dict[str, list[EvidenceLink]] = defaultdict(list)
    for lk in links:
        if lk.framework == framework.id:
            out[lk.requirement].append(lk)
    return out


def _indicators_by_requirement(
    framework: Framework, indicators: Iterable[IndicatorResult]
) -> dict[str, dict[int, IndicatorResult]]:
    out: dict[str, dict[int, IndicatorResult]] = defaultdict(dict)
    for r in indicators:
        if r.framework == framework.id:
            out[r.requirement][r.year] = r
    return out


def gate_results(assessment: Assessment, other_results: Mapping[str, bool]) -> dict[str, bool]:
    """Gate inputs: results passed in, plus results declared in the assessment (e.g. a certificate)."""
    merged = dict(other_results)
    for ext in assessment.external_results:
        merged[ext.framework] = merged.get(ext.framework, False) or ext.passed
    return merged


def _blockers(rules: list[RuleOutcome]) -> list[Blocker]:
    return [Blocker(rule=o.rule, message=o.detail, codes=list(o.failing)) for o in rules if not o.passed]


def score(
    framework: Framework,
    assessment: Assessment,
    links: Iterable[EvidenceLink] = (),
    indicators: Iterable[IndicatorResult] = (),
    other_results: Mapping[str, bool] | None = None,
) -> Scorecard:
    """Score ``framework`` from a self-assessment, its evidence links and computed indicators.

    ``other_results`` maps framework ids to whether they were passed, for gate rules
    (``framework_passed``); a framework absent from it is not passed. Raises
    :class:`AssessmentMismatchError` when the assessment does not fit the framework (other id or
    version, unknown codes, years outside a window).
    """
    problems = assessment.problems(framework)
    if problems:
        raise AssessmentMismatchError(*problems)
    by_req_links = _links_by_requirement(framework, links)
    by_req_ind = _indicators_by_requirement(framework, indicators)
    results: list[RequirementResult] = [
        judge_requirement(framework, r, assessment, by_req_links.get(r.code, []), by_req_ind.get(r.code, {}))
        for r in framework.requirements
    ]
    criteria = criterion_results(framework, results)
    if framework.scored:
        total = sum((r.points or Decimal(0) for r in results), Decimal(0))
        maximum = framework.max_points or Decimal(0)
    else:
        total = Decimal(sum(1 for r in results if r.status == Status.MET))
        maximum = Decimal(sum(1 for r in results if r.status != Status.NOT_APPLICABLE))
    rules = apply_rules(framework, total, criteria, results, gate_results(assessment, other_results or {}))
    passed = all(o.passed for o in rules)
    plan = minimal_fix(framework, results, criteria, rules, total)
    decision = msg(
        "scoring.decision.passed" if passed else "scoring.decision.failed",
        title=framework.title,
        total=fmt_number(total),
        max=fmt_number(maximum),
        unit=msg("scoring.unit.points" if framework.scored else "scoring.unit.requirements"),
        failed=sum(1 for o in rules if not o.passed),
    )
    return Scorecard(
        framework=framework.id,
        framework_version=framework.content_hash,
        title=framework.title,
        year=assessment.year,
        scored=framework.scored,
        unit="points" if framework.scored else "requirements",
        total=total,
        max=maximum,
        passed=passed,
        decision=decision,
        rules=rules,
        criteria=criteria,
        requirements=results,
        blockers=_blockers(rules),
        minimal_fix=plan.codes,
        fix_plan=plan,
    )
