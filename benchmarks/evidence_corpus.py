"""Generate a realistic, FICTIONAL evidence corpus for the scan benchmark.

Thousands of minh chứng files the way a QA office keeps them: nested folders per year, criterion and
requirement; Vietnamese file names (some typed without diacritics, some carrying evidence codes
such as ``[H1.02.05.03]`` or ``MC.2.5.03``), and contents shaped like real evidence folders:

* text PDFs with an administrative header, 1 to 200 pages (most 1–20), 2,500–3,500 characters a page;
* scanned, signed documents: image-only PDFs (a page image per page, the last one signed and stamped);
* DOCX with a header table, body, data tables and often an embedded picture;
* workbooks from a few dozen to thousands of rows;
* photos, a few HTML and TXT files.

Every name, number and figure is made up. Deterministic for a given seed: the same specs, and the
same bytes (fixed PDF metadata and zip timestamps). About 1,000 files a minute on two cores.

    python benchmarks/evidence_corpus.py OUT_DIR --files 10000 [--seed 1] [--workers N]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import textwrap
import time
import unicodedata
import zipfile
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
FORMATS = [("pdf", 42), ("scan", 22), ("docx", 20), ("xlsx", 10), ("jpg", 3), ("html", 1.5), ("txt", 1.5)]
UNITS = ["Phòng Đào tạo", "Phòng Khảo thí và Bảo đảm chất lượng", "Phòng Tổ chức - Hành chính", "Khoa Cơ khí",
         "Khoa Điện - Điện tử", "Khoa Công nghệ thông tin", "Khoa Kinh tế", "Phòng Công tác học sinh sinh viên",
         "Trung tâm Tuyển sinh và Quan hệ doanh nghiệp", "Phòng Quản trị - Thiết bị"]
VERBS = ["tổ chức thực hiện", "rà soát và cập nhật", "báo cáo kết quả", "xây dựng kế hoạch", "phối hợp triển khai",
         "kiểm tra, đánh giá", "tổng hợp số liệu về", "đề xuất giải pháp cho", "bố trí kinh phí cho", "hướng dẫn"]
OBJECTS = ["chương trình đào tạo trình độ cao đẳng", "đội ngũ nhà giáo và cán bộ quản lý",
           "cơ sở vật chất, thiết bị đào tạo", "hoạt động thực tập tại doanh nghiệp", "công tác tuyển sinh",
           "hệ thống bảo đảm chất lượng", "khảo sát việc làm của người học sau tốt nghiệp",
           "thư viện và học liệu điện tử", "nghiên cứu khoa học và chuyển giao công nghệ",
           "bồi dưỡng kỹ năng nghề cho nhà giáo", "hợp tác với doanh nghiệp trong và ngoài tỉnh"]
TAILS = ["theo đúng quy định hiện hành", "trước ngày 30 tháng {m} năm {y}", "đạt tỷ lệ {p}% so với kế hoạch",
         "với tổng kinh phí {k} triệu đồng", "cho {n} người học", "tại {unit}", "trong năm học {y}-{y1}",
         "và báo cáo Ban Giám hiệu"]


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
    seed: int
    rows: int = 0


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
        pages = _scan_pages(rnd) if fmt == "scan" else _pages(rnd)
        rows = rnd.randint(30, 400) if rnd.random() < 0.6 else rnd.randint(1000, 5000)
        specs.append(Spec(f"{folder}/{name} ({i:05d}).{ext}", fmt, doc_type, rnd.randint(1, 400),
                          (year, rnd.randint(1, 12), rnd.randint(1, 28)), subject, pages, rnd.getrandbits(32), rows))
    return specs


def _pages(rnd: random.Random) -> int:
    """Pages of a text document: most 1–20, some up to 60, a few up to 200."""
    r = rnd.random()
    if r < 0.45:
        return rnd.randint(1, 3)
    if r < 0.88:
        return rnd.randint(4, 20)
    if r < 0.97:
        return rnd.randint(21, 60)
    return rnd.randint(61, 200)


def _scan_pages(rnd: random.Random) -> int:
    """Pages of a scanned, signed document: mostly short decisions and minutes."""
    return rnd.randint(1, 4) if rnd.random() < 0.7 else rnd.randint(5, 30)


def body_lines(spec: Spec, rnd: random.Random, chars: int, width: int = 95) -> list[str]:
    """Lines of running text adding up to about ``chars`` characters (varied sentences, wrapped)."""
    out: list[str] = []
    total = 0
    y = spec.date[0]
    while total < chars:
        if rnd.random() < 0.15:
            sentence = SENTENCES[rnd.randrange(len(SENTENCES))]
        else:
            tail = rnd.choice(TAILS).format(m=rnd.randint(1, 12), y=y, y1=y + 1, p=rnd.randint(60, 99),
                                            k=rnd.randint(20, 900), n=rnd.randint(20, 1500), unit=rnd.choice(UNITS))
            sentence = f"{rnd.choice(UNITS)} {rnd.choice(VERBS)} {rnd.choice(OBJECTS)} {tail}."
            if rnd.random() < 0.3:
                sentence = f"{rnd.randint(1, 9)}. {sentence} Nội dung về {spec.subject} được thực hiện đầy đủ."
        for line in textwrap.wrap(sentence, width):
            out.append(line)
            total += len(line) + 1
    return out


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


SCAN_VARIANTS = 6
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def _page_image(variant: int, signed: bool = False) -> bytes:
    """A scanned-looking A4 page at 150 dpi (JPEG), cached per variant; a signed one has a signature and stamp."""
    key = variant * 2 + signed
    if key not in _IMAGES:
        from PIL import Image, ImageDraw, ImageFilter, ImageFont

        img = Image.new("RGB", (1240, 1754), (246, 244, 238))
        draw = ImageDraw.Draw(img)
        font = ImageFont.truetype(str(FONT), 24)
        bold = ImageFont.truetype(str(FONT), 28)
        draw.text((140, 110), PARENT, fill=(30, 30, 30), font=font)
        draw.text((700, 110), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fill=(30, 30, 30), font=font)
        rnd = random.Random(variant)
        y = 260
        draw.text((460, y), rnd.choice(TYPES)[0], fill=(20, 20, 20), font=bold)
        y += 70
        for _ in range(34):
            line = f"{rnd.choice(UNITS)} {rnd.choice(VERBS)} {rnd.choice(OBJECTS)}"[:80]
            draw.text((110, y), line, fill=(40, 40, 40), font=font)
            y += 40
        if signed:
            draw.ellipse((820, 1480, 1060, 1720), outline=(200, 30, 30), width=8)  # the red stamp
            draw.text((860, 1585), SHORT + " BẮC SƠN", fill=(200, 30, 30), font=font)
            points = [(780 + k * 14, 1560 + int(30 * ((k * 7919) % 11 - 5) / 5)) for k in range(20)]
            draw.line(points, fill=(20, 40, 120), width=5)  # the signature
        img = img.rotate(rnd.uniform(-0.8, 0.8), fillcolor=(246, 244, 238)).filter(ImageFilter.SMOOTH)
        buf = io.BytesIO()
        img.convert("L" if not signed else "RGB").save(buf, format="JPEG", quality=55)
        _IMAGES[key] = buf.getvalue()
    return _IMAGES[key]


def _fixed_zip(data: bytes) -> bytes:
    """An Office file re-zipped with fixed timestamps (the same bytes on every run)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info))
    return out.getvalue()


