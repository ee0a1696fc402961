"""Messages about the machine the tool runs on: files that cannot be written, optional tools, long paths."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "system.write.locked": {
        "vi": "không ghi được {path}: tệp đang mở trong một chương trình khác (Excel, Word…) hoặc không có quyền "
        "ghi. Hãy đóng tệp rồi chạy lại lệnh.",
        "en": "could not write {path}: the file is open in another program (Excel, Word…) or not writable. "
        "Close it and run the command again.",
    },
    "system.write.failed": {
        "vi": "không ghi được {path}: {error}. Nếu tệp đang mở trong Excel/Word, hãy đóng lại rồi chạy lại.",
        "en": "could not write {path}: {error}. If the file is open in Excel/Word, close it and run again.",
    },
}
