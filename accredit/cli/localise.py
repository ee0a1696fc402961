"""The command-line framework (typer on click) in the user's language, at the moment it prints.

Help texts are written once, when the command modules are imported, in whatever language was in
force then; the language of a run is only known from ``--lang`` / ``ACCREDIT_LANG``. So nothing is
translated at import: just before parsing, :class:`AccreditGroup` reads ``--lang`` from the command
line, then every text of the command tree is looked up in the message catalogue (as gettext looks up a
msgid) and replaced by its entry in the chosen language:

- a command's description is ``cli.cmd.<group>.<command>`` when the catalogue has it, else its help
  text, recognised whichever language it was written in;
- option and argument help, and click's own words ("Usage", "Options", "Show this message and exit.",
  "[required]"…), through the help formatter;
- click's usage errors ("No such command", "Missing argument"…) when they are shown.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NoReturn

from typer import Abort
from typer.core import TyperGroup

from accredit.i18n import LANGUAGES, language, set_language, t
from accredit.i18n.catalogue import MESSAGES

try:  # recent typer vendors click
    from typer._click import Context, HelpFormatter, echo
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover - typer on the real click
    from click import Context, HelpFormatter, echo  # type: ignore[assignment,no-redef]
    from click import exceptions as click_errors  # type: ignore[no-redef]

_HEADINGS = {"Usage": "cli.usage", "Options": "cli.heading.options", "Arguments": "cli.heading.arguments",
             "Commands": "cli.heading.commands"}
_METAVARS = {"[OPTIONS]": "cli.metavar.options", "COMMAND [ARGS]...": "cli.metavar.command"}
_TYPES = {
    "vi": {"<path>": "<đường dẫn>", "<str>": "<chữ>", "<text>": "<chữ>", "<int>": "<số>", "<int range>": "<số>",
           "<float>": "<số>", "<float range>": "<số>", "<file>": "<tệp>", "<directory>": "<thư mục>"},
}
_EXTRA = re.compile(r"^(?P<help>.*?)(?:\s{2}|^)\[(?P<extra>[^\[\]]*)\]$", re.DOTALL)
_DID_YOU_MEAN = re.compile(r"^(?P<head>.*?)\.? Did you mean (?P<names>.*)\?$", re.DOTALL)


@lru_cache(maxsize=1)
def _reverse() -> dict[str, str]:
    """Every fixed message (no placeholder), in every language → its key: the catalogue read backwards."""
    out: dict[str, str] = {}
    for key, entry in MESSAGES.items():
        for text in entry.values():
            if "{" not in text:
                out.setdefault(inspect.cleandoc(text), key)
    return out


def localise(text: str | None) -> str | None:
    """``text`` in the current language when it is a catalogue message (in any language), else unchanged."""
    if not text:
        return text
    key = _reverse().get(inspect.cleandoc(text))
    return t(key) if key else text


@lru_cache(maxsize=1)
def _error_patterns() -> list[tuple[re.Pattern[str], str]]:
    """click's English error templates (the 'en' side of ``cli.err.*``) as patterns → their key."""
    out = []
    for key, entry in MESSAGES.items():
        if key.startswith("cli.err.") and key != "cli.err.did_you_mean":
            parts = re.split(r"\{(\w+)\}", entry["en"])
            regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
            out.append((re.compile(f"^{regex}$", re.DOTALL), key))
    return out


def localise_message(message: str) -> str:
    """One of click's error messages in the current language (unknown messages are kept as they are)."""
    tail = ""
    hint = _DID_YOU_MEAN.match(message)
    if hint:
        message = hint.group("head").rstrip(".") + "."
        tail = " " + t("cli.err.did_you_mean", names=hint.group("names"))
    for pattern, key in _error_patterns():
        found = pattern.match(message)
        if found:
            params = {k: localise_message(v) if k == "message" else v for k, v in found.groupdict().items()}
            return t(key, **params) + tail
    return (localise(message) or message) + tail


def _extra(part: str) -> str:
    part = part.strip()
    if part == "required":
        return t("cli.required")
    for prefix, key in (("default: ", "cli.default"), ("env var: ", "cli.env_var")):
        if part.startswith(prefix):
            return t(key, value=part[len(prefix):])
    return part


