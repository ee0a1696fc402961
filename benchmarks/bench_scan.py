"""Benchmark ``accredit evidence scan`` on the realistic corpus, at several sizes.

For each size (default 1k, 3k and 10k files, so growth is visible), in fresh processes:

* the baseline: a bare extraction of the same files (the format readers alone, same number of
  spawned processes, no hashing, header reading, index or mapping);
* the cold scan (goal ≤ 1.3× the baseline's wall time), its peak memory (goal < 300 MB, flat in
  the corpus size: the main process, and the main process plus its workers, sampled); with several
  sizes, "flat" is checked on the main process: its peak at the largest size at most
  ``FLAT_GROWTH_MB`` (30 MB) above its peak at the smallest size (a rule in MB, not in %: the bare
  extraction's own main process grows by about 30 % from 1k to 10k files, holding its list of paths);
* the warm re-scan of the unchanged folder, end to end through the CLI (goal < 1 s), against
  ``python -c "import typer"``.

The corpus (``evidence_corpus.py``) is generated once for the largest size; smaller sizes are
hard links to its first files.

    python benchmarks/bench_scan.py [--sizes 1k,3k,10k] [--workers N] [--ocr] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evidence_corpus import generate, plan
from measure import ACCREDIT, fmt_mb, python, run, sizes, verdict

PREFERRED = "tt35-2021/truong-cao-dang"
FLAT_GROWTH_MB = 30.0
"""Flat in size: the main process's peak at the largest size at most this many MB above the smallest size's."""

BARE = """
import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from measure import rusage_json
from accredit.evidence.extract import ExtractOptions, extract_file

def bare(path, ocr):
    return len(extract_file(Path(path), ExtractOptions(ocr=ocr)).text)

