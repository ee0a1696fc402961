"""The criteria schema: a regulation applied to one kind of object, as validated data.

A :class:`Framework` holds criteria (tiêu chí / điều kiện), each holding requirements
(tiêu chuẩn / yêu cầu / chỉ số) with stable string codes, the regulation's own wording,
the article they come from, points, an evidence window, and for computed indicators a
declarative :class:`Formula`. The pass rule is a :class:`Decision` made of small typed rules.

The models check only what one file can know about itself (unique codes, stated maxima,
rules naming existing criteria). Checks across files (gates naming other frameworks,
crosswalks, published hashes) live in :mod:`accredit.catalog.validate`.
"""

from __future__ import annotations

import hashlib
import json
import re
import weakref
from collections.abc import Collection
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

from accredit.errors import MessageValueError
from accredit.i18n.message import msg
from accredit.model.base import Value
from accredit.model.expression import ExpressionError, names_in


def _number(value: Decimal) -> int | float:
    """Serialise a decimal as a JSON number (integers stay integers)."""
    return int(value) if value == value.to_integral_value() else float(value)


Share = Annotated[
    Decimal, Field(gt=0, le=1), PlainSerializer(_number, return_type=int | float, when_used="json")
]
MAX_MAGNITUDE = Decimal("1e15")
"""No count, share, amount or score the tool handles comes near this; a value past it is an error, not a number."""


def in_range(value: Decimal) -> Decimal:
    """``value`` when it is finite and at most :data:`MAX_MAGNITUDE` in size; ``ValueError`` otherwise.

    ``1e30`` or a 400-digit integer in a package would otherwise reach the arithmetic (and crash
    rounding there); it is refused where it is read, with the field it came in.
    """
    if not value.is_finite() or abs(value) > MAX_MAGNITUDE:
        raise MessageValueError(msg("safety.number.out_of_range", value=f"{value:.6g}", limit=f"{MAX_MAGNITUDE:.0e}"))
    return value


Bounded = Annotated[Decimal, AfterValidator(in_range)]
"""A decimal that is finite and within :data:`MAX_MAGNITUDE`."""
Number = Annotated[Bounded, PlainSerializer(_number, return_type=int | float, when_used="json")]
Points = Annotated[Bounded, Field(ge=0), PlainSerializer(_number, return_type=int | float, when_used="json")]
Code = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9][A-Za-z0-9.\-]*$")]
FrameworkId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9\-]*/[a-z0-9][a-z0-9\-]*$")]


class ObjectType(StrEnum):
    """What a framework evaluates."""

    TRUONG_CAO_DANG = "truong_cao_dang"
    TRUONG_TRUNG_CAP = "truong_trung_cap"
    TRUNG_TAM_GDNN = "trung_tam_gdnn"
    TRUONG_TRUNG_HOC_NGHE = "truong_trung_hoc_nghe"  # Luật GDNN 124/2025/QH15; Điều lệ: TT 46/2026/TT-BGDĐT
    CTDT_CAO_DANG = "ctdt_cao_dang"
    CTDT_TRUNG_CAP = "ctdt_trung_cap"
    CTDT_SO_CAP = "ctdt_so_cap"


_CONTENT_HASHES: dict[int, str] = {}
"""Framework.content_hash per live instance (id → hash; an entry goes with its instance)."""
_CRITERION_OF: dict[int, dict[str, Criterion]] = {}
"""Framework.criterion_of's index per live instance (requirement code → criterion)."""


class FrameworkStatus(StrEnum):
    """Legal status of the regulation behind a framework."""

    CURRENT = "current"
    SUPERSEDED = "superseded"
    DRAFT = "draft"


class TextStatus(StrEnum):
    """Whether a wording was checked against the official text."""

    OFFICIAL = "official"
    UNVERIFIED = "unverified"


class RequirementKind(StrEnum):
    """How a requirement is judged: by documents, by a computed indicator, or both."""

    DOCUMENTARY = "documentary"
    INDICATOR = "indicator"
    MIXED = "mixed"


