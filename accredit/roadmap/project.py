"""Projection: what a scorecard would say in a future year, given which actions are done by then.

The current scorecard gives, per requirement, the status of each year of its window. A
year is *met*, *pending* (met, but the evidence is not linked yet), or *bad* (not met, not
evaluated). Later years carry the current year's state forward: what holds now keeps holding,
what fails now keeps failing until an action fixes it. An action ending in year E makes every
year from E on met and supplies the evidence of pending years.

From that, :func:`projected_scorecard` builds the Assessment, evidence links and indicator
results of an evaluation year and calls the real :func:`accredit.scoring.score` — so the
projected points, shares and rules are exactly what scoring would say. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from accredit.errors import MessageError
from accredit.i18n.message import msg
from accredit.model.assessment import Assessment, Rating, Status, window_years
from accredit.model.evidence import EvidenceLink, LinkOrigin
from accredit.model.framework import Framework, ObjectType, Requirement
from accredit.model.indicator import IndicatorResult, IndicatorStatus
from accredit.model.roadmap import Timing
from accredit.model.scorecard import Flag, IndicatorBrief, RequirementResult, Scorecard
from accredit.scoring import score


class PlanInputError(MessageError):
    """The scorecard does not fit the framework, the object type or the plan years."""


class YearState(StrEnum):
    """The state of one requirement in one year, as the projection sees it."""

    MET = "met"
    PENDING = "pending"  # met, but its evidence is not linked yet: an evidence action fixes it, even afterwards
    NOT_MET = "not_met"
    NOT_EVALUATED = "not_evaluated"
    NOT_APPLICABLE = "not_applicable"

    @property
    def bad(self) -> bool:
        """True for a year that only improvement work can turn into met."""
        return self in (YearState.NOT_MET, YearState.NOT_EVALUATED)


@dataclass(frozen=True)
class Baseline:
    """One requirement as the current scorecard found it."""

    requirement: Requirement
    result: RequirementResult
    window: int
    known: dict[int, YearState]
    carry: YearState  # state of every year after the scorecard's year
    briefs: dict[int, IndicatorBrief] = field(default_factory=dict)

    @property
    def code(self) -> str:
        """The requirement code."""
        return self.requirement.code

    @property
    def open(self) -> bool:
        """True when the requirement is not met now (and applies)."""
        return self.result.status in (Status.NOT_MET, Status.NOT_EVALUATED)

    @property
    def evidence_only(self) -> bool:
        """True when every year of the window holds and only the evidence link is missing."""
        return self.open and all(s in (YearState.MET, YearState.PENDING) for s in self.known.values())

    def state(self, year: int) -> YearState:
        """The state of ``year`` with no action."""
        if year in self.known:
            return self.known[year]
        return self.carry

    def timing(self) -> Timing:
        """The bad years that decide when an action can make the requirement count."""
        bad = sorted(y for y, s in self.known.items() if s.bad)
        return Timing(window_years=self.window, bad_years=bad, bad_from=None if not self.carry.bad else self.last + 1)

    @property
    def last(self) -> int:
        """The scorecard's year (the last known year)."""
        return max(self.known)

    def latest_value(self) -> tuple[Decimal | None, int | None]:
        """The latest known indicator value and its year."""
        for y in sorted(self.briefs, reverse=True):
            if self.briefs[y].value is not None:
                return self.briefs[y].value, y
        return None, None


def _state_of(status: Status, unsupported: bool) -> YearState:
    if status == Status.MET:
        return YearState.PENDING if unsupported else YearState.MET
    return YearState(status.value)


def baselines(framework: Framework, card: Scorecard, object_type: ObjectType | None = None) -> dict[str, Baseline]:
    """Every requirement's baseline, checking that ``card`` was scored from ``framework`` for ``object_type``."""
    if card.framework != framework.id:
        raise PlanInputError(msg("roadmap.error.other_framework", found=card.framework, expected=framework.id))
    if card.framework_version != framework.content_hash:
        raise PlanInputError(msg("roadmap.error.other_version", id=framework.id))
    by_code = {r.code: r for r in card.requirements}
    out: dict[str, Baseline] = {}
    for req in framework.requirements:
        result = by_code.get(req.code)
        if result is None:
            raise PlanInputError(msg("roadmap.error.missing_code", id=framework.id, code=req.code))
        window = window_years(framework, req, card.year, object_type)
        if [y.year for y in result.years] != window:
            raise PlanInputError(
                msg(
                    "roadmap.error.window",
                    code=req.code,
                    found=len(result.years),
                    expected=len(window),
                    obj=object_type.value if object_type else "—",
                )
            )
        unsupported = Flag.UNSUPPORTED in result.flags
        if result.status == Status.NOT_APPLICABLE:
            known = dict.fromkeys(window, YearState.NOT_APPLICABLE)
        elif result.status == Status.MET:
            known = dict.fromkeys(window, YearState.MET)
        else:
            known = {y.year: _state_of(y.status, unsupported) for y in result.years}
        out[req.code] = Baseline(
            requirement=req,
            result=result,
            window=len(window),
            known=known,
            carry=known[card.year],
            briefs={b.year: b for b in result.indicator},
        )
    return out


