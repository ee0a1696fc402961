"""Turning a requirement to fix into an :class:`~accredit.model.roadmap.Action`: title, steps, owner, evidence, reasons.

The words come from the criteria data (improvement actions, suggested evidence) where present,
else a clear generic action naming the requirement. Owner units are suggestions from the
criterion's subject (editable in the workbook, or given per code to :func:`accredit.roadmap.plan`).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from accredit.i18n.message import Msg, TextOrMsg, joined, msg
from accredit.model.assessment import fold
from accredit.model.framework import Framework, Requirement, short_name
from accredit.model.roadmap import Action, Priority, counts_from
from accredit.roadmap.project import Baseline
from accredit.scoring.text import fmt_number

# criterion subject (folded words) → owner message key; first match wins
_OWNERS: list[tuple[tuple[str, ...], str]] = [
    (("doanh nghiep", "viec lam", "khoi nghiep"), "enterprise"),
    (("nha giao", "can bo quan ly", "vien chuc", "nguoi lao dong"), "personnel"),
    (("co so vat chat", "thiet bi", "thu vien"), "facilities"),
    (("tai chinh",), "finance"),
    (("so va du lieu", "quan tri so", "du lieu"), "digital"),
    (("nghien cuu", "khoa hoc", "hop tac quoc te"), "research"),
    (("nguoi hoc", "hoc sinh", "sinh vien"), "students"),
    (("giam sat", "danh gia chat luong", "kiem dinh", "chi so hoat dong"), "quality"),
    (("dao tao", "chuong trinh", "giao trinh"), "training"),
    (("su mang", "to chuc", "quan tri", "quan ly"), "leadership"),
]


def prefix(framework_id: str) -> str:
    """Action id prefix from a framework id: 'tt35-2021/truong-cao-dang' → 'TT35'."""
    return framework_id.split("/")[0].split("-")[0].upper()


def action_id(framework_id: str, code: str) -> str:
    """The stable id of the action for ``code``: 'TT35-2.5'."""
    return f"{prefix(framework_id)}-{code}"


def owner_for(framework: Framework, code: str, owners: Mapping[str, str]) -> TextOrMsg:
    """The owner given for the requirement or its criterion, else a suggestion from the criterion's subject."""
    crit = framework.criterion_of(code)
    for key in (f"{framework.id}:{code}", code, f"{framework.id}:{crit.code}", f"criterion:{crit.code}"):
        if key in owners:
            return owners[key]
    subject = fold(crit.title)
    for words, key in _OWNERS:
        if any(w in subject for w in words):
            return msg(f"roadmap.owner.{key}")
    return msg("roadmap.owner.quality")


def requirement_name(req: Requirement) -> str:
    """'Tiêu chuẩn 5 (4.5)'; just the label when it already holds the code ('Yêu cầu 1.2')."""
    return req.label if req.label.split()[-1] == req.code else f"{req.label} ({req.code})"


def title_of(req: Requirement, evidence_only: bool) -> TextOrMsg:
    """A short title: evidence work, the first improvement action, or a generic action naming the requirement."""
    if evidence_only:
        return msg("roadmap.action.title_evidence", name=requirement_name(req))
    if req.improvement_actions:
        return f"{requirement_name(req)}: {req.improvement_actions[0]}"
    return msg("roadmap.action.title_generic", name=requirement_name(req))


def steps_of(req: Requirement, base: Baseline) -> list[TextOrMsg]:
    """The steps: what scoring found missing, then the criteria's improvement actions (or a generic step)."""
    if base.evidence_only:
        return [msg("roadmap.action.step_evidence", name=requirement_name(req))]
    generic = msg("roadmap.action.step_generic", name=requirement_name(req), text=req.text)
    steps: list[TextOrMsg] = [*req.improvement_actions] or [generic]
    if req.formula is not None:
        f = req.formula
        steps.append(
            msg(
                "roadmap.action.step_indicator",
                cmp=f.comparator,
                threshold=fmt_number(f.threshold),
                unit=f.unit,
                window=base.window,
            )
        )
    elif base.window > 1:
        steps.append(msg("roadmap.action.step_window", window=base.window))
    return steps


