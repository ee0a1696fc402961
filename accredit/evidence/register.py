"""The danh mục minh chứng as an Excel workbook: written for people, read back with their edits.

One sheet per framework lists, criterion by criterion and requirement by requirement, the evidence
linked to each requirement (Mã minh chứng, Tên minh chứng, Số/ngày ban hành, Nơi ban hành, Ghi chú,
file path, link origin, state). A sheet lists the files not linked yet, another the warnings. A
hidden sheet maps sheet names to framework ids and hidden columns keep each row's identity, so
:func:`read_register` can tell what the user changed: requirement codes (the link moves), evidence
codes, titles, notes, and the state (đã xác nhận / chờ xác nhận / bỏ); a row deleted from a sheet
unlinks its link (a second hidden sheet lists the rows the register showed). Every problem is
reported with its sheet, row and column, and nothing is applied unless the whole file is valid.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from accredit.evidence.checks import problem_text
from accredit.evidence.codes import CodeMatcher, resolve
from accredit.evidence.index import EvidenceIndex, LinkRow
from accredit.evidence.text import folded_key
from accredit.i18n import t
from accredit.model.evidence import CellError, EvidenceFlag, EvidenceLink, EvidenceRecord, FlagKind, LinkOrigin
from accredit.model.framework import Framework
from accredit.safe_text import put
from accredit.workbooks import framework_sheet_name, print_layout_all
from accredit.zipguard import load_workbook

INFO_SHEET = "_accredit"
ROWS_SHEET = "_accredit_rows"  # hidden: every link row the register showed (a deleted row means unlink)
UNLINKED_SHEET = "Tệp chưa liên kết"
FLAGS_SHEET = "Cảnh báo"
HEADER_ROW = 4

# (key, Vietnamese header, width)
_SEQ = ("seq", "TT", 6)
_ID = ("id", "Mã tệp", 22)
# What both the framework sheets and the unlinked sheet show of an evidence file.
_FILE_COLUMNS: list[tuple[str, str, int]] = [
    ("code", "Mã minh chứng", 17),
    ("title", "Tên minh chứng", 60),
    ("number", "Số, ngày ban hành", 26),
    ("issuer", "Nơi ban hành", 32),
    ("note", "Ghi chú", 30),
    ("path", "Đường dẫn tệp", 50),
]
COLUMNS: list[tuple[str, str, int]] = [
    _SEQ,
    ("criterion", "Tiêu chí", 9),
    ("requirement", "Tiêu chuẩn", 11),
    *_FILE_COLUMNS,
    ("origin", "Nguồn liên kết", 15),
    ("score", "Điểm gợi ý", 11),
    ("state", "Trạng thái", 15),
    _ID,
    ("was", "Tiêu chuẩn gốc", 11),
]
UNLINKED_COLUMNS: list[tuple[str, str, int]] = [
    _SEQ,
    ("requirement", "Tiêu chuẩn", 14),
    *_FILE_COLUMNS,
    ("status", "Tình trạng đọc tệp", 18),
    _ID,
]
ORIGIN_LABELS = {LinkOrigin.CODE: "mã trong tên", LinkOrigin.MANUAL: "thủ công", LinkOrigin.SUGGESTED: "gợi ý"}
STATE_CONFIRMED, STATE_PENDING, STATE_REMOVE = "đã xác nhận", "chờ xác nhận", "bỏ"
DELETED = "deleted"  # Change.value of an unlink whose row was deleted from the register
_STATES = {
    "da xac nhan": STATE_CONFIRMED, "xac nhan": STATE_CONFIRMED, "confirmed": STATE_CONFIRMED,
    "cho xac nhan": STATE_PENDING, "pending": STATE_PENDING,
    "bo": STATE_REMOVE, "xoa": STATE_REMOVE, "remove": STATE_REMOVE,
}

_HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
_CRIT_FILL = PatternFill("solid", fgColor="D9E1F2")
_REQ_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass
class RegisterData:
    """Everything the register shows."""

    school: str
    year: int
    frameworks: list[Framework]
    records: list[EvidenceRecord]
    links: list[EvidenceLink]
    flags: list[EvidenceFlag]
    evidence_dir: Path
    output: Path


def sheet_name(framework: Framework, taken: set[str]) -> str:
    """A valid, unique Vietnamese sheet name for a framework: 'Minh chứng TT 35-2021' (the info sheet maps it back)."""
    return framework_sheet_name(framework, "Minh chứng", taken)


def number_and_date(record: EvidenceRecord) -> str:
    """'125/QĐ-CĐN; 15/03/2024' from the header (what is known of it)."""
    parts = []
    if record.meta.number:
        parts.append(record.meta.number)
    if record.meta.issued:
        parts.append(record.meta.issued.strftime("%d/%m/%Y"))
    elif record.meta.year:
        parts.append(str(record.meta.year))
    return "; ".join(parts)


def _issuer(record: EvidenceRecord) -> str:
    return record.meta.issuer or ""


def _state(link: EvidenceLink) -> str:
    return STATE_CONFIRMED if link.counts else STATE_PENDING


def _header(ws: Worksheet, columns: list[tuple[str, str, int]], title: str, subtitle: str) -> None:
    put(ws.cell(row=1, column=1), title).font = Font(bold=True, size=14)
    put(ws.cell(row=2, column=1), subtitle).font = Font(italic=True)
    for i, (_key, label, width) in enumerate(columns, 1):
        cell = put(ws.cell(row=HEADER_ROW, column=i), label)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = _BORDER
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)


def _finish(ws: Worksheet, columns: list[tuple[str, str, int]], last_row: int) -> None:
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(last_row, HEADER_ROW + 1)}"
    for key in ("id", "was"):
        idx = [k for k, _, _ in columns].index(key) + 1 if key in [k for k, _, _ in columns] else None
        if idx:
            ws.column_dimensions[get_column_letter(idx)].hidden = True


def _put(ws: Worksheet, row: int, columns: list[tuple[str, str, int]], values: dict[str, object]) -> None:
    keys = [k for k, _, _ in columns]
    for key, value in values.items():
        cell = put(ws.cell(row=row, column=keys.index(key) + 1), value)
        cell.alignment = Alignment(wrap_text=key in ("title", "note", "path", "issuer"), vertical="top")
        cell.border = _BORDER


def _link_to_file(data: RegisterData, path: str) -> str:
    return os.path.relpath(data.evidence_dir / path, data.output.parent).replace(os.sep, "/")


def build_register(data: RegisterData) -> tuple[bytes, int]:
    """The workbook as bytes, and the number of evidence rows."""
    wb = Workbook()
    wb.remove(wb.active)
    info = wb.create_sheet(INFO_SHEET)
    info.append(["sheet", "framework"])
    shown_rows: list[list[str]] = []
    by_id = {r.evidence_id: r for r in data.records}
    taken: set[str] = {INFO_SHEET.lower(), ROWS_SHEET.lower(), UNLINKED_SHEET.lower(), FLAGS_SHEET.lower()}
    rows = 0
    linked: set[str] = set()
    for fw in data.frameworks:
        ws = wb.create_sheet(sheet_name(fw, taken))
        info.append([ws.title, fw.id])
        written: list[tuple[str, str]] = []
        rows += _framework_sheet(ws, fw, data, by_id, linked, written)
        shown_rows += [[ws.title, ev_id, fw.id, req] for ev_id, req in written]
    _unlinked_sheet(wb.create_sheet(UNLINKED_SHEET), data, linked)
    _flags_sheet(wb.create_sheet(FLAGS_SHEET), data)
    shown = wb.create_sheet(ROWS_SHEET)
    for values in [["sheet", "id", "framework", "requirement"], *shown_rows]:
        shown.append(values)
    info.sheet_state = "hidden"
    shown.sheet_state = "hidden"
    wb.active = 1
    print_layout_all(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), rows


def _framework_sheet(
    ws: Worksheet, fw: Framework, data: RegisterData, by_id: dict[str, EvidenceRecord], linked: set[str],
    written: list[tuple[str, str]],
) -> int:
    _header(ws, COLUMNS, f"DANH MỤC MINH CHỨNG — {data.school}",
            f"{fw.title} · năm đánh giá {data.year} · bộ tiêu chí {fw.id}")
    state_col = get_column_letter([k for k, _, _ in COLUMNS].index("state") + 1)
    dv = DataValidation(type="list", formula1=f'"{STATE_CONFIRMED},{STATE_PENDING},{STATE_REMOVE}"', allow_blank=True)
    ws.add_data_validation(dv)
    links_by_req: dict[str, list[EvidenceLink]] = {}
    for link in data.links:
        if link.framework == fw.id:
            links_by_req.setdefault(link.requirement, []).append(link)
    r = HEADER_ROW + 1
    seq = 0
    for crit in fw.criteria:
        _put(ws, r, COLUMNS, {"criterion": crit.code, "title": f"{crit.label}: {crit.title}"})
        for c in range(1, len(COLUMNS) + 1):
            ws.cell(row=r, column=c).fill = _CRIT_FILL
            ws.cell(row=r, column=c).font = Font(bold=True)
        r += 1
        for req in crit.requirements:
            text = req.title or req.text
            text = text if len(text) <= 240 else text[:237] + "…"
            found = sorted(links_by_req.get(req.code, []), key=lambda x: (not x.counts, x.origin != LinkOrigin.CODE,
                                                                        x.evidence_code or "", x.path))
            missing = None if any(x.supports for x in found) else t("evidence.register.no_evidence")
            _put(ws, r, COLUMNS, {"criterion": crit.code, "requirement": req.code, "title": f"{req.label}: {text}",
                                  "note": missing})
            for c in range(1, len(COLUMNS) + 1):
                ws.cell(row=r, column=c).fill = _REQ_FILL
                ws.cell(row=r, column=c).font = Font(italic=True)
            r += 1
            for link in found:
                record = by_id.get(link.evidence_id)
                if record is None:
                    continue
                linked.add(link.evidence_id)
                written.append((link.evidence_id, req.code))
                seq += 1
                _put(ws, r, COLUMNS, {
                    "seq": seq, "criterion": crit.code, "requirement": req.code, "code": link.evidence_code,
                    "title": record.title, "number": number_and_date(record), "issuer": _issuer(record),
                    "note": record.note, "path": link.path, "origin": ORIGIN_LABELS[link.origin],
                    "score": link.score, "state": _state(link), "id": link.evidence_id, "was": req.code,
                })
                path_cell = ws.cell(row=r, column=[k for k, _, _ in COLUMNS].index("path") + 1)
                path_cell.hyperlink = _link_to_file(data, link.path)
                path_cell.font = Font(color="0563C1", underline="single")
                dv.add(f"{state_col}{r}")
                r += 1
    _finish(ws, COLUMNS, r - 1)
    return seq


def _unlinked_sheet(ws: Worksheet, data: RegisterData, linked: set[str]) -> None:
    _header(ws, UNLINKED_COLUMNS, t("evidence.register.unlinked_title"), t("evidence.register.unlinked_help"))
    r = HEADER_ROW + 1
    seq = 0
    for record in data.records:
        if record.evidence_id in linked:
            continue
        seq += 1
        _put(ws, r, UNLINKED_COLUMNS, {
            "seq": seq, "title": record.title, "number": number_and_date(record), "issuer": _issuer(record),
            "note": record.note, "path": record.path, "id": record.evidence_id,
            "status": t(f"evidence.status.{record.status.value}"),
        })
        r += 1
    _finish(ws, UNLINKED_COLUMNS, r - 1)


def flag_detail(flag: EvidenceFlag) -> str:
    """A localised explanation of a flag's particulars (window, waiting suggestions, codes)."""
    if flag.window:
        return t("evidence.flag.window", first=flag.window[0], last=flag.window[1], year=flag.detail or "")
    if flag.suggestions:
        return t("evidence.flag.suggestions", count=flag.suggestions)
    if flag.kind == FlagKind.UNREADABLE:
        return problem_text(flag.detail)
    if flag.kind == FlagKind.AMBIGUOUS_CODE:
        return t("evidence.flag.ambiguous_hint", detail=flag.detail or "")
    return flag.detail or ""


