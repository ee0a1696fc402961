"""``accredit report`` on a real workspace: ratings, data and evidence read from disk; JSON equals the API."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

import openpyxl
from docx import Document

from accredit import service
from accredit.i18n.message import Messages
from accredit.report.workspace import report_input
from accredit.service import reports as write_workspace_reports
from accredit.workspace import Workspace, init_workspace
from tests.indicators.filling import fill_tt38
from tests.scoring.builders import TT38, make_ws
from tests.scoring.test_cli import rate_everything, run

STORY = "Hội đồng tự đánh giá <b>đã</b> họp 4 lần trong năm."
EVIDENCE = "1. Tổ chức bộ máy/[H1.01.01.01] Quyết định thành lập trường.docx"


def write_narrative(ws: Workspace, code: str, text: str) -> None:
    """Type a 'Mô tả hiện trạng' in the ratings workbook, as a person would."""
    path = next(ws.data_dir.glob("tu-danh-gia_*tt38*.xlsx"))
    wb = openpyxl.load_workbook(path)
    for sheet in wb.worksheets[1:]:
        heads = {c.value: c.column for c in sheet[2]}
        for r in range(3, sheet.max_row + 1):
            if sheet.cell(r, 1).value == code:
                sheet.cell(r, heads["Mô tả hiện trạng"], text)
                wb.save(path)
                return
    raise AssertionError(code)


def school_workspace(tmp_path: Path, target: str | None = None) -> Workspace:
    ws = make_ws(tmp_path / "ws", TT38)
    if target is not None:
        config = ws.config.model_copy(deep=True)
        config.assessment.target = target
        ws = init_workspace(ws.root, config, overwrite=True)
    target = ws.evidence_dir / EVIDENCE
    target.parent.mkdir(parents=True)
    doc = Document()
    doc.add_paragraph("QUYẾT ĐỊNH Về việc thành lập Trường Cao đẳng Kỹ thuật Thử nghiệm")
    doc.save(str(target))
    assert run(ws, "evidence", "scan")[0] == 0
    run(ws, "ratings", "template")
    run(ws, "data", "template")
    fill_tt38(ws.data_dir / "so-lieu_tt38-2026_co-so-gdnn.xlsx")
    rate_everything(ws)
    write_narrative(ws, "1.1", STORY)
    return ws


def test_report_json_equals_api_and_files_hold_the_workspace(tmp_path: Path) -> None:
    ws = school_workspace(tmp_path)
    code, out, err = run(ws, "report", "--json")
    assert code == 0, err
    data = json.loads(out)
    api = write_workspace_reports(ws, datetime(2026, 1, 1, tzinfo=UTC))
    assert data == api.model_dump(mode="json", context=Messages("vi").context)
    assert [Path(f).name for f in data["files"]] == [
        "bao-cao-tu-danh-gia-2026.xlsx", "bao-cao-tu-danh-gia-2026.html", "bao-cao-chuan-co-so-gdnn-2026.docx",
        "bao-cao-tu-danh-gia-2026.json",
    ]
    assert data["out_dir"] == str(ws.output_dir) and data["evidence_files"] == 1
    assert [f["framework"] for f in data["frameworks"]] == [TT38]

    report = json.loads((ws.output_dir / "bao-cao-tu-danh-gia-2026.json").read_text(encoding="utf-8"))
    r11 = next(r for r in report["frameworks"][0]["requirements"] if r["code"] == "1.1")
    assert r11["narrative"]["current_state"] == STORY
    assert r11["evidence_codes"] == ["H1.01.01.01"] and r11["status"] == "met"
    cs01 = next(i for i in report["frameworks"][0]["indicators"] if i["requirement"] == "CS01")
    assert cs01["value"] == 60  # 900 / 1500 typed in the data workbook

    doc = Document(io.BytesIO((ws.output_dir / "bao-cao-chuan-co-so-gdnn-2026.docx").read_bytes()))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert any(c.startswith("H1.01.01.01") for c in cells)  # the form's "Minh chứng" column

    html = (ws.output_dir / "bao-cao-tu-danh-gia-2026.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;đã&lt;/b&gt;" in html
    href = html.split('class="ev" href="', 1)[1].split('"', 1)[0]
    assert href.startswith("../evidence/") and (ws.output_dir / unquote(href)).is_file()


def test_report_out_and_formats(tmp_path: Path) -> None:
    ws = school_workspace(tmp_path)
    out = tmp_path / "gửi Sở"
    code, stdout, _ = run(ws, "report", "--format", "html,json", "--out", str(out))
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == ["bao-cao-tu-danh-gia-2026.html", "bao-cao-tu-danh-gia-2026.json"]
    assert "Đã ghi 2 báo cáo" in stdout and "CHƯA ĐẠT" in stdout
    html = (out / "bao-cao-tu-danh-gia-2026.html").read_text(encoding="utf-8")
    href = html.split('class="ev" href="', 1)[1].split('"', 1)[0]
    assert href.startswith("../ws/evidence/") and (out / unquote(href)).is_file()


def test_unknown_format_is_a_clear_error(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT38)
    code, _, err = run(ws, "report", "--format", "xlsx,pdf")
    assert code == 3
    assert "pdf" in err and "xlsx, html, docx, json" in err
    assert not any(ws.output_dir.iterdir())


def test_empty_workspace_reports_not_evaluated_and_notes(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT38)
    inputs = service.read_inputs(ws)
    scored = service.score_all(inputs)
    inp = report_input(inputs, scored.scorecards, None, datetime(2026, 1, 1, tzinfo=UTC))
    notes = [Messages("vi")(n) for n in scored.notes]
    assert inp.evidence == [] and inp.links == []
    card = inp.sections[0].scorecard
    assert not card.passed and {r.status.value for r in card.requirements} == {"not_evaluated"}
    assert any("accredit evidence scan" in n for n in notes)
    code, _, err = run(ws, "report", "--format", "json")
    assert code == 0 and "accredit evidence scan" in err


def test_report_shows_the_roadmap_toward_the_target(tmp_path: Path) -> None:
    ws = school_workspace(tmp_path, target=TT38)
    code, out, err = run(ws, "report", "--json", "--format", "html,json")
    assert code == 0, err
    data = json.loads(out)
    report = json.loads((ws.output_dir / "bao-cao-tu-danh-gia-2026.json").read_text(encoding="utf-8"))
    roadmap = report["roadmap"]
    assert data["roadmap"] == TT38 == roadmap["target"]
    assert data["earliest_year"] == roadmap["earliest_year"]
    html = (ws.output_dir / "bao-cao-tu-danh-gia-2026.html").read_text(encoding="utf-8")
    assert 'id="roadmap"' in html and 'class="panel"' in html  # the roadmap package's own chart
    assert all(a["title"]["text"].split(":")[0] in html for a in roadmap["actions"])


def test_report_without_target_has_no_roadmap(tmp_path: Path) -> None:
    ws = school_workspace(tmp_path)
    code, out, _ = run(ws, "report", "--json", "--format", "json")
    assert code == 0 and json.loads(out)["roadmap"] is None
    report = json.loads((ws.output_dir / "bao-cao-tu-danh-gia-2026.json").read_text(encoding="utf-8"))
    assert report["roadmap"] is None
