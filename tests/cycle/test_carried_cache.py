"""The carried rows of a workbook are read again whenever its bytes change, even with its size and time kept."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl

from accredit.annual import workbook
from accredit.annual.workbook import carried_rows


def _book(path: Path, texts: dict[str, str]) -> None:
    wb = openpyxl.Workbook()
    guide = wb.active
    guide.title = "Hướng dẫn"
    sheet = wb.create_sheet("Tiêu chuẩn")
    sheet.append(["Tiêu chuẩn"])
    sheet.append(["Mã", "Trạng thái", "Mô tả hiện trạng"])
    for code, text in texts.items():
        sheet.append([code, None, text])
    wb.save(path)


def test_an_edited_workbook_is_read_again(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from accredit.annual.carry import marker

    path = tmp_path / "tu-danh-gia.xlsx"
    mark = marker(2026)
    _book(path, {"1.1": f"{mark} Quy chế cũ.", "1.2": "Đã cập nhật."})
    first = carried_rows(path)
    opened: list[Path] = []
    real = workbook._carried_rows
    monkeypatch.setattr(workbook, "_carried_rows", lambda p: opened.append(p) or real(p))
    assert carried_rows(path) == first and not opened  # the same bytes: not opened again
    st = path.stat()
    _book(path, {"1.1": "Đã cập nhật.", "1.2": f"{mark} Quy chế cũ."})
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # a share keeps times coarsely: the time says nothing
    again = carried_rows(path)
    assert opened == [path] and again != first
