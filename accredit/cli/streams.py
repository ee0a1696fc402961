"""The console process set up before anything runs: standard output and error made safe for Vietnamese
text, and the garbage collector paused while the command loads.

Kept apart from :mod:`accredit.cli.output` so that the entry point (and ``accredit --help``) does not
import rich's console to set up its streams.

The garbage collector: importing typer, pydantic and the models of a command creates some hundred
thousand objects that live as long as the process; the cyclic collector would walk them again at each
of its full passes, while they load (a tenth of the start-up) and while the command works (a warm
re-scan of 10,000 files builds lists of rows, and each full pass walks every loaded module too). So
the console script pauses the collector (:func:`pause_collector`) and the command group resumes it once
the command is loaded (:func:`resume_collector`), freezing what is loaded by then (``gc.freeze``: never
collected, never walked again). Only the console script pauses it: a program that runs the command
group itself (the tests, the desk) keeps its collector as it is.
"""

from __future__ import annotations

import codecs
import gc
import sys
from collections.abc import Iterable
from typing import TextIO


def _is_utf8(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "ascii").name == "utf-8"
    except LookupError:
        return False


def robust_streams(streams: Iterable[TextIO] | None = None) -> None:
    """Make standard output and error safe for Vietnamese text on any console, pipe or file.

    Output redirected to a file or a pipe is written in UTF-8 (on Windows Python would otherwise use the
    ANSI code page, cp1252 or cp1258, and crash on the first 'ộ'); a console whose encoding cannot show
    a character prints '?' in its place instead of stopping the command. Called once by the entry point.
    """
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            tty = stream.isatty()
        except (OSError, ValueError):
            tty = False
        if not tty:
            reconfigure(encoding="utf-8", errors="replace")
        elif not _is_utf8(getattr(stream, "encoding", None)):
            reconfigure(errors="replace")


_paused = False


def pause_collector() -> None:
    """Pause the collector for the start-up of a command-line run (console script only)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector() -> None:
    """The command is loaded: freeze the objects loaded so far and collect again (when :func:`pause_collector`
    paused it)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()

