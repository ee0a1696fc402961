"""The help and the framework's own messages in Vietnamese by default, in English with --lang en / ACCREDIT_LANG."""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator

import pytest
import typer.main
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.cli.localise import language_from_args, localise_message, localise_tree
from accredit.i18n import set_language
from accredit.i18n.catalogue import MESSAGES

runner = CliRunner()
ENGLISH_FRAMEWORK_WORDS = ("Usage:", "Options:", "Arguments:", "Commands:", "Show this message and exit", "[required]",
                           "Try '", "Error:", "No such command", "Missing argument")


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("ACCREDIT_LANG", raising=False)
    yield
    set_language(None)


def commands(cmd: object, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], object]]:
    yield path, cmd
    for name, sub in getattr(cmd, "commands", {}).items():
        yield from commands(sub, (*path, name))


def every_help_text(lang: str) -> list[tuple[str, str]]:
    """(where, text) of every description and option help, as a run in ``lang`` shows them."""
    set_language(lang)
    root = typer.main.get_command(app)
    localise_tree(root)
    out = []
    for path, cmd in commands(root):
        where = " ".join(("accredit", *path))
        out.append((where, inspect.cleandoc(cmd.help or "")))  # type: ignore[attr-defined]
        out += [(f"{where} {p.name}", p.help) for p in cmd.params if getattr(p, "help", None)]  # type: ignore[attr-defined]
    return out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_help_text_is_a_catalogue_message_in_the_chosen_language(lang: str) -> None:
    known = {inspect.cleandoc(entry[lang]) for entry in MESSAGES.values() if lang in entry}
    stray = [(where, text) for where, text in every_help_text(lang) if text not in known]
    assert stray == []  # a command or option whose help is not in accredit/i18n (or only in another language)


def test_help_is_vietnamese_by_default() -> None:
    for args in (["--help"], ["evidence", "--help"], ["evidence", "scan", "--help"], ["criteria", "show", "--help"],
                 ["ratings", "--help"], ["data", "template", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert result.output.startswith("Cách dùng: accredit"), args
        assert "Hiện hướng dẫn này rồi thoát." in result.output
        assert not [w for w in ENGLISH_FRAMEWORK_WORDS if w in result.output], (args, result.output)
    scan = runner.invoke(app, ["evidence", "--help"]).output
    assert "Quét thư mục minh chứng" in scan and "Scan the evidence folder" not in scan
    shown = runner.invoke(app, ["criteria", "show", "--help"]).output
    assert "Tham số:" in shown and "[bắt buộc]" in shown and "<chữ>" in shown


def test_lang_en_switches_the_help() -> None:
    result = runner.invoke(app, ["--lang", "en", "evidence", "--help"])
    assert result.exit_code == 0
    assert result.output.startswith("Usage: accredit evidence [OPTIONS] COMMAND [ARGS]...")
    assert "Scan the evidence folder" in result.output and "Show this message and exit." in result.output
    assert "Quét" not in result.output and "Cách dùng" not in result.output
    top = runner.invoke(app, ["--lang=en", "--help"]).output
    assert "Options:" in top and "Display language: vi or en." in top
    again = runner.invoke(app, ["evidence", "--help"]).output  # the next run is Vietnamese again
    assert again.startswith("Cách dùng:") and "Quét thư mục minh chứng" in again


def test_accredit_lang_switches_the_help(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCREDIT_LANG", "en")
    result = runner.invoke(app, ["score", "--help"])
    assert result.output.startswith("Usage: accredit score") and "Options:" in result.output
    assert not re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", result.output)


def test_usage_errors_are_vietnamese() -> None:
    unknown = runner.invoke(app, ["evidenc"])
    assert unknown.exit_code == 2
    assert "Lỗi: Không có lệnh 'evidenc'. Có phải ý bạn là 'evidence'" in unknown.output
    assert "Xem hướng dẫn: 'accredit --help'." in unknown.output and "Cách dùng: accredit" in unknown.output
    missing = runner.invoke(app, ["evidence", "link"])
    assert missing.exit_code == 2 and "Lỗi: Thiếu tham số 'FILE'." in missing.output
    bad = runner.invoke(app, ["evidence", "scan", "--workers", "0"])
    assert bad.exit_code == 2 and "Giá trị không hợp lệ cho '--workers': phải lớn hơn hoặc bằng 1" in bad.output
    option = runner.invoke(app, ["score", "--bogus"])
    assert option.exit_code == 2 and "Không có tùy chọn --bogus." in option.output
    for result in (unknown, missing, bad, option):
        assert not [w for w in ENGLISH_FRAMEWORK_WORDS if w in result.output], result.output
    lang = runner.invoke(app, ["--lang", "fr", "score"])
    assert lang.exit_code == 2 and "không có ngôn ngữ 'fr'" in lang.output


def test_usage_errors_in_english_with_lang_en() -> None:
    result = runner.invoke(app, ["--lang", "en", "criteria", "show"])
    assert result.exit_code == 2
    assert "Error: Missing argument 'ID'." in result.output
    assert "Try 'accredit criteria show --help' for help." in result.output


def test_language_is_read_from_the_global_options_only() -> None:
    assert language_from_args(["--lang", "en", "score"]) == "en"
    assert language_from_args(["--lang=en"]) == "en"
    assert language_from_args(["score", "--lang", "en"]) is None  # an option of 'score', refused there
    assert language_from_args([]) is None


def test_unknown_messages_are_kept() -> None:
    set_language("vi")
    assert localise_message("Something the tool does not know.") == "Something the tool does not know."
    assert localise_message("Invalid value for '--x': Input should be a valid integer") == (
        "Giá trị không hợp lệ cho '--x': phải là một số nguyên"
    )


def test_vietnamese_messages_use_one_word_for_the_workspace() -> None:
    wrong = {k: e["vi"] for k, e in MESSAGES.items()
             if re.search(r"\bworkspace\b|không gian làm việc", e["vi"].replace("--workspace", ""), re.IGNORECASE)}
    assert wrong == {}  # 'thư mục làm việc' everywhere


@pytest.mark.parametrize("command", ["score", "roadmap", "report", "run", "indicators"])
def test_lang_en_before_a_command_gives_its_help_in_english(command: str) -> None:
    result = runner.invoke(app, ["--lang", "en", command, "--help"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Usage: accredit {command} [OPTIONS]")
    assert "Options:" in result.output and "Show this message and exit." in result.output
    assert not re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", result.output), result.output
    vi = runner.invoke(app, [command, "--help"]).output  # and Vietnamese again without it
    assert vi.startswith(f"Cách dùng: accredit {command}") and "Tùy chọn:" in vi
