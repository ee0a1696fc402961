"""Messages as data: the core says *what* (a catalogue key and its parameters), the edge says it in a language.

The core (scoring, roadmap, document building) never reads a language. It returns :class:`Msg` values;
a front end renders them with the :class:`Messages` of the person it answers::

    msgs = Messages("en")
    msgs(card.blockers[0].message)             # -> 'Criterion 2 scored 4/10 …'
    card.model_dump_json(context=msgs.context)  # each Msg also carries its rendered "text"

Serialised without that context a message is ``{"key": …, "params": {…}}`` only, so a result's JSON is the
same in every language apart from the rendered ``text`` fields. A message read back from JSON (with or
without its ``text``) is the same message.

Parameters are plain values (``str``, ``int``, ``bool``; ``None`` shows as '—'), lists (shown joined by
', ') or other messages (rendered in the same language). What depends on the language beyond the
catalogue's templates is said with the built-in messages below, built by the helpers of this module:

* :func:`number` — ``fmt.number``: a number kept as its exact decimal text (``"62.5"``), shown with
  the language's decimal mark (``62,5`` in Vietnamese);
* :func:`percent` / :func:`quantity` — a number with ``%`` or with its unit;
* :func:`joined` — ``fmt.join``: parts (messages or text) joined by a separator, e.g. a reason made of
  several reasons (``"; "``), empty parts left out;
* :func:`text` — ``fmt.text``: text that is the same in every language (a file name, a person's words).

In models, a field that always holds a message is typed :data:`Message` (a plain string given there
becomes :func:`text`); a field holding either a person's words or a suggestion of the tool is typed
:data:`TextOrMsg`. At the edge, ``messages(m)`` renders a message, ``messages.param(x)`` anything a
field may hold (text as it is, a message rendered), ``messages.all(xs)`` a list of them, and
``messages.number(d)`` a number. The core raises errors as messages too
(:class:`accredit.errors.MessageError`: ``exc.render(messages)``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, TypeAlias

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

from accredit.model.base import Value

LANGUAGES = ("vi", "en")

Param: TypeAlias = "str | int | bool | Msg | list[str | int | Msg] | None"
"""What a message parameter may be: plain values, or other messages (rendered in the same language)."""

CONTEXT_KEY = "messages"
NUMBER = "fmt.number"
JOIN = "fmt.join"
TEXT = "fmt.text"
PERCENT = "fmt.percent"
QUANTITY = "fmt.quantity"
NONE = "—"


class Msg(Value):
    """A message as data: the catalogue ``key`` (stable, e.g. 'scoring.reason.met') and its ``params``."""

    model_config = ConfigDict(str_strip_whitespace=False)  # a separator '; ' or a prefix 'file: ' keeps its spaces

    key: str
    params: dict[str, Param] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _drop_text(cls, data: Any) -> Any:
        """A message dumped with its rendered text reads back as the same message (the text is derived)."""
        if isinstance(data, dict) and "text" in data:
            return {k: v for k, v in data.items() if k != "text"}
        return data

    @model_serializer(mode="wrap")
    def _with_text(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> dict[str, Any]:
        """``key`` and ``params`` (nested messages serialised in turn), and the rendered ``text`` with a context.

        Built here rather than by pydantic's handler unless fields are to be left out (``include``,
        ``exclude``, ``exclude_unset``, ``exclude_defaults``): a scorecard holds hundreds of messages, and a
        round trip through the handler for each made serialising one several times slower."""
        if info.include is None and info.exclude is None and not info.exclude_unset and not info.exclude_defaults:
            data: dict[str, Any] = {"key": self.key, "params": self.params}
        else:
            data = handler(self)
        messages = info.context.get(CONTEXT_KEY) if isinstance(info.context, dict) else None
        if isinstance(messages, Messages):
            data["text"] = messages.render(self)
        return data

    @property
    def empty(self) -> bool:
        """True for a message that renders as nothing (an empty join or empty text)."""
        if self.key == JOIN:
            items = self.params.get("items")
            return not items or all(_blank(i) for i in items) if isinstance(items, list) else True
        return self.key == TEXT and not self.params.get("text")


def _blank(item: object) -> bool:
    return item is None or item == "" or (isinstance(item, Msg) and item.empty)


_EXACT = frozenset({str, int, bool, type(None), Msg})
"""Parameter types that validation keeps as they are (a subclass, e.g. a StrEnum, is converted, so it is validated)."""
_ITEMS = frozenset({str, int, Msg})
_MSG_FIELDS = frozenset({"key", "params"})
_set = object.__setattr__


def _made(key: str, params: dict[str, Any]) -> Msg:
    """``Msg(key=key, params=params)``, built without running validation when it would change nothing.

    The core makes hundreds of messages per scorecard, and validating each (the parameters' union
    type, nested messages seen again) was a third of the scoring time. When the key is a ``str`` and
    every parameter is already of a type validation keeps as it is (``str``, ``int``, ``bool``, None,
    a message, a list of ``str``/``int``/messages, copied as validation copies it), the message is
    set up as ``model_construct`` does; anything else goes through validation, which may refuse it.
    """
    if type(key) is not str:
        return Msg(key=key, params=params)
    kept: dict[str, Any] = {}
    for name, value in params.items():
        kind = type(value)
        if kind is list:
            if not all(type(item) in _ITEMS for item in value):
                return Msg(key=key, params=params)
            value = list(value)
        elif kind not in _EXACT:
            return Msg(key=key, params=params)
        kept[name] = value
    made = Msg.__new__(Msg)
    _set(made, "__dict__", {"key": key, "params": kept})
    _set(made, "__pydantic_fields_set__", set(_MSG_FIELDS))
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    return made


def msg(key: str, /, **params: Param) -> Msg:
    """A :class:`Msg` for ``key`` with ``params`` (shorthand for the core)."""
    return _made(key, params)


def text(value: str) -> Msg:
    """Text that reads the same in every language (a path, a code, a person's own words) as a message."""
    return _made(TEXT, {"text": value})


def number(value: Decimal | int | float | None, places: int | None = None) -> Msg | str:
    """A number for a message, shown with the reader's decimal mark; '—' for None.

    With ``places`` the number keeps exactly that many decimals; without, trailing zeros are dropped.
    """
    if value is None:
        return NONE
    d = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places)) if places > 0 else d.quantize(Decimal(1))
        shown = format(d, "f")
    else:
        if d == d.to_integral_value():
            d = d.quantize(Decimal(1))
        shown = format(d.normalize(), "f")
    return _made(NUMBER, {"value": shown})


