"""Signed packages: the school's key, the Sở's trust folder, revocation, --expect-sha256, and the reports cross-checked.

Every tamper case of issue 16 is here and refused with a Vietnamese message: an evidence file
changed with the register and manifest re-hashed; every suggested link confirmed and the
scorecard recomputed while the packaged reports still state the old score.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.model.package import SIGNATURE_NAME
from accredit.model.review import IssueKind, SignatureState
from accredit.review.service import make_review_workbook, review_package
from accredit.review.verify import check_package, verify_package
from accredit.service import reports as write_workspace_reports
from accredit.signing.keys import show_fingerprint
from accredit.signing.trust import load_trust
from accredit.workspace import Workspace
from accredit.xlsx_xml import Unexpected, first_rows
from tests.review.conftest import (
    CREATED,
    SCHOOL_SIGNER,
    STRANGER_SIGNER,
    TT35,
    SigningSetup,
    build_workspace,
    package,
    register,
    rich_spec,
)
from tests.review.tamper import read_json, read_member, rewrite

EVIDENCE_FILE = "evidence/files/DK1/quy-che-to-chuc.docx"
REGISTER = "evidence/register.json"
SCORECARD_35 = "frameworks/tt35-2021_truong-cao-dang/scorecard.json"
JSON_REPORT = "reports/bao-cao-tu-danh-gia-2026.json"
XLSX_REPORT = "reports/bao-cao-tu-danh-gia-2026.xlsx"


@pytest.fixture(scope="module")
def reported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, Path]:
    """A real workspace with its real JSON and Excel reports, packaged with the evidence and signed."""
    root = tmp_path_factory.mktemp("reported")
    ws = build_workspace(root / "school", rich_spec())
    write_workspace_reports(ws, CREATED, ["json", "xlsx"])
    out = root / "ktm.zip"
    package(ws, out, with_evidence=True)
    return ws, out


@pytest.fixture
def pkg(reported: tuple[Workspace, Path], tmp_path: Path) -> Path:
    return Path(shutil.copy(reported[1], tmp_path / "ktm.zip"))


def sha(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


# --- a valid package -----------------------------------------------------------------------------


def test_a_signed_package_from_a_registered_key_verifies(pkg: Path) -> None:
    v = verify_package(pkg)
    assert v.signature.state == SignatureState.REGISTERED and v.signature.good and not v.signature.accepted
    assert v.signature.fingerprint == SCHOOL_SIGNER.public.fingerprint
    assert v.signature.registered_for == "KTM" and v.signature.key_file.endswith("khoa-cong-khai_KTM.pem")
    assert v.ok and not v.errors and not v.differences
    assert {i.kind for i in v.issues} <= {IssueKind.UNPUBLISHED_VERSION}  # the reports agree with the recomputation
    result = CliRunner().invoke(app, ["review", str(pkg)])
    assert result.exit_code == 0, result.output
    assert "đã ký bằng khóa đã đăng ký" in result.stdout and "ĐẠT — mọi tệp khớp" in result.stdout


def test_the_signature_covers_the_exact_manifest_bytes(pkg: Path) -> None:
    sig = read_json(pkg, SIGNATURE_NAME)
    manifest = zipfile.ZipFile(pkg).read("manifest.json")
    assert sig["manifest_sha256"] == "sha256:" + hashlib.sha256(manifest).hexdigest()
    assert sig["fingerprint"] == SCHOOL_SIGNER.public.fingerprint
    m = json.loads(manifest)
    listed = {x["path"] for x in m["members"]}
    assert {SCORECARD_35, JSON_REPORT, XLSX_REPORT, REGISTER} <= listed  # scorecard and reports hashed…
    assert m["school"]["code"] == "KTM" and m["year"] == 2026 and m["created"]  # …with school, year and time


# --- tamper cases --------------------------------------------------------------------------------


def test_an_evidence_file_changed_and_everything_re_hashed_is_refused(pkg: Path, tmp_path: Path) -> None:
    forged = b"a different document"

    def rehash_register(reg: dict[str, Any]) -> None:
        for f in reg["files"]:
            if f["member"] == EVIDENCE_FILE:
                f["sha256"] = "sha256:" + hashlib.sha256(forged).hexdigest()
                f["size"] = len(forged)

    bad = rewrite(pkg, tmp_path / "bad.zip", replace={EVIDENCE_FILE: forged}, edit_json={REGISTER: rehash_register},
                  fix_manifest=True)
    v = verify_package(bad)
    assert not v.errors and not v.differences  # every hash now agrees: only the signature tells
    assert v.signature.state == SignatureState.BAD_SIGNATURE and not v.ok
    assert "manifest.json đã bị sửa sau khi ký" in v.signature.detail
    result = CliRunner().invoke(app, ["review", str(bad), "--accept-unsigned"])  # a bad signature is never accepted
    assert result.exit_code == 1
    assert "CHỮ KÝ KHÔNG HỢP LỆ" in result.stdout and "KHÔNG ĐẠT" in result.stdout
    assert "ĐẠT — mọi tệp khớp" not in result.stdout


def _confirm_links(reg: dict[str, Any]) -> None:
    """Every suggested link confirmed, and one confirmed for the TT 35 standard rated met without evidence."""
    for link in reg["links"]:
        link["confirmed"] = True
    extra = dict(next(lk for lk in reg["links"] if lk["framework"] == TT35), requirement="4.3", confirmed=True)
    reg["links"].append(extra)


def flat(text: str) -> str:
    """Console output with the line wrapping undone."""
    return " ".join(text.split())


def test_links_confirmed_and_scorecard_recomputed_while_reports_say_the_old_score(pkg: Path, tmp_path: Path) -> None:
    old_total = read_json(pkg, SCORECARD_35)["total"]
    step = rewrite(pkg, tmp_path / "step.zip", edit_json={REGISTER: _confirm_links}, fix_manifest=True)
    cards = check_package(step).recomputed
    card = cards[TT35]
    assert card.total > old_total  # confirming the links really raises the score
    new_cards = {f"frameworks/{fid.replace('/', '_')}/scorecard.json": c.model_dump_json(indent=2).encode() + b"\n"
                 for fid, c in cards.items()}
    bad = rewrite(step, tmp_path / "bad.zip", replace=new_cards, fix_manifest=True)
    v = verify_package(bad)
    assert not v.differences  # the scorecard is consistent with the forged register…
    assert v.signature.state == SignatureState.BAD_SIGNATURE  # …but not signed by the school
    details = {(i.member, i.detail) for i in v.errors if i.kind == IssueKind.REPORT_MISMATCH}
    said = f"ghi tổng điểm của {card.title} là {old_total}, nhưng tính lại từ gói được {card.total}"
    assert (JSON_REPORT, f"Báo cáo {JSON_REPORT} {said}") in details  # names the file and the figure
    assert (XLSX_REPORT, f"Báo cáo {XLSX_REPORT} {said}") in details  # the Excel report too
    assert any(m == JSON_REPORT and "kết quả tiêu chuẩn 4.3" in d and "là Chưa đánh giá" in d for m, d in details)
    result = CliRunner().invoke(app, ["review", str(bad)])
    assert result.exit_code == 1 and f"Báo cáo {JSON_REPORT} ghi tổng điểm" in flat(result.stdout)


def test_an_excel_report_the_fast_reader_does_not_follow_is_still_checked(pkg: Path, tmp_path: Path) -> None:
    """A summary sheet with a cell of a kind only openpyxl reads (an ISO date, as strict OOXML writes it) is read by
    openpyxl: its stale total is flagged as from any Excel report."""
    step = rewrite(pkg, tmp_path / "step.zip", edit_json={REGISTER: _confirm_links}, fix_manifest=True)
    card = check_package(step).recomputed[TT35]
    source = io.BytesIO(read_member(step, XLSX_REPORT))
    edited = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(edited, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</row>", b'<c r="Z1" t="d"><v>2026-05-04T00:00:00</v></c></row>', 1)
            dst.writestr(item, data)
    with pytest.raises(Unexpected):
        first_rows(io.BytesIO(edited.getvalue()), 200)
    bad = rewrite(step, tmp_path / "bad.zip", replace={XLSX_REPORT: edited.getvalue()}, fix_manifest=True)
    details = [i.detail for i in verify_package(bad).errors if i.kind == IssueKind.REPORT_MISMATCH]
    assert f"Báo cáo {XLSX_REPORT} ghi tổng điểm của {card.title} là" in " ".join(details)


def test_a_signed_package_whose_report_was_edited_is_flagged(reported: tuple[Workspace, Path],
                                                             tmp_path: Path) -> None:
    """The school signs, but its JSON report states other figures than the package: flagged, not OK."""
    ws, _ = reported
    report = ws.output_dir / "bao-cao-tu-danh-gia-2026.json"
    original = report.read_bytes()
    data = json.loads(original)
    section = next(s for s in data["frameworks"] if s["id"] == TT35)
    section["total"] = 68
    section["scorecard"]["criteria"][0]["points"] = 99
    report.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    try:
        out = package(ws, tmp_path / "edited.zip")
    finally:
        report.write_bytes(original)
    v = verify_package(Path(out.path))
    assert v.signature.state == SignatureState.REGISTERED and not v.ok
    details = [i.detail for i in v.errors if i.kind == IssueKind.REPORT_MISMATCH]
    assert len(details) == 2, details
    assert "ghi tổng điểm" in details[0] and "là 68," in details[0]
    assert "ghi điểm tiêu chí 1" in details[1] and "là 99," in details[1]


# --- keys that are not (or no longer) the school's ---------------------------------------------


def test_a_package_signed_by_an_unknown_key_is_refused_unless_accepted(reported: tuple[Workspace, Path],
                                                                       tmp_path: Path) -> None:
    out = tmp_path / "stranger.zip"
    package(reported[0], out, signer=STRANGER_SIGNER)
    v = verify_package(out)
    assert v.signature.state == SignatureState.UNKNOWN_KEY and not v.ok
    assert show_fingerprint(STRANGER_SIGNER.public.fingerprint) in v.signature.detail
    assert "chưa được đăng ký cho trường này" in v.signature.detail
    runner = CliRunner()
    result = runner.invoke(app, ["review", str(out)])
    assert result.exit_code == 1 and "KÝ BẰNG KHÓA CHƯA ĐĂNG KÝ" in result.stdout
    accepted = runner.invoke(app, ["review", str(out), "--accept-unsigned"])
    assert accepted.exit_code == 0, accepted.output
    assert "CHẤP NHẬN CÓ ĐIỀU KIỆN" in accepted.stdout and "THẨM ĐỊNH VIÊN ĐÃ CHẤP NHẬN" in accepted.stdout
    assert "ĐẠT — mọi tệp khớp" not in accepted.stdout  # only a registered key reads OK
    data = json.loads(runner.invoke(app, ["review", str(out), "--accept-unsigned", "--json"]).stdout)
    assert data["verification"]["signature"]["state"] == "unknown_key"
    assert data["verification"]["signature"]["accepted"] is True and data["verification"]["ok"] is True


def test_a_key_registered_for_another_school_is_not_this_schools(reported: tuple[Workspace, Path],
                                                                 tmp_path: Path) -> None:
    trust = tmp_path / "tin-cay"
    register(trust, "CNB", STRANGER_SIGNER)
    out = tmp_path / "p.zip"
    package(reported[0], out, signer=STRANGER_SIGNER)
    v = verify_package(out, trust=load_trust(trust))
    assert v.signature.state == SignatureState.UNKNOWN_KEY and not v.ok
    assert "được đăng ký cho trường khác (mã CNB)" in v.signature.detail
    lenient = verify_package(out, trust=load_trust(trust), accept_unsigned=True)  # impersonation: never accepted
    assert not lenient.signature.accepted and not lenient.ok


def test_a_revoked_key_is_refused_even_when_accepting_unsigned(pkg: Path, signing: SigningSetup,
                                                               tmp_path: Path) -> None:
    trust = Path(shutil.copytree(signing.trust, tmp_path / "tin-cay"))
    shown = show_fingerprint(SCHOOL_SIGNER.public.fingerprint)
    (trust / "thu-hoi.txt").write_text(f"# khóa bị mất\n{shown}  # KTM, mất máy 2026-05-01\n", encoding="utf-8")
    v = verify_package(pkg, trust=load_trust(trust), accept_unsigned=True)
    assert v.signature.state == SignatureState.REVOKED and not v.signature.accepted and not v.ok
    assert "Sở đã thu hồi" in v.signature.detail and "mất máy" in v.signature.detail
    result = CliRunner().invoke(app, ["review", str(pkg), "--trust", str(trust), "--accept-unsigned"])
    assert result.exit_code == 1 and "KÝ BẰNG KHÓA ĐÃ THU HỒI" in result.stdout


def test_an_unsigned_package_is_refused_unless_accepted_and_every_output_says_so(
    reported: tuple[Workspace, Path], tmp_path: Path
) -> None:
    out = tmp_path / "unsigned.zip"
    package(reported[0], out, signer=None)
    assert not zipfile.ZipFile(out).namelist().count(SIGNATURE_NAME)
    v = verify_package(out)
    assert v.signature.state == SignatureState.UNSIGNED and not v.ok
    runner = CliRunner()
    result = runner.invoke(app, ["review", str(out)])
    assert result.exit_code == 1 and "CHƯA KÝ" in result.stdout and "chưa được ký" in result.stdout
    with pytest.raises(Exception, match="chưa được ký"):
        make_review_workbook(out, tmp_path / "wb.xlsx")
    report = review_package(out, accept_unsigned=True)
    assert report.verification.ok and report.verification.signature.accepted
    wb_path = tmp_path / "wb.xlsx"
    make_review_workbook(out, wb_path, accept_unsigned=True)
    guide = {r[0]: r[1] for r in openpyxl.load_workbook(wb_path).worksheets[0].iter_rows(values_only=True) if r[0]}
    assert guide["Chữ ký của gói"].startswith("CHƯA KÝ — ") and "THẨM ĐỊNH VIÊN ĐÃ CHẤP NHẬN" in guide["Chữ ký của gói"]
    assert guide["Nhật ký thẩm định"].startswith("0 mục (0 mục được dùng)")


def test_a_broken_trust_folder_reads_as_no_registered_key(pkg: Path, tmp_path: Path) -> None:
    v = verify_package(pkg, trust=load_trust(tmp_path / "khong-co"))
    assert v.signature.state == SignatureState.UNKNOWN_KEY and not v.ok


# --- the zip as the cover letter states it --------------------------------------------------------


def test_expect_sha256_checks_the_whole_zip(pkg: Path) -> None:
    good = sha(pkg)
    shown = show_fingerprint(good)  # as printed in the cover letter, in groups of four
    checked = verify_package(pkg, expect_sha256=shown)
    assert checked.ok and checked.sha256 == good  # the hash of the zip read through the archive's own handle
    runner = CliRunner()
    assert runner.invoke(app, ["review", str(pkg), "--expect-sha256", good]).exit_code == 0
    wrong = "sha256:" + "0" * 64
    result = runner.invoke(app, ["review", str(pkg), "--expect-sha256", wrong])
    assert result.exit_code == 1
    assert "khác mã ghi trong công văn" in flat(result.stdout)
    v = verify_package(pkg, expect_sha256=wrong)
    assert [i.kind for i in v.errors] == [IssueKind.PACKAGE_HASH]


def test_unreadable_trust_files_are_listed_and_the_rest_still_counts(pkg: Path, signing: SigningSetup,
                                                                     tmp_path: Path) -> None:
    trust = Path(shutil.copytree(signing.trust, tmp_path / "tin-cay"))
    (trust / "KTM" / "hong.pem").write_text("không phải khóa", encoding="utf-8")
    (trust / "thu-hoi.txt").write_text("không phải dấu vân tay\n", encoding="utf-8")
    v = verify_package(pkg, trust=load_trust(trust))
    assert v.signature.state == SignatureState.REGISTERED and v.ok
    problems = v.signature.trust_problems
    assert len(problems) == 2
    assert "hong.pem: không phải tệp khóa công khai" in problems[0]
    assert "thu-hoi.txt, dòng 1: không phải dấu vân tay" in problems[1]
    result = CliRunner().invoke(app, ["review", str(pkg), "--trust", str(trust)])
    assert result.exit_code == 0 and "không phải tệp khóa công khai Ed25519" in flat(result.stdout)


def test_last_years_report_left_in_the_output_folder_is_listed_not_checked(reported: tuple[Workspace, Path],
                                                                           tmp_path: Path) -> None:
    ws, _ = reported
    old = ws.output_dir / "bao-cao-tu-danh-gia-2025.json"
    data = json.loads((ws.output_dir / "bao-cao-tu-danh-gia-2026.json").read_text(encoding="utf-8"))
    data["year"] = 2025
    for section in data["frameworks"]:
        section["total"] = 1
    old.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    try:
        out = package(ws, tmp_path / "p.zip")
    finally:
        old.unlink()
    v = verify_package(Path(out.path))
    assert v.ok and v.signature.state == SignatureState.REGISTERED
    unchecked = [i for i in v.issues if i.kind == IssueKind.REPORT_UNCHECKED]
    assert [(i.member, i.severity.value) for i in unchecked] == [("reports/bao-cao-tu-danh-gia-2025.json", "warning")]
    assert "báo cáo năm 2025, không phải năm 2026 của gói" in unchecked[0].detail


def test_a_report_that_is_not_readable_json_is_listed_not_checked(pkg: Path, tmp_path: Path) -> None:
    """The JSON report cut short (or any file named as the report that is not one) is never passed over in silence."""
    cut = read_member(pkg, JSON_REPORT)[:5000]
    bad = rewrite(pkg, tmp_path / "cut.zip", replace={JSON_REPORT: cut}, fix_manifest=True)
    unchecked = [i for i in verify_package(bad).issues if i.kind == IssueKind.REPORT_UNCHECKED]
    assert [(i.member, i.severity.value) for i in unchecked] == [(JSON_REPORT, "warning")]
    assert unchecked[0].detail == f"Báo cáo {JSON_REPORT} không đối chiếu được (không phải báo cáo JSON của accredit " \
                                  "đọc được)"
