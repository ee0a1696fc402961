"""The QA lead's working groups page: groups, members, criteria per framework; a member edits their groups' criteria."""

from __future__ import annotations

import re

from accredit import service
from tests.web.conftest import TT35, TT38, csrf_of, login, post, rate

RATING = {"status": "met", "current_state": "Tổ 2 đã rà soát."}


def _group_entries(app, entity: str) -> list:  # type: ignore[no-untyped-def, type-arg]
    ws = app.state.desk.backend.ws
    return [e for e in service.audit_log(ws, entity=entity).entries if e.via == "web" and e.username == "lead"]


def test_a_member_edits_the_criteria_of_every_group_they_are_in_and_no_other(network_app) -> None:  # type: ignore[no-untyped-def]
    lead, lan = login(network_app, "lead"), login(network_app, "lan")
    assert rate(lan, f"/standard/{TT35}/2.2", RATING).status_code == 403  # not yet: lan owns criterion 1 only
    made = post(lead, "/groups", {"name": "Tổ công tác số 2", "members": ["lan"], "criteria": [f"{TT35}#2"]})
    assert made.status_code == 303, made.text[:800]
    other = post(lead, "/groups", {"name": "Tổ cơ sở", "members": ["lead"], "criteria": [f"{TT38}#1"]})
    assert other.status_code == 303
    page = lead.get("/groups").text
    section = page.split('data-group="Tổ công tác số 2"')[1].split("</section>")[0]
    assert "lan" in section.split('data-testid="members"')[1].split("</p>")[0]
    shown = network_app.state.desk.backend.display_name(TT35)
    assert f"{shown}: 2" in section and f"{TT35}:" not in section  # the set's name, never its internal id
    assert rate(lan, f"/standard/{TT35}/2.2", RATING).status_code == 303  # group G's criterion: allowed
    assert rate(lan, f"/standard/{TT35}/1.1", RATING).status_code == 303  # her own group's still
    refused = rate(lan, f"/standard/{TT38}/1.1", RATING)  # another group's criterion
    assert refused.status_code == 403 and "không được giao cho bạn" in refused.text
    users = lead.get("/users").text
    row = users.split("(lan)")[1].split("</tr>")[0]
    assert "Tổ công tác số 2" in row.split('data-testid="groups"')[1].split("</td>")[0]
    assert TT35 not in row.split('data-testid="groups"')[1]  # the criteria by their names too
    assert {(e.key["group"], e.key["criterion"]) for e in _group_entries(network_app, "assignment")} >= {
        ("Tổ công tác số 2", "2"), ("Tổ cơ sở", "1")}
    assert any(e.key == {"group": "Tổ công tác số 2"} and "lan" in (e.new or "")
               for e in _group_entries(network_app, "group"))


def test_unassigning_a_criterion_and_removing_a_member_take_the_right_away(network_app) -> None:  # type: ignore[no-untyped-def]
    lead, lan = login(network_app, "lead"), login(network_app, "lan")
    assert post(lead, "/groups", {"name": "Tổ 3", "members": ["lan"],
                                  "criteria": [f"{TT35}#2", f"{TT35}#3"]}).status_code == 303
    assert rate(lan, f"/standard/{TT35}/3.1", RATING).status_code == 303
    assert post(lead, "/groups/criteria", {"group": "Tổ 3", "framework": TT35, "criteria": ["2"]}).status_code == 303
    assert rate(lan, f"/standard/{TT35}/3.1", RATING).status_code == 403  # 3 unassigned
    assert rate(lan, f"/standard/{TT35}/2.1", RATING).status_code == 303  # 2 kept
    gone = [e for e in _group_entries(network_app, "assignment") if e.key.get("criterion") == "3"]
    assert gone and gone[-1].new is None and gone[-1].old is not None  # the unassignment, old and new values
    assert post(lead, "/groups/members", {"group": "Tổ 3"}).status_code == 303  # nobody left in it
    assert rate(lan, f"/standard/{TT35}/2.1", RATING).status_code == 403
    groups = {g.name: g for g in network_app.state.desk.backend.groups()}
    assert groups["Tổ 3"].members == [] and groups["Tổ 3"].criteria == {TT35: ["2"]}
    last = _group_entries(network_app, "group")[-1]
    assert last.key == {"group": "Tổ 3"} and "lan" in (last.old or "") and "lan" not in (last.new or "")


def test_the_personal_group_of_the_users_page_is_the_same_group(network_app) -> None:  # type: ignore[no-untyped-def]
    lead = login(network_app, "lead")
    page = lead.get("/groups").text
    own = page.split('data-group="lan"')[1].split("</section>")[0]
    assert "nhóm riêng" in own and f"{network_app.state.desk.backend.display_name(TT35)}: 1" in own
    assert post(lead, "/groups/criteria", {"group": "lan", "framework": TT35, "criteria": ["1", "4"]}
                ).status_code == 303
    lan = network_app.state.desk.backend.user("lan")
    assert lan is not None and set(lan.criteria) == {f"{TT35}#1", f"{TT35}#4"}
    taken = post(lead, "/groups", {"name": "LAN", "members": ["hieu"]})  # her own group exists already
    assert taken.status_code == 400 and "Đã có tổ công tác “LAN”" in taken.text
    refused = post(lead, "/groups", {"name": "hieu", "members": ["lan"]})  # a person's name: their own group
    assert refused.status_code == 400 and "tên đăng nhập của một người" in refused.text


