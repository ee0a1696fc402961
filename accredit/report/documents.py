"""The signable documents of a self-assessment, one per purpose, built as :class:`Document` values.

* :func:`self_assessment` — the báo cáo tự đánh giá of one accreditation framework (TT 14/2024,
  TT 15/2017, TT 35/2021), on the outline of TT 28/2017/TT-BLĐTBXH Điều 17 khoản 2 điểm c
  (Phụ lục 03/04) and the process of Điều 15–19;
* :func:`standard_report` — the TT 38/2026 annual self-assessment on the forms of Phụ lục II mục 3
  (biểu a, b, c), with the "Minh chứng" column filled;
* :func:`annual_report` — the report of the self-assessment results sent to the managing agency
  (TT 28/2017 Điều 19 khoản 2).

Each document is about one framework: TT 14 and TT 38 are never mixed in one file. The wording of
TT 28's Phụ lục 03, 04 and 05 is not in the reference texts: the headings follow the articles
quoted and the outline of those annexes as :data:`FORM_STATUS` says, and the documents' notes
(printed on the console, never on the paper) say so. Pure: no I/O, no clock.
"""

from __future__ import annotations

import unicodedata

from accredit.i18n.message import Messages
from accredit.model.assessment import Status
from accredit.model.evidence import EvidenceRecord
from accredit.model.framework import Framework, RequirementKind
from accredit.report import narrative, view
from accredit.report.document import Contents, Document, Heading, PageBreak, Run, Signer, Table, cell, group, row, text
from accredit.report.model import FrameworkSection, ReportInput

PHU_LUC_II_FRAMEWORKS = frozenset({"tt38-2026/co-so-gdnn", "tt38-2026/co-so-gdnn-v2", "tt38-2026/co-so-gdnn-v3"})
"""Frameworks reported on the forms of TT 38/2026 Phụ lục II mục 3 (not in a TT 28 report)."""

FORM_STATUS: dict[str, str] = {
    "tu-danh-gia": "unverified",  # TT 28/2017 Phụ lục 03/04: named in Điều 17.2.c, wording not in the reference
    "chuan-co-so": "quoted",  # TT 38/2026 Phụ lục II mục 3: quoted from the reference (OCR, checked by hand)
    "ket-qua": "unverified",  # TT 28/2017 Phụ lục 05: named in Điều 19.2, wording not in the reference
    "bien-ban": "unverified",  # no form in the reference texts
}
"""How far each document's form is verified against the reference texts."""

TT28 = "28/2017/TT-BLĐTBXH"
EMPTY = "…"

# Quoted from TT 38/2026 Phụ lục II mục 3 (reference: tt38-2026.md, "3. Biểu mẫu báo cáo").
TT38_TITLE = "3. Biểu mẫu báo cáo mức độ đáp ứng chuẩn cơ sở giáo dục nghề nghiệp"
TT38_A_TITLE = "a) Biểu mẫu báo cáo điều kiện bảo đảm chất lượng"
TT38_A_HEAD = ("STT", "Điều kiện bảo đảm chất lượng", "Minh chứng")
TT38_A_MET = "I. Các điều kiện bảo đảm chất lượng đáp ứng yêu cầu"
TT38_A_NOT = "II. Các điều kiện bảo đảm chất lượng không đáp ứng yêu cầu"
TT38_B_TITLE = "b) Biểu mẫu báo cáo các chỉ số hoạt động cơ sở giáo dục nghề nghiệp"
TT38_B_HEAD = ("STT", "Tên", "Nội dung", "Kết quả tự đánh giá", "Yêu cầu", "Minh chứng")
TT38_B_MET = "I. Các chỉ số hoạt động cơ sở giáo dục nghề nghiệp đạt yêu cầu"
TT38_B_NOT = "II. Các chỉ số hoạt động cơ sở giáo dục nghề nghiệp không đạt yêu cầu"
TT38_C_TITLE = "c) Kết quả đánh giá mức độ đáp ứng chuẩn cơ sở giáo dục nghề nghiệp"
TT38_C_INTRO = (
    "Căn cứ kết quả tự đánh giá tại điểm a và điểm b mục 3 Phụ lục II Thông tư này, cơ sở giáo dục nghề "
    "nghiệp tự đánh giá mức độ đáp ứng chuẩn theo quy định tại khoản 2 Điều 9 của Thông tư này như sau "
    '(đánh dấu "X" vào 01 trong 02 ô tương ứng):'
)
TT38_C_MET = (
    "Đáp ứng chuẩn cơ sở giáo dục nghề nghiệp: Khi cơ sở giáo dục nghề nghiệp đáp ứng đầy đủ các yêu cầu "
    "của điều kiện bảo đảm chất lượng và đạt mức yêu cầu của tất cả các chỉ số hoạt động."
)
TT38_C_NOT = (
    "Không đáp ứng chuẩn cơ sở giáo dục nghề nghiệp: Khi cơ sở giáo dục nghề nghiệp có từ 01 yêu cầu của "
    "điều kiện bảo đảm chất lượng trở lên không đáp ứng hoặc có từ 01 chỉ số hoạt động trở lên không đạt "
    "mức yêu cầu."
)
CHECKED, UNCHECKED = "☒", "☐"

