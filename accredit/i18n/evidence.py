"""Messages of the evidence commands (scan, identify, map, register)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "evidence.help": {
        "vi": "Minh chứng: quét thư mục, nhận diện văn bản, gắn với tiêu chuẩn, lập danh mục.",
        "en": "Evidence: scan the folder, identify documents, map them to requirements, keep a register.",
    },
    # --- options and arguments -----------------------------------------------------------------
    "evidence.opt.workspace": {
        "vi": "Thư mục làm việc (mặc định: tìm accredit.toml từ thư mục hiện tại trở lên).",
        "en": "Workspace folder (default: the first folder with accredit.toml from here upwards).",
    },
    "evidence.opt.framework": {
        "vi": "Bộ tiêu chí (khi thư mục làm việc có nhiều bộ và mã bị trùng).",
        "en": "Criteria set (when the workspace has several and the code is ambiguous).",
    },
    "evidence.opt.workers": {
        "vi": "Số tiến trình đọc tệp song song (mặc định: số lõi CPU).",
        "en": "Parallel reader processes (default: number of CPUs).",
    },
    "evidence.opt.full": {
        "vi": "Đọc lại toàn bộ tệp, bỏ qua bộ nhớ đệm.",
        "en": "Re-read every file, ignoring the cache.",
    },
    "evidence.opt.no_ocr": {"vi": "Không chạy OCR cho bản scan và ảnh.", "en": "Do not OCR scans and images."},
    "evidence.opt.status": {"vi": "Chỉ liệt kê tệp có tình trạng này.", "en": "Only files with this status."},
    "evidence.opt.unlinked": {
        "vi": "Chỉ liệt kê tệp chưa gắn với tiêu chuẩn nào.",
        "en": "Only files not linked to any requirement.",
    },
    "evidence.opt.requirement": {
        "vi": "Chỉ liệt kê tệp gắn với tiêu chuẩn này (vd. 2.3).",
        "en": "Only files linked to this requirement (e.g. 2.3).",
    },
    "evidence.opt.confirm_code": {
        "vi": "Chỉ xác nhận gợi ý cho tiêu chuẩn này (lặp lại được).",
        "en": "Only confirm suggestions for this requirement (repeatable).",
    },
    "evidence.opt.top": {
        "vi": "Xác nhận N gợi ý tốt nhất của mỗi tệp (mặc định 1).",
        "en": "Confirm the N best suggestions of each file (default 1).",
    },
    "evidence.opt.all": {"vi": "Xác nhận mọi gợi ý.", "en": "Confirm every suggestion."},
    "evidence.opt.min_score": {
        "vi": "Chỉ xác nhận gợi ý có điểm từ mức này trở lên.",
        "en": "Only confirm suggestions scoring at least this.",
    },
    "evidence.opt.output": {
        "vi": "Tệp Excel đầu ra (mặc định: output/danh-muc-minh-chung.xlsx).",
        "en": "Output workbook (default: output/danh-muc-minh-chung.xlsx).",
    },
    "evidence.opt.import": {
        "vi": "Đọc lại danh mục đã sửa và áp dụng các thay đổi.",
        "en": "Read an edited register back and apply its changes.",
    },
    "evidence.opt.dry_run": {"vi": "Chỉ kiểm tra, không áp dụng.", "en": "Check only, apply nothing."},
    "evidence.opt.force": {
        "vi": "Ghi đè danh mục dù đã bị sửa (các sửa đổi chưa nhập sẽ mất).",
        "en": "Overwrite the register even if it was edited (unimported edits are lost).",
    },
    "evidence.arg.file": {
        "vi": "Tệp hoặc thư mục trong thư mục minh chứng, hoặc mã tệp (sha256:…).",
        "en": "File or folder in the evidence folder, or a file id (sha256:…).",
    },
    "evidence.arg.codes": {
        "vi": "Mã tiêu chuẩn (vd. 2.3) hoặc mã minh chứng (vd. H1.02.03.01).",
        "en": "Requirement codes (e.g. 2.3) or evidence codes (e.g. H1.02.03.01).",
    },
    "evidence.arg.unlink_codes": {
        "vi": "Mã tiêu chuẩn cần bỏ (bỏ trống: bỏ mọi liên kết của tệp).",
        "en": "Requirement codes to unlink (none: every link of the file).",
    },
    "evidence.arg.confirm_files": {
        "vi": "Tệp/thư mục cần xác nhận gợi ý (bỏ trống: mọi tệp).",
        "en": "Files/folders whose suggestions to confirm (none: every file).",
    },
    # --- scan ---------------------------------------------------------------------------------
    "evidence.phase.walk": {"vi": "Duyệt thư mục", "en": "Walking"},
    "evidence.phase.hash": {"vi": "Tính mã băm", "en": "Hashing"},
    "evidence.phase.extract": {"vi": "Đọc nội dung", "en": "Reading"},
    "evidence.scan.title": {"vi": "Kết quả quét minh chứng", "en": "Evidence scan"},
    "evidence.scan.files": {"vi": "Số tệp", "en": "Files"},
    "evidence.scan.new": {"vi": "Tệp mới", "en": "New"},
    "evidence.scan.changed": {"vi": "Tệp đã thay đổi", "en": "Changed"},
    "evidence.scan.unchanged": {"vi": "Tệp không đổi", "en": "Unchanged"},
    "evidence.scan.renamed": {"vi": "Tệp đổi tên/chuyển chỗ", "en": "Renamed/moved"},
    "evidence.scan.deleted": {"vi": "Tệp đã xóa", "en": "Deleted"},
    "evidence.scan.extracted": {"vi": "Tệp đã đọc lần này", "en": "Read this time"},
    "evidence.scan.pages": {"vi": "Số trang", "en": "Pages"},
    "evidence.scan.size": {"vi": "Dung lượng", "en": "Size"},
    "evidence.scan.code_links": {"vi": "Liên kết theo mã trong tên", "en": "Links from codes in names"},
    "evidence.scan.suggestions": {"vi": "Gợi ý chờ xác nhận", "en": "Suggestions"},
    "evidence.scan.by_kind": {"vi": "Theo loại tệp", "en": "By type"},
    "evidence.scan.by_status": {"vi": "Theo tình trạng", "en": "By status"},
    "evidence.scan.renamed_line": {"vi": "Đổi tên: {old} → {new}", "en": "Renamed: {old} → {new}"},
    "evidence.scan.issues": {"vi": "{count} tệp cần chú ý", "en": "{count} file(s) need attention"},
    "evidence.scan.more_issues": {
        "vi": "… và {count} tệp khác (xem: accredit evidence list --status error)",
        "en": "… and {count} more (see: accredit evidence list --status error)",
    },
    # --- statuses, problems, origins ----------------------------------------------------------
    "evidence.status.ok": {"vi": "đã đọc", "en": "read"},
    "evidence.status.needs_ocr": {"vi": "cần OCR", "en": "needs OCR"},
    "evidence.status.unsupported": {"vi": "không hỗ trợ", "en": "unsupported"},
    "evidence.status.skipped": {"vi": "bỏ qua", "en": "skipped"},
    "evidence.status.error": {"vi": "lỗi", "en": "error"},
    "evidence.problem.pdf_encrypted": {
        "vi": "PDF có mật khẩu; hãy lưu bản không mật khẩu vào thư mục minh chứng",
        "en": "password-protected PDF; save a copy without a password in the evidence folder",
    },
    "evidence.problem.pdf_corrupt": {
        "vi": "PDF hỏng hoặc không phải PDF ({detail})",
        "en": "damaged or not a PDF ({detail})",
    },
    "evidence.problem.pdf_no_pages": {"vi": "PDF không có trang nào", "en": "the PDF has no pages"},
    "evidence.problem.needs_ocr": {
        "vi": "bản scan/ảnh không có lớp chữ; cài tesseract-ocr và tesseract-ocr-vie để đọc",
        "en": "scan or image without a text layer; install tesseract-ocr and tesseract-ocr-vie to read it",
    },
    "evidence.problem.ocr_failed": {"vi": "OCR thất bại ({detail})", "en": "OCR failed ({detail})"},
    "evidence.problem.ocr_partial": {
        "vi": "OCR một phần: {detail} trang",
        "en": "OCR of part of the pages: {detail}",
    },
    "evidence.problem.office_encrypted": {
        "vi": "tệp Office có mật khẩu hoặc định dạng cũ đổi đuôi; hãy lưu lại thành .docx/.xlsx không mật khẩu",
        "en": "password-protected Office file or an old format renamed; save it as .docx/.xlsx without a password",
    },
    "evidence.problem.office_corrupt": {
        "vi": "tệp Office hỏng ({detail})",
        "en": "damaged Office file ({detail})",
    },
    "evidence.problem.image_corrupt": {"vi": "ảnh hỏng ({detail})", "en": "damaged image ({detail})"},
    "evidence.problem.needs_libreoffice": {
        "vi": "định dạng cũ {detail}: cần LibreOffice để đọc, hoặc lưu lại thành .docx/.xlsx",
        "en": "legacy {detail} format: needs LibreOffice, or save it as .docx/.xlsx",
    },
    "evidence.problem.conversion_failed": {
        "vi": "LibreOffice không chuyển đổi được ({detail})",
        "en": "LibreOffice could not convert it ({detail})",
    },
    "evidence.problem.unreadable": {"vi": "không đọc được tệp ({detail})", "en": "cannot read the file ({detail})"},
    "evidence.problem.empty": {"vi": "tệp rỗng (0 byte)", "en": "empty file (0 bytes)"},
    "evidence.problem.no_text": {
        "vi": "tệp không rỗng ({detail}) nhưng không có chữ nào đọc được; kiểm tra tệp (có thể hỏng hoặc chỉ chứa "
            "byte 0)",
        "en": "the file is not empty ({detail}) but holds no readable text; check it (it may be damaged or hold only "
            "zero bytes)",
    },
    "evidence.problem.zip_bomb": {
        "vi": "tệp giải nén ra quá lớn, không đọc (có thể là tệp độc hại): {detail}",
        "en": "the file would inflate too far; not read (possibly a hostile file): {detail}",
    },
    "evidence.problem.outside_folder": {
        "vi": "liên kết trỏ ra ngoài thư mục minh chứng ({detail}); không đọc. Hãy chép bản thật của tệp vào thư mục",
        "en": "a link that leads outside the evidence folder ({detail}); not read. Copy the real file into the folder",
    },
    "evidence.problem.unsupported_format": {
        "vi": "định dạng {detail} không đọc nội dung; vẫn có thể gắn thủ công",
        "en": "{detail} content is not read; it can still be linked by hand",
    },
    "evidence.problem.too_large": {
        "vi": "tệp quá lớn, không đọc nội dung ({detail} byte)",
        "en": "file too large, content not read ({detail} bytes)",
    },
    "evidence.problem.read_failed": {"vi": "lỗi khi đọc ({detail})", "en": "reading failed ({detail})"},
    "evidence.problem.crashed": {
        "vi": "trình đọc bị dừng đột ngột trên tệp này ({detail})",
        "en": "the reader crashed on this file ({detail})",
    },
    "evidence.problem.bad_name": {
        "vi": "tên tệp không phải Unicode hợp lệ hoặc có ký tự điều khiển; hãy đổi tên tệp",
        "en": "the file name is not valid Unicode or holds a control character; rename the file",
    },
    "evidence.problem.not_scanned": {"vi": "chưa quét", "en": "not scanned yet"},
    "evidence.origin.code": {"vi": "mã trong tên", "en": "code in name"},
    "evidence.origin.manual": {"vi": "thủ công", "en": "manual"},
    "evidence.origin.suggested": {"vi": "gợi ý", "en": "suggested"},
    "evidence.state.confirmed": {"vi": "đã xác nhận", "en": "confirmed"},
    "evidence.state.unreadable": {"vi": "tệp không đọc được, không tính", "en": "unreadable, not counted"},
    "evidence.state.pending": {"vi": "chờ xác nhận", "en": "pending"},
    # --- columns ------------------------------------------------------------------------------
    "evidence.col.path": {"vi": "Tệp", "en": "File"},
    "evidence.col.kind": {"vi": "Loại", "en": "Type"},
    "evidence.col.pages": {"vi": "Trang", "en": "Pages"},
    "evidence.col.number": {"vi": "Số, ký hiệu", "en": "Number"},
    "evidence.col.date": {"vi": "Ngày ban hành", "en": "Issued"},
    "evidence.col.title": {"vi": "Tên minh chứng", "en": "Title"},
    "evidence.col.status": {"vi": "Tình trạng", "en": "Status"},
    "evidence.col.problem": {"vi": "Vấn đề", "en": "Problem"},
    "evidence.col.doc_type": {"vi": "Loại văn bản", "en": "Document type"},
    "evidence.col.place": {"vi": "Địa danh", "en": "Place"},
    "evidence.col.issuer": {"vi": "Nơi ban hành", "en": "Issuer"},
    "evidence.col.superior": {"vi": "Cơ quan chủ quản", "en": "Parent body"},
    "evidence.col.size": {"vi": "Dung lượng", "en": "Size"},
    "evidence.col.codes": {"vi": "Mã trong tên", "en": "Codes in name"},
    "evidence.col.duplicates": {"vi": "Bản trùng", "en": "Duplicates"},
    "evidence.col.note": {"vi": "Ghi chú", "en": "Note"},
    "evidence.col.id": {"vi": "Mã tệp", "en": "File id"},
    "evidence.col.framework": {"vi": "Bộ tiêu chí", "en": "Criteria set"},
    "evidence.col.requirement": {"vi": "Tiêu chuẩn", "en": "Requirement"},
    "evidence.col.code": {"vi": "Mã minh chứng", "en": "Evidence code"},
    "evidence.col.origin": {"vi": "Nguồn", "en": "Origin"},
    "evidence.col.score": {"vi": "Điểm", "en": "Score"},
    "evidence.col.state": {"vi": "Trạng thái", "en": "State"},
    "evidence.col.sheet": {"vi": "Trang tính", "en": "Sheet"},
    "evidence.col.row": {"vi": "Dòng", "en": "Row"},
    "evidence.col.column": {"vi": "Cột", "en": "Column"},
    "evidence.col.value": {"vi": "Giá trị", "en": "Value"},
    "evidence.col.message": {"vi": "Lỗi", "en": "Error"},
    # --- list / show / link -----------------------------------------------------------------
    "evidence.list.title": {"vi": "Minh chứng ({count} tệp)", "en": "Evidence ({count} files)"},
    "evidence.links.title": {"vi": "Liên kết minh chứng ({count})", "en": "Evidence links ({count})"},
    "evidence.opt.counted": {
        "vi": "Chỉ các liên kết được tính (bỏ gợi ý chưa xác nhận).",
        "en": "Only links that count (no unconfirmed suggestions).",
    },
    "evidence.show.links": {"vi": "Liên kết và gợi ý", "en": "Links and suggestions"},
    "evidence.opt.boxes": {
        "vi": "Xuất hộp minh chứng: sao chép các tệp đã liên kết vào thư mục này theo mã (Hộp, Tiêu chí, Tiêu chuẩn), "
              "kèm danh mục; tệp gốc giữ nguyên.",
        "en": "Export the evidence boxes: copy linked files into this folder by code (box, criterion, standard), "
              "with their list; originals stay untouched.",
    },
    "evidence.boxes.written": {
        "vi": "Đã xuất hộp minh chứng vào {path}: {files} tệp (bản sao), danh mục: {list}.",
        "en": "Evidence boxes written to {path}: {files} files (copies), list: {list}.",
    },
    "evidence.boxes.not_empty": {
        "vi": "Thư mục {path} đã có nội dung. Hãy chọn một thư mục mới hoặc trống để xuất hộp minh chứng.",
        "en": "The folder {path} is not empty. Choose a new or empty folder for the evidence boxes.",
    },
    "evidence.boxes.inside_evidence": {
        "vi": "Thư mục {path} nằm trong thư mục minh chứng (lần quét sau sẽ đọc lại các bản sao). "
              "Hãy chọn thư mục khác.",
        "en": "The folder {path} is inside the evidence folder (the next scan would read the copies). Choose another.",
    },
    "evidence.boxes.outside": {
        "vi": "Từ chối ghi {path}: đường dẫn nằm ngoài thư mục đã chọn.",
        "en": "Refused to write {path}: the path lies outside the chosen folder.",
    },
    "evidence.boxes.copy_failed": {
        "vi": "Không sao chép được {path}: {error}. Kiểm tra tệp còn đó và thư mục đích ghi được, rồi chạy lại.",
        "en": "Could not copy {path}: {error}. Check the file is there and the target folder is writable, then retry.",
    },
    "evidence.show.why": {"vi": "Gợi ý {requirement} vì đoạn:", "en": "Suggested for {requirement} because of:"},
    "evidence.link.summary": {
        "vi": "Thêm {added}, bỏ {removed}, xác nhận {confirmed}, giữ nguyên {unchanged}.",
        "en": "Added {added}, removed {removed}, confirmed {confirmed}, unchanged {unchanged}.",
    },
    "evidence.link.touched": {"vi": "Liên kết đã xử lý", "en": "Links touched"},
    "evidence.check.none": {"vi": "Không có cảnh báo.", "en": "No warnings."},
    # --- flags --------------------------------------------------------------------------------
    "evidence.flag.outside_window": {
        "vi": "Minh chứng ngoài khoảng thời gian của tiêu chuẩn",
        "en": "Evidence dated outside the requirement's window",
    },
    "evidence.flag.after_assessment": {
        "vi": "Minh chứng ghi ngày sau năm đánh giá",
        "en": "Evidence dated after the assessment year",
    },
    "evidence.flag.duplicate": {"vi": "Tệp trùng nội dung", "en": "Duplicate content"},
    "evidence.flag.no_evidence": {"vi": "Tiêu chuẩn chưa có minh chứng", "en": "Requirement without evidence"},
    "evidence.flag.unknown_code": {
        "vi": "Mã trong tên tệp không khớp tiêu chuẩn nào",
        "en": "Code in the name matches no requirement",
    },
    "evidence.flag.suggestions": {
        "vi": "có {count} gợi ý chờ xác nhận (accredit evidence confirm)",
        "en": "{count} suggestion(s) waiting (accredit evidence confirm)",
    },
    "evidence.flag.window": {
        "vi": "văn bản năm {year}, tiêu chuẩn xét {first}–{last}",
        "en": "document of {year}, requirement looks at {first}–{last}",
    },
    # --- register -----------------------------------------------------------------------------
    "evidence.register.written": {
        "vi": "Đã ghi {path}: {rows} dòng minh chứng, {requirements} tiêu chuẩn, {missing} tiêu chuẩn chưa có minh "
            "chứng.",
        "en": "Wrote {path}: {rows} evidence rows, {requirements} requirements, {missing} without evidence.",
    },
    "evidence.register.no_evidence": {"vi": "Chưa có minh chứng", "en": "No evidence yet"},
    "evidence.register.unlinked_title": {"vi": "TỆP CHƯA GẮN VỚI TIÊU CHUẨN", "en": "FILES NOT LINKED YET"},
    "evidence.register.unlinked_help": {
        "vi": "Ghi mã tiêu chuẩn (vd. 2.3; nhiều mã cách nhau bằng dấu phẩy) vào cột Tiêu chuẩn rồi nhập lại bằng "
            "--import.",
        "en": "Type requirement codes (e.g. 2.3; several separated by commas) in the Tiêu chuẩn column, then --import.",
    },
    "evidence.register.flags_title": {"vi": "CẢNH BÁO VỀ MINH CHỨNG", "en": "EVIDENCE WARNINGS"},
    # --- import -------------------------------------------------------------------------------
    "evidence.import.done": {
        "vi": "Đã áp dụng: thêm {added}, bỏ {removed}, gỡ {deleted} liên kết do dòng đã bị xoá khỏi danh mục, "
        "xác nhận {confirmed}, sửa tên {titles}, ghi chú {notes}, mã minh chứng {codes}; {unchanged} dòng không đổi.",
        "en": "Applied: {added} added, {removed} removed, {deleted} unlinked because their row was deleted, "
        "{confirmed} confirmed, {titles} titles, {notes} notes, {codes} evidence codes; {unchanged} rows unchanged.",
    },
    "evidence.import.dry": {
        "vi": "Hợp lệ (chạy thử, chưa áp dụng): sẽ thêm {added}, bỏ {removed}, gỡ {deleted} liên kết do dòng đã bị "
        "xoá khỏi danh mục, xác nhận {confirmed}, sửa tên {titles}, ghi chú {notes}, mã minh chứng {codes}; "
        "{unchanged} dòng không đổi.",
        "en": "Valid (dry run, not applied): would add {added}, remove {removed}, unlink {deleted} whose row was "
        "deleted, confirm {confirmed}, edit {titles} titles, {notes} notes, {codes} evidence codes; {unchanged} "
        "rows unchanged.",
    },
    "evidence.import.failed": {
        "vi": "{count} lỗi trong {path}; chưa áp dụng thay đổi nào. Sửa các ô dưới đây rồi nhập lại.",
        "en": "{count} error(s) in {path}; nothing applied. Fix the cells below and import again.",
    },
    "evidence.import.error_line": {
        "vi": "  Trang '{sheet}', dòng {row}, cột {column}: {message} [giá trị: {value}]",
        "en": "  Sheet '{sheet}', row {row}, column {column}: {message} [value: {value}]",
    },
    "evidence.import.missing_column": {
        "vi": "thiếu cột '{column}' ở dòng tiêu đề",
        "en": "column '{column}' is missing from the header row",
    },
    "evidence.import.unreadable": {
        "vi": "không mở được tệp Excel: {detail}",
        "en": "cannot open the workbook: {detail}",
    },
    "evidence.import.not_register": {
        "vi": "tệp không phải danh mục do accredit tạo (thiếu trang ẩn _accredit); hãy sửa trên tệp do 'accredit "
            "evidence register' ghi ra",
        "en": "not a register written by accredit (hidden sheet _accredit missing); edit the file 'accredit "
            "evidence register' wrote",
    },
    "evidence.import.framework_gone": {
        "vi": "bộ tiêu chí '{id}' không còn trong thư mục làm việc",
        "en": "criteria set '{id}' is no longer in the workspace",
    },
    "evidence.import.unknown_id": {
        "vi": "mã tệp không có trong chỉ mục (tệp đã bị xóa?); chạy 'accredit evidence scan' rồi ghi lại danh mục",
        "en": "file id not in the index (file deleted?); run 'accredit evidence scan' and write the register again",
    },
    "evidence.import.unknown_path": {
        "vi": "không có tệp này trong thư mục minh chứng; ghi đường dẫn tương đối như cột Đường dẫn tệp",
        "en": "no such file in the evidence folder; give the path relative to it, as in the file path column",
    },
    "evidence.import.code_too_long": {
        "vi": "mã minh chứng quá dài (tối đa 40 ký tự)",
        "en": "evidence code too long (max 40)",
    },
    "evidence.import.code_mismatch": {
        "vi": "mã minh chứng {code} chỉ tiêu chuẩn {points}, nhưng cột Tiêu chuẩn ghi {requirement}",
        "en": "evidence code {code} points to requirement {points}, but the requirement column says {requirement}",
    },
    "evidence.import.unknown_requirement": {
        "vi": "không có tiêu chuẩn '{code}' trong bộ tiêu chí {id}",
        "en": "no requirement '{code}' in criteria set {id}",
    },
    "evidence.import.bad_state": {
        "vi": "trạng thái không hợp lệ; dùng một trong: {states}",
        "en": "invalid state; use one of: {states}",
    },
    "evidence.import.not_suggestion": {
        "vi": "chỉ liên kết gợi ý mới để 'chờ xác nhận' được; muốn bỏ liên kết hãy ghi 'bỏ'",
        "en": "only suggested links can be 'chờ xác nhận' (pending); write 'bỏ' to remove the link",
    },
    "evidence.import.conflict": {
        "vi": "cùng một tệp đã được sửa khác ở dòng {row}",
        "en": "the same file was edited differently on row {row}",
    },
    # --- errors -------------------------------------------------------------------------------
    "evidence.error.file_not_found": {
        "vi": "không tìm thấy trong chỉ mục minh chứng: {refs}. Xem danh sách bằng 'accredit evidence list' (chạy "
            "'accredit evidence scan' nếu tệp mới thêm).",
        "en": "not in the evidence index: {refs}. See 'accredit evidence list' (run 'accredit evidence scan' for "
            "new files).",
    },
    "evidence.error.ambiguous_id": {
        "vi": "mã tệp '{ref}' khớp nhiều tệp; hãy ghi thêm ký tự",
        "en": "file id '{ref}' matches several files; type more of it",
    },
    "evidence.error.several_files": {
        "vi": "'{ref}' chỉ {count} tệp; hãy chỉ đúng một tệp",
        "en": "'{ref}' names {count} files; name exactly one",
    },
    "evidence.error.framework_not_in_workspace": {
        "vi": "bộ tiêu chí '{id}' không có trong thư mục làm việc (đang dùng: {ids})",
        "en": "criteria set '{id}' is not in the workspace (in use: {ids})",
    },
    "evidence.error.code_not_found": {
        "vi": "không có tiêu chuẩn '{code}' trong {ids}. Xem mã bằng 'accredit criteria show ID'",
        "en": "no requirement '{code}' in {ids}. See the codes with 'accredit criteria show ID'",
    },
    "evidence.error.code_ambiguous": {
        "vi": "mã '{code}' có trong nhiều bộ tiêu chí ({ids}); dùng --framework để chọn",
        "en": "code '{code}' exists in several criteria sets ({ids}); choose one with --framework",
    },
    "evidence.error.no_evidence_dir": {
        "vi": "không có thư mục minh chứng {path}; tạo thư mục và chép minh chứng vào",
        "en": "evidence folder {path} does not exist; create it and copy the evidence into it",
    },
    "evidence.error.register_edited": {
        "vi": "{path} đã được sửa sau lần ghi trước; nhập các sửa đổi bằng 'accredit evidence register --import "
            "{path}' trước, hoặc dùng --force để ghi đè",
        "en": "{path} was edited since it was written; import the edits with 'accredit evidence register --import "
            "{path}' first, or use --force to overwrite",
    },
    "evidence.error.register_missing": {"vi": "không có tệp {path}", "en": "no such file: {path}"},
    # --- confirm (preview, --yes, --dry-run) ---------------------------------------------------
    "evidence.opt.yes": {
        "vi": "Xác nhận luôn, không hỏi lại (cần khi chạy không tương tác, vd. trong tập lệnh).",
        "en": "Confirm without asking (needed when not running interactively, e.g. in a script).",
    },
    "evidence.opt.confirm_dry_run": {
        "vi": "Chỉ hiện những gì sẽ được xác nhận, không ghi gì.",
        "en": "Only show what would be confirmed; write nothing.",
    },
    "evidence.confirm.title": {
        "vi": "Gợi ý sẽ được xác nhận ({count})",
        "en": "Suggestions to be confirmed ({count})",
    },
    "evidence.confirm.nothing": {
        "vi": "Không có gợi ý nào cần xác nhận theo điều kiện đã chọn.",
        "en": "No suggestion to confirm with these options.",
    },
    "evidence.confirm.skipped": {
        "vi": "Bỏ qua {count} tệp không đọc được (không thể làm minh chứng): {reasons}. Sửa hoặc thay tệp rồi "
        "chạy lại 'accredit evidence scan'.",
        "en": "Skipped {count} file(s) that could not be read (they cannot serve as evidence): {reasons}. Fix or "
        "replace them, then run 'accredit evidence scan' again.",
    },
    "evidence.confirm.ask": {
        "vi": "Xác nhận {count} gợi ý trên?",
        "en": "Confirm these {count} suggestion(s)?",
    },
    "evidence.confirm.need_yes": {
        "vi": "Chưa xác nhận gì: lệnh không chạy tương tác nên không thể hỏi. Xem danh sách {count} gợi ý ở trên "
        "rồi chạy lại với --yes để xác nhận (hoặc --dry-run để chỉ xem).",
        "en": "Nothing confirmed: not running interactively, so I cannot ask. Check the {count} suggestion(s) "
        "above, then run again with --yes to confirm (or --dry-run to only look).",
    },
    "evidence.confirm.cancelled": {"vi": "Đã huỷ, không xác nhận gì.", "en": "Cancelled; nothing confirmed."},
    "evidence.confirm.done": {"vi": "Đã xác nhận {count} gợi ý.", "en": "Confirmed {count} suggestion(s)."},
    "evidence.confirm.dry": {
        "vi": "Chạy thử (--dry-run): chưa ghi gì. Bỏ --dry-run để xác nhận.",
        "en": "Dry run: nothing written. Run without --dry-run to confirm.",
    },
    # --- codes bound to no framework, unreadable files ------------------------------------------
    "evidence.flag.ambiguous_code": {
        "vi": "Mã khớp nhiều bộ tiêu chí, chưa được tính cho bộ nào",
        "en": "Code fits several criteria sets; counted for none",
    },
    "evidence.flag.ambiguous_hint": {
        "vi": "{detail}. Cách xử lý: chuyển tệp vào thư mục minh chứng của bộ tiêu chí đó, hoặc thêm tiền tố vào "
        "mã (vd. TT38-5.1, TT14-H5.05.01.01)",
        "en": "{detail}. To resolve: move the file into that criteria set's evidence folder, or prefix the code "
        "(e.g. TT38-5.1, TT14-H5.05.01.01)",
    },
    "evidence.flag.unreadable": {
        "vi": "Tệp minh chứng không đọc được, không được tính",
        "en": "Evidence file could not be read; not counted",
    },
    "evidence.scan.code_flags": {
        "vi": "Mã trong tên tệp chưa gắn được với bộ tiêu chí nào ({count})",
        "en": "Codes in names not linked to any criteria set ({count})",
    },
    "evidence.link.unreadable": {
        "vi": "Lưu ý: tệp {path} không đọc được ({problem}); liên kết được giữ nhưng không được tính làm minh chứng "
        "cho đến khi tệp được sửa hoặc thay và quét lại.",
        "en": "Note: {path} could not be read ({problem}); the link is kept but does not count as evidence until "
        "the file is fixed or replaced and scanned again.",
    },
}
