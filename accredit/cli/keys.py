"""``accredit keys``: create and show the school's or the inspector's signing key."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer
from rich.table import Table

from accredit import service
from accredit.cli.output import console, user_errors
from accredit.cli.result import print_result
from accredit.i18n import t
from accredit.i18n.message import msg
from accredit.signing.keys import KeyFileError
from accredit.signing.setup import KeyInfo

ENV_SCHOOL = "ACCREDIT_PASSPHRASE"
"""The school key's passphrase for scripts (else ``--passphrase-file``, else a prompt)."""
ENV_INSPECTOR = "ACCREDIT_INSPECTOR_PASSPHRASE"
"""The inspector key's passphrase for scripts."""

app = typer.Typer(help=t("sign.help.keys"), no_args_is_help=True, rich_markup_mode=None)


def _clean(text: str) -> bytes:
    return service.passphrase_bytes(text)


def read_passphrase(file: Path | None, env: str, *, confirm: bool = False) -> bytes:
    """The passphrase from ``file`` (its first line), else the ``env`` variable, else a hidden prompt.

    Without a terminal to prompt on, a missing passphrase is a clear error naming both ways.
    """
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyFileError(msg("sign.key.passphrase_file", path=str(file), error=str(exc))) from exc
        if not lines or not lines[0]:
            raise KeyFileError(msg("sign.key.passphrase_empty", path=str(file)))
        return _clean(lines[0])
    value = os.environ.get(env)
    if value:
        return _clean(value)
    if sys.stdin is None or not sys.stdin.isatty():
        raise KeyFileError(msg("sign.key.no_passphrase", env=env))
    typed = typer.prompt(t("sign.cli.passphrase"), hide_input=True, confirmation_prompt=confirm)
    return _clean(typed)


@app.command("init", help=t("sign.help.init"))
def init_cmd(
    inspector: bool = typer.Option(False, "--inspector", help=t("sign.opt.inspector")),
    name: str | None = typer.Option(None, "--name", help=t("sign.opt.name")),
    workspace: Path | None = typer.Option(None, "--workspace", "-w", help=t("review.opt.workspace")),
    passphrase_file: Path | None = typer.Option(None, "--passphrase-file", help=t("sign.opt.passphrase_file")),
    force: bool = typer.Option(False, "--force", help=t("sign.opt.force")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
) -> None:
    """Create a key pair: the school's (in the workspace) or the inspector's (user-level)."""
    with user_errors():
        ws = None if inspector else service.open_workspace(workspace)
        secret = read_passphrase(passphrase_file, ENV_INSPECTOR if inspector else ENV_SCHOOL, confirm=True)
        info = service.create_key(secret, ws=ws, name=name, overwrite=force)
    if as_json:
        print_result(info)
        return
    _print(info)


@app.command("show", help=t("sign.help.show"))
def show_cmd(
    inspector: bool = typer.Option(False, "--inspector", help=t("sign.opt.inspector")),
    workspace: Path | None = typer.Option(None, "--workspace", "-w", help=t("review.opt.workspace")),
    as_json: bool = typer.Option(False, "--json", help=t("app.json")),
) -> None:
    """Show where the key is and its fingerprint."""
    with user_errors():
        info = service.show_key(None if inspector else service.open_workspace(workspace))
    if as_json:
        print_result(info)
        return
    _print(info)


def _print(info: KeyInfo) -> None:
    table = Table(title=t(f"sign.cli.title_{info.owner.value}"), show_header=False)
    table.add_column()
    table.add_column(overflow="fold")
    table.add_row(t("sign.cli.private"), info.private_key)
    table.add_row(t("sign.cli.public"), info.exported or info.public_key)
    if info.school_code:
        table.add_row(t("sign.cover.code"), info.school_code)
    table.add_row(t("sign.cover.fingerprint"), info.fingerprint_text)
    console.print(table)
    console.print(t(f"sign.cli.next_{info.owner.value}", path=info.exported or info.public_key), markup=False,
                  highlight=False)

