"""The desk in a programme's scope and in a past year: the scope in the URL, each programme's own ratings and
score, people and roles from the school, per-programme assignments, past years read-only, the year started by
the QA lead only, a carried rating confirmed, the dashboard's programmes overview and next deadline.

The fixtures read what they need from the workspace (two assessed programmes on one criteria set, a standard
the programme's scorecard counts as met) and never rely on the demo's scores.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient

from accredit import service
from accredit.model.scorecard import Scorecard
from accredit.web.backend import Backend, web_actor
from accredit.web.scope import Where, split_prefix
from accredit.web.server import build_app
from accredit.workspace import Workspace, load_workspace
from tests.web.conftest import TT35, login, post, rate, version_of


@dataclass(frozen=True)
class Pair:
    """Two assessed programmes on the same criteria set (``a`` is the one the tests change)."""

    a: str
    b: str
    framework: str


def _pair(ws: Workspace) -> Pair:
    by_set: dict[str, list[str]] = {}
    for p in service.assessed_programmes(ws):
        by_set.setdefault(p.criteria or "", []).append(p.code)
    shared = [(fid, codes) for fid, codes in by_set.items() if len(codes) >= 2]
    assert shared, "these tests need two assessed programmes on one criteria set in the workspace"
    fid, codes = shared[0]
    return Pair(codes[0], codes[1], fid)


@pytest.fixture
def pair(ws: Workspace) -> Pair:
    """The workspace's two programmes on one set."""
    return _pair(ws)


def _scoped(app, code: str | None = None, year: int | None = None) -> Backend:  # type: ignore[no-untyped-def]
    return app.state.desk.scopes.get(Where(code, year))


def _met(card: Scorecard) -> str:
    """A standard the scorecard counts as met with points (rating it not met must lower the total)."""
    return next(r.code for r in card.requirements if r.status.value == "met" and r.points)


def _totals(client: TestClient, url: str) -> list[str]:
    return re.findall(r'data-testid="total">([^<]*)<', client.get(url).text)


def test_the_prefix_names_the_scope_and_the_year() -> None:
    assert split_prefix("/p/6520227/standard/x/y/1.1") == (Where("6520227"), "/standard/x/y/1.1")
    assert split_prefix("/p/6520227/y/2025/") == (Where("6520227", 2025), "/")
    assert split_prefix("/y/2025") == (Where(None, 2025), "/")
    assert split_prefix("/standard/tt35/y/1.1") == (Where(), "/standard/tt35/y/1.1")
    assert split_prefix("/p/../etc") == (Where(), "/p/../etc")  # not a code: routed as it is (404)
    assert Where("6520227", 2025).base == "/p/6520227/y/2025"


def test_every_page_of_a_programme_keeps_its_scope(local: TestClient, pair: Pair) -> None:
    base = f"/p/{pair.a}"
    for page in ("/", f"/scorecard/{pair.framework}", "/evidence", "/suggestions", "/reports",
                 f"/data/{pair.framework}", "/years", "/history"):
        r = local.get(base + page)
        assert r.status_code == 200, (page, r.text[:300])
        assert re.search(rf'aria-current="true" data-scope="{pair.a}"', r.text), page  # the switcher
    dashboard = local.get(base + "/").text
    assert f'href="{base}/scorecard/{pair.framework}"' in dashboard  # links carry the scope
    assert 'href="/scorecard/' not in dashboard
    assert local.get("/p/KHONG-CO/").status_code == 404
    assert "KHONG-CO" in local.get("/p/KHONG-CO/").text


def test_rating_in_a_programme_changes_that_programme_only(local: TestClient, pair: Pair) -> None:
    app = local.app
    card = _scoped(app, pair.a).card(pair.framework)
    code = _met(card)
    school_before = _totals(local, "/")
    row_before = _overview_row(local, pair.a)
    other_before = _totals(local, f"/p/{pair.b}/")
    mine_before = _totals(local, f"/p/{pair.a}/")
    a_ws = service.programme_view(app.state.desk.backend.ws, pair.a)
    b_ws = service.programme_view(app.state.desk.backend.ws, pair.b)
    b_rating = service.get_standard(b_ws, pair.framework, code).status
    url = f"/p/{pair.a}/standard/{pair.framework}/{code}"
    r = rate(local, url, {"status": "not_met", "weaknesses": "Chưa có biên bản của khoa"})
    assert r.status_code == 303 and r.headers["location"] == url + "?saved=1"
    assert _totals(local, f"/p/{pair.a}/") != mine_before
    assert _totals(local, f"/p/{pair.b}/") == other_before
    assert _totals(local, "/") == school_before
    assert service.get_standard(a_ws, pair.framework, code).status.status.value == "not_met"
    assert service.get_standard(b_ws, pair.framework, code).status == b_rating  # the other's own store
    assert _scoped(app, pair.a).card(pair.framework).total < card.total
    assert _overview_row(local, pair.a) != row_before  # the school's dashboard: every programme's result
    assert _overview_row(local, pair.b) is not None


