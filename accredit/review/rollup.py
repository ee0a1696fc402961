"""The provincial roll-up: every package of a folder verified and gathered into one table.

Per school: points per criterion, total and decision per framework, and the earliest target year
of its roadmap. Per requirement: how many schools meet it. A ranking of the schools closest to
the target status (TT 35/2021 high-quality college by default): those that pass first, then by
the size of their minimal fix set, the points they lack and their total. A package that is
refused or fails verification is listed with its reasons — never silently left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from accredit.i18n import t
from accredit.model.assessment import Status
from accredit.model.review import (
    Candidate,
    CriterionPoints,
    FailedPackage,
    FrameworkColumn,
    RequirementCount,
    RollupReport,
    SchoolFramework,
    SchoolRow,
)
from accredit.model.scorecard import Scorecard
from accredit.review.archive import PackageRefused
from accredit.review.verify import CheckedPackage, check_package

TT35 = "tt35-2021/truong-cao-dang"
PACKAGE_SUFFIX = ".zip"


def _school_framework(card: Scorecard) -> SchoolFramework:
    shortfall = next((r.shortfall for r in card.rules if r.rule == "min_total" and not r.passed), None)
    failing = sorted({c for r in card.rules if r.rule.startswith("min_share") and not r.passed for c in r.failing})
    return SchoolFramework(
        framework=card.framework,
        title=card.title,
        unit=card.unit,
        total=card.total,
        max=card.max,
        passed=card.passed,
        criteria=[CriterionPoints(code=c.code, label=c.label, points=c.points, max=c.max) for c in card.criteria],
        met=[r.code for r in card.requirements if r.status == Status.MET],
        minimal_fix=list(card.minimal_fix),
        shortfall=shortfall,
        failing_criteria=failing,
        gates_blocking=list(card.fix_plan.gates_blocking),
    )


def school_row(checked: CheckedPackage) -> SchoolRow:
    """One verified package as a row of the province table (its recomputed scorecards)."""
    m = checked.manifest
    return SchoolRow(
        package=checked.path.name,
        sha256=checked.verification.sha256,
        school=m.school,
        year=m.year,
        frameworks=[_school_framework(checked.recomputed[f.id]) for f in m.frameworks if f.id in checked.recomputed],
        target=m.target,
        earliest_year=checked.roadmap.earliest_year if checked.roadmap else None,
        # signature state (issue 16): registered, or a weaker state the inspector accepted
        signature=checked.verification.signature.state,
        signature_accepted=checked.verification.signature.accepted,
    )


def failure_reasons(checked: CheckedPackage) -> list[str]:
    """Why a package failed verification, one line each."""
    v = checked.verification
    out = [] if v.signature.good else [v.signature.detail]  # signature state (issue 16)
    out += [i.detail for i in v.errors]
    out += [t("review.diff.line", id=d.framework, field=d.field, packaged=d.packaged, recomputed=d.recomputed)
            for d in v.differences]
    return out or [t("review.rollup.unverified")]


def _columns(rows: Sequence[SchoolRow], checked: Sequence[CheckedPackage]) -> list[FrameworkColumn]:
    seen: dict[str, FrameworkColumn] = {}
    for c in checked:
        for fid, card in c.recomputed.items():
            if fid not in seen:
                seen[fid] = FrameworkColumn(
                    id=fid, title=card.title, unit=card.unit,
                    criteria=[CriterionPoints(code=x.code, label=x.label, points=Decimal(0), max=x.max)
                              for x in card.criteria],
                )
    return list(seen.values())


def _counts(checked: Sequence[CheckedPackage]) -> list[RequirementCount]:
    order: dict[tuple[str, str], tuple[str, str]] = {}
    met: dict[tuple[str, str], int] = {}
    schools: dict[tuple[str, str], int] = {}
    for c in checked:
        for fid, card in c.recomputed.items():
            for r in card.requirements:
                key = (fid, r.code)
                order.setdefault(key, (r.criterion, r.label))
                schools[key] = schools.get(key, 0) + 1
                met[key] = met.get(key, 0) + (r.status == Status.MET)
    return [
        RequirementCount(framework=fid, code=code, criterion=order[(fid, code)][0], label=order[(fid, code)][1],
                         met=met[(fid, code)], schools=schools[(fid, code)])
        for fid, code in order
    ]


def closest(rows: Sequence[SchoolRow], target: str = TT35) -> list[Candidate]:
    """Schools assessed against ``target``, closest to passing it first."""
    found = [(row, res) for row in rows if (res := row.result(target)) is not None]

    def key(item: tuple[SchoolRow, SchoolFramework]) -> tuple[Any, ...]:
        """Passed first; then fewest fixes (a closed gate counts as one), fewest points short, most points."""
        row, res = item
        return (not res.passed, len(res.minimal_fix) + bool(res.gates_blocking), res.shortfall or Decimal(0),
                -res.total, row.school.name)

    return [
        Candidate(rank=i, package=row.package, school=row.school.name, total=res.total, max=res.max,
                  passed=res.passed, shortfall=res.shortfall, failing_criteria=res.failing_criteria,
                  fix_count=len(res.minimal_fix), fix=res.minimal_fix, gates_blocking=res.gates_blocking,
                  earliest_year=row.earliest_year if row.target in (None, target) else None)
        for i, (row, res) in enumerate(sorted(found, key=key), start=1)
    ]


def package_paths(folder: Path) -> list[Path]:
    """The packages of a folder (``*.zip``, not recursive), by name."""
    return sorted((p for p in folder.iterdir() if p.suffix.lower() == PACKAGE_SUFFIX and p.is_file()),
                  key=lambda p: p.name)


def rollup(folder: Path, *, target: str = TT35, **kwargs: Any) -> RollupReport:
    """Verify every package of ``folder`` and build the province table (``kwargs`` go to check_package)."""
    good: list[CheckedPackage] = []
    failed: list[FailedPackage] = []
    for path in package_paths(folder):
        try:
            checked = check_package(path, **kwargs)
        except (PackageRefused, OSError) as exc:
            failed.append(FailedPackage(package=path.name, reasons=[str(exc)]))
            continue
        if not checked.verification.ok:
            failed.append(FailedPackage(package=path.name, reasons=failure_reasons(checked)))
            continue
        good.append(checked)
    rows = [school_row(c) for c in good]
    return RollupReport(
        folder=str(folder),
        target=target,
        frameworks=_columns(rows, good),
        schools=rows,
        failed=failed,
        requirement_counts=_counts(good),
        closest=closest(rows, target),
    )
