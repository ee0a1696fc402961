"""Every figure of issue 15's table in one run, each beside its baseline and goal.

Runs, one after the other (each measures in fresh processes and prints its own lines):
``bench_startup.py`` (``accredit --help``, ``accredit run`` on the demo), ``bench_scoring.py``
(scoring one school), ``bench_rollup.py --packages 500`` (cold and repeated roll-up) and
``bench_scan.py --sizes 1k,3k,10k`` (cold scan, its memory, warm re-scan). ``--quick`` scans
1k files only. The machine should be otherwise idle; on a shared one read the ratios.

    python benchmarks/bench_all.py [--quick] [--keep DIR]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    """Run each benchmark and pass its output through; the exit code is the first failing one's."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="scan 1k files only")
    parser.add_argument("--keep", type=Path, help="keep the generated corpus and packages in this folder")
    args = parser.parse_args(argv)
    keep = ["--keep", str(args.keep / "rollup")] if args.keep else []
    keep_scan = ["--keep", str(args.keep / "scan")] if args.keep else []
    jobs = [
        ["bench_startup.py", "--runs", "3"],
        ["bench_scoring.py"],
        ["bench_rollup.py", "--packages", "500", *keep],
        ["bench_scan.py", "--sizes", "1k" if args.quick else "1k,3k,10k", *keep_scan],
    ]
    failed = 0
    for job in jobs:
        print(f"== {' '.join(job)}", flush=True)
        code = subprocess.call([sys.executable, str(HERE / job[0]), *job[1:]])
        failed = failed or code
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
