"""What an inspector should look at in a package (pure: no I/O).

* a requirement the school rated met with no evidence, or only unconfirmed suggested links;
* a requirement linked to a file the scan could not read (empty, damaged, encrypted, needing OCR);
* evidence dated outside the requirement's window or after the assessment year
  (:func:`accredit.evidence.checks.check_evidence`);
* one file used for requirements of different criteria;
* inconsistent indicator inputs, read generically from the formulas: a negative count; a share
  above 100 % where the numerator is one counted input (more employed graduates than graduates
  who answered); a survey condition's part above its whole (more graduates surveyed than graduated);
* survey-validity conditions not met.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from accredit.evidence.checks import check_evidence, mark_unreadable
from accredit.i18n import language, t
from accredit.i18n.message import Messages
from accredit.model.assessment import Assessment, Rating, Status
from accredit.model.evidence import EvidenceLink, FlagKind
from accredit.model.framework import Formula, Framework, ObjectType, RequirementKind
from accredit.model.indicator import IndicatorReport, IndicatorResult, InputValue
from accredit.model.package import EvidenceRegister
from accredit.model.review import ReviewFlag, ReviewFlagKind

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _number(value: object) -> str:
    """A number as the command line's language writes it (this module's messages use the same)."""
    return Messages(language()).number(value)  # type: ignore[arg-type]


def claims_met(rating: Rating | None) -> bool:
    """True when the school rated the requirement met (overall, or every year it rated)."""
    if rating is None or rating.is_blank:
        return False
    if rating.status is not None:
        return rating.status == Status.MET
    return all(s == Status.MET for s in rating.years.values())


def _met_flags(fw: Framework, assessment: Assessment, links: Sequence[EvidenceLink]) -> list[ReviewFlag]:
    by_req: dict[str, list[EvidenceLink]] = defaultdict(list)
    for lk in links:
        if lk.framework == fw.id:
            by_req[lk.requirement].append(lk)
    out: list[ReviewFlag] = []
    for req in fw.requirements:
        mine = by_req.get(req.code, [])
        bad = sorted({lk.path for lk in mine if lk.counts and not lk.readable})
        claimed = req.kind != RequirementKind.INDICATOR and claims_met(assessment.rating(req.code))
        if bad:
            relied = claimed and not any(lk.supports for lk in mine)
            key = "review.flag.unreadable_met" if relied else "review.flag.unreadable"
            out.append(ReviewFlag(kind=ReviewFlagKind.UNREADABLE_EVIDENCE, framework=fw.id, requirement=req.code,
                                  paths=bad, detail=t(key, code=req.code, paths=", ".join(bad))))
            if relied:
                continue
        if not claimed or any(lk.supports for lk in mine):
            continue
        if mine:
            out.append(ReviewFlag(kind=ReviewFlagKind.MET_ONLY_SUGGESTED, framework=fw.id, requirement=req.code,
                                  paths=sorted({lk.path for lk in mine}),
                                  detail=t("review.flag.met_only_suggested", code=req.code, count=len(mine))))
        else:
            out.append(ReviewFlag(kind=ReviewFlagKind.MET_WITHOUT_EVIDENCE, framework=fw.id, requirement=req.code,
                                  detail=t("review.flag.met_without_evidence", code=req.code)))
    return out


def _date_flags(frameworks: Sequence[Framework], register: EvidenceRegister, year: int,
                obj: ObjectType | None) -> list[ReviewFlag]:
    kinds = {FlagKind.OUTSIDE_WINDOW: ReviewFlagKind.OUTSIDE_WINDOW,
             FlagKind.AFTER_ASSESSMENT: ReviewFlagKind.AFTER_ASSESSMENT}
    out: list[ReviewFlag] = []
    for f in check_evidence(list(frameworks), register.records, register.links, year, obj):
        if f.kind not in kinds or f.framework is None:
            continue
        first, last = f.window or (year, year)
        key = "review.flag.outside_window" if f.kind == FlagKind.OUTSIDE_WINDOW else "review.flag.after_assessment"
        out.append(ReviewFlag(kind=kinds[f.kind], framework=f.framework, requirement=f.requirement,
                              evidence_id=f.evidence_id, paths=list(f.paths),
                              year=f.issued.year if f.issued else (int(f.detail) if f.detail else None),
                              detail=t(key, code=f.requirement, path=", ".join(f.paths), dated=f.issued or f.detail,
                                       first=first, last=last)))
    return out


def _shared_flags(fw: Framework, links: Sequence[EvidenceLink]) -> list[ReviewFlag]:
    codes = {r.code for r in fw.requirements}
    by_file: dict[str, list[EvidenceLink]] = defaultdict(list)
    for lk in links:
        if lk.framework == fw.id and lk.counts and lk.requirement in codes:
            by_file[lk.evidence_id].append(lk)
    out: list[ReviewFlag] = []
    for evidence_id, mine in sorted(by_file.items(), key=lambda kv: min(lk.path for lk in kv[1])):
        criteria = sorted({fw.criterion_of(lk.requirement).code for lk in mine}, key=_code_key)
        if len(criteria) < 2:
            continue
        reqs = sorted({lk.requirement for lk in mine}, key=_code_key)
        paths = sorted({lk.path for lk in mine})
        out.append(ReviewFlag(kind=ReviewFlagKind.SHARED_ACROSS_CRITERIA, framework=fw.id, requirements=reqs,
                              criteria=criteria, evidence_id=evidence_id, paths=paths,
                              detail=t("review.flag.shared", path=paths[0], codes=", ".join(reqs),
                                       criteria=", ".join(criteria))))
    return out


def _code_key(code: str) -> list[tuple[int, str]]:
    return [(int(p), "") if p.isdigit() else (0, p) for p in re.split(r"[.\-]", code)]


@dataclass
class _Finding:
    kind: ReviewFlagKind
    year: int
    detail: str
    requirements: list[str]


def _value(inputs: Sequence[InputValue], name: str) -> Decimal | None:
    return next((i.value for i in inputs if i.name == name), None)


def _label(formula: Formula, name: str) -> str:
    return next((i.label for i in formula.inputs if i.name == name), name)


def _input_findings(fw: Framework, r: IndicatorResult, found: dict[tuple[str, ...], _Finding]) -> None:
    formula = fw.requirement(r.requirement).formula
    if formula is None:
        return

    def add(key: tuple[str, ...], kind: ReviewFlagKind, detail: str) -> None:
        """One finding per key; a finding met again adds the requirement to it."""
        if key in found:
            if r.requirement not in found[key].requirements:
                found[key].requirements.append(r.requirement)
            return
        found[key] = _Finding(kind, r.year, detail, [r.requirement])

    scopes: list[tuple[str, Sequence[InputValue], Decimal | None, Decimal | None]] = [
        ("", r.inputs, r.numerator, r.denominator)
    ]
    scopes += [(p.programme, p.inputs, p.numerator, p.denominator) for p in r.programmes]
    for where, inputs, num, den in scopes:
        prefix = f"{where}: " if where else ""
        for inp in inputs:
            if inp.value is not None and inp.value < 0:
                add(("negative", str(r.year), where, inp.name), ReviewFlagKind.INCONSISTENT_INPUT,
                    prefix + t("review.flag.negative", label=inp.label, name=inp.name, value=_number(inp.value),
                               year=r.year))
        part_of_whole = formula.unit == "%" and formula.denominator is not None and _NAME.match(formula.numerator)
        if part_of_whole and num is not None and den is not None and num > den:
            add(("share", str(r.year), where, formula.numerator, formula.denominator or ""),
                ReviewFlagKind.INCONSISTENT_INPUT,
                prefix + t("review.flag.part_exceeds", part=_label(formula, formula.numerator),
                           part_name=formula.numerator, part_value=_number(num), whole=formula.denominator,
                           whole_value=_number(den), year=r.year))
    for cond in formula.survey_conditions:
        check = next((s for s in r.survey if s.label == cond.label and s.kind == cond.kind), None)
        if check is None:
            continue
        key = (str(r.year), cond.kind, cond.numerator, cond.denominator or "", cond.per or "")
        if cond.kind == "share" and cond.denominator is not None:
            part, whole = _value(r.inputs, cond.numerator), _value(r.inputs, cond.denominator)
            if (part is not None and whole is not None and part > whole) or (check.value or 0) > 1:
                add(("survey_part", *key), ReviewFlagKind.INCONSISTENT_INPUT,
                    t("review.flag.survey_part_exceeds", label=cond.label, part=_label(formula, cond.numerator),
                      part_value=_number(part) if part is not None else "?",
                      whole=_label(formula, cond.denominator),
                      whole_value=_number(whole) if whole is not None else "?", year=r.year))
        if not check.passed:
            add(("survey", *key), ReviewFlagKind.SURVEY_NOT_MET,
                t("review.flag.survey_not_met", label=cond.label, detail=check.detail, year=r.year))


def _indicator_flags(fw: Framework, report: IndicatorReport) -> list[ReviewFlag]:
    found: dict[tuple[str, ...], _Finding] = {}
    for r in report.results:
        _input_findings(fw, r, found)
    return [
        ReviewFlag(kind=f.kind, framework=fw.id, requirement=f.requirements[0],
                   requirements=sorted(f.requirements, key=_code_key), year=f.year, detail=f.detail)
        for f in found.values()
    ]


def inspector_flags(
    frameworks: Sequence[Framework],
    assessments: Mapping[str, Assessment],
    register: EvidenceRegister,
    indicators: Mapping[str, IndicatorReport],
    year: int,
    object_type: ObjectType | None = None,
) -> list[ReviewFlag]:
    """Every flag, grouped by framework, in a stable order (met claims, dates, shared files, data)."""
    out: list[ReviewFlag] = []
    dates = _date_flags(frameworks, register, year, object_type)
    links = mark_unreadable(register.links, register.records)  # the records say which files were read
    for fw in frameworks:
        if fw.id in assessments:
            out += _met_flags(fw, assessments[fw.id], links)
        out += [f for f in dates if f.framework == fw.id]
        out += _shared_flags(fw, links)
        if fw.id in indicators:
            out += _indicator_flags(fw, indicators[fw.id])
    return out
