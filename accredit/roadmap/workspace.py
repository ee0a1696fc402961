"""Adapter: where a workspace's roadmap files go, and writing the workbook and charts.

Planning itself is :func:`accredit.service.planning.plan_roadmap`, a function of the workspace's inputs
and scorecards (:mod:`accredit.service`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from accredit.errors import AccreditError
from accredit.i18n import language, t
from accredit.i18n.message import Messages
from accredit.indicators.workspace import file_slug
from accredit.model.roadmap import Roadmap
from accredit.workspace import Workspace, write_atomic


class RoadmapInputError(AccreditError):
    """No target framework, or an option the planner cannot use."""


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


def default_workbook_path(ws: Workspace, framework_id: str) -> Path:
    """``<output>/lo-trinh_<id>.xlsx``."""
    return ws.output_dir / f"lo-trinh_{file_slug(framework_id)}.xlsx"


def write_roadmap_files(roadmap: Roadmap, workbook: Path, messages: Messages | None = None) -> RoadmapFiles:
    """The workbook, and the chart next to it as SVG and PNG (same name), all written atomically.

    Texts in the language of ``messages`` (default: the command line's language).
    """
    from accredit.roadmap.chart import chart_png, chart_svg
    from accredit.roadmap.workbook import write_roadmap_workbook  # openpyxl: loaded by the process that writes

    messages = messages or Messages(language())
    kept = write_roadmap_workbook(roadmap, workbook, messages)
    svg = workbook.with_suffix(".svg")
    png = workbook.with_suffix(".png")
    write_atomic(svg, chart_svg(roadmap, messages))
    write_atomic(png, chart_png(roadmap, messages))
    return RoadmapFiles(workbook=workbook, svg=svg, png=png, kept=kept)