def test_bad_group_forms_get_a_clear_message_and_change_nothing(network_app) -> None:  # type: ignore[no-untyped-def]
    lead = login(network_app, "lead")
    before = len(service.audit_log(network_app.state.desk.backend.ws).entries)
    cases = [
        ({"name": "Tổ 4"}, "ít nhất một thành viên"),
        ({"name": "Tổ 4", "members": ["ma"]}, "Không có người dùng: ma"),
        ({"name": "Tổ 4", "criteria": [f"{TT35}#99"]}, "Tiêu chí không thuộc thư mục làm việc này"),
        ({"name": "x", "members": ["lan"]}, "2 đến 64 ký tự"),
    ]
    for form, text in cases:
        r = post(lead, "/groups", form)
        assert r.status_code == 400 and text in r.text, (form, r.text[:2000])
    assert post(lead, "/groups/members", {"group": "Không có", "members": ["lan"]}).status_code == 404
    assert post(lead, "/groups/criteria", {"group": "lan", "framework": TT35, "criteria": ["99"]}).status_code == 400
    assert len(service.audit_log(network_app.state.desk.backend.ws).entries) == before


def test_only_the_qa_lead_opens_or_changes_the_groups(network_app) -> None:  # type: ignore[no-untyped-def]
    for name in ("hieu", "lan", "so"):
        who = login(network_app, name)
        assert who.get("/groups").status_code == 403, name
        assert post(who, "/groups", {"name": "Tổ X", "members": [name]}).status_code == 403, name
        assert post(who, "/groups/members", {"group": "lan", "members": [name]}).status_code == 403, name
        assert 'href="/groups"' not in who.get("/review" if name == "so" else "/").text, name
    lead = login(network_app, "lead")
    assert 'href="/groups"' in lead.get("/").text and 'href="/settings"' in lead.get("/").text
    csrf_of(lead)
    assert lead.post("/groups", data={"name": "Tổ X", "members": ["lan"]}).status_code == 403  # no CSRF token
    assert lead.post("/groups/criteria", data={"group": "lan", "framework": TT35, "criteria": ["2"],
                                               "csrf": "forged"}).status_code == 403
    assert "Tổ X" not in {g.name for g in network_app.state.desk.backend.groups()}
    assert network_app.state.desk.backend.user("lan").criteria == [f"{TT35}#1"]  # type: ignore[union-attr]


def test_a_group_owns_criteria_of_one_programme_checked_against_its_set(network_app) -> None:  # type: ignore[no-untyped-def]
    from accredit.web.scope import Where
    from tests.web.test_scope import _pair

    desk = network_app.state.desk
    pair = _pair(desk.backend.ws)
    view = desk.scopes.get(Where(code=pair.a))
    fw = view.framework(pair.framework)
    first, second = fw.criteria[0], fw.criteria[1]
    key = f"{pair.framework}@{pair.a}"
    lead, lan = login(network_app, "lead"), login(network_app, "lan")
    made = post(lead, "/groups", {"name": "Tổ CTĐT", "members": ["lan"], "criteria": [f"{key}#{first.code}"]})
    assert made.status_code == 303, made.text[:800]
    page = lead.get("/groups").text
    section = page.split('data-group="Tổ CTĐT"')[1].split("</section>")[0]
    name = next(p.name for p in desk.scopes.programmes() if p.code == pair.a)
    shown = f"{pair.a} {name} — {view.display_name(pair.framework)}"
    assert f"<legend>{shown}</legend>" in section and f'value="{key}"' in section  # its own form, by its names
    assert f"{shown}: {first.code}" in section
    assert pair.framework not in re.sub(r'value="[^"]*"', "", section)  # the set's id in form values only
    saved = post(lead, "/groups/criteria", {"group": "Tổ CTĐT", "framework": key,
                                            "criteria": [first.code, second.code]})
    assert saved.status_code == 303, saved.text[:800]
    code = second.requirements[0].code
    assert rate(lan, f"/p/{pair.a}/standard/{pair.framework}/{code}", RATING).status_code == 303
    assert rate(lan, f"/p/{pair.b}/standard/{pair.framework}/{code}", RATING).status_code == 403  # that one only
    assert post(lead, "/groups/criteria", {"group": "Tổ CTĐT", "framework": key, "criteria": ["99"]}
                ).status_code == 400  # not a criterion of the programme's set
    assert post(lead, "/groups/criteria", {"group": "Tổ CTĐT", "framework": f"{TT35}@{pair.a}", "criteria": ["1"]}
                ).status_code == 404  # the programme is not assessed against that set
    groups = {g.name: g for g in desk.backend.groups()}
    assert groups["Tổ CTĐT"].criteria == {key: sorted([first.code, second.code])}
