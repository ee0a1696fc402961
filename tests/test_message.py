"""Messages as data: rendered in the language the edge asks for, never from a global."""

from __future__ import annotations

import json

import pytest

from accredit.i18n.message import Messages, Msg, msg


def test_renders_in_the_language_asked() -> None:
    m = msg("cli.err.language", lang="xx", known="vi, en")
    assert Messages("vi")(m) != Messages("en")(m)
    assert "xx" in Messages("en")(m)


def test_json_differs_only_in_rendered_text() -> None:
    outer = msg("cli.err.language", lang=msg("cli.err.language", lang="y", known="vi"), known=["vi", "en"])
    vi = json.loads(outer.model_dump_json(context=Messages("vi").context))
    en = json.loads(outer.model_dump_json(context=Messages("en").context))
    assert vi["text"] != en["text"]
    assert vi["params"]["lang"]["text"] != en["params"]["lang"]["text"]  # nested messages rendered too
    assert _without_text(vi) == _without_text(en) == json.loads(outer.model_dump_json())
    assert "text" not in json.loads(outer.model_dump_json())


def _without_text(data: object) -> object:
    if isinstance(data, dict):
        return {k: _without_text(v) for k, v in data.items() if k != "text"}
    return [_without_text(v) for v in data] if isinstance(data, list) else data


def test_value_is_frozen_and_unknown_key_is_shown_as_is() -> None:
    m = Msg(key="no.such.key")
    assert Messages("en")(m) == "no.such.key"
    with pytest.raises(ValueError):
        Messages("fr")
