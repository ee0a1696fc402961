"""The signed review log: a past entry edited and the chain re-hashed, the actor changed, the last entry deleted.

Every case is refused (the log reads as broken, ``review`` exits 1 with a Vietnamese message) and
no entry from the first broken one on feeds the inspector's ratings.
"""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.model.review import FrameworkComparison, ReviewReport, Role
from accredit.review.log import ReviewLogError, append_entry, default_log_path, entry_hash, head_path, write_head
from accredit.review.service import make_review_workbook, review_package
from accredit.workspace import Workspace
from tests.review.conftest import INSPECTOR_SIGNER, STRANGER_SIGNER, TT38
from tests.review.test_review_log import T4, _logged

Entry = dict[str, Any]


@pytest.fixture
def pkg(rich_package: tuple[Workspace, Path, object], tmp_path: Path) -> Path:
    return Path(shutil.copy(rich_package[1], tmp_path / "ktm.zip"))


def entries_of(log: Path) -> list[Entry]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


def write_entries(log: Path, entries: list[Entry]) -> None:
    log.write_text("".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entries),
                   encoding="utf-8")


def rehash_chain(entries: list[Entry]) -> list[Entry]:
    """Recompute every hash and link, as someone hiding an edit would (they cannot re-sign)."""
    prev = "sha256:" + "0" * 64
    for e in entries:
        e["prev"] = prev
        e["hash"] = entry_hash(e)
        prev = e["hash"]
    return entries


def tt38(report: ReviewReport) -> FrameworkComparison:
    return next(c for c in report.comparisons if c.framework == TT38)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_an_intact_signed_log_is_used_and_every_output_shows_count_and_head(pkg: Path, tmp_path: Path) -> None:
    log = _logged(pkg, tmp_path)
    report = review_package(pkg)
    assert report.log.intact and report.log.entries == report.log.used == 3
    assert all(e["signer"] == INSPECTOR_SIGNER.public.fingerprint and e["signature"] for e in entries_of(log))
    assert json.loads(head_path(log).read_text(encoding="utf-8"))["entries"] == 3
    assert (tt38(report).reviewed, tt38(report).inspector_total) == (1, 29)
    head = report.log.head
    result = CliRunner().invoke(app, ["review", str(pkg)])
    assert result.exit_code == 0, result.output
    assert f"Mã băm mục cuối: {head} · 3/3 mục được dùng" in flat(result.stdout)
    data = json.loads(CliRunner().invoke(app, ["review", str(pkg), "--json"]).stdout)
    assert (data["log"]["entries"], data["log"]["head"], data["log"]["used"]) == (3, head, 3)
    wb = tmp_path / "guide.xlsx"
    make_review_workbook(pkg, wb)
    guide = {r[0]: r[1] for r in openpyxl.load_workbook(wb).worksheets[0].iter_rows(values_only=True) if r[0]}
    assert guide["Nhật ký thẩm định"] == f"3 mục (3 mục được dùng), mã băm mục cuối {head}, nguyên vẹn"


def test_a_past_entry_edited_and_the_chain_re_hashed_is_refused_and_never_used(pkg: Path, tmp_path: Path) -> None:
    log = _logged(pkg, tmp_path)
    entries = entries_of(log)
    entries[0]["ratings"].append({"framework": TT38, "code": "1.2", "status": "not_met", "comment": "Thêm sau"})
    write_entries(log, rehash_chain(entries))
    report = review_package(pkg)
    assert not report.log.intact and report.log.used == 0
    first = report.log.problems[0]
    assert first.line == 1 and "chữ ký của mục số 1 không khớp" in first.detail
    assert (tt38(report).reviewed, tt38(report).inspector_total) == (0, None)  # 28 if the forged entry counted
    result = CliRunner().invoke(app, ["review", str(pkg)])
    assert result.exit_code == 1
    out = flat(result.stdout)
    assert "ĐÃ BỊ SỬA" in out and "chỉ 0 mục đầu được dùng" in out
    assert make_review_workbook(pkg, tmp_path / "again.xlsx").prefilled == 0  # nothing pre-filled from it
    result = CliRunner().invoke(app, ["review", str(pkg), "--workbook", str(tmp_path / "cli.xlsx")])
    assert result.exit_code == 1 and "ĐÃ BỊ SỬA" in result.stdout
    with pytest.raises(ReviewLogError, match="không còn nguyên vẹn"):
        append_entry(log, role=Role.INSPECTOR, actor="X", at=T4, package=entries[0]["package"],
                     signer=INSPECTOR_SIGNER)


