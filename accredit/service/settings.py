"""The school's settings a QA lead changes from a front end: which criteria sets it is assessed against, the
target the roadmap aims at (``[assessment]`` of ``accredit.toml``, edited keeping the file's comments).

A set newly chosen gets what ``accredit init`` makes for each set: its evidence folder (``TT38 - Chuẩn cơ sở
GDNN``, :func:`accredit.workspace_init.evidence_folder`) bound to it in ``[evidence.code_scopes]``, so a code
filed there links to that set. A set no longer chosen keeps its folder and binding (the files stay where they
are, and choosing it again finds them), unless a set newly chosen has the same folder name (a newer version of
it): the folder then goes on with the new set."""

from __future__ import annotations

from accredit.catalog.registry import default_catalog
from accredit.catalog.summary import FrameworkSummary, summarise
from accredit.containment import contained
from accredit.errors import MessageError
from accredit.i18n.message import msg
from accredit.workspace import Workspace, WorkspaceConfig


def framework_choices(ws: Workspace) -> list[FrameworkSummary]:
    """Every criteria set of the catalog that applies to the school's kind of institution, by id; a superseded
    one (or one a newer version replaced) says so in ``status`` / ``newer_version``."""
    catalog = default_catalog()
    obj = ws.config.school.object
    return [summarise(fw, catalog.newer_version(fid)) for fid, fw in sorted(catalog.frameworks.items())
            if obj in fw.applies_to]


def set_frameworks(ws: Workspace, frameworks: list[str], target: str | None) -> WorkspaceConfig:
    """Make ``frameworks`` (catalog ids, in the order given) the school's criteria sets and ``target`` (one that
    applies to the school, or None) the roadmap's; refused, with a message, for a set unknown or not for the
    school's kind of institution, or none at all. ``accredit.toml`` keeps its comments and layout."""
    from accredit.programmes.config import set_frameworks as write

    known = {c.id: c for c in framework_choices(ws)}
    chosen = list(dict.fromkeys(f.strip().lower() for f in frameworks if f.strip()))
    if not chosen:
        raise MessageError(msg("service.settings.none"))
    wrong = [f for f in chosen if f not in known]
    if wrong:
        raise MessageError(msg("service.settings.not_for_school", ids=", ".join(wrong),
                               object=msg(f"workspace.object.{ws.config.school.object.value}")))
    aim = target.strip().lower() if target and target.strip() else None
    if aim is not None and aim not in known:
        raise MessageError(msg("service.settings.bad_target", id=aim))
    scopes = _new_scopes(ws, chosen)
    config = write(ws, chosen, aim, scopes)
    for folder in scopes:
        contained(ws.evidence_dir, folder).mkdir(parents=True, exist_ok=True)
    return config


def _new_scopes(ws: Workspace, frameworks: list[str]) -> dict[str, str]:
    """The evidence folders (→ set) to bind for each of ``frameworks`` no folder is bound to yet: the one
    ``accredit init`` names; when that name is bound already, to a set no longer chosen (a newer version
    replacing it) the folder goes on with the new set, else (both chosen) the new set's id follows the name."""
    from accredit.workspace_init import evidence_folder

    bound = dict(ws.config.evidence.code_scopes)
    out: dict[str, str] = {}
    for fid in frameworks:
        if fid in bound.values():
            continue
        folder = evidence_folder(default_catalog().get(fid))
        holder = next((f for f in bound if f.casefold() == folder.casefold()), None)  # one folder on Windows
        if holder is not None and bound[holder] not in frameworks:
            folder = holder
        elif holder is not None:
            folder = f"{folder} ({fid.rsplit('/', 1)[-1]})"
        bound[folder] = out[folder] = fid
    return out
