"""Benchmark the evidence mapping on the labelled set (benchmarks/mapping_corpus.py).

Prints, per framework and half (dev: used for tuning; test: never used for tuning), the top-1 and
top-3 criterion accuracy and the milliseconds per file per framework.

With ``--heldout`` it runs on the held-out set instead (benchmarks/mapping_heldout.py: documents nobody
tuned on, labelled with their standard): top-1/top-3 criterion accuracy, the share whose first
suggested standard is the labelled one (of all files, and of the files whose criterion came first),
and the misses counted per labelled criterion. Never tune on the held-out set.

    python benchmarks/bench_mapping.py [--misses] [--half test]
    python benchmarks/bench_mapping.py --heldout [--misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mapping_corpus import TT14, TT15, TT38, LabelledDoc, corpus
from mapping_heldout import HeldoutDoc, heldout

from accredit.catalog.registry import get_framework
from accredit.evidence.mapping import document_query
from accredit.evidence.match import FrameworkMatcher

FRAMEWORKS = (TT14, TT15, TT38)


def evaluate(
    docs: Sequence[LabelledDoc | HeldoutDoc], frameworks: tuple[str, ...] = FRAMEWORKS
) -> dict[tuple[str, str], dict]:
    """(framework, half) → {n, top1, top3, ms, misses, by_criterion, std1, std_n} over the labelled documents
    (std1 of std_n: held-out documents whose first suggested standard is their labelled one)."""
    matchers = {fid: FrameworkMatcher(get_framework(fid)) for fid in frameworks}
    vocabulary: dict[str, int] = {}
    for m in matchers.values():
        for w, n in m.vocabulary().items():
            vocabulary[w] = vocabulary.get(w, 0) + n
    out: dict[tuple[str, str], dict] = defaultdict(
        lambda: {"n": 0, "top1": 0, "top3": 0, "ms": 0.0, "misses": [], "std1": 0, "std_n": 0, "by_criterion": {}}
    )
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
            per = row["by_criterion"].setdefault(want, {"n": 0, "miss1": 0, "miss3": 0})
            per["n"] += 1
            per["miss1"] += order[0] != want
            per["miss3"] += want not in order[:3]
            form = row.setdefault("by_form", {}).setdefault(doc.form, {"n": 0, "top1": 0, "top3": 0})
            form["n"] += 1
            form["top1"] += order[0] == want
            form["top3"] += want in order[:3]
            standard = getattr(doc, "standards", {}).get(fid)
            if standard is not None:  # held-out documents carry their standard too
                first = ranking.suggestions[0].requirement if ranking.suggestions else None
                row["std_n"] += 1
                row["std1"] += first == standard
            if order[0] != want:
                row["misses"].append((doc.id, doc.form, doc.path, want, order[:3]))
    return dict(out)


def heldout_report(show_misses: bool) -> int:
    """Run the matcher on the held-out set and print its table."""
    docs = heldout()
    print_heldout(evaluate(docs), len(docs), show_misses)
    return 0


def print_heldout(res: dict[tuple[str, str], dict], files: int, show_misses: bool) -> None:
    """Print the held-out table: per framework, criterion top-1/top-3, standard accuracy, misses per criterion
    and per file form."""
    print(f"held-out set: {files} files ({files // 2} base documents, each in two forms)")
    print(f"{'framework':28} {'n':>4} {'top-1':>7} {'top-3':>7} {'std-1':>7} {'std|crit':>8} {'ms/file':>8}")
    for fid in FRAMEWORKS:
        r = res.get((fid, "heldout"))
        if not r:
            continue
        n = r["n"]
        std_given_crit = 100 * r["std1"] / r["top1"] if r["top1"] else 0.0
        print(f"{fid:28} {n:4d} {100 * r['top1'] / n:6.1f}% {100 * r['top3'] / n:6.1f}% "
              f"{100 * r['std1'] / r['std_n']:6.1f}% {std_given_crit:7.1f}% {r['ms'] / n:8.2f}")
    print("misses per labelled criterion (files: not first / not in the top three)")
    for fid in FRAMEWORKS:
        r = res.get((fid, "heldout"))
        if not r:
            continue
        rows = sorted(r["by_criterion"].items(), key=lambda kv: _code_key(kv[0]))
        cells = [f"{c}: {v['miss1']}/{v['miss3']} of {v['n']}" for c, v in rows]
        print(f"  {fid:28} " + "; ".join(cells))
    print("top-1 / top-3 per file form")
    for fid in FRAMEWORKS:
        r = res.get((fid, "heldout"))
        if not r:
            continue
        cells = [f"{f} {100 * v['top1'] / v['n']:.0f}/{100 * v['top3'] / v['n']:.0f}% ({v['n']})"
                 for f, v in sorted(r.get("by_form", {}).items())]
        print(f"  {fid:28} " + "; ".join(cells))
    if show_misses:
        for (fid, _half), r in sorted(res.items()):
            for m in r["misses"]:
                print(fid, *m)


def _code_key(code: str) -> tuple[int, str]:
    return (int(code), "") if code.isdigit() else (10**6, code)


def main() -> int:
    """Print the table (and with --misses, each miss)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--half", choices=("dev", "test"), default=None)
    ap.add_argument("--heldout", action="store_true", help="run on the held-out set (benchmarks/mapping_heldout.py)")
    args = ap.parse_args()
    if args.heldout:
        return heldout_report(args.misses)
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
