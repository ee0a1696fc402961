"""The folder walk of a scan (os.scandir, one stat a file) finds the same files and problems as the
os.walk + pathlib walk it replaced, on a tree with links in and out, hidden and system files, bad names,
an unreadable folder and folders to skip."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from accredit.containment import inside
from accredit.evidence.extract import kind_of, kind_of_name
from accredit.evidence.extract.base import short
from accredit.evidence.scan import _ignored, paused_gc, walk
from accredit.model.evidence import ExtractStatus, FileKind, ScanIssue
from accredit.safe_text import clean_text


def reference_walk(root: Path, skip_dirs: tuple[Path, ...] = ()) -> tuple[list[tuple], list[ScanIssue], int]:  # type: ignore[type-arg]
    """The walk as it was before os.scandir (os.walk, pathlib, three stats a file), kept to compare with."""
    seen: list[tuple] = []  # type: ignore[type-arg]
    issues: list[ScanIssue] = []
    ignored = 0
    skip = {p.resolve() for p in skip_dirs}

    def rel_of(path: Path) -> str:
        return path.relative_to(root).as_posix()

    def outside(path: Path) -> ScanIssue:
        return ScanIssue(path=rel_of(path), status=ExtractStatus.SKIPPED, problem="outside_folder",
                         detail=os.path.realpath(path))

    def onerror(exc: OSError) -> None:
        rel = rel_of(Path(exc.filename)) if exc.filename else "."
        issues.append(ScanIssue(path=rel, status=ExtractStatus.ERROR, problem="unreadable", detail=short(exc)))

    for folder, dirs, names in os.walk(root, onerror=onerror):
        here = Path(folder)
        kept = sorted(d for d in dirs if not _ignored(d) and (here / d).resolve() not in skip)
        dirs[:] = [d for d in kept if inside(here / d, root)]
        for d in kept:
            if d not in dirs:
                issues.append(outside(here / d))
        for name in sorted(names):
            if _ignored(name):
                ignored += 1
                continue
            full = here / name
            rel = rel_of(full)
            try:
                rel.encode("utf-8")
            except UnicodeEncodeError:
                shown = os.fsencode(rel).decode("utf-8", "replace")
                issues.append(ScanIssue(path=shown, status=ExtractStatus.ERROR, problem="bad_name"))
                continue
            if clean_text(rel) != rel:
                issues.append(ScanIssue(path=rel.encode("unicode_escape").decode("ascii"), status=ExtractStatus.ERROR,
                                        problem="bad_name"))
                continue
            try:
                st = full.stat()
            except OSError as exc:
                issues.append(ScanIssue(path=rel, status=ExtractStatus.ERROR, problem="unreadable", detail=short(exc)))
                continue
            if not full.is_file():
                continue
            if full.is_symlink() and not inside(full, root):
                issues.append(outside(full))
                continue
            seen.append((rel, str(full), st.st_size, st.st_mtime_ns, kind_of(name)))
    return seen, issues, ignored


def link(target: Path, at: Path) -> None:
    """A symbolic link, or a skip where this system does not let us make one."""
    try:
        os.symlink(target, at, target_is_directory=target.is_dir())
    except (OSError, NotImplementedError) as exc:  # Windows without the right to create links
        pytest.skip(f"cannot create a symbolic link here: {exc}")


def write(path: Path, text: str = "nội dung") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """An evidence folder with everything a walk must tell apart."""
    outside = tmp_path / "ngoài"
    write(outside / "mật.txt", "bí mật")
    write(outside / "thư mục" / "khác.pdf")
    root = tmp_path / "minh chứng"
    write(root / "Tiêu chí 1" / "Quyết định.pdf", "%PDF-1.4")
    write(root / "Tiêu chí 1" / "TC1.2" / "Kế hoạch.docx")
    write(root / "Tiêu chí 1" / "TC1.2" / "sâu" / "Danh sách.XLSX")
    write(root / "Tiêu chí 2" / "ảnh.jpg")
    write(root / "Tiêu chí 2" / "không đuôi")
    write(root / "Tiêu chí 2" / "chấm cuối.")
    write(root / "a.tar.gz")
    (root / "rỗng").mkdir()
    (root / "rỗng.pdf").write_bytes(b"")
    for hidden in (".ẩn.pdf", "~$Kế hoạch.docx", "Thumbs.db", "desktop.ini", ".DS_Store", "Tiêu chí 2/.git/config"):
        write(root / hidden)
    write(root / ".thư mục ẩn" / "bên trong.pdf")
    write(root / "xuất" / "báo cáo.pdf")  # a folder to skip (the workspace's output inside the evidence folder)
    link(root / "Tiêu chí 1" / "Quyết định.pdf", root / "bản sao.pdf")  # a link inside: kept
    link(outside / "mật.txt", root / "Tiêu chí 2" / "mật.txt")  # a link out: listed, never read
    link(root / "không có.pdf", root / "liên kết hỏng.pdf")  # a broken link: unreadable
    link(outside / "thư mục", root / "thư mục ngoài")  # a folder link out: listed, not walked
    link(root / "Tiêu chí 2", root / "lối tắt")  # a folder link inside: not followed (no file twice)
    write(root / "dieu\x07khien.txt")  # a control character in the name
    write(root / "thu\x1bmuc" / "trong.txt")  # … or in a folder's name
    return root


def test_the_walk_finds_what_the_os_walk_found(tree: Path) -> None:
    skip = (tree / "xuất",)
    files, issues, ignored = walk(tree, skip)
    expected_files, expected_issues, expected_ignored = reference_walk(tree, skip)
    assert [(f.path, f.full, f.size, f.mtime_ns, f.kind) for f in files] == expected_files
    assert issues == expected_issues
    assert ignored == expected_ignored == 5
    assert [f.path for f in files] == [
        "a.tar.gz",
        "bản sao.pdf",
        "rỗng.pdf",
        "Tiêu chí 1/Quyết định.pdf",
        "Tiêu chí 1/TC1.2/Kế hoạch.docx",
        "Tiêu chí 1/TC1.2/sâu/Danh sách.XLSX",
        "Tiêu chí 2/chấm cuối.",
        "Tiêu chí 2/không đuôi",
        "Tiêu chí 2/ảnh.jpg",
    ]
    assert {i.path: i.problem for i in issues} == {
        "Tiêu chí 2/mật.txt": "outside_folder",
        "liên kết hỏng.pdf": "unreadable",
        "thư mục ngoài": "outside_folder",
        "dieu\\x07khien.txt": "bad_name",
        "thu\\x1bmuc/trong.txt": "bad_name",
    }
    assert {f.path: f.kind for f in files}["Tiêu chí 1/TC1.2/sâu/Danh sách.XLSX"] == FileKind.XLSX


@pytest.mark.skipif(os.name == "nt", reason="names that are not UTF-8 exist on POSIX file systems only")
def test_a_name_that_is_not_utf8_is_listed_as_the_os_walk_did(tree: Path) -> None:
    folder = os.fsencode(str(tree)) + b"/b\xe1o c\xe1o"  # Windows-1258 bytes, not UTF-8
    os.mkdir(folder)
    for name in (b"/t\xe9p.pdf", b"/t\xe9p kh\xe1c.pdf"):
        fd = os.open(folder + name, os.O_WRONLY | os.O_CREAT, 0o644)
        os.close(fd)
    files, issues, ignored = walk(tree)
    assert ([(f.path, f.full, f.size, f.mtime_ns, f.kind) for f in files], issues, ignored) == reference_walk(tree)
    assert sum(i.problem == "bad_name" for i in issues) == 4  # the bad folder's two files, the two control ones


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions (root reads everything)")
def test_an_unreadable_folder_is_listed_and_the_walk_goes_on(tree: Path) -> None:
    locked = tree / "Tiêu chí 1" / "TC1.2"
    locked.chmod(0)
    try:
        files, issues, ignored = walk(tree)
        expected = reference_walk(tree)
    finally:
        locked.chmod(0o755)
    assert ([(f.path, f.full, f.size, f.mtime_ns, f.kind) for f in files], issues, ignored) == expected
    assert ("Tiêu chí 1/TC1.2", "unreadable") in {(i.path, i.problem) for i in issues}
    assert "Tiêu chí 1/Quyết định.pdf" in {f.path for f in files}


def test_an_unreadable_evidence_folder_is_one_issue(tmp_path: Path) -> None:
    files, issues, ignored = walk(tmp_path / "không có")
    assert (files, ignored) == ([], 0)
    assert [(i.path, i.problem) for i in issues] == [(".", "unreadable")]


@pytest.mark.parametrize("name", ["a.pdf", "A.PDF", "a.tar.gz", "chấm cuối.", "không đuôi", ".ẩn", "..pdf", "a.b.docx",
                                  "x.Jpeg", "bảng.xlsm"])
def test_the_kind_from_a_name_follows_the_suffix_rule(name: str) -> None:
    assert kind_of_name(name) == kind_of(Path("thư mục") / name)


def test_the_collector_is_paused_only_while_rows_are_built() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # a collector paused by someone else stays paused
    finally:
        gc.enable()
