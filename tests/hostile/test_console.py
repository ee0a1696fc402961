"""School-controlled text is printed literally: markup in it neither crashes a command nor hides text."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.model.review import Role
from accredit.review.service import import_review_workbook, make_review_workbook
from accredit.review.workbook import H_CODE, H_COMMENT, H_INSPECTOR, H_RESPONSE
from accredit.workspace import Workspace
from tests.hostile.conftest import EVIDENCE_FILE, RESPONSE, TITLE
from tests.review.conftest import INSPECTOR_SIGNER

T1 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
T2 = datetime(2026, 6, 8, 14, 30, tzinfo=UTC)
SHEET_38 = "Thẩm định TT 38-2026"
runner = CliRunner(env={"COLUMNS": "400"})  # wide enough that no table cell wraps


def invoke(*args: str) -> str:
    """Run the CLI; it must not crash (exit 0 or a clean failure code), and gives its output."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1), result.output
    return result.output


def flat(text: str) -> str:
    """Console output without the wrapping of table cells."""
    return " ".join(text.split())


def test_evidence_list_prints_markup_in_file_names_literally(school: Workspace) -> None:
    out = invoke("evidence", "list", "-w", str(school.root))
    assert "[/bold]" in out and "=HYPERLINK(1)" in out


def test_evidence_show_prints_markup_in_names_and_titles_literally(school: Workspace) -> None:
    out = invoke("evidence", "show", EVIDENCE_FILE, "-w", str(school.root))
    assert EVIDENCE_FILE in flat(out)
    assert TITLE in flat(out)


def test_review_prints_the_school_name_with_its_markup_and_hidden_link_text(pkg: Path) -> None:
    out = flat(invoke("review", str(pkg)))
    assert "[/bold] ABC" in out
    assert "[link=https://x.invalid]ẩn[/link]" in out  # nothing hidden behind a link


def _respond(pkg: Path, tmp_path: Path) -> None:
    """The inspector queries 1.1, the school answers with markup in its response (now in the log)."""
    wb_path = tmp_path / "vong-1.xlsx"
    make_review_workbook(pkg, wb_path)
    wb = openpyxl.load_workbook(wb_path)
    ws = wb[SHEET_38]
    heads = {str(c.value): c.column for c in ws[2] if c.value}
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, heads[H_CODE]).value == "1.1")
    ws.cell(row, heads[H_INSPECTOR], "Không đạt")
    ws.cell(row, heads[H_COMMENT], "Thiếu [bold]quyết định")
    wb.save(wb_path)
    import_review_workbook(pkg, wb_path, actor="Nguyễn [/i] An", role=Role.INSPECTOR, at=T1, signer=INSPECTOR_SIGNER)
    wb = openpyxl.load_workbook(wb_path)
    wb[SHEET_38].cell(row, heads[H_RESPONSE], RESPONSE)
    wb.save(wb_path)
    import_review_workbook(pkg, wb_path, actor="Trần Thị Bình", role=Role.SCHOOL, at=T2, signer=INSPECTOR_SIGNER)


def test_a_response_with_markup_in_the_log_does_not_break_every_later_review(pkg: Path, tmp_path: Path) -> None:
    _respond(pkg, tmp_path)
    for _ in range(2):  # the log is append-only: every later run reads the same response
        out = flat(invoke("review", str(pkg)))
        assert "Đã bổ sung [/bold] quyết định" in out and "[link=https://x.invalid]ẩn[/link]" in out


def test_rollup_prints_the_school_name_literally(pkg: Path, tmp_path: Path) -> None:
    out = flat(invoke("rollup", str(pkg.parent), "--out", str(tmp_path / "out")))
    assert "[/bold] ABC" in out and "ẩn" in out


def test_terminal_control_sequences_in_user_text_never_reach_the_terminal() -> None:
    from rich.table import Table

    from accredit.cli.output import console

    table = Table(title="Trường \x1b]0;tiêu đề\x07A")
    table.add_column("Tên")
    table.add_row("Quyết định\x1b[2J\x1b[31m số 12")
    with console.capture() as captured:
        console.print("Trường\x1b[5m B \x9b31m", table)
    out = captured.get()
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert "Quyết định[2J[31m số 12" in out and "Trường[5m B" in out  # the text stays, only the controls go
