"""A scan killed with ``kill -9``: its workers go with it, and what it had read stays in the index."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accredit.evidence.extract import ExtractOptions
from accredit.evidence.index import EvidenceIndex
from accredit.evidence.scan import ScanOptions, scan_folder

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists() or not hasattr(signal, "SIGKILL"), reason="needs /proc and SIGKILL"
)

FILES = 240

SCANNER = """
import sys, time
from pathlib import Path
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.index import EvidenceIndex
from accredit.evidence.scan import ScanOptions, scan_folder

def slow(progress):
    time.sleep(0.05)  # a slow disk: the scan is still running when it is killed

if __name__ == "__main__":  # workers are spawned: they import this file without running it
    root, db = Path(sys.argv[1]), Path(sys.argv[2])
    options = ScanOptions(workers=2, min_parallel=0, min_parallel_bytes=0, commit_every=5,
                          extract=ExtractOptions(ocr=False))
    with EvidenceIndex.open(db) as index:
        scan_folder(root, index, options, slow)
    print("finished", flush=True)
"""


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited (nobody reaped it yet)


def _committed(db: Path) -> int:
    """How many contents (files read) the index holds."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM contents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_killed_scan_takes_its_workers_along_and_keeps_its_progress(tmp_path: Path) -> None:
    root = tmp_path / "minh-chung"
    root.mkdir()
    for i in range(FILES):
        (root / f"Biên bản họp số {i:03d}.txt").write_text(f"BIÊN BẢN\nVề việc họp lần {i}\n" * 20, encoding="utf-8")
    db = tmp_path / "cache" / "evidence.sqlite"
    script = tmp_path / "scanner.py"
    script.write_text(SCANNER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, str(script), str(root), str(db)], env=env, stdout=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while _committed(db) == 0 or len(_children(proc.pid)) < 2:
            assert proc.poll() is None, "the scan ended before it could be killed"
            assert time.monotonic() < deadline, "the scan never committed a batch"
            time.sleep(0.05)
        workers = _children(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    deadline = time.monotonic() + 30
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)], "worker processes outlived the killed scan"

    kept = _committed(db)
    assert 0 < kept < FILES
    with EvidenceIndex.open(db) as index:
        result = scan_folder(root, index, ScanOptions(workers=1, extract=ExtractOptions(ocr=False)))
        assert len(index.pending()) == FILES  # nothing was mapped yet: every content still waits for mapping
    report = result.report
    assert report.files == FILES
    assert report.extracted <= FILES - kept  # the second scan did not read again what the first had kept
    assert report.by_status == {"ok": FILES}