def _flags_sheet(ws: Worksheet, data: RegisterData) -> None:
    cols = [("kind", "Cảnh báo", 28), ("framework", "Bộ tiêu chí", 28), ("requirement", "Tiêu chuẩn", 11),
            ("paths", "Tệp", 60), ("detail", "Chi tiết", 40)]
    _header(ws, cols, t("evidence.register.flags_title"), f"năm đánh giá {data.year}")
    r = HEADER_ROW + 1
    for flag in data.flags:
        detail = flag_detail(flag)
        _put(ws, r, cols, {"kind": t(f"evidence.flag.{flag.kind.value}"), "framework": flag.framework,
                           "requirement": flag.requirement, "paths": "\n".join(flag.paths), "detail": detail})
        r += 1
    ws.auto_filter.ref = f"A{HEADER_ROW}:E{max(r - 1, HEADER_ROW + 1)}"


# --- reading edits back ------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One edit to apply: 'link', 'unlink', 'confirm', 'pending', 'code', 'title', 'note'."""

    op: str
    hash: str
    framework: str | None = None
    requirement: str | None = None
    value: str | None = None


@dataclass
class ImportResult:
    """Changes found in a register, and the problems (changes are applied only when there are none)."""

    changes: list[Change] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    unchanged: int = 0


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


