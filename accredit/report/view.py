"""What every format shows, computed once from a :class:`ReportInput`: rows, labels, traces.

Pure presentation: no I/O, no scoring. The renderers (xlsx, html, docx, json) only lay these
values out, so the four formats always say the same thing.
"""

from __future__ import annotations

import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import quote

from accredit.evidence.hints import suggested_evidence
from accredit.i18n.message import Messages
from accredit.model.assessment import Narrative, Status
from accredit.model.evidence import EvidenceLink, EvidenceRecord, LinkOrigin
from accredit.model.framework import Criterion, Framework, Requirement
from accredit.model.indicator import IndicatorResult
from accredit.model.scorecard import CriterionResult, RequirementResult, RuleOutcome, Scorecard
from accredit.report.model import FrameworkSection, ReportInput
from accredit.scoring.text import COMPARATOR_SYMBOLS, fmt_quantity, fmt_share

# --- labels ------------------------------------------------------------------------------------


def status_text(msgs: Messages, status: Status | str | None) -> str:
    """A requirement status in words ('Đạt', 'Không đạt', 'Chưa đánh giá', 'Không áp dụng')."""
    if status is None:
        return msgs("report.status.not_evaluated")
    return msgs(f"report.status.{Status(status).value}")


def indicator_status_text(msgs: Messages, status: str) -> str:
    """An indicator status in words (met, not met, invalid data, missing data)."""
    return msgs(f"report.indicator.status.{status}")


def decision_text(msgs: Messages, card: Scorecard) -> str:
    """'ĐẠT' or 'CHƯA ĐẠT'."""
    return msgs("report.decision.passed") if card.passed else msgs("report.decision.failed")


def decision_word(msgs: Messages, passed: bool) -> str:
    """'Đạt' or 'Chưa đạt' for one rule or threshold."""
    return msgs("report.word.passed") if passed else msgs("report.word.failed")


def rule_line(msgs: Messages, outcome: RuleOutcome) -> str:
    """One decision rule, applied: '✓ Tổng điểm tối thiểu: … (Điều 5)'."""
    mark = "✓" if outcome.passed else "✗"
    article = f" ({outcome.article})" if outcome.article else ""
    return f"{mark} {msgs(f'report.rule.{outcome.rule}')}: {msgs(outcome.detail)}{article}"


def total_text(msgs: Messages, card: Scorecard) -> str:
    """'72/100 điểm' or '28/30 yêu cầu đạt'."""
    key = "report.total.points" if card.unit == "points" else "report.total.requirements"
    return msgs(key, total=msgs.number(card.total), max=msgs.number(card.max))


def points_text(msgs: Messages, value: Decimal | int | None) -> str:
    """A number of points ('—' when the framework is not scored)."""
    return msgs.number(value)


def share_text(msgs: Messages, share: Decimal) -> str:
    """A 0–1 share as '66,67%'."""
    return msgs.param(fmt_share(Decimal(share)))


def school_line(inp: ReportInput) -> str:
    """The school's name with its code and province when known."""
    msgs = inp.messages
    parts = [inp.school.name]
    if inp.school.code:
        parts.append(msgs("report.school.code", code=inp.school.code))
    if inp.school.province:
        parts.append(inp.school.province)
    return " — ".join(parts)


def generated_text(inp: ReportInput) -> str:
    """When the report was generated, as 'dd/mm/yyyy HH:MM'."""
    return inp.generated_at.strftime("%d/%m/%Y %H:%M")


# --- thresholds --------------------------------------------------------------------------------


def criterion_thresholds(framework: Framework) -> dict[str, Decimal]:
    """The share each criterion must reach under the framework's decision rules (absent: no floor)."""
    out: dict[str, Decimal] = {}

    def raise_to(code: str, share: Decimal) -> None:
        out[code] = max(out.get(code, Decimal(0)), Decimal(share))

    codes = [c.code for c in framework.criteria]
    for rule in framework.decision.rules:
        if rule.type == "min_share_each":
            for c in codes:
                raise_to(c, rule.share)
        elif rule.type == "min_share_for":
            for c in rule.criteria:
                raise_to(c, rule.share)
        elif rule.type == "all_met":
            for c in rule.criteria or codes:
                raise_to(c, Decimal(1))
    return out


