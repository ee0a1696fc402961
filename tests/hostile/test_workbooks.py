"""User text in every workbook is text: a leading '=' never becomes a formula, a control character never crashes."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import openpyxl

from accredit.catalog.registry import default_catalog
from accredit.evidence.service import write_register
from accredit.i18n.message import Messages
from accredit.ratings.workspace import ratings_workbook_path, write_workspace_ratings_template
from accredit.review.rollup import rollup
from accredit.review.rollup_render import write_outputs
from accredit.review.service import make_review_workbook
from accredit.scoring.workspace import load_links
from accredit.service import reports as write_workspace_reports
from accredit.workspace import Workspace
from tests.hostile.conftest import EVIDENCE_FILE, NAME, TITLE
from tests.review.conftest import TT35

AT = datetime(2026, 5, 4, 8, 30, tzinfo=UTC)
HOSTILE_FORMULAS = ("1+2", "SUM(1)", "HYPERLINK(1)")


def formulas(path: Path) -> list[str]:
    """Every formula stored in the workbook's sheets (the raw <f> elements)."""
    found: list[str] = []
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found += re.findall(r"<f>(.*?)</f>", zf.read(name).decode("utf-8"))
    return found


def texts(path: Path) -> list[str]:
    """Every string value of every cell."""
    wb = openpyxl.load_workbook(path)
    return [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]


def assert_text_not_formula(path: Path, *expected: str) -> None:
    """No hostile formula in ``path``, and each ``expected`` string is in some cell as text."""
    assert not [f for f in formulas(path) if any(h in f for h in HOSTILE_FORMULAS)], formulas(path)
    cells = texts(path)
    for text in expected:
        assert any(text in c for c in cells), (text, path.name)


def clean(text: str) -> str:
    return text.replace("\x07", "")


def test_report_workbook_keeps_the_name_file_and_title_as_text(school: Workspace) -> None:
    run = write_workspace_reports(school, AT, formats="xlsx")
    (path,) = [Path(p) for p in run.files]
    assert_text_not_formula(path, clean(NAME), TITLE)


def test_evidence_register_keeps_the_file_name_and_title_as_text(school: Workspace) -> None:
    report = write_register(school)
    assert_text_not_formula(Path(report.path), EVIDENCE_FILE, TITLE)


def test_review_workbook_keeps_the_school_name_as_text(pkg: Path, tmp_path: Path) -> None:
    out = tmp_path / "tham-dinh.xlsx"
    make_review_workbook(pkg, out)
    assert_text_not_formula(out, clean(NAME))


def test_rollup_workbook_keeps_the_school_name_as_text(pkg: Path, tmp_path: Path) -> None:
    report = rollup(pkg.parent, target=TT35)
    outputs = write_outputs(Messages("vi"), report, tmp_path / "tong-hop")
    (xlsx,) = [Path(p) for p in outputs if p.endswith(".xlsx")]
    assert_text_not_formula(xlsx, clean(NAME))


def test_ratings_template_keeps_linked_file_names_as_text(school: Workspace) -> None:
    fw = default_catalog().get(TT35)
    path = ratings_workbook_path(school, TT35)
    path.unlink()
    write_workspace_ratings_template(school, fw, load_links(school))
    assert_text_not_formula(path, EVIDENCE_FILE)


def test_a_control_character_in_the_name_reaches_no_workbook_or_document(school: Workspace, pkg: Path,
                                                                         tmp_path: Path) -> None:
    run = write_workspace_reports(school, AT, formats="xlsx,docx,html")
    for p in map(Path, run.files):
        assert p.stat().st_size > 0
        if p.suffix in (".xlsx", ".docx"):
            with zipfile.ZipFile(p) as zf:
                assert not any(b"\x07" in zf.read(n) for n in zf.namelist() if n.endswith(".xml")), p.name
    make_review_workbook(pkg, tmp_path / "tham-dinh.xlsx")
    write_outputs(Messages("vi"), rollup(pkg.parent, target=TT35), tmp_path / "tong-hop")
    written = texts(tmp_path / "tham-dinh.xlsx") + texts(tmp_path / "tong-hop" / "tong-hop-tinh.xlsx")
    assert "\x07" not in "".join(written)


def test_a_file_name_with_a_control_character_is_listed_not_indexed(school: Workspace) -> None:
    from accredit.evidence.scan import ScanOptions
    from accredit.evidence.service import list_evidence, scan_workspace

    (school.evidence_dir / "Quyết\x07 định.txt").write_text("Quyết định thành lập", encoding="utf-8")
    report = scan_workspace(school, workers=1, options=ScanOptions(workers=1))
    assert [i.problem for i in report.issues if "\\x07" in i.path] == ["bad_name"]
    assert not [r for r in list_evidence(school) if "\x07" in r.path]
    run = write_workspace_reports(school, AT, formats="xlsx,docx")  # no writer meets the name
    assert {Path(f).suffix for f in run.files} == {".xlsx", ".docx"}  # one workbook, a document per purpose


def test_refreshing_a_damaged_workbook_is_a_message_and_the_file_is_kept(tmp_path: Path) -> None:
    """``ratings template`` / ``data template`` over a file that is not a readable workbook: a clear message
    naming it, exit code 3, and the file left byte for byte (it may be a person's half-saved work)."""
    from typer.testing import CliRunner

    from accredit.cli.app import app
    from accredit.demo import copy_demo
    from accredit.indicators.workspace import data_workbook_path
    from accredit.workspace import load_workspace

    ws = load_workspace(copy_demo(tmp_path / "school"))
    fw = ws.config.assessment.frameworks[0]
    for command, path in (("ratings", ratings_workbook_path(ws, fw)), ("data", data_workbook_path(ws, fw))):
        path.write_bytes(b"PK\x03\x04 half saved")
        result = CliRunner().invoke(app, [command, "template", "-w", str(ws.root), "--framework", fw])
        assert result.exit_code == 3, result.output
        flat = "".join(result.output.split())  # the console wraps long paths
        assert path.name in flat and "khôngphảitệpExcelđọcđược" in flat
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert path.read_bytes() == b"PK\x03\x04 half saved"
