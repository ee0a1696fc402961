"""Ratings as YAML or JSON (for scripting), read into the same :class:`Assessment` as the workbook.

::

    framework: tt35-2021/truong-cao-dang
    version: sha256:…            # the framework's content hash ('accredit criteria show' prints it)
    year: 2026
    object: truong_cao_dang      # optional: chooses window lengths that depend on the object
    ratings:
      "1.3": Đạt                 # shorthand: the status only
      "4.1":
        status: Đạt
        years: {2024: Đạt, 2025: Dat, 2026: met}
        current_state: …         # Mô tả hiện trạng
        strengths: …             # Điểm mạnh
        weaknesses: …            # Tồn tại
        improvement_plan: …      # Kế hoạch cải tiến
        evidence: [H1.04.01.01]
        note: …
    external_results:            # results from outside, e.g. an accreditation certificate (gates)
      - framework: tt14-2024/truong
        passed: true
        note: GCN số 12/GCN-KĐCL, 01/03/2025

Statuses may be typed without diacritics ("Dat", "khong dat") or as the English values.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from accredit.catalog.files import read_document
from accredit.errors import CriteriaFileError
from accredit.i18n import t
from accredit.model.assessment import (
    Assessment,
    ExternalResult,
    Narrative,
    Rating,
    Status,
    parse_status,
    window_years,
)
from accredit.model.framework import Framework, ObjectType
from accredit.ratings.template import RatingsError
from accredit.ratings.workbook import check_framework, split_codes

TOP_KEYS = {"framework", "version", "year", "object", "ratings", "external_results"}
RATING_KEYS = {"status", "years", "current_state", "strengths", "weaknesses", "improvement_plan", "evidence", "note"}


def _status(value: Any, where: str, problems: list[str]) -> Status | None:
    try:
        return parse_status(value)
    except ValueError:
        problems.append(
            f"{where}: "
            + t("scoring.ratings.bad_status", value=value, accepted="Đạt, Không đạt, Chưa đánh giá, Không áp dụng")
        )
        return None


def _rating(
    code: str, entry: Any, where: str, framework: Framework, year: int, obj: ObjectType | None, problems: list[str]
) -> Rating | None:
    if not isinstance(entry, dict):
        status = _status(entry, where, problems)
        return Rating(code=code, status=status, source=where)
    unknown = sorted(set(entry) - RATING_KEYS)
    if unknown:
        problems.append(
            f"{where}: "
            + t(
                "scoring.ratings.unknown_keys",
                keys=", ".join(map(str, unknown)),
                allowed=", ".join(sorted(RATING_KEYS)),
            )
        )
    status = _status(entry.get("status"), f"{where}.status", problems)
    allowed = set(window_years(framework, framework.requirement(code), year, obj))
    years: dict[int, Status] = {}
    raw_years = entry.get("years") or {}
    if not isinstance(raw_years, dict):
        problems.append(f"{where}.years: " + t("scoring.ratings.years_mapping"))
        raw_years = {}
    for y_raw, value in raw_years.items():
        try:
            y = int(y_raw)
        except (TypeError, ValueError):
            problems.append(f"{where}.years.{y_raw}: " + t("scoring.ind.read.bad_year", value=y_raw))
            continue
        if y not in allowed:
            problems.append(
                f"{where}.years.{y}: "
                + t("scoring.assessment.year_outside", code=code, years=y, first=min(allowed), last=max(allowed))
            )
            continue
        st = _status(value, f"{where}.years.{y}", problems)
        if st is not None:
            years[y] = st
    evidence = entry.get("evidence") or []
    codes = [str(c).strip() for c in evidence] if isinstance(evidence, list) else split_codes(evidence)
    narrative = Narrative(
        **{
            k: (str(entry[k]).strip() if entry.get(k) is not None else None)
            for k in ("current_state", "strengths", "weaknesses", "improvement_plan")
        }
    )
    note = str(entry["note"]).strip() if entry.get("note") is not None else None
    return Rating(
        code=code, status=status, years=years, narrative=narrative, evidence_codes=codes, note=note, source=where
    )


def assessment_from_document(data: Any, framework: Framework, source: str) -> Assessment:
    """Validate a parsed ratings document against ``framework``; every problem is named by its key path."""
    if not isinstance(data, dict):
        raise RatingsError(f"{source}: " + t("scoring.ratings.not_mapping"))
    problems: list[str] = []
    unknown = sorted(set(data) - TOP_KEYS)
    if unknown:
        problems.append(
            f"{source}: "
            + t("scoring.ratings.unknown_keys", keys=", ".join(map(str, unknown)), allowed=", ".join(sorted(TOP_KEYS)))
        )
    check_framework(source, data.get("framework"), data.get("version"), framework)
    try:
        year = int(data["year"])
    except (KeyError, TypeError, ValueError):
        raise RatingsError(f"{source}.year: " + t("scoring.ind.read.bad_year", value=data.get("year"))) from None
    try:
        obj = ObjectType(data["object"]) if data.get("object") else None
    except ValueError:
        raise RatingsError(
            f"{source}.object: "
            + t("scoring.ratings.bad_object", value=data.get("object"), allowed=", ".join(o.value for o in ObjectType))
        ) from None
    codes = {r.code for r in framework.requirements}
    ratings: list[Rating] = []
    raw = data.get("ratings") or {}
    if not isinstance(raw, dict):
        raise RatingsError(f"{source}.ratings: " + t("scoring.ratings.ratings_mapping"))
    for code_raw, entry in raw.items():
        code = str(code_raw).strip()
        where = f"{source}, ratings.{code}"
        if code not in codes:
            problems.append(f"{where}: " + t("scoring.assessment.unknown_code", code=code, id=framework.id))
            continue
        rating = _rating(code, entry, where, framework, year, obj, problems)
        if rating is not None:
            ratings.append(rating)
    external: list[ExternalResult] = []
    for i, ext in enumerate(data.get("external_results") or []):
        try:
            external.append(ExternalResult.model_validate(ext))
        except ValueError as exc:
            problems.append(f"{source}, external_results[{i}]: {exc}".splitlines()[0])
    if problems:
        raise RatingsError("\n".join([t("scoring.ratings.problems", count=len(problems)), *problems]))
    return Assessment(
        framework=framework.id,
        framework_version=framework.content_hash,
        year=year,
        object_type=obj,
        ratings=ratings,
        external_results=external,
        source=source,
    )


def read_ratings_file(path: Path, framework: Framework) -> Assessment:
    """Read ratings from a YAML or JSON file (see the module docstring for the format)."""
    if not path.is_file():
        raise RatingsError(t("scoring.ratings.missing_file", path=path))
    try:
        data = read_document(path)
    except CriteriaFileError as exc:
        raise RatingsError(str(exc)) from exc
    return assessment_from_document(data, framework, str(path))


def assessment_to_document(assessment: Assessment) -> dict[str, Any]:
    """The YAML/JSON form of an assessment (the inverse of :func:`assessment_from_document`)."""
    ratings: dict[str, Any] = {}
    for r in assessment.ratings:
        entry: dict[str, Any] = {}
        if r.status is not None:
            entry["status"] = r.status.value
        if r.years:
            entry["years"] = {y: s.value for y, s in sorted(r.years.items())}
        entry.update({k: v for k, v in r.narrative.model_dump().items() if v})
        if r.evidence_codes:
            entry["evidence"] = list(r.evidence_codes)
        if r.note:
            entry["note"] = r.note
        ratings[r.code] = entry
    doc: dict[str, Any] = {
        "framework": assessment.framework,
        "version": assessment.framework_version,
        "year": assessment.year,
    }
    if assessment.object_type is not None:
        doc["object"] = assessment.object_type.value
    doc["ratings"] = ratings
    if assessment.external_results:
        doc["external_results"] = [e.model_dump(exclude_none=True) for e in assessment.external_results]
    return doc


def dump_ratings(assessment: Assessment, path: Path) -> str:
    """The assessment as YAML (or JSON when ``path`` ends in .json)."""
    doc = assessment_to_document(assessment)
    if path.suffix.lower() == ".json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)
