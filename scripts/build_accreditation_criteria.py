"""Build the GDNN accreditation criteria files of TT 14/2024 and TT 15/2017 from the reference note.

Provenance script: it parses ``shared/reference/accreditation-tt14-2024-tt15-2017.md`` (every
standard's official wording, the scoring and pass-rule quotes, the coverage tables) and writes

* ``criteria/tt14-2024/{truong,trung-tam,ctdt-trung-cap-cao-dang,ctdt-so-cap}.yaml``
* ``criteria/tt15-2017/…`` (the same four objects)
* ``criteria/crosswalks/tt15-2017--tt14-2024--<object>.yaml``

The committed YAML is the product; this script documents how it was made and re-creates it
byte for byte. Regulation wording is copied verbatim from the note (quirks included); keywords,
improvement actions, formulas and crosswalks are editorial and are marked as such in the files.

Usage::

    python scripts/build_accreditation_criteria.py [REFERENCE.md] [--out CRITERIA_DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from accredit.model.crosswalk import Crosswalk, CrosswalkEntry
from accredit.model.framework import (
    Criterion,
    Decision,
    EvidenceWindow,
    Formula,
    Framework,
    FrameworkStatus,
    ObjectType,
    Regulation,
    Requirement,
    RequirementKind,
    TextStatus,
)

REPO = Path(__file__).resolve().parents[1]
REFERENCE_NAME = "accreditation-tt14-2024-tt15-2017.md"
DEFAULT_REFERENCE = REPO.parent / "shared" / "reference" / REFERENCE_NAME
REFERENCE_LABEL = f"shared/reference/{REFERENCE_NAME}"

# Letters of điểm (items) in Vietnamese legal drafting: no f, j, w, z; đ after d.
ITEM_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s"]

OBJECTS = ("truong", "trung-tam", "ctdt-trung-cap-cao-dang", "ctdt-so-cap")
VERSIONS = ("tt14-2024", "tt15-2017")


# --------------------------------------------------------------------------------------------
# Parsing the reference note
# --------------------------------------------------------------------------------------------


@dataclass
class ParsedStandard:
    """One ``- `x.y` [VI-official] Tiêu chuẩn …: text`` line."""

    code: str
    label: str
    text: str


@dataclass
class ParsedCriterion:
    """One ``#### Tiêu chí N – title`` block with its metadata line and standards."""

    code: str
    title: str
    count: int
    points: Decimal
    max_points: Decimal
    derived: bool
    article: str
    standards: list[ParsedStandard] = field(default_factory=list)


@dataclass
class ParsedObject:
    """One ``### A.n`` / ``### B.n`` section."""

    version: str
    slug: str
    heading: str
    scoring_article: str = ""
    scoring_text: str = ""
    pass_article: str = ""
    pass_text: str = ""
    criteria: list[ParsedCriterion] = field(default_factory=list)


@dataclass
class CoverageRow:
    """One criterion row of a Coverage table."""

    code: str
    title: str
    expected: int
    recovered: int
    points: Decimal
    max_points: Decimal
    derived: bool


@dataclass
class Reference:
    """Everything the builder reads from the note."""

    objects: dict[tuple[str, str], ParsedObject]
    coverage: dict[tuple[str, str], list[CoverageRow]]
    art17: str
    art1_3: str


PART_RE = re.compile(r"^## Part ([AB]): TT (\d+)/(\d{4})/TT-BLĐTBXH")
OBJ_RE = re.compile(r"^### [AB]\.\d (.+)$")
SCORING_RE = re.compile(r"^Scoring, (Điều \d+ khoản \d+) \[VI-official\]:$")
PASS_RE = re.compile(r"^Pass rule, (Điều \d+ khoản \d+)(?: \(.*\))? \[VI-official\]:$")
QUOTE_RE = re.compile(r'^> "(.*)"$')
CRIT_RE = re.compile(r"^#### Tiêu chí (\d+) – (.+)$")
META_RE = re.compile(
    r"^(\d+) standards × ([\d,]+) = ([\d,]+)(\*?) points\. Source: S1[45], (Điều \d+ khoản \d+)\.$"
)
STD_RE = re.compile(r"^- `(\d+)\.(\d+)` \[VI-official\] (Tiêu chuẩn [\d.]+): (.+)$")
COV_VERSION_RE = re.compile(r"^### TT (\d+)/(\d{4})")
COV_ROW_RE = re.compile(
    r"^\|\s*([^|]*?)\s*\| (\d+) (.+?) \| (\d+) \| (\d+) \| ([\d,]+) \| ([\d,]+)( \(DERIVED\))? \|$"
)


def _dec(text: str) -> Decimal:
    """A Vietnamese decimal ('2,5') as a Decimal."""
    return Decimal(text.replace(",", "."))


def _object_slug(heading: str) -> str:
    """Map a section or coverage-table object name to the framework object slug."""
    h = heading.lower()
    if "sơ cấp" in h:
        return "ctdt-so-cap"
    if "chương trình" in h or "ctđt" in h:
        return "ctdt-trung-cap-cao-dang"
    if "trung tâm" in h:
        return "trung-tam"
    if "trường" in h:
        return "truong"
    raise ValueError(f"unknown object heading: {heading!r}")


def _next_quote(lines: list[str], i: int) -> str:
    """The first ``> "…"`` quotation at or after line ``i``."""
    for line in lines[i:i + 4]:
        m = QUOTE_RE.match(line)
        if m:
            return m.group(1)
    raise ValueError(f"no quotation after line {i + 1}")


def parse_reference(path: Path) -> Reference:
    """Parse the reference note into objects, criteria, standards and coverage rows."""
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    lines = [ln.rstrip() for ln in text.splitlines()]
    objects: dict[tuple[str, str], ParsedObject] = {}
    coverage: dict[tuple[str, str], list[CoverageRow]] = {}
    art17 = art1_3 = ""
    version: str | None = None
    cov_version: str | None = None
    cov_object: str | None = None
    in_coverage = False
    current: ParsedObject | None = None
    crit: ParsedCriterion | None = None
    for i, line in enumerate(lines):
        if line.startswith("## "):
            in_coverage = line == "## Coverage"
            m = PART_RE.match(line)
            version = f"tt{m.group(2)}-{m.group(3)}" if m else None
            current = crit = None
            continue
        if in_coverage:
            m = COV_VERSION_RE.match(line)
            if m:
                cov_version, cov_object = f"tt{m.group(1)}-{m.group(2)}", None
                continue
            m = COV_ROW_RE.match(line)
            if m and cov_version:
                if m.group(1).strip():
                    cov_object = _object_slug(m.group(1).strip())
                assert cov_object is not None
                coverage.setdefault((cov_version, cov_object), []).append(CoverageRow(
                    code=m.group(2), title=m.group(3), expected=int(m.group(4)), recovered=int(m.group(5)),
                    points=_dec(m.group(6)), max_points=_dec(m.group(7)), derived=bool(m.group(8)),
                ))
            continue
        if version is None:
            continue
        if line == "Điều 17 [VI-official]:":
            art17 = _next_quote(lines, i + 1)
            continue
        if line == "Điều 1 khoản 3 [VI-official]:":
            art1_3 = _next_quote(lines, i + 1)
            continue
        m = OBJ_RE.match(line)
        if m:
            slug = _object_slug(m.group(1))
            current = ParsedObject(version=version, slug=slug, heading=m.group(1))
            objects[(version, slug)] = current
            crit = None
            continue
        if current is None:
            continue
        m = SCORING_RE.match(line)
        if m:
            current.scoring_article, current.scoring_text = m.group(1), _next_quote(lines, i + 1)
            continue
        m = PASS_RE.match(line)
        if m:
            current.pass_article, current.pass_text = m.group(1), _next_quote(lines, i + 1)
            continue
        m = CRIT_RE.match(line)
        if m:
            meta = META_RE.match(lines[i + 1])
            if not meta:
                raise ValueError(f"line {i + 2}: criterion metadata not understood: {lines[i + 1]!r}")
            crit = ParsedCriterion(
                code=m.group(1), title=m.group(2), count=int(meta.group(1)), points=_dec(meta.group(2)),
                max_points=_dec(meta.group(3)), derived=bool(meta.group(4)), article=meta.group(5),
            )
            current.criteria.append(crit)
            continue
        m = STD_RE.match(line)
        if m:
            if crit is None or m.group(1) != crit.code:
                raise ValueError(f"line {i + 1}: standard outside its criterion: {line[:60]!r}")
            crit.standards.append(ParsedStandard(code=f"{m.group(1)}.{m.group(2)}", label=m.group(3),
                                                 text=m.group(4)))
    if not art17 or not art1_3:
        raise ValueError("Điều 17 or Điều 1 khoản 3 quotation not found")
    return Reference(objects=objects, coverage=coverage, art17=art17, art1_3=art1_3)


def check_reference(ref: Reference) -> None:
    """Cross-check the parsed sections against the Coverage tables and the scoring articles."""
    for version in VERSIONS:
        for slug in OBJECTS:
            obj = ref.objects[(version, slug)]
            rows = ref.coverage[(version, slug)]
            where = f"{version}/{slug}"
            if not (obj.scoring_text and obj.pass_text):
                raise ValueError(f"{where}: scoring or pass-rule quotation missing")
            if [r.code for r in rows] != [c.code for c in obj.criteria]:
                raise ValueError(f"{where}: criteria differ from the Coverage table")
            for row, c in zip(rows, obj.criteria, strict=True):
                n = len(c.standards)
                if not (n == c.count == row.expected == row.recovered):
                    raise ValueError(f"{where} criterion {c.code}: {n} standards parsed, coverage {row.expected}")
                if (c.points, c.max_points, c.derived) != (row.points, row.max_points, row.derived):
                    raise ValueError(f"{where} criterion {c.code}: points/maximum/derived differ from Coverage")
                if c.points * n != c.max_points:
                    raise ValueError(f"{where} criterion {c.code}: {n} × {c.points} ≠ {c.max_points}")
                for k, s in enumerate(c.standards, start=1):
                    if s.code != f"{c.code}.{k}":
                        raise ValueError(f"{where}: standard {s.code} out of sequence")
                    expected = f"Tiêu chuẩn {s.code}" if version == "tt14-2024" else f"Tiêu chuẩn {k}"
                    if s.label != expected:
                        raise ValueError(f"{where}: {s.code} has label {s.label!r}, expected {expected!r}")
            pts = {c.points for c in obj.criteria}
            if len(pts) != 1:
                raise ValueError(f"{where}: points per standard differ between criteria")
            p = str(pts.pop()).replace(".", ",")
            if f"là {p} điểm" not in obj.scoring_text and f"là 0{p} điểm" not in obj.scoring_text:
                raise ValueError(f"{where}: scoring article does not state {p} points per standard")
            if sum(c.max_points for c in obj.criteria) != 100:
                raise ValueError(f"{where}: maxima do not add up to 100")


