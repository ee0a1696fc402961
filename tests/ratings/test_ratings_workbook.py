"""The self-assessment workbook: template, a person's edits surviving a re-run, reading, located errors."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from accredit.i18n.message import Messages
from accredit.model.assessment import Status, parse_status
from accredit.model.evidence import LinkOrigin
from accredit.model.framework import Framework
from accredit.ratings import RatingsError, read_ratings_workbook, write_ratings_template
from accredit.scoring import score
from tests.scoring.builders import TT35, TT38, indicators, link, links, real

pytestmark = pytest.mark.usefixtures("vietnamese")


def col(ws, header: str) -> int:
    return next(c.column for c in ws[2] if c.value == header)


def row(ws, code: str) -> int:
    return next(r for r in range(3, ws.max_row + 1) if ws.cell(r, col(ws, "Mã")).value == code)


def test_template_has_a_sheet_per_criterion_with_dropdowns_years_and_evidence(tt35: Framework, tmp_path: Path) -> None:
    path = tmp_path / "tu-danh-gia.xlsx"
    lk = [link(tt35, "1.3"), link(tt35, "1.3", LinkOrigin.SUGGESTED, confirmed=False)]
    update = write_ratings_template(path, tt35, 2026, None, lk)
    assert update.created
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Hướng dẫn", "Tiêu chí 1", "Tiêu chí 2", "Tiêu chí 3", "Tiêu chí 4", "Tiêu chí 5"]
    ws = wb["Tiêu chí 1"]
    assert [c.value for c in ws[2]] == [
        "Mã",
        "Nội dung",
        "Điểm",
        "Thời gian đáp ứng",
        "Cách đánh giá",
        "Trạng thái",
        "Năm 2024",
        "Năm 2025",
        "Năm 2026",
        "Mô tả hiện trạng",
        "Điểm mạnh",
        "Tồn tại",
        "Kế hoạch cải tiến",
        "Mã minh chứng",
        "Minh chứng đã liên kết (tự động)",
        "Minh chứng gợi ý",
        "Ghi chú",
    ]
    assert [ws.cell(r, 1).value for r in range(3, 6)] == ["1.1", "1.2", "1.3"]
    assert ws.cell(row(ws, "1.1"), col(ws, "Thời gian đáp ứng")).value == "3 năm: 2024–2026"
    assert ws.cell(row(ws, "1.3"), col(ws, "Thời gian đáp ứng")).value == "tại thời điểm đánh giá"
    linked = ws.cell(row(ws, "1.3"), col(ws, "Minh chứng đã liên kết (tự động)")).value
    assert linked.splitlines() == ["H1.3 · minh-chung/1.3.pdf", "(gợi ý, chưa xác nhận) H1.3 · minh-chung/1.3.pdf"]
    hints = ws.cell(row(ws, "1.3"), col(ws, "Minh chứng gợi ý")).value
    assert "quyết định công nhận chương trình đào tạo chất lượng cao" in hints  # from criteria/hints
    dv = next(d for d in ws.data_validations.dataValidation if d.type == "list")
    assert dv.formula1 == '"Đạt,Không đạt,Chưa đánh giá,Không áp dụng"'
    assert dv.errorStyle == "warning"  # 'Dat' typed without diacritics must get through
    covered = str(dv.sqref)
    assert "F3:F5" in covered and "G3:G5" in covered and "I3:I5" in covered
    guide = {wb["Hướng dẫn"].cell(r, 1).value: wb["Hướng dẫn"].cell(r, 2).value for r in range(3, 7)}
    assert guide == {"Bộ tiêu chí": TT35, "Phiên bản": tt35.content_hash, "Năm đánh giá": 2026, "Đối tượng": None}


def test_tt38_workbook_has_no_year_columns(tmp_path: Path) -> None:
    fw = real(TT38)
    write_ratings_template(tmp_path / "r.xlsx", fw, 2026)
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert wb.sheetnames[-1] == "Chỉ số hoạt động"
    ws = wb["Chỉ số hoạt động"]
    assert not any(str(c.value).startswith("Năm ") for c in ws[2])
    assert "Điểm" not in [c.value for c in ws[2]]  # TT 38 is met / not met
    assert ws.cell(3, 1).value == "CS01" and ws.cell(3, 4).value == "Chỉ số (tính từ số liệu)"


def edit_like_a_person(path: Path) -> dict[tuple[str, int, int], object]:
    """Ratings typed without diacritics, year statuses, narrative, codes, an inserted column and an extra sheet."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Tiêu chí 1"]
    typed = {
        ("1.1", "Trạng thái"): "Dat",
        ("1.1", "Năm 2024"): "dat",
        ("1.1", "Năm 2025"): "Đạt",
        ("1.1", "Năm 2026"): "ĐẠT",
        ("1.1", "Mô tả hiện trạng"): "Quy mô 2.350 HSSV quy đổi, 1.120 sinh viên cao đẳng.",
        ("1.1", "Điểm mạnh"): "Tuyển sinh ổn định ba năm liền.",
        ("1.1", "Mã minh chứng"): "H1.01.01.01; H1.01.01.02\nH1.01.01.03",
        ("1.2", "Trạng thái"): "khong dat",
        ("1.2", "Tồn tại"): "Tỷ lệ bỏ học năm 2025 là 24%.",
        ("1.2", "Kế hoạch cải tiến"): "Tư vấn học tập từ học kỳ 1 năm 2026.",
        ("1.3", "Trạng thái"): "Đạt",
        ("1.3", "Ghi chú"): "Chương trình CLC nghề Điện công nghiệp",
    }
    for (code, header), value in typed.items():
        ws.cell(row(ws, code), col(ws, header), value)
    ws.cell(row(ws, "1.3"), col(ws, "Nội dung"), "nội dung bị sửa nhầm")  # a tool cell edited by mistake
    ws.cell(row(ws, "1.3"), col(ws, "Minh chứng đã liên kết (tự động)"), "gõ tay vào cột tự động")
    ws.insert_cols(col(ws, "Mô tả hiện trạng"))  # the person inserts a column of their own
    ws.cell(2, col(ws, "Điểm mạnh") - 2, "Người phụ trách")
    ws.cell(row(ws, "1.1"), col(ws, "Người phụ trách"), "Phòng Đào tạo")
    wb.create_sheet("Ghi chép").cell(1, 1, "Họp hội đồng tự đánh giá ngày 12/3")
    # the person sorts the rows: 1.3 moves to the top (rows are found again by code)
    ws.move_range("A5:R5", rows=3)
    ws.move_range("A3:R4", rows=1)
    ws.move_range("A8:R8", rows=-5)
    wb.save(path)
    return {(code, header): value for (code, header), value in typed.items()}


