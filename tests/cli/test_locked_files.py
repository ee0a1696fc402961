"""A file open in Excel or Word cannot be replaced on Windows: every command says which one, and to close it.

The lock is made the way Windows reports it: ``os.replace`` onto the file raises ``PermissionError``
(this holds even when the tests run as root, unlike a read-only mode).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.i18n import set_language
from accredit.workspace import (
    AssessmentSettings,
    OutputError,
    SchoolInfo,
    Workspace,
    WorkspaceConfig,
    init_workspace,
    write_atomic,
)

runner = CliRunner()
TT38 = "tt38-2026/co-so-gdnn"


@pytest.fixture(autouse=True)
def _vietnamese() -> object:
    set_language("vi")
    yield
    set_language(None)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    ws = init_workspace(tmp_path / "truong", WorkspaceConfig(
        school=SchoolInfo(name="Trường Trung cấp Thử", code="TC-01"),
        assessment=AssessmentSettings(year=2026, frameworks=[TT38]),
    ))
    doc = Document()
    doc.add_paragraph("QUYẾT ĐỊNH về việc thành lập Hội đồng tự đánh giá")
    doc.save(str(ws.evidence_dir / "[H1.01.01.01] Quyết định thành lập hội đồng.docx"))
    return ws


def lock(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Make ``target`` behave like a file open in Excel on Windows."""
    real = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str], *args: object, **kwargs: object) -> None:
        if Path(dst).resolve() == target.resolve():
            raise PermissionError(13, "The process cannot access the file because it is being used", str(dst))
        real(src, dst, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)


def assert_told_to_close(result: object, target: Path) -> None:
    assert result.exit_code == 3, result.output  # type: ignore[attr-defined]
    assert isinstance(result.exception, SystemExit)  # type: ignore[attr-defined]  # a message, no traceback
    out = " ".join(result.output.split())  # type: ignore[attr-defined]
    assert target.name in "".join(out.split()) and "Excel" in out and "đóng tệp" in out
    assert "PermissionError" not in out and "Traceback" not in out
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]  # no temporary file left


def test_ratings_template_on_an_open_workbook(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    first = runner.invoke(app, ["ratings", "template", "-w", str(ws.root)])
    assert first.exit_code == 0, first.output
    target = next(ws.data_dir.glob("tu-danh-gia_*.xlsx"))
    before = target.read_bytes()
    lock(monkeypatch, target)
    assert_told_to_close(runner.invoke(app, ["ratings", "template", "-w", str(ws.root)]), target)
    assert target.read_bytes() == before


def test_evidence_register_force_on_an_open_register(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    assert runner.invoke(app, ["evidence", "scan", "-w", str(ws.root), "--no-ocr", "--workers", "1"]).exit_code == 0
    first = runner.invoke(app, ["evidence", "register", "-w", str(ws.root)])
    assert first.exit_code == 0, first.output
    target = next(ws.output_dir.glob("*.xlsx"))
    lock(monkeypatch, target)
    assert_told_to_close(runner.invoke(app, ["evidence", "register", "-w", str(ws.root), "--force"]), target)


def test_package_over_an_open_package(ws: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert runner.invoke(app, ["evidence", "scan", "-w", str(ws.root), "--no-ocr", "--workers", "1"]).exit_code == 0
    target = tmp_path / "ho-so.zip"
    lock(monkeypatch, target)
    assert_told_to_close(runner.invoke(app, ["package", "-w", str(ws.root), "--out", str(target)]), target)
    assert not target.exists()


def test_report_uses_the_same_message(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    assert runner.invoke(app, ["evidence", "scan", "-w", str(ws.root), "--no-ocr", "--workers", "1"]).exit_code == 0
    target = ws.output_dir / "bao-cao-tu-danh-gia-2026.json"
    lock(monkeypatch, target)
    assert_told_to_close(runner.invoke(app, ["report", "-w", str(ws.root), "--format", "json"]), target)


def test_write_atomic_raises_one_error_type(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.xlsx"
    write_atomic(target, b"old")
    lock(monkeypatch, target)
    with pytest.raises(OutputError) as caught:
        write_atomic(target, b"new")
    assert caught.value.path == target and isinstance(caught.value.__cause__, PermissionError)
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx"]
