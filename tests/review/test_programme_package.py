"""A programme's own signed package (``accredit package --programme``): its set, its ratings, its evidence (its
folder and the shared files); the review verifies it and the roll-up shows it beside the school."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path, PurePosixPath

import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.demo import demo_source
from accredit.evidence.service import scan_workspace
from accredit.review.archive import SafeArchive
from accredit.review.build import REGISTER_MEMBER
from accredit.service import create_key, package, package_programme, review, rollup, school_signer
from accredit.signing.trust import load_trust
from accredit.workspace import Workspace, load_workspace

CTDT = "tt14-2024/ctdt-trung-cap-cao-dang"
AT = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
SECRET = b"mat-khau-thu-nghiem"
runner = CliRunner()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("progpkg") / "truong"
    shutil.copytree(demo_source(), root)
    ws = load_workspace(root)
    scan_workspace(ws, workers=1)
    return ws


def _register(path: Path) -> list[str]:
    with SafeArchive.open(path) as pkg:
        data = json.loads(pkg.read(REGISTER_MEMBER))
    return [f["path"] for f in data["files"]]


def test_programme_package_round_trip(demo: Workspace, tmp_path: Path) -> None:
    info = create_key(SECRET, ws=demo)
    signer = school_signer(demo, SECRET)
    dien = package_programme(demo, "6520227", AT, signer=signer).package
    oto = package_programme(demo, "6510216", AT, signer=signer).package
    school = package(demo, AT, signer=signer).package
    assert dien.programme is not None and (dien.programme.code, dien.programme.name) == (
        "6520227", "Điện công nghiệp (cao đẳng)")
    assert dien.frameworks == [CTDT] and school.programme is None
    assert Path(dien.path).name == "ho-so-nop_2026_DEMO-01_6520227.zip"
    # its evidence: its own folder and the shared folder, never the other programme's
    files = {str(PurePosixPath(p).parent) for p in _register(Path(dien.path))}
    assert files == {"Chương trình/6520227 - Điện công nghiệp (cao đẳng)", "Chương trình/Chung"}
    shared = {p for p in _register(Path(dien.path)) if p.startswith("Chương trình/Chung/")}
    assert shared and shared <= set(_register(Path(oto.path)))  # a shared file serves both programmes
    assert not any("Công nghệ ô tô" in p for p in _register(Path(dien.path)))
    # the Sở registers the school's key; the review verifies the programme's package and names the programme
    trust = tmp_path / "tin-cay"
    (trust / "DEMO-01").mkdir(parents=True)
    assert info.exported is not None
    shutil.copy(info.exported, trust / "DEMO-01")
    checked = review(Path(dien.path), trust=load_trust(trust))
    assert checked.verification.ok, checked.verification.issues
    assert checked.verification.manifest.programme is not None
    assert checked.verification.manifest.programme.code == "6520227"
    assert [f.id for f in checked.verification.frameworks] == [CTDT]
    # the roll-up: the school and each programme, each its own row (not one superseding the other)
    folder = tmp_path / "so"
    folder.mkdir()
    for p in (dien, oto, school):
        shutil.copy(p.path, folder)
    table = rollup(folder, on=dt.date(2026, 12, 3), trust=load_trust(trust), cache=False)
    rows = {(r.programme.code if r.programme else None): r for r in table.schools}
    assert set(rows) == {None, "6520227", "6510216"} and not table.superseded
    assert rows["6520227"].result(CTDT) is not None and rows["6520227"].result(CTDT).total == 85
    assert rows[None].result(CTDT) is None and rows[None].school.code == "DEMO-01"


def test_package_cli_per_programme(demo: Workspace, tmp_path: Path) -> None:
    out = runner.invoke(app, ["package", "--all-programmes", "--no-sign", "-w", str(demo.root), "--json"])
    assert out.exit_code == 0, out.output
    runs = json.loads(out.stdout)
    assert [r["package"]["programme"]["code"] for r in runs] == ["6520227", "6510216"]
    one = runner.invoke(app, ["package", "--programme", "6510216", "--no-sign", "-w", str(demo.root)],
                        env={"COLUMNS": "200"})
    assert one.exit_code == 0 and "6510216 — Công nghệ ô tô (cao đẳng)" in one.output
    wrong = runner.invoke(app, ["package", "--programme", "9999999", "--no-sign", "-w", str(demo.root)])
    assert wrong.exit_code != 0 and "9999999" in wrong.output and "Traceback" not in wrong.output


def test_all_programmes_takes_no_single_file_or_programme(demo: Workspace, tmp_path: Path) -> None:
    for extra in (["--out", str(tmp_path / "goi.zip")], ["--programme", "6510216"]):
        out = runner.invoke(app, ["package", "--all-programmes", *extra, "--no-sign", "-w", str(demo.root)])
        assert out.exit_code == 2 and "không dùng cùng --out hoặc --programme" in out.output, out.output
        assert "Traceback" not in out.output
    assert not (tmp_path / "goi.zip").exists()
