"""The circular importer: structure recognition, readers (.txt/.md/.docx/.pdf), warnings, CLI."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accredit.catalog.files import load_framework
from accredit.catalog.importer import (
    ImportResult,
    ImportStructureError,
    draft_yaml,
    import_circular,
    import_file,
)
from accredit.catalog.text_sources import SourceTextError, read_text
from accredit.cli.app import app
from accredit.model.framework import Framework, ObjectType

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
TT15_STYLE = FIXTURES / "thong-tu-mau-tt15.txt"
TT14_STYLE = FIXTURES / "thong-tu-mau-tt14.txt"
REPO = HERE.parents[1]
SHARED_REFERENCE = REPO.parent / "shared" / "reference"
TT35_HAND = REPO / "criteria" / "tt35-2021" / "truong-cao-dang.yaml"

runner = CliRunner()


def squash(text: str) -> str:
    """Text without any whitespace: 'the same wording modulo whitespace'."""
    return re.sub(r"\s+", "", text)


def codes_and_texts(fw: Framework) -> list[tuple[str, str, str, str]]:
    return [(r.code, r.label, r.article, " ".join(r.text.split())) for r in fw.requirements]


# --- the real circular ---------------------------------------------------------------------------
@pytest.mark.skipif(
    not (SHARED_REFERENCE / "tt35-2021.md").is_file(),
    reason=f"shared reference text not found at {SHARED_REFERENCE} (it sits beside the repository in CI)",
)
def test_tt35_reference_text_yields_the_hand_encoded_standards() -> None:
    result = import_file(SHARED_REFERENCE / "tt35-2021.md", framework_id="tt35-2021/truong-cao-dang")
    draft, hand = result.framework, load_framework(TT35_HAND)
    assert [r.code for r in draft.requirements] == [r.code for r in hand.requirements]
    assert [(c.code, c.label, c.title, c.article) for c in draft.criteria] == [
        (c.code, c.label, c.title, c.article) for c in hand.criteria
    ]
    for got, want in zip(draft.requirements, hand.requirements, strict=True):
        assert (got.label, got.article) == (want.label, want.article)
        assert squash(got.text) == squash(want.text), got.code
        assert " ".join(got.text.split()) == want.text
    # Metadata read from the text, points from Điều 4 khoản 2; everything else left for review.
    reg = draft.regulation
    assert (reg.number, reg.issuer, reg.issued, reg.effective, reg.title) == (
        hand.regulation.number, hand.regulation.issuer, hand.regulation.issued,
        hand.regulation.effective, hand.regulation.title,
    )
    assert draft.scored and draft.max_points == 100
    assert draft.status == "draft"
    assert all(r.text_status == "unverified" for r in draft.requirements)
    assert result.warnings == []


# --- fixture circulars (always run) --------------------------------------------------------------
def test_tt15_style_numbered_standards_with_lettered_items() -> None:
    result = import_file(TT15_STYLE, framework_id="tt99-2030/truong")
    fw = result.framework
    assert [c.code for c in fw.criteria] == ["1", "2"]
    assert [(c.title, c.article) for c in fw.criteria] == [
        ("Mục tiêu, sứ mạng và tổ chức", "Điều 3 khoản 1"),
        ("Hoạt động đào tạo", "Điều 3 khoản 2"),
    ]
    assert [r.code for r in fw.requirements] == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5"]
    r = fw.requirement("2.5")
    assert (r.label, r.item, r.article) == ("Tiêu chuẩn 5", "đ", "Điều 3 khoản 2 điểm đ")
    # Wrapped lines are joined with one space.
    assert fw.requirement("1.1").text == (
        "Mục tiêu và sứ mạng của trường được xác định cụ thể, phù hợp với chức năng, nhiệm vụ và được "
        "công bố công khai."
    )
    assert fw.requirement("2.4").text.endswith("đã được phê duyệt.")
    # Draft markers.
    assert fw.status == "draft" and all(r.text_status == "unverified" for r in fw.requirements)
    assert all(c.text_status == "unverified" for c in fw.criteria)
    assert fw.decision.rules[0].type == "all_met" and fw.decision.rules[0].note
    # Points: "mỗi tiêu chuẩn đạt yêu cầu là 2 điểm", total 16 as stated.
    assert fw.scored and {r.points for r in fw.requirements} == {2} and fw.max_points == 16
    # Metadata from the header; the issuer cannot be read from an upper-case header → a warning.
    assert fw.regulation.number == "99/2030/TT-BTN"
    assert str(fw.regulation.issued) == "2030-03-05" and str(fw.regulation.effective) == "2030-07-01"
    assert fw.regulation.title == "Quy định tiêu chí đánh giá trường mẫu"
    assert [w.kind for w in result.warnings] == ["metadata"]
    assert "regulation.issuer" in result.warnings[0].message
    assert fw.applies_to == [ObjectType.TRUONG_CAO_DANG, ObjectType.TRUONG_TRUNG_CAP]


def test_tt14_style_decimal_standards() -> None:
    fw = import_file(TT14_STYLE, framework_id="tt98-2031/truong-cao-dang").framework
    assert [r.code for r in fw.requirements] == ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1"]
    assert [r.label for r in fw.requirements][:2] == ["Tiêu chuẩn 1.1", "Tiêu chuẩn 1.2"]
    assert fw.requirement("2.2").article == "Điều 2 khoản 2"
    assert fw.requirement("2.2").text == (
        "Trường tuyển sinh theo kế hoạch bảo đảm công bằng, khách quan và theo hướng nâng cao chất lượng đầu vào."
    )
    assert fw.criterion("3").title == "Nhà giáo, cán bộ quản lý"
    assert fw.applies_to == [ObjectType.TRUONG_CAO_DANG]


def test_phap_dien_article_headings_and_annotations() -> None:
    text = (
        "Điều 20.1.TT.83.7. Tiêu chí 2 - Trình độ nhà giáo\n\n"
        "(Điều 7 Thông tư số 35/2021/TT-BLĐTBXH, có hiệu lực thi hành kể từ ngày 15/02/2022)\n\n"
        "1. Tiêu chuẩn 1: Nhà giáo đạt chuẩn thứ nhất.\n\n"
        "2. Tiêu chuẩn 2: Nhà giáo đạt chuẩn thứ hai.\n\n"
        "(Điều này có nội dung liên quan đến Điều 20.1.TT.83.4. Các tiêu chí, điểm đánh giá)\n"
    )
    fw = import_circular(text, framework_id="tt35-2021/truong-cao-dang").framework
    assert fw.criteria[0].article == "Điều 7"
    assert [(r.code, r.article, r.text) for r in fw.requirements] == [
        ("2.1", "Điều 7 khoản 1", "Nhà giáo đạt chuẩn thứ nhất."),
        ("2.2", "Điều 7 khoản 2", "Nhà giáo đạt chuẩn thứ hai."),
    ]


def test_dieu_kien_yeu_cau_chi_so_structure() -> None:
    text = """
