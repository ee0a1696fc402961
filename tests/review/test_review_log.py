"""The review round trip: workbook → inspector query → school response → re-check, in an append-only, chained log."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit.cli import review as review_cli
from accredit.cli.app import app
from accredit.i18n.message import Messages
from accredit.model.assessment import Status
from accredit.model.review import EntryKind, Role
from accredit.review.log import ReviewLogError, append_entry, default_log_path, read_log
from accredit.review.service import import_review_workbook, make_review_workbook, review_package
from accredit.review.workbook import (
    H_CODE,
    H_COMMENT,
    H_INSPECTOR,
    H_RESPONSE,
    H_SCHOOL_RATING,
    SHEET_GUIDE,
    ReviewWorkbookError,
)
from accredit.workspace import Workspace
from tests.review.conftest import INSPECTOR_SIGNER, TT35, TT38

T1 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
T2 = datetime(2026, 6, 8, 14, 30, tzinfo=UTC)
T3 = datetime(2026, 6, 15, 10, 0, tzinfo=UTC)
T4 = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
SHEET_38 = "Thẩm định TT 38-2026"
SHEET_35 = "Thẩm định TT 35-2021"
TRUSTED = {INSPECTOR_SIGNER.public.fingerprint}


@pytest.fixture
def pkg(rich_package: tuple[Workspace, Path, object], tmp_path: Path) -> Path:
    return Path(shutil.copy(rich_package[1], tmp_path / "ktm.zip"))


def heads(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[2] if c.value}


def row_of(ws: openpyxl.worksheet.worksheet.Worksheet, code: str) -> int:
    col = heads(ws)[H_CODE]
    return next(r for r in range(3, ws.max_row + 1) if ws.cell(r, col).value == code)


def fill(path: Path, sheet: str, cells: dict[str, dict[str, str | None]]) -> None:
    """Type into the workbook as a person would: {code: {header: value}}."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    h = heads(ws)
    for code, values in cells.items():
        for header, value in values.items():
            ws.cell(row_of(ws, code), h[header], value)
    wb.save(path)


def test_the_workbook_shows_the_school_rating_beside_empty_inspector_columns(pkg: Path, tmp_path: Path) -> None:
    out = tmp_path / "tham-dinh.xlsx"
    result = make_review_workbook(pkg, out)
    assert result.rows == 30 + 25 and result.prefilled == 0 and result.frameworks == [TT38, TT35]
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [SHEET_GUIDE, SHEET_38, SHEET_35]
    guide = {row[0]: row[1] for row in wb[SHEET_GUIDE].iter_rows(min_row=3, max_col=2, values_only=True) if row[0]}
    assert guide["SHA-256 của gói"] == review_package(pkg).verification.sha256
    ws = wb[SHEET_35]
    h = heads(ws)
    assert ws.cell(row_of(ws, "3.4"), h[H_SCHOOL_RATING]).value == "Không đạt"
    assert ws.cell(row_of(ws, "1.3"), h[H_SCHOOL_RATING]).value == "Đạt"
    for code in ("1.3", "3.4"):
        assert ws.cell(row_of(ws, code), h[H_INSPECTOR]).value is None
        assert ws.cell(row_of(ws, code), h[H_COMMENT]).value is None
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert len(lists) == 1 and "Không đạt" in lists[0].formula1
    letter = openpyxl.utils.get_column_letter(h[H_INSPECTOR])
    assert str(lists[0].sqref).startswith(letter)
    # re-running never destroys the inspector's work
    with pytest.raises(ReviewWorkbookError):
        make_review_workbook(pkg, out)