if __name__ == "__main__":
    root, workers, ocr = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
    paths = sorted(str(p) for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        chars = sum(pool.map(bare, paths, [ocr] * len(paths), chunksize=4))
    print(rusage_json(files=len(paths), chars=chars))
"""

COLD = """
import threading, time
from pathlib import Path
from measure import rusage_json, rss_sampler
from accredit.evidence import service
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.scan import ScanOptions
from accredit.workspace import load_workspace

if __name__ == "__main__":
    ws = load_workspace(Path(sys.argv[1]))
    options = ScanOptions(workers=int(sys.argv[2]), extract=ExtractOptions(ocr=sys.argv[3] == "1"))
    sampler = rss_sampler()
    start = time.perf_counter()
    report = service.scan_workspace(ws, options=options)
    seconds = time.perf_counter() - start
    own, total = sampler()
    print(rusage_json(seconds=seconds, files=report.files, pages=report.pages, bytes=report.bytes,
                      extracted=report.extracted, suggestions=report.suggestions, code_links=report.code_links,
                      main_sampled_mb=own, total_sampled_mb=total))
"""


def corpus_of(work: Path, size: int, largest: int) -> Path:
    """A folder of the corpus' first ``size`` files (hard links into ``work/corpus``, generated once for
    the largest size; a corpus kept from an earlier, smaller run is extended, not rewritten)."""
    full = work / "corpus"
    if not (full / f".generated-{largest}").is_file():
        start = time.perf_counter()
        n, total = generate(full, largest)
        (full / f".generated-{largest}").write_text("", encoding="utf-8")
        print(f"corpus: {n} files ({total / 1_048_576:.0f} MB), made in {time.perf_counter() - start:.0f} s")
    folder = work / f"corpus-{size}"
    if not (folder / ".complete").is_file():  # hidden files are not scanned
        shutil.rmtree(folder, ignore_errors=True)
        for spec in plan(size):  # the first files of the larger corpus (same seed)
            dst = folder / spec.path
            dst.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(full / spec.path, dst)
            except OSError:  # no hard links on this file system
                shutil.copy2(full / spec.path, dst)
        (folder / ".complete").write_text("", encoding="utf-8")
    return folder


def workspace_for(work: Path, corpus: Path, size: int) -> Path:
    """A new workspace whose evidence folder is ``corpus``."""
    from accredit.catalog.registry import default_catalog
    from accredit.workspace import AssessmentSettings, PathSettings, SchoolInfo, WorkspaceConfig, init_workspace

    catalog = default_catalog()
    fw = PREFERRED if PREFERRED in catalog.frameworks else sorted(catalog.frameworks)[0]
    root = work / f"workspace-{size}"
    shutil.rmtree(root, ignore_errors=True)
    init_workspace(root, WorkspaceConfig(
        school=SchoolInfo(name="Trường Cao đẳng nghề Bắc Sơn (hư cấu)"),
        assessment=AssessmentSettings(year=2024, frameworks=[fw]),
        paths=PathSettings(evidence=str(corpus.resolve())),
    ))
    return root


def best(args: list[str], times: int = 3) -> float:
    """The best wall time of a few runs (start-up figures vary with the machine's load)."""
    return min(run(args).seconds for _ in range(times))


def flat_verdict(peaks: dict[int, float], bare: dict[int, float]) -> str:
    """The "flat in size" line: the main process's peak at the largest size against the smallest size's (and,
    for reference, the bare extraction's main process, which grows too: its list of paths)."""
    small, large = min(peaks), max(peaks)
    growth = peaks[large] - peaks[small]
    bare_growth = bare[large] - bare[small]
    return (f"peak memory, flat in size: main process {fmt_mb(peaks[large])} at {large} files "
            f"[baseline: {fmt_mb(peaks[small])} at {small} files; bare extraction {fmt_mb(bare[small])} -> "
            f"{fmt_mb(bare[large])}, {bare_growth:+.0f} MB] -> {growth:+.0f} MB, "
            f"goal <= +{FLAT_GROWTH_MB:.0f} MB: {verdict(growth <= FLAT_GROWTH_MB)}")


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print each figure with its baseline and goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1k,3k,10k", help="corpus sizes, e.g. 1k or 1k,3k,10k (default)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--ocr", action="store_true", help="OCR scans and images (needs tesseract + vie)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (the corpus is reused)")
    args = parser.parse_args(argv)
    wanted = sizes(args.sizes)
    work = args.keep or Path(tempfile.mkdtemp(prefix="accredit-bench-scan-"))
    work.mkdir(parents=True, exist_ok=True)
    ocr = "1" if args.ocr else "0"
    print(f"workers {args.workers}; OCR {'on' if args.ocr else 'off'}; sizes {wanted}")
    peaks: dict[int, float] = {}
    bare_peaks: dict[int, float] = {}
    try:
        for size in wanted:
            corpus = corpus_of(work, size, max(wanted))
            ws = workspace_for(work, corpus, size)
            bare = run(python(BARE, str(corpus), str(args.workers), ocr), json_out=True)
            cold = run(python(COLD, str(ws), str(args.workers), ocr), json_out=True)
            c = cold.out
            mb = c["bytes"] / 1_048_576
            ratio = cold.seconds / bare.seconds
            print(f"[{size} files] cold scan: {c['files']} files, {c['pages']} pages, {mb:.0f} MB in "
                  f"{cold.seconds:.1f} s ({c['files'] / cold.seconds:.0f} files/s; {c['code_links']} code links, "
                  f"{c['suggestions']} suggestions)  [baseline: bare extraction {bare.seconds:.1f} s] "
                  f"-> {ratio:.2f}x, goal <= 1.3x: {verdict(ratio <= 1.3)}")
            main_mb = c.get("main_sampled_mb") or c.get("self_mb")
            print(f"[{size} files] peak memory: main process {fmt_mb(main_mb)}, main + workers "
                  f"{fmt_mb(c.get('total_sampled_mb'))}  [baseline: bare extraction, main {fmt_mb(bare.peak_mb)}] "
                  f"goal < 300 MB: {verdict(main_mb is not None and main_mb < 300)}")
            if main_mb is not None and bare.peak_mb is not None:
                peaks[size], bare_peaks[size] = main_mb, bare.peak_mb
            warm = min((run([*ACCREDIT, "evidence", "scan", "-w", str(ws), "--json"]) for _ in range(3)),
                       key=lambda m: m.seconds)
            typer_s = best([sys.executable, "-c", "import typer"])
            print(f"[{size} files] warm re-scan (CLI, nothing changed): {warm.seconds:.2f} s "
                  f"[baseline: python -c 'import typer' {typer_s:.2f} s] goal < 1 s: {verdict(warm.seconds < 1)}")
        if len(peaks) > 1:
            print(flat_verdict(peaks, bare_peaks))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
