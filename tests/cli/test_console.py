"""The console on Windows-like streams: a cp1252/cp1258 code page, output redirected to a pipe or a file."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from accredit.cli.streams import robust_streams

MAIN = "from accredit.cli.app import main; main()"


def run_cli(*args: str, encoding: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONIOENCODING=encoding, ACCREDIT_LANG="vi", COLUMNS="200")
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-c", MAIN, *args], env=env, timeout=300, check=False, **kwargs)


@pytest.mark.parametrize("encoding", ["cp1252", "cp1258"])
def test_a_pipe_gets_utf8_whatever_the_code_page(encoding: str) -> None:
    done = run_cli("criteria", "list", encoding=encoding, capture_output=True)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    out = done.stdout.decode("utf-8")  # strict: the bytes are UTF-8
    assert "Các bộ tiêu chí" in out and "đang hiệu lực" in out
    assert b"UnicodeEncodeError" not in done.stderr


def test_errors_redirected_to_a_file_are_utf8(tmp_path: Path) -> None:
    err = tmp_path / "loi.txt"
    with err.open("wb") as fh:
        done = run_cli("criteria", "show", "khong-co/bo-nay", encoding="cp1252", stdout=subprocess.DEVNULL, stderr=fh)
    assert done.returncode != 0
    text = err.read_text(encoding="utf-8")
    assert "Không có bộ tiêu chí" in text and "Traceback" not in text


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX only")
def test_a_cp1252_terminal_shows_question_marks_instead_of_crashing() -> None:
    import pty
    import select

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-c", MAIN, "--help"], stdin=slave, stdout=slave, stderr=slave,
        env=dict(os.environ, PYTHONIOENCODING="cp1252", ACCREDIT_LANG="vi", COLUMNS="200"),
    )
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert proc.wait(timeout=60) == 0
    out = b"".join(chunks).decode("cp1252", "replace")
    assert "UnicodeEncodeError" not in out and "accredit" in out
    assert "?" in out  # 'ộ' has no cp1252 form: replaced, not fatal


def test_robust_streams_keeps_a_utf8_terminal_and_rewrites_a_pipe() -> None:
    class Tty(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    pipe = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    tty = Tty(io.BytesIO(), encoding="cp1258")
    robust_streams([pipe, tty])
    assert (pipe.encoding, pipe.errors) == ("utf-8", "replace")
    assert (tty.encoding, tty.errors) == ("cp1258", "replace")
    tty.write("Trường Cao đẳng ộ")
    tty.flush()
