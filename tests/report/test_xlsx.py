"""The Excel report, opened with openpyxl: sheets, points per criterion, reasons, matrix, traces, gaps."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from accredit.report import ReportInput
from accredit.report.xlsx import render_xlsx

SHEETS = [
    "Tổng hợp",
    "Điểm theo tiêu chí",
    "Chi tiết tiêu chuẩn",
    "Ma trận minh chứng",
    "Chỉ số",
    "Tồn tại & khắc phục",
    "Lộ trình",
]


def table(ws: Worksheet, header_row: int) -> list[dict[str, object]]:
    """Rows under ``header_row`` as dicts keyed by header (stops at the first empty first cell)."""
    headers = [c.value for c in ws[header_row]]
    out = []
    for row in ws.iter_rows(min_row=header_row + 1, values_only=True):
        if row[0] is None:
            break
        out.append(dict(zip(headers, row, strict=False)))
    return out


def workbook(inp: ReportInput):
    return load_workbook(io.BytesIO(render_xlsx(inp)))


def test_sheets_in_order_with_frozen_headers_and_filters(report_input: ReportInput) -> None:
    wb = workbook(report_input)
    assert wb.sheetnames == SHEETS
    for name in SHEETS[:-1]:
        ws = wb[name]
        assert ws.freeze_panes is not None, name
        assert ws.auto_filter.ref, name
    assert wb["Chi tiết tiêu chuẩn"].column_dimensions["J"].width == 50  # 'Lý do' is wide


def test_summary_states_each_decision(report_input: ReportInput) -> None:
    rows = table(workbook(report_input)["Tổng hợp"], 5)
    assert [r["Kết quả"] for r in rows] == ["CHƯA ĐẠT", "CHƯA ĐẠT"]
    tt35 = rows[1]
    assert "Thông tư 35/2021/TT-BLĐTBXH" in tt35["Bộ tiêu chí"] and "tt35-" not in tt35["Bộ tiêu chí"]
    assert tt35["Tổng"] == 80 and tt35["Tối đa"] == 100
    assert "✗ Tỷ lệ tối thiểu mỗi tiêu chí" in tt35["Các điều kiện xét"]
    assert "1.1" in tt35["Khắc phục tối thiểu"] and "3.1" in tt35["Khắc phục tối thiểu"]


def test_points_per_criterion_against_threshold(report_input: ReportInput) -> None:
    rows = table(workbook(report_input)["Điểm theo tiêu chí"], 5)
    c1 = next(r for r in rows if r["Bộ tiêu chí"] == "Thông tư 35/2021/TT-BLĐTBXH" and r["Mã"] == "1")
    assert (c1["Điểm"], c1["Tối đa"]) == (4, 12)
    assert abs(c1["Tỷ lệ"] - 0.3333) < 1e-9
    assert c1["Ngưỡng"] == 0.6 and c1["Đạt ngưỡng"] == "Chưa đạt"
    c2 = next(r for r in rows if r["Bộ tiêu chí"] == "Thông tư 35/2021/TT-BLĐTBXH" and r["Mã"] == "2")
    assert (c2["Điểm"], c2["Đạt ngưỡng"]) == (20, "Đạt")
    cs = next(r for r in rows if r["Bộ tiêu chí"] == "Thông tư 38/2026/TT-BGDĐT" and r["Mã"] == "CS")
    assert (cs["Số đạt"], cs["Số tiêu chuẩn"], cs["Ngưỡng"]) == (9, 10, 1)


def test_requirement_detail_has_status_reason_and_narrative(report_input: ReportInput) -> None:
    rows = table(workbook(report_input)["Chi tiết tiêu chuẩn"], 5)
    cs01 = next(r for r in rows if r["Bộ tiêu chí"] == "Thông tư 38/2026/TT-BGDĐT" and r["Mã"] == "CS01")
    assert cs01["Trạng thái"] == "Không đạt"
    assert "45%" in cs01["Lý do"] and "50%" in cs01["Lý do"]
    r11 = next(r for r in rows if r["Bộ tiêu chí"] == "Thông tư 38/2026/TT-BGDĐT" and r["Mã"] == "1.1")
    assert r11["Mô tả hiện trạng"].startswith("Nhà trường có chiến lược")
    assert r11["Mã minh chứng"] == "H1.01.01.01"
    r64 = next(r for r in rows if r["Bộ tiêu chí"] == "Thông tư 38/2026/TT-BGDĐT" and r["Mã"] == "6.4")
    assert r64["Trạng thái"] == "Chưa đánh giá" and r64["Số minh chứng"] == 0
    t35 = next(r for r in rows if r["Bộ tiêu chí"] == "Thông tư 35/2021/TT-BLĐTBXH" and r["Mã"] == "3.2")
    assert (t35["Điểm"], t35["Tối đa"], t35["Năm chưa đạt"]) == (0, 4, "2024, 2025, 2026")


def test_evidence_matrix_marks_counting_and_suggested_links(report_input: ReportInput) -> None:
    ws = workbook(report_input)["Ma trận minh chứng"]
    headers = [c.value for c in ws[4]]
    decision = next(i for i, h in enumerate(headers) if h and str(h).startswith("H1.01.01.01"))
    meeting = next(i for i, h in enumerate(headers) if h == "Biên bản họp hội đồng")
    rows = {(r[0], r[1]): r for r in ws.iter_rows(min_row=5, values_only=True)}
    assert rows[("Thông tư 38/2026/TT-BGDĐT", "1.1")][decision] == "●"
    assert rows[("Thông tư 38/2026/TT-BGDĐT", "6.4")][meeting] == "○"  # unconfirmed suggestion
    assert rows[("Thông tư 38/2026/TT-BGDĐT", "6.4")][decision] is None
    assert ws.freeze_panes == "E5"


def test_indicators_with_formula_trace(report_input: ReportInput) -> None:
    rows = table(workbook(report_input)["Chỉ số"], 5)
    cs01 = next(r for r in rows if r["Mã"] == "CS01")
    assert (cs01["Giá trị"], cs01["Tử số"], cs01["Mẫu số"], cs01["Yêu cầu"]) == (45, 270, 600, "≥ 50%")
    trace = cs01["Diễn giải cách tính"]
    assert "= 270 ['Số liệu'!C5]" in trace and "= 600 ['Số liệu'!C6]" in trace
    assert "→ Không đạt" in trace
    tt35 = [r for r in rows if r["Bộ tiêu chí"] == "Thông tư 35/2021/TT-BLĐTBXH" and r["Mã"] == "1.1"]
    assert [r["Năm"] for r in tt35] == [2024, 2025, 2026]


def test_gaps_and_minimal_fix(report_input: ReportInput) -> None:
    rows = table(workbook(report_input)["Tồn tại & khắc phục"], 5)
    got = {(r["Bộ tiêu chí"], r["Mã"]): r for r in rows}
    assert set(got) == {
        ("Thông tư 38/2026/TT-BGDĐT", "6.4"),
        ("Thông tư 38/2026/TT-BGDĐT", "CS01"),
        *(("Thông tư 35/2021/TT-BLĐTBXH", c) for c in ("1.1", "1.2", "3.1", "3.2", "3.3")),
    }
    fix = {k[1] for k, r in got.items() if r["Cần khắc phục để đạt"] == "Có"}
    assert fix == {"6.4", "CS01", "1.1", "3.1"}
    assert got[("Thông tư 38/2026/TT-BGDĐT", "6.4")]["Việc cần làm"]


def test_roadmap_sheet_says_when_there_is_none(report_input: ReportInput) -> None:
    ws = workbook(report_input)["Lộ trình"]
    assert "Chưa lập lộ trình" in ws.cell(row=5, column=1).value


def test_every_sheet_prints_on_a4_with_repeated_headers(report_input: ReportInput) -> None:
    wb = workbook(report_input)
    for ws in wb.worksheets:
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4, ws.title
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1 or ws.title == "Ma trận minh chứng"
        assert ws.page_setup.fitToHeight == 0, ws.title  # as many pages down as needed
        assert "&P" in ws.oddFooter.center.text
    detail = wb["Chi tiết tiêu chuẩn"]
    assert detail.print_title_rows == "$1:$5"  # title rows and the header repeat on every page
    assert detail.print_area.startswith("'Chi tiết tiêu chuẩn'!$A$1:$J$")
    # rows with wrapped text are as tall as their text (LibreOffice does not grow them)
    wrapped = [r for r in range(6, detail.max_row + 1) if len(str(detail.cell(r, 5).value or "")) > 200]
    assert wrapped and all(detail.row_dimensions[r].height >= 45 for r in wrapped)
    matrix = wb["Ma trận minh chứng"]
    assert matrix.print_title_cols == "$A:$D"  # the requirement columns repeat on every page of a wide matrix
