"""Optional programs found outside PATH (Windows install folders, a setting), TOML hints, long unzipped paths."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.evidence.extract import ocr
from accredit.evidence.service import list_evidence, scan_workspace
from accredit.i18n import set_language
from accredit.longpaths import MAX_PATH, long_path_warning, too_long
from accredit.model.evidence import ExtractStatus
from accredit.tools import find_tool, locate, setting_warnings
from accredit.workspace import (
    AssessmentSettings,
    SchoolInfo,
    ToolSettings,
    Workspace,
    WorkspaceConfig,
    WorkspaceError,
    init_workspace,
    load_workspace,
)
from tests.evidence.conftest import make_image_pdf

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in programs are POSIX shell scripts")


@pytest.fixture(autouse=True)
def _fresh() -> object:
    set_language("vi")
    find_tool.cache_clear()
    ocr.available.cache_clear()
    yield
    set_language(None)
    find_tool.cache_clear()
    ocr.available.cache_clear()


def program(path: Path, script: str = "#!/bin/sh\nexit 0\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(script, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


# --- where the programs are looked for -------------------------------------------------------------


def test_windows_install_folders_are_searched(tmp_path: Path) -> None:
    pf, pf86, local = tmp_path / "Program Files", tmp_path / "Program Files (x86)", tmp_path / "AppData" / "Local"
    env = {"PATH": "", "ProgramFiles": str(pf), "ProgramFiles(x86)": str(pf86), "LOCALAPPDATA": str(local)}
    assert locate("tesseract", environ=env, windows=True) is None
    tess = program(local / "Programs" / "Tesseract-OCR" / "tesseract.exe")  # the per-user installer
    assert locate("tesseract", environ=env, windows=True) == str(tess)
    office = program(pf86 / "LibreOffice" / "program" / "soffice.exe")  # 32-bit LibreOffice
    assert locate("soffice", environ=env, windows=True) == str(office)
    tess64 = program(pf / "Tesseract-OCR" / "tesseract.exe")  # all-users install comes first
    assert locate("tesseract", environ=env, windows=True) == str(tess64)
    assert locate("tesseract", environ=env, windows=False) is None  # other systems: PATH only


def test_path_comes_before_install_folders_and_a_setting_before_both(tmp_path: Path) -> None:
    on_path = program(tmp_path / "bin" / "tesseract")
    program(tmp_path / "pf" / "Tesseract-OCR" / "tesseract.exe")
    env = {"PATH": str(tmp_path / "bin"), "ProgramFiles": str(tmp_path / "pf")}
    assert locate("tesseract", environ=env, windows=True) == str(on_path)
    chosen = program(tmp_path / "D" / "OCR" / "tesseract.exe")
    assert locate("tesseract", str(chosen), environ=env, windows=True) == str(chosen)  # the program itself
    assert locate("tesseract", str(chosen.parent), environ=env, windows=True) == str(chosen)  # or its folder
    assert locate("tesseract", str(tmp_path / "nowhere"), environ=env, windows=True) == str(on_path)


def test_a_setting_pointing_nowhere_is_reported(tmp_path: Path) -> None:
    real = program(tmp_path / "soffice")
    assert setting_warnings({"soffice": str(real), "tesseract": None}) == []
    [warning] = setting_warnings({"tesseract": str(tmp_path / "khong-co" / "tesseract.exe")})
    assert "[tools] tesseract" in warning and "khong-co" in warning


# --- the setting reaches the readers, in the scan's worker processes --------------------------------

FAKE_TESSERACT = """#!/bin/sh
if [ "$1" = "--list-langs" ]; then printf 'List of available languages (2):\\neng\\nvie\\n'; exit 0; fi
cat >/dev/null
printf 'BIÊN BẢN HỌP HỘI ĐỒNG TỰ ĐÁNH GIÁ CHẤT LƯỢNG\\n'
"""

FAKE_SOFFICE = """#!/bin/sh
# --convert-to docx --outdir DIR FILE: 'convert' by copying a prepared .docx
while [ $# -gt 0 ]; do
  case "$1" in --outdir) out="$2"; shift;; *) last="$1";; esac
  shift
