"""Decision rules of the accreditation circulars (TT 14/2024, TT 15/2017), from their criteria files."""

from __future__ import annotations

import pytest

from accredit.i18n.message import Messages
from accredit.model.assessment import Status
from accredit.model.framework import ObjectType
from accredit.scoring import score
from tests.scoring.builders import TT35, assessment, indicators, links, rating, real

pytestmark = pytest.mark.usefixtures("vietnamese")


vi = Messages("vi")


def outcome(card, rule: str):
    return [o for o in card.rules if o.rule == rule]


def test_tt14_truong_named_criteria_need_80_percent() -> None:
    # Điều 5.1: total ≥ 80, every criterion ≥ 60 %, criteria 2–5 ≥ 80 %.
    fw = real("tt14-2024/truong")
    obj = ObjectType.TRUONG_CAO_DANG
    # Tiêu chí 2 (8 standards × 2 = 16): two not met → 12/16 = 75 % (≥ 60 %, < 80 %); total 96
    a = assessment(fw, {"2.1": Status.NOT_MET, "2.2": Status.NOT_MET}, obj=obj)
    card = score(fw, a, links(fw), indicators(fw, obj=obj))
    assert card.total == 96
    assert outcome(card, "min_total")[0].passed and outcome(card, "min_share_each")[0].passed
    named = outcome(card, "min_share_for")[0]
    assert not named.passed and named.failing == ["2"] and "cần ≥ 12,8" in vi(named.detail)
    assert not card.passed
    assert card.minimal_fix == ["2.1"]  # 14/16 = 87.5 %


def test_tt14_truong_window_depends_on_the_object() -> None:
    fw = real("tt14-2024/truong")
    two_years = rating(fw, "1.1", "met", years={2025: "met", 2026: "met"})
    for obj, expected in (
        (ObjectType.TRUONG_TRUNG_CAP, Status.MET),
        (ObjectType.TRUONG_CAO_DANG, Status.NOT_EVALUATED),
    ):
        a = assessment(fw, {"1.1": two_years}, obj=obj)
        card = score(fw, a, links(fw), indicators(fw, obj=obj))
        assert next(r for r in card.requirements if r.code == "1.1").status == expected


def test_tt14_programme_fractional_points() -> None:
    # TT 14 CTĐT trung cấp/cao đẳng: 2.5 points per standard; criteria 2, 4, 5, 7 ≥ 75 %, 1, 3, 6 ≥ 50 %
    fw = real("tt14-2024/ctdt-trung-cap-cao-dang")
    obj = ObjectType.CTDT_CAO_DANG
    a = assessment(
        fw, {"1.1": Status.NOT_MET, "1.2": Status.NOT_MET, "2.1": Status.NOT_MET, "2.2": Status.NOT_MET}, obj=obj
    )
    card = score(fw, a, links(fw), indicators(fw, obj=obj))
    assert card.total == 90
    # Tiêu chí 1: 2.5/7.5 = 33 % < 50 %; Tiêu chí 2: 12.5/17.5 = 71 % < 75 %
    assert [o.failing for o in outcome(card, "min_share_for")] == [["2"], ["1"]]
    assert card.minimal_fix == ["1.1", "2.1"] and card.fix_plan.points_added == 5


def test_tt15_truong_hundred_standards_exact_fix() -> None:
    fw = real("tt15-2017/truong")
    obj = ObjectType.TRUONG_CAO_DANG
    not_met = [r.code for r in fw.requirements][::4]  # every 4th standard: 25 of 100
    card = score(
        fw, assessment(fw, dict.fromkeys(not_met, Status.NOT_MET), obj=obj), links(fw), indicators(fw, obj=obj)
    )
    assert card.total == 75 and not card.passed
    fixed = {c: Status.NOT_MET for c in not_met if c not in card.minimal_fix}
    again = score(fw, assessment(fw, fixed, obj=obj), links(fw), indicators(fw, obj=obj))
    assert again.passed
    # no code of the set can be left out (each one is needed)
    for code in card.minimal_fix:
        fewer = {c: Status.NOT_MET for c in not_met if c not in card.minimal_fix or c == code}
        assert not score(fw, assessment(fw, fewer, obj=obj), links(fw), indicators(fw, obj=obj)).passed


def test_tt35_gate_opened_by_a_passing_tt14_scorecard_in_the_same_run() -> None:
    tt14, tt35 = real("tt14-2024/truong"), real(TT35)
    obj = ObjectType.TRUONG_CAO_DANG
    gate_card = score(tt14, assessment(tt14, obj=obj), links(tt14), indicators(tt14, obj=obj))
    assert gate_card.passed
    card = score(tt35, assessment(tt35, obj=obj), links(tt35), indicators(tt35, obj=obj), {tt14.id: gate_card.passed})
    assert card.passed
