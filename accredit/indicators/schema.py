"""The data workbook's schema, derived from a framework's formulas.

Every input a formula or survey condition declares gets a place:

* institution-wide inputs: one row each in the sheet "Số liệu chung" (a column per year);
* survey inputs (named in a survey condition, or used by a formula that has one): rows in "Khảo sát";
* inputs of ``every_programme`` formulas: columns of "Theo chương trình" (a row per programme and year);
* inputs counted per group by a survey condition (``per: occupation``): columns of a per-group sheet
  such as "Khảo sát theo ngành nghề" (a row per occupation and year); an institution total left
  blank is the sum of the groups;
* the converted training scale of TT 38 Phụ lục II (Q = Σ Nᵢ × Tᵢ / 10): the sheet
  "Khóa học (quy đổi)" (a row per course and year), used for the inputs listed in
  :data:`COHORT_INPUTS`.

Because names come from the criteria files, the workbook adapts to any framework.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from accredit.model.assessment import window_years
from accredit.model.expression import names_in
from accredit.model.framework import FormulaInput, Framework, ObjectType

SHEET_GUIDE = "Hướng dẫn"
SHEET_INSTITUTION = "Số liệu chung"
SHEET_SURVEY = "Khảo sát"
SHEET_PROGRAMMES = "Theo chương trình"
SHEET_COHORTS = "Khóa học (quy đổi)"
GROUP_SHEETS = {"occupation": "Khảo sát theo ngành nghề"}
GROUP_LABELS = {"occupation": "Ngành, nghề"}

COHORT_INPUTS: dict[str, int] = {"q_n": 0, "q_n_minus_2": 2}
"""Inputs computed from the cohort sheet (10-month conversion), with how many years before the report year."""

COHORT_LEARNERS = "so_nguoi_hoc"
COHORT_MONTHS = "so_thang_thuc_hoc"
COHORT_MONTHS_PER_YEAR = 10

# column headers (Vietnamese: the users' language; the reader recognises them)
H_NAME = "Mã số liệu"
H_LABEL = "Nội dung"
H_UNIT = "Đơn vị"
H_USED_BY = "Dùng cho"
H_NOTE = "Nguồn số liệu / ghi chú"
H_YEAR = "Năm"
H_PROGRAMME = "Mã chương trình"
H_PROGRAMME_NAME = "Tên chương trình"
H_COHORT = "Khóa học / lớp"
YEAR_HEADER = "Năm {year}"


@dataclass
class InputSpec:
    """One input and where it is entered."""

    name: str
    label: str
    unit: str | None
    description: str | None
    sheet: str
    used_by: list[str] = field(default_factory=list)
    derived: str | None = None  # how a blank value is filled in (cohorts, sum of groups)


@dataclass
class TableSpec:
    """A sheet with a row per item (programme, group, course) and year, and a column per input."""

    sheet: str
    key_header: str
    name_header: str | None
    columns: list[InputSpec] = field(default_factory=list)


@dataclass
class DataSchema:
    """Where each input of one framework goes, and the years the workbook asks for."""

    framework: str
    framework_version: str
    years: list[int]
    institution: list[InputSpec] = field(default_factory=list)  # rows of SHEET_INSTITUTION and SHEET_SURVEY
    programmes: TableSpec | None = None
    groups: dict[str, TableSpec] = field(default_factory=dict)
    cohorts: TableSpec | None = None

    def long_sheets(self) -> list[str]:
        """The sheets with a row per input, in order."""
        return [s for s in (SHEET_INSTITUTION, SHEET_SURVEY) if any(i.sheet == s for i in self.institution)]

    def rows_of(self, sheet: str) -> list[InputSpec]:
        """The inputs listed as rows of ``sheet``."""
        return [i for i in self.institution if i.sheet == sheet]

    def tables(self) -> list[TableSpec]:
        """The table sheets, in order."""
        out = [t for t in (self.programmes,) if t is not None]
        out += list(self.groups.values())
        if self.cohorts is not None:
            out.append(self.cohorts)
        return out


def column_header(spec: InputSpec) -> str:
    """The header of an input column: readable label, machine name in brackets."""
    return f"{spec.label} [{spec.name}]"


def group_sheet(per: str) -> str:
    """The sheet name of a per-group survey table (at most 31 characters)."""
    return GROUP_SHEETS.get(per, f"Theo {per}")[:31]


def data_years(framework: Framework, year: int, object_type: ObjectType | None = None) -> list[int]:
    """Every year some formula's window needs, oldest first."""
    years: set[int] = set()
    for r in framework.requirements:
        if r.formula is not None:
            years.update(window_years(framework, r, year, object_type))
    return sorted(years) or [year]


