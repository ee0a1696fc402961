"""Nothing outside the evidence folder is read, indexed or packaged: links, '..' and junctions are refused."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.containment import OutsideFolderError, contained, inside
from accredit.evidence.scan import ScanOptions
from accredit.evidence.service import list_evidence, scan_workspace
from accredit.review.build import write_package
from accredit.review.gather import gather_workspace
from accredit.workspace import Workspace
from tests.review.conftest import CREATED, TT38, SchoolSpec, build_workspace

SECRET = "root:$6$SECRET-HASH:19000:0:99999:7:::\n"


def link(target: Path, at: Path) -> None:
    try:
        os.symlink(target, at, target_is_directory=target.is_dir())
    except (OSError, NotImplementedError) as exc:  # Windows without the right to create links
        pytest.skip(f"cannot create a symbolic link here: {exc}")


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    outside = tmp_path / "etc"
    outside.mkdir()
    (outside / "shadow").write_text(SECRET, encoding="utf-8")
    (outside / "more").mkdir()
    (outside / "more" / "passwd.txt").write_text(SECRET, encoding="utf-8")
    ws = build_workspace(tmp_path / "school", SchoolSpec(name="Trường A", code="A", frameworks=[TT38], report=False))
    (ws.evidence_dir / "that-that.txt").write_text("Quyết định thành lập hội đồng trường", encoding="utf-8")
    return ws


def test_scan_does_not_follow_a_file_link_out_of_the_evidence_folder(ws: Workspace, tmp_path: Path) -> None:
    link(tmp_path / "etc" / "shadow", ws.evidence_dir / "shadow.txt")
    link(ws.evidence_dir / "that-that.txt", ws.evidence_dir / "ban-sao.txt")  # a link inside the folder is fine
    report = scan_workspace(ws, workers=1, options=ScanOptions(workers=1))
    paths = {r.path for r in list_evidence(ws)}
    assert paths == {"that-that.txt", "ban-sao.txt"}
    (issue,) = [i for i in report.issues if i.path == "shadow.txt"]
    assert issue.problem == "outside_folder"
    assert not any(b"SECRET" in p.read_bytes() for p in ws.cache_dir.rglob("*") if p.is_file())


def test_scan_does_not_walk_a_folder_link_out_of_the_evidence_folder(ws: Workspace, tmp_path: Path) -> None:
    link(tmp_path / "etc" / "more", ws.evidence_dir / "them")
    scan_workspace(ws, workers=1, options=ScanOptions(workers=1))
    assert {r.path for r in list_evidence(ws)} == {"that-that.txt"}


def test_package_with_evidence_never_ships_a_file_from_outside(ws: Workspace, tmp_path: Path) -> None:
    # scanned while it was a real file; replaced afterwards by a link to a file with the same bytes outside
    (ws.evidence_dir / "shadow.txt").write_text(SECRET, encoding="utf-8")
    scan_workspace(ws, workers=1, options=ScanOptions(workers=1))
    (ws.evidence_dir / "shadow.txt").unlink()
    link(tmp_path / "etc" / "shadow", ws.evidence_dir / "shadow.txt")
    out = tmp_path / "goi.zip"
    result = CliRunner().invoke(app, ["package", "--with-evidence", "-w", str(ws.root), "--out", str(out)])
    assert result.exit_code == 3, result.output
    assert "shadow.txt" in " ".join(result.output.split())
    assert not out.exists()
    with pytest.raises(OutsideFolderError):
        write_package(gather_workspace(ws), out, created=CREATED,
                      with_evidence=True)
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_containment_refuses_dotdot_absolute_and_links(tmp_path: Path) -> None:
    root = tmp_path / "minh-chung"
    (root / "a").mkdir(parents=True)
    (root / "a" / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / "secret.pdf").write_bytes(b"%PDF")
    assert contained(root, "a/x.pdf") == root / "a" / "x.pdf"
    assert inside(root / "a" / ".." / "a" / "x.pdf", root)
    for bad in ("../secret.pdf", "a/../../secret.pdf", str(tmp_path / "secret.pdf")):
        with pytest.raises(OutsideFolderError):
            contained(root, bad)
    link(tmp_path, root / "a" / "up")
    with pytest.raises(OutsideFolderError):
        contained(root, "a/up/secret.pdf")


def test_the_package_holds_no_byte_of_a_linked_outside_file(ws: Workspace, tmp_path: Path) -> None:
    """The zip written by the packager holds only files from the folder."""
    (ws.evidence_dir / "ok.txt").write_text("Kế hoạch đào tạo", encoding="utf-8")
    link(tmp_path / "etc" / "shadow", ws.evidence_dir / "shadow.txt")
    scan_workspace(ws, workers=1, options=ScanOptions(workers=1))
    out = tmp_path / "goi.zip"
    write_package(gather_workspace(ws), out, created=CREATED, with_evidence=True)
    with zipfile.ZipFile(out) as zf:
        assert not any(b"SECRET" in zf.read(n) for n in zf.namelist())
        assert "evidence/files/shadow.txt" not in zf.namelist() and "evidence/files/ok.txt" in zf.namelist()
