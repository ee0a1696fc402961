"""The roadmap (planned by accredit.roadmap.plan) in every format: actions, years, projection, chart."""

from __future__ import annotations

import io
import json

from docx import Document
from openpyxl import load_workbook

from accredit.report import ReportInput
from accredit.report.docx import render_docx
from accredit.report.html import render_html
from accredit.report.json import render_json
from accredit.report.xlsx import render_xlsx
from tests.report.test_html import parse


def test_xlsx_roadmap_sheet(planned_input: ReportInput) -> None:
    rm = planned_input.roadmap
    assert rm is not None and rm.actions and rm.earliest_year is not None
    ws = load_workbook(io.BytesIO(render_xlsx(planned_input)))["Lộ trình"]
    assert f"sớm nhất năm {rm.earliest_year}" in ws["A4"].value
    headers = [c.value for c in ws[5]]
    assert headers[:7] == ["Mã việc", "Bộ tiêu chí", "Mã", "Hoạt động", "Phụ trách", "Bắt đầu", "Hoàn thành"]
    rows = {r[0]: r for r in ws.iter_rows(min_row=6, max_row=5 + len(rm.actions), values_only=True)}
    for a in rm.actions:
        row = rows[a.id]
        assert (row[2], row[3], row[4], row[5], row[6]) == (", ".join(a.requirements), a.title, a.owner,
                                                              a.start_year, a.end_year)
    assert ws.freeze_panes == "B6" and ws.auto_filter.ref.startswith("A5:")
    # projection: one row per criterion, one column per plan year
    cells = [c for row in ws.iter_rows() for c in row if c.value == "Kết quả dự kiến"]
    assert cells
    last = cells[0].row
    header = last - len(rm.projections[0].criteria) - 1
    years = [ws.cell(row=header, column=c).value for c in range(6, 6 + len(rm.years))]
    assert years == [str(y) for y in rm.years]
    earliest = ws.cell(row=last, column=6 + rm.years.index(rm.earliest_year)).value
    assert earliest.endswith("— Đạt")


def test_html_roadmap_section(planned_input: ReportInput) -> None:
    rm = planned_input.roadmap
    html = render_html(planned_input)
    page = parse(html)
    assert "roadmap" in {a.get("id") for _, a in page.tags}
    assert len([t for t, _ in page.tags if t == "svg"]) == 3  # two criterion charts and the roadmap chart
    text = "".join(page.text)
    assert f"sớm nhất năm {rm.earliest_year}" in text
    for a in rm.actions:
        assert a.title in text and a.owner in text


def test_docx_roadmap_in_part_three(planned_input: ReportInput) -> None:
    rm = planned_input.roadmap
    doc = Document(io.BytesIO(render_docx(planned_input)))
    heads = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert heads.index("Lộ trình cải tiến") > heads.index("Phần III. Tồn tại và kế hoạch khắc phục")
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Mã việc")
    assert [r.cells[0].text for r in table.rows[1:]] == sorted(
        (a.id for a in rm.actions), key=lambda i: (rm.action(i).start_year, rm.action(i).end_year, i)
    )


def test_json_roadmap_is_the_model(planned_input: ReportInput) -> None:
    data = json.loads(render_json(planned_input))
    assert data["roadmap"] == planned_input.roadmap.model_dump(mode="json")
    assert data["target"] == "tt35-2021/truong-cao-dang"