def _write_pdf(path: Path, spec: Spec) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _font()
    rnd = random.Random(spec.seed)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    width, height = A4
    for page in range(spec.pages):
        c.setFont(font, 9.5)
        y = height - 50
        if page == 0:
            for left, right in _header(spec):
                c.drawCentredString(150, y, left)
                c.drawCentredString(420, y, right)
                y -= 15
            y -= 15
            for line in (spec.doc_type[0], _title(spec)):
                c.drawCentredString(width / 2, y, line)
                y -= 15
            y -= 8
        for line in body_lines(spec, rnd, rnd.randint(2500, 3500) if page else rnd.randint(1800, 2600)):
            c.drawString(45, y, line)
            y -= 12.5
            if y < 40:
                break
        c.drawCentredString(width / 2, 25, str(page + 1))
        c.showPage()
    c.save()


def _write_scan(path: Path, spec: Spec) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    first = spec.seed % SCAN_VARIANTS
    for page in range(spec.pages):
        signed = page == spec.pages - 1
        image = _page_image((first + page) % SCAN_VARIANTS, signed)
        c.drawImage(ImageReader(io.BytesIO(image)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def _picture(seed: int) -> bytes:
    """A small photo-like picture for a document (PNG)."""
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    img = Image.new("RGB", (480, 320), (rnd.randint(150, 230), rnd.randint(150, 230), rnd.randint(150, 230)))
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rnd.randint(0, 440), rnd.randint(0, 280)
        draw.rectangle((x, y, x + rnd.randint(20, 120), y + rnd.randint(20, 90)),
                       fill=(rnd.randint(0, 255), rnd.randint(0, 255), rnd.randint(0, 255)))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _write_docx(path: Path, spec: Spec) -> None:
    from docx import Document
    from docx.shared import Cm

    rnd = random.Random(spec.seed)
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    left, right = zip(*_header(spec), strict=True)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    doc.add_paragraph(spec.doc_type[0])
    doc.add_paragraph(_title(spec))
    per_page = max(1, min(spec.pages, 30))
    paragraph: list[str] = []
    for line in body_lines(spec, rnd, per_page * rnd.randint(2500, 3500)):
        paragraph.append(line)
        if len(paragraph) >= rnd.randint(3, 8):
            doc.add_paragraph(" ".join(paragraph))
            paragraph = []
    if paragraph:
        doc.add_paragraph(" ".join(paragraph))
    if rnd.random() < 0.7:  # a data table
        rows = rnd.randint(8, 60)
        t = doc.add_table(rows=1 + rows, cols=4)
        for col, head in enumerate(("STT", "Họ và tên", "Đơn vị", "Kết quả")):
            t.cell(0, col).text = head
        for row in range(1, rows + 1):
            for col, value in enumerate((str(row), rnd.choice(NAMES), rnd.choice(UNITS),
                                         rnd.choice(["Đạt", "Đạt", "Không đạt", "Xuất sắc"]))):
                t.cell(row, col).text = value
    if rnd.random() < 0.5:  # a picture (activity photo, chart)
        doc.add_picture(io.BytesIO(_picture(spec.seed)), width=Cm(10))
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def _write_xlsx(path: Path, spec: Spec) -> None:
    from openpyxl import Workbook

    rnd = random.Random(spec.seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append([f"DANH SÁCH {spec.subject.upper()} NĂM {spec.date[0]}"])
    ws.append(["STT", "Họ và tên", "Mã số", "Đơn vị", "Nội dung", "Số giờ", "Kết quả"])
    for row in range(spec.rows):
        result = "Đạt" if rnd.random() < 0.85 else "Chưa đạt"
        ws.append([row + 1, rnd.choice(NAMES), f"SV{spec.date[0]}{row:05d}", rnd.choice(UNITS), spec.subject,
                   rnd.randint(8, 120), result])
    if rnd.random() < 0.3:
        summary = wb.create_sheet("Tổng hợp")
        summary.append(["Đơn vị", "Số lượng", "Tỷ lệ đạt (%)"])
        for unit in UNITS:
            summary.append([unit, rnd.randint(10, 400), round(rnd.uniform(60, 99), 1)])
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def _write_text(path: Path, spec: Spec, html: bool) -> None:
    rnd = random.Random(spec.seed)
    lines = [SCHOOL, spec.doc_type[0], _title(spec), *body_lines(spec, rnd, rnd.randint(1500, 6000))]
    if html:
        body = "".join(f"<p>{line}</p>" for line in lines)
        path.write_text(f"<html><head><meta charset='utf-8'><title>{_title(spec)}</title></head>"
                        f"<body>{body}</body></html>", encoding="utf-8")
    else:
        path.write_text("\n".join(lines), encoding="utf-8")


def write(root: str, spec: Spec) -> int:
    """Write one file (unless a previous run already did); returns its size."""
    path = Path(root) / spec.path
    if path.is_file():
        return path.stat().st_size
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
        path.write_bytes(_page_image(spec.seed % SCAN_VARIANTS) + spec.seed.to_bytes(4, "big"))  # distinct photos
    else:
        _write_text(path, spec, html=spec.fmt == "html")
    return path.stat().st_size


def _write_chunk(root: str, specs: list[Spec]) -> int:
    return sum(write(root, s) for s in specs)


def generate(root: Path, files: int = 10_000, seed: int = 1, workers: int | None = None) -> tuple[int, int]:
    """Write the corpus under ``root`` (files already there are kept: a larger corpus extends a smaller
    one of the same seed); returns (files, bytes)."""
    if not FONT.is_file():
        raise SystemExit(f"needs the DejaVu Sans font at {FONT} (Debian: fonts-dejavu-core)")
    specs = plan(files, seed)
    root.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    chunks = [specs[i : i + 20] for i in range(0, len(specs), 20)]
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
