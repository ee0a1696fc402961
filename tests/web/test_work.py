"""The council's work through the desk: ratings move the score, suggestions become links, reports, scans."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from decimal import Decimal

from starlette.testclient import TestClient

from accredit import service
from accredit.web.backend import web_actor
from accredit.workspace import load_workspace
from tests.web.conftest import TT35, TT38, post, rate, version_of


def _total(local: TestClient, framework: str) -> Decimal:
    return local.app.state.desk.backend.card(framework).total  # type: ignore[attr-defined]


def test_rating_a_standard_changes_the_score_on_the_dashboard(local: TestClient) -> None:
    before = _total(local, TT35)
    card = local.app.state.desk.backend.card(TT35)  # type: ignore[attr-defined]
    met = next(r for r in card.requirements if r.status.value == "met" and r.points)
    r = rate(local, f"/standard/{TT35}/{met.code}", {"status": "not_met", "weaknesses": "Chưa có biên bản."})
    assert r.status_code == 303
    after = _total(local, TT35)
    assert after == before - met.points
    page = local.get("/").text
    assert f'data-testid="total">{str(after).replace(".", ",")}<' in page
    standard = local.get(f"/standard/{TT35}/{met.code}").text
    assert "Chưa có biên bản." in standard and 'data-testid="result">Không đạt<' in standard
    assert "đánh giá" in standard.split('id="history"')[1]  # the change is in the standard's history


def test_narrative_autosave_returns_the_new_version(local: TestClient) -> None:
    url = f"/standard/{TT38}/1.2"
    shown = version_of(local, url)
    first = post(local, url, {"version": shown, "current_state": "Bản nháp"}, headers={"HX-Request": "true"})
    assert first.status_code == 200
    import re

    newer = re.search(r'id="version" value="([^"]+)" hx-swap-oob="true"', first.text)
    assert newer is not None and newer.group(1) != shown and newer.group(1) == version_of(local, url)
    second = post(local, url, {"version": newer.group(1), "current_state": "Bản nháp 2"},
                  headers={"HX-Request": "true"})
    assert second.status_code == 200 and "(web)" in second.text
    log = service.standard_history(local.app.state.desk.backend.ws, TT38, "1.2").entries  # type: ignore[attr-defined]
    web = [e for e in log if e.via == "web"]
    assert [(e.username, e.entity) for e in web] == [("local", "narrative"), ("local", "narrative")]
    assert web[-1].new == "Bản nháp 2" and web[-1].old == "Bản nháp"  # who, when, from where, old, new


def test_two_people_saving_at_once_never_lose_an_edit(local: TestClient) -> None:
    url = f"/standard/{TT38}/1.3"
    shown = version_of(local, url)  # both opened the page at the same version
    assert post(local, url, {"version": shown, "strengths": "Của Lan"}).status_code == 303
    late = post(local, url, {"version": shown, "strengths": "Của Minh"})  # loaded before Lan saved
    assert late.status_code == 409 and "Không lưu" in late.text and "«Của Lan»" in late.text  # the newer value
    assert "local sửa (web, lúc" in late.text  # who made it, from where, when
    assert local.app.state.desk.backend.rating(TT38, "1.3").narrative["strengths"] == "Của Lan"  # type: ignore[attr-defined]


def test_a_year_outside_the_window_or_a_bad_status_is_refused(local: TestClient) -> None:
    assert rate(local, f"/standard/{TT35}/1.1", {"status": "đạt"}).status_code == 400


def test_accepting_a_suggestion_links_the_file_and_rejecting_keeps_it_away(local: TestClient) -> None:
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    first, second = backend.suggestions()[:2]
    assert post(local, "/suggestions/accept", {"path": first.path, "framework": first.framework,
                                               "code": first.requirement, "i": "0"}).status_code == 303
    linked = [x for x in backend.links() if x.path == first.path and x.requirement == first.requirement
              and x.framework == first.framework]
    assert linked and linked[0].counts
    assert post(local, "/suggestions/reject", {"path": second.path, "framework": second.framework,
                                               "code": second.requirement}).status_code == 303
    assert all((x.path, x.requirement) != (second.path, second.requirement) for x in backend.suggestions())
    actions = [(e.entity, e.via, e.username, e.key.get("requirement"), e.new) for e in backend.history()]
    assert actions[0][:4] == ("link", "web", "local", second.requirement) and "reject" in (actions[0][4] or "")
    assert actions[1][:4] == ("link", "web", "local", first.requirement) and "confirm" in (actions[1][4] or "")


def test_picking_another_standard_links_it(local: TestClient) -> None:
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    first = backend.suggestions()[0]
    r = post(local, "/suggestions/accept", {"path": first.path, "code": f"{TT38}:2.1"})
    assert r.status_code == 303
    assert any(x.path == first.path and x.framework == TT38 and x.requirement == "2.1" and x.counts
               for x in backend.links())


def test_bulk_accept_only_after_a_preview(local: TestClient) -> None:
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    waiting = len(backend.suggestions())
    preview = post(local, "/suggestions/bulk", {"min_score": "12"})
    assert preview.status_code == 200 and 'id="bulk-confirm"' in preview.text
    assert len(backend.suggestions()) == waiting  # nothing accepted yet
    done = post(local, "/suggestions/bulk", {"min_score": "12", "confirm": "1"})
    assert done.status_code == 200 and 'id="bulk-done"' in done.text
    assert len(backend.suggestions()) < waiting


def test_suggestion_queue_shows_one_file_with_wording_and_passage(local: TestClient) -> None:
    page = local.get("/suggestions").text
    assert page.count('class="suggestion"') >= 1
    assert "Tệp 1/" in page and 'class="wording"' in page and 'id="pick"' in page


def test_reports_are_written_and_downloaded(local: TestClient, ws) -> None:  # type: ignore[no-untyped-def]
    assert post(local, "/reports", {"format": ["json", "html"]}).status_code == 303
    page = local.get("/reports").text
    assert ".json" in page and ".html" in page
    name = next(p.relative_to(ws.output_dir).as_posix() for p in ws.output_dir.rglob("*.json"))
    r = local.get("/reports/file", params={"name": name})
    assert r.status_code == 200 and r.headers["content-disposition"].startswith("attachment")
    assert b"tt35-2021" in r.content


def test_report_carries_the_narrative_typed_in_the_browser(local: TestClient, ws) -> None:  # type: ignore[no-untyped-def]
    rate(local, f"/standard/{TT35}/1.1", {"status": "met", "strengths": "Điểm mạnh gõ trên web"})
    post(local, "/reports", {"format": "json"})
    texts = [p.read_text(encoding="utf-8") for p in ws.output_dir.rglob("*.json")]
    assert any("Điểm mạnh gõ trên web" in t for t in texts)


def test_scan_runs_in_the_background_and_reports_progress(local: TestClient, ws) -> None:  # type: ignore[no-untyped-def]
    (ws.evidence_dir / "Chung" / "Ghi chú mới.txt").write_text("Biên bản họp hội đồng tự đánh giá", encoding="utf-8")
    r = post(local, "/evidence/scan")
    assert r.status_code == 200 and 'id="scan-box"' in r.text
    job = local.app.state.desk.backend.scan_job  # type: ignore[attr-defined]
    for _ in range(600):
        if job.finished:
            break
        time.sleep(0.1)
    assert job.finished and job.error is None and job.report is not None
    assert 'id="scan-done"' in local.get("/evidence/scan").text
    assert any(r.path == "Chung/Ghi chú mới.txt" for r in local.app.state.desk.backend.records())  # type: ignore[attr-defined]


def test_a_cancelled_scan_says_so(local: TestClient) -> None:
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    from accredit.web.backend import ScanJob

    job = ScanJob()
    job.cancel.set()
    backend.scans.job = job
    backend._scan(job, web_actor("local", datetime.now(UTC)))  # the cancel switch is seen at the first tick
    assert job.finished and job.cancelled
    assert "Đã dừng quét" in local.get("/evidence/scan").text


def test_comments_reach_colleagues_on_the_standard(local: TestClient) -> None:
    post(local, f"/standard/{TT38}/1.1/comment", {"text": "Chị Lan bổ sung biên bản nhé"})
    page = local.get(f"/standard/{TT38}/1.1").text
    assert "Chị Lan bổ sung biên bản nhé" in page
    assert post(local, f"/standard/{TT38}/1.1/comment", {"text": "  "}).status_code == 400


def test_links_patched_after_a_change_are_the_indexs_links(local: TestClient, ws) -> None:  # type: ignore[no-untyped-def]
    from accredit.evidence.service import evidence_links

    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    backend.links()
    first, second = backend.suggestions()[:2]
    who = web_actor("local", datetime.now(UTC))
    backend.accept(first.path, first.framework, first.requirement, who)
    backend.reject(second.path, second.framework, second.requirement, who)
    backend.accept(first.path, TT38, "2.1", who)  # a new manual link

    def shown(links):  # type: ignore[no-untyped-def]
        return sorted((x.evidence_id, x.path, x.framework, x.requirement, x.counts, x.evidence_code) for x in links)

    own = set(ws.config.assessment.frameworks)  # the desk shows the school's own frameworks
    assert shown(backend.links()) == shown([x for x in evidence_links(ws) if x.framework in own])
    in_order = [(x.framework, x.requirement, x.evidence_id) for x in evidence_links(ws) if x.framework in own]
    assert [(x.framework, x.requirement, x.evidence_id) for x in backend.links()] == in_order  # the index's order
    # the queue, the flags and the score follow the patched links as a desk reading the index afresh has them
    from accredit.web.backend import Backend

    fresh = Backend(load_workspace(ws.root))

    def queue(b):  # type: ignore[no-untyped-def]
        return [(p, [(x.framework, x.requirement, x.score) for x in xs]) for p, xs in b.suggestion_queue()]

    assert queue(backend) == queue(fresh)
    accepted = (first.framework, first.requirement)
    assert all(p != first.path or all(x[:2] != accepted for x in xs) for p, xs in queue(backend))

    def flagged(b):  # type: ignore[no-untyped-def]
        return sorted((f.kind.value, f.framework or "", f.requirement or "", f.evidence_id or "") for f in b.flags())

    assert flagged(backend) == flagged(fresh)
    totals = [(c.framework, c.total) for c in backend.score().cards]
    assert totals == [(c.framework, c.total) for c in fresh.score().cards]


def test_the_dashboard_notes_are_the_librarys(local: TestClient, ws) -> None:  # type: ignore[no-untyped-def]
    from accredit.evidence.service import scan_workspace
    from accredit.i18n.message import Messages

    (ws.evidence_dir / "Chung" / "Quyết định hỏng.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    scan_workspace(ws, workers=1)
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    broken = next(r for r in backend.records() if r.path == "Chung/Quyết định hỏng.pdf")
    assert broken.status.value == "error"
    post(local, "/suggestions/accept", {"path": broken.path, "framework": TT38, "code": "2.1"})  # supports nothing
    expected = service.evidence_notes(service.read_inputs(ws), {fw.id for fw in backend.frameworks()})
    assert expected
    assert all(note in backend.score().notes for note in expected)
    page = local.get("/").text
    assert all(Messages("vi")(note).split(" ")[0] in page for note in expected)


def test_the_plan_is_made_again_only_when_its_scorecards_change(local: TestClient, ws) -> None:  # type: ignore[no-untyped-def]
    from accredit.web.backend import Backend

    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    assert ws.config.assessment.target == TT35
    plan = backend.roadmap()
    assert plan is not None
    url38 = f"/standard/{TT38}/1.1"
    status = "not_met" if backend.rating(TT38, "1.1").status == "met" else "met"
    assert rate(local, url38, {"status": status}).status_code in (200, 303)
    assert backend.roadmap() is plan  # a TT 38 rating leaves the TT 35 target's plan as it was
    url35 = f"/standard/{TT35}/1.1"
    status = "not_met" if backend.rating(TT35, "1.1").status == "met" else "met"
    assert rate(local, url35, {"status": status}).status_code in (200, 303)
    again = backend.roadmap()
    assert again is not plan
    fresh = Backend(load_workspace(ws.root)).roadmap()
    assert again is not None and fresh is not None
    assert again.model_dump(mode="json") == fresh.model_dump(mode="json")


def test_a_decision_written_by_someone_else_meanwhile_is_not_lost(local: TestClient, ws) -> None:  # type: ignore[no-untyped-def]
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    first, second = (links[0] for _, links in backend.suggestion_queue()[:2])
    # the command line accepts the second file's suggestion while the desk holds the links it read
    service.confirm(ws, [second.path], [second.requirement], framework=second.framework, top=None)
    backend.accept(first.path, first.framework, first.requirement, web_actor("local", datetime.now(UTC)))

    def counted(x):  # type: ignore[no-untyped-def]
        return any(y.counts for y in backend.links()
                   if (y.path, y.framework, y.requirement) == (x.path, x.framework, x.requirement))

    assert counted(first) and counted(second)
    assert all(p != second.path or all(y.requirement != second.requirement for y in xs)
               for p, xs in backend.suggestion_queue())


def test_a_decision_in_a_programme_reaches_the_school_on_a_drive_with_coarse_times(  # type: ignore[no-untyped-def]
        local: TestClient, ws, monkeypatch) -> None:
    import accredit.web.backend as desk
    from accredit.web.scope import Where

    monkeypatch.setattr(desk, "_mtime", lambda path: 0)  # a FAT drive: the index's times say nothing
    school = local.app.state.desk.backend  # type: ignore[attr-defined]
    code = next(p.code for p in ws.config.programmes if p.criteria)
    programme = local.app.state.desk.scopes.get(Where(code, None))  # type: ignore[attr-defined]
    fid = next(p.criteria for p in ws.config.programmes if p.code == code)
    school.links()
    x = programme.suggestions()[0]
    programme.accept(x.path, x.framework, x.requirement, web_actor("local", datetime.now(UTC)))
    held = school._evidence()
    assert any(y.counts for y in held.links if (y.path, y.framework, y.requirement)
               == (x.path, x.framework, x.requirement)) and x.framework == fid
