"""The inspector opens the school's evidence from a package: verified first, members looked up, bounded reads."""

from __future__ import annotations

import html
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from accredit.workspace import Workspace
from tests.web.conftest import add_person, csrf_of, login, post, trusted_school_signer

NOTE = 'Chung/Ghi chú "họp"; số 2.txt'
"""An evidence file whose name has Vietnamese letters, quotes and a semicolon (a header must stay one header)."""


@pytest.fixture
def folder(ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A review folder: the demo's package signed by a key the Sở registered, carrying its evidence files, and
    the same package without them (hashes only)."""
    from accredit.evidence.service import scan_workspace
    from accredit.review.build import write_package
    from accredit.review.gather import gather_workspace

    signer = trusted_school_signer(ws, tmp_path, monkeypatch)
    (ws.evidence_dir / NOTE).write_text("Biên bản họp hội đồng tự đánh giá ngày 5/3/2026.", encoding="utf-8")
    scan_workspace(ws, workers=1)
    out = tmp_path / "ho-so"
    out.mkdir()
    when = datetime(2026, 11, 1, tzinfo=UTC)
    write_package(gather_workspace(ws, exclude=out / "demo.zip"), out / "demo.zip", created=when, signer=signer,
                  with_evidence=True)
    write_package(gather_workspace(ws, exclude=out / "ma-bam.zip"), out / "ma-bam.zip", created=when, signer=signer)
    return out


@pytest.fixture
def so(ws: Workspace, folder: Path) -> TestClient:
    """The inspector, signed in on a network desk serving the review folder."""
    from accredit.web.model import Role, User
    from accredit.web.security import hash_password
    from accredit.web.server import build_app

    app = build_app(ws, host="0.0.0.0", review=folder)
    add_person(app, User(name="so", role=Role.INSPECTOR, password_hash=hash_password("x" * 12)))
    add_person(app, User(name="hieu", role=Role.VIEWER, password_hash=hash_password("x" * 12)))
    return login(app, "so", "x" * 12)


def _linked_pdf(page: str) -> tuple[str, str]:
    """The first standard of the package page with a PDF among its evidence: (standard, member)."""
    for row in page.split("<tr data-code=")[1:]:
        cell = row.split('data-testid="evidence">')[1].split("</td>")[0]
        for link in cell.split('file=')[1:]:
            member = link.split('"')[0]
            if member.endswith(".pdf"):
                return row.split('"')[1], member
    raise AssertionError("no standard lists a PDF")


def test_the_inspector_opens_a_standards_pdf_from_the_verified_package(so: TestClient, ws: Workspace) -> None:
    from urllib.parse import unquote

    page = so.get("/review/package", params={"name": "demo.zip"})
    assert page.status_code == 200 and "Gói nguyên vẹn và đã được xác minh" in page.text
    standard, member = _linked_pdf(page.text)
    member = unquote(member)
    shown = so.get("/review/evidence", params={"name": "demo.zip", "file": member})
    assert shown.status_code == 200 and '<iframe src="/review/evidence/raw?name=demo.zip&amp;file=' in shown.text
    assert standard.split("#")[1] in shown.text  # the standards it counts for
    raw = so.get("/review/evidence/raw", params={"name": "demo.zip", "file": member})
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/pdf"
    path = member.removeprefix("evidence/files/")
    assert raw.content == (ws.evidence_dir / path).read_bytes()  # the school's file, byte for byte
    name = Path(path).name
    assert raw.headers["content-disposition"].startswith("inline; filename=\"")
    assert raw.headers["content-disposition"].endswith(f"filename*=UTF-8''{quote(name, safe='')}")
    assert "default-src 'self'" in raw.headers["content-security-policy"]
    assert raw.headers["x-content-type-options"] == "nosniff"


def test_other_files_show_their_text_and_download_with_a_safe_name(so: TestClient) -> None:
    member = "evidence/files/" + NOTE
    shown = so.get("/review/evidence", params={"name": "demo.zip", "file": member})
    assert shown.status_code == 200, shown.text[:2000]
    assert "Biên bản họp hội đồng tự đánh giá" in shown.text.split('data-testid="text">')[1]
    assert "&#34;họp&#34;" in shown.text or "&quot;họp&quot;" in shown.text  # the name escaped in the page
    raw = so.get("/review/evidence/raw", params={"name": "demo.zip", "file": member})
    assert raw.status_code == 200 and raw.headers["content-type"] == "application/octet-stream"
    assert raw.headers["content-disposition"] == (
        "attachment; filename=\"Ghi chu _hop__ so 2.txt\"; filename*=UTF-8''"
        + quote('Ghi chú "họp"; số 2.txt', safe=""))
    assert raw.content.decode("utf-8").startswith("Biên bản họp")


HOSTILE = ["../../accredit.toml", "manifest.json", "evidence/register.json", NOTE, "evidence/files/../manifest.json",
           "evidence/files/./" + NOTE, "/etc/passwd", "evidence\\files\\" + NOTE, ""]


def test_a_name_that_is_not_one_of_the_packages_evidence_files_opens_nothing(so: TestClient) -> None:
    for member in HOSTILE:
        assert so.get("/review/evidence", params={"name": "demo.zip", "file": member}).status_code == 404, member
        assert so.get("/review/evidence/raw", params={"name": "demo.zip", "file": member}).status_code == 404, member
    assert so.get("/review/evidence/raw", params={"name": "../ho-so/demo.zip",
                                                  "file": "evidence/files/" + NOTE}).status_code == 404


def _copy(src: Path, dest: Path, change: dict[str, bytes], extra: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, change.get(info.filename, zin.read(info)))
        for name, data in (extra or {}).items():
            zout.writestr(name, data)


def test_a_tampered_package_opens_no_evidence(so: TestClient, folder: Path) -> None:
    member = "evidence/files/" + NOTE
    _copy(folder / "demo.zip", folder / "sua.zip", {member: "Biên bản đã bị sửa.".encode()})
    page = so.get("/review/package", params={"name": "sua.zip"})
    assert page.status_code == 200 and "KHÔNG qua được kiểm tra" in page.text
    assert 'data-testid="evidence-note"' in page.text and "/review/evidence?" not in page.text
    for url in ("/review/evidence", "/review/evidence/raw"):
        refused = so.get(url, params={"name": "sua.zip", "file": member})
        assert refused.status_code == 400 and "không mở minh chứng" in refused.text
        assert "đã bị sửa" not in refused.text


def test_a_package_with_a_hostile_member_name_is_refused_before_anything_is_read(so: TestClient, folder: Path,
                                                                                tmp_path: Path) -> None:
    _copy(folder / "demo.zip", folder / "xau.zip", {}, {"evidence/files/../../../thoat.txt": b"x"})
    for url in ("/review/package", "/review/evidence/raw"):
        refused = so.get(url, params={"name": "xau.zip", "file": "evidence/files/../../../thoat.txt"})
        assert refused.status_code == 400, url
    assert not any(p.name == "thoat.txt" for p in tmp_path.rglob("*"))


def test_a_package_without_the_files_shows_their_hashes_per_standard_and_says_so(so: TestClient) -> None:
    page = so.get("/review/package", params={"name": "ma-bam.zip"})
    assert page.status_code == 200 and "Gói nguyên vẹn và đã được xác minh" in page.text
    note = page.text.split('data-testid="evidence-note">')[1].split("</p>")[0]
    assert "--with-evidence" in note and "/review/evidence?" not in page.text
    cells = [r.split('data-testid="evidence">')[1].split("</td>")[0] for r in page.text.split("<tr data-code=")[1:]]
    assert any(".pdf" in c and "…" in c for c in cells)  # the file's path and its hash, per standard
    assert so.get("/review/evidence/raw", params={"name": "ma-bam.zip",
                                                  "file": "evidence/files/" + NOTE}).status_code == 404


def test_the_school_side_cannot_open_a_package(so: TestClient) -> None:
    hieu = TestClient(so.app, follow_redirects=False)
    token = csrf_of(hieu, "/login")
    assert hieu.post("/login", data={"name": "hieu", "password": "x" * 12, "csrf": token}).status_code == 303
    assert hieu.get("/review/evidence/raw", params={"name": "demo.zip",
                                                    "file": "evidence/files/" + NOTE}).status_code == 403


@pytest.fixture
def verifications(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the packages verified (integrity and signature read) from now on, in order."""
    from accredit.review import service as review_service
    from accredit.review.verify import check_package
    from accredit.service import reviewing

    seen: list[str] = []

    def counted(path: Path, **kw):  # type: ignore[no-untyped-def]
        seen.append(path.name)
        return check_package(path, **kw)

    monkeypatch.setattr(review_service, "check_package", counted)
    monkeypatch.setattr(reviewing, "check_package", counted)
    return seen


def test_a_package_is_verified_once_for_every_page_and_again_when_replaced(so: TestClient, folder: Path,
                                                                          verifications: list[str]) -> None:
    import os

    member = "evidence/files/" + NOTE
    assert so.get("/review/package", params={"name": "demo.zip"}).status_code == 200
    assert so.get("/review/evidence", params={"name": "demo.zip", "file": member}).status_code == 200
    raw = so.get("/review/evidence/raw", params={"name": "demo.zip", "file": member})
    assert raw.status_code == 200 and raw.content.decode("utf-8").startswith("Biên bản họp")
    assert so.get("/review/package", params={"name": "demo.zip"}).status_code == 200
    assert verifications == ["demo.zip"]
    path = folder / "demo.zip"
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))  # touched: the same bytes, a new time
    assert so.get("/review/package", params={"name": "demo.zip"}).status_code == 200
    assert verifications == ["demo.zip", "demo.zip"]
    _copy(path, folder / "moi.tmp", {member: "Biên bản đã bị sửa sau khi ký.".encode()})
    os.replace(folder / "moi.tmp", path)  # replaced by another file of the same name
    page = so.get("/review/package", params={"name": "demo.zip"})
    assert page.status_code == 200 and "KHÔNG qua được kiểm tra" in page.text
    refused = so.get("/review/evidence/raw", params={"name": "demo.zip", "file": member})
    assert refused.status_code == 400 and "đã bị sửa" not in refused.text
    assert len(verifications) == 3


