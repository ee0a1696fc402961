"""The console script: ``accredit --help`` from the user folder's copy of its last rendering, else the typer app.

Importing typer is most of ``accredit --help`` once the commands are loaded lazily. The root help is
the same text as long as what it is made of is the same, so its rendering (by typer, the first time)
is kept in the user folder (``<user folder>/bo-nho-dem/tro-giup``), keyed by the SHA-256 of every
source it is made of (the command-line shell and the message catalogue, ``accredit/cli/*.py`` and
``accredit/i18n/*.py``, and typer's version), the language, the terminal width and the program's
name; each entry is authenticated with the HMAC of the user folder's caches. Any other command line,
and a miss, go to :func:`accredit.cli.app.main` (a miss keeps what it printed).
"""

from __future__ import annotations

import gc
import hashlib
import shutil
import sys
from collections.abc import Sequence
from contextlib import redirect_stdout
from importlib.util import find_spec
from io import StringIO
from pathlib import Path

from accredit.cli.streams import pause_collector, robust_streams
from accredit.openpyxl_numbers import install as openpyxl_without_numpy

FORMAT = "1"
FOLDER = "tro-giup"
PACKAGE = Path(__file__).resolve().parent
SOURCES = ("cli", "i18n")
"""accredit's folders whose modules make the root help (the commands' list and their texts, the formatter)."""


def help_language(args: Sequence[str]) -> str | None:
    """The language of a request for the root help alone (``--help``, ``--lang xx --help``), else None."""
    from accredit.i18n import LANGUAGES, language

    items = list(args)
    if items == ["--help"]:
        return language()
    if len(items) == 3 and items[0] == "--lang" and items[2] == "--help" and items[1] in LANGUAGES:
        return items[1]
    if len(items) == 2 and items[1] == "--help" and items[0].startswith("--lang="):
        lang = items[0].split("=", 1)[1]
        return lang if lang in LANGUAGES else None
    return None


def help_key(lang: str) -> str:
    """The cache key of the root help in ``lang`` at this terminal's width, under this program name (click
    names the program after ``sys.argv[0]`` or the ``-m`` module), with the sources it is made of."""
    main_spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    program = f"{Path(sys.argv[0]).name if sys.argv else ''}|{getattr(main_spec, 'name', '')}"
    digest = hashlib.sha256(f"{FORMAT}|{lang}|{shutil.get_terminal_size().columns}|{program}".encode())
    for folder in SOURCES:
        for path in sorted((PACKAGE / folder).glob("*.py")):
            digest.update(f"|{folder}/{path.name}|".encode())
            digest.update(path.read_bytes())
    spec = find_spec("typer")
    if spec is not None and spec.origin:
        digest.update(b"|typer|" + Path(spec.origin).read_bytes())  # its __version__
    return digest.hexdigest()


def _folder() -> Path:
    from accredit.user_folder import CACHE_DIR, user_dir

    return user_dir() / CACHE_DIR / FOLDER


def main() -> None:
    """Console-script entry point."""
    pause_collector()  # resumed once the command is loaded (accredit.cli.streams)
    robust_streams()
    openpyxl_without_numpy()  # when the command opens a workbook (a third of openpyxl's cost)
    lang = help_language(sys.argv[1:])
    if lang is None:
        _run()
        return
    from accredit.user_folder import read_entry, write_entry

    try:
        key = help_key(lang)
    except OSError:  # a source that cannot be read: no cache
        _run()
        return
    kept = read_entry(_folder(), key)
    if kept is not None:
        sys.stdout.write(kept.decode("utf-8"))
        sys.stdout.flush()
        return
    shown = StringIO()
    code: int | str | None = 0
    with redirect_stdout(shown):
        try:
            _run()
        except SystemExit as exit_:
            code = exit_.code
    sys.stdout.write(shown.getvalue())
    sys.stdout.flush()
    if code in (0, None) and shown.getvalue():
        write_entry(_folder(), key, shown.getvalue().encode("utf-8"))
    sys.exit(code)


def _run() -> None:
    from accredit.cli.app import main as typer_main

    try:
        typer_main()
    finally:
        # What the command made ends with the process: frozen, it is not walked by the interpreter's last cyclic
        # collection on the way out (a third of a second after `accredit run`). Every file is closed by then
        # (written atomically, databases in `with` blocks); exit handlers still run.
        gc.freeze()


__all__ = ["help_key", "help_language", "main"]
