"""A link to a file the scan could not read (empty, damaged, needing OCR…) never makes a requirement
met, whatever made the link (code, manual, register, confirmed suggestion); it is flagged in
``evidence check``, in ``score``, in the report view and in the inspector's review flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from accredit import service as svc
from accredit.evidence import service
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.scan import ScanOptions
from accredit.i18n.message import Messages
from accredit.model.assessment import Status
from accredit.model.evidence import FlagKind
from accredit.model.package import EvidenceRegister
from accredit.model.review import ReviewFlagKind
from accredit.model.scorecard import Flag
from accredit.report.view import link_mark
from accredit.review.flags import inspector_flags
from accredit.scoring.engine import score
from accredit.workspace import Workspace
from tests.evidence.conftest import make_docx, make_image_pdf, real_school
from tests.scoring.builders import assessment, real

TT38 = "tt38-2026/co-so-gdnn"
OPTS = ScanOptions(workers=1, extract=ExtractOptions(ocr=False))
EMPTY = "TT38-1.1 Quy chế tổ chức và hoạt động.docx"
BROKEN = "TT38-1.2 Quyết định thành lập hội đồng.pdf"
SCANNED = "TT38-1.3 Ảnh chụp biên bản họp.pdf"
GOOD = "TT38-1.4 Kế hoạch chiến lược.docx"
MANUAL = "Hồ sơ/Báo cáo tài chính năm 2025.docx"


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.delenv("ACCREDIT_CRITERIA", raising=False)
    ws = real_school(tmp_path / "Trường A", [TT38])
    root = ws.evidence_dir
    (root / EMPTY).write_bytes(b"")
    (root / BROKEN).write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage")
    make_image_pdf(root / SCANNED, ["BIÊN BẢN HỌP", "Hội đồng trường năm 2026"])
    make_docx(root / GOOD, paragraphs=["KẾ HOẠCH", "Chiến lược phát triển trường giai đoạn 2026-2030"])
    (root / "Hồ sơ").mkdir()
    (root / MANUAL).write_bytes(b"PK\x03\x04 not really a docx")
    service.scan_workspace(ws, options=OPTS)
    service.link_files(ws, [MANUAL], ["5.1"])  # a manual link (also what a register import makes)
    return ws


def test_unreadable_files_never_make_a_requirement_met(school: Workspace) -> None:
    links = service.evidence_links(school)
    problems = {lk.path: lk.file_problem for lk in links}
    assert problems[GOOD] is None and all(problems[p] for p in (EMPTY, BROKEN, SCANNED, MANUAL))
    fw = real(TT38)
    card = score(fw, assessment(fw), links)
    by_code = {r.code: r for r in card.requirements}
    assert by_code["1.4"].status == Status.MET
    for code, path in (("1.1", EMPTY), ("1.2", BROKEN), ("1.3", SCANNED), ("5.1", MANUAL)):
        result = by_code[code]
        assert result.status == Status.NOT_EVALUATED, code
        assert Flag.UNREADABLE_EVIDENCE in result.flags and path in Messages("vi")(result.reason)
        assert result.evidence == []


def test_unreadable_links_are_flagged_in_check_score_report_and_review(school: Workspace) -> None:
    flags = [f for f in service.check_workspace(school).flags if f.kind == FlagKind.UNREADABLE]
    assert {(f.requirement, f.paths[0]) for f in flags} == {
        ("1.1", EMPTY), ("1.2", BROKEN), ("1.3", SCANNED), ("5.1", MANUAL)}
    no_evidence = {f.requirement for f in service.check_workspace(school).flags if f.kind == FlagKind.NO_EVIDENCE}
    assert {"1.1", "1.2", "1.3", "5.1"} <= no_evidence and "1.4" not in no_evidence

    notes = [Messages("vi")(n) for n in svc.score(school).notes]
    assert all(any(path in n for n in notes) for path in (EMPTY, BROKEN, SCANNED, MANUAL))
    assert not any(GOOD in n for n in notes)

    links = service.evidence_links(school)
    assert link_mark([lk for lk in links if lk.path == EMPTY]) == "!"
    assert link_mark([lk for lk in links if lk.path == GOOD]) == "●"

    fw = real(TT38)
    register = EvidenceRegister(records=service.list_evidence(school),
                                links=[lk.model_copy(update={"file_problem": None}) for lk in links])
    review = inspector_flags([fw], {fw.id: assessment(fw)}, register, {}, 2026)
    unreadable = {f.requirement for f in review if f.kind == ReviewFlagKind.UNREADABLE_EVIDENCE}
    assert unreadable == {"1.1", "1.2", "1.3", "5.1"}  # read from the packaged records, not only the links


def test_confirm_skips_unreadable_suggestions(school: Workspace) -> None:
    from accredit.evidence.index import LinkRow
    from accredit.model.evidence import LinkOrigin

    with service.open_index(school, write=True) as index:
        h = next(r.hash for p, r in index.files().items() if p == SCANNED)
        with index.transaction():
            index.put_link(LinkRow(h, TT38, "6.1", LinkOrigin.SUGGESTED, 99.0, False, None, False))
    plan = service.confirm_suggestions(school, [SCANNED], dry_run=True)
    assert plan.links == [] and [(x.path, x.requirement) for x in plan.skipped] == [(SCANNED, "6.1")]
    service.confirm_suggestions(school, [SCANNED])
    assert not any(lk.counts for lk in service.evidence_links(school) if lk.requirement == "6.1")
