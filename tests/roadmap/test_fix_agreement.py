"""The scorecard's minimal fix set and the roadmap's needed actions agree, or the roadmap says why not."""

from __future__ import annotations

import pytest

from accredit.i18n.message import Messages
from accredit.roadmap import plan
from tests.roadmap.cases import CD, TT14, card, tt35

pytestmark = pytest.mark.usefixtures("vietnamese")


vi = Messages("vi")


def needed(r) -> set[str]:
    return {c for a in r.actions if a.priority == "needed_to_pass" and not a.gate for c in a.requirements}


def beyond(r) -> set[str]:
    return {c for a in r.actions if a.priority == "beyond_passing" for c in a.requirements}


def test_the_demo_case_gives_one_list() -> None:
    """The demo's shape: evidence-only 1.3 and 4.5, 3.2 failed in 2024 and unlinked, 5.4 failed now, accreditation
    in 2027.

    For 2027 both {1.3, 4.5, 5.4} and {1.3, 3.2, 5.4} cost the same; the roadmap used to take 3.2 (earlier
    code) and label 4.5 'Vượt mức' while the score listed 4.5. Ties now go to the scorecard's own set.
    """
    fw = tt35()
    c = card(
        fw,
        not_evaluated=["5.3"],
        unlinked=["1.3", "3.2", "4.5"],
        per_year={"3.2": {2024: "not_met", 2025: "met", 2026: "met"}},
        indicator_fail={
            ("2.2", 2026): "not_met",
            ("2.4", 2026): "not_met",
            ("3.5", 2025): "not_met",
            ("5.4", 2026): "not_met",
        },
    )
    assert c.total == 68 and set(c.fix_plan.codes) == {"1.3", "4.5", "5.4"}
    r = plan(fw, c, object_type=CD, gate_years={TT14: 2027})
    assert r.earliest_year == 2027
    assert needed(r) == set(c.fix_plan.codes)
    assert "4.5" not in beyond(r)
    text = "\n".join(vi.all(r.explanation))
    assert "(1.3, 4.5, 5.4)" in text and "khác tập khắc phục tối thiểu" not in text


def test_when_the_lists_differ_the_roadmap_says_why() -> None:
    """3.2's failed year (2024) leaves its window in 2027: for 2027 nothing else is needed, for 2026 one fix is."""
    fw = tt35()
    c = card(fw, ["1.3", "3.4", "4.3", "4.6", "5.1"], per_year={"3.2": {2024: "not_met", 2025: "met", 2026: "met"}})
    assert c.total == 76 and len(c.fix_plan.codes) == 1
    r = plan(fw, c, object_type=CD, gate_years={TT14: 2027})
    assert r.earliest_year == 2027 and needed(r) == set()
    why = next(line for line in vi.all(r.explanation) if "khác tập khắc phục tối thiểu" in line)
    assert f"({c.fix_plan.codes[0]})" in why and "năm 2026" in why and "năm 2027" in why
    assert "3.2 tự đạt lại" in why
