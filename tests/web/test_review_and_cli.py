"""The inspector's desk on a real package, and the ``accredit serve`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from accredit.workspace import Workspace
from tests.web.conftest import add_person, login, trusted_school_signer


@pytest.fixture
def review_folder(ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A review folder holding one (unsigned) package of the demo."""
    from accredit.review.build import write_package
    from accredit.review.gather import gather_workspace

    monkeypatch.setenv("ACCREDIT_TRUST", str(tmp_path / "trust"))
    monkeypatch.setenv("ACCREDIT_HOME", str(tmp_path / "home"))
    folder = tmp_path / "ho-so"
    folder.mkdir()
    write_package(gather_workspace(ws, exclude=folder / "demo.zip"), folder / "demo.zip",
                  created=datetime(2026, 11, 1, tzinfo=UTC), signer=None)
    (folder / "notes.txt").write_text("not a package", encoding="utf-8")
    return folder


def test_the_inspector_opens_a_package_and_sees_integrity_signature_and_flags(ws, review_folder) -> None:  # type: ignore[no-untyped-def]
    from accredit.web.model import Role, User
    from accredit.web.security import hash_password
    from accredit.web.server import build_app

    app = build_app(ws, host="0.0.0.0", review=review_folder)
    add_person(app, User(name="so", role=Role.INSPECTOR, password_hash=hash_password("x" * 12)))
    so = login(app, "so", "x" * 12)
    desk = so.get("/review").text
    assert "demo.zip" in desk and "notes.txt" not in desk
    page = so.get("/review/package", params={"name": "demo.zip"})
    assert page.status_code == 200, page.text[:1000]
    assert 'data-testid="integrity"' in page.text
    assert "KHÔNG qua được kiểm tra" in page.text  # unsigned: not verified, and it says so
    assert "Điểm cần xem theo tiêu chuẩn" in page.text
    assert 'id="verdict-save"' not in page.text  # no verdict on a package that does not verify
    assert so.get("/review/package", params={"name": "../demo.zip"}).status_code == 404
    assert so.get("/review/package", params={"name": "notes.txt"}).status_code == 404


