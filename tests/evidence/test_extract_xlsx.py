"""Workbooks read straight from their XML parts give the text openpyxl's read-only mode gave (every kind of
value, dates in both date systems, rich text, several sheets); a layout of their own is read by openpyxl."""

from __future__ import annotations

import datetime
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from accredit.evidence.extract import ExtractOptions, extract_file, sheet
from accredit.model.evidence import ExtractStatus

NO_OCR = ExtractOptions(ocr=False)


def every_kind(path: Path, *, date1904: bool = False) -> Path:
    """A workbook with each kind of value a school's workbook holds."""
    wb = Workbook()
    wb.epoch = datetime.datetime(1904, 1, 1) if date1904 else wb.epoch
    ws = wb.active
    ws.title = "Nhà giáo"
    ws.append(["Họ tên", "Ngày sinh", "Giờ dạy", "Tỷ lệ", "Số tiết", "Đạt", "Ghi chú"])
    ws.append(["Trần Thị Bình", datetime.date(1985, 3, 7), datetime.time(7, 30), 0.75, 120, True, "  "])
    ws.append(["Lê Văn Cường", datetime.datetime(2024, 9, 5, 14, 0), datetime.timedelta(hours=30), 1.5e-7, -3, False,
               "=SUM(E2:E3)"])
    ws.append([None, None, "", None])  # a blank row is no line
    ws["A5"] = CellRichText("Khoa ", TextBlock(InlineFont(b=True), "Cơ khí"), " động lực")
    ws["B5"] = 45292  # a number that only looks like a date
    ws.cell(5, 3).value = 45292
    ws.cell(5, 3).number_format = "dd/mm/yyyy"  # a custom date format
    ws.cell(5, 4).value = 2.5
    ws.cell(5, 4).number_format = "[h]:mm:ss"  # a duration
    ws.cell(5, 5).value = "#N/A"
    other = wb.create_sheet("Tổng hợp")
    other.append(["Năm học", "2024-2025"])
    other.sheet_state = "hidden"
    wb.save(str(path))
    return path


def openpyxl_text(path: Path, options: ExtractOptions = NO_OCR) -> tuple[list[str], int]:
    return sheet._with_openpyxl(path, options)


@pytest.mark.parametrize("date1904", [False, True], ids=["1900", "1904"])
def test_same_text_as_openpyxl(tmp_path: Path, date1904: bool) -> None:
    path = every_kind(tmp_path / "nha-giao.xlsx", date1904=date1904)
    direct = sheet._direct(path, NO_OCR)
    assert direct == openpyxl_text(path)
    lines, sheets = direct
    assert sheets == 2
    assert lines[0] == "# Nhà giáo" and "# Tổng hợp" in lines
    assert "Trần Thị Bình\t1985-03-07 00:00:00\t07:30:00\t0.75\t120\tTrue" in lines
    day = "2028-01-02" if date1904 else "2024-01-01"  # serial 45292 in each date system
    assert f"Khoa Cơ khí động lực\t45292\t{day} 00:00:00\t2 days, 12:00:00\t#N/A" in lines
    assert "Năm học\t2024-2025" in lines


def test_extract_file_reads_the_workbook(tmp_path: Path) -> None:
    e = extract_file(every_kind(tmp_path / "nha-giao.xlsx"), NO_OCR)
    assert e.status == ExtractStatus.OK and "sheets=2" in e.notes
    assert "Lê Văn Cường\t2024-09-05 14:00:00" in e.text


def test_stops_at_max_chars_as_before(tmp_path: Path) -> None:
    wb = Workbook()
    for i in range(2000):
        wb.active.append([f"Dòng số {i}", i])
    path = tmp_path / "dai.xlsx"
    wb.save(str(path))
    options = ExtractOptions(ocr=False, max_chars=5000)
    assert sheet._direct(path, options) == openpyxl_text(path, options)
    assert len(extract_file(path, options).text) <= 5000


