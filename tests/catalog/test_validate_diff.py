"""Cross-file validation, the published lock, and diffs through a crosswalk."""

from __future__ import annotations

from pathlib import Path

from accredit.catalog.diff import diff_frameworks
from accredit.catalog.registry import load_catalog
from accredit.catalog.validate import lock_published, validate_paths
from tests.catalog.conftest import mini_framework, write_yaml


def test_valid_folder(criteria_dir: Path) -> None:
    report = validate_paths(root=criteria_dir)
    assert report.valid, report
    assert len(report.files) == 3


def test_gate_naming_missing_framework_and_bad_crosswalk_code(criteria_dir: Path) -> None:
    data = mini_framework("tt99-2031/truong-cao-dang")
    data["decision"]["rules"].append({"type": "framework_passed", "any_of": ["tt00-0000/none"], "label": "KĐCL"})
    bad = write_yaml(criteria_dir / "tt99-2031" / "truong-cao-dang.yaml", data)
    write_yaml(criteria_dir / "crosswalks" / "bad.yaml", {
        "old": "tt99-2029/truong-cao-dang", "new": "tt99-2030/truong-cao-dang", "basis": "t",
        "entries": [{"old": ["9.9"], "new": ["1.1"]}]})
    report = validate_paths(root=criteria_dir)
    assert not report.valid
    by_path = {Path(f.path).name: f for f in report.files}
    assert by_path[bad.name].errors == ["decision.rules[2].any_of: unknown framework(s) tt00-0000/none"]
    assert by_path["bad.yaml"].errors == ["entries[0].old: code(s) 9.9 not in tt99-2029/truong-cao-dang"]


def test_schema_error_names_file_and_field(criteria_dir: Path, tmp_path: Path) -> None:
    data = mini_framework("tt99-2032/truong-cao-dang")
    data["criteria"][0]["requirements"][0]["points"] = "bốn"
    path = write_yaml(tmp_path / "draft.yaml", data)
    report = validate_paths([path], root=criteria_dir)
    (file_report,) = report.files
    assert file_report.path == str(path)
    assert any("requirements[0](code 1.1).points" in e for e in file_report.errors)


def test_published_lock_detects_an_edited_file(criteria_dir: Path) -> None:
    lock = lock_published(criteria_dir)
    assert set(lock) == {"tt99-2029/truong-cao-dang", "tt99-2030/truong-cao-dang"}
    assert validate_paths(root=criteria_dir).valid
    path = criteria_dir / "tt99-2030" / "truong-cao-dang.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("100% nhà giáo", "90% nhà giáo"), encoding="utf-8")
    report = validate_paths(root=criteria_dir)
    assert not report.valid
    assert any("published framework changed" in e for f in report.files for e in f.errors)


def test_diff_through_crosswalk(criteria_dir: Path) -> None:
    cat = load_catalog(criteria_dir)
    report = diff_frameworks(cat.get("tt99-2029/truong-cao-dang"), cat.get("tt99-2030/truong-cao-dang"), cat)
    assert report.crosswalk
    kinds = {(c.change, tuple(c.old), tuple(c.new)) for c in report.requirements}
    assert ("changed", ("1.2",), ("1.2",)) in kinds  # 25% → 20%
    assert ("changed", ("2.1", "2.2"), ("2.1",)) in kinds  # merged
    assert ("added", (), ("2.3",)) in kinds
    assert ("changed", ("1.1",), ("1.1",)) not in kinds  # identical
    changed = next(c for c in report.requirements if c.old == ["1.2"])
    assert changed.fields == ["text"]
    assert [r.change for r in report.rules] == ["removed", "added"]


def test_diff_without_crosswalk_pairs_by_code(criteria_dir: Path) -> None:
    cat = load_catalog(criteria_dir)
    report = diff_frameworks(cat.get("tt99-2030/truong-cao-dang"), cat.get("tt99-2029/truong-cao-dang"), cat)
    assert not report.crosswalk
    assert {(c.change, tuple(c.old)) for c in report.requirements} == {("changed", ("1.2",)), ("removed", ("2.3",))}


def test_bundled_criteria_are_valid_and_every_published_file_is_locked() -> None:
    from accredit.catalog.registry import criteria_root
    from accredit.catalog.validate import read_lock

    root = criteria_root()
    report = validate_paths(root=root)
    assert report.valid, [(f.path, f.errors) for f in report.files if f.errors]
    catalog = load_catalog(root)
    lock = read_lock(root)
    assert set(lock) == {fid for fid, fw in catalog.frameworks.items() if fw.status != "draft"}
    assert all(lock[fid] == fw.content_hash for fid, fw in catalog.frameworks.items() if fid in lock)
