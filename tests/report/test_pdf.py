"""The Word documents convert to PDF with LibreOffice, where it is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from accredit.report import ReportInput
from accredit.report.write import render_documents

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")


def test_documents_convert_to_pdf(tmp_path: Path, report_input: ReportInput) -> None:
    for name, data in render_documents(report_input):
        (tmp_path / name).write_bytes(data)
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *sorted(str(p) for p in tmp_path.glob("*.docx"))],
        capture_output=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    pdfs = sorted((tmp_path / "pdf").glob("*.pdf"))
    assert len(pdfs) == 3
    for pdf in pdfs:
        assert pdf.read_bytes().startswith(b"%PDF")
        doc = pdfium.PdfDocument(str(pdf))  # LibreOffice compresses its page objects: count them by parsing
        try:
            assert len(doc) >= 2, pdf.name
        finally:
            doc.close()
