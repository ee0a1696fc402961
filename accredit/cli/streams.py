"""Standard output and error made safe for Vietnamese text, before anything is printed.

Kept apart from :mod:`accredit.cli.output` so that the entry point (and ``accredit --help``) does not
import rich's console to set up its streams.
"""

from __future__ import annotations

import codecs
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