def test_a_package_changed_under_its_old_size_and_time_is_verified_again(so: TestClient, folder: Path,
                                                                       verifications: list[str]) -> None:
    import os

    path = folder / "demo.zip"
    with zipfile.ZipFile(path) as z:  # a byte of the note's own data: the same size, other bytes
        info = z.getinfo("evidence/files/" + NOTE)
    original = path.read_bytes()
    at = info.header_offset + 30 + len(info.orig_filename.encode()) + len(info.extra) + info.compress_size // 2
    tampered = bytearray(original)
    tampered[at] ^= 0xFF
    st = path.stat()

    def put(data: bytes, *, in_place: bool) -> None:
        if in_place:  # written over, as an editor or a copy tool that keeps the time does
            with path.open("r+b") as f:
                f.write(data)
        else:  # another file put in its place
            (folder / "moi.tmp").write_bytes(data)
            os.replace(folder / "moi.tmp", path)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # the old time set back
        assert path.stat().st_size == st.st_size

    def verified() -> bool:  # shown as verified (a package that cannot be read at all is refused: 400)
        page = so.get("/review/package", params={"name": "demo.zip"})
        assert page.status_code in (200, 400), page.status_code
        return page.status_code == 200 and "KHÔNG qua được kiểm tra" not in page.text

    assert verified() and verifications == ["demo.zip"]
    put(bytes(tampered), in_place=False)
    assert not verified() and len(verifications) == 2
    put(original, in_place=False)
    assert verified() and len(verifications) == 3
    if os.name != "nt":  # Windows keeps no status-change time: there a file written over in place is not seen
        put(bytes(tampered), in_place=True)
        assert not verified() and len(verifications) == 4


