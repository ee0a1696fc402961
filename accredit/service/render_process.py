"""A second process that writes the roadmap and renders the Word and Excel reports while this one goes on.

``accredit run`` is one long chain (scan, read, score, plan, write); on a machine with a second core,
the files that take longest to make — the roadmap workbook and charts, the Word documents, the Excel
report — are made by a worker process started when the command starts (it loads openpyxl and
python-docx while this process scans), and this process renders the HTML and JSON meanwhile. The
worker only renders and writes what it is given (the same pure functions, the same atomic writes);
results, remarks and errors come back as they would in this process. Without a second core, or where
the worker cannot start or breaks, everything is done here, as before.

The worker is a ``spawn``-ed process that exits with this one (:mod:`accredit.evidence.workers`); it
lives inside one ``with`` block, in the thread that opened it.
"""

from __future__ import annotations

import importlib
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pickle import PicklingError
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")
WARM_MODULES = ("accredit.report.write", "accredit.report.docx", "accredit.report.xlsx", "accredit.roadmap.chart",
                "accredit.roadmap.workbook", "PIL.Image", "PIL.ImageDraw", "PIL.ImageFont", "PIL.PngImagePlugin")
"""What the worker loads on start (python-docx, openpyxl, Pillow and the renderers), while this process scans."""
REMOTE_FORMATS = ("xlsx", "docx")
"""The report formats the worker renders (the others are rendered here meanwhile)."""


def _warm(lang: str) -> None:
    """Worker start-up: the caller's language, and the libraries the jobs use loaded before the first job."""
    from accredit.i18n import set_language
    from accredit.openpyxl_numbers import install
    from accredit.service.collector import batch_pace

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the command's: it ends the worker with the pool
    batch_pace()  # its jobs make many short-lived objects, few cycles
    install()  # openpyxl without numpy, as in the command's own process
    set_language(lang)
    for module in WARM_MODULES:
        importlib.import_module(module)


def prepare(framework_ids: Sequence[str]) -> None:
    """Worker: what the jobs of a run on these frameworks need first, made while the worker waits for them (this
    process scans meanwhile): the frameworks' evidence hints read, and the models the renderers validate or dump
    built. Only work the jobs would do anyway; a failure here is met again, and reported, by the job that needs it."""
    from accredit.evidence.hints import hints_for
    from accredit.model.assessment import Narrative
    from accredit.model.roadmap import Roadmap

    for fid in framework_ids:
        hints_for(fid)
    for model in (Roadmap, Narrative):
        model.model_rebuild()


class RenderWorker:
    """Jobs for the worker process, or done in this process when there is none (see the module's docstring)."""

    def __init__(self, pool: ProcessPoolExecutor | None = None) -> None:
        self._pool = pool
        self._sent: set[int] = set()  # the jobs the worker took (by id): those are done here if it breaks

    @property
    def parallel(self) -> bool:
        """Whether a worker process takes the jobs."""
        return self._pool is not None

    def prepare(self, framework_ids: Sequence[str]) -> None:
        """Let the worker, if there is one, make ready for the jobs of these frameworks (:func:`prepare`); nothing
        is done here without one (the jobs make what they need as they go)."""
        if self._pool is not None:
            try:
                self._pool.submit(prepare, list(framework_ids))  # its result is never asked for
            except (BrokenProcessPool, RuntimeError):
                self._pool = None

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """``fn(*args)`` in the worker (a future of its result), else here (a future already done)."""
        if self._pool is not None:
            try:
                job = self._pool.submit(fn, *args)
            except (BrokenProcessPool, RuntimeError):
                self._pool = None
            else:
                self._sent.add(id(job))
                return job
        done: Future[T] = Future()
        try:
            done.set_result(fn(*args))
        except Exception as exc:  # handed to whoever asks for the result, as the worker's would be (Ctrl+C is not)
            done.set_exception(exc)
        return done

    def result(self, job: Future[T], fn: Callable[..., T], *args: Any) -> T:
        """The result of ``job`` (submitted as ``fn(*args)``); when the worker took it and then broke, or could
        not take its arguments, ``fn(*args)`` is done here instead."""
        try:
            return job.result()
        except (BrokenProcessPool, PicklingError, AttributeError, TypeError) as exc:
            if id(job) not in self._sent or not _worker_trouble(exc):
                raise
            self._pool = None  # the jobs still to come are done here
            return fn(*args)


def _worker_trouble(exc: BaseException) -> bool:
    """Whether ``exc`` is the worker's (it died, or an argument could not be sent), not the job's own error."""
    return isinstance(exc, (BrokenProcessPool, PicklingError)) or "pickle" in str(exc).lower()


def usable_cpus() -> int:
    """The processors this process may run on (its affinity where the system says, else every processor)."""
    affinity = getattr(os, "sched_getaffinity", None)  # Linux; elsewhere the machine's count
    if affinity is not None:
        try:
            return len(affinity(0))
        except OSError:
            pass
    return os.cpu_count() or 1


INLINE = RenderWorker()
"""Every job done in this process (the default of the service operations)."""


@contextmanager
def render_worker(enabled: bool = True) -> Iterator[RenderWorker]:
    """A :class:`RenderWorker` with a worker process when ``enabled`` and this machine has a second core;
    the process ends with the block."""
    from accredit.i18n import language

    if not enabled or usable_cpus() < 2:
        yield RenderWorker()
        return
    from accredit.evidence import workers

    try:
        pool = workers.pool(1, initializer=_warm, initargs=(language(),))
    except (OSError, ValueError, RuntimeError):
        yield RenderWorker()
        return
    try:
        pool.submit(int)  # start the worker now: it loads its libraries while this process works
        yield RenderWorker(pool)
    finally:
        _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the worker at once: its results are in (or the command is stopping), so nothing of it is lost (files
    are written atomically), and its interpreter's own shutdown (a sixth of a second) is not waited for."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
