"""The desk at start on a large workspace: while it reads the evidence in the background a page asked says it
is being prepared (at once, and opens itself when ready) instead of waiting; a change waits for the reading."""

from __future__ import annotations

import threading
import time

import pytest
from starlette.testclient import TestClient

from accredit import service
from accredit.i18n.message import msg
from accredit.web.pages.school import NOTES_PER_KIND, shown_notes
from tests.web.conftest import TT38, post


def _slow_snapshot(monkeypatch: pytest.MonkeyPatch, events: list[str] | None = None) -> threading.Event:
    """Make the evidence reading wait until the returned event is set (a large folder being read); ``events``
    gets 'read' when it is done."""
    release = threading.Event()
    real = service.evidence_snapshot

    def slow(ws):  # type: ignore[no-untyped-def]
        release.wait(30)
        if events is not None:
            events.append("read")
        return real(ws)

    monkeypatch.setattr(service, "evidence_snapshot", slow)
    return release


def _done(backend) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 30
    while backend.warming and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not backend.warming


def test_a_page_asked_while_the_desk_reads_says_it_is_being_prepared(local: TestClient,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    release = _slow_snapshot(monkeypatch)
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    backend.start_warming()
    try:
        for url in ("/", "/evidence", "/suggestions", f"/scorecard/{TT38}"):
            r = local.get(url)
            assert r.status_code == 200 and 'id="preparing"' in r.text, url
            assert '<meta http-equiv="refresh" content="2">' in r.text
            assert "Đang chuẩn bị" in r.text and "tự mở khi xong" in r.text
        assert backend.warming
    finally:
        release.set()
    _done(backend)
    page = local.get("/").text
    assert 'id="preparing"' not in page and 'data-testid="decision"' in page


def test_a_change_made_while_the_desk_reads_waits_for_it(local: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    release = _slow_snapshot(monkeypatch, events)
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    backend.start_warming()
    answers: list[object] = []

    def change() -> None:
        answers.append(post(local, "/reports", {"format": "json"}))
        events.append("answered")

    worker = threading.Thread(target=change)
    worker.start()
    release.set()
    worker.join(60)
    r = answers[0]
    assert r.status_code in (200, 303) and 'id="preparing"' not in r.text  # type: ignore[attr-defined]
    assert events.index("read") < events.index("answered")  # it was answered after the reading, not told to wait
    _done(backend)


def test_a_part_of_a_page_asked_while_the_desk_reads_asks_again(local: TestClient,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    release = _slow_snapshot(monkeypatch)
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    backend.start_warming()
    try:
        r = local.get("/suggestions?i=2", headers={"HX-Request": "true"})
        assert r.status_code == 200 and "<html" not in r.text
        assert 'hx-get="/suggestions?i=2"' in r.text and 'hx-trigger="load delay:2s"' in r.text
    finally:
        release.set()
    _done(backend)


def test_the_preparing_page_in_english(local: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    release = _slow_snapshot(monkeypatch)
    post(local, "/lang", {"lang": "en"})
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    backend._invalidate()  # the language's page computed everything: read again, as after a start
    backend.start_warming()
    try:
        page = local.get("/").text
        assert "Preparing" in page and "opens by itself" in page and "Đang chuẩn bị" not in page
    finally:
        release.set()
    _done(backend)


def test_the_dashboard_shows_a_few_notes_of_a_kind_and_counts_the_rest() -> None:
    many = [msg("scoring.cli.ambiguous_code", detail=f"TC1.TC{i}", path=f"a/{i}.pdf") for i in range(10)]
    other = msg("scoring.cli.no_links")
    unreadable = [msg("scoring.cli.unreadable_file", path=f"b/{i}.pdf", code="1.1", framework="TT 35",
                      problem=msg("evidence.problem.empty")) for i in range(5)]
    shown = shown_notes([many[0], other, *many[1:], *unreadable])
    kinds = [n.key for n, _, _ in shown]
    assert kinds.count("scoring.cli.ambiguous_code") == NOTES_PER_KIND and kinds.count("scoring.cli.no_links") == 1
    assert kinds.count("scoring.cli.unreadable_file") == 5  # no filter lists them all: every one is shown
    last = [s for s in shown if s[0].key == "scoring.cli.ambiguous_code"][-1]
    assert last[1] == 10 - NOTES_PER_KIND and last[2] == "ambiguous_code"
    assert [s[0] for s in shown][:2] == [many[0], other]  # in their order
    exactly = shown_notes(many[:NOTES_PER_KIND])
    assert [m for _, m, _ in exactly] == [0] * NOTES_PER_KIND  # nothing more to count


def test_an_upload_keeps_what_was_read_and_a_scan_reads_again_in_the_background(local: TestClient) -> None:
    from datetime import UTC, datetime

    from accredit.web.backend import ScanJob, web_actor

    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    backend.start_warming()
    _done(backend)
    held = backend._evidence()
    who = web_actor("local", datetime.now(UTC))
    name = backend.upload("", "Thư mục mới/Biên bản họp.pdf", b"%PDF-1.4 a new file", who)
    assert backend._evidence() is held  # the index did not change: nothing read again
    assert "Thư mục mới" in backend.folders() and name == "Thư mục mới/Biên bản họp.pdf"
    job = ScanJob()
    backend.scans.ended(job)  # a scan ended: every view forgets its evidence, the warmed desk reads it again
    assert job.finished and backend.warming
    _done(backend)
    assert backend._evidence() is not held
