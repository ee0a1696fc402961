"""Data entry for the indicators: Vietnamese numbers, the live trace, saving moves the score, stale saves refused."""

from __future__ import annotations

from starlette.testclient import TestClient

from tests.web.conftest import TT35, login, post

FIELD = "v__so_nha_giao_ngoai_ngu_bac_3__2026"  # teachers with a level-3 foreign language (TT 35 standard 2.2)


def _form(local: TestClient, **changes: str) -> dict[str, str]:
    import re

    page = local.get(f"/data/{TT35}").text
    values = dict(re.findall(r'name="(v__[^"]+)" value="([^"]*)"', page))
    version = re.search(r'name="version" value="(\d+)"', page)
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
    assert local.app.state.desk.backend.desk.data(TT35) == {}  # type: ignore[attr-defined]


def test_a_bad_number_is_refused_naming_the_input_and_year(local: TestClient) -> None:
    r = post(local, f"/data/{TT35}/check", _form(local, **{FIELD: "năm mươi"}), headers={"HX-Request": "true"})
    assert r.status_code == 400 and "(2026)" in r.text and "ngoại ngữ" in r.text.lower()


def test_saving_figures_moves_the_score_and_lands_in_the_audit_log(local: TestClient) -> None:
    backend = local.app.state.desk.backend  # type: ignore[attr-defined]
    before = backend.card(TT35).total
    r = post(local, f"/data/{TT35}", _form(local, **{FIELD: "80"}))
    assert r.status_code == 303
    assert backend.desk.data(TT35) == {("so_nha_giao_ngoai_ngu_bac_3", 2026): 80}  # only the changed figure
    assert backend.card(TT35).total > before
    entry = backend.desk.history()[0]
    assert (entry.action, entry.old, entry.new) == ("data", None, "80")
    page = local.get(f"/data/{TT35}").text
    assert f'name="{FIELD}" value="80"' in page and "nhập trên web" in page
    cleared = post(local, f"/data/{TT35}", _form(local, **{FIELD: ""}))  # blank: back to the workbook's 54
    assert cleared.status_code == 303 and backend.desk.data(TT35) == {}
    assert backend.card(TT35).total == before


def test_a_stale_data_save_is_refused(local: TestClient) -> None:
    old = _form(local, **{FIELD: "60"})
    assert post(local, f"/data/{TT35}", _form(local, **{FIELD: "70"})).status_code == 303
    late = post(local, f"/data/{TT35}", old)
    assert late.status_code == 409 and "CHƯA được lưu" in late.text
    assert local.app.state.desk.backend.desk.data(TT35)[("so_nha_giao_ngoai_ngu_bac_3", 2026)] == 70  # type: ignore[attr-defined]


def test_only_a_member_of_an_indicator_criterion_saves_figures(network_app) -> None:  # type: ignore[no-untyped-def]
    lan = login(network_app, "lan")  # assigned TT35 criterion 1 (standards 1.1, 1.2): not 2.2's figures
    assert lan.get(f"/data/{TT35}").status_code == 200
    refused = post(lan, f"/data/{TT35}", {"version": "0", FIELD: "80"})
    assert refused.status_code == 403 and "Tiêu chí 2 không được giao cho bạn" in refused.text
    assert post(lan, f"/data/{TT35}", {"version": "0", "v__so_tuyen_sinh__2026": "999"}).status_code == 303
    assert network_app.state.desk.backend.desk.data(TT35) == {("so_tuyen_sinh", 2026): 999}
    hieu = login(network_app, "hieu")
    assert post(hieu, f"/data/{TT35}", {"version": "0", FIELD: "80"}).status_code == 403
