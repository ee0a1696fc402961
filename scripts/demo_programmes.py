"""The demo school's training programmes (all FICTIONAL): two cao đẳng programmes assessed against TT 14/2024
(chương trình đào tạo trung cấp, cao đẳng), one trung cấp programme listed for the TT 38 data only.

The story: Điện công nghiệp was accredited in 2022 (under TT 15/2017; the certificate runs out on 15/03/2027)
and is preparing its re-accreditation under TT 14/2024: 34 of 40 standards met, 85 points, but criterion 7 is
under 75 % — one standard away from passing. Công nghệ ô tô starts from further back (weak online-teaching
conditions, the same gap TT 38 CS06 shows). A few files in "Chương trình/Chung" serve both programmes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from demo_documents import SCHOOL_SHORT, Doc

from accredit.indicators.schema import SHEET_INSTITUTION
from accredit.programmes.layout import SHARED_FOLDER, evidence_folder
from accredit.programmes.model import Certificate, Programme
from accredit.programmes.workspace import programme_workspace
from accredit.scoring.workspace import data_templates
from accredit.workspace import Workspace

CTDT = "tt14-2024/ctdt-trung-cap-cao-dang"
DIEN = Programme(code="6520227", name="Điện công nghiệp (cao đẳng)", level="cao_dang",
                 faculty="Khoa Điện - Điện tử", criteria=CTDT)
OTO = Programme(code="6510216", name="Công nghệ ô tô (cao đẳng)", level="cao_dang",
                faculty="Khoa Cơ khí động lực", criteria=CTDT)
KETOAN = Programme(code="5340302", name="Kế toán doanh nghiệp (trung cấp)", level="trung_cap", faculty="Khoa Kinh tế")
PROGRAMMES = [DIEN, OTO, KETOAN]
CERTIFICATES = [Certificate(framework="tt15-2017/ctdt-trung-cap-cao-dang", programme=DIEN.code,
                            issued=dt.date(2022, 3, 15), number="45/QĐ-KĐCL (hư cấu)")]
SHARED = SHARED_FOLDER  # scoped to CTDT by accredit.programmes.layout (both programmes use it)


def _n(seq: int, kind: str) -> str:
    return f"{seq}/{kind}-{SCHOOL_SHORT}"


def _docs(p: Programme, short: str, faculty: str) -> list[Doc]:
    f = evidence_folder(p)
    return [
        Doc(f, f"MC.1.1.01, MC.1.2.01, MC.1.3.01 Mục tiêu và chuẩn đầu ra chương trình {short}", "docx",
            "Quyết định", _n(110, "QĐ"), (2025, 6, 10),
            f"Ban hành mục tiêu, chuẩn đầu ra chương trình đào tạo {short} trình độ cao đẳng",
            [f"Mục tiêu của chương trình đào tạo {short} phù hợp với sứ mạng của trường và nhu cầu thị trường "
             "lao động.",
             "Chuẩn đầu ra đáp ứng Khung trình độ quốc gia Việt Nam bậc 5, có năng lực số cơ bản."]),
        Doc(f, f"MC.2.1.01, MC.2.2.01, MC.2.3.01 Chương trình đào tạo {short} ban hành năm 2025", "pdf", "Quyết định",
            _n(111, "QĐ"), (2025, 7, 1), f"Ban hành chương trình đào tạo {short} trình độ cao đẳng",
            ["Chương trình có đủ thông tin, cấu trúc, được xây dựng với sự tham gia của doanh nghiệp."]),
        Doc(f, f"MC.2.4.01, MC.2.5.01, MC.2.6.01, MC.2.7.01 Biên bản rà soát chương trình và giáo trình {short}",
            "docx", "Biên bản", None, (2026, 6, 20), f"Rà soát, cập nhật chương trình và giáo trình {short} năm 2026",
            ["Hội đồng rà soát chương trình, giáo trình các mô đun; đề xuất cập nhật theo công nghệ mới."]),
        Doc(f, f"MC.3.1.01, MC.3.2.01, MC.3.3.01 Kế hoạch đào tạo và tuyển sinh {short}", "pdf", "Kế hoạch",
            _n(60, "KH"), (2026, 2, 10), f"Kế hoạch tuyển sinh và đào tạo ngành, nghề {short} năm 2026",
            ["Chỉ tiêu, kết quả tuyển sinh các năm 2024–2026; phương pháp dạy học tích cực theo mô đun."]),
        Doc(f, f"MC.3.4.01, MC.3.5.01, MC.3.6.01 Hợp đồng thực tập và quy trình đánh giá {short}", "pdf", "Hợp đồng",
            None, (2026, 3, 5), f"Hợp đồng phối hợp đào tạo, thực tập tại doanh nghiệp nghề {short}",
            ["Doanh nghiệp hướng dẫn người học thực tập; quy trình kiểm tra, đánh giá theo chuẩn đầu ra."]),
        Doc(f, f"MC.4.1.01, MC.4.2.01, MC.4.3.01, MC.4.4.01 Danh sách và kế hoạch phát triển nhà giáo {faculty}",
            "xlsx", "Báo cáo", None, (2026, 9, 1), f"Danh sách nhà giáo giảng dạy chương trình {short}",
            ["Nhà giáo đạt chuẩn chuyên môn, nghiệp vụ; phân công theo năng lực; kế hoạch bồi dưỡng."],
            [["Họ tên", "Trình độ", "Mô đun phụ trách"], ["Nguyễn Văn A (hư cấu)", "Thạc sĩ", "MĐ 01–05"],
             ["Trần Thị B (hư cấu)", "Kỹ sư, kỹ năng nghề bậc 3", "MĐ 06–12"]]),
        Doc(f, f"MC.5.1.01, MC.5.2.01 Danh mục xưởng và thiết bị {short}", "xlsx", "Báo cáo", None, (2026, 8, 15),
            f"Danh mục phòng học chuyên môn, xưởng và thiết bị đào tạo {short}",
            ["Xưởng thực hành và thiết bị đáp ứng danh mục thiết bị tối thiểu."],
            [["Hạng mục", "Số lượng"], ["Xưởng thực hành", "4"], ["Bộ thiết bị thực hành", "36"]]),
        Doc(f, f"MC.6.1.01, MC.6.2.01, MC.6.3.01 Sổ tay người học {short}", "pdf", "Sổ tay", None, (2026, 8, 20),
            f"Sổ tay người học ngành, nghề {short} năm học 2026–2027",
            ["Thông tin chương trình, quy chế thi, chế độ chính sách, tư vấn học tập và hoạt động ngoại khóa."]),
        Doc(f, f"MC.7.1.01, MC.7.2.01, MC.7.5.01 Báo cáo giám sát chất lượng chương trình {short}", "docx", "Báo cáo",
            _n(190, "BC"), (2026, 10, 5), f"Báo cáo giám sát, đánh giá chất lượng chương trình {short} năm 2026",
            ["Tỷ lệ tốt nghiệp, bỏ học, thời gian tốt nghiệp trung bình được theo dõi và đối sánh."]),
        Doc(f, f"MC.7.7.01 Báo cáo việc làm sau tốt nghiệp {short}", "pdf", "Báo cáo", _n(191, "BC"), (2026, 10, 8),
            f"Báo cáo tình hình việc làm của người tốt nghiệp ngành, nghề {short}",
            ["Khảo sát người tốt nghiệp trong vòng 12 tháng; tỷ lệ có việc làm được đối sánh các năm."]),
    ]


PROGRAMME_DOCS: list[Doc] = [
    *_docs(DIEN, "Điện công nghiệp", "khoa Điện - Điện tử"),
    *[d for d in _docs(OTO, "Công nghệ ô tô", "khoa Cơ khí động lực") if "MC.6.1.01" not in d.name],
    Doc(SHARED, "MC.5.3.01, MC.5.4.01 Quy định quản lý thiết bị và vật tư đào tạo", "pdf", "Quy định", _n(72, "QĐ"),
        (2025, 9, 1), "Quy định quản lý, bảo trì thiết bị và cấp phát nguyên, nhiên, vật liệu đào tạo",
        ["Áp dụng cho mọi khoa, mọi chương trình đào tạo của trường."]),
    Doc(SHARED, "MC.5.5.01, MC.5.6.01 Quy định thư viện, học liệu và đào tạo trực tuyến", "docx", "Quy định",
        _n(73, "QĐ"), (2025, 9, 1), "Quy định về thư viện, học liệu điện tử và điều kiện đào tạo trực tuyến",
        ["Thư viện điện tử, học liệu số và hệ thống học trực tuyến dùng chung cho các chương trình."]),
    Doc(SHARED, "MC.4.5.01, MC.4.6.01, MC.7.3.01, MC.7.4.01 Kế hoạch tự đánh giá chương trình đào tạo năm 2026",
        "docx", "Kế hoạch", _n(7, "KH"), (2026, 1, 10), "Kế hoạch tự đánh giá chất lượng chương trình đào tạo năm 2026",
        ["Tự đánh giá chương trình Điện công nghiệp và Công nghệ ô tô theo Thông tư 14/2024/TT-BLĐTBXH; khảo sát "
         "doanh nghiệp và các bên liên quan."]),
]

D, K = "Đạt", "Không đạt"
Y3 = {2024: D, 2025: D, 2026: D}
ALL = [f"{c}.{i}" for c, n in ((1, 3), (2, 7), (3, 7), (4, 6), (5, 6), (6, 4), (7, 7)) for i in range(1, n + 1)]
NOT_MET_DIEN = {"1.3": "Chuẩn đầu ra chưa tích hợp đủ năng lực số.",
                "3.7": "Chưa phân tích kết quả đánh giá theo khóa.",
                "5.6": "Điều kiện đào tạo trực tuyến mới đạt một phần.",
                "7.3": "Khảo sát doanh nghiệp năm 2025 chưa làm.",
                "7.6": "Chưa theo dõi mức độ đạt chuẩn đầu ra."}
NOT_MET_OTO = {**NOT_MET_DIEN, "2.2": "Nội dung chưa cập nhật công nghệ xe điện.",
               "4.3": "Thiếu nhà giáo mô đun điện ô tô.",
               "5.2": "Thiếu thiết bị chẩn đoán.", "6.4": "Chưa đánh giá hiệu quả tư vấn.",
               "3.4": "Mới có một doanh nghiệp nhận thực tập."}


def _ratings(not_met: dict[str, str], unrated: set[str]) -> dict[str, tuple[str | None, dict[int, str], str | None]]:
    out: dict[str, tuple[str | None, dict[int, str], str | None]] = {}
    for code in ALL:
        if code in unrated:
            out[code] = (None, {}, None)
        elif code in not_met:
            out[code] = (K, {2024: D, 2025: K, 2026: K}, not_met[code])
        else:
            out[code] = (D, Y3, "Đáp ứng trong ba năm 2024–2026; minh chứng trong thư mục chương trình.")
    return out


RATINGS = {DIEN.code: _ratings(NOT_MET_DIEN, {"6.4"}), OTO.code: _ratings(NOT_MET_OTO, set())}
DATA = {  # enrolled, target, employed within 12 months, graduates — per year
    DIEN.code: {2023: (116, 130, 88, 104), 2024: (120, 130, 92, 110), 2025: (125, 130, 96, 114),
                2026: (128, 140, 99, 118)},
    OTO.code: {2023: (93, 120, 69, 94), 2024: (90, 120, 70, 92), 2025: (84, 120, 71, 90), 2026: (95, 120, 70, 89)},
}


def _col(sheet: openpyxl.worksheet.worksheet.Worksheet, header: str) -> int:
    for cell in sheet[2]:
        if cell.value == header or (isinstance(cell.value, str) and cell.value.endswith(f"[{header}]")):
            return int(cell.column)
    raise KeyError(f"{sheet.title}: no column {header!r}")


def _row(sheet: openpyxl.worksheet.worksheet.Worksheet, name: str) -> int:
    for r in range(3, sheet.max_row + 1):
        if sheet.cell(r, 1).value == name:
            return r
    raise KeyError(f"{sheet.title}: no row for input {name!r}")


def programme_ratings() -> dict[str, dict[str, tuple[str | None, dict[int, str], tuple[str, str, str, str] | None]]]:
    """Each assessed programme's 2026 ratings, as typed: status, {year: status}, the four narrative parts."""
    return {code: {c: (s, y, (text, "", "", "") if text else None) for c, (s, y, text) in rows.items()}
            for code, rows in RATINGS.items()}


def fill_programmes(ws: Workspace) -> None:
    """Each assessed programme's data workbook, written by the library and filled in."""
    for p in (DIEN, OTO):
        pws = programme_workspace(ws, p)
        pws.data_dir.mkdir(parents=True, exist_ok=True)
        for update in data_templates(pws):
            path = Path(update.path)
            wb = openpyxl.load_workbook(path)
            sheet = wb[SHEET_INSTITUTION]
            for year, values in DATA[p.code].items():
                for name, value in zip(("enrolled", "enrolment_target", "graduates_employed_12m", "graduates"),
                                       values, strict=True):
                    sheet.cell(_row(sheet, name), _col(sheet, f"Năm {year}"), value)
            wb.save(path)
