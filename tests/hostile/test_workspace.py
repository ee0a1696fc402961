"""A read-only or damaged workspace, odd names and interrupted writes: clean messages, nothing destroyed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.evidence.extract import extract_file
from accredit.evidence.index import INDEX_NAME, EvidenceIndex
from accredit.evidence.scan import ScanOptions
from accredit.evidence.service import list_evidence, scan_workspace
from accredit.review.build import PackageError
from accredit.workspace import STALE_TEMP_AGE, Workspace, write_atomic
from tests.review.conftest import TT38, SchoolSpec, build_workspace, package

runner = CliRunner(env={"COLUMNS": "400"})
DELETE_ADVICE = ("delete this file", "xóa tệp", "xoá tệp", "hãy xóa")


def cli(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, " ".join(result.output.split())


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    ws = build_workspace(tmp_path / "school", SchoolSpec(name="Trường A", code="A", frameworks=[TT38],
                                                         report=False))
    (ws.evidence_dir / "ke-hoach.txt").write_text("Kế hoạch đào tạo năm 2026", encoding="utf-8")
    scan_workspace(ws, workers=1, options=ScanOptions(workers=1))
    return ws


def _set_read_only(root: Path, on: bool) -> None:
    if os.geteuid() == 0 if hasattr(os, "geteuid") else False:  # root ignores permissions: the immutable flag
        subprocess.run(["chattr", "-R", "+i" if on else "-i", str(root)], check=True, capture_output=True)
        return
    for path in [root, *root.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222 if on else mode | 0o200)


@pytest.fixture
def read_only(ws: Workspace) -> Iterator[Workspace]:
    """The workspace made read-only (as on a CD, a share or a folder without write permission)."""
    try:
        _set_read_only(ws.root, True)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot make a folder read-only here: {exc}")
    try:
        probe = ws.root / "probe"
        try:
            probe.write_text("x")
        except OSError:
            pass
        else:
            probe.unlink()
            pytest.skip("the folder stays writable here")
        yield ws
    finally:
        _set_read_only(ws.root, False)


def test_read_commands_work_on_a_read_only_workspace(read_only: Workspace, tmp_path: Path) -> None:
    index = read_only.cache_dir / INDEX_NAME
    before = index.read_bytes()
    for args in (["evidence", "list"], ["evidence", "check"], ["evidence", "links"], ["evidence", "show",
                                                                                    "ke-hoach.txt"]):
        code, out = cli(*args, "-w", str(read_only.root))
        assert code == 0, (args, out)
        assert not any(a in out.lower() for a in DELETE_ADVICE)
    assert [r.path for r in list_evidence(read_only)] == ["ke-hoach.txt"]
    code, out = cli("package", "-w", str(read_only.root), "--out", str(tmp_path / "goi.zip"))
    assert code == 0, out
    assert index.read_bytes() == before


def test_a_write_command_on_a_read_only_workspace_never_advises_deleting_the_index(read_only: Workspace) -> None:
    index = read_only.cache_dir / INDEX_NAME
    before = index.read_bytes()
    code, out = cli("evidence", "link", "ke-hoach.txt", "1.1", "--framework", TT38, "-w", str(read_only.root))
    assert code == 3, out
    assert not any(a in out.lower() for a in DELETE_ADVICE) and "evidence.sqlite" in out
    assert index.read_bytes() == before


def test_a_damaged_index_is_copied_aside_before_anything_is_advised(ws: Workspace) -> None:
    index = ws.cache_dir / INDEX_NAME
    for extra in ("-wal", "-shm"):
        Path(str(index) + extra).unlink(missing_ok=True)
    index.write_bytes(b"this is not a database" * 100)
    code, out = cli("evidence", "list", "-w", str(ws.root))
    assert code == 3, out
    copy = ws.cache_dir / (INDEX_NAME + ".hong-1")
    assert copy.read_bytes() == index.read_bytes()  # the damaged file is kept, and a copy made first
    assert str(copy) in out


def test_an_sqlite_error_after_open_is_a_clean_message(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: EvidenceIndex) -> list:  # type: ignore[type-arg]
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(EvidenceIndex, "links", broken)
    code, out = cli("evidence", "list", "-w", str(ws.root))
    assert code == 3 and "disk I/O error" in out and not any(a in out.lower() for a in DELETE_ADVICE)


def test_a_folder_that_cannot_be_created_is_a_clean_message(ws: Workspace, tmp_path: Path) -> None:
    blocker = tmp_path / "bao-cao"
    blocker.write_text("một tệp, không phải thư mục", encoding="utf-8")
    code, out = cli("package", "-w", str(ws.root), "--out", str(blocker / "goi.zip"))
    assert code == 3 and str(blocker) in out


def test_a_non_utf8_accredit_toml_is_a_clean_message(ws: Workspace) -> None:
    text = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_bytes(text.encode("utf-8") + "# Tỉnh Lạng Sơn\n".encode("cp1258", "replace"))  # old editor
    code, out = cli("evidence", "list", "-w", str(ws.root))
    assert code == 3 and "UTF-8" in out and "accredit.toml" in out


def test_review_extract_into_a_non_empty_folder_overwrites_nothing(ws: Workspace, tmp_path: Path) -> None:
    pkg = tmp_path / "goi.zip"
    package(ws, pkg)
    dest = tmp_path / "giai-nen"
    dest.mkdir()
    (dest / "manifest.json").write_text("của người thẩm định", encoding="utf-8")
    code, out = cli("review", str(pkg), "--extract", str(dest))
    assert code == 2 and str(dest) in out
    assert (dest / "manifest.json").read_text(encoding="utf-8") == "của người thẩm định"


def test_a_sparse_text_file_is_flagged_and_not_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "thua.txt"
    with path.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # 200 MB of holes: no disk used, only zero bytes when read
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("the whole file was read"))
    result = extract_file(path)
    assert result.problem == "no_text" and result.status.value != "ok"


def test_stale_temporary_files_of_interrupted_writes_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.xlsx"
    stale = tmp_path / ".bao-cao.xlsx.k9x2.tmp"  # left by a write killed before its rename
    young = tmp_path / ".bao-cao.xlsx.a1b2.tmp"  # a write still running
    other = tmp_path / ".khac.xlsx.zz.tmp"
    for p in (stale, young, other):
        p.write_bytes(b"half")
    old = stale.stat().st_mtime - STALE_TEMP_AGE - 60
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    write_atomic(target, b"done")
    assert target.read_bytes() == b"done"
    assert not stale.exists() and young.exists() and other.exists()


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    class Boom(str):
        def encode(self, *args: object, **kwargs: object) -> bytes:  # type: ignore[override]
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "x.txt", Boom("x"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_package_has_the_mode_of_a_normal_file(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "goi.zip"
    package(ws, out)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("second", ["nfd", "case"])
def test_package_names_files_that_windows_would_see_as_one(ws: Workspace, tmp_path: Path, second: str) -> None:
    first = "Quyết định thành lập.txt"
    other = unicodedata.normalize("NFD", first) if second == "nfd" else first.upper()
    (ws.evidence_dir / first).write_text("Quyết định thành lập hội đồng", encoding="utf-8")
    (ws.evidence_dir / other).write_text("Quyết định thành lập hội đồng (bản 2)", encoding="utf-8")
    if len({p.name for p in ws.evidence_dir.iterdir()}) < 3:
        pytest.skip("this file system folds the two names into one")
    scan_workspace(ws, workers=1, options=ScanOptions(workers=1))
    out = tmp_path / "goi.zip"
    with pytest.raises(PackageError) as caught:
        package(ws, out, with_evidence=True)
    assert first in unicodedata.normalize("NFC", str(caught.value)) and not out.exists()
    package(ws, out)  # without the files themselves, nothing collides
    with zipfile.ZipFile(out) as zf:
        assert not [n for n in zf.namelist() if n.startswith("evidence/files/")]


def test_the_index_opens_read_only_under_a_folder_name_with_uri_characters(tmp_path: Path) -> None:
    path = tmp_path / "Trường #1 ?50% đạt" / INDEX_NAME
    with EvidenceIndex.open(path) as index, index.transaction():
        index.set_meta("k", "v")
    with EvidenceIndex.open(path, readonly=True) as index:
        assert index.get_meta("k") == "v"
    with EvidenceIndex.open(tmp_path / "chưa-quét" / INDEX_NAME, readonly=True) as index:
        assert index.files() == {}  # nothing created on disk by a read
    assert not (tmp_path / "chưa-quét").exists()
