"""The submission package built on the reports page: by the QA lead only, signed with the school's key and its
passphrase typed in the page (refused without it or with a wrong one), unsigned and saying so when the school
has no key, for the school or for one programme, never in a past year; audited; downloadable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from accredit import service
from accredit.review.archive import SafeArchive
from accredit.workspace import Workspace
from tests.web.conftest import login, post

SECRET = "mật khẩu khóa trường 2026"


@pytest.fixture(autouse=True)
def _own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCREDIT_HOME", str(tmp_path / "home"))


def _manifest(path: Path) -> dict:  # type: ignore[type-arg]
    with SafeArchive.open(path) as pkg:
        return json.loads(pkg.read("manifest.json"))  # type: ignore[no-any-return]


def test_an_unsigned_package_when_the_school_has_no_key(local: TestClient, ws: Workspace) -> None:
    page = local.get("/reports").text
    assert 'id="package-form"' in page and 'id="package-unsigned"' in page and "package-passphrase" not in page
    r = post(local, "/reports/package", {"with_evidence": "1"})
    assert r.status_code == 200, r.text[:400]
    assert 'id="package-result"' in r.text and "CHƯA được ký" in r.text
    zips = sorted(ws.output_dir.glob("ho-so-nop_*.zip"))
    assert [z.name for z in zips] == [f"ho-so-nop_2026_{ws.config.school.code}.zip"]
    digest = re.search(r"<code>(sha256:[0-9a-f]{64})</code>", r.text)
    checked = service.review(zips[0]).verification
    assert digest is not None and digest.group(1) == checked.sha256
    assert checked.manifest.with_evidence and checked.signature.state.value == "unsigned"
    link = f'/reports/file?name={zips[0].name}'
    assert link in r.text and local.get(link).content == zips[0].read_bytes()
    history = local.get("/history").text
    assert "đóng gói hồ sơ nộp" in history and digest.group(1) in history


def test_a_signed_package_needs_the_passphrase(local: TestClient, ws: Workspace) -> None:
    info = service.create_key(SECRET.encode("utf-8"), ws=ws)
    page = local.get("/reports").text
    assert 'id="package-passphrase"' in page and 'id="package-unsigned"' not in page
    refused = post(local, "/reports/package", {})
    assert refused.status_code == 400 and "mật khẩu khóa ký" in refused.text
    wrong = post(local, "/reports/package", {"passphrase": "không đúng"})
    assert wrong.status_code == 400 and 'id="package-result"' not in wrong.text
    assert "sai mật khẩu hoặc tệp khóa bị hỏng" in wrong.text
    post(local, "/lang", {"lang": "en"})  # the person's language, not the process's
    wrong = post(local, "/reports/package", {"passphrase": "không đúng"})
    assert wrong.status_code == 400 and "wrong passphrase, or the key file is damaged" in wrong.text
    assert "sai mật khẩu" not in wrong.text
    post(local, "/lang", {"lang": "vi"})
    assert not list(ws.output_dir.glob("ho-so-nop_*.zip"))  # nothing written on a refusal
    import unicodedata

    r = post(local, "/reports/package", {"passphrase": unicodedata.normalize("NFD", SECRET)})  # typed decomposed
    assert r.status_code == 200 and "Đã ký bằng khóa của trường" in r.text
    assert SECRET not in r.text  # the passphrase is never shown back
    built = next(ws.output_dir.glob("ho-so-nop_*.zip"))
    signature = service.review(built).verification.signature
    assert signature.state.value != "unsigned" and signature.fingerprint == info.fingerprint
    shown = re.search(r"khóa của trường \(([0-9a-f]+)…", r.text)
    assert shown is not None and info.fingerprint.startswith("sha256:" + shown.group(1))


def test_a_programmes_package_from_its_scope(local: TestClient, ws: Workspace) -> None:
    code = next(p.code for p in ws.config.programmes if p.criteria)
    r = post(local, f"/p/{code}/reports/package", {})
    assert r.status_code == 200, r.text[:400]
    built = list(ws.output_dir.rglob(f"ho-so-nop_*_{code}.zip"))
    assert len(built) == 1
    assert _manifest(built[0])["programme"]["code"] == code
    assert f"/p/{code}/reports/file?name=" in r.text


def test_only_the_qa_lead_builds_it_and_never_in_a_past_year(network_app, ws: Workspace) -> None:  # type: ignore[no-untyped-def]
    for name in ("lan", "hieu", "so"):
        client = login(network_app, name)
        assert 'id="package-form"' not in client.get("/reports").text
        assert post(client, "/reports/package", {}).status_code == 403, name
    lead = login(network_app, "lead")
    past = service.assessment_years(ws)
    years = [y for y in past if y < ws.config.assessment.year]
    assert years, "the demo has a past year"
    assert post(lead, f"/y/{years[0]}/reports/package", {}).status_code == 403
    assert not list(ws.output_dir.rglob("ho-so-nop_*.zip"))
    assert post(lead, "/reports/package", {}).status_code == 200


def test_the_package_form_in_english(local: TestClient) -> None:
    post(local, "/lang", {"lang": "en"})
    page = local.get("/reports").text
    assert "The submission package" in page and "Build the package" in page and "Hồ sơ nộp Sở" not in page
