"""The inspector's biên bản, generated from a real package and its review log."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.model.review import Role
from accredit.report.docx import QUOC_HIEU
from accredit.review.log import default_log_path, head_path, read_log
from accredit.review.service import import_review_workbook, make_review_workbook, review_package
from accredit.review.workbook import H_COMMENT, H_INSPECTOR, H_RESPONSE
from accredit.workspace import Workspace
from tests.review.conftest import INSPECTOR_SIGNER, TT35, TT38, rich_package  # noqa: F401  (the session fixture)
from tests.review.test_review_log import SHEET_38, T1, T2, fill


@pytest.fixture
def reviewed(rich_package: tuple[Workspace, Path, object], tmp_path: Path) -> Path:  # noqa: F811
    pkg = Path(shutil.copy(rich_package[1], tmp_path / "ktm.zip"))
    wb = tmp_path / "wb.xlsx"
    make_review_workbook(pkg, wb)
    fill(wb, SHEET_38, {"1.1": {H_INSPECTOR: "Không đạt", H_COMMENT: "Thiếu quyết định phê duyệt"}})
    import_review_workbook(pkg, wb, actor="Nguyễn Văn An", role=Role.INSPECTOR, at=T1, signer=INSPECTOR_SIGNER)
    fill(wb, SHEET_38, {"1.1": {H_RESPONSE: "Đã bổ sung quyết định"}})
    import_review_workbook(pkg, wb, actor="Trần Thị Bình", role=Role.SCHOOL, at=T2, signer=INSPECTOR_SIGNER)
    return pkg


def test_minutes_per_framework_from_the_log(reviewed: Path, tmp_path: Path) -> None:
    from accredit.report.write import write_minutes

    report = review_package(reviewed)
    entries, problems = read_log(default_log_path(reviewed), {INSPECTOR_SIGNER.public.fingerprint})
    assert not problems and len(entries) == 2
    notes: list[str] = []
    paths = write_minutes(report, entries, tmp_path / "bb", authority="Sở Giáo dục và Đào tạo tỉnh Lạng Sơn",
                          notes=notes)
    names = sorted(p.name for p in paths)
    assert names == ["bien-ban-tham-dinh-2026-tt35-2021-truong-cao-dang.docx",
                     "bien-ban-tham-dinh-2026-tt38-2026-co-so-gdnn.docx"]
    assert any("không có mẫu biên bản" in n for n in notes)
    doc = Document(io.BytesIO(next(p for p in paths if "tt38" in p.name).read_bytes()))
    left, right = (c.text for c in doc.tables[0].rows[0].cells)
    assert "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LẠNG SƠN" in left and QUOC_HIEU in right
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "BIÊN BẢN" in body and "1. Đoàn thẩm định: Nguyễn Văn An" in body
    assert "2. Đại diện nhà trường: Trần Thị Bình" in body
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert "Thiếu quyết định phê duyệt" in cells and "Đã bổ sung quyết định" in cells
    sign = [c.text for c in doc.tables[-1].rows[0].cells]
    assert "ĐẠI DIỆN NHÀ TRƯỜNG" in sign[0] and "TRƯỞNG ĐOÀN THẨM ĐỊNH" in sign[1]
    assert sign[1].rstrip().endswith("Nguyễn Văn An")
    # one framework per file: the TT 38 minutes never mention TT 35
    assert "35/2021" not in body + "\n".join(cells)
    assert TT35 in {c.framework for c in report.comparisons} and TT38 in {c.framework for c in report.comparisons}


def test_review_cli_writes_the_minutes(reviewed: Path, tmp_path: Path) -> None:
    out = tmp_path / "bien-ban"
    result = CliRunner().invoke(app, ["review", str(reviewed), "--bien-ban", str(out), "--so", "Sở GD&ĐT"])
    assert result.exit_code in (0, 1), result.output
    assert len(list(out.glob("bien-ban-tham-dinh-*.docx"))) == 2


def test_review_workbook_prints_with_vietnamese_sheet_names(reviewed: Path, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(tmp_path / "wb.xlsx")
    assert SHEET_38 == "Thẩm định TT 38-2026" and SHEET_38 in wb.sheetnames
    for ws in wb.worksheets:
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.page_setup.fitToWidth == 1
    sheet = wb[SHEET_38]
    assert sheet.print_title_rows == "$1:$2"
    comment = next(c.column_letter for c in sheet[2] if c.value == H_COMMENT)
    assert sheet.column_dimensions[comment].width >= 45  # a narrative column


def test_no_minutes_for_a_package_that_does_not_verify(reviewed: Path, tmp_path: Path) -> None:
    from tests.review.tamper import rewrite

    bad = tmp_path / "bad.zip"  # a member changed and the manifest re-hashed: the signature no longer fits
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["values"]["t_nh"]["2026"]["value"] = "901"

    rewrite(reviewed, bad, edit_json={"frameworks/tt38-2026_co-so-gdnn/data.json": edit}, fix_manifest=True)
    for name in (default_log_path(reviewed), head_path(default_log_path(reviewed))):
        shutil.copy(name, bad.parent / name.name.replace("ktm", "bad"))
    out = tmp_path / "bien-ban"
    result = CliRunner().invoke(app, ["review", str(bad), "--bien-ban", str(out)])
    assert result.exit_code == 1 and not out.exists()
    assert "biên bản" in result.output.lower()


def test_log_entries_about_another_package_never_rate_this_one(reviewed: Path, tmp_path: Path,
                                                               rich_package: tuple[Workspace, Path, object]) -> None:  # noqa: F811
    from tests.review.conftest import CREATED, package

    newer = tmp_path / "moi" / "ktm.zip"  # a new submission saved under the reviewed one's name, with its old log
    package(rich_package[0], newer, created=CREATED.replace(day=20))
    for name in (default_log_path(reviewed), head_path(default_log_path(reviewed))):
        shutil.copy(name, newer.parent / name.name)
    old = review_package(reviewed)
    fresh = review_package(newer)
    tt38 = {c.framework: c for c in fresh.comparisons}[TT38]
    assert {c.framework: c for c in old.comparisons}[TT38].reviewed == 1
    assert tt38.reviewed == 0 and tt38.inspector_total is None  # the old package's verdicts stay with it
