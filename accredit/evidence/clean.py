"""Clean a document's text before matching: what a page says about itself, not what the site says.

Dropped: web navigation and breadcrumbs ("Trang chủ > Tin tức"), share / print / comment bars,
the related-posts list at the end of a page, footers (bản quyền, địa chỉ, lượt xem), document-site
headers ("Thuộc tính văn bản", "Tải văn bản", "Hiệu lực"), the "Căn cứ …" / "Xét đề nghị …"
preamble of a decision (it cites the law, not the subject) and its closing formula ("… chịu trách
nhiệm thi hành Quyết định này", "Nơi nhận"). :func:`trich_yeu` reads the subject line ("V/v …",
"Về việc …") as the title; :func:`repair_lost_letters` restores letters a PDF lost to '?'.
Everything runs line by line on accent-folded text, so text typed without diacritics is cleaned
the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from accredit.evidence.text import fold, nfc

# Lines that are site chrome when they make up (nearly) the whole line (folded, lower case).
_CHROME_WORDS = (
    "trang chu", "gioi thieu", "tin tuc", "su kien", "lien he", "tuyen sinh", "dao tao", "thong bao",
    "van ban", "thu vien anh", "video", "tai lieu", "hoi dap", "so do site", "sitemap", "dang nhap",
    "dang ky", "tim kiem", "english", "tieng viet", "menu", "home", "cong khai", "ba cong khai",
    "chia se", "in bai", "in trang", "gui email", "email", "facebook", "zalo", "twitter", "tweet",
    "linkedin", "youtube", "binh luan", "gui binh luan", "luot xem", "tin lien quan", "tin khac",
    "bai viet lien quan", "xem them", "doc tiep", "quay lai", "len dau trang", "top", "like", "share",
    "thich", "in", "tai ve", "tai van ban", "van ban goc", "van ban tieng anh", "thuoc tinh",
    "luoc do", "noi dung", "tom tat", "hieu luc", "tinh trang", "da biet", "chua xac dinh",
)
_CHROME_SET = frozenset(_CHROME_WORDS)
_SEP = re.compile(r"\s*(?:[|>»›/•·]|\s-\s)\s*")
_CHROME_LINE = re.compile(
    r"^(?:ban quyen|copyright|©|\(c\)|dia chi\s*:|dien thoai\s*:|tel\s*:|fax\s*:|email\s*:|website\s*:|"
    r"hotline|luot xem|luot truy cap|dang luc|cap nhat luc|ngay dang|dang ngay|nguoi dang|tac gia\s*:|"
    r"nguon\s*:|chia se|in bai|gui bai|tai ve|tai file|tai van ban|tags?\s*:|tu khoa\s*:|"
    r"thuoc tinh van ban|hieu luc\s*:|tinh trang(?: hieu luc)?\s*:|ngay hieu luc|ngay cong bao|"
    r"so cong bao|linh vuc\s*:|loai van ban\s*:|co quan ban hanh\s*:|nguoi ky\s*:|"
    r"van ban nay (?:dang|da|chua)|ban dang xem|dang nhap de|thu vien phap luat|luatvietnam|"
    r"vanban\.|www\.|https?://|xem them|tin lien quan|cac tin khac|bai viet khac|binh luan)",
    re.IGNORECASE,
)
# After these, a web page lists other posts: the rest of the page is not this document.
_TAIL = re.compile(r"^(?:tin lien quan|cac tin khac|tin khac|bai viet lien quan|bai viet khac|tin cung chuyen muc|"
                   r"xem them|tin moi hon|tin cu hon|cac bai viet khac)\s*:?$", re.IGNORECASE)
# The closing formula of a decision and what follows the signature.
_CLOSING = re.compile(r"^(?:dieu \d+\s*[.:]\s*)?(?:quyet dinh nay co hieu luc|.{0,160}chiu trach nhiem thi hanh|"
                      r".{0,80}co hieu luc (?:thi hanh )?ke tu ngay)", re.IGNORECASE)
_END = re.compile(r"^(?:noi nhan|noi gui)\s*:?", re.IGNORECASE)
_PREAMBLE = re.compile(r"^(?:can cu|xet de nghi|theo de nghi|xet to trinh|theo to trinh|thuc hien (?:cong van|van ban|"
                       r"ke hoach so|quyet dinh so|chi thi)|theo chi dao)", re.IGNORECASE)
_TRICH_YEU = re.compile(r"^(?:v/v|v\.v\.?|ve viec)\s*[:.]?\s*", re.IGNORECASE)


def _is_chrome(folded: str) -> bool:
    """Whether a (folded, lower-case) line is navigation: only menu words and separators."""
    if _CHROME_LINE.match(folded):
        return True
    parts = [p.strip(" .:-–()[]0123456789") for p in _SEP.split(folded)]
    parts = [p for p in parts if p]
    if not parts:
        return bool(folded) and not any(c.isalnum() for c in folded)
    words = " ".join(parts).split()
    if len(parts) >= 2 and (parts[0] in ("trang chu", "home") or all(p in _CHROME_SET for p in parts)):
        return True
    return len(words) <= 3 and " ".join(words) in _CHROME_SET


# The syllables of chrome, preamble and closing lines: a line whose letters a PDF lost to '?' ("Tin li?n
# quan", "C?n c? Lu?t") is recognised by reading those words back into it (the line itself is kept as is).
_FRAME_SYLLABLES = {
    w: 1 for w in (
        " ".join(_CHROME_WORDS) + " ban quyen dia chi dien thoai luot truy cap dang luc nhat ngay nguoi tac gia nguon"
        " gui file bai viet cung chuyen muc moi hon cu noi nhan can cu xet de nghi theo to trinh thuc hien chi dao"
        " quyet dinh nay co hieu luc ke tu chiu trach nhiem thi hanh"
    ).split()
}


def _frame_key(line: str) -> str:
    """A line folded and lower-cased for chrome, preamble and closing detection ('?' read back as those words)."""
    folded = fold(line).lower()
    return repair_lost_letters(folded, _FRAME_SYLLABLES) if "?" in folded else folded


def clean_lines(text: str) -> list[str]:
    """The text's lines without site chrome and decision preamble (NFC, stripped, no empty lines)."""
    out: list[str] = []
    for raw in nfc(text).splitlines():
        line = raw.strip()
        if not line:
            continue
        folded = _frame_key(line)
        if (_TAIL.match(folded) or _END.match(folded)) and out:
            break
        if _is_chrome(folded) or _PREAMBLE.match(folded) or _CLOSING.match(folded):
            continue
        out.append(line)
    return out