# --------------------------------------------------------------------------------------------
# Objects, regulations, windows, decisions
# --------------------------------------------------------------------------------------------

OBJECT_INFO: dict[str, dict[str, Any]] = {
    "truong": {
        "applies_to": [ObjectType.TRUONG_TRUNG_CAP, ObjectType.TRUONG_CAO_DANG],
        "name": "trường trung cấp, trường cao đẳng",
    },
    "trung-tam": {"applies_to": [ObjectType.TRUNG_TAM_GDNN], "name": "trung tâm giáo dục nghề nghiệp"},
    "ctdt-trung-cap-cao-dang": {
        "applies_to": [ObjectType.CTDT_TRUNG_CAP, ObjectType.CTDT_CAO_DANG],
        "name": "chương trình đào tạo trình độ trung cấp, trình độ cao đẳng",
    },
    "ctdt-so-cap": {"applies_to": [ObjectType.CTDT_SO_CAP], "name": "chương trình đào tạo trình độ sơ cấp"},
}

REG_TITLE = "Quy định tiêu chí, tiêu chuẩn kiểm định chất lượng giáo dục nghề nghiệp"
ISSUER = "Bộ Lao động - Thương binh và Xã hội"

REGULATIONS: dict[str, Regulation] = {
    "tt14-2024": Regulation(
        number="14/2024/TT-BLĐTBXH",
        title=REG_TITLE,
        issuer=ISSUER,
        issued=date(2024, 12, 31),
        effective=date(2025, 2, 15),
        source=(
            f"{REFERENCE_LABEL}, Part A (nguồn S14: Công báo số 97 + 98 ngày 18-01-2025, tr. 31–58, "
            "https://congbao.chinhphu.vn/van-ban/thong-tu-so-14-2024-tt-bldtbxh-43764.htm; "
            "tên văn bản theo trang đầu Công báo)"
        ),
    ),
    "tt15-2017": Regulation(
        number="15/2017/TT-BLĐTBXH",
        title=REG_TITLE,
        issuer=ISSUER,
        issued=date(2017, 6, 8),
        effective=date(2017, 7, 24),
        expires=date(2025, 2, 15),
        source=(
            f"{REFERENCE_LABEL}, Part B (nguồn S15: Bộ pháp điển điện tử, Đề mục 20.1 'Giáo dục nghề "
            "nghiệp', các điều 20.1.TT.17.n, dẫn chiếu vbpl.vn ItemID=123129; ngày ban hành, tên văn bản "
            "và ngày hết hiệu lực theo TT 14/2024/TT-BLĐTBXH Điều 17 khoản 1)"
        ),
    ),
}

# Which object types the 'trung cấp' / 'cao đẳng' halves of a by-level window belong to.
LEVELS: dict[str, tuple[ObjectType, ObjectType]] = {
    "truong": (ObjectType.TRUONG_TRUNG_CAP, ObjectType.TRUONG_CAO_DANG),
    "ctdt-trung-cap-cao-dang": (ObjectType.CTDT_TRUNG_CAP, ObjectType.CTDT_CAO_DANG),
}


def build_window(slug: str, obj: ParsedObject) -> EvidenceWindow:
    """The default evidence window, read from the scoring article's wording."""
    text = obj.scoring_text
    consecutive = "liên tục" in text
    if "02 năm" in text and "03 năm" in text:
        tc, cd = LEVELS[slug]
        return EvidenceWindow(mode="years", by_object={tc: 2, cd: 3}, consecutive=consecutive,
                              article=obj.scoring_article)
    if "01 năm" in text:
        return EvidenceWindow(mode="years", years=1, consecutive=consecutive, article=obj.scoring_article)
    raise ValueError(f"{obj.version}/{slug}: window not understood: {text!r}")


def _clause_at(text: str, pos: int) -> str:
    """The letter of the clause (a), b), c)) that contains character ``pos``."""
    letter = "a"
    for m in re.finditer(r"(?:^|[;.] )([a-c])\) ", text):
        if m.start(1) <= pos:
            letter = m.group(1)
    return letter


def build_decision(obj: ParsedObject) -> Decision:
    """The pass rule, parsed from the quoted article (total, share of each, shares of groups)."""
    text, art = obj.pass_text, obj.pass_article
    rules: list[dict[str, Any]] = []
    m = re.search(r"đạt từ (\d+) điểm trở lên", text)
    if not m:
        raise ValueError(f"{obj.version}/{obj.slug}: no total in the pass rule")
    rules.append({"type": "min_total", "points": Decimal(m.group(1)),
                  "article": f"{art} điểm {_clause_at(text, m.start())}"})
    m = re.search(r"từng tiêu chí kiểm định đạt từ (\d+)% điểm chuẩn", text)
    if m:
        rules.append({"type": "min_share_each", "share": Decimal(m.group(1)) / 100,
                      "article": f"{art} điểm {_clause_at(text, m.start())}"})
    for m in re.finditer(r"các tiêu chí ((?:\d+, )*\d+),? đạt từ (\d+)% điểm chuẩn", text):
        rules.append({"type": "min_share_for", "criteria": [c.strip() for c in m.group(1).split(",")],
                      "share": Decimal(m.group(2)) / 100, "article": f"{art} điểm {_clause_at(text, m.start())}"})
    if len(rules) < 2:
        raise ValueError(f"{obj.version}/{obj.slug}: pass rule not understood")
    return Decision.model_validate({"article": art, "text": text, "rules": rules})


# --------------------------------------------------------------------------------------------
# Formulas for standards that are (mostly) a number — editorial reading of the wording
# --------------------------------------------------------------------------------------------


def _share(num: tuple[str, str], den: tuple[str, str], threshold: int, *, must: str,
           data_scope: str | None = None, note: str | None = None) -> dict[str, Any]:
    return {
        "inputs": [{"name": num[0], "label": num[1]}, {"name": den[0], "label": den[1]}],
        "numerator": num[0], "denominator": den[0], "threshold": threshold,
        "data_scope": data_scope, "note": note, "_must": must,
    }


def _count(inp: tuple[str, str], unit: str, threshold: int, *, must: str,
           data_scope: str | None = None, note: str | None = None) -> dict[str, Any]:
    return {
        "inputs": [{"name": inp[0], "label": inp[1], "unit": unit}],
        "numerator": inp[0], "multiplier": 1, "unit": unit, "threshold": threshold,
        "data_scope": data_scope, "note": note, "_must": must,
    }


GRADUATES = ("graduates", "Số người học tốt nghiệp")
EMPLOYED_12M = ("graduates_employed_12m", "Số người tốt nghiệp có việc làm trong vòng 12 tháng kể từ khi tốt nghiệp")
EMPLOYED_6M = ("graduates_employed_6m", "Số người tốt nghiệp có việc làm trong vòng 6 tháng kể từ khi tốt nghiệp")
EMPLOYED_REL_6M = (
    "graduates_employed_relevant_6m",
    "Số người tốt nghiệp có việc làm phù hợp với ngành, nghề đào tạo trong vòng 06 tháng kể từ khi tốt nghiệp",
)
ENROLLED = ("enrolled", "Kết quả tuyển sinh (số người học tuyển được)")
TARGET = ("enrolment_target", "Chỉ tiêu tuyển sinh theo kế hoạch của cơ sở đào tạo")
PROGRAMMES_OK = ("programmes_compliant", "Số chương trình đào tạo được xây dựng hoặc lựa chọn theo quy định")
PROGRAMMES = ("programmes", "Tổng số chương trình đào tạo")
TEXTBOOKS_OK = ("textbooks_compliant", "Số giáo trình được xây dựng/biên soạn hoặc lựa chọn theo quy định")
TEXTBOOKS = ("textbooks", "Tổng số giáo trình của các mô-đun, môn học")
TEACHERS_OK = ("teachers_qualified", "Số nhà giáo tham gia giảng dạy đạt chuẩn về chuyên môn, nghiệp vụ")
TEACHERS = ("teachers", "Số nhà giáo tham gia giảng dạy")
PERM_INTERN = ("permanent_teachers_interned", "Số nhà giáo cơ hữu đi thực tập tại đơn vị sử dụng lao động")
PERM = ("permanent_teachers", "Số nhà giáo cơ hữu")
MGR_OK = ("managers_staff_qualified", "Số cán bộ quản lý và nhân viên đạt chuẩn về chuyên môn, nghiệp vụ")
MGR = ("managers_staff", "Số cán bộ quản lý và nhân viên")
EMPLOYERS_SURVEYED = ("employers_surveyed", "Số đơn vị sử dụng lao động được thu thập ý kiến trong năm")
EMPLOYERS_SATISFIED = ("employers_satisfied", "Số đơn vị sử dụng lao động được điều tra hài lòng")
EMPLOYERS_ASKED = ("employers_surveyed", "Số đơn vị sử dụng lao động được điều tra")
LEARNERS_SURVEYED = ("learners_surveyed", "Số người học được thu thập ý kiến trong năm")
LEARNERS = ("learners", "Tổng số người học")

