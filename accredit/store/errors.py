"""The store's errors: each says what happened and what to do, in the user's language."""

from __future__ import annotations

from accredit.errors import AccreditError
from accredit.i18n.message import Msg, msg
from accredit.store.records import Stamp


class StoreError(AccreditError):
    """The workspace store cannot be used (damaged, locked, read-only, or written by a newer accredit)."""


class StoreLockedError(StoreError):
    """Another program holds the store's write lock longer than the busy timeout."""


class StoreReadOnlyError(StoreError):
    """The store cannot be written here (a read-only folder, a CD, a share without write permission)."""


class StaleWriteError(StoreError):
    """A write was based on an older version than the store holds: refused, nothing changed.

    ``current`` is the newer record (its value, version, who changed it and when); ``what`` names the
    record (a message); ``shown`` is its newer value as text. :attr:`message` is the same as a :class:`Msg`.
    """

    def __init__(self, what: Msg, base_version: int, current: Stamp, shown: str) -> None:
        self.what = what
        self.base_version = base_version
        self.current = current
        self.shown = shown
        super().__init__(what.key)

    @property
    def message(self) -> Msg:
        """The refusal as data (for a front end that renders in its user's language)."""
        when = self.current.updated_at.isoformat(timespec="minutes") if self.current.updated_at else "?"
        return msg(
            "store.stale", what=self.what, who=self.current.updated_by or "?", via=self.current.via or "?",
            when=when, version=self.current.version, base=self.base_version, value=self.shown,
        )

    def __str__(self) -> str:
        from accredit.i18n import language
        from accredit.i18n.message import Messages

        return Messages(language())(self.message)
