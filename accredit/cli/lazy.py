"""Commands loaded on first use: ``accredit --help`` and each command import only what they need.

The top-level group knows each command by name, module and help key; the module (and the libraries
behind it: openpyxl, python-docx, pypdfium2, matplotlib…) is imported only when that command runs
or its own help is shown. The command list in ``accredit --help`` is built from the help keys alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import get_close_matches
from gettext import gettext as _
from importlib import import_module
from typing import Any, ClassVar

import typer
from typer.core import TyperGroup
from typer.main import get_command_from_info, get_group_from_info
from typer.models import CommandInfo, TyperInfo

from accredit.cli.streams import resume_collector
from accredit.i18n import t

try:  # typer ≥ 0.20 vendors click
    from typer._click import exceptions as click_errors
    from typer._click.utils import make_default_short_help
except ImportError:  # pragma: no cover - older typer on top of click
    from click import exceptions as click_errors  # type: ignore[no-redef]
    from click.utils import make_default_short_help  # type: ignore[no-redef]


@dataclass(frozen=True)
class LazyCommand:
    """A command of the top-level group: its name, ``module:attribute`` (a Typer app or a function), help key."""

    name: str
    target: str
    help_key: str

    def load(self) -> Any:
        """Import the module and return the attribute."""
        module, attr = self.target.split(":")
        return getattr(import_module(module), attr)


class LazyGroup(TyperGroup):
    """A Typer group whose subcommands are :class:`LazyCommand` entries (see :func:`lazy_group`)."""

    lazy: ClassVar[tuple[LazyCommand, ...]] = ()

    def _entry(self, name: str) -> LazyCommand | None:
        return next((c for c in self.lazy if c.name == name), None)

    def list_commands(self, ctx: Any) -> list[str]:
        """Every command, in the declared order."""
        names = [c.name for c in self.lazy]
        return names + [n for n in super().list_commands(ctx) if n not in names]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The click command, importing its module the first time."""
        entry = self._entry(cmd_name)
        if entry is not None and cmd_name not in self.commands:
            self.commands[cmd_name] = self._build(entry)
        resume_collector()  # the command's modules are loaded (a console-script run paused the collector)
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """As click resolves it; a mistyped name gets 'did you mean' among every command, loaded or not."""
        try:
            return self._click_resolve_command(ctx, args)
        except click_errors.UsageError as e:
            matches = get_close_matches(args[0], self.list_commands(ctx)) if args and self.suggest_commands else []
            if matches:
                e.message = f"{e.message.rstrip('.')}. Did you mean {', '.join(repr(m) for m in matches)}?"
            raise

    def _build(self, entry: LazyCommand) -> Any:
        obj = entry.load()
        if isinstance(obj, typer.Typer):
            return get_group_from_info(
                TyperInfo(obj, name=entry.name), pretty_exceptions_short=True, suggest_commands=True,
                rich_markup_mode=self.rich_markup_mode,
            )
        info = CommandInfo(name=entry.name, callback=obj, help=t(entry.help_key))
        return get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=self.rich_markup_mode)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The command list, from the help keys (no command module is imported)."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(n) for n in names)
        rows = []
        for name in names:
            entry = self._entry(name)
            if entry is not None and name not in self.commands:
                rows.append((name, make_default_short_help(t(entry.help_key), limit)))
            elif (cmd := self.commands.get(name)) is not None and not cmd.hidden:
                rows.append((name, cmd.get_short_help_str(limit)))
        with formatter.section(_("Commands")):  # click's own heading (and translation hook)
            formatter.write_dl(rows)


def lazy_group(commands: tuple[LazyCommand, ...], base: type[TyperGroup] = TyperGroup) -> type[LazyGroup]:
    """A :class:`LazyGroup` class serving ``commands`` (pass it as ``typer.Typer(cls=...)``), with the
    behaviour of ``base`` too (e.g. the localised root group)."""
    bases = (LazyGroup,) if base is TyperGroup else (base, LazyGroup)  # base first: its _build wraps ours
    return type("AccreditLazyGroup", bases, {"lazy": commands})
