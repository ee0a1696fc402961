"""Scheduling: capacity per year, earliest-deadline-first placement, and the search for the earliest passing year.

For each candidate evaluation year Y (earliest first) the search projects the scorecard of Y
with no action, takes the requirements that can still count in Y (timing rules), asks the
scoring's :func:`~accredit.scoring.minimal_fix.minimal_fix` for the smallest set to fix, places
it year by year within the capacity (earliest deadline first, then most points per unit of
effort, then regulation order) and checks the projected scorecard of Y passes. The first Y that
works is the answer. Heuristic where capacity binds (a larger fix set might fit where the
smallest does not); exact otherwise. Pure and deterministic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from accredit.model.assessment import Status
from accredit.model.framework import AllMet, Framework, ObjectType
from accredit.model.roadmap import Capacity, latest_end
from accredit.model.scorecard import Scorecard
from accredit.roadmap.project import Baseline, projected_scorecard
from accredit.scoring.minimal_fix import minimal_fix


@dataclass
class Ledger:
    """Actions and money already committed in each year."""

    capacity: Capacity
    count: dict[int, int] = field(default_factory=dict)
    spent: dict[int, Decimal] = field(default_factory=dict)

    def copy(self) -> Ledger:
        """An independent copy (for trial placements)."""
        return Ledger(self.capacity, dict(self.count), dict(self.spent))

    def fits(self, start: int, end: int, cost: Decimal) -> bool:
        """True when an action running ``start..end`` costing ``cost`` fits every year's capacity."""
        share = cost / (end - start + 1)
        cap = self.capacity
        for y in range(start, end + 1):
            if cap.max_actions_per_year is not None and self.count.get(y, 0) + 1 > cap.max_actions_per_year:
                return False
            if cap.budget_per_year is not None and self.spent.get(y, Decimal(0)) + share > cap.budget_per_year:
                return False
        return True

    def add(self, start: int, end: int, cost: Decimal) -> None:
        """Commit an action."""
        share = cost / (end - start + 1)
        for y in range(start, end + 1):
            self.count[y] = self.count.get(y, 0) + 1
            self.spent[y] = self.spent.get(y, Decimal(0)) + share


@dataclass(frozen=True)
class Problem:
    """One framework to plan: its baselines and what each fix costs."""

    framework: Framework
    bases: Mapping[str, Baseline]
    start: int
    object_type: ObjectType | None = None
    gates: Mapping[str, bool] = field(default_factory=dict)  # gate results assumed while searching
    effort: Mapping[str, int] = field(default_factory=dict)
    cost: Mapping[str, Decimal] = field(default_factory=dict)
    prefer: tuple[str, ...] = ()  # the current scorecard's fix set: chosen again wherever it ties

    def index(self, code: str) -> int:
        """Regulation position of ``code`` (tie-break)."""
        return [r.code for r in self.framework.requirements].index(code)

    def value(self, code: str) -> Decimal:
        """Points (1 when not scored) per unit of effort."""
        pts = self.bases[code].requirement.points
        return (pts if pts is not None else Decimal(1)) / Decimal(max(1, self.effort.get(code, 1)))

    def card(self, year: int, ends: Mapping[str, int]) -> Scorecard:
        """The projected scorecard of ``year`` (gates as assumed)."""
        return projected_scorecard(
            self.framework, self.bases, year, ends, object_type=self.object_type, gates=self.gates
        )

    def latest(self, code: str, year: int) -> int | None:
        """Latest end year letting ``code`` count in ``year`` (None: it cannot)."""
        return latest_end(self.bases[code].timing(), year, self.start)


@dataclass(frozen=True)
class Found:
    """A passing year and the fix set placed for it."""

    year: int
    codes: tuple[str, ...]
    ends: dict[str, int]
    deadlines: dict[str, int]


def order(problem: Problem, codes: Iterable[str], deadlines: Mapping[str, int]) -> list[str]:
    """Earliest deadline first, then most points per unit of effort, then regulation order."""
    return sorted(codes, key=lambda c: (deadlines[c], -problem.value(c), problem.index(c)))


def place(
    problem: Problem, codes: list[str], deadlines: Mapping[str, int], ledger: Ledger, first: int | None = None
) -> dict[str, int] | None:
    """Place one-year actions, each in the earliest year with capacity up to its deadline; None if one fails."""
    ends: dict[str, int] = {}
    for code in codes:
        cost = problem.cost.get(code, Decimal(0))
        for y in range(first if first is not None else problem.start, deadlines[code] + 1):
            if ledger.fits(y, y, cost):
                ledger.add(y, y, cost)
                ends[code] = y
                break
        else:
            return None
    return ends


def unfixable(problem: Problem, card: Scorecard, year: int) -> set[str]:
    """Open requirements of ``card`` that no action can make count in ``year``."""
    return {
        r.code
        for r in card.requirements
        if r.status in (Status.NOT_MET, Status.NOT_EVALUATED) and problem.latest(r.code, year) is None
    }


def fix_set(problem: Problem, card: Scorecard, year: int) -> list[str] | None:
    """The minimal fix set for ``year`` among the requirements that can still count then (None: none)."""
    blocked = unfixable(problem, card, year)
    fw = problem.framework
    for rule in fw.decision.rules:
        if isinstance(rule, AllMet):
            named = set(rule.criteria or [c.code for c in fw.criteria])
            if any(r.code in blocked and r.criterion in named for r in card.requirements):
                return None
    # not_applicable is never a candidate of the minimal fix set: mark the blocked ones so
    results = [
        r.model_copy(update={"status": Status.NOT_APPLICABLE}) if r.code in blocked else r for r in card.requirements
    ]
    plan = minimal_fix(fw, results, card.criteria, card.rules, card.total, prefer=problem.prefer)
    return list(plan.codes) if plan.feasible else None


def search(problem: Problem, first: int, last: int, ledger: Ledger) -> Found | None:
    """The earliest year in ``first..last`` the framework can pass, with its fix set placed; commits to ``ledger``."""
    for year in range(first, last + 1):
        base = problem.card(year, {})
        if base.passed:
            return Found(year, (), {}, {})
        codes = fix_set(problem, base, year)
        if codes is None:
            continue
        deadlines: dict[str, int] = {}
        for c in codes:
            latest = problem.latest(c, year)
            assert latest is not None
            deadlines[c] = latest
        ordered = order(problem, codes, deadlines)
        trial = ledger.copy()
        ends = place(problem, ordered, deadlines, trial)
        if ends is None or not problem.card(year, ends).passed:
            continue
        ledger.count, ledger.spent = trial.count, trial.spent
        return Found(year, tuple(ordered), ends, deadlines)
    return None