def test_round_trip_with_an_append_only_log(pkg: Path, tmp_path: Path) -> None:
    log = default_log_path(pkg)
    assert log == tmp_path / "ktm.review.jsonl"
    wb1 = tmp_path / "vong-1.xlsx"
    make_review_workbook(pkg, wb1)
    fill(wb1, SHEET_38, {"1.1": {H_INSPECTOR: "Không đạt", H_COMMENT: "Quy chế chưa được phê duyệt"}})
    fill(wb1, SHEET_35, {"1.3": {H_INSPECTOR: "Dat"}, "4.3": {H_COMMENT: "Bổ sung minh chứng năm 2026"}})
    first = import_review_workbook(pkg, wb1, actor="Nguyễn Văn An", role=Role.INSPECTOR, at=T1, signer=INSPECTOR_SIGNER)
    e = first.entry
    assert (e.seq, e.cycle, e.kind, e.role, e.actor, e.at) == (1, 1, EntryKind.QUERY, Role.INSPECTOR,
                                                                 "Nguyễn Văn An", T1)
    assert (first.ratings, first.comments, first.responses) == (2, 2, 0)
    assert e.source == "vong-1.xlsx" and e.package == review_package(pkg).verification.sha256
    assert first.log.waiting_for == Role.SCHOOL
    after_query = log.read_bytes()

    report = review_package(pkg)
    tt38 = next(c for c in report.comparisons if c.framework == TT38)
    assert (tt38.school_total, tt38.school_passed) == (30, True)
    assert (tt38.inspector_total, tt38.inspector_passed) == (29, False)  # TT 38 needs every condition met
    assert tt38.reviewed == 1 and tt38.disagreements == 1
    row = next(r for r in tt38.requirements if r.code == "1.1")
    assert (row.school_status, row.inspector_rating, row.inspector_status) == (Status.MET, Status.NOT_MET,
                                                                              Status.NOT_MET)
    assert row.comment == "Quy chế chưa được phê duyệt"

    # the school answers in a workbook regenerated from the log (inspector cells pre-filled)
    wb2 = tmp_path / "vong-1-truong.xlsx"
    assert make_review_workbook(pkg, wb2).prefilled == 4
    fill(wb2, SHEET_38, {"1.1": {H_RESPONSE: "Đã bổ sung Quyết định phê duyệt số 15/QĐ-UBND"}})
    second = import_review_workbook(pkg, wb2, actor="Trần Thị Bình", role=Role.SCHOOL, at=T2, signer=INSPECTOR_SIGNER)
    assert (second.entry.seq, second.entry.cycle, second.entry.kind) == (2, 1, EntryKind.RESPONSE)
    assert second.responses == 1 and second.entry.ratings == []  # the school cannot change the inspector's cells
    assert second.log.waiting_for == Role.INSPECTOR

    # the inspector re-checks: only what changed is recorded; the cycle closes
    wb3 = tmp_path / "vong-1-kiem-tra-lai.xlsx"
    make_review_workbook(pkg, wb3)
    fill(wb3, SHEET_38, {"1.1": {H_INSPECTOR: "Đạt", H_COMMENT: "Đã kiểm tra quyết định"}})
    third = import_review_workbook(pkg, wb3, actor="Nguyễn Văn An", role=Role.INSPECTOR, at=T3, signer=INSPECTOR_SIGNER)
    assert (third.entry.seq, third.entry.cycle, third.entry.kind) == (3, 1, EntryKind.RECHECK)
    assert [(r.code, r.status) for r in third.entry.ratings] == [("1.1", Status.MET)]
    assert third.log.waiting_for is None
    tt38 = next(c for c in review_package(pkg).comparisons if c.framework == TT38)
    assert tt38.inspector_passed and tt38.requirements[0].response == "Đã bổ sung Quyết định phê duyệt số 15/QĐ-UBND"

    # a new import opens cycle 2
    fourth = import_review_workbook(pkg, wb3, actor="Lê Văn Cường", role=Role.INSPECTOR, at=T4, note="Vòng 2",
                                    signer=INSPECTOR_SIGNER)
    assert (fourth.entry.seq, fourth.entry.cycle, fourth.entry.kind) == (4, 2, EntryKind.QUERY)
    assert fourth.entry.ratings == [] and fourth.entry.note == "Vòng 2"

    # append-only: every earlier byte is still there, untouched
    assert log.read_bytes().startswith(after_query)
    entries, problems = read_log(log, TRUSTED)
    assert not problems and [x.seq for x in entries] == [1, 2, 3, 4]
    assert [x.prev for x in entries[1:]] == [x.hash for x in entries[:-1]]


