"""Requirement-level rules: no silent pass, evidence, windows, indicators, mixed, version pinning."""

from __future__ import annotations

import pytest

from accredit.i18n.message import Messages
from accredit.model.assessment import Assessment, Rating, Status
from accredit.model.evidence import LinkOrigin
from accredit.model.framework import ObjectType
from accredit.model.indicator import IndicatorStatus
from accredit.model.scorecard import Flag
from accredit.scoring import AssessmentMismatchError, score
from tests.scoring.builders import assessment, framework, indicator, link, links, rating

vi = Messages("vi")


FORMULA = {
    "inputs": [{"name": "a", "label": "Tử số"}, {"name": "b", "label": "Mẫu số"}],
    "numerator": "a",
    "denominator": "b",
    "threshold": 50,
}


pytestmark = pytest.mark.usefixtures("vietnamese")


@pytest.fixture
def fw():
    """Criterion 1: documentary 1.1, indicator 1.2, mixed 1.3; criterion 2: two documentary, 3-year window."""
    return framework(
        {"1": 3, "2": 2},
        [{"type": "min_total", "points": 12}],
        overrides={
            "1.2": {"kind": "indicator", "formula": FORMULA},
            "1.3": {"kind": "mixed", "formula": FORMULA},
            "2.1": {"window": {"mode": "years", "years": 3}},
            "2.2": {"window": {"mode": "years", "by_object": {"truong_trung_cap": 2, "truong_cao_dang": 3}}},
        },
    )


def result(card, code):
    return next(r for r in card.requirements if r.code == code)


def test_only_met_earns_points_and_unrated_is_not_evaluated(fw) -> None:
    a = assessment(fw, {"1.1": Status.NOT_MET, "2.1": None})
    card = score(fw, a, links(fw), [indicator(fw, "1.2", 2026, "met"), indicator(fw, "1.3", 2026, "met")])
    assert result(card, "1.1").points == 0 and result(card, "1.1").status == Status.NOT_MET
    r21 = result(card, "2.1")
    assert r21.status == Status.NOT_EVALUATED and r21.points == 0
    assert "chưa được đánh giá" in vi(r21.reason)
    assert card.total == 12


def test_met_without_evidence_is_unsupported_and_not_evaluated(fw) -> None:
    card = score(fw, assessment(fw), links(fw, ["1.3", "2.1", "2.2"]), [])
    r = result(card, "1.1")
    assert r.status == Status.NOT_EVALUATED and r.points == 0
    assert Flag.UNSUPPORTED in r.flags and "minh chứng" in vi(r.reason)


def test_unconfirmed_suggestions_do_not_count_but_confirmed_ones_do(fw) -> None:
    a = assessment(fw)
    waiting = link(fw, "1.1", LinkOrigin.SUGGESTED, confirmed=False)
    card = score(fw, a, [waiting], [])
    r = result(card, "1.1")
    assert r.status == Status.NOT_EVALUATED
    assert Flag.UNCONFIRMED_LINKS in r.flags and "1 minh chứng gợi ý" in vi(r.reason)
    confirmed = link(fw, "1.1", LinkOrigin.SUGGESTED, confirmed=True)
    assert result(score(fw, a, [confirmed], []), "1.1").status == Status.MET


def test_multi_year_window_needs_every_year(fw) -> None:
    ok = rating(fw, "2.1", "met", years={2024: "met", 2025: "met", 2026: "met"})
    gap = rating(fw, "2.1", "met", years={2025: "met", 2026: "met"})
    overall_only = Rating(code="2.1", status=Status.MET)
    overall_no = Rating(code="2.1", status=Status.NOT_MET)
    contradict = rating(fw, "2.1", "not_met", years={2024: "met", 2025: "met", 2026: "met"})
    lk = links(fw)
    assert result(score(fw, assessment(fw, {"2.1": ok}), lk, []), "2.1").status == Status.MET
    r = result(score(fw, assessment(fw, {"2.1": gap}), lk, []), "2.1")
    assert r.status == Status.NOT_EVALUATED and Flag.MISSING_YEARS in r.flags and r.gap_years == [2024]
    r = result(score(fw, assessment(fw, {"2.1": overall_only}), lk, []), "2.1")
    assert r.status == Status.NOT_EVALUATED and r.gap_years == [2024, 2025, 2026]
    assert result(score(fw, assessment(fw, {"2.1": overall_no}), lk, []), "2.1").status == Status.NOT_MET
    assert result(score(fw, assessment(fw, {"2.1": contradict}), lk, []), "2.1").status == Status.NOT_MET


