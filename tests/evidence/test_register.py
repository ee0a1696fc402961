"""The danh mục minh chứng workbook: layout, round trip with edits, bad edits located by sheet/row/column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit.evidence import service
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.links import EvidenceError
from accredit.evidence.register import COLUMNS, HEADER_ROW, INFO_SHEET, ROWS_SHEET, UNLINKED_SHEET
from accredit.evidence.scan import ScanOptions
from accredit.model.evidence import LinkOrigin
from accredit.workspace import Workspace
from tests.evidence.conftest import FW_ID, make_admin_pdf, make_docx

OPTS = ScanOptions(workers=1, extract=ExtractOptions(ocr=False))
KH = "Kế hoạch bồi dưỡng nhà giáo.docx"
QD = "TC4.TC2/[H1.04.02.01] Quyết định thành lập hội đồng.pdf"
LOOSE = "tài liệu khác.pdf"
SHEET = "Minh chứng TT 35-2021"  # from the test framework's regulation, never its id
COL = {key: i + 1 for i, (key, _label, _w) in enumerate(COLUMNS)}


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    root = workspace.evidence_dir
    make_docx(root / KH, paragraphs=["KẾ HOẠCH", "Bồi dưỡng nhà giáo cập nhật công nghệ mới năm 2024"])
    make_admin_pdf(root / QD)
    make_admin_pdf(root / LOOSE, doc_type="THÔNG BÁO", number="Số: 9/TB-CĐN", title=["Lịch nghỉ hè năm 2024"])
    service.scan_workspace(workspace, options=OPTS)
    return workspace


def _row_of(ws_sheet, path: str, requirement: str | None = None) -> int:  # type: ignore[no-untyped-def]
    for r in range(HEADER_ROW + 1, ws_sheet.max_row + 1):
        if ws_sheet.cell(r, COL["path"]).value == path and (
            requirement is None or ws_sheet.cell(r, COL["requirement"]).value == requirement
        ):
            return r
    raise AssertionError(f"{path} not in sheet")


def test_layout(ws: Workspace) -> None:
    report = service.write_register(ws)
    assert report.rows == 2 and report.requirements == 9 and report.without_evidence == 8
    wb = load_workbook(report.path)
    assert wb.sheetnames == [INFO_SHEET, SHEET, UNLINKED_SHEET, "Cảnh báo", ROWS_SHEET]
    assert wb[ROWS_SHEET].sheet_state == "hidden"
    assert wb[INFO_SHEET].sheet_state == "hidden"
    sheet = wb[SHEET]
    assert [c.value for c in sheet[HEADER_ROW]][:12] == [
        "TT", "Tiêu chí", "Tiêu chuẩn", "Mã minh chứng", "Tên minh chứng", "Số, ngày ban hành", "Nơi ban hành",
        "Ghi chú", "Đường dẫn tệp", "Nguồn liên kết", "Điểm gợi ý", "Trạng thái"]
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref.startswith(f"A{HEADER_ROW}:N")
    assert sheet.column_dimensions["E"].width == 60
    assert sheet.column_dimensions["M"].hidden
    r = _row_of(sheet, QD)
    assert [sheet.cell(r, COL[k]).value for k in ("criterion", "requirement", "code", "number", "issuer", "origin",
                                                   "state")] == [
        "4", "4.2", "H1.04.02.01", "125/QĐ-CĐN; 15/03/2024", "TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN", "mã trong tên",
        "đã xác nhận"]
    assert sheet.cell(r, COL["title"]).value == "Quyết định về việc thành lập Hội đồng tự đánh giá chất lượng"
    assert sheet.cell(r, COL["path"]).hyperlink.target == "../evidence/" + QD
    assert sheet.cell(_row_of(sheet, KH), COL["state"]).value == "chờ xác nhận"
    unlinked = wb[UNLINKED_SHEET]
    assert [unlinked.cell(r, 8).value for r in range(HEADER_ROW + 1, unlinked.max_row + 1)] == [LOOSE]


def test_round_trip_applies_edits(ws: Workspace) -> None:
    path = Path(service.write_register(ws).path)
    wb = load_workbook(path)
    sheet = wb[SHEET]
    kh = _row_of(sheet, KH)
    sheet.cell(kh, COL["state"]).value = "đã xác nhận"
    sheet.cell(kh, COL["title"]).value = "Kế hoạch số 45/KH-CĐN bồi dưỡng nhà giáo năm 2024"
    sheet.cell(kh, COL["note"]).value = "Bản có chữ ký"
    qd = _row_of(sheet, QD)
    sheet.cell(qd, COL["requirement"]).value = "4.3"  # move the link
    sheet.cell(qd, COL["code"]).value = "H1.04.03.01"
    unlinked = wb[UNLINKED_SHEET]
    unlinked.cell(HEADER_ROW + 1, 2).value = "3.1, 3.2"
    wb.save(path)

    result = service.import_register(ws, path)
    assert result.errors == [] and result.applied
    assert (result.added, result.removed, result.confirmed, result.titles, result.notes) == (3, 1, 1, 1, 1)
    links = {(x.path, x.requirement): x for x in service.evidence_links(ws)}
    assert links[(KH, "2.5")].counts
    assert links[(KH, "2.5")].title == "Kế hoạch số 45/KH-CĐN bồi dưỡng nhà giáo năm 2024"
    assert (QD, "4.2") not in links
    assert links[(QD, "4.3")].origin == LinkOrigin.MANUAL and links[(QD, "4.3")].evidence_code == "H1.04.03.01"
    assert links[(LOOSE, "3.1")].counts and links[(LOOSE, "3.2")].counts
    note = next(r for r in service.list_evidence(ws) if r.path == KH).note
    assert note == "Bản có chữ ký"

    # the moved code link stays moved after a full re-scan, and the register can be written again
    service.scan_workspace(ws, options=OPTS, full=True)
    assert (QD, "4.2") not in {(x.path, x.requirement) for x in service.evidence_links(ws)}
    again = load_workbook(service.write_register(ws).path)[SHEET]
    assert again.cell(_row_of(again, KH), COL["title"]).value == "Kế hoạch số 45/KH-CĐN bồi dưỡng nhà giáo năm 2024"


def test_unchanged_register_changes_nothing(ws: Workspace) -> None:
    before = service.evidence_links(ws)
    result = service.import_register(ws, Path(service.write_register(ws).path))
    assert result.applied and result.errors == []
    assert (result.added, result.removed, result.confirmed, result.titles, result.notes, result.codes) == (0,) * 6
    assert result.unchanged == 3  # two linked rows, one unlinked file
    assert service.evidence_links(ws) == before


def test_bad_edits_are_located_and_nothing_is_applied(ws: Workspace) -> None:
    path = Path(service.write_register(ws).path)
    wb = load_workbook(path)
    sheet = wb[SHEET]
    kh, qd = _row_of(sheet, KH), _row_of(sheet, QD)
    sheet.cell(kh, COL["title"]).value = "Tên mới (không được áp dụng)"
    sheet.cell(kh, COL["requirement"]).value = "9.9"
    sheet.cell(qd, COL["state"]).value = "có lẽ"
    sheet.cell(qd, COL["code"]).value = "H1.02.01.01"  # points at 2.1, the row says 4.2
    unlinked = wb[UNLINKED_SHEET]
    unlinked.cell(HEADER_ROW + 1, 8).value = "không tồn tại.pdf"
    unlinked.cell(HEADER_ROW + 1, 10).value = None
    wb.save(path)
    before = service.evidence_links(ws)

    result = service.import_register(ws, path)
    assert not result.applied
    located = {(e.sheet, e.row, e.column.split(" ")[0]) for e in result.errors}
    assert located == {
        (SHEET, kh, "C"),  # Tiêu chuẩn 9.9
        (SHEET, qd, "L"),  # Trạng thái 'có lẽ'
        (UNLINKED_SHEET, HEADER_ROW + 1, "H"),  # unknown path
    }
    messages = {e.column: e.message for e in result.errors}
    assert "9.9" in messages["C (Tiêu chuẩn)"]
    assert service.evidence_links(ws) == before
    assert next(r for r in service.list_evidence(ws) if r.path == KH).title != "Tên mới (không được áp dụng)"

    sheet.cell(qd, COL["state"]).value = "đã xác nhận"
    sheet.cell(kh, COL["requirement"]).value = "2.5"
    unlinked.cell(HEADER_ROW + 1, 8).value = LOOSE
    wb.save(path)
    code_error = service.import_register(ws, path).errors
    assert [(e.row, e.column, e.value) for e in code_error] == [(qd, "D (Mã minh chứng)", "H1.02.01.01")]


def test_edited_register_is_not_overwritten(ws: Workspace) -> None:
    path = Path(service.write_register(ws).path)
    wb = load_workbook(path)
    wb[SHEET].cell(_row_of(wb[SHEET], KH), COL["note"]).value = "sửa tay"
    wb.save(path)
    with pytest.raises(EvidenceError, match="--import"):
        service.write_register(ws)
    service.import_register(ws, path)
    service.write_register(ws)  # imported: safe to write again
    assert load_workbook(path)[SHEET].cell(_row_of(load_workbook(path)[SHEET], KH), COL["note"]).value == "sửa tay"
    wb = load_workbook(path)
    wb[SHEET].cell(_row_of(wb[SHEET], KH), COL["note"]).value = "lại sửa"
    wb.save(path)
    service.write_register(ws, force=True)


def test_not_a_register(ws: Workspace, tmp_path: Path) -> None:
    from openpyxl import Workbook

    other = tmp_path / "khac.xlsx"
    Workbook().save(other)
    result = service.import_register(ws, other)
    assert [(e.sheet, e.row) for e in result.errors] == [(INFO_SHEET, 1)]
    with pytest.raises(EvidenceError):
        service.import_register(ws, tmp_path / "khong-co.xlsx")


def test_dry_run_applies_nothing(ws: Workspace) -> None:
    path = Path(service.write_register(ws).path)
    wb = load_workbook(path)
    wb[SHEET].cell(_row_of(wb[SHEET], KH), COL["state"]).value = "bỏ"
    wb.save(path)
    result = service.import_register(ws, path, dry_run=True)
    assert not result.applied and result.errors == []
    assert any(x.path == KH for x in service.evidence_links(ws))
    assert FW_ID in {x.framework for x in service.evidence_links(ws)}


def _edit_like_a_user(path: Path) -> None:
    wb = load_workbook(path)
    sheet = wb[SHEET]
    kh = _row_of(sheet, KH)
    sheet.cell(kh, COL["state"]).value = "đã xác nhận"
    sheet.cell(kh, COL["title"]).value = "Kế hoạch số 45/KH-CĐN bồi dưỡng nhà giáo năm 2024"
    sheet.cell(kh, COL["note"]).value = "Bản có chữ ký"
    qd = _row_of(sheet, QD)
    sheet.cell(qd, COL["requirement"]).value = "4.3"
    sheet.cell(qd, COL["code"]).value = "H1.04.03.01"
    wb[UNLINKED_SHEET].cell(HEADER_ROW + 1, 2).value = "3.1, 3.2"
    wb.save(path)


def _counts(report: object) -> tuple[int, ...]:
    return tuple(getattr(report, k) for k in ("added", "removed", "deleted", "confirmed", "titles", "notes",
                                              "codes", "unchanged"))


def test_dry_run_counts_exactly_what_the_import_does(ws: Workspace) -> None:
    path = Path(service.write_register(ws).path)
    _edit_like_a_user(path)
    before = service.evidence_links(ws)
    dry = service.import_register(ws, path, dry_run=True)
    assert not dry.applied and dry.errors == []
    assert service.evidence_links(ws) == before  # nothing written
    assert (dry.added, dry.removed, dry.confirmed, dry.titles, dry.notes) == (3, 1, 1, 1, 1)
    real = service.import_register(ws, path)
    assert real.applied and _counts(real) == _counts(dry)


def test_a_deleted_row_unlinks_and_the_dry_run_says_so(ws: Workspace) -> None:
    path = Path(service.write_register(ws).path)
    service.link_files(ws, [LOOSE], ["3.1"])  # linked after the register was written: it never showed it
    wb = load_workbook(path)
    sheet = wb[SHEET]
    sheet.delete_rows(_row_of(sheet, QD))  # the code link to 4.2
    wb.save(path)

    dry = service.import_register(ws, path, dry_run=True)
    assert dry.deleted == 1 and dry.removed == 0 and not dry.applied
    assert (QD, "4.2") in {(x.path, x.requirement) for x in service.evidence_links(ws)}
    result = runner_import(ws, path, dry_run=True)
    assert "gỡ 1 liên kết do dòng đã bị xoá khỏi danh mục" in result

    real = service.import_register(ws, path)
    assert real.applied and real.deleted == 1
    links = {(x.path, x.requirement) for x in service.evidence_links(ws)}
    assert (QD, "4.2") not in links and (LOOSE, "3.1") in links  # only what the register showed
    service.scan_workspace(ws, options=OPTS, full=True)  # the code link stays removed after a re-scan
    assert (QD, "4.2") not in {(x.path, x.requirement) for x in service.evidence_links(ws)}


def runner_import(ws: Workspace, path: Path, *, dry_run: bool) -> str:
    from typer.testing import CliRunner

    from accredit.cli.app import app

    args = ["evidence", "register", "-w", str(ws.root), "--import", str(path)] + (["--dry-run"] if dry_run else [])
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())
