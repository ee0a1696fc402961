"""``accredit run``: the whole self-assessment in one call.

Scan the evidence, compute the indicators and score every framework of the workspace, plan the
roadmap toward the configured target, and write every report into the output folder. Each step
reuses the library's own functions; this module only orders them and summarises the outcome.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from pydantic import Field

from accredit.catalog.registry import framework_name
from accredit.errors import AccreditError
from accredit.evidence.scan import ProgressFn
from accredit.evidence.service import scan_workspace
from accredit.i18n import t
from accredit.i18n.message import Message
from accredit.indicators.workspace import data_workbook_path, needs_data, write_workspace_data_template
from accredit.model.base import Value
from accredit.model.evidence import EvidenceLink, ScanReport
from accredit.model.framework import FrameworkId
from accredit.ratings.workspace import ratings_workbook_path, write_workspace_ratings_template
from accredit.report.model import FORMATS
from accredit.report.workspace import write_workspace_reports
from accredit.roadmap.workspace import default_workbook_path, workspace_roadmap, write_roadmap_files
from accredit.scoring.workspace import load_links, score_workspace, workspace_frameworks
from accredit.tools import setting_warnings
from accredit.workspace import Workspace


class FrameworkBrief(Value):
    """The decision on one framework and its main gaps."""

    framework: FrameworkId
    title: str
    name: str = Field(description="The name shown to people, e.g. 'TT 35/2021 — Trường cao đẳng chất lượng cao'.")
    passed: bool
    total: float
    max: float
    unit: str
    decision: Message
    blockers: list[Message] = Field(default_factory=list)
    minimal_fix: list[str] = Field(default_factory=list)


class RunSummary(Value):
    """What ``accredit run`` did and found."""

    workspace: str
    scan: ScanReport
    frameworks: list[FrameworkBrief]
    target: FrameworkId | None = None
    earliest_year: int | None = None
    roadmap_feasible: bool | None = None
    roadmap_explanation: list[Message] = Field(default_factory=list)
    output_dir: str
    files: list[str] = Field(default_factory=list, description="Every file written, reports and roadmap.")
    notes: list[str] = Field(default_factory=list)


def create_missing_workbooks(ws: Workspace, links: list[EvidenceLink]) -> list[Path]:
    """Create the ratings and data workbooks a framework of ``ws`` has none of yet.

    Existing workbooks are left alone (they may be open in Excel); refresh them on purpose with
    ``accredit ratings template`` / ``accredit data template``.
    """
    created: list[Path] = []
    for fw in workspace_frameworks(ws):
        if not ratings_workbook_path(ws, fw.id).is_file():
            created.append(Path(write_workspace_ratings_template(ws, fw, links).path))
        if needs_data(fw) and not data_workbook_path(ws, fw.id).is_file():
            created.append(Path(write_workspace_data_template(ws, fw).path))
    return created


def run_workspace(
    ws: Workspace,
    generated_at: datetime,
    *,
    formats: Iterable[str] | str = FORMATS,
    scan: ScanReport | None = None,
    progress: ProgressFn | None = None,
) -> RunSummary:
    """Run the whole job on ``ws``; ``generated_at`` is stamped on the reports (the caller owns the clock).

    ``scan`` lets a caller that already scanned (with its own progress display) pass the report in.
    """
    ws.ensure_dirs()
    scan = scan if scan is not None else scan_workspace(ws, progress=progress)
    links = load_links(ws)
    created = create_missing_workbooks(ws, links)
    scored = score_workspace(ws, links=links)
    notes = [t("run.created", path=p) for p in created] + list(scored.notes)
    notes += setting_warnings(ws.config.tools.model_dump())
    roadmap = None
    files: list[str] = []
    if ws.config.assessment.target:
        try:
            planned = workspace_roadmap(ws, links=links)
        except AccreditError as exc:  # a plan that cannot be made never blocks the reports
            notes.append(t("run.no_roadmap", error=str(exc)))
        else:
            roadmap = planned.roadmap
            notes += planned.notes
            written = write_roadmap_files(roadmap, default_workbook_path(ws, roadmap.target))
            files += [str(written.workbook), str(written.svg), str(written.png)]
    reports = write_workspace_reports(
        ws, generated_at, formats, scored=scored, links=links, roadmap=roadmap, plan_roadmap=False
    )
    notes += reports.notes
    briefs = [
        FrameworkBrief(
            framework=c.framework, title=c.title, name=framework_name(c.framework), passed=c.passed,
            total=float(c.total), max=float(c.max),
            unit=c.unit, decision=c.decision, blockers=[b.message for b in c.blockers], minimal_fix=list(c.minimal_fix),
        )
        for c in scored.scorecards
    ]
    return RunSummary(
        workspace=str(ws.root),
        scan=scan,
        frameworks=briefs,
        target=roadmap.target if roadmap else ws.config.assessment.target,
        earliest_year=roadmap.earliest_year if roadmap else None,
        roadmap_feasible=roadmap.feasible if roadmap else None,
        roadmap_explanation=list(roadmap.explanation) if roadmap else [],
        output_dir=str(Path(reports.out_dir)),
        files=[*reports.files, *files],
        notes=list(dict.fromkeys(notes)),
    )
