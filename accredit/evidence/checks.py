"""Checks over records and links (pure: no I/O): dates outside a requirement's window, duplicate
contents, requirements without evidence, and codes in names that match no requirement.

Windows follow the framework: a requirement that must hold "in each of the last N years" accepts
documents issued from ``year - N + 1`` to ``year``; one assessed "at evaluation" accepts any date up
to the assessment year. Only links that count (codes, manual links, confirmed suggestions) are checked.
"""

from __future__ import annotations

from collections import defaultdict

from accredit.evidence.codes import resolve
from accredit.model.evidence import EvidenceFlag, EvidenceLink, EvidenceRecord, FlagKind
from accredit.model.framework import Framework, ObjectType


def window_years(framework: Framework, code: str, year: int, obj: ObjectType | None) -> tuple[int, int] | None:
    """(first, last) year a requirement's evidence may be dated, or None when any earlier date is fine."""
    window = framework.window_of(framework.requirement(code))
    if window.mode == "at_evaluation":
        return None
    return year - window.years_for(obj) + 1, year


def _doc_year(record: EvidenceRecord) -> int | None:
    return record.meta.issued.year if record.meta.issued else record.meta.year


def check_evidence(
    frameworks: list[Framework],
    records: list[EvidenceRecord],
    links: list[EvidenceLink],
    year: int,
    obj: ObjectType | None = None,
) -> list[EvidenceFlag]:
    """Every flag, in a stable order: per framework and requirement, then duplicates and unknown codes."""
    by_id = {r.evidence_id: r for r in records}
    flags: list[EvidenceFlag] = []
    counting: dict[tuple[str, str], list[EvidenceLink]] = defaultdict(list)
    suggested: dict[tuple[str, str], int] = defaultdict(int)
    for link in links:
        if link.counts:
            counting[(link.framework, link.requirement)].append(link)
        else:
            suggested[(link.framework, link.requirement)] += 1

    for fw in frameworks:
        for req in fw.requirements:
            key = (fw.id, req.code)
            if not counting[key]:
                flags.append(
                    EvidenceFlag(kind=FlagKind.NO_EVIDENCE, framework=fw.id, requirement=req.code,
                                 suggestions=suggested[key])
                )
                continue
            span = window_years(fw, req.code, year, obj)
            for link in counting[key]:
                record = by_id.get(link.evidence_id)
                doc_year = _doc_year(record) if record else None
                if doc_year is None:
                    continue
                issued = record.meta.issued if record else None
                if doc_year > year:
                    kind = FlagKind.AFTER_ASSESSMENT
                elif span is not None and doc_year < span[0]:
                    kind = FlagKind.OUTSIDE_WINDOW
                else:
                    continue
                flags.append(
                    EvidenceFlag(kind=kind, framework=fw.id, requirement=req.code, evidence_id=link.evidence_id,
                                 paths=[link.path], issued=issued, window=span or (year, year),
                                 detail=str(doc_year))
                )

    seen: set[str] = set()
    for record in records:
        if record.duplicates and record.evidence_id not in seen:
            seen.add(record.evidence_id)
            flags.append(
                EvidenceFlag(kind=FlagKind.DUPLICATE, evidence_id=record.evidence_id,
                             paths=sorted([record.path, *record.duplicates]))
            )
        unknown = [
            c.text for c in record.codes
            if all(resolve(c.requirement, [r.code for r in fw.requirements]) is None for fw in frameworks)
        ]
        if unknown:
            flags.append(
                EvidenceFlag(kind=FlagKind.UNKNOWN_CODE, evidence_id=record.evidence_id, paths=[record.path],
                             detail=", ".join(unknown))
            )
    return flags
