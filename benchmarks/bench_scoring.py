"""Benchmark scoring and indicators.

Prints: seconds per ``score()`` (with the exact minimal fix set) on the largest bundled framework
(TT 15/2017 trường, 100 standards) for random ratings, and seconds to compute an every-programme
indicator over many programmes.

    python benchmarks/bench_scoring.py [--runs 200] [--programmes 2000]
"""

from __future__ import annotations

import argparse
import random
import time
from decimal import Decimal

from accredit.catalog.registry import default_catalog
from accredit.indicators import Cell, InstitutionData, TableRow, compute_indicators
from accredit.model.assessment import Assessment, Rating, Status, window_years
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import ObjectType
from accredit.scoring import score


def bench_score(runs: int) -> None:
    """Random ratings on TT 15/2017 trường (100 standards, 3-year windows)."""
    fw = default_catalog().get("tt15-2017/truong")
    obj = ObjectType.TRUONG_CAO_DANG
    links = [
        EvidenceLink(
            evidence_id=f"sha256:{r.code}", path=f"{r.code}.pdf", framework=fw.id, requirement=r.code, origin="code"
        )
        for r in fw.requirements
    ]
    rnd = random.Random(1)
    sizes = []
    start = time.perf_counter()
    for _ in range(runs):
        ratings = []
        for r in fw.requirements:
            st = rnd.choice([Status.MET] * 4 + [Status.NOT_MET])
            ratings.append(Rating(code=r.code, status=st, years=dict.fromkeys(window_years(fw, r, 2026, obj), st)))
        a = Assessment(framework=fw.id, framework_version=fw.content_hash, year=2026, object_type=obj, ratings=ratings)
        sizes.append(len(score(fw, a, links, [], {}).minimal_fix))
    elapsed = time.perf_counter() - start
    each = elapsed / runs * 1000
    print(
        f"score(): {runs} runs on {fw.id}: {each:.1f} ms each "
        f"(minimal fix sizes {min(sizes)}–{max(sizes)})  goal < 50 ms: {'goal met' if each < 50 else 'GOAL NOT MET'}"
    )


def bench_indicators(programmes: int) -> None:
    """CS03 and CS06 of TT 38 over many programmes."""
    fw = default_catalog().get("tt38-2026/co-so-gdnn")
    rnd = random.Random(2)
    rows = []
    for i in range(programmes):
        vals = {"gc_j": rnd.randint(300, 1500), "g_j": 1500, "tt_j": rnd.randint(1, 30), "mh_j": 30}
        rows.append(
            TableRow(
                year=2026,
                key=f"P{i:05d}",
                source=f"row {i}",
                values={k: Cell(value=Decimal(v), source="bench") for k, v in vals.items()},
            )
        )
    data = InstitutionData(programmes=rows)
    start = time.perf_counter()
    report = compute_indicators(fw, data, 2026)
    elapsed = time.perf_counter() - start
    print(f"compute_indicators(): {programmes} programmes: {elapsed:.2f} s ({len(report.results)} indicators)")


def main() -> None:
    """Parse arguments and run both benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--programmes", type=int, default=2000)
    args = parser.parse_args()
    bench_score(args.runs)
    bench_indicators(args.programmes)


if __name__ == "__main__":
    main()
