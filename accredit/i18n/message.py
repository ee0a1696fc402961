"""Messages as data: the core says *what* (a catalogue key and its parameters), the edge says it in a language.

The core (scoring, roadmap, document building) never reads a language. It returns :class:`Msg` values;
a front end renders them with the :class:`Messages` of the person it answers::

    msgs = Messages("en")
    msgs(card.blockers[0].message)             # -> 'Criterion 2 scored 4/10 …'
    card.model_dump_json(context=msgs.context)  # each Msg also carries its rendered "text"

Serialised without that context a message is ``{"key": …, "params": {…}}`` only, so a result's JSON is the
same in every language apart from the rendered ``text`` fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeAlias

from pydantic import Field, SerializationInfo, SerializerFunctionWrapHandler, model_serializer

from accredit.model.base import Value

LANGUAGES = ("vi", "en")

Param: TypeAlias = "str | int | float | Decimal | bool | Msg | list[str | int | float | Msg] | None"
"""What a message parameter may be: plain values, or other messages (rendered in the same language)."""

CONTEXT_KEY = "messages"


class Msg(Value):
    """A message as data: the catalogue ``key`` (stable, e.g. 'scoring.reason.met') and its ``params``."""

    key: str
    params: dict[str, Param] = Field(default_factory=dict)

    @model_serializer(mode="wrap")
    def _with_text(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        messages = info.context.get(CONTEXT_KEY) if isinstance(info.context, dict) else None
        if isinstance(messages, Messages):
            data["text"] = messages.render(self)
        return data


def msg(key: str, /, **params: Param) -> Msg:
    """A :class:`Msg` for ``key`` with ``params`` (shorthand for the core)."""
    return Msg(key=key, params=params)


@dataclass(frozen=True)
class Messages:
    """Renders messages in one language: the object a front end passes to the edge, never a global."""

    lang: str = "vi"

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown language {self.lang!r}; use one of {', '.join(LANGUAGES)}")

    @property
    def context(self) -> dict[str, Messages]:
        """The pydantic serialisation context that adds each message's rendered ``text``."""
        return {CONTEXT_KEY: self}

    def __call__(self, key_or_msg: str | Msg, /, **params: Param) -> str:
        """The text of a :class:`Msg`, or of a catalogue key with ``params``."""
        if isinstance(key_or_msg, Msg):
            return self.render(key_or_msg)
        return self.render(Msg(key=key_or_msg, params=params))

    def render(self, message: Msg) -> str:
        """The text of ``message`` in this language (nested messages rendered too; an unknown key gives the key)."""
        from accredit.i18n.catalogue import MESSAGES

        entry = MESSAGES.get(message.key)
        if entry is None:
            return message.key
        template = entry.get(self.lang) or entry["vi"]
        if not message.params:
            return template
        return template.format(**{k: self._param(v) for k, v in message.params.items()})

    def _param(self, value: Param) -> object:
        if isinstance(value, Msg):
            return self.render(value)
        if isinstance(value, list):
            return ", ".join(str(self._param(v)) for v in value)
        return value


Msg.model_rebuild()
