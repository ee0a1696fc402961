"""Administrative headers: type, number, place and date, issuer, trích yếu — in their many shapes."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from accredit.evidence.metadata import read_header

STACKED = """UBND TỈNH LẠNG SƠN
TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN
Số: 125/QĐ-CĐN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 15 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Hội đồng tự đánh giá chất lượng
cơ sở giáo dục nghề nghiệp năm 2024

HIỆU TRƯỞNG TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN
Căn cứ Luật Giáo dục nghề nghiệp số 74/2014/QH13 ngày 27 tháng 11 năm 2014;
"""

SIDE_BY_SIDE_NO_ACCENTS = """UBND TINH LANG SON        CONG HOA XA HOI CHU NGHIA VIET NAM
TRUONG CAO DANG NGHE LANG SON       Doc lap - Tu do - Hanh phuc
So: 45/KH-CDN           Lang Son, ngay 2 thang 1
nam 2024
KE HOACH
Boi duong nha giao nam 2024
I. MUC DICH, YEU CAU
"""

FLATTENED = """UBND TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN Độc lập - Tự do - Hạnh phúc
Số: 125/QĐ-CĐN Lạng Sơn, ngày 15 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc thành lập Hội đồng tự đánh giá chất lượng
Căn cứ Luật Giáo dục nghề nghiệp;
"""

CONG_VAN = """TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 12/CĐN-ĐT Độc lập - Tự do - Hạnh phúc
V/v triển khai tự đánh giá chất lượng
Lạng Sơn, ngày 02 tháng 4 năm 2024
Kính gửi: Các khoa, phòng
"""

BLANK_DAY = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
TRƯỜNG TRUNG CẤP NGHỀ X
Số:    /BC-TCN
Hà Nội, ngày    tháng 12 năm 2023
BÁO CÁO
Kết quả tự đánh giá chất lượng năm 2023
"""


def test_stacked_header() -> None:
    m = read_header(STACKED)
    assert m.doc_type == "Quyết định"
    assert m.number == "125/QĐ-CĐN"
    assert m.issued == date(2024, 3, 15)
    assert m.place == "Lạng Sơn"
    assert m.issuer == "TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN"
    assert m.superior == "UBND TỈNH LẠNG SƠN"
    assert m.title == ("Về việc thành lập Hội đồng tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp năm 2024")


def test_nfd_gives_the_same_result_in_nfc() -> None:
    assert read_header(unicodedata.normalize("NFD", STACKED)) == read_header(STACKED)


def test_side_by_side_without_diacritics_and_date_broken_over_lines() -> None:
    m = read_header(SIDE_BY_SIDE_NO_ACCENTS)
    assert (m.doc_type, m.number, m.issued, m.place) == ("Kế hoạch", "45/KH-CDN", date(2024, 1, 2), "Lang Son")
    assert m.issuer == "TRUONG CAO DANG NGHE LANG SON"
    assert m.superior == "UBND TINH LANG SON"
    assert m.title == "Boi duong nha giao nam 2024"


def test_columns_flattened_onto_one_line() -> None:
    m = read_header(FLATTENED)
    assert (m.number, m.place, m.issued) == ("125/QĐ-CĐN", "Lạng Sơn", date(2024, 3, 15))
    assert m.issuer == "TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN"
    assert m.title == "Về việc thành lập Hội đồng tự đánh giá chất lượng"


def test_cong_van_is_recognised_by_vv_line() -> None:
    m = read_header(CONG_VAN)
    assert m.doc_type == "Công văn"
    assert m.number == "12/CĐN-ĐT"
    assert m.title == "V/v triển khai tự đánh giá chất lượng"
    assert m.issued == date(2024, 4, 2)


def test_blank_day_keeps_the_year() -> None:
    m = read_header(BLANK_DAY)
    assert m.issued is None and m.year == 2023
    assert m.doc_type == "Báo cáo"
    assert m.place == "Hà Nội"
    assert m.title == "Kết quả tự đánh giá chất lượng năm 2023"
    assert m.superior == "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"


def test_type_from_number_when_no_title_line() -> None:
    m = read_header("TRƯỜNG CAO ĐẲNG NGHỀ A\nSố: 7/TB-CĐN\nHà Nội, ngày 1 tháng 2 năm 2024\nNội dung thông báo")
    assert m.doc_type == "Thông báo"