def test_a_layout_of_its_own_is_read_by_openpyxl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cell typed as an ISO date (strict OOXML writes them) is left to openpyxl, which reads it."""
    plain = tmp_path / "plain.xlsx"
    wb = Workbook()
    wb.active.append(["Ngày", "x"])
    wb.save(str(plain))
    iso = tmp_path / "iso.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(iso, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                iso_cell = b'<c r="B1" t="d"><v>2024-05-06</v></c>'
                data = re.sub(rb'<c r="B1" t="inlineStr"><is><t>x</t></is></c>', iso_cell, data)
                assert b't="d"' in data
            dst.writestr(info, data)
    used: list[Path] = []
    real = sheet._with_openpyxl
    monkeypatch.setattr(sheet, "_with_openpyxl", lambda p, o: used.append(p) or real(p, o))
    e = extract_file(iso, NO_OCR)
    assert used == [iso]
    assert "Ngày\t2024-05-06" in e.text


def test_a_broken_part_is_a_corrupt_workbook(tmp_path: Path) -> None:
    plain = tmp_path / "plain.xlsx"
    wb = Workbook()
    wb.active.append(["a"])
    wb.save(str(plain))
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data[:40] if info.filename == "xl/worksheets/sheet1.xml" else data)
    e = extract_file(broken, NO_OCR)
    assert e.status == ExtractStatus.ERROR and e.problem == "office_corrupt"


SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def as_excel_writes_it(path: Path) -> Path:
    """A workbook laid out as Excel and LibreOffice write one: shared strings (plain, rich text with a phonetic
    guide, an escaped underscore), cell formats from styles.xml."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
        '+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
        'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
        'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC_RELS}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{SPREADSHEET}" xmlns:r="{DOC_RELS}"><sheets>'
        '<sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{RELS}">'
        f'<Relationship Id="rId1" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId3" Type="{DOC_RELS}/styles" Target="/xl/styles.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst xmlns="{SPREADSHEET}" count="4" uniqueCount="4">'
        '<si><t>Họ và tên</t></si>'
        '<si><r><t xml:space="preserve">Khoa </t></r><r><rPr><b/></rPr><t>Điện</t></r>'
        '<rPh sb="0" eb="1"><t>bỏ qua</t></rPh></si>'
        '<si><t>mã_x005F_x0041_</t></si><si><t/></si></sst>',
        "xl/styles.xml": f'<styleSheet xmlns="{SPREADSHEET}"><numFmts count="1"><numFmt numFmtId="164" '
        'formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/>'
        '<xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{SPREADSHEET}"><dimension ref="A1:E3"/><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>3</v></c></row>'
        '<row r="2"><c r="A2" s="1"><v>45600</v></c><c r="B2" s="2"><v>45600.5</v></c><c r="C2" s="3"><v>0.25</v></c>'
        '<c r="D2" t="str"><f>A1&amp;"x"</f><v>Họ và tênx</v></c><c r="E2" t="b"><v>1</v></c></row>'
        '<row r="3"><c r="A3" t="e"><v>#DIV/0!</v></c><c r="C3"><f>1/0</f></c><c r="E3"><v>1E3</v></c></row>'
        "</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")  # openpyxl, on the minimal styles part
def test_shared_strings_and_styles_as_excel_writes_them(tmp_path: Path) -> None:
    path = as_excel_writes_it(tmp_path / "excel.xlsx")
    direct = sheet._direct(path, NO_OCR)
    assert direct == openpyxl_text(path)
    assert direct[0] == ["# Danh sách", "Họ và tên\tKhoa Điện\tmã_x0041_",
                         "2024-11-04 00:00:00\t2024-11-04 12:00:00\t0.25\tHọ và tênx\tTrue", "#DIV/0!\t1000.0"]


def _edited(src: Path, dst: Path, edit: dict[str, tuple[str, str]], add: dict[str, str] | None = None,
            drop: str | None = None) -> Path:
    """``src`` with ``old`` replaced by ``new`` in the parts of ``edit``, the parts of ``add`` added, ``drop`` left
    out."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if info.filename == drop:
                continue
            data = zin.read(info).decode("utf-8")
            if info.filename in edit:
                old, new = edit[info.filename]
                assert old in data
                data = data.replace(old, new)
            zout.writestr(info.filename, data)
        for name, text in (add or {}).items():
            zout.writestr(name, text)
    return dst


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_macro_and_dialog_sheets_are_read_as_openpyxl_reads_them(tmp_path: Path) -> None:
    """An .xlsm's macro sheet and a dialog sheet hold cells like a worksheet: openpyxl reads them, so does this."""
    base = as_excel_writes_it(tmp_path / "excel.xlsx")
    macro = '<worksheet xmlns="{}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>{}</t></is></c></row>' \
        "</sheetData></worksheet>"
    path = _edited(base, tmp_path / "macro.xlsx", {
        "xl/workbook.xml": ("</sheets>", '<sheet name="Macro" sheetId="2" r:id="rId8"/>'
                                         '<sheet name="Hộp thoại" sheetId="3" r:id="rId9"/></sheets>'),
        "xl/_rels/workbook.xml.rels": ("</Relationships>",
                                       '<Relationship Id="rId8" Type="http://schemas.microsoft.com/office/2006/'
                                       'relationships/xlMacrosheet" Target="macrosheets/sheet1.xml"/>'
                                       f'<Relationship Id="rId9" Type="{DOC_RELS}/dialogsheet" '
                                       'Target="dialogsheets/sheet1.xml"/></Relationships>')},
        {"xl/macrosheets/sheet1.xml": macro.format(SPREADSHEET, "Lệnh in sổ"),
         "xl/dialogsheets/sheet1.xml": macro.format(SPREADSHEET, "Hộp chọn năm")})
    direct = sheet._direct(path, NO_OCR)
    assert direct == openpyxl_text(path)
    assert direct[0][-4:] == ["# Macro", "Lệnh in sổ", "# Hộp thoại", "Hộp chọn năm"] and direct[1] == 3


def test_a_sheet_without_its_part_is_a_corrupt_workbook_not_a_partial_text(tmp_path: Path) -> None:
    """A sheet naming a relationship the workbook does not have, or a workbook without its relationships: the
    workbook is damaged (as openpyxl says), never read in part as if nothing were missing."""
    base = as_excel_writes_it(tmp_path / "excel.xlsx")
    unknown = _edited(base, tmp_path / "unknown.xlsx", {
        "xl/workbook.xml": ("</sheets>", '<sheet name="Mất" sheetId="2" r:id="rId77"/></sheets>')})
    no_rels = _edited(base, tmp_path / "no-rels.xlsx", {}, drop="xl/_rels/workbook.xml.rels")
    for path in (unknown, no_rels):
        e = extract_file(path, NO_OCR)
        assert e.status == ExtractStatus.ERROR and e.problem == "office_corrupt", path.name