def localise_definition(text: str) -> str:
    """An option's help with click's trailing ``[default: …; required]``, both in the current language."""
    found = _EXTRA.match(text)
    if not found:
        return localise(text) or text
    extras = "; ".join(_extra(p) for p in found.group("extra").split(";"))
    help_text = localise(found.group("help").strip()) or ""
    return f"{help_text}  [{extras}]" if help_text else f"[{extras}]"


def _term(term: str) -> str:
    for english, local in _TYPES.get(language(), {}).items():
        term = term.replace(english, local)
    return term


class LocalisedFormatter(HelpFormatter):
    """click's help formatter, writing click's own words in the current language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """The usage line: 'Cách dùng: accredit [TÙY CHỌN] LỆNH [THAM SỐ]...'."""
        for english, key in _METAVARS.items():
            args = args.replace(english, t(key))
        super().write_usage(prog, _term(args), t("cli.usage") + " " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        """A section heading ('Options' → 'Tùy chọn')."""
        key = _HEADINGS.get(heading)
        super().write_heading(t(key).rstrip(":") if key else heading)

    def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
        """The option/command table, each term's type and each description localised."""
        super().write_dl([(_term(term), localise_definition(text)) for term, text in rows], *args, **kwargs)


class LocalisedContext(Context):
    """A click context whose help and usage go through :class:`LocalisedFormatter`."""

    formatter_class = LocalisedFormatter


def localise_tree(command: Any, path: tuple[str, ...] = ()) -> None:
    """Put every description of ``command`` and its sub-commands in the current language."""
    key = "cli.cmd." + ".".join(path)
    command.help = t(key) if path and key in MESSAGES else localise(command.help)
    command.short_help = localise(command.short_help)
    for param in command.params:
        if getattr(param, "help", None):
            param.help = localise(param.help)
    command.context_class = LocalisedContext
    if hasattr(command, "rich_markup_mode"):
        command.rich_markup_mode = None  # plain click formatting, through the formatter above
    for name, sub in getattr(command, "commands", {}).items():
        localise_tree(sub, (*path, name))


def language_from_args(args: Sequence[str]) -> str | None:
    """The value of ``--lang`` among the global options (before the command name), if any."""
    items = list(args)
    for i, arg in enumerate(items):
        if arg == "--lang":
            return items[i + 1] if i + 1 < len(items) else None
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if not arg.startswith("-"):
            return None
    return None


def show_usage_error(error: Any) -> None:
    """click's error display (usage, hint, message), in the current language, on standard error."""
    ctx = getattr(error, "ctx", None)
    no_args = getattr(click_errors, "NoArgsIsHelpError", None)
    if no_args is not None and isinstance(error, no_args) and ctx is not None:
        echo(ctx.get_help(), err=True, color=ctx.color)
        return
    if isinstance(error, click_errors.UsageError) and ctx is not None:
        echo(ctx.get_usage(), err=True, color=ctx.color)
        if ctx.command.get_help_option(ctx) is not None:
            echo(t("cli.try_help", command=ctx.command_path, option=ctx.help_option_names[0]), err=True)
        echo("", err=True)
    echo(t("app.error", message=localise_message(error.format_message())), err=True)


class AccreditGroup(TyperGroup):
    """The root command: reads ``--lang`` first, localises the command tree, shows errors in that language.

    With lazily loaded commands (:func:`accredit.cli.lazy.lazy_group`) each command is localised when
    it is loaded, through :meth:`_build`.
    """

    def _build(self, entry: Any) -> Any:
        """A lazily loaded command, localised like the rest of the tree (see :mod:`accredit.cli.lazy`)."""
        command = super()._build(entry)  # type: ignore[misc]
        localise_tree(command, (entry.name,))
        return command

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line ``args`` (default: ``sys.argv[1:]``)."""
        argv = list(sys.argv[1:] if args is None else args)
        lang = language_from_args(argv)
        set_language(lang if lang in LANGUAGES else None)  # an unknown one is refused by the option itself
        localise_tree(self)
        if not standalone_mode:
            return super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            result = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
        except click_errors.ClickException as error:
            show_usage_error(error)
            _exit(error.exit_code)
        except Abort:
            echo(t("cli.aborted"), err=True)
            _exit(1)
        _exit(result if isinstance(result, int) else 0)


def _exit(code: int) -> NoReturn:
    sys.exit(code)
