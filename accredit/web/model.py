"""The web desk's view of a person (the store's user with the criteria of their working groups) and its errors.

Ratings, narratives, comments and the audit log are the store's records (:mod:`accredit.store.records`).
"""

from __future__ import annotations

from pydantic import Field

from accredit.errors import AccreditError
from accredit.i18n.message import Messages, Msg
from accredit.model.base import Value
from accredit.store.records import NarrativeField
from accredit.store.records import Role as StoreRole

NARRATIVE_FIELDS: tuple[NarrativeField, ...] = ("current_state", "strengths", "weaknesses", "improvement_plan")
"""The four narrative fields of a standard (mô tả hiện trạng, điểm mạnh, tồn tại, kế hoạch cải tiến)."""


Role = StoreRole
"""What a person may do on the desk (the store's roles): admin — the QA lead: users, roles, every criterion;
member — a council member: edits the criteria assigned to them, reads the rest; viewer — school leaders:
read everything; inspector — the Sở: reviews packages only."""


class User(Value):
    """A person who signs in (or the one person at a local desk): the store's user, the criteria of the working
    groups they are in, and the language of their session."""

    name: str = Field(min_length=1, max_length=64)
    role: Role
    lang: str = "vi"
    display: str | None = None
    criteria: list[str] = Field(
        default_factory=list, description="Criteria assigned to a member, as '<framework id>#<criterion code>'."
    )
    password_hash: str | None = Field(default=None, repr=False)
    version: int = Field(default=0, description="The store record's version (0: not in the store).")


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


class Preparing(DeskError):
    """A page asked while the desk still reads the workspace (the first minutes after ``accredit serve`` on a
    large evidence folder): the page says so and opens itself when it is ready, instead of waiting."""

    status = 200