class _Sheet:
    """Header-driven access to one sheet's rows, with located errors."""

    def __init__(self, ws: Worksheet, columns: list[tuple[str, str, int]], result: ImportResult) -> None:
        self.ws = ws
        self.result = result
        labels = {folded_key(_text(c.value)): c.column for c in ws[HEADER_ROW]}
        self.cols: dict[str, int] = {}
        for key, label, _w in columns:
            if folded_key(label) in labels:
                self.cols[key] = labels[folded_key(label)]
        for key in ("requirement", "id", "path"):
            if key not in self.cols:
                label = dict((k, lab) for k, lab, _ in columns)[key]
                self.error(HEADER_ROW, None, label, t("evidence.import.missing_column", column=label))

    def column_name(self, key: str) -> str:
        """'B (Tiêu chuẩn)': the letter and the header of a column."""
        col = self.cols.get(key)
        label = next((lab for k, lab, _ in COLUMNS + UNLINKED_COLUMNS if k == key), key)
        return f"{get_column_letter(col)} ({label})" if col else label

    def error(self, row: int, key: str | None, value: object, message: str) -> None:
        """Record a problem at a row and column of this sheet."""
        self.result.errors.append(
            CellError(sheet=self.ws.title, row=row, column=self.column_name(key) if key else "-",
                      value=_text(value) or None, message=message)
        )

    def rows(self) -> list[tuple[int, dict[str, str]]]:
        """(row number, {column key: cleaned text}) for every row below the header."""
        out = []
        for row in self.ws.iter_rows(min_row=HEADER_ROW + 1):
            values = {key: _text(row[col - 1].value) if col - 1 < len(row) else "" for key, col in self.cols.items()}
            out.append((row[0].row, values))
        return out


