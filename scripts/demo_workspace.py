"""The demo school's configuration, institutional data and (partly filled) ratings.

The story (all FICTIONAL): Trường Cao đẳng Kỹ thuật Công nghệ Mẫu meets every TT 38/2026
condition but misses two indices (CS06 online-ready modules in one programme, CS10 employer
satisfaction); under TT 35/2021 it is short in two criteria (teachers' foreign language and
skills certificates; international cooperation and joint research not kept up every year), some
evidence is only suggested (not yet confirmed) and one standard is not rated yet; and it is not
yet accredited, so the TT 35 gate is closed.

The workbooks are created with the library's own template writers, then filled cell by cell the
way a QA officer would type them.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import openpyxl
from demo_programmes import CERTIFICATES, CTDT, DIEN, OTO, PROGRAMMES, fill_programmes, programme_ratings
from demo_years import (
    CONFIRMED_ONLY,
    FIRST,
    FIRST_DIEN,
    FIRST_OTO,
    FIRST_TT35,
    FIRST_TT38,
    SECOND,
    STILL_CARRIED,
    Entry,
    first_year,
    type_ratings,
)

from accredit.indicators.schema import SHEET_COHORTS, SHEET_INSTITUTION, SHEET_PROGRAMMES, SHEET_SURVEY
from accredit.programmes.workspace import programme_workspace
from accredit.scoring.workspace import data_templates, ratings_templates
from accredit.store.workspace import BACKUP_DIR, STORE_NAME
from accredit.workspace import (
    AssessmentSettings,
    DocumentSettings,
    EvidenceSettings,
    PathSettings,
    SchoolInfo,
    Workspace,
    WorkspaceConfig,
    init_workspace,
)

TT38 = "tt38-2026/co-so-gdnn-v3"
TT35 = "tt35-2021/truong-cao-dang-v2"
YEAR = 2026

CONFIG = WorkspaceConfig(
    school=SchoolInfo(
        name="Trường Cao đẳng Kỹ thuật Công nghệ Mẫu (trường hư cấu)",
        object="truong_cao_dang",
        province="An Thịnh (tỉnh hư cấu)",
        code="DEMO-01",
    ),
    assessment=AssessmentSettings(
        year=YEAR, frameworks=[TT38, TT35], target=TT35, gate_years={"tt14-2024/truong": 2027}
    ),
    paths=PathSettings(evidence="minh-chung", data="du-lieu", output="bao-cao", cache=".accredit"),
    evidence=EvidenceSettings(
        code_scopes={"TT35 - Trường CĐ chất lượng cao": TT35, "TT38 - Chuẩn cơ sở GDNN": TT38},
    ),
    documents=DocumentSettings(
        superior="Ủy ban nhân dân tỉnh An Thịnh",
        place="An Thịnh",
        recipients=["Sở Giáo dục và Đào tạo tỉnh An Thịnh"],
        addressee="Sở Giáo dục và Đào tạo tỉnh An Thịnh",
    ),
    programmes=PROGRAMMES,
    certificates=CERTIFICATES,
)

# ---- institutional data: input name → {year: value} --------------------------------------------
DATA_TT38_INSTITUTION = {
    "t_nh": {2025: 985, 2026: 1032}, "chi_tieu": {2025: 1200, 2026: 1200},
    "ct_cap_nhat": {2025: 14, 2026: 17}, "ct": {2025: 24, 2026: 24},
    "ct_nsdld": {2025: 18, 2026: 20}, "ct_ket_thuc": {2025: 24, 2026: 24},
    "nh_dung_han": {2025: 530, 2026: 552}, "nh_nhap_hoc": {2025: 845, 2026: 860},
}
DATA_TT38_SURVEY = {
    "tn_viec_lam": {2025: 505, 2026: 522}, "tn_phan_hoi": {2025: 590, 2026: 612},
    "tn_tong": {2025: 690, 2026: 705}, "tn_khao_sat": {2025: 620, 2026: 640},
    "nh_hai_long": {2025: 1620, 2026: 1700}, "nh_phan_hoi": {2025: 1400, 2026: 1450},
    "nh_tong": {2025: 2280, 2026: 2300}, "nh_khao_sat": {2025: 1550, 2026: 1600},
    "dn_hai_long": {2025: 24, 2026: 27}, "dn_khao_sat": {2025: 38, 2026: 41},
}
# (year, code, name, gc_j, g_j, tt_j, mh_j): the programmes of accredit.toml ([[programmes]]), entered once
_PER_PROGRAMME = {
    2025: {"6520227": (2050, 2850, 8, 30), "6510216": (1850, 2700, 2, 25), "5340302": (1080, 1500, 6, 20)},
    2026: {"6520227": (2150, 2850, 10, 30), "6510216": (1900, 2700, 3, 25), "5340302": (1100, 1500, 7, 20)},
}
PROGRAMMES_TT38 = [(y, p.code, p.name, *_PER_PROGRAMME[y][p.code]) for y in (2026, 2025) for p in PROGRAMMES]
# (year, cohort, learners N_i, months studied in the year T_i)
COHORTS_TT38 = [
    (2026, "CĐ K17", 450, 10), (2026, "CĐ K18", 420, 10), (2026, "CĐ K19", 480, 4),
    (2026, "TC K20", 600, 10), (2026, "TC K21", 620, 10),
    (2024, "CĐ K15", 430, 10), (2024, "CĐ K16", 440, 10), (2024, "CĐ K17", 450, 4),
    (2024, "TC K18", 620, 10), (2024, "TC K19", 605, 10),
    (2025, "CĐ K16", 440, 10), (2025, "CĐ K17", 450, 10), (2025, "CĐ K18", 420, 4),
    (2025, "TC K19", 605, 10), (2025, "TC K20", 600, 10),
    (2023, "CĐ K14", 420, 10), (2023, "CĐ K15", 430, 10), (2023, "CĐ K16", 440, 4),
    (2023, "TC K17", 610, 10), (2023, "TC K18", 620, 10),
]
OCCUPATIONS = ["Điện công nghiệp", "Công nghệ ô tô", "Cắt gọt kim loại", "Hàn", "Kế toán doanh nghiệp",
               "Công nghệ thông tin", "Điện tử công nghiệp", "Cơ điện tử", "Quản trị mạng", "May thời trang",
               "Kỹ thuật máy lạnh", "Vận hành máy xây dựng"]
EMPLOYERS_TT38 = {2026: [4, 4, 3, 3, 3, 4, 3, 3, 3, 4, 3, 4],  # per occupation, 41 in all (≥ 3 each)
                  2025: [3, 4, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3]}

DATA_TT35_INSTITUTION = {
    "so_hssv_quy_doi": {2023: 2240, 2024: 2315, 2025: 2402, 2026: 2282},
    "so_sv_cao_dang": {2023: 1180, 2024: 1204, 2025: 1251, 2026: 1250},
    "so_hssv_bo_hoc": {2023: 121, 2024: 116, 2025: 134, 2026: 138},
    "so_tuyen_sinh": {2023: 790, 2024: 820, 2025: 845, 2026: 860},
    "so_nha_giao_dat_chuan_cntt": {2025: 128, 2026: 142},
    "so_nha_giao": {2023: 136, 2024: 138, 2025: 140, 2026: 142},
    "so_nha_giao_ngoai_ngu_bac_3": {2025: 45, 2026: 54},
    "so_nha_giao_cu_nhan_phu_hop": {2025: 140, 2026: 142},
    "so_nha_giao_ky_nang_nghe_cd": {2025: 80, 2026: 88},
    "so_nha_giao_boi_duong_80_gio": {2023: 74, 2024: 78, 2025: 81, 2026: 84},
    "so_khoa_lop_cho_doanh_nghiep": {2023: 4, 2024: 5, 2025: 6, 2026: 4},
    "gio_thuc_hanh_tai_doanh_nghiep": {2023: 640, 2024: 650, 2025: 670, 2026: 690},
    "tong_gio_khoa_hoc": {2023: 2850, 2024: 2850, 2025: 2850, 2026: 2850},
    "so_de_tai_hop_tac_doanh_nghiep": {2023: 1, 2024: 1, 2025: 0, 2026: 1},
    "so_tot_nghiep_co_viec_lam_phu_hop": {2023: 548, 2024: 560, 2025: 602, 2026: 560},
    "so_tot_nghiep": {2023: 668, 2024: 675, 2025: 705, 2026: 688},
    "so_mon_hoc_mo_dun_truc_tuyen": {2025: 66, 2026: 102},
    "tong_so_mon_hoc_mo_dun": {2025: 300, 2026: 300},
    "so_bai_bao_tap_chi_tinh_diem": {2023: 1, 2024: 1, 2025: 2, 2026: 1},
    "so_du_an_khoi_nghiep_duoc_ho_tro": {2023: 1, 2024: 1, 2025: 1, 2026: 0},
}
DATA_TT35_SURVEY = {"so_doanh_nghiep_khang_dinh": {2023: 29, 2024: 30, 2025: 34, 2026: 36}}
ENTERPRISES_TT35 = {2024: [3, 3, 2, 3, 2, 3, 3, 2, 3, 3, 3, 3], 2025: [3, 4, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3],
                    2026: [4, 4, 3, 3, 3, 4, 3, 3, 3, 4, 3, 3]}

# ---- ratings: code → (status, {year: status}, (mô tả, điểm mạnh, tồn tại, kế hoạch cải tiến)) -------
D, K = "Đạt", "Không đạt"
Y3 = {2024: D, 2025: D, 2026: D}
RATINGS_TT35: dict[str, tuple[str | None, dict[int, str], tuple[str, str, str, str] | None]] = {
    "1.1": (D, Y3, ("Quy mô quy đổi 2.315 / 2.402 / 2.282 người học; trên 1.200 sinh viên cao đẳng mỗi năm.",
                    "Quy mô ổn định ba năm liền.", "Khóa CĐ K19 tuyển sinh muộn nên quy đổi thấp.",
                    "Đẩy sớm tuyển sinh cao đẳng đợt 1.")),
    "1.2": (D, Y3, ("Tỷ lệ bỏ học 14,15% / 15,86% / 16,05%.", "Dưới ngưỡng 20%.", "Tỷ lệ có xu hướng tăng.",
                    "Tư vấn sớm cho người học có nguy cơ bỏ học.")),
    "1.3": (D, {}, ("Đã ban hành chương trình chất lượng cao nghề Điện công nghiệp (QĐ 88/QĐ-CĐKTCN).",
                    "Chương trình tham chiếu chuẩn ASEAN.", "Mới có một chương trình.",
                    "Xây dựng thêm chương trình chất lượng cao nghề Công nghệ ô tô.")),
    "2.1": (D, {}, ("142/142 nhà giáo có chứng chỉ CNTT cơ bản trở lên.", "Đạt 100%.", "", "")),
    "2.2": (K, {}, ("54/142 nhà giáo (38,03%) có ngoại ngữ bậc 3.", "", "Thấp hơn yêu cầu 50%.",
                    "Bồi dưỡng ngoại ngữ bậc 3 cho 20 nhà giáo mỗi năm 2027–2028.")),
    "2.3": (D, {}, ("100% nhà giáo có bằng cử nhân trở lên phù hợp ngành, nghề.", "", "", "")),
    "2.4": (K, {}, ("88/142 nhà giáo (61,97%) có chứng chỉ kỹ năng nghề.", "", "Khoa Ô tô, Cơ khí còn thiếu.",
                    "Cử 12 nhà giáo thi chứng chỉ kỹ năng nghề bậc 3 năm 2027.")),
    "2.5": (D, Y3, ("Tỷ lệ nhà giáo được bồi dưỡng ≥ 80 giờ: 56,5% / 57,9% / 59,2%.", "Duy trì đều ba năm.", "", "")),
    "3.1": (D, Y3, ("5 / 6 / 4 lớp bồi dưỡng cho người lao động của doanh nghiệp.", "", "Năm 2026 vừa đủ 4 lớp.",
                    "Ký thêm hợp đồng đào tạo với khu công nghiệp.")),
    "3.2": (K, {2024: K, 2025: D, 2026: D}, ("Ký biên bản ghi nhớ với Học viện Kỹ thuật Sakura năm 2025.",
                                            "Có đối tác nước ngoài.", "Năm 2024 chưa có hoạt động hợp tác quốc tế.",
                                            "Duy trì hợp tác hằng năm đến hết năm 2028.")),
    "3.3": (D, Y3, ("Thực tập tại doanh nghiệp chiếm 22,8% / 23,5% / 24,2% thời gian khóa học.", "", "", "")),
    "3.4": (D, {}, ("Thiết bị CNC 5 trục, PLC Siemens, xe lai điện tương đương doanh nghiệp.", "", "", "")),
    "3.5": (K, {2024: D, 2025: K, 2026: D}, ("Đề tài chuyển giao năm 2024 và 2026; năm 2025 không có.", "",
                                            "Gián đoạn năm 2025.", "Mỗi năm ít nhất một đề tài với doanh nghiệp.")),
    "3.6": (D, Y3, ("Tỷ lệ có việc làm phù hợp trong 12 tháng: 83,0% / 85,4% / 81,4%.", "", "", "")),
    "4.1": (D, Y3, ("Triển khai kế hoạch trường xanh 2024–2026.", "", "", "")),
    "4.2": (D, Y3, ("Sổ tay bảo đảm chất lượng 2024; đánh giá hiệu quả hằng năm.", "87% đánh giá hiệu quả.", "", "")),
    "4.3": (D, {}, ("Quy chế quản lý dữ liệu số; phần mềm kết nối, chia sẻ dữ liệu.", "", "", "")),
    "4.4": (D, {}, ("LMS đáp ứng 34% môn học, mô đun.", "", "", "")),
    "4.5": (D, Y3, ("Kế hoạch công tác học sinh, sinh viên hằng năm.", "", "", "")),
    "4.6": (D, {}, ("Khu thực hành 3 cấp độ (QĐ 95/QĐ-CĐKTCN).", "", "", "")),
    "4.7": (D, Y3, ("1 / 2 / 1 bài báo trên tạp chí được tính điểm.", "", "", "")),
    "5.1": (D, {}, ("Sinh viên đạt giải Nhì kỳ thi kỹ năng nghề quốc gia 2025.", "", "", "")),
    "5.2": (D, Y3, ("Khảo sát ≥ 2 doanh nghiệp mỗi ngành, nghề; trên 89% khẳng định đáp ứng.", "", "", "")),
    "5.3": (None, {}, None),  # not rated yet: the workbook is only partly filled
    "5.4": (K, {2024: D, 2025: D, 2026: K}, ("Dự án khởi nghiệp được hỗ trợ năm 2024, 2025; năm 2026 chưa có.", "",
                                            "Năm 2026 chưa có dự án.", "Tổ chức cuộc thi ý tưởng khởi nghiệp.")),
}
TT38_STATE = {
    "1.1": "Nghị quyết 05/NQ-HĐT xác định sứ mạng, mục tiêu, chiến lược 2025–2030.",
    "1.2": "Quy chế tổ chức và hoạt động ban hành theo QĐ 125/QĐ-CĐKTCN ngày 15/3/2024.",
    "1.3": "Hội đồng trường, Ban giám hiệu, 6 phòng, 7 khoa, 1 trung tâm hoạt động theo quy chế.",
    "1.4": "Danh mục 46 vị trí việc làm phê duyệt năm 2025.",
    "2.1": "142 nhà giáo cơ hữu; 16,1 người học quy đổi trên một nhà giáo.",
    "2.2": "Nhà giáo đạt chuẩn chuyên môn, nghiệp vụ sư phạm theo ngành, nghề.",
    "2.3": "Cán bộ quản lý được bổ nhiệm đúng tiêu chuẩn, điều kiện.",
    "3.1": "24 chương trình đào tạo trung cấp, cao đẳng ban hành năm 2025.",
    "3.2": "Giáo trình thẩm định có doanh nghiệp tham gia; 17/24 chương trình cập nhật năm 2026.",
    "4.1": "58 phòng lý thuyết, 42 xưởng thực hành đáp ứng chương trình.",
    "4.2": "Ký túc xá 600 chỗ, nhà thi đấu, sân bóng, thư viện điện tử.",
    "4.3": "Thiết bị, nguyên vật liệu đáp ứng kế hoạch đào tạo; kiểm kê năm 2025.",
    "4.4": "Kế hoạch bảo trì, bảo dưỡng thiết bị năm 2026 được phê duyệt và thực hiện.",
    "5.1": "Tổng thu năm 2025: 66.000 triệu đồng; bảo đảm chi thường xuyên.",
    "5.2": "Quy chế chi tiêu nội bộ năm 2026; tự kiểm tra tài chính định kỳ.",
    "5.3": "Báo cáo tài chính 2025 được công khai ngày 30/3/2026.",
    "6.1": "Hạ tầng CNTT và phần mềm quản lý đào tạo, nhân sự, tài chính kết nối dữ liệu.",
    "6.2": "Cơ sở dữ liệu số thống nhất về người học, nhà giáo, chương trình.",
    "6.3": "Dữ liệu cập nhật đến 31/7/2026, khai thác trên bảng điều khiển quản trị.",
    "6.4": "Quy định an toàn thông tin, sao lưu hằng ngày, phương án xử lý sự cố.",
}
RATINGS_TT38 = {code: (D, {}, (state, "", "", "")) for code, state in TT38_STATE.items()}


def _row_of(sheet: openpyxl.worksheet.worksheet.Worksheet, name: str) -> int:
    for r in range(3, sheet.max_row + 1):
        if sheet.cell(r, 1).value == name:
            return r
    raise KeyError(f"{sheet.title}: no row for input {name!r}")


def _col_of(sheet: openpyxl.worksheet.worksheet.Worksheet, header: str) -> int:
    for cell in sheet[2]:
        if cell.value == header or (isinstance(cell.value, str) and cell.value.endswith(f"[{header}]")):
            return int(cell.column)
    raise KeyError(f"{sheet.title}: no column {header!r}")


def _fill_values(sheet: openpyxl.worksheet.worksheet.Worksheet, values: dict[str, dict[int, int]]) -> None:
    for name, by_year in values.items():
        row = _row_of(sheet, name)
        for year, value in by_year.items():
            sheet.cell(row, _col_of(sheet, f"Năm {year}"), value)


def _fill_rows(sheet: openpyxl.worksheet.worksheet.Worksheet, rows: list[tuple[object, ...]]) -> None:
    for i, row in enumerate(rows):
        for j, value in enumerate(row, start=1):
            sheet.cell(3 + i, j, value)


def fill_data(ws: Workspace) -> None:
    """Create the data workbooks with the library, then type the demo's figures into them."""
    for update in data_templates(ws):
        path = Path(update.path)
        wb = openpyxl.load_workbook(path)
        if TT38.split("/")[0] in path.name:
            _fill_values(wb[SHEET_INSTITUTION], DATA_TT38_INSTITUTION)
            _fill_values(wb[SHEET_SURVEY], DATA_TT38_SURVEY)
            progs = wb[SHEET_PROGRAMMES]
            for i, (year, code, name, gc, g, tt, mh) in enumerate(PROGRAMMES_TT38):
                r = 3 + i
                for header, value in (("Năm", year), ("Mã chương trình", code), ("Tên chương trình", name),
                                      ("gc_j", gc), ("g_j", g), ("tt_j", tt), ("mh_j", mh)):
                    progs.cell(r, _col_of(progs, header), value)
            _fill_rows(wb["Khảo sát theo ngành nghề"], [
                (year, o, n) for year, counts in EMPLOYERS_TT38.items()
                for o, n in zip(OCCUPATIONS, counts, strict=True)])
            _fill_rows(wb[SHEET_COHORTS], list(COHORTS_TT38))
        else:
            _fill_values(wb[SHEET_INSTITUTION], DATA_TT35_INSTITUTION)
            _fill_values(wb[SHEET_SURVEY], DATA_TT35_SURVEY)
            _fill_rows(wb["Khảo sát theo ngành nghề"], [
                (year, o, n) for year, counts in ENTERPRISES_TT35.items()
                for o, n in zip(OCCUPATIONS, counts, strict=True)])
        wb.save(path)


