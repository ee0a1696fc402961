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
from accredit.evidence.extract import ocr
from accredit.evidence.service import show_evidence
from accredit.i18n.message import Messages
from accredit.model.evidence import ExtractStatus
from accredit.run import RunSummary, run_workspace
from accredit.workspace import load_workspace

runner = CliRunner()
VI = Messages("vi")
AT = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
# The demo's one image-only PDF (a photo with no text layer): read by OCR where Tesseract + Vietnamese is
# installed, otherwise listed as needing OCR — never silently "read" with no text. It is not the only
# evidence of its standard, so the demo's scores are the same on every machine.
SCANNED = frozenset({
    "TT38 - Chuẩn cơ sở GDNN/Điều kiện 4 - Cơ sở vật chất và thiết bị/"
    "[H1.04.02.01] Ảnh chụp khu ký túc xá và sân thể thao.pdf",
})
# Scans with their scanner's text layer (searchable PDFs): read without OCR.
SEARCHABLE = frozenset({
    "TT35 - Trường CĐ chất lượng cao/Tiêu chí 3 - Gắn kết doanh nghiệp/"
    "MC.3.5.01 Hợp đồng chuyển giao công nghệ năm 2024.pdf",
    "TT35 - Trường CĐ chất lượng cao/Tiêu chí 5 - Trình độ học sinh sinh viên/"
    "MC.5.1.01 Giấy chứng nhận giải Hội giảng và thi tay nghề.pdf",
    "TT38 - Chuẩn cơ sở GDNN/Điều kiện 2 - Đội ngũ nhà giáo và cán bộ quản lý/"
    "[H1.02.03.01] Quyết định bổ nhiệm cán bộ quản lý.pdf",
})


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
    assert summary.scan.files >= 60
    assert [(i.path, i.problem) for i in summary.scan.issues if i.path not in SCANNED] == []
    assert {"pdf", "docx", "xlsx"} <= set(summary.scan.by_kind)
    by_id = {c.framework: c for c in summary.scorecards}
    tt38, tt35 = by_id["tt38-2026/co-so-gdnn-v3"], by_id["tt35-2021/truong-cao-dang-v2"]
    assert not tt38.passed and tt38.minimal_fix == ["CS06", "CS10"]  # every condition met, two indices missed
    assert tt38.total == 28 and tt38.max == 30  # with or without Tesseract: the photo is not needed for 4.2
    assert not tt35.passed and tt35.total == 68 and tt35.max == 100
    assert any("kiểm định" in Messages("vi")(b.message) for b in tt35.blockers)  # not yet accredited
    assert summary.target == "tt35-2021/truong-cao-dang-v2"  # the current versions (TT 35 1.1 in full)


def test_the_scanned_photo_is_needs_ocr_without_tesseract(demo_run: tuple[Path, RunSummary, str]) -> None:
    root, summary, _ = demo_run
    if ocr.available("vie"):
        pytest.skip("tesseract with the Vietnamese model is installed: the OCR case is tested below")
    assert {i.path: (i.status, i.problem) for i in summary.scan.issues} == dict.fromkeys(
        SCANNED, (ExtractStatus.NEEDS_OCR, "needs_ocr")
    )
    ws = load_workspace(root)
    for path in SCANNED:
        record = show_evidence(ws, path).record
        assert record.status == ExtractStatus.NEEDS_OCR and not record.chars and not record.ocr


def test_searchable_scans_are_read_from_their_text_layer(demo_run: tuple[Path, RunSummary, str]) -> None:
    root, _, _ = demo_run
    ws = load_workspace(root)
    for path in SEARCHABLE:
        record = show_evidence(ws, path).record
        assert record.status == ExtractStatus.OK and not record.ocr and record.chars > 100


@pytest.mark.skipif(not ocr.available("vie"), reason="tesseract with the Vietnamese model is not installed")
def test_the_scanned_photo_is_read_by_ocr(demo_run: tuple[Path, RunSummary, str]) -> None:
    root, summary, _ = demo_run
    assert not summary.scan.issues
    ws = load_workspace(root)
    for path in SCANNED:
        record = show_evidence(ws, path).record
        assert record.status == ExtractStatus.OK and record.ocr and record.chars > 20


