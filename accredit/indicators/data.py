"""Institutional data as read from a data workbook: values with the cell they came from."""

from __future__ import annotations

from pydantic import Field

from accredit.i18n.message import TextOrMsg
from accredit.model.base import Value
from accredit.model.framework import Bounded


class Cell(Value):
    """A number and where it was read (``'Sheet'!F5``; a message when it was derived, e.g. from the courses)."""

    value: Bounded
    source: TextOrMsg


class TableRow(Value):
    """One row of a table sheet: a programme, an occupation group or a course, in one year."""

    year: int
    key: str
    name: str | None = None
    values: dict[str, Cell] = Field(default_factory=dict)
    source: str


class InstitutionData(Value):
    """Everything the data workbook holds for one framework."""

    values: dict[str, dict[int, Cell]] = Field(default_factory=dict, description="input → year → cell")
    programmes: list[TableRow] = Field(default_factory=list)
    groups: dict[str, list[TableRow]] = Field(default_factory=dict, description="per (e.g. occupation) → rows")
    cohorts: list[TableRow] = Field(default_factory=list)
    source: str | None = None
    unknown: list[str] = Field(default_factory=list, description="Rows or columns the framework does not use.")
