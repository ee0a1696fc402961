"""Run a command in a fresh process and measure it: wall seconds and peak memory (MB).

Each figure a benchmark prints comes from a child process, so start-up is included where it
belongs and one measurement never inflates the next one's peak. Peak memory is the child's own
high-water mark (``VmHWM`` on Linux, else ``ru_maxrss``; ``None`` on Windows); a scan's workers
are sampled while it runs (:func:`rss_sampler`).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Measured:
    """One run: seconds, peak MB of the process and of its largest child, what it printed as JSON."""

    seconds: float
    peak_mb: float | None
    child_mb: float | None
    out: Any = None


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a measured child: this one's, with bytecode cached as an installed package has it.

    ``pip install`` compiles every module; a development shell may set ``PYTHONDONTWRITEBYTECODE``,
    which would make each child compile accredit's sources again (a third of ``accredit --help``).
    It is left out, and accredit's sources are compiled once before the first measurement
    (:func:`compile_sources`), so no figure includes compiling.
    """
    compile_sources()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **(extra or {})}


@lru_cache(maxsize=1)
def compile_sources() -> None:
    """Compile accredit's modules to bytecode (``__pycache__``, as ``pip install`` does); quick when done already."""
    import compileall

    import accredit

    compileall.compile_dir(Path(accredit.__file__).parent, quiet=2, force=False)


def run(args: list[str], *, env: dict[str, str] | None = None, json_out: bool = False) -> Measured:
    """Run ``args`` (environment: :func:`child_env`); with ``json_out`` the child's last stdout line is parsed
    as JSON (its own figures)."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=errors, env=child_env(env))
        if hasattr(os, "wait4"):
            out = proc.stdout.read()  # type: ignore[union-attr]
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            peak: float | None = usage.ru_maxrss / (1024 if sys.platform != "darwin" else 1_048_576)
        else:  # Windows: time only
            out, _ = proc.communicate()
            peak = None
        seconds = time.perf_counter() - start
        errors.seek(0)
        err = errors.read()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err.decode(errors='replace')[-2000:]}")
    data = None
    child = None
    if json_out:
        lines = out.decode().strip().splitlines()
        if not lines:
            raise SystemExit(f"{' '.join(args)} printed nothing:\n{err.decode(errors='replace')[-2000:]}")
        data = json.loads(lines[-1])
        if isinstance(data, dict):
            child = data.get("child_mb")
            peak = data.get("self_mb", peak)
    return Measured(seconds, peak, child, data)


def python(code: str, *args: str) -> list[str]:
    """A command running ``code`` with this interpreter (benchmarks/ on the path).

    The code is written to a file first: worker processes started with ``spawn`` import their
    main module, which ``python -c`` does not have.
    """
    folder = Path(tempfile.gettempdir()) / "accredit-bench-scripts"
    folder.mkdir(exist_ok=True)
    text = f"import sys\nsys.path.insert(0, {str(HERE)!r})\n" + code
    path = folder / f"job_{hashlib.sha256(text.encode()).hexdigest()[:12]}.py"
    path.write_text(text, encoding="utf-8")
    return [sys.executable, str(path), *args]


ACCREDIT = [sys.executable, "-c", "from accredit.entry import main; main()"]
"""The ``accredit`` command as its console script runs it."""


def rusage_json(**extra: Any) -> str:
    """This process's peak memory and its largest child's, in MB, its CPU seconds with its (ended) children's,
    plus ``extra``, as one JSON line."""
    try:
        import resource
    except ImportError:  # Windows
        return json.dumps({"self_mb": None, "child_mb": None, **extra})
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1_048_576
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    own = me.ru_maxrss * scale
    child = kids.ru_maxrss * scale
    extra.setdefault("cpu_s", me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime)
    status = Path("/proc/self/status")
    if status.exists():  # Linux: ru_maxrss also counts the parent's memory at fork; VmHWM is this process's own
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                own = int(line.split()[1]) / 1024
    return json.dumps({"self_mb": own, "child_mb": child, **extra})


def fmt_mb(value: float | None) -> str:
    """'123 MB' or 'n/a'."""
    return "n/a" if value is None else f"{value:.0f} MB"


def verdict(ok: bool) -> str:
    """The goal check printed after each figure."""
    return "goal met" if ok else "GOAL NOT MET"


def sizes(text: str) -> list[int]:
    """'1k,3k,10k' or '1000,3000' → [1000, 3000, 10000]."""
    out = []
    for part in text.split(","):
        part = part.strip().lower()
        out.append(int(float(part[:-1]) * 1000) if part.endswith("k") else int(part))
    return out


def rss_sampler(every: float = 0.2) -> Any:
    """Start sampling the resident memory of this process and of its children (Linux ``/proc``).

    Returns a function that stops the sampling and gives (peak of this process, peak of this
    process plus its children) in MB — ``(None, None)`` where ``/proc`` is missing.
    """
    import threading

    proc = Path("/proc")
    if not (proc / "self" / "status").exists():
        return lambda: (None, None)
    me = os.getpid()
    peaks = [0.0, 0.0]
    stop = threading.Event()

    def rss(pid: int | str) -> float:
        try:
            for line in (proc / str(pid) / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    def children() -> list[int]:
        out = []
        for entry in proc.iterdir():
            if entry.name.isdigit():
                try:
                    if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == me:
                        out.append(int(entry.name))
                except (OSError, IndexError, ValueError):
                    continue
        return out

    def loop() -> None:
        while not stop.is_set():
            own = rss(me)
            peaks[0] = max(peaks[0], own)
            peaks[1] = max(peaks[1], own + sum(rss(c) for c in children()))
            stop.wait(every)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()

    def done() -> tuple[float, float]:
        stop.set()
        thread.join()
        return peaks[0], peaks[1]

    return done
