"""Messages of ``accredit run`` and the bundled demo."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "run.help": {
        "vi": "Chạy toàn bộ: quét minh chứng, tính chỉ số, chấm điểm, lập lộ trình, xuất báo cáo.",
        "en": "Run everything: scan evidence, compute indicators, score, plan the roadmap, write the reports.",
    },
    "run.arg.workspace": {
        "vi": "Thư mục làm việc; bỏ trống: thư mục làm việc chứa thư mục hiện tại, nếu không có thì bản trình diễn "
        "(chạy trên một bản sao).",
        "en": "Workspace folder; leave empty: the workspace holding the current folder, else the bundled demo "
        "(on a copy).",
    },
    "run.opt.out": {
        "vi": "Nơi chép bản trình diễn (mặc định: một thư mục tạm mới).",
        "en": "Where to copy the demo (default: a new temporary folder).",
    },
    "run.opt.format": {"vi": "Định dạng báo cáo: xlsx,html,docx,json.", "en": "Report formats: xlsx,html,docx,json."},
    "run.demo_missing": {
        "vi": "Không tìm thấy bản trình diễn đi kèm (thư mục evidence/ hoặc accredit/_demo). Hãy cài lại gói.",
        "en": "The bundled demo was not found (evidence/ or accredit/_demo). Reinstall the package.",
    },
    "run.dest_not_empty": {
        "vi": "{path} đã có dữ liệu và không phải thư mục làm việc; chọn thư mục trống khác với --out.",
        "en": "{path} is not empty and is not a workspace; choose another, empty folder with --out.",
    },
    "run.demo_copied": {
        "vi": "Đây là BẢN TRÌNH DIỄN (một trường hư cấu), được chép vào: {path}",
        "en": "This is the DEMO (a fictional school), copied to: {path}",
    },
    "run.no_roadmap": {"vi": "Chưa lập được lộ trình: {error}", "en": "No roadmap could be planned: {error}"},
    "run.title": {"vi": "Kết quả tự đánh giá — {school}, năm {year}", "en": "Self-assessment — {school}, {year}"},
    "run.scan": {
        "vi": "Minh chứng: {files} tệp ({pages} trang), {codes} liên kết theo mã, {suggestions} gợi ý chờ xác nhận, "
        "{issues} tệp có vấn đề.",
        "en": "Evidence: {files} files ({pages} pages), {codes} links by code, {suggestions} suggestions to confirm, "
        "{issues} files with problems.",
    },
    "run.col.framework": {"vi": "Bộ tiêu chí", "en": "Criteria set"},
    "run.col.result": {"vi": "Kết quả", "en": "Result"},
    "run.col.score": {"vi": "Điểm / yêu cầu đạt", "en": "Points / requirements met"},
    "run.col.gaps": {"vi": "Cần khắc phục tối thiểu", "en": "Smallest fix"},
    "run.passed": {"vi": "ĐẠT", "en": "PASSED"},
    "run.failed": {"vi": "CHƯA ĐẠT", "en": "NOT PASSED"},
    "run.earliest": {
        "vi": "Lộ trình tới {target}: sớm nhất có thể đạt năm {year}.",
        "en": "Roadmap to {target}: earliest passing year {year}.",
    },
    "run.infeasible": {
        "vi": "Lộ trình tới {target}: chưa thể đạt trong khoảng thời gian lập kế hoạch.",
        "en": "Roadmap to {target}: cannot pass within the planning horizon.",
    },
    "run.reports": {"vi": "Báo cáo đã ghi vào {path}:", "en": "Reports written to {path}:"},
    "run.created": {
        "vi": "Đã tạo {path}: điền vào rồi chạy lại 'accredit run'",
        "en": "Created {path}: fill it in, then run 'accredit run' again",
    },
    "run.note": {"vi": "Lưu ý: {note}", "en": "Note: {note}"},
    "run.demo_hint": {
        "vi": "Không có thư mục làm việc nào ở đây (không thấy accredit.toml). Với trường của bạn: 'accredit init', "
        "rồi chạy 'accredit run' trong thư mục đó.",
        "en": "There is no workspace here (no accredit.toml found). For your school: 'accredit init', then run "
        "'accredit run' inside that folder.",
    },
    "run.more_issues": {
        "vi": "… và {count} tệp khác (xem: accredit evidence list)",
        "en": "… and {count} more files (see: accredit evidence list)",
    },
    "run.issue_files": {"vi": "{count} tệp", "en": "{count} file(s)"},
}