FORMULAS: dict[tuple[str, str, str], dict[str, Any]] = {
    ("tt14-2024", "truong", "8.6"): _share(EMPLOYED_12M, GRADUATES, 80, must="80%",
                                           data_scope="Người học tốt nghiệp; có việc làm trong vòng 12 tháng."),
    ("tt14-2024", "trung-tam", "7.3"): _share(EMPLOYED_6M, GRADUATES, 80, must="80%",
                                              data_scope="Người học tốt nghiệp; có việc làm trong vòng 6 tháng."),
    ("tt14-2024", "ctdt-trung-cap-cao-dang", "3.1"): _share(
        ENROLLED, TARGET, 80, must="80% chỉ tiêu",
        note="Chỉ phần 'kết quả tuyển sinh đạt tối thiểu 80% chỉ tiêu'; phần còn lại đánh giá bằng minh chứng."),
    ("tt14-2024", "ctdt-trung-cap-cao-dang", "7.7"): _share(
        EMPLOYED_12M, GRADUATES, 80, must="80%",
        note="Chỉ câu thứ hai của tiêu chuẩn; câu đầu (xác lập, giám sát, đối sánh tỷ lệ) đánh giá bằng minh chứng."),
    ("tt14-2024", "ctdt-so-cap", "7.4"): _share(EMPLOYED_6M, GRADUATES, 80, must="80%",
                                                data_scope="Người học tốt nghiệp; có việc làm trong vòng 6 tháng."),
    ("tt15-2017", "truong", "4.2"): _share(PROGRAMMES_OK, PROGRAMMES, 100, must="100%"),
    ("tt15-2017", "truong", "4.11"): _share(TEXTBOOKS_OK, TEXTBOOKS, 100, must="100%"),
    ("tt15-2017", "truong", "9.1"): _count(EMPLOYERS_SURVEYED, "đơn vị", 10, must="10 đơn vị"),
    ("tt15-2017", "truong", "9.2"): _share(
        ("staff_surveyed", "Số cán bộ quản lý, nhà giáo, viên chức và người lao động được thu thập ý kiến"),
        ("staff", "Tổng số cán bộ quản lý, nhà giáo, viên chức và người lao động"), 50, must="50%"),
    ("tt15-2017", "truong", "9.3"): _share(LEARNERS_SURVEYED, LEARNERS, 30, must="30%",
                                           data_scope="Người học đại diện các ngành, nghề đào tạo."),
    ("tt15-2017", "truong", "9.6"): _share(
        EMPLOYED_REL_6M, GRADUATES, 80, must="80%",
        note="Câu chữ 'có tỷ lệ 80%' được hiểu là tỷ lệ tối thiểu (>= 80%)."),
    ("tt15-2017", "trung-tam", "4.3"): _share(PROGRAMMES_OK, PROGRAMMES, 100, must="100%"),
    ("tt15-2017", "trung-tam", "4.6"): _share(TEXTBOOKS_OK, TEXTBOOKS, 100, must="100%"),
    ("tt15-2017", "ctdt-so-cap", "3.1"): _share(
        TEACHERS_OK, TEACHERS, 100, must="100%",
        note="Chỉ phần '100% nhà giáo … đạt chuẩn'; việc hoàn thành nhiệm vụ hằng năm đánh giá bằng minh chứng."),
    ("tt15-2017", "ctdt-so-cap", "3.3"): _share(
        PERM_INTERN, PERM, 100, must="100%",
        note="Chỉ phần '100% nhà giáo cơ hữu đi thực tập'; phần bồi dưỡng hằng năm đánh giá bằng minh chứng."),
    ("tt15-2017", "ctdt-so-cap", "3.4"): _share(
        MGR_OK, MGR, 100, must="100%",
        note="Chỉ phần 'đạt chuẩn'; việc hoàn thành nhiệm vụ hằng năm đánh giá bằng minh chứng."),
    ("tt15-2017", "ctdt-so-cap", "4.5"): _share(TEXTBOOKS_OK, TEXTBOOKS, 100, must="100%"),
    ("tt15-2017", "ctdt-so-cap", "7.1"): _count(EMPLOYERS_SURVEYED, "đơn vị", 10, must="10 đơn vị"),
    ("tt15-2017", "ctdt-so-cap", "7.3"): _share(EMPLOYED_REL_6M, GRADUATES, 80, must="80%"),
    ("tt15-2017", "ctdt-so-cap", "7.4"): _share(EMPLOYERS_SATISFIED, EMPLOYERS_ASKED, 80, must="80%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "2.1"): _share(
        ENROLLED, TARGET, 80, must="80% chỉ tiêu",
        note="Chỉ phần 'kết quả tuyển sinh đạt tối thiểu 80% chỉ tiêu'."),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "2.4"): _share(
        ("graduates_practised_at_employer",
         "Số người học được thực hành tại đơn vị sử dụng lao động trước khi tốt nghiệp"),
        GRADUATES, 100, must="100%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "3.1"): _share(TEACHERS_OK, TEACHERS, 100, must="100%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "3.2"): _share(
        ("teachers_tasks_done", "Số nhà giáo hoàn thành các nhiệm vụ do cơ sở đào tạo giao trong năm"),
        TEACHERS, 100, must="100%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "3.4"): _share(
        ("specialist_teachers_active",
         "Số nhà giáo cơ hữu dạy các môn chuyên môn ngành, nghề tham gia nghiên cứu khoa học, hội thi nhà giáo "
         "dạy giỏi, hội thi thiết bị tự làm trong năm"),
        ("specialist_teachers", "Số nhà giáo cơ hữu dạy các môn chuyên môn ngành, nghề"), 50, must="50%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "3.6"): _share(PERM_INTERN, PERM, 100, must="100%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "3.7"): _share(MGR_OK, MGR, 100, must="100%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "3.8"): _share(
        ("managers_staff_tasks_done", "Số cán bộ quản lý và nhân viên hoàn thành các nhiệm vụ được giao trong năm"),
        MGR, 100, must="100%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "4.2"): _count(
        ("employers_in_development", "Số đơn vị sử dụng lao động tham gia xây dựng và thẩm định chương trình đào tạo"),
        "đơn vị", 2, must="02 đơn vị"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "4.10"): _share(TEXTBOOKS_OK, TEXTBOOKS, 100, must="100%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "7.1"): _count(EMPLOYERS_SURVEYED, "đơn vị", 10, must="10 đơn vị"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "7.3"): _share(
        ("teachers_managers_surveyed", "Số nhà giáo, cán bộ quản lý được thu thập ý kiến trong năm"),
        ("teachers_managers", "Tổng số nhà giáo, cán bộ quản lý"), 50, must="50%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "7.4"): _share(LEARNERS_SURVEYED, LEARNERS, 30, must="30%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "7.7"): _share(EMPLOYED_REL_6M, GRADUATES, 80, must="80%"),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "7.8"): _share(EMPLOYERS_SATISFIED, EMPLOYERS_ASKED, 80, must="80%"),
}

# Notes on single requirements (quirks kept verbatim, numbers the formula cannot carry).
REQUIREMENT_NOTES: dict[tuple[str, str, str], str] = {
    ("tt14-2024", "trung-tam", "3.1"): "Nguyên văn nguồn viết 'cán bộ quản lý,viên chức' (thiếu dấu cách); giữ nguyên.",
    ("tt15-2017", "truong", "5.13"): (
        "Có ngưỡng số 'mỗi loại giáo trình đảm bảo tối thiểu 05 bản in' — kiểm tra bằng danh mục thư viện."),
    ("tt15-2017", "truong", "6.2"): (
        "Ngưỡng khác nhau theo loại trường: ít nhất 01 đề tài/sáng kiến (trường trung cấp), ít nhất 02 "
        "(trường cao đẳng) mỗi năm; công thức một ngưỡng không biểu diễn được nên đánh giá bằng minh chứng."),
    ("tt15-2017", "truong", "7.3"): "Nguyên văn nguồn có dấu phẩy thừa: 'các hoạt động, của trường'; giữ nguyên.",
    ("tt15-2017", "ctdt-so-cap", "6.1"): "Nguyên văn nguồn có dấu phẩy thừa: 'được hưởng, các chế độ'; giữ nguyên.",
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "2.5"): (
        "Nguyên văn nguồn viết 'kết quả học lập' (lỗi chính tả của 'học tập'); giữ nguyên."),
    ("tt15-2017", "ctdt-trung-cap-cao-dang", "5.6"): (
        "Có nhiều ngưỡng số (tối thiểu 05 bản in mỗi loại giáo trình; tối thiểu 05 đầu sách/người học; 100% "
        "chương trình, giáo trình được số hóa) — kiểm tra từng ngưỡng bằng minh chứng."),
}


def build_formula(key: tuple[str, str, str], text: str) -> Formula | None:
    """The formula for a numeric standard, after checking its threshold is in the wording."""
    spec = FORMULAS.get(key)
    if spec is None:
        return None
    spec = dict(spec)
    must = spec.pop("_must")
    if must not in text:
        raise ValueError(f"{key}: formula threshold {must!r} not in the standard's wording")
    spec["article"] = None
    return Formula.model_validate({k: v for k, v in spec.items() if v is not None})


# --------------------------------------------------------------------------------------------
# Keywords and improvement actions (editorial suggestions, not regulation text)
# --------------------------------------------------------------------------------------------

