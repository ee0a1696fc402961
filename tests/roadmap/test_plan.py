"""plan(): timing windows, gates, capacity, deadlines, explanations — on TT 35 / TT 38 / TT 14 scorecards."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from accredit.i18n.message import Messages
from accredit.model.framework import ObjectType
from accredit.model.roadmap import Action, Capacity, Roadmap, Timing, counts_from, latest_end
from accredit.roadmap import plan
from accredit.roadmap.project import baselines, projected_scorecard
from tests.roadmap.cases import ACCREDITED, CD, TT14, card, tt14, tt35, tt38

pytestmark = pytest.mark.usefixtures("vietnamese")


vi = Messages("vi")


def needed(r: Roadmap, *, gate: bool = False) -> list[Action]:
    return [a for a in r.actions if a.priority == "needed_to_pass" and a.gate == gate]


# --- the timing rule itself ---------------------------------------------------------------------


def test_counts_from_follows_the_window() -> None:
    # 3-year window, 2024 and 2025 not met, 2026 onwards bad until fixed
    timing = Timing(window_years=3, bad_years=[2024, 2025, 2026], bad_from=2027)
    assert counts_from(timing, 2026) == 2028  # 2026-2028 all met after the fix
    assert counts_from(timing, 2027) == 2029
    assert latest_end(timing, 2028, 2026) == 2026
    assert latest_end(timing, 2027, 2026) is None  # 2025 is in the window of 2027: nothing helps
    # only the current year bad: fixing it this year counts this year
    assert counts_from(Timing(window_years=3, bad_years=[2026], bad_from=2027), 2026) == 2026
    # at-evaluation requirement
    assert counts_from(Timing(window_years=1, bad_years=[2026], bad_from=2027), 2027) == 2027


def test_projection_of_the_current_year_equals_the_scorecard() -> None:
    fw = tt35()
    c = card(fw, ["4.1", "1.3"], indicator_fail={("2.5", 2026): "not_met"}, unlinked=["5.3"], gates=ACCREDITED)
    p = projected_scorecard(fw, baselines(fw, c, CD), 2026, {}, object_type=CD, gates=ACCREDITED)
    assert p.total == c.total == 84
    assert [(r.code, r.status) for r in p.requirements] == [(r.code, r.status) for r in c.requirements]
    assert [c.points for c in p.criteria] == [c.points for c in c.criteria]


# --- windows decide the year --------------------------------------------------------------------


def test_three_year_window_standard_fixed_late_pushes_the_earliest_year_out() -> None:
    fw = tt35()
    # Tiêu chí 4 (28 points, floor 60 % = 16.8) with three standards down: 16/28 fails; one more must count.
    # 4.3 is judged at evaluation time: fixing it now counts now.
    early = plan(fw, card(fw, ["4.1", "4.2", "4.3"], gates=ACCREDITED), object_type=CD)
    assert early.feasible and early.earliest_year == 2026
    assert [a.requirements for a in needed(early)] == [["4.3"]]

    # 4.5 has a 3-year window and failed 2024–2026: fixed in 2026 it counts only from 2028.
    late = plan(fw, card(fw, ["4.1", "4.2", "4.5"], gates=ACCREDITED), object_type=CD)
    assert late.earliest_year == 2028
    [act] = needed(late)
    assert act.start_year == act.end_year == 2026 and act.latest_end_year == 2026 and act.counts_from_year == 2028
    assert "3 năm" in vi(act.why_this_year) and "2028" in vi(act.why_this_year)
    assert [p.passed for p in late.projections] == [False, False, True, True, True]
    assert [str(p.criteria[3].points) for p in late.projections][:3] == ["16", "16", "20"]
    assert any("quyết định năm đạt" in line and act.requirements[0] in line for line in vi.all(late.explanation))

    # the same standard fixed one year later (plan starting in 2027) moves the year again
    later = plan(fw, card(fw, ["4.1", "4.2", "4.5"], gates=ACCREDITED), start=2027, object_type=CD)
    assert later.earliest_year == 2029

    # a 3-year standard failing only this year is fixed this year and counts at once
    only_now = card(fw, ["4.1", "4.2"], per_year={"4.5": {2024: "met", 2025: "met", 2026: "not_met"}}, gates=ACCREDITED)
    assert plan(fw, only_now, object_type=CD).earliest_year == 2026


def test_a_failed_past_year_leaves_the_window_without_any_action() -> None:
    fw = tt35()
    c = card(fw, ["4.1", "4.2"], per_year={"4.5": {2024: "met", 2025: "not_met", 2026: "met"}}, gates=ACCREDITED)
    r = plan(fw, c, object_type=CD)
    # 4.5 comes back in 2028 (2025 leaves the window) — or a fix of 4.1/4.2 counts then too: 2028 either way
    assert r.earliest_year == 2028
    assert any("4.5" in line and "2028" in line for line in vi.all(r.explanation))


def test_indicator_targets_become_yearly_milestones() -> None:
    fw = tt35()
    # employment within 12 months (3.6, ≥ 80 %, 3-year window) at 72 % now; Tiêu chí 3 short of 60 %
    c = card(
        fw,
        ["3.1", "3.2"],
        values={("3.6", 2024): ("met", 81), ("3.6", 2025): ("met", 80), ("3.6", 2026): ("not_met", 72)},
        gates=ACCREDITED,
    )
    r = plan(fw, c, object_type=CD)
    assert r.earliest_year == 2026
    [act] = needed(r)
    assert act.requirements == ["3.6"]
    stones = [m for y in r.milestones for m in y.indicators if m.requirement == "3.6"]
    assert [(m.year, m.stage, str(m.target)) for m in stones] == [
        (2026, "reach", "80"),
        (2027, "maintain", "80"),
        (2028, "maintain", "80"),
        (2029, "maintain", "80"),
        (2030, "maintain", "80"),
    ]
    assert stones[0].baseline == 72 and "72% (năm 2026) → ≥ 80%" in vi(stones[0].text)


# --- gates ----------------------------------------------------------------------------------------


def test_accreditation_gate_orders_the_plan() -> None:
    fw, acc = tt35(), tt14()
    target = card(fw, ["4.1", "4.2", "4.5"])  # no accreditation result
    gate_card = card(acc, ["2.1", "2.2", "3.1", "3.3", "5.1"])  # TT 14: criteria 2 and 3 under 80 %
    assert not gate_card.passed and len(gate_card.minimal_fix) == 2
    cap = Capacity(max_actions_per_year=2)
    r = plan(fw, target, object_type=CD, gates={TT14: (acc, gate_card)}, capacity=cap)

    gate = r.gates[0]
    assert gate.mode == "planned" and gate.framework == TT14 and gate.year == 2028
    gate_actions = needed(r, gate=True)
    assert [a.framework for a in gate_actions] == [TT14, TT14]
    assert all(a.end_year == 2026 for a in gate_actions)
    assert r.actions[:2] == gate_actions  # gates first
    # the gate's two actions fill 2026: the target's standard waits until 2027 and counts from 2029
    [own] = needed(r)
    assert own.start_year == 2027 and own.counts_from_year == 2029
    assert r.earliest_year == 2029 and r.earliest_year >= gate.year
    assert [p.passed for p in gate.projections] == [False, False, True, True, True]
    assert 2028 in [m.year for m in r.milestones if TT14 in m.gates_passed]

    # without the gate's work, the same capacity lets the target pass a year earlier
    passed = plan(fw, card(fw, ["4.1", "4.2", "4.5"], gates=ACCREDITED), object_type=CD, capacity=cap)
    assert passed.gates[0].mode == "passed" and passed.earliest_year == 2028


def test_unknown_gate_means_no_promised_year_and_says_why() -> None:
    fw = tt35()
    r = plan(fw, card(fw, ["4.1", "4.2", "4.5"]), object_type=CD)
    assert r.gates[0].mode == "unknown"
    assert not r.feasible and r.earliest_year is None
    assert r.ready_year == 2028  # every other rule is met from 2028
    assert any("--gate-year" in line for line in vi.all(r.explanation))
    assert needed(r)  # the work is still planned
    assert not any(p.passed for p in r.projections)


def test_gate_as_external_milestone() -> None:
    fw = tt35()
    r = plan(fw, card(fw, ["4.1", "4.2", "4.5"]), object_type=CD, gate_years={TT14: 2029})
    assert r.gates[0].mode == "external" and r.earliest_year == 2029
    ext = [a for a in r.actions if a.kind == "external"]
    assert len(ext) == 1 and ext[0].end_year == 2029 and ext[0].effort == 0


# --- capacity and deadlines -----------------------------------------------------------------------


TT38_OPEN = ["1.1", "2.1", "3.1", "4.1", "5.1", "6.1"]


def test_capacity_limits_spread_actions_across_years() -> None:
    fw = tt38()
    c = card(fw, TT38_OPEN, obj=None)
    free = plan(fw, c)
    assert free.earliest_year == 2026 and {a.end_year for a in free.actions} == {2026}

    two = plan(fw, c, capacity=Capacity(max_actions_per_year=2))
    per_year = Counter(a.end_year for a in two.actions)
    assert per_year == {2026: 2, 2027: 2, 2028: 2}
    assert two.earliest_year == 2028
    assert [m.passed for m in two.milestones] == [False, False, True, True, True]
    delayed = [a for a in two.actions if a.end_year > 2026]
    assert all("năng lực" in vi(a.why_this_year) for a in delayed)

    # budget: each action costs effort 2 × 1.5 = 3; 7 a year fits two
    money = plan(fw, c, capacity=Capacity(budget_per_year=7, unit_cost=1.5))
    assert Counter(a.end_year for a in money.actions) == {2026: 2, 2027: 2, 2028: 2}
    assert all(m.cost <= 7 for m in money.milestones)


def test_infeasible_horizon_is_explained() -> None:
    fw = tt35()
    r = plan(fw, card(fw, ["4.1", "4.2", "4.5"], gates=ACCREDITED), object_type=CD, horizon=2)
    assert not r.feasible and r.earliest_year is None and r.years == [2026, 2027]
    text = "\n".join(vi.all(r.explanation))
    assert "2028" in text and "cửa sổ" in text
    for code in ("4.1", "4.2", "4.5"):
        assert f"({code})" in text
    assert needed(r)  # still planned, to be ready as early as possible


def test_tt38_deadline_bounds_the_plan() -> None:
    fw = tt38()
    c = card(fw, TT38_OPEN, obj=None)
    r = plan(fw, c, horizon=8, capacity=Capacity(max_actions_per_year=1))
    assert str(r.deadline) == "2031-04-29" and r.deadline_year == 2030
    assert not r.feasible
    assert max(a.end_year for a in r.actions) <= 2030
    assert {u.code for u in r.unscheduled if u.priority == "needed_to_pass"}
    text = "\n".join(vi.all(r.explanation))
    assert "29/04/2031" in text and "2031" in text and "năng lực" in text
    ok = plan(fw, c, horizon=8, capacity=Capacity(max_actions_per_year=2))
    assert ok.earliest_year == 2028


def test_start_before_the_scorecard_is_refused() -> None:
    from accredit.roadmap.project import PlanInputError

    fw = tt35()
    with pytest.raises(PlanInputError, match="2025"):
        plan(fw, card(fw, gates=ACCREDITED), start=2025, object_type=CD)


def test_scorecard_of_another_object_type_is_refused() -> None:
    from accredit.roadmap.project import PlanInputError

    acc = tt14()
    c = card(acc, ["2.1"], obj=CD)  # 3-year windows
    with pytest.raises(PlanInputError, match="truong_trung_cap"):
        plan(acc, c, object_type=ObjectType.TRUONG_TRUNG_CAP)


# --- determinism ----------------------------------------------------------------------------------


def test_same_input_gives_identical_json() -> None:
    fw, acc = tt35(), tt14()
    target = card(fw, ["4.1", "4.2", "4.5", "1.3"], indicator_fail={("2.5", 2026): "not_met"})
    gate_card = card(acc, ["2.1", "2.2", "3.1", "3.3", "5.1"])

    def run() -> str:
        r = plan(fw, target, object_type=CD, gates={TT14: (acc, gate_card)}, capacity=Capacity(max_actions_per_year=2))
        return json.dumps(r.model_dump(mode="json"), ensure_ascii=False)

    first = run()
    assert all(run() == first for _ in range(3))
    assert Roadmap.model_validate_json(first).model_dump_json() == Roadmap.model_validate_json(first).model_dump_json()


def test_missing_evidence_is_fixed_now_and_counts_for_past_years() -> None:
    fw = tt35()
    # 4.5 (3-year window) was met every year but its evidence is not linked: linking it counts at once
    c = card(fw, ["4.1", "4.2"], unlinked=["4.5"], gates=ACCREDITED)
    r = plan(fw, c, object_type=CD)
    assert r.earliest_year == 2026
    [act] = needed(r)
    assert act.requirements == ["4.5"] and act.kind == "evidence" and act.effort == 1
    assert act.counts_from_year == 2026 and "minh chứng" in vi.param(act.title)


def test_a_requirement_without_improvement_actions_gets_a_generic_action_naming_it() -> None:
    from accredit.model.assessment import Status
    from accredit.scoring import score
    from tests.scoring.builders import assessment, framework, links

    fw = framework({"1": 3}, [{"type": "min_total", "points": 12}])
    c = score(fw, assessment(fw, {"1.2": Status.NOT_MET}), links(fw))
    r = plan(fw, c)
    [act] = r.actions
    assert act.requirements == ["1.2"] and act.priority == "needed_to_pass"
    assert "Tiêu chuẩn 1.2" in vi.param(act.title) and "Nội dung 1.2." in vi.param(act.steps[0])
    assert act.evidence and "Tiêu chuẩn 1.2" in vi.param(act.evidence[0])


def test_plans_stay_consistent_on_varied_scorecards() -> None:
    """Fixed-seed variety: the earliest year is the first passing projection, needed work counts by then,
    capacity holds every year, and an infeasible plan has no passing year before the deadline."""
    import random

    fw = tt35()
    codes = [r.code for r in fw.requirements]
    rng = random.Random(2026)
    for _ in range(20):
        not_met = rng.sample(codes, rng.randint(1, 8))
        fails = {
            (c, y): "not_met"
            for c in not_met
            if fw.requirement(c).formula is not None
            for y in (2024, 2025, 2026)
            if rng.random() < 0.6
        }
        cap = rng.choice(
            [Capacity(), Capacity(max_actions_per_year=rng.randint(1, 3)), Capacity(budget_per_year=rng.randint(2, 10))]
        )
        r = plan(fw, card(fw, not_met, indicator_fail=fails, gates=ACCREDITED), object_type=CD, capacity=cap,
                 horizon=rng.randint(1, 6))  # fmt: skip
        first_pass = next((p.year for p in r.projections if p.passed), None)
        assert first_pass == r.earliest_year
        for a in needed(r):
            assert r.earliest_year is None or a.counts_from_year <= r.earliest_year
        for y in r.years:
            active = [a for a in r.actions if a.active_in(y)]
            assert cap.max_actions_per_year is None or len(active) <= cap.max_actions_per_year
            assert cap.budget_per_year is None or sum(a.cost for a in active) <= cap.budget_per_year
