"""``accredit keys``: the school's key in the workspace, the inspector's in the user folder; signing with them.

Passphrases come from a file or an environment variable: no test prompts.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.i18n.message import Messages
from accredit.model.package import SIGNATURE_NAME
from accredit.model.review import SignatureState
from accredit.review.rollup import rollup
from accredit.review.rollup_render import table_rows
from accredit.signing.keys import KeyFileError, load_signer, school_key_path
from accredit.signing.trust import load_trust
from accredit.workspace import Workspace
from tests.review.conftest import EVIDENCE, TT38, SchoolSpec, SigningSetup, build_workspace, package

PASS = "mật khẩu của trường 2026"


VI = Messages("vi")


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    spec = SchoolSpec(name="Trường Trung cấp Nghề Mẫu", code="TCN", frameworks=[TT38],
                      ratings={TT38: {"1.1": "Đạt"}},
                      evidence={"a/quyet-dinh.docx": EVIDENCE["DK1/quy-che-to-chuc.docx"]},
                      links=[("a/quyet-dinh.docx", TT38, "1.1")])
    return build_workspace(tmp_path / "ws", spec)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "mat-khau.txt"
    path.write_text(PASS + "\n", encoding="utf-8")
    return path


def flat(text: str) -> str:
    return " ".join(text.split())


def init(ws: Workspace, secret: Path, *extra: str) -> dict[str, object]:
    result = CliRunner().invoke(app, ["keys", "init", "-w", str(ws.root), "--passphrase-file", str(secret),
                                      "--json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_keys_init_creates_a_protected_school_key_and_exports_the_public_key(ws: Workspace, secret: Path) -> None:
    info = init(ws, secret)
    private = school_key_path(ws)
    assert info["private_key"] == str(private) and private.is_file()
    assert private.is_relative_to(ws.cache_dir)  # the cache folder: never packaged
    exported = ws.root / "khoa-cong-khai_TCN.pem"
    assert info["exported"] == str(exported)
    text = exported.read_text(encoding="utf-8")
    assert "-----BEGIN PUBLIC KEY-----" in text and "mã trường TCN" in text
    assert info["fingerprint_text"] in text and info["school_code"] == "TCN"
    assert load_signer(private, PASS.encode()).public.fingerprint == info["fingerprint"]
    with pytest.raises(KeyFileError, match="sai mật khẩu"):
        load_signer(private, b"mat-khau-sai")
    again = CliRunner().invoke(app, ["keys", "init", "-w", str(ws.root), "--passphrase-file", str(secret)])
    assert again.exit_code == 3 and "đã có khóa; không ghi đè" in flat(again.stderr)
    shown = CliRunner().invoke(app, ["keys", "show", "-w", str(ws.root)])
    assert shown.exit_code == 0 and "Dấu vân tay khóa ký" in shown.stdout
    shown = CliRunner().invoke(app, ["keys", "show", "-w", str(ws.root), "--json"])
    assert json.loads(shown.stdout)["fingerprint"] == info["fingerprint"]


def test_a_passphrase_is_needed_without_a_prompt(ws: Workspace, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    result = CliRunner().invoke(app, ["keys", "init", "-w", str(ws.root)])
    assert result.exit_code == 3
    assert "--passphrase-file" in result.stderr and "ACCREDIT_PASSPHRASE" in result.stderr
    monkeypatch.setenv("ACCREDIT_PASSPHRASE", "ngan")
    result = CliRunner().invoke(app, ["keys", "init", "-w", str(ws.root)])
    assert result.exit_code == 3 and "ít nhất 8 ký tự" in result.stderr
    monkeypatch.setenv("ACCREDIT_PASSPHRASE", PASS)
    assert CliRunner().invoke(app, ["keys", "init", "-w", str(ws.root)]).exit_code == 0


def test_a_key_needs_a_school_code(tmp_path: Path, secret: Path) -> None:
    spec = SchoolSpec(name="Trường không mã", code="", frameworks=[TT38], report=False)
    ws = build_workspace(tmp_path / "nocode", spec)
    result = CliRunner().invoke(app, ["keys", "init", "-w", str(ws.root), "--passphrase-file", str(secret)])
    assert result.exit_code == 3 and "chưa có mã trường" in " ".join(result.stderr.split())  # wrapped at 80


def test_package_signs_with_the_school_key_and_the_registered_key_verifies(ws: Workspace, secret: Path,
                                                                          tmp_path: Path) -> None:
    info = init(ws, secret)
    out = tmp_path / "nop" / "tcn.zip"
    runner = CliRunner()
    result = runner.invoke(app, ["package", "-w", str(ws.root), "--out", str(out), "--passphrase-file", str(secret)])
    assert result.exit_code == 0, result.output
    assert f"Đã ký gói bằng khóa của trường, dấu vân tay {info['fingerprint_text']}" in flat(result.stdout)
    names = zipfile.ZipFile(out).namelist()
    assert SIGNATURE_NAME in names and not any(n.endswith((".p12", ".pem")) for n in names)  # no key inside
    letter = out.with_name("tcn.cong-van.docx")
    text = "\n".join(p.text for p in Document(str(letter)).paragraphs)
    text += "\n".join(c.text for table in Document(str(letter)).tables for row in table.rows for c in row.cells)
    sha = json.loads(runner.invoke(app, ["review", str(out), "--json", "--accept-unsigned"]).stdout)
    assert sha["verification"]["sha256"] in text and info["fingerprint_text"] in text
    assert "-----BEGIN PUBLIC KEY-----" in text and "chữ ký số" in text
    # not yet registered: an unknown key
    assert runner.invoke(app, ["review", str(out)]).exit_code == 1
    # the Sở registers the exported file under the school's code
    trust = tmp_path / "tin-cay"
    (trust / "TCN").mkdir(parents=True)
    shutil.copy(info["exported"], trust / "TCN")
    result = runner.invoke(app, ["review", str(out), "--trust", str(trust), "--expect-sha256",
                                 sha["verification"]["sha256"]])
    assert result.exit_code == 0, result.output
    assert "đã ký bằng khóa đã đăng ký" in result.stdout


def test_a_wrong_passphrase_writes_no_package(ws: Workspace, secret: Path, tmp_path: Path) -> None:
    init(ws, secret)
    wrong = tmp_path / "sai.txt"
    wrong.write_text("mat-khau-sai-roi\n", encoding="utf-8")
    out = tmp_path / "p.zip"
    result = CliRunner().invoke(app, ["package", "-w", str(ws.root), "--out", str(out), "--passphrase-file",
                                      str(wrong)])
    assert result.exit_code == 3 and "sai mật khẩu" in result.stderr and not out.exists()


def test_without_a_key_the_package_is_unsigned_and_says_so(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "p.zip"
    result = CliRunner().invoke(app, ["package", "-w", str(ws.root), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Gói CHƯA ĐƯỢC KÝ" in flat(result.stderr + result.stdout)
    assert SIGNATURE_NAME not in zipfile.ZipFile(out).namelist()


def test_a_private_key_in_the_output_folder_is_never_packaged(ws: Workspace, secret: Path, tmp_path: Path) -> None:
    init(ws, secret)
    shutil.copy(school_key_path(ws), ws.output_dir / "sao-luu-khoa.p12")
    result = CliRunner().invoke(app, ["package", "-w", str(ws.root), "--out", str(tmp_path / "p.zip"),
                                      "--passphrase-file", str(secret)])
    assert result.exit_code == 3 and "không bao giờ đưa khóa bí mật vào gói" in flat(result.stderr)


def test_keys_init_inspector_uses_the_user_folder(tmp_path: Path, secret: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCREDIT_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(app, ["keys", "init", "--inspector", "--name", "Lê Thị Hoa", "--passphrase-file",
                                      str(secret), "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["private_key"] == str(tmp_path / "home" / "keys" / "khoa-tham-dinh-vien.p12")
    assert "Lê Thị Hoa" in Path(info["public_key"]).read_text(encoding="utf-8")
    shown = CliRunner().invoke(app, ["keys", "show", "--inspector", "--json"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["fingerprint"] == info["fingerprint"]


def test_the_rollup_shows_each_packages_signature_state(rich_package: tuple[Workspace, Path, object],
                                                        signing: SigningSetup, tmp_path: Path) -> None:
    folder = tmp_path / "nop"
    folder.mkdir()
    shutil.copy(rich_package[1], folder / "a-ktm.zip")
    package(rich_package[0], folder / "b-ktm-chua-ky.zip", signer=None)
    strict = rollup(folder)
    assert [s.package for s in strict.schools] == ["a-ktm.zip"]
    assert strict.schools[0].signature == SignatureState.REGISTERED
    assert [f.package for f in strict.failed] == ["b-ktm-chua-ky.zip"]
    assert "chưa được ký" in strict.failed[0].reasons[0]
    headers, rows = table_rows(VI, strict)
    assert headers[-1] == "Chữ ký của gói" and [r[-1] for r in rows] == ["đã ký bằng khóa đã đăng ký"]
    lenient = rollup(folder, trust=load_trust(signing.trust), accept_unsigned=True)
    _, rows = table_rows(VI, lenient)  # one row per school: the newer (unsigned, accepted) package replaces the older
    assert [r[-1] for r in rows] == ["CHƯA KÝ · thẩm định viên chấp nhận"]
    assert [s.package for s in lenient.superseded] == ["a-ktm.zip"]
    result = CliRunner().invoke(app, ["rollup", str(folder), "--out", str(tmp_path / "out"), "--accept-unsigned"])
    assert result.exit_code == 0, result.output
    assert "CHƯA KÝ" in result.stdout
