"""Facts of Thông tư 38/2026/TT-BGDĐT (chuẩn cơ sở GDNN) as encoded in its criteria file."""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from accredit.catalog.files import load_framework
from accredit.catalog.registry import criteria_root, load_catalog
from accredit.model.expression import evaluate
from accredit.model.framework import Formula, Framework, ObjectType, Requirement, RequirementKind, TextStatus

FRAMEWORK_ID = "tt38-2026/co-so-gdnn"
PATH = Path(__file__).resolve().parents[2] / "criteria" / "tt38-2026" / "co-so-gdnn.yaml"

COMPARE: dict[str, Callable[[Decimal, Decimal], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
}


@pytest.fixture(scope="module")
def fw() -> Framework:
    """The TT 38 framework loaded from its file in the source tree."""
    return load_framework(PATH)


def compute(formula: Formula, values: dict[str, int | str]) -> tuple[Decimal, bool]:
    """Value of ``formula`` for hand-entered inputs, rounded as the formula says, and whether it meets."""
    data = {k: Decimal(v) for k, v in values.items()}
    value = evaluate(formula.numerator, data)
    if formula.denominator is not None:
        value = value / evaluate(formula.denominator, data)
    value = (value * formula.multiplier).quantize(Decimal(1).scaleb(-formula.rounding), rounding=ROUND_HALF_UP)
    return value, COMPARE[formula.comparator](value, formula.threshold)


def formula_of(fw: Framework, code: str) -> Formula:
    """The formula of indicator ``code`` (fails the test if there is none)."""
    req = fw.requirement(code)
    assert req.formula is not None
    return req.formula


# --- metadata ----------------------------------------------------------------------------


def test_regulation_metadata(fw: Framework) -> None:
    assert fw.id == FRAMEWORK_ID
    assert fw.regulation.number == "38/2026/TT-BGDĐT"
    assert fw.regulation.issuer == "Bộ Giáo dục và Đào tạo"
    assert str(fw.regulation.issued) == "2026-04-29"
    assert str(fw.regulation.effective) == "2026-04-29"
    assert fw.status == "current"
    assert fw.applies_to == [ObjectType.TRUONG_CAO_DANG, ObjectType.TRUONG_TRUNG_CAP, ObjectType.TRUNG_TAM_GDNN]
    assert fw.scored is False
    assert fw.max_points is None
    assert all(r.points is None for r in fw.requirements)


def test_window_transition_and_notes(fw: Framework) -> None:
    assert fw.default_window.mode == "at_evaluation"
    assert fw.default_window.article is not None and "Điều 10" in fw.default_window.article
    assert fw.deadline_months == 60
    assert fw.transition is not None
    assert "Điều 14 khoản 1" in fw.transition
    assert "trước ngày 01 tháng 01 năm 2026" in fw.transition
    assert "trong thời hạn 60 tháng" in fw.transition
    notes = " ".join(fw.notes)
    assert "12 tháng" in notes and "24 tháng" in notes  # Điều 8 khoản 1
    assert "yêu cầu 1.4 của Điều kiện 1 và toàn bộ Điều kiện 5" in notes  # Điều 8 khoản 2
    assert "ngày 31 tháng 12 của năm báo cáo" in notes  # Điều 10 khoản 2


def test_found_by_the_catalog() -> None:
    catalog = load_catalog(criteria_root())
    assert not [e for e in catalog.errors if "tt38-2026" in str(e)]
    assert catalog.get(FRAMEWORK_ID).requirement("CS02").formula is not None


# --- conditions (Điều 6, Phụ lục I) --------------------------------------------------------

CONDITIONS = {
    "1": ("Tổ chức bộ máy và quản trị", ["1.1", "1.2", "1.3", "1.4"]),
    "2": ("Đội ngũ nhà giáo và cán bộ quản lý", ["2.1", "2.2", "2.3"]),
    "3": ("Chương trình, giáo trình đào tạo", ["3.1", "3.2"]),
    "4": ("Cơ sở vật chất và thiết bị đào tạo", ["4.1", "4.2", "4.3", "4.4"]),
    "5": ("Nguồn lực tài chính", ["5.1", "5.2", "5.3"]),
    "6": ("Hệ thống quản trị số và dữ liệu", ["6.1", "6.2", "6.3", "6.4"]),
}


def test_six_conditions_twenty_requirements(fw: Framework) -> None:
    conditions = [c for c in fw.criteria if c.code != "CS"]
    assert [c.code for c in conditions] == list(CONDITIONS)
    for c in conditions:
        title, codes = CONDITIONS[c.code]
        assert c.label == f"Điều kiện {c.code}"
        assert c.title == title
        assert c.article.startswith("Điều 6 khoản 1")
        assert [r.code for r in c.requirements] == codes
        assert all(r.label == f"Yêu cầu {r.code}" for r in c.requirements)
        assert all(r.kind == RequirementKind.DOCUMENTARY for r in c.requirements)
    assert sum(len(c.requirements) for c in conditions) == 20


def test_requirement_wording(fw: Framework) -> None:
    assert fw.requirement("1.4").text.startswith("Danh mục vị trí việc làm; quy định về công tác cán bộ")
    assert fw.requirement("4.4").text == (
        "Cơ sở vật chất, thiết bị đào tạo được quản lý, sử dụng hiệu quả; thực hiện theo dõi, "
        "kiểm kê, bảo trì, bảo dưỡng định kỳ theo quy định."
    )
    assert fw.requirement("5.3").text == "Báo cáo tài chính được lập và công khai hằng năm theo quy định."
    assert "sự cố hệ thống và dữ liệu" in fw.requirement("6.4").text


def test_ocr_errors_fixed_and_text_nfc(fw: Framework) -> None:
    ocr_slips = ["tô chức", "nghê", "yêu câu", "triên", "thâm định", "đữ liệu", "sự có ", "ồn định", "chât", "điêu"]
    for r in fw.requirements:
        assert unicodedata.normalize("NFC", r.text) == r.text
        for slip in ocr_slips:
            assert slip not in r.text, (r.code, slip)


def test_unverified_wordings_are_marked_with_a_reason(fw: Framework) -> None:
    unverified = [r.code for r in fw.requirements if r.text_status == TextStatus.UNVERIFIED]
    assert unverified == ["4.1", "4.2"]
    for code in unverified:
        note = fw.requirement(code).note
        assert note and ("OCR" in note or "sang trang" in note), code


def test_every_requirement_has_help_for_users(fw: Framework) -> None:
    for r in fw.requirements:
        assert 1 <= len(r.improvement_actions) <= 3, r.code
        assert r.keywords, r.code
        assert r.suggested_evidence, r.code


# --- indices (Điều 7, Phụ lục II) ---------------------------------------------------------

INDICES = {
    # code: (threshold, scope)
    "CS01": (50, "institution"),
    "CS02": (-30, "institution"),
    "CS03": (60, "every_programme"),
    "CS04": (60, "institution"),
    "CS05": (70, "institution"),
    "CS06": (20, "every_programme"),
    "CS07": (60, "institution"),
    "CS08": (70, "institution"),
    "CS09": (70, "institution"),
    "CS10": (70, "institution"),
}


def test_ten_indices_thresholds_and_scopes(fw: Framework) -> None:
    cs = fw.criterion("CS")
    assert cs.label == "Chỉ số hoạt động"
    assert cs.article == "Điều 7; Phụ lục II"
    assert [r.code for r in cs.requirements] == list(INDICES)
    for r in cs.requirements:
        threshold, scope = INDICES[r.code]
        assert r.label == f"Chỉ số {r.code[2:]}"
        assert r.kind == RequirementKind.INDICATOR
        f = formula_of(fw, r.code)
        assert f.comparator == ">="
        assert f.threshold == Decimal(threshold), r.code
        assert f.scope == scope, r.code
        assert f.multiplier == 100
        assert f.rounding == 2
        assert f.denominator is not None
        assert f.data_scope is not None and f.data_scope.startswith("Dữ liệu để xác định chỉ số là")


def test_cs01_enrolment_rate(fw: Framework) -> None:
    f = formula_of(fw, "CS01")
    assert compute(f, {"t_nh": 540, "chi_tieu": 1000}) == (Decimal("54.00"), True)
    assert compute(f, {"t_nh": 499, "chi_tieu": 1000}) == (Decimal("49.90"), False)
    assert compute(f, {"t_nh": 1, "chi_tieu": 3}) == (Decimal("33.33"), False)


def test_cs02_scale_change_boundary_and_exception_note(fw: Framework) -> None:
    f = formula_of(fw, "CS02")
    assert compute(f, {"q_n": 700, "q_n_minus_2": 1000}) == (Decimal("-30.00"), True)
    assert compute(f, {"q_n": 699, "q_n_minus_2": 1000}) == (Decimal("-30.10"), False)
    assert compute(f, {"q_n": 1250, "q_n_minus_2": 1000}) == (Decimal("25.00"), True)
    described = " ".join(i.description or "" for i in f.inputs)
    assert "10 tháng" in described and "N_i × T_i" in described
    assert f.note is not None and "định hướng phát triển" in f.note
    assert "trừ trường hợp việc giảm quy mô" in fw.requirement("CS02").text


def test_cs03_is_checked_per_programme(fw: Framework) -> None:
    f = formula_of(fw, "CS03")
    programmes = {"Điện công nghiệp": (1800, 3000), "Kế toán": (1500, 2600)}
    results = {name: compute(f, {"gc_j": gc, "g_j": g}) for name, (gc, g) in programmes.items()}
    assert results["Điện công nghiệp"] == (Decimal("60.00"), True)
    assert results["Kế toán"] == (Decimal("57.69"), False)
    assert not all(ok for _, ok in results.values())  # one programme below 60 % fails the index


def test_cs09_pools_learners_and_graduates(fw: Framework) -> None:
    f = formula_of(fw, "CS09")
    assert f.denominator == "nh_phan_hoi + tn_phan_hoi"
    # 300 satisfied out of 320 learners + 100 graduates who answered: 300 / 420 = 71.43 %
    assert compute(f, {"nh_hai_long": 300, "nh_phan_hoi": 320, "tn_phan_hoi": 100}) == (Decimal("71.43"), True)
    assert compute(f, {"nh_hai_long": 293, "nh_phan_hoi": 320, "tn_phan_hoi": 100}) == (Decimal("69.76"), False)


def _conditions(f: Formula) -> list[tuple[str, str, str | None, Decimal, str | None]]:
    return [(c.kind, c.numerator, c.denominator, c.minimum, c.per) for c in f.survey_conditions]


def test_survey_conditions(fw: Framework) -> None:
    assert _conditions(formula_of(fw, "CS08")) == [
        ("share", "tn_khao_sat", "tn_tong", Decimal("0.5"), None),
        ("share", "tn_phan_hoi", "tn_khao_sat", Decimal("0.7"), None),
    ]
    assert _conditions(formula_of(fw, "CS09")) == [
        ("share", "nh_khao_sat", "nh_tong", Decimal("0.5"), None),
        ("share", "tn_khao_sat", "tn_tong", Decimal("0.5"), None),
        ("share", "nh_phan_hoi", "nh_khao_sat", Decimal("0.7"), None),
        ("share", "tn_phan_hoi", "tn_khao_sat", Decimal("0.7"), None),
    ]
    assert _conditions(formula_of(fw, "CS10")) == [("count", "dn_khao_sat_nganh", None, Decimal(3), "occupation")]
    for code in ("CS01", "CS02", "CS03", "CS04", "CS05", "CS06", "CS07"):
        assert formula_of(fw, code).survey_conditions == []


def test_cs08_data_scope_window(fw: Framework) -> None:
    scope = formula_of(fw, "CS08").data_scope or ""
    assert "trong vòng 12 tháng" in scope and "24 tháng" in scope and "chốt dữ liệu" in scope


def test_regulation_symbols_in_input_descriptions(fw: Framework) -> None:
    symbols = {"CS01": "T_nh", "CS02": "Q_n", "CS03": "GC_j", "CS06": "TT_j", "CS09": "NH_ph"}
    for code, symbol in symbols.items():
        assert any(symbol in (i.description or "") for i in formula_of(fw, code).inputs), code


# --- decision (Điều 9) --------------------------------------------------------------------


def test_decision_is_all_met(fw: Framework) -> None:
    assert fw.decision.article == "Điều 9 khoản 2"
    assert "đáp ứng đầy đủ các yêu cầu điều kiện bảo đảm chất lượng" in fw.decision.text
    assert len(fw.decision.rules) == 1
    rule = fw.decision.rules[0]
    assert rule.type == "all_met"
    assert rule.criteria is None  # every condition and every index


def test_requirements_are_objects_not_positions(fw: Framework) -> None:
    req: Requirement = fw.requirement("5.2")
    assert fw.criterion_of(req.code).code == "5"
    assert fw.criterion_of("CS10").code == "CS"
