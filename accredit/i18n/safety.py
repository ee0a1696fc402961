"""Messages about hostile or damaged input met anywhere: links out of a folder, zip bombs, YAML aliases,
unreadable configuration, folders that cannot be created, a read-only or damaged index."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "safety.outside_folder": {
        "vi": "'{path}' trỏ ra ngoài thư mục {folder} (liên kết, lối tắt hoặc '..'); tệp này không được đọc hay "
            "đóng gói. Hãy chép bản thật của tệp vào thư mục",
        "en": "'{path}' leads outside the folder {folder} (a link, junction or '..'); it is not read or packaged. "
            "Copy the real file into the folder",
    },
}