def year_states(
    framework: Framework, base: Baseline, year: int, end: int | None, object_type: ObjectType | None = None
) -> dict[int, YearState]:
    """The states of the window years of an evaluation in ``year`` when the requirement's action ends in ``end``."""
    out: dict[int, YearState] = {}
    for y in window_years(framework, base.requirement, year, object_type):
        s = base.state(y)
        if end is not None and end <= year and s != YearState.NOT_APPLICABLE and (y >= end or s == YearState.PENDING):
            s = YearState.MET
        out[y] = s
    return out


_RATED = {
    YearState.MET: Status.MET,
    YearState.PENDING: Status.MET,
    YearState.NOT_MET: Status.NOT_MET,
    YearState.NOT_EVALUATED: Status.NOT_EVALUATED,
}


def _combine(states: Mapping[int, YearState]) -> Status:
    values = [_RATED[s] for s in states.values()]
    if Status.NOT_MET in values:
        return Status.NOT_MET
    if all(v == Status.MET for v in values):
        return Status.MET
    return Status.NOT_EVALUATED


def _indicator(framework: Framework, base: Baseline, year: int, met: bool) -> IndicatorResult | None:
    req = base.requirement
    f = req.formula
    assert f is not None
    brief = base.briefs.get(year) or (base.briefs.get(base.last) if year > base.last else None)
    if met:
        value = brief.value if brief is not None and brief.status == IndicatorStatus.MET.value else f.threshold
        status = IndicatorStatus.MET
    elif brief is None:
        return None
    else:
        status = IndicatorStatus(brief.status)
        value = brief.value
    return IndicatorResult.of_formula(
        framework.id,
        req,
        year,
        status=status,
        value=value,
        problems=[msg("roadmap.projection.carried")] if status == IndicatorStatus.INVALID else [],
    )


def projected_scorecard(
    framework: Framework,
    bases: Mapping[str, Baseline],
    year: int,
    ends: Mapping[str, int],
    *,
    object_type: ObjectType | None = None,
    gates: Mapping[str, bool] | None = None,
) -> Scorecard:
    """The scorecard of an evaluation in ``year`` when each requirement in ``ends`` is fixed by its end year."""
    ratings: list[Rating] = []
    links: list[EvidenceLink] = []
    indicators: list[IndicatorResult] = []
    for req in framework.requirements:
        base = bases[req.code]
        if base.result.status == Status.NOT_APPLICABLE:
            ratings.append(Rating(code=req.code, status=Status.NOT_APPLICABLE))
            continue
        end = ends.get(req.code)
        states = year_states(framework, base, year, end, object_type)
        rated = {y: _RATED[s] for y, s in states.items()}
        ratings.append(Rating(code=req.code, status=_combine(states), years=rated))
        done = end is not None and end <= year
        if done or base.result.evidence or base.result.status == Status.MET:
            links.append(
                EvidenceLink(
                    evidence_id=f"roadmap:{framework.id}:{req.code}",
                    path=f"roadmap/{req.code}",
                    framework=framework.id,
                    requirement=req.code,
                    origin=LinkOrigin.MANUAL,
                    title=None,  # a link the projection assumes: never shown
                )
            )
        if req.formula is not None:
            for y, s in states.items():
                ind = _indicator(framework, base, y, s in (YearState.MET, YearState.PENDING))
                if ind is not None:
                    indicators.append(ind)
    assessment = Assessment(
        framework=framework.id,
        framework_version=framework.content_hash,
        year=year,
        object_type=object_type,
        ratings=ratings,
    )
    return score(framework, assessment, links, indicators, gates or {})