class EvidenceWindow(Value):
    """When a requirement must hold.

    ``at_evaluation``: at the time of evaluation only. ``years``: in each of the last N years
    including the evaluation year; ``by_object`` overrides N for an object type (e.g. 2 years
    for a trường trung cấp, 3 for a trường cao đẳng).
    """

    mode: Literal["at_evaluation", "years"]
    years: int | None = Field(default=None, ge=1, le=10)
    by_object: dict[ObjectType, Annotated[int, Field(ge=1, le=10)]] = Field(default_factory=dict)
    consecutive: bool = Field(
        default=False, description="The regulation says 'liên tục' (counted back from the evaluation date)."
    )
    article: str | None = None

    @model_validator(mode="after")
    def _years_match_mode(self) -> EvidenceWindow:
        if self.mode == "at_evaluation" and (self.years is not None or self.by_object):
            raise ValueError("window 'at_evaluation' takes no 'years' or 'by_object'")
        if self.mode == "years" and self.years is None and not self.by_object:
            raise ValueError("window 'years' needs 'years' or 'by_object'")
        return self

    def years_for(self, obj: ObjectType | None = None) -> int:
        """Number of years the requirement must hold for ``obj`` (1 for ``at_evaluation``)."""
        if self.mode == "at_evaluation":
            return 1
        if obj is not None and obj in self.by_object:
            return self.by_object[obj]
        if self.years is not None:
            return self.years
        return max(self.by_object.values())


class FormulaInput(Value):
    """A named quantity a formula reads from the institution's data."""

    name: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    label: str
    description: str | None = None
    unit: str | None = None


class SurveyCondition(Value):
    """A validity condition on survey data (e.g. at least 50 % of graduates surveyed).

    ``share``: ``numerator / denominator`` (input names) must reach ``minimum`` (0–1).
    ``count``: the input ``numerator`` must reach ``minimum`` (e.g. 3 employers), per group
    when ``per`` names the grouping (e.g. ``occupation``).
    """

    kind: Literal["share", "count"]
    label: str
    numerator: str
    denominator: str | None = None
    minimum: Number
    per: str | None = None
    article: str | None = None

    @model_validator(mode="after")
    def _shape(self) -> SurveyCondition:
        if self.kind == "share" and self.denominator is None:
            raise ValueError("a 'share' survey condition needs a 'denominator'")
        if self.kind == "share" and not (0 < self.minimum <= 1):
            raise ValueError("a 'share' survey condition takes 'minimum' between 0 and 1")
        return self


Comparator = Literal[">=", ">", "<=", "<", "=="]
Category = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class FormulaCondition(Value):
    """A further condition an indicator must meet as well as its main comparison.

    ``value = numerator / denominator × multiplier`` compared with ``threshold``, over the
    formula's inputs. E.g. TT 35/2021 Điều 6 khoản 1: "tối thiểu 2.000 học sinh, sinh viên …
    (quy đổi), **trong đó tối thiểu 1.000 sinh viên hệ cao đẳng**": the main comparison is the
    converted scale, the condition the number of cao đẳng students. Every condition must hold.
    """

    label: str
    numerator: str
    denominator: str | None = None
    multiplier: Number = Decimal(1)
    unit: str
    comparator: Comparator = ">="
    threshold: Number
    rounding: int = Field(default=0, ge=0, le=6)
    article: str | None = None


class FormulaAlternative(Value):
    """Another threshold (and set of conditions) for one category of institution.

    An institution declaring ``category`` (``school.categories``) is judged against
    ``threshold`` and ``conditions`` instead of the formula's own. E.g. TT 35/2021 Điều 6
    khoản 1: "Đối với trường đào tạo lĩnh vực văn hóa, nghệ thuật là 500 học sinh, sinh viên".
    """

    category: Category
    label: str
    threshold: Number
    conditions: list[FormulaCondition] = Field(
        default_factory=list, description="The conditions that hold for this category (replacing the formula's)."
    )
    article: str | None = None
    note: str | None = None


