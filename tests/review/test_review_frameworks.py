"""The review keeps frameworks apart, shows an inspector's verdict the data overrule, and starts empty."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.model.assessment import Status
from accredit.model.review import Role
from accredit.review.service import import_review_workbook, make_review_workbook, review_package
from accredit.review.workbook import H_FLAGS, H_INSPECTOR
from accredit.workspace import Workspace
from tests.review.conftest import INSPECTOR_SIGNER, TT35, TT38
from tests.review.test_review_log import SHEET_35, SHEET_38, fill, heads, row_of

AT = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def pkg(rich_package: tuple[Workspace, Path, object], tmp_path: Path) -> Path:
    return Path(shutil.copy(rich_package[1], tmp_path / "ktm.zip"))


def test_each_sheet_shows_only_its_own_frameworks_flags(pkg: Path, tmp_path: Path) -> None:
    """TT 35 4.3 (rated Đạt, no evidence) is flagged; TT 38 4.3 has evidence and must not carry TT 35's flag."""
    flags = review_package(pkg).flags
    tt35_43 = [f.detail for f in flags if f.framework == TT35 and f.requirement == "4.3"]
    assert tt35_43, "the fixture's TT 35 4.3 should be flagged"
    out = tmp_path / "tham-dinh.xlsx"
    make_review_workbook(pkg, out)
    wb = openpyxl.load_workbook(out)
    cell35 = wb[SHEET_35].cell(row_of(wb[SHEET_35], "4.3"), heads(wb[SHEET_35])[H_FLAGS]).value or ""
    cell38 = wb[SHEET_38].cell(row_of(wb[SHEET_38], "4.3"), heads(wb[SHEET_38])[H_FLAGS]).value or ""
    assert all(d in cell35 for d in tt35_43)
    assert not any(d in cell38 for d in tt35_43)
    assert wb[SHEET_38].cell(row_of(wb[SHEET_38], "4.3"), heads(wb[SHEET_38])[H_INSPECTOR]).value is None


def test_an_inspectors_not_met_on_a_data_driven_index_is_shown_and_flagged(pkg: Path, tmp_path: Path) -> None:
    """CS01 is met by the data; the inspector says Không đạt: counted as a difference and flagged, not ignored."""
    out = tmp_path / "vong-1.xlsx"
    make_review_workbook(pkg, out)
    fill(out, SHEET_38, {"CS01": {H_INSPECTOR: "Không đạt"}})
    import_review_workbook(pkg, out, actor="Nguyễn Văn An", role=Role.INSPECTOR, at=AT, signer=INSPECTOR_SIGNER)
    tt38 = next(c for c in review_package(pkg).comparisons if c.framework == TT38)
    row = next(r for r in tt38.requirements if r.code == "CS01")
    assert (row.inspector_rating, row.inspector_status) == (Status.NOT_MET, Status.MET)
    assert row.contradicts_data and tt38.contradicts_data == 1
    assert tt38.reviewed == 1 and tt38.disagreements == 1
    flag = next(f for f in review_package(pkg).flags if f.kind == "inspector_contradicts_data")
    assert (flag.framework, flag.requirement) == (TT38, "CS01") and "số liệu của trường cho kết quả Đạt" in flag.detail
    again = tmp_path / "vong-2.xlsx"
    make_review_workbook(pkg, again)  # the next workbook shows the conflict on the CS01 row
    ws = openpyxl.load_workbook(again)[SHEET_38]
    assert "thẩm định viên đánh giá Không đạt" in ws.cell(row_of(ws, "CS01"), heads(ws)[H_FLAGS]).value
    result = CliRunner().invoke(app, ["review", str(pkg)], env={"COLUMNS": "200"})
    assert "1 yêu cầu khác kết quả" in result.output
    assert "trái số liệu" in result.output and "khác với kết quả tính từ số liệu" in result.output


def test_before_any_review_the_inspector_column_is_empty(pkg: Path) -> None:
    report = review_package(pkg)
    for c in report.comparisons:
        assert c.reviewed == 0 and c.disagreements == 0
        assert (c.inspector_total, c.inspector_passed, c.inspector_decision) == (None, None, None)
        assert all(cc.inspector is None for cc in c.criteria)
        assert all(r.inspector_status is None and r.inspector_points is None for r in c.requirements)
    result = CliRunner().invoke(app, ["review", str(pkg)], env={"COLUMNS": "200"})
    assert "Chưa thẩm định" in result.output
    assert "Thẩm định viên: CHƯA ĐẠT" not in result.output and "Thẩm định viên: ĐẠT" not in result.output
