"""The scorecard: the result of scoring one framework, explaining itself.

Per requirement the status, points and reason; per criterion points, maximum and share;
each rule's outcome; the decision, its blockers, and the smallest set of requirements whose
fixing would pass. :meth:`Scorecard.to_contract` gives the minimal JSON other tools rely on;
the full ``model_dump`` is a superset of it (same keys, same values, more keys).

Language: every text a person reads (a requirement's ``reason``, a rule's ``detail``, the
``decision``, a blocker's ``message``, a fix item's ``action``, the fix plan's ``explanation``) is a
:class:`~accredit.i18n.message.Msg` — a stable catalogue ``key`` and its ``params`` — never a string
in some language. In JSON each is an object ``{"key": …, "params": {…}}``; dumped with a
:class:`~accredit.i18n.message.Messages` context (``model_dump(mode="json", context=Messages("en").context)``,
``to_contract(Messages("en"))``) it also carries ``"text"``, the rendered sentence, at every level.
So the JSON of one scorecard is byte-identical in every language apart from the ``text`` fields;
``reason["text"]`` is what the contract's ``reason`` string used to be. Names taken from the
criteria files (``label``, ``title``) are the regulation's own words and are not translated.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from pydantic import Field

from accredit.i18n.message import Message, Messages, Msg
from accredit.model.assessment import Status
from accredit.model.base import Value
from accredit.model.framework import Code, FrameworkId, Number, RequirementKind


def _number(value: Decimal) -> int | float:
    """A decimal as a JSON number, exactly as :data:`Number` serialises it."""
    return int(value) if value == value.to_integral_value() else float(value)


class Flag(StrEnum):
    """Why a requirement result deserves a second look."""

    UNSUPPORTED = "unsupported"  # rated met, but no evidence link counts
    CONTRADICTS_DATA = "contradicts_data"  # the manual rating disagrees with the computed indicator
    INVALID_DATA = "invalid_data"  # the indicator's data are unusable (survey conditions, zero denominator)
    MISSING_DATA = "missing_data"  # the indicator's data were not given
    MISSING_YEARS = "missing_years"  # a multi-year window with years not rated
    UNCONFIRMED_LINKS = "unconfirmed_links"  # suggested evidence waiting for confirmation
    UNREADABLE_EVIDENCE = "unreadable_evidence"  # a linked file the scan could not read (supports nothing)
    NOT_APPLICABLE_SCORED = "not_applicable_scored"  # 'not applicable' in a scored framework earns 0 points


class YearStatus(Value):
    """The status of a requirement in one year of its window."""

    year: int
    status: Status


class IndicatorBrief(Value):
    """The computed value behind an indicator or mixed requirement, for one year."""

    year: int
    status: str
    value: Number | None = None
    threshold: Number
    comparator: str
    unit: str


class RequirementResult(Value):
    """How one requirement was judged, and why."""

    code: Code
    criterion: Code
    label: str
    kind: RequirementKind
    status: Status
    points: Number | None = Field(description="Points earned (None when the framework is not scored).")
    max_points: Number | None = None
    reason: Message = Field(description="Why this status (a message: key, params; text when rendered).")
    flags: list[Flag] = Field(default_factory=list)
    rated: Status | None = Field(default=None, description="The person's overall rating, as given.")
    years: list[YearStatus] = Field(default_factory=list, description="Status in each year of the window.")
    gap_years: list[int] = Field(default_factory=list, description="Window years not (yet) met.")
    evidence: list[str] = Field(default_factory=list, description="Evidence that counts (code or path).")
    indicator: list[IndicatorBrief] = Field(default_factory=list)


class CriterionResult(Value):
    """Points, maximum and share of one criterion (counts of requirements when not scored)."""

    code: Code
    label: str
    title: str
    points: Number
    max: Number
    share: Number = Field(description="points / max, rounded to 4 decimals (1 when max is 0).")
    met: int
    requirements: int
    not_applicable: int = 0


class RuleOutcome(Value):
    """One rule of the decision, applied."""

    rule: str = Field(description="The rule type: min_total, min_share_each, min_share_for, all_met, framework_passed.")
    passed: bool
    detail: Message
    article: str | None = None
    failing: list[str] = Field(default_factory=list, description="Criteria, requirements or frameworks short of it.")
    shortfall: Number | None = Field(default=None, description="Points missing (total rules).")


class Blocker(Value):
    """What stands between the institution and a pass, for one failed rule."""

    rule: str
    message: Message
    codes: list[str] = Field(default_factory=list)


class FixItem(Value):
    """One requirement of the minimal fix set."""

    code: Code
    criterion: Code
    status: Status
    points: Number | None = None
    effort: int = Field(description="Relative effort: 1 = attach evidence; 2 per year to bring up to standard.")
    action: Message


class FixPlan(Value):
    """The smallest set of requirements whose becoming met makes every non-gate rule pass."""

    feasible: bool
    codes: list[Code] = Field(default_factory=list)
    items: list[FixItem] = Field(default_factory=list)
    points_added: Number | None = None
    total_after: Number | None = None
    effort: int = 0
    gates_blocking: list[FrameworkId] = Field(default_factory=list)
    explanation: Message


class Scorecard(Value):
    """The scored result of one framework for one evaluation year."""

    framework: FrameworkId
    framework_version: str
    title: str
    year: int
    scored: bool
    unit: Literal["points", "requirements"] = Field(
        description="'points'; or 'requirements' for met / not met frameworks, where totals count requirements."
    )
    total: Number
    max: Number
    passed: bool
    decision: Message
    rules: list[RuleOutcome]
    criteria: list[CriterionResult]
    requirements: list[RequirementResult]
    blockers: list[Blocker] = Field(default_factory=list)
    minimal_fix: list[Code] = Field(default_factory=list)
    fix_plan: FixPlan

    def to_contract(self, messages: Messages | None = None) -> dict[str, Any]:
        """The minimal JSON contract other tools use (a subset of ``model_dump(mode="json")`` with the same context).

        ``detail`` and ``reason`` are message objects (``key``, ``params``), with their rendered ``text`` when
        ``messages`` is given.
        """
        context = messages.context if messages is not None else None

        def m(value: Msg) -> dict[str, Any]:
            return value.model_dump(mode="json", context=context)

        return {
            "framework": self.framework,
            "total": _number(self.total),
            "max": _number(self.max),
            "passed": self.passed,
            "rules": [{"rule": r.rule, "passed": r.passed, "detail": m(r.detail)} for r in self.rules],
            "criteria": [
                {"code": c.code, "points": _number(c.points), "max": _number(c.max), "share": _number(c.share)}
                for c in self.criteria
            ],
            "requirements": [
                {
                    "code": r.code,
                    "status": r.status.value,
                    "points": None if r.points is None else _number(r.points),
                    "reason": m(r.reason),
                }
                for r in self.requirements
            ],
            "minimal_fix": list(self.minimal_fix),
        }
