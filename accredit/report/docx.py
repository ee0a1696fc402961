"""Render a :class:`~accredit.report.document.Document` as a Word file in administrative form.

The thể thức follows Nghị định 30/2020/NĐ-CP Phụ lục I: A4, margins 20 mm top and bottom, 30 mm
left, 15 mm right; Times New Roman 13 pt; the heading table with the cơ quan chủ quản and the
issuer (left) and the Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / tiêu ngữ "Độc lập - Tự do -
Hạnh phúc" (right), số/ký hiệu, "…, ngày … tháng … năm …", the tên loại and trích yếu, page numbers
(a PAGE field) at the top centre from the second page, the signature block (chức vụ, "(Ký, ghi rõ
họ tên, đóng dấu)") and the Nơi nhận. Headings are black, bold Times New Roman (Word's heading
styles restyled, so the Mục lục — a TOC field — can list them).

Blanks a person must fill are highlighted yellow, drafted text turquoise.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.simpletypes import ST_HpsMeasure, ST_SignedTwipsMeasure, ST_TwipsMeasure
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from docx.text.run import Run as DocxRun

from accredit.i18n.message import Messages
from accredit.report.document import Cell, Contents, Document, Heading, PageBreak, Para, Row, Run, Table
from accredit.report.documents import documents
from accredit.report.model import ReportInput
from accredit.xml_text import escape

FONT = "Times New Roman"
BODY_PT = 13
TABLE_PT = 12
BLACK = RGBColor(0, 0, 0)
QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
LINE = "―――――――――"
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
HEADING_PT = {1: 14, 2: 13, 3: 13, 4: 13}
_TC_PR = qn("w:tcPr")
_STYLE_IDS: dict[str, str] = {}


# --- styles ------------------------------------------------------------------------------------


def _set_font(style, size: float, bold: bool | None = None, italic: bool | None = None) -> None:
    style.font.name = FONT
    style.font.size = Pt(size)
    style.font.color.rgb = BLACK
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)  # a theme font would win over the explicit one
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def _new(doc: Document):
    d = new_docx()
    section = d.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    section.header_distance, section.footer_distance = Cm(1), Cm(1)
    normal = d.styles["Normal"]
    _set_font(normal, BODY_PT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.15
    for level, size in HEADING_PT.items():
        style = d.styles[f"Heading {level}"]
        _set_font(style, size, bold=True, italic=level == 4)
        pf = style.paragraph_format
        pf.keep_with_next = True
        pf.space_before = Pt(12 if level == 1 else 6)
        pf.space_after = Pt(6)
        pf.line_spacing = 1.15
    for name in ("Title", "Subtitle"):
        _set_font(d.styles[name], 14, bold=True)
    props = d.core_properties
    props.title = f"{doc.heading.kind} {doc.heading.subject.splitlines()[0]}"
    props.author = doc.heading.issuer
    props.subject = doc.framework or ""
    props.keywords = doc.key
    return d


def _update_fields_on_open(d) -> None:
    """Ask Word to refresh the fields (Mục lục, page numbers) when the file is opened."""
    settings = d.settings.element
    el = OxmlElement("w:updateFields")
    el.set(qn("w:val"), "true")
    settings.append(el)


# --- runs and paragraphs -----------------------------------------------------------------------


def _run(p, r: Run, size: float | None = None, bold: bool = False):
    """Append ``r`` to paragraph ``p`` (``bold``: whatever the run says)."""
    p._p.append(parse_xml(_r_xml(r, size, bold)))
    return DocxRun(p._p[-1], p)


# The same XML python-docx's run and paragraph properties write, built as text: a report has
# thousands of runs, and setting each property through python-docx's object layer was most of the
# time it took to write the Word documents.
_W = nsdecls("w")
_HIGHLIGHT = {"empty": WD_COLOR_INDEX.to_xml(WD_COLOR_INDEX.YELLOW),
              "draft": WD_COLOR_INDEX.to_xml(WD_COLOR_INDEX.TURQUOISE)}
_JC = {name: WD_ALIGN_PARAGRAPH.to_xml(value) for name, value in _ALIGN.items()}
_TEXT_PARTS = re.compile(r"(\t|\r|\n)")


def _text_xml(text: str) -> str:
    """A run's text as python-docx writes it: ``<w:t>`` pieces, a tab as ``<w:tab/>``, a line break as ``<w:br/>``."""
    out = []
    for part in _TEXT_PARTS.split(text):
        if part == "\t":
            out.append("<w:tab/>")
        elif part in ("\r", "\n"):
            out.append("<w:br/>")
        elif part:
            space = ' xml:space="preserve"' if part != part.strip() else ""
            out.append(f"<w:t{space}>{escape(part)}</w:t>")
    return "".join(out)