@pytest.fixture
def signed_folder(ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A review folder with the demo's package signed by a key the Sở registered for the school."""
    from accredit.review.build import write_package
    from accredit.review.gather import gather_workspace

    signer = trusted_school_signer(ws, tmp_path, monkeypatch)
    folder = tmp_path / "ho-so-ky"
    folder.mkdir()
    write_package(gather_workspace(ws, exclude=folder / "demo.zip"), folder / "demo.zip",
                  created=datetime(2026, 11, 1, tzinfo=UTC), signer=signer)
    return folder


def test_a_signed_package_verifies_and_fills_the_province_heat_map(ws, signed_folder) -> None:  # type: ignore[no-untyped-def]
    from accredit.web.server import build_app

    client = TestClient(build_app(ws, review=signed_folder, extra_hosts=("testserver",)))  # the QA lead reviews too
    package = client.get("/review/package", params={"name": "demo.zip"})
    assert "Gói nguyên vẹn và đã được xác minh" in package.text, package.text[:3000]
    page = client.get("/review/rollup")
    assert page.status_code == 200 and "Tổng hợp toàn tỉnh" in page.text
    assert ws.config.school.name in page.text
    assert "background:#E3F4E8" in page.text  # TT 38's conditions at 100 %: the top band


def test_the_heat_map_verifies_a_package_once(ws, signed_folder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The page goes through the user's roll-up cache: shown again, an unchanged package is not verified again."""
    import accredit.review.rollup as rollup_module
    from accredit.web.server import build_app

    client = TestClient(build_app(ws, review=signed_folder, extra_hosts=("testserver",)))
    first = client.get("/review/rollup").text
    assert ws.config.school.name in first

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("verified again")

    monkeypatch.setattr(rollup_module, "check_package", never)
    assert client.get("/review/rollup").text == first


def test_the_inspector_records_a_signed_verdict_in_the_browser(ws, signed_folder) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from accredit.review.log import default_log_path
    from accredit.signing.keys import Signer, inspector_key_path, public_key_text, save_key_pair
    from accredit.web.model import Role, User
    from accredit.web.security import hash_password
    from accredit.web.server import build_app
    from tests.web.conftest import post

    inspector = Signer(Ed25519PrivateKey.from_private_bytes(bytes([8]) * 32))
    save_key_pair(inspector, inspector_key_path(), "khóa của Sở".encode(), public_key_text(inspector.public, ["An"]))
    app = build_app(ws, host="0.0.0.0", review=signed_folder)
    add_person(app, User(name="so", role=Role.INSPECTOR, display="Nguyễn Văn An",
                                              password_hash=hash_password("x" * 12)))
    so = login(app, "so", "x" * 12)
    url = "/review/verdict?name=demo.zip"
    form = {"standard": "tt35-2021/truong-cao-dang-v2:2.2", "status": "not_met", "comment": "Thiếu chứng chỉ B1",
            "passphrase": "khóa của Sở"}
    wrong = post(so, url, {**form, "passphrase": "sai"})
    assert wrong.status_code == 400 and not default_log_path(signed_folder / "demo.zip").exists()
    assert post(so, url, {**form, "standard": "tt35-2021/truong-cao-dang-v2:99.9"}).status_code == 404
    assert post(so, url, form).status_code == 303
    page = so.get("/review/package", params={"name": "demo.zip"}).text
    row = page.split('data-code="tt35-2021/truong-cao-dang-v2#2.2"')[1].split("</tr>")[0]
    assert "Thiếu chứng chỉ B1" in row and 'data-testid="verdict">Không đạt<' in row
    assert "1 mục, vòng 1" in page  # the append-only log holds one signed entry, first cycle
    lines = default_log_path(signed_folder / "demo.zip").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and "Nguyễn Văn An" in lines[0]
    answer = {**form, "status": "", "comment": "", "response": "Đã bổ sung chứng chỉ của 20 nhà giáo"}
    assert post(so, url, answer).status_code == 303  # the school's answer, then the inspector's re-check
    assert post(so, url, {**form, "status": "met", "comment": "Đã đủ"}).status_code == 303
    page = so.get("/review/package", params={"name": "demo.zip"}).text
    row = page.split('data-code="tt35-2021/truong-cao-dang-v2#2.2"')[1].split("</tr>")[0]
    assert "Đã bổ sung chứng chỉ của 20 nhà giáo" in row and 'data-testid="verdict">Đạt<' in row
    assert "3 mục, vòng 1" in page  # query, response, re-check: one cycle of the append-only log


def test_serve_help_is_light_and_listed(tmp_path: Path) -> None:
    probe = (
        "import json, sys\nfrom typer.testing import CliRunner\nfrom accredit.cli.app import app\n"
        "r = CliRunner().invoke(app, ['serve', '--help'])\nassert r.exit_code == 0, r.output\n"
        "assert '--no-browser' in r.output and '--review' in r.output\n"
        "assert 'serve' in CliRunner().invoke(app, ['--help']).output\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('starlette', 'uvicorn', 'argon2', 'jinja2', 'openpyxl'))))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_serve_builds_the_desk_and_runs_it(ws, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    import accredit.web.server as server
    from accredit.cli.app import app

    seen: dict[str, object] = {}

    def fake_run(asgi, host, port, *, open_browser, say) -> None:  # type: ignore[no-untyped-def]
        seen.update(host=host, port=port, browser=open_browser, local=asgi.state.desk.local)
        say(f"http://{host}:{port}")
        seen["status"] = TestClient(asgi, base_url="http://127.0.0.1").get("/").status_code

    monkeypatch.setattr(server, "run", fake_run)
    result = CliRunner().invoke(app, ["serve", str(ws.root), "--no-browser", "--port", "9001"])
    assert result.exit_code == 0, result.output
    assert seen == {"host": "127.0.0.1", "port": 9001, "browser": False, "local": True, "status": 200}
    network = CliRunner().invoke(app, ["serve", str(ws.root), "--no-browser", "--host", "0.0.0.0"])
    assert network.exit_code == 0 and seen["local"] is False
    assert "/setup" in network.output  # the first run's setup code is printed


def test_serve_refuses_a_missing_review_folder(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from accredit.cli.app import app

    result = CliRunner().invoke(app, ["serve", str(ws.root), "--no-browser", "--review", str(tmp_path / "none")])
    assert result.exit_code == 3 and "Traceback" not in result.output
