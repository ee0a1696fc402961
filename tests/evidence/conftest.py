"""Fixtures for the evidence tests: a small framework, a workspace, and builders of real files."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from accredit.catalog.files import dump_yaml
from accredit.model.framework import Framework
from accredit.workspace import AssessmentSettings, SchoolInfo, Workspace, WorkspaceConfig, init_workspace

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
FW_ID = "test-2021/truong-cao-dang"


def _font_path() -> Path:
    if FONT.is_file():
        return FONT
    found = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True, check=False)
    path = Path(found.stdout.strip()) if found.returncode == 0 else None
    if path and path.is_file():
        return path
    pytest.skip("no Vietnamese-capable TTF font (DejaVu Sans) installed")


def _register_font() -> str:
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(_font_path())))
    return "DejaVu"


# --- PDF ------------------------------------------------------------------------------------------


def make_pdf(path: Path, pages: list[list[str]] | list[str], *, size: int = 11) -> Path:
    """A text PDF: one list of lines per page (a flat list is one page)."""
    font = _register_font()
    if pages and isinstance(pages[0], str):
        pages = [pages]  # type: ignore[list-item]
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    for lines in pages:
        c.setFont(font, size)
        y = height - 60
        for line in lines:
            c.drawString(60, y, line)
            y -= size * 1.6
            if y < 50:
                c.showPage()
                c.setFont(font, size)
                y = height - 60
        c.showPage()
    c.save()
    return path


def make_admin_pdf(
    path: Path,
    *,
    superior: str = "UBND TỈNH LẠNG SƠN",
    issuer: str = "TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN",
    number: str = "Số: 125/QĐ-CĐN",
    place_date: str = "Lạng Sơn, ngày 15 tháng 3 năm 2024",
    doc_type: str = "QUYẾT ĐỊNH",
    title: list[str] | None = None,
    body: list[str] | None = None,
) -> Path:
    """A PDF laid out like a Vietnamese administrative document: two header columns, title, body."""
    font = _register_font()
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    c.setFont(font, 11)
    y = height - 60
    rows = [(superior, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), (issuer, "Độc lập - Tự do - Hạnh phúc"),
            (number, place_date)]
    for left, right in rows:
        if left:
            c.drawCentredString(150, y, left)
        c.drawCentredString(420, y, right)
        y -= 18
    y -= 24
    for line in [doc_type, *(title or ["Về việc thành lập Hội đồng tự đánh giá chất lượng"])]:
        c.drawCentredString(width / 2, y, line)
        y -= 18
    y -= 18
    for line in body or []:
        c.drawString(60, y, line)
        y -= 16
    c.showPage()
    c.save()
    return path


def text_image(lines: list[str], *, scale: int = 3) -> Image.Image:
    """A white page image with black text (for OCR and image-only PDFs)."""
    font = ImageFont.truetype(str(_font_path()), 28 * scale // 2)
    img = Image.new("RGB", (1240 * scale // 2, 1754 * scale // 2), "white")
    draw = ImageDraw.Draw(img)
    y = 80 * scale // 2
    for line in lines:
        draw.text((80 * scale // 2, y), line, fill="black", font=font)
        y += 48 * scale // 2
    return img


def make_image_pdf(path: Path, lines: list[str]) -> Path:
    """A scanned-looking PDF: one page holding only an image of text (no text layer)."""
    img = text_image(lines)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return path


def make_encrypted_pdf(path: Path, source: Path) -> Path:
    """A copy of ``source`` that needs a password to open."""
    from pypdf import PdfReader

    writer = PdfWriter()
    for page in PdfReader(str(source)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def make_zero_page_pdf(path: Path) -> Path:
    """A syntactically valid PDF with no pages."""
    writer = PdfWriter()
    with path.open("wb") as fh:
        writer.write(fh)
    return path


# --- Office ----------------------------------------------------------------------------------------


def make_docx(path: Path, *, header: tuple[list[str], list[str]] | None = None, paragraphs: list[str] = (),
              table: list[list[str]] | None = None) -> Path:
    """A DOCX: optional two-cell header table (left lines, right lines), paragraphs, optional table."""
    doc = Document()
    if header:
        t = doc.add_table(rows=1, cols=2)
        for cell, lines in zip(t.rows[0].cells, header, strict=True):
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def make_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """An XLSX with the given sheets and rows."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    return path


def tesseract_vie() -> bool:
    """Whether tesseract with the Vietnamese model is installed (found by the tool's own locator)."""
    from accredit.evidence.extract import ocr

    return ocr.available("vie")


# --- framework and workspace ------------------------------------------------------------------------

