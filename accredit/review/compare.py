"""The inspector's score beside the school's (pure: no I/O).

The inspector's ratings replace the school's where the inspector rated (for a multi-year window
the inspector's verdict is applied to every year); the rest stays as the school rated. The
result is scored with the real :func:`accredit.scoring.score`, with the same evidence links and
recomputed indicators, so the same rules apply to both columns: a 'met' still needs evidence, an
indicator still comes from the data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from accredit.model.assessment import Assessment, Rating, Status, window_years
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Framework
from accredit.model.indicator import IndicatorResult
from accredit.model.review import (
    CriterionComparison,
    FrameworkComparison,
    InspectorRating,
    RequirementComparison,
    ReviewFlag,
    ReviewFlagKind,
    SchoolResponse,
)
from accredit.model.scorecard import Flag, Scorecard
from accredit.review.recompute import score_frameworks


def inspector_assessment(
    framework: Framework, school: Assessment, ratings: Mapping[tuple[str, str], InspectorRating]
) -> Assessment:
    """The school's assessment with the inspector's ratings in place of the school's where given."""
    out: list[Rating] = []
    for req in framework.requirements:
        own = school.rating(req.code)
        ir = ratings.get((framework.id, req.code))
        if ir is None or ir.status is None:
            if own is not None:
                out.append(own)
            continue
        window = window_years(framework, req, school.year, school.object_type)
        years = {y: ir.status for y in window} if len(window) > 1 and ir.status != Status.NOT_APPLICABLE else {}
        base = own or Rating(code=req.code)
        out.append(base.model_copy(update={"status": ir.status, "years": years, "note": ir.comment,
                                           "source": "inspector"}))
    return Assessment.model_validate({**school.model_dump(), "ratings": [r.model_dump() for r in out]})


def inspector_scorecards(
    frameworks: Sequence[Framework],
    assessments: Mapping[str, Assessment],
    ratings: Mapping[tuple[str, str], InspectorRating],
    links: Sequence[EvidenceLink],
    indicators: Mapping[str, Sequence[IndicatorResult]],
    school: Mapping[str, Scorecard] | None = None,
) -> dict[str, Scorecard]:
    """Every framework scored from the inspector's ratings (gates as declared in the ratings).

    ``school``: the school's scorecards scored from the same inputs; a framework of which the
    inspector rated nothing is the school's assessment unchanged, so its scorecard is kept, not scored again.
    """
    rated = {fid for (fid, _), ir in ratings.items() if ir.status is not None}
    kept = {fw.id: school[fw.id] for fw in frameworks if school and fw.id in school and fw.id not in rated}
    todo = [fw for fw in frameworks if fw.id not in kept]
    theirs = {fw.id: inspector_assessment(fw, assessments[fw.id], ratings) for fw in todo}
    scored = score_frameworks(todo, theirs, links, indicators)
    return {fw.id: kept[fw.id] if fw.id in kept else scored[fw.id] for fw in frameworks}


def compare(
    framework: Framework,
    school: Scorecard,
    inspector: Scorecard,
    ratings: Mapping[tuple[str, str], InspectorRating],
    responses: Mapping[tuple[str, str], SchoolResponse],
    flags: Sequence[ReviewFlag] = (),
) -> FrameworkComparison:
    """One framework: the school's and the inspector's result per requirement, totals and decisions."""
    theirs = {r.code: r for r in inspector.requirements}
    by_code: dict[str, list[ReviewFlagKind]] = {}
    for f in flags:
        if f.framework != framework.id:
            continue
        for code in dict.fromkeys([*([f.requirement] if f.requirement else []), *f.requirements]):
            by_code.setdefault(code, [])
            if f.kind not in by_code[code]:
                by_code[code].append(f.kind)
    reviewed = any(ir.status is not None for (fid, _), ir in ratings.items() if fid == framework.id)
    rows: list[RequirementComparison] = []
    for mine in school.requirements:
        other = theirs[mine.code]
        ir = ratings.get((framework.id, mine.code))
        resp = responses.get((framework.id, mine.code))
        rated = ir.status if ir else None
        rows.append(
            RequirementComparison(
                code=mine.code,
                criterion=mine.criterion,
                label=mine.label,
                max_points=mine.max_points,
                school_rating=mine.rated,
                school_status=mine.status,
                school_points=mine.points,
                inspector_rating=rated,
                inspector_status=other.status if reviewed else None,
                inspector_points=other.points if reviewed else None,
                contradicts_data=rated is not None and Flag.CONTRADICTS_DATA in other.flags,
                comment=ir.comment if ir else None,
                response=resp.text if resp else None,
                flags=by_code.get(mine.code, []),
            )
        )
    return FrameworkComparison(
        framework=framework.id,
        title=framework.title,
        unit=school.unit,
        max=school.max,
        school_total=school.total,
        school_passed=school.passed,
        school_decision=school.decision,
        inspector_total=inspector.total if reviewed else None,
        inspector_passed=inspector.passed if reviewed else None,
        inspector_decision=inspector.decision if reviewed else None,
        reviewed=sum(1 for r in rows if r.inspector_rating is not None),
        disagreements=sum(1 for r in rows if differs(r)),
        contradicts_data=sum(1 for r in rows if r.contradicts_data),
        criteria=[
            CriterionComparison(code=a.code, label=a.label, max=a.max, school=a.points,
                                inspector=b.points if reviewed else None)
            for a, b in zip(school.criteria, inspector.criteria, strict=True)
        ],
        requirements=rows,
    )


def differs(row: RequirementComparison) -> bool:
    """True when the inspector's rating or result differs from the school's result.

    A rating on a data-driven standard that the data overrule still differs: it is shown, and
    flagged as contradicting the data (``contradicts_data``), never silently dropped.
    """
    if row.inspector_status is None:
        return False
    if row.contradicts_data and row.inspector_rating != row.school_status:
        return True
    return row.school_status != row.inspector_status