# (patterns found in the wording, improvement action or None, weak). Where patterns overlap in the
# wording the longer match wins; the matched patterns, in reading order, become the keywords. Actions
# follow the order of their first match; a weak topic's action is used only when no other applies.
A = str | None
TOPICS: list[tuple[tuple[str, ...], A, bool]] = [
    (("có việc làm", "tỷ lệ việc làm", "tỷ lệ có việc làm"),
     "Khảo sát việc làm của người tốt nghiệp đúng mốc thời gian quy định; lưu danh sách, phiếu khảo sát và "
     "bảng tính tỷ lệ theo từng khóa.", False),
    (("điều tra lần vết",),
     "Thực hiện điều tra lần vết người tốt nghiệp theo kế hoạch; lưu phiếu điều tra và báo cáo tổng hợp.", False),
    (("hài lòng",),
     "Khảo sát mức độ hài lòng theo mẫu phiếu thống nhất; lưu phiếu, bảng tổng hợp và báo cáo sử dụng kết quả "
     "để cải tiến.", False),
    (("tỷ lệ tốt nghiệp", "bỏ học", "thời gian tốt nghiệp"),
     "Theo dõi tỷ lệ tốt nghiệp, bỏ học theo khóa/lớp; lưu bảng số liệu và báo cáo đối sánh, biện pháp cải "
     "tiến.", False),
    (("tự đánh giá",),
     "Thành lập hội đồng tự đánh giá; lưu báo cáo tự đánh giá và kế hoạch cải tiến chất lượng sau tự đánh giá, "
     "có theo dõi kết quả thực hiện.", False),
    (("kiểm định chất lượng", "đánh giá ngoài"), None, False),
    (("thu thập ý kiến", "lấy ý kiến", "khảo sát", "ý kiến phản hồi"),
     "Ban hành kế hoạch, công cụ khảo sát hằng năm; lưu phiếu, bảng tổng hợp ý kiến và báo cáo sử dụng kết quả "
     "để cải tiến.", False),
    (("hội chợ việc làm", "nhà tuyển dụng"),
     "Tổ chức hoặc phối hợp tổ chức hội chợ việc làm hằng năm; lưu kế hoạch, danh sách doanh nghiệp tham gia "
     "và báo cáo kết quả.", False),
    (("tư vấn học tập", "tư vấn việc làm", "tư vấn giới thiệu việc làm", "giới thiệu việc làm",
      "thị trường lao động, việc làm", "khả năng có việc làm", "tư vấn"),
     "Lập kế hoạch tư vấn học tập, nghề nghiệp, việc làm cho người học; lưu danh sách người học được tư vấn, "
     "giới thiệu việc làm.", False),
    (("ký túc xá",),
     "Lưu hồ sơ ký túc xá (diện tích, số chỗ ở, nội quy, điều kiện sinh hoạt) và kết quả khảo sát người học "
     "về điều kiện ở.", False),
    (("y tế", "ăn uống"),
     "Lưu hồ sơ dịch vụ y tế, căng tin (hợp đồng, giấy chứng nhận an toàn thực phẩm) và ý kiến người học về "
     "dịch vụ.", False),
    (("dịch vụ hỗ trợ", "tiện ích", "chất lượng dịch vụ", "dịch vụ người học", "hỗ trợ người học"),
     "Theo dõi chất lượng các dịch vụ hỗ trợ người học (phiếu ý kiến, sổ góp ý); lưu báo cáo đánh giá và biện "
     "pháp cải tiến.", False),
    (("văn hóa, văn nghệ", "văn nghệ", "thể dục thể thao", "thể dục, thể thao", "ngoại khóa",
      "hoạt động xã hội", "hoạt động phong trào"),
     "Lập kế hoạch và lưu minh chứng tổ chức hoạt động văn hóa, văn nghệ, thể dục thể thao, ngoại khóa cho "
     "người học (kế hoạch, danh sách tham gia, hình ảnh).", False),
    (("khen thưởng",),
     "Ban hành quy định khen thưởng, khuyến khích, hỗ trợ người học; lưu quyết định khen thưởng và danh sách "
     "người học được hỗ trợ theo năm.", False),
    (("bình đẳng", "không phân biệt"),
     "Ban hành, phổ biến quy định về đối xử bình đẳng, không phân biệt; lưu minh chứng thực hiện và xử lý phản "
     "ánh (nếu có).", False),
    (("chế độ, chính sách", "chính sách, chế độ", "chế độ chính sách", "quyền lợi"),
     "Lập danh sách đối tượng được hưởng chế độ, chính sách theo từng năm kèm quyết định, chứng từ chi trả.",
     False),
    (("năng lực số", "chuyển đổi số"),
     "Rà soát chuẩn đầu ra để tích hợp năng lực số; lưu quyết định ban hành chuẩn đầu ra đã cập nhật.", False),
    (("đào tạo trực tuyến", "đào tạo từ xa", "phần mềm ảo"),
     "Thống kê hạ tầng, phần mềm phục vụ đào tạo trực tuyến/mô phỏng; lưu minh chứng sử dụng trong giảng dạy.",
     False),
    (("công nghệ thông tin", "cơ sở dữ liệu", "máy tính", "thư viện điện tử"),
     "Thống kê các phần mềm, cơ sở dữ liệu, thiết bị tin học đang dùng trong quản lý và đào tạo; lưu minh "
     "chứng vận hành (tài khoản, báo cáo xuất).", False),
    (("liên thông",),
     "Ban hành hướng dẫn đào tạo liên thông; lưu quyết định công nhận, miễn trừ mô-đun, môn học cho người học "
     "liên thông.", False),
    (("liên kết đào tạo",),
     "Lưu hợp đồng liên kết đào tạo và kết quả lấy ý kiến về việc thực hiện liên kết.", False),
    (("nhu cầu sử dụng nhân lực", "yêu cầu sử dụng nhân lực", "yêu cầu nhân lực", "nhu cầu thị trường lao động",
      "nhu cầu của thị trường lao động"),
     "Thực hiện và lưu báo cáo phân tích nhu cầu nhân lực, thị trường lao động của địa phương, ngành làm căn "
     "cứ xác định ngành, nghề và quy mô đào tạo.", False),
    (("tuyển sinh", "chỉ tiêu", "tư vấn tuyển sinh", "quy chế tuyển sinh", "chỉ tiêu tuyển sinh"),
     "Lưu quy chế, kế hoạch, chỉ tiêu và báo cáo kết quả tuyển sinh từng năm; đối chiếu kết quả với chỉ tiêu "
     "và ghi nhận biện pháp cải tiến.", False),
    (("kiểm tra, giám sát",),
     "Ban hành kế hoạch kiểm tra, giám sát hằng năm; lưu biên bản, báo cáo kết quả và quyết định điều chỉnh.",
     False),
    (("kiểm tra, thi", "xét công nhận tốt nghiệp", "văn bằng", "chứng chỉ", "đánh giá kết quả học tập",
      "đánh giá người học", "kết quả kiểm tra", "kết quả học tập", "hồ sơ người học"),
     "Ban hành và rà soát định kỳ quy định về kiểm tra, thi, xét công nhận tốt nghiệp; lưu hồ sơ tổ chức thi, "
     "bảng điểm và sổ cấp văn bằng, chứng chỉ.", False),
    (("kế hoạch đào tạo, bồi dưỡng", "bồi dưỡng"),
     "Lập kế hoạch đào tạo, bồi dưỡng đội ngũ hằng năm; lưu danh sách, chứng chỉ và báo cáo tổng kết.", False),
    (("kế hoạch đào tạo", "tiến độ đào tạo", "kế hoạch, tiến độ đào tạo", "tổ chức đào tạo"),
     "Ban hành kế hoạch, tiến độ đào tạo cho từng lớp, khóa học; lưu sổ theo dõi thực hiện và các quyết định "
     "điều chỉnh.", False),
    (("đơn vị sử dụng lao động",),
     "Ký kết và lưu thỏa thuận phối hợp với đơn vị sử dụng lao động; lưu danh sách, nhận xét kết quả phối "
     "hợp (thực tập, tham gia xây dựng chương trình, góp ý).", False),
    (("thực hành, thực tập", "thực tập"), None, False),
    (("phương pháp đào tạo", "phương pháp giảng dạy", "phương pháp dạy học", "phương thức tổ chức đào tạo",
      "phương thức đào tạo", "hình thức đào tạo", "hình thức, phương thức", "tính tích cực", "kỹ năng tự học"),
     "Lưu giáo án, kế hoạch bài giảng và biên bản dự giờ thể hiện phương pháp, hình thức đào tạo phù hợp.",
     False),
    (("chuẩn đầu ra", "khung trình độ quốc gia"),
     "Ban hành, công bố chuẩn đầu ra của từng chương trình đào tạo; lưu bảng đối chiếu với Khung trình độ "
     "quốc gia Việt Nam.", False),
    (("giáo trình",),
     "Lập danh mục giáo trình theo từng mô-đun, môn học kèm quyết định biên soạn/lựa chọn, thẩm định, ban hành "
     "và lần rà soát gần nhất.", False),
    (("chương trình đào tạo tương ứng của nước ngoài", "chương trình đào tạo", "chương trình"),
     "Lập danh mục chương trình đào tạo kèm quyết định ban hành, biên bản thẩm định và lần rà soát, cập nhật "
     "gần nhất.", True),
    (("nghiên cứu khoa học", "sáng kiến", "chuyển giao công nghệ"),
     "Lập danh mục đề tài nghiên cứu khoa học, sáng kiến cải tiến theo năm kèm quyết định nghiệm thu và minh "
     "chứng ứng dụng.", False),
    (("bài báo", "ấn phẩm", "trong nước hoặc quốc tế"),
     "Lập danh mục bài báo, ấn phẩm theo năm kèm bản chụp bìa, mục lục tạp chí.", False),
    (("nước ngoài", "quốc tế"),
     "Lưu thỏa thuận hợp tác với đối tác nước ngoài và báo cáo kết quả các hoạt động hợp tác.", False),
    (("tài chính", "nguồn thu", "kinh phí", "định mức chi", "kiểm toán", "thanh quyết toán"),
     "Ban hành quy chế chi tiêu nội bộ; lưu báo cáo tài chính, quyết toán, biên bản tự kiểm tra, kết luận "
     "kiểm toán và minh chứng công khai tài chính.", False),
    (("thư viện", "học liệu", "phòng đọc"),
     "Lập danh mục tài liệu thư viện (bản in, điện tử) đối chiếu với danh mục chương trình, giáo trình; lưu "
     "thống kê lượt sử dụng.", False),
    (("nguyên, nhiên, vật liệu", "vật tư", "vật liệu"),
     "Ban hành quy trình quản lý, cấp phát vật tư, nguyên, nhiên, vật liệu; lưu sổ cấp phát theo kế hoạch, "
     "tiến độ đào tạo.", False),
    (("thiết bị tự làm", "thiết bị"),
     "Lập sổ quản lý thiết bị đào tạo (danh mục, hồ sơ bảo trì, bảo dưỡng) và đối chiếu với yêu cầu của "
     "chương trình đào tạo.", False),
    (("an toàn", "môi trường", "người khuyết tật", "phòng chống cháy nổ", "phòng cháy chữa cháy"),
     "Ban hành nội quy an toàn, vệ sinh lao động, phòng cháy chữa cháy, bảo vệ môi trường; lưu biên bản kiểm "
     "tra định kỳ.", False),
    (("khuôn viên", "hạ tầng kỹ thuật", "địa điểm", "quy hoạch tổng thể", "quy hoạch chung"),
     "Lưu hồ sơ quy hoạch tổng thể, bản vẽ, giấy tờ đất và biên bản kiểm tra hạ tầng kỹ thuật, kế hoạch bảo "
     "trì.", False),
    (("phòng học", "xưởng thực hành", "phòng thí nghiệm", "khu học", "khu vực thực hành", "cơ sở vật chất",
      "khu học tập và nghiên cứu khoa học", "hệ thống điện"),
     "Lập danh mục phòng học, xưởng, khu thực hành (diện tích, công năng) và đối chiếu với quy chuẩn, yêu cầu "
     "đào tạo.", False),
    (("tỷ lệ quy đổi", "tỉ lệ quy đổi", "tỉ lệ số người học/lớp", "tỷ lệ số người học/lớp"),
     "Tính tỷ lệ quy đổi người học/nhà giáo và số người học/lớp theo từng năm; lưu bảng tính và danh sách nhà "
     "giáo.", False),
    (("hiệu trưởng", "giám đốc"),
     "Lưu quyết định bổ nhiệm, hồ sơ đáp ứng tiêu chuẩn và kết quả đánh giá hằng năm của người đứng đầu và "
     "cấp phó.", False),
    (("tuyển dụng", "bổ nhiệm"),
     "Ban hành quy định tuyển dụng, sử dụng, quy hoạch, bổ nhiệm; lưu hồ sơ tuyển dụng và kết quả đánh giá, "
     "phân loại hằng năm.", False),
    (("đạt chuẩn",),
     "Lập bảng đối chiếu trình độ chuyên môn, nghiệp vụ của từng người với chuẩn quy định, kèm bản sao văn "
     "bằng, chứng chỉ.", False),
    (("hoàn thành các nhiệm vụ", "hoàn thành nhiệm vụ", "nhiệm vụ, quyền hạn", "quyền hạn"),
     "Lưu phân công nhiệm vụ và kết quả đánh giá, phân loại mức độ hoàn thành nhiệm vụ hằng năm.", False),
    (("hệ thống bảo đảm chất lượng", "hệ thống đảm bảo chất lượng", "đảm bảo chất lượng", "bảo đảm chất lượng"),
     "Ban hành sổ tay, quy trình bảo đảm chất lượng; phân công bộ phận phụ trách và lưu báo cáo đánh giá, cải "
     "tiến hằng năm.", False),
    (("sứ mạng",),
     "Rà soát, cập nhật sứ mạng, mục tiêu; lưu quyết định ban hành và minh chứng công bố công khai.", False),
    (("hội đồng trường", "hội đồng quản trị", "hội đồng tư vấn", "tổ chức đảng", "đảng cộng sản", "đoàn thể",
      "quy chế dân chủ"),
     "Lưu quyết định thành lập, quy chế hoạt động, biên bản họp và báo cáo hoạt động của các hội đồng, tổ chức "
     "đảng, đoàn thể.", False),
    (("quy chế về tổ chức và hoạt động", "quy chế tổ chức và hoạt động", "tổ chức và quản lý",
      "chức năng, nhiệm vụ", "giao nhiệm vụ"),
     "Ban hành quy chế tổ chức và hoạt động, quy định chức năng, nhiệm vụ từng đơn vị; lưu biên bản rà soát, "
     "điều chỉnh hằng năm.", False),
    (("nhà giáo", "cán bộ quản lý", "viên chức", "người lao động", "nhân viên"), None, False),
    (("sổ sách, biểu mẫu", "chế độ báo cáo"),
     "Lưu đầy đủ sổ sách, biểu mẫu quản lý đào tạo và các báo cáo định kỳ đã gửi.", False),
    (("công bố công khai", "công khai"),
     "Lưu minh chứng công khai (đường dẫn website, ảnh bảng tin, văn bản thông báo) kèm ngày đăng.", True),
    # Keyword-only terms: specific enough to help match evidence, no action of their own.
    (("quyền tự chủ", "thẩm định", "mô-đun", "mô đun", "môn học", "thị trường lao động", "bảo trì, bảo dưỡng",
      "quản lý người học", "đối sánh", "tạp chí", "hợp tác", "kỹ thuật công nghệ", "khoa học công nghệ",
      "khoa học, công nghệ", "người tốt nghiệp", "quy mô đào tạo", "đào tạo liên thông", "kỹ năng nghề",
      "khối lượng kiến thức", "định mức"), None, False),
]

