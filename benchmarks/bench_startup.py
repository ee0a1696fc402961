"""Benchmark start-up and the demo run (goals: ``accredit --help`` < 0.5 s, ``accredit run`` on the demo < 2 s).

Each command runs in a fresh process, several times (the best run is shown: start-up times vary
with the machine's load); the baseline is ``python -c "import typer"``, the floor of any typer CLI.
``accredit --help`` runs through the console script (:mod:`accredit.entry`) in a user folder of its
own: the first run renders the help through typer (printed beside), the next ones print the kept copy.
Also lists the heavy libraries each command's module imports (none should be imported by a
command that does not use it). The demo run is measured on a fresh copy with the user folder's
caches filled by a first run (the criteria cache; the OCR cache, where Tesseract reads the demo's
scans once), and, where Tesseract is installed, once more with it hidden (the scans left for OCR).
The same workspace run again (the scan warm, every report written again: a school's usual case) is printed
too. The children run with bytecode, as an installed package has it (:func:`measure.child_env`).

    python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import ACCREDIT, python, run, verdict

HEAVY = ("pandas", "openpyxl", "docx", "pypdf", "pypdfium2", "matplotlib", "bm25s", "numpy", "PIL", "jinja2")
COMMANDS = ("run", "criteria", "evidence", "init", "ratings", "data", "indicators", "score", "report", "roadmap",
            "package", "review", "rollup")
IMPORTS = """
import importlib, json
mod = importlib.import_module("accredit.cli." + sys.argv[1])
print(json.dumps([h for h in {heavy!r} if h in sys.modules]))
"""


def best(args: list[str], runs: int) -> float:
    """The best wall time of ``runs`` runs."""
    return min(run(args).seconds for _ in range(runs))


def main(argv: list[str] | None = None) -> None:
    """Print start-up and demo-run figures against their baselines and goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    typer_s = best([sys.executable, "-c", "import typer"], args.runs)
    home = Path(tempfile.mkdtemp(prefix="accredit-bench-help-"))
    try:  # a user folder of its own: the first --help renders it through typer, the next ones print the kept copy
        help_env = {"ACCREDIT_HOME": str(home)}
        first_help = run([*ACCREDIT, "--help"], env=help_env).seconds
        help_s = min(run([*ACCREDIT, "--help"], env=help_env).seconds for _ in range(args.runs))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"accredit --help: {help_s:.2f} s  [first run, empty user folder (rendered by typer): {first_help:.2f} s]  "
          f"[baseline: python -c 'import typer' {typer_s:.2f} s]  goal < 0.5 s: {verdict(help_s < 0.5)}")
    for cmd in COMMANDS:
        heavy = run(python(IMPORTS.format(heavy=HEAVY), cmd), json_out=True).out
        print(f"  accredit {cmd}: imports {', '.join(heavy) or 'no heavy library'}")
    work = Path(tempfile.mkdtemp(prefix="accredit-bench-run-"))
    try:
        env = {"ACCREDIT_HOME": str(work / "home")}  # a user folder of its own: its caches start empty
        first = run([*ACCREDIT, "run", "--out", str(work / "demo-first")], env=env).seconds
        times = [run([*ACCREDIT, "run", "--out", str(work / f"demo-{i}")], env=env).seconds
                 for i in range(max(2, args.runs // 2))]
        demo_s = min(times)
        ocr = "with Tesseract: its scans' text from the OCR cache" if shutil.which("tesseract") else "no Tesseract"
        print(f"accredit run (the demo, fresh copy, {ocr}; best of {len(times)}, caches filled): {demo_s:.2f} s "
              f"[first run, empty user folder{' (OCR)' if shutil.which('tesseract') else ''}: {first:.2f} s]  "
              f"[baseline: python -c 'import typer' {typer_s:.2f} s]  goal < 2 s: {verdict(demo_s < 2)}")
        again = min(run([*ACCREDIT, "run", str(work / "demo-first")], env=env).seconds
                    for _ in range(max(2, args.runs // 2)))
        print(f"accredit run again on the same workspace (scan warm, reports rewritten): {again:.2f} s  "
              f"[baseline: python -c 'import typer' {typer_s:.2f} s]  (the goal is the fresh copy's)")
        if shutil.which("tesseract"):
            bare_env = {**env, "PATH": without("tesseract", work / "bin")}
            plain = min(run([*ACCREDIT, "run", "--out", str(work / f"demo-plain-{i}")], env=bare_env).seconds
                        for i in range(max(2, args.runs // 2)))
            print(f"accredit run (the demo, fresh copy, Tesseract hidden: scans left for OCR): {plain:.2f} s  "
                  f"goal < 2 s: {verdict(plain < 2)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def without(program: str, folder: Path) -> str:
    """A PATH with every program of this one but ``program`` (links in ``folder``): a machine without it."""
    folder.mkdir(parents=True, exist_ok=True)
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        try:
            entries = list(Path(directory).iterdir())
        except OSError:
            continue
        for entry in entries:
            link = folder / entry.name
            if entry.stem.lower() == program or link.exists() or link.is_symlink():
                continue
            try:
                link.symlink_to(entry)
            except OSError:
                continue
    return str(folder)


if __name__ == "__main__":
    main()
