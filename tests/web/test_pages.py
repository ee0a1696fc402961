"""Every page of the local desk answers, in Vietnamese by default and in English on request."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from tests.web.conftest import TT35, TT38, post

PAGES = [
    "/", "/evidence", "/evidence?state=suggested", "/evidence?problem=duplicate", f"/evidence?criterion={TT35}%231",
    "/evidence?page=2", "/suggestions", "/suggestions?i=3", "/reports", "/roadmap", f"/scorecard/{TT38}",
    f"/scorecard/{TT35}",
    f"/standard/{TT38}/1.1", f"/standard/{TT35}/2.2", "/users", "/history", "/review",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_of_the_local_desk_answers(local: TestClient, url: str) -> None:
    r = local.get(url)
    assert r.status_code == 200, r.text[:800]
    assert "<html lang=\"vi\">" in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]


def test_dashboard_states_each_framework_decision_chart_and_fix(local: TestClient) -> None:
    page = local.get("/").text
    assert page.count('class="card framework"') == 2
    assert "CHƯA ĐẠT" in page  # the demo passes neither framework
    assert page.count("<svg class=\"chart\"") == 2
    assert f'href="/standard/{TT35}/1.3"' in page  # the minimal fix links to its standards
    assert "Lộ trình" in page


def test_english_on_request_for_the_session(local: TestClient) -> None:
    r = post(local, "/lang", {"lang": "en", "back": "/evidence"})
    assert r.status_code == 303 and r.headers["location"] == "/evidence"
    page = local.get("/evidence").text
    assert "Evidence library" in page and "<html lang=\"en\">" in page
    assert "Thư viện minh chứng" not in page


def test_language_switch_never_redirects_off_site(local: TestClient) -> None:
    r = post(local, "/lang", {"lang": "en", "back": "//evil.example/"})
    assert r.headers["location"] == "/"


def test_unknown_standard_is_a_page_not_a_traceback(local: TestClient) -> None:
    r = local.get(f"/standard/{TT38}/99.9")
    assert r.status_code == 404
    assert "Không có tiêu chuẩn 99.9" in r.text


def test_file_page_shows_header_metadata_and_extracted_text(local: TestClient, ws) -> None:  # type: ignore[no-untyped-def]
    from accredit.web.backend import Backend

    backend = Backend(ws)
    docx = next(r for r in backend.records() if r.path.endswith(".docx") and r.chars > 0)
    page = local.get("/evidence/file", params={"path": docx.path})
    assert page.status_code == 200
    assert 'data-testid="text"' in page.text and "Thông tin văn bản" in page.text
    pdf = next((r for r in backend.records() if r.path.endswith(".pdf")), None)
    if pdf is not None:
        assert "<iframe" in local.get("/evidence/file", params={"path": pdf.path}).text
        raw = local.get("/evidence/raw", params={"path": pdf.path})
        assert raw.status_code == 200 and raw.headers["content-type"] == "application/pdf"
        assert raw.headers["content-disposition"].startswith("inline")
    raw = local.get("/evidence/raw", params={"path": docx.path})
    assert raw.headers["content-disposition"].startswith("attachment")  # never rendered in the page


def test_evidence_library_pages_and_filters(local: TestClient, ws) -> None:  # type: ignore[no-untyped-def]
    everything = local.get("/evidence").text
    assert "trang 1/2" in everything  # 67 files, 50 a page
    assert everything.count("/evidence/file?path=") == 50
    suggested = local.get("/evidence", params={"state": "suggested"}).text
    unlinked_words = local.get("/evidence", params={"q": "bao cao tu danh gia"}).text  # accents ignored
    assert "Báo cáo tự đánh giá" in unlinked_words
    assert "0 tệp" not in suggested
    none = local.get("/evidence", params={"q": "không-có-tệp-nào-như-thế"}).text
    assert "0 tệp" in none


def test_html_in_user_text_is_escaped(local: TestClient) -> None:
    r = post(local, f"/standard/{TT38}/1.1/comment", {"text": "<script>alert(1)</script>"})
    assert r.status_code == 303
    page = local.get(f"/standard/{TT38}/1.1").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
