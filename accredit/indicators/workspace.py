"""Adapter: the data workbooks of a workspace (where they live, writing them, computing from them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from accredit.i18n import t
from accredit.i18n.message import Msg
from accredit.indicators.compute import compute_indicators
from accredit.indicators.data import InstitutionData
from accredit.indicators.reader import read_institution_data
from accredit.indicators.schema import build_schema
from accredit.indicators.template import DataWorkbookError, write_data_template
from accredit.model.framework import Framework
from accredit.model.indicator import IndicatorReport
from accredit.store.records import Actor
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


@dataclass(frozen=True)
class DataInput:
    """The institutional data of one framework as read (None: none anywhere), with notes about the read."""

    data: InstitutionData | None
    notes: tuple[Msg, ...] = ()


def workspace_data(ws: Workspace, framework: Framework, *, actor: Actor | None = None) -> DataInput:
    """The institutional data of ``framework`` from the workspace store.

    A data workbook edited since it was last in step with the store is imported first; when the store
    changed the same cells meanwhile nothing is imported and a note lists them. On a read-only
    workspace the workbook is read as it is. None when there is neither a data workbook nor data in the store.
    """
    from accredit.store.data_book import KIND, SYNC_YEAR, store_data
    from accredit.store.errors import StoreReadOnlyError
    from accredit.store.workspace import local_actor, open_workspace_store, store_path, sync_data

    year, obj = ws.config.assessment.year, ws.config.school.object
    path = data_workbook_path(ws, framework.id)
    schema = build_schema(framework, year, obj)
    who = actor or local_actor("excel")
    try:
        with open_workspace_store(ws, actor=who) as store:
            notes = sync_data(store, ws, framework, path, who.model_copy(update={"via": "excel"}))
            found = store_data(store, schema, str(path) if path.is_file() else str(store.path))
    except StoreReadOnlyError:  # a CD, a share: nothing can be written, the files are read as they are
        from accredit.store.exchange import unchanged_since

        with open_workspace_store(ws, readonly=True) as store:
            if store_path(ws).is_file() and (not path.is_file() or unchanged_since(
                    path, store.sync_state(KIND, framework.id, SYNC_YEAR))):
                return DataInput(store_data(store, schema, str(path)))
        return DataInput(read_institution_data(path, schema) if path.is_file() else None)
    if found is None and path.is_file():  # a workbook with nothing entered yet: data, all of it missing
        found = InstitutionData()
    return DataInput(found, tuple(notes))


def workspace_indicators(
    ws: Workspace, framework: Framework, *, required: bool = True, actor: Actor | None = None
) -> IndicatorReport:
    """Compute ``framework``'s indicators from the workspace's data (see :func:`workspace_data`).

    With ``required=False`` no data at all gives a report where every indicator is missing (so that
    scoring says 'no data' instead of failing); with ``required=True`` that is an error naming the
    data workbook to fill.
    """
    return indicators_of(ws, framework, workspace_data(ws, framework, actor=actor).data, required=required)


def indicators_of(
    ws: Workspace, framework: Framework, data: InstitutionData | None, *, required: bool = True
) -> IndicatorReport:
    """``framework``'s indicators computed from ``data`` as :func:`workspace_data` gave it (see
    :func:`workspace_indicators`, which reads and computes in one call)."""
    year = ws.config.assessment.year
    obj = ws.config.school.object
    categories = ws.config.school.categories
    if data is None:
        if required:
            raise DataWorkbookError(t("scoring.ind.read.missing_file", path=data_workbook_path(ws, framework.id)))
        return compute_indicators(framework, InstitutionData(), year, obj, source=None, categories=categories)
    return compute_indicators(framework, data, year, obj, categories=categories)
