"""Generate a realistic, FICTIONAL evidence corpus for the scan benchmark.

Thousands of minh chứng files the way a QA office keeps them: nested folders per year, criterion and
requirement; Vietnamese file names (some typed without diacritics, some carrying evidence codes
such as ``[H1.02.05.03]`` or ``MC.2.5.03``); text PDFs with an administrative header (1–4 pages, a
few long ones), DOCX with header tables, XLSX lists, image-only PDFs (scans), photos, a few HTML
and TXT files. Every name, number and figure is made up. Deterministic for a given seed.

    python benchmarks/evidence_corpus.py OUT_DIR --files 10000 [--seed 1] [--workers N]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

SCHOOL = "TRƯỜNG CAO ĐẲNG NGHỀ BẮC SƠN"  # fictional
PARENT = "UBND TỈNH BẮC SƠN"
PLACE = "Bắc Sơn"
SHORT = "CĐN"

CRITERIA = {
    1: ("Quy mô đào tạo", ["quy mô đào tạo", "tuyển sinh", "tỷ lệ bỏ học", "chương trình đào tạo chất lượng cao"]),
    2: ("Trình độ nhà giáo", ["chứng chỉ tin học của nhà giáo", "trình độ ngoại ngữ bậc 3", "bằng cử nhân của nhà giáo",
                              "chứng chỉ kỹ năng nghề", "bồi dưỡng cập nhật công nghệ mới cho nhà giáo"]),
    3: ("Gắn kết với doanh nghiệp", ["đào tạo cho người lao động của doanh nghiệp", "hợp tác quốc tế",
                                     "thực tập tại doanh nghiệp", "thiết bị đào tạo", "chuyển giao công nghệ",
                                     "việc làm của sinh viên tốt nghiệp"]),
    4: ("Quản trị nhà trường", ["môi trường giáo dục xanh, an toàn", "hệ thống bảo đảm chất lượng",
                                "chuyển đổi số và quản trị dữ liệu", "đào tạo trực tuyến",
                                "công tác học sinh sinh viên",
                                "khu thực hành 3 cấp độ", "nghiên cứu khoa học"]),
    5: ("Trình độ học sinh sinh viên", ["thi kỹ năng nghề", "khảo sát doanh nghiệp sử dụng lao động",
                                        "sử dụng năng lượng tiết kiệm", "khởi nghiệp"]),
}
TYPES = [("QUYẾT ĐỊNH", "QĐ", "Quyết định"), ("KẾ HOẠCH", "KH", "Kế hoạch"), ("BÁO CÁO", "BC", "Báo cáo"),
         ("THÔNG BÁO", "TB", "Thông báo"), ("BIÊN BẢN", "BB", "Biên bản"), ("TỜ TRÌNH", "TTr", "Tờ trình"),
         ("HỢP ĐỒNG", "HĐ", "Hợp đồng"), ("QUY CHẾ", "QC", "Quy chế")]
SENTENCES = [
    "Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;",
    "Căn cứ Quy chế tổ chức và hoạt động của trường;",
    "Theo đề nghị của Trưởng phòng Đào tạo và Trưởng phòng Khảo thí, Bảo đảm chất lượng.",
    "Nhà trường tổ chức thực hiện nghiêm túc, đúng tiến độ và báo cáo kết quả về Ban Giám hiệu.",
    "Các khoa chuyên môn phối hợp với doanh nghiệp xây dựng kế hoạch thực tập cho người học.",
    "Tỷ lệ người học tốt nghiệp có việc làm phù hợp với ngành, nghề đào tạo đạt trên 85%.",
    "Đội ngũ nhà giáo được bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ sư phạm và kỹ năng nghề.",
    "Cơ sở vật chất, thiết bị đào tạo được đầu tư đồng bộ, đáp ứng yêu cầu của chương trình đào tạo.",
    "Hệ thống bảo đảm chất lượng được vận hành, rà soát và cải tiến hằng năm.",
    "Phòng Tài chính - Kế toán bảo đảm kinh phí thực hiện theo quy định hiện hành.",
    "Kết quả khảo sát ý kiến người học cho thấy mức độ hài lòng đạt 88%.",
    "Trang thông tin điện tử của trường được cập nhật bằng tiếng Việt và tiếng Anh.",
    "Nhà trường ký kết thỏa thuận hợp tác với 42 doanh nghiệp trong và ngoài tỉnh.",
    "Quyết định này có hiệu lực kể từ ngày ký.",
    "Các ông (bà) Trưởng phòng, Trưởng khoa và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Hoàng Thị Hà", "Vũ Đức Long",
         "Đặng Thu Trang", "Bùi Văn Nam", "Đỗ Thị Lan", "Ngô Quang Huy"]
FORMATS = [("pdf", 55), ("docx", 24), ("xlsx", 12), ("scan", 4), ("jpg", 2), ("html", 1.5), ("txt", 1.5)]


@dataclass(frozen=True)
class Spec:
    """One file to write."""

    path: str
    fmt: str
    doc_type: tuple[str, str, str]
    number: int
    date: tuple[int, int, int]
    subject: str
    pages: int
    sentences: tuple[int, ...]
    image: int


def plan(files: int, seed: int = 1, years: tuple[int, ...] = (2022, 2023, 2024)) -> list[Spec]:
    """The corpus as specs (deterministic for a seed)."""
    rnd = random.Random(seed)
    fmts, weights = zip(*FORMATS, strict=True)
    specs: list[Spec] = []
    seq: dict[tuple[int, int], int] = {}
    for i in range(files):
        fmt = rnd.choices(fmts, weights)[0]
        c = rnd.randint(1, 5)
        title, subjects = CRITERIA[c]
        r = rnd.randint(1, len(subjects))
        subject = subjects[r - 1]
        year = rnd.choice(years)
        doc_type = rnd.choice(TYPES)
        n = seq[(c, r)] = seq.get((c, r), 0) + 1
        label = f"{doc_type[2]} {subject} {year}"
        style = rnd.random()
        if style < 0.30:
            name = f"[H{c}.{c:02d}.{r:02d}.{n:02d}] {label}"
        elif style < 0.45:
            name = f"MC.{c}.{r}.{n:02d} {label}"
        elif style < 0.75:
            name = label
        else:
            name = _fold(label).replace(" ", "_")
        if fmt == "jpg":
            folder = f"Hình ảnh hoạt động/{year}/Tháng {rnd.randint(1, 12):02d}"
            name = f"Ảnh {subject}"
        elif rnd.random() < 0.1:
            folder = f"Văn bản đến/{year}/Tháng {rnd.randint(1, 12):02d}"
        else:
            folder = f"Năm {year}/Tiêu chí {c} - {title}/Tiêu chuẩn {c}.{r}"
        ext = {"scan": "pdf"}.get(fmt, fmt)
        pages = 30 if rnd.random() < 0.01 else rnd.randint(1, 4)
        sentences = tuple(rnd.randrange(len(SENTENCES)) for _ in range(rnd.randint(6, 14) * pages))
        specs.append(Spec(f"{folder}/{name} ({i:05d}).{ext}", fmt, doc_type, rnd.randint(1, 400),
                          (year, rnd.randint(1, 12), rnd.randint(1, 28)), subject, pages, sentences, rnd.randrange(4)))
    return specs


def _fold(text: str) -> str:
    out = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def _header(spec: Spec) -> list[tuple[str, str]]:
    y, m, d = spec.date
    return [(PARENT, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), (SCHOOL, "Độc lập - Tự do - Hạnh phúc"),
            (f"Số: {spec.number}/{spec.doc_type[1]}-{SHORT}", f"{PLACE}, ngày {d} tháng {m} năm {y}")]


def _title(spec: Spec) -> str:
    return f"Về việc {spec.subject} năm {spec.date[0]}"


# --- writers (run in worker processes) -------------------------------------------------------------

_FONT_READY = False
_IMAGES: dict[int, bytes] = {}


def _font() -> str:
    global _FONT_READY
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if not _FONT_READY:
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
        _FONT_READY = True
    return "DejaVu"


def _page_image(variant: int) -> bytes:
    """A scanned-looking page (JPEG), cached per variant."""
    if variant not in _IMAGES:
        from PIL import Image, ImageDraw, ImageFont

        img = Image.new("L", (1240, 1754), 255)
        draw = ImageDraw.Draw(img)
        font = ImageFont.truetype(str(FONT), 26)
        y = 120
        for k in range(30):
            draw.text((110, y), SENTENCES[(k + variant * 7) % len(SENTENCES)], fill=0, font=font)
            y += 48
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=60)
        _IMAGES[variant] = buf.getvalue()
    return _IMAGES[variant]


def _write_pdf(path: Path, spec: Spec) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    body = [SENTENCES[k] for k in spec.sentences]
    per_page = max(1, len(body) // spec.pages)
    for page in range(spec.pages):
        c.setFont(font, 11)
        y = height - 60
        if page == 0:
            for left, right in _header(spec):
                c.drawCentredString(150, y, left)
                c.drawCentredString(420, y, right)
                y -= 18
            y -= 20
            for line in (spec.doc_type[0], _title(spec)):
                c.drawCentredString(width / 2, y, line)
                y -= 18
            y -= 10
        for line in body[page * per_page : (page + 1) * per_page]:
            c.drawString(60, y, line[:95])
            y -= 16
            if y < 60:
                break
        c.showPage()
    c.save()


def _write_scan(path: Path, spec: Spec) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(min(spec.pages, 3)):
        c.drawImage(ImageReader(io.BytesIO(_page_image((spec.image + page) % 4))), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def _write_docx(path: Path, spec: Spec) -> None:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    left, right = zip(*_header(spec), strict=True)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    doc.add_paragraph(spec.doc_type[0])
    doc.add_paragraph(_title(spec))
    for k in spec.sentences:
        doc.add_paragraph(SENTENCES[k])
    if spec.number % 3 == 0:
        t = doc.add_table(rows=1 + len(NAMES), cols=3)
        for col, head in enumerate(("STT", "Họ và tên", "Ghi chú")):
            t.cell(0, col).text = head
        for row, name in enumerate(NAMES, 1):
            t.cell(row, 0).text = str(row)
            t.cell(row, 1).text = name
            t.cell(row, 2).text = spec.subject
    doc.save(str(path))


def _write_xlsx(path: Path, spec: Spec) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append([f"DANH SÁCH {spec.subject.upper()} NĂM {spec.date[0]}"])
    ws.append(["STT", "Họ và tên", "Đơn vị", "Nội dung", "Kết quả"])
    for row in range(20 * spec.pages):
        result = "Đạt" if row % 5 else "Chưa đạt"
        ws.append([row + 1, NAMES[row % len(NAMES)], f"Khoa {row % 7 + 1}", spec.subject, result])
    wb.save(str(path))


def _write_text(path: Path, spec: Spec, html: bool) -> None:
    lines = [SCHOOL, spec.doc_type[0], _title(spec), *(SENTENCES[k] for k in spec.sentences)]
    if html:
        body = "".join(f"<p>{line}</p>" for line in lines)
        path.write_text(f"<html><head><meta charset='utf-8'><title>{_title(spec)}</title></head>"
                        f"<body>{body}</body></html>", encoding="utf-8")
    else:
        path.write_text("\n".join(lines), encoding="utf-8")


def write(root: str, spec: Spec) -> int:
    """Write one file; returns its size."""
    path = Path(root) / spec.path
    path.parent.mkdir(parents=True, exist_ok=True)
    if spec.fmt == "pdf":
        _write_pdf(path, spec)
    elif spec.fmt == "scan":
        _write_scan(path, spec)
    elif spec.fmt == "docx":
        _write_docx(path, spec)
    elif spec.fmt == "xlsx":
        _write_xlsx(path, spec)
    elif spec.fmt == "jpg":
        path.write_bytes(_page_image(spec.image))
    else:
        _write_text(path, spec, html=spec.fmt == "html")
    return path.stat().st_size


def _write_chunk(root: str, specs: list[Spec]) -> int:
    return sum(write(root, s) for s in specs)


def generate(root: Path, files: int = 10_000, seed: int = 1, workers: int | None = None) -> tuple[int, int]:
    """Write the corpus under ``root``; returns (files, bytes)."""
    if not FONT.is_file():
        raise SystemExit(f"needs the DejaVu Sans font at {FONT} (Debian: fonts-dejavu-core)")
    specs = plan(files, seed)
    root.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    chunks = [specs[i : i + 50] for i in range(0, len(specs), 50)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        total = sum(pool.map(_write_chunk, [str(root)] * len(chunks), chunks))
    return len(specs), total


def main(argv: list[str] | None = None) -> None:
    """Command line: generate the corpus and print what was written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    n, size = generate(args.out, args.files, args.seed, args.workers)
    print(f"wrote {n} files, {size / 1_048_576:.1f} MB to {args.out} in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
