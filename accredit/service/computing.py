"""Indicators: every indicator computed from the data workbooks, with its formula trace."""

from __future__ import annotations

from accredit.scoring.workspace import indicator_reports
from accredit.service.results import IndicatorsResult
from accredit.workspace import Workspace


def indicators(ws: Workspace, framework_id: str | None = None) -> IndicatorsResult:
    """**indicators**: the indicators of each framework of ``ws`` (or ``framework_id``) that has some, each data
    workbook read once. A missing data workbook is an error here (``accredit data template`` creates it)."""
    return IndicatorsResult(reports=indicator_reports(ws, framework_id))
