"""``accredit run`` on a copy of the bundled demo: the whole job, end to end, on real files."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.demo import copy_demo, demo_source
from accredit.run import RunSummary, run_workspace
from accredit.workspace import load_workspace

runner = CliRunner()
AT = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def tree_digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode() + p.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunSummary, str]:
    before = tree_digest(demo_source())
    root = copy_demo(tmp_path_factory.mktemp("demo") / "school")
    summary = run_workspace(load_workspace(root), AT)
    return root, summary, before


def test_the_demo_tells_its_story(demo_run: tuple[Path, RunSummary, str]) -> None:
    _, summary, _ = demo_run
    assert summary.scan.files >= 60 and not summary.scan.issues
    assert {"pdf", "docx", "xlsx"} <= set(summary.scan.by_kind)
    by_id = {f.framework: f for f in summary.frameworks}
    tt38, tt35 = by_id["tt38-2026/co-so-gdnn"], by_id["tt35-2021/truong-cao-dang"]
    assert not tt38.passed and tt38.minimal_fix == ["CS06", "CS10"]  # every condition met, two indices missed
    assert not tt35.passed and tt35.total == 68 and tt35.max == 100
    assert any("kiểm định" in b for b in tt35.blockers)  # not yet accredited: the gate is closed
    assert summary.target == "tt35-2021/truong-cao-dang"


def test_reports_are_written_and_readable(demo_run: tuple[Path, RunSummary, str]) -> None:
    root, summary, _ = demo_run
    files = {Path(f).suffix: Path(f) for f in summary.files if Path(f).stem == "bao-cao-tu-danh-gia-2026"}
    assert set(files) == {".xlsx", ".html", ".json"}
    # the Word documents: one per purpose and framework
    docs = {Path(f).name: Path(f) for f in summary.files if f.endswith(".docx")}
    assert set(docs) == {"bao-cao-chuan-co-so-gdnn-2026.docx",
                         "bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx",
                         "bao-cao-ket-qua-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx"}
    assert all(p.parent == root / "bao-cao" for p in files.values())
    wb = openpyxl.load_workbook(files[".xlsx"], read_only=True)
    cells = {str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v}
    assert any("CS06" in c for c in cells) and any("Trường Cao đẳng Kỹ thuật Công nghệ Mẫu" in c for c in cells)
    doc = Document(str(docs["bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx"]))
    doc_text = "\n".join(p.text for p in doc.paragraphs)
    heading = doc.tables[0].rows[0].cells[0].text
    assert "TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ MẪU" in heading and "PHẦN II. TỰ ĐÁNH GIÁ" in doc_text
    standard = Document(str(docs["bao-cao-chuan-co-so-gdnn-2026.docx"]))
    table_text = {c.text for t in standard.tables for row in t.rows for c in row.cells}
    assert any(c.startswith("Chỉ số 06") for c in table_text)  # the index the school misses, in Phụ lục II (b)
    report = json.loads(files[".json"].read_text(encoding="utf-8"))
    assert report  # machine-readable report parses

    class Links(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.hrefs: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.hrefs += [v or "" for k, v in attrs if k in ("href", "src")]

    parser = Links()
    parser.feed(files[".html"].read_text(encoding="utf-8"))
    assert not [h for h in parser.hrefs if h.startswith(("http:", "https:", "//"))]
    roadmap = [Path(f) for f in summary.files if "lo-trinh" in f]
    assert {p.suffix for p in roadmap} == {".xlsx", ".svg", ".png"} and all(p.stat().st_size for p in roadmap)


def test_the_bundled_demo_is_never_written(demo_run: tuple[Path, RunSummary, str]) -> None:
    _, _, before = demo_run
    assert tree_digest(demo_source()) == before
    assert not (demo_source() / "bao-cao").exists() or not any((demo_source() / "bao-cao").iterdir())


def test_cli_json_equals_api_and_rerun_keeps_edits(tmp_path: Path) -> None:
    root = tmp_path / "school"
    result = runner.invoke(app, ["run", "--out", str(root), "--json", "--format", "json"])
    assert result.exit_code == 0, result.output
    cli = json.loads(result.stdout)
    ratings = root / "du-lieu" / "tu-danh-gia_2026_tt35-2021_truong-cao-dang.xlsx"
    wb = openpyxl.load_workbook(ratings)
    wb["Tiêu chí 5"].cell(5, 10, "Ghi chú của cán bộ khảo thí")  # a person's edit in the copy
    wb.save(ratings)
    api = run_workspace(load_workspace(root), AT, formats="json")
    again = runner.invoke(app, ["run", "--out", str(root), "--json", "--format", "json"])
    assert again.exit_code == 0
    assert openpyxl.load_workbook(ratings)["Tiêu chí 5"].cell(5, 10).value == "Ghi chú của cán bộ khảo thí"
    rerun = json.loads(again.stdout)
    assert rerun == api.model_dump(mode="json")  # same workspace, same state: the CLI prints the API result
    assert {k: v for k, v in cli.items() if k != "scan"} == {k: v for k, v in rerun.items() if k != "scan"}
    assert cli["scan"]["new"] == 66 and rerun["scan"]["unchanged"] == 66


def test_refuses_a_non_empty_folder_that_is_not_a_workspace(tmp_path: Path) -> None:
    (tmp_path / "other.txt").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["run", "--out", str(tmp_path)])
    assert result.exit_code == 3
    assert "không phải workspace" in result.output


def test_a_new_workspace_gets_its_workbooks_once(tmp_path: Path) -> None:
    from accredit.workspace import AssessmentSettings, SchoolInfo, WorkspaceConfig, init_workspace

    ws = init_workspace(tmp_path / "school", WorkspaceConfig(
        school=SchoolInfo(name="Trường Trung cấp Thử"),
        assessment=AssessmentSettings(year=2026, frameworks=["tt38-2026/co-so-gdnn"]),
    ))
    first = run_workspace(ws, AT, formats="json")
    ratings = ws.data_dir / "tu-danh-gia_2026_tt38-2026_co-so-gdnn.xlsx"
    data = ws.data_dir / "so-lieu_tt38-2026_co-so-gdnn.xlsx"
    assert ratings.is_file() and data.is_file()
    assert sum("tu-danh-gia" in n or "so-lieu" in n for n in first.notes) == 2
    assert first.frameworks[0].passed is False and first.frameworks[0].total == 0  # nothing rated: never a pass
    wb = openpyxl.load_workbook(ratings)
    wb["Điều kiện 1"].cell(3, 6, "Đạt")
    wb.save(ratings)
    second = run_workspace(ws, AT, formats="json")
    assert not any("tu-danh-gia" in n and "Đã tạo" in n for n in second.notes)
    assert openpyxl.load_workbook(ratings)["Điều kiện 1"].cell(3, 6).value == "Đạt"