# Wording of TT 35/2021 Điều 7–9 (shared/reference/tt35-2021.md); suggested evidence is this test's own.
_REQS = {
    "2": ("Tiêu chí 2", "Trình độ nhà giáo", [
        ("2.1", "100% nhà giáo có trình độ tin học đạt chuẩn kỹ năng sử dụng công nghệ thông tin cơ bản hoặc "
                "tương đương trở lên.", ["Chứng chỉ tin học của nhà giáo", "Danh sách nhà giáo và trình độ tin học"]),
        ("2.2", "Ít nhất 50% nhà giáo có trình độ ngoại ngữ bậc 3 theo Khung năng lực ngoại ngữ 6 bậc dùng cho "
                "Việt Nam hoặc tương đương trở lên.", ["Chứng chỉ ngoại ngữ bậc 3 của nhà giáo"]),
        ("2.3", "100% nhà giáo có bằng cử nhân hoặc tương đương trở lên, phù hợp với ngành, nghề giảng dạy.",
         ["Bằng tốt nghiệp đại học của nhà giáo", "Hồ sơ nhà giáo"]),
        ("2.4", "Ít nhất 70% đội ngũ nhà giáo có chứng chỉ kỹ năng nghề để giảng dạy thực hành trình độ cao đẳng "
                "hoặc văn bằng, chứng chỉ tương đương trở lên.", ["Chứng chỉ kỹ năng nghề của nhà giáo"]),
        ("2.5", "Hằng năm, ít nhất 50% đội ngũ nhà giáo được bồi dưỡng để cập nhật công nghệ mới thuộc lĩnh vực "
                "ngành, nghề giảng dạy với thời gian bồi dưỡng tối thiểu 80 giờ.",
         ["Kế hoạch bồi dưỡng nhà giáo hằng năm", "Danh sách nhà giáo được bồi dưỡng cập nhật công nghệ mới"]),
    ]),
    "3": ("Tiêu chí 3", "Gắn kết với doanh nghiệp trong đào tạo và việc làm sau đào tạo", [
        ("3.1", "Hằng năm, trường cung cấp ít nhất 4 (bốn) khóa hoặc lớp đào tạo, bồi dưỡng cho người lao động của "
                "doanh nghiệp được doanh nghiệp và người lao động đánh giá có chất lượng và hiệu quả.",
         ["Hợp đồng đào tạo với doanh nghiệp", "Phiếu đánh giá của doanh nghiệp"]),
        ("3.2", "Hằng năm, trường có hoạt động hợp tác với trường nước ngoài hoặc tổ chức quốc tế góp phần nâng "
                "cao chất lượng đào tạo.", ["Biên bản ghi nhớ hợp tác quốc tế"]),
    ]),
    "4": ("Tiêu chí 4", "Quản trị nhà trường", [
        ("4.2", "Trường xây dựng và vận hành hệ thống bảo đảm chất lượng được người học, nhà giáo, nhân viên, đội "
                "ngũ lãnh đạo và quản lý đánh giá hoạt động hiệu quả.",
         ["Quyết định thành lập Hội đồng tự đánh giá chất lượng", "Kế hoạch tự đánh giá chất lượng",
          "Báo cáo tự đánh giá chất lượng"]),
        ("4.3", "Các hoạt động của trường được số hoá, kết nối, chia sẻ và tương tác; thực hiện quản trị, điều "
                "hành trường dựa trên dữ liệu và các công nghệ số.", ["Phần mềm quản lý đào tạo"]),
    ]),
}


def small_framework(fw_id: str = FW_ID) -> Framework:
    """A scored framework with TT 35 wording: criteria 2–4, a 3-year default window, 4.3 at evaluation."""
    criteria = []
    for code, (label, title, reqs) in _REQS.items():
        requirements = []
        for rcode, text, evidence in reqs:
            req: dict[str, Any] = {"code": rcode, "label": f"Tiêu chuẩn {rcode.split('.')[1]}", "text": text,
                                   "article": f"Điều {int(code) + 5} khoản {rcode.split('.')[1]}", "points": 4,
                                   "suggested_evidence": evidence}
            if rcode == "4.3":
                req["window"] = {"mode": "at_evaluation"}
            requirements.append(req)
        criteria.append({"code": code, "label": label, "title": title, "article": f"Điều {int(code) + 5}",
                         "requirements": requirements})
    return Framework.model_validate({
        "id": fw_id,
        "title": "Bộ tiêu chí thử nghiệm",
        "regulation": {"number": "35/2021/TT-BLĐTBXH", "title": "Thử nghiệm", "issuer": "Bộ LĐTBXH",
                       "issued": "2021-12-30", "effective": "2022-02-15", "source": "tests"},
        "status": "current",
        "applies_to": ["truong_cao_dang"],
        "default_window": {"mode": "years", "years": 3},
        "criteria": criteria,
        "decision": {"article": "Điều 5", "text": "Thử nghiệm", "rules": [{"type": "min_total", "points": 20}]},
    })


@pytest.fixture
def framework() -> Framework:
    return small_framework()


@pytest.fixture
def criteria_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A criteria folder holding the small framework, used as the catalog."""
    root = tmp_path / "criteria"
    (root / "test-2021").mkdir(parents=True)
    (root / "test-2021" / "truong-cao-dang.yaml").write_text(dump_yaml(small_framework()), encoding="utf-8")
    monkeypatch.setenv("ACCREDIT_CRITERIA", str(root))
    return root


def real_school(root: Path, frameworks: list[str], *, year: int = 2026, name: str = "Trường Cao đẳng A") -> Workspace:
    """A new workspace at ``root`` assessed against the bundled criteria sets ``frameworks``
    (call with ``ACCREDIT_CRITERIA`` unset, so the real criteria files are used)."""
    return init_workspace(root, WorkspaceConfig(
        school=SchoolInfo(name=name), assessment=AssessmentSettings(year=year, frameworks=frameworks),
    ))


@pytest.fixture
def workspace(tmp_path: Path, criteria_dir: Path) -> Workspace:
    """An initialised workspace assessing against the small framework in 2024."""
    config = WorkspaceConfig(
        school=SchoolInfo(name="Trường Cao đẳng nghề Lạng Sơn"),
        assessment=AssessmentSettings(year=2024, frameworks=[FW_ID]),
    )
    return init_workspace(tmp_path / "school", config)
