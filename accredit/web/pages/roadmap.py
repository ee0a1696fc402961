"""The roadmap page: the plan toward the target as the HTML report shows it, with a chart of the projection.

Presentation only: every value comes from the backend's cached :class:`~accredit.model.roadmap.Roadmap`
(``Backend.roadmap``); the page plans nothing itself.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from starlette.responses import Response

from accredit.model.roadmap import Action, Roadmap, YearProjection
from accredit.web.app import Req

CHART_HEIGHT = 160
"""Height of the chart's plot area (the bars' full height), in SVG units."""
BAR_STEP = 64
"""Horizontal room of one year's bar, in SVG units."""
CHART_LEFT = 8
"""Room left of the first bar."""


@dataclass(frozen=True)
class Bar:
    """One year of the projection chart: the figures and where the bar is drawn."""

    year: int
    now: bool
    """The scorecard as it is now (no planned action counted), drawn first."""
    total: Decimal
    max: Decimal
    required: Decimal | None
    passed: bool
    rules_passed: int
    rules: int
    x: int
    height: float

    @property
    def top(self) -> float:
        """The bar's top edge (SVG y grows downward)."""
        return round(CHART_HEIGHT - self.height, 1)


def _height(value: Decimal, top: Decimal) -> float:
    """``value`` as a bar height, 0 … :data:`CHART_HEIGHT`."""
    if top <= 0:
        return 0.0
    return round(max(0.0, min(1.0, float(value / top))) * CHART_HEIGHT, 1)


def bars(roadmap: Roadmap) -> list[Bar]:
    """The chart's bars: the scorecard now, then every projected plan year of the target."""
    shown: list[tuple[YearProjection, bool]] = [(roadmap.current, True)] if roadmap.current else []
    shown += [(p, False) for p in roadmap.projections]
    out = []
    for i, (p, now) in enumerate(shown):
        out.append(Bar(year=p.year, now=now, total=Decimal(p.total), max=Decimal(p.max),
                       required=None if p.required_total is None else Decimal(p.required_total), passed=p.passed,
                       rules_passed=p.rules_passed, rules=len(p.rules), x=CHART_LEFT + i * BAR_STEP,
                       height=_height(Decimal(p.total), Decimal(p.max))))
    return out


def threshold(roadmap: Roadmap) -> float | None:
    """The y of the pass line (what the target's total must reach), None when the rules set no total."""
    for p in roadmap.projections:
        if p.required_total is not None:
            return round(CHART_HEIGHT - _height(Decimal(p.required_total), Decimal(p.max)), 1)
    return None


def by_year(actions: list[Action]) -> list[tuple[int, list[Action]]]:
    """The actions grouped by the year they start, needed-to-pass first within a year."""
    groups: dict[int, list[Action]] = defaultdict(list)
    for a in sorted(actions, key=lambda a: (a.start_year, a.priority != "needed_to_pass", a.end_year, a.id)):
        groups[a.start_year].append(a)
    return sorted(groups.items())


def roadmap_page(req: Req) -> Response:
    """The roadmap toward the target: summary, explanation, projection chart and table, actions, milestones."""
    b = req.backend
    plan = b.roadmap()
    names = {fw.id: b.display_name(fw.id) for fw in b.frameworks()}
    if plan is None:
        return req.render("roadmap.html", roadmap=None, note=b.roadmap_note(), names=names)
    drawn = bars(plan)
    return req.render(
        "roadmap.html", roadmap=plan, note=None, names=names, bars=drawn, line=threshold(plan),
        chart_width=CHART_LEFT * 2 + BAR_STEP * max(1, len(drawn)), chart_height=CHART_HEIGHT,
        groups=by_year(plan.actions),
        unit=plan.projections[0].unit if plan.projections else "points")
