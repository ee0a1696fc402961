"""Evidence that maps itself: hints as data, cleaning, criterion-first ranking, passages, learning,
codes assigned on confirmation, the hộp minh chứng export."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from pydantic import ValidationError

from accredit.catalog.registry import criteria_root, load_catalog
from accredit.evidence import service
from accredit.evidence.assign import format_code, scheme_for
from accredit.evidence.boxes import BoxError
from accredit.evidence.clean import clean_text, drop_common_names, drop_trade_names, repair_lost_letters, trich_yeu
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.hints import HintFile, hints_for, hints_path, load_hints_file
from accredit.evidence.mapping import document_query, document_title
from accredit.evidence.match import DocQuery, FrameworkMatcher, Learned, terms
from accredit.evidence.scan import ScanOptions
from accredit.evidence.text import fold
from accredit.model.evidence import LinkOrigin
from accredit.workspace import Workspace
from tests.evidence.conftest import make_admin_pdf, make_docx, small_framework

OPTS = ScanOptions(workers=1, extract=ExtractOptions(ocr=False))
REAL = load_catalog(criteria_root())


# --- hints: curated data beside the criteria --------------------------------------------------------


@pytest.mark.parametrize("fid", sorted(REAL.frameworks))
def test_every_criterion_and_standard_of_every_framework_has_hints(fid: str) -> None:
    fw = REAL.frameworks[fid]
    hints = hints_for(fid)  # a new version keeps the hints of the version it superseded
    assert hints is not None and hints.version >= 1
    later, newer = [], REAL.newer_version(hints.framework)
    while newer is not None:  # tt38-2026/co-so-gdnn → -v2 → -v3 all share the first version's hints
        later.append(newer)
        newer = REAL.newer_version(newer)
    assert hints.framework == fid or fid in later
    assert load_hints_file(hints_path(hints.framework)) == hints  # validates (extra keys forbidden)
    assert hints.problems(fw) == []
    assert all(hints.requirements[r.code].documents or hints.requirements[r.code].activities for r in fw.requirements)


def test_there_are_hints_for_all_ten_frameworks() -> None:
    current = [fid for fid in REAL.frameworks if REAL.newer_version(fid) is None]
    assert len(current) == 10 and len(REAL.frameworks) == 13  # TT 35 also in its v1, TT 38 in its v1 and v2
    assert all(hints_for(fid) is not None for fid in REAL.frameworks)


def test_hints_schema_rejects_unknown_keys_and_names_missing_standards() -> None:
    with pytest.raises(ValidationError):
        HintFile.model_validate({"framework": "a/b", "version": 1, "note": "x", "extra": 1})
    fw = small_framework()
    partial = HintFile.model_validate({"framework": fw.id, "version": 1, "note": "x",
                                       "requirements": {"2.1": {"documents": ["danh sách"]}, "9.9": {}}})
    problems = partial.problems(fw)
    assert "requirements.9.9: no such standard" in problems and "requirements.2.2: no hints" in problems
    assert "criteria.2: no hints" in problems


def test_generic_words_do_not_sit_on_many_standards() -> None:
    """A drafted phrase on more than four standards in three or more criteria is generic and is dropped."""
    for fid in ("tt14-2024/truong", "tt15-2017/truong"):
        data = yaml.safe_load(hints_path(fid).read_text(encoding="utf-8"))
        fw = REAL.frameworks[fid]
        where: dict[str, set[str]] = {}
        for code, hint in data["requirements"].items():
            for phrase in hint["documents"] + hint["activities"]:
                where.setdefault(phrase.lower(), set()).add(code)
        crowded = {p for p, codes in where.items()
                   if len(codes) > 4 and len({fw.criterion_of(c).code for c in codes}) >= 3}
        assert crowded == set(), (fid, crowded)


def test_ratings_template_can_show_minh_chung_goi_y() -> None:
    from accredit.evidence.hints import suggested_evidence

    fw = REAL.frameworks["tt14-2024/truong"]
    assert "kế hoạch tổ chức hội giảng nhà giáo" in suggested_evidence(fw, "3.5")


# --- cleaning ----------------------------------------------------------------------------------------


WEB = """Trang chủ | Giới thiệu | Tin tức - Sự kiện | Tuyển sinh | Liên hệ
Trang chủ > Tin tức > Hoạt động
Ngày hội việc làm năm 2025 thu hút 45 doanh nghiệp
Đăng lúc 08:30 | Lượt xem: 321
Sáng nay, 45 doanh nghiệp đã phỏng vấn sinh viên năm cuối.
Chia sẻ: Facebook  Zalo  |  In bài
Tin liên quan
Lễ khai giảng năm học mới
Bản quyền © 2025 Trường Cao đẳng X
"""

DECISION = """QUYẾT ĐỊNH
Về việc miễn, giảm học phí học kỳ I
năm học 2025-2026
Căn cứ Thông tư số 14/2024/TT-BLĐTBXH quy định tiêu chí, tiêu chuẩn kiểm định chất lượng;
Xét đề nghị của Trưởng phòng Công tác học sinh, sinh viên,
QUYẾT ĐỊNH:
Điều 1. Miễn học phí cho 236 học sinh.
Điều 2. Trưởng các phòng, khoa chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Lưu: VT.
"""


def test_web_navigation_share_bars_related_posts_and_footer_are_dropped() -> None:
    assert clean_text(WEB).splitlines() == [
        "Ngày hội việc làm năm 2025 thu hút 45 doanh nghiệp",
        "Sáng nay, 45 doanh nghiệp đã phỏng vấn sinh viên năm cuối.",
    ]
    assert document_title(WEB, None, "tin.html") == "Ngày hội việc làm năm 2025 thu hút 45 doanh nghiệp"


def test_decision_preamble_and_closing_are_dropped_and_the_trich_yeu_is_the_title() -> None:
    body = clean_text(DECISION)
    assert "Căn cứ" not in body and "kiểm định" not in body and "thi hành" not in body and "Lưu" not in body
    assert "Miễn học phí cho 236 học sinh." in body
    assert trich_yeu(DECISION) == "miễn, giảm học phí học kỳ I năm học 2025-2026"
    assert trich_yeu("V/V TRIEN KHAI TU DANH GIA\nKinh gui: cac khoa") == "TRIEN KHAI TU DANH GIA"


def test_letters_lost_to_question_marks_are_restored_from_the_vocabulary() -> None:
    vocab = {"tuyen": 5, "tuyển": 9, "sinh": 9, "quyet": 3, "dinh": 3}
    assert repair_lost_letters("Th?ng b?o tuy?n sinh", vocab) == "Th?ng b?o tuyển sinh"
    assert repair_lost_letters("no marks here", vocab) == "no marks here"


def test_trade_names_after_nganh_nghe_are_not_the_subject() -> None:
    assert drop_trade_names("chương trình đào tạo ngành Kế toán doanh nghiệp năm 2025") == (
        "chương trình đào tạo ngành  năm 2025"
    )
    assert drop_trade_names("chuyển giao chương trình nghề Cơ điện tử từ Đức") == (
        "chuyển giao chương trình nghề  từ Đức"
    )
    assert drop_trade_names("chuong trinh nganh Ke toan doanh nghiep nam 2025") == "chuong trinh nganh  nam 2025"
    # lower-case words after "nghề" are the document's own ("kỹ năng nghề quốc gia"); all-caps titles stay whole
    assert drop_trade_names("Hội thi kỹ năng nghề quốc gia") == "Hội thi kỹ năng nghề quốc gia"
    assert drop_trade_names("KẾ HOẠCH ĐÀO TẠO NGHỀ HÀN") == "KẾ HOẠCH ĐÀO TẠO NGHỀ HÀN"


def test_names_every_school_text_carries_are_not_the_subject(tt14: FrameworkMatcher) -> None:
    words = drop_common_names("Đoàn TNCS Hồ Chí Minh và Hội Sinh viên Việt Nam").split()
    assert words == ["Đoàn", "và", "Hội", "Sinh", "viên"]
    assert drop_common_names("Doan TNCS Ho Chi Minh").split() == ["Doan"]
    # "chí" of "Hồ Chí Minh" is not the "chí" of "tạp chí" (research, criterion 6)
    title = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh của học sinh, sinh viên"
    assert tt14.rank(DocQuery.of(title, "", "")).criteria[0].criterion == "7"


def test_chrome_and_preamble_with_letters_lost_to_question_marks_are_dropped() -> None:
    page = (
        "Trang ch? > Tin t?c > Ho?t ??ng nh? tr??ng\nK? ho?ch tuy?n sinh\nC?n c? Lu?t Gi?o d?c\n"
        "Tin li?n quan\nV? vi?c kh?c"
    )
    assert clean_text(page).splitlines() == ["K? ho?ch tuy?n sinh"]


def test_a_damaged_pdf_header_is_not_the_title(tt14: FrameworkMatcher) -> None:
    text = (
        "UBND T?NH B?C NINH\t\tC?NG H?A XÃ H?I CH? NGH?A VI?T NAM\n"
        "TRƯ?NG CAO ??NG K? THU?T\t\t??c l?p - T? do - H?nh ph?c\n"
        "S?: 12/BB-CĐKT\t\tB?c Ninh, ng?y 3 th?ng 4 n?m 2025\n\n"
        "Bi?n b?n ki?m tra h? th?ng ph?ng ch?y ch?a ch?y t?i x??ng th?c h?nh\n"
        "?o?n ki?m tra c?a C?ng an t?nh ki?m tra b?nh ch?a ch?y, l?i tho?t n?n t?i khu nh? h?c.\n"
    )
    query = document_query(text, "Scan_2025_001.pdf", vocabulary=tt14.vocabulary())
    title = fold(query.title).lower()
    assert "ninh" not in title and "doc" not in title and "hanh phuc" not in title
    assert "kiem tra" in title
    assert "ninh" not in fold(query.body).lower()  # "Bắc Ninh" is not "an ninh"


def test_a_programme_named_after_an_accounting_trade_is_a_programme(tt14: FrameworkMatcher) -> None:
    tt15 = FrameworkMatcher(REAL.frameworks["tt15-2017/truong"])
    title = "Quyết định ban hành chương trình đào tạo trình độ cao đẳng ngành Kế toán doanh nghiệp"
    assert tt15.rank(DocQuery.of(title, "", "")).criteria[0].criterion == "4"


# --- ranking --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tt14() -> FrameworkMatcher:
    return FrameworkMatcher(REAL.frameworks["tt14-2024/truong"])


@pytest.mark.parametrize(
    ("title", "criterion"),
    [
        ("Kế hoạch tổ chức Hội giảng nhà giáo cấp trường năm 2026", "3"),
        ("Quyết định miễn giảm học phí cho học sinh dân tộc thiểu số", "7"),
        ("Kế hoạch tuần sinh hoạt công dân đầu khóa", "7"),
        ("Lễ đón nhận Huân chương Lao động và kỷ niệm ngày thành lập trường", "1"),
        ("Biên bản ghi nhớ hợp tác với trường nước ngoài", "6"),
        ("Quy chế chi tiêu nội bộ và quy chế tổ chức và hoạt động", "1"),
        ("Nội quy thư viện", "5"),
        ("Thong bao tuyen sinh cao dang nam 2026", "2"),
    ],
)
def test_vocabulary_of_schools_reaches_the_right_criterion(tt14: FrameworkMatcher, title: str, criterion: str) -> None:
    ranking = tt14.rank(DocQuery.of(title, "", ""))
    assert ranking.criteria[0].criterion == criterion


def test_every_criterion_is_ranked_and_suggestions_come_from_distinct_criteria(tt14: FrameworkMatcher) -> None:
    query = document_query(DECISION, "Quyết định miễn giảm học phí.pdf")
    ranking = tt14.rank(query)
    assert sorted(c.criterion for c in ranking.criteria) == [str(i) for i in range(1, 9)]
    crits = [s.criterion for s in ranking.suggestions]
    assert crits[0] == "7" and len(set(crits)) >= 2
    assert [s.rank for s in ranking.suggestions] == sorted(s.rank for s in ranking.suggestions)
    assert ranking.suggestions[0].requirement == "7.2"


def test_a_criterion_with_many_long_standards_is_not_favoured() -> None:
    """Criterion 5 of TT 14 has the longest wording; a short document on teachers still goes to 3."""
    fm = FrameworkMatcher(REAL.frameworks["tt14-2024/truong"])
    top = fm.rank(DocQuery.of("Danh sách nhà giáo cơ hữu và trình độ chuyên môn", "", "")).criteria[0]
    assert top.criterion == "3"


def test_passage_is_the_best_sentence_with_its_matched_words(tt14: FrameworkMatcher) -> None:
    body = ("Nhà trường tổ chức nhiều hoạt động trong năm.\nSáng nay 45 doanh nghiệp tham gia Ngày hội việc làm, "
            "phỏng vấn sinh viên năm cuối.\nBuổi chiều có văn nghệ.")
    query = DocQuery.of("", "tin.html", body)
    best = tt14.rank(query).suggestions[0]
    passage, words = tt14.passage(query, best.requirement)
    assert "Ngày hội việc làm" in passage and "văn nghệ" not in passage
    assert "việc" in words and "làm" in words


def test_unrelated_text_gets_no_suggestion(tt14: FrameworkMatcher) -> None:
    assert tt14.rank(DocQuery.of("", "IMG_2031", "lorem ipsum dolor sit amet")).suggestions == []


def test_learned_terms_move_a_document_to_the_standard_the_office_chose() -> None:
    fw = REAL.frameworks["tt14-2024/truong"]
    query = DocQuery.of("Sổ vàng truyền thống khoa Điện", "", "")
    before = FrameworkMatcher(fw).rank(query).criteria[0].criterion
    learned = Learned()
    learned.add("6.2", terms("Sổ vàng truyền thống khoa Cơ khí"))
    after = FrameworkMatcher(fw, learned=learned).rank(query)
    assert before != "6" and after.criteria[0].criterion == "6" and after.suggestions[0].requirement == "6.2"
    learned.add("6.2", terms("Sổ vàng truyền thống khoa Cơ khí"), -1)  # a rejection takes it back
    assert learned.digest() == ""


# --- in a workspace: passages, learning, codes, boxes ---------------------------------------------------

KH = "Kế hoạch bồi dưỡng nhà giáo.docx"
KH2 = "Tập huấn nhà giáo/Kế hoạch bồi dưỡng nhà giáo học kỳ II.docx"
QD = "TC4.TC2/[H1.04.02.01] Quyết định thành lập hội đồng.pdf"


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    root = workspace.evidence_dir
    make_docx(root / KH, paragraphs=["KẾ HOẠCH", "Bồi dưỡng nhà giáo cập nhật công nghệ mới năm 2024",
                                     "Ít nhất 50% đội ngũ nhà giáo được bồi dưỡng tối thiểu 80 giờ mỗi năm."])
    make_admin_pdf(root / QD)
    service.scan_workspace(workspace, options=OPTS)
    return workspace


def _links(ws: Workspace, path: str) -> dict[str, object]:
    return {x.requirement: x for x in service.evidence_links(ws) if x.path == path}


def test_suggestions_carry_their_passage_in_show_and_links(ws: Workspace) -> None:
    detail = service.show_evidence(ws, KH)
    suggested = [x for x in detail.links if x.origin == LinkOrigin.SUGGESTED]
    assert suggested and suggested[0].requirement == "2.5"
    assert "bồi dưỡng" in (suggested[0].passage or "") and "dưỡng" in suggested[0].matched
    assert all(x.passage is None for x in detail.links if x.origin != LinkOrigin.SUGGESTED)


def test_show_prints_the_passage(ws: Workspace) -> None:
    from typer.testing import CliRunner

    from accredit.cli.app import app

    out = CliRunner().invoke(app, ["evidence", "show", KH, "--workspace", str(ws.root)])
    assert out.exit_code == 0, out.output
    assert "Gợi ý 2.5 vì đoạn:" in out.output and "bồi dưỡng" in out.output


def test_confirmation_assigns_the_next_code_and_never_renames(ws: Workspace) -> None:
    report = service.confirm_suggestions(ws, [KH])
    assert [(x.requirement, x.evidence_code) for x in report.links] == [("2.5", "MC.2.5.01")]
    assert (ws.evidence_dir / KH).is_file()
    assert _links(ws, KH)["2.5"].evidence_code == "MC.2.5.01"  # recorded in the index
    assert _links(ws, QD)["4.2"].evidence_code == "H1.04.02.01"  # an explicit code is never touched
    make_docx(ws.evidence_dir / KH2, paragraphs=["KẾ HOẠCH", "Bồi dưỡng nhà giáo học kỳ II năm 2024"])
    service.scan_workspace(ws, options=OPTS)
    service.link_files(ws, [KH2], ["2.5"])
    assert _links(ws, KH2)["2.5"].evidence_code == "MC.2.5.02"  # a manual link is a confirmation too
    service.link_files(ws, [QD], ["4.3"])
    assert _links(ws, QD)["4.3"].evidence_code == "MC.4.3.01"  # QD's name codes 4.2, not 4.3


def test_schemes() -> None:
    fw14 = REAL.frameworks["tt14-2024/truong"]
    fw38 = REAL.frameworks["tt38-2026/co-so-gdnn"]
    assert scheme_for(fw14) == "h-box" and scheme_for(fw38) == "mc" and scheme_for(fw14, "mc") == "mc"
    assert format_code(fw14, "3.5", 7, "h-box") == "H3.03.05.07"
    assert format_code(fw38, "2.1", 1, "mc") == "MC.2.1.01"
    assert format_code(fw38, "CS01", 3, "h-box") == "MC.CS01.03"


def test_no_codes_with_scheme_none(ws: Workspace) -> None:
    ws.config.evidence.assign_scheme = "none"
    report = service.confirm_suggestions(ws, [KH])
    assert report.links and report.links[0].evidence_code is None


def test_learning_from_confirmations_reaches_later_suggestions(ws: Workspace) -> None:
    """After the office links a 'Sổ vàng' file to 4.3, a second 'Sổ vàng' file is suggested 4.3 first."""
    root = ws.evidence_dir
    make_docx(root / "Sổ vàng khoa Điện.docx", paragraphs=["Sổ vàng khoa Điện"])
    service.scan_workspace(ws, options=OPTS)
    service.link_files(ws, ["Sổ vàng khoa Điện.docx"], ["4.3"])
    make_docx(root / "Sổ vàng khoa Cơ khí.docx", paragraphs=["Sổ vàng khoa Cơ khí"])
    service.scan_workspace(ws, options=OPTS)
    links = _links(ws, "Sổ vàng khoa Cơ khí.docx")
    assert links and max(links.values(), key=lambda x: x.score or 0).requirement == "4.3"


def test_boxes_export_copies_in_the_code_layout_with_a_list(ws: Workspace, tmp_path: Path) -> None:
    service.confirm_suggestions(ws, [KH])
    target = tmp_path / "hop-minh-chung"
    report = service.export_boxes(ws, target)
    copies = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert copies == sorted([
        "danh-muc-hop-minh-chung.xlsx",
        "35-2021-TT-BLĐTBXH/Hộp 2 - Tiêu chí 2/Tiêu chuẩn 5/MC.2.5.01 Kế hoạch bồi dưỡng nhà giáo cập nhật công nghệ "
        "mới năm 2024.docx",
        "35-2021-TT-BLĐTBXH/Hộp 4 - Tiêu chí 4/Tiêu chuẩn 2/H1.04.02.01 Quyết định về việc thành lập Hội đồng tự "
        "đánh giá chất lượng.pdf",
    ]), copies
    assert report.files == 2 and (ws.evidence_dir / KH).is_file() and (ws.evidence_dir / QD).is_file()
    sheet = load_workbook(target / "danh-muc-hop-minh-chung.xlsx").active
    assert [c.value for c in sheet[2]][3:5] == ["2.5", "MC.2.5.01"]
    with pytest.raises(BoxError, match="đã có nội dung"):
        service.export_boxes(ws, target)
    with pytest.raises(BoxError, match="nằm trong thư mục minh chứng"):
        service.export_boxes(ws, ws.evidence_dir / "hop")


def test_boxes_from_the_cli(ws: Workspace, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from accredit.cli.app import app

    out = CliRunner().invoke(app, ["evidence", "register", "--boxes", str(tmp_path / "box"), "--workspace",
                                   str(ws.root)])
    assert out.exit_code == 0, out.output
    assert "Đã xuất hộp minh chứng" in out.output and (tmp_path / "box" / "danh-muc-hop-minh-chung.xlsx").is_file()


def test_document_site_headers_are_dropped() -> None:
    page = """THƯ VIỆN PHÁP LUẬT
Thuộc tính văn bản
Hiệu lực: Còn hiệu lực
Tình trạng hiệu lực: Đã biết
Tải văn bản
Văn bản gốc
Lược đồ
Quy chế đào tạo trình độ cao đẳng ban hành kèm theo quyết định của Hiệu trưởng
"""
    assert clean_text(page).splitlines() == [
        "Quy chế đào tạo trình độ cao đẳng ban hành kèm theo quyết định của Hiệu trưởng"]


def test_box_names_are_safe_on_windows() -> None:
    from accredit.evidence.boxes import safe_name

    assert safe_name('Quyết định: "số 5" <mới>?.') == "Quyết định số 5 mới"
    assert safe_name("../../etc") == "etc" and safe_name("CON.pdf") == "_CON.pdf" and safe_name("...") == "_"
