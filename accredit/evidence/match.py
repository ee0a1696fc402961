"""Suggest where a document belongs: criteria first, then standards inside them.

1. **Criteria.** Each criterion is one weighted term vector made of its title, its standards'
   wording and keywords, and the evidence hints (:mod:`accredit.evidence.hints`) of the criterion
   and its standards, plus what the workspace learned from confirmed files. Term frequency is
   sublinear (1 + ln tf) and weighted by how few criteria use the term; the vector has unit length,
   so a criterion is not favoured for having many or long standards. The document is a vector of
   the same kind, its title and file name weighted up; every criterion gets its cosine.
2. **Standards.** BM25 over each standard's wording and hints scores every standard. A criterion's
   rank takes a second opinion from it: its cosine plus ``SECOND_OPINION`` × its best standard's
   share of the best standard score (so a document that fits one standard closely is not lost in a
   criterion whose other standards it does not touch). Inside the best criteria the standards are
   ranked by BM25; the suggestion's score combines both (0–100).

Tokens are syllables and syllable pairs (:func:`accredit.evidence.text.tokens`): the index holds
them accented and folded; a document's are taken as written when it has diacritics (so "hè" is not
"hệ") and folded when it has none, so text typed without diacritics, in NFD, or with diacritics a
PDF partly lost matches too.
Keywords of the criteria files that sit on many standards in several criteria are generic noise
and are left out (published criteria files never change; the hints carry the curated words).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from accredit.evidence.clean import clean_text, drop_common_names, drop_trade_names, repair_lost_letters
from accredit.evidence.hints import HintFile, hints_for
from accredit.evidence.matcher_cache import Bags, cached_bags
from accredit.evidence.text import fold, folded_key, has_diacritics, nfc, syllables, tokens
from accredit.evidence.text import query_tokens as text_query_tokens
from accredit.model.framework import Framework, RequirementKind

BODY_CHARS = 3000
MIN_MATCHED_TERMS = 2
FOLDED_SHARE = 0.5  # a document with diacritics also counts its folded terms, at this share (spelling variants)
TITLE_WEIGHT = 3.0
HINT_WEIGHT = 2
CRITERION_TITLE_WEIGHT = 2
LEARN_WEIGHT = 1.0
SECOND_OPINION = 0.4  # weight of a criterion's best standard (BM25, relative to the best) in its rank
INDICATOR_FACTOR = 0.8  # a criterion of computed indicators only: its evidence is data, rarely a document
GENERIC_KEYWORD = 4  # a criteria-file keyword on more standards than this, in 3+ criteria, is dropped
BM25_K1 = 1.2
BM25_B = 0.75
PASSAGE_CHARS = 320
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")


# Words every document has (its type, its date, its number): they never say what it is about (folded).
DOCUMENT_WORDS = frozenset((
    "nam", "ngay", "thang", "so", "ve_viec", "thong_bao", "quyet_dinh", "ke_hoach", "bao_cao", "bien_ban",
    "danh_sach", "tai_lieu", "cong_van", "to_trinh", "khac", "tai", "lieu", "file", "scan", "anh", "chup",
    "anh_chup", "ban", "hanh", "ban_hanh", "ky", "v", "vv", "pdf", "docx", "html",
    "thong", "bao", "ke", "hoach", "quyet", "dinh", "cao", "bien", "cong", "van",
    "nam_hoc",  # "năm học 2025-2026" dates a document, like its number
))
# Document words whose folded form is also a subject word ("họp" a meeting's minutes; "hợp" tác is not).
EXACT_DOCUMENT_WORDS = frozenset(("họp", "cuộc_họp", "phiên_họp"))


# Syllable pairs never cross punctuation, a line break or a document-type phrase ("Thông báo | tuyển
# dụng": no pair "báo_tuyển"), so a pair is a phrase of the text, not an accident of layout.
_PHRASE_BREAK = re.compile(
    r"[,.;:!?()\[\]{}\n\t\-–—/\\\"'“”«»|]+|\b(?:thong bao|quyet dinh|ke hoach|bao cao|bien ban|cong van|to trinh|"
    r"danh sach|ve viec|v/v|nam hoc|nam)\b",
    re.IGNORECASE,
)


def _has_number(term: str) -> bool:
    """Whether a term is or holds a number (a year, a count): numbers never say what a text is about."""
    if term.replace("_", "").isalpha():  # letters only (most terms): no part is a number
        return False
    return any(p.isdigit() for p in term.split("_"))


def _chunks(text: str) -> list[str]:
    """The text cut at punctuation and document-type phrases (cut on folded text, same positions)."""
    text = nfc(text)
    folded = fold(text)
    out, pos = [], 0
    for m in _PHRASE_BREAK.finditer(folded):
        out.append(text[pos : m.start()])
        out.append(text[m.start() : m.end()])
        pos = m.end()
    out.append(text[pos:])
    return [c for c in out if c.strip()]


def _tokens(text: str, mode: str) -> list[str]:
    return [t for chunk in _chunks(text) for t in tokens(chunk, mode=mode)]


def terms(text: str) -> list[str]:
    """Indexed terms of a text: syllables and syllable pairs, accented and folded (stopwords dropped)."""
    return _tokens(text, "both")


def query_terms(text: str) -> list[str]:
    """A document's terms: as written when it has diacritics ('hè' is not 'hệ'), folded when it has none.

    The index holds both forms, so a syllable a PDF left bare still meets its folded form."""
    return _tokens(text, "exact" if has_diacritics(text) else "folded")


def _query_and_folded_terms(text: str) -> tuple[list[str], list[str]]:
    """``query_terms(text)`` and the folded terms of a text with diacritics (none for text without: its query terms
    are folded already), the text cut into chunks and syllables once for both."""
    if not has_diacritics(text):
        return _tokens(text, "folded"), []
    exact: list[str] = []
    folded: list[str] = []
    for chunk in _chunks(text):
        e, f = text_query_tokens(chunk)
        exact += e
        folded += f
    return exact, folded


@dataclass(frozen=True)
class DocQuery:
    """A document as the matcher sees it: weighted terms, with the cleaned text kept for passages."""

    weights: Mapping[str, float]
    title: str
    body: str

    @classmethod
    def of(cls, title: str, name: str, body: str, vocabulary: Mapping[str, int] | None = None) -> DocQuery:
        """Title and file name count ``TITLE_WEIGHT`` once each term; body terms 1 + ln tf.

        With a ``vocabulary`` (folded syllable → count), letters a PDF lost to '?' are restored first."""
        if vocabulary is not None:
            title = repair_lost_letters(title, vocabulary)
            body = repair_lost_letters(body[: BODY_CHARS * 2], vocabulary)
        cleaned = clean_text(body[: BODY_CHARS * 2])[:BODY_CHARS]
        text, heading, label = (drop_common_names(drop_trade_names(x)) for x in (cleaned, title, name))
        cut = [_query_and_folded_terms(x) for x in (text, heading, label)]  # (query terms, folded terms) of each
        w: dict[str, float] = {}
        for form, share in ((0, 1.0), (1, FOLDED_SHARE)):  # the query terms, then the folded ones
            for t, n in Counter(cut[0][form]).items():
                w[t] = w.get(t, 0.0) + share * (1.0 + math.log(n))
            for t in dict.fromkeys([*cut[1][form], *cut[2][form]]):  # in order: sums never depend on hashing
                w[t] = w.get(t, 0.0) + share * TITLE_WEIGHT
        w = {
            t: x for t, x in w.items()
            if fold(t) not in DOCUMENT_WORDS and t not in EXACT_DOCUMENT_WORDS and not _has_number(t)
        }
        return cls(w, nfc(title), cleaned)


def query_tokens(title: str, name: str, body: str) -> DocQuery:
    """The query for a document (kept under its old name for callers)."""
    return DocQuery.of(title, name, body)


@dataclass(frozen=True)
class CriterionScore:
    """A criterion's cosine with a document (0–1)."""

    criterion: str
    score: float


