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
    "safety.number.out_of_range": {
        "vi": "giá trị {value} nằm ngoài khoảng cho phép (tối đa ±{limit}); kiểm tra lại ô số liệu này",
        "en": "the value {value} is out of range (at most ±{limit}); check this figure",
    },
    "safety.number.compute": {
        "vi": "không tính được {expr}: kết quả nằm ngoài khoảng số tính được; kiểm tra lại số liệu đầu vào",
        "en": "cannot compute {expr}: the result is out of the computable range; check the input figures",
    },
    "safety.index.newer": {
        "vi": "{path}: chỉ mục do phiên bản accredit mới hơn ghi (lược đồ {schema}); hãy cập nhật accredit",
        "en": "{path}: the index was written by a newer accredit (schema {schema}); upgrade accredit",
    },
    "safety.index.damaged": {
        "vi": "chỉ mục minh chứng {path} bị hỏng ({detail}). Đã giữ một bản sao tại {copy}. Hãy chuyển {path} ra "
            "chỗ khác rồi chạy 'accredit evidence scan'; các liên kết thủ công có thể nhập lại từ danh mục minh chứng "
            "('accredit evidence register --import')",
        "en": "the evidence index {path} is damaged ({detail}). A copy was kept as {copy}. Move {path} aside, then "
            "run 'accredit evidence scan'; manual links can be imported again from the evidence register "
            "('accredit evidence register --import')",
    },
    "safety.index.damaged_no_copy": {
        "vi": "chỉ mục minh chứng {path} bị hỏng ({detail}) và không chép ra được bản sao. Trước hết hãy chép tệp "
            "này ra chỗ an toàn; sau đó chuyển nó ra khỏi thư mục rồi chạy 'accredit evidence scan'",
        "en": "the evidence index {path} is damaged ({detail}) and no copy of it could be made. First copy the file "
            "somewhere safe; then move it out of the folder and run 'accredit evidence scan'",
    },
    "safety.index.locked": {
        "vi": "chỉ mục minh chứng {path} đang bị một chương trình khác giữ ({detail}); hãy đóng cửa sổ accredit khác "
            "rồi chạy lại. Chỉ mục không hỏng: đừng xóa",
        "en": "the evidence index {path} is held by another program ({detail}); close the other accredit window and "
            "run again. The index is not damaged: do not delete it",
    },
    "safety.index.cannot_use": {
        "vi": "không dùng được chỉ mục minh chứng {path} ({detail}). Có thể thư mục chỉ đọc, ổ đĩa đầy hoặc không có "
            "quyền ghi; hãy kiểm tra rồi chạy lại. Chỉ mục không hỏng: đừng xóa (sẽ mất các liên kết thủ công)",
        "en": "cannot use the evidence index {path} ({detail}). The folder may be read-only, the disk full or not "
            "writable for you; check, then run again. The index is not damaged: do not delete it (the manual links "
            "would be lost)",
    },
    "safety.mkdir": {
        "vi": "không tạo được thư mục {path} ({detail}); kiểm tra đường dẫn (có trùng tên một tệp?) và quyền ghi",
        "en": "cannot create the folder {path} ({detail}); check the path (is there a file of that name?) and "
            "write permission",
    },
    "safety.config.not_utf8": {
        "vi": "{path}: tệp không ở mã UTF-8 (byte {byte} ở vị trí {offset}). Hãy mở bằng Notepad, chọn Lưu thành… → "
            "Mã hóa: UTF-8, rồi chạy lại",
        "en": "{path}: the file is not UTF-8 (byte {byte} at offset {offset}). Open it in Notepad, Save as… → "
            "Encoding: UTF-8, then run again",
    },
    "safety.config.unreadable": {
        "vi": "{path}: không đọc được tệp cấu hình ({detail})",
        "en": "{path}: cannot read the configuration file ({detail})",
    },
}