Điều 6. Các điều kiện bảo đảm chất lượng
1. Các điều kiện bảo đảm chất lượng gồm 02 (hai) điều kiện sau:
a) Điều kiện 1. Tổ chức bộ máy và quản trị

Bảo đảm tổ chức bộ máy được thiết lập theo quy định.

b) Điều kiện 2. Đội ngũ nhà giáo và cán bộ quản lý

Điều 7. Chỉ số hoạt động cơ sở giáo dục nghề nghiệp
1. Chỉ số hoạt động gồm 02 (hai) chỉ số sau:
a) Chỉ số 01. Tỷ lệ nhập học trên số chỉ tiêu đạt từ 50% trở lên.
b) Chỉ số 02. Tỷ lệ người học hoàn thành chương trình đúng hạn
đạt từ 60% trở lên.

PHỤ LỤC I
Yêu cầu 1.1. Quy chế tổ chức và hoạt động được ban hành và thực hiện theo quy định.
Yêu cầu 1.2: Cơ cấu bộ máy được tổ chức và vận hành theo quy định.
| 3 | Yêu cầu 2.1 | Số lượng nhà giáo đáp ứng yêu cầu theo quy mô đào tạo. | Danh sách nhà giáo |
"""
    result = import_circular(text, framework_id="tt38-2026/co-so-gdnn")
    fw = result.framework
    assert [(c.code, c.label) for c in fw.criteria] == [
        ("1", "Điều kiện 1"), ("2", "Điều kiện 2"), ("CS", "Chỉ số hoạt động"),
    ]
    assert fw.criterion("1").title == "Tổ chức bộ máy và quản trị"
    assert fw.criterion("1").article == "Điều 6 khoản 1 điểm a"
    assert fw.criterion("CS").title == "Chỉ số hoạt động cơ sở giáo dục nghề nghiệp"
    assert [r.code for r in fw.criterion("CS").requirements] == ["CS01", "CS02"]
    assert fw.requirement("CS02").text == "Tỷ lệ người học hoàn thành chương trình đúng hạn đạt từ 60% trở lên."
    assert fw.requirement("CS02").article == "Điều 7 khoản 1 điểm b"
    assert (fw.requirement("1.1").label, fw.requirement("1.1").article) == ("Yêu cầu 1.1", "Phụ lục I")
    assert fw.requirement("2.1").text == "Số lượng nhà giáo đáp ứng yêu cầu theo quy mô đào tạo."
    assert not fw.scored and all(r.points is None for r in fw.requirements)
    assert fw.applies_to == [ObjectType.TRUONG_CAO_DANG, ObjectType.TRUONG_TRUNG_CAP, ObjectType.TRUNG_TAM_GDNN]


def test_warnings_for_what_cannot_be_placed() -> None:
    text = """Tiêu chuẩn 1: Một câu trước mọi tiêu chí.