# Quoted from TT 28/2017 Điều 15 (reference: tt28-2017.md).
TT28_STEPS = (
    "Thành lập Hội đồng tự đánh giá chất lượng.",
    "Thực hiện tự đánh giá chất lượng.",
    "Thông qua và phê duyệt báo cáo tự đánh giá chất lượng.",
    "Công bố báo cáo tự đánh giá chất lượng và gửi cơ quan có thẩm quyền.",
)


def empty(msgs: Messages, label: str | None = None) -> Run:
    """A highlighted blank for a person to fill in."""
    return Run(label or msgs("docs.empty"), italic=True, empty=True)


def slug(framework_id: str) -> str:
    """'tt35-2021/truong-cao-dang' → 'tt35-2021-truong-cao-dang' (for file names)."""
    return framework_id.replace("/", "-")


def is_programme(fw: Framework) -> bool:
    """True for a programme framework (chương trình đào tạo)."""
    return "/ctdt" in fw.id


def _heading(inp: ReportInput, key: str, subject: str, *, kind: str | None = None,
             addressee: str | None = None) -> Heading:
    msgs = inp.messages
    d = inp.documents
    date = (d.date.day, d.date.month, d.date.year) if d.date else (None, None, inp.year)
    return Heading(
        superior=text(msgs, d.superior).upper() or None,
        issuer=text(msgs, inp.school.name).upper(),
        number=text(msgs, d.numbers.get(key) or d.number) or None,
        place=text(msgs, d.place or inp.school.province) or None,
        date=date,
        kind=kind or msgs("docs.kind.report"),
        subject=text(msgs, subject),
        addressee=text(msgs, addressee) or None,
    )


def _signers(inp: ReportInput) -> list[Signer]:
    msgs = inp.messages
    d = inp.documents
    return [Signer(title=text(msgs, d.signer_title).upper(), hint=msgs("docs.sign.hint"),
                   name=text(msgs, d.signer) or None)]


def _recipients(inp: ReportInput, *, first: str | None = None) -> list[str]:
    msgs = inp.messages
    out = [text(msgs, r) for r in inp.documents.recipients if r.strip()]
    if first and not out:
        out.append(first)
    out.append(msgs("docs.recipients.archive"))
    return out


def _regulation_line(msgs: Messages, fw: Framework) -> str:
    r = fw.regulation
    return msgs("docs.base.regulation", kind=r.kind, number=r.number, day=r.issued.day, month=r.issued.month,
             year=r.issued.year, issuer=r.issuer, title=r.title)


def _records(inp: ReportInput) -> dict[str, EvidenceRecord]:
    return {r.evidence_id: r for r in inp.evidence}


def _field_runs(msgs: Messages, f: narrative.Field) -> tuple[Run, ...]:
    if f.text and f.draft:
        return (Run(msgs("docs.draft_mark") + " ", italic=True, draft=True), Run(text(msgs, f.text), draft=True))
    if f.text:
        return (Run(text(msgs, f.text)),)
    return (empty(msgs),)


def _labelled(doc: Document, label: str, runs: tuple[Run, ...]) -> None:
    doc.para(Run(f"{label}: ", bold=True), *runs)


def _score_text(msgs: Messages, s: FrameworkSection, v: view.RequirementView) -> str:
    if s.framework.scored and v.result is not None:
        return msgs("docs.points_of", points=view.points_text(msgs, v.result.points),
                    max=view.points_text(msgs, v.requirement.points), status=view.status_text(msgs, v.status))
    return view.status_text(msgs, v.status)


