"""The roadmap: a year-by-year plan turning the current scorecard into a passing one.

A :class:`Roadmap` holds the :class:`Action` list (one per requirement to fix, with owner,
years, effort, cost, evidence and the reasons for its timing), the yearly milestones (incl.
numeric indicator targets), the projected scorecard summary of every plan year, and the
earliest year the target can be evaluated and passed — or why not. Built by the pure
:func:`accredit.roadmap.plan`; written to / read back from a workbook by the adapters.

Every text a person reads (why an action ends when it does, what it unlocks, the explanation,
notes, problems) is a :class:`~accredit.i18n.message.Msg` rendered by the front end; an action's
``title``, ``steps``, ``owner`` and ``evidence`` are either a message (a suggestion of the plan) or
the words of the criteria file or of a person (a string). The JSON of a roadmap is therefore the
same in every language apart from the rendered ``text`` fields.

Timing model (see :class:`Timing`): an action ending in year E makes its requirement hold
from E on (and supplies the missing evidence of earlier years that were otherwise met); a
requirement with an N-year window counts in evaluation year Y only if it holds in every year
Y-N+1..Y.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import Field, model_validator

from accredit.i18n.message import Message, TextOrMsg
from accredit.model.base import Value
from accredit.model.framework import Code, FrameworkId, Number, ObjectType

Priority = Literal["needed_to_pass", "beyond_passing"]
ActionKind = Literal["evidence", "improve", "external"]
GateMode = Literal["passed", "planned", "external", "unknown"]


class Capacity(Value):
    """What the institution can do in one year: a number of actions and/or a budget.

    ``unit_cost`` turns an action's effort into its cost estimate (cost = effort × unit_cost);
    with the default 1 the budget is counted in effort units.
    """

    max_actions_per_year: int | None = Field(default=None, ge=1)
    budget_per_year: Number | None = Field(default=None, ge=0)
    unit_cost: Number = Field(default=Decimal(1), gt=0)


class Timing(Value):
    """What the history of a requirement means for the years an action can end.

    ``bad_years``: years of the current window that are neither met nor met-but-unevidenced;
    ``bad_from``: the first later year that stays bad unless an action fixes it (None when the
    requirement holds on its own from now on). See :func:`counts_from`.
    """

    window_years: int = Field(ge=1)
    bad_years: list[int] = Field(default_factory=list)
    bad_from: int | None = None


def counts_from(timing: Timing, end: int) -> int:
    """The first evaluation year in which the requirement counts when its action ends in ``end``.

    Years from ``end`` on hold; an earlier year holds unless it is bad; the window of N years
    must contain no bad year, so the answer is ``max(end, last bad year before end + N)``.
    """
    before = [y for y in timing.bad_years if y < end]
    if timing.bad_from is not None and timing.bad_from <= end - 1:
        before.append(end - 1)
    if not before:
        return end
    return max(end, max(before) + timing.window_years)


def latest_end(timing: Timing, year: int, start: int) -> int | None:
    """The latest end year in ``start..year`` that still lets the requirement count in ``year`` (None: none)."""
    for end in range(year, start - 1, -1):
        if counts_from(timing, end) <= year:
            return end
    return None


class Action(Value):
    """One piece of work, for one requirement, scheduled in whole years."""

    id: str = Field(description="Stable id, e.g. 'TT35-2.5'.")
    framework: FrameworkId
    requirements: list[Code] = Field(default_factory=list, description="Empty only for external milestones.")
    criterion: Code | None = None
    kind: ActionKind
    title: TextOrMsg
    steps: list[TextOrMsg] = Field(default_factory=list, description="The improvement steps, first what scoring found.")
    owner: TextOrMsg = Field(description="Who does it: a person's words (edited in the workbook) or a suggestion.")
    start_year: int
    end_year: int
    start_month: int | None = Field(
        default=None, ge=1, le=12, description="Month of start_year it starts (a person's; None: the whole year)."
    )
    end_month: int | None = Field(
        default=None, ge=1, le=12, description="Month of end_year it ends (a person's; None: the whole year)."
    )
    effort: int = Field(ge=0, description="Relative effort (the minimal fix set's measure).")
    cost: Number = Field(description="Cost estimate: effort × unit cost.")
    evidence: list[TextOrMsg] = Field(default_factory=list, description="The evidence that will prove it.")
    priority: Priority
    gate: bool = Field(default=False, description="Work for a prerequisite framework (accreditation).")
    timing: Timing | None = Field(default=None, description="None for external milestones.")
    latest_end_year: int | None = Field(default=None, description="Latest end keeping the target year.")
    counts_from_year: int | None = Field(default=None, description="First evaluation year the requirement counts.")
    points: Number | None = None
    why_this_year: Message
    unlocks: Message

    @model_validator(mode="after")
    def _years_in_order(self) -> Action:
        if self.end_year < self.start_year:
            raise ValueError(f"action {self.id}: end year {self.end_year} before start year {self.start_year}")
        if self.kind != "external" and not self.requirements:
            raise ValueError(f"action {self.id}: names no requirement")
        if (
            self.start_year == self.end_year
            and self.start_month is not None
            and self.end_month is not None
            and self.end_month < self.start_month
        ):
            raise ValueError(f"action {self.id}: end month {self.end_month} before start month {self.start_month}")
        return self

    def active_in(self, year: int) -> bool:
        """True when the action runs in ``year``."""
        return self.start_year <= year <= self.end_year


class Unscheduled(Value):
    """A requirement the plan could not place, and why."""

    framework: FrameworkId
    code: Code
    priority: Priority
    reason: Message


class IndicatorMilestone(Value):
    """The value an indicator should reach in one year (e.g. employment 72 % → 80 %)."""

    framework: FrameworkId
    requirement: Code
    label: str
    year: int
    baseline: Number | None = Field(default=None, description="Latest known value.")
    baseline_year: int | None = None
    target: Number
    comparator: str
    unit: str
    stage: Literal["step", "reach", "maintain"]
    text: Message


class YearMilestone(Value):
    """What happens in one plan year."""

    year: int
    started: list[str] = Field(default_factory=list, description="Action ids starting.")
    completed: list[str] = Field(default_factory=list, description="Action ids finishing.")
    newly_met: list[Code] = Field(default_factory=list, description="Target requirements counting from this year.")
    gates_passed: list[FrameworkId] = Field(default_factory=list)
    indicators: list[IndicatorMilestone] = Field(default_factory=list)
    cost: Number = Decimal(0)
    passed: bool = False
    notes: list[Message] = Field(default_factory=list)


class CriterionProjection(Value):
    """Projected points of one criterion in one year, with the points the rules require."""

    code: Code
    label: str
    points: Number
    max: Number
    share: Number
    required: Number | None = Field(default=None, description="Points the share rules need (None: no floor).")


class RuleProjection(Value):
    """One decision rule's projected outcome."""

    rule: str
    passed: bool
    detail: Message


