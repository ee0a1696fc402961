"""The Word documents, opened with python-docx: administrative form, one framework per file, drafts, TT 38 forms."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.table import Table

from accredit.model.assessment import Narrative, Rating, Status
from accredit.report import ReportInput
from accredit.report.document import Run
from accredit.report.documents import annual_report, documents, self_assessment, standard_report
from accredit.report.docx import QUOC_HIEU, TIEU_NGU, render_document
from accredit.report.write import document_name, render_documents
from accredit.workspace import DocumentSettings
from tests.report.conftest import build_input
from tests.scoring.builders import TT35, TT38


def open_doc(data: bytes):
    return Document(io.BytesIO(data))


@pytest.fixture
def files(report_input: ReportInput) -> dict[str, object]:
    return {name: open_doc(data) for name, data in render_documents(report_input)}


def texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def all_cells(doc) -> list[str]:
    return [c.text for t in doc.tables for r in t.rows for c in r.cells]


def header(table: Table) -> tuple[str, ...]:
    return tuple(c.text for c in table.rows[0].cells)


def rows(table: Table, skip: int = 1) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in table.rows[skip:]]


def after(paragraphs: list[str], start: str, count: int) -> list[str]:
    i = paragraphs.index(start)
    return paragraphs[i + 1 : i + 1 + count]


def xml(doc) -> str:
    return doc.element.xml


def test_one_document_per_purpose_and_framework(files) -> None:
    assert sorted(files) == [
        "bao-cao-chuan-co-so-gdnn-2026.docx",
        "bao-cao-ket-qua-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx",
        "bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx",
    ]
    standard = files["bao-cao-chuan-co-so-gdnn-2026.docx"]
    tt38 = "\n".join(texts(standard) + all_cells(standard))
    tt35 = files["bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx"]
    tt35_text = "\n".join(texts(tt35) + all_cells(tt35))
    # TT 38 and the accreditation framework never share a file
    assert "35/2021" not in tt38 and "Trường cao đẳng chất lượng cao" not in tt38
    assert "38/2026" not in tt35_text and "Chỉ số 01" not in tt35_text
    assert tt35.core_properties.subject == TT35


@pytest.mark.parametrize("name", [
    "bao-cao-chuan-co-so-gdnn-2026.docx",
    "bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx",
    "bao-cao-ket-qua-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx",
])
def test_administrative_form(files, name: str) -> None:
    doc = files[name]
    heading = doc.tables[0]
    left, right = (c.text for c in heading.rows[0].cells)
    assert QUOC_HIEU in right and TIEU_NGU in right
    assert "TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ MẪU" in left and "Số:" in left
    assert "Lạng Sơn, ngày …… tháng …… năm 2026" in right  # signing date left to fill in by hand
    body = texts(doc)
    assert "BÁO CÁO" in body
    # page numbers: a PAGE field in the header, none on the first page
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert abs(section.page_width.cm - 21) < 0.01 and abs(section.left_margin.cm - 3) < 0.01
    # Times New Roman 13, headings black (not Word's blue)
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 13
    for level in (1, 2, 3):
        style = doc.styles[f"Heading {level}"]
        assert style.font.name == "Times New Roman" and str(style.font.color.rgb) == "000000"
    # signature block and Nơi nhận in the last table
    sign = doc.tables[-1]
    left, right = (c.text for c in sign.rows[0].cells)
    assert left.startswith("Nơi nhận:") and "Lưu: VT" in left
    assert "HIỆU TRƯỞNG" in right and "(Ký, ghi rõ họ tên, đóng dấu)" in right
    # nothing about the tool on the paper
    assert not any("accredit" in p.lower() or "công cụ" in p.lower() for p in body)


def test_contents_field_and_headings_as_the_form_writes_them(files) -> None:
    doc = files["bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx"]
    assert 'TOC \\o "1-3"' in xml(doc)
    assert "w:updateFields" in doc.settings.element.xml
    # one TOC field whose shown result spans the entry paragraphs (Word replaces it whole on refresh)
    from docx.oxml.ns import qn

    marks = [(i, fc.get(qn("w:fldCharType"))) for i, p in enumerate(doc.element.body.iter(qn("w:p")))
             for fc in p.iter(qn("w:fldChar"))]
    assert [k for _, k in marks] == ["begin", "separate", "end"] and marks[2][0] > marks[0][0] + 3
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert h1 == ["PHẦN I. TỔNG QUAN CHUNG", "PHẦN II. TỰ ĐÁNH GIÁ", "PHẦN III. ĐỀ XUẤT VÀ KIẾN NGHỊ",
                  "PHỤ LỤC. DANH MỤC MINH CHỨNG"]
    body = texts(doc)
    assert "MỤC LỤC" in body
    # the TOC shows the headings until Word refreshes the field
    toc = body.index("MỤC LỤC")
    assert "PHẦN I. TỔNG QUAN CHUNG" in body[toc + 1 : toc + 4]
    for part in ("1. Căn cứ tự đánh giá", "2. Hội đồng tự đánh giá chất lượng", "3. Quy trình tự đánh giá",
                 "4. Tiến độ thực hiện", "2. Tổng hợp kết quả tự đánh giá", "1. Đề xuất", "2. Kiến nghị"):
        assert part in body
    assert "1. Thành lập Hội đồng tự đánh giá chất lượng." in body  # TT 28 Điều 15, quoted


def test_blanks_are_highlighted_and_counted(report_input: ReportInput) -> None:
    s = report_input.section(TT35)
    doc = self_assessment(report_input, s)
    assert doc.empty_fields > 0
    d = open_doc(render_document(doc))
    yellow = [r for p in d.paragraphs for r in p.runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert any("chưa nhập" in r.text for r in yellow)
    notes: list[str] = []
    render_documents(report_input, notes)
    assert any("ô cần điền" in n and "bao-cao-tu-danh-gia-2026-tt35" in n for n in notes)
    assert any("Phụ lục 03/04" in n and "không có trong văn bản tham chiếu" in n for n in notes)


def test_settings_fill_the_heading_and_signature(report_input: ReportInput) -> None:
    settings = DocumentSettings(superior="UBND tỉnh Lạng Sơn", number="125/BC-CĐKT", date=date(2026, 12, 3),
                                signer="Nguyễn Văn An", recipients=["Sở Giáo dục và Đào tạo tỉnh Lạng Sơn"],
                                council=["Nguyễn Văn An — Hiệu trưởng — Chủ tịch Hội đồng"],
                                council_decision="Quyết định số 45/QĐ-CĐKT ngày 10/01/2026 của Hiệu trưởng")
    inp = report_input.model_copy(update={"documents": settings})
    d = open_doc(render_document(self_assessment(inp, inp.section(TT35))))
    left, right = (c.text for c in d.tables[0].rows[0].cells)
    assert left.startswith("UBND TỈNH LẠNG SƠN") and "Số: 125/BC-CĐKT" in left
    assert "Lạng Sơn, ngày 03 tháng 12 năm 2026" in right
    sign_left, sign_right = (c.text for c in d.tables[-1].rows[0].cells)
    assert "- Sở Giáo dục và Đào tạo tỉnh Lạng Sơn;" in sign_left and sign_right.endswith("Nguyễn Văn An")
    assert "- Quyết định số 45/QĐ-CĐKT ngày 10/01/2026 của Hiệu trưởng" in texts(d)


def test_person_text_wins_and_drafts_come_from_the_evidence(report_input: ReportInput) -> None:
    s = report_input.section(TT35)
    mine = Narrative(current_state="Nhà trường có quy mô 1.999 HSSV quy đổi.", improvement_plan="Tuyển thêm.")
    a = s.assessment.model_copy(update={"ratings": [
        *(r for r in s.assessment.ratings if r.code != "2.1"),
        Rating(code="2.1", status=Status.MET, narrative=mine),
    ]})
    inp = report_input.model_copy(update={"sections": [report_input.section(TT38),
                                                       s.model_copy(update={"assessment": a})]})
    d = open_doc(render_document(self_assessment(inp, inp.section(TT35))))
    body = texts(d)
    block = after(body, "Tiêu chuẩn 1 (2.1)", 8)
    assert block[1] == "Mô tả hiện trạng: Nhà trường có quy mô 1.999 HSSV quy đổi."
    assert block[4] == "Kế hoạch cải tiến: Tuyển thêm."
    # another standard: drafted from the linked evidence's own metadata, citing it, marked as a draft
    other = after(body, "Tiêu chuẩn 2 (2.2)", 8)
    assert other[1] == "Mô tả hiện trạng: [Dự thảo] Nhà trường có minh chứng “Chiến lược phát triển 2021–2030”."
    assert other[2] == "Điểm mạnh: (chưa nhập — cần bổ sung)"  # a judgement: never drafted
    gap = after(body, "Tiêu chuẩn 1 (1.1)", 8)
    assert gap[3].startswith("Tồn tại: [Dự thảo] ") and "2000" in gap[3]
    assert gap[5].startswith("Điểm tự đánh giá: 0/4 điểm (Không đạt) — ")


def test_summary_table_and_appendix(files) -> None:
    doc = files["bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx"]
    summary = next(t for t in doc.tables if header(t) == ("STT", "Tiêu chí, tiêu chuẩn", "Điểm chuẩn",
                                                         "Điểm tự đánh giá"))
    body = rows(summary)
    assert body[0] == ["1", "Tiêu chí 1: Quy mô đào tạo", "12", "4"]
    assert body[-1][1:] == ["Tổng", "100", "80"]
    appendix = next(t for t in doc.tables if header(t)[:3] == ("STT", "Mã minh chứng", "Tên minh chứng"))
    titles = [r[2] for r in rows(appendix)]
    assert titles == ["Chiến lược phát triển 2021–2030"]  # only this framework's counting evidence


def test_tt38_conditions_table(files) -> None:
    doc = files["bao-cao-chuan-co-so-gdnn-2026.docx"]
    a = next(t for t in doc.tables if header(t) == ("STT", "Điều kiện bảo đảm chất lượng", "Minh chứng"))
    body = rows(a, skip=2)  # header and the form's column numbers
    assert [c.text for c in a.rows[1].cells] == ["(1)", "(2)", "(3)"]
    groups = [i for i, r in enumerate(body) if r[0].startswith(("I.", "II."))]
    assert [body[i][0] for i in groups] == [
        "I. Các điều kiện bảo đảm chất lượng đáp ứng yêu cầu",
        "II. Các điều kiện bảo đảm chất lượng không đáp ứng yêu cầu",
    ]
    met, not_met = body[groups[0] + 1 : groups[1]], body[groups[1] + 1 :]
    assert len(met) == 19 and len(not_met) == 1
    assert met[0][0] == "1" and met[0][1].startswith("Yêu cầu 1.1: ")
    assert met[0][2] == "H1.01.01.01 — Quyết định thành lập trường"
    assert not_met[0][1].startswith("Yêu cầu 6.4: ") and "(Chưa đánh giá" in not_met[0][1]
    assert not_met[0][2] == "(chưa có minh chứng)"  # an unconfirmed suggestion is not evidence


def test_tt38_indices_have_their_evidence(files) -> None:
    doc = files["bao-cao-chuan-co-so-gdnn-2026.docx"]
    b = next(t for t in doc.tables if header(t) == ("STT", "Tên", "Nội dung", "Kết quả tự đánh giá", "Yêu cầu",
                                                    "Minh chứng"))
    body = rows(b, skip=2)
    split = next(i for i, r in enumerate(body) if r[0].startswith("II."))
    met, not_met = body[1:split], body[split + 1 :]
    assert len(met) == 9 and len(not_met) == 1
    cs01 = not_met[0]
    assert cs01[1] == "Chỉ số 01: Tỷ lệ nhập học"
    assert cs01[3].startswith("45% (2026)") and cs01[4] == "≥ 50%"
    assert "'Số liệu'!C5" in cs01[5] and "H1.01.01.01" in cs01[5]
    assert all(r[5] and r[5] != "—" for r in met)


def test_tt38_determination_is_ticked(files) -> None:
    body = texts(files["bao-cao-chuan-co-so-gdnn-2026.docx"])
    yes = next(p for p in body if p.endswith("đạt mức yêu cầu của tất cả các chỉ số hoạt động."))
    no = next(p for p in body if "Không đáp ứng chuẩn cơ sở giáo dục nghề nghiệp:" in p)
    assert yes.startswith("☐") and no.startswith("☒")


def test_annual_report_to_the_managing_agency(report_input: ReportInput) -> None:
    settings = DocumentSettings(addressee="Sở Giáo dục và Đào tạo tỉnh Lạng Sơn")
    inp = report_input.model_copy(update={"documents": settings})
    doc = annual_report(inp, inp.section(TT35))
    assert document_name(doc, 2026) == "bao-cao-ket-qua-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx"
    d = open_doc(render_document(doc))
    body = texts(d)
    assert "Kính gửi: Sở Giáo dục và Đào tạo tỉnh Lạng Sơn" in body
    assert any(p.startswith("Thực hiện khoản 2 Điều 19 Thông tư số 28/2017/TT-BLĐTBXH") for p in body)
    results = next(t for t in d.tables if header(t)[:3] == ("STT", "Tiêu chí", "Kết quả"))
    assert rows(results)[0][:3] == ["1", "Tiêu chí 1: Quy mô đào tạo", "4/12"]


def test_hostile_text_is_cleaned(report_input: ReportInput) -> None:
    inp = build_input(school_name="Trường\x07 Cao đẳng\x0b Mẫu")
    for doc in documents(inp):
        d = open_doc(render_document(doc))
        assert "TRƯỜNG CAO ĐẲNG MẪU" in d.tables[0].rows[0].cells[0].text


def test_standard_report_only_for_tt38(report_input: ReportInput) -> None:
    kinds = [(d.key, d.framework) for d in documents(report_input)]
    assert kinds == [("chuan-co-so", TT38), ("tu-danh-gia", TT35), ("ket-qua", TT35)]
    assert standard_report(report_input, report_input.section(TT38)).framework == TT38
    assert Run("x", empty=True).empty


def test_no_internal_ids_on_the_paper(files) -> None:
    for name, doc in files.items():
        body = "\n".join(texts(doc) + all_cells(doc))
        for internal in ("tt14-2024/truong", "tt35-2021/truong-cao-dang", "tt38-2026/co-so-gdnn", "external_results"):
            assert internal not in body, (name, internal)
    rules = texts(files["bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx"])
    assert any("Điều kiện tiên quyết" in p and ("TT 14/2024" in p or "Thông tư 14/2024" in p) for p in rules)


def test_table_body_rows_built_at_once(report_input: ReportInput) -> None:
    """Body rows are written as one piece of XML each: they read back through python-docx with the cells'
    text and widths, the group row spanning every column and shaded, rows kept whole, a bold row bold."""
    from dataclasses import replace

    from docx.shared import Cm

    from accredit.report.document import Cell
    from accredit.report.document import Row as DocRow
    from accredit.report.document import Table as DocTable

    def cell(text: str) -> Cell:
        return Cell(((Run(text),),))

    widths = (1.5, 6.0, 3.0)
    table = DocTable(headers=("TT", "Nội dung", "Kết quả"), widths=widths, rows=(
        DocRow((cell("I. Nhóm tiêu chí"),), group=True),
        DocRow((cell("1"), cell("Quyết định số 12/QĐ-CĐ <&>"), cell("Đạt"))),
        DocRow((cell("2"), Cell(((Run("Dòng một"),), (Run("Dòng hai"),))), cell("Không đạt")), bold=True),
    ))
    doc = replace(documents(report_input)[0], blocks=[table])
    rendered = [t for t in open_doc(render_document(doc)).tables if header(t) == table.headers]
    assert len(rendered) == 1
    body = rendered[0].rows[1:]
    assert [[c.text for c in r.cells] for r in body] == [
        ["I. Nhóm tiêu chí"] * 3, ["1", "Quyết định số 12/QĐ-CĐ <&>", "Đạt"], ["2", "Dòng một\nDòng hai", "Không đạt"]]
    group = body[0]._tr.tc_lst
    assert len(group) == 1 and group[0].grid_span == 3
    assert abs(group[0].width.twips - sum(Cm(w).twips for w in widths)) <= len(widths)
    assert 'w:fill="F2F2F2"' in group[0].xml
    for row in body:
        assert row._tr.trPr is not None and row._tr.trPr.xpath("w:cantSplit")
    for row in body[1:]:
        assert all(abs(tc.width.twips - Cm(w).twips) <= 1 for tc, w in zip(row._tr.tc_lst, widths, strict=True))
    plain, bold = (r._tr.tc_lst[1].xml for r in body[1:])
    assert "<w:b/>" not in plain and "<w:b/>" in bold
