"""The demo's two assessment years (all FICTIONAL): 2025, the first, and 2026 opened from it by the product.

The story: the school and its two TT 14/2024 programmes assessed themselves for 2025 (a little weaker than
2026: a few standards not met that were met a year later). On 01/01/2026 the QA office ran
``accredit year start 2026``: every 2025 narrative was carried into the 2026 workbooks marked
"[Kế thừa 2025 — cần cập nhật]" and no status was carried. Since then the council has

* rated again and rewritten most standards (their 2026 status and text replace the carried ones);
* confirmed a few unchanged ones with ``accredit year confirm`` (2025's status copied, the text still marked);
* left a few standards carried and not confirmed (:data:`STILL_CARRIED`): they are *chưa đánh giá* for 2026
  with the reason "kế thừa — cần cập nhật", as the product shows them.

The still-carried standards are those the 2026 story leaves unrated anyway (TT 35 5.3, Điện công nghiệp 6.4),
so the 2026 results stay as they were. Everything here goes through the library's own writers and the
``year start`` / ``year confirm`` operations; the council's typing is cell by cell, as a person would.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

Entry = tuple[str | None, dict[int, str], tuple[str, str, str, str] | None]
"""A requirement as typed: status, {year: status}, (mô tả, điểm mạnh, tồn tại, kế hoạch cải tiến)."""

D, K = "Đạt", "Không đạt"
FIRST, SECOND = 2025, 2026
HEADS = ("Mô tả hiện trạng", "Điểm mạnh", "Tồn tại", "Kế hoạch cải tiến")

# ---- 2025: what differs from the year after (worse, or rated where 2026 is still open) --------------
FIRST_TT35: dict[str, Entry] = {
    "3.2": (K, {}, ("Năm 2024 chưa có hoạt động hợp tác quốc tế; đang đàm phán với Học viện Kỹ thuật Sakura.", "",
                    "Chưa có đối tác nước ngoài trong năm 2024.", "Ký biên bản ghi nhớ trong năm 2025.")),
    "3.5": (K, {}, ("Năm 2025 không có đề tài chuyển giao cho doanh nghiệp.", "", "Gián đoạn năm 2025.",
                    "Đặt hàng đề tài với doanh nghiệp trong năm 2026.")),
    "4.3": (K, {}, ("Mới số hóa quản lý đào tạo; nhân sự, tài chính chưa kết nối dữ liệu.", "",
                    "Dữ liệu còn rời rạc giữa các phòng.", "Triển khai phần mềm kết nối dữ liệu năm 2026.")),
    "4.4": (K, {}, ("LMS đáp ứng 22% môn học, mô đun.", "", "Chưa đủ 30% môn học, mô đun trực tuyến.",
                    "Số hóa thêm 40 mô đun trong năm 2026.")),
    "5.3": (D, {2023: D, 2024: D, 2025: D},
            ("Khảo sát người tốt nghiệp 2023–2025: đáp ứng yêu cầu về năng lượng, tài nguyên, môi trường.",
             "", "", "")),
}
FIRST_TT38: dict[str, Entry] = {
    "4.4": (K, {}, ("Chưa có kế hoạch bảo trì thiết bị năm 2025 được phê duyệt.", "", "Bảo trì chưa theo kế hoạch.",
                    "Phê duyệt kế hoạch bảo trì năm 2026.")),
    "6.2": (K, {}, ("Cơ sở dữ liệu số mới bao quát người học; nhà giáo, chương trình còn quản lý trên bảng tính.",
                    "", "Dữ liệu chưa đồng bộ.", "Xây dựng cơ sở dữ liệu số thống nhất năm 2026.")),
}
FIRST_DIEN: dict[str, Entry] = {
    "5.5": (K, {}, ("Học liệu điện tử của chương trình mới có một phần.", "", "", "")),
    "6.4": (D, {}, ("Tư vấn học tập, ngoại khóa tổ chức theo kế hoạch năm 2025.", "", "", "")),
}
FIRST_OTO: dict[str, Entry] = {
    "3.5": (K, {}, ("Quy trình đánh giá theo chuẩn đầu ra chưa ban hành.", "", "", "")),
    "5.5": (K, {}, ("Thư viện thiếu tài liệu chuyên ngành ô tô điện.", "", "", "")),
}

# ---- 2026: what the council did with the carried rows --------------------------------------------
STILL_CARRIED = {"tt35": {"5.3"}, "dien": {"6.4"}, "tt38": set(), "oto": set()}
CONFIRMED_ONLY = {"tt35": {"4.1"}, "tt38": {"1.4", "4.3"}, "dien": set(), "oto": set()}
"""Confirmed with ``accredit year confirm`` (2025's status), the carried text not yet rewritten."""


def first_year(second: dict[str, Entry], changed: dict[str, Entry]) -> dict[str, Entry]:
    """The 2025 ratings from the 2026 story: each year column a year earlier (2023 as 2024), the status from
    the years when there are some, a plain 2025 text; ``changed`` entries win."""
    out: dict[str, Entry] = {}
    for code, (status, years, _text) in second.items():
        if code in changed:
            out[code] = changed[code]
            continue
        if status is None:
            continue
        before = {y: v for y, v in years.items() if y <= FIRST}
        if before and FIRST - 2 not in before and FIRST - 1 in before:
            before[FIRST - 2] = before[FIRST - 1]
        overall = (K if K in before.values() else D) if before else status
        text = ("Năm 2025: đáp ứng yêu cầu; minh chứng trong hồ sơ tự đánh giá năm 2025." if overall == D
                else "Năm 2025: chưa đáp ứng yêu cầu.")
        out[code] = (overall, dict(sorted(before.items())), (text, "", "", ""))
    return out


def type_ratings(path: Path, ratings: dict[str, Entry], skip: set[str] = frozenset()) -> None:  # type: ignore[assignment]
    """Type ``ratings`` into a ratings workbook as a person does: status, year columns, and every narrative
    cell (a carried, marked text is replaced by the person's own, or cleared); codes in ``skip`` untouched."""
    wb = openpyxl.load_workbook(path)
    for sheet in wb.worksheets[1:]:
        heads = {c.value: int(c.column) for c in sheet[2] if c.value}
        for r in range(3, sheet.max_row + 1):
            code = sheet.cell(r, 1).value
            if code not in ratings or code in skip:
                continue
            status, years, narrative = ratings[code]
            if status:
                sheet.cell(r, heads["Trạng thái"], status)
            for year, value in years.items():
                sheet.cell(r, heads[f"Năm {year}"], value)
            for header, text in zip(HEADS, narrative or ("", "", "", ""), strict=True):
                sheet.cell(r, heads[header]).value = text or None  # cell(r, c, None) would keep the old text
    wb.save(path)


