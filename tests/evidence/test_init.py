"""`accredit init`: the demo's Vietnamese folder names, one evidence folder per framework bound to
it, --code, and warnings for a superseded framework or a target that does not fit the school."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.demo import demo_source
from accredit.evidence import service
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.scan import ScanOptions
from accredit.model.evidence import LinkOrigin
from accredit.workspace import load_workspace
from tests.evidence.conftest import make_docx

runner = CliRunner()
TT14 = "tt14-2024/truong"
TT15 = "tt15-2017/truong"
TT35 = "tt35-2021/truong-cao-dang-v2"
TT38 = "tt38-2026/co-so-gdnn-v3"


@pytest.fixture(autouse=True)
def real_criteria(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCREDIT_CRITERIA", raising=False)


def init(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["init", *args])
    return result.exit_code, " ".join(result.output.split())


def test_init_lays_out_the_workspace_as_the_demo(tmp_path: Path) -> None:
    code, _ = init(str(tmp_path / "Trường A"), "--framework", TT38, "--framework", TT35, "--year", "2026",
                   "--name", "Trường Cao đẳng A", "--code", "CDA-01", "--target", TT35)
    assert code == 0
    ws = load_workspace(tmp_path / "Trường A")
    demo = load_workspace(demo_source())
    assert ws.config.paths == demo.config.paths  # minh-chung, du-lieu, bao-cao, .accredit
    assert ws.config.evidence.code_scopes == demo.config.evidence.code_scopes
    assert ws.config.school.code == "CDA-01"
    for folder in [*ws.config.evidence.code_scopes, "Chung"]:
        assert (ws.evidence_dir / folder).is_dir()
        assert (demo_source() / demo.config.paths.evidence / folder).is_dir()  # the demo's own folder names
    assert all(d.is_dir() for d in (ws.data_dir, ws.output_dir, ws.cache_dir))


def test_files_in_a_framework_folder_link_to_that_framework_only(tmp_path: Path) -> None:
    code, _ = init(str(tmp_path / "B"), "--framework", TT14, "--framework", TT38, "--year", "2026", "--name", "B")
    assert code == 0
    ws = load_workspace(tmp_path / "B")
    folders = {fid: folder for folder, fid in ws.config.evidence.code_scopes.items()}
    in_tt38 = f"{folders[TT38]}/Điều kiện 2/MC.2.3.01 Kế hoạch tuyển dụng nhà giáo.docx"
    in_tt14 = f"{folders[TT14]}/MC.2.3.01 Quy chế tuyển sinh.docx"
    box_in_tt38 = f"{folders[TT38]}/[H5.05.01.01] Báo cáo nguồn tài chính.docx"
    for name in (in_tt38, in_tt14, box_in_tt38):
        make_docx(ws.evidence_dir / name, paragraphs=["BÁO CÁO", name])
    service.scan_workspace(ws, options=ScanOptions(workers=1, extract=ExtractOptions(ocr=False)))
    links: dict[str, set[tuple[str, str]]] = {}
    for lk in service.evidence_links(ws):
        if lk.origin == LinkOrigin.CODE:
            links.setdefault(lk.path, set()).add((lk.framework, lk.requirement))
    assert links == {in_tt38: {(TT38, "2.3")}, in_tt14: {(TT14, "2.3")}, box_in_tt38: {(TT38, "5.1")}}


def test_init_warns_on_a_superseded_framework_and_an_unfitting_target(tmp_path: Path) -> None:
    code, out = init(str(tmp_path / "C"), "--framework", TT15, "--year", "2026", "--name", "Trường Trung cấp C",
                     "--object", "truong_trung_cap", "--target", TT35)
    assert code == 0
    assert "TT 15/2017" in out and "hết hiệu lực" in out and "TT 14/2024" in out
    assert "mục tiêu TT 35/2021" in out and "trường trung cấp" in out
    assert TT15 not in out and TT35 not in out and "truong_trung_cap" not in out  # no internal ids


def test_init_json_has_the_scopes(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "D"), "--framework", TT38, "--year", "2026", "--name", "D",
                                 "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["config"]["evidence"]["code_scopes"] == {"TT38 - Chuẩn cơ sở GDNN": TT38}
    assert data["config"]["paths"]["evidence"] == "minh-chung"
