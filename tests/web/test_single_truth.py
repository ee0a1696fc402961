"""One truth: the workspace store. A rating saved in the browser is the one the command line scores and
reports, a rating changed from the command line (or a workbook import) is the one the page shows, and two
people saving the same standard from the same version never lose an edit."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import openpyxl
from starlette.testclient import TestClient
from typer.testing import CliRunner

from accredit import service
from accredit.cli.app import app as cli
from accredit.ratings.workspace import ratings_workbook_path
from accredit.store.records import Actor
from tests.web.conftest import TT35, login, post, rate, version_of

runner = CliRunner()


def _met_standard(client: TestClient) -> tuple[str, int]:
    card = client.app.state.desk.backend.card(TT35)  # type: ignore[attr-defined]
    met = next(r for r in card.requirements if r.status.value == "met" and r.points)
    return met.code, int(met.points)


def _cli_total(ws_root: str, framework: str) -> float:
    result = runner.invoke(cli, ["run", ws_root, "--json", "--format", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    cards = [c for c in found["scorecards"] if c["framework"] == framework]
    assert cards, list(found)
    return float(cards[0]["total"])


def test_a_rating_saved_in_the_browser_is_the_one_the_cli_scores_and_reports(local: TestClient) -> None:
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    ws = backend.ws
    code, points = _met_standard(local)
    before = _cli_total(str(ws.root), TT35)
    r = rate(local, f"/standard/{TT35}/{code}", {"status": "not_met", "weaknesses": "Thiếu biên bản (gõ trên web)"})
    assert r.status_code == 303
    stored = service.get_standard(ws, TT35, code)
    assert stored.status.status is not None and stored.status.status.value == "not_met"
    assert (stored.status.updated_by, stored.status.via) == ("local", "web")
    assert service.score(ws, TT35).scorecards[0].total == before - points  # the service the CLI calls
    assert _cli_total(str(ws.root), TT35) == before - points  # `accredit run` itself
    reports = [p.read_text(encoding="utf-8") for p in ws.output_dir.rglob("*.json")]
    assert any("Thiếu biên bản (gõ trên web)" in t for t in reports)  # and its reports


def test_a_rating_changed_from_the_cli_is_the_one_the_page_shows(local: TestClient) -> None:
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    ws = backend.ws
    code, _ = _met_standard(local)
    url = f"/standard/{TT35}/{code}"
    shown = version_of(local, url)
    cli_actor = Actor(username="thu-ky", via="cli", at=datetime(2026, 12, 2, 7, 0, tzinfo=UTC))
    current = service.get_standard(ws, TT35, code)
    service.set_rating(ws, TT35, code, "không đạt", base_version=current.status.version, actor=cli_actor)
    text = next(n for n in current.texts if n.field == "strengths")
    service.set_narrative(ws, TT35, code, "strengths", "Viết từ dòng lệnh", base_version=text.version, actor=cli_actor)
    page = local.get(url).text
    assert "Viết từ dòng lệnh" in page and 'data-testid="result">Không đạt<' in page
    assert "thu-ky" in page.split('id="history"')[1]  # who, in the standard's history
    assert version_of(local, url) != shown
    late = post(local, url, {"version": shown, "status": "met", "strengths": "Bản cũ trên web"})
    assert late.status_code == 409 and "Không lưu" in late.text and "thu-ky sửa (cli, lúc" in late.text
    assert service.get_standard(ws, TT35, code).status.status.value == "not_met"  # type: ignore[union-attr]


def test_a_workbook_import_is_what_the_page_shows(local: TestClient) -> None:
    ws = local.app.state.desk.backend.ws  # type: ignore[attr-defined]
    service.export_ratings(ws, actor=Actor(username="thu-ky", via="cli", at=datetime.now(UTC)))
    path = ratings_workbook_path(ws, TT35)
    wb = openpyxl.load_workbook(path)
    sheet, row, col = _strengths_cell(wb, "1.1")
    wb[sheet].cell(row, col, "Sửa trong Excel")
    wb.save(path)
    page = local.get(f"/standard/{TT35}/1.1").text  # the page reads the inputs: the edited workbook is imported
    assert "Sửa trong Excel" in page
    entries = service.standard_history(ws, TT35, "1.1").entries
    assert any(e.via == "excel" and e.new == "Sửa trong Excel" for e in entries)


def _strengths_cell(wb, code: str) -> tuple[str, int, int]:  # type: ignore[no-untyped-def]
    """Where the ratings workbook holds the strengths of ``code`` (found by its headers, not assumed)."""
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
            for cell in row:
                if cell.value == code:
                    for head_row in range(1, cell.row):
                        for c in range(1, ws.max_column + 1):
                            head = str(ws.cell(head_row, c).value or "").lower()
                            if re.search(r"điểm mạnh", head):
                                return ws.title, cell.row, c
    raise AssertionError(f"no strengths cell for {code}")


def test_two_browser_sessions_saving_the_same_standard_from_the_same_version(network_app) -> None:  # type: ignore[no-untyped-def]
    lead, lan = login(network_app, "lead"), login(network_app, "lan")
    url = f"/standard/{TT35}/1.1"
    seen_by_lead, seen_by_lan = version_of(lead, url), version_of(lan, url)
    assert seen_by_lead == seen_by_lan
    first = post(lan, url, {"version": seen_by_lan, "status": "not_met", "current_state": "Lan viết trước"})
    assert first.status_code == 303
    second = post(lead, url, {"version": seen_by_lead, "status": "met", "current_state": "Trưởng nhóm viết sau"})
    assert second.status_code == 409
    assert "Không lưu" in second.text and "lan sửa (web, lúc" in second.text  # who made the newer value, where
    assert re.search(r"«[^»]+»", second.text)  # and the newer value itself
    ws = network_app.state.desk.backend.ws
    stored = service.get_standard(ws, TT35, "1.1")
    assert stored.status.status.value == "not_met" and stored.status.updated_by == "lan"  # type: ignore[union-attr]
    assert next(n for n in stored.texts if n.field == "current_state").text == "Lan viết trước"
    again = post(lead, url, {"version": version_of(lead, url), "status": "met",
                             "current_state": "Trưởng nhóm viết sau"})  # reloaded: saved
    assert again.status_code == 303
    assert service.get_standard(ws, TT35, "1.1").status.updated_by == "lead"


def test_the_refusal_is_in_the_persons_language(local: TestClient) -> None:
    url = f"/standard/{TT35}/1.2"
    shown = version_of(local, url)
    assert post(local, url, {"version": shown, "strengths": "Bản thứ nhất"}).status_code == 303
    post(local, "/lang", {"lang": "en", "back": "/"})
    late = post(local, url, {"version": shown, "strengths": "Bản thứ hai"})
    assert late.status_code == 409 and "Not saved:" in late.text and "«Bản thứ nhất»" in late.text
    assert "Không lưu" not in late.text


def test_the_desk_keeps_no_second_database(ws) -> None:  # type: ignore[no-untyped-def]
    from accredit.evidence.index import INDEX_NAME
    from accredit.store.workspace import store_path
    from accredit.web.server import build_app

    first = build_app(ws, extra_hosts=("testserver",))
    with TestClient(first) as client:
        assert client.get("/").status_code == 200
    sqlite = {p.name for p in ws.root.rglob("*.sqlite")}
    assert sqlite <= {store_path(ws).name, INDEX_NAME}, sqlite  # the store (and the evidence index, a cache)
    assert not (ws.data_dir / "web-desk.sqlite").exists()
    from accredit.web.desk_store import session_secret

    assert session_secret(ws) == session_secret(ws)  # made once: sessions survive a restart