def _logged(pkg: Path, tmp_path: Path) -> Path:
    wb = tmp_path / "wb.xlsx"
    make_review_workbook(pkg, wb)
    fill(wb, SHEET_38, {"1.1": {H_INSPECTOR: "Không đạt", H_COMMENT: "Thiếu quyết định"}})
    import_review_workbook(pkg, wb, actor="Nguyễn Văn An", role=Role.INSPECTOR, at=T1, signer=INSPECTOR_SIGNER)
    fill(wb, SHEET_38, {"1.1": {H_RESPONSE: "Đã bổ sung"}})
    import_review_workbook(pkg, wb, actor="Trần Thị Bình", role=Role.SCHOOL, at=T2, signer=INSPECTOR_SIGNER)
    import_review_workbook(pkg, wb, actor="Nguyễn Văn An", role=Role.INSPECTOR, at=T3, signer=INSPECTOR_SIGNER)
    return default_log_path(pkg)


def test_an_edited_earlier_entry_is_detected(pkg: Path, tmp_path: Path) -> None:
    log = _logged(pkg, tmp_path)
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    first = json.loads(lines[0])
    first["ratings"][0]["comment"] = "Đạt yêu cầu"  # softened after the fact
    lines[0] = json.dumps(first, ensure_ascii=False, sort_keys=True) + "\n"
    log.write_text("".join(lines), encoding="utf-8")
    entries, problems = read_log(log, TRUSTED)
    assert len(entries) == 3
    assert [p.line for p in problems] == [1] and "mục số 1" in problems[0].detail
    report = review_package(pkg)
    assert not report.log.intact and report.log.problems[0].line == 1
    with pytest.raises(ReviewLogError) as info:
        append_entry(log, role=Role.INSPECTOR, actor="X", at=T4, package=entries[0].package,
                     signer=INSPECTOR_SIGNER)
    assert "dòng 1" in str(info.value)
    assert len(log.read_text(encoding="utf-8").splitlines()) == 3  # nothing appended


def test_an_edited_entry_with_its_hash_recomputed_breaks_the_chain(pkg: Path, tmp_path: Path) -> None:
    from accredit.review.log import entry_hash

    log = _logged(pkg, tmp_path)
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    first = json.loads(lines[0])
    first["ratings"][0]["status"] = "met"
    first["hash"] = entry_hash(first)
    lines[0] = json.dumps(first, ensure_ascii=False, sort_keys=True) + "\n"
    log.write_text("".join(lines), encoding="utf-8")
    _, problems = read_log(log, TRUSTED)
    assert [p.line for p in problems] == [1, 2]
    assert "chữ ký của mục số 1 không khớp" in problems[0].detail  # re-hashing cannot re-sign
    assert "không nối tiếp" in problems[1].detail


def test_a_removed_entry_is_detected(pkg: Path, tmp_path: Path) -> None:
    log = _logged(pkg, tmp_path)
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    log.write_text(lines[0] + lines[2], encoding="utf-8")
    _, problems = read_log(log, TRUSTED)
    assert {p.line for p in problems} == {2, 3}
    assert len(problems) == 3  # the chain and the sequence number; the signed head counted 3 entries
    assert "đầu nhật ký đã ký ghi 3 mục nhưng nhật ký có 2 mục" in problems[2].detail


def test_a_response_needs_an_open_query(pkg: Path, tmp_path: Path) -> None:
    wb = tmp_path / "wb.xlsx"
    make_review_workbook(pkg, wb)
    fill(wb, SHEET_38, {"1.1": {H_RESPONSE: "Trả lời trước khi được hỏi"}})
    with pytest.raises(ReviewLogError):
        import_review_workbook(pkg, wb, actor="Trần Thị Bình", role=Role.SCHOOL, at=T1, signer=INSPECTOR_SIGNER)
    assert not default_log_path(pkg).exists()


