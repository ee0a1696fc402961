"""The inspector's biên bản (kết quả thẩm định) of one framework, built from the review and its log.

Input: the :class:`~accredit.model.review.ReviewReport` of a package (verification, the school's
and the inspector's results side by side) and the entries of its review log (who reviewed, who
answered, when). One document per framework, as every other document. The reference texts give
no form for this biên bản (:data:`accredit.report.documents.FORM_STATUS`): the parts are the usual
ones of an administrative biên bản (thành phần, nội dung, kết luận, chữ ký), and the document's
notes say so on the console. Pure: no I/O, no clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from accredit.i18n.message import Messages
from accredit.model.review import FrameworkComparison, LogEntry, ReviewReport, Role
from accredit.report.document import Document, Heading, Run, Signer, Table, cell, row, text
from accredit.report.documents import empty


def _status(msgs: Messages, value: object) -> str:
    return msgs(f"report.status.{value.value}") if value is not None else "—"  # type: ignore[attr-defined]


def _people(msgs: Messages, entries: Sequence[LogEntry], role: Role) -> list[str]:
    return list(dict.fromkeys(text(msgs, e.actor) for e in entries if e.role == role))


def minutes(msgs: Messages, report: ReviewReport, entries: Sequence[LogEntry], framework_id: str, *,
            authority: str | None = None, number: str | None = None, place: str | None = None,
            on: date | None = None) -> Document:
    """The biên bản thẩm định of ``framework_id`` (``KeyError`` when the review does not compare it)."""
    comp: FrameworkComparison = next(c for c in report.comparisons if c.framework == framework_id)
    manifest = report.verification.manifest
    school = manifest.school
    heading = Heading(
        superior=None,
        issuer=text(msgs, authority).upper() if authority else msgs("docs.mb.team").upper(),
        number=text(msgs, number) or None,
        place=text(msgs, place or school.province) or None,
        date=(on.day, on.month, on.year) if on else (None, None, manifest.created.year),
        kind=msgs("docs.kind.minutes"),
        subject=msgs("docs.mb.subject", school=text(msgs, school.name), year=manifest.year,
                     title=text(msgs, comp.title)),
    )
    doc = Document(messages=msgs, key="bien-ban", heading=heading, framework=framework_id,
                   footer=f"{msgs('docs.mb.footer')} — {text(msgs, school.name)} — {manifest.year}")
    opening = msgs("docs.mb.opening_b", school=text(msgs, school.name), year=manifest.year,
                   title=text(msgs, comp.title))
    doc.para(msgs("docs.mb.opening_a") + " ", empty(msgs), " " + opening)
    doc.heading2(msgs("docs.mb.h_members"))
    inspectors, school_side = _people(msgs, entries, Role.INSPECTOR), _people(msgs, entries, Role.SCHOOL)
    doc.para(Run(msgs("docs.mb.inspectors") + " ", bold=True), *( [Run(", ".join(inspectors))] if inspectors
                                                               else [empty(msgs)]))
    doc.para(Run(msgs("docs.mb.school_side") + " ", bold=True), *( [Run(", ".join(school_side))] if school_side
                                                                else [empty(msgs)]))
    doc.heading2(msgs("docs.mb.h_content"))
    v = report.verification
    doc.para(msgs("docs.mb.package", package=text(msgs, v.package), sha=v.sha256, created=manifest.created
               .strftime("%d/%m/%Y")))
    bad = len(v.issues) + len(v.differences) + (0 if v.signature.good else 1)
    doc.para(msgs("docs.mb.integrity_ok") if v.ok and v.signature.good else msgs("docs.mb.integrity_bad", n=bad))
    signed = msgs(f"sign.state.{v.signature.state.value}") + " — " + v.signature.detail  # who signed the package
    doc.para(Run(msgs("docs.mb.signature") + " ", bold=True), Run(text(msgs, signed)))
    doc.para(msgs("docs.mb.reviewed", reviewed=comp.reviewed, disagreements=comp.disagreements,
               cycles=max((e.cycle for e in entries), default=0)))
    rows = [row(msgs, c.code, c.label, f"{msgs.number(c.school)}/{msgs.number(c.max)}",
                f"{msgs.number(c.inspector)}/{msgs.number(c.max)}") for c in comp.criteria]
    rows.append(row(msgs, "", msgs("docs.col.total"), f"{msgs.number(comp.school_total)}/{msgs.number(comp.max)}",
                    f"{msgs.number(comp.inspector_total)}/{msgs.number(comp.max)}", bold=True))
    doc.add(Table((msgs("docs.mb.col_code"), msgs("docs.col.criterion"), msgs("docs.mb.col_school"),
                   msgs("docs.mb.col_team")),
                  (1.4, 8.6, 3, 3), tuple(rows)))
    differing = [r for r in comp.requirements if r.school_status != r.inspector_status or r.comment or r.response]
    if differing:
        doc.para(Run(msgs("docs.mb.differences"), bold=True), keep=True)
        doc.add(Table((msgs("docs.mb.col_code"), msgs("docs.mb.col_school"), msgs("docs.mb.col_team"),
                       msgs("docs.mb.col_comment"), msgs("docs.mb.col_response")), (1.4, 2.4, 2.4, 5.4, 4.4),
                      tuple(row(msgs, r.code, _status(msgs, r.school_status), _status(msgs, r.inspector_status),
                                cell(msgs, text(msgs, r.comment)) if r.comment else cell(msgs, ""),
                                cell(msgs, text(msgs, r.response)) if r.response else cell(msgs, ""))
                            for r in differing)))
    doc.heading2(msgs("docs.mb.h_conclusion"))
    doc.para(msgs("docs.mb.school_result", decision=text(msgs, msgs(comp.school_decision))))
    doc.para(Run(msgs("docs.mb.team_result", decision=text(msgs, msgs(comp.inspector_decision))), bold=True))
    doc.para(Run(msgs("docs.mb.other") + " ", bold=True), empty(msgs))
    doc.para(msgs("docs.mb.closing_a") + " ", empty(msgs), " " + msgs("docs.mb.closing_b"))
    doc.signers = [
        Signer(title=msgs("docs.mb.sign_school"), hint=msgs("docs.sign.hint_person"),
               name=school_side[0] if school_side else None),
        Signer(title=msgs("docs.mb.sign_team"), hint=msgs("docs.sign.hint_person"),
               name=inspectors[0] if inspectors else None),
    ]
    doc.notes.append(msgs("docs.note.minutes_form"))
    return doc


