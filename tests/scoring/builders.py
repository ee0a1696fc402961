"""Builders shared by the scoring, ratings and indicator tests: frameworks, assessments, links, indicators."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from accredit.catalog.files import load_framework
from accredit.model.assessment import Assessment, Rating, Status, window_years
from accredit.model.evidence import EvidenceLink, LinkOrigin
from accredit.model.framework import Framework, ObjectType
from accredit.model.indicator import IndicatorResult, IndicatorStatus
from accredit.workspace import AssessmentSettings, SchoolInfo, Workspace, WorkspaceConfig, init_workspace

CRITERIA = Path(__file__).resolve().parents[2] / "criteria"
TT35 = "tt35-2021/truong-cao-dang"
TT38 = "tt38-2026/co-so-gdnn"
YEAR = 2026


def real(framework_id: str) -> Framework:
    """A framework loaded from the source tree's criteria folder."""
    return load_framework(CRITERIA / f"{framework_id}.yaml")


def req(code: str, points: int | None = 4, **extra: Any) -> dict[str, Any]:
    """Requirement data."""
    data: dict[str, Any] = {
        "code": code,
        "label": f"Tiêu chuẩn {code}",
        "text": f"Nội dung {code}.",
        "article": "Điều 1",
    }
    if points is not None:
        data["points"] = points
    data.update(extra)
    return data


def framework(
    criteria: Mapping[str, int],
    rules: list[dict[str, Any]],
    *,
    points: int = 4,
    scored: bool = True,
    window: dict[str, Any] | None = None,
    fid: str = "tt99-2030/truong-cao-dang",
    overrides: Mapping[str, dict[str, Any]] | None = None,
) -> Framework:
    """A framework with ``criteria`` = {criterion code: number of requirements}; codes 'c.i'."""
    overrides = overrides or {}
    crits = []
    for c, n in criteria.items():
        reqs = []
        for i in range(1, n + 1):
            code = f"{c}.{i}"
            reqs.append(req(code, points if scored else None, **overrides.get(code, {})))
        crits.append(
            {"code": c, "label": f"Tiêu chí {c}", "title": f"Tiêu chí {c}", "article": "Điều 1", "requirements": reqs}
        )
    return Framework.model_validate(
        {
            "id": fid,
            "title": "Bộ tiêu chí thử nghiệm",
            "regulation": {
                "number": "99/2030/TT-TEST",
                "title": "Thử nghiệm",
                "issuer": "Bộ Thử nghiệm",
                "issued": "2030-01-01",
                "effective": "2030-02-01",
                "source": "tests",
            },
            "status": "current",
            "applies_to": ["truong_cao_dang"],
            "scored": scored,
            "default_window": window or {"mode": "at_evaluation"},
            "criteria": crits,
            "decision": {"article": "Điều 2", "text": "Thử nghiệm.", "rules": rules},
        }
    )


def rating(
    fw: Framework,
    code: str,
    status: Status | str | None,
    year: int = YEAR,
    years: Mapping[int, Status | str] | None = None,
    obj: ObjectType | None = None,
) -> Rating:
    """A rating; for multi-year windows without ``years``, every window year gets ``status``."""
    st = Status(status) if status is not None else None
    window = window_years(fw, fw.requirement(code), year, obj)
    if years is None and len(window) > 1 and st is not None:
        years = {y: st for y in window}
    return Rating(code=code, status=st, years={y: Status(s) for y, s in (years or {}).items()})


def assessment(
    fw: Framework,
    statuses: Mapping[str, Status | str | Rating | None] | None = None,
    *,
    default: Status | str | None = Status.MET,
    year: int = YEAR,
    obj: ObjectType | None = None,
    **extra: Any,
) -> Assessment:
    """Every requirement rated ``default`` (every year), except ``statuses`` overrides."""
    statuses = dict(statuses or {})
    ratings = []
    for r in fw.requirements:
        given = statuses.get(r.code, default)
        if isinstance(given, Rating):
            ratings.append(given)
        elif given is not None:
            ratings.append(rating(fw, r.code, given, year, obj=obj))
    return Assessment(
        framework=fw.id, framework_version=fw.content_hash, year=year, object_type=obj, ratings=ratings, **extra
    )


def link(fw: Framework, code: str, origin: LinkOrigin = LinkOrigin.CODE, confirmed: bool = True) -> EvidenceLink:
    """One evidence link for ``code``."""
    return EvidenceLink(
        evidence_id=f"sha256:{code}",
        path=f"minh-chung/{code}.pdf",
        framework=fw.id,
        requirement=code,
        origin=origin,
        confirmed=confirmed,
        evidence_code=f"H{code}",
    )


def links(fw: Framework, codes: Iterable[str] | None = None) -> list[EvidenceLink]:
    """A counting link for every requirement (or ``codes``)."""
    return [link(fw, c) for c in (codes if codes is not None else [r.code for r in fw.requirements])]


def indicator(
    fw: Framework, code: str, year: int, status: IndicatorStatus | str, value: Decimal | int | str | None = None
) -> IndicatorResult:
    """An indicator result built directly (the scorer does not recompute it)."""
    r = fw.requirement(code)
    f = r.formula
    assert f is not None
    st = IndicatorStatus(status)
    if value is None and st in (IndicatorStatus.MET, IndicatorStatus.NOT_MET):
        value = (
            f.threshold
            if st == IndicatorStatus.MET
            else (f.threshold - 1 if f.comparator in (">=", ">") else f.threshold + 1)
        )
    return IndicatorResult.of_formula(
        fw.id,
        r,
        year,
        status=st,
        value=None if value is None else Decimal(value),
        problems=["khảo sát chưa đạt yêu cầu"] if st == IndicatorStatus.INVALID else [],
    )


def indicators(
    fw: Framework,
    overrides: Mapping[tuple[str, int], IndicatorStatus | str] | None = None,
    year: int = YEAR,
    obj: ObjectType | None = None,
) -> list[IndicatorResult]:
    """A met result for every formula requirement and window year, except ``overrides``."""
    overrides = overrides or {}
    out = []
    for r in fw.requirements:
        if r.formula is None:
            continue
        for y in window_years(fw, r, year, obj):
            out.append(indicator(fw, r.code, y, overrides.get((r.code, y), IndicatorStatus.MET)))
    return out


def make_ws(root: Path, *frameworks: str, target: str | None = None) -> Workspace:
    """A new workspace at ``root`` for a test college assessing ``frameworks`` in 2026 (roadmap ``target``)."""
    config = WorkspaceConfig(
        school=SchoolInfo(name="Trường Cao đẳng Kỹ thuật Thử nghiệm", object="truong_cao_dang"),
        assessment=AssessmentSettings(year=2026, frameworks=list(frameworks), target=target),
    )
    return init_workspace(root, config)
