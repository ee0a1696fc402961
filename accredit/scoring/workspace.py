"""Adapter: the workspace's ratings and data templates, indicator reports, and the links of a JSON file.

Scoring a workspace is :func:`accredit.service.score_all` over the inputs :func:`accredit.service.read_inputs`
read once; the pure ``score()`` itself never touches files.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from accredit.frameworks import workspace_frameworks
from accredit.i18n import t
from accredit.indicators.workspace import (
    needs_data,
    workspace_indicators,
    write_workspace_data_template,
)
from accredit.model.evidence import EvidenceLink
from accredit.model.indicator import IndicatorReport
from accredit.ratings.layout import META_FRAMEWORK, SHEET_GUIDE
from accredit.ratings.template import RatingsError
from accredit.ratings.workspace import (
    WORKBOOK_SUFFIXES,
    write_workspace_ratings_template,
)
from accredit.workbooks import WorkbookUpdate
from accredit.workspace import Workspace


def load_links(ws: Workspace) -> list[EvidenceLink]:
    """The workspace's evidence links from the evidence index (none when the folder was never scanned)."""
    from accredit.evidence.index import INDEX_NAME
    from accredit.evidence.service import evidence_links

    if not (ws.cache_dir / INDEX_NAME).is_file():
        return []
    return evidence_links(ws)


def read_links_file(path: Path) -> list[EvidenceLink]:
    """Evidence links from a JSON file (a list of EvidenceLink objects, as ``accredit evidence`` emits them)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return TypeAdapter(list[EvidenceLink]).validate_python(data)
    except FileNotFoundError as exc:
        raise RatingsError(t("scoring.cli.links_missing", path=path)) from exc
    except (json.JSONDecodeError, ValidationError) as exc:
        first = str(exc).splitlines()[:3]
        raise RatingsError(t("scoring.cli.links_invalid", path=path, error=" ".join(first))) from exc


def ratings_framework_id(path: Path) -> str | None:
    """The framework a ratings file names (workbook guide sheet, or the 'framework' key)."""
    if not path.is_file():
        return None
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        from accredit.ratings.template import read_guide
        from accredit.zipguard import load_values

        wb = load_values(path, data_only=True)
        try:
            return read_guide(wb[SHEET_GUIDE]).get(META_FRAMEWORK) if SHEET_GUIDE in wb.sheetnames else None
        finally:
            wb.close()
    from accredit.catalog.files import read_document
    from accredit.errors import CriteriaFileError

    try:
        fid = read_document(path).get("framework")
    except CriteriaFileError as exc:
        raise RatingsError(str(exc)) from exc
    return str(fid) if fid else None


def ratings_templates(
    ws: Workspace, framework_id: str | None = None, links: list[EvidenceLink] | None = None
) -> list[WorkbookUpdate]:
    """Create or refresh the ratings workbook of each framework (evidence columns from the links)."""
    all_links = links if links is not None else load_links(ws)
    return [write_workspace_ratings_template(ws, fw, all_links) for fw in workspace_frameworks(ws, framework_id)]


def data_templates(ws: Workspace, framework_id: str | None = None) -> list[WorkbookUpdate]:
    """Create or refresh the data workbook of each framework that has indicators (others need none)."""
    return [write_workspace_data_template(ws, fw) for fw in workspace_frameworks(ws, framework_id) if needs_data(fw)]


def indicator_reports(ws: Workspace, framework_id: str | None = None) -> list[IndicatorReport]:
    """Every indicator of each framework that has some, computed from the workspace's data workbooks."""
    return [workspace_indicators(ws, fw) for fw in workspace_frameworks(ws, framework_id) if needs_data(fw)]
