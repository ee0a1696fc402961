"""Scorecards built with the real ``score()`` on the real criteria files, for the roadmap tests."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from accredit.model.assessment import Rating, Status
from accredit.model.framework import Framework, ObjectType
from accredit.model.scorecard import Scorecard
from accredit.scoring import score
from tests.scoring.builders import TT35, TT38, YEAR, assessment, indicator, indicators, links, rating, real

TT14 = "tt14-2024/truong"
CD = ObjectType.TRUONG_CAO_DANG
ACCREDITED = {TT14: True}


def card(
    fw: Framework,
    not_met: Iterable[str] = (),
    *,
    not_evaluated: Iterable[str] = (),
    indicator_fail: Mapping[tuple[str, int], str] | None = None,
    unlinked: Iterable[str] = (),
    per_year: Mapping[str, Mapping[int, str]] | None = None,
    values: Mapping[tuple[str, int], tuple[str, int]] | None = None,
    gates: Mapping[str, bool] | None = None,
    obj: ObjectType | None = CD,
    year: int = YEAR,
) -> Scorecard:
    """Every requirement met with evidence (every window year), except the codes named.

    ``values`` sets an indicator's status and value, e.g. ``{("3.6", 2026): ("not_met", 72)}``;
    ``per_year`` rates a multi-year requirement year by year, e.g. ``{"3.2": {2024: "met", …}}``.
    """
    statuses: dict[str, Status | Rating] = dict.fromkeys(not_met, Status.NOT_MET)
    statuses |= dict.fromkeys(not_evaluated, Status.NOT_EVALUATED)
    for code, years in (per_year or {}).items():
        statuses[code] = rating(fw, code, None, year, years=years, obj=obj)
    a = assessment(fw, statuses, obj=obj, year=year)
    skip = set(unlinked)
    lk = links(fw, [r.code for r in fw.requirements if r.code not in skip])
    ind = indicators(fw, indicator_fail or {}, obj=obj, year=year)
    for (code, y), (status, value) in (values or {}).items():
        ind = [i for i in ind if (i.requirement, i.year) != (code, y)] + [indicator(fw, code, y, status, value)]
    return score(fw, a, lk, ind, gates if gates is not None else {})


def tt35() -> Framework:
    """TT 35/2021, trường cao đẳng."""
    return real(TT35)


def tt38() -> Framework:
    """TT 38/2026, cơ sở GDNN."""
    return real(TT38)


def tt14() -> Framework:
    """TT 14/2024, trường (accreditation)."""
    return real(TT14)
