"""Filling a data workbook the way a person would (shared by the indicator and CLI tests)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from accredit.indicators.schema import SHEET_COHORTS, SHEET_INSTITUTION, SHEET_PROGRAMMES, SHEET_SURVEY


def row_of(ws, name: str) -> int:
    return next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == name)


def col_of(ws, header: str) -> int:
    return next(c.column for c in ws[2] if c.value == header)


def fill_tt38(path: Path) -> None:
    """Type a complete, hand-checkable year of TT 38 data, as a person would in Excel."""
    wb = openpyxl.load_workbook(path)
    inst, survey = wb[SHEET_INSTITUTION], wb[SHEET_SURVEY]
    y = col_of(inst, "Năm 2026")
    for name, v in {
        "t_nh": 900,
        "chi_tieu": 1500,
        "ct_cap_nhat": 7,
        "ct": 10,
        "ct_nsdld": 8,
        "ct_ket_thuc": 10,
        "nh_dung_han": 130,
        "nh_nhap_hoc": 200,
    }.items():
        inst.cell(row_of(inst, name), y, v)
    ys = col_of(survey, "Năm 2026")
    for name, v in {
        "tn_viec_lam": 150,
        "tn_phan_hoi": 180,
        "tn_tong": 300,
        "tn_khao_sat": 200,
        "nh_hai_long": "640",
        "nh_phan_hoi": 700,
        "nh_tong": 1200,
        "nh_khao_sat": 800,
        "dn_hai_long": 9,
        "dn_khao_sat": 12,
    }.items():
        survey.cell(row_of(survey, name), ys, v)
    progs = wb[SHEET_PROGRAMMES]
    for i, (code, name, gc, g, tt, mh) in enumerate(
        [("6480201", "Công nghệ thông tin", 1200, 1800, 6, 25), ("6520227", "Điện công nghiệp", 1400, 2000, 5, 24)]
    ):
        r = 3 + i
        for header, v in (("Năm", 2026), ("Mã chương trình", code), ("Tên chương trình", name)):
            progs.cell(r, col_of(progs, header), v)
        for n, v in (("gc_j", gc), ("g_j", g), ("tt_j", tt), ("mh_j", mh)):
            progs.cell(r, next(c.column for c in progs[2] if str(c.value).endswith(f"[{n}]")), v)
    occ = wb["Khảo sát theo ngành nghề"]
    for i, (name, n) in enumerate([("Công nghệ thông tin", 5), ("Điện công nghiệp", 7)]):
        occ.cell(3 + i, 1, 2026)
        occ.cell(3 + i, 2, name)
        occ.cell(3 + i, 3, n)
    co = wb[SHEET_COHORTS]
    for i, (year, k, n, m) in enumerate([(2026, "K48", 400, 10), (2026, "K49", 300, 4), (2024, "K46", 450, 10)]):
        for c, v in enumerate((year, k, n, m), start=1):
            co.cell(3 + i, c, v)
    wb.save(path)
