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
    "system.toml.backslash": {
        "vi": "Gợi ý: trong accredit.toml, đường dẫn Windows viết bằng dấu gạch chéo xuôi (\"C:/Program Files/…\") "
        "hoặc đặt trong dấu nháy đơn ('C:\\Program Files\\…'); trong dấu nháy kép, dấu \\ là ký tự đặc biệt.",
        "en": "Hint: in accredit.toml, write Windows paths with forward slashes (\"C:/Program Files/…\") or in "
        "single quotes ('C:\\Program Files\\…'); inside double quotes a \\ starts an escape sequence.",
    },
    "system.toml.backslash_value": {
        "vi": "đường dẫn chứa ký tự điều khiển (\\n, \\t… trong dấu nháy kép): viết bằng dấu / hoặc trong dấu nháy đơn",
        "en": "the path holds a control character (\\n, \\t… in double quotes): use / or single quotes",
    },
    "system.tool.missing": {
        "vi": "accredit.toml, [tools] {key} = '{path}': không có chương trình ở đó; đang dùng: {found}.",
        "en": "accredit.toml, [tools] {key} = '{path}': no program there; using: {found}.",
    },
    "system.tool.none": {"vi": "không có (chưa cài)", "en": "none (not installed)"},
    "system.long_paths": {
        "vi": "{count} tệp có đường dẫn dài ({longest} ký tự, vd. {example}): giải nén trên Windows có thể vượt "
        "giới hạn {limit} ký tự và không mở được. Hãy rút ngắn tên thư mục hoặc tệp minh chứng.",
        "en": "{count} files have long paths ({longest} characters, e.g. {example}): unzipped on Windows they may pass "
        "the {limit}-character limit and fail to open. Shorten the evidence folder or file names.",
    },
}
