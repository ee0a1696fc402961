"""Fixtures of the web desk's tests: a scanned copy of the demo per test, clients for each role."""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")
warnings.filterwarnings("ignore", message=".*httpx.*")  # starlette ≥ 1.x would rather have httpx2

from starlette.testclient import TestClient  # noqa: E402

from accredit.demo import copy_demo  # noqa: E402
from accredit.evidence.service import scan_workspace  # noqa: E402
from accredit.web.backend import web_actor  # noqa: E402
from accredit.web.model import Role, User  # noqa: E402
from accredit.web.security import hash_password  # noqa: E402
from accredit.web.server import build_app  # noqa: E402
from accredit.workspace import Workspace, load_workspace  # noqa: E402

TT38 = "tt38-2026/co-so-gdnn-v3"
TT35 = "tt35-2021/truong-cao-dang-v2"
PASSWORD = "mật-khẩu-dài-1"
PEOPLE = {
    "lead": (Role.ADMIN, []),
    "lan": (Role.MEMBER, [f"{TT35}#1"]),  # council member assigned criterion 1 of TT35 only
    "hieu": (Role.VIEWER, []),
    "so": (Role.INSPECTOR, []),
}


@pytest.fixture(scope="session")
def scanned_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, copied and scanned once for the session (tests work on copies of it)."""
    root = copy_demo(tmp_path_factory.mktemp("web") / "demo")
    scan_workspace(load_workspace(root), workers=1)
    return root


@pytest.fixture
def ws(scanned_demo: Path, tmp_path: Path) -> Workspace:
    """A fresh, scanned copy of the demo for one test."""
    root = tmp_path / "ws"
    shutil.copytree(scanned_demo, root)
    return load_workspace(root)


def csrf_of(client: TestClient, url: str = "/") -> str:
    """The CSRF token of the client's session, read from a page (every page, error pages too, carries it)."""
    for where in (url, "/login"):
        found = re.search(r'data-csrf="([^"]+)"', client.get(where).text)
        if found:
            return found.group(1)
    raise AssertionError("no page carries the CSRF token")


@pytest.fixture
def local(ws: Workspace) -> Iterator[TestClient]:
    """A client of the local desk (127.0.0.1: no login)."""
    with TestClient(build_app(ws, extra_hosts=("testserver",)), follow_redirects=False) as client:
        yield client


@pytest.fixture
def network_app(ws: Workspace):  # type: ignore[no-untyped-def]
    """A network desk (login required) with a QA lead, a member, a viewer and an inspector."""
    app = build_app(ws, host="0.0.0.0")
    hashed = hash_password(PASSWORD)
    for name, (role, criteria) in PEOPLE.items():
        person = User(name=name, role=role, criteria=criteria, password_hash=hashed)
        add_person(app, person)
    return app


def add_person(app, person: User) -> None:  # type: ignore[no-untyped-def]
    """Put ``person`` into the workspace store (users, and their criteria as their own working group)."""
    app.state.desk.backend.put_user(person, web_actor("test", datetime.now(UTC)))


def login(app, name: str, password: str = PASSWORD) -> TestClient:  # type: ignore[no-untyped-def]
    """A client of ``app`` signed in as ``name``."""
    client = TestClient(app, follow_redirects=False)
    token = csrf_of(client, "/login")
    r = client.post("/login", data={"name": name, "password": password, "csrf": token})
    assert r.status_code == 303, r.text[:500]
    return client


def version_of(client: TestClient, url: str) -> str:
    """The versions a standard's page shows (its hidden ``version`` field), as a save sends them back."""
    found = re.search(r'name="version" id="version" value="([^"]*)"', client.get(url).text)
    assert found is not None, url
    return found.group(1)


def rate(client: TestClient, url: str, data: dict[str, str], **kw):  # type: ignore[no-untyped-def]
    """Save a standard's form from the versions its page shows now (with the session's CSRF token)."""
    return post(client, url, {**data, "version": version_of(client, url)}, **kw)


def post(client: TestClient, url: str, data: dict | None = None, **kw):  # type: ignore[no-untyped-def, type-arg]
    """POST with the session's CSRF token."""
    token = csrf_of(client)
    return client.post(url, data={**(data or {}), "csrf": token}, **kw)


def trusted_school_signer(ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The school's signing key, registered in a trust folder of the Sở (``ACCREDIT_TRUST``) for this test."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from accredit.signing.keys import Signer, public_key_text

    signer = Signer(Ed25519PrivateKey.from_private_bytes(bytes([7]) * 32))
    trust = tmp_path / "trust"
    code = ws.config.school.code
    (trust / code).mkdir(parents=True)
    (trust / code / f"khoa-cong-khai_{code}.pem").write_text(public_key_text(signer.public, [code]), encoding="utf-8")
    monkeypatch.setenv("ACCREDIT_TRUST", str(trust))
    monkeypatch.setenv("ACCREDIT_HOME", str(tmp_path / "home"))
    return signer