@dataclass(frozen=True)
class Suggestion:
    """A standard that a document may support: its score (0–100), criterion and criterion rank."""

    requirement: str
    score: float
    criterion: str = ""
    rank: int = 1


@dataclass(frozen=True)
class Ranking:
    """Every criterion ranked for one document, and the suggested standards."""

    criteria: list[CriterionScore]
    suggestions: list[Suggestion]


@dataclass
class Learned:
    """What a workspace taught the matcher: terms of confirmed files per standard (rejections subtract)."""

    terms: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, requirement: str, toks: Iterable[str], sign: int = 1) -> None:
        """Count a confirmed (sign 1) or rejected (sign -1) file's title terms for a standard."""
        bag = self.terms.setdefault(requirement, Counter())
        for t in set(toks):
            bag[t] += sign
            if bag[t] <= 0:
                del bag[t]

    def digest(self) -> str:
        """A stable text of the learned state (part of the mapping signature)."""
        return ";".join(f"{r}:{','.join(sorted(b))}" for r, b in sorted(self.terms.items()) if b)


def generic_keywords(framework: Framework) -> set[str]:
    """Folded keywords that sit on more than ``GENERIC_KEYWORD`` standards in three or more criteria."""
    where: dict[str, set[str]] = defaultdict(set)
    for crit in framework.criteria:
        for r in crit.requirements:
            for k in r.keywords:
                where[folded_key(k)].add(f"{crit.code}\t{r.code}")
    out = set()
    for k, places in where.items():
        if len(places) > GENERIC_KEYWORD and len({p.split(chr(9))[0] for p in places}) >= 3:
            out.add(k)
    return out


