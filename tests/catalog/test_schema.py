"""The criteria schema rejects what the regulations cannot contain, with located messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from accredit.catalog.files import load_framework
from accredit.errors import CriteriaFileError
from accredit.model.framework import Framework
from tests.catalog.conftest import write_yaml


def problems(tmp_path: Path, data: dict[str, Any]) -> str:
    with pytest.raises(CriteriaFileError) as info:
        load_framework(write_yaml(tmp_path / "f.yaml", data))
    return "\n".join(info.value.problems)


def test_valid_mini_framework_loads(tmp_path: Path, mini: dict[str, Any]) -> None:
    fw = load_framework(write_yaml(tmp_path / "f.yaml", mini))
    assert fw.max_points == 20
    assert fw.criterion_of("2.2").code == "2"
    assert fw.window_of(fw.requirement("1.1")).years_for() == 3
    assert fw.content_hash.startswith("sha256:")


def test_unknown_key_is_rejected_with_its_location(tmp_path: Path, mini: dict[str, Any]) -> None:
    mini["criteria"][0]["requirements"][1]["weight"] = 2
    msg = problems(tmp_path, mini)
    assert "criteria[0](code 1).requirements[1](code 1.2).weight" in msg
    assert "Extra inputs are not permitted" in msg


def test_duplicate_requirement_code_is_rejected(tmp_path: Path, mini: dict[str, Any]) -> None:
    mini["criteria"][1]["requirements"][0]["code"] = "1.1"
    assert "duplicate requirement codes: 1.1" in problems(tmp_path, mini)


def test_points_not_adding_up_to_stated_maximum(tmp_path: Path, mini: dict[str, Any]) -> None:
    mini["criteria"][1]["max_points"] = 12
    assert "criterion 2: requirements' points add up to 10, but max_points is 12" in problems(tmp_path, mini)


def test_rule_naming_a_missing_criterion(tmp_path: Path, mini: dict[str, Any]) -> None:
    mini["decision"]["rules"].append({"type": "min_share_for", "criteria": ["2", "7"], "share": 0.8})
    assert "names unknown criteria: 7" in problems(tmp_path, mini)


def test_indicator_needs_formula_and_formula_needs_declared_inputs(tmp_path: Path, mini: dict[str, Any]) -> None:
    req = mini["criteria"][0]["requirements"][1]
    req["kind"] = "indicator"
    assert "kind 'indicator' needs a 'formula'" in problems(tmp_path, mini)
    req["formula"] = {
        "inputs": [{"name": "dropouts", "label": "Số bỏ học"}],
        "numerator": "dropouts", "denominator": "enrolled", "comparator": "<=", "threshold": 20,
    }
    assert "undeclared inputs: enrolled" in problems(tmp_path, mini)
    req["formula"]["numerator"] = "__import__('os')"
    assert "chỉ được dùng số, tên biến" in problems(tmp_path, mini)


def test_decimal_points_are_kept_exactly(tmp_path: Path, mini: dict[str, Any]) -> None:
    for crit in mini["criteria"]:
        for req in crit["requirements"]:
            req["points"] = 2.5
        crit["max_points"] = 5
    mini["decision"]["rules"] = [{"type": "min_total", "points": 8}]
    fw = load_framework(write_yaml(tmp_path / "f.yaml", mini))
    assert str(fw.max_points) == "10.0"
    assert fw.model_dump(mode="json")["criteria"][0]["requirements"][0]["points"] == 2.5


def test_window_shape_and_by_object(mini: dict[str, Any]) -> None:
    mini["applies_to"] = ["truong_trung_cap", "truong_cao_dang"]
    mini["default_window"] = {"mode": "years", "by_object": {"truong_trung_cap": 2, "truong_cao_dang": 3}}
    fw = Framework.model_validate(mini)
    assert fw.default_window.years_for("truong_trung_cap") == 2
    assert fw.default_window.years_for("truong_cao_dang") == 3
    mini["default_window"] = {"mode": "at_evaluation", "years": 2}
    with pytest.raises(ValueError, match="takes no 'years'"):
        Framework.model_validate(mini)


def test_unscored_framework_rejects_points_rules(mini: dict[str, Any]) -> None:
    mini["scored"] = False
    for crit in mini["criteria"]:
        crit.pop("max_points")
        for req in crit["requirements"]:
            req.pop("points")
    with pytest.raises(ValueError, match="needs a scored framework"):
        Framework.model_validate(mini)
    mini["decision"]["rules"] = [{"type": "all_met"}]
    assert Framework.model_validate(mini).max_points is None


def test_content_hash_changes_with_content(mini: dict[str, Any]) -> None:
    a = Framework.model_validate(mini)
    mini["criteria"][0]["requirements"][0]["text"] += " "  # stripped: same content
    assert Framework.model_validate(mini).content_hash == a.content_hash
    mini["criteria"][0]["requirements"][0]["text"] = "Quy mô đào tạo tối thiểu 2.500 người học."
    assert Framework.model_validate(mini).content_hash != a.content_hash


def test_dump_yaml_round_trips_every_bundled_framework() -> None:
    import yaml

    from accredit.catalog.files import dump_yaml
    from accredit.catalog.registry import load_catalog

    catalog = load_catalog()
    assert catalog.frameworks, "no bundled criteria files found"
    for fw in catalog.frameworks.values():
        again = Framework.model_validate(yaml.safe_load(dump_yaml(fw)))
        assert again == fw, fw.id
        assert again.content_hash == fw.content_hash


def test_exemptions_name_existing_codes_and_expand_criteria(mini: dict[str, Any]) -> None:
    mini["exemptions"] = [{"category": "quoc_phong_cong_an", "label": "BQP, BCA", "article": "Điều 8",
                           "requirements": ["1.2"], "criteria": ["2"]}]
    fw = Framework.model_validate(mini)
    assert fw.exempt_codes({"quoc_phong_cong_an"}) == {"1.2", "2.1", "2.2"}
    assert fw.exempt_codes(set()) == set()
    mini["exemptions"][0]["requirements"] = ["9.9"]
    with pytest.raises(ValueError, match=r"names unknown codes: 9\.9"):
        Framework.model_validate(mini)


def test_tt38_defence_and_security_exemption() -> None:
    from accredit.catalog.registry import load_catalog

    fw = load_catalog().get("tt38-2026/co-so-gdnn")
    assert fw.exempt_codes({"quoc_phong_cong_an"}) == {"1.4", "5.1", "5.2", "5.3"}
