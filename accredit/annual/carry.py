"""Carry-over as data: last year's ratings and narratives, marked "kế thừa — cần cập nhật" for the new year.

This is the seam between the annual cycle and wherever ratings are kept (the ratings workbooks today, a
store later): :func:`carry_over` turns the previous year's :class:`Assessment` into :class:`CarriedRating`
values. A carried rating is never a rating of the new year: it holds last year's statuses only as
information (``previous_*``), and becomes a rating only when a person confirms it (:func:`confirmed`) or
types their own.

Wiring to the workspace store (branch ``store``: ``Store.set_narrative`` / ``set_rating`` keyed by framework,
year and requirement): for each :class:`CarriedRating`, write each marked narrative part with
``set_narrative(c.framework, c.to_year, c.code, field, text, …)`` where the new year has none, and never call
``set_rating`` — only ``accredit year confirm`` (a person) turns :func:`confirmed` into ``set_rating`` calls.
Programmes share a framework id (two programmes on ``tt14-2024/ctdt-trung-cap-cao-dang``), so the store needs
the programme code in its key — or, as done, each programme workspace its own store
(:func:`accredit.programmes.workspace.programme_workspace` roots it in ``<data>/chuong-trinh/<mã>/``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from accredit.model.assessment import Assessment, Narrative, Rating, Status, is_carried
from accredit.model.base import Value

__all__ = ["MARKER", "CarriedRating", "carry_over", "confirmed", "is_carried", "marker"]

MARKER = "[Kế thừa {year} — cần cập nhật]"
"""The mark put before a carried narrative (Vietnamese: it is written into the school's documents)."""


def marker(year: int) -> str:
    """The mark of a narrative carried from ``year``."""
    return MARKER.format(year=year)


class CarriedRating(Value):
    """One requirement as it stood at the end of ``from_year``, waiting for a person in ``to_year``."""

    framework: str
    code: str
    from_year: int
    to_year: int
    state: Literal["inherited"] = Field(default="inherited", description="kế thừa — cần cập nhật.")
    previous_status: Status | None = None
    previous_years: dict[int, Status] = Field(default_factory=dict)
    narrative: Narrative = Field(default_factory=Narrative, description="Last year's text, each part marked.")
    evidence_codes: list[str] = Field(default_factory=list)


def _mark(text: str | None, year: int) -> str | None:
    if not text or not text.strip():
        return None
    if is_carried(text):
        return text  # carried twice: one mark is enough (the year says where it started)
    return f"{marker(year)} {text.strip()}"


def carry_over(previous: Assessment, to_year: int) -> list[CarriedRating]:
    """Last year's ratings of ``previous`` carried to ``to_year`` (blank ratings are not carried)."""
    out: list[CarriedRating] = []
    for r in previous.ratings:
        n = r.narrative
        narrative = Narrative(current_state=_mark(n.current_state, previous.year),
                              strengths=_mark(n.strengths, previous.year),
                              weaknesses=_mark(n.weaknesses, previous.year),
                              improvement_plan=_mark(n.improvement_plan, previous.year))
        if r.is_blank and narrative == Narrative() and not r.evidence_codes:
            continue
        out.append(CarriedRating(framework=previous.framework, code=r.code, from_year=previous.year, to_year=to_year,
                                 previous_status=r.status, previous_years=dict(r.years), narrative=narrative,
                                 evidence_codes=list(r.evidence_codes)))
    return out


def confirmed(carried: CarriedRating, window: list[int]) -> Rating:
    """The new year's rating a person makes by confirming ``carried``: last year's statuses for the years both
    windows share, and last year's overall status for the new year and overall (the person's act, not the tool's)."""
    years = {y: s for y, s in carried.previous_years.items() if y in window}
    if carried.previous_status is not None and len(window) > 1:
        years[carried.to_year] = carried.previous_status
    return Rating(code=carried.code, status=carried.previous_status, years=years, narrative=carried.narrative,
                  evidence_codes=list(carried.evidence_codes))
