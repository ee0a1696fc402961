"""The minimal fix set against an exhaustive search, plus its explanations."""

from __future__ import annotations

import itertools
import random

import pytest

from accredit.i18n.message import Messages
from accredit.model.assessment import Status
from accredit.model.framework import Framework
from accredit.scoring import score
from tests.scoring.builders import assessment, framework, links

pytestmark = pytest.mark.usefixtures("vietnamese")


RULES_TT15_LIKE = [
    {"type": "min_total", "points": 80},
    {"type": "min_share_each", "share": 0.6},
    {"type": "min_share_for", "criteria": ["2", "3"], "share": 0.8},
]


vi = Messages("vi")


def brute_force_size(fw: Framework, statuses: dict[str, Status]) -> int | None:
    """Smallest number of open requirements whose becoming met passes every rule (exhaustive)."""
    open_codes = [c for c, s in statuses.items() if s in (Status.NOT_MET, Status.NOT_EVALUATED)]
    for k in range(len(open_codes) + 1):
        for subset in itertools.combinations(open_codes, k):
            trial = {**statuses, **dict.fromkeys(subset, Status.MET)}
            if score(fw, assessment(fw, trial), links(fw), []).passed:
                return k
    return None


@pytest.mark.parametrize("seed", range(12))
def test_minimal_fix_is_as_small_as_an_exhaustive_search(seed: int) -> None:
    rnd = random.Random(seed)
    points = rnd.choice([2, 4, 5])
    sizes = {"1": rnd.randint(2, 4), "2": rnd.randint(2, 4), "3": rnd.randint(2, 4)}
    n = sum(sizes.values())
    fw = framework(sizes, [{"type": "min_total", "points": points * n * 8 // 10}, *RULES_TT15_LIKE[1:]], points=points)
    statuses = {
        r.code: rnd.choice([Status.MET, Status.MET, Status.NOT_MET, Status.NOT_EVALUATED]) for r in fw.requirements
    }
    card = score(fw, assessment(fw, statuses), links(fw), [])
    expected = brute_force_size(fw, statuses)
    if card.passed:
        assert card.minimal_fix == [] and expected == 0
        return
    assert expected is not None
    assert len(card.minimal_fix) == expected
    # the proposed set really passes
    fixed = {**statuses, **dict.fromkeys(card.minimal_fix, Status.MET)}
    assert score(fw, assessment(fw, fixed), links(fw), []).passed
    assert card.fix_plan.points_added == points * expected


def test_prefers_least_effort_then_earliest_code() -> None:
    # one more standard needed; 1.2 only lacks evidence (effort 1), 1.1 and 1.3 are not met
    fw = framework({"1": 5}, [{"type": "min_total", "points": 12}])
    a = assessment(fw, {"1.1": Status.NOT_MET, "1.3": Status.NOT_MET})
    card = score(fw, a, links(fw, ["1.1", "1.3", "1.4", "1.5"]), [])
    assert card.total == 8
    assert card.minimal_fix == ["1.2"]
    assert card.fix_plan.items[0].effort == 1
    # with 1.2 evidenced the two not-met ones tie: the earlier code wins
    card = score(fw, a, links(fw), [])
    assert card.total == 12 and card.passed
    card = score(
        fw, assessment(fw, {"1.1": Status.NOT_MET, "1.3": Status.NOT_MET, "1.4": Status.NOT_MET}), links(fw), []
    )
    assert card.minimal_fix == ["1.1"]


def test_share_rule_forces_a_criterion_even_when_points_would_suffice_elsewhere() -> None:
    fw = framework(
        {"1": 3, "2": 3},
        [{"type": "min_total", "points": 16}, {"type": "min_share_for", "criteria": ["2"], "share": 0.8}],
    )
    a = assessment(fw, {"2.1": Status.NOT_MET, "2.2": Status.NOT_MET, "1.3": Status.NOT_MET})
    card = score(fw, a, links(fw), [])
    # total 12 < 16 needs one more; Tiêu chí 2 at 4/12 needs 9.6 → two more from criterion 2
    assert card.minimal_fix == ["2.1", "2.2"]
    assert card.fix_plan.total_after == 20


def test_all_met_makes_every_open_requirement_mandatory() -> None:
    fw = framework({"1": 2, "2": 2}, [{"type": "all_met"}], scored=False)
    card = score(fw, assessment(fw, {"2.2": Status.NOT_MET, "1.1": None}), links(fw), [])
    assert card.minimal_fix == ["1.1", "2.2"]
    assert vi(next(i.action for i in card.fix_plan.items)).startswith("đánh giá")
    # all_met restricted to named criteria
    fw = framework({"1": 2, "2": 2}, [{"type": "all_met", "criteria": ["2"]}], scored=False)
    card = score(fw, assessment(fw, {"2.2": Status.NOT_MET, "1.1": None}), links(fw), [])
    assert card.minimal_fix == ["2.2"]
    assert card.rules[0].failing == ["2.2"]


def test_no_fix_set_when_not_applicable_standards_make_it_impossible() -> None:
    fw = framework({"1": 5}, [{"type": "min_total", "points": 20}])
    card = score(fw, assessment(fw, {"1.1": Status.NOT_APPLICABLE, "1.2": Status.NOT_MET}), links(fw), [])
    assert not card.passed
    assert card.minimal_fix == [] and not card.fix_plan.feasible
    assert "Không có tập khắc phục" in vi(card.fix_plan.explanation)


def test_gate_and_points_both_blocking_are_both_explained() -> None:
    fw = framework(
        {"1": 3},
        [
            {"type": "framework_passed", "any_of": ["tt14-2024/truong"], "label": "Kiểm định"},
            {"type": "min_total", "points": 12},
        ],
    )
    card = score(fw, assessment(fw, {"1.1": Status.NOT_MET}), links(fw), [], {})
    assert card.minimal_fix == ["1.1"]
    assert card.fix_plan.gates_blocking == ["tt14-2024/truong"]
    assert "tiên quyết" in vi(card.fix_plan.explanation)
    assert [b.rule for b in card.blockers] == ["framework_passed", "min_total"]


def test_fractional_points_are_exact() -> None:
    # 1.5 points per standard: 60 % of 6 = 3.6 → needs 3 standards (4.5), not 2 (3.0)
    fw = framework({"1": 4}, [{"type": "min_share_each", "share": 0.6}], points=1)
    data = fw.model_dump()
    for r in data["criteria"][0]["requirements"]:
        r["points"] = "1.5"
    fw = Framework.model_validate(data)
    card = score(fw, assessment(fw, dict.fromkeys(["1.1", "1.2", "1.3", "1.4"], Status.NOT_MET)), links(fw), [])
    assert card.minimal_fix == ["1.1", "1.2", "1.3"]
