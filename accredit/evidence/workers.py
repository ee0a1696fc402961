"""Worker processes that die with their parent, on Windows as on Linux and macOS.

Workers are started with the ``spawn`` method (the only one Windows has, and safe with threads).
Each worker watches its parent: a thread blocks on the parent's sentinel (a pipe or process handle
that becomes ready when the parent ends, however it ends, ``kill -9`` included) and exits the
worker at once. On Linux the kernel is also asked to kill the worker with its parent
(``prctl(PR_SET_PDEATHSIG)``), so even a worker stuck in native code goes. The kernel sends that
signal when the *thread* that started the worker ends: a pool must not outlive the call (and
thread) that made it, which holds for every pool here (each lives in one ``with`` block).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import wait
from typing import Any

START_METHOD = "spawn"
_PR_SET_PDEATHSIG = 1


def pool(
    workers: int,
    *,
    start_method: str = START_METHOD,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> ProcessPoolExecutor:
    """A process pool whose workers exit when this process ends."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(start_method),
        initializer=_start,
        initargs=(initializer, initargs),
    )


def _start(initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    """Worker start-up: watch the parent, then run the caller's initializer."""
    die_with_parent()
    if initializer is not None:
        initializer(*initargs)


def die_with_parent() -> None:
    """Make this (child) process exit as soon as its parent process ends."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL))
        except (OSError, AttributeError):  # no libc symbol: the watcher thread is enough
            pass
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        """Block until the parent is gone, then leave without cleanup (nothing to hand back to)."""
        wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="accredit-parent-watch", daemon=True).start()