def read_register(
    path: Path,
    frameworks: list[Framework],
    records: list[EvidenceRecord],
    links: list[EvidenceLink],
    matcher: CodeMatcher,
) -> ImportResult:
    """Compare an edited register with the current state; pure apart from reading ``path``."""
    result = ImportResult()
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:
        result.errors.append(CellError(sheet="-", row=0, column="-", message=t("evidence.import.unreadable",
                                                                              detail=str(exc))))
        return result
    if INFO_SHEET not in wb.sheetnames:
        result.errors.append(CellError(sheet=INFO_SHEET, row=1, column="A",
                                       message=t("evidence.import.not_register")))
        return result
    fw_by_id = {f.id: f for f in frameworks}
    sheets: dict[str, Framework] = {}
    for i, (name, fw_id) in enumerate(wb[INFO_SHEET].iter_rows(min_row=2, values_only=True), 2):
        if not name:
            continue
        if fw_id not in fw_by_id:
            result.errors.append(CellError(sheet=INFO_SHEET, row=i, column="B", value=_text(fw_id),
                                           message=t("evidence.import.framework_gone", id=fw_id)))
        elif name in wb.sheetnames:
            sheets[name] = fw_by_id[fw_id]
    by_id = {r.evidence_id: r for r in records}
    by_path = {r.path: r for r in records}
    current = {(x.evidence_id, x.framework, x.requirement): x for x in links}
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    present: set[tuple[str, str, str]] = set()
    for name, fw in sheets.items():
        _read_framework_sheet(_Sheet(wb[name], COLUMNS, result), fw, by_id, by_path, current, matcher, seen,
                              present)
    if ROWS_SHEET in wb.sheetnames:
        _deleted_rows(wb[ROWS_SHEET], sheets, current, present, result)
    if UNLINKED_SHEET in wb.sheetnames:
        _read_unlinked(_Sheet(wb[UNLINKED_SHEET], UNLINKED_COLUMNS, result), frameworks, by_id, by_path, current,
                       matcher, seen)
    wb.close()
    return result