def min_total(framework: Framework) -> Decimal | None:
    """The minimum total of a 'min_total' rule, if any."""
    values = [Decimal(r.points) for r in framework.decision.rules if r.type == "min_total"]
    return max(values) if values else None


HINTS_SHOWN = 5  # minh chứng gợi ý listed for a requirement without evidence

# --- requirements ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequirementView:
    """One requirement as every report shows it."""

    criterion: Criterion
    requirement: Requirement
    result: RequirementResult | None
    narrative: Narrative
    links: list[EvidenceLink] = field(default_factory=list)
    evidence_codes: list[str] = field(default_factory=list)
    in_fix: bool = False
    fix_action: str | None = None
    hints: list[str] = field(default_factory=list)  # minh chứng gợi ý (accredit.evidence.hints)
    reason: str = ""
    """Why the requirement has its status, in the report's language."""

    @property
    def code(self) -> str:
        """The requirement code."""
        return self.requirement.code

    @property
    def status(self) -> Status:
        """The scored status (not evaluated when the scorecard has no result for it)."""
        return self.result.status if self.result is not None else Status.NOT_EVALUATED

    @property
    def is_gap(self) -> bool:
        """True when the requirement is not met and counts (not met or not evaluated)."""
        return self.status in (Status.NOT_MET, Status.NOT_EVALUATED)

    @property
    def counting_links(self) -> list[EvidenceLink]:
        """Links that count for scoring (unconfirmed suggestions and unreadable files left out)."""
        return [lk for lk in self.links if lk.supports]

    @property
    def unreadable_links(self) -> list[EvidenceLink]:
        """Accepted links to files the scan could not read: shown, flagged, never counted."""
        return [lk for lk in self.links if lk.counts and not lk.readable]



def carry_state(section: FrameworkSection, code: str) -> str | None:
    """How a requirement stands against last year's carried text: ``"carried"`` (kế thừa, not rated nor
    confirmed this year: it does not count), ``"text"`` (rated or confirmed, the text still carried), or None."""
    rating = section.assessment.rating(code) if section.assessment is not None else None
    if rating is None or not rating.narrative.carried:
        return None
    return "carried" if rating.is_blank else "text"


@dataclass(frozen=True)
class ComparisonRow:
    """One requirement: last year's status beside this year's, and whether it is still carried."""

    code: str
    name: str
    before: str
    now: str
    changed: bool
    note: str
    carried: bool
    before_value: str = "none"
    now_value: str = "not_evaluated"


def comparison_rows(msgs: Messages, section: FrameworkSection) -> list[ComparisonRow]:
    """Every requirement of ``section`` with last year's and this year's status (empty without a previous year)."""
    prev = section.previous
    if prev is None:
        return []
    now = {r.code: r.status for r in section.scorecard.requirements}
    rows: list[ComparisonRow] = []
    for req in section.framework.requirements:
        before, current = prev.statuses.get(req.code), now.get(req.code)
        state = carry_state(section, req.code)
        note = msgs(f"report.previous.{state}", year=prev.year) if state else ""
        rows.append(ComparisonRow(code=req.code, name=requirement_name(req),
                                  before=status_text(msgs, before) if before is not None else "—",
                                  now=status_text(msgs, current), changed=before is not None and before != current,
                                  note=note, carried=state == "carried",
                                  before_value=before.value if before is not None else "none",
                                  now_value=current.value if current is not None else "not_evaluated"))
    return rows


def comparison_summary(msgs: Messages, section: FrameworkSection, year: int) -> str:
    """'2025: 52/100, not passed → 2026: 68/100, not passed; 1 still carried' (empty without a previous year)."""
    prev = section.previous
    if prev is None:
        return ""
    card = section.scorecard
    carried = sum(1 for r in section.framework.requirements if carry_state(section, r.code) == "carried")
    key = "report.previous.summary" if carried else "report.previous.summary_none"
    return msgs(key, before=prev.year, now=year,
                before_points=f"{points_text(msgs, prev.total)}/{points_text(msgs, prev.max)}",
                now_points=f"{points_text(msgs, card.total)}/{points_text(msgs, card.max)}",
                before_result=decision_word(msgs, prev.passed), now_result=decision_word(msgs, card.passed),
                carried=carried)


