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
    "store.workbook_unreadable": {
        "vi": "không đọc được tệp {path} ({detail}). Nếu tệp đang mở trong chương trình khác, hãy đóng rồi chạy "
            "lại; nếu không, kiểm tra quyền đọc tệp",
        "en": "cannot read the file {path} ({detail}). If another program has it open, close it and run again; "
            "otherwise check that the file may be read",
    },
    "store.locked": {
        "vi": "kho dữ liệu {path} đang bị một chương trình khác giữ ({detail}). Đợi người kia lưu xong hoặc đóng "
            "chương trình đang mở tệp, rồi chạy lại; không xóa tệp này",
        "en": "the workspace store {path} is held by another program ({detail}). Wait for the other person to "
            "finish or close the program holding the file, then run again; do not delete this file",
    },
    "store.damaged": {
        "vi": "kho dữ liệu {path} bị hỏng ({detail}). Đừng xóa: chuyển tệp này ra chỗ an toàn (ngoài thư mục "
            "hồ sơ) rồi chạy lại lệnh: một kho mới được tạo từ các bảng Excel trong thư mục dữ liệu (những gì "
            "sửa ngoài Excel sau lần xuất cuối chỉ còn trong tệp đã chuyển; bản sao lưu ở 'sao-luu')",
        "en": "the workspace store {path} is damaged ({detail}). Do not delete it: move it somewhere safe (out of "
            "the workspace folder) and run the command again: a new store is made from the Excel workbooks in "
            "the data folder (changes made outside Excel since the last export remain only in the moved file; "
            "copies are in 'sao-luu')",
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
    "store.what.rating_year": {"vi": "trạng thái năm {period} của {requirement} ({framework}, đánh giá năm {year})",
                               "en": "the {period} status of {requirement} ({framework}, assessment {year})"},
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
            "trong tệp Excel hãy nhập lại với --overwrite, để lấy giá trị trong kho hãy xuất lại tệp (export "
            "--overwrite, các sửa trong tệp sẽ mất)",
        "en": "Nothing imported: {count} cells were changed in the store after the workbook was exported. Look at "
            "them; to keep the workbook's values import again with --overwrite, to take the store's export again "
            "(export --overwrite; the workbook's edits are lost)",
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
    "store.backup_failed": {
        "vi": "không chép được bản sao lưu vào {path} ({detail}) nên chưa chuyển thư mục làm việc sang kho dữ liệu; "
            "giải phóng chỗ trống hoặc cấp quyền ghi rồi chạy lại",
        "en": "could not copy the backup into {path} ({detail}), so the workspace was not moved into the store; "
            "free some space or allow writing, then run again",
    },
    "store.more": {"vi": " và {count} ô khác", "en": " and {count} more"},
    "store.input.framework": {
        "vi": "thư mục làm việc không đánh giá theo bộ tiêu chí '{id}'; các bộ của nó: {known}",
        "en": "the workspace does not assess against '{id}'; its frameworks: {known}",
    },
    "store.input.field": {"vi": "không có trường '{field}'; dùng một trong: {known}",
                          "en": "no field '{field}'; use one of: {known}"},
    "store.input.which_framework": {
        "vi": "{path}: hãy chọn bộ tiêu chí của tệp bằng --framework",
        "en": "{path}: choose the file's framework with --framework",
    },
    "store.input.empty_comment": {"vi": "ý kiến trống: hãy viết nội dung", "en": "the comment is empty"},
    "store.input.data_field": {
        "vi": "bộ tiêu chí {framework} không dùng số liệu '{field}' (ở dòng/bảng này); các số liệu: {known}",
        "en": "{framework} uses no figure '{field}' (on this sheet/table); its figures: {known}",
    },
    "store.input.data_year": {"vi": "không cần số liệu năm {year}; các năm cần: {years}",
                              "en": "no figures are needed for {year}; the years needed: {years}"},
    "store.input.data_value": {"vi": "{field} ({year}): {problem}", "en": "{field} ({year}): {problem}"},
    "store.input.criterion": {"vi": "{framework} không có tiêu chí {codes}; các tiêu chí: {known}",
                              "en": "{framework} has no criterion {codes}; its criteria: {known}"},
    "store.export.damaged": {
        "vi": "{path} không phải tệp Excel đọc được (tệp hỏng hoặc chưa lưu xong), nên không thể ghi lại từ kho. "
            "Đừng xóa: mở thử bằng Excel (Excel có thể sửa), hoặc chuyển tệp sang chỗ khác rồi chạy lại "
            "'accredit {command} export' để ghi tệp mới từ kho",
        "en": "{path} is not an Excel file that can be read (damaged or not fully saved), so it cannot be rewritten "
            "from the store. Do not delete it: try opening it in Excel (which may repair it), or move it elsewhere "
            "and run 'accredit {command} export' again to write a new one from the store",
    },
    "store.export.pending": {
        "vi": "{path} đã được sửa ({count} ô) mà chưa nhập vào kho; xuất lúc này sẽ xóa các sửa đó. Hãy nhập trước "
            "('accredit {command} import'), hoặc xuất với --overwrite nếu chắc chắn bỏ các sửa trong tệp",
        "en": "{path} was edited ({count} cells) and not imported into the store; exporting now would erase those "
            "edits. Import it first ('accredit {command} import'), or export with --overwrite to drop them",
    },
    "store.cli.export_help": {
        "vi": "Ghi lại tệp Excel từ dữ liệu hiện có trong kho (kho-tu-danh-gia.sqlite), làm mốc cho lần nhập sau",
        "en": "Write the workbook from the store's current state (kho-tu-danh-gia.sqlite), the base of the next import",
    },
    "store.cli.import_help": {
        "vi": "Nhập tệp Excel vào kho: kiểm tra, liệt kê từng ô thay đổi, áp dụng trong một giao dịch; ô đã được sửa "
            "trong kho sau lần xuất thì không ghi đè (trừ khi --overwrite)",
        "en": "Import the workbook into the store: validated, listed cell by cell, applied in one transaction; cells "
            "changed in the store since the export are not overwritten (unless --overwrite)",
    },
    "store.cli.opt_overwrite": {"vi": "ghi đè cả các ô xung đột / các sửa chưa nhập",
                                "en": "overwrite conflicting cells / edits not imported"},
    "store.cli.opt_dry_run": {"vi": "chỉ liệt kê, không ghi gì", "en": "only list, write nothing"},
    "store.cli.opt_file": {"vi": "tệp cần nhập (mặc định: tệp của thư mục làm việc)",
                           "en": "the file to import (default: the workspace's)"},
    "store.cli.exported": {"vi": "Đã xuất {path}: {cells} ô có giá trị từ kho",
                           "en": "Exported {path}: {cells} cells with a value from the store"},
    "store.cli.nothing": {"vi": "Không có tệp nào để nhập.", "en": "No workbook to import."},
    "store.cli.summary": {"vi": "{path}: {changes} ô thay đổi, {conflicts} ô xung đột",
                          "en": "{path}: {changes} cells changed, {conflicts} conflicting"},
    "store.cli.changes": {"vi": "Các ô thay đổi", "en": "Cells changed"},
    "store.cli.conflicts": {"vi": "Các ô xung đột (đã được sửa trong kho sau khi xuất)",
                            "en": "Conflicting cells (changed in the store after the export)"},
    "store.cli.applied": {"vi": "Đã áp dụng vào kho.", "en": "Applied to the store."},
    "store.cli.dry_run": {"vi": "Chạy thử: chưa ghi gì.", "en": "Dry run: nothing written."},
    "store.cli.unchanged": {"vi": "Không có gì thay đổi.", "en": "Nothing changed."},
    "store.cli.untouched": {
        "vi": "{count} ô trong tệp vẫn như lúc xuất trong khi kho đã có giá trị mới hơn: giữ giá trị của kho",
        "en": "{count} cells are as exported while the store has newer values: the store's are kept",
    },
    "store.cli.col.sheet": {"vi": "Trang tính", "en": "Sheet"},
    "store.cli.col.cell": {"vi": "Ô", "en": "Cell"},
    "store.cli.col.requirement": {"vi": "Tiêu chuẩn", "en": "Standard"},
    "store.cli.col.field": {"vi": "Cột", "en": "Column"},
    "store.cli.col.year": {"vi": "Năm", "en": "Year"},
    "store.cli.col.old": {"vi": "Cũ", "en": "Old"},
    "store.cli.col.new": {"vi": "Mới", "en": "New"},
    "store.cli.col.exported": {"vi": "Khi xuất", "en": "As exported"},
    "store.cli.col.excel": {"vi": "Trong Excel", "en": "In Excel"},
    "store.cli.col.current": {"vi": "Trong kho", "en": "In the store"},
    "store.cli.col.who": {"vi": "Người sửa", "en": "Changed by"},
    "store.cli.col.when": {"vi": "Lúc", "en": "At"},
}
