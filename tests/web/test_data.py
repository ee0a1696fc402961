"""Data entry for the indicators: Vietnamese numbers, the live trace, saving moves the score, stale saves refused."""

from __future__ import annotations

from decimal import Decimal

from starlette.testclient import TestClient

from accredit import service
from tests.web.conftest import TT35, login, post

FIELD = "v__so_nha_giao_ngoai_ngu_bac_3__2026"  # teachers with a level-3 foreign language (TT 35 standard 2.2)
INPUT = "so_nha_giao_ngoai_ngu_bac_3"


def _stored(client: TestClient, name: str = INPUT, year: int = 2026) -> Decimal | None:
    """The value the workspace store holds (what the command line reads)."""
    found = service.get_data_value(client.app.state.desk.backend.ws, TT35, name, year)  # type: ignore[attr-defined]
    return None if found.value is None else Decimal(found.value)


def _form(local: TestClient, **changes: str) -> dict[str, str]:
    import re

    page = local.get(f"/data/{TT35}").text
    values = dict(re.findall(r'name="(v__[^"]+)" value="([^"]*)"', page))
    version = re.search(r'name="version" value="([^"]*)"', page)
    assert version is not None
    return {**values, **changes, "version": version.group(1)}


def test_data_page_lists_inputs_by_year_with_their_source(local: TestClient) -> None:
    page = local.get(f"/data/{TT35}").text
    assert f'name="{FIELD}" value="54"' in page
    assert "'" in page and "!" in page  # each value says the workbook cell it came from
    assert 'data-requirement="2.2"' in page and "38,03" in page


def test_typing_shows_the_result_without_saving(local: TestClient) -> None:
    r = post(local, f"/data/{TT35}/check", _form(local, **{FIELD: "80"}), headers={"HX-Request": "true"})
    assert r.status_code == 200 and 'id="indicators"' in r.text
    row = r.text.split('data-requirement="2.2"')[1].split("</tr>")[0]
    assert "56,34" in row and "Đạt" in row  # 80 / 142
    assert _stored(local) == 54  # nothing saved


def test_a_bad_number_is_refused_naming_the_input_and_year(local: TestClient) -> None:
    r = post(local, f"/data/{TT35}/check", _form(local, **{FIELD: "năm mươi"}), headers={"HX-Request": "true"})
    assert r.status_code == 400 and "(2026)" in r.text and "ngoại ngữ" in r.text.lower()


def test_saving_figures_moves_the_score_and_lands_in_the_audit_log(local: TestClient) -> None:
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    before = backend.card(TT35).total
    r = post(local, f"/data/{TT35}", _form(local, **{FIELD: "80"}))
    assert r.status_code == 303
    assert _stored(local) == 80
    assert backend.card(TT35).total > before
    web = [e for e in backend.history() if e.via == "web"]
    assert [(e.entity, e.old, e.new) for e in web] == [("data", "54", "80")]  # only the changed figure
    page = local.get(f"/data/{TT35}").text
    assert f'name="{FIELD}" value="80"' in page and "(web, " in page
    assert service.score(backend.ws).scorecards[1].total == backend.card(TT35).total  # the CLI's score: the same
    cleared = post(local, f"/data/{TT35}", _form(local, **{FIELD: ""}))  # blank: cleared in the store
    assert cleared.status_code == 303 and _stored(local) is None
    assert backend.card(TT35).total == before  # 2.2 has no figure now: not evaluated, never met
    assert next(r for r in backend.card(TT35).requirements if r.code == "2.2").status.value == "not_evaluated"


def test_a_stale_data_save_is_refused(local: TestClient) -> None:
    old = _form(local, **{FIELD: "60"})
    assert post(local, f"/data/{TT35}", _form(local, **{FIELD: "70"})).status_code == 303
    late = post(local, f"/data/{TT35}", old)
    assert late.status_code == 409 and "Không lưu" in late.text and "«70»" in late.text
    assert _stored(local) == 70


def test_only_a_member_of_an_indicator_criterion_saves_figures(network_app) -> None:  # type: ignore[no-untyped-def]
    lan = login(network_app, "lan")  # assigned TT35 criterion 1 (standards 1.1, 1.2): not 2.2's figures
    assert lan.get(f"/data/{TT35}").status_code == 200
    version = _form(lan)["version"]
    refused = post(lan, f"/data/{TT35}", {"version": version, FIELD: "80"})
    assert refused.status_code == 403 and "Tiêu chí 2 không được giao cho bạn" in refused.text
    assert post(lan, f"/data/{TT35}", {"version": version, "v__so_tuyen_sinh__2026": "999"}).status_code == 303
    assert service.get_data_value(network_app.state.desk.backend.ws, TT35, "so_tuyen_sinh", 2026).value == "999"
    hieu = login(network_app, "hieu")
    assert post(hieu, f"/data/{TT35}", {"version": version, FIELD: "80"}).status_code == 403
