"""The hand-encoded TT 35/2021 framework: structure, points, windows, pass rule, formulas."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from accredit.catalog.files import load_framework
from accredit.model.framework import Formula, Framework, ObjectType
from tests.criteria.hand import formula_value

FILE = Path(__file__).resolve().parents[2] / "criteria" / "tt35-2021" / "truong-cao-dang.yaml"

# Điều 4 khoản 3 điểm a: khoản 3 Điều 6; khoản 1, 2, 3, 4 Điều 7; khoản 4 Điều 8;
# khoản 3, 4, 6 Điều 9; khoản 1 Điều 10.
AT_EVALUATION = {"1.3", "2.1", "2.2", "2.3", "2.4", "3.4", "4.3", "4.4", "4.6", "5.1"}


@pytest.fixture(scope="module")
def fw() -> Framework:
    return load_framework(FILE)


def passes(formula: Formula, value: Decimal) -> bool:
    ops = {">=": value >= formula.threshold, ">": value > formula.threshold, "<=": value <= formula.threshold,
           "<": value < formula.threshold, "==": value == formula.threshold}
    return ops[formula.comparator]


def test_identity_and_regulation(fw: Framework) -> None:
    assert fw.id == "tt35-2021/truong-cao-dang"
    assert fw.status == "current"
    assert fw.applies_to == [ObjectType.TRUONG_CAO_DANG]
    assert fw.regulation.number == "35/2021/TT-BLĐTBXH"
    assert str(fw.regulation.issued) == "2021-12-30"
    assert str(fw.regulation.effective) == "2022-02-15"
    assert fw.regulation.issuer == "Bộ Lao động - Thương binh và Xã hội"
    assert any("sư phạm" in n and "Điều 2" in n for n in fw.notes)


def test_five_criteria_twenty_five_standards_hundred_points(fw: Framework) -> None:
    assert [c.code for c in fw.criteria] == ["1", "2", "3", "4", "5"]
    assert [c.label for c in fw.criteria] == [f"Tiêu chí {n}" for n in range(1, 6)]
    assert [c.article for c in fw.criteria] == [f"Điều {n}" for n in range(6, 11)]
    assert len(fw.requirements) == 25
    assert fw.max_points == 100
    assert [c.max_points for c in fw.criteria] == [12, 20, 24, 28, 16]
    assert all(r.points == 4 for r in fw.requirements)


def test_codes_labels_articles_follow_the_circular(fw: Framework) -> None:
    for crit, article in zip(fw.criteria, range(6, 11), strict=True):
        for n, req in enumerate(crit.requirements, start=1):
            assert req.code == f"{crit.code}.{n}"
            assert req.label == f"Tiêu chuẩn {n}"
            assert req.article == f"Điều {article} khoản {n}"
            assert req.text_status == "official"


def test_wording_is_verbatim_where_spot_checked(fw: Framework) -> None:
    assert fw.requirement("1.2").text == (
        "Kết thúc khóa đào tạo, tỷ lệ bỏ học của học sinh, sinh viên hệ trung cấp, cao đẳng của toàn "
        "trường không vượt quá 20% tổng số tuyển sinh."
    )
    assert fw.requirement("2.3").text == (
        "100% nhà giáo có bằng cử nhân hoặc tương đương trở lên, phù hợp với ngành, nghề giảng dạy."
    )
    assert "  " not in "".join(r.text for r in fw.requirements)


def test_evidence_windows_follow_article_4(fw: Framework) -> None:
    assert fw.default_window.mode == "years" and fw.default_window.years == 3
    assert fw.default_window.article == "Điều 4 khoản 3 điểm b"
    at_eval = {r.code for r in fw.requirements if fw.window_of(r).mode == "at_evaluation"}
    assert at_eval == AT_EVALUATION
    for r in fw.requirements:
        if r.code in AT_EVALUATION:
            assert fw.window_of(r).article == "Điều 4 khoản 3 điểm a"
        else:
            assert fw.window_of(r).years_for(ObjectType.TRUONG_CAO_DANG) == 3


def test_decision_gate_and_rules(fw: Framework) -> None:
    d = fw.decision
    assert d.article == "Điều 5"
    assert "80 điểm" in d.text and "60%" in d.text
    gate, total, each = d.rules
    assert gate.type == "framework_passed"
    assert gate.any_of == ["tt14-2024/truong", "tt15-2017/truong"]
    assert gate.label == "Đạt tiêu chuẩn kiểm định chất lượng cơ sở giáo dục nghề nghiệp"
    assert gate.article == "Điều 5 khoản 1"
    assert total.type == "min_total" and total.points == 80 and total.article == "Điều 5 khoản 2"
    assert each.type == "min_share_each" and each.share == Decimal("0.6") and each.article == "Điều 5 khoản 2"


def test_kinds_and_formulas(fw: Framework) -> None:
    for r in fw.requirements:
        if r.kind in ("indicator", "mixed"):
            assert r.formula is not None and r.formula.article == r.article
        assert r.suggested_evidence and r.keywords
        assert 1 <= len(r.improvement_actions) <= 3
    assert fw.requirement("1.1").kind == "mixed"
    assert "1.000" in (fw.requirement("1.1").note or "")
    for code in ("2.1", "2.2", "2.3", "2.4", "2.5"):
        names = {i.name: i for i in fw.requirement(code).formula.inputs}
        assert "Điều 3" in (names["so_nha_giao"].description or "")
        assert "môn học chung" in (names["so_nha_giao"].description or "")
    assert fw.requirement("1.2").formula.comparator == "<="
    assert fw.requirement("3.6").formula.threshold == 80
    survey = fw.requirement("5.2").formula.survey_conditions
    assert survey and survey[0].minimum == 2 and survey[0].per == "occupation"


def test_formulas_on_hand_numbers(fw: Framework) -> None:
    # 2.2: 45 of 80 teachers at foreign-language level 3 → 56.25 % ≥ 50 % → met; 39 of 80 → 48.75 % → not met.
    f = fw.requirement("2.2").formula
    assert formula_value(f, {"so_nha_giao_ngoai_ngu_bac_3": 45, "so_nha_giao": 80}) == Decimal("56.25")
    assert passes(f, Decimal("56.25"))
    assert not passes(f, formula_value(f, {"so_nha_giao_ngoai_ngu_bac_3": 39, "so_nha_giao": 80}))
    # 1.2: 90 dropouts of 500 enrolled → 18 % ≤ 20 % → met; 101 of 500 → 20.2 % → not met.
    f = fw.requirement("1.2").formula
    assert formula_value(f, {"so_hssv_bo_hoc": 90, "so_tuyen_sinh": 500}) == Decimal("18.00")
    assert passes(f, Decimal(18))
    assert not passes(f, formula_value(f, {"so_hssv_bo_hoc": 101, "so_tuyen_sinh": 500}))
    # 1.1: 2 150 converted students → a count, no percentage; 1 999 fails.
    f = fw.requirement("1.1").formula
    assert formula_value(f, {"so_hssv_quy_doi": 2150, "so_sv_cao_dang": 1200}) == 2150
    assert passes(f, Decimal(2150)) and not passes(f, Decimal(1999))
    # 2.1: 100 % means every teacher: 79 of 80 fails.
    f = fw.requirement("2.1").formula
    assert not passes(f, formula_value(f, {"so_nha_giao_dat_chuan_cntt": 79, "so_nha_giao": 80}))
    assert passes(f, formula_value(f, {"so_nha_giao_dat_chuan_cntt": 80, "so_nha_giao": 80}))
