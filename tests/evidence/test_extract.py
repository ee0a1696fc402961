"""Format readers on real generated files, bad files included."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from accredit.evidence.extract import ExtractOptions, extract_file, kind_of, ocr
from accredit.evidence.extract import legacy as legacy_reader
from accredit.model.evidence import ExtractStatus, FileKind
from tests.evidence.conftest import (
    make_admin_pdf,
    make_docx,
    make_encrypted_pdf,
    make_image_pdf,
    make_pdf,
    make_xlsx,
    make_zero_page_pdf,
    tesseract_vie,
    text_image,
)

NO_OCR = ExtractOptions(ocr=False)


def test_pdf_text_and_pages(tmp_path: Path) -> None:
    p = make_pdf(tmp_path / "a.pdf", [["Trang một: kế hoạch bồi dưỡng"], ["Trang hai: nhà giáo"], ["Trang ba"]])
    e = extract_file(p, NO_OCR)
    assert e.status == ExtractStatus.OK and e.problem is None
    assert e.pages == 3
    assert "kế hoạch bồi dưỡng" in e.text and "nhà giáo" in e.text


def test_pdf_character_limit(tmp_path: Path) -> None:
    p = make_pdf(tmp_path / "long.pdf", [[f"Dòng số {i} của văn bản dài" for i in range(30)] for _ in range(5)])
    e = extract_file(p, ExtractOptions(ocr=False, max_chars=200))
    assert e.status == ExtractStatus.OK and len(e.text) == 200 and e.pages is not None and e.pages >= 5


def test_image_only_pdf_needs_ocr_without_ocr(tmp_path: Path) -> None:
    p = make_image_pdf(tmp_path / "scan.pdf", ["QUYẾT ĐỊNH", "Về việc thành lập Hội đồng"])
    e = extract_file(p, NO_OCR)
    assert (e.status, e.problem, e.pages, e.text) == (ExtractStatus.NEEDS_OCR, "needs_ocr", 1, "")


@pytest.mark.skipif(not tesseract_vie(), reason="tesseract with the Vietnamese model is not installed")
def test_image_only_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    ocr.available.cache_clear()
    p = make_image_pdf(tmp_path / "scan.pdf", ["QUYẾT ĐỊNH", "Về việc thành lập Hội đồng tự đánh giá"])
    e = extract_file(p, ExtractOptions(ocr=True))
    assert e.status == ExtractStatus.OK and e.ocr
    assert "QUYẾT ĐỊNH" in e.text and "Hội đồng" in e.text


@pytest.mark.skipif(not tesseract_vie(), reason="tesseract with the Vietnamese model is not installed")
def test_image_is_read_by_ocr(tmp_path: Path) -> None:
    p = tmp_path / "anh.png"
    text_image(["BIÊN BẢN HỌP", "Hội đồng tự đánh giá"]).save(p)
    e = extract_file(p, ExtractOptions(ocr=True))
    assert e.status == ExtractStatus.OK and e.ocr and "BIÊN BẢN" in e.text


def test_image_without_ocr_needs_ocr(tmp_path: Path) -> None:
    p = tmp_path / "anh.jpg"
    text_image(["BIÊN BẢN"]).convert("RGB").save(p)
    e = extract_file(p, NO_OCR)
    assert (e.status, e.problem, e.pages) == (ExtractStatus.NEEDS_OCR, "needs_ocr", 1)


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    p = make_docx(
        tmp_path / "kh.docx",
        header=(["TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN", "Số: 45/KH-CĐN"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
        paragraphs=["KẾ HOẠCH", "Bồi dưỡng nhà giáo năm 2024"],
        table=[["STT", "Họ và tên", "Nội dung bồi dưỡng"], ["1", "Nguyễn Văn An", "Công nghệ mới 80 giờ"]],
    )
    e = extract_file(p, NO_OCR)
    assert e.status == ExtractStatus.OK
    lines = e.text.splitlines()
    assert lines.index("Số: 45/KH-CĐN") < lines.index("KẾ HOẠCH") < lines.index("Nguyễn Văn An")
    assert "Công nghệ mới 80 giờ" in lines


def test_xlsx_all_sheets_read_only(tmp_path: Path) -> None:
    p = make_xlsx(tmp_path / "ds.xlsx", {"Nhà giáo": [["Họ tên", "Chứng chỉ"], ["Trần Thị Bình", "Tin học"]],
                                         "Tổng hợp": [["Tỷ lệ", 0.75]]})
    e = extract_file(p, NO_OCR)
    assert e.status == ExtractStatus.OK
    assert "# Nhà giáo" in e.text and "Trần Thị Bình\tTin học" in e.text and "Tỷ lệ\t0.75" in e.text


def test_html_and_text(tmp_path: Path) -> None:
    h = tmp_path / "trang.html"
    h.write_text("<html><head><meta charset='utf-8'><style>p{}</style><script>var x=1</script></head>"
                 "<body><h1>Thông báo tuyển sinh</h1><p>Năm&nbsp;2024</p><table><tr><td>A</td><td>B</td></tr></table>"
                 "</body></html>", encoding="utf-8")
    e = extract_file(h, NO_OCR)
    assert "Thông báo tuyển sinh" in e.text and "Năm 2024" in e.text and "var x" not in e.text
    t = tmp_path / "ghi-chu.txt"
    t.write_bytes("Biên ba\u0309n ho\u0323p".encode("cp1258"))  # Windows-1258: base letter + tone mark
    assert extract_file(t, NO_OCR).text == "Biên bản họp"
    u = tmp_path / "utf16.txt"
    u.write_bytes("Quyết định".encode("utf-16"))
    assert extract_file(u, NO_OCR).text == "Quyết định"
    md = tmp_path / "README.md"
    md.write_text("# Kế hoạch\n\nNội dung", encoding="utf-8-sig")
    assert extract_file(md, NO_OCR).text.startswith("# Kế hoạch")


@pytest.mark.parametrize(
    ("name", "build", "status", "problem"),
    [
        ("empty.pdf", lambda p: p.write_bytes(b""), ExtractStatus.ERROR, "empty"),
        ("corrupt.pdf", lambda p: p.write_bytes(b"%PDF-1.4\nnot really a pdf"), ExtractStatus.ERROR, "pdf_corrupt"),
        ("zero.pdf", make_zero_page_pdf, ExtractStatus.ERROR, "pdf_no_pages"),
        ("broken.docx", lambda p: p.write_bytes(b"PK\x03\x04 broken zip"), ExtractStatus.ERROR, "office_corrupt"),
        ("ole.docx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
         ExtractStatus.ERROR, "office_encrypted"),
        ("broken.xlsx", lambda p: p.write_bytes(b"garbage"), ExtractStatus.ERROR, "office_corrupt"),
        ("broken.png", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n garbage"), ExtractStatus.ERROR, "image_corrupt"),
        ("video.mp4", lambda p: p.write_bytes(b"\0\0\0\x18ftypmp42"), ExtractStatus.UNSUPPORTED, "unsupported_format"),
    ],
)
def test_bad_files_are_reported_not_raised(tmp_path: Path, name: str, build, status, problem) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / name
    build(p)
    e = extract_file(p, NO_OCR)
    assert (e.status, e.problem) == (status, problem)


def test_encrypted_pdf(tmp_path: Path) -> None:
    plain = make_admin_pdf(tmp_path / "a.pdf")
    e = extract_file(make_encrypted_pdf(tmp_path / "locked.pdf", plain), NO_OCR)
    assert (e.status, e.problem) == (ExtractStatus.ERROR, "pdf_encrypted")


def test_docx_without_document_part(tmp_path: Path) -> None:
    p = tmp_path / "hollow.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    assert extract_file(p, NO_OCR).problem == "office_corrupt"


def test_too_large_is_skipped(tmp_path: Path) -> None:
    p = make_pdf(tmp_path / "big.pdf", ["nội dung"])
    e = extract_file(p, ExtractOptions(ocr=False, max_bytes=100))
    assert (e.status, e.problem) == (ExtractStatus.SKIPPED, "too_large")


def test_legacy_without_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "cu.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    monkeypatch.setattr(legacy_reader, "soffice", lambda configured=None: None)
    e = extract_file(p, NO_OCR)
    assert (e.status, e.problem, e.detail) == (ExtractStatus.UNSUPPORTED, "needs_libreoffice", ".doc")


@pytest.mark.skipif(legacy_reader.soffice() is None, reason="LibreOffice is not installed")
def test_legacy_doc_converted_with_libreoffice(tmp_path: Path) -> None:
    import subprocess

    src = make_docx(tmp_path / "src.docx", paragraphs=["Biên bản họp hội đồng"])
    subprocess.run([legacy_reader.soffice(), "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=180)
    before = sorted(p.name for p in tmp_path.iterdir())
    e = extract_file(tmp_path / "src.doc", NO_OCR)
    assert e.status == ExtractStatus.OK and "Biên bản họp hội đồng" in e.text
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no lock or temp files left next to it


def test_kinds() -> None:
    assert kind_of("a/B.PDF") == FileKind.PDF
    assert kind_of("x.docx") == FileKind.DOCX
    assert kind_of("x.xls") == FileKind.XLS
    assert kind_of("x.tiff") == FileKind.IMAGE
    assert kind_of("x.zip") == FileKind.OTHER


def test_docx_merged_cells_once(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    t = doc.add_table(rows=2, cols=3)
    merged = t.cell(0, 0).merge(t.cell(0, 2))
    merged.text = "DANH SÁCH NHÀ GIÁO"
    for c, v in enumerate(["1", "Lê Văn Cường", "Thạc sĩ"]):
        t.cell(1, c).text = v
    doc.save(str(tmp_path / "m.docx"))
    lines = extract_file(tmp_path / "m.docx", NO_OCR).text.splitlines()
    assert lines.count("DANH SÁCH NHÀ GIÁO") == 1
    assert {"1", "Lê Văn Cường", "Thạc sĩ"} <= set(lines)
