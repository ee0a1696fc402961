"""Benchmark the evidence mapping on the labelled set (benchmarks/mapping_corpus.py).

Prints, per framework and half (dev: used for tuning; test: never used for tuning), the top-1 and
top-3 criterion accuracy and the top-1 standard of the right criterion's share, per file form,
and the milliseconds per file per framework.

    python benchmarks/bench_mapping.py [--misses] [--half test]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mapping_corpus import TT14, TT15, TT38, LabelledDoc, corpus

from accredit.catalog.registry import get_framework
from accredit.evidence.mapping import document_query
from accredit.evidence.match import FrameworkMatcher

FRAMEWORKS = (TT14, TT15, TT38)


def evaluate(docs: list[LabelledDoc], frameworks: tuple[str, ...] = FRAMEWORKS) -> dict[tuple[str, str], dict]:
    """(framework, half) → {n, top1, top3, ms, misses} over the labelled documents."""
    matchers = {fid: FrameworkMatcher(get_framework(fid)) for fid in frameworks}
    vocabulary: dict[str, int] = {}
    for m in matchers.values():
        for w, n in m.vocabulary().items():
            vocabulary[w] = vocabulary.get(w, 0) + n
    out: dict[tuple[str, str], dict] = defaultdict(lambda: {"n": 0, "top1": 0, "top3": 0, "ms": 0.0, "misses": []})
    for doc in docs:
        query = document_query(doc.text, doc.path, vocabulary=vocabulary)
        for fid in frameworks:
            if fid not in doc.labels:
                continue
            t0 = time.perf_counter()
            ranking = matchers[fid].rank(query)
            ms = (time.perf_counter() - t0) * 1000
            order = [c.criterion for c in ranking.criteria]
            row = out[(fid, doc.half)]
            row["n"] += 1
            row["ms"] += ms
            want = doc.labels[fid]
            row["top1"] += order[0] == want
            row["top3"] += want in order[:3]
            if order[0] != want:
                row["misses"].append((doc.id, doc.form, doc.path, want, order[:3]))
    return dict(out)


def main() -> int:
    """Print the table (and with --misses, each miss)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--half", choices=("dev", "test"), default=None)
    args = ap.parse_args()
    docs = corpus()
    t0 = time.perf_counter()
    queries = [document_query(d.text, d.path) for d in docs]
    query_ms = (time.perf_counter() - t0) * 1000 / len(docs)
    res = evaluate(docs)
    print(f"{len(docs)} files; reading title and text into a query: {query_ms:.2f} ms per file")
    print(f"{'framework':28} {'half':5} {'n':>4} {'top-1':>7} {'top-3':>7} {'ms/file':>8}")
    for fid in FRAMEWORKS:
        for half in ("dev", "test"):
            r = res.get((fid, half))
            if not r:
                continue
            print(f"{fid:28} {half:5} {r['n']:4d} {100 * r['top1'] / r['n']:6.1f}% {100 * r['top3'] / r['n']:6.1f}% "
                  f"{r['ms'] / r['n']:8.2f}")
    if args.misses:
        for (fid, half), r in sorted(res.items()):
            if args.half and half != args.half:
                continue
            for m in r["misses"]:
                print(fid, half, *m)
    del queries
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
