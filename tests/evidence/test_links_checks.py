"""Links (code, manual, suggested), bulk confirmation, and the checks on windows, duplicates, gaps."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from accredit.catalog.files import dump_yaml
from accredit.evidence import service
from accredit.evidence.checks import check_evidence
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.links import EvidenceError
from accredit.evidence.mapping import MapSettings
from accredit.evidence.scan import ScanOptions
from accredit.model.evidence import (
    DocumentMeta,
    EvidenceLink,
    EvidenceRecord,
    ExtractStatus,
    FileKind,
    FlagKind,
    LinkOrigin,
)
from accredit.model.framework import Framework, ObjectType
from accredit.workspace import Workspace, load_workspace
from tests.evidence.conftest import FW_ID, make_admin_pdf, make_docx, small_framework

OPTS = ScanOptions(workers=1, extract=ExtractOptions(ocr=False))
KH = "Kế hoạch bồi dưỡng nhà giáo.docx"
MOU = "Hợp tác/Bản ghi nhớ hợp tác quốc tế.pdf"
QD = "TC4.TC2/[H1.04.02.01] Quyết định thành lập hội đồng.pdf"


def _files(ws: Workspace) -> None:
    root = ws.evidence_dir
    make_docx(root / KH, paragraphs=["KẾ HOẠCH", "Bồi dưỡng nhà giáo cập nhật công nghệ mới năm 2024",
                                     "Ít nhất 50% đội ngũ nhà giáo được bồi dưỡng tối thiểu 80 giờ."])
    make_admin_pdf(root / MOU, doc_type="BẢN GHI NHỚ", number="Số: 03/GNH-CĐN",
                   place_date="Lạng Sơn, ngày 10 tháng 5 năm 2019",
                   title=["Hợp tác đào tạo với trường nước ngoài và tổ chức quốc tế"],
                   body=["Nâng cao chất lượng đào tạo thông qua hợp tác quốc tế."])
    make_admin_pdf(root / QD)


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    _files(workspace)
    service.scan_workspace(workspace, options=OPTS)
    return workspace


def _links(ws: Workspace, path: str) -> dict[str, EvidenceLink]:
    return {x.requirement: x for x in service.evidence_links(ws) if x.path == path}


def test_code_in_name_gives_a_confirmed_link_and_no_suggestions(ws: Workspace) -> None:
    links = _links(ws, QD)
    assert list(links) == ["4.2"]
    assert links["4.2"].origin == LinkOrigin.CODE and links["4.2"].counts
    assert links["4.2"].evidence_code == "H1.04.02.01"
    assert links["4.2"].issued == date(2024, 3, 15)


def test_files_without_code_get_ranked_suggestions(ws: Workspace) -> None:
    kh = _links(ws, KH)
    assert kh and all(x.origin == LinkOrigin.SUGGESTED and not x.counts for x in kh.values())
    best = max(kh.values(), key=lambda x: x.score or 0)
    assert best.requirement == "2.5"
    assert max(_links(ws, MOU).values(), key=lambda x: x.score or 0).requirement == "3.2"


def test_manual_link_by_path_folder_and_evidence_code(ws: Workspace) -> None:
    report = service.link_files(ws, [KH], ["2.5", "H1.02.01.07"])
    assert report.added == 2
    links = _links(ws, KH)
    assert links["2.5"].origin == LinkOrigin.MANUAL and links["2.5"].counts
    assert links["2.1"].evidence_code == "H1.02.01.07"
    assert service.link_files(ws, [KH], ["2.5"]).unchanged == 1
    folder = service.link_files(ws, ["Hợp tác"], ["3.2"])
    assert [x.path for x in folder.links] == [MOU]
    by_abs = service.link_files(ws, [str(ws.evidence_dir / KH)], ["2.4"])
    assert by_abs.added == 1
    by_id = service.link_files(ws, [_links(ws, KH)["2.4"].evidence_id[:20]], ["2.3"])
    assert by_id.added == 1


def test_manual_link_removes_remaining_suggestions_after_rescan(ws: Workspace) -> None:
    service.link_files(ws, [KH], ["2.5"])
    service.scan_workspace(ws, options=OPTS, full=True)
    assert {k: v.origin for k, v in _links(ws, KH).items()} == {"2.5": LinkOrigin.MANUAL}


@pytest.mark.parametrize(
    ("files", "codes", "message"),
    [(["không có.pdf"], ["2.5"], "không có.pdf"), ([KH], ["9.9"], "9.9"), ([KH], ["abc"], "abc")],
)
def test_link_errors_name_what_is_wrong(ws: Workspace, files: list[str], codes: list[str], message: str) -> None:
    with pytest.raises(EvidenceError, match=message):
        service.link_files(ws, files, codes)


def test_unlinked_code_and_suggestion_stay_removed(ws: Workspace) -> None:
    service.unlink_files(ws, [QD], ["4.2"])
    kh_best = max(_links(ws, KH).values(), key=lambda x: x.score or 0).requirement
    service.unlink_files(ws, [KH], [kh_best])
    service.scan_workspace(ws, options=OPTS, full=True)
    assert "4.2" not in _links(ws, QD)
    assert kh_best not in _links(ws, KH)
    service.link_files(ws, [QD], ["4.2"])  # the user can bring it back
    assert _links(ws, QD)["4.2"].origin == LinkOrigin.MANUAL


def test_confirm_in_bulk(ws: Workspace) -> None:
    service.scan_workspace(ws, options=OPTS, settings=MapSettings(top_k=3, min_score=0.1, min_ratio=0.0))
    assert len(_links(ws, MOU)) == 3 and len(_links(ws, KH)) == 3
    report = service.confirm_suggestions(ws)
    assert report.confirmed == 2
    assert {(x.path, x.requirement) for x in report.links} == {(KH, "2.5"), (MOU, "3.2")}
    assert all(x.counts for x in report.links)
    assert service.confirm_suggestions(ws).confirmed == 0  # each file's best suggestion is confirmed already
    assert service.confirm_suggestions(ws, top=None, min_score=1e9).confirmed == 0
    second = service.confirm_suggestions(ws, top=2)
    assert second.confirmed == 2 and {x.path for x in second.links} == {KH, MOU}
    assert service.confirm_suggestions(ws, top=None).confirmed == 2


def test_confirm_only_named_files_and_codes(ws: Workspace) -> None:
    assert service.confirm_suggestions(ws, [MOU], ["2.5"]).confirmed == 0
    assert service.confirm_suggestions(ws, [KH], ["2.5"]).confirmed == 1


def test_checks_window_duplicates_gaps_unknown_codes(ws: Workspace) -> None:
    root = ws.evidence_dir
    service.link_files(ws, [MOU], ["3.2", "4.3"])  # dated 2019: outside 3.2's 3 years; 4.3 is 'at evaluation'
    make_admin_pdf(root / "QĐ 2025.pdf", place_date="Lạng Sơn, ngày 2 tháng 1 năm 2025", number="Số: 1/QĐ-CĐN")
    shutil.copy(root / QD, root / "bản sao.pdf")
    make_admin_pdf(root / "[H1.09.09.01] lạc mã.pdf", number="Số: 77/QĐ-CĐN")
    service.scan_workspace(ws, options=OPTS)
    service.link_files(ws, ["QĐ 2025.pdf"], ["2.3"])
    report = service.check_workspace(ws)
    by_kind: dict[FlagKind, list] = {}
    for f in report.flags:
        by_kind.setdefault(f.kind, []).append(f)
    outside = by_kind[FlagKind.OUTSIDE_WINDOW]
    assert [(f.requirement, f.window, f.issued) for f in outside] == [("3.2", (2022, 2024), date(2019, 5, 10))]
    assert [f.requirement for f in by_kind[FlagKind.AFTER_ASSESSMENT]] == ["2.3"]
    assert [sorted(f.paths) for f in by_kind[FlagKind.DUPLICATE]] == [sorted([QD, "bản sao.pdf"])]
    assert [f.detail for f in by_kind[FlagKind.UNKNOWN_CODE]] == ["H1.09.09.01"]
    gaps = {f.requirement for f in by_kind[FlagKind.NO_EVIDENCE]}
    assert gaps == {"2.1", "2.2", "2.4", "2.5", "3.1"}


def test_checks_are_pure_and_never_count_suggestions() -> None:
    fw = small_framework()
    rec = EvidenceRecord(evidence_id="sha256:aa", path="a.pdf", size=1, modified=datetime(2024, 1, 1, tzinfo=UTC),
                         kind=FileKind.PDF, status=ExtractStatus.OK, meta=DocumentMeta(year=2020), title="A")
    sugg = EvidenceLink(evidence_id="sha256:aa", path="a.pdf", framework=FW_ID, requirement="2.5",
                        origin=LinkOrigin.SUGGESTED, score=9.0, confirmed=False)
    flags = check_evidence([fw], [rec], [sugg], 2024, ObjectType.TRUONG_CAO_DANG)
    gap = next(f for f in flags if f.requirement == "2.5")
    assert gap.kind == FlagKind.NO_EVIDENCE and gap.suggestions == 1
    confirmed = sugg.model_copy(update={"confirmed": True})
    flags = check_evidence([fw], [rec], [confirmed], 2024, ObjectType.TRUONG_CAO_DANG)
    assert [(f.kind, f.window) for f in flags if f.requirement == "2.5"] == [(FlagKind.OUTSIDE_WINDOW, (2022, 2024))]


def test_two_frameworks_need_framework_for_shared_codes(ws: Workspace, criteria_dir: Path) -> None:
    other = small_framework("test-2021/ban-sao")
    (criteria_dir / "test-2021" / "ban-sao.yaml").write_text(dump_yaml(other), encoding="utf-8")
    text = ws.config_path.read_text(encoding="utf-8").replace(
        f'"{FW_ID}",', f'"{FW_ID}",\n    "test-2021/ban-sao",')
    ws.config_path.write_text(text, encoding="utf-8")
    from accredit.catalog import registry

    registry._cached.cache_clear()
    ws2 = load_workspace(ws.root)
    with pytest.raises(EvidenceError, match="--framework"):
        service.link_files(ws2, [KH], ["2.5"])
    report = service.link_files(ws2, [KH], ["2.5"], framework="test-2021/ban-sao")
    assert [(x.framework, x.requirement) for x in report.links] == [("test-2021/ban-sao", "2.5")]
    service.scan_workspace(ws2, options=OPTS)
    code_links = {(x.framework, x.requirement) for x in service.evidence_links(ws2) if x.origin == LinkOrigin.CODE}
    assert code_links == set()  # the code fits both frameworks: ambiguous, linked to neither, and listed
    flags = [f for f in service.check_workspace(ws2).flags if f.kind == FlagKind.AMBIGUOUS_CODE]
    assert [f.paths for f in flags] == [["TC4.TC2/[H1.04.02.01] Quyết định thành lập hội đồng.pdf"]]


def test_framework_type_is_used(framework: Framework) -> None:
    assert framework.window_of(framework.requirement("4.3")).mode == "at_evaluation"


def test_code_patterns_from_accredit_toml(workspace: Workspace) -> None:
    text = workspace.config_path.read_text(encoding="utf-8").replace(
        "code_patterns = []", "code_patterns = ['MINHCHUNG-(?P<code>\\d+\\.\\d+)']")
    workspace.config_path.write_text(text, encoding="utf-8")
    ws = load_workspace(workspace.root)
    make_admin_pdf(ws.evidence_dir / "MINHCHUNG-4.3 phần mềm.pdf")
    make_admin_pdf(ws.evidence_dir / "[H1.04.02.01] mặc định.pdf", number="Số: 2/QĐ-CĐN")
    service.scan_workspace(ws, options=OPTS)
    codes = {(x.path, x.requirement) for x in service.evidence_links(ws) if x.origin == LinkOrigin.CODE}
    assert codes == {("MINHCHUNG-4.3 phần mềm.pdf", "4.3")}  # configured patterns replace the defaults


def test_bad_code_pattern_is_a_clean_error(workspace: Workspace) -> None:
    from accredit.evidence.codes import CodePatternError

    text = workspace.config_path.read_text(encoding="utf-8").replace("code_patterns = []", "code_patterns = ['(x']")
    workspace.config_path.write_text(text, encoding="utf-8")
    with pytest.raises(CodePatternError, match=r"accredit.toml \[evidence\] code_patterns\[0\]"):
        service.scan_workspace(load_workspace(workspace.root), options=OPTS)
