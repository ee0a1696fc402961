"""The criteria commands: JSON output equals the library's result; exit codes; language switch."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from accredit.catalog.diff import diff_frameworks
from accredit.catalog.registry import default_catalog
from accredit.catalog.schema import criteria_json_schema
from accredit.catalog.summary import framework_view, list_frameworks
from accredit.catalog.validate import validate_paths
from accredit.cli.app import app
from accredit.cli.output import to_jsonable
from tests.catalog.conftest import mini_framework, write_yaml

runner = CliRunner()


def run_json(*args: str) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_list_json_equals_api(criteria_dir: Path) -> None:
    assert run_json("criteria", "list") == to_jsonable(list_frameworks(default_catalog()))


def test_show_json_equals_api(criteria_dir: Path) -> None:
    fw = default_catalog().get("tt99-2030/truong-cao-dang")
    assert run_json("criteria", "show", fw.id) == framework_view(fw)
    one = run_json("criteria", "show", fw.id, "--code", "2.3")
    assert one == framework_view(fw, "2.3")
    assert one["requirement"]["text"] == "Nhà giáo thực tập tại doanh nghiệp."


def test_show_unknown_code_and_framework(criteria_dir: Path) -> None:
    result = runner.invoke(app, ["criteria", "show", "tt99-2030/truong-cao-dang", "--code", "9.9"])
    assert result.exit_code == 3
    assert "không có mã '9.9'" in result.output
    result = runner.invoke(app, ["--lang", "en", "criteria", "show", "nope/nope"])
    assert result.exit_code == 3
    assert "No criteria set 'nope/nope'" in result.output


def test_validate_json_and_exit_code(criteria_dir: Path, tmp_path: Path) -> None:
    assert run_json("criteria", "validate") == to_jsonable(validate_paths())
    data = mini_framework("tt99-2033/x")
    data["criteria"][0]["max_points"] = 99
    bad = write_yaml(tmp_path / "bad.yaml", data)
    result = runner.invoke(app, ["criteria", "validate", str(bad)])
    assert result.exit_code == 1
    assert "max_points is 99" in result.output


def test_diff_json_equals_api(criteria_dir: Path) -> None:
    cat = default_catalog()
    expected = diff_frameworks(cat.get("tt99-2029/truong-cao-dang"), cat.get("tt99-2030/truong-cao-dang"), cat)
    assert run_json("criteria", "diff", "tt99-2029/truong-cao-dang", "tt99-2030/truong-cao-dang") == to_jsonable(
        expected
    )


def test_schema_export(criteria_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    result = runner.invoke(app, ["criteria", "schema", "--out", str(out)])
    assert result.exit_code == 0, result.output
    schema = json.loads(out.read_text(encoding="utf-8"))
    assert schema == criteria_json_schema()
    assert "additionalProperties" in json.dumps(schema)
    assert set(schema["required"]) >= {"id", "criteria", "decision", "regulation"}


def test_language_switch_by_environment(criteria_dir: Path) -> None:
    vi = runner.invoke(app, ["criteria", "validate"])
    en = runner.invoke(app, ["criteria", "validate"], env={"ACCREDIT_LANG": "en"})
    assert "tệp hợp lệ" in vi.output
    assert "file(s) valid" in en.output
