"""The shared print layout (accredit.workbooks.print_layout) applied to the workbooks the tool writes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from accredit.indicators.schema import build_schema
from accredit.indicators.template import write_data_template
from accredit.ratings.template import write_ratings_template
from accredit.workbooks import NARRATIVE_WIDTH, print_layout, save
from tests.scoring.builders import TT35, TT38, real


def test_print_layout_on_a_plain_table(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Đánh giá"
    ws["A1"] = "Tiêu đề"
    for col, name in enumerate(["Mã", "Nội dung", "Mô tả hiện trạng", "Ghi chú"], start=1):
        ws.cell(2, col, name).font = Font(bold=True)
    ws.cell(3, 3, "chữ " * 200).alignment = Alignment(wrap_text=True)
    ws.freeze_panes = "A3"
    path = tmp_path / "x.xlsx"
    save(wb, path)
    back = openpyxl.load_workbook(path)["Đánh giá"]
    assert str(back.page_setup.paperSize) == back.PAPERSIZE_A4
    assert back.sheet_properties.pageSetUpPr.fitToPage and back.page_setup.fitToWidth == 1
    assert back.print_title_rows == "$1:$2"
    assert back.column_dimensions["C"].width >= NARRATIVE_WIDTH  # a narrative column is wide
    assert back.row_dimensions[3].height > 100  # 800 characters wrap over many lines


def test_orientation_follows_the_width() -> None:
    wb = Workbook()
    narrow, wide = wb.active, wb.create_sheet("Rộng")
    for ws, width in ((narrow, 10), (wide, 30)):
        for col in range(1, 6):
            ws.cell(1, col, f"H{col}").font = Font(bold=True)
            ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = width
        print_layout(ws)
    assert narrow.page_setup.orientation == "portrait" and wide.page_setup.orientation == "landscape"


def test_ratings_and_data_workbooks_print(tmp_path: Path) -> None:
    tt35, tt38 = real(TT35), real(TT38)
    ratings, data = tmp_path / "danh-gia.xlsx", tmp_path / "so-lieu.xlsx"
    write_ratings_template(ratings, tt35, 2026)
    write_data_template(data, build_schema(tt38, 2026), tt38.title, 2026)
    for path in (ratings, data):
        wb = openpyxl.load_workbook(path)
        visible = [s for s in wb.worksheets if s.sheet_state == "visible"]
        assert visible
        for sheet in visible:
            assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4, (path.name, sheet.title)
            assert sheet.page_setup.fitToWidth == 1, (path.name, sheet.title)
    crit = openpyxl.load_workbook(ratings).worksheets[1]
    heads = {str(c.value): c.column_letter for c in crit[2] if c.value}
    narrative = next(letter for h, letter in heads.items() if h.startswith("Mô tả"))
    assert crit.column_dimensions[narrative].width >= NARRATIVE_WIDTH


def test_register_prints_landscape_on_a4(tmp_path: Path) -> None:
    import dataclasses

    from accredit.evidence import service
    from tests.review.conftest import build_workspace, rich_spec

    ws = build_workspace(tmp_path / "ws", dataclasses.replace(rich_spec(), report=False))
    written = service.write_register(ws)
    wb = openpyxl.load_workbook(written.path)
    visible = [s for s in wb.worksheets if s.sheet_state == "visible"]
    assert len(visible) >= 3
    for sheet in visible:
        assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4, sheet.title
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    first = visible[0]
    assert first.page_setup.orientation == "landscape" and first.print_title_rows
