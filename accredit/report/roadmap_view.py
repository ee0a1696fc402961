"""The roadmap as the reports show it: a summary, the actions year by year, the projection and chart."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from markupsafe import Markup


@dataclass(frozen=True)
class ActionRow:
    """One planned action."""

    year: int
    framework: str
    code: str
    text: str
    owner: str | None = None
    points: Decimal | None = None


@dataclass(frozen=True)
class RoadmapView:
    """What every format shows of a roadmap."""

    summary: str
    actions: list[ActionRow] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    projection: list[tuple[str, dict[int, Decimal]]] = field(default_factory=list)
    chart: Markup | None = None

    @property
    def by_year(self) -> list[tuple[int, list[ActionRow]]]:
        """The actions grouped by year, earliest first."""
        years = sorted({a.year for a in self.actions})
        return [(y, [a for a in self.actions if a.year == y]) for y in years]


def build(roadmap: Any) -> RoadmapView:
    """The view of a roadmap (waiting for ``accredit.model.roadmap.Roadmap``)."""
    raise NotImplementedError("roadmap rendering waits for accredit.model.roadmap")