def percent(value: Decimal | int | float | None, places: int | None = None) -> Msg:
    """A percentage (the number is already ×100): '62,5%'."""
    return _made(PERCENT, {"value": number(value, places)})


def quantity(value: Decimal | int | float | None, unit: str, places: int | None = None) -> Msg | str:
    """A number with its unit: '62,5%' or '2000 HSSV quy đổi' (the unit after a space unless it is '%')."""
    shown = number(value, places)
    if not unit:
        return shown
    if unit == "%":
        return _made(PERCENT, {"value": shown})
    return _made(QUANTITY, {"value": shown, "unit": unit})


def joined(parts: Iterable[Msg | str | None], sep: str = "; ") -> Msg:
    """The ``parts`` joined by ``sep`` in the reader's language (empty parts left out; one part: that part)."""
    items: list[str | int | Msg] = [p for p in parts if p is not None and not _blank(p)]
    if len(items) == 1:
        return items[0] if isinstance(items[0], Msg) else text(str(items[0]))
    return _made(JOIN, {"items": items, "sep": sep})


def _as_message(value: Any) -> Any:
    return text(value) if isinstance(value, str) else value


TextOrMsg: TypeAlias = Annotated[str | Msg, Field(union_mode="left_to_right")]
"""A field holding either a person's own words (a string, e.g. an owner typed in the workbook) or a message.

Validated as a string first, else as a message: the same values and the same errors as pydantic's smart union,
but a string (the usual case, e.g. every data cell's 'Sheet'!F5) is not also tried as a message, whose
validator drops a rendered ``text`` in Python."""

Message = Annotated[Msg, BeforeValidator(_as_message)]
"""A model field holding a message; a plain string given there is text the same in every language (``fmt.text``)."""


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

    def __call__(self, key_or_msg: str | Msg | None, /, **params: Param) -> str:
        """The text of a :class:`Msg`, or of a catalogue key with ``params`` (None: '')."""
        if key_or_msg is None:
            return ""
        if isinstance(key_or_msg, Msg):
            return self.render(key_or_msg)
        return self.render(Msg(key=key_or_msg, params=params))

    def all(self, messages: Iterable[Msg | str]) -> list[str]:
        """Each message rendered (text kept as it is)."""
        return [m if isinstance(m, str) else self.render(m) for m in messages]

    def number(self, value: Decimal | int | float | None, places: int | None = None) -> str:
        """A number as this language writes it: '62,5' in Vietnamese, '62.5' in English; '—' for None."""
        return self.param(number(value, places))

    def render(self, message: Msg) -> str:
        """The text of ``message`` in this language (nested messages rendered too; an unknown key gives the key)."""
        p = message.params
        if message.key == NUMBER:
            shown = str(p.get("value", ""))
            return shown.replace(".", ",") if self.lang == "vi" else shown
        if message.key == JOIN:
            items = p.get("items") or []
            parts = [self.param(i) for i in (items if isinstance(items, list) else [items])]
            return str(p.get("sep", "; ")).join(s for s in parts if s)
        if message.key == TEXT:
            return str(p.get("text") or "")
        from accredit.i18n.catalogue import MESSAGES

        entry = MESSAGES.get(message.key)
        if entry is None:
            return message.key
        template = entry.get(self.lang) or entry["vi"]
        if not p:
            return template
        return template.format(**{k: self.param(v) for k, v in p.items()})

    def param(self, value: Param | Decimal | float) -> str:
        """One parameter as text in this language (a message rendered, a list joined by ', ', None as '—')."""
        if isinstance(value, Msg):
            return self.render(value)
        if isinstance(value, list):
            return ", ".join(self.param(v) for v in value)
        if value is None:
            return NONE
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, Decimal | float):
            return self.number(value)
        return str(value)


Msg.model_rebuild()
