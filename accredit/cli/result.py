"""Rendering a service result at the edge: its notes in the person's language, ``--json`` verbatim."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from accredit.cli.output import err_console
from accredit.i18n import language, t
from accredit.i18n.message import Messages, Msg


def messages() -> Messages:
    """The messages of this invocation's language (``--lang``, else ``ACCREDIT_LANG``, else Vietnamese)."""
    return Messages(language())


def text(message: Msg) -> str:
    """One message in this invocation's language."""
    return messages()(message)


def jsonable(value: Any) -> Any:
    """Models (and lists/dicts of them) as JSON data, every Msg with its rendered ``text``."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", context=messages().context)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    return value


def print_result(value: Any) -> None:
    """``--json``: the service result verbatim on standard output (UTF-8, no markup, no wrapping)."""
    out = json.dumps(jsonable(value), ensure_ascii=False, indent=2)
    sys.stdout.buffer.write(out.encode("utf-8") + b"\n")
    sys.stdout.flush()


def print_notes(notes: Iterable[Msg], key: str | None = "scoring.cli.note") -> None:
    """The notes on standard error, in yellow (each inside the message ``key``, e.g. 'Lưu ý: …')."""
    for n in notes:
        line = text(n)
        err_console.print(t(key, note=line) if key else line, style="yellow", markup=False, highlight=False)
