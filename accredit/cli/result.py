"""Rendering a service result at the edge: its notes in the person's language, ``--json`` verbatim.

The language and the JSON writer are :mod:`accredit.cli.output`'s (one place); this module adds the notes.
"""

from __future__ import annotations

from collections.abc import Iterable

from accredit.cli.output import err_console, messages, render
from accredit.cli.output import print_json as print_result
from accredit.i18n import t
from accredit.i18n.message import Msg

__all__ = ["messages", "print_notes", "print_result"]


def print_notes(notes: Iterable[Msg], key: str | None = "scoring.cli.note") -> None:
    """The notes on standard error, in yellow (each inside the message ``key``, e.g. 'Lưu ý: …')."""
    for n in notes:
        line = render(n)
        err_console.print(t(key, note=line) if key else line, style="yellow", markup=False, highlight=False)
