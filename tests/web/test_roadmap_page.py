"""The roadmap page: the plan toward the target as the report shows it, with its chart, in every scope and role.

The expected figures are read from the desk's own cached roadmap (``Backend.roadmap``), never from the demo's
scores written down here, so the tests follow the demo when its data changes.
"""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from accredit import service
from accredit.i18n.message import Messages, msg
from accredit.model.roadmap import Roadmap
from accredit.web.backend import Backend
from accredit.web.scope import Where
from accredit.web.server import build_app
from accredit.workspace import Workspace, load_workspace
from tests.web.conftest import login, post


def _backend(client: TestClient, where: Where = Where()) -> Backend:
    return client.app.state.desk.scopes.get(where)  # type: ignore[attr-defined, no-any-return]


def _plan(backend: Backend) -> Roadmap:
    plan = backend.roadmap()
    assert plan is not None, "the demo names a target: it has a roadmap"
    return plan


def _needed_link(plan: Roadmap, base: str = "") -> str:
    """The link of the first standard an action needed to pass works on (in the target's framework)."""
    action = next(a for a in plan.actions if a.priority == "needed_to_pass" and a.framework == plan.target
                  and a.requirements)
    return f'href="{base}/standard/{action.framework}/{action.requirements[0]}"'


def test_the_roadmap_page_shows_the_target_projection_actions_and_milestones(local: TestClient) -> None:
    b = _backend(local)
    plan = _plan(b)
    r = local.get("/roadmap")
    assert r.status_code == 200, r.text[:800]
    page = r.text
    name = b.display_name(plan.target)
    assert re.search(rf'data-testid="target">{re.escape(name)}<', page)
    assert plan.target not in re.sub(r'href="[^"]*"', "", page)  # the id only in links, never as text
    assert plan.earliest_year is not None
    assert re.search(rf'data-testid="earliest">{plan.earliest_year}<', page)
    assert f"sớm nhất năm {plan.earliest_year} có thể đánh giá và đạt" in page
    assert Messages("vi")(plan.explanation[0]) in page  # the explanation, all of it, in the page's language
    assert Messages("vi")(plan.explanation[-1]) in page
    projection = page.split('data-testid="projection"', 1)[1].split("</table>", 1)[0]
    for p in plan.projections:  # the chart's figures as a table: total/max per year, and whether it passes
        row = re.search(rf'<tr data-year="{p.year}">(.*?)</tr>', projection, re.S)
        assert row is not None, p.year
        assert f"{p.total}/{p.max}" in row.group(1)
        assert ("Đạt" if p.passed else "Chưa đạt") in row.group(1)
    assert _needed_link(plan) in page.split('id="actions"', 1)[1]
    first = min(a.start_year for a in plan.actions)
    assert f'data-testid="actions-{first}"' in page and f"Bắt đầu năm {first}" in page
    assert "Cần để đạt" in page and 'id="milestones"' in page
    for m in plan.milestones:
        assert f'<tr data-year="{m.year}"><td>{m.year}</td>' in page


def test_the_chart_is_inline_svg_accessible_with_a_bar_per_year_and_the_pass_line(local: TestClient) -> None:
    plan = _plan(_backend(local))
    page = local.get("/roadmap").text
    svg = re.search(r'<svg class="chart roadmap-chart" role="img" aria-label="([^"]+)"(.*?)</svg>', page, re.S)
    assert svg is not None
    assert "so với mức cần để đạt" in svg.group(1)
    years = re.findall(r'<g class="year" data-year="([^"]+)">', svg.group(2))
    assert years == ["now", *(str(p.year) for p in plan.projections)]  # the scorecard now, then every plan year
    assert 'class="threshold"' in svg.group(2)
    assert "<script" not in page.split("<main", 1)[1] and "http" not in svg.group(0)  # drawn here, nothing fetched
    passing = [p for p in plan.projections if p.passed]
    assert svg.group(2).count('class="bar-ok"') == len(passing)


