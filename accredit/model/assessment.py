"""A self-assessment: one rating per requirement, pinned to one version of one framework.

An :class:`Assessment` says, for an evaluation year, how the institution rates each
requirement (Đạt / Không đạt / Chưa đánh giá / Không áp dụng), per year where the
requirement's evidence window spans several years, with the narrative of a self-assessment
report and the evidence codes the person cited. It is read from the ratings workbook or a
YAML/JSON file (:mod:`accredit.ratings`) and scored by :func:`accredit.scoring.score`.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from pydantic import Field, model_validator

from accredit.i18n.message import Msg, joined, msg
from accredit.model.base import Value
from accredit.model.framework import Code, Framework, FrameworkId, ObjectType, Requirement


class Status(StrEnum):
    """The status of a requirement. Only ``met`` earns points."""

    MET = "met"
    NOT_MET = "not_met"
    NOT_EVALUATED = "not_evaluated"
    NOT_APPLICABLE = "not_applicable"


STATUS_LABELS: dict[Status, str] = {
    Status.MET: "Đạt",
    Status.NOT_MET: "Không đạt",
    Status.NOT_EVALUATED: "Chưa đánh giá",
    Status.NOT_APPLICABLE: "Không áp dụng",
}
"""The Vietnamese labels used in the workbooks' drop-downs (the regulations' own words)."""


def fold(text: str) -> str:
    """Lower-case ``text`` without diacritics (đ → d), spaces and underscores collapsed: for matching typed input."""
    decomposed = unicodedata.normalize("NFD", text.strip().lower().replace("đ", "d"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace("_", " ").replace("-", " ").split())


_ALIASES: dict[str, Status] = {}
for _status, _label in STATUS_LABELS.items():
    _ALIASES[fold(_label)] = _status
    _ALIASES[fold(_status.value)] = _status
_ALIASES.update(
    {
        "khong danh gia": Status.NOT_EVALUATED,
        "chua dat": Status.NOT_MET,
        "n/a": Status.NOT_APPLICABLE,
        "na": Status.NOT_APPLICABLE,
        "not met": Status.NOT_MET,
        "yes": Status.MET,
        "no": Status.NOT_MET,
    }
)


def parse_status(value: object) -> Status | None:
    """Read a status typed by a person: Vietnamese labels with or without diacritics, or the English values.

    Blank (None or only spaces) gives ``None`` (not rated). Anything else unknown raises
    ``ValueError`` listing the accepted labels.
    """
    if value is None:
        return None
    if isinstance(value, Status):
        return value
    if isinstance(value, bool):
        return Status.MET if value else Status.NOT_MET
    text = str(value)
    if not text.strip():
        return None
    status = _ALIASES.get(fold(text))
    if status is None:
        accepted = ", ".join(STATUS_LABELS.values())
        raise ValueError(f"'{text.strip()}' is not a status; use one of: {accepted}")
    return status


def is_carried(text: str | None) -> bool:
    """Whether a narrative text still starts with a carry-over mark, "[Kế thừa <year> — cần cập nhật]"."""
    return text is not None and text.lstrip().startswith("[Kế thừa ") and "cần cập nhật]" in text.split("\n", 1)[0]


class Narrative(Value):
    """The narrative columns of a self-assessment report."""

    current_state: str | None = Field(default=None, description="Mô tả hiện trạng.")
    strengths: str | None = Field(default=None, description="Điểm mạnh.")
    weaknesses: str | None = Field(default=None, description="Tồn tại.")
    improvement_plan: str | None = Field(default=None, description="Kế hoạch cải tiến.")

    @property
    def carried(self) -> bool:
        """True when some part still carries last year's text, marked and not yet rewritten."""
        return any(is_carried(v) for v in (self.current_state, self.strengths, self.weaknesses,
                                           self.improvement_plan))


