"""Trường trung học nghề: an institution type, covered by TT 38/2026 (v3 of the set), not by TT 14/2024."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from accredit.catalog.registry import default_catalog
from accredit.cli.app import app
from accredit.model.framework import ObjectType
from accredit.workspace import load_workspace
from tests.scoring.builders import CRITERIA

runner = CliRunner()
V3 = "tt38-2026/co-so-gdnn-v3"


def test_tt38_v3_covers_it_and_says_the_coverage_is_unverified() -> None:
    catalog = default_catalog()
    fw = catalog.get(V3)
    assert ObjectType.TRUONG_TRUNG_HOC_NGHE in fw.applies_to
    assert any("trung học nghề" in n and "CHƯA KIỂM CHỨNG" in n for n in fw.notes)
    assert catalog.newer_version("tt38-2026/co-so-gdnn-v2") == V3 and catalog.newer_version(V3) is None
    # the requirements are those of v2: only the institutions changed
    v2 = catalog.get("tt38-2026/co-so-gdnn-v2")
    assert [r.code for r in fw.requirements] == [r.code for r in v2.requirements]
    assert ObjectType.TRUONG_TRUNG_HOC_NGHE not in v2.applies_to  # the published file never changed
    raw = yaml.safe_load((CRITERIA / "crosswalks/tt38-2026--co-so-gdnn--v3.yaml").read_text(encoding="utf-8"))
    assert {e["relation"] for e in raw["entries"]} == {"equivalent"}


def test_tt14_does_not_claim_it() -> None:
    for fid in ("tt14-2024/truong", "tt14-2024/ctdt-trung-cap-cao-dang"):
        assert ObjectType.TRUONG_TRUNG_HOC_NGHE not in default_catalog().get(fid).applies_to


def test_init_accepts_it(tmp_path: Path) -> None:
    root = tmp_path / "THN"
    result = runner.invoke(app, ["init", str(root), "--framework", V3, "--year", "2026",
                                 "--name", "Trường Trung học nghề Thử", "--object", "truong_trung_hoc_nghe"])
    assert result.exit_code == 0, result.output
    assert "không áp dụng" not in result.output.lower() and "does not apply" not in result.output.lower()
    assert load_workspace(root).config.school.object == ObjectType.TRUONG_TRUNG_HOC_NGHE
    warned = runner.invoke(app, ["init", str(tmp_path / "B"), "--framework", "tt14-2024/truong", "--year", "2026",
                                 "--name", "B", "--object", "truong_trung_hoc_nghe"])
    assert warned.exit_code == 0
    assert "trường trung học nghề" in " ".join(warned.output.split())  # the mismatch is said, by name
