"""``accredit keys``: create and show the school's or the inspector's signing key."""

from __future__ import annotations

import os
import sys
import unicodedata
from pathlib import Path

import typer
from rich.table import Table

from accredit.cli.output import console, print_json, user_errors
from accredit.i18n import t
from accredit.signing.keys import KeyFileError
from accredit.signing.setup import KeyInfo, KeyOwner, init_inspector_key, init_school_key, key_info
from accredit.workspace import Workspace, find_workspace, load_workspace

ENV_SCHOOL = "ACCREDIT_PASSPHRASE"
"""The school key's passphrase for scripts (else ``--passphrase-file``, else a prompt)."""
ENV_INSPECTOR = "ACCREDIT_INSPECTOR_PASSPHRASE"
"""The inspector key's passphrase for scripts."""

app = typer.Typer(help=t("sign.help.keys"), no_args_is_help=True, rich_markup_mode=None)


def _clean(text: str) -> bytes:
    return unicodedata.normalize("NFC", text.strip("\r\n")).encode("utf-8")


def read_passphrase(file: Path | None, env: str, *, confirm: bool = False) -> bytes:
    """The passphrase from ``file`` (its first line), else the ``env`` variable, else a hidden prompt.

    Without a terminal to prompt on, a missing passphrase is a clear error naming both ways.
    """
    if file is not None:
        try:
            lines = file.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyFileError(t("sign.key.passphrase_file", path=str(file), error=str(exc))) from exc
        if not lines or not lines[0]:
            raise KeyFileError(t("sign.key.passphrase_empty", path=str(file)))
        return _clean(lines[0])
    value = os.environ.get(env)
    if value:
        return _clean(value)
    if sys.stdin is None or not sys.stdin.isatty():
        raise KeyFileError(t("sign.key.no_passphrase", env=env))
    typed = typer.prompt(t("sign.cli.passphrase"), hide_input=True, confirmation_prompt=confirm)
    return _clean(typed)


def _workspace(workspace: Path | None) -> Workspace:
    return load_workspace(workspace) if workspace is not None else find_workspace()


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
        if inspector:
            secret = read_passphrase(passphrase_file, ENV_INSPECTOR, confirm=True)
            info = init_inspector_key(secret, name=name, overwrite=force)
        else:
            ws = _workspace(workspace)
            secret = read_passphrase(passphrase_file, ENV_SCHOOL, confirm=True)
            info = init_school_key(ws, secret, overwrite=force)
    if as_json:
        print_json(info)
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
        info = key_info(KeyOwner.INSPECTOR) if inspector else key_info(KeyOwner.SCHOOL, _workspace(workspace))
    if as_json:
        print_json(info)
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

