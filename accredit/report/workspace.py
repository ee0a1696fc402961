"""Adapter: the :class:`ReportInput` of a workspace, from its inputs (read once) and its results.

Nothing is read or computed here: the ratings (with their narratives), the indicators and the evidence
come from :class:`accredit.service.inputs.WorkspaceInputs`, the scorecards from
:func:`accredit.service.score_all`, the roadmap from :func:`accredit.service.plan_roadmap`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from accredit.i18n.message import Messages
from accredit.model.roadmap import Roadmap
from accredit.model.scorecard import Scorecard
from accredit.report.model import FrameworkSection, PreviousYear, ReportInput

if TYPE_CHECKING:
    from accredit.service.inputs import WorkspaceInputs


def report_input(
    inputs: WorkspaceInputs,
    scorecards: Sequence[Scorecard],
    roadmap: Roadmap | None,
    generated_at: datetime,
    messages: Messages | None = None,
    previous: Mapping[str, PreviousYear] | None = None,
) -> ReportInput:
    """The report of ``inputs``: one section per scorecard (with its ratings and indicators), the evidence,
    the roadmap; ``generated_at`` is stamped on it (the caller owns the clock), in the language of
    ``messages`` (the caller's); ``previous``: last year's results per framework, read by the caller."""
    sections: list[FrameworkSection] = []
    for card in scorecards:
        fi = inputs.of(card.framework)
        indicators = list(fi.indicators.results) if fi.needs_data else []
        sections.append(FrameworkSection(framework=fi.framework, scorecard=card, assessment=fi.assessment,
                                         indicators=indicators, previous=(previous or {}).get(card.framework)))
    return ReportInput(
        school=inputs.school,
        year=inputs.year,
        generated_at=generated_at,
        sections=sections,
        evidence=inputs.records,
        links=inputs.links,
        target=inputs.target,
        roadmap=roadmap,
        evidence_dir=inputs.evidence_dir,
        documents=inputs.config.documents,
        language=messages.lang if messages is not None else "vi",
    )

