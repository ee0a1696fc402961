"""Adapter: the data workbooks of a workspace (where they live, writing them, computing from them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from accredit.i18n.message import Msg
from accredit.indicators.compute import compute_indicators
from accredit.indicators.data import InstitutionData
from accredit.indicators.reader import read_institution_data
from accredit.indicators.schema import build_schema
from accredit.indicators.template import write_data_template
from accredit.model.framework import Framework
from accredit.model.indicator import IndicatorReport
from accredit.workbooks import WorkbookUpdate
from accredit.workspace import Workspace


def file_slug(framework_id: str) -> str:
    """A framework id as a file-name part: 'tt38-2026_co-so-gdnn'."""
    return framework_id.replace("/", "_")


def data_workbook_path(ws: Workspace, framework_id: str) -> Path:
    """Where the data workbook of ``framework_id`` lives: ``<data>/so-lieu_<id>.xlsx``."""
    return ws.data_dir / f"so-lieu_{file_slug(framework_id)}.xlsx"


def needs_data(framework: Framework) -> bool:
    """True when some requirement of ``framework`` has a formula."""
    return any(r.formula is not None for r in framework.requirements)


def write_workspace_data_template(ws: Workspace, framework: Framework) -> WorkbookUpdate:
    """Create or refresh the workspace's data workbook for ``framework`` (typed values are kept)."""
    year = ws.config.assessment.year
    schema = build_schema(framework, year, ws.config.school.object)
    return write_data_template(data_workbook_path(ws, framework.id), schema, framework.title, year)


def workspace_indicators(ws: Workspace, framework: Framework, *, required: bool = True) -> IndicatorReport:
    """Compute ``framework``'s indicators from the workspace's data workbook.

    With ``required=False`` a missing workbook gives a report where every indicator is missing
    (so that scoring says 'no data' instead of failing).
    """
    year = ws.config.assessment.year
    obj = ws.config.school.object
    path = data_workbook_path(ws, framework.id)
    categories = ws.config.school.categories
    if not path.is_file() and not required:
        return compute_indicators(framework, InstitutionData(), year, obj, source=None, categories=categories)
    data = read_institution_data(path, build_schema(framework, year, obj))
    return compute_indicators(framework, data, year, obj, categories=categories)



@dataclass(frozen=True)
class DataInput:
    """The institutional data of one framework as read (None: none anywhere), with notes about the read."""

    data: InstitutionData | None
    notes: tuple[Msg, ...] = ()


def workspace_data(ws: Workspace, framework: Framework) -> DataInput:
    """The institutional data of ``framework`` from the workspace's data workbook (None when there is none).

    (The same name and result as on the branch of the workspace store, which reads the store instead.)
    """
    path = data_workbook_path(ws, framework.id)
    if not path.is_file():
        return DataInput(None)
    schema = build_schema(framework, ws.config.assessment.year, ws.config.school.object)
    return DataInput(read_institution_data(path, schema))


def indicators_of(
    ws: Workspace, framework: Framework, data: InstitutionData | None, *, required: bool = True
) -> IndicatorReport:
    """``framework``'s indicators computed from ``data`` as :func:`workspace_data` gave it, reading nothing
    (None with ``required=False``: every indicator missing, so that scoring says 'no data')."""
    year, obj, categories = ws.config.assessment.year, ws.config.school.object, ws.config.school.categories
    if data is None:
        if required:
            return workspace_indicators(ws, framework)  # the clear error naming the workbook to fill
        return compute_indicators(framework, InstitutionData(), year, obj, source=None, categories=categories)
    return compute_indicators(framework, data, year, obj, categories=categories)
