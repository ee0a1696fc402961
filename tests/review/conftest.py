"""Fixtures for the review tests: real workspaces built with the real APIs, packaged with the real packager.

A workspace gets evidence files (DOCX with an administrative header, so their issue dates are
read), a scan, manual links, a ratings workbook written by ``ratings template`` and filled as a
person would in Excel, a TT 38 data workbook filled the same way, and a report in its output folder.

Packages are signed with a fixed test key of the school KTM, registered in a session trust folder
(``$ACCREDIT_TRUST``); the inspector's fixed test key lives in a session user folder
(``$ACCREDIT_HOME``), its passphrase in ``$ACCREDIT_INSPECTOR_PASSPHRASE``: no test prompts.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from docx import Document

from accredit.catalog.registry import default_catalog
from accredit.evidence.scan import ScanOptions
from accredit.evidence.service import link_files, scan_workspace
from accredit.i18n import set_language
from accredit.indicators.schema import SHEET_COHORTS, SHEET_INSTITUTION, SHEET_PROGRAMMES, SHEET_SURVEY
from accredit.indicators.workspace import data_workbook_path, write_workspace_data_template
from accredit.model.assessment import window_years
from accredit.model.framework import Framework
from accredit.model.package import PackageResult
from accredit.ratings.layout import H_CODE, H_STATUS, YEAR_RE
from accredit.ratings.workspace import ratings_workbook_path, write_workspace_ratings_template
from accredit.review.build import write_package
from accredit.review.gather import gather_workspace
from accredit.scoring.workspace import load_links
from accredit.signing.keys import Signer, public_key_text, save_key_pair
from accredit.workspace import AssessmentSettings, SchoolInfo, Workspace, WorkspaceConfig, init_workspace
from tests.indicators.filling import col_of, row_of

TT35 = "tt35-2021/truong-cao-dang"
TT38 = "tt38-2026/co-so-gdnn"
YEAR = 2026
CREATED = datetime(2026, 5, 4, 8, 30, tzinfo=UTC)

# A complete, consistent year of TT 38 data (every index met).
TT38_DATA: dict[str, Any] = {
    "institution": {"t_nh": 900, "chi_tieu": 1500, "ct_cap_nhat": 7, "ct": 10, "ct_nsdld": 8, "ct_ket_thuc": 10,
                    "nh_dung_han": 130, "nh_nhap_hoc": 200},
    "survey": {"tn_viec_lam": 150, "tn_phan_hoi": 180, "tn_tong": 300, "tn_khao_sat": 200, "nh_hai_long": 640,
               "nh_phan_hoi": 700, "nh_tong": 1200, "nh_khao_sat": 800, "dn_hai_long": 9, "dn_khao_sat": 12},
    "programmes": [("6480201", "Công nghệ thông tin", 1200, 1800, 6, 25),
                   ("6520227", "Điện công nghiệp", 1400, 2000, 5, 24)],
    "occupations": [("Công nghệ thông tin", 5), ("Điện công nghiệp", 7)],
    "cohorts": [(2026, "K48", 400, 10), (2026, "K49", 300, 4), (2024, "K46", 450, 10)],
}


SCHOOL_SIGNER = Signer(Ed25519PrivateKey.from_private_bytes(bytes([1]) * 32))
"""The test school KTM's key (registered in the session trust folder)."""
INSPECTOR_SIGNER = Signer(Ed25519PrivateKey.from_private_bytes(bytes([2]) * 32))
"""The test inspector's key (in the session user folder, and registered as an inspector)."""
STRANGER_SIGNER = Signer(Ed25519PrivateKey.from_private_bytes(bytes([3]) * 32))
"""A key nobody registered."""
PASSPHRASE = "mật khẩu thử nghiệm"
SCHOOL_CODES = ("KTM", "CNB", "TTH", "TCN", "=KTM")  # "=KTM": the hostile school (tests/hostile)
"""The school codes the tests use, each with the school test key registered."""


@dataclass(frozen=True)
class SigningSetup:
    """The session's trust folder and user folder."""

    trust: Path
    home: Path


