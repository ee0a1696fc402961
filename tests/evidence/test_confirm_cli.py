"""`accredit evidence confirm` shows what it will confirm and asks (or --yes); --dry-run writes
nothing; --min-score is honoured; files that cannot be read are skipped, with how many and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.evidence import service
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.index import LinkRow
from accredit.evidence.scan import ScanOptions
from accredit.model.evidence import LinkOrigin
from accredit.workspace import Workspace
from tests.evidence.conftest import make_docx, make_image_pdf, real_school

runner = CliRunner()
TT38 = "tt38-2026/co-so-gdnn"
STRONG = "Kế hoạch chiến lược phát triển.docx"
WEAK = "Biên bản họp giao ban.docx"
SCANNED = "Ảnh chụp quyết định.pdf"
EMPTY = "Quy chế chi tiêu nội bộ.docx"


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.delenv("ACCREDIT_CRITERIA", raising=False)
    ws = real_school(tmp_path / "Trường A", [TT38])
    make_docx(ws.evidence_dir / STRONG, paragraphs=["KẾ HOẠCH", "Chiến lược phát triển 2026-2030"])
    make_docx(ws.evidence_dir / WEAK, paragraphs=["BIÊN BẢN", "Họp giao ban tháng 3"])
    make_image_pdf(ws.evidence_dir / SCANNED, ["QUYẾT ĐỊNH", "Thành lập hội đồng"])
    (ws.evidence_dir / EMPTY).write_bytes(b"")
    service.scan_workspace(ws, options=ScanOptions(workers=1, extract=ExtractOptions(ocr=False)))
    with service.open_index(ws, write=True) as index:
        files = index.files()
        with index.transaction():
            for link in index.links():  # only the suggestions below, with known scores
                index.delete_links([(link.hash, link.framework, link.requirement)])
            for path, req, points in ((STRONG, "1.4", 12.0), (WEAK, "1.3", 6.0), (SCANNED, "1.2", 20.0),
                                      (EMPTY, "5.2", 15.0)):
                index.put_link(LinkRow(files[path].hash, TT38, req, LinkOrigin.SUGGESTED, points, False, None, False))
    return ws


def confirmed(ws: Workspace) -> set[str]:
    return {lk.path for lk in service.evidence_links(ws) if lk.counts}


def test_without_yes_and_without_a_terminal_nothing_is_confirmed(school: Workspace) -> None:
    result = runner.invoke(app, ["evidence", "confirm", "-w", str(school.root)])
    assert result.exit_code == 2
    assert "--yes" in result.output and STRONG in result.output and WEAK in result.output
    assert "2 tệp không đọc được" in result.output  # the scanned image and the empty file, and why
    flat = " ".join(result.output.split())
    assert "tệp rỗng" in flat and "bản scan/ảnh không có lớp chữ" in flat
    assert confirmed(school) == set()


def test_dry_run_shows_the_plan_and_writes_nothing(school: Workspace) -> None:
    result = runner.invoke(app, ["evidence", "confirm", "-w", str(school.root), "--dry-run", "--json"])
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    assert plan["dry_run"] and {x["path"] for x in plan["links"]} == {STRONG, WEAK}
    assert {x["path"] for x in plan["skipped"]} == {SCANNED, EMPTY}
    assert confirmed(school) == set()


def test_yes_confirms_readable_files_above_min_score(school: Workspace) -> None:
    result = runner.invoke(app, ["evidence", "confirm", "-w", str(school.root), "--yes", "--min-score", "10"])
    assert result.exit_code == 0, result.output
    assert "Đã xác nhận 1 gợi ý" in result.output
    assert confirmed(school) == {STRONG}  # WEAK is below 10; the unreadable files are never confirmed


def test_asks_first_when_a_person_can_answer(school: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("accredit.cli.evidence._interactive", lambda: True)
    no = runner.invoke(app, ["evidence", "confirm", "-w", str(school.root)], input="n\n")
    assert no.exit_code == 0 and "Xác nhận 2 gợi ý trên?" in no.output and confirmed(school) == set()
    yes = runner.invoke(app, ["evidence", "confirm", "-w", str(school.root)], input="y\n")
    assert yes.exit_code == 0, yes.output
    assert confirmed(school) == {STRONG, WEAK}
