"""Draft narratives of a self-assessment report from the evidence, the scorecard and the roadmap.

Deterministic and factual: each sentence says only what the data says.

* **Mô tả hiện trạng** — one sentence per counting evidence file, from its own header metadata
  (loại văn bản, số/ký hiệu, ngày, cơ quan ban hành, trích yếu), citing its evidence code:
  "Nhà trường đã ban hành Quyết định số 125/QĐ-CĐN ngày 15/3/2024 về việc … [MC.1.1.01]."
* **Tồn tại** — the scorecard's reason when the requirement is not met (or not evaluated).
* **Kế hoạch cải tiến** — the roadmap's actions for the requirement with their years, else the
  regulation's improvement action for a requirement that is not met.

A person's text always wins: a field is drafted only when the ratings workbook leaves it blank,
and the draft is marked as such until a person writes (or copies) the text into the workbook.
Pure: no I/O.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from accredit.i18n.message import Messages
from accredit.model.assessment import Status, fold
from accredit.model.evidence import EvidenceLink, EvidenceRecord
from accredit.model.roadmap import Action, Roadmap
from accredit.report.view import RequirementView

FIELDS: tuple[str, ...] = ("current_state", "strengths", "weaknesses", "improvement_plan")
"""The narrative fields, in the order of the report."""


@dataclass(frozen=True)
class Field:
    """One narrative field as the document prints it."""

    name: str
    text: str | None
    draft: bool = False

    @property
    def empty(self) -> bool:
        """True when neither the person nor the data gave any text."""
        return not self.text


def _date(msgs: Messages, link: EvidenceLink, record: EvidenceRecord | None) -> str | None:
    issued = record.meta.issued if record is not None and record.meta.issued else link.issued
    if issued is not None:
        return msgs("docs.narr.on_date", day=issued.day, month=issued.month, year=issued.year)
    if record is not None and record.meta.year:
        return msgs("docs.narr.in_year", year=record.meta.year)
    return None


def _lower_first(value: str) -> str:
    """'Ban hành quy chế' → 'ban hành quy chế'; an acronym or proper noun ('UBND', 'Lạng Sơn…') is kept."""
    if len(value) >= 2 and value[0].isupper() and value[1].islower():
        first_word = value.split(" ", 1)[0]
        if first_word not in ("Bộ", "Sở", "Nhà", "Trường", "Ủy", "Uỷ"):
            return value[0].lower() + value[1:]
    return value


def _subject(msgs: Messages, title: str) -> str:
    """' về việc …' from a trích yếu (which often starts with 'Về việc' already)."""
    clean = " ".join(title.split()).rstrip(" .;")
    folded = fold(clean)
    if folded.startswith("ve viec "):
        return " " + msgs("docs.narr.about") + " " + clean.split(" ", 2)[2]
    if folded.startswith("ve "):
        return " " + _lower_first(clean)
    return " " + msgs("docs.narr.about") + " " + _lower_first(clean)


def _same_body(issuer: str, school: str) -> bool:
    a, b = fold(issuer), fold(school)
    return bool(a) and (a in b or b in a)


def evidence_sentence(msgs: Messages, link: EvidenceLink, record: EvidenceRecord | None, school: str) -> str:
    """One sentence about one evidence file, from its own metadata, citing its code."""
    meta = record.meta if record is not None else None
    code = link.evidence_code or (record.codes[0].text if record is not None and record.codes else None)
    cite = f" [{code}]" if code else ""
    title = (meta.title if meta and meta.title else None) or link.title or (record.title if record else None)
    when = _date(msgs, link, record)
    if meta is not None and meta.doc_type and meta.number:
        doc = msgs("docs.narr.doc_number", kind=meta.doc_type, number=meta.number)
        if when:
            doc += " " + when
        issuer = meta.issuer
        if issuer and _same_body(issuer, school):
            verb, of = msgs("docs.narr.issued"), ""
        else:
            verb = msgs("docs.narr.has")
            of = " " + msgs("docs.narr.of", issuer=issuer) if issuer else ""
        subject = _subject(msgs, meta.title) if meta.title else ""
        sentence = f"{verb} {doc}{of}{subject}"
    else:
        name = title or link.path
        sentence = msgs("docs.narr.has_file", title=" ".join(name.split()))
        if when:
            sentence += " " + when
    return unicodedata.normalize("NFC", sentence.rstrip(" .") + cite + ".")


def draft_current_state(msgs: Messages, v: RequirementView, records: dict[str, EvidenceRecord],
                        school: str) -> str | None:
    """'Mô tả hiện trạng' from the counting evidence of ``v`` (None when it has none)."""
    sentences: list[str] = []
    for lk in v.counting_links:
        s = evidence_sentence(msgs, lk, records.get(lk.evidence_id), school)
        if s not in sentences:
            sentences.append(s)
    return " ".join(sentences) or None


def draft_weaknesses(v: RequirementView) -> str | None:
    """'Tồn tại' from the scorecard's reason, for a requirement not met or not evaluated."""
    if v.status in (Status.NOT_MET, Status.NOT_EVALUATED) and v.result is not None and v.reason:
        reason = v.reason.strip().rstrip(" .")
        return reason[:1].upper() + reason[1:] + "."
    return None


def _actions_for(roadmap: Roadmap | None, framework: str, code: str) -> list[Action]:
    if roadmap is None:
        return []
    return [a for a in roadmap.actions if a.framework == framework and code in a.requirements]


def draft_improvement(msgs: Messages, v: RequirementView, framework: str, roadmap: Roadmap | None) -> str | None:
    """'Kế hoạch cải tiến' from the roadmap's actions (with their years), else the regulation's action."""
    actions = _actions_for(roadmap, framework, v.code)
    if actions:
        parts = []
        for a in actions:
            years = str(a.start_year) if a.start_year == a.end_year else f"{a.start_year}–{a.end_year}"
            parts.append(msgs("docs.narr.plan_action", years=years, action=msgs.param(a.title).rstrip(" ."),
                              owner=msgs.param(a.owner)))
        return " ".join(parts)
    if v.is_gap and v.fix_action:
        return v.fix_action.rstrip(" .") + "."
    if v.is_gap and v.requirement.improvement_actions:
        return v.requirement.improvement_actions[0].rstrip(" .") + "."
    return None


def narrative_fields(msgs: Messages, v: RequirementView, framework: str, records: dict[str, EvidenceRecord],
                     school: str, roadmap: Roadmap | None) -> list[Field]:
    """The four narrative fields of ``v``: the person's text where given, else a draft, else empty."""
    n = v.narrative
    drafts = {
        "current_state": lambda: draft_current_state(msgs, v, records, school),
        "strengths": lambda: None,  # a strength is a judgement: only a person writes it
        "weaknesses": lambda: draft_weaknesses(v),
        "improvement_plan": lambda: draft_improvement(msgs, v, framework, roadmap),
    }
    out: list[Field] = []
    for name in FIELDS:
        own = getattr(n, name)
        if own and own.strip():
            out.append(Field(name, own.strip()))
            continue
        drafted = drafts[name]()
        out.append(Field(name, drafted, draft=drafted is not None))
    return out
