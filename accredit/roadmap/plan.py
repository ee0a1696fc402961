"""``plan()``: the current scorecard(s), a target framework and constraints in; a year-by-year Roadmap out.

Pure and deterministic: no files, no clock, no randomness; the same input gives the same
Roadmap. Texts are messages (:class:`~accredit.i18n.message.Msg`), rendered by the front end.

Order of work:

1. **Gates first.** A ``framework_passed`` rule (TT 35 needs accreditation) is already passed,
   or planned from the prerequisite's own scorecard (its fix set is placed first and uses the
   capacity first), or an external milestone with a year given by the caller, or unknown (then
   no year can be promised and the roadmap says why).
2. **Needed to pass.** The earliest evaluation year (not before the gate, not after the
   horizon or the deadline of TT 38: effective date + ``deadline_months``) for which the
   minimal fix set can be placed within the capacity; see :mod:`accredit.roadmap.schedule`.
3. **Beyond passing.** Other open requirements, placed after the needed work.
4. Projected scorecards (the real ``score()``) for every plan year, milestones and reasons.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from accredit.i18n.message import Msg, joined, msg
from accredit.model.assessment import Status
from accredit.model.framework import (
    Framework,
    FrameworkPassed,
    ObjectType,
    TextStatus,
    short_name,
    short_name_of_id,
)
from accredit.model.roadmap import (
    Action,
    Capacity,
    GatePlan,
    Priority,
    Roadmap,
    Unscheduled,
    YearProjection,
    counts_from,
)
from accredit.model.scorecard import Scorecard
from accredit.roadmap.actions import build_action, owner_for, prefix, requirement_name, unlocks_text, why_text
from accredit.roadmap.project import Baseline, PlanInputError, YearState, baselines, projected_scorecard
from accredit.roadmap.schedule import Found, Ledger, Problem, order, search, unfixable
from accredit.roadmap.summary import milestones, year_projection
from accredit.scoring.minimal_fix import effort_of
from accredit.scoring.text import fmt_codes, fmt_number

EXTRA_YEARS = 15
"""How far past the horizon the planner looks to explain a target it cannot reach in time."""

OPEN = (Status.NOT_MET, Status.NOT_EVALUATED)
GateInputs = Mapping[str, tuple[Framework, Scorecard]]


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months (the day clamped to the month's length)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def deadline_of(framework: Framework) -> tuple[date | None, int | None]:
    """The compliance deadline (effective + deadline_months) and the last whole year ending by it."""
    if framework.deadline_months is None:
        return None, None
    deadline = add_months(framework.regulation.effective, framework.deadline_months)
    last = deadline.year if (deadline.month, deadline.day) == (12, 31) else deadline.year - 1
    return deadline, last


def deadline_basis(framework: Framework) -> Msg | None:
    """Why the deadline is uncertain, in words, when the effective date it counts from is not verified."""
    reg = framework.regulation
    if framework.deadline_months is None or reg.effective_status == TextStatus.OFFICIAL:
        return None
    return msg("roadmap.deadline.unverified", effective=reg.effective.strftime("%d/%m/%Y"), basis=reg.effective_basis)


def capacity_text(capacity: Capacity) -> Msg:
    """The capacity in words."""
    parts = []
    if capacity.max_actions_per_year is not None:
        parts.append(msg("roadmap.capacity.actions", n=capacity.max_actions_per_year))
    if capacity.budget_per_year is not None:
        parts.append(
            msg(
                "roadmap.capacity.budget",
                budget=fmt_number(capacity.budget_per_year),
                unit=fmt_number(capacity.unit_cost),
            )
        )
    return joined(parts) if parts else msg("roadmap.capacity.none")


@dataclass
class _Planned:
    """Actions placed so far and the notes explaining them."""

    actions: list[Action] = field(default_factory=list)
    unscheduled: list[Unscheduled] = field(default_factory=list)


def _name(base: Baseline) -> str:
    return requirement_name(base.requirement)


def _problem(
    framework: Framework,
    card: Scorecard,
    start: int,
    capacity: Capacity,
    object_type: ObjectType | None,
    gates: Mapping[str, bool],
) -> Problem:
    bases = baselines(framework, card, object_type)
    by_code = {r.code: r for r in card.requirements}
    effort = {c: effort_of(by_code[c]) for c in bases}
    cost = {c: Decimal(e) * capacity.unit_cost for c, e in effort.items()}
    return Problem(framework, bases, start, object_type, dict(gates), effort, cost, tuple(card.fix_plan.codes))


def _first_fit(
    problem: Problem, codes: Sequence[str], ledger: Ledger, first: int, last: int, priority: Priority
) -> tuple[dict[str, int], list[Unscheduled]]:
    """Place each code in the first year from ``first`` to ``last`` with capacity left; the rest are unscheduled."""
    ends: dict[str, int] = {}
    missed: list[Unscheduled] = []
    for code in codes:
        cost = problem.cost[code]
        for y in range(first, last + 1):
            if ledger.fits(y, y, cost):
                ledger.add(y, y, cost)
                ends[code] = y
                break
        else:
            missed.append(
                Unscheduled(
                    framework=problem.framework.id,
                    code=code,
                    priority=priority,
                    reason=msg(
                        "roadmap.unscheduled.capacity", first=first, last=last, cap=capacity_text(ledger.capacity)
                    ),
                )
            )
    return ends, missed


def _actions(
    problem: Problem,
    ends: Mapping[str, int],
    *,
    priority: Priority,
    year: int | None,
    deadlines: Mapping[str, int],
    earliest_possible: int,
    capacity: Capacity,
    owners: Mapping[str, str],
    gate_of: str | None = None,
) -> list[Action]:
    """Actions for placed codes, with their reasons."""
    out: list[Action] = []
    cap_note = msg("roadmap.why.capacity", cap=capacity_text(capacity))
    for code, end in ends.items():
        base = problem.bases[code]
        latest = deadlines.get(code)
        why = why_text(
            base,
            end=end,
            start=problem.start,
            earliest_possible=earliest_possible,
            year=year,
            deadline=latest,
            priority=priority,
            capacity_note=cap_note,
        )
        unlocks = unlocks_text(
            problem.framework, base, end, priority=priority, year=year, needed=len(ends), gate_of=gate_of
        )
        out.append(
            build_action(
                problem.framework,
                base,
                end=end,
                priority=priority,
                effort=problem.effort[code],
                cost=problem.cost[code],
                owner=owner_for(problem.framework, code, owners),
                why=why,
                unlocks=unlocks,
                latest=latest if priority == "needed_to_pass" else None,
                gate=gate_of is not None,
            )
        )
    return out


@dataclass
class _GateResult:
    plan: GatePlan
    year: int | None
    actions: list[Action]
    unscheduled: list[Unscheduled]
    problem: Problem | None = None
    ends: dict[str, int] = field(default_factory=dict)


def _plan_gate(
    rule: FrameworkPassed,
    passed_now: bool,
    framework: Framework,
    gates: GateInputs,
    gate_years: Mapping[str, int],
    ledger: Ledger,
    *,
    start: int,
    last: int,
    years: Sequence[int],
    capacity: Capacity,
    object_type: ObjectType | None,
    owners: Mapping[str, str],
) -> _GateResult:
    """The prerequisite: passed, planned from its own scorecard, an external milestone, or unknown."""
    given = [(fid, gates[fid]) for fid in rule.any_of if fid in gates]
    if passed_now:  # a declared result (certificate); a passing self-assessment is planned (year = start)
        fid = rule.any_of[0]
        gp = GatePlan(
            any_of=list(rule.any_of),
            framework=fid,
            mode="passed",
            year=start,
            explanation=msg("roadmap.gate.passed", label=rule.label, id=short_name_of_id(fid)),
        )
        return _GateResult(gp, start, [], [])
    if given:
        fid, (gfw, gcard) = given[0]
        problem = _problem(gfw, gcard, start, capacity, object_type, {})
        trial = ledger.copy()
        found = search(problem, start, last, trial)
        missed: list[Unscheduled] = []
        if found is not None:
            ledger.count, ledger.spent = trial.count, trial.spent
            ends, deadlines, gyear = found.ends, found.deadlines, found.year
            text = msg(
                "roadmap.gate.planned",
                label=rule.label,
                id=short_name(gfw),
                year=gyear,
                count=len(ends),
                codes=fmt_codes(ends) or "—",
            )
        else:
            later = search(problem, start, last + EXTRA_YEARS, ledger.copy())
            codes = list(later.codes) if later is not None else list(gcard.fix_plan.codes)
            ends, missed = _first_fit(
                problem, order(problem, codes, dict.fromkeys(codes, last)), ledger, start, last, "needed_to_pass"
            )
            deadlines, gyear = {}, None
            text = msg(
                "roadmap.gate.planned_late",
                label=rule.label,
                id=short_name(gfw),
                last=last,
                year=later.year if later is not None else "—",
            )
        acts = _actions(
            problem,
            ends,
            priority="needed_to_pass",
            year=gyear,
            deadlines=deadlines,
            earliest_possible=start,
            capacity=capacity,
            owners=owners,
            gate_of=short_name(framework),
        )
        projections = [
            year_projection(gfw, projected_scorecard(gfw, problem.bases, y, ends, object_type=object_type))
            for y in years
        ]
        gp = GatePlan(
            any_of=list(rule.any_of),
            framework=fid,
            mode="planned",
            year=gyear,
            explanation=text,
            projections=projections,
        )
        return _GateResult(gp, gyear, acts, missed, problem, dict(ends))
    external = [fid for fid in rule.any_of if fid in gate_years]
    if external:
        fid = external[0]
        year = gate_years[fid]
        action = Action(
            id=f"{prefix(fid)}-KD",
            framework=fid,
            requirements=[],
            criterion=None,
            kind="external",
            title=msg("roadmap.gate.action_title", label=rule.label, id=short_name_of_id(fid)),
            steps=[msg("roadmap.gate.action_step", id=short_name_of_id(fid))],
            owner=msg("roadmap.owner.quality"),
            start_year=year,
            end_year=year,
            effort=0,
            cost=Decimal(0),
            evidence=[msg("roadmap.gate.action_evidence")],
            priority="needed_to_pass",
            gate=True,
            why_this_year=msg("roadmap.why.external", year=year),
            unlocks=msg("roadmap.unlocks.external", target=short_name(framework), year=year),
        )
        gp = GatePlan(
            any_of=list(rule.any_of),
            framework=fid,
            mode="external",
            year=year,
            explanation=msg("roadmap.gate.external", label=rule.label, id=short_name_of_id(fid), year=year),
        )
        return _GateResult(gp, year, [action], [])
    gp = GatePlan(
        any_of=list(rule.any_of),
        framework=None,
        mode="unknown",
        year=None,
        explanation=msg("roadmap.gate.unknown", label=rule.label, ids=fmt_codes(rule.any_of)),
    )
    return _GateResult(gp, None, [], [])


def plan(
    framework: Framework,
    scorecard: Scorecard,
    *,
    start: int | None = None,
    horizon: int = 5,
    capacity: Capacity | None = None,
    object_type: ObjectType | None = None,
    gates: GateInputs | None = None,
    gate_years: Mapping[str, int] | None = None,
    owners: Mapping[str, str] | None = None,
) -> Roadmap:
    """Plan, year by year, the work that turns ``scorecard`` into a passing scorecard of ``framework``.

    ``start`` defaults to the scorecard's year and may not be earlier. ``gates`` maps a
    prerequisite framework id (e.g. ``tt14-2024/truong``) to its framework and current
    scorecard, so that its own gap is planned first; ``gate_years`` declares instead the year a
    prerequisite is expected to be passed (an external milestone). ``owners`` maps requirement
    or criterion codes (optionally ``"<framework id>:<code>"``) to owner units. Raises
    :class:`~accredit.roadmap.project.PlanInputError` when the inputs do not fit together.
    """
    capacity = capacity or Capacity()
    gates = gates or {}
    gate_years = gate_years or {}
    owners = owners or {}
    start = scorecard.year if start is None else start
    if start < scorecard.year:
        raise PlanInputError(msg("roadmap.error.start", start=start, year=scorecard.year))
    if horizon < 1:
        raise PlanInputError(msg("roadmap.error.horizon", horizon=horizon))
    years = list(range(start, start + horizon))
    deadline, deadline_year = deadline_of(framework)
    last = years[-1] if deadline_year is None else min(years[-1], deadline_year)

    gate_ok = dict.fromkeys(framework.gate_ids, True)
    target = _problem(framework, scorecard, start, capacity, object_type, gate_ok)
    ledger = Ledger(capacity)
    explanation = [msg("roadmap.explain.current", year=scorecard.year, decision=scorecard.decision)]
    basis = deadline_basis(framework)
    if deadline is not None:
        said = msg(
            "roadmap.explain.deadline",
            date=deadline.strftime("%d/%m/%Y"),
            months=framework.deadline_months,
            effective=framework.regulation.effective.strftime("%d/%m/%Y"),
            last=deadline_year,
        )
        explanation.append(joined([said, basis], " ") if basis else said)

    # 1. gates first ------------------------------------------------------------------------
    planned = _Planned()
    gate_results: list[_GateResult] = []
    for rule, outcome in zip(framework.decision.rules, scorecard.rules, strict=True):
        if isinstance(rule, FrameworkPassed):
            res = _plan_gate(
                rule,
                outcome.passed,
                framework,
                gates,
                gate_years,
                ledger,
                start=start,
                last=last,
                years=years,
                capacity=capacity,
                object_type=object_type,
                owners=owners,
            )
            gate_results.append(res)
            planned.actions += res.actions
            planned.unscheduled += res.unscheduled
            explanation.append(res.plan.explanation)
    gate_blocked = any(g.year is None for g in gate_results)
    gate_year = max((g.year for g in gate_results if g.year is not None), default=None)

    # 2. the target: needed to pass ------------------------------------------------------------
    before_target = ledger.copy()
    first = max(start, gate_year) if gate_year is not None else start
    found: Found | None = None
    if not gate_blocked and first <= last:
        trial = ledger.copy()
        found = search(target, first, last, trial)
        if found is not None:
            ledger = trial
    if found is not None:
        ends, deadlines, year = dict(found.ends), dict(found.deadlines), found.year
        needed = list(found.codes)
    else:
        alt = search(target, start, last, ledger.copy()) if start <= last else None
        if alt is None:
            alt = search(target, start, max(last, start) + EXTRA_YEARS, ledger.copy())
        codes = list(alt.codes) if alt is not None else list(scorecard.fix_plan.codes)
        caps = {c: min(last, (alt.deadlines.get(c, last) if alt else last)) for c in codes}
        needed = order(target, codes, caps)
        ends, missed = _first_fit(target, needed, ledger, start, last, "needed_to_pass")
        planned.unscheduled += missed
        deadlines, year = {}, None
    planned.actions += _actions(
        target,
        ends,
        priority="needed_to_pass",
        year=year,
        deadlines=deadlines,
        earliest_possible=start,
        capacity=capacity,
        owners=owners,
    )

    # 3. beyond passing ------------------------------------------------------------------------
    end_of_plan = max(last, start)
    first_beyond = min(end_of_plan, max(start, max(ends.values(), default=start - 1) + 1))
    at_end = target.card(end_of_plan, ends)
    beyond = [r.code for r in at_end.requirements if r.status in OPEN and r.code not in needed]
    beyond = sorted(beyond, key=lambda c: (-target.value(c), target.index(c)))
    if start <= last:
        b_ends, missed = _first_fit(target, beyond, ledger, first_beyond, end_of_plan, "beyond_passing")
    else:
        b_ends, missed = (
            {},
            [
                Unscheduled(
                    framework=framework.id, code=c, priority="beyond_passing",
                    reason=msg("roadmap.unscheduled.no_years"),
                )
                for c in beyond
            ],
        )
    planned.unscheduled += missed
    planned.actions += _actions(
        target,
        b_ends,
        priority="beyond_passing",
        year=year,
        deadlines={},
        earliest_possible=first_beyond,
        capacity=capacity,
        owners=owners,
    )
    all_ends = {**ends, **b_ends}

    # 4. projections, milestones, reasons -------------------------------------------------------
    def gates_at(y: int) -> dict[str, bool]:
        out: dict[str, bool] = {}
        for g in gate_results:
            if g.year is not None and g.year <= y and g.plan.framework is not None:
                out[g.plan.framework] = True
        return out

    cards = {
        y: projected_scorecard(framework, target.bases, y, all_ends, object_type=object_type, gates=gates_at(y))
        for y in years
    }
    projections: list[YearProjection] = [year_projection(framework, cards[y]) for y in years]
    earliest = year if year is not None and cards.get(year) is not None and cards[year].passed else None
    ready = next((y for y in years if y <= last and target.card(y, all_ends).passed), None)

    if earliest is not None:
        explanation.append(
            msg(
                "roadmap.explain.earliest",
                year=earliest,
                count=len(ends),
                codes=fmt_codes(sorted(ends, key=target.index)) or "—",
                title=framework.title,
            )
        )
        explanation += _fix_differs(target, scorecard, ends, earliest)
        for code, end in ends.items():
            base = target.bases[code]
            if base.window > 1 and counts_from(base.timing(), end) == earliest and not base.evidence_only:
                explanation.append(
                    msg("roadmap.explain.decides", name=_name(base), window=base.window, end=end, year=earliest)
                )
    else:
        explanation += _why_not(
            target, scorecard, before_target, first, last, start, years, deadline_year, gate_results, ready
        )
    explanation += _recovering(target, all_ends, years)
    carried = [c for c in ends if any(s == YearState.NOT_EVALUATED for s in target.bases[c].known.values())]
    if carried:
        explanation.append(msg("roadmap.explain.not_evaluated", codes=fmt_codes(carried)))
    if b_ends:
        explanation.append(msg("roadmap.explain.beyond", count=len(b_ends), first=first_beyond))
    explanation.append(msg("roadmap.explain.capacity", cap=capacity_text(capacity)))

    actions = sorted(
        planned.actions,
        key=lambda a: (a.start_year, not a.gate, a.priority != "needed_to_pass", a.framework, a.id),
    )
    notes: dict[int, list[Msg]] = {}
    if earliest is not None:
        notes.setdefault(earliest, []).append(msg("roadmap.note.earliest"))
    if deadline_year is not None and deadline is not None and deadline_year in years:
        note = msg("roadmap.note.deadline", date=deadline.strftime("%d/%m/%Y"))
        if basis:
            note = joined([note, msg("roadmap.deadline.with_unverified")], " ")
        notes.setdefault(deadline_year, []).append(note)
    bases_by_fw: dict[str, Mapping[str, Baseline]] = {framework.id: target.bases}
    gate_year_map: dict[str, int] = {}
    for g in gate_results:
        if g.problem is not None:
            bases_by_fw[g.problem.framework.id] = g.problem.bases
        if g.year is not None and g.plan.framework is not None and g.plan.mode != "passed":
            gate_year_map[g.plan.framework] = g.year
    current_met = [r.code for r in scorecard.requirements if r.status == Status.MET]
    return Roadmap(
        target=framework.id,
        title=framework.title,
        framework_version=framework.content_hash,
        object_type=object_type,
        scorecard_year=scorecard.year,
        start=start,
        horizon=horizon,
        years=years,
        deadline=deadline,
        deadline_year=deadline_year,
        deadline_basis=basis,
        capacity=capacity,
        feasible=earliest is not None,
        earliest_year=earliest,
        ready_year=ready,
        explanation=explanation,
        gates=[g.plan for g in gate_results],
        actions=actions,
        unscheduled=planned.unscheduled,
        milestones=milestones(years, actions, projections, current_met, bases_by_fw, gate_year_map, notes),
        projections=projections,
        current=year_projection(framework, scorecard),
    )


def _fix_differs(target: Problem, scorecard: Scorecard, ends: Mapping[str, int], earliest: int) -> list[Msg]:
    """Why the roadmap's needed actions differ from the scorecard's minimal fix set, in words (empty when equal).

    The scorecard's set is for an evaluation in the scorecard's year; the roadmap's for the
    earliest year the target can be passed. Between the two, failed years leave 3-year windows:
    some requirements come back on their own, others become fixable, others can no longer count.
    """
    mine, theirs = set(ends), set(scorecard.fix_plan.codes)
    if mine == theirs or not scorecard.fix_plan.feasible:
        return []
    now = scorecard.year

    def codes(items: set[str]) -> str:
        return fmt_codes(sorted(items, key=target.index))

    first = msg("roadmap.explain.fix_differs", roadmap=codes(mine) or "—", score=codes(theirs) or "—", now=now,
            year=earliest)
    out: list[Msg] = [first]
    at_target = {r.code for r in target.card(earliest, {}).requirements if r.status == Status.MET}
    recovered = {c for c, b in target.bases.items() if b.open and c in at_target}
    if recovered:
        out.append(msg("roadmap.explain.fix_recovers", codes=codes(recovered), year=earliest))
    blocked_now = unfixable(target, target.card(now, {}), now)
    newly = (mine - theirs) & blocked_now
    if newly:
        out.append(msg("roadmap.explain.fix_newly", codes=codes(newly), now=now, year=earliest))
    late = {c for c in theirs - mine if target.latest(c, earliest) is None}
    if late:
        out.append(msg("roadmap.explain.fix_late", codes=codes(late), year=earliest))
    if earliest == now and not (recovered or newly or late):
        out.append(msg("roadmap.explain.fix_capacity"))
    return [joined(out, " ")]


def _recovering(target: Problem, ends: Mapping[str, int], years: Sequence[int]) -> list[Msg]:
    """Open requirements that come back without any action, once their bad years leave the window."""
    out: list[Msg] = []
    waiting = [c for c, b in target.bases.items() if b.open and c not in ends]
    if not waiting:
        return out
    met_by_year = {y: {r.code for r in target.card(y, {}).requirements if r.status == Status.MET} for y in years}
    for code in waiting:
        base = target.bases[code]
        for y in years:
            if code in met_by_year[y]:
                out.append(
                    msg(
                        "roadmap.explain.recovers",
                        name=_name(base),
                        year=y,
                        years=fmt_codes(str(b) for b in base.timing().bad_years),
                    )
                )
                break
    return out


def _why_not(
    target: Problem,
    scorecard: Scorecard,
    ledger: Ledger,
    first: int,
    last: int,
    start: int,
    years: Sequence[int],
    deadline_year: int | None,
    gates: Sequence[_GateResult],
    ready: int | None,
) -> list[Msg]:
    """Why no plan year passes: deadline, gate, timing windows or capacity — with the year it would take."""
    out: list[Msg] = []
    if last < start:
        return [msg("roadmap.explain.deadline_passed", last=last, start=start)]
    blocked = [g for g in gates if g.year is None]
    for g in blocked:
        key = "roadmap.explain.gate_blocks" if ready is not None else "roadmap.explain.gate_blocks_not_ready"
        out.append(msg(key, ids=fmt_codes(g.plan.any_of), ready=ready))
    late_gate = [g for g in gates if g.year is not None and g.year > last]
    for g in late_gate:
        out.append(msg("roadmap.explain.gate_late", id=short_name_of_id(g.plan.framework) if g.plan.framework else "—",
                     year=g.year, last=last))
    if blocked or late_gate:
        if ready is not None:  # the prerequisite is the only reason
            return out
        first = start  # and the other rules fall short too: say why
    free = search(target, first, last + EXTRA_YEARS, Ledger(Capacity(unit_cost=ledger.capacity.unit_cost)))
    bounded = search(target, first, last + EXTRA_YEARS, ledger.copy())
    if free is None:
        out.append(msg("roadmap.explain.never", year=last + EXTRA_YEARS, detail=scorecard.fix_plan.explanation))
    elif free.year > last:
        out.append(msg("roadmap.explain.timing", year=free.year, last=last))
        base_last = target.card(last, {})
        for code in sorted(unfixable(target, base_last, last), key=target.index):
            base = target.bases[code]
            out.append(
                msg(
                    "roadmap.explain.timing_item",
                    name=_name(base),
                    window=base.window,
                    first=counts_from(base.timing(), start),
                    start=start,
                )
            )
    elif bounded is None or bounded.year > last:
        cap = capacity_text(ledger.capacity)
        if bounded is None:
            out.append(msg("roadmap.explain.capacity_never", free=free.year, cap=cap))
        else:
            out.append(
                msg("roadmap.explain.capacity_late", free=free.year, year=bounded.year, cap=cap,
                    count=len(bounded.codes))
            )
    if deadline_year is not None and deadline_year < years[-1]:
        out.append(msg("roadmap.explain.deadline_bounds", last=deadline_year))
    return out
