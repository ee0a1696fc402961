"""Exceptions the library raises for bad input; each message says where and what to do."""

from __future__ import annotations

from typing import Any


class AccreditError(Exception):
    """Base class for errors a user can fix (bad files, unknown ids, wrong versions).

    Pickled as they are (message and attributes), whatever their constructor takes: an error raised in a
    worker process reaches the caller as the same error."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _restored, (type(self), self.args, self.__dict__)


def _restored(cls: type[AccreditError], args: tuple[Any, ...], state: dict[str, Any]) -> AccreditError:
    """An error unpickled: its message and attributes, without calling its constructor again."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class MessageError(AccreditError):
    """An error raised by the core as messages (:class:`accredit.i18n.message.Msg`), rendered by the front end.

    ``render(messages)`` says it in the caller's language; ``str()`` (the CLI's fallback) in the language
    the command line chose.
    """

    def __init__(self, *messages: object) -> None:
        self.messages = list(messages)
        super().__init__(*messages)

    def render(self, messages: object) -> str:
        """The messages, one a line, rendered by ``messages`` (an :class:`accredit.i18n.message.Messages`)."""
        return "\n".join(messages(m) for m in self.messages)  # type: ignore[operator]

    def __str__(self) -> str:
        from accredit.i18n import language
        from accredit.i18n.message import Messages

        return self.render(Messages(language()))


class MessageValueError(ValueError):
    """A value refused by a validator of the core, said as a message (``message``); pydantic shows ``str()``,
    rendered in the command line's language (a front end with its own language renders ``message``)."""

    def __init__(self, message: object) -> None:
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        from accredit.i18n import language
        from accredit.i18n.message import Messages

        return Messages(language())(self.message)  # type: ignore[arg-type]


class CriteriaFileError(AccreditError):
    """A criteria or crosswalk file could not be read or does not match the schema."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}:\n  " + "\n  ".join(problems))


class UnknownFrameworkError(AccreditError, KeyError):
    """No criteria set has the requested id."""

    def __init__(self, framework_id: str) -> None:
        self.framework_id = framework_id
        super().__init__(framework_id)

    def __str__(self) -> str:
        from accredit.i18n import t

        return t("criteria.not_found", id=self.framework_id)
