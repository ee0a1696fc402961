"""The indented JSON writer (accredit.json_text) writes what the standard library's indented encoder writes (floats
in the usual range; very small ones in Rust's notation, the same values)."""

from __future__ import annotations

import json

from accredit.json_text import dumps

SAMPLE = {
    "trường": "Trường Cao đẳng nghề Bắc Sơn (hư cấu)",
    "điểm": [1, 2.5, -3, 0.1, 100.0],
    "rỗng": {"list": [], "dict": {}, "none": None},
    "đúng": True,
    "sai": False,
    "lồng": [{"mã": "H1.01.01.01", "ghi chú": 'dấu "ngoặc" và \\ gạch, tab\t, dòng\nmới'}],
}


def test_same_text_as_the_standard_library() -> None:
    assert dumps(SAMPLE) == json.dumps(SAMPLE, ensure_ascii=False, indent=2)


def test_reads_back_to_the_same_data() -> None:
    assert json.loads(dumps(SAMPLE)) == SAMPLE


def test_keeps_vietnamese_as_written() -> None:
    text = dumps({"tên": "Nguyễn Thị Hằng"})
    assert "Nguyễn Thị Hằng" in text and "\\u" not in text


def test_very_small_and_large_floats_read_back_to_the_same_values() -> None:
    values = [9.99e-05, 3.3e-09, 1.5e17, 12345.678, 0.25]
    assert json.loads(dumps({"v": values}))["v"] == values