def _drop_unset(data: dict[str, object], defaults: dict[str, object]) -> dict[str, object]:
    """Leave out fields added to the schema after publication while they hold their default.

    A framework's content hash is its canonical dump: a new optional field must not change the
    hash of a criteria set that does not use it (published sets never change).
    """
    return {k: v for k, v in data.items() if not (k in defaults and v == defaults[k])}


class Formula(Value):
    """A computed indicator: ``value = numerator / denominator × multiplier``, then compared.

    Expressions are plain arithmetic over input names (see :mod:`accredit.model.expression`).
    ``scope: every_programme`` means the value is computed per programme and every programme
    must meet the threshold ("cho tất cả chương trình đào tạo").
    """

    inputs: list[FormulaInput] = Field(min_length=1)
    numerator: str
    denominator: str | None = None
    multiplier: Number = Decimal(100)
    unit: str = "%"
    comparator: Comparator = ">="
    threshold: Number
    rounding: int = Field(default=2, ge=0, le=6)
    scope: Literal["institution", "every_programme"] = "institution"
    data_scope: str | None = Field(default=None, description="Which data the regulation says to use.")
    survey_conditions: list[SurveyCondition] = Field(default_factory=list)
    conditions: list[FormulaCondition] = Field(
        default_factory=list, description="Further conditions that must all hold as well (TT 35 1.1)."
    )
    alternatives: list[FormulaAlternative] = Field(
        default_factory=list, description="Another threshold and conditions for a category of institution."
    )
    article: str | None = None
    note: str | None = None

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        return _drop_unset(handler(self), {"conditions": [], "alternatives": []})

    def for_categories(self, categories: Collection[str]) -> tuple[Decimal, list[FormulaCondition], str | None]:
        """The threshold and conditions that apply to an institution in ``categories``, and the category used."""
        for alt in self.alternatives:
            if alt.category in categories:
                return alt.threshold, list(alt.conditions), alt.category
        return self.threshold, list(self.conditions), None

    @model_validator(mode="after")
    def _names_declared(self) -> Formula:
        declared = {i.name for i in self.inputs}
        if len(declared) != len(self.inputs):
            raise ValueError("formula inputs must have unique names")
        if (self.conditions or self.alternatives) and self.scope != "institution":
            raise ValueError("conditions and alternatives need scope 'institution'")
        cats = [a.category for a in self.alternatives]
        if len(set(cats)) != len(cats):
            raise ValueError("formula alternatives must name different categories")
        used: set[str] = set()
        conditions = [*self.conditions, *(c for a in self.alternatives for c in a.conditions)]
        expressions = [("numerator", self.numerator), ("denominator", self.denominator)]
        expressions += [(f"condition '{c.label}'", e) for c in conditions for e in (c.numerator, c.denominator)]
        for label, expr in expressions:
            if expr is None:
                continue
            try:
                used |= names_in(expr)
            except ExpressionError as exc:
                raise ValueError(f"{label}: {exc}") from exc
        for cond in self.survey_conditions:
            used |= {cond.numerator} | ({cond.denominator} if cond.denominator else set())
        missing = sorted(used - declared)
        if missing:
            raise ValueError(f"formula uses undeclared inputs: {', '.join(missing)}")
        return self


class Requirement(Value):
    """A tiêu chuẩn / yêu cầu / chỉ số: the unit that is rated, evidenced and scored."""

    code: Code
    label: str = Field(description="The regulation's own label, e.g. 'Tiêu chuẩn 13' or 'Chỉ số 01'.")
    item: str | None = Field(default=None, description="Letter item in the article, e.g. 'm'.")
    title: str | None = Field(default=None, description="Short name where the regulation gives one.")
    text: str = Field(min_length=1, description="The regulation's own wording, verbatim.")
    text_status: TextStatus = TextStatus.OFFICIAL
    article: str = Field(min_length=1)
    points: Points | None = None
    kind: RequirementKind = RequirementKind.DOCUMENTARY
    window: EvidenceWindow | None = None
    formula: Formula | None = None
    suggested_evidence: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    improvement_actions: list[str] = Field(default_factory=list)
    note: str | None = None

    @model_validator(mode="after")
    def _formula_matches_kind(self) -> Requirement:
        if self.kind == RequirementKind.INDICATOR and self.formula is None:
            raise ValueError(f"requirement {self.code}: kind 'indicator' needs a 'formula'")
        if self.kind == RequirementKind.DOCUMENTARY and self.formula is not None:
            raise ValueError(f"requirement {self.code}: a documentary requirement takes no 'formula'")
        return self


