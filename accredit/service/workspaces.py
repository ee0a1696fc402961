"""Open and create workspaces (``accredit.toml`` and its folders)."""

from __future__ import annotations

from pathlib import Path

from accredit import workspace_init
from accredit.catalog.registry import default_catalog
from accredit.model.framework import ObjectType
from accredit.service.results import InitResult, note
from accredit.workspace import Workspace, find_workspace, load_workspace


def open_workspace(path: Path | None = None) -> Workspace:
    """The workspace at ``path``, else the one holding the current folder (walking up to ``accredit.toml``)."""
    return load_workspace(path) if path is not None else find_workspace()


def inside_a_workspace(start: Path | None = None) -> bool:
    """Whether ``start`` (default: the current folder) or a folder above it holds ``accredit.toml``."""
    from accredit.workspace import CONFIG_NAME

    here = (start or Path.cwd()).resolve()
    return any((folder / CONFIG_NAME).is_file() for folder in (here, *here.parents))


def copy_demo(out: Path | None = None) -> Path:
    """**demo**: copy the bundled demo school to ``out`` (default: a new temporary folder); returns where it is,
    as given. A demo copied there earlier (perhaps edited) is kept as it is."""
    from accredit.demo import copy_demo as copy

    return copy(out)


def demo_workspace(out: Path | None = None) -> Workspace:
    """A copy of the bundled demo school at ``out`` (default: a new temporary folder), opened."""
    return load_workspace(copy_demo(out))


def init(
    directory: Path,
    frameworks: list[str],
    *,
    name: str,
    year: int,
    obj: ObjectType = ObjectType.TRUONG_CAO_DANG,
    province: str | None = None,
    code: str | None = None,
    target: str | None = None,
) -> InitResult:
    """**init**: create a workspace (``accredit.toml``, one evidence folder per criteria set, data, reports)."""
    catalog = default_catalog()
    chosen = list({f.id: f for f in (catalog.get(fid) for fid in frameworks)}.values())
    goal = catalog.get(target) if target is not None else None
    config = workspace_init.new_config(chosen, name=name, year=year, obj=obj, province=province,
                                       code=code.strip() if code and code.strip() else None, target=goal)
    ws = workspace_init.create(directory, config)
    warnings = workspace_init.warnings(chosen, goal, obj, catalog.frameworks)
    return InitResult(
        root=str(ws.root),
        config=ws.config,
        folders=[str(f) for f in (ws.evidence_dir, ws.data_dir, ws.output_dir, ws.cache_dir)],
        evidence_folders=[str(ws.evidence_dir / sub)
                          for sub in [*config.evidence.code_scopes, workspace_init.SHARED_FOLDER]],
        notes=[note(w) for w in warnings],
    )
