"""The Word report, opened with python-docx: TT 28 outline, narratives, points, TT 38 Phụ lục II tables."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.table import Table

from accredit.report import ReportInput
from accredit.report.docx import render_docx


@pytest.fixture
def doc(report_input: ReportInput):
    return Document(io.BytesIO(render_docx(report_input)))


def texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def header(table: Table) -> tuple[str, ...]:
    return tuple(c.text for c in table.rows[0].cells)


def rows(table: Table) -> list[list[str]]:
    out = []
    for r in table.rows[1:]:
        cells = [c.text for c in r.cells]
        out.append(cells)
    return out


def after(paragraphs: list[str], start: str, count: int) -> list[str]:
    i = paragraphs.index(start)
    return paragraphs[i + 1 : i + 1 + count]


def test_parts_in_order(doc) -> None:
    heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert heads[:3] == [
        "Phần I. Giới thiệu cơ sở giáo dục nghề nghiệp",
        "Phần II. Kết quả tự đánh giá",
        "Phần III. Tồn tại và kế hoạch khắc phục",
    ]
    assert heads[3].startswith("Báo cáo mức độ đáp ứng chuẩn cơ sở giáo dục nghề nghiệp")
    body = texts(doc)
    assert "Trường Cao đẳng Kỹ thuật Công nghệ Mẫu".upper() in body


def test_school_table_in_part_one(doc) -> None:
    info = next(t for t in doc.tables if header(t) == ("Thông tin", "Nội dung"))
    values = dict((r[0], r[1]) for r in rows(info))
    assert values["Tên cơ sở"] == "Trường Cao đẳng Kỹ thuật Công nghệ Mẫu"
    assert values["Mã cơ sở"] == "CĐ-999" and values["Năm tự đánh giá"] == "2026"


def test_requirement_narrative_score_and_evidence(doc) -> None:
    body = texts(doc)
    block = after(body, "Yêu cầu 1.1", 7)
    assert block[1] == "Mô tả hiện trạng: Nhà trường có chiến lược phát triển giai đoạn 2021–2030 được phê duyệt."
    assert block[2] == "Điểm mạnh: Chiến lược được rà soát hằng năm."
    assert block[3] == "Tồn tại: Chưa lấy ý kiến doanh nghiệp khi rà soát."
    assert block[4] == "Kế hoạch cải tiến: Năm 2027 tổ chức hội thảo lấy ý kiến doanh nghiệp."
    assert block[5].startswith("Điểm tự đánh giá: Đạt — ")
    assert block[6] == "Mã minh chứng: H1.01.01.01"
    # an empty narrative is shown as such, never invented
    assert after(body, "Yêu cầu 1.2", 2)[1] == "Mô tả hiện trạng: (chưa nhập)"


def test_scored_requirement_shows_points(doc) -> None:
    body = texts(doc)
    assert "2. Tự đánh giá theo Chuẩn cơ sở giáo dục nghề nghiệp (Thông tư 38/2026/TT-BGDĐT)" in body
    assert "3. Tự đánh giá theo Trường cao đẳng chất lượng cao (Thông tư 35/2021/TT-BLĐTBXH)" in body
    block = after(body, "Tiêu chuẩn 1 (1.1)", 7)  # TT 35 labels repeat per criterion: the code tells them apart
    assert block[5].startswith("Điểm tự đánh giá: 0/4 điểm (Không đạt) — ")
    assert "Tiêu chuẩn 1 (2.1)" in body


def test_summary_tables_give_points_per_criterion(doc) -> None:
    scored = next(t for t in doc.tables if header(t) == ("Mã", "Tiêu chí", "Điểm", "Tối đa", "Tỷ lệ", "Ngưỡng"))
    first = rows(scored)[0]
    assert first == ["1", "Tiêu chí 1: Quy mô đào tạo", "4", "12", "33,33%", "60%"]


def test_tt38_conditions_table(doc) -> None:
    a = next(t for t in doc.tables if header(t) == ("STT", "Điều kiện bảo đảm chất lượng", "Minh chứng"))
    body = rows(a)
    groups = [i for i, r in enumerate(body) if r[0].startswith(("I.", "II."))]
    assert [body[i][0] for i in groups] == [
        "I. Các điều kiện bảo đảm chất lượng đáp ứng yêu cầu",
        "II. Các điều kiện bảo đảm chất lượng không đáp ứng yêu cầu",
    ]
    met, not_met = body[groups[0] + 1 : groups[1]], body[groups[1] + 1 :]
    assert len(met) == 19 and len(not_met) == 1
    assert met[0][0] == "1" and met[0][1].startswith("Yêu cầu 1.1: ") and met[0][2] == "H1.01.01.01"
    assert not_met[0][1].startswith("Yêu cầu 6.4: ") and "(Chưa đánh giá" in not_met[0][1]
    assert not_met[0][2] == "—"  # an unconfirmed suggestion is not evidence


def test_tt38_indices_table(doc) -> None:
    b = next(t for t in doc.tables if header(t)[0] == "STT" and "Kết quả tự đánh giá" in header(t))
    assert header(b) == ("STT", "Tên", "Nội dung", "Kết quả tự đánh giá", "Yêu cầu", "Minh chứng")
    body = rows(b)
    split = next(i for i, r in enumerate(body) if r[0].startswith("II."))
    met, not_met = body[1:split], body[split + 1 :]
    assert len(met) == 9 and len(not_met) == 1
    cs01 = not_met[0]
    assert cs01[1] == "Chỉ số 01: Tỷ lệ nhập học"
    assert cs01[3].startswith("45% (2026)") and cs01[4] == "≥ 50%"


def test_tt38_determination_is_ticked(doc) -> None:
    body = texts(doc)
    yes = next(p for p in body if p.endswith("đạt mức yêu cầu của tất cả các chỉ số hoạt động."))
    no = next(p for p in body if "Không đáp ứng chuẩn cơ sở giáo dục nghề nghiệp:" in p)
    assert yes.startswith("☐") and no.startswith("☒")
