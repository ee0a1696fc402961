"""Importing a circular's text as a DRAFT criteria set.

:func:`import_circular` recognises the structure of a Vietnamese circular — criteria
("Tiêu chí N - …", "Tiêu chí N: …", "Điều kiện N. …"), requirements ("Tiêu chuẩn M: …" numbered
inside a criterion as in TT 15/2017 and TT 35/2021, decimal "Tiêu chuẩn 2.8: …" as in TT 14/2024,
"Yêu cầu N.M", "Chỉ số NN. …"), article headings ("Điều 7." and the Bộ pháp điển form
"Điều 20.1.TT.83.7."), khoản ("1.") and điểm ("a)" … "đ)") — joins wrapped lines and returns a
draft :class:`~accredit.model.framework.Framework` plus warnings for what it could not place.

Everything it produces is machine-extracted: the framework has status ``draft``, every
requirement has ``text_status: unverified``, the evidence window and the pass rule are
placeholders to be entered by hand. Parsing does no I/O; :func:`import_file` reads a file with
:func:`accredit.catalog.text_sources.read_text` first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import Field

from accredit.catalog.files import dump_yaml
from accredit.catalog.text_sources import normalise_text, read_text
from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.model.base import Value
from accredit.model.framework import (
    AllMet,
    Criterion,
    Decision,
    EvidenceWindow,
    Framework,
    FrameworkStatus,
    ObjectType,
    Regulation,
    Requirement,
    TextStatus,
)

PLACEHOLDER_DATE = date(1900, 1, 1)

WarningKind = Literal[
    "unplaced",
    "duplicate_requirement",
    "duplicate_criterion",
    "empty_criterion",
    "numbering",
    "implied_criterion",
    "empty_text",
    "no_article",
    "metadata",
    "points",
]


class ImportWarning(Value):
    """Something the importer saw but could not place, or a value it had to guess."""

    kind: WarningKind
    line: int | None = Field(default=None, description="1-based line in the normalised text.")
    text: str | None = Field(default=None, description="The line as read.")
    message: str


class ImportResult(Value):
    """A draft framework and the warnings a reviewer should read first."""

    framework: Framework
    warnings: list[ImportWarning] = Field(default_factory=list)

    @property
    def criteria_count(self) -> int:
        """Number of criteria in the draft."""
        return len(self.framework.criteria)

    @property
    def requirements_count(self) -> int:
        """Number of requirements in the draft."""
        return len(self.framework.requirements)


class ImportStructureError(AccreditError):
    """No criterion/requirement structure could be recognised in the text."""


# --- line patterns -----------------------------------------------------------------------------
_CRIT_KW = {"tiêu chí": "Tiêu chí", "điều kiện": "Điều kiện"}
_REQ_KW = {"tiêu chuẩn": "Tiêu chuẩn", "yêu cầu": "Yêu cầu", "chỉ số": "Chỉ số"}
_SEP = r"(?P<sep>\s*[:.\-–—]\s*|\s+|$)"

ARTICLE = re.compile(
    r"^(?:Điều|ĐIỀU)\s+(?:\d+\.\d+\.[A-ZĐ]+\.\d+\.)?(?P<num>\d{1,3}[a-zđ]?)\s*[.:]\s*(?P<title>.*)$"
)
CRITERION = re.compile(r"^(?P<kw>Tiêu chí|TIÊU CHÍ|Điều kiện|ĐIỀU KIỆN)\s+(?P<num>\d{1,2})" + _SEP + r"(?P<rest>.*)$")
REQUIREMENT = re.compile(
    r"^(?P<kw>Tiêu chuẩn|TIÊU CHUẨN|Yêu cầu|YÊU CẦU|Chỉ số|CHỈ SỐ)\s+(?P<num>\d{1,3}(?:\.\d{1,3})?)"
    + _SEP
    + r"(?P<rest>.*)$"
)
KHOAN = re.compile(r"^(?P<k>\d{1,2})\.\s+(?P<rest>\S.*)$")
DIEM = re.compile(r"^(?P<d>[a-zđ])\)\s+(?P<rest>\S.*)$")
SECTION = re.compile(
    r"^(?:(?:Chương|CHƯƠNG|Mục|MỤC)\s+[IVXLC\d]+\b|(?P<pl>Phụ lục|PHỤ LỤC)(?:\s+(?P<plnum>[IVXLC\d]+)\b)?)"
)
ANNOTATION = re.compile(r"^\((?:Điều này có nội dung liên quan|Điều \d+\S* (?:Thông tư|Nghị định|Luật|Quyết định))")
PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$")
TABLE_RULE = re.compile(r"^:?-{2,}:?$")
BULLET = re.compile(r"^[-*•+]\s+")
_SENTENCE_END = (".", ";", ":", "!", "?", "…")


def _is_structural(line: str) -> bool:
    """True for a line that opens an article, section, criterion, requirement, khoản or điểm."""
    return bool(
        ARTICLE.match(line)
        or SECTION.match(line)
        or _criterion(line)
        or _requirement(line)
        or KHOAN.match(line)
        or DIEM.match(line)
    )


def _accepts(sep: str, rest: str) -> bool:
    """A label followed only by spaces is a heading when the rest is empty or starts a sentence."""
    if sep.strip() or not rest:
        return True
    return rest[0].isupper() or rest[0].isdigit()


def _criterion(line: str) -> re.Match[str] | None:
    m = CRITERION.match(line)
    return m if m and _accepts(m["sep"], m["rest"]) else None


def _requirement(line: str) -> re.Match[str] | None:
    m = REQUIREMENT.match(line)
    return m if m and _accepts(m["sep"], m["rest"]) else None


def _clean(line: str) -> str:
    """Strip Markdown decoration (headings, quotes, bold) from one line."""
    line = re.sub(r"^#{1,6}\s+", "", line.strip())
    line = re.sub(r"^>\s?", "", line)
    return line.replace("**", "").strip()


def _collapse(text: str) -> str:
    return " ".join(text.split())


# --- parse state -------------------------------------------------------------------------------
@dataclass
class _Req:
    code: str
    label: str
    number: str
    article: str | None
    item: str | None
    line: int
    parts: list[str] = field(default_factory=list)


@dataclass
class _Crit:
    code: str
    label: str
    keyword: str
    title: str
    article: str | None
    line: int
    requirements: list[_Req] = field(default_factory=list)


@dataclass
class _Parser:
    warnings: list[ImportWarning] = field(default_factory=list)
    criteria: list[_Crit] = field(default_factory=list)
    current: _Crit | None = None
    req: _Req | None = None
    req_blank: bool = False
    title_open: bool = False
    place: str | None = None  # "Điều 7" or "Phụ lục I"
    article_title: str = ""
    khoan: str | None = None
    diem: str | None = None
    seen_article: bool = False
    req_lines: dict[str, int] = field(default_factory=dict)

    # -- helpers
    def warn(self, kind: WarningKind, line: int | None, text: str | None, key: str, **params: object) -> None:
        self.warnings.append(ImportWarning(kind=kind, line=line, text=text, message=t(key, line=line, **params)))

    def where(self) -> str | None:
        if self.place is None:
            return None
        if not self.place.startswith("Điều"):
            return self.place
        out = self.place
        if self.khoan:
            out += f" khoản {self.khoan}"
            if self.diem:
                out += f" điểm {self.diem}"
        return out

    def find(self, code: str) -> _Crit | None:
        return next((c for c in self.criteria if c.code == code), None)

    def close(self) -> None:
        self.req = None
        self.req_blank = False
        self.title_open = False

    # -- events
    def article(self, num: str, title: str) -> None:
        self.close()
        self.current = None
        self.place = f"Điều {num}"
        self.article_title = title
        self.khoan = self.diem = None
        self.seen_article = True

    def section(self, appendix: str | None) -> None:
        self.close()
        self.current = None
        self.place = appendix
        self.article_title = ""
        self.khoan = self.diem = None

    def criterion(self, m: re.Match[str], lineno: int, raw: str) -> None:
        self.close()
        keyword = _CRIT_KW[m["kw"].lower()]
        code = str(int(m["num"]))
        title = _collapse(m["rest"]).rstrip(";:,.").strip()
        label = f"{keyword} {code}"
        existing = self.find(code)
        if existing is not None and existing.requirements:
            if existing is not self.current:
                self.warn("duplicate_criterion", lineno, raw, "importer.warn.duplicate_criterion",
                          label=label, first=existing.line)
            self.current = existing
            return
        if existing is not None:
            # An earlier mention with no requirements (e.g. a list of criteria in Điều 4):
            # the later heading is where the criterion is defined.
            existing.title = title or existing.title
            existing.article = self.where() or existing.article
            existing.line = lineno
            existing.label, existing.keyword = label, keyword
            crit = existing
        else:
            crit = _Crit(code=code, label=label, keyword=keyword, title=title, article=self.where(), line=lineno)
            self.criteria.append(crit)
        self.current = crit
        self.title_open = True

    def requirement(self, m: re.Match[str], lineno: int, raw: str, item: str | None) -> None:
        self.close()
        keyword = _REQ_KW[m["kw"].lower()]
        number = m["num"]
        label = f"{keyword} {number}"
        crit: _Crit | None
        if keyword == "Chỉ số":
            crit = self.find("CS")
            if crit is None:
                title = self.article_title if "chỉ số" in self.article_title.lower() else "Chỉ số hoạt động"
                crit = _Crit(code="CS", label="Chỉ số hoạt động", keyword="Chỉ số", title=title,
                             article=self.place, line=lineno)
                self.criteria.append(crit)
            code = f"CS{number.replace('.', '')}"
        elif "." in number:
            head = str(int(number.split(".")[0]))
            code = f"{head}.{int(number.split('.')[1])}"
            crit = self.current if self.current is not None and self.current.code == head else self.find(head)
            if crit is None:
                kw = "Điều kiện" if keyword == "Yêu cầu" else "Tiêu chí"
                crit = _Crit(code=head, label=f"{kw} {head}", keyword=kw, title="", article=self.place, line=lineno)
                self.criteria.append(crit)
                self.warn("implied_criterion", lineno, raw, "importer.warn.implied_criterion",
                          label=crit.label, code=code)
        else:
            crit = self.current
            if crit is None or crit.code == "CS":
                self.warn("unplaced", lineno, raw, "importer.warn.unplaced", label=label)
                return
            code = f"{crit.code}.{int(number)}"
        if code in self.req_lines:
            self.warn("duplicate_requirement", lineno, raw, "importer.warn.duplicate_requirement",
                      code=code, first=self.req_lines[code])
            return
        self.req_lines[code] = lineno
        req = _Req(code=code, label=label, number=number, article=self.where() or crit.article,
                   item=item, line=lineno)
        rest = m["rest"].strip()
        if rest:
            req.parts.append(rest)
        crit.requirements.append(req)
        self.current = crit if keyword != "Chỉ số" else self.current
        self.req = req

    def text(self, line: str, blank_before: bool) -> None:
        req = self.req
        if req is not None:
            previous = req.parts[-1] if req.parts else ""
            joins = (
                not req.parts
                or not (blank_before or self.req_blank)
                or (not previous.endswith(_SENTENCE_END) and line[:1].islower())
            )
            if joins:
                req.parts.append(line)
                self.req_blank = False
                return
            self.close()
            return
        crit = self.current
        if crit is not None and self.title_open and not crit.requirements:
            if not crit.title:
                crit.title = line.rstrip(";:,.").strip()
                return
            if not blank_before and line[:1].islower():
                crit.title = f"{crit.title} {line}".rstrip(";:,.").strip()
                return
        self.title_open = False

    # -- one line
    def feed(self, raw: str, lineno: int, blank_before: bool) -> None:
        line = _clean(raw)
        if not line:
            return
        if ANNOTATION.match(line):
            self.close()
            return
        if PAGE_NUMBER.match(line):
            return
        if "|" in line:
            self.row(line, lineno, raw)
            return
        m = ARTICLE.match(line)
        if m and (not m["title"] or m["title"][0].isupper() or m["title"][0].isdigit()):
            self.article(m["num"], _collapse(m["title"]))
            cm = _criterion(m["title"])
            if cm:
                self.criterion(cm, lineno, raw)
            return
        m = SECTION.match(line)
        if m:
            appendix = None
            if m["pl"]:
                appendix = "Phụ lục" + (f" {m['plnum']}" if m["plnum"] else "")
            self.section(appendix)
            return
        item: str | None = None
        m = KHOAN.match(line)
        if m and self.place is not None and self.place.startswith("Điều"):
            self.close()
            self.khoan, self.diem = m["k"], None
            line = m["rest"]
        elif m:
            self.close()
            line = m["rest"]
        else:
            m = DIEM.match(line)
            if m:
                self.close()
                self.diem = item = m["d"]
                line = m["rest"]
        prefixed = m is not None
        bare = BULLET.sub("", line)
        cm = _criterion(bare)
        if cm:
            self.criterion(cm, lineno, raw)
            return
        rm = _requirement(bare)
        if rm:
            self.requirement(rm, lineno, raw, item)
            return
        if prefixed:
            return  # a khoản or điểm that is not structure: ends the open requirement
        self.text(line, blank_before)

    def row(self, line: str, lineno: int, raw: str) -> None:
        """A table row (Markdown or Word): cells left to right; label cell, then its text cell."""
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        cells = [c for c in cells if c and not TABLE_RULE.match(c) and not re.fullmatch(r"[\dIVXivx]+\.?", c)]
        if not cells:
            return
        for i, cell in enumerate(cells):
            cell = _clean(cell)
            cm = _criterion(cell)
            if cm:
                self.criterion(cm, lineno, raw)
                continue
            rm = _requirement(cell)
            if rm:
                if not rm["rest"].strip() and i + 1 < len(cells) and not _is_structural(cells[i + 1]):
                    rm = _requirement(f"{rm['kw']} {rm['num']}: {cells[i + 1]}")
                    assert rm is not None
                self.requirement(rm, lineno, raw, None)
                self.close()
                return
        self.close()


# --- metadata ----------------------------------------------------------------------------------
_NUMBER = re.compile(r"\b(\d{1,3}/\d{4}/(?:TT|NĐ|QĐ|TTLT)-[A-ZĐ]+(?:-[A-ZĐ]+)*)")
_ISSUERS = {
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "CP": "Chính phủ",
    "TTG": "Thủ tướng Chính phủ",
}
_DMY = r"(?P<d>\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(?P<m>\d{1,2})\s*(?:/|-|\s+năm\s+)\s*(?P<y>\d{4})"
_ISSUED = [
    re.compile(r"^[^\n,]{2,40},\s*ngày\s+" + _DMY, re.M),
    re.compile(r"(?:Thông tư|Nghị định|Quyết định) số \S+ [^\n]*?ngày\s+" + _DMY),
]
_EFFECTIVE = re.compile(r"có hiệu lực(?: thi hành)?(?: kể)? từ ngày\s+" + _DMY)
_TITLE = [
    re.compile(r"(?:Thông tư|Nghị định|Quyết định) số \S+ (?P<title>(?:Quy định|Ban hành|Hướng dẫn)[^\n]*?) ngày"),
    re.compile(r"^(?:THÔNG TƯ|NGHỊ ĐỊNH|QUYẾT ĐỊNH)\s*\n+(?P<title>[^\n]+)", re.M),
]
_POINTS = re.compile(r"mỗi tiêu chuẩn đạt yêu cầu (?:là|được|đạt)\s+(?P<p>\d+(?:[.,]\d+)?)\s*điểm", re.I)
_TOTAL = re.compile(r"tối đa (?:là )?(?P<p>\d+)\s*điểm", re.I)


def _date(m: re.Match[str] | None) -> date | None:
    if m is None:
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def detect_regulation(text: str, *, source: str) -> tuple[Regulation, list[str]]:
    """Best-effort metadata of the circular: number, title, issuer, dates.

    Returns the regulation and the names of the fields that were not found (filled with
    placeholders: 'chưa xác định' and 1900-01-01).
    """
    unknown = t("importer.placeholder.unknown")
    missing: list[str] = []
    flat = text.replace("\n", " ")
    number_m = _NUMBER.search(text)
    number = number_m.group(1) if number_m else None
    title = next((m["title"].strip() for p in _TITLE if (m := p.search(text))), None)
    issuer = None
    if number:
        issuer = _ISSUERS.get(number.rsplit("-", 1)[-1])
        if issuer is None:
            start = number_m.end() if number_m else 0
            issuer_m = re.search(r" của (?P<who>(?:Bộ|Chính phủ|Thủ tướng)[^,)]*?)[,)]", flat[start:start + 400])
            issuer = issuer_m["who"].strip() if issuer_m else None
    issued = next((d for p in _ISSUED if (d := _date(p.search(text)))), None)
    effective = _date(_EFFECTIVE.search(flat))
    for name, value in (("number", number), ("title", title), ("issuer", issuer),
                        ("issued", issued), ("effective", effective)):
        if value is None:
            missing.append(name)
    kind = "Thông tư"
    if number and "/NĐ-" in number:
        kind = "Nghị định"
    elif number and "/QĐ-" in number:
        kind = "Quyết định"
    regulation = Regulation(
        number=number or unknown,
        kind=kind,
        title=title or unknown,
        issuer=issuer or unknown,
        issued=issued or PLACEHOLDER_DATE,
        effective=effective or PLACEHOLDER_DATE,
        source=source,
    )
    return regulation, missing


_OBJECT_SLUGS: dict[str, list[ObjectType]] = {
    "truong": [ObjectType.TRUONG_CAO_DANG, ObjectType.TRUONG_TRUNG_CAP],
    "truong-cao-dang": [ObjectType.TRUONG_CAO_DANG],
    "truong-trung-cap": [ObjectType.TRUONG_TRUNG_CAP],
    "trung-tam": [ObjectType.TRUNG_TAM_GDNN],
    "trung-tam-gdnn": [ObjectType.TRUNG_TAM_GDNN],
    "co-so-gdnn": [ObjectType.TRUONG_CAO_DANG, ObjectType.TRUONG_TRUNG_CAP, ObjectType.TRUNG_TAM_GDNN],
    "ctdt-trung-cap-cao-dang": [ObjectType.CTDT_TRUNG_CAP, ObjectType.CTDT_CAO_DANG],
    "ctdt-cao-dang": [ObjectType.CTDT_CAO_DANG],
    "ctdt-trung-cap": [ObjectType.CTDT_TRUNG_CAP],
    "ctdt-so-cap": [ObjectType.CTDT_SO_CAP],
}


def objects_from_id(framework_id: str) -> list[ObjectType] | None:
    """The object types a framework id names by convention (``<regulation>/<object>``), if known."""
    slug = framework_id.rsplit("/", 1)[-1].lower()
    return _OBJECT_SLUGS.get(slug)


# --- building the framework --------------------------------------------------------------------
def _numbering_warnings(parser: _Parser) -> None:
    previous = 0
    for crit in parser.criteria:
        if not crit.code.isdigit():
            continue
        if int(crit.code) != previous + 1:
            parser.warn("numbering", crit.line, None, "importer.warn.numbering",
                        label=crit.label, previous=previous, number=int(crit.code))
        previous = int(crit.code)
    for crit in parser.criteria:
        last = 0
        for req in crit.requirements:
            n = int(req.number.split(".")[-1])
            if n != last + 1:
                parser.warn("numbering", req.line, None, "importer.warn.numbering",
                            label=req.label, previous=last, number=n)
            last = n


def _points(text: str, parser: _Parser, all_standards: bool, count: int) -> Decimal | None:
    values = sorted({Decimal(m["p"].replace(",", ".")) for m in _POINTS.finditer(text.replace("\n", " "))})
    if not values:
        return None
    if len(values) > 1:
        parser.warn("points", None, None, "importer.warn.points_several",
                    values=", ".join(f"{v:g}" for v in values))
        return None
    if not all_standards:
        return None
    points = values[0]
    stated = {int(m["p"]) for m in _TOTAL.finditer(text.replace("\n", " "))}
    computed = points * count
    if stated and computed not in stated:
        parser.warn("points", None, None, "importer.warn.points_total",
                    computed=f"{computed:g}", stated=", ".join(str(s) for s in sorted(stated)))
    return points


def parse_structure(text: str) -> tuple[list[_Crit], list[ImportWarning]]:
    """Recognise criteria and requirements in normalised text (no I/O)."""
    parser = _Parser()
    blank = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            blank = True
            if parser.req is not None:
                parser.req_blank = True
            continue
        parser.feed(raw, lineno, blank)
        blank = False
    kept: list[_Crit] = []
    for crit in parser.criteria:
        good = []
        for req in crit.requirements:
            if not _collapse(" ".join(req.parts)):
                parser.warn("empty_text", req.line, None, "importer.warn.empty_text", label=req.label)
                parser.req_lines.pop(req.code, None)
                continue
            good.append(req)
        crit.requirements = good
        if not good:
            parser.warn("empty_criterion", crit.line, None, "importer.warn.empty_criterion", label=crit.label)
            continue
        kept.append(crit)
    parser.criteria = kept
    _numbering_warnings(parser)
    if kept and not parser.seen_article:
        parser.warn("no_article", None, None, "importer.warn.no_article")
    return kept, parser.warnings


def import_circular(
    text: str,
    *,
    framework_id: str,
    title: str | None = None,
    regulation: Regulation | None = None,
    applies_to: list[ObjectType] | None = None,
    source: str = "",
) -> ImportResult:
    """Turn a circular's text into a draft framework plus warnings (pure: no I/O).

    ``regulation`` and ``applies_to`` default to what the text and the id reveal; what cannot be
    found is filled with visible placeholders and reported as a warning. Raises
    :class:`ImportStructureError` when no requirement is recognised.
    """
    if not re.fullmatch(r"[a-z0-9][a-z0-9\-]*/[a-z0-9][a-z0-9\-]*", framework_id.lower()):
        raise ImportStructureError(t("importer.error.bad_id", id=framework_id))
    text = normalise_text(text)
    source = source or t("importer.placeholder.source")
    criteria, warnings = parse_structure(text)
    if not criteria:
        raise ImportStructureError(t("criteria.import.nothing", path=source))
    extra: list[ImportWarning] = []
    unknown = t("importer.placeholder.unknown")
    if regulation is None:
        regulation, missing = detect_regulation(text, source=source)
        for name in missing:
            placeholder = PLACEHOLDER_DATE.isoformat() if name in ("issued", "effective") else unknown
            extra.append(ImportWarning(kind="metadata", message=t(
                "importer.warn.metadata", field=f"regulation.{name}", placeholder=placeholder)))
    if applies_to is None:
        applies_to = objects_from_id(framework_id)
        if applies_to is None:
            applies_to = [ObjectType.TRUONG_CAO_DANG]
            extra.append(ImportWarning(kind="metadata", message=t(
                "importer.warn.metadata", field="applies_to", placeholder=applies_to[0].value)))

    helper = _Parser()
    all_standards = all(r.label.startswith("Tiêu chuẩn") for c in criteria for r in c.requirements)
    count = sum(len(c.requirements) for c in criteria)
    points = _points(text, helper, all_standards, count)
    warnings = warnings + helper.warnings + extra
    scored = points is not None

    built: list[Criterion] = []
    for crit in criteria:
        reqs = [
            Requirement(
                code=r.code,
                label=r.label,
                item=r.item,
                text=_collapse(" ".join(r.parts)),
                text_status=TextStatus.UNVERIFIED,
                article=r.article or crit.article or unknown,
                points=points,
            )
            for r in crit.requirements
        ]
        built.append(Criterion(
            code=crit.code, label=crit.label, title=crit.title or unknown,
            article=crit.article or unknown, text_status=TextStatus.UNVERIFIED, requirements=reqs,
        ))
    notes = [t("importer.note.draft", source=source), t("importer.note.window")]
    if scored:
        notes.append(t("importer.note.points", points=f"{points:g}"))
    else:
        notes.append(t("importer.note.not_scored"))
    framework = Framework(
        id=framework_id,
        title=title or f"{regulation.title} ({t('criteria.status.draft')})",
        regulation=regulation,
        status=FrameworkStatus.DRAFT,
        applies_to=applies_to,
        scored=scored,
        default_window=EvidenceWindow(mode="at_evaluation", article=t("importer.placeholder.window_article")),
        criteria=built,
        decision=Decision(
            article=unknown,
            text=t("importer.placeholder.decision_text"),
            rules=[AllMet(note=t("importer.placeholder.decision_note"))],
        ),
        notes=notes,
    )
    return ImportResult(framework=framework, warnings=warnings)


def draft_yaml(framework: Framework) -> str:
    """The draft as YAML (:func:`accredit.catalog.files.dump_yaml`), guaranteed to load back."""
    return dump_yaml(framework)


def import_file(
    path: Path,
    *,
    framework_id: str,
    title: str | None = None,
    applies_to: list[ObjectType] | None = None,
) -> ImportResult:
    """Read ``path`` (.docx, .pdf, .txt, .md) and import it as a draft (see :func:`import_circular`)."""
    path = Path(path)
    return import_circular(read_text(path), framework_id=framework_id, title=title,
                           applies_to=applies_to, source=path.name)
