"""Messages of the circular importer (``accredit criteria import``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- reading files ---------------------------------------------------------------------
    "importer.error.not_found": {
        "vi": "{path}: không tìm thấy tệp. Kiểm tra lại đường dẫn.",
        "en": "{path}: file not found. Check the path.",
    },
    "importer.error.unsupported": {
        "vi": "{path}: không đọc được loại tệp '{suffix}'. Hãy dùng .docx, .pdf (có lớp chữ), .txt hoặc .md.",
        "en": "{path}: cannot read '{suffix}' files. Use .docx, .pdf (with a text layer), .txt or .md.",
    },
    "importer.error.doc": {
        "vi": "{path}: tệp Word định dạng cũ (.doc). Mở bằng Word, chọn Lưu thành… dạng .docx rồi nhập lại.",
        "en": "{path}: old Word format (.doc). Open it in Word, Save As… .docx, and import that file.",
    },
    "importer.error.encoding": {
        "vi": "{path}: tệp văn bản không phải UTF-8. Mở bằng Notepad, chọn Lưu thành… với mã hóa UTF-8 rồi nhập lại.",
        "en": "{path}: the text file is not UTF-8. Open it in Notepad, Save As… with encoding UTF-8, and retry.",
    },
    "importer.error.read": {
        "vi": "{path}: không đọc được tệp ({detail}).",
        "en": "{path}: cannot read the file ({detail}).",
    },
    "importer.error.docx": {
        "vi": "{path}: không mở được tệp Word ({detail}). Tệp có thể bị hỏng: mở bằng Word và lưu lại dạng .docx.",
        "en": "{path}: cannot open the Word file ({detail}). It may be damaged: open it in Word and save as .docx.",
    },
    "importer.error.pdf": {
        "vi": "{path}: không mở được tệp PDF ({detail}). Tệp có thể bị hỏng hoặc đặt mật khẩu: "
        "bỏ mật khẩu hoặc in lại ra PDF rồi nhập lại.",
        "en": "{path}: cannot open the PDF ({detail}). It may be damaged or password-protected: "
        "remove the password or print it to a new PDF, then retry.",
    },
    "importer.error.scanned": {
        "vi": "{path}: tệp PDF không có lớp chữ ({pages} trang, có lẽ là bản quét). Cần nhận dạng chữ (OCR) "
        "trước, ví dụ: ocrmypdf -l vie {path} ban-ocr.pdf; hoặc dùng bản .docx/.pdf gốc của văn bản.",
        "en": "{path}: the PDF has no text layer ({pages} page(s), probably a scan). It needs OCR first, "
        "e.g. ocrmypdf -l vie {path} ocr.pdf; or use the original .docx/.pdf of the circular.",
    },
    "importer.error.empty": {
        "vi": "{path}: tệp không có nội dung chữ.",
        "en": "{path}: the file holds no text.",
    },
    "importer.error.bad_id": {
        "vi": "Mã bộ tiêu chí '{id}' không hợp lệ: dùng dạng <văn bản>/<đối tượng> bằng chữ thường, số và dấu '-', "
        "ví dụ tt35-2021/truong-cao-dang.",
        "en": "Invalid framework id '{id}': use <regulation>/<object> in lower case, digits and '-', "
        "e.g. tt35-2021/truong-cao-dang.",
    },
    # --- warnings --------------------------------------------------------------------------
    "importer.warn.unplaced": {
        "vi": "Dòng {line}: '{label}' không thuộc tiêu chí nào nên không xếp được; thêm tiêu đề tiêu chí "
        "phía trên hoặc nhập tay.",
        "en": "Line {line}: '{label}' is outside any criterion and could not be placed; add the criterion "
        "heading above it or enter it by hand.",
    },
    "importer.warn.duplicate_requirement": {
        "vi": "Dòng {line}: mã {code} đã có ở dòng {first}; giữ lần đầu, bỏ qua lần này.",
        "en": "Line {line}: code {code} already seen on line {first}; kept the first, skipped this one.",
    },
    "importer.warn.duplicate_criterion": {
        "vi": "Dòng {line}: {label} xuất hiện lại (lần đầu ở dòng {first}); các mục sau được xếp vào tiêu chí đã có.",
        "en": "Line {line}: {label} appears again (first on line {first}); what follows goes to that criterion.",
    },
    "importer.warn.empty_criterion": {
        "vi": "Dòng {line}: {label} không có tiêu chuẩn/yêu cầu nào; đã bỏ khỏi bản nháp.",
        "en": "Line {line}: {label} has no requirements; left out of the draft.",
    },
    "importer.warn.numbering": {
        "vi": "Dòng {line}: {label} — số thứ tự nhảy từ {previous} lên {number}; kiểm tra xem có thiếu mục không.",
        "en": "Line {line}: {label} — numbering jumps from {previous} to {number}; check for a missing item.",
    },
    "importer.warn.implied_criterion": {
        "vi": "Dòng {line}: không thấy tiêu đề {label} cho mã {code}; đã tạo tiêu chí chưa có tên, cần nhập tên.",
        "en": "Line {line}: no heading for {label} found for code {code}; created it without a title, enter one.",
    },
    "importer.warn.empty_text": {
        "vi": "Dòng {line}: {label} không có nội dung; đã bỏ qua.",
        "en": "Line {line}: {label} has no wording; skipped.",
    },
    "importer.warn.no_article": {
        "vi": "Không thấy tiêu đề Điều nào; căn cứ (article) của từng mục cần nhập tay.",
        "en": "No article headings found; every item's article must be entered by hand.",
    },
    "importer.warn.metadata": {
        "vi": "Không tìm thấy {field} trong văn bản; đã điền giá trị tạm '{placeholder}', cần sửa.",
        "en": "{field} not found in the text; filled with the placeholder '{placeholder}', fix it.",
    },
    "importer.warn.points_several": {
        "vi": "Văn bản nêu nhiều mức điểm cho mỗi tiêu chuẩn ({values}), có thể gồm nhiều bộ tiêu chí. Chưa gán "
        "điểm: hãy nhập riêng từng phần hoặc gán điểm bằng tay.",
        "en": "The text states several points per standard ({values}); it may hold several criteria sets. No "
        "points assigned: import one part at a time or enter points by hand.",
    },
    "importer.warn.points_total": {
        "vi": "Tổng điểm tính được ({computed}) khác tổng điểm tối đa văn bản nêu ({stated}); kiểm tra số tiêu chuẩn.",
        "en": "Computed total ({computed}) differs from the stated maximum ({stated}); check the number of standards.",
    },
    # --- placeholders and notes written into the draft --------------------------------------
    "importer.placeholder.unknown": {"vi": "chưa xác định", "en": "unknown"},
    "importer.placeholder.source": {"vi": "văn bản nhập", "en": "imported text"},
    "importer.placeholder.window_article": {
        "vi": "chưa xác định — nhập tay theo văn bản",
        "en": "unknown — enter by hand from the text",
    },
    "importer.placeholder.decision_text": {
        "vi": "Điều kiện đạt chưa được nhập: nhập tay theo văn bản gốc.",
        "en": "Pass rule not entered yet: enter it by hand from the original text.",
    },
    "importer.placeholder.decision_note": {
        "vi": "Quy tắc tạm (mọi yêu cầu đều đạt). Điều kiện đạt phải được nhập tay từ văn bản.",
        "en": "Placeholder rule (every requirement met). The pass rule must be entered by hand from the text.",
    },
    "importer.note.draft": {
        "vi": "Bản nháp trích tự động từ {source}: mọi nội dung ở trạng thái chưa kiểm chứng (unverified), "
        "phải đối chiếu với văn bản gốc trước khi dùng.",
        "en": "Draft machine-extracted from {source}: everything is unverified and must be checked against "
        "the original text before use.",
    },
    "importer.note.window": {
        "vi": "Thời gian đáp ứng (default_window và window từng mục) là giá trị tạm; nhập tay theo văn bản.",
        "en": "Evidence windows (default_window and per-item windows) are placeholders; enter them from the text.",
    },
    "importer.note.points": {
        "vi": "Điểm mỗi tiêu chuẩn ({points}) lấy từ câu 'mỗi tiêu chuẩn đạt yêu cầu là … điểm' của văn bản; "
        "điểm chuẩn từng tiêu chí (max_points) chưa nhập.",
        "en": "Points per standard ({points}) read from the text's 'mỗi tiêu chuẩn đạt yêu cầu là … điểm'; "
        "criterion maxima (max_points) not entered.",
    },
    "importer.note.not_scored": {
        "vi": "Không nhận ra điểm cho mỗi tiêu chuẩn: bản nháp không chấm điểm (scored: false); thêm điểm nếu "
        "văn bản có.",
        "en": "No points per standard recognised: the draft is not scored (scored: false); add points if the "
        "text has them.",
    },
    # --- command ---------------------------------------------------------------------------
    "importer.cli.help": {
        "vi": "Nhập bản nháp bộ tiêu chí từ văn bản thông tư (.docx, .pdf có lớp chữ, .txt, .md).",
        "en": "Import a draft criteria set from a circular's text (.docx, text-layer .pdf, .txt, .md).",
    },
    "importer.cli.file": {"vi": "Tệp văn bản thông tư.", "en": "The circular's file."},
    "importer.cli.id": {
        "vi": "Mã bộ tiêu chí, dạng <văn bản>/<đối tượng>, ví dụ tt35-2021/truong-cao-dang.",
        "en": "Framework id, <regulation>/<object>, e.g. tt35-2021/truong-cao-dang.",
    },
    "importer.cli.out": {
        "vi": "Tệp YAML ghi ra (mặc định: criteria/<mã>.yaml trong thư mục hiện tại).",
        "en": "YAML file to write (default: criteria/<id>.yaml under the current folder).",
    },
    "importer.cli.force": {"vi": "Ghi đè tệp đã có.", "en": "Overwrite an existing file."},
    "importer.cli.title": {"vi": "Tên bộ tiêu chí (mặc định: theo văn bản).", "en": "Title (default: from the text)."},
    "importer.cli.object": {
        "vi": "Đối tượng áp dụng (lặp lại được), ví dụ truong_cao_dang; mặc định suy từ mã.",
        "en": "Object type (repeatable), e.g. truong_cao_dang; default inferred from the id.",
    },
    "importer.cli.bad_object": {
        "vi": "Đối tượng '{value}' không hợp lệ; dùng một trong: {choices}.",
        "en": "Unknown object '{value}'; use one of: {choices}.",
    },
    "importer.cli.warnings": {"vi": "{count} cảnh báo cần xem:", "en": "{count} warning(s) to review:"},
    "importer.cli.next": {
        "vi": "Tiếp theo: đối chiếu từng mục với văn bản gốc, nhập điểm, thời gian đáp ứng và điều kiện đạt, "
        "rồi chạy: accredit criteria validate {path}",
        "en": "Next: check every item against the original, enter points, windows and the pass rule, "
        "then run: accredit criteria validate {path}",
    },
}
