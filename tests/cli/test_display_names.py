"""Frameworks are shown to people by their regulation and title, never by the internal id."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from accredit.catalog.registry import default_catalog, framework_name, framework_short_name
from accredit.cli.app import app
from accredit.i18n import set_language
from accredit.model.framework import display_name, short_name, short_name_of_id
from accredit.workspace import AssessmentSettings, SchoolInfo, WorkspaceConfig, init_workspace


def test_every_framework_has_a_distinct_display_name_without_its_id() -> None:
    catalog = default_catalog()
    names = {fid: display_name(catalog.get(fid)) for fid in catalog.frameworks}
    shown = {fid: framework_name(fid) for fid in catalog.frameworks}  # an older version says it is one
    assert len(set(shown.values())) == len(shown)
    assert shown["tt35-2021/truong-cao-dang"] == names["tt35-2021/truong-cao-dang"] + " (phiên bản dữ liệu cũ)"
    assert shown["tt35-2021/truong-cao-dang-v2"] == names["tt35-2021/truong-cao-dang-v2"]
    for fid, name in names.items():
        assert fid not in name and "(Thông tư" not in name and name.startswith("TT ")
        assert short_name(catalog.get(fid)) == short_name_of_id(fid) == name.split(" — ")[0]
    assert names["tt35-2021/truong-cao-dang"] == "TT 35/2021 — Trường cao đẳng chất lượng cao"
    assert names["tt14-2024/truong"] == "TT 14/2024 — Kiểm định trường trung cấp, trường cao đẳng"


def test_an_unknown_id_is_shown_as_it_is() -> None:
    assert framework_name("khong-co/bo-nay") == "khong-co/bo-nay"
    assert framework_short_name("khong-co/bo-nay") == short_name_of_id("khong-co/bo-nay") == "khong-co/bo-nay"


def test_evidence_links_and_package_name_the_regulation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    set_language("vi")
    ws = init_workspace(tmp_path / "truong", WorkspaceConfig(
        school=SchoolInfo(name="Trường Trung cấp Thử"),
        assessment=AssessmentSettings(year=2026, frameworks=["tt38-2026/co-so-gdnn-v3"]),
    ))
    doc = Document()
    doc.add_paragraph("Quyết định thành lập hội đồng")
    doc.save(str(ws.evidence_dir / "[H1.01.01.01] Quyết định.docx"))
    runner = CliRunner()
    assert runner.invoke(app, ["evidence", "scan", "-w", str(ws.root), "--no-ocr", "--workers", "1"]).exit_code == 0
    links = runner.invoke(app, ["evidence", "links", "-w", str(ws.root)], env={"COLUMNS": "200"})
    assert links.exit_code == 0, links.output
    assert "TT 38/2026" in links.output and "tt38-2026/co-so-gdnn" not in links.output
    package = runner.invoke(app, ["package", "-w", str(ws.root), "--out", str(tmp_path / "p.zip")],
                            env={"COLUMNS": "200"})
    assert package.exit_code == 0, package.output
    assert "TT 38/2026 — Chuẩn cơ sở giáo dục nghề nghiệp" in package.output
    assert "tt38-2026/co-so-gdnn" not in package.output
    set_language(None)
