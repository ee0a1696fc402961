"""The store's records as frozen values: who acted (:class:`Actor`), each versioned record, the audit log.

Every editable record carries ``version`` (1 for its first write, +1 for each change; 0 means "never
written"), and who last changed it, when and from which front end. A write names the version it was
based on; see :class:`accredit.store.errors.StaleWriteError`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import Field, field_validator

from accredit.model.assessment import Status
from accredit.model.base import Value

Via = Literal["cli", "web", "excel"]
"""The front end a change came from."""

NarrativeField = Literal["current_state", "strengths", "weaknesses", "improvement_plan", "evidence_codes", "note"]
"""The text fields of a requirement's row: the four narrative columns, the cited evidence codes and the note."""

NARRATIVE_FIELDS: tuple[NarrativeField, ...] = (
    "current_state", "strengths", "weaknesses", "improvement_plan", "evidence_codes", "note",
)


class Role(StrEnum):
    """What a user may do (enforced by the front ends; the store only keeps it)."""

    ADMIN = "admin"
    MEMBER = "member"
    VIEWER = "viewer"
    INSPECTOR = "inspector"


class Decision(StrEnum):
    """A person's decision about one file for one requirement."""

    LINK = "link"
    UNLINK = "unlink"
    CONFIRM = "confirm"
    REJECT = "reject"


class Actor(Value):
    """Who makes a change, from which front end, and when (the caller's clock: the store never reads one)."""

    username: str = Field(min_length=1)
    via: Via
    at: datetime

    @field_validator("at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        """A naive time would mean different instants on different machines."""
        if value.tzinfo is None:
            raise ValueError("the time must carry its time zone")
        return value


class Stamp(Value):
    """A record's version and its last change."""

    version: int = Field(ge=0)
    updated_by: str | None = None
    updated_at: datetime | None = None
    via: Via | None = None


class RatingRecord(Stamp):
    """A status of one requirement in one assessment (``year``): overall (``period`` None) or of one window year."""

    framework: str
    year: int
    requirement: str
    period: int | None = Field(default=None, description="A year of the evidence window; None: the overall status.")
    status: Status | None = None


class NarrativeRecord(Stamp):
    """One text field of a requirement in one assessment (``field``: see :data:`NARRATIVE_FIELDS`)."""

    framework: str
    year: int
    requirement: str
    field: NarrativeField
    text: str | None = None


class DataRecord(Stamp):
    """One institutional data value of a framework.

    ``sheet`` is the data workbook's sheet; ``item`` is '' on the sheets with a row per input, else the
    programme / group / course key, with ``seq`` numbering rows repeating the same key and year;
    ``field`` is the input name, or '' for a table row itself (``value`` then holds its name).
    ``value`` is the number as exact text (Decimal), None when cleared.
    """

    framework: str
    sheet: str
    item: str = ""
    seq: int = 1
    year: int
    field: str
    value: str | None = None
    source: str | None = Field(default=None, description="Where it was read ('Sheet'!F5) or who typed it.")
    position: int = 0


class LinkDecisionRecord(Stamp):
    """A person's link decision about one file (by content hash) for one requirement."""

    framework: str
    requirement: str
    evidence_id: str
    decision: Decision | None = None
    path: str | None = None
    evidence_code: str | None = None


class UserRecord(Stamp):
    """A person who may use the workspace (the password hash is made and checked by the web app)."""

    username: str
    display_name: str
    role: Role
    password_hash: str | None = Field(
        default=None, exclude=True, repr=False,
        description="Checked by the web app; never serialised (JSON, model_dump) nor shown in a repr.",
    )
    lang: str | None = Field(default=None, description="The language the person reads ('vi', 'en'); None: default.")


class Assignment(Value):
    """A working group (tổ công tác) in charge of one criterion of one framework."""

    group: str
    framework: str
    criterion: str


class Comment(Value):
    """A comment on one standard (requirement) of one assessment."""

    id: int
    framework: str
    year: int
    requirement: str
    author: str
    at: datetime
    via: Via
    text: str


class AuditEntry(Value):
    """One change: who, when, from which front end, what (``entity`` and ``key``), the old and the new value."""

    id: int
    at: datetime
    username: str
    via: Via
    entity: str
    key: dict[str, str | int | None]
    old: str | None = None
    new: str | None = None
    version: int = 0