def _deleted_rows(
    ws: Worksheet,
    sheets: dict[str, Framework],
    current: dict[tuple[str, str, str], EvidenceLink],
    present: set[tuple[str, str, str]],
    result: ImportResult,
) -> None:
    """A link row the register showed that is no longer in its sheet was deleted by the user: unlink
    it (only links the register showed, only on sheets still in the workbook, only if still linked)."""
    touched = {(c.hash, c.framework, c.requirement) for c in result.changes if c.framework}
    for values in ws.iter_rows(min_row=2, values_only=True):
        name, ev_id, fw_id, req = (_text(v) for v in (*values, None, None, None, None)[:4])
        if name not in sheets or sheets[name].id != fw_id:
            continue
        key = (ev_id, fw_id, req)
        if key in present or key in touched or key not in current:
            continue
        touched.add(key)
        result.changes.append(Change("unlink", ev_id, fw_id, req, value=DELETED))


def _record_of(sheet: _Sheet, row: int, values: dict[str, str], by_id: dict[str, EvidenceRecord],
               by_path: dict[str, EvidenceRecord]) -> EvidenceRecord | None:
    ev_id, path = values.get("id", ""), values.get("path", "")
    if ev_id:
        record = by_id.get(ev_id)
        if record is None:
            sheet.error(row, "id", ev_id, t("evidence.import.unknown_id"))
        return record
    record = by_path.get(path)
    if record is None:
        sheet.error(row, "path", path, t("evidence.import.unknown_path"))
    return record


def _check_code(sheet: _Sheet, row: int, code: str, requirement: str, matcher: CodeMatcher) -> bool:
    if len(code) > 40:
        sheet.error(row, "code", code, t("evidence.import.code_too_long"))
        return False
    found = matcher.in_name(code)
    if found and resolve(found[0].requirement, [requirement]) is None:
        sheet.error(row, "code", code, t("evidence.import.code_mismatch", code=code, points=found[0].requirement,
                                         requirement=requirement))
        return False
    return True