# A typical evidence term per topic (keyed by the topic's first pattern), added to the keywords of
# the topics that give a requirement its improvement actions: evidence files are named this way.
TOPIC_EVIDENCE: dict[str, str] = {
    "có việc làm": "khảo sát việc làm",
    "điều tra lần vết": "phiếu điều tra",
    "hài lòng": "phiếu khảo sát",
    "tỷ lệ tốt nghiệp": "thống kê người học",
    "tự đánh giá": "báo cáo tự đánh giá",
    "thu thập ý kiến": "phiếu khảo sát",
    "hội chợ việc làm": "ngày hội việc làm",
    "tư vấn học tập": "tư vấn nghề nghiệp",
    "ký túc xá": "nội trú",
    "y tế": "căng tin",
    "dịch vụ hỗ trợ": "công tác học sinh, sinh viên",
    "văn hóa, văn nghệ": "đoàn thanh niên",
    "khen thưởng": "quyết định khen thưởng",
    "bình đẳng": "bình đẳng giới",
    "chế độ, chính sách": "học bổng",
    "năng lực số": "chuẩn đầu ra",
    "đào tạo trực tuyến": "học trực tuyến",
    "công nghệ thông tin": "phần mềm quản lý",
    "liên thông": "miễn trừ",
    "liên kết đào tạo": "hợp đồng liên kết",
    "nhu cầu sử dụng nhân lực": "khảo sát nhu cầu",
    "tuyển sinh": "kết quả tuyển sinh",
    "kiểm tra, giám sát": "báo cáo kiểm tra",
    "kiểm tra, thi": "quy chế đào tạo",
    "kế hoạch đào tạo, bồi dưỡng": "kế hoạch bồi dưỡng",
    "kế hoạch đào tạo": "tiến độ đào tạo",
    "đơn vị sử dụng lao động": "doanh nghiệp",
    "phương pháp đào tạo": "dự giờ",
    "chuẩn đầu ra": "công bố chuẩn đầu ra",
    "giáo trình": "thẩm định giáo trình",
    "chương trình đào tạo tương ứng của nước ngoài": "thẩm định chương trình",
    "nghiên cứu khoa học": "đề tài",
    "bài báo": "tạp chí",
    "nước ngoài": "hợp tác quốc tế",
    "tài chính": "quy chế chi tiêu nội bộ",
    "thư viện": "tài liệu tham khảo",
    "nguyên, nhiên, vật liệu": "cấp phát vật tư",
    "thiết bị tự làm": "sổ quản lý thiết bị",
    "an toàn": "phòng cháy chữa cháy",
    "khuôn viên": "quy hoạch tổng thể",
    "phòng học": "xưởng thực hành",
    "tỷ lệ quy đổi": "danh sách nhà giáo",
    "hiệu trưởng": "quyết định bổ nhiệm",
    "tuyển dụng": "quyết định tuyển dụng",
    "đạt chuẩn": "văn bằng, chứng chỉ",
    "hoàn thành các nhiệm vụ": "đánh giá, phân loại",
    "hệ thống bảo đảm chất lượng": "sổ tay chất lượng",
    "sứ mạng": "tầm nhìn",
    "hội đồng trường": "quyết định thành lập",
    "quy chế về tổ chức và hoạt động": "quy chế tổ chức và hoạt động",
    "sổ sách, biểu mẫu": "biểu mẫu",
    "công bố công khai": "công khai",
}
MAX_EVIDENCE_TERMS = 2

FALLBACK_ACTION = ("Lập danh mục minh chứng cho tiêu chuẩn này, phân công đơn vị chịu trách nhiệm và cập nhật "
                   "trong mỗi năm của khoảng thời gian đánh giá.")
MAX_KEYWORDS = 5


def keywords_and_actions(text: str, formula: Formula | None) -> tuple[list[str], list[str]]:
    """Keywords (terms of the wording, in reading order) and 1–2 generic improvement actions."""
    low = text.lower()
    # Every occurrence of every pattern; longer matches win where they overlap ('hội đồng tư vấn'
    # is not 'tư vấn'), so a topic counts only through matches that survive.
    candidates = [
        (m.start(), m.end(), t, p)
        for t, (patterns, _, _) in enumerate(TOPICS)
        for p in patterns
        for m in re.finditer(re.escape(p), low)
    ]
    taken: list[tuple[int, int, int, str]] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], c[2])):
        if all(cand[1] <= s or cand[0] >= e for s, e, _, _ in taken):
            taken.append(cand)
    taken.sort()
    keywords: list[str] = []
    strong: list[tuple[str, str]] = []
    weak: list[tuple[str, str]] = []
    for _, _, t, p in taken:
        if p not in keywords:
            keywords.append(p)
        patterns, action, is_weak = TOPICS[t]
        bucket = weak if is_weak else strong
        if action and all(action != a for a, _ in bucket):
            bucket.append((action, patterns[0]))
    chosen = (strong or weak)[:2]
    keywords = keywords[:MAX_KEYWORDS]
    for _, first in chosen[:MAX_EVIDENCE_TERMS]:
        term = TOPIC_EVIDENCE.get(first)
        if term and all(term not in k and k not in term for k in keywords):
            keywords.append(term)
    actions = [a for a, _ in chosen]
    if formula is not None:
        labels = "; ".join(i.label.lower() for i in formula.inputs)
        actions.insert(0, f"Thu thập số liệu hằng năm ({labels}) và lưu bảng tính kèm danh sách chi tiết để "
                          "kiểm chứng ngưỡng của tiêu chuẩn.")
    if not actions:
        actions.append(FALLBACK_ACTION)
    return keywords, actions[:2]


# --------------------------------------------------------------------------------------------
# Notes per framework
# --------------------------------------------------------------------------------------------


def _sentence_with(text: str, needle: str) -> str:
    """The sentence of ``text`` containing ``needle``."""
    for s in re.split(r"(?<=\.) ", text):
        if needle in s:
            return s
    raise ValueError(f"{needle!r} not found")