def _overview_row(client: TestClient, code: str) -> str | None:
    found = re.search(rf'data-programme="{code}">.*?data-testid="programme-total">([^<]*)<',
                      client.get("/programmes", headers={"HX-Request": "true"}).text, re.S)
    return found.group(1) if found else None


def test_the_programme_library_and_queue_hold_its_own_and_shared_files(local: TestClient, pair: Pair) -> None:
    app = local.app
    mine, other = _scoped(app, pair.a), _scoped(app, pair.b)
    own = {r.path for r in mine.records()}
    of_b = [r.path for r in other.records() if r.path not in own]
    assert of_b, "these tests need a file in the second programme's own folder"
    assert own and all(x.framework == pair.framework for x in mine.links())
    assert not {r.record.path for r in mine.evidence_rows()} & set(of_b)
    folder_of_b = of_b[0]
    assert local.get(f"/p/{pair.b}/evidence/file", params={"path": folder_of_b}).status_code == 200
    assert local.get(f"/p/{pair.a}/evidence/file", params={"path": folder_of_b}).status_code == 404
    assert all(x.path != folder_of_b for x in mine.suggestions())


def test_a_member_edits_only_the_criteria_assigned_in_that_programme(network_app, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    lan = login(network_app, "lan")  # assigned criterion 1 of the school's TT 35 only
    b_card = _scoped(network_app, pair.b).card(pair.framework)
    fw = _scoped(network_app, pair.a).framework(pair.framework)
    criterion = fw.criteria[0]
    code = criterion.requirements[0].code
    url_a = f"/p/{pair.a}/standard/{pair.framework}/{code}"
    r = rate(lan, url_a, {"status": "not_met"})
    assert r.status_code == 403 and "không được giao cho bạn" in r.text
    lead = login(network_app, "lead")
    users = lead.get("/users").text
    key = f"{pair.framework}@{pair.a}#{criterion.code}"
    assert f'value="{key}"' in users and "Phân công theo từng chương trình" in users
    r = post(lead, "/users", {"name": "lan", "role": "member", "lang": "vi", "criteria": [f"{TT35}#1", key]})
    assert r.status_code == 303, r.text[:400]
    r = rate(lan, url_a, {"status": "not_met"})
    assert r.status_code == 303, r.text[:400]
    r = rate(lan, f"/p/{pair.b}/standard/{pair.framework}/{code}", {"status": "not_met"})
    assert r.status_code == 403  # the same set in the other programme: not assigned there
    assert _scoped(network_app, pair.b).card(pair.framework).total == b_card.total
    assert rate(lan, f"/standard/{TT35}/1.1", {"status": "not_met"}).status_code == 303  # the school's still hers
    hieu = login(network_app, "hieu")  # a viewer reads a programme, never edits it
    assert hieu.get(f"/p/{pair.a}/").status_code == 200
    assert rate(hieu, url_a, {"status": "met"}).status_code == 403
    people = [u.name for u in _scoped(network_app, pair.a).users()]
    assert "lan" in people and "lead" in people  # the school's people, in the programme's scope too


@pytest.fixture
def started(network_app) -> Iterator[tuple[object, int]]:  # type: ignore[no-untyped-def]
    """The network desk after the QA lead started the next year from the browser: (app, the past year)."""
    lead = login(network_app, "lead")
    past = network_app.state.desk.backend.year
    page = lead.get("/years/start").text
    assert "[Kế thừa" in page and "Không chép kết quả đánh giá" in page  # what will happen, before it does
    r = post(lead, "/years/start", {"confirm": "yes"})
    assert r.status_code == 303 and r.headers["location"] == f"/years?started={past + 1}", r.text[:600]
    yield network_app, past


def test_starting_a_year_needs_the_qa_lead_and_the_confirmation(network_app, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    year = ws.config.assessment.year
    for name in ("lan", "hieu"):
        client = login(network_app, name)
        assert client.get("/years/start").status_code == 403
        assert post(client, "/years/start", {"confirm": "yes"}).status_code == 403
    lead = login(network_app, "lead")
    r = post(lead, "/years/start", {})
    assert r.status_code == 400 and "Chưa đánh dấu ô xác nhận" in r.text
    assert load_workspace(ws.root).config.assessment.year == year  # nothing started


def test_a_started_year_carries_narratives_not_ratings(started, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    app, past = started
    school = app.state.desk.backend
    assert school.year == past + 1 and load_workspace(school.ws.root).config.assessment.year == past + 1
    assert any(e.entity == "year_start" and e.key.get("year") == past + 1 for e in school.history())
    lead = login(app, "lead")
    years = lead.get("/years").text
    assert f'data-year="{past}"' in years and f'data-year="{past + 1}"' in years
    old_card = _scoped(app, pair.a, past).card(pair.framework)
    code = _met(old_card)
    page = lead.get(f"/p/{pair.a}/standard/{pair.framework}/{code}").text
    assert 'data-testid="previous"' in page and 'id="confirm-last-year"' in page
    new, other = _scoped(app, pair.a), _scoped(app, pair.b)
    assert service.get_standard(new.ws, pair.framework, code).status.status is None  # not carried: not counted
    assert next(r for r in new.card(pair.framework).requirements if r.code == code).status.value != "met"
    carried = " ".join(new.rating(pair.framework, code).narrative.values())
    assert "[Kế thừa" in carried or 'data-testid="carried"' in page
    r = post(lead, f"/p/{pair.a}/standard/{pair.framework}/{code}/confirm")
    assert r.status_code == 303, r.text[:600]
    assert service.get_standard(new.ws, pair.framework, code).status.status is not None
    assert service.get_standard(new.ws, pair.framework, code).status.status == \
        service.get_standard(old_card_ws(app, pair.a, past), pair.framework, code).status.status
    assert service.get_standard(other.ws, pair.framework, code).status.status is None  # the other programme's
    assert any(e.entity == "year_confirm" for e in school.history())
    again = post(lead, f"/p/{pair.a}/standard/{pair.framework}/{code}/confirm")
    assert again.status_code == 400 and "đang chờ xác nhận" in again.text  # nothing left to confirm


def old_card_ws(app, code: str, year: int) -> Workspace:  # type: ignore[no-untyped-def]
    """The programme's workspace view in a past year."""
    return _scoped(app, code, year).ws


def test_a_past_year_opens_read_only_and_refuses_every_change(started, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    app, past = started
    lead = login(app, "lead")
    old = _scoped(app, pair.a, past)
    code = _met(old.card(pair.framework))
    url = f"/p/{pair.a}/y/{past}/standard/{pair.framework}/{code}"
    page = lead.get(url)
    assert page.status_code == 200 and 'data-testid="read-only"' in page.text and "<fieldset disabled>" in page.text
    r = post(lead, url, {"status": "not_met", "version": version_of(lead, url)})
    assert r.status_code == 403 and f"Năm {past} đã qua nên không sửa được" in r.text
    assert next(x for x in old.card(pair.framework).requirements if x.code == code).status.value == "met"
    for path in (f"/y/{past}/standard/{TT35}/1.1", f"/y/{past}/reports", f"/y/{past}/evidence/scan",
                 f"/y/{past}/standard/{TT35}/1.1/comment"):
        assert post(lead, path, {"text": "x"}).status_code == 403, path
    assert lead.get(f"/y/{past}/").status_code == 200
    assert lead.get(f"/y/{past - 5}/").status_code == 404  # a year without ratings
    lead_en = login(app, "lead")
    post(lead_en, "/lang", {"lang": "en", "back": "/"})
    r = post(lead_en, url, {"status": "not_met", "version": "0"})
    assert r.status_code == 403 and f"{past} is a past year and cannot be changed" in r.text


def test_the_dashboard_shows_the_programmes_and_what_is_due(local: TestClient, ws: Workspace) -> None:
    page = local.get("/").text
    assert 'hx-get="/programmes" hx-trigger="load"' in page  # the overview comes after the page is shown
    overview = local.get("/programmes", headers={"HX-Request": "true"}).text
    assert "<html" not in overview
    for p in service.assessed_programmes(ws):
        assert f'data-programme="{p.code}"' in overview
    assert 'data-programme="' in local.get("/programmes").text and "<html" in local.get("/programmes").text
    today = datetime.now(UTC).astimezone().date()
    due = service.cycle_status(ws, today)
    assert 'data-testid="cycle"' in page
    if due.next is not None and due.next.date is not None:
        assert due.next.date.strftime("%d/%m/%Y") in page


def test_people_stay_the_schools(network_app, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    programme = _scoped(network_app, pair.a)
    assert service.list_users(programme.ws).users == []  # the programme's store has no people of its own
    assert programme.user("lan") is not None and programme.user("lan").criteria == []  # type: ignore[union-attr]
    programme.record("upload", {"path": "x"}, "1 B", web_actor("lead", datetime.now(UTC)))
    assert any(e.key.get("programme") == pair.a for e in service.audit_log(network_app.state.desk.backend.ws).entries)


def test_a_programme_in_the_url_works_with_a_fresh_app(ws: Workspace, pair: Pair) -> None:
    """A bookmark: the scope comes from the URL, not from anything the session remembers."""
    with TestClient(build_app(ws, extra_hosts=("testserver",)), follow_redirects=False) as client:
        r = client.get(f"/p/{pair.b}/scorecard/{pair.framework}")
        assert r.status_code == 200 and f'data-scope="{pair.b}" title' in r.text


def test_a_programmes_reports_go_to_its_own_output(local: TestClient, pair: Pair) -> None:
    r = post(local, f"/p/{pair.a}/reports", {"format": "json"})
    assert r.status_code == 303 and r.headers["location"] == f"/p/{pair.a}/reports"
    view = _scoped(local.app, pair.a)
    files = view.report_files()
    assert files and all((view.ws.output_dir / f).is_file() for f in files)
    assert view.ws.output_dir != local.app.state.desk.backend.ws.output_dir
    assert view.ws.output_dir.is_relative_to(local.app.state.desk.backend.ws.output_dir)
    assert any(e.entity == "report" and e.key.get("programme") == pair.a
               for e in service.audit_log(local.app.state.desk.backend.ws).entries)


def test_changing_the_language_never_copies_a_groups_rights_to_the_person(network_app) -> None:  # type: ignore[no-untyped-def]
    from accredit.web.backend import web_actor as actor_of

    school = network_app.state.desk.backend
    at = actor_of("lead", datetime.now(UTC))
    service.set_group_members(school.ws, "To mot", ["lan"], actor=at)
    service.assign_criteria(school.ws, "To mot", TT35, ["2"], actor=at)
    assert f"{TT35}#2" in (school.user("lan").criteria)
    lan = login(network_app, "lan")
    assert post(lan, "/lang", {"lang": "en", "back": "/"}).status_code == 303
    assert school.user("lan").lang == "en"
    service.set_group_members(school.ws, "To mot", [], actor=at)  # taken out of the group: its rights go too
    assert f"{TT35}#2" not in school.user("lan").criteria


def test_a_stranger_learns_nothing_of_the_programmes_or_years(network_app, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    stranger = TestClient(network_app, follow_redirects=False)
    for url in (f"/p/{pair.a}/", "/p/ZZZ/", "/y/2025/", "/y/1999/", f"/p/{pair.a}/evidence"):
        r = stranger.get(url)
        assert (r.status_code, r.headers.get("location")) == (303, "/login"), url
    assert stranger.get(f"/p/{pair.a}/y/2٠٢٥").status_code == 404  # a year of other digits is no year


def test_a_shared_files_link_is_decided_only_by_whom_it_concerns_in_every_programme(network_app, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    mine = _scoped(network_app, pair.a)
    shared = next((x for x in mine.suggestions() if mine.sharing_programmes(x.path, x.framework)), None)
    assert shared is not None, "these tests need a suggestion on a shared file of the programmes' set"
    criterion = mine.criterion_of(shared.framework, shared.requirement)
    lead = login(network_app, "lead")
    key_a, key_b = (f"{pair.framework}@{c}#{criterion}" for c in (pair.a, pair.b))
    assert post(lead, "/users", {"name": "lan", "role": "member", "lang": "vi", "criteria": [key_a]}).status_code == 303
    lan = login(network_app, "lan")
    decision = {"path": shared.path, "framework": shared.framework, "code": shared.requirement}
    r = post(lan, f"/p/{pair.a}/suggestions/accept", decision)
    assert r.status_code == 403 and "dùng chung cho nhiều chương trình" in r.text
    assert not any(x.path == shared.path and x.requirement == shared.requirement and x.counts
                   for x in _scoped(network_app, pair.b).links())
    assert post(lead, "/users", {"name": "lan", "role": "member", "lang": "vi",
                                 "criteria": [key_a, key_b]}).status_code == 303
    assert post(lan, f"/p/{pair.a}/suggestions/accept", decision).status_code == 303


def test_a_trailing_slash_keeps_the_scope(local: TestClient, pair: Pair) -> None:
    r = local.get(f"/p/{pair.a}/evidence/?state=linked", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/p/{pair.a}/evidence?state=linked"
    assert local.get(r.headers["location"], follow_redirects=False).status_code == 200


def test_confirming_in_the_schools_scope_leaves_a_programme_on_the_same_set_alone(network_app, pair: Pair) -> None:  # type: ignore[no-untyped-def]
    from accredit.programmes.config import set_frameworks

    school = network_app.state.desk.backend
    assessed = school.ws.config.assessment
    set_frameworks(school.ws, [*assessed.frameworks, pair.framework], assessed.target)  # the school on it too
    past = school.year
    lead = login(network_app, "lead")
    assert post(lead, "/years/start", {"confirm": "yes"}).status_code == 303
    code = _met(_scoped(network_app, pair.a, past).card(pair.framework))
    before = service.get_standard(old_card_ws(network_app, pair.a, past), pair.framework, code).status.status
    post(lead, f"/standard/{pair.framework}/{code}/confirm")  # the school's scope: the school has nothing carried
    for other in (pair.a, pair.b):
        assert service.get_standard(_scoped(network_app, other).ws, pair.framework, code).status.status is None
    assert post(lead, f"/p/{pair.a}/standard/{pair.framework}/{code}/confirm").status_code == 303
    assert service.get_standard(_scoped(network_app, pair.a).ws, pair.framework, code).status.status == before
    assert service.get_standard(_scoped(network_app, pair.b).ws, pair.framework, code).status.status is None


def test_the_desk_runs_one_scan_every_scope_shows_and_waits_for(local: TestClient, pair: Pair,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    desk = local.app.state.desk  # type: ignore[attr-defined]
    gate, scans = threading.Event(), []
    real = service.scan

    def held(ws, **kw):  # type: ignore[no-untyped-def]
        scans.append(ws.root)
        assert gate.wait(60)
        return real(ws, **kw)

    monkeypatch.setattr(service, "scan", held)
    try:
        new = "Chung/Biên bản họp mới.txt"
        (desk.backend.ws.evidence_dir / new).write_text("Biên bản họp hội đồng tự đánh giá", encoding="utf-8")
        assert post(local, "/evidence/scan").status_code == 200
        job = desk.backend.scan_job
        assert job is not None and not job.finished
        assessed = desk.backend.ws.config.assessment
        saved = post(local, "/settings", {"frameworks": list(assessed.frameworks), "target": assessed.target or ""})
        assert saved.status_code == 303  # the settings page makes every backend again
        assert 'hx-trigger="every 1s"' in local.get(f"/p/{pair.a}/evidence/scan").text  # the school's scan, shown here
        assert desk.backend.scan_job is job  # kept over the reload
        programme = _scoped(local.app, pair.a)
        assert post(local, f"/p/{pair.a}/evidence/scan").status_code == 200
        assert programme.scan_job is job and _scoped(local.app, pair.b).scan_job is job  # no second scan
        told = []
        forget = programme._invalidate
        monkeypatch.setattr(programme, "_invalidate", lambda **kw: (told.append(kw), forget(**kw)))
        assert all(r.path != new for r in programme.records())
    finally:
        gate.set()  # the scan goes on (at once, if the test stopped early)
    for _ in range(600):
        if job.finished:
            break
        time.sleep(0.1)
    assert job.finished and job.error is None and len(scans) == 1
    assert told  # the programme's evidence views were forgotten, though the school's backend ran the scan
    assert any(r.path == new for r in programme.records())
    assert 'id="scan-done"' in local.get(f"/p/{pair.b}/evidence/scan").text


def test_a_programmes_evidence_is_the_schools_read_once(local: TestClient, pair: Pair) -> None:
    from accredit import service
    from accredit.web.backend import web_actor

    app = local.app
    school = app.state.desk.backend  # type: ignore[attr-defined]
    mine = _scoped(app, pair.a)
    held, derived = school._evidence(), mine._evidence()
    assert derived.records is held.records and derived.links is held.links  # the same objects, not a copy
    read = service.evidence_snapshot(mine.ws)  # what reading the index for the programme's view gives
    assert derived.notices == read.notices and derived.links == read.links and derived.records == read.records
    # a decision in the programme's scope: the school's desk sees the index changed and reads it again
    x = mine.suggestions()[0]
    mine.accept(x.path, x.framework, x.requirement, web_actor("local", datetime.now(UTC)))
    again = school._evidence()
    assert again is not held
    assert any(y.counts for y in again.links if (y.path, y.framework, y.requirement) == (x.path, x.framework,
                                                                                           x.requirement))
