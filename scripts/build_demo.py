"""Build the bundled demo workspace in ``evidence/`` from fixed data.

Usage: ``python scripts/build_demo.py [--out evidence]`` (needs the test extra: reportlab, pillow).

The school, Trường Cao đẳng Kỹ thuật Công nghệ Mẫu, is FICTIONAL. The script writes:
- ``accredit.toml``;
- ``minh-chung/``: the evidence files (DOCX, text PDF, XLSX, HTML, TXT, searchable scans and one image-only
  scan that needs OCR) from
  :mod:`demo_documents`, in nested folders with Vietnamese names, some with evidence codes;
- ``du-lieu/``: the institutional data workbook and a partly filled ratings workbook (from
  :mod:`demo_ratings`), written with the library's own template writers and then filled.
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from demo_documents import DOCS, FICTION, PARENT, PLACE, SCHOOL, Doc  # noqa: E402
from demo_programmes import PROGRAMME_DOCS  # noqa: E402

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("C:/Windows/Fonts")]
FIXED_TIME = datetime(2026, 11, 1, 8, 0, 0)


def _font() -> Path:
    name = "DejaVuSans.ttf"
    for d in FONT_DIRS:
        if (d / name).is_file():
            return d / name
    raise SystemExit(f"font {name} not found (Debian: apt-get install fonts-dejavu-core)")


def header_lines(doc: Doc) -> list[str]:
    """The administrative header of a Vietnamese document, one line each."""
    y, m, d = doc.date
    lines = [PARENT, SCHOOL, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    if doc.number:
        lines.append(f"Số: {doc.number}")
    lines.append(f"{PLACE}, ngày {d:02d} tháng {m:02d} năm {y}")
    lines.append(doc.kind.upper())
    lines.append(doc.title)
    return lines


def write_pdf(doc: Doc, path: Path, background: object | None = None) -> None:
    """A text-layer PDF with an embedded Unicode font.

    With ``background`` (a PIL image of the scanned page) the image fills the first page and the
    text is drawn invisibly above it: a searchable scan, as an office scanner's OCR makes it.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(_font())))  # one embedded font keeps the files small
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(doc.title)
    width, height = A4
    y = height - 60
    if background is not None:
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(background), 0, 0, width=width, height=height)

    def line(text: str, size: int = 11, bold: bool = False, center: bool = False) -> None:
        nonlocal y
        c.setFont("DejaVu", size + (1 if bold else 0))
        words, cur = text.split(), ""
        for w in words:
            trial = f"{cur} {w}".strip()
            if c.stringWidth(trial, "DejaVu", size) > width - 120:
                _draw(cur, size, center)
                cur = w
            else:
                cur = trial
        _draw(cur, size, center)

    def _draw(text: str, size: int, center: bool) -> None:
        nonlocal y
        if y < 60:
            c.showPage()
            y = height - 60
            c.setFont("DejaVu", size)
        if background is not None:  # invisible text over the image (render mode 3)
            x = (width - c.stringWidth(text, "DejaVu", size)) / 2 if center else 60
            obj = c.beginText(x, y)
            obj.setFont("DejaVu", size)
            obj.setTextRenderMode(3)
            obj.textLine(text)
            c.drawText(obj)
        elif center:
            c.drawCentredString(width / 2, y, text)
        else:
            c.drawString(60, y, text)
        y -= size + 6

    head = header_lines(doc)
    for i, text in enumerate(head):
        line(text, 12 if i >= len(head) - 2 else 10, bold=i in (1, 2, len(head) - 2), center=i >= len(head) - 2)
    y -= 8
    for para in doc.body:
        line(para)
        y -= 4
    for row in doc.table:
        line("   |   ".join(row), 10)
    y -= 20
    line("HIỆU TRƯỞNG", 11, bold=True)
    line(FICTION, 8)
    c.save()