def _spec(inp: FormulaInput, sheet: str) -> InputSpec:
    return InputSpec(name=inp.name, label=inp.label, unit=inp.unit, description=inp.description, sheet=sheet)


def build_schema(framework: Framework, year: int, object_type: ObjectType | None = None) -> DataSchema:
    """The data workbook's schema for ``framework`` and an evaluation in ``year``."""
    schema = DataSchema(framework.id, framework.content_hash, data_years(framework, year, object_type))
    rows: dict[str, InputSpec] = {}
    prog_cols: dict[str, InputSpec] = {}
    group_cols: dict[str, dict[str, InputSpec]] = {}
    for r in framework.requirements:
        f = r.formula
        if f is None:
            continue
        declared = {i.name: i for i in f.inputs}
        survey_names = {c.numerator for c in f.survey_conditions} | {
            c.denominator for c in f.survey_conditions if c.denominator
        }
        per_group = {c.numerator: c.per for c in f.survey_conditions if c.kind == "count" and c.per}
        for name, per in per_group.items():
            assert per is not None
            cols = group_cols.setdefault(per, {})
            cols.setdefault(name, _spec(declared[name], group_sheet(per))).used_by.append(r.code)
        for inp in f.inputs:
            if f.scope == "every_programme":
                prog_cols.setdefault(inp.name, _spec(inp, SHEET_PROGRAMMES)).used_by.append(r.code)
                continue
            in_formula = inp.name not in per_group or _used_in_expressions(f.numerator, f.denominator, inp.name)
            if not in_formula:
                continue
            sheet = SHEET_SURVEY if (f.survey_conditions or inp.name in survey_names) else SHEET_INSTITUTION
            spec = rows.setdefault(inp.name, _spec(inp, sheet))
            spec.used_by.append(r.code)
    for name, spec in rows.items():
        if name in COHORT_INPUTS:
            spec.derived = "cohorts"
        elif any(name in cols for cols in group_cols.values()):
            spec.derived = "groups"
    schema.institution = list(rows.values())
    if prog_cols:
        schema.programmes = TableSpec(SHEET_PROGRAMMES, H_PROGRAMME, H_PROGRAMME_NAME, list(prog_cols.values()))
    for per, cols in group_cols.items():
        schema.groups[per] = TableSpec(group_sheet(per), GROUP_LABELS.get(per, per), None, list(cols.values()))
    if any(name in COHORT_INPUTS for name in rows):
        used = sorted({c for n in COHORT_INPUTS if n in rows for c in rows[n].used_by})
        schema.cohorts = TableSpec(
            SHEET_COHORTS,
            H_COHORT,
            None,
            [
                InputSpec(COHORT_LEARNERS, "Số người học của khóa (Nᵢ)", "người", None, SHEET_COHORTS, used),
                InputSpec(COHORT_MONTHS, "Số tháng thực học trong năm (Tᵢ)", "tháng", None, SHEET_COHORTS, used),
            ],
        )
    return schema


def _used_in_expressions(numerator: str, denominator: str | None, name: str) -> bool:
    names = names_in(numerator) | (names_in(denominator) if denominator else set())
    return name in names