def _meta_edits(sheet: _Sheet, row: int, record: EvidenceRecord, values: dict[str, str],
                seen: dict[tuple[str, str], tuple[int, str]]) -> None:
    """Title and note edits. A file listed on several rows may be edited on any one of them;
    two different edits of the same file are an error."""
    for key, current in (("title", record.title), ("note", record.note)):
        if key not in values or values[key] == _text(current):
            continue
        earlier = seen.get((record.evidence_id, key))
        if earlier is not None:
            if earlier[1] != values[key]:
                sheet.error(row, key, values[key], t("evidence.import.conflict", row=earlier[0]))
            continue
        seen[(record.evidence_id, key)] = (row, values[key])
        sheet.result.changes.append(Change(key, record.evidence_id, value=values[key] or None))


def _read_framework_sheet(
    sheet: _Sheet,
    fw: Framework,
    by_id: dict[str, EvidenceRecord],
    by_path: dict[str, EvidenceRecord],
    current: dict[tuple[str, str, str], EvidenceLink],
    matcher: CodeMatcher,
    seen: dict[tuple[str, str], tuple[int, str]],
    present: set[tuple[str, str, str]],
) -> None:
    result = sheet.result
    known = [r.code for r in fw.requirements]
    for row, values in sheet.rows():
        if not values.get("id") and not values.get("path"):
            continue  # criterion / requirement heading rows, blank rows
        record = _record_of(sheet, row, values, by_id, by_path)
        raw_req = values.get("requirement", "")
        req = resolve(raw_req, known) if raw_req else None
        if record is not None:  # the row is still there (a row moved to another requirement is not deleted)
            for code in (values.get("was", ""), raw_req):
                if code and (resolved := resolve(code, known)) is not None:
                    present.add((record.evidence_id, fw.id, resolved))
        if req is None:
            sheet.error(row, "requirement", raw_req,
                        t("evidence.import.unknown_requirement", code=raw_req or "∅", id=fw.id))
        raw_state = values.get("state", "")
        state = _STATES.get(folded_key(raw_state)) if raw_state else STATE_CONFIRMED
        if state is None:
            sheet.error(row, "state", raw_state, t("evidence.import.bad_state", states=", ".join(
                (STATE_CONFIRMED, STATE_PENDING, STATE_REMOVE))))
        code = values.get("code", "")
        if record is None or req is None or state is None:
            continue
        if code and not _check_code(sheet, row, code, req, matcher):
            continue
        h = record.evidence_id
        was = resolve(values.get("was", ""), known) if values.get("was") else None
        old = current.get((h, fw.id, was)) if was else None
        before = len(result.changes)
        if state == STATE_REMOVE:
            if old is not None:
                result.changes.append(Change("unlink", h, fw.id, old.requirement))
            continue
        if old is None or req != old.requirement:
            if old is not None:
                result.changes.append(Change("unlink", h, fw.id, old.requirement))
            if (h, fw.id, req) not in current or not current[(h, fw.id, req)].counts:
                result.changes.append(Change("link", h, fw.id, req, code or None))
            elif code and code != (current[(h, fw.id, req)].evidence_code or ""):
                result.changes.append(Change("code", h, fw.id, req, code))
        else:
            if state == STATE_CONFIRMED and not old.counts:
                result.changes.append(Change("confirm", h, fw.id, req))
            elif state == STATE_PENDING and old.counts:
                if old.origin != LinkOrigin.SUGGESTED:
                    sheet.error(row, "state", values.get("state"), t("evidence.import.not_suggestion"))
                    continue
                result.changes.append(Change("pending", h, fw.id, req))
            if code != (old.evidence_code or ""):
                result.changes.append(Change("code", h, fw.id, req, code or None))
        _meta_edits(sheet, row, record, values, seen)
        if len(result.changes) == before:
            result.unchanged += 1


