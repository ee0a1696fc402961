"""Scanning a folder: bad files listed, incremental re-scan, renames and deletions, originals untouched."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from accredit.evidence import scan as scan_module
from accredit.evidence import service
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.index import INDEX_NAME, EvidenceIndex
from accredit.evidence.scan import ScanOptions, scan_folder
from accredit.model.evidence import ExtractStatus, LinkOrigin
from accredit.workspace import Workspace
from tests.evidence.conftest import (
    make_admin_pdf,
    make_docx,
    make_encrypted_pdf,
    make_image_pdf,
    make_xlsx,
    make_zero_page_pdf,
)

OPTS = ScanOptions(workers=1, extract=ExtractOptions(ocr=False))

QD = "Tiêu chí 4/TC4.TC2/[H1.04.02.01] Quyết định thành lập hội đồng.pdf"
KH = "Tiêu chí 2/Kế hoạch bồi dưỡng nhà giáo 2024.docx"
DS = "Tiêu chí 2/Danh sách chứng chỉ tin học.xlsx"
SCAN = "Bản scan/biên bản họp.pdf"
BAD = {
    "Lỗi/hỏng.pdf": "pdf_corrupt",
    "Lỗi/rỗng.pdf": "empty",
    "Lỗi/mật khẩu.pdf": "pdf_encrypted",
    "Lỗi/không trang.pdf": "pdf_no_pages",
}


def populate(root: Path) -> None:
    """A small realistic evidence folder with good and bad files."""
    make_admin_pdf(root / QD, body=["Căn cứ Luật Giáo dục nghề nghiệp;", "Điều 1. Thành lập Hội đồng tự đánh giá."])
    make_docx(
        root / KH,
        header=(["UBND TỈNH LẠNG SƠN", "TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN", "Số: 45/KH-CĐN"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Lạng Sơn, ngày 02 tháng 01 năm 2024"]),
        paragraphs=["KẾ HOẠCH", "Bồi dưỡng nhà giáo cập nhật công nghệ mới năm 2024", "",
                    "I. MỤC ĐÍCH", "Bồi dưỡng ít nhất 50% nhà giáo, thời gian tối thiểu 80 giờ."],
    )
    make_xlsx(root / DS, {"Nhà giáo": [["Họ tên", "Chứng chỉ tin học"], ["Trần Thị Bình", "Ứng dụng CNTT cơ bản"]]})
    make_image_pdf(root / SCAN, ["BIÊN BẢN HỌP", "Hội đồng tự đánh giá chất lượng"])
    (root / "ghi chú.txt").write_text("Ghi chú của phòng đào tạo", encoding="utf-8")
    (root / "Lỗi").mkdir()
    (root / "Lỗi/hỏng.pdf").write_bytes(b"%PDF-1.4\nbroken")
    (root / "Lỗi/rỗng.pdf").write_bytes(b"")
    make_encrypted_pdf(root / "Lỗi/mật khẩu.pdf", root / QD)
    make_zero_page_pdf(root / "Lỗi/không trang.pdf")
    (root / "~$Kế hoạch.docx").write_bytes(b"lock")
    (root / "Thumbs.db").write_bytes(b"x")


def snapshot(root: Path) -> dict[str, tuple[str, int]]:
    """Every file under root: content hash and modification time."""
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink():
            out[p.relative_to(root).as_posix()] = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
    return out


@pytest.fixture
def ev(workspace: Workspace) -> Workspace:
    populate(workspace.evidence_dir)
    return workspace


def test_cold_scan_lists_every_problem_and_completes(ev: Workspace) -> None:
    report = service.scan_workspace(ev, options=OPTS)
    assert report.files == 9 and report.new == 9 and report.extracted == 9
    assert report.ignored == 2
    problems = {i.path: i.problem for i in report.issues}
    assert {k: problems[k] for k in BAD} == BAD
    assert problems[SCAN] == "needs_ocr"
    assert report.by_kind == {"docx": 1, "pdf": 6, "text": 1, "xlsx": 1}
    assert report.by_status == {"error": 4, "needs_ocr": 1, "ok": 4}
    assert report.pages >= 2
    records = {r.path: r for r in service.list_evidence(ev)}
    assert records[KH].meta.number == "45/KH-CĐN" and records[KH].meta.doc_type == "Kế hoạch"
    assert records[QD].meta.number == "125/QĐ-CĐN" and records[QD].codes[0].requirement == "4.2"
    assert records["Lỗi/mật khẩu.pdf"].status == ExtractStatus.ERROR


def test_originals_are_untouched(ev: Workspace) -> None:
    before = snapshot(ev.evidence_dir)
    service.scan_workspace(ev, options=OPTS)
    service.write_register(ev)
    service.scan_workspace(ev, options=OPTS, full=True)
    assert snapshot(ev.evidence_dir) == before


def test_parallel_scan_equals_serial(ev: Workspace, tmp_path: Path) -> None:
    serial = service.scan_workspace(ev, options=OPTS)
    (ev.cache_dir / INDEX_NAME).unlink()
    options = ScanOptions(workers=3, extract=ExtractOptions(ocr=False), min_parallel=0, min_parallel_bytes=0,
                          commit_every=2)
    parallel = service.scan_workspace(ev, options=options)  # spawned workers, committed two files at a time
    assert parallel == serial


def test_warm_rescan_maps_nothing_and_keeps_the_counts(ev: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = service.scan_workspace(ev, options=OPTS)
    assert cold.code_links >= 1

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("nothing changed: nothing should be mapped again")

    monkeypatch.setattr(service.mapping, "map_links", fail)
    warm = service.scan_workspace(ev, options=OPTS)
    assert (warm.code_links, warm.suggestions) == (cold.code_links, cold.suggestions)


def test_contents_left_pending_by_a_killed_run_are_mapped_next_time(
    ev: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    shutil.move(ev.evidence_dir / KH, tmp_path / "kh.docx")
    service.scan_workspace(ev, options=OPTS)
    shutil.move(tmp_path / "kh.docx", ev.evidence_dir / KH)  # a new file arrives…
    real = service.mapping.map_links

    def killed(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # …the scan commits it, then the run stops before mapping

    monkeypatch.setattr(service.mapping, "map_links", killed)
    with pytest.raises(KeyboardInterrupt):
        service.scan_workspace(ev, options=OPTS)
    monkeypatch.setattr(service.mapping, "map_links", real)
    report = service.scan_workspace(ev, options=OPTS)  # nothing changed on disk since, yet KH gets mapped
    assert report.extracted == 0
    assert any(x.path == KH and x.origin == LinkOrigin.SUGGESTED for x in service.evidence_links(ev))
    with service.open_index(ev) as index:
        assert index.pending() == set()


def test_rescan_reads_only_what_changed(ev: Workspace) -> None:
    service.scan_workspace(ev, options=OPTS)
    warm = service.scan_workspace(ev, options=OPTS)
    assert (warm.extracted, warm.unchanged, warm.new, warm.changed) == (0, 9, 0, 0)
    assert len(warm.issues) == 5  # the problems are still listed

    os.utime(ev.evidence_dir / KH)  # touched, same content: re-hashed, not re-read
    (ev.evidence_dir / "ghi chú.txt").write_text("Nội dung mới hơn", encoding="utf-8")
    again = service.scan_workspace(ev, options=OPTS)
    assert (again.extracted, again.changed, again.unchanged) == (1, 1, 8)
    assert next(r for r in service.list_evidence(ev) if r.path == "ghi chú.txt").chars == len("Nội dung mới hơn")


def test_rename_keeps_links_and_delete_is_reported(ev: Workspace) -> None:
    service.scan_workspace(ev, options=OPTS)
    service.link_files(ev, [KH], ["2.5"])
    new_path = "Tiêu chí 2/TC2.TC5/Kế hoạch bồi dưỡng (bản ký).docx"
    (ev.evidence_dir / new_path).parent.mkdir(parents=True)
    shutil.move(ev.evidence_dir / KH, ev.evidence_dir / new_path)
    (ev.evidence_dir / DS).unlink()
    report = service.scan_workspace(ev, options=OPTS)
    assert [(r.old, r.new) for r in report.renamed] == [(KH, new_path)]
    assert report.deleted == [DS]
    assert report.extracted == 0 and report.new == 0
    links = [x for x in service.evidence_links(ev) if x.requirement == "2.5" and x.counts]
    assert {x.path for x in links} == {new_path}
    assert {x.origin.value for x in links} == {"manual"}  # the folder code 2.5 adds nothing new


def test_unreadable_names_and_broken_links_are_listed(workspace: Workspace) -> None:
    root = workspace.evidence_dir
    make_admin_pdf(root / "tốt.pdf")
    bad = os.fsencode(str(root)) + b"/b\xe1o c\xe1o.pdf"  # Windows-1258 bytes, not UTF-8
    fd = os.open(bad, os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, b"%PDF-1.4")
    os.close(fd)
    os.symlink(root / "không có.pdf", root / "liên kết hỏng.pdf")
    report = service.scan_workspace(workspace, options=OPTS)
    problems = sorted(i.problem for i in report.issues)
    assert problems == ["bad_name", "unreadable"]
    assert report.files == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without permission")
def test_permission_denied_is_listed(workspace: Workspace) -> None:
    p = make_admin_pdf(workspace.evidence_dir / "khóa.pdf")
    p.chmod(0)
    try:
        report = service.scan_workspace(workspace, options=OPTS)
    finally:
        p.chmod(0o644)
    assert [i.problem for i in report.issues] == ["unreadable"]


def crashing_job(path: str, options: ExtractOptions):  # type: ignore[no-untyped-def]
    """A reader that kills its process on one file (like a native crash)."""
    if path.endswith("nổ.pdf"):
        os._exit(3)
    return _real_job(path, options)


_real_job = scan_module._extract_job


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method")
def test_a_crashing_reader_fails_only_its_file(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    root = workspace.evidence_dir
    for i in range(5):
        make_admin_pdf(root / f"tệp {i}.pdf", number=f"Số: {i + 1}/QĐ-CĐN")
    make_admin_pdf(root / "nổ.pdf", number="Số: 99/QĐ-CĐN")
    monkeypatch.setattr(scan_module, "_extract_job", crashing_job)
    # forked workers inherit the patched reader (spawned ones, the default, would import the real one)
    options = ScanOptions(workers=2, extract=ExtractOptions(ocr=False), min_parallel=0, min_parallel_bytes=0,
                          start_method="fork")
    with EvidenceIndex.open(workspace.cache_dir / INDEX_NAME) as index:
        result = scan_folder(root, index, options)
    assert [(i.path, i.problem) for i in result.report.issues] == [("nổ.pdf", "crashed")]
    assert result.report.by_status == {"error": 1, "ok": 5}


def test_index_lives_in_cache_and_output_is_not_scanned(ev: Workspace) -> None:
    service.scan_workspace(ev, options=OPTS)
    assert (ev.cache_dir / INDEX_NAME).is_file()
    assert not any(p.name == INDEX_NAME for p in ev.evidence_dir.rglob("*"))


def _links_and_passages(index: EvidenceIndex) -> tuple[list[object], dict[str, str | None]]:
    rows = sorted(index.links(include_rejected=True), key=lambda r: (r.hash, r.framework, r.requirement))
    return rows, {r.hash: index.get_meta(service.mapping.PASSAGE_KEY + r.hash) for r in rows}


def test_suggestions_worked_out_during_the_scan_are_those_mapping_makes(
    ev: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.scan_workspace(ev, options=OPTS)  # serial: mapping alone made the links
    monkeypatch.setattr(service.mapping, "HELD", 2)  # some of the work waits in memory, the rest on disk
    frameworks, matcher = service.frameworks_of(ev), service.matcher_of(ev)
    settings = service.mapping.MapSettings(scopes=service.scopes_of(ev))
    with service.open_index(ev, write=True) as index:
        alone = _links_and_passages(index)
        files, contents = index.files(), index.contents()
        first = {}
        for path in sorted(files):
            first.setdefault(files[path].hash, path)
        with index.transaction():
            index.delete_links([(r.hash, r.framework, r.requirement) for r in index.links(include_rejected=True)])
            index.set_meta(service.mapping.SIGNATURE_KEY, "")
        with service.mapping.Prepared(index, frameworks, matcher, settings) as prepared:
            prepared.committed([(h, first[h], contents[h].meta) for h in sorted(first)])
            steps = 0
            while prepared.step():
                steps += 1
            assert steps == len(first) and prepared.kept == len(first)
            kept = [h for h in sorted(first) if h not in prepared.held]
            assert kept and prepared.scratch is not None and len(prepared.scratch) == len(kept)  # on disk
            worked = {h: prepared.take(h, first[h], contents[h].meta) for h in sorted(first)}
            assert prepared.kept == 0 and not prepared.held and len(prepared.scratch) == 0  # each taken once
            assert prepared.take(kept[0], first[kept[0]], contents[kept[0]].meta) is None
            assert any(worked.values())  # some suggestion was worked out ahead, and came back from the disk
            prepared.committed([(h, first[h], contents[h].meta) for h in sorted(first)])
            while prepared.step():
                pass
            service.mapping.map_links(index, frameworks, matcher, set(first), settings, prepared)
            assert prepared.kept == 0 and not prepared.held and len(prepared.scratch) == 0  # mapping took it all
            assert _links_and_passages(index) == alone

        h = next(h for h in sorted(first) if worked[h])
        meta = contents[h].meta
        with service.mapping.Prepared(index, frameworks, matcher, settings) as other:
            assert other.matchers_for({}) is None  # no step ran: no matchers to lend
            for path, header, used in ((first[h], meta, True), ("another/path.pdf", meta, False),
                                       (first[h], meta.model_copy(update={"number": "99/XYZ"}), False)):
                other.committed([(h, first[h], meta)])
                assert other.step()
                # made from another path or another header: not used
                assert other.take(h, path, header) == (worked[h] if used else None)


def test_prepared_work_waits_on_disk_and_the_queue_has_a_limit(
    ev: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.scan_workspace(ev, options=OPTS)
    frameworks, matcher = service.frameworks_of(ev), service.matcher_of(ev)
    settings = service.mapping.MapSettings(scopes=service.scopes_of(ev))
    monkeypatch.setattr(service.mapping, "QUEUE_LIMIT", 2)
    monkeypatch.setattr(service.mapping, "HELD", 1)
    with service.open_index(ev) as index:
        files, contents = index.files(), index.contents()
        first = {}
        for path in sorted(files):
            first.setdefault(files[path].hash, path)
        assert len(first) > 2
        with service.mapping.Prepared(index, frameworks, matcher, settings) as prepared:
            prepared.committed([(h, first[h], contents[h].meta) for h in sorted(first)])
            assert [q[0] for q in prepared.queue] == sorted(first)[:2]  # the rest is left to mapping
            assert prepared.dropped == len(first) - 2
            while prepared.step():
                pass
            assert prepared.kept == 2 and not prepared.held and prepared.scratch is not None
            assert len(prepared.scratch) == 2
            scratch = prepared.scratch
        assert prepared.scratch is None and prepared.kept == 0
        with pytest.raises(sqlite3.ProgrammingError):  # closed: its file is gone with it
            len(scratch)


def test_parallel_scan_with_background_mapping_equals_serial(ev: Workspace) -> None:
    service.scan_workspace(ev, options=OPTS)
    with service.open_index(ev) as index:
        serial = _links_and_passages(index)
    (ev.cache_dir / INDEX_NAME).unlink()
    options = ScanOptions(workers=2, extract=ExtractOptions(ocr=False), min_parallel=0, min_parallel_bytes=0,
                          commit_every=1)
    service.scan_workspace(ev, options=options)
    with service.open_index(ev) as index:
        assert _links_and_passages(index) == serial