done
mkdir -p "$out" && cp "$(dirname "$0")/converted.docx" "$out/input.docx"
"""


def workspace_with_tools(root: Path, tools: ToolSettings) -> Workspace:
    return init_workspace(root, WorkspaceConfig(
        school=SchoolInfo(name="Trường Trung cấp Thử"),
        assessment=AssessmentSettings(year=2026, frameworks=["tt38-2026/co-so-gdnn"]),
        tools=tools,
    ))


@POSIX_ONLY
def test_tools_from_accredit_toml_read_scans_and_old_word_files(tmp_path: Path) -> None:
    tools = tmp_path / "Phan mem"  # neither on PATH nor in an install folder
    program(tools / "Tesseract-OCR" / "tesseract", FAKE_TESSERACT)
    program(tools / "LibreOffice" / "soffice", FAKE_SOFFICE)
    converted = Document()
    converted.add_paragraph("Biên bản họp hội đồng năm 2025")
    converted.save(str(tools / "LibreOffice" / "converted.docx"))
    ws = workspace_with_tools(tmp_path / "truong", ToolSettings(
        tesseract=(tools / "Tesseract-OCR").as_posix(), soffice=(tools / "LibreOffice" / "soffice").as_posix()
    ))
    make_image_pdf(ws.evidence_dir / "bien-ban-scan.pdf", ["BIÊN BẢN HỌP"])
    (ws.evidence_dir / "bien-ban-cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    ws = load_workspace(ws.root)  # the setting as read back from accredit.toml
    report = scan_workspace(ws, workers=2)
    assert report.issues == []
    records = {r.path: r for r in list_evidence(ws)}
    scan, doc = records["bien-ban-scan.pdf"], records["bien-ban-cu.doc"]
    assert scan.status == ExtractStatus.OK and scan.ocr and scan.chars > 20
    assert doc.status == ExtractStatus.OK and doc.chars == len("Biên bản họp hội đồng năm 2025")


def test_without_the_tools_the_same_files_are_listed_not_read(tmp_path: Path) -> None:
    ws = workspace_with_tools(tmp_path / "truong", ToolSettings(tesseract=str(tmp_path / "khong-co")))
    make_image_pdf(ws.evidence_dir / "bien-ban-scan.pdf", ["BIÊN BẢN HỌP"])
    if ocr.available("vie"):
        pytest.skip("tesseract is installed on this machine")
    report = scan_workspace(ws, workers=1)
    assert [(i.path, i.problem) for i in report.issues] == [("bien-ban-scan.pdf", "needs_ocr")]


# --- accredit.toml written with Windows backslashes --------------------------------------------------


def write_config(root: Path, tools_line: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "accredit.toml").write_text(
        '[school]\nname = "Trường Thử"\n\n[assessment]\nyear = 2026\nframeworks = ["tt38-2026/co-so-gdnn"]\n\n'
        f"[tools]\n{tools_line}\n",
        encoding="utf-8",
    )
    return root


@pytest.mark.parametrize("line", [
    'tesseract = "C:\\Users\\Lan\\Tesseract-OCR\\tesseract.exe"',  # \U…: a TOML escape error
    'soffice = "C:\\Program Files\\LibreOffice\\program\\soffice.exe"',  # \P: unescaped backslash
])
def test_a_backslash_path_gets_a_hint(tmp_path: Path, line: str) -> None:
    root = write_config(tmp_path / "truong", line)
    with pytest.raises(WorkspaceError) as caught:
        load_workspace(root)
    message = str(caught.value)
    assert "accredit.toml" in message and "gạch chéo xuôi" in message and "nháy đơn" in message


def test_a_backslash_path_that_parses_into_control_characters_is_refused(tmp_path: Path) -> None:
    root = write_config(tmp_path / "truong", 'tesseract = "D:\\new\\tesseract.exe"')  # \n and \t: valid TOML
    with pytest.raises(WorkspaceError) as caught:
        load_workspace(root)
    assert "tools.tesseract" in str(caught.value) and "nháy đơn" in str(caught.value)


def test_forward_slashes_and_single_quotes_are_fine(tmp_path: Path) -> None:
    root = write_config(tmp_path / "a", "tesseract = 'C:\\Users\\Lan\\Tesseract-OCR'\nsoffice = \"C:/LibreOffice\"")
    tools = load_workspace(root).config.tools
    assert (tools.tesseract, tools.soffice) == ("C:\\Users\\Lan\\Tesseract-OCR", "C:/LibreOffice")


# --- long paths once unzipped ------------------------------------------------------------------------


def test_too_long_counts_the_folder_it_is_unzipped_into(tmp_path: Path) -> None:
    short, long = "evidence/a.pdf", "evidence/" + "x" * 200 + ".pdf"
    assert too_long([short, long]) == [long]  # 80 characters kept for the unknown folder
    assert too_long([short, long], "C:/") == []
    deep = tmp_path / ("d" * (MAX_PATH - len(str(tmp_path)) - 10))
    assert too_long([short], deep) == [short]
    assert long_path_warning([short]) is None
    warning = long_path_warning([short, long])
    assert warning is not None and "260" in warning and long in warning


def test_package_warns_about_members_too_long_for_windows(tmp_path: Path) -> None:
    ws = workspace_with_tools(tmp_path / "truong", ToolSettings())
    folder = ws.evidence_dir / "Dieu kien 1 - To chuc va quan ly" / ("Ho so thanh lap hoi dong tu danh gia " * 3)
    folder.mkdir(parents=True)
    (folder / ("Bien ban hop hoi dong tu danh gia chat luong nam 2026 " * 2 + ".txt")).write_text("x", "utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["evidence", "scan", "-w", str(ws.root), "--no-ocr", "--workers", "1"]).exit_code == 0
    result = runner.invoke(app, ["package", "-w", str(ws.root), "--with-evidence", "--out", str(tmp_path / "p.zip")])
    assert result.exit_code == 0, result.output
    flat = "".join(result.output.split())
    assert "260" in result.output and "Bienbanhop" in flat
    os.remove(tmp_path / "p.zip")


def test_review_extract_warns_before_writing_paths_too_long_for_windows(tmp_path: Path) -> None:
    ws = workspace_with_tools(tmp_path / "truong", ToolSettings())
    (ws.evidence_dir / "Bien ban hop hoi dong tu danh gia.txt").write_text("x", "utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["evidence", "scan", "-w", str(ws.root), "--no-ocr", "--workers", "1"]).exit_code == 0
    package = tmp_path / "p.zip"
    made = runner.invoke(app, ["package", "-w", str(ws.root), "--with-evidence", "--out", str(package)])
    assert made.exit_code == 0, made.output
    deep = tmp_path / ("thu-muc-rat-dai-" * 14)  # the evidence member then passes 260 characters in total
    result = runner.invoke(app, ["review", str(package), "--extract", str(deep), "--accept-unsigned"])
    assert result.exit_code == 0, result.output
    assert "260" in result.output and "Bienbanhop" in "".join(result.output.split())
    shallow = runner.invoke(app, ["review", str(package), "--extract", str(tmp_path / "x"), "--accept-unsigned"])
    said = "".join(shallow.output.split()).replace("".join(str(tmp_path).split()), "")  # not pytest-260's name
    assert shallow.exit_code == 0 and "260" not in said