def _read_unlinked(
    sheet: _Sheet,
    frameworks: list[Framework],
    by_id: dict[str, EvidenceRecord],
    by_path: dict[str, EvidenceRecord],
    current: dict[tuple[str, str, str], EvidenceLink],
    matcher: CodeMatcher,
    seen: dict[tuple[str, str], tuple[int, str]],
) -> None:
    result = sheet.result
    for row, values in sheet.rows():
        if not values.get("id") and not values.get("path"):
            continue
        record = _record_of(sheet, row, values, by_id, by_path)
        if record is None:
            continue
        before = len(result.changes)
        for raw in [c for c in values.get("requirement", "").replace(";", ",").split(",") if c.strip()]:
            target = _split_target(raw.strip(), frameworks)
            if isinstance(target, str):
                sheet.error(row, "requirement", raw, target)
                continue
            fw_id, req = target
            code = values.get("code", "")
            if code and not _check_code(sheet, row, code, req, matcher):
                continue
            if (record.evidence_id, fw_id, req) not in current or not current[(record.evidence_id, fw_id, req)].counts:
                result.changes.append(Change("link", record.evidence_id, fw_id, req, code or None))
        _meta_edits(sheet, row, record, values, seen)
        if len(result.changes) == before:
            result.unchanged += 1


def _split_target(raw: str, frameworks: list[Framework]) -> tuple[str, str] | str:
    """'2.3' or '<framework id> 2.3' → (framework id, code); an error message when it names nothing."""
    fw_part, _, code = raw.rpartition(" ")
    pool = [f for f in frameworks if f.id == fw_part.lower()] if fw_part else frameworks
    hits = [(f.id, r) for f in pool if (r := resolve(code, [q.code for q in f.requirements])) is not None]
    if not hits:
        return t("evidence.import.unknown_requirement", code=raw, id=", ".join(f.id for f in pool) or fw_part)
    if len(hits) > 1:
        return t("evidence.error.code_ambiguous", code=raw, ids=", ".join(h[0] for h in hits))
    return hits[0]


def apply_changes(index: EvidenceIndex, changes: list[Change], *, dry_run: bool = False) -> dict[str, int]:
    """Apply the changes in one transaction; returns counts per kind. With ``dry_run`` the very same
    steps run and are counted, but nothing is written."""
    rows = {(r.hash, r.framework, r.requirement): r for r in index.links(include_rejected=True)}
    notes = index.annotations()
    counts = {"added": 0, "removed": 0, "deleted": 0, "confirmed": 0, "codes": 0, "titles": 0, "notes": 0}
    with index.transaction():
        for ch in changes:
            key = (ch.hash, ch.framework or "", ch.requirement or "")
            old = rows.get(key)
            if ch.op == "link":
                row = LinkRow(*key, LinkOrigin.MANUAL, None, True, ch.value or (old.evidence_code if old else None),
                              False)
                counts["added"] += 1
            elif ch.op == "unlink" and old is not None:
                counts["deleted" if ch.value == DELETED else "removed"] += 1
                if old.origin == LinkOrigin.MANUAL:
                    if not dry_run:
                        index.delete_links([key])
                    rows.pop(key)
                    continue
                row = LinkRow(*key, old.origin, old.score, old.confirmed, old.evidence_code, True)
            elif ch.op in ("confirm", "pending") and old is not None:
                row = LinkRow(*key, old.origin, old.score, ch.op == "confirm", old.evidence_code, False)
                counts["confirmed"] += ch.op == "confirm"
            elif ch.op == "code" and old is not None:
                row = LinkRow(*key, old.origin, old.score, old.confirmed, ch.value, old.rejected)
                counts["codes"] += 1
            elif ch.op in ("title", "note"):
                title, note = notes.get(ch.hash, (None, None))
                title, note = (ch.value, note) if ch.op == "title" else (title, ch.value)
                notes[ch.hash] = (title, note)
                if not dry_run:
                    index.annotate(ch.hash, title=title, note=note)
                counts["titles" if ch.op == "title" else "notes"] += 1
                continue
            else:
                continue
            if not dry_run:
                index.put_link(row)
            rows[key] = row
    return counts
