"""The XLSX value reader (accredit.xlsx_xml) gives what openpyxl gives, and hands openpyxl what it does not follow."""

from __future__ import annotations

import datetime
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.comments import Comment
from openpyxl.styles import Font

from accredit.workbooks import read_grids
from accredit.xlsx_xml import Unexpected, ValueBook, first_rows, read_values
from accredit.zipguard import load_values


def _book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Đánh giá"
    ws["A1"] = "Tiêu chuẩn 1 — tiêu đề gộp"
    ws.merge_cells("A1:D1")
    ws.append([])
    ws.append(["Mã", "Trạng thái", "Năm 2025", "Ghi chú"])
    ws.append(["1.1", "Đạt", 2025, "=SUM(1,2)"])
    ws.append([1.5, True, Decimal("2.25"), datetime.datetime(2025, 3, 4, 5, 6, 7)])
    ws.append([None, " ", datetime.date(2024, 12, 31), "   có khoảng trắng  "])
    ws["F9"].font = Font(bold=True)  # an empty cell with a style: openpyxl counts it in max_row / max_column
    other = wb.create_sheet("Hướng dẫn")
    other["A1"], other["B1"] = "Khung tiêu chí", "tt38"
    wb.save(path)
    return path


def _same_as_openpyxl(path: Path, data_only: bool) -> None:
    mine = read_values(path, formulas=not data_only)
    theirs = openpyxl.load_workbook(path, data_only=data_only)
    assert mine.sheetnames == theirs.sheetnames
    for ws in theirs.worksheets:
        sheet = mine[ws.title]
        assert (sheet.max_row, sheet.max_column) == (ws.max_row, ws.max_column)
        for row in ws.iter_rows():
            for cell in row:
                got = sheet.cell(cell.row, cell.column).value
                assert (got, type(got)) == (cell.value, type(cell.value)), cell.coordinate
        assert list(sheet.iter_rows(min_col=1, max_col=2, values_only=True)) == \
            list(ws.iter_rows(min_col=1, max_col=2, values_only=True))
        assert [(c.value, c.column) for c in sheet[1]] == [(c.value, c.column) for c in ws[1]]


def test_values_merged_cells_dimensions_and_types_are_openpyxls(tmp_path: Path) -> None:
    path = _book(tmp_path / "sổ đánh giá.xlsx")
    _same_as_openpyxl(path, data_only=True)
    sheet = read_values(path)["Đánh giá"]
    assert sheet.cell(5, 4).value == datetime.datetime(2025, 3, 4, 5, 6, 7)
    assert sheet.cell(4, 4).value is None  # a formula openpyxl wrote has no cached result
    assert (sheet.max_row, sheet.max_column) == (9, 6)


def test_a_formula_read_for_its_text_goes_to_openpyxl(tmp_path: Path) -> None:
    path = _book(tmp_path / "a.xlsx")
    with pytest.raises(Unexpected):
        read_values(path, formulas=True)
    wb = load_values(path, data_only=False)
    assert not isinstance(wb, ValueBook)
    assert wb["Đánh giá"]["D4"].value == "=SUM(1,2)"
    assert isinstance(load_values(path, data_only=True), ValueBook)


def test_comments_and_hyperlinks_go_to_openpyxl(tmp_path: Path) -> None:
    path = tmp_path / "b.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.active["C7"].comment = Comment("ghi chú", "QA")
    wb.save(path)
    with pytest.raises(Unexpected):
        read_values(path)
    assert openpyxl.load_workbook(path).active.max_row == load_values(path).active.max_row == 7
    linked = tmp_path / "c.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.active["B3"].hyperlink = "https://example.org"
    wb.save(linked)
    with pytest.raises(Unexpected):
        read_values(linked)


