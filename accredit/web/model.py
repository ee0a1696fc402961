"""The web desk's own values: people and their roles, the audit log, comments, ratings entered in the browser."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field

from accredit.errors import AccreditError
from accredit.i18n.message import Messages, Msg
from accredit.model.assessment import Narrative, Status
from accredit.model.base import Value

NARRATIVE_FIELDS = ("current_state", "strengths", "weaknesses", "improvement_plan")
"""The four narrative fields of a standard (mô tả hiện trạng, điểm mạnh, tồn tại, kế hoạch cải tiến)."""


class Role(StrEnum):
    """What a person may do on the desk."""

    ADMIN = "admin"  # the QA lead: users, roles, every criterion
    MEMBER = "member"  # a council member: edits the criteria assigned to them, reads the rest
    VIEWER = "viewer"  # school leaders: read everything
    INSPECTOR = "inspector"  # the Sở: reviews packages only


class User(Value):
    """A person who signs in (or the one person at a local desk)."""

    name: str = Field(min_length=1, max_length=64)
    role: Role
    lang: str = "vi"
    display: str | None = None
    criteria: list[str] = Field(
        default_factory=list, description="Criteria assigned to a member, as '<framework id>#<criterion code>'."
    )
    password_hash: str | None = Field(default=None, repr=False)


class AuditEntry(Value):
    """One change: who, when, what, the value before and after (as text)."""

    id: int
    at: datetime
    user: str
    action: str
    target: str
    old: str | None = None
    new: str | None = None


class Comment(Value):
    """A comment to colleagues on a standard."""

    id: int
    at: datetime
    user: str
    target: str
    text: str


class StoredRating(Value):
    """A rating entered in the browser: it replaces the workbook's rating of that requirement when scoring."""

    framework: str
    code: str
    status: Status | None = None
    years: dict[int, Status] = Field(default_factory=dict)
    narrative: Narrative = Field(default_factory=Narrative)
    version: int = 0
    updated_at: datetime | None = None
    updated_by: str | None = None


class DeskError(AccreditError):
    """A request the desk refuses, with its message as data (rendered in the person's language) and HTTP status."""

    status = 400

    def __init__(self, message: Msg) -> None:
        self.message = message
        super().__init__(Messages("vi")(message))


class StaleWriteError(DeskError):
    """Someone else saved the same record since this person loaded it: their edit is not overwritten."""

    status = 409


class Forbidden(DeskError):
    """The person's role does not allow this."""

    status = 403


class NotFound(DeskError):
    """No such page, file or standard."""

    status = 404
