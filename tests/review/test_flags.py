"""Flags for the inspector, each built from the real frameworks, real records and the real indicator computation."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from accredit.catalog.registry import get_framework
from accredit.indicators import compute_indicators
from accredit.indicators.data import Cell, InstitutionData, TableRow
from accredit.model.assessment import Assessment, Rating, Status
from accredit.model.evidence import (
    DocumentMeta,
    EvidenceLink,
    EvidenceRecord,
    ExtractStatus,
    FileKind,
    LinkOrigin,
)
from accredit.model.framework import Framework, ObjectType
from accredit.model.package import EvidenceRegister
from accredit.model.review import ReviewFlag, ReviewFlagKind
from accredit.review.flags import claims_met, inspector_flags
from tests.review.conftest import TT35, TT38, YEAR

MET, NOT_MET = Status.MET, Status.NOT_MET


@pytest.fixture(scope="module")
def tt38() -> Framework:
    return get_framework(TT38)


@pytest.fixture(scope="module")
def tt35() -> Framework:
    return get_framework(TT35)


def record(path: str, issued: date | None = None) -> EvidenceRecord:
    return EvidenceRecord(
        evidence_id=eid(path), path=path, size=100, modified=datetime(2026, 1, 1, tzinfo=UTC), kind=FileKind.DOCX,
        status=ExtractStatus.OK, meta=DocumentMeta(issued=issued, year=issued.year if issued else None), title=path,
    )


def eid(path: str) -> str:
    return "sha256:" + hashlib.sha256(path.encode()).hexdigest()


def link(path: str, fid: str, code: str, origin: LinkOrigin = LinkOrigin.MANUAL, confirmed: bool = True,
         issued: date | None = None) -> EvidenceLink:
    return EvidenceLink(evidence_id=eid(path), path=path, framework=fid, requirement=code, origin=origin,
                        confirmed=confirmed, score=0.8 if origin == LinkOrigin.SUGGESTED else None, issued=issued)


def assessment(fw: Framework, ratings: dict[str, Status | dict[int, Status]]) -> Assessment:
    out = []
    for code, value in ratings.items():
        if isinstance(value, dict):
            out.append(Rating(code=code, years=value))
        else:
            out.append(Rating(code=code, status=value))
    return Assessment(framework=fw.id, framework_version=fw.content_hash, year=YEAR,
                      object_type=ObjectType.TRUONG_CAO_DANG, ratings=out)


def cells(values: dict[str, int]) -> dict[str, dict[int, Cell]]:
    return {k: {YEAR: Cell(value=Decimal(v), source=f"'Số liệu'!{k}")} for k, v in values.items()}


def of(flags: list[ReviewFlag], kind: ReviewFlagKind) -> list[ReviewFlag]:
    return [f for f in flags if f.kind == kind]


def run(frameworks: list[Framework], ratings: dict[str, Assessment], register: EvidenceRegister,
        data: InstitutionData | None = None) -> list[ReviewFlag]:
    tt38 = next((f for f in frameworks if f.id == TT38), None)
    indicators = {TT38: compute_indicators(tt38, data, YEAR)} if tt38 is not None and data is not None else {}
    return inspector_flags(frameworks, ratings, register, indicators, YEAR, ObjectType.TRUONG_CAO_DANG)


def test_claims_met_reads_the_overall_status_or_every_year() -> None:
    assert claims_met(Rating(code="1.1", status=MET))
    assert claims_met(Rating(code="1.1", years={2024: MET, 2025: MET, 2026: MET}))
    assert not claims_met(Rating(code="1.1", years={2024: MET, 2025: NOT_MET}))
    assert not claims_met(Rating(code="1.1", status=NOT_MET, years={2026: MET}))
    assert not claims_met(Rating(code="1.1"))
    assert not claims_met(None)


def test_met_without_evidence_and_met_on_unconfirmed_suggestions(tt35: Framework) -> None:
    years = {2024: MET, 2025: MET, 2026: MET}
    ratings = {TT35: assessment(tt35, {"1.3": MET, "3.2": years, "4.3": MET, "3.4": NOT_MET, "1.1": years,
                                       "1.2": years})}
    register = EvidenceRegister(
        records=[record("a.docx"), record("b.docx")],
        links=[link("a.docx", TT35, "3.2", LinkOrigin.SUGGESTED, confirmed=False),
               link("b.docx", TT35, "4.3")],
    )
    flags = run([tt35], ratings, register)
    none = of(flags, ReviewFlagKind.MET_WITHOUT_EVIDENCE)
    assert [f.requirement for f in none] == ["1.1", "1.3"]  # 1.2 is an indicator: proven by data, not files
    assert none[1].detail == "1.3: trường đánh giá Đạt nhưng không có minh chứng nào"
    suggested = of(flags, ReviewFlagKind.MET_ONLY_SUGGESTED)
    assert [(f.requirement, f.paths) for f in suggested] == [("3.2", ["a.docx"])]
    # a confirmed suggestion counts as evidence
    register = EvidenceRegister(records=[record("a.docx")],
                                links=[link("a.docx", TT35, "3.2", LinkOrigin.SUGGESTED, confirmed=True)])
    assert not of(run([tt35], {TT35: assessment(tt35, {"3.2": years})}, register), ReviewFlagKind.MET_ONLY_SUGGESTED)


def test_evidence_dated_outside_the_window_or_after_the_assessment(tt35: Framework, tt38: Framework) -> None:
    register = EvidenceRegister(
        records=[record("old.docx", date(2019, 6, 15)), record("new.docx", date(2025, 3, 1)),
                 record("future.docx", date(2027, 1, 5))],
        links=[link("old.docx", TT35, "4.1"), link("new.docx", TT35, "4.1"), link("future.docx", TT38, "1.1"),
               link("old.docx", TT38, "1.2")],  # TT 38 1.2 is judged at evaluation: an older document is fine
    )
    flags = run([tt38, tt35], {}, register)
    outside = of(flags, ReviewFlagKind.OUTSIDE_WINDOW)
    assert [(f.framework, f.requirement, f.paths, f.year) for f in outside] == [(TT35, "4.1", ["old.docx"], 2019)]
    assert "2024–2026" in outside[0].detail
    after = of(flags, ReviewFlagKind.AFTER_ASSESSMENT)
    assert [(f.framework, f.requirement, f.paths) for f in after] == [(TT38, "1.1", ["future.docx"])]


def test_the_same_file_for_requirements_of_different_criteria(tt38: Framework, tt35: Framework) -> None:
    register = EvidenceRegister(
        records=[record(p) for p in ("shared.docx", "same-criterion.docx", "two-frameworks.docx", "sugg.docx")],
        links=[
            link("shared.docx", TT38, "1.1"), link("shared.docx", TT38, "2.1"), link("shared.docx", TT38, "6.3"),
            link("same-criterion.docx", TT38, "1.1"), link("same-criterion.docx", TT38, "1.2"),
            link("two-frameworks.docx", TT38, "1.1"), link("two-frameworks.docx", TT35, "1.3"),
            link("sugg.docx", TT38, "1.1"), link("sugg.docx", TT38, "2.1", LinkOrigin.SUGGESTED, confirmed=False),
        ],
    )
    flags = of(run([tt38, tt35], {}, register), ReviewFlagKind.SHARED_ACROSS_CRITERIA)
    assert [(f.framework, f.paths, f.requirements, f.criteria) for f in flags] == [
        (TT38, ["shared.docx"], ["1.1", "2.1", "6.3"], ["1", "2", "6"])
    ]


def survey_data(**overrides: int) -> InstitutionData:
    """Complete TT 38 survey and programme data; ``overrides`` changes institution-level inputs."""
    values = {"t_nh": 900, "chi_tieu": 1500, "ct_cap_nhat": 7, "ct": 10, "ct_nsdld": 8, "ct_ket_thuc": 10,
              "nh_dung_han": 130, "nh_nhap_hoc": 200, "tn_viec_lam": 150, "tn_phan_hoi": 180, "tn_tong": 300,
              "tn_khao_sat": 200, "nh_hai_long": 640, "nh_phan_hoi": 700, "nh_tong": 1200, "nh_khao_sat": 800,
              "dn_hai_long": 9, "dn_khao_sat": 12}
    values.update(overrides)
    programmes = [
        TableRow(year=YEAR, key="6480201", name="Công nghệ thông tin", source="'Chương trình'!3",
                 values={k: Cell(value=Decimal(v), source=f"'Chương trình'!{k}3")
                         for k, v in {"gc_j": 1200, "g_j": 1800, "tt_j": 6, "mh_j": 25}.items()}),
        TableRow(year=YEAR, key="6520227", name="Điện công nghiệp", source="'Chương trình'!4",
                 values={k: Cell(value=Decimal(v), source=f"'Chương trình'!{k}4")
                         for k, v in {"gc_j": 2100, "g_j": 2000, "tt_j": 5, "mh_j": 24}.items()}),
    ]
    occupations = [TableRow(year=YEAR, key=name, source="'Ngành'!3",
                            values={"dn_khao_sat_nganh": Cell(value=Decimal(n), source="'Ngành'!C3")})
                   for name, n in (("Công nghệ thông tin", 5), ("Điện công nghiệp", 7))]
    return InstitutionData(values=cells(values), programmes=programmes, groups={"occupation": occupations})


def test_consistent_data_raise_no_data_flag(tt38: Framework) -> None:
    data = survey_data()
    data = data.model_copy(update={"programmes": data.programmes[:1]})
    flags = run([tt38], {}, EvidenceRegister(), data)
    assert not of(flags, ReviewFlagKind.INCONSISTENT_INPUT)
    assert not of(flags, ReviewFlagKind.SURVEY_NOT_MET)


def test_more_graduates_surveyed_than_graduated(tt38: Framework) -> None:
    data = survey_data(tn_khao_sat=350)  # 350 surveyed of 300 graduates
    flags = of(run([tt38], {}, EvidenceRegister(), data), ReviewFlagKind.INCONSISTENT_INPUT)
    survey = [f for f in flags if "350" in f.detail]
    assert len(survey) == 1  # CS08 and CS09 share the condition: one flag naming both
    assert survey[0].requirements == ["CS08", "CS09"] and survey[0].year == YEAR
    assert "lớn hơn" in survey[0].detail and "300" in survey[0].detail


def test_a_share_above_100_percent_and_a_negative_count(tt38: Framework) -> None:
    data = survey_data(tn_viec_lam=190, ct_cap_nhat=-1)  # 190 employed of 180 who answered
    flags = of(run([tt38], {}, EvidenceRegister(), data), ReviewFlagKind.INCONSISTENT_INPUT)
    details = {f.requirement: f.detail for f in flags}
    assert "tn_viec_lam" in details["CS08"] and "190" in details["CS08"] and "180" in details["CS08"]
    assert "[ct_cap_nhat] = -1" in details["CS04"]
    # per programme: Điện công nghiệp taught 2100 of 2000 hours by permanent teachers
    assert "6520227: " in details["CS03"] and "2100" in details["CS03"]


def test_survey_conditions_not_met(tt38: Framework) -> None:
    data = survey_data(nh_khao_sat=400)  # 400 of 1200 learners surveyed: 33 % < 50 %
    flags = of(run([tt38], {}, EvidenceRegister(), data), ReviewFlagKind.SURVEY_NOT_MET)
    assert [(f.requirements, f.year) for f in flags] == [(["CS09"], YEAR)]
    assert "50" in flags[0].detail
    employers = survey_data()
    employers.groups["occupation"][0] = employers.groups["occupation"][0].model_copy(
        update={"values": {"dn_khao_sat_nganh": Cell(value=Decimal(2), source="'Ngành'!C3")}})
    flags = of(run([tt38], {}, EvidenceRegister(), employers), ReviewFlagKind.SURVEY_NOT_MET)
    assert [f.requirements for f in flags] == [["CS10"]] and "Công nghệ thông tin" in flags[0].detail


def test_flags_in_the_package_review(rich_package: tuple[object, object, object]) -> None:
    from accredit.review.service import review_package

    report = review_package(rich_package[1])  # type: ignore[arg-type]
    kinds = {(f.kind, f.framework, f.requirement) for f in report.flags}
    # 4.3 is rated met with no counting evidence (a file may hold an unconfirmed suggestion for it)
    flagged = {(k, TT35, "4.3") for k in (ReviewFlagKind.MET_WITHOUT_EVIDENCE, ReviewFlagKind.MET_ONLY_SUGGESTED)}
    assert flagged & kinds
    assert (ReviewFlagKind.OUTSIDE_WINDOW, TT35, "4.1") in kinds
    assert any(f.kind == ReviewFlagKind.SHARED_ACROSS_CRITERIA and f.paths == ["DK2/ke-hoach-dao-tao.docx"]
               for f in report.flags)
    rows = {r.code: r for c in report.comparisons if c.framework == TT35 for r in c.requirements}
    assert {ReviewFlagKind.MET_WITHOUT_EVIDENCE, ReviewFlagKind.MET_ONLY_SUGGESTED} & set(rows["4.3"].flags)