def notes_for(version: str, slug: str, obj: ParsedObject, ref: Reference) -> list[str]:
    """The file's notes: source, scoring quote, scope, transition, quirks and gaps."""
    notes: list[str] = []
    if version == "tt14-2024":
        notes.append(
            "Nguồn: toàn văn TT 14/2024/TT-BLĐTBXH đăng Công báo số 97 + 98 ngày 18/01/2025 (tr. 31–58), đọc "
            f"từ lớp văn bản của bản PDF Công báo (nguồn S14 trong {REFERENCE_LABEL}). Câu chữ tiêu chí, tiêu "
            "chuẩn, quy tắc đạt được trích nguyên văn; lỗi chính tả, dấu cách của nguồn được giữ nguyên. Số tiêu "
            "chuẩn và điểm chuẩn từng tiêu chí khớp Phụ lục 01–04 của Thông tư.")
    else:
        notes.append(
            "Nguồn: TT 15/2017/TT-BLĐTBXH, Điều 4–15, theo Bộ pháp điển điện tử (Đề mục 20.1 'Giáo dục nghề "
            "nghiệp', các điều 20.1.TT.17.n, dẫn chiếu văn bản gốc trên vbpl.vn), đọc từ hai bản sao độc lập có "
            f"nội dung trùng khớp (nguồn S15 trong {REFERENCE_LABEL}). Câu chữ trích nguyên văn, giữ nguyên lỗi "
            "của nguồn.")
        notes.append(
            "Hiệu lực: 24/07/2017 đến hết 14/02/2025. TT 14/2024/TT-BLĐTBXH Điều 17 khoản 1: TT 15/2017 'hết "
            "hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành' (15/02/2025), trừ trường hợp chuyển tiếp tại "
            "khoản 2 (xem 'transition'). 'regulation.expires' ghi ngày bắt đầu hết hiệu lực (15/02/2025).")
    notes.append(f"Cách chấm điểm và thời gian đáp ứng ({obj.scoring_article}): «{obj.scoring_text}»")
    if version == "tt14-2024":
        notes.append(
            "Chữ cái điểm ('item': a, b, c, d, đ, e, g, h) của từng tiêu chuẩn đã đối chiếu với lớp văn bản "
            "Công báo; 'article' của tiêu chuẩn ghi 'Điều … khoản … điểm …'.")
        chapter = "a" if slug in ("truong", "trung-tam") else "b"
        clause = re.search(rf"{chapter}\) (.+?)(?:; b\)|$)", ref.art1_3)
        assert clause is not None
        part = ("Chương II gồm Điều 3–8: tiêu chí, tiêu chuẩn kiểm định chất lượng cơ sở giáo dục nghề nghiệp"
                if chapter == "a" else "Chương III gồm Điều 9–14: tiêu chí, tiêu chuẩn kiểm định chất lượng "
                "chương trình đào tạo")
        notes.append(f"Phạm vi (Điều 1 khoản 3 điểm {chapter}): «{clause.group(1)}» ({part}, theo bản Công báo.)")
        notes.append(
            "Chưa xác minh (UNVERIFIED): TT 14/2024 có còn hiệu lực sau khi quản lý nhà nước về giáo dục nghề "
            "nghiệp chuyển sang Bộ Giáo dục và Đào tạo hay không. Tài liệu tham chiếu ghi nhận Luật Giáo dục nghề "
            "nghiệp số 124/2025/QH15, NĐ 95/2026/NĐ-CP, TT 38/2026/TT-BGDĐT và TT 55/2026/TT-BGDĐT (là 'chuẩn', "
            "không phải tiêu chí kiểm định); chưa thấy thông tư của Bộ GDĐT thay thế TT 14/2024 nhưng chưa tìm "
            "kỹ. Kiểm tra trước khi coi bộ tiêu chí này là hiện hành vô thời hạn.")
        notes.append(
            "TT 14 tính theo năm dương lịch ('01 năm trước năm đánh giá và năm đánh giá'), không có chữ 'liên "
            "tục' như TT 15/2017." if slug in LEVELS else
            "TT 14 yêu cầu tiêu chuẩn được đáp ứng và duy trì ít nhất 01 năm tính đến thời điểm đánh giá.")
    else:
        notes.append(
            "Trong văn bản, tiêu chuẩn được đánh số 'Tiêu chuẩn n' trong từng tiêu chí và liệt kê theo điểm "
            "a), b), c), d), đ), …; mã 'x.n' là mã của bộ công cụ, không phải nhãn chính thức ('label' giữ nhãn "
            "chính thức). Chữ cái 'item' được gán theo thứ tự chữ cái dùng trong văn bản quy phạm (a, b, c, d, "
            "đ, e, g, h, i, k, l, m, n, o, p, q, r): tài liệu tham chiếu không trích riêng chữ cái của từng "
            "tiêu chuẩn.")
        if slug in ("truong", "trung-tam"):
            notes.append(
                "Phụ lục 01–04 của TT 15/2017 (tệp .doc đính kèm) chưa được đọc. Điểm chuẩn các tiêu chí lấy theo "
                "bản dịch tiếng Anh của Phụ lục (lawnet 163001) và khớp với số tiêu chuẩn × điểm mỗi tiêu chuẩn; "
                "chưa đối chiếu với bản gốc Phụ lục.")
        elif slug == "ctdt-so-cap":
            notes.append(
                "Phụ lục 03 của TT 15/2017 chưa được đọc. Điểm chuẩn tiêu chí 1–5 lấy theo bản dịch tiếng Anh của "
                "Phụ lục (lawnet 163001); điểm chuẩn tiêu chí 6 (8) và 7 (16) là SUY RA (số tiêu chuẩn × 4 điểm "
                "theo Điều 10 khoản 2), nên các tiêu chí này có text_status: unverified.")
        else:
            notes.append(
                "Phụ lục 04 của TT 15/2017 chưa được đọc. Mọi điểm chuẩn tiêu chí (6/14/16/24/16/8/16) là SUY RA "
                "(số tiêu chuẩn × 2 điểm theo Điều 13 khoản 2), nên mọi tiêu chí có text_status: unverified; "
                "tổng đúng 100 điểm. Ghi chú tt15-2017.md trước đây ghi sai điểm chuẩn tiêu chí 1 và 2.")
        notes.append(
            "Chưa xác minh (UNVERIFIED): nội dung Điều 16–24 của TT 15/2017 (không có trong Bộ pháp điển); tiêu "
            "chí, tiêu chuẩn đã đầy đủ trong Điều 4–15. Không thấy văn bản sửa đổi đến bản pháp điển ngày "
            "01/06/2022; giai đoạn 2022–2025 chưa kiểm tra (TT 14/2024 Điều 17 chỉ nêu TT 15/2017).")
        if slug in LEVELS:
            notes.append("TT 15 yêu cầu đáp ứng trong 02 (trung cấp) / 03 (cao đẳng) năm 'liên tục' tính đến "
                         "thời điểm đánh giá (window.consecutive: true).")
        if slug.startswith("ctdt"):
            notes.append(f"Phạm vi đánh giá ({obj.scoring_article}): "
                         f"«{_sentence_with(obj.scoring_text, 'chỉ áp dụng')}»")
    notes.extend(OBJECT_NOTES.get((version, slug), []))
    notes.append(
        "Biên tập (không phải câu chữ văn bản): 'keywords' là các cụm từ của chính tiêu chuẩn cùng tên loại "
        "minh chứng thường gặp, dùng để gợi ý ghép minh chứng; 'improvement_actions' là gợi ý chung của dự án; "
        "'formula' là cách diễn giải ngưỡng số của tiêu chuẩn (kind: mixed — phần không phải số vẫn đánh giá "
        "bằng minh chứng). Hướng dẫn đánh giá, danh mục minh chứng chính thức (công văn hướng dẫn) chưa được "
        "đưa vào.")
    return notes


OBJECT_NOTES: dict[tuple[str, str], list[str]] = {
    ("tt14-2024", "truong"): [
        "Nguồn viết 'Tiêu chí 6:' và 'Tiêu chí 7:' (dấu hai chấm) tại Điều 4, trong khi Điều 3 dùng gạch ngang.",
    ],
    ("tt14-2024", "trung-tam"): [
        "Tên tiêu chí 3 tại Điều 7 khoản 3 viết 'cán bộ quản lý,viên chức' (thiếu dấu cách) và được giữ nguyên; "
        "Điều 6 khoản 1 và Phụ lục 02 viết 'cán bộ quản lý, viên chức'.",
        "Quy tắc đạt của trung tâm khác của trường: không có điều kiện 60% cho từng tiêu chí.",
    ],
    ("tt14-2024", "ctdt-trung-cap-cao-dang"): [
        "Mỗi tiêu chuẩn đạt 2,5 điểm; điểm chuẩn lẻ (7,5; 17,5) được lưu dạng số thập phân.",
        "Tên tiêu chí 4: Điều 9 khoản 1 ghi 'Đội ngũ nhà giáo, cán bộ quản lý và viên chức, người lao động'; "
        "Điều 10 khoản 4 và Phụ lục 03 ghi 'Đội ngũ nhà giáo, cán bộ quản lý, viên chức, người lao động' (dùng "
        "ở đây).",
        "Điều 11 khoản 2 (không đạt) có lỗi lặp từ 'không đáp ứng đáp ứng'; không ảnh hưởng quy tắc đạt.",
    ],
    ("tt14-2024", "ctdt-so-cap"): [
        "Nguồn viết 'Điều 14:' (dấu hai chấm) và 'các tiêu chí 1, 3, 6, đạt' (dấu phẩy thừa) — giữ nguyên trong "
        "decision.text.",
    ],
    ("tt15-2017", "truong"): [
        "'Hàng năm' và 'Hằng năm' cùng xuất hiện trong nguồn và được giữ nguyên.",
    ],
    ("tt15-2017", "trung-tam"): [
        "Quy tắc đạt (Điều 5 khoản 1, cả ba điểm a, b, c) đã được xác minh từ nguồn chính thức S15, kể cả điểm c "
        "'các tiêu chí 2, 3, 4, 5 đạt từ 80%' trước đây chưa xác minh.",
        "Tên tiêu chí theo Điều 4 khoản 1: tiêu chí 5 là 'Cơ sở vật chất, thiết bị đào tạo' (phòng đọc là tiêu "
        "chuẩn 5.7); tiêu chí 7 là 'Dịch vụ người học'.",
        "Tiêu chí 8 chỉ có 2 tiêu chuẩn (4 điểm): ngưỡng 60% (2,4 điểm) nghĩa là phải đạt cả 2 tiêu chuẩn "
        "(suy luận số học, không phải câu chữ văn bản).",
    ],
    ("tt15-2017", "ctdt-so-cap"): [
        "Quy tắc đạt (Điều 11 khoản 1) không có điều kiện 60% cho từng tiêu chí.",
    ],
    ("tt15-2017", "ctdt-trung-cap-cao-dang"): [
        "Nguồn viết 'Đại tiêu chuẩn' (lỗi của 'Đạt') ở Điều 14. Tại Điều 15 tiêu đề tiêu chí đầu tiên chỉ ghi "
        "'1. Mục tiêu, quản lý và tài chính'; tên 'Tiêu chí 1 - Mục tiêu, quản lý và tài chính' lấy từ Điều 13.",
        "Quy tắc đạt (Điều 14 khoản 1) không có điều kiện 60% cho từng tiêu chí; nhóm tiêu chí 3, 4, 5, 7 phải "
        "đạt 80% (khác 75% của chương trình sơ cấp).",
    ],
}


