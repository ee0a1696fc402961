"""The packaged reports cross-checked against the recomputed scorecards.

A school could re-score its package (confirm links, recompute the scorecard) while the reports
it printed and sent still say something else. Every packaged JSON report (``accredit-report/1``)
is read: per framework the total, the maximum, the decision, each criterion's points and each
requirement's status. The Excel report's summary sheet gives each framework's total. Any figure
that differs from the recomputation is an issue naming the file and the figure. A report of
another year, or one whose layout is not recognised, is listed as not checked (a warning). The
HTML report is not read (its layout is for people, not for parsing).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import TypeAdapter
from typing_extensions import TypedDict

from accredit.i18n import LANGUAGES, t
from accredit.i18n.catalogue import MESSAGES
from accredit.model.assessment import Status
from accredit.model.review import IntegrityIssue, IssueKind, Severity
from accredit.model.scorecard import Scorecard

JSON_SCHEMA_PREFIX = "accredit-report/"
REPORT_STEM = "bao-cao-tu-danh-gia"
MAX_XLSX_UNPACKED = 64 * 1024 * 1024
SUMMARY_ROWS = 200
STATUSES = {s.value for s in Status}
_YEAR_IN_NAME = re.compile(r"-((?:19|20)\d{2})\.(?:json|xlsx)$", re.IGNORECASE)


def _named_report(name: str) -> bool:
    """Whether the member's file name is the self-assessment report's (``bao-cao-tu-danh-gia…``)."""
    return REPORT_STEM in name.rsplit("/", 1)[-1].lower()


def wanted(name: str) -> bool:
    """Whether a report member is one the cross-check reads (JSON, or the Excel report)."""
    low = name.lower()
    return low.endswith(".json") or (low.endswith(".xlsx") and _named_report(name))


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return t("review.yes") if value else t("review.no")
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
    return "—" if value is None else str(value)


def _issue(name: str, card: Scorecard | None, figure: str, found: Any, expected: Any) -> IntegrityIssue:
    return IntegrityIssue(
        kind=IssueKind.REPORT_MISMATCH,
        member=name,
        framework=card.framework if card else None,
        detail=t("sign.report.mismatch", file=name, title=card.title if card else "", figure=figure,
                 found=_show(found), recomputed=_show(expected)),
    )


def _unchecked(name: str, reason: str) -> IntegrityIssue:
    return IntegrityIssue(kind=IssueKind.REPORT_UNCHECKED, severity=Severity.WARNING, member=name,
                          detail=t("sign.report.unchecked", file=name, reason=reason))


def _same_number(found: Any, expected: Decimal) -> bool:
    value = _decimal(found)
    return value is not None and value == expected


def _json_framework(name: str, section: Mapping[str, Any], card: Scorecard) -> Iterator[IntegrityIssue]:
    for key, figure, expected in (("total", "sign.figure.total", card.total), ("max", "sign.figure.max", card.max)):
        if not _same_number(section.get(key), expected):
            yield _issue(name, card, t(figure), section.get(key), expected)
    if section.get("passed") is not card.passed:
        yield _issue(name, card, t("sign.figure.passed"), section.get("passed"), card.passed)
    found = section.get("scorecard")
    inner: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    criteria = {str(c.get("code")): c for c in inner.get("criteria", []) if isinstance(c, Mapping)}
    for c in card.criteria:
        got = criteria.get(c.code, {}).get("points")
        if not _same_number(got, c.points):
            yield _issue(name, card, t("sign.figure.criterion", code=c.code), got, c.points)
    statuses = {str(r.get("code")): r.get("status") for r in section.get("requirements", []) if isinstance(r, Mapping)}
    for r in card.requirements:
        found = statuses.get(r.code)
        if found != r.status.value:
            shown = t(f"review.status.{found}") if isinstance(found, str) and found in STATUSES else found
            yield _issue(name, card, t("sign.figure.requirement", code=r.code), shown,
                         t(f"review.status.{r.status.value}"))


class _Criterion(TypedDict, total=False):
    code: Any
    points: Any


class _Inner(TypedDict, total=False):
    criteria: list[_Criterion]


class _Requirement(TypedDict, total=False):
    code: Any
    status: Any


class _Section(TypedDict, total=False):
    id: Any
    total: Any
    max: Any
    passed: Any
    scorecard: _Inner
    requirements: list[_Requirement]


class _Report(TypedDict, total=False):
    schema: Any
    year: Any
    frameworks: list[_Section]


_FIGURES: TypeAdapter[_Report] = TypeAdapter(_Report)
"""Only the figures the check reads (a report is large; the rest of it is skipped, not built)."""


def _report_data(payload: bytes) -> Any:
    """The report's figures as plain JSON data; an unusual shape is read whole, as any JSON."""
    try:
        return _FIGURES.validate_json(payload)
    except ValueError:  # pydantic's ValidationError (also for a report not of this shape, or not JSON)
        pass
    try:
        return json.loads(payload)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def check_json_report(name: str, payload: bytes, cards: Mapping[str, Scorecard], year: int) -> list[IntegrityIssue]:
    """The figures of a JSON report that differ from the recomputed ``cards`` (other JSON files: none; a file named
    as the report that is not a readable one: not checked, a warning)."""
    data = _report_data(payload)
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith(JSON_SCHEMA_PREFIX):
        # another JSON file is not a report; the report's own name that is not one is said, never passed over
        return [_unchecked(name, t("sign.report.not_json"))] if _named_report(name) else []
    issues: list[IntegrityIssue] = []
    if data.get("year") != year:  # e.g. last year's report left in the output folder
        return [_unchecked(name, t("sign.report.other_year", year=data.get("year"), package=year))]
    sections = {str(s.get("id")): s for s in data.get("frameworks", []) if isinstance(s, Mapping)}
    for fid, card in cards.items():
        section = sections.get(fid)
        if section is None:
            issues.append(_issue(name, card, t("sign.figure.section"), None, card.title))
            continue
        issues.extend(_json_framework(name, section, card))
    return issues


