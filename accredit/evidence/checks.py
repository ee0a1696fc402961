"""Checks over records and links (pure: no I/O): dates outside a requirement's window, duplicate
contents, requirements without evidence, links to files the scan could not read, and codes in
names that bind to no framework (ambiguous: they fit several; unknown: they fit none).

Windows follow the framework: a requirement that must hold "in each of the last N years" accepts
documents issued from ``year - N + 1`` to ``year``; one assessed "at evaluation" accepts any date up
to the assessment year. Only links that count (codes, manual links, confirmed suggestions) are checked;
one to an unreadable file (damaged, empty, encrypted, needing OCR) is flagged and supports nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Protocol

from accredit.evidence.codes import CodeBinder, framework_name
from accredit.i18n import t
from accredit.i18n.message import Msg, msg, text
from accredit.model.evidence import EvidenceCode, EvidenceFlag, EvidenceLink, EvidenceRecord, ExtractStatus, FlagKind
from accredit.model.framework import Framework, ObjectType


def file_problem(record: EvidenceRecord) -> str | None:
    """Why a scanned file cannot serve as evidence (its problem code), or None when it was read."""
    if record.status == ExtractStatus.OK:
        return None
    return record.problem or record.status.value


def problem_text(problem: str | None, detail: str | None = None) -> str:
    """A localised description of a scan problem code ('empty' → 'tệp rỗng')."""
    if not problem:
        return ""
    text = t(f"evidence.problem.{problem}", detail=detail or "")
    return text if text != f"evidence.problem.{problem}" else problem + (f" ({detail})" if detail else "")


def problem_msg(problem: str | None, detail: str | None = None) -> Msg:
    """A scan problem code as a message ('empty' → 'tệp rỗng' in Vietnamese), rendered in the reader's language."""
    from accredit.i18n.catalogue import MESSAGES

    if not problem:
        return text("")
    key = f"evidence.problem.{problem}"
    return msg(key, detail=detail or "") if key in MESSAGES else text(problem + (f" ({detail})" if detail else ""))


def mark_unreadable(links: Iterable[EvidenceLink], records: Iterable[EvidenceRecord]) -> list[EvidenceLink]:
    """The links, each carrying its file's problem when the scan could not read the file."""
    problems = {r.evidence_id: p for r in records if (p := file_problem(r)) is not None}
    return [
        lk.model_copy(update={"file_problem": problems[lk.evidence_id]})
        if lk.evidence_id in problems and lk.file_problem is None else lk
        for lk in links
    ]


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
    scopes: Sequence[tuple[str, str]] = (),
    *,
    notices: list[EvidenceFlag] | None = None,
) -> list[EvidenceFlag]:
    """Every flag, in a stable order: per framework and requirement, then duplicates and codes
    (``notices``: the code flags already found for these records, else :func:`code_flags` finds them)."""
    by_id = {r.evidence_id: r for r in records}
    links = mark_unreadable(links, records)
    flags: list[EvidenceFlag] = []
    counting: dict[tuple[str, str], list[EvidenceLink]] = defaultdict(list)
    unreadable: dict[tuple[str, str], list[EvidenceLink]] = defaultdict(list)
    suggested: dict[tuple[str, str], int] = defaultdict(int)
    for link in links:
        if link.supports:
            counting[(link.framework, link.requirement)].append(link)
        elif link.counts:
            unreadable[(link.framework, link.requirement)].append(link)
        else:
            suggested[(link.framework, link.requirement)] += 1

    for fw in frameworks:
        for req in fw.requirements:
            key = (fw.id, req.code)
            for link in unreadable[key]:
                flags.append(
                    EvidenceFlag(kind=FlagKind.UNREADABLE, framework=fw.id, requirement=req.code,
                                 evidence_id=link.evidence_id, paths=[link.path], detail=link.file_problem)
                )
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
    flags.extend(code_flags(frameworks, records, scopes) if notices is None else notices)
    return flags


class NamedFile(Protocol):
    """What the code checks read of a file: its content's id, its path and the codes in its name
    (an :class:`EvidenceRecord`, or :class:`accredit.evidence.records.FileCodes` without the index's contents)."""

    @property
    def evidence_id(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def codes(self) -> Sequence[EvidenceCode]: ...


def code_flags(
    frameworks: list[Framework], records: Iterable[NamedFile], scopes: Sequence[tuple[str, str]] = ()
) -> list[EvidenceFlag]:
    """Codes in names that link to no framework: ambiguous (they fit several) or unknown (none).

    An ambiguous flag names the frameworks in ``detail`` ('H5.05.01.01 → TT 14/2024 5.1, TT 38/2026
    5.1'); an unknown flag names the codes.
    """
    binder = CodeBinder(frameworks, scopes)
    names = {fw.id: framework_name(fw) for fw in frameworks}
    out: list[EvidenceFlag] = []
    for record in records:
        unknown: list[str] = []
        for b in (binder.bind(c, record.path) for c in record.codes):
            if b.status == "ambiguous":
                fits = ", ".join(f"{names[fid]} {req}" for fid, req in b.candidates)
                out.append(
                    EvidenceFlag(kind=FlagKind.AMBIGUOUS_CODE, evidence_id=record.evidence_id, paths=[record.path],
                                 detail=f"{b.code.text} → {fits}")
                )
            elif b.status == "unknown":
                unknown.append(b.code.text)
        if unknown:
            out.append(
                EvidenceFlag(kind=FlagKind.UNKNOWN_CODE, evidence_id=record.evidence_id, paths=[record.path],
                             detail=", ".join(dict.fromkeys(unknown)))
            )
    return out