def test_window_length_depends_on_the_object(fw) -> None:
    two = rating(fw, "2.2", "met", years={2025: "met", 2026: "met"}, obj=ObjectType.TRUONG_TRUNG_CAP)
    a = assessment(fw, {"2.2": two}, obj=ObjectType.TRUONG_TRUNG_CAP)
    assert result(score(fw, a, links(fw), []), "2.2").status == Status.MET
    a = assessment(fw, {"2.2": two}, obj=ObjectType.TRUONG_CAO_DANG)
    assert result(score(fw, a, links(fw), []), "2.2").status == Status.NOT_EVALUATED


def test_indicator_takes_its_status_from_the_data_and_flags_contradictions(fw) -> None:
    a = assessment(fw, {"1.2": Status.MET})
    card = score(fw, a, links(fw), [indicator(fw, "1.2", 2026, "not_met", 40)])
    r = result(card, "1.2")
    assert r.status == Status.NOT_MET
    assert Flag.CONTRADICTS_DATA in r.flags
    assert "40%" in vi(r.reason) and "50%" in vi(r.reason)
    # no rating at all: the data alone decide, no flag
    card = score(fw, assessment(fw, {"1.2": None}), [], [indicator(fw, "1.2", 2026, "met", 55)])
    r = result(card, "1.2")
    assert r.status == Status.MET and r.flags == [] and r.points == 4
    # a manual 'met' never replaces missing data
    r = result(score(fw, assessment(fw), links(fw), []), "1.2")
    assert r.status == Status.NOT_EVALUATED and Flag.MISSING_DATA in r.flags


@pytest.mark.parametrize(
    ("rated", "data", "with_link", "expected"),
    [
        ("met", "met", True, Status.MET),
        ("met", "not_met", True, Status.NOT_MET),
        ("not_met", "met", True, Status.NOT_MET),
        ("met", "met", False, Status.NOT_EVALUATED),  # documents unsupported
        (None, "met", True, Status.NOT_EVALUATED),  # documentary part not rated
        ("met", "invalid", True, Status.NOT_EVALUATED),
        ("met", None, True, Status.NOT_EVALUATED),
    ],
)
def test_mixed_needs_both_parts(fw, rated, data, with_link, expected) -> None:
    a = assessment(fw, {"1.3": rated})
    ind = [indicator(fw, "1.3", 2026, data)] if data else []
    card = score(fw, a, links(fw) if with_link else [], ind)
    assert result(card, "1.3").status == expected


def test_invalid_indicator_is_never_met(fw) -> None:
    r = result(score(fw, assessment(fw), links(fw), [indicator(fw, "1.2", 2026, IndicatorStatus.INVALID, 90)]), "1.2")
    assert r.status == Status.NOT_EVALUATED and Flag.INVALID_DATA in r.flags
    assert "không hợp lệ" in vi(r.reason)


def test_ratings_for_another_version_are_refused(fw) -> None:
    a = assessment(fw)
    stale = Assessment.model_validate(a.model_dump() | {"framework_version": "sha256:" + "0" * 64})
    with pytest.raises(AssessmentMismatchError) as err:
        score(fw, stale, [], [])
    msg = str(err.value)
    assert "sha256:000000000000" in msg and fw.content_hash[:19] in msg and "criteria diff" in msg


def test_unknown_codes_and_years_outside_the_window_are_refused(fw) -> None:
    a = assessment(fw)
    bad = Assessment.model_validate(
        a.model_dump()
        | {
            "ratings": [
                {"code": "9.9", "status": "met", "source": "tệp.yaml, ratings.9.9"},
                {"code": "2.1", "years": {2019: "met"}},
            ]
        }
    )
    with pytest.raises(AssessmentMismatchError) as err:
        score(fw, bad, [], [])
    assert "tệp.yaml, ratings.9.9: mã '9.9'" in str(err.value)
    assert "2019" in str(err.value) and "2024–2026" in str(err.value)


def test_explicit_not_evaluated_wins_over_year_columns(fw) -> None:
    r = rating(fw, "2.1", "not_evaluated", years={2024: "met", 2025: "met", 2026: "met"})
    res = result(score(fw, assessment(fw, {"2.1": r}), links(fw), []), "2.1")
    assert res.status == Status.NOT_EVALUATED and vi(res.reason) == "được ghi là Chưa đánh giá"
