"""``accredit package``: a frozen zip whose manifest hashes every member, written atomically."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accredit.catalog.registry import default_catalog
from accredit.cli import package as package_cli
from accredit.cli.app import app
from accredit.model.package import EvidenceRegister, Manifest, MemberRole
from accredit.model.roadmap import Roadmap
from accredit.model.scorecard import Scorecard
from accredit.review.build import PackageError, tool_version
from accredit.review.gather import default_package_path
from accredit.service import roadmap as workspace_roadmap
from accredit.workspace import Workspace
from tests.review.conftest import (
    CREATED,
    EVIDENCE,
    PASSPHRASE,
    TT35,
    TT38,
    SchoolSpec,
    build_workspace,
    install_school_key,
    package,
)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def test_manifest_describes_every_member(rich_package: tuple[Workspace, Path, object]) -> None:
    _ws, out, result = rich_package
    content = members(out)
    manifest = Manifest.model_validate_json(content["manifest.json"])
    assert manifest.school.name == "Trường Cao đẳng Kỹ thuật Mẫu" and manifest.school.code == "KTM"
    assert manifest.year == 2026 and manifest.created == CREATED
    assert manifest.tool.version == tool_version()
    catalog = default_catalog()
    assert [(f.id, f.content_hash) for f in manifest.frameworks] == [
        (fid, catalog.get(fid).content_hash) for fid in (TT38, TT35)
    ]
    listed = {m.path: m for m in manifest.members}
    assert set(content) == set(listed) | {"manifest.json", "manifest.sig.json"}  # the signature signs the manifest
    for name, data in content.items():
        if name in ("manifest.json", "manifest.sig.json"):
            continue
        assert listed[name].sha256 == "sha256:" + hashlib.sha256(data).hexdigest()
        assert listed[name].size == len(data)
    roles = {m.role for m in manifest.members}
    assert {MemberRole.FRAMEWORK, MemberRole.ASSESSMENT, MemberRole.DATA, MemberRole.INDICATORS,
            MemberRole.SCORECARD, MemberRole.REGISTER, MemberRole.EVIDENCE, MemberRole.REPORT} <= roles
    assert manifest.target == TT35 and manifest.roadmap == "roadmap.json"
    assert listed["roadmap.json"].role == MemberRole.ROADMAP
    assert "reports/bao-cao-tu-danh-gia.html" in listed
    assert result.members == len(content)  # type: ignore[attr-defined]


def test_scorecards_and_inputs_are_the_workspace_results(rich_package: tuple[Workspace, Path, object]) -> None:
    _, out, _ = rich_package
    content = members(out)
    card = Scorecard.model_validate_json(content["frameworks/tt38-2026_co-so-gdnn/scorecard.json"])
    assert card.passed and card.total == 30
    tt35 = Scorecard.model_validate_json(content["frameworks/tt35-2021_truong-cao-dang/scorecard.json"])
    assert not tt35.passed
    assert {r.code: r.status.value for r in tt35.requirements}["1.3"] == "met"
    data = json.loads(content["frameworks/tt38-2026_co-so-gdnn/data.json"])
    assert data["values"]["t_nh"]["2026"]["value"] == "900"
    assessment = json.loads(content["frameworks/tt35-2021_truong-cao-dang/assessment.json"])
    assert {r["code"]: r["status"] for r in assessment["ratings"] if r["status"]}["3.4"] == "not_met"


def test_members_are_written_as_earlier_versions_wrote_them(rich_package: tuple[Workspace, Path, object]) -> None:
    """Each JSON member is ``model_dump_json(indent=2)`` and a newline, byte for byte: a package built by an earlier
    version still verifies, since the review compares the scores it recomputes byte for byte."""
    _, out, _ = rich_package
    content = members(out)
    for name in ("frameworks/tt38-2026_co-so-gdnn/scorecard.json", "evidence/register.json"):
        model = (Scorecard if name.endswith("scorecard.json") else EvidenceRegister).model_validate_json(content[name])
        assert content[name] == (model.model_dump_json(indent=2) + "\n").encode("utf-8"), name


def test_the_roadmap_toward_the_target_is_packaged(rich_package: tuple[Workspace, Path, object]) -> None:
    ws, out, result = rich_package
    roadmap = Roadmap.model_validate_json(members(out)["roadmap.json"])
    assert roadmap.target == TT35 and roadmap.scorecard_year == 2026
    assert roadmap == workspace_roadmap(ws, write=False).roadmap
    assert result.roadmap  # type: ignore[attr-defined]


def test_evidence_register_hashes_every_file_and_stores_them(rich_package: tuple[Workspace, Path, object]) -> None:
    ws, out, _ = rich_package
    content = members(out)
    register = EvidenceRegister.model_validate_json(content["evidence/register.json"])
    assert sorted(f.path for f in register.files) == sorted(EVIDENCE)
    for f in register.files:
        on_disk = (ws.evidence_dir / f.path).read_bytes()
        assert f.sha256 == "sha256:" + hashlib.sha256(on_disk).hexdigest()
        assert f.member == "evidence/files/" + f.path
        assert content[f.member] == on_disk
    assert {(lk.framework, lk.requirement) for lk in register.links} >= {(TT38, "1.1"), (TT35, "4.1")}


def test_same_inputs_and_time_give_the_same_bytes(rich_package: tuple[Workspace, Path, object],
                                                  tmp_path: Path) -> None:
    ws, out, result = rich_package
    again = package(ws, tmp_path / "again.zip", with_evidence=True)
    assert again.sha256 == result.sha256  # type: ignore[attr-defined]
    assert (tmp_path / "again.zip").read_bytes() == out.read_bytes()


@pytest.fixture
def small_ws(tmp_path: Path) -> Workspace:
    spec = SchoolSpec(name="Trường Trung cấp Nghề Mẫu", code="TCN", frameworks=[TT38],
                      ratings={TT38: {"1.1": "Đạt"}},
                      evidence={"a/quyet-dinh.docx": EVIDENCE["DK1/quy-che-to-chuc.docx"]},
                      links=[("a/quyet-dinh.docx", TT38, "1.1")])
    return build_workspace(tmp_path / "ws", spec)


def test_without_evidence_files_only_the_register(small_ws: Workspace) -> None:
    out = default_package_path(small_ws)
    assert out.parent == small_ws.output_dir
    result = package(small_ws, out)
    content = members(out)
    assert not [n for n in content if n.startswith("evidence/files/")]
    register = EvidenceRegister.model_validate_json(content["evidence/register.json"])
    assert [(f.path, f.member) for f in register.files] == [("a/quyet-dinh.docx", None)]
    assert result.evidence_files == 1 and result.evidence_included == 0
    assert not result.roadmap and "roadmap.json" not in content  # no target configured
    # packaging again does not put the earlier package (or a review log) into the new one
    (small_ws.output_dir / "ho-so.review.jsonl").write_text("{}\n", encoding="utf-8")
    second = small_ws.output_dir / "second.zip"
    again = package(small_ws, second)
    assert again.reports == ["bao-cao-tu-danh-gia.html"]
    assert not [n for n in members(second) if n.endswith((".zip", ".jsonl"))]


def test_evidence_changed_since_the_scan_is_refused(small_ws: Workspace, tmp_path: Path) -> None:
    (small_ws.evidence_dir / "a/quyet-dinh.docx").write_bytes(b"changed after the scan")
    out = tmp_path / "out" / "p.zip"
    with pytest.raises(PackageError) as info:
        package(small_ws, out)
    assert "a/quyet-dinh.docx" in str(info.value) and "accredit evidence scan" in str(info.value)
    assert not out.exists()
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_write_is_atomic_no_temporary_file_left(small_ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "dest" / "p.zip"
    package(small_ws, out)
    assert [p.name for p in out.parent.iterdir()] == ["p.zip"]


def test_cli_json_equals_api(small_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    api = package(small_ws, tmp_path / "api.zip")
    install_school_key(small_ws)
    monkeypatch.setenv("ACCREDIT_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(package_cli, "now", lambda: CREATED)
    cli_out = tmp_path / "cli.zip"
    result = CliRunner().invoke(app, ["package", "--workspace", str(small_ws.root), "--out", str(cli_out), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)["package"]
    letter = tmp_path / "cli.cong-van.docx"
    expected = api.model_dump(mode="json") | {"path": str(cli_out), "cover_letter": str(letter)}
    assert data == expected and letter.is_file()
    assert cli_out.read_bytes() == (tmp_path / "api.zip").read_bytes()  # Ed25519 signatures are deterministic


def test_cli_prints_a_summary(small_ws: Workspace, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["package", "-w", str(small_ws.root), "--out", str(tmp_path / "p.zip")])
    assert result.exit_code == 0, result.output
    assert "SHA-256" in result.stdout and "Trường Trung cấp Nghề Mẫu" in result.stdout