def _link_order(link: EvidenceLink) -> tuple[int, str, str]:
    return (0 if link.supports else 1, link.evidence_code or "~", link.path)


def links_by_requirement(inp: ReportInput, framework_id: str) -> dict[str, list[EvidenceLink]]:
    """The links of one framework, per requirement code, counting links first."""
    out: dict[str, list[EvidenceLink]] = defaultdict(list)
    for lk in inp.links:
        if lk.framework == framework_id:
            out[lk.requirement].append(lk)
    return {code: sorted(v, key=_link_order) for code, v in out.items()}


def evidence_label(link: EvidenceLink) -> str:
    """How a linked file is cited: its evidence code, else its title, else its path."""
    return link.evidence_code or link.title or link.path


def requirement_views(inp: ReportInput, section: FrameworkSection) -> list[RequirementView]:
    """Every requirement of ``section``'s framework, in regulation order, with result, narrative and evidence."""
    results = {r.code: r for r in section.scorecard.requirements}
    msgs = inp.messages
    fix = {i.code: msgs(i.action) for i in section.scorecard.fix_plan.items}
    fix_codes = set(section.scorecard.minimal_fix) | set(fix)
    links = links_by_requirement(inp, section.id)
    views: list[RequirementView] = []
    for criterion in section.framework.criteria:
        for req in criterion.requirements:
            rating = section.assessment.rating(req.code) if section.assessment is not None else None
            req_links = links.get(req.code, [])
            codes: list[str] = []
            supported = [lk.evidence_code for lk in req_links if lk.supports]
            for c in [*(rating.evidence_codes if rating else []), *supported]:
                if c and c not in codes:
                    codes.append(c)
            views.append(
                RequirementView(
                    criterion=criterion,
                    requirement=req,
                    result=results.get(req.code),
                    narrative=rating.narrative if rating else Narrative(),
                    links=req_links,
                    evidence_codes=codes,
                    in_fix=req.code in fix_codes,
                    fix_action=fix.get(req.code),
                    hints=suggested_evidence(section.framework, req.code)[:HINTS_SHOWN],
                    reason=msgs(results[req.code].reason) if req.code in results else msgs("report.no_result"),
                )
            )
    return views


def criterion_rows(section: FrameworkSection) -> list[tuple[Criterion, CriterionResult | None, Decimal | None]]:
    """Each criterion with its result and the share it must reach."""
    results = {c.code: c for c in section.scorecard.criteria}
    floors = criterion_thresholds(section.framework)
    return [(c, results.get(c.code), floors.get(c.code)) for c in section.framework.criteria]


def requirement_name(req: Requirement) -> str:
    """'Yêu cầu 1.1' or 'Chỉ số 01 — Tỷ lệ nhập học'."""
    return f"{req.label} — {req.title}" if req.title else req.label


def requirement_ref(req: Requirement) -> str:
    """:func:`requirement_name` with the code where the label repeats per criterion: 'Tiêu chuẩn 1 (2.1)'."""
    name = requirement_name(req)
    return name if req.code in name else f"{name} ({req.code})"


# --- indicators --------------------------------------------------------------------------------


def requirement_text(msgs: Messages, comparator: str, threshold: Decimal | int, unit: str) -> str:
    """The level an indicator must reach: '≥ 80%'."""
    return f"{COMPARATOR_SYMBOLS.get(comparator, comparator)} {msgs.param(fmt_quantity(threshold, unit))}"


def value_text(msgs: Messages, result: IndicatorResult) -> str:
    """The indicator's value with its unit ('—' when not computed)."""
    if result.value is None:
        return "—"
    return msgs.param(fmt_quantity(result.value, result.unit))


