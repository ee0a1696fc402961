"""Benchmark ``accredit rollup`` over many packages (goal: 500 packages in < 3 s and < 400 MB).

One real package is made from the bundled demo as a school sends it (scanned, scored, planned, with
every report ``accredit run`` writes — Word, Excel, HTML and JSON — and packaged), then copied as N
schools (each with its own name, code, date and key: every package is signed by its school, whose key
is registered in a trust folder; one school in ten sent a second, newer package; one in ten has an
inspector's signed review log). The roll-up runs in a fresh process, as ``accredit rollup`` does
(trust folder, cache in the user folder): once verifying every package and once more with the cache
filled (what a re-run does as packages arrive); and once more after every package was verified one at a
time as it arrived (``verify_package``, what the inspector's desk does when a package is opened), with
its own empty cache. The baselines are reading and hashing the same zips, and inflating and hashing
every member of them (what any verification must do at least).

    python benchmarks/bench_rollup.py [--packages 500] [--workers N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import Measured, fmt_mb, python, run, verdict

CREATED = datetime(2026, 5, 4, 8, 30, tzinfo=UTC)
CORPUS = "goi-2"
"""The kept packages' folder under ``--keep``: a new name whenever the packages are made differently (2: with
every report), so a kept folder of older packages is not measured as if it were these."""


def base_package(work: Path) -> Path:
    """The demo workspace, run and packaged once."""
    from accredit.demo import copy_demo
    from accredit.review.build import write_package
    from accredit.review.gather import gather_workspace
    from accredit.run import run_workspace
    from accredit.workspace import load_workspace

    out = work / "base.zip"
    if out.is_file():
        return out
    ws = load_workspace(copy_demo(work / "demo"))
    run_workspace(ws, CREATED)  # every report, as a school's package holds them
    write_package(gather_workspace(ws, exclude=out), out, created=CREATED)
    return out


def signer_of(i: int) -> Any:
    """School ``i``'s key (fixed, so a kept corpus stays valid)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from accredit.signing.keys import Signer

    return Signer(Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"school {i}".encode()).digest()))


INSPECTOR_SEED = hashlib.sha256(b"inspector").digest()


def clone(base: Path, out: Path, i: int, created: datetime) -> None:
    """The base package as school ``i`` (its manifest's school and date changed, members kept), signed."""
    from accredit.signing.manifest import sign_manifest

    with zipfile.ZipFile(base) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "manifest.sig.json":
                continue
            data = src.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["school"]["name"] = f"Trường Cao đẳng nghề số {i:03d} (hư cấu)"
                manifest["school"]["code"] = f"T{i:03d}"
                manifest["created"] = created.isoformat()
                data = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
                dst.writestr(info, data)
                sig = zipfile.ZipInfo("manifest.sig.json", info.date_time)
                sig.compress_type = zipfile.ZIP_DEFLATED
                dst.writestr(sig, sign_manifest(data, signer_of(i)))
                continue
            dst.writestr(info, data)


def province(base: Path, folder: Path, packages: int, trust: Path) -> None:
    """``packages`` signed zips in ``folder`` (their keys registered in ``trust``), re-submissions and review logs."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from accredit.model.assessment import Status
    from accredit.model.review import InspectorRating, Role
    from accredit.review.log import append_entry, default_log_path
    from accredit.signing.keys import Signer, public_key_text

    inspector = Signer(Ed25519PrivateKey.from_private_bytes(INSPECTOR_SEED))
    (trust / "tham-dinh-vien").mkdir(parents=True, exist_ok=True)
    (trust / "tham-dinh-vien" / "thanh-tra.pem").write_text(public_key_text(inspector.public, ["Sở"]),
                                                           encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(base) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    fid = manifest["frameworks"][0]["id"]
    made = 0
    i = 0
    while made < packages:
        (trust / f"T{i:03d}").mkdir(exist_ok=True)
        (trust / f"T{i:03d}" / "khoa.pem").write_text(public_key_text(signer_of(i).public, [f"T{i:03d}"]),
                                                      encoding="utf-8")
        clone(base, folder / f"truong-{i:03d}.zip", i, CREATED + timedelta(minutes=i))
        made += 1
        if i % 10 == 3 and made < packages:  # re-submitted a week later
            clone(base, folder / f"truong-{i:03d}-nop-lai.zip", i, CREATED + timedelta(days=7, minutes=i))
            made += 1
        if i % 10 == 5:  # the inspector has rated one requirement
            pkg = folder / f"truong-{i:03d}.zip"
            sha = "sha256:" + hashlib.sha256(pkg.read_bytes()).hexdigest()
            append_entry(default_log_path(pkg), role=Role.INSPECTOR, actor="Sở (hư cấu)", at=CREATED, package=sha,
                         ratings=[InspectorRating(framework=fid, code="1.1", status=Status.NOT_MET)], signer=inspector)
        i += 1


ROLLUP = """
import time
from pathlib import Path
from measure import rss_sampler, rusage_json
from accredit.review.rollup import rollup

