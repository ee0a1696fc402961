"""A report input built from the real TT 35 and TT 38 frameworks, scored by the real scorer."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from accredit.model.assessment import Narrative, Rating, Status
from accredit.model.evidence import (
    DocumentMeta,
    EvidenceCode,
    EvidenceLink,
    EvidenceRecord,
    ExtractStatus,
    FileKind,
    LinkOrigin,
)
from accredit.model.framework import Framework
from accredit.model.indicator import IndicatorResult, InputValue
from accredit.report import FrameworkSection, ReportInput
from accredit.roadmap import plan
from accredit.scoring import score
from accredit.workspace import SchoolInfo
from tests.scoring.builders import TT35, TT38, YEAR, assessment, indicators, rating, real

SCHOOL = "Trường Cao đẳng Kỹ thuật Công nghệ Mẫu"
GENERATED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
NARRATIVE_11 = Narrative(
    current_state="Nhà trường có chiến lược phát triển giai đoạn 2021–2030 được phê duyệt.",
    strengths="Chiến lược được rà soát hằng năm.",
    weaknesses="Chưa lấy ý kiến doanh nghiệp khi rà soát.",
    improvement_plan="Năm 2027 tổ chức hội thảo lấy ý kiến doanh nghiệp.",
)


@pytest.fixture(autouse=True)
def _vietnamese(vietnamese: None) -> None:
    """Every report test runs in Vietnamese (the shared ``vietnamese`` fixture)."""


def record(path: str, code: str | None, title: str, issued: date | None = None) -> EvidenceRecord:
    """A scanned evidence file."""
    codes = [EvidenceCode(text=code, requirement=code[1:].rsplit(".", 1)[0])] if code else []
    return EvidenceRecord(
        evidence_id=f"sha256:{abs(hash(path)):x}",
        path=path,
        size=1000,
        modified=datetime(2026, 9, 1, tzinfo=UTC),
        kind=FileKind.PDF,
        status=ExtractStatus.OK,
        meta=DocumentMeta(issued=issued, title=title),
        codes=codes,
        title=title,
    )


def link(fw: Framework, rec: EvidenceRecord, code: str, origin: LinkOrigin = LinkOrigin.CODE,
         confirmed: bool = True) -> EvidenceLink:
    """A link from ``rec`` to requirement ``code``."""
    return EvidenceLink(
        evidence_id=rec.evidence_id,
        path=rec.path,
        framework=fw.id,
        requirement=code,
        origin=origin,
        confirmed=confirmed,
        evidence_code=rec.codes[0].text if rec.codes else None,
        title=rec.title,
        issued=rec.meta.issued,
    )


def cs01_traced(fw: Framework) -> IndicatorResult:
    """CS01 computed from two inputs read from the data workbook: 270 / 600 × 100 = 45 % < 50 %."""
    r = fw.requirement("CS01")
    f = r.formula
    assert f is not None
    return IndicatorResult.of_formula(
        fw.id,
        r,
        YEAR,
        status="not_met",
        value=Decimal("45.00"),
        inputs=[
            InputValue(name=f.inputs[0].name, label=f.inputs[0].label, value=Decimal(270), source="'Số liệu'!C5"),
            InputValue(name=f.inputs[1].name, label=f.inputs[1].label, value=Decimal(600), source="'Số liệu'!C6"),
        ],
        numerator=Decimal(270),
        denominator=Decimal(600),
        article=f.article,
    )


def build_input(school_name: str = SCHOOL, narrative: Narrative = NARRATIVE_11) -> ReportInput:
    """TT 38 short of CS01 (45 % < 50 %) and 6.4 not evaluated; TT 35 short in criteria 1 and 3."""
    tt38, tt35 = real(TT38), real(TT35)
    docs = [
        record("1. Tổ chức bộ máy/[H1.01.01.01] Quyết định thành lập trường.pdf", "H1.01.01.01",
               "Quyết định thành lập trường", date(2010, 5, 12)),
        record("1. Tổ chức bộ máy/Chiến lược phát triển 2021-2030.pdf", None, "Chiến lược phát triển 2021–2030"),
        record("2. Đội ngũ/[H2.02.01.01] Danh sách nhà giáo cơ hữu.xlsx", "H2.02.01.01",
               "Danh sách nhà giáo cơ hữu", date(2026, 9, 5)),
        record("Khác/Biên bản họp hội đồng.docx", None, "Biên bản họp hội đồng"),
    ]
    links38 = [link(tt38, docs[0], r.code) for r in tt38.requirements if r.code != "6.4"]
    links38.append(link(tt38, docs[3], "6.4", LinkOrigin.SUGGESTED, confirmed=False))
    a38 = assessment(tt38, {"6.4": None, "1.1": Rating(code="1.1", status=Status.MET, narrative=narrative,
                                                       evidence_codes=["H1.01.01.01"])})
    ind38 = [i for i in indicators(tt38) if i.requirement != "CS01"] + [cs01_traced(tt38)]
    card38 = score(tt38, a38, links38, ind38)

    links35 = [link(tt35, docs[1], r.code, LinkOrigin.MANUAL) for r in tt35.requirements]
    failing = {"1.1": Status.NOT_MET, "1.2": Status.NOT_MET, "3.1": Status.NOT_MET, "3.2": Status.NOT_MET,
               "3.3": Status.NOT_MET}
    a35 = assessment(tt35, {c: rating(tt35, c, s) for c, s in failing.items()})
    ind35 = indicators(tt35, {(c, y): "not_met" for c in ("1.1", "1.2") for y in (2024, 2025, 2026)})
    card35 = score(tt35, a35, links35, ind35, {"tt14-2024/truong": True})

    return ReportInput(
        school=SchoolInfo(name=school_name, province="Lạng Sơn", code="CĐ-999"),
        year=YEAR,
        generated_at=GENERATED,
        sections=[
            FrameworkSection(framework=tt38, scorecard=card38, assessment=a38, indicators=ind38),
            FrameworkSection(framework=tt35, scorecard=card35, assessment=a35, indicators=ind35),
        ],
        evidence=docs,
        links=links38 + links35,
        evidence_dir=None,
    )


@pytest.fixture
def report_input() -> ReportInput:
    """The standard report input."""
    return build_input()


def with_roadmap(inp: ReportInput, framework_id: str = TT35) -> ReportInput:
    """``inp`` with the roadmap planned by :func:`accredit.roadmap.plan` toward ``framework_id``."""
    s = inp.section(framework_id)
    return inp.model_copy(update={"roadmap": plan(s.framework, s.scorecard, horizon=5), "target": framework_id})


@pytest.fixture
def planned_input(report_input: ReportInput) -> ReportInput:
    """The standard input with a roadmap toward TT 35."""
    return with_roadmap(report_input)


@pytest.fixture
def workspace_like(tmp_path: Path, report_input: ReportInput) -> tuple[ReportInput, Path]:
    """The input with an evidence folder next to an output folder (HTML links go ../evidence/…)."""
    evidence = tmp_path / "evidence"
    for r in report_input.evidence:
        (evidence / r.path).parent.mkdir(parents=True, exist_ok=True)
        (evidence / r.path).write_bytes(b"%PDF-1.4 test")
    return report_input.model_copy(update={"evidence_dir": str(evidence)}), tmp_path / "output"