def test_inline_strings_booleans_errors_and_the_1904_date_system(tmp_path: Path) -> None:
    """What Excel and LibreOffice write that openpyxl does not: inline strings with runs, errors, 1904 dates."""
    path = _book(tmp_path / "d.xlsx")
    edited = tmp_path / "e.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(edited, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b"<workbookPr", b'<workbookPr date1904="1"', 1)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"</sheetData>",
                    b'<row r="12"><c r="A12" t="inlineStr"><is><r><t>Khoa </t></r><r><t>C\xc6\xa1 kh\xc3\xad</t></r>'
                    b'</is></c><c r="B12" t="e"><v>#N/A</v></c><c r="C12" t="b"><v>0</v></c>'
                    b'<c r="D12" t="str"><f>A12</f><v>Khoa</v></c></row></sheetData>')
                data = data.replace(b'<mergeCell ref="A1:D1"/>',  # a value LibreOffice kept under a merge
                                    b'<mergeCell ref="A1:D1"/><mergeCell ref="A12:B12"/><mergeCell ref="E12:G13"/>')
            dst.writestr(item, data)
    _same_as_openpyxl(edited, data_only=True)
    sheet = read_values(edited)["Đánh giá"]
    assert [sheet.cell(12, c).value for c in range(1, 5)] == ["Khoa Cơ khí", None, False, "Khoa"]
    assert (sheet.max_row, sheet.max_column) == (13, 7)  # the merged range E12:G13 counts, as in openpyxl
    assert read_grids(edited)["Đánh giá"][11][:4] == ["Khoa Cơ khí", "#N/A", False, "Khoa"]  # read-only mode
    assert read_values(edited)["Đánh giá"].cell(5, 4).value == datetime.datetime(2029, 3, 5, 5, 6, 7)  # 1904


def test_read_grids_is_openpyxls_read_only_mode(tmp_path: Path) -> None:
    """Merged cells keep what the file holds there (read-only mode does not blank them); trailing blanks dropped."""
    path = _book(tmp_path / "f.xlsx")
    grids = read_grids(path)
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = wb["Đánh giá"]
    ws.reset_dimensions()
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert grids["Đánh giá"] == [(r + [None] * 4)[:4] for r in rows[:6]]
    assert grids["Hướng dẫn"] == [["Khung tiêu chí", "tt38"]]


def _trimmed(rows: list[list[object]]) -> list[list[object]]:
    """Rows without their trailing empty cells, and without trailing empty rows (how long openpyxl pads a row
    depends on the size the sheet declares)."""
    out = []
    for row in rows:
        row = list(row)
        while row and row[-1] is None:
            row.pop()
        out.append(row)
    while out and not out[-1]:
        out.pop()
    return out


def test_first_rows_are_openpyxls_read_only_values(tmp_path: Path) -> None:
    """The first sheet's first rows (gaps kept as empty rows, cached results for formulas), reading no further."""
    path = _book(tmp_path / "g.xlsx")
    wb = openpyxl.load_workbook(path)
    for i in range(300):
        wb["Đánh giá"].append([f"dòng {i}", i, i / 4])
    wb.save(path)
    for limit in (1, 5, 200):
        theirs = openpyxl.load_workbook(path, read_only=True, data_only=True)
        rows = [list(r) for r in theirs.worksheets[0].iter_rows(max_row=limit, values_only=True)]
        assert _trimmed(first_rows(path, limit)) == _trimmed(rows)
    assert first_rows(path, 5)[1] == [] and first_rows(path, 5)[3][:2] == ["1.1", "Đạt"]
    assert len(first_rows(path, 200)) == 200


def test_a_damaged_workbook_is_refused_in_openpyxls_words(tmp_path: Path) -> None:
    path = tmp_path / "hỏng.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(Exception) as mine:
        load_values(path)
    with pytest.raises(Exception) as theirs:
        openpyxl.load_workbook(path)
    assert type(mine.value) is type(theirs.value) and str(mine.value) == str(theirs.value)


def test_damaged_packages_are_refused_as_openpyxl_refuses_them(tmp_path: Path) -> None:
    """No content types part, or a cell naming a format the workbook does not have: openpyxl refuses them (a damaged
    file), and so do the readers, in openpyxl's words; never read as if nothing were wrong."""
    path = _book(tmp_path / "sổ.xlsx")
    no_types = tmp_path / "no-types.xlsx"
    bad_format = tmp_path / "bad-format.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(no_types, "w") as a, zipfile.ZipFile(bad_format, "w") as b:
        for item in src.infolist():
            data = src.read(item)
            if item.filename != "[Content_Types].xml":
                a.writestr(item, data)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<c r="A3"', b'<c r="A3" s="999"', 1) if b'<c r="A3" s=' not in data \
                    else data.replace(b'<c r="A3" s="', b'<c r="A3" s="999', 1)
            b.writestr(item, data)
    for broken in (no_types, bad_format):
        with pytest.raises(Exception) as theirs:
            openpyxl.load_workbook(broken)
        with pytest.raises(type(theirs.value)):
            load_values(broken)
    assert read_grids(bad_format)["Đánh giá"][2][0] == "Mã"  # openpyxl's read-only mode reads it: so does this
