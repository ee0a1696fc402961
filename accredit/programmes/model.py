"""What ``accredit.toml`` says about the school's programmes and its accreditation certificates.

``[[programmes]]`` lists each training programme once: its mã ngành/nghề, name, level, faculty and
the programme criteria set it is assessed against (e.g. ``tt14-2024/ctdt-trung-cap-cao-dang``). The
same list feeds the TT 38/2026 indices that need a value per programme (CS03, CS06).
``[[certificates]]`` records accreditation certificates (giấy chứng nhận kiểm định) of the school or
of a programme, so the calendar knows when each expires.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from enum import StrEnum
from typing import Annotated

from pydantic import Field, field_validator

from accredit.model.base import Value
from accredit.model.framework import FrameworkId

ProgrammeCode = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9][A-Za-z0-9.\-_]*$")]


class Level(StrEnum):
    """Trình độ of a programme (Luật GDNN; trung học nghề added by Luật 124/2025/QH15)."""

    CAO_DANG = "cao_dang"
    TRUNG_CAP = "trung_cap"
    TRUNG_HOC_NGHE = "trung_hoc_nghe"
    SO_CAP = "so_cap"


def _nfc(value: object) -> object:
    return unicodedata.normalize("NFC", value).strip() if isinstance(value, str) else value


class Programme(Value):
    """One training programme of the school."""

    code: ProgrammeCode = Field(description="Mã ngành, nghề (e.g. '6480201').")
    name: str = Field(min_length=1, max_length=300)
    level: Level
    faculty: str | None = Field(default=None, max_length=300, description="Khoa / bộ môn quản lý.")
    criteria: FrameworkId | None = Field(
        default=None,
        description="Programme criteria set it is assessed against (None: listed for the TT 38 data only).",
    )

    _nfc = field_validator("name", "faculty", mode="before")(classmethod(lambda cls, v: _nfc(v)))


class Certificate(Value):
    """An accreditation certificate (giấy chứng nhận đạt tiêu chuẩn kiểm định chất lượng)."""

    framework: FrameworkId = Field(description="The criteria set the accreditation was against.")
    programme: ProgrammeCode | None = Field(default=None, description="Mã of the programme; None: the school.")
    issued: dt.date = Field(description="Ngày cấp.")
    number: str | None = Field(default=None, max_length=100, description="Số giấy chứng nhận.")
    expires: dt.date | None = Field(
        default=None, description="Ngày hết hạn when the certificate states one (else issued + 5 years)."
    )

    _nfc = field_validator("number", mode="before")(classmethod(lambda cls, v: _nfc(v)))


ASSIGNMENT_MARK = "@"
"""Between a set's id and a programme's mã in a working group's assignment ('<set id>@<mã>')."""


def assignment_framework(framework: str, programme: str | None = None) -> str:
    """The framework key of a working group's criteria in the school's store: the framework id for the school's
    own frameworks, '<set id>@<mã>' for one programme (two programmes on one set are assigned apart)."""
    return framework if programme is None else f"{framework}{ASSIGNMENT_MARK}{programme}"


def split_assignment(key: str) -> tuple[str, str | None]:
    """(framework id, programme mã or None) of an assignment's framework key."""
    framework, mark, programme = key.partition(ASSIGNMENT_MARK)
    return (framework, programme) if mark and programme else (key, None)
