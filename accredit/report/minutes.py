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

from accredit.i18n import t
from accredit.model.review import FrameworkComparison, LogEntry, ReviewReport, Role
from accredit.report.document import Document, Heading, Run, Signer, Table, cell, row, text
from accredit.report.documents import empty
from accredit.scoring.text import fmt_number


def _status(value: object) -> str:
    return t(f"report.status.{value.value}") if value is not None else "—"  # type: ignore[attr-defined]


def _people(entries: Sequence[LogEntry], role: Role) -> list[str]:
    return list(dict.fromkeys(text(e.actor) for e in entries if e.role == role))


def minutes(report: ReviewReport, entries: Sequence[LogEntry], framework_id: str, *, authority: str | None = None,
            number: str | None = None, place: str | None = None, on: date | None = None) -> Document:
    """The biên bản thẩm định of ``framework_id`` (``KeyError`` when the review does not compare it)."""
    comp: FrameworkComparison = next(c for c in report.comparisons if c.framework == framework_id)
    manifest = report.verification.manifest
    school = manifest.school
    heading = Heading(
        superior=None,
        issuer=text(authority).upper() if authority else t("docs.mb.team").upper(),
        number=text(number) or None,
        place=text(place or school.province) or None,
        date=(on.day, on.month, on.year) if on else (None, None, manifest.created.year),
        kind=t("docs.kind.minutes"),
        subject=t("docs.mb.subject", school=text(school.name), year=manifest.year, title=text(comp.title)),
    )
    doc = Document(key="bien-ban", heading=heading, framework=framework_id,
                   footer=f"{t('docs.mb.footer')} — {text(school.name)} — {manifest.year}")
    doc.para(t("docs.mb.opening_a") + " ", empty(), " " + t("docs.mb.opening_b", school=text(school.name),
                                                               year=manifest.year, title=text(comp.title)))
    doc.heading2(t("docs.mb.h_members"))
    inspectors, school_side = _people(entries, Role.INSPECTOR), _people(entries, Role.SCHOOL)
    doc.para(Run(t("docs.mb.inspectors") + " ", bold=True), *( [Run(", ".join(inspectors))] if inspectors
                                                               else [empty()]))
    doc.para(Run(t("docs.mb.school_side") + " ", bold=True), *( [Run(", ".join(school_side))] if school_side
                                                                else [empty()]))
    doc.heading2(t("docs.mb.h_content"))
    v = report.verification
    doc.para(t("docs.mb.package", package=text(v.package), sha=v.sha256, created=manifest.created
               .strftime("%d/%m/%Y")))
    bad = len(v.issues) + len(v.differences) + (0 if v.signature.good else 1)
    doc.para(t("docs.mb.integrity_ok") if v.ok and v.signature.good else t("docs.mb.integrity_bad", n=bad))
    signed = t(f"sign.state.{v.signature.state.value}") + " — " + v.signature.detail  # who signed the package
    doc.para(Run(t("docs.mb.signature") + " ", bold=True), Run(text(signed)))
    doc.para(t("docs.mb.reviewed", reviewed=comp.reviewed, disagreements=comp.disagreements,
               cycles=max((e.cycle for e in entries), default=0)))
    rows = [row(c.code, c.label, f"{fmt_number(c.school)}/{fmt_number(c.max)}",
                f"{fmt_number(c.inspector)}/{fmt_number(c.max)}") for c in comp.criteria]
    rows.append(row("", t("docs.col.total"), f"{fmt_number(comp.school_total)}/{fmt_number(comp.max)}",
                    f"{fmt_number(comp.inspector_total)}/{fmt_number(comp.max)}", bold=True))
    doc.add(Table((t("docs.mb.col_code"), t("docs.col.criterion"), t("docs.mb.col_school"), t("docs.mb.col_team")),
                  (1.4, 8.6, 3, 3), tuple(rows)))
    differing = [r for r in comp.requirements if r.school_status != r.inspector_status or r.comment or r.response]
    if differing:
        doc.para(Run(t("docs.mb.differences"), bold=True), keep=True)
        doc.add(Table((t("docs.mb.col_code"), t("docs.mb.col_school"), t("docs.mb.col_team"), t("docs.mb.col_comment"),
                       t("docs.mb.col_response")), (1.4, 2.4, 2.4, 5.4, 4.4),
                      tuple(row(r.code, _status(r.school_status), _status(r.inspector_status),
                                cell(text(r.comment)) if r.comment else cell(""),
                                cell(text(r.response)) if r.response else cell(""))
                            for r in differing)))
    doc.heading2(t("docs.mb.h_conclusion"))
    doc.para(t("docs.mb.school_result", decision=text(comp.school_decision)))
    doc.para(Run(t("docs.mb.team_result", decision=text(comp.inspector_decision)), bold=True))
    doc.para(Run(t("docs.mb.other") + " ", bold=True), empty())
    doc.para(t("docs.mb.closing_a") + " ", empty(), " " + t("docs.mb.closing_b"))
    doc.signers = [
        Signer(title=t("docs.mb.sign_school"), hint=t("docs.sign.hint_person"),
               name=school_side[0] if school_side else None),
        Signer(title=t("docs.mb.sign_team"), hint=t("docs.sign.hint_person"),
               name=inspectors[0] if inspectors else None),
    ]
    doc.notes.append(t("docs.note.minutes_form"))
    return doc


