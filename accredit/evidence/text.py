"""Vietnamese text normalisation for matching: NFC, lower case, accent folding, syllable tokens.

Folding keeps one character per character of NFC text (``"Quyết"`` → ``"quyet"``, ``"đ"`` →
``"d"``), so a position in the folded string is the same position in the original: parsers match
on folded text and cut the original wording out of the NFC text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Function words that carry no meaning for matching (folded form).
STOPWORDS = frozenset(
    (
        "va", "cua", "cac", "co", "duoc", "cho", "trong", "voi", "theo", "la", "nhung", "ve", "da",
        "nay", "do", "mot", "hoac", "khi", "tai", "tu", "den", "thi", "ma", "nen", "neu", "de", "vao",
        "ra", "len", "nhu", "bang", "tren", "duoi", "sau", "truoc", "giua", "cung", "con", "rang",
    )
)
# The same function words as written: where the accents are known, "thi" (exam), "tài" (chính), "đề" (tài),
# "tự" (chủ), "cơ" (sở), "vệ" (sinh), "đa" (dạng), "nhu" (cầu) and "mã" (ngành) are content words, and stay.
ACCENTED_STOPWORDS = frozenset(
    (
        "và", "của", "các", "có", "được", "cho", "trong", "với", "theo", "là", "những", "về", "đã",
        "này", "do", "đó", "một", "hoặc", "khi", "tại", "từ", "đến", "thì", "mà", "nên", "nếu", "để", "vào",
        "ra", "lên", "như", "bằng", "trên", "dưới", "sau", "trước", "giữa", "cũng", "còn", "rằng",
    )
)


def nfc(text: str) -> str:
    """Unicode NFC (what Vietnamese text should be stored as)."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


class _FoldTable(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table filled on first sight of each code point (one lookup per character)."""

    def __missing__(self, code: int) -> str:
        value = _fold_char(chr(code))
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Remove Vietnamese diacritics (đ → d), keeping case and length of the NFC text."""
    if text.isascii():  # ASCII is NFC already, and has nothing to fold
        return text
    return nfc(text).translate(_FOLD_TABLE)


def normalise(text: str) -> str:
    """NFC and lower case (diacritics kept)."""
    return nfc(text).lower()


def folded_key(text: str) -> str:
    """Lower-case, accent-folded, single-spaced: for accent-insensitive comparisons."""
    return " ".join(fold(normalise(text)).split())


def syllables(text: str) -> list[str]:
    """Lower-case syllables (words) of ``text``, diacritics kept."""
    return _WORD.findall(normalise(text))


def has_diacritics(text: str) -> bool:
    """Whether the text carries Vietnamese diacritics (then its spelling can be trusted for matching)."""
    return fold(text) != nfc(text)


def query_tokens(text: str) -> tuple[list[str], list[str]]:
    """The ``exact`` and the ``folded`` tokens of :func:`tokens` at once: a document's query needs both, and they
    share the syllables and their folding (the same lists, cut and folded once)."""
    sylls = syllables(text)
    folded = [fold(s) for s in sylls]
    exact_out: list[str] = []
    folded_out: list[str] = []
    for s, f in zip(sylls, folded, strict=True):
        if s not in ACCENTED_STOPWORDS:
            exact_out.append(s)
        if f not in STOPWORDS:
            folded_out.append(f)
    exact_out.extend(f"{a}_{b}" for a, b in itertools.pairwise(sylls))
    folded_out.extend(f"{a}_{b}" for a, b in itertools.pairwise(folded))
    return exact_out, folded_out


def tokens(text: str, *, mode: str = "both") -> list[str]:
    """Matching tokens: syllables and syllable bigrams (``"kế_hoạch"``), in three modes.

    ``both`` (for the indexed side): accented and folded forms, so a query in either form matches;
    ``exact``: the syllables as written (for text with diacritics: ``hè`` does not match ``hệ``);
    ``folded``: without diacritics (for text typed without them); both of these as :func:`query_tokens` makes
    them. Stopwords are dropped from unigrams only, so bigrams like ``"co_so"`` survive; as written in ``both``
    and ``exact`` (so "thi", "tài", "đề" stay), folded in ``folded`` (where "thi" may be "thì").
    """
    if mode != "both":
        exact, folded_only = query_tokens(text)
        return exact if mode == "exact" else folded_only
    sylls = syllables(text)
    folded = [fold(s) for s in sylls]
    out: list[str] = []
    for s, f in zip(sylls, folded, strict=True):
        if s in ACCENTED_STOPWORDS:
            continue
        out.append(f)
        if s != f:
            out.append(s)
    folded_pairs = [f"{a}_{b}" for a, b in itertools.pairwise(folded)]
    exact_pairs = [f"{a}_{b}" for a, b in itertools.pairwise(sylls)]
    out.extend(folded_pairs)
    out.extend(e for e, f in zip(exact_pairs, folded_pairs, strict=True) if e != f)
    return out
