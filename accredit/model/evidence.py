"""Evidence links: which file supports which requirement, and how we know.

The evidence register itself (scan results, extracted metadata) is built by
:mod:`accredit.evidence`; scoring only needs the links defined here.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import Field

from accredit.model.base import Value
from accredit.model.framework import Code, FrameworkId


class LinkOrigin(StrEnum):
    """Where a link came from. An explicit code or a manual link always beats a suggestion."""

    CODE = "code"
    MANUAL = "manual"
    SUGGESTED = "suggested"


class EvidenceLink(Value):
    """One evidence file supporting one requirement of one framework."""

    evidence_id: str = Field(description="Content hash of the file ('sha256:…'): stable across renames.")
    path: str = Field(description="Path relative to the workspace's evidence folder, POSIX separators.")
    framework: FrameworkId
    requirement: Code
    origin: LinkOrigin
    score: float | None = Field(default=None, description="Ranking score for suggested links.")
    confirmed: bool = Field(default=True, description="Suggested links count only once confirmed.")
    evidence_code: str | None = Field(default=None, description="Mã minh chứng, e.g. 'H1.01.01.01'.")
    title: str | None = None
    issued: date | None = Field(default=None, description="The document's issue date, when read.")

    @property
    def counts(self) -> bool:
        """Whether the link supports the requirement for scoring (unconfirmed suggestions do not)."""
        return self.origin != LinkOrigin.SUGGESTED or self.confirmed
