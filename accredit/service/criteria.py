"""Criteria sets: list, show, validate, diff, JSON schema, lock, and the import of a draft from a circular."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field

from accredit.catalog.registry import default_catalog
from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.model.base import Value
from accredit.model.framework import Framework, ObjectType


class CriteriaExists(AccreditError):
    """The draft's file exists already (overwrite it on purpose only)."""


class CriteriaImport(Value):
    """A draft criteria set imported from a circular's text, and the file it was written to."""

    path: str
    result: Any = Field(description="The importer's result (accredit.catalog.importer.ImportResult).")


def criteria_list() -> list[Any]:
    """**criteria list**: every criteria set of the catalog, with its status, dates and counts."""
    from accredit.catalog.summary import list_frameworks

    return list(list_frameworks(default_catalog()))


def criteria_get(framework_id: str) -> Framework:
    """One criteria set of the catalog (an error naming the known ones when it is not there)."""
    return default_catalog().get(framework_id)


def criteria_show(framework_id: str, code: str | None = None) -> dict[str, object]:
    """**criteria show**: a criteria set, one criterion or one requirement, as data (KeyError: no such code)."""
    from accredit.catalog.summary import framework_view

    return framework_view(criteria_get(framework_id), code)


def criteria_validate(paths: list[Path] | None = None) -> Any:
    """**criteria validate**: check criteria files (schema, codes, points, rules, windows, published lock)."""
    from accredit.catalog.validate import validate_paths

    return validate_paths(paths)


def criteria_diff(old_id: str, new_id: str) -> Any:
    """**criteria diff**: added, removed and changed requirements and pass-rule changes between two sets."""
    from accredit.catalog.diff import diff_frameworks

    catalog = default_catalog()
    return diff_frameworks(catalog.get(old_id), catalog.get(new_id), catalog)


def criteria_schema(kind: str = "framework", out: Path | None = None) -> dict[str, Any]:
    """**criteria schema**: the JSON Schema of criteria files (``kind``: framework | crosswalk), written to
    ``out`` when given."""
    import json

    from accredit.catalog.schema import criteria_json_schema
    from accredit.workspace import write_atomic

    schema = criteria_json_schema(kind)
    if out is not None:
        write_atomic(out, json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    return schema


def criteria_lock() -> dict[str, str]:
    """**criteria lock**: record the content hash of newly published sets in published.lock.yaml."""
    from accredit.catalog.validate import lock_published

    return lock_published()


def draft_path(framework_id: str, out: Path | None = None) -> Path:
    """Where an imported draft goes: ``out``, else ``criteria/<id>.yaml`` under the current folder."""
    return out or Path("criteria") / f"{framework_id.lower()}.yaml"


def criteria_import(
    file: Path,
    framework_id: str,
    *,
    out: Path | None = None,
    force: bool = False,
    title: str | None = None,
    objects: list[ObjectType] | None = None,
) -> CriteriaImport:
    """**criteria import**: a DRAFT criteria set from a circular's own text (.docx, text-layer .pdf, .txt, .md),
    written as YAML to ``out`` (default ``criteria/<id>.yaml``); an existing file is kept unless ``force``."""
    from accredit.catalog.importer import draft_yaml, import_file
    from accredit.workspace import write_atomic

    target = draft_path(framework_id, out)
    if target.exists() and not force:
        raise CriteriaExists(t("criteria.import.exists", path=target))
    result = import_file(file, framework_id=framework_id, title=title, applies_to=objects or None)
    write_atomic(target, draft_yaml(result.framework))
    return CriteriaImport(path=str(target), result=result)
