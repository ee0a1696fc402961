"""Each input workbook is read exactly once by ``accredit run`` and by ``accredit package`` (issue #12)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.demo import copy_demo

runner = CliRunner()


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[Path]]:
    """Every workbook openpyxl opens (whichever module asks: the zip guard calls openpyxl's loader), by path."""
    counts: Counter[Path] = Counter()
    real = openpyxl.load_workbook

    def counting(filename: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(filename, str | Path):
            counts[Path(filename).resolve()] += 1
        return real(filename, *args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", counting)
    yield counts


def _inputs(root: Path) -> set[Path]:
    """The demo's input workbooks: the ratings and the data workbook of each framework."""
    found = {p.resolve() for p in (root / "du-lieu").glob("*.xlsx")}
    assert len(found) == 4  # two frameworks, each with its ratings and its data workbook
    return found


def test_run_reads_each_input_workbook_once(tmp_path: Path, reads: Counter[Path]) -> None:
    root = copy_demo(tmp_path / "demo")
    result = runner.invoke(app, ["run", str(root), "--format", "json", "--json"])
    assert result.exit_code == 0, result.output
    inputs = _inputs(root)
    assert {p: reads[p] for p in inputs} == dict.fromkeys(inputs, 1)


def test_package_reads_each_input_workbook_once(tmp_path: Path, reads: Counter[Path]) -> None:
    root = copy_demo(tmp_path / "demo")
    assert runner.invoke(app, ["run", str(root), "--format", "json", "--json"]).exit_code == 0
    reads.clear()
    out = tmp_path / "goi.zip"
    result = runner.invoke(app, ["package", "-w", str(root), "--out", str(out), "--no-sign", "--json"])
    assert result.exit_code == 0, result.output
    assert out.is_file()
    inputs = _inputs(root)
    # the workbooks are in step with the store since the run: the package reads the store, a workbook at most once
    assert all(reads[p] <= 1 for p in inputs), {p.name: reads[p] for p in inputs}