def _headers() -> tuple[set[str], set[str]]:
    """The Excel report's 'criteria set' and 'total' headers in every language it may have been written in."""
    framework = {MESSAGES["report.col.framework"].get(lang, "") for lang in LANGUAGES}
    total = {MESSAGES["report.col.total"].get(lang, "") for lang in LANGUAGES}
    return framework - {""}, total - {""}


def _summary_rows(zf: zipfile.ZipFile, payload: bytes) -> Sequence[Sequence[Any]] | None:
    """The first :data:`SUMMARY_ROWS` rows of the workbook's first sheet (values, cached results for formulas),
    straight from its XML (:func:`accredit.xlsx_xml.first_rows`, through ``zf``, the zip of ``payload`` already
    open); a layout that reader does not follow, or a damaged file, is read by openpyxl as before; None when
    openpyxl cannot read it either."""
    from accredit.xlsx_xml import first_rows

    try:
        return first_rows(zf, SUMMARY_ROWS)
    except Exception:  # openpyxl reads it, or says it cannot
        pass
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(payload), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a damaged file
        return None
    try:
        return list(wb.worksheets[0].iter_rows(max_row=SUMMARY_ROWS, values_only=True)) if wb.worksheets else []
    finally:
        wb.close()


def check_xlsx_report(name: str, payload: bytes, cards: Mapping[str, Scorecard]) -> list[IntegrityIssue]:
    """The totals on the Excel report's summary sheet that differ from the recomputed ``cards``."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(payload))  # opened once: its sizes, then its first sheet
    except (zipfile.BadZipFile, OSError, ValueError):
        return [_unchecked(name, t("sign.report.not_xlsx"))]
    with zf:
        if sum(i.file_size for i in zf.infolist()) > MAX_XLSX_UNPACKED:
            return [_unchecked(name, t("sign.report.not_xlsx"))]
        rows = _summary_rows(zf, payload)
    if rows is None:
        return [_unchecked(name, t("sign.report.not_xlsx"))]
    fw_heads, total_heads = _headers()
    for i, row in enumerate(rows):
        cells = [str(v).strip() if v is not None else "" for v in row]
        fw_col = next((j for j, v in enumerate(cells) if v in fw_heads), None)
        total_col = next((j for j, v in enumerate(cells) if v in total_heads), None)
        if fw_col is None or total_col is None:
            continue
        found: dict[str, Any] = {}
        for below in rows[i + 1 :]:
            label = str(below[fw_col]) if fw_col < len(below) and below[fw_col] is not None else ""
            for fid, card in cards.items():
                # the row names the framework by its title (older reports: 'title (id)')
                if label.strip() == card.title.strip() or label.rstrip().endswith(f"({fid})"):
                    found[fid] = below[total_col] if total_col < len(below) else None
        issues = []
        for fid, card in cards.items():
            if fid not in found:  # the layout may have changed: say so, do not guess
                issues.append(_unchecked(name, t("sign.report.no_row", title=card.title)))
            elif not _same_number(found[fid], card.total):
                issues.append(_issue(name, card, t("sign.figure.total"), found[fid], card.total))
        return issues
    return [_unchecked(name, t("sign.report.no_summary"))]


def cross_check(reports: Mapping[str, bytes], cards: Mapping[str, Scorecard], year: int) -> list[IntegrityIssue]:
    """Every packaged report's figures against the recomputed scorecards."""
    issues: list[IntegrityIssue] = []
    if not cards:
        return issues
    for name, payload in reports.items():
        named = _YEAR_IN_NAME.search(name.rsplit("/", 1)[-1])
        if named and int(named.group(1)) != year:
            issues.append(_unchecked(name, t("sign.report.other_year", year=named.group(1), package=year)))
            continue
        if name.lower().endswith(".json"):
            issues += check_json_report(name, payload, cards, year)
        elif name.lower().endswith(".xlsx"):
            issues += check_xlsx_report(name, payload, cards)
    return issues
