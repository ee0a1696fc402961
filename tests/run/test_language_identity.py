"""Issue #12's 'Done when': the same inputs give byte-identical JSON in Vietnamese and English, apart from
the rendered text (every ``"text"`` key); scoring and the roadmap, on the demo workspace, every framework."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.demo import copy_demo
from accredit.i18n import set_language
from accredit.run import run_workspace
from accredit.workspace import load_workspace

runner = CliRunner()


def without_text(data: Any) -> Any:
    """``data`` with every ``text`` key removed, at every level."""
    if isinstance(data, dict):
        return {k: without_text(v) for k, v in data.items() if k != "text"}
    return [without_text(v) for v in data] if isinstance(data, list) else data


def texts(data: Any) -> list[str]:
    """Every rendered ``text`` value of ``data``."""
    if isinstance(data, dict):
        own = [data["text"]] if isinstance(data.get("text"), str) and "key" in data else []
        return own + [t for k, v in data.items() for t in texts(v)]
    return [t for v in data for t in texts(v)] if isinstance(data, list) else []


def canonical(data: Any) -> bytes:
    """The JSON bytes compared: sorted keys, so that only content can differ."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_demo(tmp_path_factory.mktemp("lang") / "school")
    run_workspace(load_workspace(root), datetime(2026, 11, 20, 9, 30, tzinfo=UTC), formats=("json",))  # scan, links
    return root


def cli_json(root: Path, lang: str, *args: str) -> tuple[Any, bytes]:
    """The parsed JSON of ``accredit --lang <lang> <args> --json`` and the raw bytes printed."""
    result = runner.invoke(app, ["--lang", lang, *args, "--workspace", str(root), "--json"])
    set_language(None)
    assert result.exit_code in (0, 1), result.output  # 1: a framework not passed, a target not reached
    return json.loads(result.stdout), result.stdout_bytes


@pytest.mark.parametrize("command", [("score",), ("roadmap",)])
def test_json_is_the_same_in_every_language_apart_from_the_text(demo: Path, command: tuple[str, ...]) -> None:
    vi, vi_bytes = cli_json(demo, "vi", *command)
    en, en_bytes = cli_json(demo, "en", *command)
    assert vi_bytes != en_bytes  # the rendered text is there, in each language
    assert canonical(without_text(vi)) == canonical(without_text(en))
    vi_texts, en_texts = texts(vi), texts(en)
    assert len(vi_texts) == len(en_texts) > 10
    assert sum(a != b for a, b in zip(vi_texts, en_texts, strict=True)) > len(vi_texts) // 3
    if command == ("score",):
        cards, cards_en = vi["scorecards"], en["scorecards"]
        assert [card["framework"] for card in cards] == ["tt38-2026/co-so-gdnn-v3", "tt35-2021/truong-cao-dang-v2"]
        reason = cards[0]["requirements"][0]["reason"]
        assert set(reason) == {"key", "params", "text"} and reason["key"].startswith(("scoring.reason.", "fmt.join"))
        assert cards[0]["decision"]["text"] != cards_en[0]["decision"]["text"]
    else:
        explanation = vi["roadmap"]["explanation"]
        assert explanation and all(set(line) == {"key", "params", "text"} for line in explanation)


def test_numbers_keep_their_decimal_mark_in_the_text_only(demo: Path) -> None:
    vi, _ = cli_json(demo, "vi", "score")
    en, _ = cli_json(demo, "en", "score")
    shares = [(a, b) for a, b in zip(texts(vi), texts(en), strict=True) if "%" in a and "," in a.split("%")[0][-4:]]
    assert shares  # e.g. '66,67%' in Vietnamese …
    assert all("," not in b.split("%")[0][-4:] for _, b in shares)  # … '66.67%' in English
