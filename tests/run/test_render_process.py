"""``accredit run`` with a second process writing the roadmap and rendering the Word and Excel reports: the same
files, remarks and errors as in one process, and everything done in this one when the worker cannot help."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from accredit.demo import copy_demo
from accredit.errors import AccreditError
from accredit.i18n.message import Messages
from accredit.run import run_workspace
from accredit.service.render_process import INLINE, RenderWorker, render_worker, usable_cpus
from accredit.workspace import load_workspace

AT = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def _content(path: Path, root: Path) -> str:
    """A file's content, without the time an Office file was saved at (its core properties) or where it is."""
    data = path.read_bytes()
    if path.suffix in (".xlsx", ".docx"):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            data = b"".join(n.encode() + zf.read(n) for n in sorted(zf.namelist()) if n != "docProps/core.xml")
    return hashlib.sha256(data.replace(str(root).encode(), b"<root>")).hexdigest()


def _run(tmp_path: Path, name: str, worker: RenderWorker) -> tuple[dict[str, str], list[str]]:
    root = copy_demo(tmp_path / name)
    summary = run_workspace(load_workspace(root), AT, messages=Messages("vi"), worker=worker)
    files = {str(Path(f).relative_to(root)): _content(Path(f), root) for f in summary.files}
    return files, [str(n) for n in summary.notes]


@pytest.mark.skipif(usable_cpus() < 2, reason="one core: the run renders everything in its own process")
def test_the_worker_writes_what_one_process_writes(tmp_path: Path) -> None:
    alone = _run(tmp_path, "mot", INLINE)
    with render_worker() as worker:
        assert worker.parallel
        together = _run(tmp_path, "hai", worker)
    assert together == alone
    assert any(f.endswith(".docx") for f in alone[0]) and any(f.endswith("lo-trinh_tt35-2021_truong-cao-dang-v2.png")
                                                               for f in alone[0])


def _kill(worker: RenderWorker) -> None:
    for process in list(worker._pool._processes.values()):  # type: ignore[union-attr]
        process.kill()
        process.join()


@pytest.mark.skipif(usable_cpus() < 2, reason="one core: the run renders everything in its own process")
def test_a_worker_that_died_leaves_the_work_to_this_process(tmp_path: Path) -> None:
    with render_worker() as worker:
        assert worker.parallel
        _kill(worker)
        files, _ = _run(tmp_path, "chet", worker)
    assert files == _run(tmp_path, "mot", INLINE)[0]


@pytest.mark.skipif(usable_cpus() < 2, reason="one core: the run renders everything in its own process")
def test_a_job_the_worker_took_before_it_died_is_done_here() -> None:
    """The worker dies with a job (the roadmap) in hand and the next job is done here: the first one is done here
    too when its result is asked for, not reported as a broken pool."""
    with render_worker() as worker:
        first = worker.submit(sum, [1, 2])
        _kill(worker)
        second = worker.submit(sum, [3, 4])
        assert worker.result(second, sum, [3, 4]) == 7
        assert worker.result(first, sum, [1, 2]) == 3


def test_ctrl_c_in_a_job_done_here_is_not_held_back() -> None:
    def interrupted() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        INLINE.submit(interrupted)


def test_a_roadmap_that_cannot_be_written_writes_no_report(tmp_path: Path) -> None:
    """The roadmap chart's place is a folder: the run fails with the same message, in the worker or not, and no report
    is written (the reports are written after the roadmap, as in one process)."""
    messages = []
    for name, enabled in (("mot", False), ("hai", True)):
        root = copy_demo(tmp_path / name)
        out = root / "bao-cao"
        (out / "lo-trinh_tt35-2021_truong-cao-dang-v2.png" / "x").mkdir(parents=True)
        with render_worker(enabled) as worker, pytest.raises((AccreditError, OSError)) as caught:
            run_workspace(load_workspace(root), AT, messages=Messages("vi"), worker=worker)
        messages.append(str(caught.value).replace(str(root), "<root>"))
        assert not list(out.glob("bao-cao-tu-danh-gia-*"))
    assert messages[0] == messages[1]


@pytest.mark.skipif(usable_cpus() < 2, reason="one core: the run renders everything in its own process")
def test_the_command_leaves_openpyxl_and_python_docx_to_its_worker(tmp_path: Path) -> None:
    """``accredit run`` reads the workbooks from their XML and has its worker write them: its own process loads
    neither openpyxl nor python-docx (with Pillow, but for OCR, a tenth of the command's time)."""
    probe = ("import atexit, sys\n"
             "atexit.register(lambda: print('LOADED', sorted({m.split('.')[0] for m in sys.modules}"
             " & {'openpyxl', 'docx'}), file=sys.stderr))\n"
             "from accredit.entry import main\nsys.argv = ['accredit', 'run', '--out', sys.argv[1]]\nmain()")
    env = {**os.environ, "ACCREDIT_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "demo")], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stderr
    assert (tmp_path / "demo" / "bao-cao" / "bao-cao-tu-danh-gia-2026.xlsx").is_file()
    assert list((tmp_path / "demo" / "bao-cao").glob("*.docx"))


@pytest.mark.skipif(usable_cpus() < 2, reason="one core: the run renders everything in its own process")
def test_an_error_in_the_worker_comes_back_as_itself(tmp_path: Path) -> None:
    """A file the worker cannot write (open in Excel on Windows, a folder in its place): the caller gets the same
    error, with its message and the file, from the worker itself (not a broken pool done again here)."""
    from accredit.workspace import OutputError, write_atomic

    blocked = tmp_path / "lo-trinh.png"
    (blocked / "x").mkdir(parents=True)
    with render_worker() as worker:
        job = worker.submit(write_atomic, blocked, b"png")
        with pytest.raises(OutputError) as caught:
            job.result()
    assert caught.value.path == blocked and str(blocked) in str(caught.value)


@pytest.mark.skipif(usable_cpus() < 2, reason="one core: the run renders everything in its own process")
def test_the_worker_leaves_ctrl_c_to_the_command() -> None:
    """Ctrl+C in the terminal reaches every process of the console: the worker ignores it (no traceback of its
    own); the command stops and its pool ends the worker."""
    import signal

    with render_worker() as worker:
        assert worker.submit(signal.getsignal, signal.SIGINT).result() == signal.SIG_IGN


@pytest.mark.skipif(usable_cpus() < 2, reason="one core: the run renders everything in its own process")
def test_the_worker_reads_the_hints_before_its_first_job(tmp_path: Path) -> None:
    """The run lets its worker make ready while it scans: the frameworks' hints are in the worker's cache before
    the first report is asked of it; a framework that cannot be prepared (no such one) breaks nothing."""
    with render_worker() as worker:
        before = worker.submit(_hint_files_read).result()
        worker.prepare(["tt38-2026/co-so-gdnn-v3", "tt35-2021/truong-cao-dang-v2", "khong-co/khung", 7])  # type: ignore[list-item]
        assert worker.submit(_hint_files_read).result() == before + 2
        files, _ = _run(tmp_path, "hai", worker)
    assert files == _run(tmp_path, "mot", INLINE)[0]


def _hint_files_read() -> int:
    """Worker: how many hints files this process has read (and keeps)."""
    from accredit.evidence import hints

    return hints._cached.cache_info().currsize
