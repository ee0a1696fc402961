"""The roadmap (planned by accredit.roadmap.plan) in every format: actions, years, projection, chart."""

from __future__ import annotations

import io
import json

from docx import Document
from openpyxl import load_workbook

from accredit.i18n.message import Messages
from accredit.report import ReportInput
from accredit.report.html import render_html
from accredit.report.json import render_json
from accredit.report.write import render_documents
from accredit.report.xlsx import render_xlsx
from tests.report.test_html import parse

vi = Messages("vi")


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
        expected = (", ".join(a.requirements), vi.param(a.title), vi.param(a.owner), a.start_year, a.end_year)
        assert (row[2], row[3], row[4], row[5], row[6]) == expected
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
    assert len([t for t, _ in page.tags if t == "svg"]) == 5  # two criterion charts (wide, narrow) and the roadmap
    text = "".join(page.text)
    assert f"sớm nhất năm {rm.earliest_year}" in text
    for a in rm.actions:
        assert vi.param(a.title) in text and vi.param(a.owner) in text


def test_docx_plan_comes_from_the_roadmap(planned_input: ReportInput) -> None:
    rm = planned_input.roadmap
    files = dict(render_documents(planned_input))
    annual = Document(io.BytesIO(files["bao-cao-ket-qua-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx"]))
    body = [p.text for p in annual.paragraphs]
    plan = body[body.index("4. Kế hoạch cải tiến") + 1 :]
    assert any(f"sớm nhất năm {rm.earliest_year}" in p for p in plan)
    for a in rm.actions:
        assert any(vi.param(a.title) in p and vi.param(a.owner) in p for p in plan)
    report = Document(io.BytesIO(files["bao-cao-tu-danh-gia-2026-tt35-2021-truong-cao-dang.docx"]))
    lines = [p.text for p in report.paragraphs]
    first = next(a for a in rm.actions if "1.1" in a.requirements)
    block = lines[lines.index("Tiêu chuẩn 1 (1.1)") :]
    plan_line = next(p for p in block if p.startswith("Kế hoạch cải tiến:"))
    assert f"Năm {first.start_year}" in plan_line and vi.param(first.title).rstrip(".") in plan_line


def test_json_roadmap_is_the_model(planned_input: ReportInput) -> None:
    data = json.loads(render_json(planned_input))
    assert data["roadmap"] == planned_input.roadmap.model_dump(mode="json", context=Messages("vi").context)
    assert data["target"] == "tt35-2021/truong-cao-dang"