def register(trust: Path, code: str, signer: Signer) -> Path:
    """Register ``signer`` for school ``code`` in a trust folder, as the Sở does by hand."""
    folder = trust / code
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"khoa-cong-khai_{code}.pem"
    path.write_text(public_key_text(signer.public, [f"Trường {code}"]), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _vietnamese(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("ACCREDIT_CRITERIA", raising=False)
    set_language("vi")
    yield
    set_language(None)


def install_school_key(ws: Workspace, signer: Signer = SCHOOL_SIGNER) -> Path:
    """Put ``signer`` in the workspace as ``accredit keys init`` would (passphrase :data:`PASSPHRASE`)."""
    from accredit.signing.keys import school_key_path

    path = school_key_path(ws)
    save_key_pair(signer, path, PASSPHRASE.encode("utf-8"), public_key_text(signer.public, ["test"]), overwrite=True)
    return path


def make_admin_docx(path: Path, *, number: str, date_line: str, doc_type: str, title: str) -> Path:
    """A DOCX with the administrative header of a Vietnamese document (issuer, number, place and date)."""
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    left = ["UBND TỈNH LẠNG SƠN", "TRƯỜNG CAO ĐẲNG KỸ THUẬT MẪU", f"Số: {number}"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", date_line]
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    doc.add_paragraph(doc_type.upper())
    doc.add_paragraph(title)
    doc.add_paragraph("Căn cứ Luật Giáo dục nghề nghiệp ngày 27 tháng 11 năm 2014;")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


@dataclass
class SchoolSpec:
    """What to build: who, which frameworks, which ratings, data and links."""

    name: str
    code: str
    frameworks: list[str] = field(default_factory=lambda: [TT38])
    # framework → requirement code → status label (every window year gets the same label)
    ratings: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    tt38_data: Mapping[str, Any] | None = None
    # relative path → (number, date line, document type, title)
    evidence: Mapping[str, tuple[str, str, str, str]] = field(default_factory=dict)
    # (relative path, framework, requirement code)
    links: list[tuple[str, str, str]] = field(default_factory=list)
    report: bool = True
    province: str = "Lạng Sơn"
    target: str | None = None  # default: TT 35 when assessed


def fill_ratings(path: Path, framework: Framework, statuses: Mapping[str, str]) -> None:
    """Type statuses into a ratings workbook as a person would: the status, and each year of a multi-year window."""
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        heads = {str(c.value).strip(): c.column for c in ws[2] if c.value}
        if H_CODE not in heads or H_STATUS not in heads:
            continue
        year_cols = [col for h, col in heads.items() if YEAR_RE.match(h)]
        for row in range(3, ws.max_row + 1):
            code = ws.cell(row, heads[H_CODE]).value
            if code is None or str(code) not in statuses:
                continue
            label = statuses[str(code)]
            ws.cell(row, heads[H_STATUS], label)
            window = window_years(framework, framework.requirement(str(code)), YEAR)
            for col in year_cols:
                year = int(YEAR_RE.match(str(ws.cell(2, col).value)).group(1))  # type: ignore[union-attr]
                if len(window) > 1 and year in window:
                    ws.cell(row, col, label)
    wb.save(path)


def fill_tt38(path: Path, data: Mapping[str, Any], year: int = YEAR) -> None:
    """Type a year of TT 38 data into its data workbook."""
    wb = openpyxl.load_workbook(path)
    for sheet, key in ((SHEET_INSTITUTION, "institution"), (SHEET_SURVEY, "survey")):
        ws = wb[sheet]
        col = col_of(ws, f"Năm {year}")
        for name, value in data[key].items():
            ws.cell(row_of(ws, name), col, value)
    progs = wb[SHEET_PROGRAMMES]
    for i, (code, name, gc, g, tt, mh) in enumerate(data["programmes"]):
        r = 3 + i
        for header, v in (("Năm", year), ("Mã chương trình", code), ("Tên chương trình", name)):
            progs.cell(r, col_of(progs, header), v)
        for n, v in (("gc_j", gc), ("g_j", g), ("tt_j", tt), ("mh_j", mh)):
            progs.cell(r, next(c.column for c in progs[2] if str(c.value).endswith(f"[{n}]")), v)
    occ = wb["Khảo sát theo ngành nghề"]
    for i, (name, n) in enumerate(data["occupations"]):
        for c, v in enumerate((year, name, n), start=1):
            occ.cell(3 + i, c, v)
    co = wb[SHEET_COHORTS]
    for i, row in enumerate(data["cohorts"]):
        for c, v in enumerate(row, start=1):
            co.cell(3 + i, c, v)
    wb.save(path)


def build_workspace(root: Path, spec: SchoolSpec) -> Workspace:
    """A real workspace: evidence scanned and linked, ratings and data typed in their workbooks, a report."""
    config = WorkspaceConfig(
        school=SchoolInfo(name=spec.name, code=spec.code, province=spec.province),
        assessment=AssessmentSettings(year=YEAR, frameworks=spec.frameworks,
                                      target=spec.target or (TT35 if TT35 in spec.frameworks else None)),
    )
    ws = init_workspace(root, config)
    for rel, (number, date_line, doc_type, title) in spec.evidence.items():
        make_admin_docx(ws.evidence_dir / rel, number=number, date_line=date_line, doc_type=doc_type, title=title)
    if spec.evidence:
        scan_workspace(ws, workers=1, options=ScanOptions(workers=1))
    for rel, fid, code in spec.links:
        link_files(ws, [rel], [code], framework=fid)
    catalog = default_catalog()
    links = load_links(ws)
    for fid in spec.frameworks:
        fw = catalog.get(fid)
        write_workspace_ratings_template(ws, fw, links)
        if spec.ratings.get(fid):
            fill_ratings(ratings_workbook_path(ws, fid), fw, spec.ratings[fid])
        if fid == TT38 and spec.tt38_data is not None:
            write_workspace_data_template(ws, fw)
            fill_tt38(data_workbook_path(ws, fid), spec.tt38_data)
    if spec.report:
        ws.output_dir.mkdir(parents=True, exist_ok=True)
        (ws.output_dir / "bao-cao-tu-danh-gia.html").write_text(f"<html><body>{spec.name}</body></html>",
                                                                encoding="utf-8")
    return ws


def package(ws: Workspace, out: Path, *, with_evidence: bool = False, created: datetime = CREATED,
            signer: Signer | None = SCHOOL_SIGNER) -> PackageResult:
    """Package a workspace with the real gatherer and writer, signed with the school's test key by default."""
    content = gather_workspace(ws, exclude=out)
    return write_package(content, out, created=created, with_evidence=with_evidence, signer=signer)


TT38_MET = {code: "Đạt" for code in ("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2",
                                     "4.3", "4.4", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "6.4")}

EVIDENCE = {
    "DK1/quy-che-to-chuc.docx": ("12/QĐ-CĐKT", "Lạng Sơn, ngày 10 tháng 01 năm 2026", "Quyết định",
                                 "Ban hành quy chế tổ chức và hoạt động của nhà trường"),
    "DK2/ke-hoach-dao-tao.docx": ("45/KH-CĐKT", "Lạng Sơn, ngày 02 tháng 03 năm 2026", "Kế hoạch",
                                  "Kế hoạch đào tạo năm học 2025-2026"),
    "DK6/bao-cao-2019.docx": ("7/BC-CĐKT", "Lạng Sơn, ngày 15 tháng 06 năm 2019", "Báo cáo",
                              "Báo cáo kết quả tuyển sinh năm 2019"),
}


def rich_spec(name: str = "Trường Cao đẳng Kỹ thuật Mẫu", code: str = "KTM") -> SchoolSpec:
    """TT 38 + TT 35, most TT 38 conditions met with evidence, complete TT 38 data, a few TT 35 ratings."""
    links = [("DK1/quy-che-to-chuc.docx", TT38, c) for c in ("1.1", "1.2", "1.3", "1.4")]
    links += [("DK2/ke-hoach-dao-tao.docx", TT38, c) for c in ("2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2",
                                                             "4.3", "4.4", "5.1", "5.2", "5.3", "6.1")]
    links += [("DK6/bao-cao-2019.docx", TT38, c) for c in ("6.2", "6.3", "6.4")]
    links += [("DK1/quy-che-to-chuc.docx", TT35, "1.3"), ("DK6/bao-cao-2019.docx", TT35, "4.1")]
    return SchoolSpec(
        name=name,
        code=code,
        frameworks=[TT38, TT35],
        ratings={TT38: TT38_MET, TT35: {"1.3": "Đạt", "4.1": "Đạt", "4.3": "Đạt", "3.4": "Không đạt"}},
        tt38_data=TT38_DATA,
        evidence=EVIDENCE,
        links=links,
    )


@pytest.fixture(scope="session")
def rich_package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, Path, PackageResult]:
    """One real workspace and its package (built once; tests copy the package before changing it)."""
    root = tmp_path_factory.mktemp("rich")
    ws = build_workspace(root / "school", rich_spec())
    out = root / "packages" / "ktm.zip"
    set_language("vi")
    result = package(ws, out, with_evidence=True)
    set_language(None)
    return ws, out, result