class Criterion(Value):
    """A tiêu chí / điều kiện grouping requirements."""

    code: Code
    label: str = Field(description="The regulation's own label, e.g. 'Tiêu chí 2' or 'Điều kiện 1'.")
    title: str
    article: str
    max_points: Points | None = Field(default=None, description="Điểm chuẩn stated by the regulation.")
    text_status: TextStatus = TextStatus.OFFICIAL
    requirements: list[Requirement] = Field(min_length=1)

    @property
    def points_total(self) -> Points | None:
        """Sum of the requirements' points (None when the framework does not score)."""
        pts = [r.points for r in self.requirements if r.points is not None]
        return sum(pts, Decimal(0)) if pts else None

    @model_validator(mode="after")
    def _max_adds_up(self) -> Criterion:
        if self.max_points is not None and self.points_total != self.max_points:
            raise ValueError(
                f"criterion {self.code}: requirements' points add up to {self.points_total}, "
                f"but max_points is {self.max_points}"
            )
        return self


class _Rule(Value):
    article: str | None = None
    note: str | None = None


class MinTotal(_Rule):
    """Total points must reach ``points``."""

    type: Literal["min_total"] = "min_total"
    points: Points


class MinShareEach(_Rule):
    """Every criterion must reach ``share`` of its maximum."""

    type: Literal["min_share_each"] = "min_share_each"
    share: Share


class MinShareFor(_Rule):
    """Each named criterion must reach ``share`` of its maximum."""

    type: Literal["min_share_for"] = "min_share_for"
    criteria: list[Code] = Field(min_length=1)
    share: Share


class AllMet(_Rule):
    """Every requirement (or every requirement of the named criteria) must be met."""

    type: Literal["all_met"] = "all_met"
    criteria: list[Code] | None = None


class FrameworkPassed(_Rule):
    """A gate: the institution must have passed one of the named frameworks."""

    type: Literal["framework_passed"] = "framework_passed"
    any_of: list[FrameworkId] = Field(min_length=1)
    label: str


Rule = Annotated[MinTotal | MinShareEach | MinShareFor | AllMet | FrameworkPassed, Field(discriminator="type")]


class Decision(Value):
    """The pass rule: every rule must hold."""

    article: str
    text: str = Field(description="The rule's wording in the regulation.")
    rules: list[Rule] = Field(min_length=1)


class Exemption(Value):
    """Requirements that do not apply to one category of institution.

    For example TT 38/2026 Điều 8 khoản 2: for institutions of the Ministries of Defence and of
    Public Security, requirement 1.4 and the whole of Điều kiện 5 do not apply. A workspace
    declares its categories (``school.categories``); scoring then treats the named requirements
    as not applicable.
    """

    category: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    label: str
    article: str
    requirements: list[Code] = Field(default_factory=list)
    criteria: list[Code] = Field(default_factory=list)

    @model_validator(mode="after")
    def _names_something(self) -> Exemption:
        if not (self.requirements or self.criteria):
            raise ValueError(f"exemption '{self.category}' names no requirements or criteria")
        return self


