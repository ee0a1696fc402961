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


def nfc(text: str) -> str:
    """Unicode NFC (what Vietnamese text should be stored as)."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


def fold(text: str) -> str:
    """Remove Vietnamese diacritics (đ → d), keeping case and length of the NFC text."""
    text = nfc(text)
    if text.isascii():
        return text
    return "".join(_fold_char(c) for c in text)


def normalise(text: str) -> str:
    """NFC and lower case (diacritics kept)."""
    return nfc(text).lower()


def folded_key(text: str) -> str:
    """Lower-case, accent-folded, single-spaced: for accent-insensitive comparisons."""
    return " ".join(fold(normalise(text)).split())


def syllables(text: str) -> list[str]:
    """Lower-case syllables (words) of ``text``, diacritics kept."""
    return _WORD.findall(normalise(text))


def tokens(text: str, *, stopwords: bool = True) -> list[str]:
    """Matching tokens: accented syllables, folded syllables and folded syllable bigrams.

    Accented syllables reward an exact spelling; folded syllables let a query typed without
    diacritics match; bigrams (``"ke_hoach"``) capture the two-syllable words Vietnamese is made of.
    Stopwords are dropped from unigrams only, so bigrams like ``"co_so"`` survive.
    """
    sylls = syllables(text)
    folded = [fold(s) for s in sylls]
    out: list[str] = []
    for s, f in zip(sylls, folded, strict=True):
        if stopwords and f in STOPWORDS:
            continue
        out.append(f)
        if s != f:
            out.append(s)
    out.extend(f"{a}_{b}" for a, b in itertools.pairwise(folded))
    return out
