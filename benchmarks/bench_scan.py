"""Benchmark ``accredit evidence scan`` on a synthetic corpus.

Prints: cold-scan files/s and MB/s, warm re-scan seconds, peak memory (this process and the largest
worker), and the bare extraction time of the same files (the readers alone, same number of
processes, no hashing, index or mapping) for comparison.

    python benchmarks/bench_scan.py [--files 10000] [--corpus DIR] [--workers N] [--ocr] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evidence_corpus import generate

from accredit.catalog.registry import default_catalog
from accredit.evidence import service
from accredit.evidence.extract import ExtractOptions, extract_file
from accredit.evidence.scan import ScanOptions
from accredit.workspace import AssessmentSettings, PathSettings, SchoolInfo, WorkspaceConfig, init_workspace

PREFERRED = "tt35-2021/truong-cao-dang"


def peak_mb() -> tuple[float | None, float | None]:
    """Peak resident memory of this process and of its largest finished child, in MB (None where unknown)."""
    try:
        import resource
    except ImportError:  # Windows
        return None, None
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1_048_576
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return own, child


def _bare(path: str, options: ExtractOptions) -> int:
    return len(extract_file(Path(path), options).text)


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000, help="corpus size when generating (default 10000)")
    parser.add_argument("--corpus", type=Path, help="scan this folder instead of generating one")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--ocr", action="store_true", help="OCR scans and images (needs tesseract + vie)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="accredit-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus = args.corpus
        if corpus is None:
            corpus = work / "corpus"
            if not corpus.is_dir():
                start = time.perf_counter()
                n, size = generate(corpus, args.files, workers=args.workers)
                print(f"generated {n} files ({size / 1_048_576:.1f} MB) in {time.perf_counter() - start:.1f} s")
        catalog = default_catalog()
        fw = PREFERRED if PREFERRED in catalog.frameworks else sorted(catalog.frameworks)[0]
        ws_root = work / "workspace"
        shutil.rmtree(ws_root, ignore_errors=True)
        ws = init_workspace(ws_root, WorkspaceConfig(
            school=SchoolInfo(name="Trường Cao đẳng nghề Bắc Sơn (hư cấu)"),
            assessment=AssessmentSettings(year=2024, frameworks=[fw]),
            paths=PathSettings(evidence=str(corpus.resolve())),
        ))
        options = ScanOptions(workers=args.workers, extract=ExtractOptions(ocr=args.ocr))
        print(f"framework {fw}; workers {args.workers}; OCR {'on' if args.ocr else 'off'}")

        start = time.perf_counter()
        cold = service.scan_workspace(ws, options=options)
        cold_s = time.perf_counter() - start
        own, child = peak_mb()
        mb = cold.bytes / 1_048_576
        print(f"cold scan:   {cold.files} files, {cold.pages} pages, {mb:.1f} MB in {cold_s:.2f} s "
              f"-> {cold.files / cold_s:.1f} files/s, {mb / cold_s:.2f} MB/s")
        print(f"             by type {cold.by_kind}; by status {cold.by_status}; "
              f"{cold.code_links} code links, {cold.suggestions} suggestions, {len(cold.issues)} issues")

        start = time.perf_counter()
        warm = service.scan_workspace(ws, options=options)
        warm_s = time.perf_counter() - start
        print(f"warm rescan: {warm_s:.2f} s ({warm.unchanged} unchanged, {warm.extracted} re-read)")

        paths = [str(p) for p in corpus.rglob("*") if p.is_file() and not p.name.startswith((".", "~$"))]
        start = time.perf_counter()
        with ProcessPoolExecutor(max_workers=args.workers) as pool:
            chars = sum(pool.map(_bare, paths, [options.extract] * len(paths), chunksize=16))
        bare_s = time.perf_counter() - start
        print(f"bare extraction of the same {len(paths)} files: {bare_s:.2f} s ({chars / 1e6:.1f} M chars) "
              f"-> scan overhead {cold_s - bare_s:+.2f} s ({(cold_s / bare_s - 1) * 100:+.0f}%)")
        if own is not None:
            print(f"peak memory: main process {own:.0f} MB, largest worker {child:.0f} MB")
        index = ws.cache_dir / "evidence.sqlite"
        print(f"index size:  {index.stat().st_size / 1_048_576:.1f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
