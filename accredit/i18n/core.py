"""Messages of the shell and the criteria commands."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- general -------------------------------------------------------------------------
    "app.help": {
        "vi": "accredit — bộ công cụ tự đánh giá chất lượng cơ sở giáo dục nghề nghiệp.",
        "en": "accredit — quality self-assessment toolkit for vocational institutions.",
    },
    "app.lang": {"vi": "Ngôn ngữ hiển thị: vi hoặc en.", "en": "Display language: vi or en."},
    "app.json": {"vi": "In kết quả dạng JSON.", "en": "Print the result as JSON."},
    "app.error": {"vi": "Lỗi: {message}", "en": "Error: {message}"},
    "app.ok": {"vi": "Hợp lệ", "en": "Valid"},
    # --- criteria ------------------------------------------------------------------------
    "criteria.help": {
        "vi": "Bộ tiêu chí: xem, kiểm tra, so sánh, nhập.",
        "en": "Criteria sets: list, show, validate, diff, import.",
    },
    "criteria.list.title": {"vi": "Các bộ tiêu chí", "en": "Criteria sets"},
    "criteria.col.id": {"vi": "Mã", "en": "Id"},
    "criteria.col.regulation": {"vi": "Văn bản", "en": "Regulation"},
    "criteria.col.object": {"vi": "Đối tượng", "en": "Object"},
    "criteria.col.status": {"vi": "Hiệu lực", "en": "Status"},
    "criteria.col.effective": {"vi": "Ngày hiệu lực", "en": "Effective"},
    "criteria.col.counts": {"vi": "Tiêu chí / tiêu chuẩn", "en": "Criteria / requirements"},
    "criteria.col.max": {"vi": "Điểm tối đa", "en": "Max points"},
    "criteria.col.code": {"vi": "Mã", "en": "Code"},
    "criteria.col.label": {"vi": "Nhãn", "en": "Label"},
    "criteria.col.text": {"vi": "Nội dung", "en": "Wording"},
    "criteria.col.points": {"vi": "Điểm", "en": "Points"},
    "criteria.col.article": {"vi": "Căn cứ", "en": "Article"},
    "criteria.col.window": {"vi": "Thời gian đáp ứng", "en": "Window"},
    "criteria.col.change": {"vi": "Thay đổi", "en": "Change"},
    "criteria.status.current": {"vi": "đang hiệu lực", "en": "current"},
    "criteria.status.superseded": {"vi": "hết hiệu lực", "en": "superseded"},
    "criteria.status.draft": {"vi": "dự thảo", "en": "draft"},
    "criteria.window.at_evaluation": {"vi": "tại thời điểm đánh giá", "en": "at evaluation"},
    "criteria.window.years": {"vi": "{years} năm", "en": "{years} years"},
    "criteria.unverified": {"vi": "chưa kiểm chứng văn bản gốc", "en": "wording not verified"},
    "criteria.date_unverified": {"vi": "ngày chưa kiểm chứng", "en": "date not verified"},
    "criteria.newer_version": {
        "vi": "phiên bản cũ, dùng {id}",
        "en": "old version, use {id}",
    },
    "criteria.old_version_suffix": {"vi": " (phiên bản dữ liệu cũ)", "en": " (older data version)"},
    "criteria.old_version_n_suffix": {"vi": " (phiên bản dữ liệu cũ {n})", "en": " (older data version {n})"},
    "criteria.not_found": {
        "vi": "Không có bộ tiêu chí '{id}'. Xem danh sách bằng: accredit criteria list",
        "en": "No criteria set '{id}'. See the list with: accredit criteria list",
    },
    "criteria.code_not_found": {
        "vi": "Bộ tiêu chí '{id}' không có mã '{code}'.",
        "en": "Criteria set '{id}' has no code '{code}'.",
    },
    "criteria.validate.ok": {
        "vi": "{count} tệp hợp lệ.",
        "en": "{count} file(s) valid.",
    },
    "criteria.validate.failed": {
        "vi": "{errors} lỗi trong {files} tệp.",
        "en": "{errors} error(s) in {files} file(s).",
    },
    "criteria.decision": {"vi": "Điều kiện đạt", "en": "Pass rule"},
    "criteria.diff.title": {"vi": "So sánh {a} → {b}", "en": "Diff {a} → {b}"},
    "criteria.diff.added": {"vi": "thêm", "en": "added"},
    "criteria.diff.removed": {"vi": "bỏ", "en": "removed"},
    "criteria.diff.changed": {"vi": "sửa", "en": "changed"},
    "criteria.diff.same": {"vi": "Không có khác biệt.", "en": "No differences."},
    "criteria.diff.rules": {"vi": "Điều kiện đạt thay đổi", "en": "Pass rule changes"},
    "criteria.import.written": {
        "vi": "Đã ghi bản nháp {path}: {criteria} tiêu chí, {requirements} tiêu chuẩn. Hãy rà soát trước khi dùng.",
        "en": "Draft written to {path}: {criteria} criteria, {requirements} requirements. Review before use.",
    },
    "criteria.import.nothing": {
        "vi": "Không nhận ra cấu trúc tiêu chí/tiêu chuẩn nào trong {path}.",
        "en": "No criteria/requirement structure recognised in {path}.",
    },
    "criteria.import.exists": {
        "vi": "Tệp {path} đã tồn tại; dùng --force để ghi đè.",
        "en": "{path} already exists; use --force to overwrite.",
    },
}
