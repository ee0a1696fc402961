"""Shared by the store's service modules: the frameworks of a workspace, the store opened for one call."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from accredit.errors import MessageError
from accredit.i18n.message import msg
from accredit.model.framework import Framework
from accredit.store.store import Store
from accredit.workspace import Workspace


class StoreInputError(MessageError):
    """A request names something the workspace does not have (framework, standard, year, data field), said as
    a message: the web desk renders it in the person's language, the command line in its own."""


def workspace_framework(ws: Workspace, framework_id: str) -> Framework:
    """The framework ``framework_id`` if the workspace assesses against it, else a clear error."""
    return next(iter(workspace_frameworks(ws, framework_id)))


def workspace_frameworks(ws: Workspace, framework_id: str | None = None) -> list[Framework]:
    """The workspace's frameworks, or only ``framework_id`` (which must be one of them).

    A programme's set is not one of the school's: its ratings live in the programme's own store
    (:func:`accredit.programmes.workspace.programme_workspace`), never in the school's, where two
    programmes on the same set would share them."""
    from accredit.frameworks import workspace_frameworks as own_frameworks

    frameworks = own_frameworks(ws)
    if framework_id is None:
        return frameworks
    wanted = [f for f in frameworks if f.id == framework_id.strip().lower()]
    if not wanted:
        raise StoreInputError(msg("store.input.framework", id=framework_id,
                                known=", ".join(f.id for f in frameworks)))
    return wanted


def requirement_of(framework: Framework, code: str) -> str:
    """``code`` if ``framework`` has such a standard, else a clear error."""
    code = code.strip()
    if code not in {r.code for r in framework.requirements}:
        raise StoreInputError(msg("scoring.assessment.unknown_code", code=code, id=framework.id))
    return code


@contextmanager
def reading(ws: Workspace) -> Iterator[Store]:
    """The workspace's store for a read: opened (and migrated) normally, read-only where nothing can be written."""
    from accredit.store.errors import StoreReadOnlyError
    from accredit.store.workspace import open_workspace_store

    yielded = False
    try:
        with open_workspace_store(ws) as store:
            yielded = True
            yield store
            return
    except StoreReadOnlyError:
        if yielded:
            raise
    with open_workspace_store(ws, readonly=True) as store:
        yield store


def import_sources(
    frameworks: list[Framework], path: Path | None, own_path: Callable[[str], Path], missing_key: str
) -> Iterator[tuple[Framework, Path, Path]]:
    """(framework, workbook to import, the framework's own workbook) for an import: ``path`` when given (then
    exactly one framework, and the file must exist: a clear error otherwise), else each framework's own
    workbook that exists."""
    if path is not None and len(frameworks) != 1:
        raise StoreInputError(msg("store.input.which_framework", path=str(path)))
    for fw in frameworks:
        own = own_path(fw.id)
        source = path if path is not None else own
        if not source.is_file():
            if path is not None:
                raise StoreInputError(msg(missing_key, path=str(source)))
            continue
        yield fw, source, own

