"""A crosswalk relates requirement codes of two versions of one object's criteria."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from accredit.model.base import Value
from accredit.model.framework import Code, FrameworkId


class CrosswalkEntry(Value):
    """Codes in the old version that correspond to codes in the new one."""

    old: list[Code] = Field(min_length=1)
    new: list[Code] = Field(min_length=1)
    relation: Literal["equivalent", "split", "merged", "related"] = "related"
    note: str | None = None


class Crosswalk(Value):
    """Mapping ``old`` → ``new`` framework, entry by entry; unmapped codes count as removed/added."""

    schema_version: Literal[1] = 1
    old: FrameworkId
    new: FrameworkId
    basis: str = Field(description="What the mapping rests on (reference note, wording comparison).")
    text_status: Literal["official", "unverified"] = "unverified"
    entries: list[CrosswalkEntry] = Field(default_factory=list)

    def new_codes_for(self, old_code: str) -> list[str]:
        """The new codes an old code maps to (empty when unmapped)."""
        return [c for e in self.entries if old_code in e.old for c in e.new]