Tiêu chí 1 - Thứ nhất
Tiêu chuẩn 1: Nội dung một.
Tiêu chuẩn 3: Nội dung ba.
Tiêu chuẩn 3: Nội dung ba lặp lại.
Tiêu chí 2 - Không có tiêu chuẩn
Tiêu chuẩn 4.1: Thuộc tiêu chí 4 chưa có tiêu đề.
Tiêu chuẩn 4.2:
"""
    result = import_circular(text, framework_id="tt99-2030/truong", applies_to=[ObjectType.TRUNG_TAM_GDNN])
    kinds = [w.kind for w in result.warnings]
    by_kind = {w.kind: w for w in result.warnings}
    assert by_kind["unplaced"].line == 1
    assert by_kind["duplicate_requirement"].line == 5 and "1.3" in by_kind["duplicate_requirement"].message
    assert by_kind["empty_criterion"].line == 6
    assert by_kind["implied_criterion"].line == 7
    assert by_kind["empty_text"].line == 8
    assert "no_article" in kinds
    numbering = [w for w in result.warnings if w.kind == "numbering"]
    assert {w.line for w in numbering} == {4, 7}  # 1 → 3 inside criterion 1; criteria 1 → 4
    fw = result.framework
    assert [r.code for r in fw.requirements] == ["1.1", "1.3", "4.1"]
    assert fw.requirement("1.3").text == "Nội dung ba."
    assert fw.applies_to == [ObjectType.TRUNG_TAM_GDNN]
    assert sum(k == "metadata" for k in kinds) == 5  # number, title, issuer, issued, effective


def test_text_without_structure_is_an_error() -> None:
    with pytest.raises(ImportStructureError, match=re.escape("ghi-chu.txt")):
        import_circular("Chỉ là một đoạn văn.\nKhông có tiêu chí nào.\n", framework_id="x-1/y", source="ghi-chu.txt")
    with pytest.raises(ImportStructureError, match="TT 35"):
        import_circular("Tiêu chí 1 - A\nTiêu chuẩn 1: B.\n", framework_id="TT 35")


def test_draft_yaml_loads_back_unchanged(tmp_path: Path) -> None:
    result = import_file(TT15_STYLE, framework_id="tt99-2030/truong")
    path = tmp_path / "draft.yaml"
    path.write_text(draft_yaml(result.framework), encoding="utf-8")
    assert load_framework(path) == result.framework


# --- readers ------------------------------------------------------------------------------------
def test_markdown_and_nfd_input_are_normalised(tmp_path: Path) -> None:
    import unicodedata

    md = tmp_path / "tt.md"
    body = "## Điều 3. Tiêu chí 1 - Quy mô\n\n> 1. **Tiêu chuẩn 1:** Quy mô đào tạo tối thiểu 2.000 người.\n"
    md.write_text(unicodedata.normalize("NFD", body), encoding="utf-8")
    text = read_text(md)
    assert unicodedata.is_normalized("NFC", text)
    fw = import_circular(text, framework_id="t-1/truong").framework
    assert (fw.requirements[0].code, fw.requirements[0].article) == ("1.1", "Điều 3 khoản 1")
    assert fw.requirements[0].text == "Quy mô đào tạo tối thiểu 2.000 người."


def _docx_from_lines(lines: list[str], path: Path) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        if line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path


def test_docx_gives_the_same_draft_as_the_text(tmp_path: Path) -> None:
    # One Word paragraph per source line, as a PDF-to-Word conversion produces: wrapped
    # lines come back as separate paragraphs and must still be joined.
    path = _docx_from_lines(TT15_STYLE.read_text(encoding="utf-8").splitlines(), tmp_path / "thông tư mẫu.docx")
    from_docx = import_file(path, framework_id="tt99-2030/truong").framework
    from_txt = import_file(TT15_STYLE, framework_id="tt99-2030/truong").framework
    assert codes_and_texts(from_docx) == codes_and_texts(from_txt)
    assert from_docx.regulation.model_dump(exclude={"source"}) == from_txt.regulation.model_dump(exclude={"source"})
    assert from_docx.regulation.source == "thông tư mẫu.docx"


def test_docx_tables_are_read_row_by_row(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Điều 4. Tiêu chí, tiêu chuẩn")
    document.add_paragraph("1. Tiêu chí 1 – Sứ mạng, mục tiêu")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("STT", "Mã", "Nội dung tiêu chuẩn"),
                                       ("1", "Tiêu chuẩn 1.1", "Sứ mạng được công bố công khai."),
                                       ("2", "Tiêu chuẩn 1.2", "Mục tiêu được rà soát hằng năm.")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    path = tmp_path / "bang.docx"
    document.save(str(path))
    assert "1 | Tiêu chuẩn 1.1 | Sứ mạng được công bố công khai." in read_text(path)
    fw = import_file(path, framework_id="t-1/truong").framework
    assert [(r.code, r.article, r.text) for r in fw.requirements] == [
        ("1.1", "Điều 4 khoản 1", "Sứ mạng được công bố công khai."),
        ("1.2", "Điều 4 khoản 1", "Mục tiêu được rà soát hằng năm."),
    ]


def unicode_font() -> Path:
    """A TrueType font with Vietnamese letters (DejaVu Sans, Debian package fonts-dejavu-core)."""
    candidates = [
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
        Path("/Library/Fonts/DejaVuSans.ttf"),
        Path("C:/Windows/Fonts/arial.ttf"),
    ]
    if shutil.which("fc-match"):
        found = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.endswith(".ttf"):
            candidates.insert(0, Path(found.stdout))
    for path in candidates:
        if path.is_file():
            return path
    pytest.skip("no Unicode TrueType font with Vietnamese letters found: install Debian's fonts-dejavu-core")


def _pdf_from_text(text: str, path: Path, break_inside: str) -> Path:
    """A real text-layer PDF: paragraphs wrapped to a narrow column, spacing between paragraphs,
    several pages with a page number at the bottom, and a page break inside the paragraph that
    starts with ``break_inside`` (after its first line)."""
    from reportlab.lib.pagesizes import A6
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("VN", str(unicode_font())))
    width, height = A6
    pdf = canvas.Canvas(str(path), pagesize=A6)
    page, size, left, top, bottom = 1, 9, 20, height - 24, 30

    def new_page() -> float:
        nonlocal page
        pdf.setFont("VN", 7)
        pdf.drawString(width / 2, 14, str(page))
        pdf.showPage()
        page += 1
        return top

    y = top
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    for para in paragraphs:
        for line in (" ".join(raw.split()) for raw in para.split("\n")):
            for i, piece in enumerate(simpleSplit(line, "VN", size, width - 2 * left)):
                if y < bottom or (i == 1 and para.startswith(break_inside)):
                    y = new_page()
                pdf.setFont("VN", size)
                pdf.drawString(left, y, piece)
                y -= size * 1.3
        y -= size * 1.2  # paragraph spacing
    new_page()
    pdf.save()
    return path


def test_pdf_text_layer_gives_the_same_draft_as_the_text(tmp_path: Path) -> None:
    source = TT15_STYLE.read_text(encoding="utf-8")
    path = _pdf_from_text(source, tmp_path / "thong-tu.pdf", break_inside="c) Tiêu chuẩn 3: Thực hiện")
    import pypdfium2 as pdfium

    assert len(pdfium.PdfDocument(str(path))) >= 3  # several small pages
    text = read_text(path)
    assert "Tiêu chuẩn 5: Tỷ lệ người học bỏ học" in " ".join(text.split())
    assert "\n\nb) Tiêu chuẩn 2: Hằng năm" in text  # paragraph gaps become blank lines
    from_pdf = import_file(path, framework_id="tt99-2030/truong")
    from_txt = import_file(TT15_STYLE, framework_id="tt99-2030/truong")
    assert codes_and_texts(from_pdf.framework) == codes_and_texts(from_txt.framework)
    assert from_pdf.framework.scored and from_pdf.framework.max_points == 16
    assert [w.kind for w in from_pdf.warnings] == [w.kind for w in from_txt.warnings]


def test_scanned_pdf_without_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "ban-quet.pdf"
    pdf = canvas.Canvas(str(path))
    for _ in range(2):
        pdf.rect(50, 50, 400, 700, fill=1)  # a page-sized "image", no text
        pdf.showPage()
    pdf.save()
    with pytest.raises(SourceTextError, match="OCR") as info:
        read_text(path)
    assert "ban-quet.pdf" in str(info.value) and "2" in str(info.value)


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("cu.doc", b"\xd0\xcf\x11\xe0", ".docx"),
        ("bang.xlsx", b"PK", ".txt"),
        ("latin.txt", "Tiêu chí 1 - Quy mô".encode("cp1258"), "UTF-8"),
        ("hong.docx", b"not a zip", "Word"),
        ("hong.pdf", b"%PDF-1.4 broken", "PDF"),
    ],
)
def test_unreadable_files_name_the_file_and_what_to_do(tmp_path: Path, name: str, content: bytes, needle: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceTextError) as info:
        read_text(path)
    assert name in str(info.value) and needle in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceTextError, match=re.escape("khong-co.txt")):
        read_text(tmp_path / "khong-co.txt")


# --- command ------------------------------------------------------------------------------------
def test_cli_json_equals_the_api_result_and_writes_the_draft(tmp_path: Path) -> None:
    out = tmp_path / "criteria" / "tt99-2030" / "truong.yaml"
    args = ["criteria", "import", str(TT15_STYLE), "--id", "tt99-2030/truong", "--out", str(out), "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    api = import_file(TT15_STYLE, framework_id="tt99-2030/truong")
    assert json.loads(result.stdout) == api.model_dump(mode="json")
    assert ImportResult.model_validate(json.loads(result.stdout)) == api
    assert load_framework(out) == api.framework

    # No overwrite without --force: exit code 3, file untouched.
    out.write_text("# hand edits\n", encoding="utf-8")
    again = runner.invoke(app, args)
    assert again.exit_code == 3
    assert out.read_text(encoding="utf-8") == "# hand edits\n"
    forced = runner.invoke(app, [*args, "--force"])
    assert forced.exit_code == 0 and load_framework(out) == api.framework


def test_cli_summary_object_option_and_errors(tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    ok = runner.invoke(app, ["--lang", "en", "criteria", "import", str(TT14_STYLE), "--id", "tt98-2031/x",
                             "--out", str(out), "--object", "ctdt_cao_dang", "--title", "Bản nháp thử"])
    try:
        assert ok.exit_code == 0, ok.output
        assert "3 criteria, 6 requirements" in " ".join(ok.stdout.split())
        assert "regulation.issuer" in ok.stdout
        fw = load_framework(out)
        assert fw.applies_to == [ObjectType.CTDT_CAO_DANG] and fw.title == "Bản nháp thử"
        bad = runner.invoke(app, ["criteria", "import", str(TT14_STYLE), "--id", "tt98-2031/x",
                                  "--out", str(tmp_path / "b.yaml"), "--object", "school"])
        assert bad.exit_code == 2 and not (tmp_path / "b.yaml").exists()
        scanned = tmp_path / "scan.pdf"
        from reportlab.pdfgen import canvas

        pdf = canvas.Canvas(str(scanned))
        pdf.rect(50, 50, 400, 700, fill=1)
        pdf.save()
        failed = runner.invoke(app, ["criteria", "import", str(scanned), "--id", "tt98-2031/x",
                                     "--out", str(tmp_path / "c.yaml")])
        assert failed.exit_code == 3 and "OCR" in failed.output
        assert not (tmp_path / "c.yaml").exists()
    finally:
        from accredit.i18n import set_language

        set_language(None)