def requirement_text(framework: Framework, code: str, hints: HintFile | None = None,
                     generic: set[str] | None = None) -> str:
    """The wording a standard is matched on: its title and text, non-generic keywords, hints.

    ``generic`` is :func:`generic_keywords` of the framework when the caller computed it already."""
    req = framework.requirement(code)
    generic = generic_keywords(framework) if generic is None else generic
    keywords = [k for k in req.keywords if folded_key(k) not in generic]
    parts = [req.title or "", req.text, *req.suggested_evidence, *keywords]
    hint = hints.requirements.get(code) if hints else None
    if hint:
        parts += hint.phrases * HINT_WEIGHT
    return "\n".join(p for p in parts if p)


class FrameworkMatcher:
    """Criterion vectors and a BM25 index over the standards of one framework."""

    def __init__(self, framework: Framework, hints: HintFile | None = None, learned: Learned | None = None) -> None:
        self.framework_id = framework.id
        hints = hints if hints is not None else hints_for(framework.id)
        learned = learned or Learned()
        self.criteria = [c.code for c in framework.criteria]
        self._crit_pos = {c: i for i, c in enumerate(self.criteria)}
        self.codes = [r.code for r in framework.requirements]
        self.criterion_of = {r.code: c.code for c in framework.criteria for r in c.requirements}
        self._factor = [
            INDICATOR_FACTOR if all(r.kind == RequirementKind.INDICATOR for r in c.requirements) else 1.0
            for c in framework.criteria
        ]
        def build() -> Bags:
            generic = generic_keywords(framework)  # once per framework, not once per standard
            std = [Counter(terms(requirement_text(framework, code, hints, generic))) for code in self.codes]
            own: list[Counter[str]] = []
            for crit in framework.criteria:
                bag: Counter[str] = Counter()
                for _ in range(CRITERION_TITLE_WEIGHT):
                    bag.update(terms(crit.title))
                hint = hints.criteria.get(crit.code) if hints else None
                if hint:
                    for _ in range(HINT_WEIGHT):
                        bag.update(terms("\n".join(hint.phrases)))
                own.append(bag)
            return std, own

        hints_key = hints.model_dump_json() if hints is not None else ""
        base, own = cached_bags(framework.content_hash, hints_key, len(self.codes), len(framework.criteria), build)
        std_terms: list[Counter[str]] = []
        for code, std_bag in zip(self.codes, base, strict=True):
            for t, n in learned.terms.get(code, {}).items():
                std_bag[t] += n * LEARN_WEIGHT  # type: ignore[assignment]  # learned weights are fractions
            std_terms.append(std_bag)
        self._std_terms = std_terms
        position = {code: i for i, code in enumerate(self.codes)}
        crit_terms: list[Counter[str]] = []
        for crit, bag in zip(framework.criteria, own, strict=True):
            for r in crit.requirements:
                bag.update(std_terms[position[r.code]])
            crit_terms.append(bag)
        self._crit_index, self._crit_idf = self._vectors(crit_terms)
        self._std_index, self._std_idf = self._bm25(std_terms)
        self._std_weights: list[dict[str, float]] = [{} for _ in self.codes]
        for t, post in self._std_index.items():
            for j, x in post:
                self._std_weights[j][t] = x

    @staticmethod
    def _vectors(bags: list[Counter[str]]) -> tuple[dict[str, list[tuple[int, float]]], dict[str, float]]:
        """term → [(criterion index, weight)] of unit-length sublinear tf·idf vectors, and each term's idf."""
        n = len(bags)
        df: Counter[str] = Counter()
        for b in bags:
            df.update(t for t, v in b.items() if v > 0)
        idf = {t: math.log((n + 1) / d) + 0.05 for t, d in df.items()}
        index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, b in enumerate(bags):
            vec = {t: (1.0 + math.log(v)) * idf[t] for t, v in b.items() if v >= 1}
            norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
            for t, x in vec.items():
                index[t].append((i, x / norm))
        return dict(index), idf

    @staticmethod
    def _bm25(bags: list[Counter[str]]) -> tuple[dict[str, list[tuple[int, float]]], dict[str, float]]:
        """term → [(standard index, BM25 term weight)] (Lucene idf), and the idf of each term."""
        n = len(bags)
        lengths = [sum(b.values()) for b in bags]
        avg = (sum(lengths) / n) if n else 1.0
        df: Counter[str] = Counter()
        for b in bags:
            df.update(b.keys())
        idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        index: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, b in enumerate(bags):
            norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[i] / (avg or 1.0))
            for t, tf in b.items():
                index[t].append((i, idf[t] * tf * (BM25_K1 + 1) / (tf + norm)))
        return dict(index), idf

    def vocabulary(self) -> dict[str, int]:
        """Folded syllables of the framework's wording and hints, with their counts."""
        out: dict[str, int] = {}
        for bag in self._std_terms:
            for t, n in bag.items():
                if "_" not in t and t.isalpha():
                    out[t] = out.get(t, 0) + int(n)
        return out

    # --- ranking -----------------------------------------------------------------------------------
    def criterion_scores(self, query: DocQuery, std: list[float] | None = None) -> list[CriterionScore]:
        """Every criterion with its score, best first (ties keep the framework's order): its cosine with the
        document, with the second opinion of its best standard (``std``: :meth:`standard_scores`)."""
        scores = [0.0] * len(self.criteria)
        sq = 0.0
        for t, w in query.weights.items():
            post = self._crit_index.get(t)
            if post is None:
                continue
            w *= self._crit_idf[t]
            sq += w * w
            for i, x in post:
                scores[i] += w * x
        norm = math.sqrt(sq) or 1.0
        cos = [s * f / norm for s, f in zip(scores, self._factor, strict=True)]
        std = std if std is not None else self.standard_scores(query)
        best_std = [0.0] * len(self.criteria)
        for code, x in zip(self.codes, std, strict=True):
            k = self._crit_pos[self.criterion_of[code]]
            best_std[k] = max(best_std[k], x)
        top_cos, top_std = max(cos, default=0.0), max(best_std, default=0.0)
        if top_std > 0:  # in cosine units, so the best stays at most the best cosine
            cos = [
                (c + SECOND_OPINION * top_cos * b / top_std) / (1 + SECOND_OPINION)
                for c, b in zip(cos, best_std, strict=True)
            ]
        out = [CriterionScore(c, round(x, 4)) for c, x in zip(self.criteria, cos, strict=True)]
        return sorted(out, key=lambda c: -c.score)

    def standard_scores(self, query: DocQuery) -> list[float]:
        """BM25 score of every standard (framework order)."""
        scores = [0.0] * len(self.codes)
        for t, w in query.weights.items():
            for i, x in self._std_index.get(t, ()):
                scores[i] += w * x
        return scores

    def rank(self, query: DocQuery, top_criteria: int = 3, min_score: float = 0.0, min_ratio: float = 0.0) -> Ranking:
        """All criteria ranked; the best standard of each of the ``top_criteria`` best (two in the first
        when the runner-up is close), keeping those scoring ``min_score`` and ``min_ratio`` × the best."""
        std = self.standard_scores(query)
        crits = self.criterion_scores(query, std)
        if sum(1 for t in query.weights if t in self._crit_index) < MIN_MATCHED_TERMS:
            return Ranking(crits, [])  # one shared word is chance, not a subject
        out: list[Suggestion] = []
        best = crits[0].score if crits else 0.0
        for rank, cs in enumerate(crits[:top_criteria], start=1):
            if cs.score <= 0 or cs.score < best * min_ratio:
                break
            inside = sorted(
                (i for i, code in enumerate(self.codes) if self.criterion_of[code] == cs.criterion),
                key=lambda i: -std[i],
            )
            top = std[inside[0]] or 1.0
            take = inside[:2] if rank == 1 and len(inside) > 1 and std[inside[1]] >= 0.8 * top > 0 else inside[:1]
            for i in take:
                rel = std[i] / top if top else 0.0
                score = round(100 * cs.score * (0.6 + 0.4 * rel), 2)
                if score >= min_score:
                    out.append(Suggestion(self.codes[i], score, cs.criterion, rank))
        return Ranking(crits, out)

    def suggest(self, query: DocQuery, k: int = 3, min_score: float = 1.0, min_ratio: float = 0.3) -> list[Suggestion]:
        """The suggested standards (best criteria first), at most ``k`` criteria."""
        return self.rank(query, k, min_score, min_ratio).suggestions

    # --- why -----------------------------------------------------------------------------------------
    def passage(self, query: DocQuery, requirement: str) -> tuple[str, list[str]]:
        """The sentence or two of the document that best matches a standard, and the words that matched."""
        i = self.codes.index(requirement)
        weight = self._std_weights[i]
        pieces, piece_terms = _pieces(query.title, query.body)
        best, best_score = -1, 0.0
        for k, terms_of in enumerate(piece_terms):
            # the standard's terms among the piece's; fsum is exact: the same whatever the order, zeros or not
            score = math.fsum([weight[t] for t in terms_of & weight.keys()])
            if score > best_score:
                best, best_score = k, score
        if best < 0:
            return "", []
        text = pieces[best]
        from_body = not (query.title and best == 0)
        if from_body and len(text) < 60 and best + 1 < len(pieces):
            text = f"{text} {pieces[best + 1]}"
        text = " ".join(text.split())
        if len(text) > PASSAGE_CHARS:
            text = text[: PASSAGE_CHARS - 1].rsplit(" ", 1)[0] + "…"
        words = []
        exact = has_diacritics(text)
        for s in dict.fromkeys(syllables(text)):
            key = s if exact else fold(s)
            if key in weight and self._std_idf.get(key, 0.0) > 0.5 and len(key) > 1:
                words.append(s)
        return text, words


@lru_cache(maxsize=4)
def _pieces(title: str, body: str) -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """A document's sentences (its title first) and the terms of each: cut once for all the standards
    suggested for it (every framework's), not once per standard."""
    pieces = [s.strip() for s in _SENTENCE.split(body) if len(s.strip()) >= 8]
    if title:
        pieces.insert(0, title)
    return tuple(pieces), tuple(frozenset(query_terms(s)) for s in pieces)


class RequirementMatcher(FrameworkMatcher):
    """The matcher under its former name."""