def test_a_changed_actor_is_refused(pkg: Path, tmp_path: Path) -> None:
    log = _logged(pkg, tmp_path)
    entries = entries_of(log)
    entries[1]["actor"] = "Người khác"  # the school's response attributed to someone else
    write_entries(log, entries)
    report = review_package(pkg)
    assert [p.line for p in report.log.problems][:1] == [2] and "đã bị sửa sau khi ghi" in report.log.problems[0].detail
    write_entries(log, rehash_chain(entries))  # …and with the chain re-hashed
    report = review_package(pkg)
    assert not report.log.intact and report.log.used == 1
    assert report.log.problems[0].line == 2 and "chữ ký của mục số 2 không khớp" in report.log.problems[0].detail
    assert tt38(report).reviewed == 1  # the first entry, before the broken one, still counts
    assert CliRunner().invoke(app, ["review", str(pkg)]).exit_code == 1


def test_the_last_entry_deleted_is_refused(pkg: Path, tmp_path: Path) -> None:
    log = _logged(pkg, tmp_path)
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    log.write_text("".join(lines[:-1]), encoding="utf-8")
    report = review_package(pkg)
    assert not report.log.intact and report.log.entries == 2
    assert [p.line for p in report.log.problems] == [3]
    assert "đầu nhật ký đã ký ghi 3 mục nhưng nhật ký có 2 mục" in report.log.problems[0].detail
    result = CliRunner().invoke(app, ["review", str(pkg)])
    assert result.exit_code == 1 and "đầu nhật ký đã ký ghi 3 mục" in flat(result.stdout)
    head_path(log).unlink()  # removing the signed head as well does not help
    report = review_package(pkg)
    assert not report.log.intact and "thiếu đầu nhật ký đã ký" in report.log.problems[0].detail


def test_an_entry_signed_by_an_unregistered_key_is_not_used(pkg: Path, tmp_path: Path) -> None:
    log = _logged(pkg, tmp_path)
    sha = entries_of(log)[0]["package"]
    with pytest.raises(ReviewLogError):  # the stranger's key does not trust the inspector's entries either way
        append_entry(log, role=Role.INSPECTOR, actor="Kẻ giả mạo", at=T4, package=sha, signer=STRANGER_SIGNER)
    # appended by hand, signed by the stranger, head re-signed by the stranger
    forged = append_entry(tmp_path / "scratch.jsonl", role=Role.INSPECTOR, actor="Kẻ giả mạo", at=T4, package=sha,
                          signer=STRANGER_SIGNER)
    entries = entries_of(log)
    line = forged.model_dump(mode="json") | {"seq": 4, "cycle": 2, "prev": entries[-1]["hash"]}
    line["hash"] = entry_hash(line)
    line["signature"] = base64.b64encode(STRANGER_SIGNER.sign(line["hash"].encode())).decode()
    write_entries(log, [*entries, line])
    write_head(log, 4, line["hash"], STRANGER_SIGNER)
    report = review_package(pkg)
    assert not report.log.intact and report.log.used == 3
    details = [p.detail for p in report.log.problems]
    assert any("mục số 4 được ký bằng khóa" in d and "không phải của thẩm định viên đã đăng ký" in d for d in details)
    assert any("đầu nhật ký được ký bằng khóa" in d for d in details)


def test_an_unsigned_entry_is_refused(pkg: Path, tmp_path: Path) -> None:
    log = _logged(pkg, tmp_path)
    entries = entries_of(log)
    for e in entries:
        e["signature"] = None
    write_entries(log, entries)
    report = review_package(pkg)
    assert report.log.used == 0 and "không có chữ ký của thẩm định viên" in report.log.problems[0].detail
    assert default_log_path(pkg) == log
