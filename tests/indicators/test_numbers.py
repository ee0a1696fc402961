"""Numbers as Vietnamese users type them: one reader for every workbook, errors naming the cell."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from accredit.indicators import (
    DataWorkbookError,
    build_schema,
    compute_indicators,
    read_institution_data,
    write_data_template,
)
from accredit.indicators.schema import SHEET_COHORTS, SHEET_INSTITUTION
from accredit.model.framework import Framework
from accredit.model.indicator import IndicatorStatus
from accredit.numbers import NumberError, NumberKind, kind_of_unit, parse_number
from tests.indicators.filling import col_of, row_of

pytestmark = pytest.mark.usefixtures("vietnamese")

COUNT, QUANTITY, PERCENT = NumberKind.COUNT, NumberKind.QUANTITY, NumberKind.PERCENT


@pytest.mark.parametrize(
    ("typed", "kind", "expected"),
    [
        ("1.050", COUNT, "1050"),  # the thousands dot of a count
        ("1,050", COUNT, "1050"),
        ("1 050", COUNT, "1050"),
        ("1\u00a0050", COUNT, "1050"),  # non-breaking space (copied from Word or a web page)
        ("1\u202f050", COUNT, "1050"),  # narrow no-break space
        ("1.234.567", COUNT, "1234567"),
        (" 1250 ", COUNT, "1250"),
        (1050, COUNT, "1050"),
        (1050.0, COUNT, "1050"),
        ("12,5", QUANTITY, "12.5"),  # decimal comma
        ("12.5", QUANTITY, "12.5"),  # a lone dot before other than three digits is decimal
        ("1.234,5", QUANTITY, "1234.5"),
        ("1 234,5", QUANTITY, "1234.5"),
        ("1,234.5", QUANTITY, "1234.5"),  # Excel in English
        ("0,75", QUANTITY, "0.75"),
        ("-3", QUANTITY, "-3"),
        ("85%", PERCENT, "85"),
        ("85 %", PERCENT, "85"),
        ("12,5 %", PERCENT, "12.5"),
        (812.5, QUANTITY, "812.5"),
        ("2.400", NumberKind.CONVERTED, "2400"),  # a converted number of students: thousands
        ("812,5", NumberKind.CONVERTED, "812.5"),  # … that may have decimals
    ],
)
def test_vietnamese_numbers_are_read_as_typed(typed: object, kind: NumberKind, expected: str) -> None:
    assert parse_number(typed, kind) == Decimal(expected)


@pytest.mark.parametrize(
    ("typed", "kind", "says"),
    [
        ("1.050", QUANTITY, "Gõ 1050 nếu là số nghìn, hoặc 1,05"),  # ambiguous where decimals are possible
        ("1,050", QUANTITY, "Gõ 1050 nếu là số nghìn, hoặc 1,05"),
        ("2.500", PERCENT, "Gõ 2500"),
        (1.05, COUNT, "hãy gõ 1050"),  # what Excel (English format) makes of 1.050 in a count cell
        ("12,5", COUNT, "phải là số nguyên"),
        ("85%", COUNT, "không nhận dấu %"),
        ("1.23.4", COUNT, "nhóm 3 chữ số"),
        ("12 34", COUNT, "nhóm 3 chữ số"),
        ("mười", COUNT, "không phải là số"),
        (True, COUNT, "không phải là số"),
        (float("nan"), QUANTITY, "không phải là số"),
    ],
)
def test_ambiguous_or_wrong_numbers_say_what_to_type(typed: object, kind: NumberKind, says: str) -> None:
    with pytest.raises(NumberError, match=says):
        parse_number(typed, kind)


def test_the_kind_comes_from_the_input_unit() -> None:
    assert kind_of_unit("người") == COUNT
    assert kind_of_unit("chương trình") == COUNT
    assert kind_of_unit("HSSV quy đổi") == NumberKind.CONVERTED
    assert kind_of_unit("người (quy đổi 10 tháng)") == NumberKind.CONVERTED
    assert kind_of_unit("giờ") == QUANTITY
    assert kind_of_unit("%") == PERCENT
    assert kind_of_unit(None) == QUANTITY


def _template(fw: Framework, tmp_path: Path) -> tuple[Path, openpyxl.Workbook]:
    path = tmp_path / "so-lieu.xlsx"
    write_data_template(path, build_schema(fw, 2026), fw.title, 2026)
    return path, openpyxl.load_workbook(path)


def test_a_count_typed_with_a_thousands_dot_is_a_thousand(tt38: Framework, tmp_path: Path) -> None:
    """The issue's case: '1.050' typed as text for a count was read as 1,05 (CS01 about 0 %, Không đạt)."""
    path, wb = _template(tt38, tmp_path)
    inst = wb[SHEET_INSTITUTION]
    inst.cell(row_of(inst, "t_nh"), col_of(inst, "Năm 2026"), "1.050")
    inst.cell(row_of(inst, "chi_tieu"), col_of(inst, "Năm 2026"), "1\u00a0500")
    wb.save(path)
    r = compute_indicators(tt38, read_institution_data(path, build_schema(tt38, 2026)), 2026).result("CS01", 2026)
    assert r.value == Decimal("70.00") and r.status == IndicatorStatus.MET


def test_a_count_excel_stored_as_a_decimal_stops_naming_the_cell(tt38: Framework, tmp_path: Path) -> None:
    path, wb = _template(tt38, tmp_path)
    inst = wb[SHEET_INSTITUTION]
    inst.cell(row_of(inst, "t_nh"), col_of(inst, "Năm 2026"), 1.05)  # '1.050' typed in an English-format Excel
    wb.save(path)
    with pytest.raises(DataWorkbookError) as err:
        read_institution_data(path, build_schema(tt38, 2026))
    message = str(err.value)
    row = row_of(inst, "t_nh")
    assert f"sheet 'Số liệu chung', dòng {row}, cột E (Năm 2026)" in message
    assert "hãy gõ 1050" in message


def test_an_ambiguous_quantity_stops_naming_sheet_and_cell(tt38: Framework, tmp_path: Path) -> None:
    """A course's months (Tᵢ, decimals allowed) typed '7.500' could be 7500 or 7,5: the reader asks."""
    path, wb = _template(tt38, tmp_path)
    ws = wb[SHEET_COHORTS]
    headers = {str(c.value): c.column for c in ws[2] if c.value}
    months = next(c for h, c in headers.items() if h.endswith("[so_thang_thuc_hoc]"))
    learners = next(c for h, c in headers.items() if h.endswith("[so_nguoi_hoc]"))
    ws.cell(3, headers["Năm"], 2026)
    ws.cell(3, headers["Khóa học / lớp"], "K1")
    ws.cell(3, learners, "1.200")
    ws.cell(3, months, "7.500")
    wb.save(path)
    with pytest.raises(DataWorkbookError) as err:
        read_institution_data(path, build_schema(tt38, 2026))
    message = str(err.value)
    assert "sheet 'Khóa học (quy đổi)', dòng 3" in message and "'7.500' có hai cách hiểu" in message
    assert "so_nguoi_hoc" not in message  # the learners' count '1.200' was read (1200), not flagged