def test_the_desk_keeps_a_few_verified_packages_only(so: TestClient, folder: Path,
                                                     verifications: list[str]) -> None:
    import shutil

    from accredit.web.backend import VERIFIED_KEPT

    names = [f"goi-{i}.zip" for i in range(VERIFIED_KEPT + 1)]
    for name in names:
        shutil.copyfile(folder / "ma-bam.zip", folder / name)
        assert so.get("/review/package", params={"name": name}).status_code == 200
    assert so.get("/review/package", params={"name": names[-1]}).status_code == 200  # kept
    assert verifications == names
    assert so.get("/review/package", params={"name": names[0]}).status_code == 200  # the oldest was let go
    assert verifications == [*names, names[0]]


def test_a_damaged_package_is_refused_in_the_persons_language(so: TestClient, folder: Path) -> None:
    data = bytearray((folder / "demo.zip").read_bytes())
    name = data.rfind(b"manifest.json")  # its name in the central directory, after the 46-byte entry header
    data[name - 46 + 16] ^= 0x01  # the CRC-32 the directory declares for the manifest
    (folder / "hong.zip").write_bytes(bytes(data))
    vi = so.get("/review/package", params={"name": "hong.zip"})
    assert vi.status_code == 400
    assert "tệp 'manifest.json' bị hỏng (mã kiểm tra CRC-32 không khớp" in html.unescape(vi.text)
    assert "Bad CRC" not in vi.text
    post(so, "/lang", {"lang": "en", "back": "/"})
    en = so.get("/review/package", params={"name": "hong.zip"})
    assert en.status_code == 400
    assert "member 'manifest.json' is corrupt (its CRC-32 check does not match" in html.unescape(en.text)
    assert "bị hỏng" not in en.text


def test_a_package_opened_on_the_desk_is_not_verified_again_for_the_heat_map(
        so: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import accredit.review.rollup as rollup

    assert so.get("/review/package", params={"name": "demo.zip"}).status_code == 200
    real, checked = rollup.check_package, []

    def counting(path: Path, **kwargs: object) -> object:
        checked.append(path.name)
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(rollup, "check_package", counting)
    page = so.get("/review/rollup")
    assert page.status_code == 200 and checked == ["ma-bam.zip"]  # only the package nobody opened yet
    assert so.get("/review/rollup").text == page.text and checked == ["ma-bam.zip"]
