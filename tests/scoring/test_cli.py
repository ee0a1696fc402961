"""The commands on a real workspace: JSON equals the API for every command; exit codes; located errors."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import yaml
from typer.testing import CliRunner

from accredit import service
from accredit.cli.app import app
from accredit.i18n.message import Messages
from accredit.model.framework import RequirementKind
from accredit.scoring.workspace import data_templates, indicator_reports, ratings_templates
from accredit.workspace import Workspace
from tests.indicators.filling import fill_tt38
from tests.scoring.builders import TT35, TT38, links, make_ws, real

vi = Messages("vi")


runner = CliRunner()


pytestmark = pytest.mark.usefixtures("vietnamese")


def run(ws: Workspace, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--workspace", str(ws.root)])
    return result.exit_code, result.stdout, result.stderr


def dump(models) -> object:
    return json.loads(json.dumps([m.model_dump(mode="json", context=vi.context) for m in models], ensure_ascii=False))


def rate_everything(ws: Workspace, status: str = "Đạt") -> None:
    """Open each ratings workbook and rate every requirement (and every window year)."""
    for path in ws.data_dir.glob("tu-danh-gia_*.xlsx"):
        wb = openpyxl.load_workbook(path)
        for sheet in wb.worksheets[1:]:
            heads = {c.value: c.column for c in sheet[2]}
            for r in range(3, sheet.max_row + 1):
                if sheet.cell(r, 1).value:
                    sheet.cell(r, heads["Trạng thái"], status)
                    for h, c in heads.items():
                        if str(h).startswith("Năm ") and sheet.cell(r, c).fill.fgColor.rgb != "00E7E6E6":
                            sheet.cell(r, c, status)
        wb.save(path)


def links_file(tmp_path: Path, framework_id: str) -> Path:
    fw = real(framework_id)
    path = tmp_path / "links.json"
    docs = [r.code for r in fw.requirements if r.kind != RequirementKind.INDICATOR]
    path.write_text(json.dumps([lk.model_dump(mode="json") for lk in links(fw, docs)], ensure_ascii=False))
    return path


def test_templates_json_equals_api(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT38, TT35)
    code, out, _ = run(ws, "ratings", "template", "--json")
    assert code == 0
    first = json.loads(out)
    assert [u["framework"] for u in first] == [TT38, TT35] and all(u["created"] for u in first)
    code, out, _ = run(ws, "ratings", "template", "--json")
    assert json.loads(out) == dump(ratings_templates(ws))
    code, out, _ = run(ws, "data", "template", "--json")
    assert code == 0 and [u["kind"] for u in json.loads(out)] == ["data", "data"]
    code, out, _ = run(ws, "data", "template", "--json")
    assert json.loads(out) == dump(data_templates(ws))
    assert sorted(p.name for p in ws.data_dir.iterdir()) == [
        "so-lieu_tt35-2021_truong-cao-dang.xlsx",
        "so-lieu_tt38-2026_co-so-gdnn.xlsx",
        "tu-danh-gia_2026_tt35-2021_truong-cao-dang.xlsx",
        "tu-danh-gia_2026_tt38-2026_co-so-gdnn.xlsx",
    ]


def test_indicators_json_equals_api_and_shows_the_trace(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT38)
    run(ws, "data", "template")
    fill_tt38(ws.data_dir / "so-lieu_tt38-2026_co-so-gdnn.xlsx")
    code, out, _ = run(ws, "indicators", "--json")
    assert code == 0
    data = json.loads(out)["reports"]
    assert data == dump(indicator_reports(ws))
    cs01 = next(r for r in data[0]["results"] if r["requirement"] == "CS01")
    assert cs01["value"] == 60 and cs01["numerator"] == 900 and cs01["denominator"] == 1500
    code, out, _ = run(ws, "indicators")
    assert code == 0 and "CS03" in out and "66,67%" in out and "Đạt" in out


def test_score_json_equals_api_and_exit_codes(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT38)
    run(ws, "ratings", "template")
    run(ws, "data", "template")
    fill_tt38(ws.data_dir / "so-lieu_tt38-2026_co-so-gdnn.xlsx")
    lf = links_file(tmp_path, TT38)
    # nothing rated yet: not passed, exit code 1, and a contract-shaped JSON object
    code, out, err = run(ws, "score", "--json", "--links", str(lf))
    assert code == 1
    result = json.loads(out)  # the result: one scorecard per workspace framework, and the notes
    (card,) = result["scorecards"]
    code, out, err = run(ws, "score", "--json", "--links", str(lf), "--framework", TT38)
    assert json.loads(out)["scorecards"] == [card]
    api = service.score(ws, links_file=lf)
    assert result == api.model_dump(mode="json", context=Messages("vi").context)
    assert card["passed"] is False and len(card["minimal_fix"]) == 20  # the 20 documentary requirements
    # rate everything met, with evidence: passes, exit code 0
    rate_everything(ws)
    code, out, _ = run(ws, "score", "--json", "--links", str(lf))
    assert code == 0, out
    (card,) = json.loads(out)["scorecards"]
    assert card["passed"] and card["total"] == card["max"] == 30 and card["minimal_fix"] == []
    code, out, _ = run(ws, "score", "--links", str(lf))
    assert code == 0 and "ĐẠT" in out
    # without links, every documentary 'Đạt' is unsupported → not evaluated, and a note says why
    code, out, err = run(ws, "score", "--json")
    assert code == 1 and "accredit evidence scan" in err
    result = json.loads(out)
    assert any("accredit evidence scan" in n["text"] for n in result["notes"])  # the notes are in the JSON
    (card,) = result["scorecards"]
    assert {r["status"] for r in card["requirements"] if r["code"][0].isdigit()} == {"not_evaluated"}


def test_score_several_frameworks_is_a_list_and_gates_use_the_other_results(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT38, TT35)
    code, out, _ = run(ws, "score", "--json")
    assert code == 1
    cards = json.loads(out)["scorecards"]
    assert [c["framework"] for c in cards] == [TT38, TT35]
    assert cards == dump(service.score(ws).scorecards)
    gate = next(r for r in cards[1]["rules"] if r["rule"] == "framework_passed")
    assert gate["passed"] is False and "chưa có quyết định công nhận" in gate["detail"]["text"]


def test_score_with_a_yaml_ratings_file(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT35)
    fw = real(TT35)
    doc = {
        "framework": TT35,
        "version": fw.content_hash,
        "year": 2026,
        "ratings": {"1.3": "Dat", "4.1": {"status": "Đạt", "years": {2024: "dat", 2025: "dat", 2026: "khong dat"}}},
        "external_results": [{"framework": "tt14-2024/truong", "passed": True, "note": "GCN 2025"}],
    }
    path = tmp_path / "ratings.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code, out, _ = run(ws, "score", "--ratings", str(path), "--links", str(links_file(tmp_path, TT35)), "--json")
    (card,) = json.loads(out)["scorecards"]
    by = {r["code"]: r for r in card["requirements"]}
    assert by["1.3"]["status"] == "met" and by["1.3"]["points"] == 4
    assert by["4.1"]["status"] == "not_met" and "2026" in by["4.1"]["reason"]["text"]
    assert next(r for r in card["rules"] if r["rule"] == "framework_passed")["passed"]
    assert code == 1


def test_errors_are_located_and_exit_3(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT35)
    run(ws, "ratings", "template")
    path = ws.data_dir / "tu-danh-gia_2026_tt35-2021_truong-cao-dang.xlsx"
    wb = openpyxl.load_workbook(path)
    wb["Tiêu chí 2"].cell(4, 6, "Tot")
    wb.save(path)
    code, _out, err = run(ws, "score")
    assert code == 3
    err = " ".join(err.split())  # the console wraps long lines
    assert "sheet 'Tiêu chí 2', dòng 4, cột F (Trạng thái): 'Tot' không phải trạng thái" in err
    code, _, err = run(ws, "--lang", "en", "score", "--framework", "nope/nope")
    assert code == 3 and "No criteria set 'nope/nope'" in err


def test_english_output(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT38)
    result = runner.invoke(app, ["--lang", "en", "score", "--workspace", str(ws.root)])
    assert result.exit_code == 1
    assert "NOT PASSED" in result.stdout and "not rated yet" in result.stdout


def test_links_come_from_the_evidence_index(tmp_path: Path) -> None:
    from docx import Document

    from accredit.evidence.service import scan_workspace
    from accredit.scoring.workspace import load_links

    ws = make_ws(tmp_path / "ws", TT35)
    assert load_links(ws) == []  # never scanned: no links, and the index is not created by scoring
    assert not any(ws.cache_dir.iterdir())
    doc = Document()
    doc.add_paragraph("QUYẾT ĐỊNH ban hành chương trình đào tạo chất lượng cao nghề Điện công nghiệp")
    doc.save(ws.evidence_dir / "H1.01.03.01 Quyet dinh chuong trinh CLC.docx")
    scan_workspace(ws)
    found = [lk for lk in load_links(ws) if lk.counts]
    assert [(lk.framework, lk.requirement) for lk in found] == [(TT35, "1.3")]
    assert run(ws, "ratings", "template")[0] == 0
    path = ws.data_dir / "tu-danh-gia_2026_tt35-2021_truong-cao-dang.xlsx"
    wb = openpyxl.load_workbook(path)
    sheet = wb["Tiêu chí 1"]
    heads = {c.value: c.column for c in sheet[2]}
    assert "H1.01.03.01" in sheet.cell(5, heads["Minh chứng đã liên kết (tự động)"]).value
    sheet.cell(5, heads["Trạng thái"], "Đạt")
    wb.save(path)
    _, out, _ = run(ws, "score", "--json", "--framework", TT35)
    by = {r["code"]: r for r in json.loads(out)["scorecards"][0]["requirements"]}
    assert by["1.3"]["status"] == "met" and by["1.3"]["points"] == 4


def test_ratings_for_another_year_are_refused_and_the_object_is_filled_in(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", "tt14-2024/truong")
    fw = real("tt14-2024/truong")
    path = tmp_path / "r.yaml"
    doc = {"framework": fw.id, "version": fw.content_hash, "year": 2025, "ratings": {"1.1": "Dat"}}
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    code, _, err = run(ws, "score", "--ratings", str(path))
    assert code == 3 and "năm 2025, không phải năm 2026" in " ".join(err.split())
    # no 'object' in the file: the workspace's (trường cao đẳng) decides the 3-year window
    doc = {
        "framework": fw.id,
        "version": fw.content_hash,
        "year": 2026,
        "ratings": {"1.1": {"status": "Dat", "years": {2025: "Dat", 2026: "Dat"}}},
    }
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    _, out, _ = run(ws, "score", "--ratings", str(path), "--json", "--links", str(links_file(tmp_path, fw.id)))
    r11 = next(r for r in json.loads(out)["scorecards"][0]["requirements"] if r["code"] == "1.1")
    assert r11["status"] == "not_evaluated" and "2024" in r11["reason"]["text"]


def test_own_accreditation_self_assessment_does_not_open_the_tt35_gate(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", "tt14-2024/truong", TT35)
    run(ws, "ratings", "template")
    rate_everything(ws)
    tt14 = real("tt14-2024/truong")
    run_result = service.score_all(service.read_inputs(ws, links=links(tt14, [r.code for r in tt14.requirements])))
    by_id = {c.framework: c for c in run_result.scorecards}
    assert by_id["tt14-2024/truong"].passed
    gate = next(r for r in by_id[TT35].rules if r.rule == "framework_passed")
    assert not gate.passed
    assert any("tự đánh giá theo TT 14/2024 đạt" in n for n in map(Messages("vi"), run_result.notes))
