"""``accredit --help`` through the console script: the first rendering (by typer) kept in the user folder and
printed again, byte for byte, without importing typer; another language, width, program name or an edited
source is another entry; an entry that does not authenticate is never printed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from accredit import entry

ENTRY = ("import json, sys\nfrom accredit.entry import main\n"
         "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\nelse:\n    code = 0\n"
         "print(json.dumps([code, 'typer' in sys.modules]), file=sys.stderr)")
TYPER = "from accredit.cli.app import main; main()"


def run(code: str, home: Path, *args: str, columns: str = "80") -> tuple[str, str]:
    env = {**os.environ, "ACCREDIT_HOME": str(home), "COLUMNS": columns}
    env.pop("ACCREDIT_LANG", None)
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120,
                         check=False)
    return out.stdout, out.stderr


@pytest.mark.parametrize("args", [["--help"], ["--lang", "en", "--help"], ["--lang=en", "--help"]])
def test_the_kept_help_is_typer_s_own_and_is_printed_without_typer(tmp_path: Path, args: list[str]) -> None:
    expected, _ = run(TYPER, tmp_path / "home", *args)
    first, first_err = run(ENTRY, tmp_path / "home", *args)
    second, second_err = run(ENTRY, tmp_path / "home", *args)
    assert first == expected == second
    assert json.loads(first_err.splitlines()[-1]) == [0, True]  # rendered by typer, then kept
    assert json.loads(second_err.splitlines()[-1]) == [0, False]  # printed from the user folder
    assert ("Usage" if "en" in "".join(args) else "Cách dùng") in second


def test_another_language_or_width_is_rendered_for_itself(tmp_path: Path) -> None:
    home = tmp_path / "home"
    run(ENTRY, home, "--help")
    english, err = run(ENTRY, home, "--lang", "en", "--help")
    assert "Usage: " in english and json.loads(err.splitlines()[-1])[1] is True
    wide, err = run(ENTRY, home, "--help", columns="150")
    assert json.loads(err.splitlines()[-1])[1] is True
    assert wide == run(TYPER, home, "--help", columns="150")[0]


def test_other_command_lines_go_to_typer(tmp_path: Path) -> None:
    out, err = run(ENTRY, tmp_path / "home", "--lang", "xx", "--help")  # not a language: not kept
    assert json.loads(err.splitlines()[-1])[1] is True and "Cách dùng" in out  # typer's own answer
    assert not (tmp_path / "home" / "bo-nho-dem" / entry.FOLDER).exists()
    assert entry.help_language(["evidence", "--help"]) is None
    assert entry.help_language(["--help", "--lang", "en"]) is None


def test_a_tampered_entry_is_not_printed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    run(ENTRY, home, "--help")
    (kept,) = (home / "bo-nho-dem" / entry.FOLDER).glob("*.json")
    mac, _, text = kept.read_bytes().partition(b"|")
    kept.write_bytes(mac + b"|" + text.replace(b"accredit", b"evil-cmd"))
    out, err = run(ENTRY, home, "--help")
    assert "evil-cmd" not in out and "accredit" in out
    assert json.loads(err.splitlines()[-1]) == [0, True]


def test_an_edited_source_changes_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "accredit"
    for folder in entry.SOURCES:
        shutil.copytree(entry.PACKAGE / folder, copy / folder, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(entry, "PACKAGE", copy)
    before = entry.help_key("vi")
    assert entry.help_key("vi") == before and entry.help_key("en") != before
    catalogue = copy / "i18n" / "cli.py"
    catalogue.write_text(catalogue.read_text(encoding="utf-8") + "\n# một dòng sửa\n", encoding="utf-8")
    assert entry.help_key("vi") != before
