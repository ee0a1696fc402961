"""One-line summaries of criteria sets, as printed by ``accredit criteria list``."""

from __future__ import annotations

from datetime import date

from accredit.catalog.registry import Catalog
from accredit.model.base import Value
from accredit.model.framework import Framework, FrameworkStatus, Number, ObjectType


class FrameworkSummary(Value):
    """Id, regulation, object, status, effective date and counts of one framework."""

    id: str
    title: str
    regulation: str
    applies_to: list[ObjectType]
    status: FrameworkStatus
    effective: date
    effective_verified: bool = True
    superseded_by: str | None
    newer_version: str | None = None
    criteria: int
    requirements: int
    indicators: int
    max_points: Number | None
    unverified: int
    content_hash: str


def summarise(fw: Framework, newer_version: str | None = None) -> FrameworkSummary:
    """The summary of one framework (``newer_version``: the version replacing it, from the catalog)."""
    reqs = fw.requirements
    return FrameworkSummary(
        id=fw.id,
        title=fw.title,
        regulation=fw.regulation.number,
        applies_to=fw.applies_to,
        status=fw.status,
        newer_version=newer_version,
        effective=fw.regulation.effective,
        effective_verified=fw.regulation.effective_status == "official",
        superseded_by=fw.superseded_by,
        criteria=len(fw.criteria),
        requirements=len(reqs),
        indicators=sum(1 for r in reqs if r.formula is not None),
        max_points=fw.max_points if fw.max_points is not None else None,
        unverified=sum(1 for r in reqs if r.text_status != "official"),
        content_hash=fw.content_hash,
    )


def list_frameworks(catalog: Catalog) -> list[FrameworkSummary]:
    """Summaries of every framework in the catalog, sorted by id."""
    return [summarise(catalog.frameworks[k], catalog.newer_version(k)) for k in sorted(catalog.frameworks)]



def framework_view(fw: Framework, code: str | None = None) -> dict[str, object]:
    """What ``criteria show`` prints: the whole framework, or one requirement with its context.

    Raises ``KeyError`` when ``code`` is neither a requirement nor a criterion code.
    """
    if code is None:
        return {**fw.model_dump(mode="json"), "content_hash": fw.content_hash}
    try:
        req = fw.requirement(code)
    except KeyError:
        crit = fw.criterion(code)
        return {"framework": fw.id, "criterion": crit.model_dump(mode="json")}
    crit = fw.criterion_of(code)
    window = fw.window_of(req)
    return {
        "framework": fw.id,
        "criterion": {"code": crit.code, "label": crit.label, "title": crit.title},
        "requirement": req.model_dump(mode="json"),
        "effective_window": window.model_dump(mode="json"),
    }
