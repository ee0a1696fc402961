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
    "safety.zip.too_many": {
        "vi": "{file}: tệp nén có {count} phần, vượt giới hạn {limit}; không mở (có thể là tệp độc hại). "
            "Hãy lưu lại tệp bằng Word/Excel",
        "en": "{file}: the zip holds {count} members, more than {limit}; not opened (possibly a hostile file). "
            "Save the file again with Word/Excel",
    },
    "safety.zip.member_too_large": {
        "vi": "{file}: phần '{name}' giải nén vượt {limit}; không mở (có thể là 'zip bomb')",
        "en": "{file}: member '{name}' inflates beyond {limit}; not opened (possibly a zip bomb)",
    },
    "safety.zip.too_large": {
        "vi": "{file}: tổng dung lượng giải nén vượt {limit}; không mở (có thể là 'zip bomb')",
        "en": "{file}: the members together inflate beyond {limit}; not opened (possibly a zip bomb)",
    },
    "safety.zip.ratio": {
        "vi": "{file}: phần '{name}' nén với tỉ lệ {ratio}:1 (giới hạn {limit}:1); không mở (có thể là 'zip bomb')",
        "en": "{file}: member '{name}' is compressed {ratio}:1 (limit {limit}:1); not opened (possibly a zip bomb)",
    },
    "safety.yaml.expansion": {
        "vi": "tệp YAML dùng neo/bí danh ('&' / '*') nở ra hơn {limit} phần tử; không đọc (có thể là tệp độc hại). "
            "Hãy viết đầy đủ nội dung thay cho bí danh",
        "en": "the YAML's anchors/aliases ('&' / '*') expand to more than {limit} nodes; not read (possibly a "
            "hostile file). Write the content out instead of the aliases",
    },
}