def _codes(v: view.RequirementView) -> str:
    return ", ".join(v.evidence_codes)


# --- the self-assessment report (TT 28/2017) ----------------------------------------------------


def _overview(doc: Document, inp: ReportInput, s: FrameworkSection) -> None:
    msgs = inp.messages
    fw = s.framework
    d = inp.documents
    doc.heading1(msgs("docs.sa.part1"))
    doc.heading2(msgs("docs.sa.basis"))
    doc.para("- " + msgs("docs.base.tt28"))
    doc.para("- " + _regulation_line(msgs, fw))
    if d.council_decision:
        doc.para("- " + text(msgs, d.council_decision))
    else:
        doc.para("- " + msgs("docs.base.council_decision") + " ", empty(msgs))
    doc.heading2(msgs("docs.sa.council"))
    doc.para(msgs("docs.sa.council_rule", min=7 if inp.school.object.value.startswith("trung_tam") else 11))
    rows = [row(msgs, str(i), m) for i, m in enumerate(d.council, start=1)] or [row(msgs, "1", cell(msgs, empty(msgs)))]
    doc.add(Table((msgs("docs.col.no"), msgs("docs.col.member")), (1.5, 14.5), tuple(rows)))
    doc.heading2(msgs("docs.sa.process"))
    doc.para(msgs("docs.sa.process_intro"))
    for i, step in enumerate(TT28_STEPS, start=1):
        doc.para(f"{i}. {step}")
    doc.heading2(msgs("docs.sa.timeline"))
    if d.timeline:
        doc.add(Table((msgs("docs.col.no"), msgs("docs.col.step")), (1.5, 14.5),
                      tuple(row(msgs, str(i), step) for i, step in enumerate(d.timeline, start=1))))
    else:
        doc.para(empty(msgs))


def _profile(doc: Document, inp: ReportInput, s: FrameworkSection) -> None:
    msgs = inp.messages
    school = inp.school
    doc.heading2(msgs("docs.sa.profile"))
    values = [
        (msgs("docs.profile.name"), school.name),
        (msgs("docs.profile.superior"), inp.documents.superior),
        (msgs("docs.profile.code"), school.code),
        (msgs("docs.profile.province"), school.province),
        (msgs("docs.profile.object"), msgs(f"report.object.{school.object.value}")),
        (msgs("docs.profile.year"), str(inp.year)),
    ]
    rows = [row(msgs, label, cell(msgs, text(msgs, value)) if value else cell(msgs, empty(msgs)))
            for label, value in values]
    doc.add(Table((msgs("docs.col.item"), msgs("docs.col.content")), (6, 10), tuple(rows)))
    inputs: dict[str, tuple[str, str]] = {}
    for r in s.indicators:
        if r.year != s.scorecard.year:
            continue
        for i in r.inputs:
            inputs.setdefault(i.name, (i.label, msgs.number(i.value)))
    if inputs:
        doc.para(msgs("docs.profile.data_intro", year=s.scorecard.year), keep=True)
        doc.add(Table((msgs("docs.col.no"), msgs("docs.col.figure"), msgs("docs.col.value")), (1.5, 11.5, 3),
                      tuple(row(msgs, str(i), label, value)
                            for i, (label, value) in enumerate(inputs.values(), start=1))))


def _criterion_assessment(msgs: Messages, doc: Document, s: FrameworkSection, crit_views: list[view.RequirementView],
                          res) -> None:
    counts = {st: sum(1 for v in crit_views if v.status == st) for st in Status}
    parts = [msgs("docs.sa.crit_counts", n=len(crit_views), met=counts[Status.MET], not_met=counts[Status.NOT_MET],
               ne=counts[Status.NOT_EVALUATED], na=counts[Status.NOT_APPLICABLE])]
    if res is not None and s.framework.scored:
        parts.append(msgs("docs.sa.crit_points", points=view.points_text(msgs, res.points),
                          max=view.points_text(msgs, res.max),
                       share=view.share_text(msgs, res.share)))
    gaps = [v.code for v in crit_views if v.is_gap]
    if gaps:
        parts.append(msgs("docs.sa.crit_gaps", codes=", ".join(gaps)))
    _labelled(doc, msgs("docs.sa.crit_overall"),
              (Run(msgs("docs.draft_mark") + " ", italic=True, draft=True), Run(" ".join(parts), draft=True)))


