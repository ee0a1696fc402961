"""The council's journey in a real browser (Chromium from the system's packages; skipped where absent).

Open the dashboard → the evidence library → accept a suggestion in the queue (keyboard) → rate the
standard → see the score change on the dashboard → write and download the report. And a member refused
on another group's criterion.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

_DEBIAN = Path("/usr/bin/chromium")
CHROMIUM = shutil.which("chromium") or (str(_DEBIAN) if _DEBIAN.is_file() and os.access(_DEBIAN, os.X_OK) else None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (/usr/bin/chromium)")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright for Python is not installed")

from accredit import service  # noqa: E402
from accredit.web.model import Role, User  # noqa: E402
from accredit.web.security import hash_password  # noqa: E402
from accredit.web.server import build_app  # noqa: E402
from tests.web.conftest import PASSWORD, TT35, add_person  # noqa: E402
from tests.web.test_package_evidence import folder  # noqa: E402, F401  (the fixture)
from tests.web.test_review_and_cli import signed_folder  # noqa: E402, F401  (the fixture)

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Server:
    """uvicorn in a thread, stopped at the end of the test."""

    def __init__(self, app, port: int) -> None:  # type: ignore[no-untyped-def]
        import uvicorn

        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                return self
            time.sleep(0.05)
        raise RuntimeError("the test server did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


def test_journey_suggestion_rating_score_report(ws, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    app = build_app(ws)
    base = f"http://127.0.0.1:{port}"
    with _Server(app, port):
        page = browser.new_context(accept_downloads=True).new_page()
        page.goto(base + "/")
        total = page.locator(f'[data-framework="{TT35}"] [data-testid="total"]')
        before = total.inner_text()
        page.get_by_role("link", name="Minh chứng").click()
        assert "Thư viện minh chứng" in page.locator("h1").inner_text()
        # upload a file into a folder of the evidence, then scan it in the background
        note = tmp_path / "Biên bản họp hội đồng tự đánh giá.txt"
        note.write_text("BIÊN BẢN HỌP HỘI ĐỒNG TỰ ĐÁNH GIÁ CHẤT LƯỢNG NĂM 2026", encoding="utf-8")
        page.locator("select[name=folder]").select_option("Chung")
        page.locator("#files").set_input_files(str(note))
        page.locator("#upload button[type=submit]").click()
        page.locator("#upload-outcome", has_text="Đã chép 1 tệp").wait_for()
        assert (ws.evidence_dir / "Chung" / note.name).is_file()
        page.locator("#scan-start").click()
        page.locator("#scan-done").wait_for(timeout=120_000)
        assert any(r.path == f"Chung/{note.name}" for r in app.state.desk.backend.records())
        page.get_by_role("link", name="Gợi ý", exact=True).click()
        first = page.locator("#suggested .suggestion").first
        assert first.is_visible()
        waiting = len(app.state.desk.backend.suggestions())
        with page.expect_navigation():
            page.keyboard.press("a")  # accept the first suggestion from the keyboard
        assert len(app.state.desk.backend.suggestions()) == waiting - 1
        # rate a standard met by the demo as not met, with a narrative: autosaved, then saved
        card = app.state.desk.backend.card(TT35)
        met = next(r for r in card.requirements if r.status.value == "met" and r.points)
        page.goto(f"{base}/standard/{TT35}/{met.code}")
        page.locator("textarea[name=weaknesses]").fill("Biên bản chưa đủ chữ ký")
        page.locator("#status").select_option("not_met")
        page.locator("#save").click()
        page.locator("#save-state", has_text="Đã lưu").wait_for()
        # "Đã lưu" may be the narrative's autosave: the status is in the store once the save's request is done
        deadline = time.monotonic() + 30
        while service.get_standard(ws, TT35, met.code).status.status is None or \
                service.get_standard(ws, TT35, met.code).status.status.value != "not_met":
            assert time.monotonic() < deadline, "the status was never saved"
            time.sleep(0.05)
        page.goto(base + "/")
        after = page.locator(f'[data-framework="{TT35}"] [data-testid="total"]').inner_text()
        assert after != before
        # the report, written and downloaded
        page.get_by_role("link", name="Báo cáo").click()
        page.locator("#build").click()
        page.locator("#report-files").wait_for()
        link = page.locator("#report-files a", has_text=".html").first
        with page.expect_download() as dl:
            link.click()
        saved = dl.value.path()
        assert saved is not None and "Biên bản chưa đủ chữ ký" in Path(saved).read_text(encoding="utf-8")


def test_a_member_is_refused_on_another_groups_criterion(ws, browser) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    app = build_app(ws, host="0.0.0.0")
    add_person(app, User(name="lan", role=Role.MEMBER, criteria=[f"{TT35}#1"],
                                              password_hash=hash_password(PASSWORD)))
    base = f"http://127.0.0.1:{port}"
    with _Server(app, port):
        page = browser.new_page()
        page.goto(base + "/")
        assert page.url.endswith("/login")
        page.locator("input[name=name]").fill("lan")
        page.locator("input[name=password]").fill(PASSWORD)
        page.get_by_role("button", name="Đăng nhập").click()
        page.goto(f"{base}/standard/{TT35}/2.2")
        assert page.locator("fieldset[disabled]").count() == 1
        assert "không được giao cho bạn" in page.content()
        page.goto(f"{base}/standard/{TT35}/1.1")
        page.locator("#status").select_option("not_met")  # a change (saving what is there writes nothing)
        page.locator("#save").click()
        page.locator("#save-state", has_text="lan").wait_for()
        assert service.get_standard(app.state.desk.backend.ws, TT35, "1.1").status.updated_by == "lan"


def test_an_inspector_opens_a_package_and_records_a_verdict(ws, browser, signed_folder) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from accredit.signing.keys import Signer, inspector_key_path, public_key_text, save_key_pair

    inspector = Signer(Ed25519PrivateKey.from_private_bytes(bytes([9]) * 32))
    save_key_pair(inspector, inspector_key_path(), b"khoa-so-2026", public_key_text(inspector.public, ["An"]))
    port = _free_port()
    app = build_app(ws, host="0.0.0.0", review=signed_folder)
    add_person(app, User(name="so", role=Role.INSPECTOR, display="Nguyễn Văn An",
                                              password_hash=hash_password(PASSWORD)))
    base = f"http://127.0.0.1:{port}"
    with _Server(app, port):
        page = browser.new_page()
        page.goto(base + "/login")
        page.locator("input[name=name]").fill("so")
        page.locator("input[name=password]").fill(PASSWORD)
        page.get_by_role("button", name="Đăng nhập").click()
        page.get_by_role("link", name="demo.zip").click()
        assert "nguyên vẹn" in page.locator('[data-testid="integrity"]').inner_text()
        page.locator("#verdict-standard").select_option(f"{TT35}:2.2")
        page.locator("#verdict-status").select_option("not_met")
        page.locator("#verdict-comment").fill("Thiếu chứng chỉ ngoại ngữ")
        page.locator("#verdict-passphrase").fill("khoa-so-2026")
        page.locator("#verdict-save").click()
        row = page.locator(f'tr[data-code="{TT35}#2.2"]')
        assert "Thiếu chứng chỉ ngoại ngữ" in row.inner_text() and "Không đạt" in row.inner_text()
        page.goto(base + "/")
        assert "Vai trò của bạn không được làm việc này" in page.content()  # not the school's data


def _sign_in(browser, base: str, name: str):  # type: ignore[no-untyped-def]
    page = browser.new_context().new_page()
    page.goto(base + "/login")
    page.locator("input[name=name]").fill(name)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    return page


def test_the_qa_lead_makes_a_group_and_its_member_edits_its_criterion(ws, browser) -> None:  # type: ignore[no-untyped-def]
    port = _free_port()
    app = build_app(ws, host="0.0.0.0")
    add_person(app, User(name="lead", role=Role.ADMIN, password_hash=hash_password(PASSWORD)))
    add_person(app, User(name="lan", role=Role.MEMBER, criteria=[f"{TT35}#1"], password_hash=hash_password(PASSWORD)))
    base = f"http://127.0.0.1:{port}"
    with _Server(app, port):
        lead = _sign_in(browser, base, "lead")
        lead.get_by_role("link", name="Tổ công tác").click()
        new = lead.locator('form[action="/groups"]')
        new.locator("input[name=name]").fill("Tổ công tác số 2")
        new.locator("select[name=members]").select_option(["lan"])
        new.locator("select[name=criteria]").select_option([f"{TT35}#2"])
        new.get_by_role("button", name="Lập tổ").click()
        group = lead.locator('section[data-group="Tổ công tác số 2"]')
        assert "lan" in group.locator('[data-testid="members"]').inner_text()
        lan = _sign_in(browser, base, "lan")
        lan.goto(f"{base}/standard/{TT35}/2.2")
        assert lan.locator("fieldset[disabled]").count() == 0
        now = service.get_standard(app.state.desk.backend.ws, TT35, "2.2").status.status
        lan.locator("#status").select_option("not_met" if now is None or now.value != "not_met" else "met")
        lan.locator("#save").click()
        lan.locator("#save-state", has_text="lan").wait_for()
        assert service.get_standard(app.state.desk.backend.ws, TT35, "2.2").status.updated_by == "lan"


def test_an_inspector_opens_the_schools_pdf_from_the_package(ws, browser, folder) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    port = _free_port()
    app = build_app(ws, host="0.0.0.0", review=folder)
    add_person(app, User(name="so", role=Role.INSPECTOR, password_hash=hash_password(PASSWORD)))
    base = f"http://127.0.0.1:{port}"
    with _Server(app, port):
        page = _sign_in(browser, base, "so")
        page.get_by_role("link", name="demo.zip").click()
        link = page.locator('[data-testid="evidence"] a[href*=".pdf"]').first
        with page.expect_response(lambda r: "/review/evidence/raw" in r.url) as shown:
            link.click()
        response = shown.value
        assert response.status == 200 and response.headers["content-type"] == "application/pdf"
        assert page.locator("iframe.pdf").count() == 1
        assert "khớp mã băm" in page.content()


def test_a_programme_switched_to_rated_and_seen_on_its_dashboard(ws, browser) -> None:  # type: ignore[no-untyped-def]
    from accredit.web.scope import Where

    port = _free_port()
    app = build_app(ws)
    programmes = service.assessed_programmes(ws)
    assert programmes, "this journey needs an assessed programme in the workspace"
    p = programmes[0]
    fid = p.criteria
    scoped = app.state.desk.scopes.get(Where(p.code))
    met = next(r for r in scoped.card(fid).requirements if r.status.value == "met" and r.points)
    base = f"http://127.0.0.1:{port}"
    with _Server(app, port):
        page = browser.new_page()
        page.goto(base + "/")
        school_total = page.locator('[data-testid="total"]').first.inner_text()
        page.locator(f'.scopes a[data-scope="{p.code}"]').click()  # the switcher, on every page
        page.wait_for_url(f"{base}/p/{p.code}/")
        assert page.locator(f'.scopes a[data-scope="{p.code}"]').get_attribute("aria-current") == "true"
        total = page.locator(f'[data-framework="{fid}"] [data-testid="total"]')
        before = total.inner_text()
        page.locator(f'[data-framework="{fid}"] h2 a').click()  # its scorecard, in its scope
        page.wait_for_url(f"{base}/p/{p.code}/scorecard/{fid}")
        page.goto(f"{base}/p/{p.code}/standard/{fid}/{met.code}")
        page.locator("#status").select_option("not_met")
        page.locator("#save").click()
        page.locator("#save-state", has_text="Đã lưu").wait_for()
        page.locator(".scopes a[aria-current=true]").click()  # back to the programme's dashboard
        page.wait_for_url(f"{base}/p/{p.code}/")
        assert page.locator(f'[data-framework="{fid}"] [data-testid="total"]').inner_text() != before
        page.locator('.scopes a[data-scope=""]').click()
        page.wait_for_url(f"{base}/")
        assert page.locator('[data-testid="total"]').first.inner_text() == school_total  # the school's unchanged
        page.locator(f'tr[data-programme="{p.code}"]').wait_for()  # the overview, loaded after the page
