"""Reading the self-assessment workbook into an :class:`Assessment`; errors name sheet, row and column."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accredit.i18n import t
from accredit.model.assessment import Assessment, Narrative, Rating, Status, parse_status, short_version, window_years
from accredit.model.framework import Framework, ObjectType
from accredit.ratings.layout import (
    H_CODE,
    H_CODES,
    H_NOTE,
    H_STATUS,
    META_FRAMEWORK,
    META_OBJECT,
    META_VERSION,
    META_YEAR,
    NARRATIVE,
    SHEET_GUIDE,
    YEAR_RE,
)
from accredit.ratings.template import RatingsError, read_guide
from accredit.workbooks import is_blank
from accredit.xlsx_xml import column_letter
from accredit.zipguard import load_values

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MAX_PROBLEMS = 50
_SPLIT = re.compile(r"[,;\n]+")


def split_codes(value: Any) -> list[str]:
    """Evidence codes typed in one cell, separated by commas, semicolons or new lines."""
    if is_blank(value):
        return []
    return [c.strip() for c in _SPLIT.split(str(value)) if c.strip()]


def _text(value: Any) -> str | None:
    return None if is_blank(value) else str(value).strip()


def _code(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _where(file: str, sheet: str, row: int, col: int, header: str) -> str:
    return t(
        "scoring.ind.where.cell", file=file, sheet=sheet, row=row, col=column_letter(col), header=f" ({header})"
    )


def _header_row(ws: Worksheet) -> tuple[int, dict[str, int]] | None:
    for r in range(1, min(ws.max_row, 6) + 1):
        found = {str(c.value).strip(): c.column for c in ws[r] if not is_blank(c.value)}
        if H_CODE in found and H_STATUS in found:
            return r, found
    return None


def check_framework(source: str | Path, found: object, version: object, framework: Framework) -> None:
    """Raise :class:`RatingsError` when ratings (workbook or file) are for another framework, or another version.

    ``found`` and ``version`` are what the ratings say; a missing version (None) is an error too.
    """
    if found != framework.id:
        raise RatingsError(t("scoring.ratings.other_framework_file", path=source, found=found, expected=framework.id))
    if version is None:
        raise RatingsError(f"{source}: " + t("scoring.ratings.no_version", version=framework.content_hash))
    if version != framework.content_hash:
        raise RatingsError(
            f"{source}: "
            + t(
                "scoring.assessment.other_version",
                id=framework.id,
                found=short_version(str(version)),
                expected=short_version(framework.content_hash),
            )
        )


def check_meta(path: Path, meta: dict[str, str], framework: Framework) -> tuple[int, ObjectType | None]:
    """The year and object the workbook was made for; errors for another framework or version."""
    check_framework(path, meta.get(META_FRAMEWORK), meta.get(META_VERSION, "?"), framework)
    try:
        year = int(meta.get(META_YEAR, ""))
    except ValueError:
        raise RatingsError(t("scoring.ratings.bad_meta", path=path, field=META_YEAR)) from None
    obj_text = meta.get(META_OBJECT)
    try:
        obj = ObjectType(obj_text) if obj_text else None
    except ValueError:
        raise RatingsError(t("scoring.ratings.bad_meta", path=path, field=META_OBJECT)) from None
    return year, obj


def _read_sheet(
    ws: Worksheet,
    file: str,
    framework: Framework,
    year: int,
    obj: ObjectType | None,
    seen: dict[str, str],
    ratings: list[Rating],
    problems: list[str],
    places: dict[str, RowPlace] | None = None,
) -> None:
    found = _header_row(ws)
    if found is None:
        return  # a sheet the person added: not ours to read
    hr, cols = found
    year_cols = {c: int(m.group(1)) for h, c in cols.items() if (m := YEAR_RE.match(h))}
    person_cols = [cols[h] for h in (H_STATUS, *NARRATIVE, H_CODES, H_NOTE) if h in cols] + list(year_cols)
    codes = {r.code for r in framework.requirements}
    for r in range(hr + 1, ws.max_row + 1):
        raw_code = ws.cell(r, cols[H_CODE]).value
        if is_blank(raw_code):
            if any(not is_blank(ws.cell(r, c).value) for c in person_cols):
                problems.append(_where(file, ws.title, r, cols[H_CODE], H_CODE) + ": " + t("scoring.ratings.no_code"))
            continue
        code = _code(raw_code)
        if code not in codes:
            problems.append(
                _where(file, ws.title, r, cols[H_CODE], H_CODE)
                + ": "
                + t("scoring.assessment.unknown_code", code=code, id=framework.id)
            )
            continue
        where_row = t("scoring.ratings.where_row", file=file, sheet=ws.title, row=r)
        if code in seen:
            problems.append(where_row + ": " + t("scoring.ratings.duplicate", code=code, first=seen[code]))
            continue
        seen[code] = where_row
        if places is not None:
            places[code] = RowPlace(sheet=ws.title, row=r, columns=dict(cols))
        status = _status(ws, file, r, cols[H_STATUS], H_STATUS, problems)
        allowed = set(window_years(framework, framework.requirement(code), year, obj))
        years: dict[int, Status] = {}
        for c, y in year_cols.items():
            value = ws.cell(r, c).value
            if is_blank(value):
                continue
            if y not in allowed:
                problems.append(
                    _where(file, ws.title, r, c, f"Năm {y}")
                    + ": "
                    + t("scoring.assessment.year_outside", code=code, years=y, first=min(allowed), last=max(allowed))
                )
                continue
            st = _status(ws, file, r, c, f"Năm {y}", problems)
            if st is not None:
                years[y] = st
        narrative = Narrative(
            **{field: _text(ws.cell(r, cols[h]).value) for h, field in NARRATIVE.items() if h in cols}
        )
        evidence = split_codes(ws.cell(r, cols[H_CODES]).value) if H_CODES in cols else []
        note = _text(ws.cell(r, cols[H_NOTE]).value) if H_NOTE in cols else None
        rating = Rating(
            code=code,
            status=status,
            years=years,
            narrative=narrative,
            evidence_codes=evidence,
            note=note,
            source=where_row,
        )
        if not rating.is_blank or evidence or note or any(narrative.model_dump().values()):
            ratings.append(rating)


def _status(ws: Worksheet, file: str, row: int, col: int, header: str, problems: list[str]) -> Status | None:
    value = ws.cell(row, col).value
    try:
        return parse_status(value)
    except ValueError:
        problems.append(
            _where(file, ws.title, row, col, header)
            + ": "
            + t(
                "scoring.ratings.bad_status",
                value=str(value).strip(),
                accepted="Đạt, Không đạt, Chưa đánh giá, Không áp dụng",
            )
        )
        return None


@dataclass(frozen=True)
class RowPlace:
    """Where a requirement's row is in the workbook: its sheet, its row, and the sheet's header → column."""

    sheet: str
    row: int
    columns: dict[str, int]

    def cell(self, header: str) -> str | None:
        """The cell reference ('F5') of ``header`` on this row, None when the sheet has no such column."""
        col = self.columns.get(header)
        return f"{column_letter(col)}{self.row}" if col is not None else None


def read_ratings_workbook(path: Path, framework: Framework) -> Assessment:
    """Read the self-assessment workbook at ``path`` for ``framework``.

    Raises :class:`RatingsError` naming the file, sheet, row and column of every problem (see
    :func:`read_ratings_places`).
    """
    return read_ratings_places(path, framework)[0]


def read_ratings_places(path: Path, framework: Framework) -> tuple[Assessment, dict[str, RowPlace]]:
    """The self-assessment workbook at ``path`` read for ``framework``, with where each requirement's row is.

    Raises :class:`RatingsError` naming the file, sheet, row and column of every problem
    (unknown status, a code not in the framework, a year outside the window), or naming both
    versions when the workbook was made for another version of the framework.
    """
    if not path.is_file():
        raise RatingsError(t("scoring.ratings.missing_file", path=path))
    try:
        wb = load_values(path, data_only=True)
    except Exception as exc:  # openpyxl raises several types for a damaged or non-Excel file
        raise RatingsError(t("scoring.ind.read.unreadable", path=path, error=exc)) from exc
    if SHEET_GUIDE not in wb.sheetnames:
        raise RatingsError(t("scoring.ratings.not_ratings", path=path))
    year, obj = check_meta(path, read_guide(wb[SHEET_GUIDE]), framework)
    ratings: list[Rating] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    places: dict[str, RowPlace] = {}
    for ws in wb.worksheets:
        if ws.title != SHEET_GUIDE:
            _read_sheet(ws, path.name, framework, year, obj, seen, ratings, problems, places)
    if problems:
        shown = problems[:MAX_PROBLEMS]
        tail = [t("scoring.ind.read.more", count=len(problems) - len(shown))] if len(problems) > len(shown) else []
        raise RatingsError("\n".join([t("scoring.ratings.problems", count=len(problems)), *shown, *tail]))
    order = {r.code: i for i, r in enumerate(framework.requirements)}
    ratings.sort(key=lambda r: order[r.code])
    assessment = Assessment(
        framework=framework.id,
        framework_version=framework.content_hash,
        year=year,
        object_type=obj,
        ratings=ratings,
        source=str(path),
    )
    return assessment, places