def _standards(doc: Document, inp: ReportInput, s: FrameworkSection) -> None:
    msgs = inp.messages
    records = _records(inp)
    views = view.requirement_views(inp, s)
    results = {c.code: c for c in s.scorecard.criteria}
    doc.heading2(msgs("docs.sa.by_criterion"))
    for crit in s.framework.criteria:
        mine = [v for v in views if v.criterion.code == crit.code]
        doc.heading3(f"{crit.label}: {crit.title}")
        _criterion_assessment(msgs, doc, s, mine, results.get(crit.code))
        for v in mine:
            req = v.requirement
            doc.heading4(view.requirement_ref(req))
            doc.para(Run(text(msgs, req.text), italic=True))
            fields = narrative.narrative_fields(msgs, v, s.id, records, inp.school.name, inp.roadmap)
            for f in fields:
                _labelled(doc, msgs(f"docs.field.{f.name}"), _field_runs(msgs, f))
            doc.para(Run(f"{msgs('docs.field.score')}: ", bold=True), Run(_score_text(msgs, s, v), bold=True),
                     Run(f" — {text(msgs, v.reason)}"))
            codes = _codes(v)
            hints = f" {msgs('report.hints')}: {'; '.join(v.hints)}" if v.hints else ""  # minh chứng gợi ý
            _labelled(doc, msgs("docs.field.codes"),
                      (Run(text(msgs, codes)),) if codes else (empty(msgs, msgs("docs.no_evidence") + hints),))


def _summary_table(msgs: Messages, doc: Document, s: FrameworkSection) -> None:
    card = s.scorecard
    doc.heading2(msgs("docs.sa.summary"))
    scored = s.framework.scored
    headers = (msgs("docs.col.no"), msgs("docs.col.criterion_standard"),
               msgs("docs.col.max") if scored else msgs("docs.col.count"),
               msgs("docs.col.self_points") if scored else msgs("docs.col.met"))
    results = {r.code: r for r in card.requirements}
    crit_results = {c.code: c for c in card.criteria}
    rows = []
    for i, crit in enumerate(s.framework.criteria, start=1):
        res = crit_results.get(crit.code)
        if scored:
            a, b = view.points_text(msgs, res.max) if res else "—", view.points_text(msgs, res.points) if res else "—"
        else:
            a, b = str(len(crit.requirements)), str(res.met) if res else "—"
        rows.append(row(msgs, str(i), f"{crit.label}: {crit.title}", a, b, bold=True))
        for req in crit.requirements:
            r = results.get(req.code)
            if scored:
                pts = view.points_text(msgs, r.points) if r else "—"
                rows.append(row(msgs, "", view.requirement_ref(req), view.points_text(msgs, req.points), pts))
            else:
                status = view.status_text(msgs, r.status if r else None)
                rows.append(row(msgs, "", view.requirement_ref(req), "", status))
    rows.append(row(msgs, "", msgs("docs.col.total"), msgs.number(card.max), msgs.number(card.total), bold=True))
    doc.add(Table(headers, (1.3, 9.7, 2.5, 2.5), tuple(rows)))
    doc.para(Run(msgs("docs.sa.decision") + ": ", bold=True), Run(text(msgs, msgs(card.decision)), bold=True))
    for o in card.rules:
        doc.para("- " + view.rule_line(msgs, o))


def _previous_year(msgs: Messages, doc: Document, inp: ReportInput, s: FrameworkSection) -> None:
    """Last year's status beside this year's, per standard (only when last year was assessed); the rows still
    carried from last year, not rated nor confirmed, say so."""
    rows = view.comparison_rows(msgs, s)
    if not rows or s.previous is None:
        return
    doc.heading2(msgs("report.h.previous"))
    doc.para(view.comparison_summary(msgs, s, inp.year))
    now = msgs("report.previous.col_year", year=inp.year)
    doc.add(Table((msgs("report.col.code"), msgs("report.col.name"), msgs("report.previous.col_year",
                                                                        year=s.previous.year), now,
                   msgs("report.previous.col_note")), (1.3, 6.2, 2.5, 2.5, 3.5),
                  tuple(row(msgs, r.code, r.name, r.before,
                            r.now + (f" ({msgs('report.previous.changed')})" if r.changed else ""), r.note)
                        for r in rows)))


