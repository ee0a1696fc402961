"""The CLI is a thin shell: `--json` output equals the library's result; errors exit cleanly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.evidence import service
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.scan import ScanOptions
from accredit.workspace import Workspace, load_workspace
from tests.evidence.conftest import FW_ID, make_admin_pdf, make_docx

runner = CliRunner()
KH = "Kế hoạch bồi dưỡng nhà giáo.docx"
QD = "TC4.TC2/[H1.04.02.01] Quyết định thành lập hội đồng.pdf"


def run(*args: str) -> Any:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def dump(model: Any) -> Any:
    if isinstance(model, list):
        return [m.model_dump(mode="json") for m in model]
    return model.model_dump(mode="json")


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    make_docx(workspace.evidence_dir / KH,
              paragraphs=["KẾ HOẠCH", "Bồi dưỡng nhà giáo cập nhật công nghệ mới năm 2024"])
    make_admin_pdf(workspace.evidence_dir / QD)
    (workspace.evidence_dir / "rỗng.pdf").write_bytes(b"")
    return workspace


def test_init_creates_a_workspace(criteria_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "Trường A"
    data = run("init", str(target), "--framework", FW_ID, "--year", "2025", "--name", "Trường Cao đẳng A",
               "--province", "Lạng Sơn", "--json")
    ws = load_workspace(target)
    assert data["root"] == str(ws.root) and data["config"] == ws.config.model_dump(mode="json")
    assert data["folders"] == [str(d) for d in (ws.evidence_dir, ws.data_dir, ws.output_dir, ws.cache_dir)]
    assert ws.config.assessment.frameworks == [FW_ID] and ws.config.assessment.year == 2025
    assert all(d.is_dir() for d in (ws.evidence_dir, ws.data_dir, ws.output_dir, ws.cache_dir))
    again = runner.invoke(app, ["init", str(target), "--framework", FW_ID, "--year", "2025", "--name", "A"])
    assert again.exit_code == 3 and "accredit.toml" in again.output


def test_init_rejects_unknown_framework(criteria_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "x"), "--framework", "tt99-2030/khong-co", "--year", "2025",
                                 "--name", "A"])
    assert result.exit_code == 3
    assert "tt99-2030/khong-co" in result.output
    assert not (tmp_path / "x" / "accredit.toml").exists()


def test_scan_list_show_check_json_equal_api(ws: Workspace) -> None:
    service.scan_workspace(ws, workers=1)
    result = run("evidence", "scan", "--workspace", str(ws.root), "--workers", "1", "--json")
    assert result["cancelled"] is False and result["notes"] == []
    cli = result["report"]
    api = service.scan_workspace(ws, workers=1)
    assert cli == dump(api)
    assert cli["issues"] == [{"path": "rỗng.pdf", "status": "error", "problem": "empty", "detail": None}]
    listed = run("evidence", "list", "--workspace", str(ws.root), "--json")["records"]
    assert listed == dump(service.list_evidence(ws))
    assert run("evidence", "list", "-w", str(ws.root), "--status", "error", "--json")["records"] == dump(
        service.list_evidence(ws, status="error"))  # type: ignore[arg-type]
    assert run("evidence", "show", QD, "-w", str(ws.root), "--json") == dump(service.show_evidence(ws, QD))
    assert run("evidence", "check", "-w", str(ws.root), "--json") == dump(service.check_workspace(ws))
    assert run("evidence", "links", "-w", str(ws.root), "--json")["links"] == dump(service.evidence_links(ws))
    counted = run("evidence", "links", "-w", str(ws.root), "--counted", "--json")["links"]
    assert counted == dump(service.evidence_links(ws, include_suggestions=False)) and len(counted) == 1


def _twin(ws: Workspace, tmp_path: Path) -> Workspace:
    """A copy of the workspace, to run the same mutation through the API."""
    copy = tmp_path / "twin"
    shutil.copytree(ws.root, copy)
    return load_workspace(copy)


@pytest.mark.parametrize(
    ("args", "call"),
    [
        (["link", KH, "2.5", "H1.02.01.03"], lambda w: service.link_files(w, [KH], ["2.5", "H1.02.01.03"])),
        (["unlink", QD], lambda w: service.unlink_files(w, [QD])),
        (["confirm", "--top", "1", "--yes"], lambda w: service.confirm_suggestions(w, top=1)),
    ],
)
def test_link_commands_json_equal_api(ws: Workspace, tmp_path: Path, args: list[str], call) -> None:  # type: ignore[no-untyped-def]
    service.scan_workspace(ws, workers=1, options=ScanOptions(extract=ExtractOptions(ocr=False)))
    twin = _twin(ws, tmp_path)
    cli = run("evidence", *args, "--workspace", str(ws.root), "--json")
    assert cli == dump(call(twin))
    assert cli["added"] + cli["removed"] + cli["confirmed"] >= 1


def test_register_and_import_json_equal_api(ws: Workspace, tmp_path: Path) -> None:
    service.scan_workspace(ws, workers=1)
    twin = _twin(ws, tmp_path)
    cli = run("evidence", "register", "-w", str(ws.root), "--json")
    api = service.write_register(twin)
    assert {k: v for k, v in cli.items() if k != "path"} == {k: v for k, v in dump(api).items() if k != "path"}
    assert Path(cli["path"]).is_file()
    imported = run("evidence", "register", "-w", str(ws.root), "--import", cli["path"], "--json")
    assert imported == dump(service.import_register(ws, Path(cli["path"])))


def test_import_errors_exit_1_with_a_located_table(ws: Workspace) -> None:
    from openpyxl import load_workbook

    from accredit.evidence.register import COLUMNS, HEADER_ROW

    service.scan_workspace(ws, workers=1)
    path = Path(service.write_register(ws).path)
    wb = load_workbook(path)
    sheet = wb["Minh chứng TT 35-2021"]
    col = [k for k, _, _ in COLUMNS].index("requirement") + 1
    row = next(r for r in range(HEADER_ROW + 1, sheet.max_row + 1) if sheet.cell(r, 9).value == QD)
    sheet.cell(row, col).value = "7.7"
    wb.save(path)
    result = runner.invoke(app, ["--lang", "en", "evidence", "register", "-w", str(ws.root), "--import", str(path)])
    assert result.exit_code == 1
    assert "Minh chứng TT 35-2021" in result.output and str(row) in result.output and "7.7" in result.output
    assert "nothing applied" in result.output


def test_human_output_and_errors(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ws.evidence_dir)  # found from the current directory
    out = runner.invoke(app, ["evidence", "scan", "--workers", "1"])
    assert out.exit_code == 0 and "rỗng.pdf" in out.output and "tệp rỗng" in out.output
    en = runner.invoke(app, ["--lang", "en", "evidence", "list"])
    assert en.exit_code == 0 and "Evidence (3 files)" in en.output
    bad = runner.invoke(app, ["evidence", "link", "không có.pdf", "2.5"])
    assert bad.exit_code == 3 and "không có.pdf" in bad.output
    code = runner.invoke(app, ["--lang", "en", "evidence", "link", KH, "9.9"])
    assert code.exit_code == 3 and "no requirement '9.9'" in code.output


def test_no_workspace_is_a_clean_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["evidence", "list"])
    assert result.exit_code == 3 and "accredit.toml" in result.output
