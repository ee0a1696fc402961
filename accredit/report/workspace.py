"""Adapter: build a :class:`ReportInput` from a workspace on disk and write its reports.

The scorecards come from :func:`accredit.scoring.workspace.score_workspace`, the ratings (with
their narratives) from :func:`accredit.ratings.workspace.workspace_assessment`, the indicators
from :func:`accredit.indicators.workspace.workspace_indicators`, the evidence from the evidence
index (:mod:`accredit.evidence.service`). Nothing is computed here: it only gathers.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from pydantic import Field

from accredit.catalog.registry import default_catalog
from accredit.errors import AccreditError
from accredit.i18n import language, t
from accredit.i18n.message import Message
from accredit.indicators.workspace import needs_data, workspace_indicators
from accredit.model.base import Value
from accredit.model.evidence import EvidenceLink, EvidenceRecord
from accredit.model.framework import FrameworkId
from accredit.model.roadmap import Roadmap
from accredit.ratings.workspace import workspace_assessment
from accredit.report.model import FORMATS, FrameworkSection, ReportInput
from accredit.report.write import parse_formats, write_reports
from accredit.roadmap.workspace import workspace_roadmap
from accredit.scoring.workspace import ScoreRun, load_links, score_workspace
from accredit.workspace import Workspace


class FrameworkOutcome(Value):
    """The decision on one framework, as the report states it."""

    framework: FrameworkId
    passed: bool
    decision: Message


class ReportRun(Value):
    """What ``accredit report`` did: the files written and the decisions they report."""

    out_dir: str
    formats: list[str]
    files: list[str] = Field(description="Paths of the reports written, in format order.")
    frameworks: list[FrameworkOutcome]
    evidence_files: int
    roadmap: FrameworkId | None = Field(default=None, description="The target of the roadmap shown, if any.")
    earliest_year: int | None = Field(default=None, description="The roadmap's earliest passing year.")
    notes: list[str] = Field(default_factory=list, description="Missing inputs (ratings, data, evidence).")


def _evidence_records(ws: Workspace) -> list[EvidenceRecord]:
    """The scanned evidence files (none when the folder was never scanned)."""
    from accredit.evidence.index import INDEX_NAME
    from accredit.evidence.service import list_evidence

    if not (ws.cache_dir / INDEX_NAME).is_file():
        return []
    return list_evidence(ws)


def workspace_report_input(
    ws: Workspace,
    generated_at: datetime,
    *,
    scored: ScoreRun | None = None,
    links: list[EvidenceLink] | None = None,
    roadmap: Roadmap | None = None,
    plan_roadmap: bool = True,
) -> tuple[ReportInput, list[str]]:
    """The report input of ``ws`` and the notes about missing inputs.

    ``scored``, ``links`` and ``roadmap`` reuse results already computed in the same run
    (``accredit run``); otherwise the workspace is scored here, and, when ``accredit.toml`` names a
    target and ``plan_roadmap`` is true, the roadmap toward it is planned
    (:func:`accredit.roadmap.workspace.workspace_roadmap`).
    """
    notes: list[str] = []
    if links is None:
        links = load_links(ws)
        if not links:
            notes.append(t("scoring.cli.no_links"))
    if scored is None:
        scored = score_workspace(ws, links=links)
    notes.extend(scored.notes)
    if roadmap is None and plan_roadmap and ws.config.assessment.target:
        try:
            planned = workspace_roadmap(ws, links=links)
        except AccreditError as exc:  # a plan that cannot be made never blocks the reports
            notes.append(t("report.note.no_roadmap", error=str(exc)))
        else:
            roadmap = planned.roadmap
            notes.extend(planned.notes)
    catalog = default_catalog()
    sections: list[FrameworkSection] = []
    for card in scored.scorecards:
        fw = catalog.get(card.framework)
        # the scoring of this run already read the ratings and data workbooks: reuse what it read
        read = fw.id in scored.assessments
        assessment = scored.assessments[fw.id] if read else workspace_assessment(ws, fw)
        if fw.id in scored.indicators:
            indicators = scored.indicators[fw.id]
        else:
            indicators = workspace_indicators(ws, fw, required=False).results if needs_data(fw) else []
        sections.append(FrameworkSection(framework=fw, scorecard=card, assessment=assessment, indicators=indicators))
    inp = ReportInput(
        school=ws.config.school,
        year=ws.config.assessment.year,
        generated_at=generated_at,
        sections=sections,
        evidence=_evidence_records(ws),
        links=links,
        target=ws.config.assessment.target,
        roadmap=roadmap,
        evidence_dir=str(ws.evidence_dir),
        documents=ws.config.documents,
        language=language(),  # the command line's language (--lang / ACCREDIT_LANG)
    )
    return inp, list(dict.fromkeys(notes))


def write_workspace_reports(
    ws: Workspace,
    generated_at: datetime,
    formats: Iterable[str] | str = FORMATS,
    out_dir: Path | None = None,
    *,
    scored: ScoreRun | None = None,
    links: list[EvidenceLink] | None = None,
    roadmap: Roadmap | None = None,
    plan_roadmap: bool = True,
) -> ReportRun:
    """Score ``ws`` (unless ``scored`` is given) and write its reports into ``out_dir`` (default: its output folder)."""
    chosen = parse_formats(formats)
    target = Path(out_dir) if out_dir is not None else ws.output_dir
    inp, notes = workspace_report_input(
        ws, generated_at, scored=scored, links=links, roadmap=roadmap, plan_roadmap=plan_roadmap
    )
    paths = write_reports(inp, target, chosen, notes)
    return ReportRun(
        out_dir=str(target),
        formats=chosen,
        files=[str(p) for p in paths],
        frameworks=[
            FrameworkOutcome(framework=s.id, passed=s.scorecard.passed, decision=s.scorecard.decision)
            for s in inp.sections
        ],
        evidence_files=len(inp.evidence),
        roadmap=inp.roadmap.target if inp.roadmap is not None else None,
        earliest_year=inp.roadmap.earliest_year if inp.roadmap is not None else None,
        notes=notes,
    )
