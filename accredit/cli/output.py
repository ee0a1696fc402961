"""Rendering helpers shared by the commands: the rich console, JSON output, exit codes."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from accredit import json_text
from accredit.errors import AccreditError
from accredit.i18n import language, t

if TYPE_CHECKING:  # pydantic and the message models load with the first command that renders one
    from accredit.i18n.message import Messages, Msg

# Markup and emoji codes are off on both consoles: school names, file names, titles and responses
# are printed as they are (``Trường [/bold] ABC`` or ``[link=…]`` is text, never a style that crashes
# or hides it). Styling the tool's own words goes through :func:`styled`, never through markup.
# Control characters (ESC sequences, bells, C1 codes) in user text would drive the terminal:
# they are dropped from every string printed.
_TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class LiteralConsole(Console):
    """A console that prints strings as they are: no markup, no emoji codes, no terminal control characters."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(markup=False, emoji=False, **kwargs)

    def render_str(self, text: str, **kwargs: Any) -> Text:
        """Render ``text`` literally, without the control characters a terminal would act on."""
        return super().render_str(_TERMINAL_CONTROL.sub("", text), **kwargs)


console = LiteralConsole()
err_console = LiteralConsole(stderr=True)


def styled(*parts: str | tuple[str, str]) -> Text:
    """Literal text with styles: each part is a string, or ``(text, style)``; nothing is parsed as markup."""
    return Text.assemble(*(
        _TERMINAL_CONTROL.sub("", p) if isinstance(p, str) else (_TERMINAL_CONTROL.sub("", p[0]), p[1]) for p in parts
    ))


class ExitCode(IntEnum):
    """Process exit codes, the same for every command."""

    OK = 0
    FAILED = 1  # the command ran, and the result is a failure (invalid file, decision not passed…)
    USAGE = 2  # bad arguments
    INPUT_ERROR = 3  # a file or id the user gave could not be used


def messages() -> Messages:
    """The :class:`Messages` of this command line: the language of ``--lang``, else ``ACCREDIT_LANG``, else vi."""
    from accredit.i18n.message import Messages

    return Messages(language())


def render(value: Msg | str | None) -> str:
    """A message of the core as text in the command line's language (text kept as it is; None: '')."""
    if value is None:
        return ""
    return value if isinstance(value, str) else messages()(value)


def to_jsonable(value: Any) -> Any:
    """Turn models (and lists/dicts of them) into JSON-ready data; each message carries its rendered ``text``."""
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", context=messages().context)
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def print_json(value: Any) -> None:
    """Write ``value`` as UTF-8 JSON on standard output (no rich markup, no wrapping)."""
    text = json_text.dumps(to_jsonable(value))
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.flush()


def fail(message: str, code: ExitCode = ExitCode.INPUT_ERROR) -> NoReturn:
    """Print a localised error on standard error and exit with ``code``."""
    err_console.print(t("app.error", message=message), style="red", markup=False, highlight=False)
    raise typer.Exit(int(code))


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn library errors a user can fix into a clean message and exit code 3."""
    try:
        yield
    except AccreditError as exc:
        fail(str(exc), ExitCode.INPUT_ERROR)