def snapshot(path: Path) -> dict[tuple[str, str], object]:
    wb = openpyxl.load_workbook(path)
    ws = wb["Tiêu chí 1"]
    heads = [c.value for c in ws[2]]
    return {(ws.cell(r, 1).value, h): ws.cell(r, i + 1).value for r in range(3, 6) for i, h in enumerate(heads) if h}


def test_rerun_keeps_everything_a_person_typed(tt35: Framework, tmp_path: Path) -> None:
    path = tmp_path / "tu-danh-gia.xlsx"
    write_ratings_template(path, tt35, 2026, None, [])
    typed = edit_like_a_person(path)
    before = snapshot(path)
    update = write_ratings_template(path, tt35, 2026, None, links(tt35, ["1.1", "1.3"]))
    after = snapshot(path)
    assert not update.created and update.rows_added == 0 and update.columns_added == 0
    assert update.cells_kept >= len(typed)
    person = {k for k in before if k[1] not in ("Nội dung", "Minh chứng đã liên kết (tự động)")}
    assert {k: after[k] for k in person} == {k: before[k] for k in person}
    assert after[("1.1", "Người phụ trách")] == "Phòng Đào tạo"
    # tool columns refreshed: wording restored, evidence from the links
    assert after[("1.3", "Nội dung")].startswith("Tiêu chuẩn 3: Có chương trình đào tạo")
    assert after[("1.3", "Minh chứng đã liên kết (tự động)")] == "H1.3 · minh-chung/1.3.pdf"
    assert update.cells_refreshed == 3  # 1.3 wording, 1.3 evidence (typed over), 1.1 evidence (new link)
    wb = openpyxl.load_workbook(path)
    assert wb["Ghi chép"].cell(1, 1).value == "Họp hội đồng tự đánh giá ngày 12/3"
    # validations replaced, not stacked, and moved with the person's inserted column
    lists = [d for d in wb["Tiêu chí 1"].data_validations.dataValidation if d.type == "list"]
    assert len(lists) == 1