def _views(ws: Workspace) -> list[tuple[str, Workspace, dict[str, Entry]]]:
    """(story key, workspace view, 2026 ratings) of each ratings workbook: the school's sets, then the programmes."""
    second = programme_ratings()
    return [("tt38", ws, RATINGS_TT38), ("tt35", ws, RATINGS_TT35),
            ("dien", programme_workspace(ws, DIEN), second[DIEN.code]),
            ("oto", programme_workspace(ws, OTO), second[OTO.code])]


def _framework_of(key: str) -> str:
    return {"tt38": TT38, "tt35": TT35}.get(key, CTDT)


FIRST_CHANGES = {"tt38": FIRST_TT38, "tt35": FIRST_TT35, "dien": FIRST_DIEN, "oto": FIRST_OTO}


def fill_first_year(ws: Workspace) -> None:
    """The 2025 ratings workbooks, created with the library and typed in (see :mod:`demo_years`)."""
    for key, view, second in _views(ws):
        view.data_dir.mkdir(parents=True, exist_ok=True)
        data_templates(view, _framework_of(key))  # the 2025 columns (``year start`` adds 2026's)
        for update in ratings_templates(view, _framework_of(key), links=[]):
            type_ratings(Path(update.path), first_year(second, FIRST_CHANGES[key]))


