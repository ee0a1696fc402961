"""Ratings as YAML/JSON: the same Assessment as the workbook, with errors named by key path."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import yaml

from accredit.model.assessment import Status
from accredit.model.framework import Framework
from accredit.ratings import (
    RatingsError,
    dump_ratings,
    read_ratings_file,
    read_ratings_workbook,
    write_ratings_template,
)

pytestmark = pytest.mark.usefixtures("vietnamese")


def write(path: Path, doc: dict) -> Path:
    if path.suffix == ".json":
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def doc(fw: Framework, **ratings) -> dict:
    return {"framework": fw.id, "version": fw.content_hash, "year": 2026, "ratings": ratings}


def test_yaml_and_workbook_give_the_same_assessment(tt35: Framework, tmp_path: Path) -> None:
    book = tmp_path / "r.xlsx"
    write_ratings_template(book, tt35, 2026)
    wb = openpyxl.load_workbook(book)
    ws = wb["Tiêu chí 4"]
    heads = {c.value: c.column for c in ws[2]}
    ws.cell(3, heads["Trạng thái"], "Đạt")
    for y in (2024, 2025, 2026):
        ws.cell(3, heads[f"Năm {y}"], "Dat")
    ws.cell(3, heads["Điểm mạnh"], "Khuôn viên xanh")
    ws.cell(3, heads["Mã minh chứng"], "H4.01, H4.02")
    ws.cell(5, heads["Trạng thái"], "khong ap dung")
    wb.save(book)
    from_book = read_ratings_workbook(book, tt35)
    y = write(
        tmp_path / "r.yaml",
        doc(
            tt35,
            **{
                "4.1": {
                    "status": "Đạt",
                    "years": {2024: "dat", 2025: "met", 2026: "ĐẠT"},
                    "strengths": "Khuôn viên xanh",
                    "evidence": ["H4.01", "H4.02"],
                },
                "4.3": "Không áp dụng",
            },
        ),
    )
    from_yaml = read_ratings_file(y, tt35)
    strip = {"source": True}
    assert from_yaml.model_dump(exclude={"source": True, "ratings": {"__all__": strip}}) == from_book.model_dump(
        exclude={"source": True, "ratings": {"__all__": strip}}
    )
    # and back: dump → read gives the same again (JSON too)
    for name in ("again.yaml", "again.json"):
        p = tmp_path / name
        p.write_text(dump_ratings(from_yaml, p), encoding="utf-8")
        again = read_ratings_file(p, tt35)
        assert [r.model_dump(exclude={"source"}) for r in again.ratings] == [
            r.model_dump(exclude={"source"}) for r in from_yaml.ratings
        ]


def test_external_results_and_object(tt35: Framework, tmp_path: Path) -> None:
    d = doc(tt35, **{"1.3": "Dat"}) | {
        "object": "truong_cao_dang",
        "external_results": [{"framework": "tt14-2024/truong", "passed": True, "note": "GCN số 12/GCN-KĐCL"}],
    }
    a = read_ratings_file(write(tmp_path / "r.json", d), tt35)
    assert a.object_type == "truong_cao_dang" and a.external_results[0].passed
    assert a.rating("1.3").status == Status.MET


def test_errors_name_the_key_path(tt35: Framework, tmp_path: Path) -> None:
    p = write(
        tmp_path / "r.yaml",
        doc(tt35, **{"1.3": "Tốt", "9.9": "Đạt", "4.1": {"years": {2020: "Đạt"}, "status": "Đạt", "colour": "xanh"}}),
    )
    with pytest.raises(RatingsError) as err:
        read_ratings_file(p, tt35)
    msg = str(err.value)
    assert "4 chỗ cần sửa" in msg
    assert f"{p}, ratings.1.3: 'Tốt' không phải trạng thái" in msg
    assert f"{p}, ratings.9.9: mã '9.9' không phải" in msg
    assert f"{p}, ratings.4.1.years.2020: tiêu chuẩn 4.1: năm 2020 nằm ngoài khoảng thời gian đánh giá 2024–2026" in msg
    assert "khóa không hợp lệ: colour" in msg


def test_version_is_required_and_checked(tt35: Framework, tmp_path: Path) -> None:
    d = doc(tt35)
    del d["version"]
    with pytest.raises(RatingsError) as err:
        read_ratings_file(write(tmp_path / "a.yaml", d), tt35)
    assert tt35.content_hash in str(err.value)
    d["version"] = "sha256:" + "cd" * 32
    with pytest.raises(RatingsError) as err:
        read_ratings_file(write(tmp_path / "b.yaml", d), tt35)
    assert "sha256:cdcdcdcdcdcd" in str(err.value) and "criteria diff" in str(err.value)
    d = doc(tt35) | {"framework": "tt38-2026/co-so-gdnn"}
    with pytest.raises(RatingsError, match="'tt38-2026/co-so-gdnn', không phải 'tt35-2021/truong-cao-dang'"):
        read_ratings_file(write(tmp_path / "c.yaml", d), tt35)
