"""1e30, infinity, NaN and 400-digit integers in a package's data are refused with the member and field named."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit.catalog.registry import default_catalog
from accredit.cli.app import app
from accredit.indicators.reader import DataWorkbookError, read_institution_data
from accredit.indicators.schema import SHEET_INSTITUTION, build_schema
from accredit.indicators.workspace import data_workbook_path
from accredit.review.rollup import rollup
from accredit.review.service import review_package
from accredit.workspace import Workspace
from tests.indicators.filling import col_of, row_of
from tests.review.conftest import TT35, TT38
from tests.review.tamper import rewrite

DATA = "frameworks/tt38-2026_co-so-gdnn/data.json"
HUGE = ["1e30", "1" + "0" * 400, "-1e16", "Infinity", "NaN"]


def with_value(pkg: Path, value: object, dst: Path) -> Path:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["values"]["t_nh"]["2026"]["value"] = value

    return rewrite(pkg, dst, edit_json={DATA: edit}, fix_manifest=True)


@pytest.mark.parametrize("value", HUGE)
def test_review_names_the_member_and_field_of_an_impossible_number(pkg: Path, value: str) -> None:
    bad = with_value(pkg, value, pkg.parent / "bad.zip")
    report = review_package(bad)  # no exception
    assert not report.verification.ok
    details = " ".join(i.detail for i in report.verification.issues)
    assert DATA in details and "values.t_nh.2026.value" in details


def test_review_cli_does_not_crash_on_1e30(pkg: Path) -> None:
    bad = with_value(pkg, 1e30, pkg.parent / "bad.zip")  # a JSON number, not a string
    result = CliRunner(env={"COLUMNS": "400"}).invoke(app, ["review", str(bad)])
    assert result.exit_code == 1 and not isinstance(result.exception, ArithmeticError), result.output
    assert "values.t_nh.2026.value" in " ".join(result.output.split())


def test_rollup_lists_the_bad_package_and_goes_on(pkg: Path) -> None:
    with_value(pkg, "1e30", pkg.parent / "bad.zip")
    report = rollup(pkg.parent, target=TT35)
    assert [f.package for f in report.failed] == ["bad.zip"]
    assert "values.t_nh.2026.value" in " ".join(report.failed[0].reasons)
    assert len(report.schools) == 1  # the good package is still there


def test_a_1e30_typed_in_the_data_workbook_is_an_error_naming_the_cell(school: Workspace) -> None:
    path = data_workbook_path(school, TT38)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_INSTITUTION]
    ws.cell(row_of(ws, "t_nh"), col_of(ws, "Năm 2026"), "1e30")
    wb.save(path)
    with pytest.raises(DataWorkbookError) as caught:
        read_institution_data(path, build_schema(default_catalog().get(TT38), 2026))
    assert SHEET_INSTITUTION in str(caught.value)