def _r_xml(r: Run, size: float | None, bold: bool = False, ns: str = " " + _W) -> str:
    props = []
    if r.bold or bold:
        props.append("<w:b/>")
    if r.italic:
        props.append("<w:i/>")
    if size:
        props.append(f'<w:sz w:val="{ST_HpsMeasure.convert_to_xml(Pt(size))}"/>')
    if r.empty or r.draft:
        props.append(f'<w:highlight w:val="{_HIGHLIGHT["empty" if r.empty else "draft"]}"/>')
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f"<w:r{ns}>{rpr}{_text_xml(r.text)}</w:r>"


def _p_xml(runs: Sequence[Run], *, size: float | None, align: str, bold: bool = False, style: str | None = None,
           space_after_zero: bool = False, first_line: bool = False, keep_with_next: bool = False,
           empty_run: bool = False, declare: bool = True) -> str:
    """A ``<w:p>`` with its properties in the schema's order (``declare``: with the namespace declaration, for a
    paragraph parsed on its own)."""
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{escape(style)}"/>')
    if keep_with_next:
        props.append("<w:keepNext/>")
    if space_after_zero:
        props.append('<w:spacing w:after="0"/>')
    if first_line:
        props.append(f'<w:ind w:firstLine="{ST_SignedTwipsMeasure.convert_to_xml(Cm(1))}"/>')
    props.append(f'<w:jc w:val="{_JC[align]}"/>')
    body = "<w:r/>" if empty_run else ""
    body += "".join(_r_xml(r, size, bold, ns="") for r in runs)
    return f"<w:p{' ' + _W if declare else ''}><w:pPr>{''.join(props)}</w:pPr>{body}</w:p>"


def _xml_safe(runs: Sequence[Run]) -> bool:
    """Whether every run's text can go into XML as it is (else python-docx's own checks apply)."""
    return not any(_CONTROL.search(r.text) for r in runs)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _plain(p, value: str, *, bold: bool = False, italic: bool = False, size: float | None = None):
    return _run(p, Run(value, bold=bold, italic=italic), size)


def _para(d, para: Para) -> None:
    style = f"Heading {para.level}" if para.level else None
    if _xml_safe(para.runs):
        if style and style not in _STYLE_IDS:  # every document starts from python-docx's template
            _STYLE_IDS[style] = d.styles[style].style_id
        d.element.body._insert_p(parse_xml(_p_xml(
            para.runs, size=para.size, align=para.align, style=_STYLE_IDS[style] if style else None,
            first_line=bool(para.indent and not para.level), keep_with_next=para.keep_with_next)))
        return
    p = d.add_paragraph(style=style)
    for r in para.runs:
        _run(p, r, para.size)
    p.alignment = _ALIGN[para.align]
    if para.indent and not para.level:
        p.paragraph_format.first_line_indent = Cm(1)
    if para.keep_with_next:
        p.paragraph_format.keep_with_next = True


def _fld_char(kind: str):
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        fc.set(qn("w:dirty"), "true")  # Word recomputes the field when the file is opened
    r.append(fc)
    return r


def _field_start(p, instruction: str) -> None:
    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    instr_run.append(instr)
    p._p.append(_fld_char("begin"))
    p._p.append(instr_run)
    p._p.append(_fld_char("separate"))


def _field(p, instruction: str, placeholder: str = "") -> None:
    """A complex field (PAGE…) in paragraph ``p``, with ``placeholder`` as its shown result."""
    _field_start(p, instruction)
    if placeholder:
        p.add_run(placeholder)
    p._p.append(_fld_char("end"))