if __name__ == "__main__":  # workers are spawned: they import this file without running it
    start = time.perf_counter()
    sampled = rss_sampler(0.05)
    from accredit.review.rollup_cache import default_cache_path
    from accredit.signing.trust import default_trust_folder, load_trust

    folder = Path(sys.argv[1])
    cache = default_cache_path(folder) if sys.argv[3] == "cache" else None
    report = rollup(folder, workers=int(sys.argv[2]) if sys.argv[2] != "auto" else None, cache=cache,
                    trust=load_trust(default_trust_folder()))
    seconds = time.perf_counter() - start
    _, with_workers = sampled()
    print(rusage_json(seconds=seconds, schools=len(report.schools), failed=len(report.failed),
                      superseded=len(report.superseded), total_mb=with_workers))
"""

BARE = """
import hashlib
from pathlib import Path
from measure import rusage_json
for p in sorted(Path(sys.argv[1]).glob("*.zip")):
    hashlib.sha256(p.read_bytes()).hexdigest()
print(rusage_json())
"""

MEMBERS = """
import hashlib, zipfile
from pathlib import Path
from measure import rusage_json
for p in sorted(Path(sys.argv[1]).glob("*.zip")):
    with zipfile.ZipFile(p) as zf:
        for info in zf.infolist():
            hashlib.sha256(zf.read(info)).hexdigest()
print(rusage_json())
"""


ARRIVALS = """
import time
from pathlib import Path
from measure import rusage_json
from accredit.service import verify_package
paths = sorted(Path(sys.argv[1]).glob("*.zip"))
start = time.process_time()
for p in paths:  # one at a time, as each is opened on the desk (an upload is opened at once)
    verify_package(p)
print(rusage_json(each_ms=(time.process_time() - start) / max(len(paths), 1) * 1000))
"""


def memory(m: Measured) -> float | None:
    """Peak resident memory of the roll-up and its workers together (sampled), else of the process alone."""
    return m.out.get("total_mb") or m.peak_mb


def main(argv: list[str] | None = None) -> None:
    """Build the packages, run the roll-up in a fresh process, print the figures against the goal."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=int, default=500)
    parser.add_argument("--workers", default="auto", help="worker processes for the roll-up (default: one per CPU)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (the packages are reused)")
    args = parser.parse_args(argv)
    work = (args.keep / CORPUS) if args.keep else Path(tempfile.mkdtemp(prefix="accredit-bench-rollup-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        base = base_package(work)
        folder = work / f"nop-{args.packages}"
        trust, home = work / f"tin-cay-{args.packages}", work / f"home-{args.packages}"
        if not folder.is_dir():
            province(base, folder, args.packages, trust)
        env = {"ACCREDIT_TRUST": str(trust), "ACCREDIT_HOME": str(home)}
        shutil.rmtree(home / "bo-nho-dem", ignore_errors=True)
        bare = run(python(BARE, str(folder)), json_out=True)
        members = run(python(MEMBERS, str(folder)), json_out=True)
        cold = run(python(ROLLUP, str(folder), str(args.workers), "-"), env=env, json_out=True)
        run(python(ROLLUP, str(folder), str(args.workers), "cache"), env=env, json_out=True)  # fills the cache
        warm = run(python(ROLLUP, str(folder), str(args.workers), "cache"), env=env, json_out=True)
        for label, m in (("first roll-up of the folder", cold), ("roll-up again (cache: nothing new)", warm)):
            print(f"{label}, {args.packages} packages ({m.out['schools']} schools, {m.out['superseded']} superseded, "
                  f"{m.out['failed']} failed): {m.seconds:.2f} s wall ({m.out['seconds']:.2f} s in rollup(); "
                  f"CPU {m.out.get('cpu_s', 0):.1f} s with its workers, "
                  f"{m.out.get('cpu_s', 0) / args.packages * 1000:.0f} ms a package), "
                  f"peak {fmt_mb(memory(m))} with its workers  [baseline: reading and hashing the zips "
                  f"{bare.seconds:.2f} s, {fmt_mb(bare.peak_mb)}; inflating and hashing every member in one "
                  f"process {members.seconds:.2f} s, CPU {members.out.get('cpu_s', 0):.1f} s]  goal < 3 s, < 400 MB: "
                  f"{verdict(m.seconds < 3 and (memory(m) or 0) < 400 and not m.out['failed'])}")
        arrived = work / f"home-{args.packages}-arrivals"  # a user folder of its own: an empty cache first
        shutil.rmtree(arrived, ignore_errors=True)
        env = {**env, "ACCREDIT_HOME": str(arrived)}
        each = run(python(ARRIVALS, str(folder)), env=env, json_out=True)
        after = run(python(ROLLUP, str(folder), str(args.workers), "cache"), env=env, json_out=True)
        print(f"roll-up after every package was verified as it arrived (opened on the desk or with 'accredit review', "
              f"{each.out['each_ms']:.0f} ms of CPU each, on arrival): {after.seconds:.2f} s wall  "
              f"(the first roll-up's goal, < 3 s: {verdict(after.seconds < 3 and not after.out['failed'])}; "
              f"for the choice between verifying on arrival and the first roll-up's figure above)")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