class Rating(Value):
    """A person's rating of one requirement.

    ``status`` is the overall rating (None: left blank). ``years`` holds the rating of each
    year of a multi-year evidence window. ``source`` says where the rating was read (file,
    sheet, row) so that later messages can point back to it.
    """

    code: Code
    status: Status | None = None
    years: dict[int, Status] = Field(default_factory=dict)
    narrative: Narrative = Field(default_factory=Narrative)
    evidence_codes: list[str] = Field(default_factory=list, description="Mã minh chứng cited by the person.")
    note: str | None = None
    source: str | None = None

    @property
    def is_blank(self) -> bool:
        """True when neither an overall status nor any year status was given."""
        return self.status is None and not self.years


class ExternalResult(Value):
    """A result obtained outside this run, e.g. a valid accreditation certificate (for gates)."""

    framework: FrameworkId
    passed: bool
    note: str | None = Field(default=None, description="Certificate number, date, issuer.")


class Assessment(Value):
    """Ratings of one framework version for one evaluation year."""

    framework: FrameworkId
    framework_version: str = Field(description="The framework's content hash the ratings were written for.")
    year: int = Field(ge=2000, le=2100)
    object_type: ObjectType | None = Field(default=None, description="Chooses the window length per object.")
    categories: list[str] = Field(
        default_factory=list, description="Institution categories that exempt requirements (Framework.exemptions)."
    )
    ratings: list[Rating] = Field(default_factory=list)
    external_results: list[ExternalResult] = Field(default_factory=list)
    source: str | None = Field(default=None, description="The file the ratings were read from.")

    @model_validator(mode="after")
    def _unique_codes(self) -> Assessment:
        seen: set[str] = set()
        for r in self.ratings:
            if r.code in seen:
                raise ValueError(f"requirement {r.code} is rated twice")
            seen.add(r.code)
        return self

    def rating(self, code: str) -> Rating | None:
        """The rating of ``code``, or None when it was not rated."""
        for r in self.ratings:
            if r.code == code:
                return r
        return None

    def problems(self, framework: Framework) -> list[Msg]:
        """What does not fit ``framework``: other id or version, unknown codes, years outside the window.

        Each message names where the rating was read (``Rating.source``); rendered by the caller's
        :class:`~accredit.i18n.message.Messages`.
        """
        if self.framework != framework.id:
            return [msg("scoring.assessment.other_framework", found=self.framework, expected=framework.id)]
        if self.framework_version != framework.content_hash:
            return [
                msg(
                    "scoring.assessment.other_version",
                    id=framework.id,
                    found=short_version(self.framework_version),
                    expected=short_version(framework.content_hash),
                )
            ]
        codes = {r.code for r in framework.requirements}
        out: list[Msg] = []
        for r in self.ratings:
            where = f"{r.source}: " if r.source else ""
            if r.code not in codes:
                out.append(joined([where, msg("scoring.assessment.unknown_code", code=r.code, id=framework.id)], ""))
                continue
            allowed = window_years(framework, framework.requirement(r.code), self.year, self.object_type)
            outside = sorted(y for y in r.years if y not in allowed)
            if outside:
                year_outside = msg(
                    "scoring.assessment.year_outside",
                    code=r.code,
                    years=", ".join(map(str, outside)),
                    first=allowed[0],
                    last=allowed[-1],
                )
                out.append(joined([where, year_outside], ""))
        return out


def short_version(content_hash: str) -> str:
    """A content hash shortened for messages: 'sha256:1a2b3c4d5e6f'."""
    algo, _, digest = content_hash.partition(":")
    return f"{algo}:{digest[:12]}" if digest else content_hash[:19]


def window_years(
    framework: Framework, requirement: Requirement, year: int, object_type: ObjectType | None = None
) -> list[int]:
    """The years in which ``requirement`` must hold for an evaluation in ``year``, oldest first."""
    n = framework.window_of(requirement).years_for(object_type)
    return list(range(year - n + 1, year + 1))


def multi_year(framework: Framework, requirement: Requirement, object_type: ObjectType | None = None) -> bool:
    """True when the requirement must hold in more than one year."""
    return framework.window_of(requirement).years_for(object_type) > 1