def test_workbook_problems_name_sheet_row_and_column(pkg: Path, tmp_path: Path) -> None:
    wb = tmp_path / "wb.xlsx"
    make_review_workbook(pkg, wb)
    fill(wb, SHEET_35, {"1.3": {H_INSPECTOR: "Tốt"}})
    with pytest.raises(ReviewWorkbookError) as info:
        import_review_workbook(pkg, wb, actor="A", role=Role.INSPECTOR, at=T1, signer=INSPECTOR_SIGNER)
    message = str(info.value)
    assert f"trang '{SHEET_35}'" in message and "dòng 5" in message and "'Tốt'" in message
    assert f"({H_INSPECTOR})" in message
    book = openpyxl.load_workbook(wb)
    ws = book[SHEET_35]
    ws.cell(row_of(ws, "1.3"), heads(ws)[H_INSPECTOR], None)
    ws.cell(row_of(ws, "1.3"), heads(ws)[H_CODE], "9.9")
    book.save(wb)
    with pytest.raises(ReviewWorkbookError) as info:
        import_review_workbook(pkg, wb, actor="A", role=Role.INSPECTOR, at=T1, signer=INSPECTOR_SIGNER)
    assert "'9.9'" in str(info.value)
    assert not default_log_path(pkg).exists()


def test_a_workbook_from_another_package_is_refused(pkg: Path, rich_package: tuple[Workspace, Path, object],
                                                     tmp_path: Path) -> None:
    from tests.review.conftest import CREATED, package

    other = tmp_path / "other.zip"
    package(rich_package[0], other, created=CREATED.replace(hour=9))
    wb = tmp_path / "wb.xlsx"
    make_review_workbook(other, wb)
    with pytest.raises(ReviewWorkbookError) as info:
        import_review_workbook(pkg, wb, actor="A", role=Role.INSPECTOR, at=T1, signer=INSPECTOR_SIGNER)
    assert "gói khác" in str(info.value)


def test_a_tampered_package_gets_no_workbook(pkg: Path, tmp_path: Path) -> None:
    from tests.review.tamper import rewrite

    bad = rewrite(pkg, tmp_path / "bad.zip", replace={"reports/bao-cao-tu-danh-gia.html": b"<p>x</p>"})
    with pytest.raises(ReviewWorkbookError) as info:
        make_review_workbook(bad, tmp_path / "wb.xlsx")
    assert "chưa qua kiểm tra" in str(info.value)


def test_cli_round_trip_and_json(pkg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    wb = tmp_path / "wb.xlsx"
    result = runner.invoke(app, ["review", str(pkg), "--workbook", str(wb), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["rows"] == 55 and data["path"] == str(wb)
    fill(wb, SHEET_38, {"1.1": {H_INSPECTOR: "Không đạt", H_COMMENT: "Thiếu quyết định"}})
    monkeypatch.setattr(review_cli, "now", lambda: T1)
    result = runner.invoke(app, ["review", str(pkg), "--import", str(wb), "--reviewer", "Nguyễn Văn An", "--json"])
    assert result.exit_code == 0, result.output
    imported = json.loads(result.stdout)
    entries, _ = read_log(default_log_path(pkg), TRUSTED)
    assert imported["entry"] == entries[-1].model_dump(mode="json")
    assert imported["entry"]["at"] == "2026-06-01T09:00:00Z"
    result = runner.invoke(app, ["review", str(pkg), "--json"])
    assert json.loads(result.stdout) == review_package(pkg).model_dump(mode="json", context=Messages("vi").context)
    result = runner.invoke(app, ["review", str(pkg)])
    assert result.exit_code == 0
    assert "Thẩm định viên" in result.stdout and "Thiếu quyết định" in result.stdout
    assert "Đang chờ phản hồi của trường" in result.stdout
    result = runner.invoke(app, ["review", str(pkg), "--import", str(wb)])
    assert result.exit_code == 2  # who is importing must be said


def test_cli_extracts_a_verified_package_safely(pkg: Path, tmp_path: Path) -> None:
    dest = tmp_path / "mo-goi"
    result = CliRunner().invoke(app, ["review", str(pkg), "--extract", str(dest)])
    assert result.exit_code == 0, result.output
    assert (dest / "evidence/files/DK1/quy-che-to-chuc.docx").is_file()
    assert (dest / "manifest.json").is_file()
