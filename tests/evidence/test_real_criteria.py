"""The evidence workflow on the real TT 35/2021 criteria file (skipped until it exists)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit.catalog.registry import criteria_root
from accredit.evidence import service
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.scan import ScanOptions
from accredit.model.evidence import FlagKind, LinkOrigin
from accredit.workspace import AssessmentSettings, SchoolInfo, WorkspaceConfig, init_workspace
from tests.evidence.conftest import make_admin_pdf, make_docx

TT35 = "tt35-2021/truong-cao-dang"
OPTS = ScanOptions(workers=1, extract=ExtractOptions(ocr=False))

pytestmark = pytest.mark.skipif(
    not (criteria_root() / "tt35-2021" / "truong-cao-dang.yaml").is_file(), reason="TT 35 criteria file not present"
)


def test_tt35_codes_suggestions_windows_register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCREDIT_CRITERIA", raising=False)
    ws = init_workspace(tmp_path / "school", WorkspaceConfig(
        school=SchoolInfo(name="Trường Cao đẳng nghề Lạng Sơn"),
        assessment=AssessmentSettings(year=2024, frameworks=[TT35]),
    ))
    root = ws.evidence_dir
    make_admin_pdf(root / "Tiêu chí 2/MC.2.5.01 Kế hoạch bồi dưỡng 2021.pdf", number="Số: 12/KH-CĐN",
                   place_date="Lạng Sơn, ngày 5 tháng 1 năm 2021", doc_type="KẾ HOẠCH",
                   title=["Bồi dưỡng nhà giáo cập nhật công nghệ mới năm 2021"])
    make_docx(root / "Tiêu chí 3/Báo cáo khảo sát việc làm.docx",
              paragraphs=["BÁO CÁO", "Kết quả khảo sát việc làm của học sinh, sinh viên tốt nghiệp năm 2023",
                          "Trong vòng 12 tháng kể từ khi tốt nghiệp, 86% học sinh, sinh viên có việc làm phù hợp "
                          "với ngành, nghề được đào tạo."])
    report = service.scan_workspace(ws, options=OPTS)
    assert report.files == 2 and report.code_links == 1

    links = {(x.path.split("/")[0], x.requirement): x for x in service.evidence_links(ws)}
    code = links[("Tiêu chí 2", "2.5")]
    assert code.origin == LinkOrigin.CODE and code.evidence_code == "MC.2.5.01"
    best = max((x for x in links.values() if x.path.startswith("Tiêu chí 3")), key=lambda x: x.score or 0)
    assert best.requirement == "3.6" and best.origin == LinkOrigin.SUGGESTED

    flags = service.check_workspace(ws).flags
    outside = [f for f in flags if f.kind == FlagKind.OUTSIDE_WINDOW]
    assert [(f.requirement, f.window) for f in outside] == [("2.5", (2022, 2024))]  # Điều 4 khoản 3 điểm b: 3 years

    written = service.write_register(ws)
    assert written.requirements == 25
    sheet = load_workbook(written.path)["Minh chứng TT 35-2021"]
    assert any(row[3] == "MC.2.5.01" for row in sheet.iter_rows(values_only=True))


def test_code_scopes_keep_a_tt35_code_away_from_tt38(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCREDIT_CRITERIA", raising=False)
    tt38 = "tt38-2026/co-so-gdnn"

    def linked(scopes: dict[str, str]) -> set[tuple[str, str]]:
        ws = init_workspace(tmp_path / f"school{len(scopes)}", WorkspaceConfig(
            school=SchoolInfo(name="Trường Cao đẳng A"),
            assessment=AssessmentSettings(year=2026, frameworks=[tt38, TT35]),
            evidence={"code_scopes": scopes},
        ))
        make_docx(ws.evidence_dir / "Minh chứng A/MC.1.1.01 Báo cáo quy mô đào tạo.docx",
                  paragraphs=["BÁO CÁO quy mô"])
        service.scan_workspace(ws, options=OPTS)
        return {(lk.framework, lk.requirement) for lk in service.evidence_links(ws) if lk.origin == LinkOrigin.CODE}

    assert linked({}) == set()  # unscoped: the bare code fits both, so it is ambiguous and links to neither
    assert linked({"Minh chứng A": TT35}) == {(TT35, "1.1")}