def _proposals(doc: Document, inp: ReportInput, s: FrameworkSection) -> None:
    msgs = inp.messages
    card = s.scorecard
    doc.heading1(msgs("docs.sa.part3"))
    doc.heading2(msgs("docs.sa.proposals"))
    lines: list[str] = []
    if not card.passed and card.fix_plan.explanation:
        lines.append(msgs(card.fix_plan.explanation))
    if inp.roadmap is not None and inp.roadmap.target == s.id:
        from accredit.report import roadmap_view

        lines.append(roadmap_view.build(msgs, inp.roadmap).summary)
    if lines:
        for line in lines:
            doc.para(Run(msgs("docs.draft_mark") + " ", italic=True, draft=True), Run(text(msgs, line), draft=True))
    else:
        doc.para(empty(msgs))
    doc.heading2(msgs("docs.sa.recommendations"))
    doc.para(empty(msgs))


def _evidence_appendix(doc: Document, inp: ReportInput, s: FrameworkSection, title: str) -> None:
    msgs = inp.messages
    doc.add(PageBreak())
    doc.heading1(title)
    rows = []
    n = 0
    for r in view.evidence_rows(inp):
        counting = [lk for lk in r.links if lk.framework == s.id and lk.counts]
        if not counting:
            continue
        n += 1
        meta = r.record.meta if r.record is not None else None
        number = " ".join(x for x in (meta.number if meta else None, r.issued) if x) if (meta or r.issued) else ""
        issuer = meta.issuer if meta and meta.issuer else ""
        reqs = ", ".join(dict.fromkeys(lk.requirement for lk in counting))
        rows.append(row(msgs, str(n), r.code or "", r.title, number, issuer, reqs))
    if not rows:
        doc.para(empty(msgs, msgs("docs.no_evidence")))
        return
    doc.add(Table((msgs("docs.col.no"), msgs("docs.col.code"), msgs("docs.col.title"), msgs("docs.col.number_date"),
                   msgs("docs.col.issuer"), msgs("docs.col.standards")), (1.1, 2.6, 5.4, 2.8, 2.5, 1.6), tuple(rows)))


def self_assessment(inp: ReportInput, s: FrameworkSection) -> Document:
    """The báo cáo tự đánh giá of one accreditation framework (TT 28/2017 outline)."""
    msgs = inp.messages
    fw = s.framework
    what = msgs("docs.sa.subject_programme" if is_programme(fw) else "docs.sa.subject_school", year=inp.year)
    subject = f"{what}\n{msgs('docs.sa.subject_by', title=fw.title)}"
    doc = Document(messages=msgs, key="tu-danh-gia", heading=_heading(inp, "tu-danh-gia", subject), framework=fw.id,
                   signers=_signers(inp), recipients=_recipients(inp),
                   footer=f"{text(msgs, inp.school.name)} — {msgs('docs.sa.footer', year=inp.year)}")
    doc.add(Contents(msgs("docs.toc")))
    doc.add(PageBreak())
    _overview(doc, inp, s)
    doc.heading1(msgs("docs.sa.part2"))
    _profile(doc, inp, s)
    _summary_table(msgs, doc, s)
    _previous_year(msgs, doc, inp, s)
    _standards(doc, inp, s)
    _proposals(doc, inp, s)
    _evidence_appendix(doc, inp, s, msgs("docs.sa.appendix"))
    doc.notes.append(msgs("docs.note.form_unverified", annex="Phụ lục 03/04", circular=TT28))
    return _finish(doc)


# --- TT 38/2026 Phụ lục II ---------------------------------------------------------------------


def _minh_chung(msgs: Messages, v: view.RequirementView, s: FrameworkSection,
                records: dict[str, EvidenceRecord]) -> tuple[str, ...]:
    """The 'Minh chứng' cell: the counting evidence (code — title), else the data cells an index was read from."""
    lines: list[str] = []
    for lk in v.counting_links:
        label = view.evidence_label(lk)
        title = lk.title or (records[lk.evidence_id].title if lk.evidence_id in records else None)
        line = f"{label} — {title}" if title and title != label else label
        if line not in lines:
            lines.append(line)
    for c in v.evidence_codes:
        if not any(line.startswith(c) for line in lines):
            lines.append(c)
    if v.requirement.kind == RequirementKind.INDICATOR:
        res = view.latest_indicator(s, v.code)
        sources = [msgs.param(i.source) for i in res.inputs if i.source] if res is not None else []
        if res is not None:  # an index computed per programme: the cells of each programme's row
            sources += [msgs.param(i.source) for p in res.programmes for i in p.inputs if i.source]
        if sources:
            lines.append(msgs("docs.tt38.data_cells", cells=", ".join(dict.fromkeys(sources))))
    return tuple(lines)


