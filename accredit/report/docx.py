"""The Word report: the báo cáo tự đánh giá, and the TT 38/2026 Phụ lục II mục 3 tables.

Layout follows the outline of a self-assessment report under TT 28/2017/TT-BLĐTBXH (Điều 17
khoản 2 điểm c: the report is written on the form of Phụ lục 03/04):

* Phần I — giới thiệu cơ sở;
* Phần II — kết quả tự đánh giá: the summary, then per criterion and requirement the
  narrative (Mô tả hiện trạng, Điểm mạnh, Tồn tại, Kế hoạch cải tiến), the self-assessed points
  or status with the reason, and the evidence codes;
* Phần III — tồn tại cần khắc phục and the roadmap;
* for ``tt38-2026/co-so-gdnn``: the three forms of Phụ lục II mục 3 — (a) conditions met / not
  met with evidence, (b) indices with result, requirement and evidence, (c) the determination.

The form wording of Phụ lục 03 itself is not in the reference texts; the headings follow the
section outline above and the document says so. The TT 38 form texts are quoted from the
circular (Phụ lục II mục 3).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell

from accredit.i18n import t
from accredit.model.assessment import Status
from accredit.model.framework import RequirementKind
from accredit.report import roadmap_view, view
from accredit.report.model import FrameworkSection, ReportInput

FONT = "Times New Roman"
NAVY = RGBColor(0x1F, 0x4E, 0x78)
RED = RGBColor(0xC6, 0x28, 0x28)
GREEN = RGBColor(0x2E, 0x7D, 0x32)

PHU_LUC_II_FRAMEWORKS = frozenset({"tt38-2026/co-so-gdnn", "tt38-2026/co-so-gdnn-v2"})
"""Frameworks reported on the forms of TT 38/2026 Phụ lục II mục 3."""

# Quoted from TT 38/2026 Phụ lục II mục 3 (reference: tt38-2026.md, "3. Biểu mẫu báo cáo").
TT38_TITLE = "Biểu mẫu báo cáo mức độ đáp ứng chuẩn cơ sở giáo dục nghề nghiệp"
TT38_A_TITLE = "a) Biểu mẫu báo cáo điều kiện bảo đảm chất lượng"
TT38_A_HEAD = ("STT", "Điều kiện bảo đảm chất lượng", "Minh chứng")
TT38_A_MET = "I. Các điều kiện bảo đảm chất lượng đáp ứng yêu cầu"
TT38_A_NOT = "II. Các điều kiện bảo đảm chất lượng không đáp ứng yêu cầu"
TT38_B_TITLE = "b) Biểu mẫu báo cáo các chỉ số hoạt động cơ sở giáo dục nghề nghiệp"
TT38_B_HEAD = ("STT", "Tên", "Nội dung", "Kết quả tự đánh giá", "Yêu cầu", "Minh chứng")
TT38_B_GROUP = "Chỉ số hoạt động cơ sở giáo dục nghề nghiệp"
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


# --- low-level helpers -------------------------------------------------------------------------


def _set_font(style, size: float, bold: bool | None = None, color: RGBColor | None = None) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if color is not None:
        style.font.color.rgb = color
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)  # a theme font would win over the explicit one
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def _new_document(inp: ReportInput) -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    _set_font(doc.styles["Normal"], 13)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 18), ("Heading 1", 15), ("Heading 2", 14), ("Heading 3", 13), ("Heading 4", 13)):
        style = doc.styles[name]
        _set_font(style, size, bold=True, color=NAVY)
        style.font.italic = False
        style.paragraph_format.keep_with_next = True
    props = doc.core_properties
    props.title = t("report.docx.title")
    props.author = inp.school.name
    props.created = inp.generated_at.replace(tzinfo=None)
    props.modified = inp.generated_at.replace(tzinfo=None)
    return doc


def _para(doc, text: str = "", *, bold: bool = False, italic: bool = False, align=None, size: float | None = None,
          color: RGBColor | None = None):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
    if align is not None:
        p.alignment = align
    return p


def _labelled(doc, label: str, text: str | None, *, empty: str | None = None) -> None:
    p = doc.add_paragraph()
    p.add_run(f"{label}: ").bold = True
    if text:
        p.add_run(text)
    else:
        p.add_run(empty if empty is not None else t("report.docx.empty")).italic = True


def _shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _repeat_header(table: Table) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _table(doc, headers: Sequence[str], widths: Sequence[float]) -> Table:
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, w in zip(table.columns, widths, strict=True):
        column.width = Cm(w)  # the grid: what LibreOffice and Word use for the layout
    for i, (h, w) in enumerate(zip(headers, widths, strict=True)):
        cell = table.rows[0].cells[i]
        cell.width = Cm(w)
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        run.font.size = Pt(11)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _shade(cell, "D9E2F3")
    _repeat_header(table)
    return table


def _row(table: Table, values: Sequence[str], widths: Sequence[float], *, bold: bool = False) -> list[_Cell]:
    cells = table.add_row().cells
    for cell, value, w in zip(cells, values, widths, strict=True):
        cell.width = Cm(w)
        cell.text = ""
        run = cell.paragraphs[0].add_run(value)
        run.font.size = Pt(11)
        run.bold = bold
    return cells


def _group_row(table: Table, text: str) -> None:
    cells = table.add_row().cells
    merged = cells[0].merge(cells[-1])
    merged.text = ""
    merged.paragraphs[0].add_run(text).bold = True
    _shade(merged, "F2F2F2")


# --- parts -------------------------------------------------------------------------------------


def _cover(doc, inp: ReportInput) -> None:
    _para(doc, inp.school.name.upper(), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(6):
        doc.add_paragraph()
    _para(doc, t("report.docx.title").upper(), bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, color=NAVY)
    _para(doc, t("report.year", year=inp.year), bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph()
    for s in inp.sections:
        _para(doc, s.framework.title, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(6):
        doc.add_paragraph()
    place = f"{inp.school.province}, " if inp.school.province else ""
    _para(doc, f"{place}{view.generated_text(inp)[:10]}", align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(doc, t("report.docx.layout_note"), italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_page_break()


def _part1(doc, inp: ReportInput) -> None:
    doc.add_heading(t("report.docx.part1"), level=1)
    widths = (6, 10)
    table = _table(doc, (t("report.docx.field"), t("report.docx.value")), widths)
    school = inp.school
    rows = [
        (t("report.docx.school_name"), school.name),
        (t("report.docx.school_code"), school.code or "—"),
        (t("report.docx.province"), school.province or "—"),
        (t("report.docx.object"), t(f"report.object.{school.object.value}")),
        (t("report.docx.year"), str(inp.year)),
        (t("report.docx.frameworks"), "\n".join(f"{s.framework.title} ({s.id})" for s in inp.sections)),
        (t("report.docx.evidence"), t("report.evidence_count", n=len(view.evidence_rows(inp)))),
    ]
    for label, value in rows:
        _row(table, (label, value), widths)
    doc.add_paragraph()
    _para(doc, t("report.docx.part1_hint"), italic=True, color=RGBColor(0x59, 0x59, 0x59))


def _summary(doc, inp: ReportInput) -> None:
    doc.add_heading(t("report.docx.summary"), level=2)
    for s in inp.sections:
        card = s.scorecard
        doc.add_heading(f"{card.title}", level=3)
        p = doc.add_paragraph()
        run = p.add_run(card.decision)
        run.bold = True
        run.font.color.rgb = GREEN if card.passed else RED
        widths = (1.3, 7.1, 1.8, 1.8, 2.0, 2.0) if card.scored else (1.3, 8.3, 2.2, 2.1, 2.1)
        headers = [t("report.col.code"), t("report.col.criterion")]
        headers += (
            [t("report.col.points"), t("report.col.max"), t("report.col.share")]
            if card.scored
            else [t("report.col.met_count"), t("report.col.share")]
        )
        headers.append(t("report.col.threshold"))
        table = _table(doc, headers, widths)
        for crit, res, floor in view.criterion_rows(s):
            name = f"{crit.label}: {crit.title}"
            floor_text = view.share_text(floor) if floor is not None else "—"
            if res is None:
                values = [crit.code, name, *(["—"] * (len(widths) - 3)), floor_text]
            elif card.scored:
                values = [crit.code, name, view.points_text(res.points), view.points_text(res.max),
                          view.share_text(res.share), floor_text]
            else:
                values = [crit.code, name, f"{res.met}/{res.requirements}", view.share_text(res.share), floor_text]
            _row(table, values, widths)
        _para(doc, t("report.docx.rules"), bold=True)
        for o in card.rules:
            doc.add_paragraph(view.rule_line(o), style="List Bullet")


def _requirements(doc, inp: ReportInput, s: FrameworkSection, number: int) -> None:
    doc.add_heading(t("report.docx.detail_for", n=number, framework=s.framework.title), level=2)
    current = None
    for v in view.requirement_views(inp, s):
        if v.criterion.code != current:
            current = v.criterion.code
            doc.add_heading(f"{v.criterion.label}: {v.criterion.title}", level=3)
        name = view.requirement_name(v.requirement)
        doc.add_heading(name if v.code in name else f"{name} ({v.code})", level=4)
        _para(doc, v.requirement.text, italic=True)
        n = v.narrative
        _labelled(doc, t("report.col.current_state"), n.current_state)
        _labelled(doc, t("report.col.strengths"), n.strengths)
        _labelled(doc, t("report.col.weaknesses"), n.weaknesses)
        _labelled(doc, t("report.col.improvement_plan"), n.improvement_plan)
        if s.framework.scored and v.result is not None:
            score = t(
                "report.docx.points_of",
                points=view.points_text(v.result.points),
                max=view.points_text(v.requirement.points),
                status=view.status_text(v.status),
            )
        else:
            score = view.status_text(v.status)
        p = doc.add_paragraph()
        p.add_run(f"{t('report.docx.self_score')}: ").bold = True
        run = p.add_run(score)
        run.bold = True
        run.font.color.rgb = GREEN if v.status == Status.MET else RED
        p.add_run(f" — {v.reason}")
        empty = t("report.docx.no_evidence") + (f" {t('report.hints')}: {'; '.join(v.hints)}" if v.hints else "")
        _labelled(doc, t("report.col.evidence_codes"), _evidence_text(v), empty=empty)


def _evidence_text(v: view.RequirementView) -> str:
    if v.evidence_codes:
        return ", ".join(v.evidence_codes)
    return "; ".join(view.evidence_label(lk) for lk in v.counting_links)


def _part3(doc, inp: ReportInput) -> None:
    doc.add_heading(t("report.docx.part3"), level=1)
    for s in inp.sections:
        card = s.scorecard
        doc.add_heading(card.title, level=2)
        gaps = [v for v in view.requirement_views(inp, s) if v.is_gap]
        if not gaps:
            doc.add_paragraph(t("report.gaps.none"))
            continue
        widths = (1.6, 4.4, 2.4, 4.6, 3)
        table = _table(
            doc,
            (t("report.col.code"), t("report.col.name"), t("report.col.status"), t("report.col.reason"),
             t("report.col.fix_action")),
            widths,
        )
        for v in gaps:
            action = v.fix_action or v.narrative.improvement_plan or (
                v.requirement.improvement_actions[0] if v.requirement.improvement_actions else "")
            code = f"{v.code} *" if v.in_fix else v.code
            _row(table, (code, view.requirement_name(v.requirement), view.status_text(v.status), v.reason, action),
                 widths)
        _para(doc, t("report.docx.fix_star"), italic=True, size=11)
        _labelled(doc, t("report.minimal_fix"), card.fix_plan.explanation)
    if inp.roadmap is not None:
        rv = roadmap_view.build(inp.roadmap)
        doc.add_heading(t("report.h.roadmap"), level=2)
        _para(doc, rv.summary, bold=True)
        for line in rv.explanation:
            doc.add_paragraph(line, style="List Bullet")
        widths = (2.2, 1.6, 6.6, 3, 2.6)
        table = _table(
            doc,
            (t("report.col.action_id"), t("report.col.code"), t("report.col.action"), t("report.col.owner"),
             t("report.col.period")),
            widths,
        )
        for a in rv.actions:
            _row(table, (a.id, a.codes, a.title, a.owner, a.period), widths)
        if rv.years:
            doc.add_paragraph()
            widths = (1.6, 5, 5, 4.4)
            table = _table(
                doc,
                (t("report.col.year"), t("report.col.completed"), t("report.col.newly_met"),
                 t("report.col.projected")),
                widths,
            )
            for y in rv.years:
                _row(table, (str(y.year), ", ".join(y.completed) or "—", ", ".join(y.newly_met) or "—", y.projected),
                     widths)


def _tt38_forms(doc, inp: ReportInput, s: FrameworkSection) -> None:
    doc.add_heading(t("report.docx.tt38_heading"), level=1)
    _para(doc, f"3. {TT38_TITLE}", bold=True)
    views = view.requirement_views(inp, s)
    conditions = [v for v in views if v.requirement.kind != RequirementKind.INDICATOR]
    indices = [v for v in views if v.requirement.kind == RequirementKind.INDICATOR]

    # (a) conditions
    _para(doc, TT38_A_TITLE, bold=True)
    widths = (1.3, 9.7, 5)
    table = _table(doc, TT38_A_HEAD, widths)
    for title, group in ((TT38_A_MET, [v for v in conditions if v.status == Status.MET]),
                         (TT38_A_NOT, [v for v in conditions if v.status != Status.MET])):
        _group_row(table, title)
        for i, v in enumerate(group, start=1):
            text = f"{v.requirement.label}: {v.requirement.text}"
            if v.status != Status.MET:
                text += f"\n({view.status_text(v.status)}: {v.reason})"
            _row(table, (str(i), text, _evidence_text(v) or "—"), widths)

    # (b) indices
    doc.add_paragraph()
    _para(doc, TT38_B_TITLE, bold=True)
    widths = (1.3, 3, 4.5, 2.4, 1.9, 2.9)
    table = _table(doc, TT38_B_HEAD, widths)
    for title, group in ((TT38_B_MET, [v for v in indices if v.status == Status.MET]),
                         (TT38_B_NOT, [v for v in indices if v.status != Status.MET])):
        _group_row(table, title)
        for i, v in enumerate(group, start=1):
            res = view.latest_indicator(s, v.code)
            formula = v.requirement.formula
            if res is not None:
                result = f"{view.value_text(res)} ({res.year})"
                if not res.met:
                    result += f" — {view.indicator_status_text(res.status.value)}"
                level = view.requirement_text(res.comparator, res.threshold, res.unit)
            else:
                result = view.status_text(v.status)
                level = (view.requirement_text(formula.comparator, formula.threshold, formula.unit)
                         if formula is not None else "—")
            name = f"{v.requirement.label}: {v.requirement.title}" if v.requirement.title else v.requirement.label
            _row(table, (str(i), name, v.requirement.text, result, level, _evidence_text(v) or "—"), widths)

    # (c) determination
    doc.add_paragraph()
    _para(doc, TT38_C_TITLE, bold=True).paragraph_format.keep_with_next = True
    doc.add_paragraph(TT38_C_INTRO).paragraph_format.keep_with_next = True
    passed = s.scorecard.passed
    for checked, text in ((passed, TT38_C_MET), (not passed, TT38_C_NOT)):
        p = doc.add_paragraph()
        box = p.add_run(f"{CHECKED if checked else UNCHECKED} ")
        box.bold = True
        box.font.size = Pt(15)
        run = p.add_run(text)
        run.bold = checked


def render_docx(inp: ReportInput) -> bytes:
    """The Word report as bytes (written to disk by :func:`accredit.report.write.write_reports`)."""
    doc = _new_document(inp)
    _cover(doc, inp)
    _part1(doc, inp)
    doc.add_heading(t("report.docx.part2"), level=1)
    _summary(doc, inp)
    for i, s in enumerate(inp.sections, start=2):
        _requirements(doc, inp, s, i)
    _part3(doc, inp)
    for s in inp.sections:
        if s.id in PHU_LUC_II_FRAMEWORKS:
            doc.add_page_break()
            _tt38_forms(doc, inp, s)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()