def write_docx(doc: Doc, path: Path) -> None:
    """A DOCX with the header, body paragraphs and an optional table."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = Document()
    d.core_properties.title = doc.title
    d.core_properties.created = FIXED_TIME
    d.core_properties.modified = FIXED_TIME
    head = header_lines(doc)
    for i, text in enumerate(head):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold = i in (1, 2, len(head) - 2)
        if i >= len(head) - 2:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for para in doc.body:
        d.add_paragraph(para)
    if doc.table:
        table = d.add_table(rows=0, cols=len(doc.table[0]))
        table.style = "Table Grid"
        for row in doc.table:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = value
    d.add_paragraph("HIỆU TRƯỞNG").runs[0].bold = True
    d.add_paragraph(FICTION)
    d.save(str(path))


def write_xlsx(doc: Doc, path: Path) -> None:
    """A workbook: header lines on top, then the table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Dữ liệu"
    for text in header_lines(doc) + doc.body:
        ws.append([text])
    ws.append([])
    for i, row in enumerate(doc.table):
        ws.append(row)
        if i == 0:
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
    ws.append([FICTION])
    ws.column_dimensions["A"].width = 40
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(str(path))


def _scanned_image(doc: Doc, path: Path) -> object:
    """The first page of the document as a slightly skewed grey image, as a scanner makes it."""
    import pypdfium2 as pdfium

    tmp = path.with_suffix(".tmp.pdf")
    write_pdf(doc, tmp)
    pdf = pdfium.PdfDocument(str(tmp))
    image = pdf[0].render(scale=1.4, grayscale=True).to_pil().convert("L").rotate(0.6, fillcolor=255)
    pdf.close()
    tmp.unlink()
    return image


def write_scan(doc: Doc, path: Path) -> None:
    """An image-only PDF, like a scanned paper document (no text layer: it needs OCR)."""
    buffer = io.BytesIO()
    stamp = FIXED_TIME.timetuple()
    _scanned_image(doc, path).save(buffer, format="PDF", resolution=100, creationDate=stamp, modDate=stamp)
    path.write_bytes(buffer.getvalue())


def write_ocr_scan(doc: Doc, path: Path) -> None:
    """A searchable scan: the scanned image with the scanner's OCR text layer (readable without Tesseract)."""
    write_pdf(doc, path, background=_scanned_image(doc, path))


def write_html(doc: Doc, path: Path) -> None:
    """A small HTML page (e.g. an intranet page saved as evidence)."""
    from html import escape

    body = "".join(f"<p>{escape(x)}</p>" for x in header_lines(doc) + doc.body)
    path.write_text(f"<!doctype html><html lang=vi><meta charset=utf-8><title>{escape(doc.title)}</title>"
                    f"<body>{body}<p><small>{escape(FICTION)}</small></p></body></html>\n", encoding="utf-8")


def write_txt(doc: Doc, path: Path) -> None:
    """A plain UTF-8 text file."""
    path.write_text("\n".join([*header_lines(doc), *doc.body, FICTION]) + "\n", encoding="utf-8")


def normalise_zip(path: Path) -> None:
    """Rewrite an Office file (a zip) with fixed entry times, so rebuilding the demo gives identical bytes."""
    import zipfile

    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in entries:
            if info.filename == "docProps/core.xml":  # created/modified stamps
                stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", stamp, data)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, data)
    path.write_bytes(buffer.getvalue())


WRITERS = {"pdf": (".pdf", write_pdf), "scan": (".pdf", write_scan), "ocr_scan": (".pdf", write_ocr_scan),
           "docx": (".docx", write_docx),
           "xlsx": (".xlsx", write_xlsx), "html": (".html", write_html), "txt": (".txt", write_txt)}


def build_evidence(folder: Path) -> list[Path]:
    """Write every demo evidence file under ``folder`` (replacing the folder)."""
    if folder.exists():
        shutil.rmtree(folder)
    written = []
    for doc in [*DOCS, *PROGRAMME_DOCS]:
        suffix, writer = WRITERS[doc.fmt]
        target = folder / doc.folder / f"{doc.name}{suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        writer(doc, target)
        if suffix in (".docx", ".xlsx"):
            normalise_zip(target)
        written.append(target)
    return written


def main() -> None:
    """Build the demo workspace."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE.parent / "evidence")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    files = build_evidence(out / "minh-chung")
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} evidence files, {size / 1024:.0f} KiB, in {out / 'minh-chung'}")
    try:
        from demo_workspace import build_workspace
    except ImportError:
        return
    ws = build_workspace(out)
    for workbook in ws.data_dir.rglob("*.xlsx"):
        normalise_zip(workbook)


if __name__ == "__main__":
    main()
