"""Computed indicators: the value of a requirement's formula for one year, with its trace.

An :class:`IndicatorResult` records everything needed to check a computation by hand:
the inputs read (and where from), the numerator and denominator, the rounded value, the
threshold and comparator, the survey-validity checks and, for "every programme" scopes,
the value of each programme. Built by :func:`accredit.indicators.compute_indicators`,
used by :func:`accredit.scoring.score`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import Field

from accredit.i18n.message import Message, Msg
from accredit.model.base import Value
from accredit.model.framework import Code, Comparator, FrameworkId, Number, Requirement


class IndicatorStatus(StrEnum):
    """Outcome of one indicator for one year."""

    MET = "met"
    NOT_MET = "not_met"
    INVALID = "invalid"  # data present but unusable (survey conditions unmet, zero denominator…): never met
    MISSING = "missing"  # data not given


class InputValue(Value):
    """One input as read from the data workbook."""

    name: str
    label: str
    value: Number | None = None
    source: str | Msg | None = Field(
        default=None, description="Where it was read, e.g. \"'Số liệu'!F5\" (a message when derived)."
    )


class SurveyCheck(Value):
    """One survey-validity condition, checked."""

    label: str
    kind: Literal["share", "count"]
    minimum: Number
    value: Number | None = Field(default=None, description="The share (0–1) or count reached; per group: the lowest.")
    passed: bool
    failing_groups: list[str] = Field(default_factory=list, description="Groups under the minimum (per-group checks).")
    detail: Message
    article: str | None = None


class ConditionCheck(Value):
    """One further condition of an indicator (:class:`~accredit.model.framework.FormulaCondition`), checked."""

    label: str
    value: Number | None = None
    unit: str
    comparator: Comparator
    threshold: Number
    passed: bool
    article: str | None = None


class ProgrammeValue(Value):
    """The indicator computed for one programme ("cho tất cả chương trình đào tạo")."""

    programme: str
    name: str | None = None
    inputs: list[InputValue] = Field(default_factory=list)
    numerator: Number | None = None
    denominator: Number | None = None
    value: Number | None = None
    status: IndicatorStatus
    problems: list[Message] = Field(default_factory=list)


class IndicatorResult(Value):
    """The value of one requirement's formula in one year, compared with its threshold."""

    framework: FrameworkId
    requirement: Code
    label: str
    year: int
    status: IndicatorStatus
    value: Number | None = Field(default=None, description="Rounded as the formula says; per programme: the worst.")
    unit: str
    comparator: Comparator
    threshold: Number
    scope: Literal["institution", "every_programme"]
    numerator_expression: str
    denominator_expression: str | None = None
    multiplier: Number
    rounding: int
    inputs: list[InputValue] = Field(default_factory=list)
    numerator: Number | None = None
    denominator: Number | None = None
    programmes: list[ProgrammeValue] = Field(default_factory=list)
    survey: list[SurveyCheck] = Field(default_factory=list)
    conditions: list[ConditionCheck] = Field(
        default_factory=list, description="Further conditions that must all hold too (met needs every one)."
    )
    category: str | None = Field(
        default=None, description="The institution category whose alternative threshold applied (None: the rule's own)."
    )
    problems: list[Message] = Field(default_factory=list, description="What is wrong with the data (messages).")
    missing_inputs: list[str] = Field(default_factory=list, description="Inputs not given (status 'missing').")
    article: str | None = None

    @classmethod
    def of_formula(cls, framework: str, requirement: Requirement, year: int, **fields: Any) -> IndicatorResult:
        """A result for ``requirement``'s formula in ``year``: the formula's description copied in, plus ``fields``.

        ``fields`` give the outcome (status, value, inputs, problems…) and, where wanted, the article.
        """
        f = requirement.formula
        if f is None:
            raise ValueError(f"requirement {requirement.code} has no formula")
        return cls(
            framework=framework,
            requirement=requirement.code,
            label=requirement.label,
            year=year,
            unit=f.unit,
            comparator=f.comparator,
            threshold=fields.pop("threshold", f.threshold),
            scope=f.scope,
            numerator_expression=f.numerator,
            denominator_expression=f.denominator,
            multiplier=f.multiplier,
            rounding=f.rounding,
            **fields,
        )

    @property
    def met(self) -> bool:
        """True only when the value reaches the threshold on valid data."""
        return self.status == IndicatorStatus.MET


class IndicatorReport(Value):
    """Every indicator of one framework for the years its windows need."""

    framework: FrameworkId
    framework_version: str
    year: int
    source: str | None = Field(default=None, description="The data workbook read.")
    results: list[IndicatorResult] = Field(default_factory=list)

    def result(self, requirement: str, year: int) -> IndicatorResult | None:
        """The result for ``requirement`` in ``year``, if computed."""
        for r in self.results:
            if r.requirement == requirement and r.year == year:
                return r
        return None