# --------------------------------------------------------------------------------------------
# Building frameworks
# --------------------------------------------------------------------------------------------


def framework_id(version: str, slug: str) -> str:
    """e.g. ``tt14-2024/truong``."""
    return f"{version}/{slug}"


def build_framework(version: str, slug: str, ref: Reference) -> Framework:
    """One framework from its parsed section."""
    obj = ref.objects[(version, slug)]
    criteria: list[Criterion] = []
    for c in obj.criteria:
        reqs: list[Requirement] = []
        for k, s in enumerate(c.standards):
            item = ITEM_LETTERS[k]
            key = (version, slug, s.code)
            formula = build_formula(key, s.text)
            keywords, actions = keywords_and_actions(s.text, formula)
            extra: dict[str, Any] = {"kind": RequirementKind.MIXED, "formula": formula} if formula else {}
            reqs.append(Requirement(
                code=s.code, label=s.label, item=item, text=s.text, article=f"{c.article} điểm {item}",
                points=c.points, keywords=keywords, improvement_actions=actions,
                note=REQUIREMENT_NOTES.get(key), **extra,
            ))
        status = {"text_status": TextStatus.UNVERIFIED} if c.derived else {}
        criteria.append(Criterion(
            code=c.code, label=f"Tiêu chí {c.code}", title=c.title, article=c.article, max_points=c.max_points,
            requirements=reqs, **status,
        ))
    info = OBJECT_INFO[slug]
    reg = REGULATIONS[version]
    transition = f"TT 14/2024/TT-BLĐTBXH, Điều 17: «{ref.art17}»"
    return Framework(
        id=framework_id(version, slug),
        title=f"Tiêu chí, tiêu chuẩn kiểm định chất lượng {info['name']} (Thông tư {reg.number})",
        regulation=reg,
        status=FrameworkStatus.CURRENT if version == "tt14-2024" else FrameworkStatus.SUPERSEDED,
        superseded_by=None if version == "tt14-2024" else framework_id("tt14-2024", slug),
        applies_to=info["applies_to"],
        default_window=build_window(slug, obj),
        transition=transition,
        criteria=criteria,
        decision=build_decision(obj),
        notes=notes_for(version, slug, obj, ref),
    )


# --------------------------------------------------------------------------------------------
# Crosswalks TT 15/2017 → TT 14/2024 (editorial, by wording comparison)
# --------------------------------------------------------------------------------------------

CROSSWALK_BASIS = (
    "Đối chiếu biên tập theo câu chữ giữa TT 15/2017/TT-BLĐTBXH và TT 14/2024/TT-BLĐTBXH, không phải bảng "
    "đối chiếu chính thức (TT 14/2024 không kèm bảng chuyển đổi; tài liệu tham chiếu không có bảng nào). "
    "equivalent: cùng một nghĩa vụ; split: nghĩa vụ của một tiêu chuẩn cũ nằm ở nhiều tiêu chuẩn mới; merged: "
    "nhiều tiêu chuẩn cũ gộp vào một tiêu chuẩn mới; related: trùng một phần — minh chứng cũ chỉ hỗ trợ, phải "
    "đánh giá lại theo câu chữ mới. Mã cũ không có trong bảng: không còn tiêu chuẩn tương ứng; mã mới không có "
    "trong bảng: yêu cầu mới."
)

# (old codes, new codes, relation, note) — old/new codes separated by spaces.
CrosswalkRow = tuple[str, str, str, str | None]