def test_reading_the_edited_workbook(tt35: Framework, tmp_path: Path) -> None:
    path = tmp_path / "tu-danh-gia.xlsx"
    write_ratings_template(path, tt35, 2026, None, [])
    edit_like_a_person(path)
    write_ratings_template(path, tt35, 2026, None, links(tt35))
    a = read_ratings_workbook(path, tt35)
    assert a.framework == TT35 and a.framework_version == tt35.content_hash and a.year == 2026
    assert [r.code for r in a.ratings] == ["1.1", "1.2", "1.3"]
    r11, r12, r13 = a.ratings
    assert r11.status == Status.MET and r11.years == {2024: Status.MET, 2025: Status.MET, 2026: Status.MET}
    assert r11.evidence_codes == ["H1.01.01.01", "H1.01.01.02", "H1.01.01.03"]
    assert r11.narrative.current_state == "Quy mô 2.350 HSSV quy đổi, 1.120 sinh viên cao đẳng."
    assert r11.source == "tu-danh-gia.xlsx, sheet 'Tiêu chí 1', dòng 4"  # after the person's sort
    assert r12.status == Status.NOT_MET and r12.narrative.improvement_plan.startswith("Tư vấn")
    assert r13.status == Status.MET and r13.note == "Chương trình CLC nghề Điện công nghiệp"
    card = score(tt35, a, links(tt35), indicators(tt35), {"tt14-2024/truong": True})
    by = {r.code: r for r in card.requirements}
    assert by["1.3"].status == Status.MET
    # 1.2 is an indicator: the data (met in every year) decide; the manual 'khong dat' is flagged
    assert by["1.2"].status == Status.MET and "contradicts_data" in [f.value for f in by["1.2"].flags]
    assert "Không đạt" in Messages("vi")(by["1.2"].reason)
    assert by["2.1"].status == Status.MET  # not rated, but the data decide an indicator


def test_errors_name_sheet_row_and_column(tt35: Framework, tmp_path: Path) -> None:
    path = tmp_path / "tu-danh-gia.xlsx"
    write_ratings_template(path, tt35, 2026)
    wb = openpyxl.load_workbook(path)
    ws = wb["Tiêu chí 1"]
    ws.cell(row(ws, "1.1"), col(ws, "Trạng thái"), "Tốt")
    ws.cell(row(ws, "1.3"), col(ws, "Năm 2024"), "Đạt")  # 1.3 is judged at evaluation time only
    ws.cell(6, 1, "1.9")
    ws.cell(6, col(ws, "Trạng thái"), "Đạt")
    ws.cell(7, col(ws, "Trạng thái"), "Đạt")  # a status without a code
    wb["Tiêu chí 2"].cell(3, 1, "1.1")  # 1.1 rated twice
    wb.save(path)
    with pytest.raises(RatingsError) as err:
        read_ratings_workbook(path, tt35)
    msg = str(err.value)
    assert "5 chỗ cần sửa" in msg
    assert "tu-danh-gia.xlsx, sheet 'Tiêu chí 1', dòng 3, cột F (Trạng thái): 'Tốt' không phải trạng thái" in msg
    assert "sheet 'Tiêu chí 1', dòng 5, cột G (Năm 2024): tiêu chuẩn 1.3: năm 2024 nằm ngoài" in msg
    assert "dòng 6, cột A (Mã): mã '1.9' không phải" in msg
    assert "dòng 7, cột A (Mã): dòng có đánh giá nhưng thiếu mã" in msg
    assert "sheet 'Tiêu chí 2', dòng 3: mã 1.1 đã được đánh giá ở tu-danh-gia.xlsx, sheet 'Tiêu chí 1', dòng 3" in msg


def test_another_version_is_refused_by_reader_and_template(tt35: Framework, tmp_path: Path) -> None:
    path = tmp_path / "tu-danh-gia.xlsx"
    write_ratings_template(path, tt35, 2026)
    wb = openpyxl.load_workbook(path)
    wb["Hướng dẫn"].cell(4, 2, "sha256:" + "ab" * 32)
    wb.save(path)
    with pytest.raises(RatingsError) as err:
        read_ratings_workbook(path, tt35)
    msg = str(err.value)
    assert "sha256:abababababab" in msg and tt35.content_hash[:19] in msg and "accredit criteria diff" in msg
    with pytest.raises(RatingsError, match="đổi tên tệp cũ"):
        write_ratings_template(path, tt35, 2026)
    write_ratings_template(tmp_path / "x.xlsx", tt35, 2026)
    with pytest.raises(RatingsError, match="năm 2026, không phải năm 2027"):
        write_ratings_template(tmp_path / "x.xlsx", tt35, 2027)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Đạt", Status.MET),
        ("dat", Status.MET),
        (" ĐẠT ", Status.MET),
        ("met", Status.MET),
        ("Không đạt", Status.NOT_MET),
        ("khong dat", Status.NOT_MET),
        ("KHONG DAT", Status.NOT_MET),
        ("Chưa đánh giá", Status.NOT_EVALUATED),
        ("chua danh gia", Status.NOT_EVALUATED),
        ("Không áp dụng", Status.NOT_APPLICABLE),
        ("khong ap dung", Status.NOT_APPLICABLE),
        ("not_applicable", Status.NOT_APPLICABLE),
        ("", None),
        (None, None),
    ],
)
def test_statuses_typed_with_or_without_diacritics(typed, expected) -> None:
    assert parse_status(typed) == expected


def test_unknown_status_lists_the_accepted_ones() -> None:
    with pytest.raises(ValueError, match="Đạt, Không đạt, Chưa đánh giá, Không áp dụng"):
        parse_status("Tốt")