def _contents(d, block: Contents, headings: Sequence[Para]) -> None:
    """The Mục lục: one TOC field whose shown result, until Word refreshes it, lists the headings."""
    p = d.add_paragraph()
    _plain(p, block.title, bold=True, size=14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    entries = [h for h in headings if h.level <= block.levels] or [Para((Run(""),))]
    last = None
    for i, h in enumerate(entries):
        q = d.add_paragraph()
        if i == 0:
            _field_start(q, f'TOC \\o "1-{block.levels}" \\h \\z \\u')
        q.paragraph_format.left_indent = Cm(0.6 * (max(h.level, 1) - 1))
        q.paragraph_format.space_after = Pt(2)
        q.paragraph_format.first_line_indent = None
        _plain(q, h.plain, size=12)
        last = q
    if last is not None:  # never None: there is always one entry
        last._p.append(_fld_char("end"))  # the field's result spans the entry paragraphs


# --- tables ------------------------------------------------------------------------------------


def _shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cant_split(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def _fill_cell(c: _Cell, value: Cell, *, bold: bool = False, size: float = TABLE_PT) -> None:
    if all(_xml_safe(line) for line in value.lines):
        tc = c._tc
        for child in list(tc):
            if child.tag != _TC_PR:
                tc.remove(child)
        for i, line in enumerate(value.lines):
            tc.append(parse_xml(_p_xml(line, size=size, align=value.align, bold=bold, space_after_zero=True,
                                       empty_run=i == 0)))
        if not value.lines:
            tc.append(parse_xml(f"<w:p {_W}><w:r/></w:p>"))
        return
    c.text = ""
    for i, line in enumerate(value.lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.first_line_indent = None
        p.alignment = _ALIGN[value.align]
        for r in line:
            _run(p, r, size, bold)


def _cell_xml(value: Cell, width: str, *, bold: bool, extra: str = "") -> str:
    """A ``<w:tc>`` of ``width`` twips holding ``value`` (as :func:`_fill_cell` fills one), ``extra`` cell
    properties after the width (a span, a shade)."""
    paras = "".join(_p_xml(line, size=TABLE_PT, align=value.align, bold=bold, space_after_zero=True,
                           empty_run=i == 0, declare=False) for i, line in enumerate(value.lines))
    return (f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{extra}</w:tcPr>'
            f"{paras or '<w:p><w:r/></w:p>'}</w:tc>")


def _row_xml(data: Row, twips: Sequence[str]) -> str:
    """A body row of a table as one ``<w:tr>`` (what python-docx's add_row, merge and cell widths make, built
    at once): a group row is one cell spanning every column, bold and shaded."""
    if data.group:
        cells = _cell_xml(data.cells[0], str(sum(int(w) for w in twips)), bold=True,
                          extra=f'<w:gridSpan w:val="{len(twips)}"/><w:shd w:val="clear" w:color="auto" '
                                'w:fill="F2F2F2"/>')
    else:
        cells = "".join(_cell_xml(value, w, bold=data.bold) for value, w in zip(data.cells, twips, strict=True))
    return f"<w:tr {_W}><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>"


def _table(d, block: Table) -> None:
    header_rows = 2 if block.numbers else 1
    table = d.add_table(rows=header_rows, cols=len(block.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, w in zip(table.columns, block.widths, strict=True):
        column.width = Cm(w)
    for i, (h, w) in enumerate(zip(block.headers, block.widths, strict=True)):
        c = table.rows[0].cells[i]
        c.width = Cm(w)
        _fill_cell(c, Cell(((Run(h, bold=True),),), align="center"))
        _shade(c, "E7E6E6")
        if block.numbers:
            n = table.rows[1].cells[i]
            n.width = Cm(w)
            _fill_cell(n, Cell(((Run(block.numbers[i], italic=True),),), align="center"), size=11)
    for r in range(header_rows):
        _repeat_header(table.rows[r])
    twips = [ST_TwipsMeasure.convert_to_xml(Cm(w)) for w in block.widths]
    for data in block.rows:
        if all(_xml_safe(line) for value in data.cells for line in value.lines):
            table._tbl.append(parse_xml(_row_xml(data, twips)))  # one parse per row, not one per cell property
            continue
        row = table.add_row()  # (table.rows[-1] would rebuild the list of every row: quadratic)
        cells = row.cells
        _cant_split(row)
        if data.group:
            merged = cells[0].merge(cells[-1])
            _fill_cell(merged, data.cells[0], bold=True)
            _shade(merged, "F2F2F2")
            continue
        for c, value, w in zip(cells, data.cells, block.widths, strict=True):
            c.width = Cm(w)
            _fill_cell(c, value, bold=data.bold)
    d.add_paragraph().paragraph_format.space_after = Pt(0)


def _borderless(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _cell_line(c: _Cell, first: bool, runs: Sequence[Run], size: float, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = c.paragraphs[0] if first else c.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.first_line_indent = None
    for r in runs:
        _run(p, r, size)
    return p


# --- heading and signature ----------------------------------------------------------------------


def _date_runs(msgs: Messages, h: Heading) -> list[Run]:
    day, month, year = h.date
    place = [Run(f"{h.place}, ", italic=True)] if h.place else [Run(msgs("docs.empty_place"), italic=True, empty=True),
                                                               Run(", ", italic=True)]
    if day and month:
        return [*place, Run(msgs("docs.date", day=f"{day:02d}", month=f"{month:02d}", year=year), italic=True)]
    return [*place, Run(msgs("docs.date_blank", year=year), italic=True)]


def _heading(msgs: Messages, d, h: Heading) -> None:
    table = d.add_table(rows=1, cols=2)
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _borderless(table)
    widths = (Cm(6.5), Cm(10))
    for column, w in zip(table.columns, widths, strict=True):
        column.width = w
    left, right = table.rows[0].cells
    left.width, right.width = widths
    first = True
    if h.superior:
        _cell_line(left, first, [Run(h.superior)], 12)
        first = False
    _cell_line(left, first, [Run(h.issuer, bold=True)], 12)
    _cell_line(left, False, [Run(LINE[:6])], 10)
    number = [Run(msgs("docs.number_label") + " "), Run(h.number)] if h.number else [
        Run(msgs("docs.number_label") + " "), Run(msgs("docs.number_blank"), empty=True)]
    _cell_line(left, False, number, 13)
    _cell_line(right, True, [Run(QUOC_HIEU, bold=True)], 12)
    _cell_line(right, False, [Run(TIEU_NGU, bold=True)], 13)
    _cell_line(right, False, [Run(LINE)], 10)
    _cell_line(right, False, _date_runs(msgs, h), 13)
    d.add_paragraph()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    _plain(p, h.kind, bold=True, size=14)
    for line in h.subject.splitlines():
        q = d.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.paragraph_format.space_after = Pt(0)
        _plain(q, line, bold=True, size=14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _plain(p, LINE[:5], size=10)
    if h.addressee:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _plain(p, f"{msgs('docs.ar.to')} {h.addressee}", size=14)


def _signature(msgs: Messages, d, doc: Document) -> None:
    d.add_paragraph()
    cols = max(2, len(doc.signers) + (1 if doc.recipients else 0))
    table = d.add_table(rows=1, cols=cols)
    table.autofit = False
    _borderless(table)
    _cant_split(table.rows[0])
    width = 16.5 / cols
    for column in table.columns:
        column.width = Cm(width)
    cells = table.rows[0].cells
    start = 0
    if doc.recipients:
        c = cells[0]
        c.width = Cm(width)
        _cell_line(c, True, [Run(msgs("docs.recipients"), bold=True, italic=True)], 12, WD_ALIGN_PARAGRAPH.LEFT)
        for i, r in enumerate(doc.recipients):
            end = "." if i == len(doc.recipients) - 1 else ";"
            _cell_line(c, False, [Run(f"- {r.rstrip(' .;')}{end}")], 11, WD_ALIGN_PARAGRAPH.LEFT)
        start = 1
    signers = doc.signers
    for offset, s in enumerate(signers):
        c = cells[cols - len(signers) + offset] if doc.recipients else cells[start + offset]
        c.width = Cm(width)
        first = True
        if s.above:
            _cell_line(c, True, [Run(s.above, bold=True)], 13)
            first = False
        _cell_line(c, first, [Run(s.title, bold=True)], 13)
        _cell_line(c, False, [Run(s.hint, italic=True)], 12)
        for _ in range(4):
            _cell_line(c, False, [Run("")], 13)
        _cell_line(c, False, [Run(s.name, bold=True) if s.name else Run(msgs("docs.signer_blank"), empty=True)], 13)


def _page_numbers(d, doc: Document) -> None:
    section = d.sections[0]
    section.different_first_page_header_footer = True  # no number on the first page (NĐ 30)
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(p, "PAGE", "2")
    for run in p.runs:
        run.font.size = Pt(13)
    for footer in (section.footer, section.first_page_footer):
        f = footer.paragraphs[0]
        f.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if doc.footer:
            _plain(f, doc.footer, italic=True, size=10)


# --- document ----------------------------------------------------------------------------------


def render_document(doc: Document) -> bytes:
    """``doc`` as the bytes of a .docx file."""
    msgs = doc.messages
    d = _new(doc)
    _heading(msgs, d, doc.heading)
    headings = [b for b in doc.blocks if isinstance(b, Para) and b.level]
    for block in doc.blocks:
        if isinstance(block, Para):
            _para(d, block)
        elif isinstance(block, Table):
            _table(d, block)
        elif isinstance(block, PageBreak):
            d.add_page_break()
        elif isinstance(block, Contents):
            _contents(d, block, headings)
    _signature(msgs, d, doc)
    _page_numbers(d, doc)
    _update_fields_on_open(d)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def render_docx(inp: ReportInput) -> bytes:
    """The first Word document of ``inp`` (kept for callers of the single-file API).

    :func:`accredit.report.write.render_documents` renders all of them, one per purpose and framework.
    """
    return render_document(documents(inp)[0])
