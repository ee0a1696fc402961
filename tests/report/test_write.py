"""Writing the reports: chosen formats, atomic files, a re-run replaces them, a failure keeps the old ones."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from openpyxl import load_workbook

from accredit.report import FORMATS, ReportError, ReportInput, parse_formats, write_reports
from accredit.report import docx as docx_module
from accredit.workspace import SchoolInfo


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".tmp")


def test_parse_formats() -> None:
    assert parse_formats("json, XLSX,html") == ["xlsx", "html", "json"]
    assert parse_formats("all") == list(FORMATS)
    with pytest.raises(ReportError, match="pdf"):
        parse_formats("xlsx,pdf")
    with pytest.raises(ReportError):
        parse_formats(" , ")


def test_writes_every_format(tmp_path: Path, report_input: ReportInput) -> None:
    paths = write_reports(report_input, tmp_path / "out")
    docx = ["bao-cao-chuan-co-so-gdnn-2026.docx", "bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx",
            "bao-cao-ket-qua-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx"]
    assert [p.name for p in paths] == [
        "bao-cao-tu-danh-gia-2026.xlsx", "bao-cao-tu-danh-gia-2026.html", *docx, "bao-cao-tu-danh-gia-2026.json"
    ]
    assert all(p.stat().st_size > 1000 for p in paths)
    assert leftovers(tmp_path / "out") == []
    if os.name == "posix":
        mask = os.umask(0)
        os.umask(mask)
        assert all(p.stat().st_mode & 0o777 == 0o666 & ~mask for p in paths)


def test_rerun_replaces_content_cleanly(tmp_path: Path, report_input: ReportInput) -> None:
    out = tmp_path / "out"
    write_reports(report_input, out, ["xlsx", "json"])
    renamed = report_input.model_copy(update={"school": SchoolInfo(name="Trường Trung cấp Mới")})
    paths = write_reports(renamed, out, ["xlsx", "json"])
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)
    assert json.loads(paths[1].read_text(encoding="utf-8"))["school"]["name"] == "Trường Trung cấp Mới"
    wb = load_workbook(io.BytesIO(paths[0].read_bytes()))
    assert wb["Tổng hợp"]["A2"].value == "Trường Trung cấp Mới"


def test_failure_while_rendering_keeps_previous_reports(
    tmp_path: Path, report_input: ReportInput, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = write_reports(report_input, out, ["html", "docx"])
    before = {p.name: p.read_bytes() for p in first}

    def broken(_doc: object) -> bytes:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(docx_module, "render_document", broken)  # the Word renderer
    renamed = report_input.model_copy(update={"school": SchoolInfo(name="Tên khác")})
    with pytest.raises(RuntimeError):
        write_reports(renamed, out, ["html", "docx"])
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # html not half-updated either


def test_out_dir_that_is_a_file(tmp_path: Path, report_input: ReportInput) -> None:
    blocker = tmp_path / "out"
    blocker.write_text("x")
    with pytest.raises(ReportError, match="không phải thư mục"):
        write_reports(report_input, blocker, ["json"])