@pytest.mark.parametrize(
    "text", ["", "Bảng lương tháng 3\nNguyễn Văn A\t5.000.000", "Căn cứ Nghị định số 15/2019/NĐ-CP"]
)
def test_body_text_gives_no_false_header(text: str) -> None:
    m = read_header(text)
    assert m.number is None and m.doc_type is None and m.issued is None


def test_invalid_date_is_ignored() -> None:
    m = read_header("TRƯỜNG A\nSố: 1/QĐ-A\nHà Nội, ngày 31 tháng 2 năm 2024\nQUYẾT ĐỊNH\nVề việc x")
    assert m.issued is None and m.year == 2024


# --- titles that go into the danh mục (issue 10) ------------------------------------------------------


def test_upper_case_title_after_the_type_reads_in_sentence_case() -> None:
    from accredit.evidence.records import default_title

    text = "TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN\nSố: 15/HĐ-CĐN\nHỢP ĐỒNG THỈNH GIẢNG\nNăm học 2025-2026\n\nBên A: ..."
    meta = read_header(text)
    assert (meta.doc_type, meta.title) == ("Hợp đồng", "Thỉnh giảng năm học 2025-2026")
    assert default_title(meta, "x.docx", []) == "Hợp đồng thỉnh giảng năm học 2025-2026"
    broken = "TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN\nHỢP ĐỒNG\nTHỈNH GIẢNG\n\nBên A: ..."  # type and subject on two lines
    assert default_title(read_header(broken), "x.docx", []) == "Hợp đồng thỉnh giảng"
    folded = read_header(unicodedata.normalize("NFD", text))
    assert folded.title == meta.title
    no_accents = read_header("TRUONG CAO DANG NGHE LANG SON\nHOP DONG THINH GIANG\n\nBen A")
    assert (no_accents.doc_type, no_accents.title) == ("Hợp đồng", "Thinh giang")


def test_xlsx_title_stops_at_the_table_and_the_sheet_name_is_no_issuer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from accredit.evidence.extract import extract_file
    from tests.evidence.conftest import make_xlsx

    path = make_xlsx(tmp_path / "bctc.xlsx", {"BCTC": [
        ["TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN"],
        ["BÁO CÁO TÀI CHÍNH NĂM 2025"],
        ["STT", "Nội dung", "Số tiền (đồng)"],
        [1, "Thu học phí", 1200000000],
    ]})
    meta = read_header(extract_file(path).text)
    assert meta.doc_type == "Báo cáo"
    assert meta.title == "Tài chính năm 2025"
    assert meta.issuer == "TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN"
    bare = make_xlsx(tmp_path / "bare.xlsx", {"BCTC": [["BÁO CÁO TÀI CHÍNH"], ["STT", "Khoản", "Số tiền"]]})
    meta = read_header(extract_file(bare).text)
    assert meta.issuer is None and meta.title == "Tài chính"


def test_header_reading_folds_each_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear, not quadratic: the reader folds every header line once, however long the document."""
    import accredit.evidence.metadata as md

    calls = []
    real = md.fold

    def counting(text: str) -> str:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(md, "fold", counting)
    long_text = STACKED + "\n".join(f"Dòng nội dung số {i} của văn bản dài." for i in range(5000))
    assert read_header(long_text).title is not None
    assert len(calls) <= md.HEAD_LINES * 2 + 5  # one call per header line read, plus a few for the title
    assert sum(calls) <= md.HEAD_CHARS * 2


def test_header_reading_stops_after_the_segments_it_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    import accredit.evidence.metadata as md

    text = "\n".join([
        "UBND TỈNH LẠNG SƠN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TRƯỜNG CAO ĐẲNG NGHỀ LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc",
        *[f"Dòng {i}\tô thứ hai\tô thứ ba" for i in range(8)],
        "Số: 12/QĐ-CĐN\tLạng Sơn, ngày 05 tháng 3 năm 2024",
        "QUYẾT ĐỊNH",
        "Về việc thành lập hội đồng tự đánh giá",
        *[f"Điều {i}. Nội dung thứ {i}." for i in range(80)],
    ])
    limited = md._segments(text, md.SEGMENTS_READ)
    assert md.SEGMENTS_READ <= len(limited) < len(md._segments(text))
    meta = md.read_header(text)
    title = "Về việc thành lập hội đồng tự đánh giá"
    assert (meta.number, meta.doc_type, meta.title) == ("12/QĐ-CĐN", "Quyết định", title)
    whole = md._segments
    monkeypatch.setattr(md, "_segments", lambda t, limit=None: whole(t))
    assert md.read_header(text) == meta
