"""Every label of every format comes from the message catalogue, in Vietnamese and in English."""

from __future__ import annotations

import io

import pytest
from docx import Document
from openpyxl import load_workbook

from accredit.report import ReportInput
from accredit.report.html import render_html
from accredit.report.write import render_documents
from accredit.report.xlsx import render_xlsx
from tests.report.conftest import build_input, with_roadmap


def all_text(inp: ReportInput) -> str:
    parts = [render_html(inp)]
    wb = load_workbook(io.BytesIO(render_xlsx(inp)))
    parts += wb.sheetnames
    parts += [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    for _name, data in render_documents(inp):
        doc = Document(io.BytesIO(data))
        parts += [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


@pytest.mark.parametrize(("lang", "word"), [("vi", "Tồn tại & khắc phục"), ("en", "Gaps & fixes")])
def test_no_message_key_leaks(lang: str, word: str) -> None:
    text = all_text(with_roadmap(build_input()).model_copy(update={"language": lang}))
    assert "report." not in text and "docs." not in text  # an unknown key would be printed as itself
    assert word in text
