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


def test_numbers_take_the_decimal_mark_of_the_reader() -> None:
    from decimal import Decimal

    from accredit.i18n.message import number, percent, quantity

    vi, en = Messages("vi"), Messages("en")
    assert (vi(number(Decimal("62.50"))), en(number(Decimal("62.50")))) == ("62,5", "62.5")
    assert (vi(number(Decimal("0.5"), 2)), en(number(100))) == ("0,50", "100")
    assert number(None) == "—" and vi.number(None) == "—"
    assert vi(percent(Decimal("66.67"))) == "66,67%" and en(quantity(Decimal("2000.5"), "HSSV")) == "2000.5 HSSV"
    assert en(quantity(Decimal(80), "%")) == "80%"
    assert number(Decimal("62.5")).model_dump() == {"key": "fmt.number", "params": {"value": "62.5"}}  # language-free


def test_joined_parts_and_literal_text() -> None:
    from accredit.i18n.message import joined, text

    parts = joined([msg("cli.err.language", lang="x", known="vi"), "", None, "tệp.docx"], "; ")
    assert Messages("en")(parts) == Messages("en")("cli.err.language", lang="x", known="vi") + "; tệp.docx"
    assert joined([text("a")]) == text("a") and Messages("vi")(joined([])) == ""
    assert Messages("en")(text("Phòng Đào tạo")) == "Phòng Đào tạo"  # a person's words, never translated
    assert joined(["a", "b"], ", ").params["sep"] == ", "  # separators keep their spaces


def test_a_message_read_back_from_json_is_the_same_message() -> None:
    from decimal import Decimal

    from accredit.i18n.message import Message, joined, number
    from accredit.model.base import Value

    class Holder(Value):
        note: Message

    original = Holder(note=joined([msg("cli.err.language", lang=number(Decimal("1.5")), known=["vi", "en"]), "x"]))
    with_text = original.model_dump_json(context=Messages("en").context)
    assert '"text"' in with_text
    assert Holder.model_validate_json(with_text) == original == Holder.model_validate_json(original.model_dump_json())
    assert Holder(note="as typed").note == Msg(key="fmt.text", params={"text": "as typed"})  # plain text accepted


def test_a_message_made_by_the_helpers_is_the_validated_message() -> None:
    from accredit.i18n.message import joined, number, quantity

    items = [number(1.5), "x", 3]
    made = msg("test.not_in_the_catalogue", year=2026, value=quantity(62.5, "%"), ok=True, none=None,
               parts=joined(items), codes=["1.1", "1.2"])
    validated = Msg.model_validate(json.loads(made.model_dump_json()))
    assert made == validated
    assert made.model_dump_json() == validated.model_dump_json()
    assert made.model_dump() == validated.model_dump()
    assert made.model_fields_set == validated.model_fields_set == {"key", "params"}
    assert repr(made) == repr(validated)
    en = Messages("en").context
    assert made.model_dump_json(context=en) == validated.model_dump_json(context=en)
    items.append("later")  # a list given is copied, as validation copies it
    assert len(made.params["parts"].params["items"]) == 3  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="frozen"):
        made.key = "other"  # type: ignore[misc]


def test_a_parameter_of_another_type_is_still_validated() -> None:
    from decimal import Decimal
    from enum import StrEnum

    class Kind(StrEnum):
        MET = "met"

    converted = msg("scoring.reason.met", status=Kind.MET)  # type: ignore[arg-type]
    assert type(converted.params["status"]) is str and converted.params["status"] == "met"
    with pytest.raises(ValueError):
        msg("scoring.reason.met", value=Decimal("1.5"))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        msg("scoring.reason.met", values=[1.5])  # type: ignore[list-item]


def test_leaving_fields_out_of_a_message_works_as_for_any_model() -> None:
    bare = Msg(key="scoring.reason.met")
    key_only = {"key": "scoring.reason.met"}
    assert bare.model_dump(exclude_defaults=True) == bare.model_dump(exclude_unset=True) == key_only
    assert bare.model_dump(include={"key"}) == bare.model_dump(exclude={"params"}) == key_only
    assert msg("scoring.reason.met", n=None).model_dump(exclude_none=True) == {"key": "scoring.reason.met",
                                                                             "params": {"n": None}}


def test_text_or_message_field_reads_text_as_text_and_an_object_as_a_message() -> None:
    from pydantic import ValidationError

    from accredit.indicators.data import Cell

    assert Cell.model_validate_json('{"value": 1, "source": "  \'Số liệu\'!F5 "}').source == "'Số liệu'!F5"
    m = msg("scoring.ind.source.cohorts", sheet="Khóa", year=2026, count=2)
    rendered = json.loads(m.model_dump_json(context=Messages("vi").context))  # a dumped message with its text
    assert Cell.model_validate_json(json.dumps({"value": 1, "source": rendered})).source == m
    assert Cell(value=1, source=m).source is m
    for bad in (5, None, {"key": "a", "bogus": 1}):
        with pytest.raises(ValidationError) as info:
            Cell.model_validate_json(json.dumps({"value": 1, "source": bad}))
        kinds = [e["type"] for e in info.value.errors()]  # both readings are reported, as for any union
        assert kinds[0] == "string_type" and kinds[1] in ("model_type", "extra_forbidden"), kinds
