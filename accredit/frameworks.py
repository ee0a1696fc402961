"""The frameworks a workspace works on, resolved in ONE place (scan, score, roadmap, reports, package, programmes).

A framework's file is read directly when it sits where its id says
(``criteria/<regulation>/<object>.yaml``): a scan or a score of one workspace never loads the whole
catalog. Any other id (an alias, an older version, a set found elsewhere) goes through the catalog.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from accredit.catalog.files import load_framework
from accredit.catalog.registry import criteria_root, default_catalog
from accredit.model.framework import Framework
from accredit.workspace import Workspace


def resolve_framework(framework_id: str) -> Framework:
    """The framework ``framework_id`` (its own file when it sits where its id says, else from the catalog)."""
    return _framework_file(framework_id) or default_catalog().get(framework_id)


def workspace_frameworks(ws: Workspace, framework_id: str | None = None) -> list[Framework]:
    """The frameworks to work on: ``framework_id`` when given, else every framework of ``accredit.toml``."""
    ids = [framework_id] if framework_id else list(ws.config.assessment.frameworks)
    return [resolve_framework(fid) for fid in ids]


def evidence_frameworks(ws: Workspace) -> list[Framework]:
    """The frameworks evidence is filed under and mapped to: the workspace's own, then each criteria set its
    programmes are assessed against (``[[programmes]]`` in ``accredit.toml``), once each."""
    from accredit.programmes.layout import programme_sets

    school = list(ws.config.assessment.frameworks)
    return [resolve_framework(fid) for fid in [*school, *programme_sets(ws.config.programmes, school)]]


@lru_cache(maxsize=16)
def _load_cached(path: str, mtime_ns: int) -> Framework:
    return load_framework(Path(path))


def _framework_file(framework_id: str) -> Framework | None:
    for ext in (".yaml", ".yml", ".json"):
        path = criteria_root() / f"{framework_id}{ext}"
        if path.is_file():
            fw = _load_cached(str(path), path.stat().st_mtime_ns)
            return fw if fw.id == framework_id.lower() else None
    return None
