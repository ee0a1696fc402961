"""A small but complete criteria set built as data, written to a temporary criteria folder."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml


def mini_framework(fid: str = "tt99-2030/truong-cao-dang") -> dict[str, Any]:
    """Two criteria of two standards each, 5 points per standard, a TT 35-like rule."""

    def req(code: str, text: str) -> dict[str, Any]:
        return {"code": code, "label": f"Tiêu chuẩn {code}", "text": text, "article": "Điều 5", "points": 5}

    return {
        "id": fid,
        "title": "Bộ tiêu chí thử nghiệm",
        "regulation": {
            "number": "99/2030/TT-TEST",
            "title": "Thông tư thử nghiệm",
            "issuer": "Bộ Thử nghiệm",
            "issued": "2030-01-01",
            "effective": "2030-02-01",
            "source": "tests",
        },
        "status": "current",
        "applies_to": ["truong_cao_dang"],
        "default_window": {"mode": "years", "years": 3},
        "criteria": [
            {"code": "1", "label": "Tiêu chí 1", "title": "Quy mô", "article": "Điều 5", "max_points": 10,
             "requirements": [req("1.1", "Quy mô đào tạo tối thiểu 2.000 người học."),
                              req("1.2", "Tỷ lệ bỏ học không vượt quá 20%.")]},
            {"code": "2", "label": "Tiêu chí 2", "title": "Nhà giáo", "article": "Điều 6", "max_points": 10,
             "requirements": [req("2.1", "100% nhà giáo đạt chuẩn tin học."),
                              req("2.2", "Ít nhất 50% nhà giáo có trình độ ngoại ngữ bậc 3.")]},
        ],
        "decision": {
            "article": "Điều 7",
            "text": "Tổng điểm từ 16 trở lên; mỗi tiêu chí đạt ít nhất 60%.",
            "rules": [{"type": "min_total", "points": 16}, {"type": "min_share_each", "share": 0.6}],
        },
    }


def write_yaml(path: Path, data: dict[str, Any]) -> Path:
    """Write ``data`` as YAML, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def mini() -> dict[str, Any]:
    """A fresh copy of the mini framework's data."""
    return copy.deepcopy(mini_framework())


@pytest.fixture
def criteria_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary criteria folder with two versions of the mini framework and a crosswalk; set as default."""
    root = tmp_path / "criteria"
    old = mini_framework("tt99-2029/truong-cao-dang")
    old["status"] = "superseded"
    old["superseded_by"] = "tt99-2030/truong-cao-dang"
    old["criteria"][0]["requirements"][1]["text"] = "Tỷ lệ bỏ học không vượt quá 25%."
    write_yaml(root / "tt99-2029" / "truong-cao-dang.yaml", old)
    new = mini_framework()
    new["criteria"][1]["requirements"].append(
        {"code": "2.3", "label": "Tiêu chuẩn 2.3", "text": "Nhà giáo thực tập tại doanh nghiệp.",
         "article": "Điều 6", "points": 5}
    )
    new["criteria"][1]["max_points"] = 15
    new["decision"]["rules"][0]["points"] = 20
    write_yaml(root / "tt99-2030" / "truong-cao-dang.yaml", new)
    write_yaml(root / "crosswalks" / "tt99-2029--tt99-2030.yaml", {
        "old": "tt99-2029/truong-cao-dang", "new": "tt99-2030/truong-cao-dang", "basis": "tests",
        "entries": [{"old": ["1.1"], "new": ["1.1"], "relation": "equivalent"},
                    {"old": ["1.2"], "new": ["1.2"], "relation": "equivalent"},
                    {"old": ["2.1", "2.2"], "new": ["2.1"], "relation": "merged"}],
    })
    monkeypatch.setenv("ACCREDIT_CRITERIA", str(root))
    from accredit.catalog import registry

    registry._cached.cache_clear()
    yield root
    registry._cached.cache_clear()
