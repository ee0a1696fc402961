"""The data workbook: every input has a place, typed values survive a re-run, errors say where."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from accredit.i18n.message import Messages
from accredit.indicators import (
    DataWorkbookError,
    build_schema,
    compute_indicators,
    read_institution_data,
    write_data_template,
)
from accredit.indicators.schema import (
    SHEET_COHORTS,
    SHEET_INSTITUTION,
    SHEET_PROGRAMMES,
    SHEET_SURVEY,
    column_header,
)
from accredit.model.framework import Framework
from accredit.model.indicator import IndicatorStatus
from tests.indicators.filling import col_of, fill_tt38, row_of
from tests.scoring.builders import TT35, real

pytestmark = pytest.mark.usefixtures("vietnamese")


def test_every_input_of_the_real_tt38_file_has_a_place(tt38: Framework, tmp_path: Path) -> None:
    path = tmp_path / "so-lieu.xlsx"
    schema = build_schema(tt38, 2026)
    write_data_template(path, schema, tt38.title, 2026)
    wb = openpyxl.load_workbook(path)
    placed: set[str] = set()
    for sheet in (SHEET_INSTITUTION, SHEET_SURVEY):
        placed |= {wb[sheet].cell(r, 1).value for r in range(3, wb[sheet].max_row + 1)}
    for ws in wb.worksheets:
        placed |= {str(c.value).rsplit("[", 1)[1].rstrip("]") for c in ws[2] if c.value and "[" in str(c.value)}
    declared = {i.name for r in tt38.requirements if r.formula for i in r.formula.inputs}
    assert declared <= placed
    assert {"gc_j", "g_j", "tt_j", "mh_j"} <= {s.name for s in schema.programmes.columns}
    assert [c.name for c in schema.groups["occupation"].columns] == ["dn_khao_sat_nganh"]
    # data validation: numbers ≥ 0 on the year columns, months 0–12 on the cohort sheet
    inst = wb[SHEET_INSTITUTION]
    assert any(
        dv.type == "decimal" and dv.operator == "greaterThanOrEqual" for dv in inst.data_validations.dataValidation
    )
    assert any(dv.type == "decimal" and dv.formula2 == "12" for dv in wb[SHEET_COHORTS].data_validations.dataValidation)
    assert wb.sheetnames[0] == "Hướng dẫn"


def test_filled_workbook_gives_hand_computed_indicators(tt38: Framework, tmp_path: Path) -> None:
    path = tmp_path / "so-lieu.xlsx"
    schema = build_schema(tt38, 2026)
    write_data_template(path, schema, tt38.title, 2026)
    fill_tt38(path)
    report = compute_indicators(tt38, read_institution_data(path, schema), 2026)
    got = {r.requirement: (r.value, r.status.value) for r in report.results}
    assert got == {
        "CS01": (Decimal("60.00"), "met"),  # 900/1500
        "CS02": (Decimal("15.56"), "met"),  # Q26 = (400×10 + 300×4)/10 = 520; Q24 = 450×10/10; 70/450
        "CS03": (Decimal("66.67"), "met"),  # min(1200/1800, 1400/2000 = 70)
        "CS04": (Decimal("70.00"), "met"),
        "CS05": (Decimal("80.00"), "met"),
        "CS06": (Decimal("20.83"), "met"),  # min(6/25 = 24, 5/24 = 20.83)
        "CS07": (Decimal("65.00"), "met"),
        "CS08": (Decimal("83.33"), "met"),  # 150/180; surveyed 200/300, answered 180/200
        "CS09": (Decimal("72.73"), "met"),  # 640/(700+180) = 72.727…
        "CS10": (Decimal("75.00"), "met"),  # 9/12; 5 and 7 employers per occupation
    }
    cs02 = report.result("CS02", 2026)
    assert "Khóa học (quy đổi)" in Messages("vi").param(cs02.inputs[0].source)
    assert report.result("CS01", 2026).inputs[0].source == "'Số liệu chung'!E3"


def test_rerun_keeps_typed_values_and_refreshes_tool_cells(tt38: Framework, tmp_path: Path) -> None:
    path = tmp_path / "so-lieu.xlsx"
    schema = build_schema(tt38, 2026)
    write_data_template(path, schema, tt38.title, 2026)
    fill_tt38(path)
    wb = openpyxl.load_workbook(path)
    inst = wb[SHEET_INSTITUTION]
    r = row_of(inst, "t_nh")
    inst.cell(r, 2, "nhãn bị sửa nhầm")  # a tool cell edited by mistake
    inst.cell(r, col_of(inst, "Nguồn số liệu / ghi chú"), "Báo cáo tuyển sinh 2026")
    wb.save(path)
    before = read_institution_data(path, schema)
    update = write_data_template(path, build_schema(tt38, 2027), tt38.title, 2027)  # a new year too
    assert not update.created and update.cells_kept > 0 and update.cells_refreshed >= 1
    assert update.columns_added == 2  # "Năm 2027" on both per-input sheets
    wb = openpyxl.load_workbook(path)
    inst = wb[SHEET_INSTITUTION]
    assert inst.cell(r, 2).value == "Số người học nhập học"
    assert inst.cell(r, col_of(inst, "Nguồn số liệu / ghi chú")).value == "Báo cáo tuyển sinh 2026"
    assert col_of(inst, "Năm 2027") > col_of(inst, "Nguồn số liệu / ghi chú")
    after = read_institution_data(path, schema)
    assert after.values == before.values
    assert after.programmes == before.programmes and after.cohorts == before.cohorts
    # validations were replaced, not stacked
    marks = [dv for dv in inst.data_validations.dataValidation if dv.promptTitle == "accredit"]
    assert len(marks) == 1


def test_bad_cells_are_reported_with_sheet_row_and_column(tt38: Framework, tmp_path: Path) -> None:
    path = tmp_path / "so-lieu.xlsx"
    schema = build_schema(tt38, 2026)
    write_data_template(path, schema, tt38.title, 2026)
    wb = openpyxl.load_workbook(path)
    inst = wb[SHEET_INSTITUTION]
    inst.cell(row_of(inst, "chi_tieu"), col_of(inst, "Năm 2026"), "khoảng 1.500")
    inst.cell(row_of(inst, "ct"), col_of(inst, "Năm 2026"), -3)
    progs = wb[SHEET_PROGRAMMES]
    progs.cell(3, 1, "năm ngoái")
    progs.cell(3, 2, "6480201")
    wb[SHEET_COHORTS].cell(3, 1, 2026)
    wb[SHEET_COHORTS].cell(3, 2, "K1")
    wb[SHEET_COHORTS].cell(3, 4, 14)
    wb.save(path)
    with pytest.raises(DataWorkbookError) as err:
        read_institution_data(path, schema)
    msg = str(err.value)
    assert "4 ô cần sửa" in msg
    assert (
        f"so-lieu.xlsx, sheet 'Số liệu chung', dòng {row_of(inst, 'chi_tieu')}, cột E (Năm 2026): 'khoảng 1.500'" in msg
    )
    assert "là số âm" in msg
    assert "sheet 'Theo chương trình', dòng 3, cột A (Năm): năm 'năm ngoái'" in msg
    assert "sheet 'Khóa học (quy đổi)', dòng 3, cột D" in msg and "lớn hơn 12" in msg


def test_numbers_typed_as_text_are_accepted(tt38: Framework, tmp_path: Path) -> None:
    path = tmp_path / "so-lieu.xlsx"
    schema = build_schema(tt38, 2026)
    write_data_template(path, schema, tt38.title, 2026)
    wb = openpyxl.load_workbook(path)
    inst = wb[SHEET_INSTITUTION]
    inst.cell(row_of(inst, "t_nh"), col_of(inst, "Năm 2026"), " 812 ")
    inst.cell(row_of(inst, "chi_tieu"), col_of(inst, "Năm 2026"), "1.250")  # a count: the dot groups thousands
    wb.save(path)
    r = compute_indicators(tt38, read_institution_data(path, schema), 2026).result("CS01", 2026)
    assert r.value == Decimal("64.96") and r.status == IndicatorStatus.MET


def test_missing_workbook_says_how_to_create_it(tt38: Framework, tmp_path: Path) -> None:
    with pytest.raises(DataWorkbookError, match="accredit data template"):
        read_institution_data(tmp_path / "none.xlsx", build_schema(tt38, 2026))


def test_tt35_workbook_asks_for_three_years(tmp_path: Path) -> None:
    fw = real(TT35)
    path = tmp_path / "tt35.xlsx"
    write_data_template(path, build_schema(fw, 2026), fw.title, 2026)
    inst = openpyxl.load_workbook(path)[SHEET_INSTITUTION]
    assert [c.value for c in inst[2]][4:8] == ["Năm 2024", "Năm 2025", "Năm 2026", "Nguồn số liệu / ghi chú"]
    assert column_header(build_schema(fw, 2026).groups["occupation"].columns[0]).endswith(
        "[so_doanh_nghiep_duoc_khao_sat]"
    )