def formula_text(msgs: Messages, result: IndicatorResult) -> str:
    """The formula as written: '(a) / (b) × 100'."""
    num = result.numerator_expression
    text = f"({num}) / ({result.denominator_expression})" if result.denominator_expression else num
    if Decimal(result.multiplier) != 1:
        text += f" × {msgs.number(result.multiplier)}"
    return text


def trace_lines(msgs: Messages, result: IndicatorResult) -> list[str]:
    """The computation step by step, for a person to check by hand."""
    lines = [msgs("report.trace.formula", formula=formula_text(msgs, result))]
    for i in result.inputs:
        where = f" [{msgs.param(i.source)}]" if i.source else ""
        lines.append(msgs("report.trace.input", name=i.name, label=i.label, value=msgs.number(i.value)) + where)
    if result.numerator is not None or result.denominator is not None:
        lines.append(
            msgs(
                "report.trace.ratio",
                numerator=msgs.number(result.numerator),
                denominator=msgs.number(result.denominator),
                value=value_text(msgs, result),
            )
        )
    for p in result.programmes:
        name = f"{p.programme} {p.name}" if p.name else p.programme
        value = msgs.param(fmt_quantity(p.value, result.unit)) if p.value is not None else "—"
        lines.append(
            msgs("report.trace.programme", programme=name, value=value,
                 status=indicator_status_text(msgs, p.status.value))
        )
    for s in result.survey:
        state = msgs("report.trace.survey_ok") if s.passed else msgs("report.trace.survey_failed")
        lines.append(msgs("report.trace.survey", label=s.label, detail=s.detail, state=state))
    lines.append(
        msgs(
            "report.trace.result",
            value=value_text(msgs, result),
            requirement=requirement_text(msgs, result.comparator, result.threshold, result.unit),
            status=indicator_status_text(msgs, result.status.value),
        )
    )
    lines.extend(msgs("report.trace.problem", problem=p) for p in result.problems if p)
    return lines


def indicator_results(section: FrameworkSection) -> list[IndicatorResult]:
    """The section's indicator results in regulation order, then by year."""
    order = {r.code: i for i, r in enumerate(section.framework.requirements)}
    return sorted(section.indicators, key=lambda r: (order.get(r.requirement, len(order)), r.year))


def latest_indicator(section: FrameworkSection, code: str) -> IndicatorResult | None:
    """The result of ``code`` for the evaluation year (else its latest year)."""
    mine = [r for r in section.indicators if r.requirement == code]
    if not mine:
        return None
    same = [r for r in mine if r.year == section.scorecard.year]
    return same[0] if same else max(mine, key=lambda r: r.year)


# --- evidence ----------------------------------------------------------------------------------


PACKAGE_EVIDENCE = "../evidence/files"
"""Where evidence files are from a report inside an extracted package: reports sit under ``reports/``,
evidence under ``evidence/files/`` (:data:`accredit.review.build.EVIDENCE_PREFIX`)."""

_FRAMEWORK_ID = re.compile(r"\btt(\d+)-(\d{4})/[a-z0-9-]+")


def framework_names(inp: ReportInput) -> dict[str, str]:
    """Framework id → how a person names it: '{kind} {number}' ('Thông tư 35/2021/TT-BLĐTBXH')."""
    return {s.id: f"{s.framework.regulation.kind} {s.framework.regulation.number}" for s in inp.sections}


def plain_ids(msgs: Messages, text: str | None, names: dict[str, str]) -> str:
    """``text`` with internal ids replaced by what a person reads.

    Framework ids become their regulation ('tt14-2024/truong' → 'Thông tư 14/2024' when not
    reported), and a field name of the ratings file in brackets is dropped.
    """
    if not text:
        return ""
    for fid, name in names.items():
        text = text.replace(fid, name)
    text = _FRAMEWORK_ID.sub(lambda m: msgs("report.regulation_short", number=m.group(1), year=m.group(2)), text)
    return text.replace(" (external_results)", "").replace("(external_results)", "")


