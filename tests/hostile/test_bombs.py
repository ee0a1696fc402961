"""Zip bombs and YAML alias bombs are refused from what they declare, before anything is inflated or built."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.evidence.extract import extract_file
from accredit.safe_yaml import MAX_NODES, YamlExpansionError, load_yaml
from accredit.zipguard import ZipBombError, check_zip, load_workbook

PAD = 40 * 1024 * 1024  # inflates to 40 MB from about 40 KB: a ratio of ~1000 (a real bomb is 2 GB from 1 MB)


def bomb(source: Path, out: Path, member: str) -> Path:
    """``source`` (a real Office file) with ``member`` padded by whitespace that compresses ~1000:1."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == member:
                head, sep, tail = data.partition(b"?>")
                with zout.open(info.filename, "w") as fh:
                    fh.write(head + sep)
                    chunk = b" " * (1024 * 1024)
                    for _ in range(PAD // len(chunk)):
                        fh.write(chunk)
                    fh.write(tail)
            else:
                zout.writestr(info, data)
    return out


@pytest.fixture
def docx_bomb(tmp_path: Path) -> Path:
    doc = docx.Document()
    doc.add_paragraph("Quyết định ban hành quy chế")
    doc.save(str(tmp_path / "src.docx"))
    return bomb(tmp_path / "src.docx", tmp_path / "bom.docx", "word/document.xml")


def test_a_docx_zip_bomb_is_refused_before_python_docx_opens_it(docx_bomb: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert docx_bomb.stat().st_size < 1024 * 1024
    opened: list[str] = []
    monkeypatch.setattr(docx, "Document", lambda *a, **k: opened.append("parsed"))  # never reached
    result = extract_file(docx_bomb)
    assert result.problem == "zip_bomb" and result.text == "" and not opened
    assert "word/document.xml" in (result.detail or "")


def test_an_xlsx_bomb_gives_a_clean_error_naming_file_and_member(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "Đạt"
    wb.save(tmp_path / "src.xlsx")
    path = bomb(tmp_path / "src.xlsx", tmp_path / "danh-gia.xlsx", "xl/worksheets/sheet1.xml")
    with pytest.raises(ZipBombError) as caught:
        load_workbook(path)
    assert "danh-gia.xlsx" in str(caught.value) and "xl/worksheets/sheet1.xml" in str(caught.value)
    with pytest.raises(ZipBombError):
        check_zip(path)
    check_zip(tmp_path / "src.xlsx")  # a real workbook passes


def test_a_real_docx_still_reads(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("Kế hoạch đào tạo năm 2026 " * 2000)
    doc.save(str(tmp_path / "ke-hoach.docx"))
    result = extract_file(tmp_path / "ke-hoach.docx")
    assert result.problem is None and "Kế hoạch đào tạo" in result.text


def laughs(levels: int) -> str:
    """The billion laughs: each level an anchor holding nine aliases of the one below."""
    lines = ['l0: &l0 "lol"']
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_before_it_is_built() -> None:
    with pytest.raises(YamlExpansionError):
        load_yaml(laughs(6))  # 9**6 = 531,441 nodes: refused while still a small graph
    with pytest.raises(YamlExpansionError):
        load_yaml(laughs(9))  # the billion: refused as fast
    with pytest.raises(YamlExpansionError):
        load_yaml("a: &a [*a]")  # an alias to itself expands without end
    assert MAX_NODES < 9**6
    assert load_yaml("mo_ta: &m Nhà giáo\nx: *m\ny: [*m, *m]\n") == {"mo_ta": "Nhà giáo", "x": "Nhà giáo",
                                                                       "y": ["Nhà giáo", "Nhà giáo"]}


def test_criteria_validate_refuses_billion_laughs_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_text("id: x/y\n" + laughs(6), encoding="utf-8")
    result = CliRunner().invoke(app, ["criteria", "validate", str(path), "--json"])
    assert result.exit_code == 1, result.output
    (report,) = json.loads(result.stdout)["files"]
    assert report["errors"] and "200,000" in report["errors"][0]