def _mc_cell(msgs: Messages, lines: tuple[str, ...]):
    return cell(msgs, *lines) if lines else cell(msgs, empty(msgs, msgs("docs.no_evidence")))


def standard_report(inp: ReportInput, s: FrameworkSection) -> Document:
    """The TT 38/2026 annual self-assessment on the forms of Phụ lục II mục 3 (biểu a, b, c)."""
    msgs = inp.messages
    fw = s.framework
    heading = _heading(inp, "chuan-co-so", msgs("docs.tt38.subject", year=inp.year))
    doc = Document(messages=msgs, key="chuan-co-so", heading=heading,
                   framework=fw.id, signers=_signers(inp), recipients=_recipients(inp),
                   footer=f"{text(msgs, inp.school.name)} — {msgs('docs.tt38.footer', year=inp.year)}")
    doc.para(msgs("docs.tt38.intro", number=fw.regulation.number, year=inp.year))
    records = _records(inp)
    views = view.requirement_views(inp, s)
    conditions = [v for v in views if v.requirement.kind != RequirementKind.INDICATOR]
    indices = [v for v in views if v.requirement.kind == RequirementKind.INDICATOR]
    doc.heading2(TT38_TITLE)
    doc.heading3(TT38_A_TITLE)
    rows = []
    for title, items in ((TT38_A_MET, [v for v in conditions if v.status == Status.MET]),
                         (TT38_A_NOT, [v for v in conditions if v.status != Status.MET])):
        rows.append(group(msgs, title))
        for i, v in enumerate(items, start=1):
            lines = [f"{v.requirement.label}: {v.requirement.text}"]
            if v.status != Status.MET:
                lines.append(f"({view.status_text(msgs, v.status)}: {v.reason})")
            rows.append(row(msgs, str(i), cell(msgs, *lines), _mc_cell(msgs, _minh_chung(msgs, v, s, records))))
    doc.add(Table(TT38_A_HEAD, (1.3, 9.2, 5.5), tuple(rows), numbers=("(1)", "(2)", "(3)")))
    doc.heading3(TT38_B_TITLE)
    rows = []
    for title, items in ((TT38_B_MET, [v for v in indices if v.status == Status.MET]),
                         (TT38_B_NOT, [v for v in indices if v.status != Status.MET])):
        rows.append(group(msgs, title))
        for i, v in enumerate(items, start=1):
            res = view.latest_indicator(s, v.code)
            formula = v.requirement.formula
            if res is not None:
                result = f"{view.value_text(msgs, res)} ({res.year})"
                if not res.met:
                    result += f" — {view.indicator_status_text(msgs, res.status.value)}"
                level = view.requirement_text(msgs, res.comparator, res.threshold, res.unit)
            else:
                result = view.status_text(msgs, v.status)
                level = (view.requirement_text(msgs, formula.comparator, formula.threshold, formula.unit)
                         if formula is not None else "—")
            name = f"{v.requirement.label}: {v.requirement.title}" if v.requirement.title else v.requirement.label
            evidence = _mc_cell(msgs, _minh_chung(msgs, v, s, records))
            rows.append(row(msgs, str(i), name, v.requirement.text, result, level, evidence))
    doc.add(Table(TT38_B_HEAD, (1.1, 2.8, 4.4, 2.4, 1.8, 3.5), tuple(rows),
                  numbers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")))
    doc.heading3(TT38_C_TITLE)
    doc.para(TT38_C_INTRO, keep=True)
    passed = s.scorecard.passed
    for checked, line in ((passed, TT38_C_MET), (not passed, TT38_C_NOT)):
        doc.para(Run(f"{CHECKED if checked else UNCHECKED} ", bold=True), Run(line, bold=checked), keep=True)
    return _finish(doc)


# --- the annual report to the managing agency (TT 28/2017 Điều 19 khoản 2) -----------------------


def annual_report(inp: ReportInput, s: FrameworkSection) -> Document:
    """The report of one framework's self-assessment results to the managing agency."""
    msgs = inp.messages
    fw = s.framework
    card = s.scorecard
    d = inp.documents
    addressee = d.addressee
    doc = Document(messages=msgs, key="ket-qua",
                   heading=_heading(inp, "ket-qua", msgs("docs.ar.subject", year=inp.year, title=fw.title),
                                    addressee=addressee),
                   framework=fw.id, signers=_signers(inp), recipients=_recipients(inp, first=msgs("docs.ar.as_above")),
                   footer=f"{text(msgs, inp.school.name)} — {msgs('docs.ar.footer', year=inp.year)}")
    if not addressee:
        doc.para(Run(msgs("docs.ar.to") + " ", bold=True), empty(msgs), align="center", indent=False)
    doc.para(msgs("docs.ar.intro", circular=TT28, regulation=f"{fw.regulation.kind} {fw.regulation.number}",
               school=text(msgs, inp.school.name), year=inp.year))
    doc.heading2(msgs("docs.ar.h_process"))
    if d.council_decision:
        doc.para(msgs("docs.ar.council", decision=text(msgs, d.council_decision)))
    else:
        doc.para(msgs("docs.ar.council_blank") + " ", empty(msgs))
    doc.heading2(msgs("docs.ar.h_results"))
    rows = []
    for i, (crit, res, floor) in enumerate(view.criterion_rows(s), start=1):
        if res is None:
            got = "—"
        elif fw.scored:
            got = f"{view.points_text(msgs, res.points)}/{view.points_text(msgs, res.max)}"
        else:
            got = f"{res.met}/{res.requirements}"
        rows.append(row(msgs, str(i), f"{crit.label}: {crit.title}", got,
                        view.share_text(msgs, res.share) if res is not None else "—",
                        view.share_text(msgs, floor) if floor is not None else "—"))
    rows.append(row(msgs, "", msgs("docs.col.total"), view.total_text(msgs, card), "", "", bold=True))
    doc.add(Table((msgs("docs.col.no"), msgs("docs.col.criterion"), msgs("docs.col.result"), msgs("docs.col.share"),
                   msgs("docs.col.floor")), (1.2, 8.3, 2.8, 1.9, 1.8), tuple(rows)))
    doc.para(Run(msgs("docs.sa.decision") + ": ", bold=True), Run(text(msgs, msgs(card.decision)), bold=True))
    doc.heading2(msgs("docs.ar.h_gaps"))
    gaps = [v for v in view.requirement_views(inp, s) if v.is_gap]
    if gaps:
        for v in gaps:
            doc.para(f"- {view.requirement_ref(v.requirement)}: {text(msgs, v.reason)}")
    else:
        doc.para(msgs("report.gaps.none"))
    doc.heading2(msgs("docs.ar.h_plan"))
    plan_lines = []
    if inp.roadmap is not None and inp.roadmap.target == s.id:
        from accredit.report import roadmap_view

        rv = roadmap_view.build(msgs, inp.roadmap)
        plan_lines.append(rv.summary)
        plan_lines += [f"- {a.period}: {a.title} ({a.owner})" for a in rv.actions]
    elif not card.passed:
        plan_lines.append(msgs(card.fix_plan.explanation))
    if plan_lines:
        for line in plan_lines:
            doc.para(Run(text(msgs, line), draft=True))
    else:
        doc.para(empty(msgs))
    doc.heading2(msgs("docs.ar.h_requests"))
    doc.para(empty(msgs))
    doc.notes.append(msgs("docs.note.form_unverified", annex="Phụ lục 05", circular=TT28))
    return _finish(doc)


def _finish(doc: Document) -> Document:
    """Normalise every text to NFC (file names and headers from Windows may be NFD)."""
    h = doc.heading
    doc.heading = Heading(
        superior=_nfc(h.superior), issuer=_nfc(h.issuer) or "", number=_nfc(h.number), place=_nfc(h.place),
        date=h.date, kind=h.kind, subject=_nfc(h.subject) or "", addressee=_nfc(h.addressee),
    )
    return doc


def _nfc(value: str | None) -> str | None:
    return unicodedata.normalize("NFC", value) if value else value


# --- all documents of a report input -----------------------------------------------------------


def documents(inp: ReportInput) -> list[Document]:
    """Every document of ``inp``, one per purpose and framework, in the order of the sections."""
    out: list[Document] = []
    for s in inp.sections:
        if s.id in PHU_LUC_II_FRAMEWORKS:
            out.append(standard_report(inp, s))
        else:
            out.append(self_assessment(inp, s))
            out.append(annual_report(inp, s))
    return out

