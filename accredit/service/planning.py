"""Roadmap: plan toward the target from the current scorecards (:func:`plan_roadmap`), write it, re-check it."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from accredit.frameworks import resolve_framework
from accredit.i18n import t
from accredit.i18n.message import Messages
from accredit.model.framework import Framework
from accredit.model.roadmap import Capacity, ImportReport, Roadmap
from accredit.model.scorecard import Scorecard
from accredit.roadmap.plan import plan
from accredit.roadmap.workspace import RoadmapInputError, default_workbook_path, write_roadmap_files
from accredit.service.inputs import WorkspaceInputs, read_inputs
from accredit.service.results import RoadmapFiles, RoadmapResult
from accredit.service.scoring import score_all
from accredit.workspace import CONFIG_NAME, Workspace


def target_of(inputs: WorkspaceInputs, target: str | None = None) -> str:
    """``target``, else the workspace's ``assessment.target`` (an error naming ``accredit.toml`` without one)."""
    chosen = target or inputs.target
    if not chosen:
        raise RoadmapInputError(t("roadmap.cli.no_target", path=Path(inputs.root) / CONFIG_NAME))
    return chosen


def plan_roadmap(
    inputs: WorkspaceInputs,
    scorecards: Mapping[str, Scorecard],
    target: str | None = None,
    *,
    start: int | None = None,
    horizon: int = 5,
    capacity: Capacity | None = None,
    gate_years: Mapping[str, int] | None = None,
) -> Roadmap:
    """The roadmap toward ``target`` (else the workspace's) from ``scorecards`` (by framework id: the target's,
    and those of the workspace frameworks its gates name, so that their gap is planned first)."""
    fid = target_of(inputs, target)
    if gate_years is None and inputs.config.assessment.gate_years:
        gate_years = dict(inputs.config.assessment.gate_years)
    framework = inputs.of(fid).framework if inputs.has(fid) else resolve_framework(fid)
    gates: dict[str, tuple[Framework, Scorecard]] = {}
    for gid in framework.gate_ids:
        if gid in inputs.workspace_ids and gid not in (gate_years or {}) and gid in scorecards:
            gates[gid] = (inputs.of(gid).framework, scorecards[gid])
    return plan(
        framework,
        scorecards[framework.id],
        start=start,
        horizon=horizon,
        capacity=capacity,
        object_type=inputs.school.object,
        gates=gates,
        gate_years=gate_years,
    )


def write_roadmap(
    ws: Workspace, roadmap: Roadmap, workbook: Path | None = None, *, messages: Messages | None = None
) -> RoadmapFiles:
    """Write the roadmap's workbook (default: ``<output>/lo-trinh_<id>.xlsx``) and its chart (SVG, PNG) beside it;
    ``messages``: the language the documents are written in (the caller's; never a global)."""
    path = workbook or default_workbook_path(ws, roadmap.target)
    files = write_roadmap_files(roadmap, path, messages)
    return RoadmapFiles(workbook=str(files.workbook), svg=str(files.svg), png=str(files.png),
                        kept=str(files.kept) if files.kept is not None else None)


def roadmap(
    ws: Workspace,
    target: str | None = None,
    *,
    start: int | None = None,
    horizon: int = 5,
    capacity: Capacity | None = None,
    gate_years: Mapping[str, int] | None = None,
    links_file: Path | None = None,
    out: Path | None = None,
    write: bool = True,
    messages: Messages | None = None,
) -> RoadmapResult:
    """**roadmap**: score the target (and its gates), plan toward it, and write the workbook and charts
    (to ``out``, default the output folder; nothing is written when ``write`` is false)."""
    from accredit.scoring.workspace import read_links_file

    links = read_links_file(links_file) if links_file is not None else None
    probe = target or ws.config.assessment.target
    if not probe:
        raise RoadmapInputError(t("roadmap.cli.no_target", path=ws.config_path))
    inputs = read_inputs(ws, probe, links=links)
    scored = score_all(inputs)
    cards = {c.framework: c for c in (*scored.scorecards, *scored.gates)}
    planned = plan_roadmap(inputs, cards, probe, start=start, horizon=horizon, capacity=capacity,
                           gate_years=gate_years)
    files = write_roadmap(ws, planned, out, messages=messages) if write else None
    return RoadmapResult(roadmap=planned, files=files, notes=scored.notes)


def import_roadmap(path: Path) -> ImportReport:
    """**roadmap import**: read an edited roadmap workbook back and re-check it (timing, gates, capacity)."""
    from accredit.roadmap.workbook import import_roadmap as read_back

    return read_back(path)