def why_text(
    base: Baseline,
    *,
    end: int,
    start: int,
    earliest_possible: int,
    year: int | None,
    deadline: int | None,
    priority: Priority,
    capacity_note: Msg | None,
) -> Msg:
    """Why the action ends in ``end``: the timing rule behind its deadline, and capacity when it had to wait."""
    parts: list[Msg] = []
    timing = base.timing()
    if base.evidence_only:
        parts.append(msg("roadmap.why.evidence"))
    elif priority == "beyond_passing":
        parts.append(msg("roadmap.why.beyond", first=earliest_possible))
    elif year is not None and deadline is not None:
        if base.window > 1:
            parts.append(
                msg("roadmap.why.window", window=base.window, year=year, latest=deadline, first=year - base.window + 1)
            )
        else:
            parts.append(msg("roadmap.why.at_evaluation", year=year, latest=deadline))
    else:
        parts.append(msg("roadmap.why.asap"))
    history = [y for y in timing.bad_years if y < start]
    if history and not base.evidence_only:
        parts.append(
            msg(
                "roadmap.why.history",
                years=", ".join(map(str, history)),
                window=base.window,
                first=max(history) + base.window,
            )
        )
    if end > earliest_possible and capacity_note:
        parts.append(capacity_note)
    elif deadline is not None and end < deadline and priority == "needed_to_pass" and not base.evidence_only:
        parts.append(msg("roadmap.why.early", end=end))
    return joined(parts, " ")


def unlocks_text(
    framework: Framework,
    base: Baseline,
    end: int,
    *,
    priority: Priority,
    year: int | None,
    needed: int,
    gate_of: str | None = None,
) -> Msg:
    """What finishing the action unlocks: the year the requirement counts, its points, and the decision it serves."""
    req = base.requirement
    crit = framework.criterion_of(req.code)
    counts = counts_from(base.timing(), end)
    if req.points is not None:
        first = msg("roadmap.unlocks.points", year=counts, points=fmt_number(req.points), criterion=crit.label)
    else:
        first = msg("roadmap.unlocks.met", year=counts, code=req.code)
    if gate_of is not None:
        rest = msg("roadmap.unlocks.gate", gate=short_name(framework), year=year if year is not None else "—",
                   target=gate_of)
    elif priority == "beyond_passing":
        rest = msg("roadmap.unlocks.beyond")
    elif year is not None:
        rest = msg("roadmap.unlocks.needed", count=needed, title=framework.title, year=year)
    else:
        rest = msg("roadmap.unlocks.needed_no_year", count=needed, title=framework.title)
    return joined([first, rest], " ")


def build_action(
    framework: Framework,
    base: Baseline,
    *,
    end: int,
    priority: Priority,
    effort: int,
    cost: Decimal,
    owner: TextOrMsg,
    why: Msg,
    unlocks: Msg,
    latest: int | None,
    gate: bool = False,
) -> Action:
    """The action for one requirement, scheduled to run (and finish) in ``end``."""
    req = base.requirement
    timing = base.timing()
    generic = msg("roadmap.evidence.generic", name=requirement_name(req))
    evidence: list[TextOrMsg] = [*req.suggested_evidence] or [generic]
    return Action(
        id=action_id(framework.id, req.code),
        framework=framework.id,
        requirements=[req.code],
        criterion=framework.criterion_of(req.code).code,
        kind="evidence" if base.evidence_only else "improve",
        title=title_of(req, base.evidence_only),
        steps=steps_of(req, base),
        owner=owner,
        start_year=end,
        end_year=end,
        effort=effort,
        cost=cost,
        evidence=evidence,
        priority=priority,
        gate=gate,
        timing=timing,
        latest_end_year=latest,
        counts_from_year=counts_from(timing, end),
        points=req.points,
        why_this_year=why,
        unlocks=unlocks,
    )
