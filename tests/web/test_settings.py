"""The QA lead's settings page: the criteria sets and target, written into accredit.toml keeping its comments."""

from __future__ import annotations

import tomllib

from accredit import service
from tests.web.conftest import TT35, TT38, csrf_of, login, post

TT14 = "tt14-2024/truong"
TT15 = "tt15-2017/truong"


def _config(app) -> tuple[str, dict]:  # type: ignore[no-untyped-def, type-arg]
    path = app.state.desk.backend.ws.config_path
    text = path.read_text(encoding="utf-8")
    return text, tomllib.loads(text)


def test_the_qa_lead_chooses_the_frameworks_and_target_and_the_desk_follows(network_app) -> None:  # type: ignore[no-untyped-def]
    path = network_app.state.desk.backend.ws.config_path
    path.write_text("# Cấu hình của trường — ghi chú của phòng khảo thí\n" + path.read_text(encoding="utf-8"),
                    encoding="utf-8")
    lead = login(network_app, "lead")
    page = lead.get("/settings")
    assert page.status_code == 200
    row = page.text.split(f'data-id="{TT15}"')[1].split("</tr>")[0]
    assert f"đã được thay thế bởi {TT14}" in row  # the superseded set warned
    assert "tt14-2024/ctdt-trung-cap-cao-dang" not in page.text  # a programme's set: not for the school itself
    r = post(lead, "/settings", {"frameworks": [TT38, TT35, TT14], "target": TT14})
    assert r.status_code == 303
    text, config = _config(network_app)
    assert text.startswith("# Cấu hình của trường — ghi chú của phòng khảo thí\n")  # the file's comments kept
    assert config["assessment"]["frameworks"] == [TT38, TT35, TT14] and config["assessment"]["target"] == TT14
    assert config["assessment"]["year"] == 2026 and config["programmes"]  # the rest untouched
    backend = network_app.state.desk.backend
    assert [fw.id for fw in backend.frameworks()] == [TT38, TT35, TT14]  # reloaded
    assert lead.get(f"/scorecard/{TT14}").status_code == 200
    entries = {e.key.get("field"): e for e in service.audit_log(backend.ws, entity="settings").entries}
    assert all(e.username == "lead" and e.via == "web" for e in entries.values())
    sets, aim = entries["frameworks"], entries["target"]  # one line per value, with its old and new value
    assert (sets.old, sets.new) == (f"{TT38}, {TT35}", f"{TT38}, {TT35}, {TT14}")
    assert (aim.old, aim.new) == (TT35, TT14)
    folders = [e for e in service.audit_log(backend.ws, entity="settings").entries if "folder" in e.key]
    assert [(e.old, e.new) for e in folders] == [(None, TT14)]  # TT 14's evidence folder, bound to it
    assert post(lead, "/settings", {"frameworks": [TT38, TT35]}).status_code == 303  # no target: removed
    assert "target" not in _config(network_app)[1]["assessment"]


def test_a_superseded_choice_is_saved_with_a_warning(network_app) -> None:  # type: ignore[no-untyped-def]
    lead = login(network_app, "lead")
    assert post(lead, "/settings", {"frameworks": [TT38, TT15], "target": TT35}).status_code == 303
    page = lead.get("/settings?saved=1").text
    warned = page.split('data-testid="superseded">')[1].split("</p>")[0]
    assert TT15 in warned and TT14 in warned


def test_a_bad_choice_gets_a_clear_message_and_the_file_is_kept(network_app) -> None:  # type: ignore[no-untyped-def]
    lead = login(network_app, "lead")
    before, _ = _config(network_app)
    cases = [
        ({}, "Chọn ít nhất một bộ tiêu chí"),
        ({"frameworks": ["tt99/khong-co"]}, "Không dùng được cho trường cao đẳng: tt99/khong-co"),
        ({"frameworks": ["tt14-2024/ctdt-trung-cap-cao-dang"]}, "tt14-2024/ctdt-trung-cap-cao-dang"),
        ({"frameworks": [TT38], "target": "tt99/x"}, "Mục tiêu tt99/x"),
    ]
    for form, text in cases:
        r = post(lead, "/settings", form)
        assert r.status_code == 400 and text in r.text, (form, r.text[:1500])
    assert _config(network_app)[0] == before
    assert not service.audit_log(network_app.state.desk.backend.ws, entity="settings").entries
    assert post(lead, "/lang", {"lang": "en", "back": "/settings"}).status_code == 303
    assert "Choose at least one criteria set." in post(lead, "/settings", {}).text


def test_only_the_qa_lead_changes_the_settings(network_app) -> None:  # type: ignore[no-untyped-def]
    before, _ = _config(network_app)
    for name in ("hieu", "lan", "so"):
        who = login(network_app, name)
        assert who.get("/settings").status_code == 403, name
        assert post(who, "/settings", {"frameworks": [TT38]}).status_code == 403, name
    lead = login(network_app, "lead")
    csrf_of(lead)
    assert lead.post("/settings", data={"frameworks": [TT38]}).status_code == 403  # no CSRF token
    assert _config(network_app)[0] == before


def test_a_set_newly_chosen_gets_its_evidence_folder_and_its_codes_link_to_it(network_app) -> None:  # type: ignore[no-untyped-def]
    import time

    from accredit.catalog.registry import default_catalog
    from accredit.workspace_init import evidence_folder

    lead = login(network_app, "lead")
    folder = evidence_folder(default_catalog().get(TT14))  # the folder `accredit init` makes for the set
    before = dict(network_app.state.desk.backend.ws.config.evidence.code_scopes)
    assert folder not in before
    assert post(lead, "/settings", {"frameworks": [TT38, TT35, TT14], "target": TT35}).status_code == 303
    _, config = _config(network_app)
    assert config["evidence"]["code_scopes"] == {**before, folder: TT14}  # the others kept as they were
    backend = network_app.state.desk.backend
    assert (backend.ws.evidence_dir / folder).is_dir()
    assert f'<option value="{folder}">' in lead.get("/evidence").text  # an upload can go there at once
    name = "MC.1.1.01 Quyết định thành lập trường.txt"
    sent = lead.post("/evidence/upload", data={"folder": folder, "csrf": csrf_of(lead)},
                     files={"files": (name, "Quyết định thành lập trường".encode(), "text/plain")})
    assert sent.status_code == 200, sent.text[:500]
    job = backend.start_scan()
    for _ in range(600):
        if job.finished:
            break
        time.sleep(0.1)
    assert job.finished and job.error is None
    linked = [(x.framework, x.requirement) for x in backend.links() if x.path == f"{folder}/{name}" and x.counts]
    assert linked == [(TT14, "1.1")]  # the code filed in the set's folder counts for that set only
    assert post(lead, "/settings", {"frameworks": [TT38, TT35], "target": TT35}).status_code == 303
    assert _config(network_app)[1]["evidence"]["code_scopes"][folder] == TT14  # dropped: the folder stays bound
