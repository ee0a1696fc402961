"""Recomputing a package's results from its own inputs, and comparing them with what was packaged.

Indicators are recomputed from the packaged institutional data with
:func:`accredit.indicators.compute_indicators`; scorecards with the real
:func:`accredit.scoring.score`, from the packaged ratings, links and recomputed indicators.
Gates (``framework_passed``) open only on the results declared in the ratings, as
``accredit score`` does for a workspace. Comparisons look at values, never at wording
(reasons are written in the reader's language).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

from accredit.indicators import compute_indicators
from accredit.indicators.data import InstitutionData
from accredit.model.assessment import Assessment
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Framework, ObjectType
from accredit.model.indicator import IndicatorReport, IndicatorResult
from accredit.model.review import ScoreDifference
from accredit.model.scorecard import Scorecard
from accredit.scoring import score


def recompute_indicators(
    framework: Framework,
    data: InstitutionData,
    year: int,
    object_type: ObjectType | None,
    categories: Collection[str] = (),
) -> IndicatorReport:
    """The framework's indicators from the packaged data, for the package's year, the school's object and categories."""
    return compute_indicators(framework, data, year, object_type, source=data.source, categories=categories)


def score_frameworks(
    frameworks: Sequence[Framework],
    assessments: Mapping[str, Assessment],
    links: Iterable[EvidenceLink],
    indicators: Mapping[str, Sequence[IndicatorResult]],
) -> dict[str, Scorecard]:
    """Score every framework with :func:`accredit.scoring.score`, as ``accredit score`` does.

    Gates open only on results declared in the ratings (``external_results``, e.g. an
    accreditation certificate); a passing self-assessment of another framework does not count.
    """
    by_framework: dict[str, list[EvidenceLink]] = {fw.id: [] for fw in frameworks}
    for lk in links:  # each framework's links, in their order (score() would filter all of them per framework)
        if lk.framework in by_framework:
            by_framework[lk.framework].append(lk)
    return {
        fw.id: score(fw, assessments[fw.id], by_framework[fw.id], indicators.get(fw.id, ()), {}) for fw in frameworks
    }


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def scorecard_values(card: Scorecard) -> dict[str, Any]:
    """The values of a scorecard that a recomputation must reproduce (no wording), by field path."""
    data = card.model_dump(mode="json")
    keys = ("framework_version", "year", "scored", "unit", "total", "max", "passed")
    out: dict[str, Any] = {k: data[k] for k in keys}
    for i, r in enumerate(data["rules"]):
        key = f"rules[{i + 1}:{r['rule']}]"
        out[f"{key}.passed"] = r["passed"]
        out[f"{key}.failing"] = r["failing"]
        out[f"{key}.shortfall"] = r["shortfall"]
    for c in data["criteria"]:
        for k in ("points", "max", "share", "met", "requirements", "not_applicable"):
            out[f"criteria[{c['code']}].{k}"] = c[k]
    for r in data["requirements"]:
        for k in ("status", "points", "rated", "flags", "gap_years", "evidence"):
            out[f"requirements[{r['code']}].{k}"] = r[k]
        out[f"requirements[{r['code']}].years"] = [f"{y['year']}:{y['status']}" for y in r["years"]]
        out[f"requirements[{r['code']}].indicator"] = [
            f"{b['year']}:{b['status']}:{b['value']}" for b in r["indicator"]
        ]
    out["minimal_fix"] = data["minimal_fix"]
    return out


def _diff(framework: str, packaged: dict[str, Any], recomputed: dict[str, Any]) -> list[ScoreDifference]:
    out: list[ScoreDifference] = []
    for key in [*packaged, *(k for k in recomputed if k not in packaged)]:
        a, b = packaged.get(key), recomputed.get(key)
        if a != b:
            out.append(ScoreDifference(framework=framework, field=key, packaged=_text(a), recomputed=_text(b)))
    return out


def compare_scorecards(packaged: Scorecard, recomputed: Scorecard) -> list[ScoreDifference]:
    """Every value that differs between the packaged scorecard and the recomputed one."""
    return _diff(recomputed.framework, scorecard_values(packaged), scorecard_values(recomputed))


def indicator_values(report: IndicatorReport) -> dict[str, Any]:
    """The values of an indicator report that a recomputation must reproduce, by field path."""
    out: dict[str, Any] = {}
    for r in report.model_dump(mode="json")["results"]:
        key = f"indicators[{r['requirement']}/{r['year']}]"
        for k in ("status", "value", "numerator", "denominator"):
            out[f"{key}.{k}"] = r[k]
        out[f"{key}.programmes"] = [f"{p['programme']}:{p['status']}:{p['value']}" for p in r["programmes"]]
        out[f"{key}.survey"] = [f"{s['label']}:{s['passed']}:{s['value']}" for s in r["survey"]]
    return out


def compare_indicators(packaged: IndicatorReport, recomputed: IndicatorReport) -> list[ScoreDifference]:
    """Every indicator value that differs between the packaged report and the recomputed one."""
    return _diff(recomputed.framework, indicator_values(packaged), indicator_values(recomputed))
