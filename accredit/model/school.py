"""Who is being assessed: the school, as a frozen value (the workspace's ``[school]`` table)."""

from __future__ import annotations

import unicodedata
from typing import Any

from pydantic import Field, field_validator

from accredit.model.base import Value
from accredit.model.framework import ObjectType
from accredit.safe_text import clean_text


class SchoolInfo(Value):
    """Who is being assessed."""

    name: str = Field(min_length=1)
    object: ObjectType = ObjectType.TRUONG_CAO_DANG
    province: str | None = None
    code: str | None = Field(default=None, description="Mã trường / mã cơ sở.")
    categories: list[str] = Field(
        default_factory=list,
        description=(
            "Categories that exempt requirements, e.g. 'quoc_phong_cong_an' (TT 38/2026 Điều 8 khoản 2), or "
            "give another threshold, e.g. 'van_hoa_nghe_thuat' (TT 35/2021 Điều 6 khoản 1: 500 students)."
        ),
    )

    @field_validator("name", "province", "code", mode="before")
    @classmethod
    def _clean(cls, value: Any) -> Any:
        """NFC, without the control characters no workbook or document can hold (a name is shown everywhere)."""
        return unicodedata.normalize("NFC", clean_text(value)).strip() if isinstance(value, str) else value