class YearProjection(Value):
    """The projected scorecard of one framework in one year, summarised."""

    framework: FrameworkId
    year: int
    unit: Literal["points", "requirements"]
    total: Number
    max: Number
    required_total: Number | None = None
    passed: bool
    rules_passed: int
    rules: list[RuleProjection]
    criteria: list[CriterionProjection]
    met: list[Code] = Field(default_factory=list, description="Requirements met in the projection.")


class GatePlan(Value):
    """How the prerequisite (e.g. accreditation for TT 35) is handled."""

    any_of: list[FrameworkId]
    framework: FrameworkId | None = Field(default=None, description="The prerequisite framework the plan uses.")
    mode: GateMode
    year: int | None = Field(default=None, description="Year the prerequisite is (expected to be) passed.")
    explanation: Message
    projections: list[YearProjection] = Field(default_factory=list)


class Roadmap(Value):
    """The plan toward ``target``, year by year."""

    target: FrameworkId
    title: str
    framework_version: str
    object_type: ObjectType | None = None
    scorecard_year: int = Field(description="Year of the current scorecard the plan starts from.")
    start: int
    horizon: int = Field(ge=1)
    years: list[int]
    deadline: date | None = Field(default=None, description="Effective date + deadline_months (TT 38).")
    deadline_year: int | None = Field(default=None, description="Last plan year ending before the deadline.")
    deadline_basis: Message | None = Field(
        default=None, description="What the deadline rests on when the effective date is not verified (said with it)."
    )
    capacity: Capacity
    feasible: bool
    earliest_year: int | None = Field(default=None, description="Earliest year evaluated and passed.")
    ready_year: int | None = Field(default=None, description="Earliest year every non-gate rule passes.")
    explanation: list[Message] = Field(default_factory=list)
    gates: list[GatePlan] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    unscheduled: list[Unscheduled] = Field(default_factory=list)
    milestones: list[YearMilestone] = Field(default_factory=list)
    projections: list[YearProjection] = Field(default_factory=list)
    current: YearProjection | None = Field(
        default=None,
        description="The scorecard as it is now, no planned action counted (projections count the plan's actions).",
    )

    def action(self, action_id: str) -> Action:
        """The action with ``action_id``; ``KeyError`` if absent."""
        for a in self.actions:
            if a.id == action_id:
                return a
        raise KeyError(action_id)

    def projection(self, year: int) -> YearProjection | None:
        """The target's projection for ``year``."""
        for p in self.projections:
            if p.year == year:
                return p
        return None


# --- reading an edited roadmap workbook back ------------------------------------------------------


class RowEdit(Value):
    """One row of the edited Gantt sheet, as read (None: the cell was empty or unreadable)."""

    sheet: str
    row: int
    action_id: str
    start_year: int | None = None
    end_year: int | None = None
    start_month: int | None = None
    end_month: int | None = None
    owner: str | None = None
    cost: Number | None = None


class ImportProblem(Value):
    """Something wrong with the edited workbook, located by sheet and row."""

    sheet: str
    row: int | None = None
    action: str | None = None
    field: str | None = None
    kind: Literal["timing", "gate", "deadline", "capacity", "deleted", "unknown", "value", "order"]
    blocking: bool = Field(description="True when it makes the target year (or the plan) infeasible.")
    message: Message


class ImportChange(Value):
    """One value a person changed."""

    sheet: str
    row: int
    action: str
    field: Literal["start_year", "end_year", "start_month", "end_month", "owner", "cost"]
    old: TextOrMsg
    new: TextOrMsg


class ImportReport(Value):
    """The re-check of an edited roadmap workbook."""

    source: str | None = None
    target: FrameworkId
    planned_year: int | None = Field(description="The earliest year of the plan as written.")
    year_after: int | None = Field(description="The earliest year the edited plan still reaches (None: none).")
    feasible: bool
    problems: list[ImportProblem] = Field(default_factory=list)
    changes: list[ImportChange] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list, description="The actions with the edits applied.")