def test_reports_are_written_and_readable(demo_run: tuple[Path, RunSummary, str]) -> None:
    root, summary, _ = demo_run
    files = {Path(f).suffix: Path(f) for f in summary.files if Path(f).stem == "bao-cao-tu-danh-gia-2026"}
    assert set(files) == {".xlsx", ".html", ".json"}
    # the Word documents: one per purpose and framework
    docs = {Path(f).name: Path(f) for f in summary.files if f.endswith(".docx")}
    assert set(docs) == {"bao-cao-chuan-co-so-gdnn-2026.docx",
                         "bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang-v2.docx",
                         "bao-cao-ket-qua-tu-danh-gia-2026-tt35-2021-truong-cao-dang-v2.docx"}
    assert all(p.parent == root / "bao-cao" for p in files.values())
    wb = openpyxl.load_workbook(files[".xlsx"], read_only=True)
    cells = {str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v}
    assert any("CS06" in c for c in cells) and any("Trường Cao đẳng Kỹ thuật Công nghệ Mẫu" in c for c in cells)
    doc = Document(str(docs["bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang-v2.docx"]))
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
    ratings = root / "du-lieu" / "tu-danh-gia_2026_tt35-2021_truong-cao-dang-v2.xlsx"
    wb = openpyxl.load_workbook(ratings)
    sheet = wb["Tiêu chí 5"]
    note = next(c.column for c in sheet[2] if c.value == "Ghi chú")  # 5.3's note (its narrative is carried)
    sheet.cell(5, note, "Ghi chú của cán bộ khảo thí")  # a person's edit in the copy
    wb.save(ratings)
    api = run_workspace(load_workspace(root), AT, formats="json")
    again = runner.invoke(app, ["run", "--out", str(root), "--json", "--format", "json"])
    assert again.exit_code == 0
    assert openpyxl.load_workbook(ratings)["Tiêu chí 5"].cell(5, note).value == "Ghi chú của cán bộ khảo thí"
    rerun = json.loads(again.stdout)
    # same workspace, same state: the CLI prints the API result
    assert rerun == api.model_dump(mode="json", context=Messages("vi").context)
    assert {k: v for k, v in cli.items() if k != "scan"} == {k: v for k, v in rerun.items() if k != "scan"}
    assert cli["scan"]["new"] == 89 and rerun["scan"]["unchanged"] == 89


def test_refuses_a_non_empty_folder_that_is_not_a_workspace(tmp_path: Path) -> None:
    (tmp_path / "other.txt").write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["run", "--out", str(tmp_path)])
    assert result.exit_code == 3
    assert "không phải thư mục làm việc" in " ".join(result.output.split())


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
    assert sum("tu-danh-gia" in n or "so-lieu" in n for n in map(VI, first.notes)) == 2
    assert len(first.created) == 2
    assert first.scorecards[0].passed is False and first.scorecards[0].total == 0  # nothing rated: never a pass
    wb = openpyxl.load_workbook(ratings)
    wb["Điều kiện 1"].cell(3, 6, "Đạt")
    wb.save(ratings)
    second = run_workspace(ws, AT, formats="json")
    assert not any("tu-danh-gia" in n and "Đã tạo" in n for n in map(VI, second.notes)) and not second.created
    assert openpyxl.load_workbook(ratings)["Điều kiện 1"].cell(3, 6).value == "Đạt"


def _school(root: Path, name: str = "Trường Trung cấp Thử") -> Path:
    from accredit.workspace import AssessmentSettings, SchoolInfo, WorkspaceConfig, init_workspace

    init_workspace(root, WorkspaceConfig(
        school=SchoolInfo(name=name),
        assessment=AssessmentSettings(year=2026, frameworks=["tt38-2026/co-so-gdnn-v3"]),
    ))
    return root


def test_run_inside_a_school_folder_runs_that_school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _school(tmp_path / "Truong TC Thu")
    monkeypatch.chdir(root / "evidence")  # a sub-folder: found by walking up, like every other command
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))  # a demo copy would land here
    (tmp_path / "tmp").mkdir()
    result = runner.invoke(app, ["run", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "Trường Trung cấp Thử" in result.output and "TRÌNH DIỄN" not in result.output
    assert (root / "output" / "bao-cao-tu-danh-gia-2026.json").is_file()
    assert not any((tmp_path / "tmp").iterdir())  # no demo copied


def test_run_outside_any_school_folder_says_it_is_the_demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run", "--out", str(tmp_path / "demo"), "--format", "json"])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "BẢN TRÌNH DIỄN" in flat and "trường hư cấu" in flat and "accredit init" in flat
    assert "Trường Cao đẳng Kỹ thuật Công nghệ Mẫu" in flat


def test_run_in_a_folder_with_a_broken_config_reports_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "accredit.toml").write_text("[school\nname = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run"])
    assert result.exit_code == 3 and "accredit.toml" in result.output and "TRÌNH DIỄN" not in result.output


def test_the_summary_names_frameworks_by_their_titles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _school(tmp_path / "school")
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["run", "--format", "json"], env={"COLUMNS": "200"})  # the name on one line
    assert result.exit_code == 0, result.output
    assert "TT 38/2026 — Chuẩn cơ sở giáo dục nghề nghiệp" in result.output
    assert "tt38-2026/co-so-gdnn" not in result.output


def readme_sample() -> list[str]:
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = text.split("### Sample: `accredit run --out accredit-demo`", 1)[1].split("```text\n", 1)[1]
    return block.split("```", 1)[0].rstrip("\n").split("\n")


@pytest.mark.skipif(ocr.available("vie"), reason="the README shows a fresh machine, without Tesseract")
def test_the_readme_sample_is_what_a_fresh_machine_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["run", "--out", "accredit-demo"], env={"COLUMNS": "100"})  # the README's window
    assert result.exit_code == 0, result.output
    printed = [line.rstrip() for line in result.output.rstrip("\n").split("\n")]
    assert printed == readme_sample(), "update the README's sample with this output:\n" + "\n".join(printed)
