"""Indicator formulas on hand-computed data (TT 38 Phụ lục II, TT 35 numeric standards)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from accredit.i18n.message import Messages
from accredit.indicators import Cell, InstitutionData, TableRow, compute_indicators
from accredit.indicators.compute import compute_indicator
from accredit.model.framework import Framework
from accredit.model.indicator import IndicatorStatus

pytestmark = pytest.mark.usefixtures("vietnamese")


vi = Messages("vi")


def values(**by_name: dict[int, int | str]) -> dict[str, dict[int, Cell]]:
    return {
        n: {y: Cell(value=Decimal(str(v)), source=f"test!{n}{y}") for y, v in ys.items()} for n, ys in by_name.items()
    }


def row(year: int, key: str, **vals: int | str) -> TableRow:
    return TableRow(
        year=year,
        key=key,
        values={k: Cell(value=Decimal(str(v)), source=f"{key}!{k}") for k, v in vals.items()},
        source=f"row {key}",
    )


def one(fw: Framework, code: str, data: InstitutionData, year: int = 2026):
    return compute_indicator(fw, fw.requirement(code), data, year)


def test_cs01_enrolment_rate_rounds_half_up(tt38: Framework) -> None:
    r = one(tt38, "CS01", InstitutionData(values=values(t_nh={2026: 1234}, chi_tieu={2026: 2000})))
    assert r.status == IndicatorStatus.MET and r.value == Decimal("61.70")
    assert (r.numerator, r.denominator) == (1234, 2000)
    assert [(i.name, i.value, i.source) for i in r.inputs] == [
        ("t_nh", 1234, "test!t_nh2026"),
        ("chi_tieu", 2000, "test!chi_tieu2026"),
    ]
    # 1/32 = 3.125 % → 3.13 (half up, not banker's 3.12)
    r = one(tt38, "CS01", InstitutionData(values=values(t_nh={2026: 1}, chi_tieu={2026: 32})))
    assert r.value == Decimal("3.13") and r.status == IndicatorStatus.NOT_MET
    # exactly on the threshold meets (≥ 50 %)
    r = one(tt38, "CS01", InstitutionData(values=values(t_nh={2026: 500}, chi_tieu={2026: 1000})))
    assert r.value == Decimal("50.00") and r.met


def test_cs02_uses_the_ten_month_conversion_of_cohorts(tt38: Framework) -> None:
    cohorts = [
        row(2026, "K1", so_nguoi_hoc=100, so_thang_thuc_hoc=10),
        row(2026, "K2", so_nguoi_hoc=60, so_thang_thuc_hoc=5),
        row(2024, "K0", so_nguoi_hoc=200, so_thang_thuc_hoc=10),
    ]
    r = one(tt38, "CS02", InstitutionData(cohorts=cohorts))
    # Q_2026 = (100×10 + 60×5)/10 = 130; Q_2024 = 200×10/10 = 200; (130 − 200)/200 × 100 = −35 %
    q = {i.name: i.value for i in r.inputs}
    assert q == {"q_n": 130, "q_n_minus_2": 200}
    assert r.value == Decimal("-35.00") and r.status == IndicatorStatus.NOT_MET
    assert "Σ N×T/10" in vi.param(r.inputs[0].source)
    cohorts[1] = row(2026, "K2", so_nguoi_hoc=100, so_thang_thuc_hoc=5)  # Q_2026 = 150 → −25 %
    r = one(tt38, "CS02", InstitutionData(cohorts=cohorts))
    assert r.value == Decimal("-25.00") and r.met
    # typed Q values work too when there are no cohort rows
    r = one(tt38, "CS02", InstitutionData(values=values(q_n={2026: 71}, q_n_minus_2={2026: 100})))
    assert r.value == Decimal("-29.00") and r.met


def test_cs03_is_computed_for_every_programme(tt38: Framework) -> None:
    progs = [
        row(2026, "6480201", gc_j=300, g_j=450),
        row(2026, "6520227", gc_j=110, g_j=200),
        row(2026, "6340301", tt_j=5, mh_j=20),
    ]  # no CS03 data: not part of CS03
    r = one(tt38, "CS03", InstitutionData(programmes=progs))
    assert r.scope == "every_programme"
    assert [(p.programme, p.value, p.status.value) for p in r.programmes] == [
        ("6480201", Decimal("66.67"), "met"),
        ("6520227", Decimal("55.00"), "not_met"),
    ]
    assert r.status == IndicatorStatus.NOT_MET and r.value == Decimal("55.00")
    # CS06 on the same sheet: 5/20 = 25 % ≥ 20 % for the one programme that has data
    r6 = one(tt38, "CS06", InstitutionData(programmes=progs))
    assert [(p.programme, p.value) for p in r6.programmes] == [("6340301", Decimal("25.00"))] and r6.met


def test_a_programme_with_half_its_data_is_missing(tt38: Framework) -> None:
    progs = [row(2026, "A", gc_j=300, g_j=450), row(2026, "B", gc_j=100)]
    r = one(tt38, "CS03", InstitutionData(programmes=progs))
    assert r.status == IndicatorStatus.MISSING
    assert any("B:" in p and "g_j" in p for p in vi.all(r.problems))


def test_cs08_survey_below_fifty_percent_is_invalid_never_met(tt38: Framework) -> None:
    data = InstitutionData(
        values=values(tn_viec_lam={2026: 60}, tn_phan_hoi={2026: 80}, tn_tong={2026: 200}, tn_khao_sat={2026: 90})
    )
    r = one(tt38, "CS08", data)
    assert r.value == Decimal("75.00")  # 60/80, above 70 % ...
    assert r.status == IndicatorStatus.INVALID  # ... but only 45 % of graduates were surveyed
    by_label = {s.label: s for s in r.survey}
    assert not by_label["Khảo sát tối thiểu 50% số người học đã tốt nghiệp"].passed
    assert by_label["Tỷ lệ phản hồi đạt từ 70% số người học được khảo sát"].passed  # 80/90
    assert any("45%" in p for p in vi.all(r.problems))
    data = InstitutionData(
        values=values(tn_viec_lam={2026: 60}, tn_phan_hoi={2026: 80}, tn_tong={2026: 200}, tn_khao_sat={2026: 100})
    )
    assert one(tt38, "CS08", data).status == IndicatorStatus.MET


def test_cs09_denominator_adds_learners_and_graduates(tt38: Framework) -> None:
    data = InstitutionData(
        values=values(
            nh_hai_long={2026: 700},
            nh_phan_hoi={2026: 600},
            tn_phan_hoi={2026: 300},
            nh_tong={2026: 1000},
            nh_khao_sat={2026: 800},
            tn_tong={2026: 500},
            tn_khao_sat={2026: 400},
        )
    )
    r = one(tt38, "CS09", data)
    assert r.denominator == 900 and r.value == Decimal("77.78") and r.met


def test_cs10_needs_three_employers_per_occupation(tt38: Framework) -> None:
    base = values(dn_hai_long={2026: 8}, dn_khao_sat={2026: 10})
    groups = {
        "occupation": [row(2026, "Điện công nghiệp", dn_khao_sat_nganh=4), row(2026, "Cơ khí", dn_khao_sat_nganh=2)]
    }
    r = one(tt38, "CS10", InstitutionData(values=base, groups=groups))
    assert r.value == Decimal("80.00") and r.status == IndicatorStatus.INVALID
    assert r.survey[0].failing_groups == ["Cơ khí"] and r.survey[0].value == 2
    groups["occupation"][1] = row(2026, "Cơ khí", dn_khao_sat_nganh=3)
    assert one(tt38, "CS10", InstitutionData(values=base, groups=groups)).met
    # no per-occupation rows: validity cannot be checked → missing, never met
    r = one(tt38, "CS10", InstitutionData(values=base))
    assert r.status == IndicatorStatus.MISSING and "ngành" in vi(r.problems[0])


def test_missing_inputs_and_zero_denominators(tt38: Framework) -> None:
    r = one(tt38, "CS04", InstitutionData(values=values(ct={2026: 10})))
    assert r.status == IndicatorStatus.MISSING and "ct_cap_nhat" in vi(r.problems[0])
    r = one(tt38, "CS04", InstitutionData(values=values(ct={2026: 0}, ct_cap_nhat={2026: 0})))
    assert r.status == IndicatorStatus.INVALID and "bằng 0" in vi(r.problems[0])


def test_tt35_three_years_and_comparators(tt35: Framework) -> None:
    data = InstitutionData(
        values=values(
            so_hssv_bo_hoc={2024: 150, 2025: 250, 2026: 200},
            so_tuyen_sinh={2024: 1000, 2025: 1000, 2026: 1000},
            so_de_tai_hop_tac_doanh_nghiep={2024: 1, 2025: 0, 2026: 2},
        )
    )
    report = compute_indicators(tt35, data, 2026)
    dropout = {r.year: (r.value, r.status.value) for r in report.results if r.requirement == "1.2"}
    # ≤ 20 %: 15 % met, 25 % not met, exactly 20 % met
    assert dropout == {
        2024: (Decimal("15.00"), "met"),
        2025: (Decimal("25.00"), "not_met"),
        2026: (Decimal("20.00"), "met"),
    }
    projects = {r.year: (r.value, r.status.value) for r in report.results if r.requirement == "3.5"}
    assert projects == {2024: (1, "met"), 2025: (0, "not_met"), 2026: (2, "met")}
    # snapshot standards are computed for the evaluation year only
    assert {r.year for r in report.results if r.requirement == "2.1"} == {2026}


def test_tt35_employer_total_is_the_sum_of_occupations_when_left_blank(tt35: Framework) -> None:
    groups = {
        "occupation": [
            row(2026, "Điện", so_doanh_nghiep_duoc_khao_sat=2),
            row(2026, "Hàn", so_doanh_nghiep_duoc_khao_sat=3),
        ]
    }
    data = InstitutionData(values=values(so_doanh_nghiep_khang_dinh={2026: 4}), groups=groups)
    r = one(tt35, "5.2", data)
    assert r.denominator == 5 and r.value == Decimal("80.00") and r.met
    assert "2 nhóm" in vi.param(next(i.source for i in r.inputs if i.name == "so_doanh_nghiep_duoc_khao_sat"))