CROSSWALKS: dict[str, tuple[str, list[CrosswalkRow]]] = {
    "truong": (
        "Tiêu chí 7 'Quản lý tài chính' của TT 15 (7.1–7.6) không còn trong TT 14; liên thông (2.16, 4.6, 4.9), "
        "ký túc xá, y tế (8.5, 8.6), tư vấn việc làm, hội chợ việc làm (8.8, 8.9) và 1.11 không có tiêu chuẩn "
        "tương ứng rõ ràng.",
        [
            ("1.1", "1.1", "equivalent", None),
            ("1.2", "1.1", "related", "TT 14 chỉ yêu cầu phù hợp với yêu cầu nhân lực; không còn tiêu chuẩn riêng "
                                      "về phân tích nhu cầu nhân lực."),
            ("1.3 1.5", "1.2", "merged", None),
            ("1.4", "1.2", "related", "TT 14 1.2 không nêu rà soát hằng năm."),
            ("1.6 1.9 1.10", "1.5", "merged", None),
            ("1.7", "1.3", "equivalent", None),
            ("1.8", "1.4", "related", "Bộ phận bảo đảm chất lượng hoàn thành nhiệm vụ hằng năm ↔ hệ thống được "
                                      "đánh giá, cải tiến hằng năm."),
            ("1.12", "7.2", "related", "Chế độ, chính sách ưu đãi và bình đẳng giới ↔ người học thuộc đối tượng "
                                       "chính sách, không phân biệt giới tính."),
            ("2.1", "4.2 4.3", "split", None),
            ("2.2", "2.1", "related", "TT 14 thêm kế hoạch, chính sách tuyển sinh."),
            ("2.3", "2.2", "related", "TT 14 thêm kiểm tra, giám sát và cải tiến công tác tuyển sinh."),
            ("2.4 2.12", "2.3", "merged", None),
            ("2.5 2.6", "2.4", "merged", None),
            ("2.7", "2.5", "equivalent", None),
            ("2.8", "2.3", "related", "Phương pháp đào tạo."),
            ("2.9", "2.6", "related", "TT 15: CNTT trong dạy và học; TT 14: CNTT trong quản lý, tổ chức đào tạo."),
            ("2.10 2.11", "2.7", "merged", None),
            ("2.13", "2.8", "related", "TT 14 không còn yêu cầu đơn vị sử dụng lao động tham gia đánh giá."),
            ("2.14 2.15", "2.8", "merged", None),
            ("2.17", "2.6", "related", "Cơ sở dữ liệu đào tạo ↔ ứng dụng CNTT trong quản lý đào tạo."),
            ("3.1", "3.1", "equivalent", None),
            ("3.2", "3.1 3.2", "split", None),
            ("3.3", "3.3", "equivalent", None),
            ("3.4", "3.4 3.7", "related", None),
            ("3.5", "3.3", "related", "Tỷ lệ quy đổi, số lượng nhà giáo ↔ bảo đảm về số lượng, cơ cấu ngành, nghề."),
            ("3.6", "3.4", "equivalent", None),
            ("3.7", "3.5", "equivalent", None),
            ("3.8", "3.2", "related", "Kế hoạch đào tạo, bồi dưỡng nhà giáo hằng năm."),
            ("3.9", "3.6", "equivalent", None),
            ("3.10", "3.1", "related", "Đánh giá hằng năm công tác đào tạo, bồi dưỡng ↔ rà soát, đánh giá để "
                                       "cải tiến."),
            ("3.11 3.13 3.14 3.15", "3.7", "merged", None),
            ("3.12", "3.7", "related", "TT 14 không nêu bổ nhiệm, miễn nhiệm."),
            ("4.1", "4.2", "equivalent", None),
            ("4.2 4.4", "4.1", "merged", None),
            ("4.3", "4.3", "related", "Nội dung chương trình ↔ chuẩn đầu ra theo Khung trình độ quốc gia."),
            ("4.5 4.7 4.8", "4.4", "merged", None),
            ("4.10 4.12 4.13", "4.6", "merged", None),
            ("4.11", "4.5", "related", "100% giáo trình theo quy định ↔ quy trình bảo đảm chất lượng về giáo trình."),
            ("4.14", "4.7", "related", "Lấy ý kiến về giáo trình ↔ rà soát, đánh giá giáo trình."),
            ("4.15", "4.7", "equivalent", None),
            ("5.1", "5.2", "related", "Địa điểm xây dựng ↔ quy hoạch tổng thể khuôn viên."),
            ("5.2 5.4", "5.2", "merged", None),
            ("5.3", "5.3", "equivalent", None),
            ("5.5", "5.3", "related", None),
            ("5.6 5.10", "5.1", "merged", None),
            ("5.7", "5.1", "related", None),
            ("5.8 5.9 5.11", "5.5", "merged", None),
            ("5.9", "5.4", "related", "An toàn, vệ sinh môi trường."),
            ("5.12", "5.6", "equivalent", None),
            ("5.13", "5.7 5.8", "split", None),
            ("5.14", "5.8", "related", None),
            ("5.15", "5.7 5.8", "split", None),
            ("6.1", "6.1", "equivalent", None),
            ("6.2 6.4", "6.2", "merged", "TT 14 bỏ số lượng tối thiểu đề tài (01 trung cấp / 02 cao đẳng)."),
            ("6.3", "6.3", "equivalent", None),
            ("6.5", "6.4", "equivalent", None),
            ("8.1", "7.1", "equivalent", None),
            ("8.2 8.4", "7.2", "merged", None),
            ("8.3", "7.3", "equivalent", None),
            ("8.7", "7.4", "related", None),
            ("9.1", "8.2", "related", "TT 14 bỏ mức tối thiểu 10 đơn vị sử dụng lao động."),
            ("9.2", "8.3", "related", "TT 14 bỏ mức tối thiểu 50%."),
            ("9.3", "8.4", "related", "TT 14 bỏ mức tối thiểu 30%."),
            ("9.4 9.5", "8.5", "merged", None),
            ("9.6", "8.6", "related", "TT 15: 80% có việc làm phù hợp sau 6 tháng; TT 14: 80% có việc làm trong "
                                      "vòng 12 tháng."),
        ],
    ),
    "trung-tam": (
        "Tiêu chí 6 'Quản lý tài chính' của TT 15 (6.1–6.4) không còn trong TT 14; 2.8 (liên kết đào tạo), 2.9 "
        "(sổ sách, báo cáo) và 3.5 (bổ nhiệm cán bộ quản lý) không có tiêu chuẩn tương ứng rõ ràng.",
        [
            ("1.1", "1.1", "related", "Mục tiêu, sứ mạng; TT 15 còn nêu kế hoạch xây dựng hệ thống bảo đảm chất "
                                      "lượng."),
            ("1.2", "1.1", "related", "Phân tích nhu cầu thị trường lao động ↔ phù hợp với yêu cầu nhân lực."),
            ("1.3", "1.2", "equivalent", None),
            ("1.4", "1.2", "related", "Đoàn thể hoạt động theo điều lệ ↔ đoàn thể được thành lập theo quy định."),
            ("1.5", "1.3", "equivalent", None),
            ("2.1", "4.1", "related", "Chuẩn đầu ra của từng chương trình, công bố công khai."),
            ("2.2", "2.1", "related", None),
            ("2.3", "2.3", "equivalent", None),
            ("2.4", "2.4", "equivalent", None),
            ("2.5", "2.2", "related", "Kiểm tra, thi nghiêm túc, khách quan ↔ phương pháp đánh giá người học "
                                      "công bằng, khách quan."),
            ("2.6 2.7", "2.2", "merged", None),
            ("2.6", "2.4", "related", "Phối hợp với đơn vị sử dụng lao động trong thực hành, thực tập."),
            ("3.1 3.2", "3.2", "merged", None),
            ("3.3", "3.3", "related", None),
            ("3.4", "3.3", "equivalent", None),
            ("3.6 3.7", "3.1", "merged", None),
            ("3.8 3.9", "3.4", "merged", None),
            ("4.1", "4.1 4.3", "split", None),
            ("4.2", "4.1", "related", None),
            ("4.3 4.4", "4.1", "merged", None),
            ("4.5", "4.2", "related", None),
            ("4.6 4.7 4.8", "4.3", "merged", None),
            ("4.9", "4.2 4.4", "split", None),
            ("5.1", "5.1 5.2", "related", None),
            ("5.2", "5.2", "related", None),
            ("5.3 5.6", "5.3", "merged", None),
            ("5.4", "5.3", "related", "Thiết bị tự làm."),
            ("5.5", "5.2", "related", "Thiết bị tương đương công nghệ sản xuất ↔ bảo đảm các yêu cầu công nghệ."),
            ("5.7", "5.4", "related", "Phòng đọc đủ chương trình, giáo trình ↔ câu thứ hai của TT 14 5.4."),
            ("7.1", "6.1", "equivalent", None),
            ("7.2 7.4", "6.2", "merged", None),
            ("7.3 7.5", "6.3", "merged", None),
            ("8.1", "7.1 7.2", "split", None),
            ("8.2", "7.2", "equivalent", None),
        ],
    ),
    "ctdt-trung-cap-cao-dang": (
        "1.3 (định mức chi, nguồn thu), 2.2 (kế hoạch đào tạo), 2.7 và 4.8 (liên thông), 3.2 (nhà giáo hoàn "
        "thành nhiệm vụ), 4.5 (yêu cầu tối thiểu về điều kiện thực hiện) và 7.3 (ý kiến nhà giáo, cán bộ quản "
        "lý) không có tiêu chuẩn tương ứng rõ ràng trong TT 14.",
        [
            ("1.1", "1.1", "equivalent", None),
            ("1.2", "4.5", "related", "Giao nhiệm vụ cho khoa/đơn vị ↔ đội ngũ của khoa thực hiện có hiệu quả "
                                      "nhiệm vụ."),
            ("2.1", "3.1", "equivalent", "Cùng ngưỡng 80% chỉ tiêu tuyển sinh."),
            ("2.3", "3.2 3.3", "split", None),
            ("2.4", "3.4", "related", "TT 14 bỏ yêu cầu 100% người học thực hành tại đơn vị sử dụng lao động."),
            ("2.5", "3.5", "equivalent", None),
            ("2.6", "3.7", "related", "Sử dụng kết quả kiểm tra để kịp thời điều chỉnh ↔ phản hồi kết quả kiểm tra, "
                                      "đánh giá để cải thiện giảng dạy."),
            ("3.1", "4.1", "equivalent", None),
            ("3.3", "4.2", "equivalent", None),
            ("3.4", "4.3", "related", "TT 14 bỏ mức tối thiểu 50% nhà giáo cơ hữu."),
            ("3.5 3.6", "4.4", "merged", None),
            ("3.7 3.8", "4.5", "merged", None),
            ("4.1", "2.1 2.4", "split", None),
            ("4.1", "7.1", "related", "Xây dựng, lựa chọn, ban hành chương trình theo quy trình."),
            ("4.2", "2.3", "related", "TT 14 bỏ mức tối thiểu 02 đơn vị sử dụng lao động."),
            ("4.3", "1.2", "related", None),
            ("4.4", "2.1 2.3", "related", None),
            ("4.6", "3.6", "related", None),
            ("4.7", "2.2", "equivalent", None),
            ("4.9", "2.5", "equivalent", None),
            ("4.10", "2.5 2.7", "split", None),
            ("4.11", "2.6", "equivalent", None),
            ("4.12", "2.6", "related", None),
            ("5.1", "5.1", "related", None),
            ("5.2 5.3", "5.2", "merged", None),
            ("5.4", "5.3", "equivalent", None),
            ("5.5", "5.4", "equivalent", None),
            ("5.6 5.7", "5.5", "merged", None),
            ("5.8", "5.6", "related", "Phần mềm mô phỏng ↔ điều kiện đào tạo trực tuyến."),
            ("6.1", "6.1", "equivalent", None),
            ("6.2", "6.2", "equivalent", None),
            ("6.3 6.4", "6.3", "merged", None),
            ("7.1", "7.3", "related", "TT 14 bỏ mức tối thiểu 10 đơn vị sử dụng lao động."),
            ("7.2", "7.7", "related", "Điều tra lần vết ↔ xác lập, giám sát tỷ lệ có việc làm."),
            ("7.4", "7.2", "related", "Ý kiến người học về dịch vụ ↔ giám sát, đánh giá chất lượng dịch vụ hỗ trợ."),
            ("7.5 7.6", "7.4", "merged", None),
            ("7.7", "7.7", "related", "TT 15: việc làm phù hợp trong 06 tháng; TT 14: có việc làm trong 12 tháng."),
            ("7.8", "7.6", "related", "80% đơn vị sử dụng lao động hài lòng ↔ mức độ hài lòng được xác lập, giám sát."),
        ],
    ),
    "ctdt-so-cap": (
        "1.2 (định mức chi, nguồn thu), 2.3 (liên thông), 7.1 (ý kiến tối thiểu 10 đơn vị sử dụng lao động) và "
        "7.4 (80% đơn vị sử dụng lao động hài lòng) không có tiêu chuẩn tương ứng rõ ràng trong TT 14.",
        [
            ("1.1", "1.1", "equivalent", None),
            ("2.1", "3.1", "related", None),
            ("2.2", "3.4", "related", "Tổ chức kiểm tra, thi, cấp chứng chỉ; hồ sơ người học."),
            ("3.1", "4.1", "related", None),
            ("3.2", "4.2", "equivalent", None),
            ("3.3", "4.3", "related", "Bồi dưỡng, thực tập của nhà giáo."),
            ("3.4", "4.4", "related", None),
            ("4.1", "2.1 2.2", "split", None),
            ("4.2", "1.2", "related", None),
            ("4.3", "2.1", "related", None),
            ("4.4", "3.4", "related", None),
            ("4.5", "2.3 2.4", "split", None),
            ("4.6", "2.3", "related", None),
            ("5.1", "5.1", "related", None),
            ("5.2 5.3", "5.2", "merged", None),
            ("5.4", "5.3", "equivalent", None),
            ("6.1", "6.1 6.2", "split", None),
            ("6.2", "6.3", "related", None),
            ("7.2", "7.3", "related", "Điều tra lần vết ↔ xác lập, giám sát tỷ lệ việc làm."),
            ("7.3", "7.4", "related", "TT 15: việc làm phù hợp với nghề; TT 14: có việc làm (cùng 6 tháng, 80%)."),
        ],
    ),
}


def build_crosswalk(slug: str, old: Framework, new: Framework) -> Crosswalk:
    """The TT 15 → TT 14 crosswalk of one object, after checking every code exists."""
    unmapped_note, rows = CROSSWALKS[slug]
    old_codes = {r.code for r in old.requirements}
    new_codes = {r.code for r in new.requirements}
    entries: list[CrosswalkEntry] = []
    for o, n, rel, note in rows:
        olds, news = o.split(), n.split()
        missing = [c for c in olds if c not in old_codes] + [c for c in news if c not in new_codes]
        if missing:
            raise ValueError(f"crosswalk {slug}: unknown code(s) {missing}")
        if (rel == "merged" and len(olds) < 2) or (rel == "split" and len(news) < 2):
            raise ValueError(f"crosswalk {slug}: {o} → {n} is not {rel}")
        entries.append(CrosswalkEntry(old=olds, new=news, relation=rel, note=note))  # type: ignore[arg-type]
    return Crosswalk(old=old.id, new=new.id, basis=f"{CROSSWALK_BASIS} {unmapped_note}",
                     text_status="unverified", entries=entries)


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def to_yaml(model: BaseModel) -> str:
    """YAML like :func:`accredit.catalog.files.dump_yaml` (Unicode kept, key order of the model).

    Only fields given explicitly are written (``exclude_unset``), so a decision rule keeps its
    ``type`` discriminator — ``dump_yaml``'s ``exclude_defaults`` drops it and the file would not
    load back — and a crosswalk keeps ``text_status: unverified``.
    """
    data = model.model_dump(mode="json", exclude_unset=True, exclude_none=True)
    if isinstance(model, Framework):
        data["decision"]["rules"] = [{"type": r["type"], **r} for r in data["decision"]["rules"]]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def build_all(reference: Path) -> dict[str, str]:
    """Relative output path → YAML text, for every file this script owns."""
    ref = parse_reference(reference)
    check_reference(ref)
    out: dict[str, str] = {}
    fws: dict[tuple[str, str], Framework] = {}
    for version in VERSIONS:
        for slug in OBJECTS:
            fw = build_framework(version, slug, ref)
            fws[(version, slug)] = fw
            out[f"{version}/{slug}.yaml"] = to_yaml(fw)
    for slug in OBJECTS:
        cw = build_crosswalk(slug, fws[("tt15-2017", slug)], fws[("tt14-2024", slug)])
        out[f"crosswalks/tt15-2017--tt14-2024--{slug}.yaml"] = to_yaml(cw)
    return dict(sorted(out.items()))


def main(argv: list[str] | None = None) -> int:
    """Parse the reference note and write the criteria and crosswalk files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", nargs="?", type=Path, default=DEFAULT_REFERENCE,
                        help=f"the reference note (default: {DEFAULT_REFERENCE})")
    parser.add_argument("--out", type=Path, default=REPO / "criteria", help="criteria folder to write into")
    args = parser.parse_args(argv)
    files = build_all(args.reference)
    for rel, text in files.items():
        path = args.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
