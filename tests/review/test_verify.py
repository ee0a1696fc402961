"""Verification: every member hash, published framework versions, and scores recomputed from the package."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accredit.catalog.registry import default_catalog, load_catalog
from accredit.cli.app import app
from accredit.i18n.message import Messages
from accredit.model.review import IssueKind, Severity, VersionStatus
from accredit.review.service import review_package
from accredit.review.verify import check_package, verify_package
from accredit.workspace import Workspace
from tests.review.conftest import TT35, TT38
from tests.review.tamper import read_json, rewrite

SCORECARD_38 = "frameworks/tt38-2026_co-so-gdnn/scorecard.json"
SCORECARD_35 = "frameworks/tt35-2021_truong-cao-dang/scorecard.json"
ASSESSMENT_35 = "frameworks/tt35-2021_truong-cao-dang/assessment.json"
DATA_38 = "frameworks/tt38-2026_co-so-gdnn/data.json"
FRAMEWORK_38 = "frameworks/tt38-2026_co-so-gdnn/framework.json"
EVIDENCE_FILE = "evidence/files/DK1/quy-che-to-chuc.docx"


@pytest.fixture
def pkg(rich_package: tuple[Workspace, Path, object], tmp_path: Path) -> Path:
    """A private copy of the rich package."""
    return Path(shutil.copy(rich_package[1], tmp_path / "ktm.zip"))


def published_lock() -> dict[str, str]:
    catalog = default_catalog()
    return {fid: catalog.get(fid).content_hash for fid in (TT38, TT35)}


def kinds(path: Path, **kwargs: Any) -> list[IssueKind]:
    return [i.kind for i in verify_package(path, **kwargs).errors]


def test_an_untouched_package_verifies(pkg: Path) -> None:
    v = verify_package(pkg, lock=published_lock())
    assert v.ok and not v.issues and not v.differences
    assert [(f.id, f.version, f.recomputed, f.differences) for f in v.frameworks] == [
        (TT38, VersionStatus.PUBLISHED, True, 0), (TT35, VersionStatus.PUBLISHED, True, 0)
    ]
    assert v.frameworks[0].recomputed_passed is True and v.frameworks[0].recomputed_total == 30


def test_a_framework_not_yet_locked_is_a_warning_only(pkg: Path) -> None:
    v = verify_package(pkg, lock={})
    assert v.ok
    assert {(i.kind, i.severity) for i in v.issues} == {(IssueKind.UNPUBLISHED_VERSION, Severity.WARNING)}
    assert {f.version for f in v.frameworks} == {VersionStatus.CATALOG}


def test_a_version_that_was_never_published_fails(pkg: Path) -> None:
    lock = published_lock() | {TT38: "sha256:" + "ab" * 32}
    v = verify_package(pkg, lock=lock)
    assert not v.ok
    assert [i.kind for i in v.errors] == [IssueKind.UNKNOWN_VERSION]
    tt38 = next(f for f in v.frameworks if f.id == TT38)
    assert tt38.version == VersionStatus.UNKNOWN and not tt38.recomputed


def test_an_unknown_framework_fails(pkg: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    v = verify_package(pkg, catalog=load_catalog(tmp_path / "empty"), lock={})
    assert not v.ok
    assert [i.kind for i in v.errors] == [IssueKind.UNKNOWN_FRAMEWORK, IssueKind.UNKNOWN_FRAMEWORK]


def test_a_tampered_evidence_file_is_detected(pkg: Path, tmp_path: Path) -> None:
    bad = rewrite(pkg, tmp_path / "bad.zip", replace={EVIDENCE_FILE: b"a different document"})
    v = verify_package(bad, lock=published_lock())
    assert not v.ok
    assert [(i.kind, i.member) for i in v.errors] == [
        (IssueKind.SIZE_MISMATCH, EVIDENCE_FILE), (IssueKind.HASH_MISMATCH, EVIDENCE_FILE)
    ]


def test_a_tampered_evidence_file_with_the_manifest_rewritten_still_fails(pkg: Path, tmp_path: Path) -> None:
    bad = rewrite(pkg, tmp_path / "bad.zip", replace={EVIDENCE_FILE: b"a different document"}, fix_manifest=True)
    v = verify_package(bad, lock=published_lock())
    assert [(i.kind, i.member) for i in v.errors] == [(IssueKind.EVIDENCE_MISMATCH, EVIDENCE_FILE)]


def test_a_tampered_score_is_reported_as_a_difference(pkg: Path, tmp_path: Path) -> None:
    def raise_score(card: dict[str, Any]) -> None:
        card["total"] = 95
        card["passed"] = True
        card["criteria"][0]["points"] = 20

    bad = rewrite(pkg, tmp_path / "bad.zip", edit_json={SCORECARD_35: raise_score}, fix_manifest=True)
    v = verify_package(bad, lock=published_lock())
    assert not v.ok and not v.errors  # the bytes match the (rewritten) manifest…
    found = {(d.framework, d.field): (d.packaged, d.recomputed) for d in v.differences}
    assert found[(TT35, "total")] == ("95", str(read_json(pkg, SCORECARD_35)["total"]))  # …the scores do not
    assert found[(TT35, "passed")] == ("True", "False")
    assert (TT35, "criteria[1].points") in found
    assert next(f for f in v.frameworks if f.id == TT35).differences == 3


def test_a_score_changed_without_rewriting_the_manifest_fails_on_the_hash(pkg: Path, tmp_path: Path) -> None:
    bad = rewrite(pkg, tmp_path / "bad.zip", edit_json={SCORECARD_38: lambda c: c.update(total=29)})
    v = verify_package(bad, lock=published_lock())
    assert IssueKind.HASH_MISMATCH in [i.kind for i in v.errors]
    assert {i.member for i in v.errors} == {SCORECARD_38}
    assert not next(f for f in v.frameworks if f.id == TT38).recomputed  # an altered member is never used


def test_changed_ratings_are_caught_by_recomputing(pkg: Path, tmp_path: Path) -> None:
    def upgrade(assessment: dict[str, Any]) -> None:
        for r in assessment["ratings"]:
            if r["code"] == "3.4":
                r["status"] = "met"

    bad = rewrite(pkg, tmp_path / "bad.zip", edit_json={ASSESSMENT_35: upgrade}, fix_manifest=True)
    v = verify_package(bad, lock=published_lock())
    fields = {d.field for d in v.differences}
    assert "requirements[3.4].rated" in fields and "requirements[3.4].status" in fields
    assert not v.ok


def test_changed_data_are_caught_by_recomputing_the_indicators(pkg: Path, tmp_path: Path) -> None:
    def fewer_enrolled(data: dict[str, Any]) -> None:
        data["values"]["t_nh"]["2026"]["value"] = "600"  # 600 / 1500 = 40 % < 50 %

    bad = rewrite(pkg, tmp_path / "bad.zip", edit_json={DATA_38: fewer_enrolled}, fix_manifest=True)
    v = verify_package(bad, lock=published_lock())
    found = {d.field: (d.packaged, d.recomputed) for d in v.differences if d.framework == TT38}
    assert found["indicators[CS01/2026].value"] == ("60", "40")
    assert found["indicators[CS01/2026].status"] == ("met", "not_met")
    assert found["requirements[CS01].status"] == ("met", "not_met")
    assert found["passed"] == ("True", "False")


def test_a_changed_framework_file_is_inconsistent(pkg: Path, tmp_path: Path) -> None:
    def soften(fw: dict[str, Any]) -> None:
        fw["criteria"][0]["requirements"][0]["text"] = "Một yêu cầu dễ hơn."

    bad = rewrite(pkg, tmp_path / "bad.zip", edit_json={FRAMEWORK_38: soften}, fix_manifest=True)
    v = verify_package(bad, lock=published_lock())
    assert [(i.kind, i.member) for i in v.errors] == [(IssueKind.INCONSISTENT, FRAMEWORK_38)]
    assert not next(f for f in v.frameworks if f.id == TT38).recomputed


def test_added_and_removed_members_are_reported(pkg: Path, tmp_path: Path) -> None:
    added = rewrite(pkg, tmp_path / "added.zip", add={"reports/extra.pdf": b"%PDF-1.4 extra"})
    assert kinds(added, lock=published_lock()) == [IssueKind.UNLISTED_MEMBER]
    dropped = rewrite(pkg, tmp_path / "dropped.zip", drop={"reports/bao-cao-tu-danh-gia.html"})
    assert kinds(dropped, lock=published_lock()) == [IssueKind.MISSING_MEMBER]


def test_a_member_that_is_not_its_model_is_invalid(pkg: Path, tmp_path: Path) -> None:
    bad = rewrite(pkg, tmp_path / "bad.zip", replace={SCORECARD_38: b'{"framework": 1}'}, fix_manifest=True)
    v = verify_package(bad, lock=published_lock())
    assert [(i.kind, i.member) for i in v.errors] == [(IssueKind.INVALID_MEMBER, SCORECARD_38)]
    assert "scorecard.json" in v.errors[0].detail


def test_recomputed_results_are_kept_for_the_review(pkg: Path) -> None:
    checked = check_package(pkg, lock=published_lock())
    assert set(checked.recomputed) == {TT38, TT35}
    assert checked.recomputed[TT38].passed
    assert checked.indicators[TT38].result("CS08", 2026) is not None


def test_cli_review_json_equals_api_and_exit_codes(pkg: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["review", str(pkg), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == review_package(pkg).model_dump(mode="json", context=Messages("vi").context)
    bad = rewrite(pkg, tmp_path / "bad.zip", edit_json={SCORECARD_38: lambda c: c.update(total=29)},
                  fix_manifest=True)
    result = runner.invoke(app, ["review", str(bad)])
    assert result.exit_code == 1
    assert "total" in result.stdout and "KHÔNG ĐẠT" in result.stdout


def test_cli_refuses_a_hostile_zip_with_a_clear_message(tmp_path: Path) -> None:
    import zipfile

    p = tmp_path / "evil.zip"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr(zipfile.ZipInfo("../../home/user/.bashrc"), "echo pwned")
    result = CliRunner().invoke(app, ["--lang", "en", "review", str(p)])
    assert result.exit_code == 3
    assert "package refused" in result.stderr and "'..'" in result.stderr


def test_the_framework_parsed_once_is_served_only_for_the_same_verified_bytes(pkg: Path, tmp_path: Path) -> None:
    lock = published_lock()
    assert verify_package(pkg, lock=lock).ok  # its frameworks are now parsed and kept

    def soften(fw: dict[str, Any]) -> None:
        fw["criteria"][0]["requirements"][0]["text"] = "Một yêu cầu dễ hơn."

    # the manifest still lists the kept framework's hash: the altered bytes fail it, the kept one is not used
    swapped = rewrite(pkg, tmp_path / "swapped.zip", edit_json={FRAMEWORK_38: soften})
    v = verify_package(swapped, lock=lock)
    assert IssueKind.HASH_MISMATCH in [i.kind for i in v.errors] and {i.member for i in v.errors} == {FRAMEWORK_38}
    assert not next(f for f in v.frameworks if f.id == TT38).recomputed
    other = rewrite(pkg, tmp_path / "other.zip", edit_json={FRAMEWORK_38: soften}, fix_manifest=True)
    assert [i.kind for i in verify_package(other, lock=lock).errors] == [IssueKind.INCONSISTENT]
    # the same framework written with other spacing is other bytes: parsed, and it is the same version
    spaced = rewrite(pkg, tmp_path / "spaced.zip", fix_manifest=True, replace={
        FRAMEWORK_38: json.dumps(read_json(pkg, FRAMEWORK_38), ensure_ascii=False).encode("utf-8")})
    v = verify_package(spaced, lock=lock)  # (its manifest rewritten: the school's signature no longer holds)
    assert not v.errors and not v.differences and all(f.recomputed for f in v.frameworks)
    assert verify_package(pkg, lock=lock).ok