def test_the_dashboard_and_the_navigation_link_to_the_roadmap(local: TestClient) -> None:
    page = local.get("/").text
    if 'id="dash-roadmap"' in page:  # the plan not made yet: the box loads itself after the page
        assert 'hx-get="/dashboard/roadmap"' in page
        box = local.get("/dashboard/roadmap", headers={"HX-Request": "true"}).text
    else:
        box = page
    assert '<a href="/roadmap" data-testid="roadmap-link">Xem toàn bộ lộ trình</a>' in box
    assert 'id="dash-roadmap"' not in local.get("/").text  # planned now: in the dashboard itself
    nav = page.split("<nav", 1)[1].split("</nav>", 1)[0]
    assert 'href="/roadmap"' in nav and ">Lộ trình<" in nav
    assert 'aria-current="page">Lộ trình<' in local.get("/roadmap").text


def test_a_programme_has_its_own_roadmap_with_links_in_its_scope(local: TestClient, ws: Workspace) -> None:
    code = service.assessed_programmes(ws)[0].code
    b = _backend(local, Where(code))
    plan = _plan(b)
    school = _plan(_backend(local))
    assert plan.target != school.target
    page = local.get(f"/p/{code}/roadmap")
    assert page.status_code == 200, page.text[:800]
    assert b.display_name(plan.target) in page.text
    assert _needed_link(plan, f"/p/{code}") in page.text


def test_a_past_year_shows_its_roadmap_read_only(local: TestClient) -> None:
    school = _backend(local)
    past = school.year - 1
    b = _backend(local, Where(None, past))
    assert b.read_only
    plan = _plan(b)
    page = local.get(f"/y/{past}/roadmap")
    assert page.status_code == 200, page.text[:800]
    assert 'data-testid="read-only"' in page.text
    assert f'data-testid="target">{b.display_name(plan.target)}<' in page.text
    assert _needed_link(plan, f"/y/{past}") in page.text


def test_a_viewer_reads_it_a_stranger_is_sent_to_the_login(network_app) -> None:  # type: ignore[no-untyped-def]
    stranger = TestClient(network_app, follow_redirects=False)
    assert stranger.get("/roadmap").headers.get("location") == "/login"
    hieu = login(network_app, "hieu")
    r = hieu.get("/roadmap")
    assert r.status_code == 200 and 'data-testid="projection"' in r.text


def test_the_roadmap_page_in_english(local: TestClient) -> None:
    post(local, "/lang", {"lang": "en", "back": "/roadmap"})
    plan = _plan(_backend(local))
    page = local.get("/roadmap").text
    assert '<html lang="en">' in page
    assert "Projected result per year" in page and f"Starting in {min(a.start_year for a in plan.actions)}" in page
    assert "projected points per year against what passing needs" in page
    assert Messages("en")(plan.explanation[0]) in page
    assert "Lộ trình đạt chuẩn" not in page and "Kết quả dự kiến theo năm" not in page


def _without_target(ws: Workspace) -> Workspace:
    path = ws.root / "accredit.toml"
    text = path.read_text(encoding="utf-8")
    assert re.search(r"^target = .*$", text, re.M)
    path.write_text(re.sub(r"^target = .*\n", "", text, flags=re.M), encoding="utf-8")
    return load_workspace(ws.root)


def test_a_workspace_with_no_target_says_why_there_is_no_roadmap(ws: Workspace) -> None:
    app = build_app(_without_target(ws), extra_hosts=("testserver",))
    with TestClient(app, follow_redirects=False) as client:
        assert app.state.desk.backend.roadmap() is None
        r = client.get("/roadmap")
        assert r.status_code == 200, r.text[:800]
        note = re.search(r'data-testid="no-roadmap">([^<]+)<', r.text)
        assert note is not None and "Chưa chọn mục tiêu của lộ trình" in note.group(1)
        assert 'data-testid="projection"' not in r.text


def test_a_plan_that_cannot_be_made_is_a_note_with_the_reason(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(inputs, cards, key):  # type: ignore[no-untyped-def]
        return None, [msg(key, error="ô B7 của sổ lộ trình không đọc được")]

    monkeypatch.setattr(service, "planned_or_note", failing)
    with TestClient(build_app(ws, extra_hosts=("testserver",)), follow_redirects=False) as client:
        r = client.get("/roadmap")
        assert r.status_code == 200, r.text[:800]
        assert "Chưa lập được lộ trình: ô B7 của sổ lộ trình không đọc được" in r.text
