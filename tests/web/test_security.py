"""The locks: login and setup, argon2, session cookie, CSRF, roles per endpoint, paths, uploads, rate limit."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from accredit import service
from tests.web.conftest import PASSWORD, TT35, TT38, csrf_of, login, post, rate, version_of

RATING = {"status": "met", "current_state": "Đã có quy chế."}


# --- the local desk --------------------------------------------------------------------------------
def test_local_desk_answers_only_its_own_host_names(ws) -> None:  # type: ignore[no-untyped-def]
    from accredit.web.server import build_app

    client = TestClient(build_app(ws), base_url="http://evil.example")
    assert client.get("/").status_code == 400  # a page elsewhere cannot reach the desk through a DNS trick
    assert TestClient(build_app(ws), base_url="http://127.0.0.1:8765").get("/").status_code == 200


def test_a_change_without_the_csrf_token_is_refused(local: TestClient) -> None:
    url = f"/standard/{TT38}/1.1"
    local.get("/")
    rating = {**RATING, "version": version_of(local, url)}
    assert local.post(url, data=rating).status_code == 403
    assert local.post(url, data={**rating, "csrf": "forged"}).status_code == 403
    assert local.post(url, data=rating, headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert local.post(url, data={**rating, "csrf": csrf_of(local)}).status_code == 303
    again = {**RATING, "current_state": "Đã ban hành quy chế.", "version": version_of(local, url)}
    assert local.post(url, data=again, headers={"X-CSRF-Token": csrf_of(local)}).status_code == 303


def test_session_cookie_is_signed_httponly_and_samesite(local: TestClient) -> None:
    cookie = local.get("/").headers["set-cookie"].lower()
    assert "accredit_session=" in cookie and "httponly" in cookie and "samesite=strict" in cookie
    assert "csrf" not in cookie  # the session is signed and encoded, not readable values


@pytest.mark.parametrize("path", ["../accredit.toml", "../../etc/passwd", "/etc/passwd", "..\\accredit.toml",
                                  "Chung/../../accredit.toml", "%2e%2e/accredit.toml"])
def test_no_request_path_reaches_the_file_system_unchecked(local: TestClient, path: str) -> None:
    for url in ("/evidence/raw", "/evidence/file"):
        r = local.get(url, params={"path": path})
        assert r.status_code == 404, (url, path)
        assert "[school]" not in r.text and "root:" not in r.text
    assert local.get("/reports/file", params={"name": path}).status_code == 404


def test_a_link_out_of_the_evidence_folder_is_never_served(local: TestClient, ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF-1.4 secret")
    try:
        (ws.evidence_dir / "link.pdf").symlink_to(secret)
    except OSError:
        pytest.skip("symbolic links cannot be made here")
    from accredit.evidence.service import scan_workspace

    scan_workspace(ws, workers=1)
    r = local.get("/evidence/raw", params={"path": "link.pdf"})
    assert r.status_code == 404 and b"secret" not in r.content


def test_upload_goes_into_the_evidence_folder_only(local: TestClient, ws) -> None:  # type: ignore[no-untyped-def]
    ok = post(local, "/evidence/upload", {"folder": "Chung"}, files=[("files", ("Quyết định 12.pdf", b"%PDF-1.4"))])
    assert ok.status_code == 200 and "Đã chép 1 tệp" in ok.text
    assert (ws.evidence_dir / "Chung" / "Quyết định 12.pdf").read_bytes() == b"%PDF-1.4"
    again = post(local, "/evidence/upload", {"folder": "Chung"}, files=[("files", ("Quyết định 12.pdf", b"new"))])
    assert again.status_code == 200
    assert (ws.evidence_dir / "Chung" / "Quyết định 12 (2).pdf").read_bytes() == b"new"  # never over another file
    assert (ws.evidence_dir / "Chung" / "Quyết định 12.pdf").read_bytes() == b"%PDF-1.4"
    folder = post(local, "/evidence/upload", {"folder": ""}, files=[("files", ("Mới/2026/Biên bản.docx", b"x"))])
    assert folder.status_code == 200 and (ws.evidence_dir / "Mới" / "2026" / "Biên bản.docx").is_file()


@pytest.mark.parametrize(("folder", "name"), [
    ("", "../escape.pdf"), ("", "a/../../escape.pdf"), ("../", "escape.pdf"), ("/tmp", "escape.pdf"),
    ("", ".hidden.pdf"), ("", "virus.exe"), ("", "page.html"), ("", "a:b.pdf"), ("", "con?.pdf"),
])
def test_bad_uploads_are_refused_with_a_message(local: TestClient, ws, folder: str, name: str) -> None:  # type: ignore[no-untyped-def]
    before = sorted(p for p in ws.evidence_dir.rglob("*"))
    outside = sorted(ws.root.parent.iterdir())
    r = post(local, "/evidence/upload", {"folder": folder}, files=[("files", (name, b"data"))])
    assert r.status_code == 400, (folder, name)
    assert "problem" in r.text
    assert sorted(p for p in ws.evidence_dir.rglob("*")) == before
    assert sorted(ws.root.parent.iterdir()) == outside


@pytest.mark.parametrize("name", ["C:\\Windows\\x.pdf", "..\\x.pdf", "a/./../x.pdf", "~$temp.docx", "x.pdf.",
                                  "a" * 151 + ".pdf", "/".join("d" * 9) + "/x.pdf", ""])
def test_upload_names_are_checked_part_by_part(name: str) -> None:
    from accredit.web.forms import clean_upload_path
    from accredit.web.model import DeskError

    with pytest.raises(DeskError):
        clean_upload_path(name)
    assert clean_upload_path("Mới\\2026/./Biên bản.docx") == ["Mới", "2026", "Biên bản.docx"]


def test_a_file_over_the_limit_is_refused(local: TestClient, ws, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import accredit.web.backend as backend

    monkeypatch.setattr(backend, "UPLOAD_MAX_BYTES", 10)
    r = post(local, "/evidence/upload", {"folder": ""}, files=[("files", ("big.pdf", b"x" * 11))])
    assert r.status_code == 400 and not (ws.evidence_dir / "big.pdf").exists()


# --- the network desk ------------------------------------------------------------------------------
def test_first_run_on_the_network_asks_for_the_qa_leads_account(ws) -> None:  # type: ignore[no-untyped-def]
    from accredit.web.server import build_app

    app = build_app(ws, host="0.0.0.0")
    client = TestClient(app, follow_redirects=False)
    assert client.get("/").headers["location"] == "/setup"
    assert client.get("/evidence").headers["location"] == "/setup"
    form = {"name": "truongnhom", "password": PASSWORD, "repeat": PASSWORD, "lang": "vi"}
    wrong = client.post("/setup", data={**form, "code": "00000000", "csrf": csrf_of(client, "/setup")})
    assert wrong.status_code == 403 and app.state.desk.backend.users() == []
    short = client.post("/setup", data={**form, "password": "ngắn", "repeat": "ngắn", "code": app.state.desk.setup_code,
                                         "csrf": csrf_of(client, "/setup")})
    assert short.status_code == 400 and "ít nhất 10 ký tự" in short.text
    ok = client.post("/setup", data={**form, "code": app.state.desk.setup_code, "csrf": csrf_of(client, "/setup")})
    assert ok.status_code == 303
    lead = app.state.desk.backend.user("truongnhom")
    assert lead is not None and lead.role.value == "admin"
    assert lead.password_hash.startswith("$argon2id$") and PASSWORD not in lead.password_hash
    assert client.get("/").status_code == 200  # signed in
    stranger = TestClient(app, follow_redirects=False)  # setup cannot be run a second time
    assert stranger.post("/setup", data={**form, "name": "ke-gian", "code": app.state.desk.setup_code,
                                         "csrf": csrf_of(stranger, "/login")}).status_code == 403


def test_strangers_are_sent_to_the_login(network_app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(network_app, follow_redirects=False)
    for url in ("/", "/evidence", f"/standard/{TT35}/1.1", "/reports/file?name=x", "/review", "/users"):
        assert client.get(url).headers.get("location") == "/login", url
    assert client.post(f"/standard/{TT35}/1.1", data={**RATING, "csrf": csrf_of(client, "/login")}).status_code == 401


def test_wrong_password_then_rate_limit(network_app) -> None:  # type: ignore[no-untyped-def]
    client = TestClient(network_app, follow_redirects=False)
    for _ in range(5):
        r = client.post("/login", data={"name": "lan", "password": "sai", "csrf": csrf_of(client, "/login")})
        assert r.status_code == 401 and "Sai tên đăng nhập hoặc mật khẩu" in r.text
    blocked = client.post("/login", data={"name": "lan", "password": PASSWORD, "csrf": csrf_of(client, "/login")})
    assert blocked.status_code == 429  # even the right password waits
    assert login(network_app, "lead").get("/").status_code == 200  # another name is not blocked


def test_a_member_edits_only_the_criteria_assigned(network_app) -> None:  # type: ignore[no-untyped-def]
    lan = login(network_app, "lan")
    assert lan.get(f"/standard/{TT35}/1.1").status_code == 200
    assert rate(lan, f"/standard/{TT35}/1.1", RATING).status_code == 303  # criterion 1 of TT35: assigned
    refused = rate(lan, f"/standard/{TT35}/2.2", RATING)
    assert refused.status_code == 403 and "không được giao cho bạn" in refused.text
    assert rate(lan, f"/standard/{TT38}/1.1", RATING).status_code == 403  # same code, other framework
    assert "không được giao cho bạn" in lan.get(f"/standard/{TT35}/2.2").text  # read-only page
    ws = network_app.state.desk.backend.ws
    web = [e for e in service.audit_log(ws).entries if e.via == "web" and e.entity in ("rating", "narrative")]
    assert {(e.username, e.key["framework"], e.key["requirement"]) for e in web} == {("lan", TT35, "1.1")}
    assert post(lan, "/users", {"name": "moi", "role": "admin", "password": PASSWORD, "repeat": PASSWORD}
                ).status_code == 403
    assert lan.get("/history").status_code == 403


def test_a_member_accepts_suggestions_only_on_assigned_criteria(network_app) -> None:  # type: ignore[no-untyped-def]
    backend = network_app.state.desk.backend
    lan = login(network_app, "lan")
    other = next(x for x in backend.suggestions() if not (x.framework == TT35 and x.requirement.startswith("1.")))
    r = post(lan, "/suggestions/accept", {"path": other.path, "framework": other.framework, "code": other.requirement})
    assert r.status_code == 403
    assert post(lan, "/suggestions/reject", {"path": other.path, "framework": other.framework,
                                             "code": other.requirement}).status_code == 403
    assert other in backend.suggestions()


def test_a_viewer_reads_everything_and_changes_nothing(network_app) -> None:  # type: ignore[no-untyped-def]
    hieu = login(network_app, "hieu")
    for url in ("/", "/evidence", "/suggestions", f"/standard/{TT35}/1.1", "/reports", f"/scorecard/{TT38}"):
        assert hieu.get(url).status_code == 200, url
    assert rate(hieu, f"/standard/{TT35}/1.1", RATING).status_code == 403
    assert post(hieu, "/evidence/upload", {"folder": ""}, files=[("files", ("a.pdf", b"x"))]).status_code == 403
    assert post(hieu, "/evidence/scan").status_code == 403
    assert post(hieu, "/reports", {"format": "json"}).status_code == 403
    assert hieu.get("/users").status_code == 403 and hieu.get("/review").status_code == 403


def test_an_inspector_reviews_packages_and_cannot_touch_the_schools_data(network_app) -> None:  # type: ignore[no-untyped-def]
    so = login(network_app, "so")
    assert so.get("/review").status_code == 200
    for url in ("/", "/evidence", f"/standard/{TT35}/1.1", "/reports", "/suggestions"):
        assert so.get(url).status_code == 403, url
    assert post(so, f"/standard/{TT35}/1.1", {**RATING, "version": "1-0-0-0-0"}).status_code == 403
    assert post(so, "/evidence/upload", {"folder": ""}, files=[("files", ("a.pdf", b"x"))]).status_code == 403
    ws = network_app.state.desk.backend.ws
    assert not [e for e in service.audit_log(ws).entries if e.via == "web" and e.entity in ("rating", "narrative")]


def test_the_qa_lead_adds_a_member_who_can_then_sign_in(network_app) -> None:  # type: ignore[no-untyped-def]
    lead = login(network_app, "lead")
    r = post(lead, "/users", {"name": "minh", "role": "member", "lang": "en", "criteria": [f"{TT38}#2"],
                              "password": PASSWORD, "repeat": PASSWORD})
    assert r.status_code == 303
    minh = login(network_app, "minh")
    assert "Dashboard" in minh.get("/").text  # English, per person
    assert rate(minh, f"/standard/{TT38}/2.1", RATING).status_code == 303
    assert rate(minh, f"/standard/{TT38}/1.1", RATING).status_code == 403
    bad = post(lead, "/users", {"name": "x y", "role": "member", "password": PASSWORD, "repeat": PASSWORD})
    assert bad.status_code == 400
    log = network_app.state.desk.backend.history()
    assert any(e.entity == "user" and e.key == {"username": "minh"} and e.username == "lead" and e.via == "web"
               for e in log)
    assert any(e.entity == "assignment" and e.key.get("criterion") == "2" for e in log)  # minh's own group
    assert all("argon2" not in (e.new or "") for e in log)  # no password hash in the audit log


def test_logout_ends_the_session(network_app) -> None:  # type: ignore[no-untyped-def]
    lead = login(network_app, "lead")
    assert post(lead, "/logout").status_code == 303
    assert lead.get("/").headers["location"] == "/login"
