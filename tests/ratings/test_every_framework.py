"""Both workbooks work for every criteria file in the catalog (the layout adapts to the framework)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from accredit.catalog.registry import load_catalog
from accredit.indicators import build_schema, compute_indicators, read_institution_data, write_data_template
from accredit.model.indicator import IndicatorStatus
from accredit.ratings import read_ratings_workbook, write_ratings_template
from tests.scoring.builders import CRITERIA

CATALOG = load_catalog(CRITERIA)
IDS = sorted(CATALOG.frameworks)


def test_catalog_loads() -> None:
    assert not CATALOG.errors and {"tt35-2021/truong-cao-dang", "tt38-2026/co-so-gdnn"} <= set(IDS)


@pytest.mark.parametrize("fid", IDS)
def test_ratings_workbook_for(fid: str, tmp_path: Path) -> None:
    fw = CATALOG.get(fid)
    path = tmp_path / "r.xlsx"
    write_ratings_template(path, fw, 2026, fw.applies_to[0])
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) == len(fw.criteria) + 1 and all(len(n) <= 31 for n in wb.sheetnames)
    codes = [ws.cell(r, 1).value for ws in wb.worksheets[1:] for r in range(3, ws.max_row + 1)]
    assert codes == [r.code for r in fw.requirements]
    a = read_ratings_workbook(path, fw)
    assert a.ratings == [] and a.object_type == fw.applies_to[0]


@pytest.mark.parametrize("fid", [f for f in IDS if any(r.formula for r in CATALOG.get(f).requirements)])
def test_data_workbook_for(fid: str, tmp_path: Path) -> None:
    fw = CATALOG.get(fid)
    path = tmp_path / "d.xlsx"
    schema = build_schema(fw, 2026, fw.applies_to[0])
    write_data_template(path, schema, fw.title, 2026)
    wb = openpyxl.load_workbook(path)
    placed = {ws.cell(r, 1).value for ws in wb.worksheets for r in range(3, ws.max_row + 1)}
    placed |= {
        str(c.value).rsplit("[", 1)[1].rstrip("]")
        for ws in wb.worksheets
        for c in ws[2]
        if c.value and str(c.value).endswith("]")
    }
    for r in fw.requirements:
        if r.formula:
            assert {i.name for i in r.formula.inputs} <= placed, r.code
    report = compute_indicators(fw, read_institution_data(path, schema), 2026, fw.applies_to[0])
    assert report.results and all(x.status == IndicatorStatus.MISSING for x in report.results)