def council_second_year(ws: Workspace) -> None:
    """What the council did in the 2026 workbooks that ``year start`` wrote: rated and rewrote most standards,
    confirmed a few with ``year confirm``, and left :data:`demo_years.STILL_CARRIED` carried."""
    from accredit.annual.service import confirm_year
    from accredit.ratings.workspace import ratings_workbook_path

    for key, view, second in _views(ws):
        type_ratings(ratings_workbook_path(view, _framework_of(key)), second,
                     skip=STILL_CARRIED[key] | CONFIRMED_ONLY[key])
        if CONFIRMED_ONLY[key]:
            programme = None if view is ws else view.config.programmes[0].code
            confirm_year(ws, sorted(CONFIRMED_ONLY[key]), _framework_of(key), programme)


def _tidy(root: Path, ws: Workspace) -> None:
    """What the demo does not ship: the stores the build's reads created (each copy makes its own from the
    workbooks), and the read-only mark (git keeps no write bit; :func:`accredit.demo.copy_demo` sets it again
    on each copy's past years)."""
    for store in root.rglob(f"{STORE_NAME}*"):
        store.unlink()
    for backup in root.rglob(BACKUP_DIR):
        shutil.rmtree(backup)
    for path in ws.data_dir.rglob("*.xlsx"):
        path.chmod(stat.S_IMODE(path.stat().st_mode) | stat.S_IWUSR)


def build_workspace(root: Path) -> Workspace:
    """Write ``accredit.toml`` and the filled data and ratings workbooks into ``root``: 2025 first, then 2026
    opened from it with ``year start`` and worked on by the council."""
    from accredit.annual.service import start_year

    if (root / CONFIG.paths.data).is_dir():
        _tidy(root, Workspace(root, CONFIG))
        for old in (root / CONFIG.paths.data).rglob("*.xlsx"):
            old.unlink()
    first = CONFIG.model_copy(update={"assessment": CONFIG.assessment.model_copy(update={"year": FIRST})})
    ws = init_workspace(root, first, overwrite=True)
    fill_first_year(ws)
    start_year(ws, SECOND)
    fill_data(ws)
    fill_programmes(ws)
    council_second_year(ws)
    _tidy(root, ws)
    print(f"workspace {root}: accredit.toml, data and ratings workbooks ({FIRST}, {SECOND}) in {ws.data_dir.name}/")
    return ws
