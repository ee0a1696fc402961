"""The one input every report format renders: :class:`ReportInput`.

It gathers what the other packages computed — the scorecards (:mod:`accredit.scoring`), the
assessments with their narratives (:mod:`accredit.ratings`), the indicator results with their
formula traces (:mod:`accredit.indicators`), the evidence records and links
(:mod:`accredit.evidence`) and, optionally, the roadmap — plus who is assessed and when the
report was generated (passed in: the renderers never read the clock).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from pydantic import Field, model_validator

from accredit.i18n.message import Messages
from accredit.model.assessment import Assessment, Status
from accredit.model.base import Value
from accredit.model.evidence import EvidenceLink, EvidenceRecord
from accredit.model.framework import Framework, FrameworkId
from accredit.model.indicator import IndicatorResult
from accredit.model.roadmap import Roadmap
from accredit.model.school import SchoolInfo
from accredit.model.scorecard import Scorecard
from accredit.workspace import DocumentSettings

FORMATS: tuple[str, ...] = ("xlsx", "html", "docx", "json")
"""The report formats, in the order they are written."""


class PreviousYear(Value):
    """The previous assessment year of one framework, scored from its own (read-only) workbook by the service
    layer and passed in: the reports only show it beside this year."""

    year: int = Field(ge=2000, le=2100)
    total: Decimal
    max: Decimal
    passed: bool
    statuses: dict[str, Status] = Field(default_factory=dict, description="Requirement code → last year's status.")


class FrameworkSection(Value):
    """Everything reported about one framework: its criteria, the scorecard, the ratings, the indicators."""

    framework: Framework
    scorecard: Scorecard
    assessment: Assessment | None = Field(default=None, description="The ratings with their narratives.")
    indicators: list[IndicatorResult] = Field(default_factory=list, description="Computed indicators, every year.")
    previous: PreviousYear | None = Field(default=None, description="Last year's results, when that year exists.")

    @model_validator(mode="after")
    def _same_framework(self) -> FrameworkSection:
        fid = self.framework.id
        if self.scorecard.framework != fid:
            raise ValueError(f"scorecard is for {self.scorecard.framework}, not {fid}")
        if self.assessment is not None and self.assessment.framework != fid:
            raise ValueError(f"assessment is for {self.assessment.framework}, not {fid}")
        other = sorted({r.framework for r in self.indicators if r.framework != fid})
        if other:
            raise ValueError(f"indicator results of {', '.join(other)} given for {fid}")
        return self

    @property
    def id(self) -> FrameworkId:
        """The framework id."""
        return self.framework.id


class ReportInput(Value):
    """What the reports show: the school, the year, one section per framework, evidence and roadmap."""

    school: SchoolInfo
    year: int = Field(ge=2000, le=2100)
    generated_at: datetime = Field(description="When the report was generated (passed in, shown in every format).")
    sections: list[FrameworkSection] = Field(min_length=1)
    evidence: list[EvidenceRecord] = Field(default_factory=list, description="Scanned evidence files.")
    links: list[EvidenceLink] = Field(default_factory=list, description="Evidence ↔ requirement links.")
    target: FrameworkId | None = Field(default=None, description="The framework the roadmap aims at.")
    roadmap: Roadmap | None = Field(default=None, description="The plan toward the target, when one was made.")
    documents: DocumentSettings = Field(
        default_factory=DocumentSettings, description="Heading and signature of the Word documents."
    )
    evidence_dir: str | None = Field(
        default=None, description="Absolute path of the evidence folder; the HTML links to files relative to it."
    )
    language: str = Field(default="vi", pattern="^(vi|en)$", description="The language every format is written in.")

    @property
    def messages(self) -> Messages:
        """Renders the report's texts (and the core's messages) in :attr:`language`."""
        return Messages(self.language)

    @model_validator(mode="after")
    def _unique_frameworks(self) -> ReportInput:
        ids = [s.id for s in self.sections]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"framework reported twice: {', '.join(dup)}")
        return self

    def section(self, framework_id: str) -> FrameworkSection:
        """The section of ``framework_id``; ``KeyError`` when it is not reported."""
        for s in self.sections:
            if s.id == framework_id:
                return s
        raise KeyError(framework_id)
