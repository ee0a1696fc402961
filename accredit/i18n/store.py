"""Messages of the workspace store: refused writes, locks, imports and exports of the workbooks."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "store.stale": {
        "vi": "Không lưu: {what} đã được {who} sửa ({via}, lúc {when}) sau khi bạn mở nó; giá trị mới nhất là "
            "«{value}» (phiên bản {version}, bạn sửa trên phiên bản {base}). Hãy xem giá trị mới, rồi sửa lại nếu "
            "vẫn cần",
        "en": "Not saved: {what} was changed by {who} ({via}, at {when}) after you opened it; its newest value is "
            "«{value}» (version {version}, you edited version {base}). Look at the new value, then edit again if "
            "still needed",
    },
    "store.locked": {
        "vi": "kho dữ liệu {path} đang bị một chương trình khác giữ ({detail}). Đợi người kia lưu xong hoặc đóng "
            "chương trình đang mở tệp, rồi chạy lại; không xóa tệp này",
        "en": "the workspace store {path} is held by another program ({detail}). Wait for the other person to "
            "finish or close the program holding the file, then run again; do not delete this file",
    },
    "store.damaged": {
        "vi": "kho dữ liệu {path} bị hỏng ({detail}). Đừng xóa: chép tệp ra chỗ an toàn; các bảng Excel trong "
            "thư mục dữ liệu và bản sao lưu trong 'sao-luu' vẫn còn",
        "en": "the workspace store {path} is damaged ({detail}). Do not delete it: copy it somewhere safe; the "
            "Excel workbooks in the data folder and the copies in 'sao-luu' are still there",
    },
    "store.cannot_use": {
        "vi": "không dùng được kho dữ liệu {path} ({detail})",
        "en": "cannot use the workspace store {path} ({detail})",
    },
    "store.read_only": {
        "vi": "không ghi được kho dữ liệu {path} (thư mục chỉ đọc?) ({detail})",
        "en": "cannot write the workspace store {path} (a read-only folder?) ({detail})",
    },
    "store.newer": {
        "vi": "{path}: kho dữ liệu do phiên bản accredit mới hơn ghi (lược đồ {schema}, bản này đọc tới {supported}); "
            "hãy cập nhật accredit",
        "en": "{path}: the store was written by a newer accredit (schema {schema}, this one reads up to "
            "{supported}); upgrade accredit",
    },
    "store.old_readonly": {
        "vi": "{path}: kho dữ liệu theo lược đồ cũ ({schema}, cần {supported}) mà thư mục chỉ đọc nên không nâng cấp "
            "được; hãy chạy accredit một lần ở nơi ghi được",
        "en": "{path}: the store has an older schema ({schema}, {supported} needed) and the folder is read-only, "
            "so it cannot be upgraded; run accredit once where it can write",
    },
    "store.what.rating": {"vi": "trạng thái của {requirement} ({framework}, năm {year})",
                          "en": "the status of {requirement} ({framework}, year {year})"},
    "store.what.period": {"vi": ", năm {period}", "en": ", year {period}"},
    "store.what.narrative": {"vi": "'{field}' của {requirement} ({framework}, năm {year})",
                             "en": "'{field}' of {requirement} ({framework}, year {year})"},
    "store.what.data": {"vi": "số liệu '{field}'{item} năm {year} ({framework})",
                        "en": "the figure '{field}'{item} of {year} ({framework})"},
    "store.what.link": {"vi": "liên kết của '{path}' với {requirement} ({framework})",
                        "en": "the link of '{path}' to {requirement} ({framework})"},
    "store.what.user": {"vi": "người dùng '{username}'", "en": "user '{username}'"},
    "store.field.current_state": {"vi": "Mô tả hiện trạng", "en": "Current state"},
    "store.field.strengths": {"vi": "Điểm mạnh", "en": "Strengths"},
    "store.field.weaknesses": {"vi": "Tồn tại", "en": "Weaknesses"},
    "store.field.improvement_plan": {"vi": "Kế hoạch cải tiến", "en": "Improvement plan"},
    "store.field.evidence_codes": {"vi": "Mã minh chứng", "en": "Evidence codes"},
    "store.field.note": {"vi": "Ghi chú", "en": "Note"},
    "store.decision.link": {"vi": "liên kết", "en": "linked"},
    "store.decision.unlink": {"vi": "bỏ liên kết", "en": "unlinked"},
    "store.decision.confirm": {"vi": "xác nhận gợi ý", "en": "suggestion confirmed"},
    "store.decision.reject": {"vi": "loại gợi ý", "en": "suggestion rejected"},
    "store.import.blocked": {
        "vi": "Chưa nhập gì: {count} ô đã được sửa trong kho sau khi tệp được xuất. Xem các ô này; để giữ giá trị "
            "trong tệp Excel hãy nhập lại với --overwrite, để lấy giá trị trong kho hãy xuất lại tệp (export)",
        "en": "Nothing imported: {count} cells were changed in the store after the workbook was exported. Look at "
            "them; to keep the workbook's values import again with --overwrite, to take the store's export again",
    },
    "store.conflict.cell": {
        "vi": "'{sheet}'!{cell} ({requirement} · {field}): Excel «{new}», kho «{current}» ({who}, {via}, {when})",
        "en": "'{sheet}'!{cell} ({requirement} · {field}): Excel «{new}», store «{current}» ({who}, {via}, {when})",
    },
    "store.conflict.note": {
        "vi": "Tệp {path} đã được sửa nhưng chưa được nhập vào kho: {count} ô cũng đã được sửa trong kho sau lần "
            "xuất gần nhất: {cells}{more_text}. Kết quả này dùng số liệu trong kho. Để giữ bản Excel: "
            "'accredit {command} import --overwrite'; để lấy bản trong kho: 'accredit {command} export --overwrite' "
            "(ghi đè các sửa trong tệp)",
        "en": "{path} was edited but not imported into the store: {count} cells were also changed in the store "
            "since the last export: {cells}{more_text}. These results use the store's values. To keep the workbook: "
            "'accredit {command} import --overwrite'; to take the store's: 'accredit {command} export --overwrite' "
            "(overwrites the workbook's edits)",
    },
    "store.more": {"vi": " và {count} ô khác", "en": " and {count} more"},
}