def evidence_line(msgs: Messages, link: EvidenceLink, record: EvidenceRecord | None) -> str:
    """A counting evidence file as an inspector reads it: 'Quyết định… — số 125/QĐ — 15/03/2024'."""
    title = link.title or (record.title if record is not None else None) or link.path.rsplit("/", 1)[-1]
    parts = [title]
    if record is not None and record.meta.number:
        parts.append(msgs("report.ev.number", number=record.meta.number))
    issued = link.issued or (record.meta.issued if record is not None else None)
    if issued is not None:
        parts.append(issued.strftime("%d/%m/%Y"))
    elif record is not None and record.meta.year:
        parts.append(str(record.meta.year))
    return " — ".join(parts)


def evidence_years(msgs: Messages, links: list[EvidenceLink], records: dict[str, EvidenceRecord]) -> str:
    """Which counting evidence a documentary requirement rests on, with its years: 'MC.1.1.01 (2024), …'."""
    out: list[str] = []
    for lk in links:
        if not lk.counts:
            continue
        rec = records.get(lk.evidence_id)
        issued = lk.issued or (rec.meta.issued if rec is not None else None)
        year = issued.year if issued else (rec.meta.year if rec is not None else None)
        label = evidence_label(lk)
        item = f"{label} ({year})" if year else f"{label} ({msgs('report.ev.no_year')})"
        if item not in out:
            out.append(item)
    return ", ".join(out)


def evidence_href(path: str, link_base: str | None) -> str | None:
    """A relative, URL-quoted link from the report folder to an evidence file (None when unknown)."""
    if link_base is None:
        return None
    joined = posixpath.normpath(posixpath.join(link_base, path)) if link_base else path
    return quote(joined, safe="/._-~")


@dataclass(frozen=True)
class EvidenceRow:
    """One evidence file with the requirements it supports."""

    record: EvidenceRecord | None
    path: str
    evidence_id: str
    code: str | None
    title: str
    issued: str | None
    links: list[EvidenceLink]


def _issued(record: EvidenceRecord) -> str | None:
    if record.meta.issued:
        return record.meta.issued.strftime("%d/%m/%Y")
    return str(record.meta.year) if record.meta.year else None


def evidence_rows(inp: ReportInput) -> list[EvidenceRow]:
    """Every evidence file (scanned, or only known from a link), sorted by path, with its links."""
    by_id: dict[str, list[EvidenceLink]] = defaultdict(list)
    for lk in inp.links:
        by_id[lk.evidence_id].append(lk)
    rows: list[EvidenceRow] = []
    seen: set[str] = set()
    for rec in inp.evidence:
        if rec.evidence_id in seen:
            continue
        seen.add(rec.evidence_id)
        lks = sorted(by_id.get(rec.evidence_id, []), key=lambda lk: (lk.framework, lk.requirement))
        code = next((c.text for c in rec.codes), None) or next(
            (lk.evidence_code for lk in lks if lk.evidence_code), None
        )
        issued = _issued(rec)
        rows.append(EvidenceRow(rec, rec.path, rec.evidence_id, code, rec.title, issued, lks))
    for eid, lks in by_id.items():
        if eid in seen:
            continue
        seen.add(eid)
        first = lks[0]
        issued = first.issued.strftime("%d/%m/%Y") if first.issued else None
        lks = sorted(lks, key=lambda lk: (lk.framework, lk.requirement))
        code = next((lk.evidence_code for lk in lks if lk.evidence_code), None)
        rows.append(EvidenceRow(None, first.path, eid, code, first.title or first.path, issued, lks))
    return sorted(rows, key=lambda r: r.path)


def link_mark(links: list[EvidenceLink]) -> str:
    """A matrix cell: '●' a counting link, '!' only links to unreadable files, '○' an unconfirmed
    suggestion, '' none."""
    if any(lk.supports for lk in links):
        return "●"
    if any(lk.counts for lk in links):
        return "!"
    if links:
        return "○"
    return ""


def origin_text(msgs: Messages, link: EvidenceLink) -> str:
    """Where a link came from, in words."""
    if link.origin == LinkOrigin.SUGGESTED and not link.confirmed:
        return msgs("report.origin.suggested_unconfirmed")
    return msgs(f"report.origin.{link.origin.value}")
