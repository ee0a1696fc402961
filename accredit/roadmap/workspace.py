"""Adapter: plan a workspace's roadmap from its current scorecards, and write the workbook and charts.

The scorecards come from :func:`accredit.scoring.workspace.score_workspace` (the same inputs as
``accredit score``): the target's, and those of its prerequisite frameworks (e.g. accreditation
for TT 35) when the workspace assesses them, so that their gap is planned first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from accredit.catalog.registry import default_catalog
from accredit.errors import AccreditError
from accredit.i18n import language, t
from accredit.i18n.message import Messages
from accredit.indicators.workspace import file_slug
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Framework, FrameworkPassed
from accredit.model.roadmap import Capacity, Roadmap
from accredit.model.scorecard import Scorecard
from accredit.roadmap.chart import chart_png, chart_svg
from accredit.roadmap.plan import plan
from accredit.roadmap.workbook import write_roadmap_workbook
from accredit.scoring.workspace import score_workspace
from accredit.workspace import Workspace, write_atomic


class RoadmapInputError(AccreditError):
    """No target framework, or an option the planner cannot use."""


@dataclass
class WorkspacePlan:
    """The roadmap of a workspace, with notes about missing inputs (shown, never hidden)."""

    roadmap: Roadmap
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RoadmapFiles:
    """What was written."""

    workbook: Path
    svg: Path
    png: Path
    kept: Path | None = None  # the person's edited workbook, moved aside


def target_id(ws: Workspace, target: str | None) -> str:
    """``--target``, else the workspace's ``assessment.target``."""
    chosen = target or ws.config.assessment.target
    if not chosen:
        raise RoadmapInputError(t("roadmap.cli.no_target", path=ws.config_path))
    return chosen


def _gate_ids(fw: Framework) -> list[str]:
    return [f for r in fw.decision.rules if isinstance(r, FrameworkPassed) for f in r.any_of]


def workspace_roadmap(
    ws: Workspace,
    target: str | None = None,
    *,
    start: int | None = None,
    horizon: int = 5,
    capacity: Capacity | None = None,
    gate_years: Mapping[str, int] | None = None,
    links: list[EvidenceLink] | None = None,
) -> WorkspacePlan:
    """Score the workspace (target and prerequisites) and plan toward ``target``."""
    fid = target_id(ws, target)
    if gate_years is None and ws.config.assessment.gate_years:
        gate_years = dict(ws.config.assessment.gate_years)
    catalog = default_catalog()
    framework = catalog.get(fid)
    run = score_workspace(ws, fid, links=links)
    card: Scorecard = run.scorecards[0]
    notes = list(run.notes)
    gates: dict[str, tuple[Framework, Scorecard]] = {}
    for gid in _gate_ids(framework):
        if gid in ws.config.assessment.frameworks and gid not in (gate_years or {}):
            gate_run = score_workspace(ws, gid, links=links)
            gates[gid] = (catalog.get(gid), gate_run.scorecards[0])
            notes += [n for n in gate_run.notes if n not in notes]
    roadmap = plan(
        framework,
        card,
        start=start,
        horizon=horizon,
        capacity=capacity,
        object_type=ws.config.school.object,
        gates=gates,
        gate_years=gate_years,
    )
    return WorkspacePlan(roadmap, notes)


def default_workbook_path(ws: Workspace, framework_id: str) -> Path:
    """``<output>/lo-trinh_<id>.xlsx``."""
    return ws.output_dir / f"lo-trinh_{file_slug(framework_id)}.xlsx"


def write_roadmap_files(roadmap: Roadmap, workbook: Path, messages: Messages | None = None) -> RoadmapFiles:
    """The workbook, and the chart next to it as SVG and PNG (same name), all written atomically.

    Texts in the language of ``messages`` (default: the command line's language).
    """
    messages = messages or Messages(language())
    kept = write_roadmap_workbook(roadmap, workbook, messages)
    svg = workbook.with_suffix(".svg")
    png = workbook.with_suffix(".png")
    write_atomic(svg, chart_svg(roadmap, messages))
    write_atomic(png, chart_png(roadmap, messages))
    return RoadmapFiles(workbook=workbook, svg=svg, png=png, kept=kept)
