"""New versions of published criteria sets: TT 35 1.1 with every condition of Điều 6 khoản 1, TT 38's
unverified effective date; the old versions stay as published, loadable and marked superseded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import yaml

from accredit.catalog.registry import load_catalog
from accredit.catalog.summary import list_frameworks
from accredit.catalog.validate import read_lock, validate_paths
from accredit.i18n.message import Messages
from accredit.indicators import build_schema, compute_indicators, read_institution_data, write_data_template
from accredit.indicators.schema import SHEET_INSTITUTION
from accredit.model.framework import Formula, Framework, TextStatus
from accredit.model.indicator import IndicatorStatus
from accredit.roadmap import plan
from accredit.roadmap.workbook import write_roadmap_workbook
from tests.indicators.filling import col_of, row_of
from tests.roadmap.cases import card
from tests.scoring.builders import CRITERIA, TT35, TT38, real

pytestmark = pytest.mark.usefixtures("vietnamese")

TT35_V2 = "tt35-2021/truong-cao-dang-v2"
TT38_V2 = "tt38-2026/co-so-gdnn-v2"
TT38_V3 = "tt38-2026/co-so-gdnn-v3"  # adds trường trung học nghề to applies_to
ARTS = "van_hoa_nghe_thuat"


def scale_status(tmp_path: Path, fw: Framework, scale: object, college: object, categories: tuple[str, ...] = ()):
    """Type the two figures of 1.1 in every year of a real data workbook; the 1.1 results of 2026."""
    path = tmp_path / f"so-lieu-{scale}-{college}-{'-'.join(categories)}.xlsx"
    schema = build_schema(fw, 2026)
    write_data_template(path, schema, fw.title, 2026)
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET_INSTITUTION]
    for year in (2024, 2025, 2026):
        ws.cell(row_of(ws, "so_hssv_quy_doi"), col_of(ws, f"Năm {year}"), scale)
        ws.cell(row_of(ws, "so_sv_cao_dang"), col_of(ws, f"Năm {year}"), college)
    wb.save(path)
    report = compute_indicators(fw, read_institution_data(path, schema), 2026, categories=categories)
    return report.result("1.1", 2026)


@pytest.mark.parametrize(
    ("scale", "college", "status"),
    [
        (2000, 1000, IndicatorStatus.MET),
        (1999, 1000, IndicatorStatus.NOT_MET),  # the converted scale is one short
        (2000, 999, IndicatorStatus.NOT_MET),  # 'trong đó tối thiểu 1.000 sinh viên hệ cao đẳng'
        ("2.400", "1.000", IndicatorStatus.MET),  # typed the Vietnamese way
        (5000, 999, IndicatorStatus.NOT_MET),
    ],
)
def test_tt35_1_1_needs_both_conditions(tmp_path: Path, scale: object, college: object, status: str) -> None:
    r = scale_status(tmp_path, real(TT35_V2), scale, college)
    assert r is not None and r.status == status
    assert [c.label for c in r.conditions] == ["Số sinh viên hệ cao đẳng"]


def test_the_old_version_scored_the_scale_alone(tmp_path: Path) -> None:
    """The published version (kept as it is) says met with 999 cao đẳng students: why a new version exists."""
    r = scale_status(tmp_path, real(TT35), 2000, 999)
    assert r is not None and r.status == IndicatorStatus.MET


@pytest.mark.parametrize(("scale", "status"), [(500, IndicatorStatus.MET), (499, IndicatorStatus.NOT_MET)])
def test_culture_and_arts_schools_need_500(tmp_path: Path, scale: int, status: str) -> None:
    r = scale_status(tmp_path, real(TT35_V2), scale, 0, (ARTS,))
    assert r is not None and r.status == status
    assert r.threshold == Decimal(500) and r.category == ARTS and r.conditions == []


def test_the_reason_names_every_condition(tmp_path: Path) -> None:
    from accredit.scoring.requirements import judge_indicator

    r = scale_status(tmp_path, real(TT35_V2), 2400, 999)
    assert r is not None
    text = " ".join(Messages("vi").all(judge_indicator({2026: r}, [2026]).reasons))
    assert "2400" in text and "Số sinh viên hệ cao đẳng: 999" in text and "không đạt" in text


def test_conditions_name_declared_inputs_only() -> None:
    base = {"inputs": [{"name": "a", "label": "A"}], "numerator": "a", "multiplier": 1, "threshold": 1}
    with pytest.raises(ValueError, match="undeclared inputs: b"):
        Formula.model_validate({**base, "conditions": [{"label": "B", "numerator": "b", "unit": "x", "threshold": 1}]})
    with pytest.raises(ValueError, match="scope 'institution'"):
        Formula.model_validate(
            {
                **base,
                "scope": "every_programme",
                "conditions": [{"label": "A", "numerator": "a", "unit": "x", "threshold": 1}],
            }
        )


def test_old_versions_stay_as_published_and_are_marked_superseded() -> None:
    catalog = load_catalog(CRITERIA)
    lock = read_lock(CRITERIA)
    for old, new in ((TT35, TT35_V2), (TT38, TT38_V2), (TT38_V2, TT38_V3)):
        assert lock[old] == catalog.get(old).content_hash  # unchanged: ratings pinned to it still load
        assert lock[new] == catalog.get(new).content_hash
        assert catalog.newer_version(old) == new and catalog.successor(old) == new
        assert catalog.crosswalk(old, new) is not None
    for latest in (TT35_V2, TT38_V3):
        assert catalog.newer_version(latest) is None
    rows = {s.id: s for s in list_frameworks(catalog)}
    assert rows[TT35].newer_version == TT35_V2 and rows[TT35_V2].newer_version is None
    assert not rows[TT38_V2].effective_verified and rows[TT38].effective_verified
    assert validate_paths(root=CRITERIA).valid


def test_a_supersession_without_crosswalk_is_an_error(tmp_path: Path) -> None:
    root = tmp_path / "criteria"
    for rel in ("tt35-2021/truong-cao-dang.yaml", "tt35-2021/truong-cao-dang-v2.yaml", "published.lock.yaml"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes((CRITERIA / rel).read_bytes())
    report = validate_paths(root=root)
    assert not report.valid
    assert any("needs a crosswalk" in e for f in report.files for e in f.errors)


def test_tt38_effective_date_is_unverified_in_the_data() -> None:
    reg = real(TT38_V2).regulation
    assert reg.effective_status == TextStatus.UNVERIFIED and "Điều 13 khoản 1" in (reg.effective_basis or "")
    raw = yaml.safe_load((CRITERIA / "tt38-2026/co-so-gdnn-v2.yaml").read_text(encoding="utf-8"))
    assert raw["regulation"]["effective_status"] == "unverified"


def test_the_60_month_deadline_says_what_it_rests_on(tmp_path: Path) -> None:
    fw = real(TT38_V2)
    r = plan(fw, card(fw, ["1.1"], obj=None), horizon=6)
    assert str(r.deadline) == "2031-04-29" and r.deadline_basis
    text = "\n".join(Messages("vi").all(r.explanation))
    assert "29/04/2031" in text and "chưa được kiểm chứng" in text and "Điều 13 khoản 1" in text
    notes = [n for m in r.milestones for n in Messages("vi").all(m.notes) if "hạn" in n]
    assert notes and all("chưa kiểm chứng" in n for n in notes)
    out = tmp_path / "lo-trinh.xlsx"
    write_roadmap_workbook(r, out)
    values = [c.value for row in openpyxl.load_workbook(out).worksheets[0].iter_rows() for c in row]
    assert any(isinstance(v, str) and "Điều 13 khoản 1" in v for v in values)
    assert not plan(real(TT38), card(real(TT38), ["1.1"], obj=None), horizon=6).deadline_basis


def test_scoring_an_old_version_says_there_is_a_newer_one(tmp_path: Path) -> None:
    from accredit.i18n.message import Messages
    from accredit.service import score as score_workspace
    from tests.scoring.builders import make_ws

    old = score_workspace(make_ws(tmp_path / "old", TT35))
    assert any(TT35_V2 in n and "phiên bản mới" in n for n in map(Messages("vi"), old.notes))
    new = score_workspace(make_ws(tmp_path / "new", TT35_V2))
    assert not any("phiên bản mới" in n for n in map(Messages("vi"), new.notes))
