"""Suggest requirements for a document: BM25 (``bm25s``) over each requirement's wording.

Each requirement is one BM25 document made of its title, text, suggested evidence and keywords
(and its criterion's title); a file's query is its header title and file name (counted twice)
plus the distinct tokens of the start of its text. Tokens come from :func:`accredit.evidence.text.tokens`
(accented and folded syllables, folded bigrams), so text typed without diacritics still matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from accredit.evidence.text import has_diacritics, tokens
from accredit.model.framework import Framework

if TYPE_CHECKING:
    import numpy as np

QUERY_CHARS = 4000


@dataclass(frozen=True)
class Suggestion:
    """A requirement that a document may support, with its BM25 score (higher is better)."""

    requirement: str
    score: float


def requirement_text(framework: Framework, code: str) -> str:
    """The wording a requirement is matched on."""
    req = framework.requirement(code)
    crit = framework.criterion_of(code)
    parts = [crit.title, req.title or "", req.text, *req.suggested_evidence, *req.keywords]
    return "\n".join(p for p in parts if p)


def _query_part(text: str) -> list[str]:
    """Tokens of one part of a query: exact spelling when it has diacritics, else folded."""
    return tokens(text, mode="exact" if has_diacritics(text) else "folded")


def query_tokens(title: str, name: str, body: str) -> list[str]:
    """Query tokens: title and file name twice (they say what the document is), body tokens once."""
    head = _query_part(title) + _query_part(name)
    seen = set(head)
    body_tokens = [t for t in dict.fromkeys(_query_part(body[:QUERY_CHARS])) if t not in seen]
    return head + head + body_tokens


class RequirementMatcher:
    """A BM25 index over the requirements of one framework."""

    def __init__(self, framework: Framework) -> None:
        self.framework_id = framework.id
        self.codes = [r.code for r in framework.requirements]
        corpus = [tokens(requirement_text(framework, c)) or ["_"] for c in self.codes]
        import bm25s  # imported by the commands that map, not by every command

        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)

    def scores(self, query: list[str]) -> np.ndarray:
        """BM25 score of every requirement (in framework order) for a token list."""
        import numpy as np

        if not query:
            return np.zeros(len(self.codes))
        return np.asarray(self._bm25.get_scores(query))

    def suggest(self, query: list[str], k: int = 3, min_score: float = 1.0, min_ratio: float = 0.5) -> list[Suggestion]:
        """The ``k`` best requirements scoring at least ``min_score`` and ``min_ratio`` × the best score."""
        import numpy as np

        scores = self.scores(query)
        if not len(scores):
            return []
        order = np.argsort(-scores, kind="stable")[:k]
        best = float(scores[order[0]])
        out = []
        for i in order:
            s = float(scores[i])
            if s < min_score or s < best * min_ratio:
                break
            out.append(Suggestion(self.codes[int(i)], round(s, 3)))
        return out
