"""Each input workbook is read exactly once by ``accredit run`` and by ``accredit package`` (issue #12)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit import xlsx_xml
from accredit.cli.app import app
from accredit.demo import copy_demo

runner = CliRunner()


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[Path]]:
    """Every workbook opened, by openpyxl or by the XML value reader (whichever module asks: both are looked up
    when called), by path."""
    counts: Counter[Path] = Counter()

    def counted(real: Any) -> Any:
        def counting(filename: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(filename, str | Path):
                counts[Path(filename).resolve()] += 1
            return real(filename, *args, **kwargs)
        return counting

    monkeypatch.setattr(openpyxl, "load_workbook", counted(openpyxl.load_workbook))
    monkeypatch.setattr(xlsx_xml, "read_values", counted(xlsx_xml.read_values))
    yield counts


def _inputs(root: Path) -> set[Path]:
    """The demo's input workbooks: the data workbook of each framework and its ratings of both years (2025's
    for the reports' comparison with the previous year)."""
    found = {p.resolve() for p in (root / "du-lieu").glob("*.xlsx")}
    assert len(found) == 6  # two frameworks, each with its data workbook and its ratings of 2025 and of 2026
    return found


def test_run_reads_each_input_workbook_once(tmp_path: Path, reads: Counter[Path]) -> None:
    root = copy_demo(tmp_path / "demo")
    result = runner.invoke(app, ["run", str(root), "--format", "json", "--json"])
    assert result.exit_code == 0, result.output
    inputs = _inputs(root)
    assert {p: reads[p] for p in inputs} == dict.fromkeys(inputs, 1)


@pytest.mark.parametrize("after_run", [False, True])
def test_package_reads_each_input_workbook_at_most_once(tmp_path: Path, reads: Counter[Path], after_run: bool) -> None:
    """A first ``package`` reads each workbook once (into the store); after a run they are in step with the
    store, so none is read again."""
    root = copy_demo(tmp_path / "demo")
    if after_run:
        assert runner.invoke(app, ["run", str(root), "--format", "json", "--json"]).exit_code == 0
    reads.clear()
    out = tmp_path / "goi.zip"
    result = runner.invoke(app, ["package", "-w", str(root), "--out", str(out), "--no-sign", "--json"])
    assert result.exit_code == 0, result.output
    assert out.is_file()
    inputs = _inputs(root)
    assert {p: reads[p] for p in inputs} == dict.fromkeys(inputs, 0 if after_run else 1)
