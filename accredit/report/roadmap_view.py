"""The roadmap as the reports show it: summary, actions, year-by-year milestones and projection.

Presentation only: every value comes from :class:`accredit.model.roadmap.Roadmap` as planned
by :func:`accredit.roadmap.plan`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from markupsafe import Markup

from accredit.i18n.message import Messages
from accredit.model.roadmap import Roadmap
from accredit.report import view
from accredit.roadmap.chart import chart_svg


@dataclass(frozen=True)
class ActionRow:
    """One planned action."""

    id: str
    framework: str
    codes: str
    title: str
    owner: str
    start: int
    end: int
    points: Decimal | None
    cost: Decimal
    needed: bool
    why: str
    evidence: list[str] = field(default_factory=list)

    @property
    def period(self) -> str:
        """'2026' or '2026–2027'."""
        return str(self.start) if self.start == self.end else f"{self.start}–{self.end}"


@dataclass(frozen=True)
class YearRow:
    """What happens in one plan year, and the projected result."""

    year: int
    started: list[str]
    completed: list[str]
    newly_met: list[str]
    projected: str
    passed: bool
    notes: list[str]


@dataclass(frozen=True)
class RoadmapView:
    """What every format shows of a roadmap."""

    title: str
    summary: str
    explanation: list[str]
    actions: list[ActionRow]
    years: list[YearRow]
    projection_years: list[int]
    projection: list[tuple[str, dict[int, Decimal], Decimal | None]]
    """Per criterion: label, projected points per year, points required (None: no floor)."""
    chart: Markup
    """The roadmap's own chart (:func:`accredit.roadmap.chart.chart_svg`): projected points against the floors."""


def _summary(msgs: Messages, roadmap: Roadmap) -> str:
    if roadmap.feasible and roadmap.earliest_year is not None:
        return msgs("report.roadmap.earliest", title=roadmap.title, year=roadmap.earliest_year)
    return msgs("report.roadmap.infeasible", title=roadmap.title, first=roadmap.years[0], last=roadmap.years[-1])


def _projected(msgs: Messages, roadmap: Roadmap, year: int) -> tuple[str, bool]:
    p = roadmap.projection(year)
    if p is None:
        return "—", False
    key = "report.total.points" if p.unit == "points" else "report.total.requirements"
    text = msgs(key, total=msgs.number(p.total), max=msgs.number(p.max))
    return f"{text} — {view.decision_word(msgs, p.passed)}", p.passed


def build(msgs: Messages, roadmap: Roadmap) -> RoadmapView:
    """The view of ``roadmap``."""
    actions = [
        ActionRow(
            id=a.id,
            framework=a.framework,
            codes=", ".join(a.requirements) or "—",
            title=msgs.param(a.title),
            owner=msgs.param(a.owner),
            start=a.start_year,
            end=a.end_year,
            points=a.points,
            cost=a.cost,
            needed=a.priority == "needed_to_pass",
            why=msgs(a.why_this_year),
            evidence=msgs.all(a.evidence),
        )
        for a in sorted(roadmap.actions, key=lambda a: (a.start_year, a.end_year, a.id))
    ]
    years = []
    for m in roadmap.milestones:
        projected, passed = _projected(msgs, roadmap, m.year)
        years.append(
            YearRow(
                year=m.year,
                started=list(m.started),
                completed=list(m.completed),
                newly_met=list(m.newly_met),
                projected=projected,
                passed=passed,
                notes=[*msgs.all(m.notes), *(msgs(i.text) for i in m.indicators)],
            )
        )
    proj_years = [p.year for p in roadmap.projections]
    rows: dict[str, tuple[str, dict[int, Decimal], Decimal | None]] = {}
    for p in roadmap.projections:
        for c in p.criteria:
            label, values, required = rows.get(c.code, (f"{c.code}. {c.label}", {}, c.required))
            values[p.year] = Decimal(c.points)
            rows[c.code] = (label, values, required)
    return RoadmapView(
        title=roadmap.title,
        summary=_summary(msgs, roadmap),
        explanation=msgs.all(roadmap.explanation),
        actions=actions,
        years=years,
        projection_years=proj_years,
        projection=list(rows.values()),
        chart=Markup(chart_svg(roadmap, msgs)),  # built by the roadmap package with every text escaped
    )