def clean_text(text: str) -> str:
    """:func:`clean_lines` joined by newlines."""
    return "\n".join(clean_lines(text))


def trich_yeu(text: str, lines: int = 40) -> str | None:
    """The subject line of an administrative document ("V/v …" / "Về việc …"), with its continuation."""
    rows = clean_lines(text)[:lines]
    for i, raw in enumerate(rows):
        line = raw.strip()
        m = _TRICH_YEU.match(fold(line))
        if not m:
            continue
        parts = [line[m.end():].strip()]
        for nxt in rows[i + 1 : i + 3]:
            nxt = nxt.strip()
            f = fold(nxt).lower()
            if not nxt or _PREAMBLE.match(f) or _is_chrome(f) or nxt.endswith((".", ";")) or nxt[:1].isdigit():
                break
            if not nxt[:1].islower() or len(nxt) > 120:
                break  # a continuation of the subject starts in lower case
            parts.append(nxt)
        subject = " ".join(" ".join(parts).split()).strip(" .:-–")
        if len(subject) >= 6:
            return subject
    return None


def first_line(text: str) -> str | None:
    """The first meaningful line of cleaned text (a news post's headline), when it is short enough."""
    for line in clean_lines(text)[:5]:
        if 12 <= len(line) <= 200 and sum(c.isalpha() for c in line) >= 8:
            return line
    return None


_BROKEN_WORD = re.compile(r"[^\W\d_?]*\?[^\W\d_?]*(?:\?[^\W\d_?]*)*")


def repair_lost_letters(text: str, vocabulary: Mapping[str, int]) -> str:
    """Words whose accented letters a PDF turned into '?' (``"tuy?n"``), restored from a vocabulary of
    folded syllables: the most frequent syllable of the same length that fits (left as is when none fits)."""
    if "?" not in text:
        return text
    by_len: dict[int, list[str]] = {}

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.count("?") == len(word) or len(word) < 2:
            return word
        folded = fold(word).lower()
        cands = by_len.setdefault(len(word), [w for w in vocabulary if len(w) == len(word)])
        rx = re.compile("^" + "".join("." if c == "?" else re.escape(c) for c in folded) + "$")
        best = max((w for w in cands if rx.match(w)), key=lambda w: vocabulary[w], default=None)
        if best is None:
            return word
        return "".join(b if c == "?" else c for c, b in zip(word, best, strict=True))

    return _BROKEN_WORD.sub(fix, text)


# A trade's name after "ngành" / "nghề" (capitalised: "nghề Kế toán doanh nghiệp", "ngành Điện tử công
# nghiệp") names what is taught, not what the document is about: its words would pull a programme's
# decision toward the finance or library criterion. Words that end the name, as written and (for text
# without diacritics) folded where the folded form is unambiguous.
_TRADE_WORD = re.compile(r"(?<!\w)(?:chuyên ngành|ngành|nghề|chuyen nganh|nganh|nghe)\s+(?=[A-ZĐÀ-Ỹ])")
_TRADE_END = frozenset((
    "trình", "năm", "khóa", "khoá", "cho", "của", "tại", "từ", "giai", "lớp", "đợt", "hệ", "theo", "với", "đến", "ở",
    "trinh", "nam", "cho", "cua", "giai", "lop", "dot", "theo", "voi", "den",
))
TRADE_SYLLABLES = 6


def drop_trade_names(text: str) -> str:
    """The text without the capitalised trade names that follow a lower-case "ngành" / "nghề"."""
    if "ng" not in text:
        return text
    out, pos = [], 0
    for m in _TRADE_WORD.finditer(text):
        if m.start() < pos:
            continue
        out.append(text[pos : m.end()])
        end, n = m.end(), 0
        for w in re.finditer(r"[^\s,.;:()\[\]\-–—/\"'“”]+|[,.;:()\[\]\-–—/\"'“”]|\s+", text[m.end():]):
            tok = w.group()
            if tok.isspace():
                continue
            if not tok[0].isalnum() or n >= TRADE_SYLLABLES or (n and tok.lower() in _TRADE_END):
                break
            n += 1
            end = m.end() + w.end()
        pos = end
    out.append(text[pos:])
    return "".join(out)


# Names every Vietnamese school text carries ("Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Việt Nam"):
# their syllables ("chí" of "tạp chí") say nothing about the subject (matched folded, any case).
_COMMON_NAMES = re.compile(r"(?<!\w)(?:ho chi minh|viet nam|tncs)(?!\w)", re.IGNORECASE)


def drop_common_names(text: str) -> str:
    """The text without the proper names every school text carries (found on the folded text, same positions)."""
    text = nfc(text)
    folded = fold(text)
    if len(folded) != len(text):
        return text
    out, pos = [], 0
    for m in _COMMON_NAMES.finditer(folded):
        out.append(text[pos : m.start()])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)
