"""Each decision rule on cases built from the regulations' own files (TT 35/2021, TT 38/2026)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from accredit.i18n.message import Messages
from accredit.model.assessment import Status
from accredit.model.framework import Framework
from accredit.model.scorecard import Flag
from accredit.scoring import score
from tests.scoring.builders import YEAR, assessment, indicators, links, rating

vi = Messages("vi")


ACCREDITED = {"tt14-2024/truong": True}


pytestmark = pytest.mark.usefixtures("vietnamese")


def outcome(card, rule: str):
    return next(o for o in card.rules if o.rule == rule)


def test_tt35_everything_met_passes(tt35: Framework) -> None:
    card = score(tt35, assessment(tt35), links(tt35), indicators(tt35), ACCREDITED)
    assert card.passed
    assert card.total == 100 and card.max == 100
    assert [c.points for c in card.criteria] == [12, 20, 24, 28, 16]
    assert card.minimal_fix == [] and card.blockers == []


def test_tt35_eighty_points_but_one_criterion_under_60_percent_fails(tt35: Framework) -> None:
    # Tiêu chí 1 (max 12, floor 7.2): only 1.3 met → 4 points = 33 %; all other criteria full.
    a = assessment(tt35, {"1.1": Status.NOT_MET, "1.2": Status.NOT_MET})
    ind = indicators(
        tt35, {("1.1", y): "not_met" for y in (2024, 2025, 2026)} | {("1.2", y): "not_met" for y in (2024, 2025, 2026)}
    )
    card = score(tt35, a, links(tt35), ind, ACCREDITED)
    assert card.total == 92  # ≥ 80
    assert outcome(card, "min_total").passed
    share = outcome(card, "min_share_each")
    assert not share.passed and share.failing == ["1"]
    assert "Tiêu chí 1" in vi(share.detail) and "4/12" in vi(share.detail)
    assert not card.passed
    # one more standard of Tiêu chí 1 (8/12 = 66.7 %) is the smallest fix
    assert len(card.minimal_fix) == 1 and card.minimal_fix[0] in ("1.1", "1.2")
    assert card.fix_plan.points_added == 4 and card.fix_plan.total_after == 96


def test_tt35_under_eighty_points_fails_total(tt35: Framework) -> None:
    not_met = ["1.3", "2.1", "3.2", "4.3", "5.1", "4.1"]  # 6 × 4 = 24 points lost, every criterion ≥ 60 %
    a = assessment(tt35, dict.fromkeys(not_met, Status.NOT_MET))
    ind = indicators(tt35, {("2.1", YEAR): "not_met"})
    card = score(tt35, a, links(tt35), ind, ACCREDITED)
    assert card.total == 76
    total = outcome(card, "min_total")
    assert not total.passed and total.shortfall == 4
    assert outcome(card, "min_share_each").passed
    assert not card.passed
    assert len(card.minimal_fix) == 1 and card.fix_plan.total_after == 80


def test_tt35_accreditation_gate_unmet_fails(tt35: Framework) -> None:
    a = assessment(tt35)
    absent = score(tt35, a, links(tt35), indicators(tt35), {})
    gate = outcome(absent, "framework_passed")
    assert not gate.passed and not absent.passed
    assert "chưa có quyết định công nhận" in vi(gate.detail) and "TT 14/2024" in vi(gate.detail)  # named, not by id
    assert "tt14-2024/truong" not in vi(gate.detail) and gate.failing == ["tt14-2024/truong", "tt15-2017/truong"]
    assert absent.total == 100  # every standard met: only the gate blocks
    assert absent.minimal_fix == []
    assert absent.fix_plan.gates_blocking == ["tt14-2024/truong", "tt15-2017/truong"]
    assert "tiên quyết" in vi(absent.fix_plan.explanation)

    failed = score(tt35, a, links(tt35), indicators(tt35), {"tt14-2024/truong": False})
    assert not outcome(failed, "framework_passed").passed
    assert "chưa đạt" in vi(outcome(failed, "framework_passed").detail)

    # any_of: a TT 15/2017 accreditation also opens the gate
    older = score(tt35, a, links(tt35), indicators(tt35), {"tt15-2017/truong": True})
    assert older.passed


def test_tt35_gate_from_declared_certificate(tt35: Framework) -> None:
    a = assessment(tt35, external_results=[{"framework": "tt14-2024/truong", "passed": True, "note": "GCN 12/2025"}])
    assert score(tt35, a, links(tt35), indicators(tt35), {}).passed


def test_tt35_three_year_window_with_one_bad_year_fails(tt35: Framework) -> None:
    # 4.1 (documentary, 3-year window per Điều 4.3.b): met in 2025 and 2026, not in 2024
    r = rating(tt35, "4.1", Status.MET, years={2024: "not_met", 2025: "met", 2026: "met"})
    card = score(tt35, assessment(tt35, {"4.1": r}), links(tt35), indicators(tt35), ACCREDITED)
    res = next(x for x in card.requirements if x.code == "4.1")
    assert res.status == Status.NOT_MET and res.points == 0
    assert "2024" in vi(res.reason) and res.gap_years == [2024]
    # an indicator with one bad year fails the same way (2.5, teacher upskilling, every year)
    card = score(tt35, assessment(tt35), links(tt35), indicators(tt35, {("2.5", 2025): "not_met"}), ACCREDITED)
    res = next(x for x in card.requirements if x.code == "2.5")
    assert res.status == Status.NOT_MET and "2025" in vi(res.reason)


def test_tt35_snapshot_standard_needs_only_the_evaluation_year(tt35: Framework) -> None:
    # 1.3 is judged at evaluation time (Điều 4.3.a): one rating is enough
    card = score(tt35, assessment(tt35), links(tt35), indicators(tt35), ACCREDITED)
    res = next(x for x in card.requirements if x.code == "1.3")
    assert res.status == Status.MET and [y.year for y in res.years] == [YEAR]


def test_tt38_everything_met_passes(tt38: Framework) -> None:
    card = score(tt38, assessment(tt38), links(tt38), indicators(tt38))
    assert card.passed and not card.scored and card.unit == "requirements"
    assert card.total == card.max == 30
    assert all(r.points is None for r in card.requirements)


def test_tt38_one_index_below_threshold_fails(tt38: Framework) -> None:
    card = score(tt38, assessment(tt38), links(tt38), indicators(tt38, {("CS03", YEAR): "not_met"}))
    assert not card.passed
    rule = outcome(card, "all_met")
    assert not rule.passed and rule.failing == ["CS03"]
    assert card.minimal_fix == ["CS03"]
    res = next(x for x in card.requirements if x.code == "CS03")
    assert res.status == Status.NOT_MET and "60%" in vi(res.reason)


def test_tt38_invalid_survey_is_never_met(tt38: Framework) -> None:
    card = score(tt38, assessment(tt38), links(tt38), indicators(tt38, {("CS08", YEAR): "invalid"}))
    res = next(x for x in card.requirements if x.code == "CS08")
    assert res.status == Status.NOT_EVALUATED and Flag.INVALID_DATA in res.flags
    assert not card.passed and card.minimal_fix == ["CS08"]


def test_tt38_not_applicable_is_excluded_from_all_met(tt38: Framework) -> None:
    # Điều 8.2.a: 1.4 and Điều kiện 5 do not apply to schools of the Ministries of Defence and Public Security
    na = dict.fromkeys(["1.4", "5.1", "5.2", "5.3"], Status.NOT_APPLICABLE)
    card = score(tt38, assessment(tt38, na), links(tt38), indicators(tt38))
    assert card.passed
    assert card.max == 26 and card.total == 26


def test_not_applicable_in_a_scored_framework_earns_nothing(tt35: Framework) -> None:
    card = score(tt35, assessment(tt35, {"1.3": Status.NOT_APPLICABLE}), links(tt35), indicators(tt35), ACCREDITED)
    res = next(x for x in card.requirements if x.code == "1.3")
    assert res.status == Status.NOT_APPLICABLE and res.points == 0
    assert Flag.NOT_APPLICABLE_SCORED in res.flags
    assert card.total == 96 and card.max == 100


def test_contract_is_exact_and_a_subset_of_the_full_dump(tt35: Framework) -> None:
    card = score(tt35, assessment(tt35, {"1.3": None}), links(tt35), indicators(tt35), {})
    contract = card.to_contract()
    assert card.to_contract(vi)["requirements"][0]["reason"]["text"] == vi(card.requirements[0].reason)
    assert list(contract) == ["framework", "total", "max", "passed", "rules", "criteria", "requirements", "minimal_fix"]
    assert all(set(r) == {"rule", "passed", "detail"} for r in contract["rules"])
    assert all(set(c) == {"code", "points", "max", "share"} for c in contract["criteria"])
    assert all(set(r) == {"code", "status", "points", "reason"} for r in contract["requirements"])
    assert all(isinstance(c, str) for c in contract["minimal_fix"])
    full = card.model_dump(mode="json")
    for key, value in contract.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            assert [{k: item[k] for k in value[0]} for item in full[key]] == value
        else:
            assert full[key] == value
    assert contract["criteria"][0]["share"] == pytest.approx(8 / 12, abs=1e-4)
    assert isinstance(contract["total"], int) and contract["total"] == 96
    assert Decimal(str(contract["criteria"][0]["share"])) == Decimal("0.6667")


def test_reasons_are_rendered_in_the_language_asked(tt35: Framework) -> None:
    card = score(tt35, assessment(tt35, {"1.3": None}), links(tt35), indicators(tt35), {})
    res = next(x for x in card.requirements if x.code == "1.3")
    en = Messages("en")
    assert res.reason.key == "scoring.reason.not_rated"  # the core says what, not in which language
    assert en(res.reason) == "not rated yet (no status chosen)"
    assert vi(res.reason) != en(res.reason)
    assert "no recognition decision" in en(outcome(card, "framework_passed").detail)
    assert "chưa có quyết định công nhận" in vi(outcome(card, "framework_passed").detail)


def test_the_core_reads_no_language(tt35: Framework, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same inputs give the same scorecard whatever the process language says."""
    from accredit.i18n import set_language

    cards = []
    for lang in ("vi", "en"):
        monkeypatch.setenv("ACCREDIT_LANG", lang)
        set_language(lang)
        cards.append(score(tt35, assessment(tt35, {"1.3": None}), links(tt35), indicators(tt35), {}))
    set_language(None)
    assert cards[0] == cards[1]
    assert cards[0].model_dump_json() == cards[1].model_dump_json()
