"""Read the administrative header of a Vietnamese document (thể thức văn bản, NĐ 30/2020 Phụ lục I).

From the first lines of the text: issuing body (and the body above it), số/ký hiệu, place and
date, document type, and trích yếu. Matching runs on accent-folded text (same length as the NFC
text), so headers typed without diacritics, in NFD, side by side (two columns flattened onto one
line) or broken over lines are read the same way; values are cut from the original wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from accredit.evidence.text import fold, nfc
from accredit.model.evidence import DocumentMeta

HEAD_CHARS = 6000
HEAD_LINES = 60

# Document types (folded, upper case) → their proper name.
DOC_TYPES: dict[str, str] = {
    "QUYET DINH": "Quyết định",
    "KE HOACH": "Kế hoạch",
    "BAO CAO": "Báo cáo",
    "THONG BAO": "Thông báo",
    "QUY CHE": "Quy chế",
    "QUY DINH": "Quy định",
    "BIEN BAN": "Biên bản",
    "CONG VAN": "Công văn",
    "TO TRINH": "Tờ trình",
    "HOP DONG": "Hợp đồng",
    "NGHI QUYET": "Nghị quyết",
    "HUONG DAN": "Hướng dẫn",
    "CHUONG TRINH": "Chương trình",
    "GIAY MOI": "Giấy mời",
    "GIAY CHUNG NHAN": "Giấy chứng nhận",
    "DE AN": "Đề án",
    "PHUONG AN": "Phương án",
    "DANH SACH": "Danh sách",
    "CHI THI": "Chỉ thị",
    "THONG TU": "Thông tư",
    "NGHI DINH": "Nghị định",
    "LUAT": "Luật",
    "BAN GHI NHO": "Bản ghi nhớ",
    "BAN THOA THUAN": "Bản thỏa thuận",
    "GIAY UY QUYEN": "Giấy ủy quyền",
}

# Ký hiệu abbreviations (original spelling, upper case) → type, for headers without a title line.
ABBREVIATIONS: dict[str, str] = {
    "QĐ": "Quyết định",
    "QD": "Quyết định",
    "KH": "Kế hoạch",
    "BC": "Báo cáo",
    "TB": "Thông báo",
    "QC": "Quy chế",
    "QYĐ": "Quy định",
    "QYD": "Quy định",
    "BB": "Biên bản",
    "TTR": "Tờ trình",
    "HĐ": "Hợp đồng",
    "NQ": "Nghị quyết",
    "HD": "Hướng dẫn",
    "CTR": "Chương trình",
    "GM": "Giấy mời",
    "GCN": "Giấy chứng nhận",
    "ĐA": "Đề án",
    "PA": "Phương án",
    "CT": "Chỉ thị",
    "TT": "Thông tư",
    "NĐ": "Nghị định",
}

_MOTTO = re.compile(
    # a letter a PDF lost to '?' may stand for any of the motto's accented letters
    r"c[o0?]ng\s*h[o0?]a\s*x[a?]\s*h[o0?]i\s*ch[u?]\s*ngh[i?]a\s*vi[e?]t\s*nam"
    r"|[d?][o0?]c\s*l[a?]p\s*[-–—]?\s*t[u?]\s*[d?][o0?]\s*[-–—]?\s*h[a?]nh\s*ph[u?]c"
    r"|[-_–—=*.…]{3,}",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r"\t| {3,}")
_NUMBER = re.compile(
    r"^s[o0?]\s*(?:[:.]|ky hieu\s*:?)?\s*"
    r"(?P<num>[0-9a-z]*\s*/\s*(?:\d{4}\s*/\s*)?[a-z0-9]+(?:\s*[-–.]\s*[a-z0-9]+)*(?:\s*/\s*[a-z0-9\-]+)?)",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"(?:(?P<place>[^\W\d_][^\n\t,;:\d/]{0,40}?)\s*,\s*)?"
    r"ng[a?]y\s*(?P<d>\d{1,2})?[\s.…]*th[a?]ng\s*(?P<m>\d{1,2})?[\s.…]*n[a?]m\s*(?P<y>(?:19|20)\d{2})",
    re.IGNORECASE,
)
_SUPERIOR = re.compile(
    r"^(ubnd|uy ban nhan dan|bo |so |tong cuc|cuc |dang bo|dang uy|hoi dong|bch|ban chap hanh|tinh |thanh pho )",
    re.IGNORECASE,
)
_TITLE_STOP = re.compile(
    r"^(stt\b|tt\b|so tt\b|ho va ten|ho ten|noi dung\b|don vi tinh|dvt\b|ghi chu\b|so tien|ma so\b|chi tieu\b|"
    r"can cu|kinh gui|hieu truong|giam doc|thuc hien|theo de nghi|xet de nghi|hom nay|vao hoi|"
    r"[ivx]+[.)]\s|\d+[.)]\s|phan\s|chuong\s|dieu\s|muc\s|quyet dinh\s*:|nay\s|ben a|ben b|"
    r"noi nhan|thanh phan|dia diem|thoi gian)",
    re.IGNORECASE,
)


@dataclass
class _Segment:
    text: str  # original (NFC)
    folded: str  # accent-folded, same length
    line: int  # index of the source line
    blank_before: bool
    cells: int = 1  # segments on its source line (3 or more: a table row)


SEGMENTS_READ = 43
"""Segments :func:`read_header` ever looks at: the number, v/v and date among the first 30, the type line
among the first 40, and the three after it (its trích yếu)."""


def _segments(text: str, limit: int | None = None) -> list[_Segment]:
    """Header lines split into segments, the national motto and separator rules removed; with ``limit``,
    the lines after the one that brings the count to ``limit`` are not read (their segments are never used).

    Linear in the header's length: each line is folded once and scanned once. A worksheet's name
    line (``# Sheet``, from the XLSX reader) is a break, never a header line."""
    head = nfc(text[:HEAD_CHARS])
    out: list[_Segment] = []
    blank = False
    lines_seen = 0
    for i, raw in enumerate(head.splitlines()[: HEAD_LINES * 2]):
        if raw.startswith("# "):
            blank = True
            continue
        folded = fold(raw)
        line, line_f = raw, folded
        spans = [m.span() for m in _MOTTO.finditer(folded)]
        if spans:
            pieces, pieces_f, pos = [], [], 0
            for a, b in spans:
                pieces += [raw[pos:a], "\t" * (b - a)]
                pieces_f += [folded[pos:a], "\t" * (b - a)]
                pos = b
            pieces.append(raw[pos:])
            pieces_f.append(folded[pos:])
            line, line_f = "".join(pieces), "".join(pieces_f)
        parts = []
        pos = 0
        for m in _SEGMENT_SPLIT.finditer(line_f):
            parts.append((pos, m.start()))
            pos = m.end()
        parts.append((pos, len(line_f)))
        segs: list[_Segment] = []
        for a, b in parts:
            text, text_f = line[a:b].strip(), line_f[a:b].strip()
            if text:
                segs.append(_Segment(text, text_f, i, blank))
                blank = False
        for seg in segs:
            seg.cells = len(segs)
        out.extend(segs)
        if segs:
            lines_seen += 1
        elif not spans:
            blank = True
        if lines_seen >= HEAD_LINES or (limit is not None and len(out) >= limit):
            break
    return out


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _clean_number(raw: str) -> str:
    raw = re.sub(r"\s*/\s*", "/", raw.strip())
    return re.sub(r"\s*([-–])\s*", r"\1", raw)


def _type_line(seg: _Segment) -> tuple[str, str] | None:
    """(type, rest) when the segment is a document-type title line like 'QUYẾT ĐỊNH'."""
    key = " ".join(seg.folded.upper().split())
    for folded_type, name in DOC_TYPES.items():
        if key == folded_type and _is_upper(seg.text):
            return name, ""
        if key.startswith(folded_type + " ") and _is_upper(seg.text[: len(folded_type) + 1]):
            rest = seg.text[len(folded_type) :].strip(" :-–")
            # 'BÁO CÁO KẾT QUẢ…' on one line: the rest is the title when it is not another header
            return name, rest
    return None


def _type_from_number(number: str) -> str | None:
    parts = number.split("/")
    if len(parts) < 2:
        return None
    for token in re.split(r"[-–.]", parts[-1]):
        name = ABBREVIATIONS.get(token.upper())
        if name:
            return name
        break
    return None


def _date(
    segs: list[_Segment], number_at: tuple[int, int] | None
) -> tuple[int | None, date | None, int | None, str | None]:
    """(segment index, date, year, place) of the first 'ngày … tháng … năm …' in the header.

    ``number_at`` is (segment, end offset) of the số/ký hiệu: when the date shares its segment
    (two header columns flattened onto one line), the place starts after the number.
    """
    joined_f = "\n".join(s.folded for s in segs)
    joined = "\n".join(s.text for s in segs)
    starts = []
    pos = 0
    for s in segs:
        starts.append(pos)
        pos += len(s.folded) + 1
    for m in _DATE.finditer(joined_f):
        y = int(m.group("y"))
        issued = None
        if m.group("d") and m.group("m"):
            try:
                issued = date(y, int(m.group("m")), int(m.group("d")))
            except ValueError:
                issued = None
        place = None
        idx = max(i for i, st in enumerate(starts) if st <= m.start())
        if m.group("place"):
            start = m.start("place")
            if number_at is not None and number_at[0] == idx:
                start = max(start, starts[idx] + number_at[1])
            place = joined[start : m.end("place")].strip(" -–")
            place = place if place and place[0].isupper() else None
        return idx, issued, y, place
    return None, None, None, None


def _issuer(segs: list[_Segment], stop: int) -> tuple[str | None, str | None]:
    """(issuer, superior) from the upper-case segments before the number/date/type line."""
    lines = [s for s in segs[:stop] if _is_upper(s.text) and not _type_line(s)]
    lines = lines[-3:]
    if not lines:
        return None, None
    if len(lines) >= 2 and _SUPERIOR.match(lines[0].folded):
        return " ".join(s.text for s in lines[1:]), lines[0].text
    return " ".join(s.text for s in lines), None


def _title(segs: list[_Segment], start: int, first: str = "") -> str | None:
    """The trích yếu: up to three segments after the type line, until the body starts."""
    parts = [first] if first else []
    for seg in segs[start : start + 3]:
        if parts and seg.blank_before:
            break
        if seg.cells >= 3:
            break  # a table row (a worksheet's header row), not the trích yếu
        if _TITLE_STOP.match(seg.folded) or _DATE.search(seg.folded) or _NUMBER.match(seg.folded):
            break
        if _type_line(seg):
            break
        if parts and (seg.text.endswith((".", ";", ":")) or len(seg.text) > 150):
            break  # a sentence of the body, not the trích yếu
        parts.append(seg.text)
    title = " ".join(" ".join(_sentence_case(parts)).split()).strip(" .:-–")
    return title[:1].upper() + title[1:] if title else None


def _sentence_case(parts: list[str]) -> list[str]:
    """Upper-case parts of a trích yếu ('THỈNH GIẢNG') in lower case, and the first letter of a mixed-case
    part that continues an upper-case one ('Năm học 2025' → 'năm học 2025'); other mixed case is kept."""
    out: list[str] = []
    prev_upper = False
    for p in parts:
        if _is_upper(p):
            out.append(p.lower())
            prev_upper = True
        else:
            out.append(p[:1].lower() + p[1:] if prev_upper and out else p)
            prev_upper = False
    return out


def read_header(text: str) -> DocumentMeta:
    """The header metadata of a document's text; fields not found stay ``None``."""
    segs = _segments(text, SEGMENTS_READ)
    if not segs:
        return DocumentMeta()
    number = None
    number_seg = None
    number_at = None
    vv_title = None
    for i, seg in enumerate(segs[:30]):
        m = _NUMBER.match(seg.folded)
        if m and number is None:
            number = _clean_number(seg.text[m.start("num") : m.end("num")])
            number_seg = i
            number_at = (i, m.end("num"))
        elif seg.folded.lower().startswith("v/v") and vv_title is None:
            vv_title = _title(segs, i + 1, seg.text)
    date_seg, issued, year, place = _date(segs[:30], number_at)

    doc_type = None
    title = None
    type_seg = None
    for i, seg in enumerate(segs[:40]):
        found = _type_line(seg)
        if found:
            doc_type, rest = found
            type_seg = i
            title = _title(segs, i + 1, rest)
            break
    if doc_type is None and number:
        doc_type = _type_from_number(number)
    if doc_type is None and vv_title:
        doc_type = "Công văn"
    if title is None:
        title = vv_title

    marks = [i for i in (number_seg, date_seg, type_seg) if i is not None]
    issuer, superior = _issuer(segs, min(marks)) if marks else (None, None)
    return DocumentMeta(
        doc_type=doc_type,
        number=number,
        issued=issued,
        year=year,
        place=place,
        issuer=issuer,
        superior=superior,
        title=title,
    )


def strip_header(text: str, lines: int = 15, upper: bool = True) -> str:
    """The text without its administrative header: motto, upper-case header lines (unless ``upper`` is
    false: an upper-case line may be the title), số/ký hiệu and date lines among the first ``lines``
    lines are dropped (they say nothing about the content)."""
    out: list[str] = []
    for i, line in enumerate(nfc(text).splitlines()):
        if i < lines:
            folded = fold(line).strip()
            if (not folded or (upper and _is_upper(line)) or _MOTTO.search(folded) or _NUMBER.match(folded)
                    or _DATE.search(folded)):
                continue
        out.append(line)
    return "\n".join(out)