class Regulation(Value):
    """The legal instrument a framework encodes."""

    number: str = Field(description="e.g. '35/2021/TT-BLĐTBXH'")
    kind: str = "Thông tư"
    title: str
    issuer: str
    issued: date
    effective: date
    effective_status: TextStatus = Field(
        default=TextStatus.OFFICIAL,
        description="'unverified' when the effective date was not read in the official text itself.",
    )
    effective_basis: str | None = Field(
        default=None, description="What an unverified effective date rests on (said wherever the date is used)."
    )
    expires: date | None = None
    source: str = Field(description="Where the wording was read (reference file, gazette).")

    @model_serializer(mode="wrap")
    def _dump(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        return _drop_unset(handler(self), {"effective_status": TextStatus.OFFICIAL.value, "effective_basis": None})

    @model_validator(mode="after")
    def _basis_given(self) -> Regulation:
        if self.effective_status == TextStatus.UNVERIFIED and not self.effective_basis:
            raise ValueError("an unverified effective date needs 'effective_basis' (what the date rests on)")
        return self


class Framework(Value):
    """One regulation applied to one kind of object, e.g. ``tt35-2021/truong-cao-dang``."""

    schema_version: Literal[1] = 1
    id: FrameworkId
    title: str
    regulation: Regulation
    status: FrameworkStatus
    superseded_by: FrameworkId | None = None
    applies_to: list[ObjectType] = Field(min_length=1)
    scored: bool = Field(default=True, description="False where requirements are met / not met only.")
    default_window: EvidenceWindow
    transition: str | None = Field(default=None, description="Transition or deadline clause, quoted.")
    deadline_months: int | None = Field(
        default=None, ge=1, description="Months from the effective date by which institutions must comply."
    )
    criteria: list[Criterion] = Field(min_length=1)
    decision: Decision
    exemptions: list[Exemption] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    @field_validator("id")
    @classmethod
    def _id_lower(cls, value: str) -> str:
        return value.lower()

    @model_validator(mode="after")
    def _consistent(self) -> Framework:
        crit_codes = [c.code for c in self.criteria]
        dup = sorted({c for c in crit_codes if crit_codes.count(c) > 1})
        if dup:
            raise ValueError(f"duplicate criterion codes: {', '.join(dup)}")
        req_codes = [r.code for c in self.criteria for r in c.requirements]
        dup = sorted({c for c in req_codes if req_codes.count(c) > 1})
        if dup:
            raise ValueError(f"duplicate requirement codes: {', '.join(dup)}")
        for c in self.criteria:
            for r in c.requirements:
                if self.scored and r.points is None:
                    raise ValueError(f"requirement {r.code}: a scored framework needs 'points'")
                if not self.scored and r.points is not None:
                    raise ValueError(f"requirement {r.code}: framework is not scored, remove 'points'")
        known = set(crit_codes)
        for i, rule in enumerate(self.decision.rules):
            named = getattr(rule, "criteria", None) or []
            missing = [c for c in named if c not in known]
            if missing:
                raise ValueError(f"decision.rules[{i}] ({rule.type}) names unknown criteria: {', '.join(missing)}")
            if not self.scored and rule.type in ("min_total", "min_share_each", "min_share_for"):
                raise ValueError(f"decision.rules[{i}] ({rule.type}) needs a scored framework")
        req_set = set(req_codes)
        for ex in self.exemptions:
            missing = [c for c in ex.requirements if c not in req_set] + [c for c in ex.criteria if c not in known]
            if missing:
                raise ValueError(f"exemption '{ex.category}' names unknown codes: {', '.join(missing)}")
        if self.status == FrameworkStatus.SUPERSEDED and not self.superseded_by:
            raise ValueError("a superseded framework needs 'superseded_by'")
        return self

    # --- derived views -------------------------------------------------------------------
    @property
    def requirements(self) -> list[Requirement]:
        """All requirements in regulation order."""
        return [r for c in self.criteria for r in c.requirements]

    def requirement(self, code: str) -> Requirement:
        """The requirement with ``code``; ``KeyError`` if absent."""
        for r in self.requirements:
            if r.code == code:
                return r
        raise KeyError(code)

    def criterion(self, code: str) -> Criterion:
        """The criterion with ``code``; ``KeyError`` if absent."""
        for c in self.criteria:
            if c.code == code:
                return c
        raise KeyError(code)

    def criterion_of(self, requirement_code: str) -> Criterion:
        """The criterion that holds ``requirement_code`` (an index built once per instance, as the content hash)."""
        key = id(self)
        index = _CRITERION_OF.get(key)
        if index is None:
            index = {}
            for c in self.criteria:
                for r in c.requirements:
                    index.setdefault(r.code, c)
            _CRITERION_OF[key] = index
            weakref.finalize(self, _CRITERION_OF.pop, key, None)
        return index[requirement_code]

    def exempt_codes(self, categories: list[str] | set[str]) -> set[str]:
        """Requirement codes that do not apply to an institution in any of ``categories``."""
        codes: set[str] = set()
        for ex in self.exemptions:
            if ex.category in categories:
                codes |= set(ex.requirements)
                for crit in self.criteria:
                    if crit.code in ex.criteria:
                        codes |= {r.code for r in crit.requirements}
        return codes

    def window_of(self, requirement: Requirement) -> EvidenceWindow:
        """The requirement's own window, or the framework's default."""
        return requirement.window or self.default_window

    @property
    def gate_ids(self) -> list[str]:
        """The frameworks its gates (``framework_passed`` rules) name, in rule order."""
        return [f for r in self.decision.rules if isinstance(r, FrameworkPassed) for f in r.any_of]

    @property
    def max_points(self) -> Decimal | None:
        """Sum of all requirements' points (None when not scored)."""
        if not self.scored:
            return None
        return sum((r.points or Decimal(0) for r in self.requirements), Decimal(0))

    @property
    def content_hash(self) -> str:
        """SHA-256 of the canonical JSON of the framework's data: changes whenever any content does.

        Computed once per instance (a framework is a frozen value; a copy is a new instance):
        scoring, indicators and verification ask for it many times.
        """
        key = id(self)
        memo = _CONTENT_HASHES.get(key)
        if memo is None:
            data = self.model_dump(mode="json")
            canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            memo = "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
            _CONTENT_HASHES[key] = memo
            weakref.finalize(self, _CONTENT_HASHES.pop, key, None)
        return memo


_KIND_SHORT = {"thông tư": "TT", "thông tư liên tịch": "TTLT", "nghị định": "NĐ", "quyết định": "QĐ"}
_TITLE_SOURCE = re.compile(r"\s*\((?:Thông tư|Nghị định|Quyết định)[^)]*\)\s*$")
_LONG_PREFIX = "Tiêu chí, tiêu chuẩn kiểm định chất lượng "


def short_name(framework: Framework) -> str:
    """The regulation a framework encodes, short: 'TT 35/2021'."""
    reg = framework.regulation
    kind = _KIND_SHORT.get(reg.kind.strip().lower(), reg.kind.strip())
    return f"{kind} {'/'.join(reg.number.split('/')[:2])}"


_ID_REGULATION = re.compile(r"^(tt|nd|qd)(\d+)-(\d{4})(?:/|$)")
_ID_KIND = {"tt": "TT", "nd": "NĐ", "qd": "QĐ"}


def short_name_of_id(framework_id: str) -> str:
    """'TT 14/2024' for 'tt14-2024/truong', where only the id is at hand (pure: no catalogue read).

    An id that does not follow the ``<kind><number>-<year>/<object>`` convention is returned as it is.
    """
    found = _ID_REGULATION.match(framework_id.lower())
    if not found:
        return framework_id
    kind, number, year = found.groups()
    return f"{_ID_KIND[kind]} {number}/{year}"


def display_name(framework: Framework) -> str:
    """The name a person reads for a framework, e.g. 'TT 35/2021 — Trường cao đẳng chất lượng cao'.

    Built from the regulation's kind and number and the framework's title; the internal id
    (``tt35-2021/truong-cao-dang``) is for files and command lines, never for messages and tables.
    """
    title = _TITLE_SOURCE.sub("", framework.title).strip()
    if title.lower().startswith(_LONG_PREFIX.lower()):
        rest = title[len(_LONG_PREFIX):]
        title = "Kiểm định " + rest
    return f"{short_name(framework)} — {title[:1].upper()}{title[1:]}"
