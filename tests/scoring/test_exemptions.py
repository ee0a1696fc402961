"""TT 38/2026 Điều 8 khoản 2: requirements exempted for a category of institution are not applicable."""

from __future__ import annotations

from accredit.i18n.message import Messages
from accredit.model.assessment import Assessment, Rating, Status
from accredit.model.framework import RequirementKind
from accredit.scoring import score
from tests.scoring.builders import TT38, links, real

vi = Messages("vi")


def test_defence_and_security_institution_is_not_held_to_condition_5_and_1_4() -> None:
    fw = real(TT38)
    documentary = [r.code for r in fw.requirements if r.kind == RequirementKind.DOCUMENTARY]
    exempt = {"1.4", "5.1", "5.2", "5.3"}
    rated = [Rating(code=c, status=Status.MET) for c in documentary if c not in exempt]
    evidenced = links(fw, [c for c in documentary if c not in exempt])
    base = {"framework": fw.id, "framework_version": fw.content_hash, "year": 2026, "ratings": rated}

    ordinary = score(fw, Assessment(**base), evidenced)
    assert {r.code for r in ordinary.requirements if r.status == Status.NOT_EVALUATED} >= exempt

    army = score(fw, Assessment(**base, categories=["quoc_phong_cong_an"]), evidenced)
    by_code = {r.code: r for r in army.requirements}
    assert {c for c, r in by_code.items() if r.status == Status.NOT_APPLICABLE} == exempt
    assert "Điều 8 khoản 2 điểm a" in vi(by_code["5.2"].reason)
    assert not set(army.minimal_fix) & exempt
    all_met = next(o for o in army.rules if o.rule == "all_met")
    assert set(all_met.failing) <= {r.code for r in fw.requirements if r.kind == RequirementKind.INDICATOR}
